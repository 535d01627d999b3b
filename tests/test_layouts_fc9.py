"""Layouts of the ninth first-contact set (tests/fixtures/firstcontact9): common markup with new wordings
(semicolon lists of uses, purpose nouns with a manner, "for patients who have X", usage bullets that go on
with the lead-in). Each test is a small page of its own with other words: what the extractor must read
from it, and what it must not."""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x
from tests.test_layouts_fc8 import _mech, _uses


def test_uses_in_one_sentence_separated_by_semicolons() -> None:
    x = _x("**Usage:**\n"
           "Zoravir, a wakefulness agent, is used as an aid to weight loss in adults, together with a diet; "
           "as an eye drop (Zorax), to treat the signs and symptoms of blepharitis; and, off-label, for hiccups. "
           "Off-label uses include cluster headache; leg cramps in dialysis patients; and tinnitus. "
           "In dermatology it is also used off-label: for wound healing; for scar softening before surgery; "
           "and, with zinc, for hair loss.\n\n"
           "**Side Effects:**\n- Headache\n")
    assert _uses(x) == {("Weight loss", None), ("Blepharitis", None), ("Hiccups", "off-label"),
                        ("Cluster headache", "off-label"), ("Leg cramps", "off-label"), ("Tinnitus", "off-label"),
                        ("Wound healing", "off-label"), ("Scar softening", "off-label"), ("Hair loss", "off-label")}


def test_purpose_nouns_with_a_manner_and_a_second_for_the() -> None:
    x = _x("**Usage:**\n"
           "Zoravir is used for the adjuvant treatment of early gastric cancer after surgery and for the palliative "
           "treatment of advanced gastric cancer, including cancer that came back. "
           "It is also used in the management of restless legs syndrome in adults, and for the short-term relief "
           "of vertigo symptoms. "
           "It is usually taken for the times of day when symptoms are worst.\n\n"
           "**Side Effects:**\n- Headache\n")
    assert _uses(x) == {("Early gastric cancer", None), ("Advanced gastric cancer", None),
                        ("Restless legs syndrome", None), ("Vertigo symptoms", None)}


def test_patients_who_have_a_condition_and_patients_before_a_purpose() -> None:
    x = _x("**Usage:**\n"
           "Zoravir is an antiemetic medicine for patients who have motion sickness that other medicines do not "
           "control. It is prescribed for patients who have to take steroids and are at high risk of fractures, "
           "such as older women, to reduce the risk of bone loss. "
           "Off-label, doctors add it to an antidepressant for insomnia, and in men for hair loss caused by "
           "hormone treatment. It is also prescribed for children with asthma, to prevent croup.\n\n"
           "**Side Effects:**\n- Headache\n")
    assert _uses(x) == {("Motion sickness", None), ("Bone loss", "prevention"), ("Insomnia", "off-label"),
                        ("Hair loss", "off-label"), ("Croup", "prevention")}


def test_usage_bullets_that_go_on_with_the_lead_in() -> None:
    x = _x("**Usage:**\n"
           "Zoravir is a bile acid modulator. It is used:\n"
           "- As an add-on to diet and exercise to improve cholesterol control in adults with familial "
           "hypercholesterolemia\n"
           "- Alone, or together with a statin, ezetimibe or niacin, when one medicine is not enough\n\n"
           "**Side Effects:**\n- Headache\n")
    assert _uses(x) == {("Familial hypercholesterolemia", None)}


def test_an_ion_current_is_a_target() -> None:
    x = _x("**How it Works:**\nZoravir works by inhibiting the funny current (If) in the cells of the sinus node, "
           "so the heart beats more slowly. It does not block the L-type calcium current.\n")
    assert _mech(x) == {("inhibits", "funny current", "asserted")}


def test_a_label_line_at_the_margin_right_after_a_bullet_opens_a_new_group() -> None:
    page = ["**Side Effects:**", "Very common (more than 1 in 10 people):", "- Hiccups", "- Dry skin",
            "Uncommon (up to 1 in 100 people):", "- Hair loss", "Call your doctor right away if you have yellow eyes."]
    x = _x("\n".join(page) + "\n")
    assert _effects(x) == {"Hiccups": "Very common", "Dry skin": "Very common", "Hair loss": "Uncommon"}
    assert [s.label for s in x.serious_signs] == ["yellow eyes"]


def test_who_asides_and_pairs_inside_a_group_labels_list() -> None:
    page = ["**Side Effects:**",
            "**Common:** hiccups, itchy or watery eyes and nosebleeds; in children also earache, and in adults gas "
            "and bloating.",
            "**Serious:** liver injury in people with hepatitis, new seizures, and bruising in children."]
    assert _effects(_x("\n".join(page) + "\n")) == {
        "Hiccups": "Common", "Itchy or watery eyes": "Common", "Nosebleeds": "Common", "Earache": "Common",
        "Gas": "Common", "Bloating": "Common", "Liver injury": "Serious", "New seizures": "Serious",
        "Bruising": "Serious"}


def _signs(page: list[str]) -> list[str]:
    return [s.label for s in _x("\n".join(page) + "\n").serious_signs]


def test_seek_help_clauses_asides_and_signs_of_with_examples() -> None:
    assert _signs(["**Side Effects:**", "- Headache",
                   "Call your doctor right away if you faint, feel your heart pounding, or have joint swelling."]) == [
        "fainting", "feeling your heart pounding", "joint swelling"]
    assert _signs(["**Side Effects:**", "- Headache",
                   "Get medical help right away if you have a severe headache, with or without vomiting, or a stiff "
                   "neck."]) == ["severe headache", "stiff neck"]
    assert _signs(["**Side Effects:**", "- Dehydration",
                   "Get medical help right away if you have hives, fever or signs of dehydration such as thirst and "
                   "dark urine."]) == ["hives", "fever", "thirst", "dark urine"]


