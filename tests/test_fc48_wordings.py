"""Wordings firstcontact48's misses showed (six blind pages in ordinary layouts), pinned on invented pages: a use
item's former name after a comma ("GPA, previously called Wegener's granulomatosis"), "binds to the enzyme much more
tightly than ..." (how, of the target named), "Liver injury with repeated use"."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Osmarel"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "osmarel.md"))


def test_a_former_name_is_a_synonym() -> None:
    x = _x("## Usage\n\n* Granulomatosis with polyangiitis (GPA), previously called Wegener's granulomatosis\n"
           "* Microscopic polyangiitis (MPA)\n")
    assert [(u.label, u.abbreviation, u.synonyms) for u in x.treats] == [
        ("Granulomatosis with polyangiitis", "GPA", ["Wegener's granulomatosis"]),
        ("Microscopic polyangiitis", "MPA", [])]


def test_how_tightly_it_binds_the_target_named() -> None:
    x = _x("## Usage\n\nOsmarel treats poisoning.\n\n## How it Works\n\nOsmarel is a competitive inhibitor of alcohol "
           "dehydrogenase. It binds to the enzyme much more tightly than the toxic alcohols do.\n")
    assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "alcohol dehydrogenase")]


def test_with_repeated_use() -> None:
    x = _x("## Usage\n\nOsmarel treats pain.\n\n## Side Effects\n\n**Serious side effects:**\n"
           "- Liver injury with repeated use\n")
    assert [e.label for e in x.side_effects] == ["Liver injury"]
