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
