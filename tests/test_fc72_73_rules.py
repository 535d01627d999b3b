"""Rules firstcontact72-73's misses showed, pinned on invented pages: a Pandoc definition list whose definitions carry
nested lists indented under them ("    - Dry mouth"): each a list of its own, not one paragraph; a nested term over
its own definition stays a group."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_definition_list_with_nested_lists() -> None:
    x = _x("Generic Name\n:   Zoravir hydrochloride\n\nUsage\n:   Zoravir is an antiparkinsonian. It is used for:\n"
           "    - Parkinson's disease, mainly to ease tremor\n    - Drug-induced extrapyramidal symptoms (EPS)\n"
           ":   Off-label uses:\n    - Dystonia, especially in children\n\nSide Effects\n:   Common:\n"
           "    - Dry mouth\n    - Blurred vision\n    - Constipation\n:   Serious:\n    - Hallucinations\n"
           "    - Heat stroke\n\nHow it Works\n:   Zoravir blocks muscarinic acetylcholine receptors in the brain.\n"
           "    - It may also weakly block the dopamine transporter.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Parkinson's disease", None),
                                                         ("Drug-induced extrapyramidal symptoms", None),
                                                         ("Dystonia", "off-label")]
    assert [(e.label, e.serious) for e in x.side_effects] == [("Dry mouth", False), ("Blurred vision", False),
                                                              ("Constipation", False), ("Hallucinations", True),
                                                              ("Heat stroke", True)]
    assert ("blocks", "muscarinic acetylcholine receptor") in [(m.relation, m.target) for m in x.mechanism]


def test_a_nested_term_under_a_definition_stays_a_group() -> None:
    x = _x("Usage\n:   Zoravir treats ulcerative colitis.\n\nSide Effects\n:   Most people tolerate it well.\n\n"
           "    Common\n    :   headache, stomach pain, nausea\n\n    Serious\n    :   pancreatitis\n")
    assert [(e.label, e.serious) for e in x.side_effects] == [("Headache", False), ("Stomach pain", False),
                                                              ("Nausea", False), ("Pancreatitis", True)]


def test_an_effects_table_with_one_effect_per_line_of_a_cell() -> None:
    x = _x("### **Usage**\nZoravir treats major depressive disorder.\n\n### **Side Effects**\n"
           "| Frequency | Effects |\n|---|---|\n| **Very common (>10%)** | Diarrhea<br>Nausea<br>Headache |\n"
           "| **Rare but serious** | Serotonin syndrome (agitation, fever)<br>Low sodium levels (hyponatremia) |\n")
    assert [e.label for e in x.side_effects] == ["Diarrhea", "Nausea", "Headache", "Serotonin syndrome",
                                                 "Low sodium levels"]
    assert [e.serious for e in x.side_effects][-2:] == [True, True]


def test_a_transcript_whose_paragraphs_open_with_spoken_transitions() -> None:
    x = _x("Sure, here's an overview of zoravir.\n\nLet's start with the generic name. The generic name is zoravir. "
           "You might see it under the brand name Zorex.\n\nNow, what is it used for? Zoravir is used to treat gout "
           "and to prevent kidney stones.\n\nWhen it comes to side effects, most are mild. Common effects are "
           "nausea, headache and dizziness.\n\nSo how does it work? Zoravir blocks xanthine oxidase in the liver.\n")
    assert [u.label for u in x.treats][:1] == ["Gout"]
    assert [e.label for e in x.side_effects] == ["Nausea", "Headache", "Dizziness"]
    assert [m.target for m in x.mechanism] == ["xanthine oxidase"]
    assert [b.label for b in x.brand_names] == ["Zorex"]


def test_bold_questions_below_a_table_of_sections_are_its_faqs() -> None:
    x = _x("| Section | Details |\n| --- | --- |\n| **Generic Name** | Zoravir |\n"
           "| **Usage** | Zoravir treats cystinuria.<br>• **Cystinuria** - an inherited condition |\n"
           "| **Side Effects** | **Common:**<br>• Nausea<br>• Fever |\n"
           "| **How it Works** | Zoravir binds to cystine, forming a soluble complex. |\n\n"
           "**Should I take it with food?**\nTake it 1 hour before meals.\n\n"
           "**Does it interact with other medicines?**\nDo not take it together with penicillamine.\n\n"
           "**What tests will I need?**\nRegular urine tests.\n")
    assert len(x.faqs) == 3
    assert [(m.relation, m.target) for m in x.mechanism] == [("binds", "cystine")]


def test_a_site_inside_a_site_of_a_target_and_the_class_that_says_what_binding_does() -> None:
    x = _x("## Usage\nZoravir is an **epidermal growth factor receptor (EGFR) tyrosine kinase inhibitor** (TKI). It "
           "treats lung cancer.\n\n## How it Works\nZoravir binds **irreversibly** to the cysteine-797 site inside "
           "the ATP pocket of EGFR, a receptor that tells cells to grow and divide.\n")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("inhibits", "EGFR")]


def test_a_british_leaflet_with_brands_in_the_uk_and_a_prescriber_outside_the_licence() -> None:
    x = _x("**Generic Name**\n\nZoravir 75 microgram film-coated tablets, taken by mouth. Brand names in the UK "
           "include Zorex, Zoramed and Zoralin.\n\n**Usage**\n\n- Zoravir is used to prevent pregnancy.\n"
           "- Your GP or a specialist may also prescribe it, outside its licence, for painful periods "
           "(dysmenorrhoea), for endometriosis and for menstrual migraine.\n")
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed", "Zoralin"]
    assert [(u.label, u.qualifier) for u in x.treats] == [("Pregnancy", "prevention"), ("Painful periods", "off-label"),
                                                         ("Endometriosis", "off-label"),
                                                         ("Menstrual migraine", "off-label")]
    assert [r.label for r in x.routes] == ["oral"]
    assert [f.label for f in x.formulations] == ["film-coated tablets"]


def test_the_forms_of_combination_products_and_an_iv_line_are_not_the_drugs() -> None:
    x = _x("Let's start with the generic name. The generic name is zoravir. It comes as eye drops and as a gel for "
           "the skin. It's also one of the two ingredients in combination products such as Zorex cream and the Zoramed "
           "patch.\n\nNow, what is it used for? Zoravir is used to numb the skin before a blood test, an IV line, or a "
           "vaccination.\n")
    assert sorted(f.label for f in x.formulations) == ["eye drops", "gel"]
    assert "intravenous" not in [r.label for r in x.routes]


def test_spoken_uses_told_in_order_and_questions_told_as_sentences() -> None:
    x = _x("Now, what is it used for? Zoravir is a local anesthetic. It has three main uses. First, eye anesthesia: "
           "the drops numb the eye. Second, skin anesthesia before needles: the gel is put on the skin. And finally, "
           "anesthesia of the nose and throat before a bronchoscopy. Some doctors also use the drops off-label for a "
           "day or so to ease the pain of a corneal abrasion. What it isn't meant for is ongoing use at home for eye "
           "pain.\n\nAnd finally, a few questions people often ask.\n\nPeople often ask whether zoravir is the same as "
           "lidocaine. The answer is no.\n\nAnother common question is how long the numbness lasts. The answer is "
           "about an hour.\n\nSome people wonder if they can rub their eye after the drops. The answer is no.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Eye anesthesia", None), ("Skin anesthesia", None), ("Anesthesia of the nose and throat", None),
        ("Corneal abrasion", "off-label")]
    assert len(x.faqs) == 3
