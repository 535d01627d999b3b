"""Wordings firstcontact58 and 59's misses showed, pinned on invented pages: plain body-system lines over a list
("Stomach and gut: nausea, ..."), an active form made from an active form, bold effects under a group that says to
get help with their symptoms after a colon, off-label items and sentences said with a setting or a time first, uses
that say where on the body, uses the drug had in the past, and readying a part of the body for a procedure."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Dexavit"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "dexavit.md"))


def _uses(x) -> list[tuple[str, str | None]]:
    return [(u.label, u.qualifier) for u in x.treats]


def test_plain_body_system_lines_are_groups() -> None:
    x = _x("**Usage**\nIt treats rickets.\n\n**Side Effects**\nPossible side effects include:\n\n"
           "Stomach and gut: nausea, constipation\nNervous system: headache, tiredness\nSkin: rash\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Nausea", "Stomach and gut"), ("Constipation", "Stomach and gut"), ("Headache", "Nervous system"),
        ("Tiredness", "Nervous system"), ("Rash", "Skin")]
    # a label that names an effect still is one ("Lithium toxicity (serious):" told by its paragraph)
    x = _x("**Usage**\nIt treats rickets.\n\n**Side Effects**\n\nToo much calcium (serious): it builds up slowly and "
           "can cause thirst and confusion.\n")
    assert "Too much calcium" in [e.label for e in x.side_effects]


def test_an_active_form_made_from_an_active_form() -> None:
    x = _x("**Usage**\nIt treats rickets.\n\n**How it Works**\nDexavit does nothing by itself. The liver turns it into "
           "dexadiol, and the kidneys then convert dexadiol into dexatriol, the active hormone. Dexatriol binds to and "
           "activates the vitamin D receptor (VDR) in the gut.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("activates", "vitamin D receptor")]
    # what another molecule is made into is not the drug's form
    x = _x("**Usage**\nIt treats high blood pressure.\n\n**How it Works**\nThe enzyme ACE converts angiotensin I into "
           "angiotensin II. Angiotensin II activates the AT1 receptor. Dexavit blocks ACE.")
    assert ("activates", "AT1 receptor") not in [(m.relation, m.target) for m in x.mechanism]


def test_bold_effects_under_a_group_that_says_to_get_help() -> None:
    x = _x("## Usage\nIt treats gout.\n\n## Side Effects\n* **Common:**\n    * **Headache:** Often worse in the "
           "morning.\n* **Serious (get medical help right away):**\n    * **Gut bleeding:** Black stools, vomiting "
           "blood.\n    * **Kidney injury:** Passing much less urine or swelling of the legs.\n"
           "    * **Lactic acidosis:** A rare build-up of acid in the blood.\n"
           "    * **Skin:** blistering rash, peeling skin\n")
    assert [(e.label, e.serious) for e in x.side_effects] == [
        ("Headache", False), ("Gut bleeding", True), ("Kidney injury", True), ("Lactic acidosis", True),
        ("Blistering rash", True), ("Peeling skin", True)]
    assert [s.label for s in x.serious_signs] == [
        "Black stools", "vomiting blood", "Passing much less urine or swelling of the legs", "blistering rash",
        "peeling skin"]  # (a two-member "or" stays one sign, as the truths write it)


def test_off_label_items_and_sentences_with_a_setting_or_a_time_first() -> None:
    x = _x("**Usage**\nDexavit is used to:\n\n+ Treat rickets in children\n"
           "+ Off-label, in liver disease to help control itching\n")
    assert _uses(x) == [("Rickets", None), ("Itching", "off-label")]
    x = _x("#### Usage\nIt treats iron deficiency anemia. Doctors also use it off-label when tablets don't work or "
           "upset the stomach, for example for anemia after surgery and restless legs syndrome in people low in iron.")
    assert _uses(x) == [("Iron deficiency anemia", None), ("Anemia after surgery", "off-label"),
                        ("Restless legs syndrome", "off-label")]
    x = _x("**Usage**\nIt is mainly used for:\n- **Constipation** – it works within hours.\n- **Off-label uses** – "
           "some doctors recommend daily dexavit citrate to help prevent cluster headaches.", "Dexavit citrate")
    assert _uses(x) == [("Constipation", None), ("Cluster headaches", "off-label")]


def test_uses_it_is_not_meant_for_or_had_in_the_past() -> None:
    x = _x("**Usage**\nIt is used for occasional constipation.\n\nDexavit is not meant for the long-term treatment of "
           "chronic constipation, and it is no longer recommended together with charcoal for treating poisonings.")
    assert _uses(x) == [("Occasional constipation", None)]
    x = _x("__Usage__\n+ __Heartburn:__ it relieves heartburn.\n+ __Off-label uses:__ some doctors use it for bile "
           "acid diarrhea, and in the past it was given to prevent stress ulcers in intensive care.")
    assert _uses(x) == [("Heartburn", None), ("Bile acid diarrhea", "off-label")]
    # "formerly sold as" a brand says nothing of a use
    x = _x("**Usage**\nAs capsules (formerly sold as Dexa), it is used to treat acute leukemia.")
    assert _uses(x) == [("Acute leukemia", None)]


def test_where_on_the_body_and_readying_a_part_are_no_part_of_a_use() -> None:
    x = _x("USAGE:\nIt is used for:\n- Plantar warts on the soles of the feet (off-label)\n"
           "- Corns around the toes and heels (off-label)\n- Skin preparation before surgery and injections\n"
           "- Bowel cleansing before a colonoscopy\n- Cancer of the skin\n")
    assert _uses(x) == [("Plantar warts", "off-label"), ("Corns", "off-label"), ("Cancer of the skin", None)]


def test_the_places_after_a_conditions_gloss() -> None:
    x = _x("## Usage\nIt is used to treat:\n* Fungal skin infections (tinea corporis) of the arms and legs, caused by "
           "dermatophytes\n* Cancer of the head and neck\n")
    assert _uses(x) == [("Fungal skin infections", None), ("Cancer of the head and neck", None)]
