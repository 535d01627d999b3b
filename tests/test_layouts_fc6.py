"""Layouts of the sixth first-contact set (tests/fixtures/firstcontact6), each as a small page of
its own with other words: what the extractor must read from it, and what it must not."""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x


def test_whole_answer_as_a_definition_list() -> None:
    x = _x("Generic Name\n:   Zoravir\n\n"
           "Usage\n:   Zoravir is an antiviral medicine taken as tablets.\n\n"
           ":   **Shingles** — to shorten an outbreak\n\n"
           ":   **Cold sores** — applied at the first tingle\n\n"
           "Side Effects\n:   Most people have none.\n\n"
           "    Common\n    :   headache, nausea\n\n"
           "    Serious\n    :   kidney injury; seizures\n\n"
           "    When to get help\n    :   Call your doctor right away if you have little or no urine.\n\n"
           "FAQs\n:   Some questions:\n\n"
           "    Can I drink alcohol?\n    :   Yes, in moderation.\n\n"
           "    Is it safe in pregnancy?\n    :   Ask your doctor.\n")
    assert {t.label for t in x.treats} == {"Shingles", "Cold sores"}
    assert _effects(x) == {"Headache": "Common", "Nausea": "Common", "Kidney injury": "Serious",
                           "Seizures": "Serious"}  # "When to get help" is no effect
    assert [s.label for s in x.serious_signs] == ["little or no urine"]
    assert len(x.faqs) == 2


def test_a_definition_list_inside_one_section_is_left_as_it_was() -> None:
    from kg.parse import _DEF_TERM
    from kg.sections import section_kind
    terms = _DEF_TERM.findall("## Usage\n\nShingles\n: The tablets shorten it.\n\nCold sores\n: Rarely.\n")
    assert terms and not any(section_kind(t) for t in terms)


def test_frequency_band_lines_with_a_rate_in_brackets() -> None:
    x = _x("## Side Effects\n\n"
           "Common (may affect up to 1 in 10 people): dizziness, itching, and skin redness with the gel.\n\n"
           "Uncommon (up to 1 in 100 people): swollen glands, and dizziness when standing up.\n\n"
           "Rare but serious (up to 1 in 1,000 people): confusion; liver inflammation (hepatitis).\n")
    assert _effects(x) == {"Dizziness": "Common", "Itching": "Common", "Skin redness": "Common",
                           "Swollen glands": "Uncommon", "Dizziness when standing up": "Uncommon",
                           "Confusion": "Rare but serious", "Liver inflammation": "Rare but serious"}
    assert all(e.serious == (e.category == "Rare but serious") for e in x.side_effects)


def test_second_person_uses_name_the_condition_in_their_bold_run_in() -> None:
    x = _x("## Usage\n\nZoravir is an antiviral medicine.\n\n"
           "**If you have shingles**, a week of tablets shortens the outbreak.\n\n"
           "**If you or your child has chickenpox (varicella)**, it eases the rash.\n\n"
           "**If your child has head lice:** the lotion kills them in one use.\n\n"
           "If you have the flu, Zoravir will not help.\n")
    assert {t.label for t in x.treats} == {"Shingles", "Chickenpox", "Head lice"}
    assert [t.synonyms for t in x.treats if t.label == "Chickenpox"] == [["varicella"]]


def test_a_brand_after_a_form_and_how_it_is_used() -> None:
    x = _x("## Usage\n\nIt comes as tablets you swallow (Zorax) and a gel for the lips (Zorlip). "
           "It treats a condition called postherpetic neuralgia (PHN).\n")
    assert {b.label for b in x.brand_names} == {"Zorax", "Zorlip"}


def test_github_alerts_are_read_as_the_lines_they_quote() -> None:
    x = _x("## Side Effects\n\n**Common side effects**\n- Headache\n\n"
           "> [!WARNING]\n> **Serious side effects**\n> - Kidney injury\n> - Seizures\n>\n"
           "> Get help right away for dark urine, confusion, or trouble breathing.\n\n"
           "## FAQs\n\n#### Can I drive?\n> [!TIP]\n> Yes, once you know how it affects you.\n\n"
           "#### Can I drink alcohol?\nYes, in moderation.\n")
    assert _effects(x) == {"Headache": "Common side effects", "Kidney injury": "Serious side effects",
                           "Seizures": "Serious side effects"}
    assert {s.label for s in x.serious_signs} == {"dark urine", "confusion", "trouble breathing"}
    assert len(x.faqs) == 2 and all(f.answer for f in x.faqs)
    assert not any("WARNING" in e.label or "TIP" in e.label for e in x.side_effects)


