"""Rules from the misses of firstcontact226 and firstcontact227 (sport coaches, clinical-record assistants and
scribes), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc218_rules import _effects, _uses


def test_two_examples_then_the_line_goes_on() -> None:
    assert _effects("- **Serious:** skin reactions such as blisters or peeling, liver injury, low sodium")[0] == [
        "Skin reactions", "Liver injury", "Low sodium"]
    assert _effects("- **Common:** infusion reactions such as chills, fever or rash")[0] == ["Infusion reactions"]


def test_what_you_wake_up_with() -> None:
    assert _effects("- Drowsiness\n\nGet medical help right away if you wake up with a swollen tongue or have a "
                    "seizure.")[1][0].startswith("wake up with a swollen tongue")


def _brands(gen: str) -> list[str]:
    x = _x(f"## Generic Name\n\n{gen}\n\n## Usage\n\nIt is used for gout.\n", "Zorvane")
    return [b.label for b in x.brand_names]


def test_a_tables_next_field_is_no_brand() -> None:
    assert _brands("| | |\n|---|---|\n| Generic name | Zorvane |\n| Brand name | Korvia |\n| Where approved | "
                   "European Union and Japan |") == ["Korvia"]


def _mech(text: str) -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\nIt is used for spasticity.\n\n## How it Works\n\n{text}\n", "Zorvane")
    return [(m.relation, m.target) for m in x.mechanism]


def test_a_second_verb_is_no_part_of_the_shared_process() -> None:
    assert ("decreases", "sensitivity of relieves cramps") not in _mech(
        "- Zorvane reduces the activity of spinal interneurons, which lowers the sensitivity of muscle spindles and "
        "relieves cramps.")


def test_how_and_where_a_use_was_seen_are_no_uses() -> None:
    assert _uses("It's used for:\n\n- Ringworm of the nails, only as an add-on to tablets, off-label\n- Lymphedema, "
                 "mainly in case reports and small trials") == ["Ringworm of the nails", "Lymphedema"]
