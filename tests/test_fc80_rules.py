"""Rules firstcontact80's misses showed, pinned on invented pages (other drugs, other words): an "International name"
field is another name of the drug; a bold use "X (gloss) from Y" is X, and an earlier "to relieve <gloss>" the same use;
an effect "from low X" without its cause; "caused by radiation therapy for X" names no use; a table row whose "What to
do" cell only says to call a doctor (or get emergency help) makes the row's effect a sign, or what it shows by in its
brackets."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_an_international_name_field() -> None:
    x = _x("## Generic Name\n\nZoravir is a resin taken by mouth.\n\n- **International name:** zoravirum\n"
           "- **Brand names:** Zorex\n")
    assert [s.label for s in x.drug.synonyms] == ["zoravirum"]


def test_a_glossed_use_from_a_cause_and_its_summary_and_an_effect_from_a_low_level() -> None:
    x = _x("## Usage\n\nZoravir is used to relieve itching caused by kidney failure.\n\n"
           "- **Pruritus (itching) from chronic kidney disease:** relieves the itch of dialysis patients.\n\n"
           "## Side Effects\n\n- **Serious:** bowel blockage, bruising from low platelets\n")
    assert [(u.label, u.synonyms) for u in x.treats] == [("Pruritus", ["itching"])]
    assert [e.label for e in x.side_effects] == ["Bowel blockage", "Bruising"]


def test_a_cause_that_is_another_treatment_names_no_use() -> None:
    x = _x("## Usage\n\nAs a tablet, zoravir treats dry eyes caused by radiation therapy for head and neck cancer.\n")
    assert [u.label for u in x.treats] == ["Dry eyes"]


def test_a_what_to_do_cell_that_only_says_to_call_a_doctor() -> None:
    x = _x("## Side Effects\n\n| Side effect | How often | What to do |\n|---|---|---|\n"
           "| Nausea | Common | Usually mild |\n| Low mood | Common (serious) | Call your doctor right away |\n"
           "| Tremor disorder (shaking, stiffness, slowness) | Less common | Call your doctor |\n"
           "| Restlessness | Common | Tell your doctor; the dose may need lowering |\n"
           "| Heart rhythm problems | Rare (serious) | Get emergency help |\n")
    assert [s.label for s in x.serious_signs] == ["Low mood", "shaking", "stiffness", "slowness",
                                                  "Heart rhythm problems"]