def test_a_what_to_do_column_gives_the_signs_it_sends_you_for_help_with() -> None:
    x = _x("## Side Effects\n\n| Effect | How common | What to do |\n| --- | --- | --- |\n"
           "| Headache | Common | Nothing, unless it is bothersome |\n"
           "| Nausea | Less common | Tell your doctor if it persists |\n"
           "| Liver damage | Rare but serious | Get emergency help for yellow skin, dark urine, or pale stools |\n"
           "| Seizures | Rare but serious | Get emergency help |\n")
    assert _effects(x) == {"Headache": "Common", "Nausea": "Less common", "Liver damage": "Rare but serious",
                           "Seizures": "Rare but serious"}
    # ("| Seizures | ... | Get emergency help |": what the reader is told to get help for, a sign, as the shared INDEX
    # and the truths of firstcontact47, 56, 62, 68 and 80 read such a cell; firstcontact6 and 30 read none)
    assert [s.label for s in x.serious_signs] == ["yellow skin", "dark urine", "pale stools", "Seizures"]


def test_a_plain_seek_help_line_over_clause_bullets_gives_signs_only() -> None:
    x = _x("## Side Effects\n\nCommon: headache, nausea\n\nCall your doctor right away if you:\n"
           "- see or hear things that are not there\n- have a seizure\n\n"
           "## Warning about stopping suddenly\n\nGet emergency help if, after a missed dose, you develop "
           "high fever, a fast heartbeat, or muscle stiffness.\n")
    assert _effects(x) == {"Headache": "Common", "Nausea": "Common"}
    assert {s.label for s in x.serious_signs} == {"seeing or hearing things that are not there", "seizure",
                                                  "high fever", "fast heartbeat", "muscle stiffness"}


def test_a_severity_range_grades_its_condition_and_a_denied_use_is_no_status() -> None:
    x = _x("## Usage\n\nIt is used for:\n\n* Moderate to severe plaque psoriasis – to clear the skin\n\n"
           "It is not approved for mild psoriasis, because studies found little benefit.\n")
    # the condition is named without its grade, as in prose (the quote keeps it): "which drugs treat plaque
    # psoriasis" finds it, and the node links to the disease itself
    assert [(t.label, t.qualifier) for t in x.treats] == [("Plaque psoriasis", None)]
    assert "Moderate to severe plaque psoriasis" in x.treats[0].evidence.sentence
    assert x.status is None


def _mechanism(how_it_works: str) -> set[tuple[str, str, str]]:
    return {(m.relation, m.target, m.certainty) for m in _x(f"## How it Works\n\n{how_it_works}\n").mechanism}


def test_a_site_on_a_molecule_and_an_enzyme_named_before() -> None:
    got = _mechanism("The body clears clots with an enzyme called thrombolysin. Zoravir attaches to the binding "
                     "sites on prothrombolysin. This blocks the conversion of prothrombolysin to thrombolysin and "
                     "slows clot breakdown. At high doses it may also block thrombolysin directly.")
    assert {("binds", "prothrombolysin", "asserted"), ("blocks", "thrombolysin", "hedged"),
            ("decreases", "clot breakdown", "asserted")} <= got
    assert any(r == "decreases" and t.startswith("conversion of prothrombolysin") for r, t, _c in got)


def test_other_names_in_the_generic_name_brackets_and_a_class_before_a_dash() -> None:
    x = _x("## Generic Name\n\nZoravir (also called zoravirine; chemically 2-aminozoric acid, 2-AZA)\n\n"
           "## Usage\n\nZoravir is an antiviral medicine – it stops the virus copying itself.\n")
    assert {s.label for s in x.drug.synonyms} == {"zoravirine", "2-aminozoric acid", "2-AZA"}
    assert x.drug_class is not None and x.drug_class.label == "antiviral"
    y = _x("## Generic Name\n\nZoravir acid (often shortened to ZVA)\n")
    assert [s.label for s in y.drug.synonyms] == ["ZVA"]


def test_an_off_label_use_named_by_its_population() -> None:
    x = _x("## Usage\n\nZoravir treats shingles. Specialists sometimes use it off-label in children with "
           "juvenile arthritis. Lower doses are used in people with kidney problems. It comes as a "
           "tablet dissolved in water (Zorafizz).\n")
    assert {(t.label, t.qualifier) for t in x.treats} == {("Shingles", None),
                                                          ("Juvenile arthritis", "off-label")}
    assert [b.label for b in x.brand_names] == ["Zorafizz"]


def test_strengthening_a_channel_and_a_flow_into_two_kinds_of_cell() -> None:
    got = _mechanism("Zoravir binds to glutamate-gated chloride channels and holds them open. This increases "
                     "chloride flow into the nerve and muscle cells. It may also strengthen the effect of GABA-gated "
                     "chloride channels.")
    assert {("activates", "GABA-gated chloride channel", "hedged"),
            ("increases", "chloride flow into the nerve and muscle cells", "asserted")} <= got
    assert not any(t == "muscle cells" for _r, t, _c in got)


