"""Layouts of the tenth first-contact set (tests/fixtures/firstcontact10): the markup earlier sets cover least
(HTML ``<br>`` breaks between labelled lines, italic group labels, emoji lines, tables whose columns are frequency
groups, "Indications:" comma runs, Setext FAQ questions) and the wording of precautions and interactions. Each test
is a small page of its own with other words: what the extractor must read from it, and what it must not."""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x
from tests.test_layouts_fc8 import _uses
from tests.test_layouts_fc9 import _signs


def test_br_breaks_labelled_lines_and_italic_group_labels() -> None:
    x = _x("**Generic Name:** Zoravir<br>**Brand Names:** Zorix, Zorimax<br>**Drug Class:** bile acid binder\n\n"
           "**Side Effects:**<br>*Common:* bloating, gas<br>*Serious:* bowel blockage; low vitamin K levels\n")
    assert x.drug.label == "Zoravir"
    assert {b.label for b in x.brand_names} == {"Zorix", "Zorimax"}
    assert _effects(x) == {"Bloating": "Common", "Gas": "Common", "Bowel blockage": "Serious",
                           "Low vitamin K levels": "Serious"}


def test_emoji_lines_in_a_row_are_a_list_and_a_cross_mark_negates_its_item() -> None:
    x = _x("**Usage:** Zoravir is an antihistamine. It is used for:\n"
           "🌸 Hay fever – sneezing and itchy eyes\n"
           "🐝 Insect bite reactions – redness and swelling\n"
           "⛔ Asthma attacks – it does not open the airways\n\n"
           "**Side Effects:**\n\n"
           "**Common:**\n"
           "😴 Sleepiness\n"
           "👄 Dry mouth\n\n"
           "**FAQs:**\n\n"
           "❓ **Can I drive?**\n"
           "💬 Not until you know how it affects you.\n")
    assert _uses(x) == {("Hay fever", None), ("Insect bite reactions", None)}
    assert _effects(x) == {"Sleepiness": "Common", "Dry mouth": "Common"}
    assert len(x.faqs) == 1


def test_nasal_congestion_names_a_symptom_not_a_route() -> None:
    x = _x("**Usage:** Zoravir is an antihistamine taken by mouth as tablets. Zoravir-D also contains a decongestant "
           "for nasal congestion.\n")
    assert {r.label for r in x.routes} == {"oral"}


def test_a_table_whose_columns_are_frequency_groups() -> None:
    x = _x("## Side Effects\n\n"
           "| Common | Less common | Rare but serious |\n| --- | --- | --- |\n"
           "| Heartburn | Hiccups | Stomach bleeding |\n"
           "| Gas, bloating | | Kidney failure (rare) |\n")
    assert _effects(x) == {"Heartburn": "Common", "Gas": "Common", "Bloating": "Common", "Hiccups": "Less common",
                           "Stomach bleeding": "Rare but serious", "Kidney failure": "Rare but serious"}
    assert {e.label for e in x.side_effects if e.serious} == {"Stomach bleeding", "Kidney failure"}


def test_an_inline_indications_label_opens_a_list_of_uses() -> None:
    x = _x("**Usage:** Zoravir is a cephalosporin antibiotic. Indications: otitis media (AOM), "
           "complicated bone and bone marrow infections in adults, and strep throat (as tablets). "
           "It is not used for viral infections.\n")
    assert _uses(x) == {("Otitis media", None), ("Complicated bone and bone marrow infections", None),
                        ("Strep throat", None)}


def test_the_or_closing_a_three_member_list_of_signs_splits() -> None:
    assert _signs(["**Side Effects:**", "- Headache",
                   "Call your doctor right away if you have:",
                   "- black stools, fainting or vomiting",
                   "- a sore throat, swollen glands or painful joints"]) == [
        "black stools", "fainting", "vomiting", "sore throat", "swollen glands", "painful joints"]
    assert _signs(["**Side Effects:**", "- Headache",
                   "Call your doctor right away if you have fever, unusual bleeding or bruising, hives on your arms or "
                   "legs that spread, or no bowel movement for 2 or more days."]) == [
        "fever", "unusual bleeding or bruising", "hives on your arms or legs that spread",
        "no bowel movement for 2 or more days"]


