"""Rules from the misses of firstcontact125 (six notations never seen; the extractor's side, once the readers gave the
pages as Markdown), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _signs(effects: str) -> list[str]:
    x = _x(f"## Usage\n\n- Gout\n\n## Side Effects\n\n{effects}\n", "Torvalin")
    return [s.label for s in x.serious_signs]


def test_a_state_first_among_the_signs() -> None:
    """"if you cannot swallow, have swelling of the lips or tongue, or have trouble breathing": the state is the
    first sign; alone ("call your doctor if you cannot keep fluids down") it is advice."""
    assert _signs("Headache is common. Get medical help right away if you cannot swallow, have a rash with blisters, "
                  "or have trouble breathing.") == ["being unable to swallow", "rash with blisters",
                                                    "trouble breathing"]
    assert _signs("Headache is common. Drink plenty of fluids, and call your doctor if you cannot keep fluids "
                  "down.") == []
