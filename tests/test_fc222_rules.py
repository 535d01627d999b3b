"""Rules from the misses of firstcontact222 and firstcontact223 (banking, travel, delivery and marketplace
assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc218_rules import _effects


def test_what_the_signs_may_be_between_them_and_the_help() -> None:
    assert _effects("- Headache\n\nIf you suddenly lose vision in one eye, or see a dark shadow over part of it, that "
                    "could be a blocked retinal vein — get emergency eye care now. Same goes for slurred speech.")[1] \
        == ["losing vision in one eye", "seeing a dark shadow over part of it", "slurred speech"]


def test_a_members_meaning_is_no_effect() -> None:
    assert _effects("**Serious**\n- Inhibitors, meaning antibodies that block the factor\n- Blood clots")[0] == [
        "Inhibitors", "Blood clots"]


def _mech(text: str) -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\nIt is used for COPD.\n\n## How it Works\n\n{text}\n", "Zorvane")
    return [(m.relation, m.target) for m in x.mechanism]


def test_the_subtype_a_drug_acts_on_mainly() -> None:
    assert _mech("Zorvane blocks **adrenergic receptors**, mainly the **beta-1 receptor**, in the heart.") == [
        ("blocks", "beta-1 receptor")]


def test_the_reader_is_no_thing_lowered() -> None:
    assert _mech("- Zorvane binds to the melatonin MT1 receptor.\n- The brain quiets down, which helps you fall asleep "
                 "faster.") == [("binds", "melatonin MT1 receptor")]