def test_a_seek_help_label_with_its_signs_on_the_same_line() -> None:
    assert _signs(["**Side Effects:**", "- Headache", "",
                   "**Get emergency help if you have:** chest pain, a stiff neck, or fainting. Call your doctor if you "
                   "notice dark urine."]) == ["chest pain", "stiff neck", "fainting", "dark urine"]


def test_a_frequency_cell_that_says_serious_in_parentheses() -> None:
    x = _x("## Side Effects\n\n| Side effect | How common |\n| --- | --- |\n| Heartburn | Common |\n"
           "| Stomach bleeding | Rare (serious) |\n")
    assert _effects(x) == {"Heartburn": "Common", "Stomach bleeding": "Rare"}
    assert [e.label for e in x.side_effects if e.serious] == ["Stomach bleeding"]


def test_body_system_lines_under_a_frequency_parent_take_its_group() -> None:
    x = _x("**Side Effects:**\n"
           "- **Common**\n  - Stomach: nausea, heartburn\n  - Skin: rash\n"
           "- **Serious**\n  - Liver damage\n")
    assert _effects(x) == {"Nausea": "Common", "Heartburn": "Common", "Rash": "Common", "Liver damage": "Serious"}


def test_a_gloss_with_a_comma_and_after_in_parentheses_stays_with_its_use() -> None:
    x = _x("**Usage:** Zoravir is a nerve-pain medicine.\n\n"
           "**Indications:** trigeminal neuralgia (TN, face pain after nerve damage), and fibromyalgia.\n")
    assert _uses(x) == {("Trigeminal neuralgia", None), ("Fibromyalgia", None)}
    assert [(t.abbreviation, t.synonyms) for t in x.treats][0] == ("TN", ["face pain after nerve damage"])


def _advice(x) -> list[str]:
    return [p.text for p in x.precautions]


def test_a_lead_in_bullet_over_its_own_list_is_read_with_it() -> None:
    x = _x("**Side Effects:**\n- Headache\n\n"
           "**Warnings:**\n"
           "- **Do not use if:**\n  - you are allergic to sulfa drugs\n  - you have had pancreatitis\n"
           "- Tell your doctor if you have:\n  - gallstones\n  - kidney disease\n")
    assert _advice(x) == ["Do not use if you are allergic to sulfa drugs", "Do not use if you have had pancreatitis",
                          "Tell a doctor if you have gallstones, kidney disease"]


def test_faq_answers_written_as_nested_bullets_give_advice() -> None:
    x = _x("**FAQs:**\n"
           "- **How should I take it?**\n  - Take it with a full glass of water and stay upright for 30 minutes.\n"
           "- **Can I drink coffee?**\n  - Wait at least half an hour after the dose.\n")
    assert len(x.faqs) == 2
    assert "Take it with a full glass of water and stay upright for 30 minutes" in _advice(x)


def test_people_with_a_condition_who_should_not_use_a_form_and_a_bare_lead_in() -> None:
    x = _x("**Side Effects:**\n- Headache\n\nCall your doctor if:\n- you faint\n\n"
           "**Warnings:**\n"
           "- People with phenylketonuria should not use the chewable tablets, which contain aspartame.\n"
           "- People who are allergic to sulfa should not take it.\n")
    assert _advice(x) == ["Do not use the chewable tablets if you have phenylketonuria",
                          "Do not take it if you are allergic to sulfa"]


def test_warnings_that_name_what_to_avoid_combining_with_give_interactions() -> None:
    x = _x("**Warnings:**\n"
           "- Avoid combining with MAO inhibitors such as phenelzine, or within 2 weeks of them.\n"
           "- Avoid combining with warfarin or with NSAIDs such as naproxen without medical advice.\n"
           "- Avoid large amounts of potassium-rich foods and drinks, such as bananas.\n"
           "- Avoid cold medicines containing pseudoephedrine or ephedrine.\n"
           "- Do not use if you take lithium.\n"
           "- When using this product: avoid alcoholic drinks; alcohol, sedatives and tranquilizers may increase "
           "drowsiness.\n"
           "- Zoravir raises the levels of digoxin and theophylline.\n"
           "- Antihistamines can cause drowsiness in older people.\n")
    agents = {i.agent: i.examples for i in x.interactions}
    assert agents == {"MAO inhibitors": ["phenelzine"], "warfarin": [], "NSAIDs": ["naproxen"],
                          "potassium-rich foods and drinks": [], "pseudoephedrine": [], "ephedrine": [],
                          "lithium": [], "alcoholic drinks": [], "alcohol": [], "sedatives": [], "tranquilizers": [],
                          "digoxin": [], "theophylline": []}


