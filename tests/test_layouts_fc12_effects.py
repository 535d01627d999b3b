"""Side-effect and serious-sign layouts of the twelfth first-contact set (tests/fixtures/firstcontact12),
each as a small page of its own with other words and other drugs: what the extractor must read from it."""
from __future__ import annotations

import pytest

from tests.test_extract_layouts5 import _x


def _effects(x) -> dict[str, str]:
    return {e.label: e.category for e in x.side_effects}


# -- a run-on line of frequency groups (the EU label style) ------------------------------------------

@pytest.mark.parametrize("line", [
    "Very common (≥1/10): headache, nausea; Common (≥1/100 to <1/10): dry mouth, tremor; "
    "Uncommon (≥1/1,000 to <1/100): hair loss, slow heartbeat; Rare (≥1/10,000 to <1/1,000): pancreatitis.",
    "Very common (more than 1 in 10 people): headache, nausea. Common (up to 1 in 10 people): dry mouth, tremor. "
    "Uncommon (up to 1 in 100 people): hair loss, slow heartbeat. Rare (up to 1 in 1,000 people): pancreatitis.",
    "Very common: headache, nausea; common: dry mouth, tremor; uncommon: hair loss, slow heartbeat; "
    "and rare: pancreatitis",
])
def test_a_run_on_line_of_frequency_groups_gives_each_group_its_own_items(line: str) -> None:
    x = _x(f"#### Side Effects:\n{line}\n\n#### FAQs:\n**Q1: Is it safe?**\nYes.")
    got = _effects(x)
    assert got == {"Headache": "Very common", "Nausea": "Very common", "Dry mouth": "Common", "Tremor": "Common",
                   "Hair loss": "Uncommon", "Slow heartbeat": "Uncommon", "Pancreatitis": "Rare"}, got


def test_a_semicolon_without_a_group_label_stays_in_its_group() -> None:
    x = _x("**Side Effects:**\n\nCommon: headache, nausea; dry mouth; Uncommon: tremor")
    assert _effects(x) == {"Headache": "Common", "Nausea": "Common", "Dry mouth": "Common", "Tremor": "Uncommon"}


# -- a named syndrome whose initials follow it -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "**Serious:** liver injury; drug reaction with eosinophilia and systemic symptoms (DRESS); low platelets.",
    "Serious side effects include liver injury, drug reaction with eosinophilia and systemic symptoms (DRESS), "
    "and low platelets.",
    "**Serious:**\n- Liver injury, drug reaction with eosinophilia and systemic symptoms (DRESS)\n- Low platelets",
])
def test_a_name_its_initials_spell_is_one_effect(body: str) -> None:
    x = _x(f"**Side Effects:**\n\n{body}")
    labels = set(_effects(x))
    assert "Drug reaction with eosinophilia and systemic symptoms" in labels, labels
    assert "Systemic symptoms" not in labels and "Liver injury" in labels


def test_an_and_list_without_initials_still_splits() -> None:
    x = _x("**Side Effects:**\n\n**Serious:** fever and rash (FR); hepatitis; Stevens-Johnson syndrome and toxic "
           "epidermal necrolysis (SJS/TEN).")
    labels = set(_effects(x))
    assert {"Fever", "Rash", "Stevens-Johnson syndrome", "Toxic epidermal necrolysis"} <= labels, labels


# -- a Section | Details table whose sections continue on rows with an empty first cell ---------------

def test_continuation_rows_of_a_section_table_keep_their_group_labels() -> None:
    x = _x("| Section | Details |\n| --- | --- |\n| **Generic Name** | Zoravir |\n"
           "| **Usage** | Zoravir treats **chronic gout**. |\n"
           "| **Side Effects** | **Common:** dry mouth, blurred vision |\n"
           "| | **Less common:** hair loss, tremor |\n"
           "| | **Serious:** kidney stones; liver damage |\n"
           "| | Get medical help right away if you have dark urine or severe back pain. |\n"
           "| **FAQs** | **Is it safe?** Yes. |\n| | **Can I drink alcohol?** No. |")
    assert _effects(x) == {"Dry mouth": "Common", "Blurred vision": "Common", "Hair loss": "Less common",
                           "Tremor": "Less common", "Kidney stones": "Serious", "Liver damage": "Serious"}
    assert all(e.serious == (e.category == "Serious") for e in x.side_effects)
    assert {s.label for s in x.serious_signs} == {"dark urine or severe back pain"} or \
        {"dark urine", "severe back pain"} <= {s.label for s in x.serious_signs}


