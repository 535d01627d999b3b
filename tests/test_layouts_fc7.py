"""Layouts of the seventh first-contact set (tests/fixtures/firstcontact7), each as a small page of
its own with other words: what the extractor must read from it, and what it must not."""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x


def test_whole_answer_as_a_bulleted_outline_indented_with_tabs() -> None:
    x = _x("Sure, here is an outline:\n\n"
           "- **Generic Name:** Zoravir potassium\n"
           "- **Usage:**\n"
           "\t- Zoravir is an antiviral medicine taken as tablets.\n"
           "\t- Approved uses:\n"
           "\t\t- **Shingles** – to shorten an outbreak\n"
           "\t\t- **Cold sores** – at the first tingle\n"
           "\t- Off-label:\n"
           "\t\t- Genital herpes, added to a cream\n"
           "\t- Not for:\n"
           "\t\t- The flu\n"
           "- **Side Effects:**\n"
           "\t- Common:\n\t\t- Headache\n\t\t- Nausea\n"
           "\t- Serious:\n\t\t- Kidney injury\n"
           "- **FAQs:**\n"
           "\t- Can I drink alcohol?\n\t\t- Yes, in moderation.\n"
           "\t- Is it safe in pregnancy?\n\t\t- Ask your doctor.\n")
    assert {(t.label, t.qualifier) for t in x.treats} == {("Shingles", None), ("Cold sores", None),
                                                          ("Genital herpes", "off-label")}
    assert _effects(x) == {"Headache": "Common", "Nausea": "Common", "Kidney injury": "Serious"}
    assert len(x.faqs) == 2


def test_a_few_label_bullets_in_a_page_are_not_an_outline() -> None:
    from kg.parse import _bullet_outline
    assert not _bullet_outline("**Usage:**\n\n- **Usage:** tablets\n- **Brand names:** Zorax\n- Headache\n")


def test_headings_prefixed_with_the_drugs_name_are_the_sections() -> None:
    x = _x("## Zoravir: Usage\n\n- **Shingles** – to shorten an outbreak\n\n"
           "## Zoravir: Side Effects\n\n- Headache\n\n"
           "## Zoravir: FAQs\n\n### Can I drink alcohol?\nYes.\n")
    assert [s.kind for s in x.coverage.sections][:3] == ["uses", "side_effects", "faqs"]
    assert [t.label for t in x.treats] == ["Shingles"]
    assert len(x.faqs) == 1


def test_emoji_before_a_plain_group_label_line_are_markup() -> None:
    x = _x("## Side Effects\n\n"
           "\U0001f7e2 Common: headache, nausea\n\n"
           "\U0001f7e1 Less common: itching\n\n"
           "\U0001f534 Serious: kidney injury; seizures\n")
    assert _effects(x) == {"Headache": "Common", "Nausea": "Common", "Itching": "Less common",
                           "Kidney injury": "Serious", "Seizures": "Serious"}
    assert all(e.serious == (e.category == "Serious") for e in x.side_effects)


def test_uses_listed_after_run_in_lead_ins_on_their_lines() -> None:
    x = _x("USAGE:\nZoravir is an antiviral medicine taken as tablets.\n"
           "Indicated for: shingles in adults; recurrent cold sores; prevention of genital herpes outbreaks.\n"
           "Also used (off-label) for: Bell's palsy; eczema herpeticum.\n"
           "Not for: the flu, or colds.\n\n"
           "SIDE EFFECTS:\n- Headache\n")
    assert {(t.label, t.qualifier) for t in x.treats} == {
        ("Shingles", None), ("Recurrent cold sores", None), ("Genital herpes outbreaks", "prevention"),
        ("Bell's palsy", "off-label"), ("Eczema herpeticum", "off-label")}


def test_a_named_nausea_and_vomiting_use_is_one_condition() -> None:
    x = _x("## Usage\n\n- Radiation-induced nausea and vomiting, given before each session\n- Vertigo and tinnitus\n")
    assert {t.label for t in x.treats} == {"Radiation-induced nausea and vomiting", "Vertigo", "Tinnitus"}


