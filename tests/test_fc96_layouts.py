"""Layouts and wordings of firstcontact96's ordinary answers, pinned on invented pages (other drugs, other words):
lettered groups over small-Roman points, a name ", taken as" its salt, a purpose's initials with a small letter
("PrEP"), a binding said to be much weaker, and a messenger's doing in a "when" clause set off by an appositive."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def test_lettered_groups_over_small_roman_points() -> None:
    x = _x("## Side Effects\n\nMost are mild.\n\nA. Common\n   i. Headache\n   ii. Dry eyes, mostly in winter\n\n"
           "B. Serious\n   i. Fainting\n   ii. Vision loss (rare)\n   iii. Chest pain\n")
    got = [(e.label, e.category, e.serious) for e in x.side_effects]
    assert got == [("Headache", "Common", False), ("Dry eyes", "Common", False), ("Fainting", "Serious", True),
                   ("Vision loss", "Serious", True), ("Chest pain", "Serious", True)]


def test_a_name_then_the_form_it_is_taken_as() -> None:
    x = _x("## Generic Name\n\n**Zoravir** (often abbreviated as **ZRV**), taken as zoravir mesylate.\n")
    assert x.drug.label == "Zoravir" and [s.label for s in x.drug.synonyms] == ["ZRV"]
    x = _x("## Generic Name\n\n**Zoravir**, usually given as zoravir sodium.\n")
    assert x.drug.label == "Zoravir"


def test_a_purpose_with_initials_that_have_a_small_letter() -> None:
    x = _x("## Usage\n\n*   **Hepatitis B post-exposure prophylaxis (PeP)**\n"
           "    *   Given after a needle-stick injury.\n*   **Chronic hepatitis B**\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Hepatitis B", "prevention"), ("Chronic hepatitis B", None)]


def test_a_binding_said_to_be_much_weaker_gives_no_target() -> None:
    x = _x("## How it Works\n\nZoravir blocks D2 receptors. It binds far less strongly to D1 receptors in the cortex "
           "and H1 receptors, which may explain why it sedates less.\n")
    got = _mech(x)
    assert ("blocks", "D2 receptor") in got
    assert not any(t.startswith(("D1", "H1")) for _, t in got)


def test_a_messengers_doing_in_a_when_clause_is_not_the_drugs() -> None:
    x = _x("## How it Works\n\nZoravir blocks M3 receptors. Sweating is triggered when acetylcholine, a messenger "
           "released by nerves, attaches to muscarinic receptors on sweat glands.\n")
    assert _mech(x) == {("blocks", "M3 receptor")}


def test_a_use_with_its_status_after_a_comma() -> None:
    x = _x("## Usage\n\n- Endometriosis\n- Heavy menstrual bleeding, off-label\n- Acne \u2013 off-label\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Endometriosis", None),
                                                          ("Heavy menstrual bleeding", "off-label"),
                                                          ("Acne", "off-label")]


def test_a_serious_group_whose_label_says_to_seek_care_gives_effects_and_signs() -> None:
    x = _x("## Side Effects\n\n**Common:** Headache, flushing.\n\n**Serious (get medical help):** Fainting (a sudden "
           "blackout), severe low blood pressure, vision loss.\n")
    got = [(e.label, e.category, e.serious) for e in x.side_effects]
    assert ("Fainting", "Serious", True) in got and ("Vision loss", "Serious", True) in got
    assert "sudden blackout" in [s.label for s in x.serious_signs]


def test_highlighted_words_are_words() -> None:
    # (firstcontact97's Obsidian note: "It is ==not== a first choice for depression today")
    x = _x("## Usage\n\n- Bedwetting in children\n\nIt is ==not== a first choice for anxiety today.\n\n"
           "== Side Effects ==\n\n- Dry mouth\n")
    assert [u.label for u in x.treats] == ["Bedwetting"]
    assert [e.label for e in x.side_effects] == ["Dry mouth"]  # (a MediaWiki heading is no highlight)


def test_a_side_effect_the_action_explains_is_not_triggered() -> None:
    x = _x("## How it Works\n\nZoravir blocks muscarinic receptors, which causes the dry mouth and blurred vision.\n")
    assert _mech(x) == {("blocks", "muscarinic receptor")}


def test_identity_fields_run_on_in_one_line() -> None:
    # (firstcontact97's Discord embed, its Generic Name field one line)
    x = _x("## Generic Name\n**Zoravir**. **Brands:** Zorivex, Zoracin. **Form:** Capsules (100 mg). "
           "**Route:** Oral\n\n## Usage\n\nIt is used to treat shingles.\n")
    assert x.drug.label == "Zoravir"
    assert [b.label for b in x.brand_names] == ["Zorivex", "Zoracin"]
    assert [r.label for r in x.routes] == ["oral"]
    assert [f.label.casefold() for f in x.formulations] == ["capsules"]


def test_a_lettered_line_with_no_point_under_it_stays_a_line() -> None:
    x = _x("## Side Effects\n\nA. Common\n   i. Headache\n   ii. Nausea\n\nB. Serious\n   i. Fainting\n\n"
           "## FAQs\n\nQ. Can I drive?\nA. Yes\n\nQ. Can I drink?\nA. Not much\n")
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common"),
                                                               ("Fainting", "Serious")]
    assert [f.answer for f in x.faqs] == ["Yes", "Not much"]  # ("A. Yes" is an answer, no group called "Yes")


def test_a_run_in_part_that_is_no_field_stays_with_the_field_before_it() -> None:
    x = _x("## Generic Name\n**Zoravir**. **Brands:** Zorivex. Note: Zoracin is sold in Canada. **Route:** Oral\n\n"
           "## Usage\n\nIt is used to treat shingles.\n")
    assert [b.label for b in x.brand_names][:1] == ["Zorivex"]
    assert [r.label for r in x.routes] == ["oral"]
