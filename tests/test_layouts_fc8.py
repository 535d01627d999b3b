"""Layouts of the eighth first-contact set (tests/fixtures/firstcontact8): the common layouts with the
sentences worded otherwise. Each test is a small page of its own with other words: what the extractor
must read from it, and what it must not."""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x


def test_prose_frequency_sentences_that_say_who_notices_the_effects() -> None:
    x = _x("## Side Effects\n\n"
           "Common side effects include nausea and dry skin. "
           "Less often, people notice hiccups, a short-lived flare of eczema (a rebound) or heartburn. "
           "Less commonly, some patients get gas. "
           "Serious reactions are rare, but some people develop liver injury.\n")
    assert _effects(x) == {"Nausea": "Common", "Dry skin": "Common", "Hiccups": "Less common",
                           "Short-lived flare of eczema": "Less common", "Heartburn": "Less common",
                           "Gas": "Less common", "Liver injury": "Serious"}
    assert [e.serious for e in x.side_effects][-1] is True


def _uses(x) -> set[tuple[str, str | None]]:
    return {(t.label, t.qualifier) for t in x.treats}


def test_purpose_nouns_that_say_how_the_drug_is_meant() -> None:
    x = _x("**Usage:**\n"
           "Zoravir is indicated for the acute treatment of gout flares in adults. "
           "It is also prescribed for the long-term control of eczema. "
           "Off-label, some doctors prescribe it for the short-term prevention of altitude sickness, "
           "taken for a few days before a climb.\n\n"
           "- **Treatment of mild to moderate psoriasis** in adults\n\n"
           "**Side Effects:**\n- Headache\n")
    assert _uses(x) == {("Gout flares", None), ("Eczema", None), ("Altitude sickness", "off-label"),
                        ("Psoriasis", None)}


def test_use_phrases_with_words_between_the_verb_and_the_purpose() -> None:
    x = _x("**Usage:**\n"
           "As a cream, zoravir is used to relieve the itching, redness and scaling of psoriasis. "
           "It is given in the hospital to manage high potassium levels (hyperkalemia) in adults. "
           "Doctors sometimes prescribe crushed zoravir tablets in honey off-label for mouth ulcers. "
           "Doctors also use zoravir, outside its approved labeling, for hiccups that will not stop.\n\n"
           "**Side Effects:**\n- Headache\n")
    assert _uses(x) == {("Psoriasis", None), ("High potassium levels", None), ("Mouth ulcers", "off-label"),
                        ("Hiccups", "off-label")}


def test_a_plain_lead_in_about_the_drug_opens_no_section() -> None:
    x = _x("**Usage:**\nZoravir treats shingles.\n\n"
           "Key points about its use:\n- It is sold as Zorax.\n\n"
           "Off-label, doctors prescribe it for Bell's palsy.\n\n"
           "**Side Effects:**\n- Headache\n")
    assert [s.kind for s in x.coverage.sections][:2] == ["uses", "side_effects"]
    assert ("Bell's palsy", "off-label") in _uses(x)


def test_a_bold_group_label_that_opens_with_its_circumstance_is_no_section() -> None:
    x = _x("**Side Effects:**\nCommon side effects include headache.\n\n"
           "**During the first weeks of treatment:**\n- Dizziness\n- Dry mouth\n\n"
           "**With high doses:**\n- Tremor\n\n"
           "**How it Works:**\nIt blocks the H2 receptor.\n")
    assert _effects(x) == {"Headache": "Common", "Dizziness": "During the first weeks of treatment",
                           "Dry mouth": "During the first weeks of treatment", "Tremor": "With high doses"}


def test_an_aside_between_and_and_the_last_effect_of_a_prose_list() -> None:
    x = _x("## Side Effects\n\nCommon side effects include nausea, dry skin and, with the gel, peeling.\n")
    assert _effects(x) == {"Nausea": "Common", "Dry skin": "Common", "Peeling": "Common"}