def test_forms_brands_and_routes_told_in_plain_words() -> None:
    x = _x("## Usage\n\nZoravir comes as tablets taken by mouth once a day (Zorax) and as Zorvita, an extended-release "
           "injectable suspension given into the buttock muscle once a month. A gel you put on your face (Zorlip) "
           "is also sold.\n")
    assert {b.label for b in x.brand_names} == {"Zorax", "Zorvita", "Zorlip"}
    assert {r.label for r in x.routes} == {"oral", "intramuscular", "topical"}
    assert "extended-release injectable suspension" in {f.label for f in x.formulations}


def test_off_label_uses_after_a_two_word_object_and_to_cut_blood_loss() -> None:
    x = _x("## Usage\n\nZoravir treats shingles. Hospitals also use it off-label to reduce bleeding from trauma, and "
           "to cut blood loss during surgery. Some dermatologists prescribe low-dose tablets off-label for acne.\n")
    assert {(t.label, t.qualifier) for t in x.treats} >= {("Blood loss", "off-label"),
                                                          ("Acne", "off-label")}


def test_variants_of_the_new_markup() -> None:
    # a definition list with a blank line under each term, a callout with its title on the type's line,
    # <details><summary> on one line, a TL;DR box: each read as its plainer form is
    x = _x("> **TL;DR:** Zoravir treats shingles and is not for the flu.\n\n"
           "Usage\n\n:   **Shingles** — to shorten an outbreak\n\n:   **Cold sores** — at the first tingle\n\n"
           "Side Effects\n\n:   Most people have none.\n\n"
           "    Common\n    :   headache, nausea\n\n"
           "> [!warning] Serious side effects\n> - Kidney injury\n\n"
           "<details open><summary><strong>FAQs</strong></summary>\n\n**Can I drive?**\nYes.\n\n</details>\n")
    assert {t.label for t in x.treats} == {"Shingles", "Cold sores"}
    assert _effects(x) == {"Headache": "Common", "Nausea": "Common", "Kidney injury": "Serious side effects"}
    assert len(x.faqs) == 1
    assert [s.kind for s in x.coverage.sections][:1] == ["preamble"]  # the TL;DR box is before the sections
    assert len(x.treats) == 2  # (its uses are not read twice, and its "not for the flu" gives nothing)


def test_a_class_called_by_name_and_an_intrathecal_pump() -> None:
    x = _x("## Usage\n\nZoravir belongs to a class of medicines called nucleoside analogues. For severe cases it can "
           "be given into the fluid around the spinal cord through an implanted pump (Zorapump).\n")
    assert x.drug_class is not None and x.drug_class.label == "nucleoside analogue"
    assert "intrathecal" in {r.label for r in x.routes}
    assert "implanted pump" in {f.label for f in x.formulations}
    assert [b.label for b in x.brand_names] == ["Zorapump"]


def test_how_it_is_given_between_two_uses_is_no_use() -> None:
    x = _x("## Usage\n\nDoctors use it off-label for shingles and, given by injection, for severe chickenpox.\n")
    assert {t.label for t in x.treats} == {"Shingles", "Chickenpox"}  # ("severe": a lead qualifier, dropped)


def test_an_intensified_modifier_shares_the_head_noun_of_its_list() -> None:
    x = _x("## Side Effects\n\nCommon: headache\n\nGet emergency help if you notice confusion, a very slow, fast or "
           "irregular heartbeat, or fainting.\n")
    assert [s.label for s in x.serious_signs] == ["confusion", "very slow heartbeat", "fast heartbeat",
                                                  "irregular heartbeat", "fainting"]


def test_an_effect_of_one_sex_keeps_its_sex_and_a_population_after_a_comma_goes() -> None:
    """"Enlarged breasts in men (gynecomastia)" is another effect than enlarged breasts (cut, it
    was linked to breast hypertrophy); ", in women 65 and older" is who, not what."""
    x = _x("## Side Effects\n\n"
           "| Side effect | How often | Serious? |\n| --- | --- | --- |\n"
           "| Enlarged breasts in men (gynecomastia) | Rare | No |\n"
           "| Headache | Common | No |\n\n"
           "Serious:\n\n- Probable dementia, in women 65 and older\n- Hair loss in women\n")
    labels = {e.label for e in x.side_effects}
    assert {"Enlarged breasts in men", "Probable dementia", "Hair loss in women", "Headache"} <= labels
    assert "Enlarged breasts" not in labels
