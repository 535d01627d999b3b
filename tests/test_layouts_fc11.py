"""Layouts and wordings of firstcontact11 (measured blind once, at 0.800; these rules came after)."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(x) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(t.label, t.qualifier) for t in x.treats]


def test_a_use_item_names_its_disease_without_the_care_or_its_grade() -> None:
    x = _x("**Usage:**\n\nIt is used for:\n\n"
           "- Long-term maintenance treatment of asthma, only together with an inhaled corticosteroid\n"
           "- Maintenance treatment of chronic obstructive pulmonary disease (COPD), including chronic bronchitis\n"
           "- Moderately to severely active Crohn's disease in adults\n"
           "- Moderate to severe plaque psoriasis in adults\n"
           "- Active psoriatic arthritis in adults\n\n"
           "**Side Effects:**\n- Headache\n")
    assert _uses(x) == [("Asthma", None), ("Chronic obstructive pulmonary disease", None), ("Crohn's disease", None),
                        ("Plaque psoriasis", None), ("Psoriatic arthritis", None)]
    assert x.treats[1].abbreviation == "COPD"


def test_a_graded_symptom_keeps_its_grade() -> None:
    x = _x("**Usage:**\n\n- Mild to moderate pain\n- Moderate to severe acne\n\n**Side Effects:**\n- Headache\n")
    assert _uses(x) == [("Mild to moderate pain", None), ("Acne", None)]


def test_a_frequency_adverb_between_commas_is_no_use() -> None:
    for text in ("Off-label, it is also used for trigeminal neuralgia and, less often, for bipolar disorder.",
                 "It is used for:\n\n- Trigeminal neuralgia and, less often, bipolar disorder\n"):
        x = _x(f"**Usage:**\n\nIt is used to treat epilepsy.\n\n{text}\n\n**Side Effects:**\n- Headache\n")
        assert [u for u, _ in _uses(x)] == ["Epilepsy", "Trigeminal neuralgia", "Bipolar disorder"], text


_PROSE_PAGE = (
    "Zoravir is the generic name of this medicine. It is an antibiotic of the nitroimidazole class, and it is taken "
    "by mouth as tablets. Brand names include Zorex (tablets) and ZoraGel (for the skin).\n\n"
    "Zoravir is used to treat bacterial vaginosis and giardiasis.\n\n"
    "The most common side effects are nausea, a metallic taste in the mouth, headache, loss of appetite and diarrhea. "
    "Less common ones include dark urine, which is harmless, dizziness, a furry tongue and vaginal yeast "
    "infections.\n\n"
    "As for how it works, zoravir is a prodrug. Inside the microbe, enzymes reduce it to reactive nitro radicals. "
    "These radicals bind to the microbe's DNA and cause DNA strand breaks.\n\n"
    "People often ask a few questions about zoravir. Can I drink alcohol while taking it? No, avoid alcohol. "
    "Should I finish the whole course? Yes, take every dose even if you feel better.")


def test_a_page_of_prose_gives_brands_and_class_from_its_opening_paragraph() -> None:
    x = _x(_PROSE_PAGE)
    assert [b.label for b in x.brand_names] == ["Zorex", "ZoraGel"]
    assert x.drug_class is not None and x.drug_class.label == "nitroimidazole"


def test_a_class_stated_in_a_section_wins_over_the_opening_paragraphs_lay_word() -> None:
    x = _x("Zoravir is a blood thinner given by injection.\n\n### How It Works\n\n"
           "Zoravir is a low-molecular-weight heparin (LMWH). It binds to antithrombin.\n\n"
           "### Usage\n\n- Preventing deep vein thrombosis (DVT)\n")
    assert x.drug_class is not None and x.drug_class.label == "low-molecular-weight heparin"


def test_a_prose_list_with_an_article_member_and_a_description_aside_keeps_every_member() -> None:
    x = _x(_PROSE_PAGE)
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Nausea", "Common"), ("Metallic taste in the mouth", "Common"), ("Headache", "Common"),
        ("Loss of appetite", "Common"), ("Diarrhea", "Common"), ("Dark urine", "Less common"),
        ("Dizziness", "Less common"), ("Furry tongue", "Less common"), ("Vaginal yeast infections", "Less common")]


def test_what_a_member_is_more_likely_with_is_no_member() -> None:
    x = _x("**Side Effects:** The most serious risk is a high potassium level (hyperkalemia), which is more likely "
           "with kidney disease, diabetes, or other medicines that raise potassium.")
    assert "Diabetes" not in {e.label for e in x.side_effects}


def test_questions_run_together_after_a_lead_in_sentence_are_faqs() -> None:
    x = _x(_PROSE_PAGE)
    assert [f.question for f in x.faqs] == ["Can I drink alcohol while taking it?",
                                            "Should I finish the whole course?"]
    assert x.faqs[1].answer == "Yes, take every dose even if you feel better."


def test_the_reactive_form_the_drug_is_reduced_to_acts_for_it_and_dna_is_a_target() -> None:
    x = _x(_PROSE_PAGE)
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("binds", "DNA")]  # (+ its DNA breaks)
    assert x.mechanism[0].evidence.sentence.startswith("These radicals bind")
    # whose DNA it is names no target; the building blocks "of DNA" are none
    y = _x("**How it Works:** It binds to the parasite's 80S ribosome. This blocks the production of thymidine, "
           "one of the building blocks of DNA.")
    assert [(m.relation, m.target) for m in y.mechanism] == [("binds", "80S ribosome"),
                                                             ("decreases", "thymidine production")]


def test_a_comment_after_a_semicolon_is_no_side_effect() -> None:
    x = _x("## Side Effects\n\nThe effects people notice most often are dizziness and headache. Because it also blocks "
           "male hormones, men can develop breast swelling and erection problems, and women may have irregular periods "
           "and breast tenderness; these hormonal effects depend on the dose and usually go away after stopping.")
    assert [e.label for e in x.side_effects] == ["Dizziness", "Headache", "Breast swelling", "Erection problems",
                                                 "Irregular periods", "Breast tenderness"]