# -- lead-ins that say how often, in the second or third person ---------------------------------------

@pytest.mark.parametrize("common,less", [
    ("You're most likely to notice:", "Less often, you might get:"),
    ("Most people feel fine. The effects people most often notice are:", "Occasionally, some people have:"),
    ("What you will usually notice:", "Less commonly, patients report:"),
])
def test_frequency_words_in_a_lead_in_give_the_group(common: str, less: str) -> None:
    x = _x(f"### Side Effects\n{common}\n\n➤ Dry mouth\n➤ Blurred vision\n\n{less}\n\n➤ Hair loss\n➤ Tremor\n\n"
           "### FAQs\n#### Is it safe?\nYes.")
    assert _effects(x) == {"Dry mouth": "Common", "Blurred vision": "Common", "Hair loss": "Less common",
                           "Tremor": "Less common"}


def test_a_group_label_whose_rate_names_people_keeps_its_words() -> None:
    x = _x("**Side Effects:**\n\n**Common (1 in 10 people):**\n- Heartburn\n\n"
           "**Rare but serious (<1 in 1,000 people):**\n- Low blood calcium")
    assert _effects(x) == {"Heartburn": "Common", "Low blood calcium": "Rare but serious"}


@pytest.mark.parametrize("sentence,want", [
    ("Rarely, you could have a serious allergic reaction, including angioedema.",
     {"Serious allergic reaction": "Serious", "Angioedema": "Serious"}),
    ("In rare cases, some people develop a severe skin reaction, such as Stevens-Johnson syndrome.",
     {"Severe skin reaction": "Serious", "Stevens-Johnson syndrome": "Serious"}),
    ("Rarely, people get hair loss, a rash or ringing in the ears.",
     {"Hair loss": "Rare", "Rash": "Rare", "Ringing in the ears": "Rare"}),
])
def test_a_rarely_sentence_after_the_lists_names_its_effects(sentence: str, want: dict[str, str]) -> None:
    x = _x(f"### Side Effects\nYou're most likely to notice:\n\n- Dry mouth\n\n{sentence}")
    got = _effects(x)
    assert {k: got.get(k) for k in want} == want, got
    assert all(e.serious == (e.category == "Serious") for e in x.side_effects)


# -- signs written as clauses -------------------------------------------------------------------------

@pytest.mark.parametrize("clause,want", [
    ("if your face, lips, tongue or throat swell",
     {"swelling of the face", "swelling of the lips", "swelling of the tongue", "swelling of the throat"}),
    ("if your hands, feet or lips tingle", {"tingling of the hands", "tingling of the feet", "tingling of the lips"}),
    ("if your skin or eyes turn yellow", {"yellowing of the skin or eyes"}),
])
def test_body_parts_and_what_they_do_are_signs(clause: str, want: set[str]) -> None:
    x = _x(f"**Side Effects:**\n\n**Common:** dry mouth\n\nGet emergency help right away {clause}, or if you have "
           "trouble breathing.")
    signs = {s.label for s in x.serious_signs}
    assert want | {"trouble breathing"} <= signs, signs


def test_your_symptoms_are_no_body_part() -> None:
    x = _x("**Side Effects:**\n\n**Common:** dry mouth\n\nCall your doctor if your symptoms or worries burn on, or if "
           "you have chest pain.")
    assert not any("symptoms" in s.label for s in x.serious_signs)


