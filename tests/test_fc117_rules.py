"""Rules from the misses of firstcontact117 (ordinary answers of six models not imitated before), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _effects(section: str) -> list[tuple[str, str, bool]]:
    x = _x(f"## Usage\n\n- Gout\n\n## Side Effects\n\n{section}\n", "Dravolin")
    return [(e.label, e.category, e.serious) for e in x.side_effects]


def _uses(section: str) -> list[tuple[str, str | None]]:
    x = _x(f"## Usage\n\n{section}\n\n## Side Effects\n\n- Headache\n", "Dravolin")
    return [(u.label, u.qualifier) for u in x.treats]


def _targets(how: str) -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\n- Gout\n\n## Side Effects\n\n- Headache\n\n## How it Works\n\n{how}\n", "Dravolin")
    return [(m.relation, m.target) for m in x.mechanism]


def test_effects_by_the_use_they_come_with() -> None:
    """"| Treated condition | Common side effects |": each row's effects, grouped by the use, the use no effect."""
    assert _effects("| Treated condition | Common side effects |\n|---|---|\n"
                    "| Migraine | Neck pain, eyelid drooping |\n| Overactive bladder | Urinary tract infection |") == [
        ("Neck pain", "Migraine", False), ("Eyelid drooping", "Migraine", False),
        ("Urinary tract infection", "Overactive bladder", False)]


def test_off_label_and_studied_over_its_list() -> None:
    """"- Off-label / still being studied:" over a sub-list: a lead, its items off-label uses."""
    assert _uses("- Approved uses:\n  - Gout flares.\n- Off-label / still being studied:\n  - Pseudogout (early "
                 "research only).\n  - Familial Mediterranean fever.") == [
        ("Gout flares", None), ("Pseudogout", "off-label"), ("Familial Mediterranean fever", "off-label")]


def test_rare_but_important_is_a_serious_group_and_a_tip_no_effect() -> None:
    """"- Rare but important:" over its items: a group, serious; "- Practical tip: ..." advice, no effect."""
    assert _effects("- Common: headache; nausea.\n- Rare but important:\n  - liver injury;\n  - low platelets.\n"
                    "- Practical tip: take it with food to ease nausea.") == [
        ("Headache", "Common", False), ("Nausea", "Common", False),
        ("Liver injury", "Rare but important", True), ("Low platelets", "Rare but important", True)]


def test_a_label_then_its_own_sentence_and_a_denied_second_verb() -> None:
    """"- Blocking OX2: dravolin blocks the orexin-2 (OX2) receptor"; "it doesn't replace dopamine or raise hormone
    levels": the second verb denied with the first."""
    assert _targets("- Blocking OX2: dravolin blocks the orexin-2 (OX2) receptor, so the brain stays calm.\n"
                    "- What it does NOT do: it doesn't replace dopamine or raise hormone levels.") == [
        ("blocks", "orexin-2 receptor")]


def test_binds_fluoride() -> None:
    """"calcium binds to fluoride ions": a small ion the drug takes up, what it binds."""
    assert ("binds", "fluoride ions") in _targets("In burns, dravolin binds to fluoride ions and forms an insoluble "
                                                  "salt.")


def test_places_of_a_use_and_how_it_is_given() -> None:
    """"Eczema on the face and skin folds (flexural eczema)": the places no use; ", using the gel or local injections":
    how it is given, no use."""
    assert _uses("- Eczema on the face and skin folds (flexural eczema)\n- Chemical burns of the skin (off-label), "
                 "using the gel or local injections") == [("Eczema", None), ("Chemical burns of the skin", "off-label")]


def test_a_part_of_the_medicine_causes() -> None:
    """"the vitamin B12 part can cause X and Y": a part of the medicine, the medicine's effects."""
    assert [e[0] for e in _effects("Nausea is common. When it is taken for a long time, the vitamin B12 part can cause "
                                   "acne and itching.")] == ["Nausea", "Acne", "Itching"]


def test_forms_and_routes_said_only_in_an_answer() -> None:
    """Where nothing before names a form or a route, the answer that says "It is available as 250 mg capsules taken by
    mouth ... In hospital it is given as an injection into the vein" does."""
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\n- Headache\n\n## FAQs\n\n**How is it taken?**\nIt is available as "
           "250 mg capsules taken by mouth, twice a day. In hospital it is given as an injection into the vein.\n",
           "Dravolin")
    assert [r.label for r in x.routes] == ["oral", "intravenous"]
    assert [f.label for f in x.formulations] == ["capsules", "injection"]
