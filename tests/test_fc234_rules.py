"""Rules from the misses of firstcontact234 and firstcontact235 (whiteboard, presentation, automation, music,
research-lab, design, image and job-site assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _page(gen: str = "**Zorvane**", usage: str = "Zorvane is used for gout.", effects: str = "- Headache",
          how: str = "Zorvane inhibits xanthine oxidase."):
    return _x(f"## Generic Name\n\n{gen}\n\n## Usage\n\n{usage}\n\n## Side Effects\n\n{effects}\n\n"
              f"## How it Works\n\n{how}\n", "Zorvane")


def _mech(how: str) -> list[tuple[str, str]]:
    return [(m.relation, m.target) for m in _page(how=how).mechanism]


def test_a_class_then_the_form_it_comes_in() -> None:
    x = _page(usage="Zorvane is a topical antifungal shampoo for dandruff and seborrheic dermatitis of the scalp.")
    assert x.drug_class is not None and x.drug_class.label == "antifungal"
    x = _page(usage="Zorvane is a 2% cream used for dandruff.")
    assert x.drug_class is None  # a strength and a form: no class


def test_a_membrane_it_sits_in_is_bound_but_not_a_place_it_is_put() -> None:
    assert _mech("Zorvane does not attack the virus itself.\n\n1. It inserts into the **outer membrane of skin "
                 "cells**.\n2. The virus then cannot fuse with the cell.") == [
        ("binds", "outer membrane of skin cells")]
    assert _mech("The rod is inserted into the skin of the upper arm, where Zorvane activates the progesterone "
                 "receptor.") == [("activates", "progesterone receptor")]


def test_the_receptor_that_carries_an_enzyme_into_cells() -> None:
    assert _mech("- Zorvane is a lab-made form of a missing lysosomal enzyme.\n- It is taken up into cells through "
                 "the mannose-6-phosphate receptor and carried to the lysosomes.") == [
        ("binds", "mannose-6-phosphate receptor")]


def test_each_subtype_of_a_shared_head_in_a_sentence_and_a_label() -> None:
    assert _mech("Zorvane blocks histamine H2 and muscarinic M3 receptors.") == [
        ("blocks", "histamine H2 receptor"), ("blocks", "muscarinic M3 receptor")]
    assert _mech("Its main actions are:\n\n- **Histamine H2 and muscarinic M3 receptors:** It has weaker blocking "
                 "effects at these receptors.") == [
        ("blocks", "histamine H2 receptor"), ("blocks", "muscarinic M3 receptor")]


def test_a_mixed_disorder_is_one_use() -> None:
    x = _page(usage="It is used for:\n\n- Panic disorder\n- **Mixed anxiety and depressive disorder**")
    assert [u.label for u in x.treats] == ["Panic disorder", "Mixed anxiety and depressive disorder"]


def test_stroke_after_another_event_is_its_own_effect() -> None:
    x = _page(effects="**Serious:**\n- Blood clots and stroke\n- Heart attack and stroke")
    assert [e.label for e in x.side_effects] == ["Blood clots", "Stroke", "Heart attack"]


def test_a_thing_that_suddenly_gets_worse_before_the_list() -> None:
    x = _page(effects="- Cough\n\nCall for help if coughing suddenly gets worse after an inhalation, or if there is "
                      "wheezing or chest tightness.")
    assert [s.label for s in x.serious_signs] == ["coughing suddenly getting worse after an inhalation",
                                                  "wheezing or chest tightness"]  # (two, one sign)


def test_another_name_of_the_labels_shape_and_a_code_it_was_developed_under() -> None:
    x = _page(gen="**Zinc orotate** (also called **zinc orotic**; developed under the code ZX-417)")
    assert [s.label for s in x.drug.synonyms] == ["zinc orotic", "ZX-417"]
    x = _page(gen="**Testosterone cypionate** (also available as testosterone enanthate)")
    assert [s.label for s in x.drug.synonyms] == []  # another ester, no other name


def test_what_it_is_said_under_the_brand_line() -> None:
    x = _page(gen="**Zorvane**\n\nBrand name: **Zorex**\n\nIt is an iron replacement therapy given as a slow "
                  "injection into a vein (intravenous), once a week.")
    assert x.drug_class is not None and x.drug_class.label == "iron replacement therapy"
    assert [r.label for r in x.routes] == ["intravenous"]
    assert [f.label for f in x.formulations] == ["injection"]


def test_children_who_cannot_take_it_by_mouth_are_no_part_of_the_use() -> None:
    x = _page(usage="- **Vitamin K deficiency in newborns who cannot take vitamins by mouth**")
    assert [u.label for u in x.treats] == ["Vitamin K deficiency"]


def test_enzymes_that_need_the_metal_it_delivers() -> None:
    assert _mech("- Once in the body, zinc is delivered to **zinc-dependent enzymes** that cannot work without it, "
                 "including **carbonic anhydrase** (acid balance) and **alkaline phosphatase** (bone).") == [
        ("activates", "carbonic anhydrase"), ("activates", "alkaline phosphatase")]
