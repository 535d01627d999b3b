"""The eighteenth audit of links (2026-12-03): the links of the blind set ``tests/fixtures/firstcontact18`` read
against its link truth (its INDEX.md, "Link truth"). No wrong identifier by our reading; lay-term rows written from
its unlinked names, each a name of exactly one term in any page."""
from __future__ import annotations

import pytest

from kg.link import EXACT_MATCH
from tests.test_link_audit12 import direct


@pytest.mark.parametrize("label, term", [
    ("Needing to pass urine more often", "HP:0100515"),  # Pollakisuria
    ("Bleeding from the gut", "HP:0002239"),  # Gastrointestinal hemorrhage
    ("Tear in the bowel wall", "HP:0031368"),  # Intestinal perforation
    ("Weakness of the breathing muscles", "HP:0004347"),  # Weakness of muscles of respiration
    ("Raised pressure inside the skull", "HP:0002516"),  # Increased intracranial pressure
    ("Low thyroid hormone levels", "HP:0000821"),  # Hypothyroidism
    ("General malaise", "HP:0033834"),  # Malaise
    ("Tingling in the hands or feet", "HP:0031006"),  # Acroparesthesia
])
def test_lay_rows_read_from_its_unlinked_names(default_linker, label: str, term: str) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", label)
    assert term in direct(outcome, EXACT_MATCH) and "lay-terms.tsv:" in outcome.via[term]