def test_a_sentence_after_an_off_label_run_in_gives_its_bold_conditions() -> None:
    x = _x("## Usage\n\n- **Shingles** – to shorten an outbreak\n\n"
           "**Off-label:** doctors also give it to calm flares of **eczema herpeticum** and to prevent "
           "**herpes keratitis coming back**.\n\n"
           "**Off-label:** it is not a treatment for colds.\n")
    assert {(t.label, t.qualifier) for t in x.treats} == {
        ("Shingles", None), ("Eczema herpeticum", "off-label"), ("Herpes keratitis coming back", "off-label")}


def test_whole_answer_as_a_fenced_json_block() -> None:
    x = _x('Here it is as JSON:\n\n```json\n{\n  "generic_name": "Zoravir",\n  "brand_names": ["Zorax", "Zorlip"],\n'
           '  "usage": {\n    "summary": "Zoravir is an antiviral medicine used for herpes viruses.",\n'
           '    "approved_uses": [\n      "Shingles - to shorten an outbreak",\n      "Cold sores"\n    ],\n'
           '    "off_label_uses": ["Bell\'s palsy"],\n    "not_used_for": [\n      "The flu"\n    ]\n  },\n'
           '  "side_effects": {\n    "common": [\n      "Headache",\n      "Nausea"\n    ],\n'
           '    "serious": [\n      "Kidney injury"\n    ]\n  },\n'
           '  "how_it_works": "Zoravir blocks the viral DNA polymerase.",\n'
           '  "faqs": [\n    {\n      "question": "Can I drink alcohol?",\n      "answer": "Yes, in moderation."\n'
           '    },\n    {\n      "question": "Is it safe in pregnancy?",\n      "answer": "Ask your doctor."\n    }\n'
           '  ]\n}\n```\n\nLet me know if you need more.')
    assert {b.label for b in x.brand_names} == {"Zorax", "Zorlip"}
    assert {(t.label, t.qualifier) for t in x.treats} >= {("Shingles", None), ("Cold sores", None),
                                                          ("Bell's palsy", "off-label")}
    assert not any(t.label == "The flu" for t in x.treats)
    assert _effects(x) == {"Headache": "Common", "Nausea": "Common", "Kidney injury": "Serious"}
    assert len(x.faqs) == 2


def test_an_html_table_of_side_effects_and_a_bold_seek_help_opener() -> None:
    x = _x("## Side Effects\n\n<p>Most are mild.</p>\n<table>\n  <thead>\n"
           "    <tr><th>Effect</th><th>Frequency</th><th>Serious?</th></tr>\n  </thead>\n  <tbody>\n"
           "    <tr><td>Headache</td><td>Common</td><td>No</td></tr>\n"
           "    <tr><td>Kidney injury (rising creatinine)</td><td>Rare</td><td>Yes</td></tr>\n"
           "  </tbody>\n</table>\n\n"
           "**Call your doctor at once** if you have dark urine, a seizure or yellow eyes.\n")
    assert {e.label: (e.category, e.serious) for e in x.side_effects} == {
        "Headache": ("Common", False), "Kidney injury": ("Rare", True)}
    assert "dark urine" in {s.label for s in x.serious_signs}


def test_a_frequency_table_with_empty_cells_under_a_group_and_dash_descriptions() -> None:
    x = _x("## Side Effects\n\n| Frequency | Effect |\n|---|---|\n"
           "| Common | Headache |\n| | Nausea and diarrhea |\n"
           "| Rare but serious | Kidney injury – little or no urine, swollen ankles or feet |\n| | Seizures |\n\n"
           "## FAQs\n\nQ: Can I drink alcohol?\nA: Yes.\n")
    assert {e.label: (e.category, e.serious) for e in x.side_effects} == {
        "Headache": ("Common", False), "Nausea": ("Common", False), "Diarrhea": ("Common", False),
        "Kidney injury": ("Rare but serious", True), "Seizures": ("Rare but serious", True)}


def test_a_double_hyphen_is_a_dash_before_an_effects_description() -> None:
    x = _x("## Side Effects\n\n**Serious**\n\n* Lactic acidosis -- deep breathing, muscle pain and sleepiness\n"
           "* Low blood sugar\n")
    assert _effects(x) == {"Lactic acidosis": "Serious", "Low blood sugar": "Serious"}


