"""Wordings firstcontact31's misses showed (six blind pages in new house styles), pinned on invented pages:
bold-italic section labels, a grade before a group's colon, an enzyme's cofactor named as the drug's active
form, a protein cleaved, a purpose infinitive of another subject, Usage bullets that are sentences, and a
seek-help lead-in item over its own list."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extractors.prose_uses import prose_uses
from kg.parse import parse_text


def _x(body: str, title: str = "Velquorin"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "velquorin.md"))


def test_bold_italic_labels_are_section_labels() -> None:
    x = _x("***Generic Name:*** Velquorin\n\n***Usage:*** Velquorin is used to treat dry eye disease in adults.\n\n"
           "***Side Effects:*** Most side effects are mild.\n\n*Frequent:*\n- Eye irritation\n- Headache\n\n"
           "***How it Works:*** Velquorin blocks the LFA-1 receptor on T cells.")
    assert [u.label for u in x.treats] == ["Dry eye disease"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Eye irritation", "Frequent"), ("Headache", "Frequent")]
    assert [(m.relation, m.target) for m in x.mechanism] == [("blocks", "LFA-1 receptor")]


def test_a_grade_before_a_group_s_colon() -> None:
    x = _x("**Side Effects:** Common side effects are mild: stomach cramps, diarrhea, a bitter taste, and throat "
           "irritation (with the liquid).")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Stomach cramps", "Common"), ("Diarrhea", "Common"), ("Bitter taste", "Common"),
        ("Throat irritation", "Common")]


def test_the_active_forms_named_in_a_list_are_the_drug_and_cofactors_make_enzymes_work() -> None:
    x = _x("## Usage\n\nVelquorin treats anemia.\n\n## How it Works\n\nAfter it is absorbed, velquorin is converted "
           "into its active forms, methylquorin and adenosylquorin. Methylquorin is a cofactor that the enzyme "
           "methionine synthase needs in order to work. Adenosylquorin is the cofactor for methylmalonyl-CoA mutase.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("activates", "methionine synthase"),
                                                              ("activates", "methylmalonyl-CoA mutase")]


def test_a_protein_cleaved_is_inhibited_and_a_purpose_infinitive_is_its_subject_s() -> None:
    x = _x("## Usage\n\nVelquorin treats spasticity.\n\n## How it Works\n\nNerve cells use a protein called VAMP2 to "
           "attach to the cell membrane. There velquorin cleaves (cuts) a protein called SNAP-25, which nerve endings "
           "need in order to release acetylcholine.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "SNAP-25")]


def test_usage_bullets_that_are_sentences_and_a_seek_help_item() -> None:
    x = _x("- **Generic Name:** Velquorin\n- **Usage:**\n"
           "  - It is approved to treat relapsing forms of multiple sclerosis (MS) in adults.\n"
           "  - It lowers the number of relapses and slows the buildup of disability.\n"
           "- **Side Effects:**\n  - Common:\n    - Stomach pain\n  - Get medical help right away if you have:\n"
           "    - Yellowing of the skin or eyes, or dark urine\n")
    assert [u.label for u in x.treats] == ["Relapsing forms of multiple sclerosis"]
    assert [e.label for e in x.side_effects] == ["Stomach pain"]
    assert [s.label for s in x.serious_signs] == ["Yellowing of the skin or eyes", "dark urine"]


def test_another_drug_s_brand_in_parentheses_is_not_the_drug_s() -> None:
    x = _x("## Usage\n\nVelquorin treats dry eye disease. It comes as eye drops (Velqua). It is sometimes chosen when "
           "cyclosporine eye drops (Restora or Cequin) have not helped. Before each dose you will usually get "
           "acetaminophen (Tylomol).")
    assert [b.label for b in x.brand_names] == ["Velqua"]


def test_what_kind_and_when_in_parentheses_are_no_signs() -> None:
    x = _x("## Side Effects\n\nSerious:\n* Serious infections (bacterial, fungal, or viral)\n"
           "* Heart failure or fluid in the lungs (early in treatment, in people with heart problems)\n"
           "* Severe allergic reactions (rash, hives, trouble breathing)")
    assert [s.label for s in x.serious_signs] == ["rash", "hives", "trouble breathing"]


def test_a_bold_list_of_uses_is_each_and_a_product_in_parentheses_is_no_other_name() -> None:
    x = _x("## Usage\n\n- **Strabismus** – crossed eyes\n- **Frown lines, crow’s feet, and forehead lines** (as "
           "Velqua Cosmetic) – to improve their appearance in adults\n- **Cluster headaches** (as nose drops)\n")
    assert [(u.label, u.synonyms) for u in x.treats] == [
        ("Strabismus", []), ("Frown lines", []), ("Crow's feet", []), ("Forehead lines", []), ("Cluster headaches", [])]


def test_a_usage_opening_with_no_subject_names_the_class_and_intradermal_is_a_route() -> None:
    x = _x("**Usage:** A stool softener used to relieve occasional constipation. It is given by mouth, or as an "
           "injection into a muscle (intramuscular) or into the skin (intradermal).\n\n**How it Works:** Velquorin "
           "is a surfactant that lowers the surface tension of the stool.")
    assert x.drug_class is not None and x.drug_class.label == "stool softener"
    assert {r.label for r in x.routes} == {"oral", "intramuscular", "intradermal"}


def test_labels_in_html_bold_or_underscore_bold_italics_are_section_labels() -> None:
    for body in ("<b>Generic Name:</b> Velquorin<br>\n<b>Usage:</b> Velquorin treats gout.<br>\n<b>Side Effects:</b> "
                 "Nausea, rash.<br>\n<b>How it Works:</b> It blocks xanthine oxidase.<br>\n<b>FAQs:</b><br>\n- Q?\n",
                 "___Generic Name:___ Velquorin\n\n___Usage:___ Velquorin treats gout.\n\n___Side Effects:___ Nausea, "
                 "rash.\n\n___How it Works:___ It blocks xanthine oxidase.\n\n___FAQs:___\n- Q?\n"):
        x = _x(body)
        assert [u.label for u in x.treats] == ["Gout"]
        assert [e.label for e in x.side_effects] == ["Nausea", "Rash"]
        assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "xanthine oxidase")]


def test_an_effect_said_to_be_rare_but_serious() -> None:
    x = _x("## Side Effects\n\nNausea and headache are common. Rash is rare but can be serious. Side effects are "
           "rare but can be serious.")
    assert [(e.label, e.serious) for e in x.side_effects] == [("Nausea", False), ("Headache", False), ("Rash", True)]


@pytest.mark.parametrize(("sentence", "uses"), [
    ("Main uses: gout; kidney stones.", [("Gout", None), ("Kidney stones", None)]),
    ("It is mainly prescribed to people with gout.", [("Gout", None)]),
    ("Velquorin helps manage gout and reduces gout flares.", [("Gout", None), ("Gout flares", "prevention")]),
    # the patients of a purpose named after them are no use of their own
    ("It is prescribed for patients who have to take NSAIDs, to reduce the risk of stomach ulcers.",
     [("Stomach ulcers", "prevention")]),
])
def test_ordinary_use_wordings_a_probe_found_unread(sentence: str, uses: list[tuple[str, str | None]]) -> None:
    assert [(u.label, u.qualifier) for u in prose_uses(sentence)] == uses


def test_warning_signs_that_need_urgent_attention_listed_after_a_colon() -> None:
    x = _x("## Side Effects\n\nCommon side effects include nausea and rash. Warning signs that need urgent attention: "
           "chest pain, fainting, and black stools.")
    assert [s.label for s in x.serious_signs] == ["chest pain", "fainting", "black stools"]


def test_the_drug_named_as_the_object_of_a_prescribing_verb() -> None:
    """"Doctors prescribe Zoravir for gout": the drug by its brand or its name after the verb is "it"; another
    drug named there stays itself and lends this one no use."""
    x = _x("**Generic Name:** Velquorin (Zoravir)\n\n**Usage:** Doctors prescribe Zoravir for gout and for kidney "
           "stones. Some doctors also use velquorin off-label for high uric acid levels during cancer treatment. "
           "Doctors prescribe colchicine for sudden flares.")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Gout", None), ("Kidney stones", None), ("High uric acid levels", "off-label")]
    assert x.treats[0].evidence.quote == "gout"
