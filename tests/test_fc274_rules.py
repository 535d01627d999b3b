"""Rules from the misses of firstcontact274 and firstcontact275 (airline assistants), pinned by invented pages of other
drugs and other words."""
from __future__ import annotations

from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _mech


def test_a_bold_sentence_of_the_drugs_doing_over_its_notes() -> None:
    assert _mech("Zorvane works in two ways.\n\n1. **It also blocks the APRIL receptor (TACI).** APRIL is a signal "
                 "that helps plasma cells survive.") == [("blocks", "APRIL receptor")]


def test_an_antidote_binds_a_class_of_drugs_named_by_example() -> None:
    assert _mech("Zorvane is a decoy protein. It binds tightly to direct thrombin inhibitors such as dabigatran.") == [
        ("binds", "direct thrombin inhibitors")]


def test_one_condition_at_two_places() -> None:
    assert _uses("Uses:\n\n- **Cracked skin on the elbows and knees**\n- **Acne and rosacea**") == [
        "Cracked skin on the elbows and knees", "Acne", "Rosacea"]