def test_a_restructuredtext_answer_with_underlined_titles_and_field_lists() -> None:
    x = _x("Here it is in reStructuredText:\n\nGeneric Name\n~~~~~~~~~~~~\n\n"
           ":Generic name: Zoravir (zoravirine)\n:Brand names: Zorax, Zorlip\n\n"
           "Usage\n~~~~~\n\nZoravir is an antiviral medicine.\n\n* **Shingles** -- to shorten an outbreak\n\n"
           "Side Effects\n~~~~~~~~~~~~\n\nCommon\n^^^^^^\n\n* Headache\n\nSerious\n^^^^^^^\n\n* Kidney injury\n\n"
           ".. warning::\n\n   Get help right away if you have dark urine.\n\n"
           "How it Works\n~~~~~~~~~~~~\n\nZoravir blocks the viral DNA polymerase.\n")
    assert x.drug.label == "Zoravir" and [s.label for s in x.drug.synonyms] == ["zoravirine"]
    assert {b.label for b in x.brand_names} == {"Zorax", "Zorlip"}
    assert [t.label for t in x.treats] == ["Shingles"]
    assert _effects(x) == {"Headache": "Common", "Kidney injury": "Serious"}
    assert not any(set(e.label) <= set("~^") for e in x.side_effects)
    assert [s.label for s in x.serious_signs] == ["dark urine"]


def test_footnote_references_are_markup_and_their_notes_are_no_items() -> None:
    x = _x("## Usage\n\n- Chronic gout[^1]\n- Kidney stones from uric acid[^note-2]\n\n"
           "## Side Effects\n\n**Serious**\n\n- Liver injury[^2]\n- Skin rash\n\n"
           "[^1]: In people who have attacks more than twice a year.\n"
           "[^2]: Rare; checked with blood tests.\n[^note-2]: With a low-purine diet.\n")
    assert [t.label for t in x.treats] == ["Chronic gout", "Kidney stones from uric acid"]
    assert _effects(x) == {"Liver injury": "Serious", "Skin rash": "Serious"}


def test_a_use_whose_gloss_says_what_causes_it_keeps_the_gloss_whole() -> None:
    x = _x("## Usage\n\n- Gout (painful joint swelling caused by uric acid crystals)\n"
           "- Kidney stones (hard deposits caused by calcium) caused by high urine calcium\n"
           "- Nerve pain associated with shingles\n")
    assert [(t.label, t.synonyms) for t in x.treats] == [
        ("Gout", ["painful joint swelling caused by uric acid crystals"]),
        ("Kidney stones", ["hard deposits caused by calcium"]),
        ("Nerve pain associated with shingles", [])]  # (one disease it comes with is part of the name, as the truths
    # keep "Irritability associated with autistic disorder"; a list of causes is cut: tests/test_leftovers35.py)


def test_a_sentence_item_ending_in_a_colon_over_its_own_list_is_a_lead_in() -> None:
    x = _x("## Side Effects\n\n- Nearly all of these come from too high a dose and ease when it is lowered:\n"
           "  - Common:\n    - Jitteriness\n    - Heat intolerance\n  - Serious:\n    - Chest pain\n\n"
           "- Skin reactions:\n  - Rash\n")
    assert _effects(x) == {"Jitteriness": "Common", "Heat intolerance": "Common", "Chest pain": "Serious",
                           "Rash": "Skin reactions"}


def test_a_bullet_saying_what_other_products_are_is_no_use() -> None:
    x = _x("## Usage\n\n- Gout flares\n- Zyloprim (the tablet) and Aloprim (an injection) are the same medicine.\n"
           "- Febuxostat is a different drug for the same problem.\n- Kidney stones from uric acid\n")
    assert [t.label for t in x.treats] == ["Gout flares", "Kidney stones from uric acid"]


def test_where_after_a_comma_says_where_an_effect_is_not_another_effect() -> None:
    x = _x("## Side Effects\n\n**Common**\n\n- Burning or stinging, where the gel is rubbed in\n"
           "- Bruising, where the needle went in\n- Headache\n")
    assert _effects(x) == {"Burning or stinging": "Common", "Bruising": "Common", "Headache": "Common"}
