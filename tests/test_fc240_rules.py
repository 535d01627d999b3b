"""Rules from the misses of firstcontact240 to firstcontact245 (pharmacy, telehealth, digital-therapy, fitness,
clinical-reference and academic-writing assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _mech, _page


def test_plain_labelled_lines_under_a_lead_are_uses_and_the_summary_goes() -> None:
    x = _page(usage="Zorvane is mainly used for stubborn skin growths. Its uses, all off-label, include:\n\n"
                    "Plantar warts: thick warts on the soles that did not clear with freezing.\n"
                    "Molluscum contagiosum and genital warts: small bumps on the skin, in children and adults.\n\n"
                    "Zorvane does not cure warts for good.")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Plantar warts", "off-label"), ("Molluscum contagiosum", "off-label"), ("Genital warts", "off-label")]


def test_notes_set_as_labelled_lines_are_no_uses() -> None:
    x = _page(usage="It is used for:\n\n- Gout\n\nKey idea: it lowers uric acid slowly.\n\nHeads up: it is not a "
                    "painkiller.")
    assert [u.label for u in x.treats] == ["Gout"]


def test_oxidizing_the_iron_of_a_protein_puts_no_target_out_of_work() -> None:
    assert _mech("- Zorvane oxidizes the iron in **hemoglobin** from the ferrous (Fe2+) to the ferric (Fe3+) state, "
                 "forming methemoglobin.") == []


def test_symbols_as_bold_labels_under_a_counted_lead() -> None:
    assert _mech("Zorvane is a selective inhibitor of two related enzymes:\n\n- **FLT3** – especially the ITD mutant "
                 "form.\n- **CSF1R** (colony stimulating factor 1 receptor), found on macrophages.") == [
        ("inhibits", "FLT3"), ("inhibits", "CSF1R")]


def test_a_disease_sentence_opening_usage_gives_no_class_and_a_bare_class_in_generic_name_does() -> None:
    x = _page(gen="**Zorvane** – brand name **Zorex**. A **kinase inhibitor** taken by mouth as tablets once a day.",
              usage="1. **Myelofibrosis:** adults with enlarged spleens.\n\nMyelofibrosis is a rare disorder where "
                    "scar tissue builds up in the bone marrow.")
    assert x.drug_class is not None and x.drug_class.label == "kinase inhibitor"


def test_red_flags_and_what_each_shows_by() -> None:
    x = _page(effects="**Common**\n- Headache\n\n**Red flags – get help now**\n- Liver injury: yellow skin, dark "
                      "urine\n- Severe allergic reaction: swelling of the lips, wheezing\n\nRisk of liver injury rises "
                      "with age over 70, heavy drinking and longer use.")
    assert {e.label: e.serious for e in x.side_effects} == {
        "Headache": False, "Liver injury": True, "Severe allergic reaction": True}
    assert [s.label for s in x.serious_signs] == ["yellow skin", "dark urine", "swelling of the lips", "wheezing"]


def test_a_brand_field_in_brackets_is_no_other_name() -> None:
    x = _page(gen="**Zorvane alfa-2a** (brand: **Zorex**)")
    assert [s.label for s in x.drug.synonyms] == []
    assert [b.label for b in x.brand_names] == ["Zorex"]


def test_care_the_reader_is_told_of_is_no_effect_and_new_feelings_to_report_are_signs() -> None:
    x = _page(effects="*Serious:*\n- Heavy sedation\n\nAfter each dose, you'll be watched at the clinic for an hour, "
                      "and you shouldn't drive until the next day.\n\nTell your care team about new or worsening "
                      "irritability or nightmares.")
    assert [e.label for e in x.side_effects] == ["Heavy sedation"]
    assert [s.label for s in x.serious_signs] == ["new or worsening irritability or nightmares"]  # (two, one sign)
