"""Rules firstcontact68-69's misses showed, pinned on invented pages: a bold group named by forms of the drug inside
Side Effects ("**Oral forms (higher doses):**") groups effects, no section of forms; lettered items and Roman-numbered
ones indented under numbered sections (Gemini 2.5 Pro's outline) are lists; an item of a seek-help group glossed by its
symptoms gives those as signs, not its name; an em dash glued to its words sets off an aside in Usage prose; "The
generic name is X."; "You might wonder: ...?" asks a question; "is used quite differently: to treat X"; ", meaning
..." is what a use is; a conjunction or "As with other X" left alone is no effect."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_group_of_forms_inside_side_effects() -> None:
    x = _x("## Usage\n\nZoravir treats gout.\n\n## Side Effects\n**Oral forms (higher doses):**\n- Dizziness (11%)\n"
           "- Nausea (10%)\n\n**Zorapatch:**\n- Application site reactions (24%)")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Dizziness", "Oral forms"), ("Nausea", "Oral forms"), ("Application site reactions", "Zorapatch")]


_OUTLINE = """1. **Generic Name**
    a. Zoravir
    b. Brand name: Zorax

2. **Usage**

    Zoravir is an antifungal medication. It is used for:

    a. **Prevention of invasive fungal infections:** In people whose immune systems are weakened.
    b. **Invasive aspergillosis:** Treatment of this mold infection.

3. **Side Effects**

    a. **Common:** Nausea, headache, and fever.
    b. **Serious (seek medical attention right away):**
        i. Liver damage (yellowing of the skin or eyes, dark urine, pale stools)
        ii. High blood pressure with low potassium, known as pseudohyperaldosteronism
"""


def test_lettered_and_roman_items_under_numbered_sections() -> None:
    x = _x(_OUTLINE)
    assert x.drug.label == "Zoravir" and [b.label for b in x.brand_names] == ["Zorax"]
    assert [(u.label, u.qualifier) for u in x.treats] == [("Invasive fungal infections", "prevention"),
                                                         ("Invasive aspergillosis", None)]
    assert [e.label for e in x.side_effects] == ["Nausea", "Headache", "Fever", "Liver damage",
                                                 "High blood pressure with low potassium"]


def test_a_serious_item_glossed_by_its_symptoms_gives_them_as_signs() -> None:
    assert [s.label for s in _x(_OUTLINE).serious_signs] == [
        "yellowing of the skin or eyes", "dark urine", "pale stools", "High blood pressure with low potassium"]


_PROSE = """Sure! Here's a plain-language rundown of zoravir.

**Generic Name.** The generic name is zoravir. In the US it's given as zoravir citrate.

**Usage.** Doctors prescribe it mainly for muscle spasms and back pain\u2014for example after a strain or a sprained \
ankle\u2014alongside rest, stretching, and physical therapy. In the UK it is used quite differently: to treat \
Parkinson's disease and drug-induced parkinsonism, meaning the stiffness and tremor that antipsychotics can cause.

**Side Effects.** The most common ones are dry mouth and drowsiness. Some people also notice a fast heartbeat or \
trouble urinating, and that last one is more likely in older men. As with other anticholinergics, constipation is \
common.

**FAQs.** You might wonder: will zoravir make me sleepy? It can, so don't drive until you know how it affects you.

You might wonder: is it addictive? It's not considered habit-forming.
"""


def test_a_conversational_page() -> None:
    x = _x(_PROSE)
    assert x.drug.label.casefold() == "zoravir"
    assert [u.label for u in x.treats] == ["Muscle spasms", "Back pain", "Parkinson's disease",
                                           "Drug-induced parkinsonism"]
    assert [f.question for f in x.faqs] == ["Will zoravir make me sleepy?", "Is it addictive?"]
    assert "And" not in [e.label for e in x.side_effects]
    assert not [e.label for e in x.side_effects if e.label.startswith("As with")]


_QWEN = """**Zoravir is a uric acid-lowering drug.**

