"""Rules firstcontact67's misses showed, pinned on invented pages: a summary table atop the page whose rows open
sections ("| Main use | ... |") gives way to the sections the page heads itself; a source in brackets after the name
("(porcine)") is no other name; "has swallowed" is what a patient did, no route; "life-threatening" grades a use; a
poisoning's sources given by examples are no part of its name; a hyphen that makes an adjective joins no combination
("thrombin-specific fragments" name no thrombin of the drug's own); "less likely to trigger" states no action; ", as
potassium moves back into the cells" is why, no effect."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x

_SUMMARY = """**Summary**

| Item | Details |
|------|---------|
| Generic name | Zoravir immune fab (porcine) |
| Brand names | Zorafab |
| Drug class | Antidote |
| Main use | Severe thalloxin poisoning |

---

### Generic Name

Zoravir immune fab (porcine), also called thalloxin-specific antibody fragments or TSFab.

### Usage

Zoravir immune fab is an antidote given in hospital as an intravenous infusion. Its main use is the treatment of
**life-threatening thalloxin toxicity** (thalloxin overdose), for example when a child has swallowed a large amount.
Off-label, it has been given for **bufadienolide poisoning** from toads such as the cane toad.

### Side Effects

Common effects include a fast heart rate; and a drop in blood potassium, as potassium moves back into the cells.

### How it Works

Zoravir immune fab contains Fab fragments, which bind thalloxin in the blood. This quickly lowers the level of
free thalloxin. Because the Fc part has been removed, the fragments are less likely to trigger an immune reaction.
"""


def test_the_pages_own_sections_win_over_a_summary_tables_rows() -> None:
    x = _x(_SUMMARY, title="Zoravir Immune Fab")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Thalloxin toxicity", None),
                                                         ("Bufadienolide poisoning", "off-label")]
    assert x.drug_class is not None and x.drug_class.label == "antidote"
    assert x.drug.label == "Zoravir immune fab"
    assert [s.label for s in x.drug.synonyms] == ["thalloxin-specific antibody fragments", "TSFab"]


def test_what_the_patient_swallowed_is_no_route() -> None:
    x = _x(_SUMMARY, title="Zoravir Immune Fab")
    assert [r.label for r in x.routes] == ["intravenous"]


def test_an_adjective_hyphen_and_a_less_likely_action() -> None:
    x = _x(_SUMMARY, title="Zoravir Immune Fab")
    assert [(m.relation, m.target) for m in x.mechanism] == [("binds", "thalloxin"), ("decreases", "free thalloxin")]


def test_a_reason_after_as_is_no_effect() -> None:
    x = _x(_SUMMARY, title="Zoravir Immune Fab")
    assert [e.label for e in x.side_effects] == ["Fast heart rate", "Drop in blood potassium"]


def test_a_summary_table_alone_still_gives_its_use() -> None:
    x = _x(_SUMMARY.split("\n---\n")[0], title="Zoravir Immune Fab")
    assert [u.label for u in x.treats] == ["Thalloxin poisoning"]


def test_a_drug_that_binds_dna_by_its_bases_and_slows_down_cell_division() -> None:
    x = _x("## Usage\n\nZoravir treats psoriasis.\n\n## How it Works\n\na) Zoravir enters skin cells and slips between "
           "the two strands of DNA (intercalation).\nb) When the skin is exposed to UVA light, zoravir binds to "
           "thymine bases, forming cross-links.\nc) These cross-links block DNA synthesis and slow down the "
           "division of skin cells.")
    assert [(m.relation, m.target) for m in x.mechanism] == [
        ("binds", "DNA"), ("decreases", "DNA synthesis"), ("decreases", "division of skin cells")]


def test_a_name_often_just_called_and_a_class_said_with_where_it_is_used() -> None:
    x = _x("<h3>Generic Name</h3>\n\n**Zoravir etabonate** (often just called zoravir)\n\n<h3>Usage</h3>\n\n"
           "Zoravir is a corticosteroid eye medicine. It treats uveitis.\n\n<h3>Side Effects</h3>\n\nHeadache.")
    assert [s.label for s in x.drug.synonyms] == ["zoravir"]
    assert x.drug_class is not None and x.drug_class.label == "corticosteroid"
    y = _x("## Usage\n\nZoravir is an antibiotic eye drop. It treats bacterial conjunctivitis.")
    assert y.drug_class is not None and y.drug_class.label == "antibiotic"


def test_a_serious_list_led_in_by_two_sentences_and_pointed_back_at() -> None:
    x = _x("**Side Effects:** The most common side effects are mild and include:\n\n* Nausea\n* Sweating\n\n"
           "Serious side effects are rare and happen mostly with the injection. They include:\n\n"
           "* Severe allergic reaction (hives, trouble breathing, swelling of the face, lips or tongue)\n"
           "* Low blood pressure\n\nGet medical help right away if you have any of these serious side effects.")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Nausea", "Common"), ("Sweating", "Common"), ("Severe allergic reaction", "Serious"),
        ("Low blood pressure", "Serious")]
    assert [s.label for s in x.serious_signs] == ["hives", "trouble breathing", "swelling of the face",
                                                  "swelling of the lips", "swelling of the tongue",
                                                  "low blood pressure"]


def test_emoji_group_lines_and_a_boxed_warnings_series() -> None:
    x = _x("### \U0001f4cc Side Effects\n\U0001f7e2 **Common:**\n\U0001f539 Dry mouth\n\U0001f539 Headache\n\n"
           "\U0001f534 **Serious:**\n\U0001f539 Raised blood pressure\n\U0001f539 Abuse, misuse and addiction\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dry mouth", "Common", False), ("Headache", "Common", False), ("Raised blood pressure", "Serious", True),
        ("Abuse, misuse and addiction", "Serious", True)]
