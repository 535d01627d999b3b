"""Rules from the misses of firstcontact282 and firstcontact283 (telecom and food-brand assistants), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _page


def test_the_salt_it_is_used_as_is_no_part_of_the_name() -> None:
    x = _page(gen="Zorvane (ZVN), used as zorvane mesylate")
    assert x.drug.label == "Zorvane" and [s.label for s in x.drug.synonyms] == ["ZVN"]


def test_a_product_named_between_commas_is_a_brand() -> None:
    x = _page(gen="**Zorvane**\n\nIt is sold as Zorex (a 2% cream). A separate nasal spray, Zorinal, is used for "
                  "hay fever.")
    assert [b.label for b in x.brand_names] == ["Zorex", "Zorinal"]


def test_the_first_treatment_tried_for_a_condition() -> None:
    assert _uses("Zorvane is usually the first treatment tried for chronic hand eczema when moisturisers are not "
                 "enough.") == ["Chronic hand eczema"]


def test_the_places_a_condition_shows_on_are_no_part_of_it() -> None:
    assert _uses("It is mainly used to treat plaque psoriasis (thick, scaly patches) on the elbows, knees and "
                 "scalp.") == ["Plaque psoriasis"]


def test_a_gloss_of_two_describing_words_is_not_cut_at_its_comma() -> None:
    x = _page(usage="It is mainly used to treat seborrheic keratoses (rough, waxy growths on the skin).")
    assert [(u.label, u.synonyms) for u in x.treats] in ([("Seborrheic keratoses", [])],
                                                        [("Seborrheic keratoses", ["rough, waxy growths on the skin"])])


def test_how_an_oil_is_made_is_no_part_of_its_class() -> None:
    x = _page(usage="Zorvane is an essential oil cold-pressed from the peel of the bergamot orange. It is used for "
                    "acne.")
    assert x.drug_class is not None and x.drug_class.label == "essential oil"


def test_the_product_a_use_is_used_as_is_no_use() -> None:
    assert _uses("People use it for:\n- Seborrheic blepharitis (eyelids inflamed by yeast), using diluted eyelid "
                 "wipes or foams\n- Dandruff") == ["Seborrheic blepharitis", "Dandruff"]


def test_the_forms_of_other_treatments_listed_as_options() -> None:
    x = _page(usage="Zorvane is used for heavy sweating. If it doesn't work, options include iontophoresis, "
                    "oxybutynin tablets or botulinum toxin injections.")
    assert [f.label for f in x.formulations] == []


def test_the_named_active_compounds_of_a_plant_medicine_act_for_it() -> None:
    x = _x("## Generic Name\n\nZorvane root. Its main active compounds are zorvanols and zorvanones.\n\n## Usage\n\n"
           "Zorvane is used for motion sickness.\n\n## How it Works\n\n- **Serotonin receptors:** Zorvanols and "
           "zorvanones block 5-HT3 receptors in the gut.\n\n## Side Effects\n\n- Headache\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism] == [("blocks", "5-HT3 receptor")]
    # without the compounds named as its own, another named substance stays another agent
    x = _x("## Generic Name\n\nZorvane root.\n\n## Usage\n\nZorvane is used for motion sickness.\n\n## How it Works\n\n"
           "- **Serotonin receptors:** Zorvanols block 5-HT3 receptors in the gut.\n\n## Side Effects\n\n- Headache\n",
           "Zorvane")
    assert x.mechanism == []
