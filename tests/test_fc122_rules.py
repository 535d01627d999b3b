"""Rules from the misses of firstcontact122 (ordinary answers of six models not imitated before), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(usage: str) -> list[tuple[str, str | None]]:
    x = _x(f"## Usage\n\n{usage}\n\n## Side Effects\n\n- Headache\n", "Dorvamib")
    return [(u.label, u.qualifier) for u in x.treats]


def test_uses_being_studied_and_not_approved() -> None:
    """"Dorvamib is also being studied for other conditions, these uses are not approved:" over a list: studied uses;
    "Dorvamib is not used for:" over a list still denies them."""
    assert _uses("Dorvamib is used for:\n\n1. Gout\n\nDorvamib is also being studied for other conditions, these uses "
                 "are not approved:\n\n2. Kidney stones\n3. Psoriasis") == [
        ("Gout", None), ("Kidney stones", "investigational"), ("Psoriasis", "investigational")]
    assert _uses("Dorvamib is used for:\n\n1. Gout\n\nDorvamib is not used for:\n\n2. Kidney stones") == [
        ("Gout", None)]


def test_summary_over_a_list_led_by_its_own_paragraph() -> None:
    """"Dorvamib is used to treat fungal infections of the skin." then "The main uses are:" over the list: a summary;
    "(tinea corporis) on the arms, sometimes used off-label": the status and the site after the gloss cut; "Skin
    infections caused by Malassezia yeast": an infection named by its germ keeps it."""
    assert _uses("Dorvamib is an azole cream. Dorvamib is used to treat fungal infections of the skin.\n\nThe main "
                 "uses are:\n1. Ringworm of the body (tinea corporis), caused by Trichophyton fungi.\n2. Skin "
                 "infections caused by Malassezia yeast (off-label use).\n3. Jock itch (tinea cruris) around the "
                 "groin folds, sometimes used off-label.\n4. Diaper rash caused by certain fungi") == [
        ("Ringworm of the body", None), ("Skin infections caused by Malassezia yeast", "off-label"),
        ("Jock itch", "off-label"), ("Diaper rash", None)]


def _signs(effects: str) -> list[str]:
    x = _x(f"## Usage\n\n- Gout\n\n## Side Effects\n\n{effects}\n", "Dorvamib")
    return [s.label for s in x.serious_signs]


def test_the_same_applies_to_more_signs() -> None:
    """"Get emergency help if you notice A or B. The same applies to C, D, or E.": more signs (a two-item "or" one),
    no effects."""
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\nHeadache is common. Get emergency help right away if you notice "
           "chest pain or sudden weakness. The same applies to trouble breathing, swollen lips, or widespread "
           "hives.\n", "Dorvamib")
    assert [s.label for s in x.serious_signs] == ["chest pain or sudden weakness", "trouble breathing", "swollen lips",
                                                   "widespread hives"]
    assert [e.label for e in x.side_effects] == ["Headache"]


def test_each_items_own_verb_before_the_list_is_split() -> None:
    """"if you faint, have a very fast or irregular heartbeat, or have chest pain": the middle item's two-item "or"
    stays one sign, as it would first; "or notice shaking, stiffness or slowed movements" keeps its own list."""
    assert _signs("Headache is common. Get medical help right away if you faint, have a very fast or irregular "
                  "heartbeat, or have chest pain.") == ["fainting", "very fast or irregular heartbeat", "chest pain"]
    assert _signs("Headache is common. Call your doctor if you feel low, or notice shaking, stiffness or slowed "
                  "movements.") == ["feeling low", "shaking", "stiffness", "slowed movements"]