def test_a_class_in_apposition_and_brands_sold_in_several_places() -> None:
    x = _x("**Usage:**\nZoravir, a selective hiccup suppressant, is used to treat hiccups. The tablets are sold as "
           "Zorax in the US and as Zorix in Europe and Australia.\n\n**Side Effects:**\n- Headache\n")
    assert x.drug_class is not None and x.drug_class.label == "selective hiccup suppressant"
    assert [b.label for b in x.brand_names] == ["Zorax", "Zorix"]


def test_a_frequency_in_parentheses_after_side_effects_in_a_prose_sentence() -> None:
    x = _x("**Side Effects:**\nThe most common side effects (affecting more than 1 in 10 people) are hiccups and "
           "dry skin. Common side effects (up to 1 in 10) include hair loss, gas and cough. Uncommon ones include "
           "earache.\n")
    assert _effects(x) == {"Hiccups": "Common", "Dry skin": "Common", "Hair loss": "Common", "Gas": "Common",
                           "Cough": "Common", "Earache": "Uncommon"}


def test_a_one_word_effect_that_stands_alone_splits_off_a_longer_one() -> None:
    page = ["**Side Effects:**", "**Common:** joint pain and stiffness, sore gums and vomiting, rash", "",
            "Serious side effects are rare but include kidney injury and seizures."]
    assert _effects(_x("\n".join(page) + "\n")) == {
        "Sore gums": "Common", "Vomiting": "Common", "Joint pain and stiffness": "Common", "Rash": "Common",
        "Kidney injury": "Serious", "Seizures": "Serious"}


def test_a_seek_help_list_in_side_effects_is_signs_not_a_precaution() -> None:
    page = ["**Side Effects:**", "- Headache", "",
            "Call your doctor right away if you have yellow eyes, dark urine, bad itching or skin rash, and do not "
            "take painkillers unless your doctor says so. Stop taking it and get help at once if you faint. "
            "Avoid driving at night."]
    x = _x("\n".join(page) + "\n")
    assert [s.label for s in x.serious_signs] == ["yellow eyes", "dark urine", "bad itching", "skin rash", "fainting"]
    assert [p.text for p in x.precautions] == ["Do not take painkillers unless a doctor says so",
                                               "Stop taking it and get help at once if you faint",
                                               "Avoid driving at night"]


def test_precautions_spell_out_contractions_and_drop_a_bare_ask_your_doctor() -> None:
    page = ["**Side Effects:**", "- Headache", "", "**FAQs:**", "**Can I drink alcohol?** Don't drink alcohol with it.",
            "", "**How long do I take it?** Follow your doctor's instructions. Contact your pharmacist."]
    assert [p.text for p in _x("\n".join(page) + "\n").precautions] == ["Do not drink alcohol with it"]


def test_and_pairs_around_a_whole_effect_and_before_a_body_part_pair() -> None:
    page = ["**Side Effects:**",
            "Less common side effects include hiccups, cold sores and swelling of the ankles and feet. Nausea and "
            "stomach problems are the most common side effects."]
    assert _effects(_x("\n".join(page) + "\n")) == {
        "Hiccups": "Less common", "Cold sores": "Less common", "Swelling of the ankles and feet": "Less common",
        "Nausea": "Common", "Stomach problems": "Common"}


def test_a_brand_in_parentheses_after_a_form_and_how_often_it_is_taken() -> None:
    x = _x("**Usage:**\nZoravir treats hiccups. It is taken as a 5 mg tablet twice a day (Zorax), and as a patch "
           "changed every week (Zorix).\n\n**Side Effects:**\n- Headache\n")
    assert [b.label for b in x.brand_names] == ["Zorax", "Zorix"]


def test_who_should_not_take_it_bullets_read_as_advice() -> None:
    page = ["**Side Effects:**", "- Headache", "", "**Who Should Not Take It:**",
            "- People with severe kidney disease", "- Anyone allergic to zoravir", "- Women who are breastfeeding"]
    assert [p.text for p in _x("\n".join(page) + "\n").precautions] == [
        "Do not take it if you have severe kidney disease", "Do not take it if you are allergic to it",
        "Do not take it if you are breastfeeding"]


def test_a_sentence_line_right_after_a_bold_group_line_is_its_own_paragraph() -> None:
    page = ["**Side Effects:**", "**Common:** sore gums, hiccups",
            "Serious side effects are rare but include kidney injury and seizures."]
    assert _effects(_x("\n".join(page) + "\n")) == {
        "Sore gums": "Common", "Hiccups": "Common", "Kidney injury": "Serious", "Seizures": "Serious"}


def test_how_it_is_taken_keeps_the_advice_and_drops_the_forms() -> None:
    page = ["**Usage:**", "Zoravir treats hiccups. It is taken by mouth as tablets (Zorax) or capsules (Zorix). "
            "It is taken once a day with food, and comes as 5 mg and 10 mg tablets.", "", "**Side Effects:**",
            "- Headache"]
    assert [p.text for p in _x("\n".join(page) + "\n").precautions] == ["Take once a day with food"]


def test_a_precautions_bullet_that_states_an_interaction_is_no_precaution() -> None:
    page = ["**Side Effects:**", "- Headache", "", "**Precautions:**",
            "- Rifampin lowers zoravir levels and makes it less effective.", "- Blood tests are done every month."]
    assert [p.text for p in _x("\n".join(page) + "\n").precautions] == ["Blood tests are done every month"]
