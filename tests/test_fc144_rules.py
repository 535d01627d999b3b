"""Rules from what set 144's readers left (whole answers in six new notations, now read), pinned by invented pages of
other drugs and other words."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _x


def test_a_use_said_not_approved_in_brackets_is_no_status_of_the_drug() -> None:
    """"It is not used for CMV colitis (not approved), ..." (the line the readers write for a "notFor" list): that use's
    status, the drug's none."""
    x = _x("## Usage\n\nZorvane treats CMV retinitis in adults.\n\nIt is not used for CMV colitis (not approved), "
           "people with poor kidney function.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["CMV retinitis"]
    assert x.status is None


def test_a_negated_list_keeps_an_acronyms_capitals() -> None:
    """The readers' "It is not used for ..." line keeps "CMV" and "HIV" whole, lowers a plain word."""
    assert formats._decap("CMV infections") == "CMV infections"
    assert formats._decap("Pregnancy") == "pregnancy"
    assert formats._decap("A") == "a"


def test_tell_the_nurse_or_doctor_at_once_about_and_parts_that_become_cold() -> None:
    """"Tell the nurse or doctor at once about chest pain, bloody stools, or fingers or toes that become cold, blue or
    painful.": the signs, the parts' clause one each as the page said it."""
    x = _x("## Side Effects\n\n- Nausea\n\nTell the nurse or doctor at once about chest pain, bloody stools, or "
           "fingers or toes that become cold, blue or painful.\n", "Zorvane")
    assert [s.label for s in x.serious_signs] == [
        "chest pain", "bloody stools", "fingers or toes that become cold", "fingers or toes that become blue",
        "fingers or toes that become painful"]