def test_a_cause_after_a_comma_a_shared_aches_head_and_a_hyphenated_negation() -> None:
    x = _x("**Usage:** Zoravir is used for gout. It is not a first-choice treatment for mild gout flares.\n\n"
           "**Side Effects:**\n- **Common**\n  - Back and joint aches\n- **Serious**\n"
           "  - Fainting, caused by low blood pressure\n")
    assert _uses(x) == {("Gout", None)}
    assert _effects(x) == {"Back and joint aches": "Common", "Fainting": "Serious"}


def test_a_second_you_clause_after_or_is_its_own_sign_and_only_opening_verbs_become_gerunds() -> None:
    assert _signs(["**Side Effects:**", "- Headache", "",
                   "Get help right away if you feel faint or feel sick or vomit.", "", "Call your doctor if:",
                   "- your skin turns yellow or you notice dark urine"]) == [
        "feeling faint", "feeling sick or vomiting", "skin turning yellow", "dark urine"]


def test_a_use_with_symptoms_of_and_a_bare_form_with_its_brand_in_a_list_of_forms() -> None:
    x = _x("**Usage:** Zoravir is used to treat irritable bowel syndrome (IBS) with symptoms of cramping, bloating "
           "and diarrhea in adults. It comes as tablets (Zorix), extended-release tablets (Zorix XR) and a "
           "suspension.\n")
    assert _uses(x) == {("Irritable bowel syndrome", None)}
    assert {f.label for f in x.formulations} == {"tablets", "extended-release tablets", "suspension"}


def test_an_injection_given_by_infusion_is_one_form() -> None:
    x = _x("**Usage:** Zoravir is an antibiotic. It is given as capsules or as an injection given by intravenous (IV) "
           "infusion.\n")
    assert {f.label for f in x.formulations} == {"capsules", "injection"}


def test_two_classes_before_one_generic_head_give_the_first() -> None:
    x = _x("**Usage:** Zoravir is an antispasmodic and pain-relief medicine (an anticholinergic). "
           "It is used for IBS.\n")
    assert x.drug_class is not None and x.drug_class.label == "antispasmodic"


def test_a_medicine_taken_as_well_names_its_own_purpose_not_a_use() -> None:
    x = _x("**Usage:** Zoravir is used for the long-term treatment of gout. For the first months, a low-dose "
           "steroid is usually taken as well to prevent flares.\n")
    assert _uses(x) == {("Gout", None)}


def test_a_drug_facts_when_using_line_is_a_label_not_a_condition_for_the_next_advice() -> None:
    x = _x("**Warnings:**\nWhen using this product: dizziness may occur; avoid sudden movements; be careful when "
           "climbing stairs.\n")
    assert "Avoid sudden movements" in _advice(x)


def test_a_sign_keeps_no_circumstance_of_missed_doses() -> None:
    assert _signs(["**Side Effects:**", "- Headache", "", "Call your doctor if:",
                   "- you get a racing heart, sweating or tremor after missing doses"]) == [
        "racing heart", "sweating", "tremor"]


def test_a_sign_written_as_a_clause_about_a_body_part_becomes_a_noun_phrase() -> None:
    assert _signs(["**Side Effects:**", "- Headache", "", "Call your doctor if:",
                   "- your skin turns yellow", "- your heart stops for a moment", "- your urine is dark"]) == [
        "skin turning yellow", "heart stopping for a moment", "your urine is dark"]


def test_a_sign_opening_with_you_and_a_plain_verb_becomes_a_gerund() -> None:
    assert _signs(["**Side Effects:**", "- Headache", "", "Call your doctor if:",
                   "- you bruise or bleed easily", "- you cough up blood", "- you cannot stop shaking"]) == [
        "bruising or bleeding easily", "coughing up blood", "being unable to stop shaking"]  # ("cannot": a state,
    # as firstcontact10's and 57's truths word it)
