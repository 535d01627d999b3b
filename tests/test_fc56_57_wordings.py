"""Wordings firstcontact56 and 57's misses showed, pinned on invented pages: a GPT-3.5 "Usage - text" line (a spaced
hyphen after a section's name); "X is usually well tolerated, but some people may experience A, B, rarely, C or D,
and in rare cases, serious problems such as E and F" (the list turns to another frequency inside itself)."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Zoravir"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "zoravir.md"))


def test_section_labels_closed_by_a_spaced_hyphen() -> None:
    x = _x("Generic Name - Zoravir\n\nUsage - Zoravir is used to relieve pain from toothaches and sore throat.\n\n"
           "Side Effects - Some people may experience numbness of the lips or tongue, redness or itching.\n\n"
           "How it Works - Zoravir works by blocking sodium channels in nerve cells.")
    assert x.drug.label == "Zoravir"
    assert "Sore throat" in {u.label for u in x.treats}
    assert "Numbness of the lips or tongue" in {e.label for e in x.side_effects}
    # a hyphen after words that name no section is text: no section of its own
    doc = parse_text("---\ntitle: Zoravir\n---\n\n# Zoravir\n\n**Side Effects:**\n\nNausea - common, and it "
                     "passes.\n", "zoravir.md")
    assert [s.kind for s in doc.sections if s.kind not in ("preamble", None)] == ["side_effects"]


def test_a_list_that_turns_to_another_frequency() -> None:
    x = _x("**Usage:** It treats pain.\n\n**Side Effects:** Zoravir is usually well tolerated, but some people may "
           "experience a burning or stinging feeling, redness, rarely, a skin rash, hives or contact dermatitis, and "
           "in rare cases, serious problems such as methemoglobinemia (a blood disorder) and severe allergic "
           "reactions.")
    got = {(e.label, e.serious) for e in x.side_effects}
    assert {("Burning or stinging feeling", False), ("Redness", False), ("Skin rash", False), ("Hives", False),
            ("Contact dermatitis", False), ("Methemoglobinemia", True), ("Severe allergic reactions", True)} <= got
    assert not any(label.casefold().startswith(("serious problems", "in rare cases")) for label, _ in got)
    # a frequency inside one member is no turn of the list
    x = _x("**Usage:** It treats pain.\n\n**Side Effects:**\n\nSerious: high blood sugar, which can lead to diabetes "
           "or, rarely, diabetic ketoacidosis; tardive dyskinesia.")
    assert not any(e.label.endswith(" or") for e in x.side_effects)


def test_effects_said_with_how_often_after_a_colon() -> None:
    x = _x("**Usage:** It treats pain.\n\n### Side Effects\n- Red skin: very common (with the kit)\n"
           "- Pain or redness at the injection site: common\n- Kidney injury: rare (serious)")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Red skin", "Very common", False), ("Pain or redness at the injection site", "Common", False),
        ("Kidney injury", "Rare", True)]


def test_list_items_that_say_how_sure_or_what_the_conditions_are() -> None:
    x = _x("### Usage\nIt is used in two situations.\n\nMain uses:\n- Pernicious anemia: an autoimmune condition.\n"
           "- Cyanide poisoning, known or suspected, including cyanide from smoke.\n"
           "- Leber's optic atrophy and tobacco amblyopia, rare conditions that damage the optic nerve.\n"
           "- Off-label, high doses are sometimes given into a vein for vasoplegic syndrome, a drop in blood pressure."
           "\n\n### Side Effects\n- Headache: common")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Pernicious anemia", None), ("Cyanide poisoning", None), ("Leber's optic atrophy", None),
        ("Tobacco amblyopia", None), ("Vasoplegic syndrome", "off-label")]


def test_a_products_name_over_its_effects_is_their_group() -> None:
    x = _x("**Usage:** It treats allergy.\n\n**⚠️ Side Effects**\n\nIt is usually well tolerated. Side effects depend "
           "on the form you use:\n\n✅ **Eye drops:** headache, dry eyes, a feeling that something is in your eye, and "
           "red eyes.\n✅ **Nasal spray:** a bitter taste, nosebleeds, and sore throat.")
    got = [(e.label, e.category) for e in x.side_effects]
    assert got == [("Headache", "Eye drops"), ("Dry eyes", "Eye drops"),
                   ("Feeling that something is in your eye", "Eye drops"), ("Red eyes", "Eye drops"),
                   ("Bitter taste", "Nasal spray"), ("Nosebleeds", "Nasal spray"), ("Sore throat", "Nasal spray")]


def test_a_bare_group_with_seek_help_in_brackets_gives_effects_and_signs() -> None:
    x = _x("**Usage:** It treats pain.\n\n### Side Effects\n- **Common:**\n  - Headache\n"
           "- **Serious (seek medical help):**\n  - Protein or blood in the urine\n  - Chest pain")
    assert [(e.label, e.serious) for e in x.side_effects] == [("Headache", False),
                                                               ("Protein or blood in the urine", True),
                                                               ("Chest pain", True)]
    assert [s.label for s in x.serious_signs] == ["Protein or blood in the urine", "Chest pain"]


def test_uses_said_with_the_product_that_gives_them() -> None:
    x = _x("## Usage\n\nIt comes in several forms: a single tablet taken by mouth for emergency contraception "
           "(Plan Z), hormonal intrauterine devices (IUDs) placed in the uterus (Mirex), and, combined with "
           "ethinyl estradiol, many daily birth control pills.\n\nIt is approved "
           "for:\n\n- Contraception, through the IUDs, which work for 3 to 8 years\n\nOff-label, doctors sometimes use "
           "the levonorgestrel IUD to prevent endometrial hyperplasia in women taking estrogen, and to treat "
           "endometriosis.\n\n## Side Effects\n\nNausea.")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Emergency contraception", None), ("Contraception", None), ("Endometrial hyperplasia", "off-label"),
        ("Endometriosis", "off-label")]


def test_serious_examples_that_need_urgent_care_and_an_effect_glossed_before_can_occur() -> None:
    x = _x("**Usage:** It treats pain.\n\n**Side Effects:** Nausea is common. Serious problems such as a very slow "
           "heartbeat, fainting, and seizures need urgent care.")
    assert [(e.label, e.serious) for e in x.side_effects] == [("Nausea", False), ("Very slow heartbeat", True),
                                                               ("Fainting", True), ("Seizures", True)]
    assert [s.label for s in x.serious_signs] == ["very slow heartbeat", "fainting", "seizures"]
    x = _x("**Usage:** It treats eczema.\n\n**Side Effects:** Burning is common. Serious side effects are rare. "
           "Rarely, eczema herpeticum, a widespread herpes infection of the skin, can occur.")
    assert ("Eczema herpeticum", True) in [(e.label, e.serious) for e in x.side_effects]


def test_small_things_a_drug_binds() -> None:
    x = _x("**Usage:** It treats acidosis.\n\n**Side Effects:** Nausea.\n\n**How it Works:** In the blood, it acts as "
           "a buffer. It binds hydrogen ions and raises the pH of the blood. As an antidote, it binds cyanide.")
    assert {("binds", "hydrogen ions"), ("binds", "cyanide")} <= {(m.relation, m.target) for m in x.mechanism}