**Usage**
\u2022 Zoravir is a uricosuric agent. It is taken by mouth as tablets.
\u2022 Brand names include Zorex, Zoramed and Uricor. It is not approved in the United States.
\u2022 Main uses:
  \u2022 Gout \u2013 long-term lowering of uric acid
  \u2022 Hyperuricemia \u2013 when diet changes are not enough

**Side Effects**
Common:
\u2022 Diarrhea
\u2022 Gout flares in the first months, as uric acid levels shift

**How it Works**
\u2022 Zoravir blocks URAT1 (urate transporter 1), a protein in the kidney tubules.
\u2022 With URAT1 blocked, the excretion of uric acid in the urine increases and blood uric acid levels fall.
"""


def test_a_brand_bullet_in_usage_and_a_clause_after_as() -> None:
    x = _x(_QWEN)
    assert [u.label for u in x.treats] == ["Gout", "Hyperuricemia"]
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed", "Uricor"]
    assert [e.label for e in x.side_effects] == ["Diarrhea", "Gout flares in the first months"]


def test_a_change_said_with_no_object_after_an_absolute_clause() -> None:
    assert [(m.relation, m.target) for m in _x(_QWEN).mechanism] == [
        ("blocks", "URAT1"), ("increases", "excretion of uric acid in the urine")]


def test_a_footnote_sign_that_says_off_label_and_a_degraded_protein() -> None:
    x = _x("**Usage**\n\nZoravir is an oral anticancer drug.\n\n| Use | Notes |\n| --- | --- |\n"
           "| Multiple myeloma | With dexamethasone |\n| Chronic lymphocytic leukemia\u2020 | Selected patients |\n\n"
           "\u2020 Off-label use.\n\n**How it Works**\n\n- Binds **cereblon (CRBN)**, a ligase's receptor.\n"
           "- In del(5q) MDS it also degrades **casein kinase 1\u03b1 (CK1\u03b1)**.")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Multiple myeloma", None),
                                                         ("Chronic lymphocytic leukemia", "off-label")]
    assert ("inhibits", "casein kinase 1\u03b1") in [(m.relation, m.target) for m in x.mechanism]


_LLAMA = """### **Generic Name**
Zoravir (as zoravir maleate or edisylate)

### **Usage**
Zoravir is an oral anticoagulant. It is sold as **Zorex** in the United States and as **Zoramed** (also **Zoratab**) \
in Europe and Asia. It is used to:

* Reduce the risk of stroke in people with atrial fibrillation
* Off-label uses include treating left ventricular thrombus (a blood clot inside the heart) and cancer-associated \
venous thromboembolism (VTE)

### **Side Effects**
The most common side effects include headache and cough. Serious but rare side effects include bronchospasm, which \
can be severe or even fatal in people with asthma, severe allergic reactions, and unusual behavior or confusion, \
reported mostly in children.

### **How it Works**
Zoravir blocks dopamine D2 receptors. It also has weaker blocking effects on histamine H1 receptors and alpha-1 \
adrenergic receptors. It works like oseltamivir, while baloxavir (Xofluza) blocks a different viral enzyme.
"""


def test_uses_a_bullet_says_include_and_brands_in_places() -> None:
    x = _x(_LLAMA)
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Stroke", "prevention"), ("Left ventricular thrombus", "off-label"),
        ("Cancer-associated venous thromboembolism", "off-label")]
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed", "Zoratab"]
    assert x.drug.synonyms == []


def test_a_grave_aside_mid_list_and_where_an_effect_was_reported() -> None:
    assert [e.label for e in _x(_LLAMA).side_effects] == [
        "Headache", "Cough", "Bronchospasm", "Severe allergic reactions", "Unusual behavior or confusion"]


def test_blocking_effects_on_and_another_drug_with_its_brand() -> None:
    assert [(m.relation, m.target) for m in _x(_LLAMA).mechanism] == [
        ("blocks", "dopamine D2 receptor"), ("blocks", "histamine H1 receptor"),
        ("blocks", "alpha-1 adrenergic receptor")]
