"""Rules from what the readers of firstcontact147's notations left (an AppleScript record, a Stata do-file, a GraphQL
mutation, an awk script, a Ballerina record and Bencode, read by their own readers since), pinned by invented pages
of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_short_course_of_treatment_of_a_use() -> None:
    """"used for a short, 5-day treatment of X": X, no use called "Short" or "5-day"."""
    x = _x("Usage:\nZorvane gel is used for a brief, 3-day treatment of common warts on the hands.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Common warts on the hands"]
    x = _x("Usage:\nZorvane is used for a 7-day treatment of vaginal thrush.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Vaginal thrush"]


def test_when_one_part_of_a_semicolon_list_comes_ends_that_part_only() -> None:
    """"**Serious:** A; B, mostly with high IV doses; C, usually from very low potassium; D": four effects, the list
    going on after each part's "when" or "from what"."""
    x = _x("## Side Effects\n\n- **Serious:** Kidney injury, mostly with high doses; Low sodium, usually from too much "
           "water; Pancreatitis; Jaundice\n", "Zorvane")
    assert [e.label for e in x.side_effects] == ["Kidney injury", "Low sodium", "Pancreatitis", "Jaundice"]


def test_signs_after_contacting_a_team_right_away_for() -> None:
    """"Contact your transplant team right away for A, B, or C", alone or after a "Seek help:" label: the signs, not
    the clause before them."""
    for said in ("Contact your dialysis team right away for", "**Seek help:** Call the stroke team at once for"):
        x = _x(f"## Side Effects\n\n- Nausea\n\n{said} sudden weakness, slurred speech, or a severe headache.\n",
               "Zorvane")
        assert [s.label for s in x.serious_signs] == ["sudden weakness", "slurred speech", "severe headache"], said


def test_a_methyl_donor_an_enzyme_needs_makes_it_work() -> None:
    """"is the methyl donor that the liver enzyme betaine-homocysteine methyltransferase (BHMT) needs": the enzyme,
    made to work (as a cofactor's), without the organ it is in."""
    x = _x("## How it Works\n\nZorvane is the methyl donor that the liver enzyme guanidinoacetate methyltransferase "
           "(GAMT) needs. Extra zorvane drives this enzyme to make more creatine.\n", "Zorvane")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism if m.is_target] == [
        ("activates", "guanidinoacetate methyltransferase", "GAMT")]