def _mech(x) -> set[tuple[str, str, str]]:
    return {(m.relation, m.target, m.certainty) for m in x.mechanism}


def test_a_flat_sentence_after_how_it_works_is_not_fully_understood() -> None:
    x = _x("## How it Works\n\n"
           "How it eases nausea is not fully understood, but it is thought to act by blocking dopamine D2 "
           "receptors in the gut. It also blocks beta-1 and beta-2 adrenergic receptors and muscarinic M3 receptors, "
           "which explains the dry mouth.\n")
    assert _mech(x) == {("blocks", "dopamine D2 receptor", "hedged"),
                        ("blocks", "beta-1 adrenergic receptor", "asserted"),
                        ("blocks", "beta-2 adrenergic receptor", "asserted"),
                        ("blocks", "muscarinic M3 receptor", "asserted")}


def test_a_description_after_an_effects_comma_in_a_bullet_is_no_effect() -> None:
    x = _x("## Side Effects\n\n**Serious:**\n"
           "- Serotonin syndrome (SS), a rare but dangerous reaction\n"
           "- Agranulocytosis, a drop in the white cells that fight infection\n"
           "- Hives, itching\n")
    assert _effects(x) == {"Serotonin syndrome": "Serious", "Agranulocytosis": "Serious", "Hives": "Serious",
                           "Itching": "Serious"}


def test_a_second_if_you_notice_clause_goes_on_with_the_signs() -> None:
    x = _x("## Side Effects\n\n- Headache\n\n"
           "Stop taking it and call a doctor right away if you develop a rash or fever, "
           "or if you notice yellow eyes, dark urine or pale stools.\n")
    signs = {getattr(s, "label", s) for s in x.serious_signs}
    assert {"yellow eyes", "dark urine", "pale stools"} <= {s.casefold() for s in signs}
    assert not any("if you" in s for s in signs)


def test_brands_named_with_where_and_how_they_are_sold() -> None:
    x = _x("**Generic Name:** Zoravir\n\n**Usage:**\n"
           "Zoravir (brand name Zorex in the US and Zorexa in Europe) is an antiviral. "
           "The 1% gel is sold over the counter as Zoragel, and the original brand, Zoramax, is no longer sold. "
           "It is sold as Zovi tablets and Zovi LS, an oral suspension for children.\n\n"
           "**Side Effects:**\n- Headache\n")
    assert {getattr(b, "label", b) for b in x.brand_names} == {"Zorex", "Zorexa", "Zoragel", "Zoramax", "Zovi",
                                                               "Zovi LS"}


def test_forms_in_parentheses_after_brands_on_a_usage_bullet() -> None:
    x = _x("**Usage:**\nZoravir treats gout.\n\n"
           "- It is sold as Zorex (capsules) and Zorex Sprinkle (delayed-release granules for children).\n"
           "- **Chronic gout** and Tophi (lumps)\n\n"
           "**Side Effects:**\n- Headache\n")
    assert {getattr(f, "label", f) for f in x.formulations} == {"capsules", "delayed-release granules"}


def test_a_two_word_x_or_y_on_a_group_line_is_one_effect() -> None:
    x = _x("Side Effects:\n"
           "Common: dry mouth, tiredness or weakness, constipation\n"
           "Serious: fainting; mania or psychosis, especially at high doses; seizures\n")
    assert _effects(x) == {"Dry mouth": "Common", "Tiredness or weakness": "Common", "Constipation": "Common",
                           "Fainting": "Serious", "Mania or psychosis": "Serious", "Seizures": "Serious"}


def test_two_objects_of_a_preposition_sharing_a_head_stay_one_effect() -> None:
    x = _x("## Side Effects\n\n**Less common:**\n- Changes in blood sodium and potassium levels\n"
           "- Tremor and muscle stiffness\n")
    assert _effects(x) == {"Changes in blood sodium and potassium levels": "Less common",
                           "Tremor": "Less common", "Muscle stiffness": "Less common"}
