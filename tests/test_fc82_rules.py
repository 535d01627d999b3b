"""Rules firstcontact82's misses showed, pinned on invented pages (other drugs, other words): a deeper heading that
names a form ("#### Inhaled Form") inside Side Effects is a group of them, not a section of its own; an item's group tag
in square brackets before its description ("Kidney stones [less common]: drink water", "Metabolic acidosis [rare but
serious]: too much acid"); a table with no frequency column whose notes cells open on how often. ("Bone, joint or
muscle pain" stays one effect, as the shared INDEX's "one entry per bullet line" reads it and
tests/test_effects_shared_head.py pins, though firstcontact68's and 82's truths split it.)"""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x


def test_a_deeper_heading_that_names_a_form_inside_side_effects() -> None:
    x = _x("## Side Effects\n\n#### Common Side Effects\n- Diarrhea\n- Rash\n\n#### Nasal Form (Zorex)\n- Nosebleeds\n"
           "- Sneezing\n\n#### Serious Side Effects (Rare)\n- Seizures\n\n## How It Works\n\nZoravir blocks the H1 "
           "receptor.\n")
    assert _effects(x) == {"Diarrhea": "Common Side Effects", "Rash": "Common Side Effects",
                           "Nosebleeds": "Nasal Form", "Sneezing": "Nasal Form", "Seizures": "Serious Side Effects"}


def test_an_items_group_tag_before_its_description() -> None:
    x = _x("## Side Effects\n\n* Drowsiness [common]\n* Kidney stones [less common]: drinking plenty of water lowers "
           "the risk\n* Metabolic acidosis [rare but serious]: too much acid in the blood, which can cause fast "
           "breathing\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Drowsiness", "Common", False), ("Kidney stones", "Less common", False),
        ("Metabolic acidosis", "Rare but serious", True)]


def test_notes_cells_that_open_on_how_often() -> None:
    x = _x("## Side Effects\n\nThese are the effects worth knowing about:\n\n| Effect | Notes |\n|---|---|\n"
           "| Thirst | Common; drink enough fluids |\n| Dizziness on standing | Less common, from fluid loss |\n"
           "| Ketoacidosis | Rare but serious; can happen at normal blood sugar |\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Thirst", "Common", False), ("Dizziness on standing", "Less common", False),
        ("Ketoacidosis", "Rare but serious", True)]

