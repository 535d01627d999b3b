"""What firstcontact29 (six blind pages in house styles of smaller and newer chat models) missed at first contact,
pinned in invented pages: the rules are general, the pages only showed where they were missing."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_who_the_patients_are_and_what_a_trial_counted_are_no_uses() -> None:
    x = _x("### Usage\nZoravir is used to treat **chronic heart failure** in adults, where it has been shown to "
           "**lower the risk of dying from heart problems and of being hospitalized for heart failure**. It is usually "
           "given to people who have already had a heart attack.\n")
    assert [(t.label, t.qualifier) for t in x.treats] == [("Chronic heart failure", None)]


def test_usage_bullets_that_give_the_class_and_the_form() -> None:
    x = _x("**Usage:**\n\n* Zoravir is a prescription medicine used to treat long-term constipation:\n"
           "    * **Chronic idiopathic constipation (CIC)** in adults.\n"
           "* It belongs to a class of medicines called **chloride channel activators**.\n"
           "* It comes as **soft gelatin capsules** that are taken by mouth.\n")
    assert [t.label for t in x.treats] == ["Chronic idiopathic constipation"]
    assert x.drug_class.label == "chloride channel activator"


def test_a_plain_group_label_with_a_long_parenthesis() -> None:
    x = _x("**Side Effects:**\n- Common: redness, itching\n- Less common (usually from breathing in dried cream or "
           "touching the eyes): coughing, sneezing\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Redness", "Common"), ("Itching", "Common"), ("Coughing", "Less common"), ("Sneezing", "Less common")]


def test_applied_in_a_doctors_office_to_treat() -> None:
    x = _x("**Usage:** Zoravir is a topical analgesic. A prescription-strength patch is applied in a doctor's office "
           "to treat postherpetic neuralgia (nerve pain after shingles).")
    assert [(t.label, t.synonyms) for t in x.treats] == [("Postherpetic neuralgia", ["nerve pain after shingles"])]
