"""Rules from the misses of firstcontact190 and firstcontact191 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-189), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(text: str) -> list[tuple[str, str | None]]:
    return [(u.label, u.qualifier) for u in _x(f"## Usage\n\n{text}\n", "Zorvane").treats]


def test_what_follows_a_use_and_what_it_was_studied_as_are_no_uses() -> None:
    got = _uses("It is used for:\n\n- Hookworm infection (gut stage), followed by a second drug to clear the larvae\n"
                "- Intermittent preventive treatment of schistosomiasis (IPTs), studied as an alternative to "
                "praziquantel")
    assert got == [("Hookworm infection", None), ("Schistosomiasis", "prevention")]


def test_a_symptom_from_a_list_of_causes_is_the_use() -> None:
    got = _uses("It is used for:\n\n1. Sore throat from tonsillitis, a cold (viral pharyngitis) or flu - as a "
                "lozenge.\n2. Gout")
    assert got == [("Sore throat", None), ("Gout", None)]


def test_other_research_uses_label_no_use_and_routine_prophylaxis_no_condition() -> None:
    got = _uses("It is used for:\n\n- **Gout**: main use.\n- **Other research uses**: It has been tried in trials.")
    assert got == [("Gout", None)]
    got = _uses("Zorvane is an injection used for routine prophylaxis. It's approved for:\n- Von Willebrand "
                "disease\n- Glanzmann thrombasthenia")
    assert [label for label, _ in got] == ["Von Willebrand disease", "Glanzmann thrombasthenia"]


def test_a_second_target_with_weaker_action() -> None:
    x = _x("## How it Works\n\nZorvane is a full agonist at the kappa-opioid receptor, with weaker activity at the "
           "nociceptin receptor.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [
        ("activates", "kappa-opioid receptor"), ("activates", "nociceptin receptor")]
