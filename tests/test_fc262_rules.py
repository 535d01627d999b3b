"""Rules from the misses of firstcontact262 and firstcontact263 (ride-hailing, super-app, shopping, banking and
budgeting assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _mech, _page


def test_sentences_on_the_brand_line_describe_the_drug() -> None:
    x = _x("Generic Name: Zorvane\n\nBrand name: Velqor. Zorvane is a small interfering RNA, given by subcutaneous "
           "injection once every six months.\n\nUsage:\nZorvane is used for hereditary angioedema.\n", "Zorvane")
    assert x.drug_class is not None and x.drug_class.label == "small interfering RNA"
    assert [r.label for r in x.routes] == ["subcutaneous"]


def test_a_product_co_formulated_with_another_enzyme_is_not_a_brand_of_the_drug() -> None:
    x = _x("Generic Name: Zorvane\n\nBrand name: Velqor (intravenous infusion). A version co-formulated with "
           "hyaluronidase is sold as Velqor Hyla.\n\nUsage:\nZorvane is used for myeloma.\n", "Zorvane")
    assert [b.label for b in x.brand_names] == ["Velqor"]


def test_a_messenger_an_enzyme_is_triggered_to_break_down() -> None:
    assert _mech("Zorvane is an antisense oligonucleotide matched to the FUS messenger RNA. When it binds to FUS "
                 "mRNA, it recruits an enzyme called RNase H to break the mRNA down.") == [
        ("inhibits", "FUS messenger RNA")]


def test_mutation_carriers_are_whom_it_is_tried_in() -> None:
    assert _uses("Zorvane is used for Huntington disease.\n\nBeing studied:\n1. Presymptomatic HTT gene carriers: "
                 "a trial is testing whether early treatment delays symptoms.") == ["Huntington disease"]


def test_sentences_under_a_limits_lead_end_no_list() -> None:
    assert _uses("Zorvane is used for acne.\n\nImportant limits:\n- It is **not** an antibiotic.\n- The spots "
                 "usually come back within weeks if you stop.") == ["Acne"]


def test_a_disease_defined_and_an_approval_told_are_no_uses() -> None:
    usage = ("Zorvane is used to treat **spinal muscular atrophy (SMA)** in children.\n\n"
             "* SMA is an inherited nerve disease that weakens the muscles.\n"
             "* Zorvane received conditional approval in the EU in 2020, based on motor milestones.")
    assert _uses(usage) == ["Spinal muscular atrophy"]


def test_a_numbered_toxicity_in_usage_is_a_use_not_a_section() -> None:
    x = _page(usage="Zorvane has three uses.\n\n1. **Methotrexate overdose** – emergency treatment.\n"
                    "2. **Severe toxicity from high-dose methotrexate** – for people with delayed clearance.\n"
                    "3. **Folate deficiency** – in adults.", effects="- Rash")
    assert [u.label for u in x.treats] == ["Methotrexate overdose", "Severe toxicity from high-dose methotrexate",
                                           "Folate deficiency"]
    assert [e.label for e in x.side_effects] == ["Rash"]


def test_the_kind_of_the_effects_is_no_effect() -> None:
    x = _page(effects="Zorvane is well tolerated. The side effects reported most often are neurological.\n\n"
                      "- Dizziness\n- Local reactions")
    assert [e.label for e in x.side_effects] == ["Dizziness", "Local reactions"]


def test_keycap_digits_number_a_list_with_bold_labels() -> None:
    assert _mech("Zorvane protects the gut in three ways:\n\n1\ufe0f\u20e3 **Blocks elastase** – it inhibits "
                 "elastase, which digests tissue.\n2\ufe0f\u20e3 **Targets the parasite** – it inhibits the enzyme "
                 "arginase.") == [("inhibits", "elastase"), ("inhibits", "arginase")]


def test_healing_a_lining_is_no_use() -> None:
    assert _uses("Zorvane is taken by mouth to protect and heal the lining of the gullet. It is used for "
                 "**reflux esophagitis**.") == ["Reflux esophagitis"]


def test_a_part_of_the_drug_as_the_subject_is_the_drug() -> None:
    assert _mech("Zorvane works in two ways:\n- The chondroitin part boosts *antithrombin*.\n- The peptide part "
                 "blocks *factor XIa*.") == [("activates", "antithrombin"), ("blocks", "factor XIa")]


def test_items_under_a_bold_name_paragraph_say_how_it_comes() -> None:
    x = _page(gen="**Zorvane** (as zorvane acetate)\n- Brand name: Velqor\n- Given as a subcutaneous injection, "
                  "supplied as a powder in a vial")
    assert [r.label for r in x.routes] == ["subcutaneous"]
    assert [f.label for f in x.formulations] == ["injection", "powder", "vial"]
