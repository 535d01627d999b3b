"""Use wordings firstcontact58 and 61's misses showed, pinned on invented pages: "have reported using it for",
"Its most common use is X", "not FDA-approved for any of these conditions", labels that name the care before the
condition ("Acute treatment of", "Preventive treatment of") and a procedure's step as a label."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _uses(body: str) -> list[tuple[str, str | None]]:
    page = f"---\ntitle: Melvoxin\n---\n\n# Melvoxin\n\n{body}\n"
    return [(u.label, u.qualifier) for u in extract(parse_text(page, "melvoxin.md")).treats]


def test_uses_reported_and_the_most_common_use() -> None:
    assert _uses("## Usage\nMelvoxin is used to treat plaque psoriasis[1].\n\n- **Off-label uses:** doctors have "
                 "reported using it for lichen planus and alopecia areata, mostly in small case series[4].") == [
        ("Plaque psoriasis", None), ("Lichen planus", "off-label"), ("Alopecia areata", "off-label")]
    assert _uses("**Usage**\nIts most common use is irritable bowel syndrome (IBS), where it can ease cramping. It "
                 "is also used for bloating.\n\nBecause it is a supplement, it is not FDA-approved for any of these "
                 "conditions.") == [("Irritable bowel syndrome", None), ("Bloating", None)]
    # "its main use is to ..." is a purpose, read as one
    assert ("To", None) not in _uses("**Usage**\nIts main use is to treat gout.")


def test_labels_that_name_the_care_before_the_condition() -> None:
    assert _uses("**Usage**\n- **Acute treatment of cluster headache:** Stops an attack.\n"
                 "- **Preventive treatment of chronic migraine:** Taken daily.\n"
                 "* **Stem cell collection and transplant recovery:** Helps move stem cells into the blood.\n"
                 "* **Neutropenia:** Raises white cells.") == [
        ("Cluster headache", None), ("Chronic migraine", "prevention"), ("Neutropenia", None)]


def test_the_pain_of_a_condition_is_that_condition() -> None:
    assert _uses("## Usage\nIt is used to relieve mild pain. Many adults also take it for the pain of rheumatoid "
                 "arthritis.") == [("Pain", None), ("Rheumatoid arthritis", None)]