@pytest.mark.parametrize("sentence", [
    "If you have had an epidural or spinal procedure, tell your doctor right away if you have back pain, tingling, "
    "numbness or muscle weakness.",
    "If you are also taking a blood thinner, call your doctor at once if you notice back pain, tingling, numbness or "
    "muscle weakness.",
])
def test_the_readers_condition_before_a_seek_help_clause_is_no_sign(sentence: str) -> None:
    x = _x(f"**Side Effects:**\n\n**Common:** dry mouth\n\n{sentence}")
    signs = {s.label for s in x.serious_signs}
    assert {"back pain", "tingling", "numbness", "muscle weakness"} <= signs, signs
    assert not any("epidural" in s or "blood thinner" in s for s in signs)


# -- prose: named consequences, the event after which, the main side effect ----------------------------

def test_a_serious_sentence_names_its_consequences_but_a_labelled_line_does_not() -> None:
    x = _x("**Side Effects:**\n\nSerious side effects are rare but include heavy bleeding, which can be "
           "life-threatening; a blood clot around the spine after a spinal tap or epidural anesthesia, which can "
           "cause paralysis; and liver injury.")
    assert set(_effects(x)) == {"Heavy bleeding", "Blood clot around the spine", "Paralysis", "Liver injury"}
    x = _x("**Side Effects:**\n\n**Serious:** high blood sugar, which can lead to diabetes; tardive dyskinesia.")
    assert set(_effects(x)) == {"High blood sugar", "Tardive dyskinesia"}


def test_a_flare_after_stopping_keeps_its_tail() -> None:
    x = _x("**Side Effects:**\n\nSerious side effects include kidney damage; and a severe flare-up of hepatitis "
           "after stopping treatment.")
    assert set(_effects(x)) == {"Severe flare-up of hepatitis after stopping treatment", "Kidney damage"}


@pytest.mark.parametrize("sentence", ["Bleeding is the main side effect of Zoravir.",
                                      "Drowsiness is the chief side effect.",
                                      "Nausea is the commonest side effect, especially at first."])
def test_the_main_side_effect_is_common(sentence: str) -> None:
    x = _x(f"**Side Effects:**\n\n{sentence} Less often, people notice dizziness and itching.")
    got = _effects(x)
    first = sentence.split()[0]
    assert got.get(first) == "Common" and got.get("Dizziness") == "Less common", got


# -- a frequency tag at the end of an item; a disease's name before "and" ------------------------------

@pytest.mark.parametrize("lead", ["With the inhaler:", "**With the tablets:**", "In children:"])
def test_a_frequency_tag_in_parentheses_is_the_items_group(lead: str) -> None:
    x = _x(f"**Side Effects:**\n\n{lead}\n- Hoarseness (common)\n- Oral thrush – white patches in the mouth (common)\n"
           "- Cough (less common)\n- Nosebleeds (Uncommon)\n\nSerious (rare):\n- Adrenal suppression\n"
           "- Seizures (rare)")
    assert _effects(x) == {"Hoarseness": "Common", "Oral thrush": "Common", "Cough": "Less common",
                           "Nosebleeds": "Uncommon", "Adrenal suppression": "Serious", "Seizures": "Serious"}
    assert {e.label for e in x.side_effects if e.serious} == {"Adrenal suppression", "Seizures"}


def test_a_gloss_in_parentheses_is_no_group() -> None:
    x = _x("**Side Effects:**\n\n**Common:**\n- Restlessness (akathisia)\n- Swelling (edema)")
    assert _effects(x) == {"Restlessness": "Common", "Swelling": "Common"}


@pytest.mark.parametrize("pair,want", [
    ("lactic acidosis and severe liver enlargement with fat", {"Lactic acidosis", "Severe liver enlargement with fat"}),
    ("acute pancreatitis and severe pain in the upper belly", {"Acute pancreatitis", "Severe pain in the upper belly"}),
    ("swelling and pain at the injection site", {"Swelling and pain at the injection site"}),
    ("inflammation and ulceration of the stomach lining", {"Inflammation and ulceration of the stomach lining"}),
])
def test_a_named_disease_before_and_is_its_own_effect(pair: str, want: set[str]) -> None:
    x = _x(f"**Side Effects:**\n\n**Serious:** {pair}; kidney damage")
    assert set(_effects(x)) == want | {"Kidney damage"}
