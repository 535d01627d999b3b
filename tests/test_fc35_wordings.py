"""Wordings firstcontact35's misses showed (six blind pages in ordinary layouts), pinned on invented pages: a target
named "called X" after words that are no name, then bound as "this carrier"; a code after a class word as the
target's name ("complement protein C5"); "building blocks" as a noun; and a seek-help list that ends in when it
applies ("... or throat after using it")."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Velquorin"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "velquorin.md"))


def _mechanism(text: str) -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\nVelquorin treats skin infections.\n\n## How it Works\n\n{text}\n")
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


@pytest.mark.parametrize(("text", "found"), [
    ("Bacteria use a carrier molecule called bactoprenol pyrophosphate (C55-isoprenyl pyrophosphate) to move the "
     "building blocks of the wall. Velquorin binds to this carrier and stops it from being recycled.",
     [("inhibits", "bactoprenol pyrophosphate")]),  # (kept from its recycling: inhibited, as the truth reads it)
    ("Bacteria need an enzyme called transpeptidase. Velquorin blocks this enzyme.", [("inhibits", "transpeptidase")]),
    ("Velquorin binds tightly to complement protein C5 and blocks it.", [("blocks", "complement protein C5")]),
    ("Velquorin blocks the complement protein C5.", [("blocks", "complement protein C5")]),
    ("The parasite needs pyrimidines, the building blocks of DNA and RNA.", []),
])
def test_a_target_named_before_a_code_after_its_class_and_building_blocks(text: str,
                                                                          found: list[tuple[str, str]]) -> None:
    assert _mechanism(text) == found


def test_when_a_seek_help_list_applies_is_no_part_of_its_last_sign() -> None:
    x = _x("## Usage\n\nVelquorin treats skin infections.\n\n## Side Effects\n\n- Itching\n\n**Get emergency help "
           "right away** if you develop hives, trouble breathing, or swelling of your face, lips, tongue, or throat "
           "after using velquorin.\n")
    assert [s.label for s in x.serious_signs] == ["hives", "trouble breathing", "swelling of your face",
                                                  "swelling of lips", "swelling of tongue", "swelling of throat"]
