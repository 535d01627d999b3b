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
