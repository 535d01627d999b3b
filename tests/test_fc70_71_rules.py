"""Rules firstcontact70-71's misses showed, pinned on invented pages: a Generic Name value that says what the drug is
after a dash ("**Zoravir** \u2013 a fourth-generation fluoroquinolone antibiotic", "Zoravir\u2014a ...") gives the name
and the class; a Generic Name paragraph that describes the drug gives its class, route and form; "Brands: **A** (US),
**B** (UK)" and a salt's brand ("zoravir sodium (**C**)"); "by inhibiting two bacterial enzymes:" over bullets whose
names end in a number ("**Topoisomerase IV**"); an off-label label with an aside over its list; sentence items after
"It only ..." are no uses; "Severe allergic reactions: Wheezing, hives, ..." under a serious group gives the effect
and its signs; local signs before a place ("severe burning, swelling, blistering or oozing at the treated area")."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_name_then_a_dash_and_what_it_is() -> None:
    x = _x("### 1. Generic Name\n**Zoravir** \u2013 a fourth-generation fluoroquinolone antibiotic, available as an "
           "ophthalmic suspension under the brand name **Zorex**.\n\n### 2. Usage\nZoravir is used only in the eye.\n\n"
           "- **Bacterial conjunctivitis** (pink eye) in adults\n- **Off-label uses** (at an eye doctor's discretion)\n"
           "  - **Bacterial keratitis** (infection of the cornea)\n  - **Blepharitis** with a bacterial cause\n\n"
           "### 3. How it Works\nZoravir kills bacteria by inhibiting two bacterial enzymes:\n"
           "- **DNA gyrase** \u2013 needed to unwind and copy bacterial DNA\n"
           "- **Topoisomerase IV** \u2013 needed to separate the copied DNA strands\n")
    assert x.drug_class is not None and x.drug_class.label == "fourth-generation fluoroquinolone antibiotic"
    assert [r.label for r in x.routes] == ["ophthalmic"]
    assert "ophthalmic suspension" in [f.label for f in x.formulations]
    assert [(u.label, u.qualifier) for u in x.treats] == [("Bacterial conjunctivitis", None),
                                                         ("Bacterial keratitis", "off-label"),
                                                         ("Blepharitis", "off-label")]
    assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "DNA gyrase"),
                                                             ("inhibits", "topoisomerase IV")]


def test_a_glued_dash_and_brands_after_a_colon() -> None:
    x = _x("## Generic Name\n**Zoravir** (oral form: zoravir axetil)\u2014a second-generation cephalosporin "
           "antibiotic.\n\n## Usage\nZoravir axetil is taken by mouth as tablets. Brands: **Zorex** (US), **Zoramed** "
           "(UK/EU). An injectable salt, zoravir sodium (**Zorinj**), is used in hospitals. It treats strep throat.")
    assert x.drug.label == "Zoravir"
    assert x.drug_class is not None and x.drug_class.label == "second-generation cephalosporin antibiotic"
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed", "Zorinj"]


def test_a_generic_name_paragraph_that_describes_the_drug() -> None:
    x = _x("## Generic Name\n\n**Zoravir** is an oral diabetes medicine from the DPP-4 inhibitor class. It is sold as "
           "Zorex, as 5 mg film-coated tablets taken once a day.\n\n## Usage\n\nZoravir is used together with diet "
           "and exercise in adults with **type 2 diabetes**.")
    assert x.drug_class is not None and x.drug_class.label == "DPP-4 inhibitor"
    assert [r.label for r in x.routes] == ["oral"]
    assert [f.label for f in x.formulations] == ["film-coated tablets"]


def test_limitations_allergy_signs_and_signs_at_a_place() -> None:
    x = _x("**Usage**\nZoravir is taken by mouth.\n\nPrimary uses:\n- Phenylketonuria (PKU): Lowers blood Phe\n\n"
           "Important limitations:\n- It only works in people who respond to it\n- It usually does not help people "
           "with severe classic PKU\n\n**Side Effects**\nCommon side effects:\n- Headache: Usually mild\n\n"
           "Less common but serious:\n- Severe allergic reactions: Wheezing, hives, swelling of the lips or tongue\n\n"
           "Stop using zoravir and contact your doctor if you develop severe burning, swelling, blistering or oozing "
           "at the treated area.")
    assert [u.label for u in x.treats] == ["Phenylketonuria"]
    assert [e.label for e in x.side_effects] == ["Headache", "Severe allergic reactions"]
    assert [s.label for s in x.serious_signs] == [
        "wheezing", "hives", "swelling of the lips or tongue", "severe burning at the treated area",
        "swelling at the treated area", "blistering at the treated area", "oozing at the treated area"]


def test_sources_named_after_sentences_and_copilot_citations() -> None:
    x = _x("## Generic Name\n\nZoravir alfa (in the US, zoravir alfa-xzqb)[^1^]\n\n## Usage\n\nZoravir is used for "
           "gout.[^2^] [NHS]\n\n## Side Effects\n\nCommon side effects include dry mouth, headache and stomach "
           "cramps. [NHS]\n\nLess common side effects include reduced sex drive. [Mayo Clinic]\n", title="Zoravir Alfa")
    assert x.drug.label == "Zoravir alfa" and [s.label for s in x.drug.synonyms] == ["zoravir alfa-xzqb"]
    assert [u.label for u in x.treats] == ["Gout"]
    assert [e.label for e in x.side_effects] == ["Dry mouth", "Headache", "Stomach cramps", "Reduced sex drive"]


def test_a_symptom_reduced_is_no_prevention() -> None:
    x = _x("## Usage\n\n- Central diabetes insipidus \u2013 to reduce the large amounts of dilute urine\n"
           "- Stroke \u2013 to reduce the risk of stroke in atrial fibrillation\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Central diabetes insipidus", None),
                                                         ("Stroke", "prevention")]


def test_a_pointer_back_is_no_target_and_other_things_are_no_route_or_form() -> None:
    x = _x("**Usage**\n\nZoravir is taken by mouth as film-coated tablets. It does not relieve an attack; for that you "
           "still need a quick-relief inhaler such as albuterol. It has also been used off-label to prevent capsular "
           "contracture, a hardening of the scar tissue around breast implants.\n\n**How it Works**\n\nZoravir works "
           "by blocking the cysteinyl leukotriene type 1 receptor (CysLT1). When leukotrienes attach to this receptor, "
           "they make the airways swell.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("blocks", "cysteinyl leukotriene type 1 receptor")]
    assert [r.label for r in x.routes] == ["oral"]
    assert [f.label for f in x.formulations] == ["film-coated tablets"]
