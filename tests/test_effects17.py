"""Side effects under plain group lines that happen to name a dose or a form ("Expected with almost every dose:",
"More common with the higher strengths:"): groups of the Side Effects section, not new Dosage sections. A small
page of its own with made-up words."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def test_a_group_line_naming_a_dose_stays_in_side_effects() -> None:
    body = ("Usage:\nZoravir treats hiccups.\n\nSide Effects:\nExpected with almost every dose:\n- green tongue\n"
            "More common with the higher strengths:\n- headache\n- dizziness\nRare but dangerous:\n- liver damage\n\n"
            "How it Works:\nZoravir blocks the Q7 receptor.\n\nDosage:\nOne tablet a day.\n")
    x = extract(parse_text(f"---\ntitle: Zoravir\n---\n\n# Zoravir\n\n{body}", "zoravir.md"))
    got = {(e.label, e.category, e.serious) for e in x.side_effects}
    assert got == {("Green tongue", "Expected with almost every dose", False),
                   ("Headache", "More common with the higher strengths", False),
                   ("Dizziness", "More common with the higher strengths", False),
                   ("Liver damage", "Rare but dangerous", True)}


def test_a_whole_effect_after_and_takes_no_words_of_the_first() -> None:
    from kg.extractors.effects import split_pair
    assert split_pair("Stomach ache and indigestion") == ["Stomach ache", "indigestion"]
    assert split_pair("Chest tightness and wheezing") == ["Chest tightness", "wheezing"]
    assert split_pair("Joint pain and stiffness") == ["Joint pain and stiffness"]  # the joints' stiffness


def test_a_group_as_the_subject_of_a_sentence_names_the_group_of_the_next() -> None:
    from tests.test_extract_layouts5 import _x
    x = _x("### Side Effects\nThe most common side effects come from its action on the skin. They include goosebumps "
           "and chills. The most important serious side effect is lying-down hypertension, meaning high blood "
           "pressure while lying flat, which carries a boxed warning. Zoravir can also cause a slow heart rate "
           "(bradycardia) and urinary retention, particularly in older men.\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Goosebumps", "Common", False), ("Chills", "Common", False), ("Lying-down hypertension", "Serious", True),
        ("Slow heart rate", "Serious", True), ("Urinary retention", "Serious", True)]
    # "Serious side effects are uncommon: ..." names no effect
    y = _x("### Side Effects\nHeadache is common. Serious side effects are uncommon.\n")
    assert [e.label for e in y.side_effects] == ["Headache"]
