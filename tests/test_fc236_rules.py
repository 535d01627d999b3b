"""Rules from the misses of firstcontact236 and firstcontact237 (phone-maker, appliance, freelance-market,
question-site, browser and payment assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _mech, _page


def _effects(effects: str) -> dict[str, str | None]:
    return {e.label: e.category for e in _page(effects=effects).side_effects}


def test_a_group_label_set_as_a_bullet_over_a_plain_line() -> None:
    assert _effects("● Common reactions:\nDrowsiness, dry mouth\n● Less common:\nBlurred vision, rash\n"
                    "● Serious reactions:\nFainting, slow heartbeat") == {
        "Drowsiness": "Common reactions", "Dry mouth": "Common reactions", "Blurred vision": "Less common",
        "Rash": "Less common", "Fainting": "Serious reactions", "Slow heartbeat": "Serious reactions"}


def test_a_bullet_naming_an_effect_over_its_description_stays_an_effect() -> None:
    assert "Stomach bleeding" in _effects("- Stomach bleeding\n\nIt may thin the stomach lining, so stop if you vomit "
                                          "blood.")


def test_what_effects_come_of_when_and_a_timing_remark_are_no_effects() -> None:
    assert _effects("**Common:** nausea, tiredness\n\n**Injection-related:** chills, flushing during or soon after "
                    "the injection\n\n**Serious:**\n- Hepatitis\n\nTreatment-related side effects can happen at any "
                    "time, even after the last dose.") == {
        "Nausea": "Common", "Tiredness": "Common", "Chills": "Injection-related", "Flushing": "Injection-related",
        "Hepatitis": "Serious"}


def test_a_symbol_with_a_lettered_part_and_an_antibody_known_as_a_class() -> None:
    x = _page(gen="**Zorvane**, a cancer drug sold as **Zorex**. It's a humanized monoclonal antibody known as a "
                  "B7-H3 inhibitor (checkpoint inhibitor), given as an infusion.",
              how="Zorvane binds to PD-L2 and blocks it from binding to PD-1.")
    assert x.drug_class is not None and x.drug_class.label == "B7-H3 inhibitor"
    assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "PD-L2")]


def test_groups_it_attaches_to_dna_are_binding() -> None:
    assert _mech("Zorvane is a methylating agent. Inside the cell it attaches methyl groups to the DNA, mainly at "
                 "guanine.") == [("binds", "DNA")]


def test_members_named_after_a_plural_class_with_mainly() -> None:
    assert _mech("It blocks kinases, mainly JAK1 and TYK2, the enzymes that pass on cytokine signals.") == [
        ("blocks", "JAK1"), ("blocks", "TYK2")]


def test_a_form_and_place_is_no_class_and_a_type_field_is_one() -> None:
    x = _page(gen="- Zorvane nasal spray 0.1%\n- Brand: Zorex\n- Type: a potent inhaled corticosteroid (steroid "
                  "spray)")
    assert x.drug.label == "Zorvane"
    assert x.drug_class is not None and x.drug_class.label == "corticosteroid"
    assert [f.label for f in x.formulations] == ["nasal spray"]
    x = _page(usage="Zorvane is an ear drop used for swimmer's ear.")
    assert x.drug_class is None


def test_codes_and_names_it_was_developed_under() -> None:
    x = _page(gen="**Zorvane** (brand name **Zorex**), an oral tablet. During development it was known as "
                  "**ZX-2266**.\n\nIn papers you may see it called AB-12 or CD-345, and for a time it was developed "
                  "under the name Zorvix.")
    assert [s.label for s in x.drug.synonyms] == ["ZX-2266", "AB-12", "CD-345", "Zorvix"]
    assert [b.label for b in x.brand_names] == ["Zorex"]


def test_bracket_pieces_that_are_codes_doses_or_a_grade() -> None:
    x = _page(gen="**Zorvane** (formerly ZQ-100 / QR-560)")
    assert [s.label for s in x.drug.synonyms] == ["ZQ-100", "QR-560"]
    x = _page(gen="**Zorvane** (insoluble), chemically a zirconium silicate.")
    assert [s.label for s in x.drug.synonyms] == []
    x = _page(gen="Zorvane-velpatan (zorvane 20 mg / velpatan 100 mg per tablet)")
    assert [s.label for s in x.drug.synonyms] == []


def test_a_bold_name_and_its_bracket_before_a_long_description() -> None:
    x = _page(gen="**Zorvane alfa-2a** (also written as PEG-ZRV alfa-2a). It is a long-acting form of a protein "
                  "the immune system makes, with a chain attached so that it lasts longer in the body.")
    assert x.drug.label == "Zorvane alfa-2a"
    assert [s.label for s in x.drug.synonyms] == ["PEG-ZRV alfa-2a"]
