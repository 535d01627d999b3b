"""The nineteenth audit of links (2026-12-03): the links of the blind set ``tests/fixtures/firstcontact19`` read
against its link truth (its INDEX.md, "Link truth"). No wrong identifier by our reading.

1. An adjective "or" another over one head ("Fatty or oily stools") names one thing when both readings link the
   same term (steatorrhea), as two names of one thing do; "Fast or irregular heartbeat" stays two things.
2. Lay-term rows from its unlinked names, each a name of exactly one term in any page."""
from __future__ import annotations

import pytest

from kg.link import EXACT_MATCH, NARROW_MATCH
from tests.test_link_audit12 import direct


def test_two_adjectives_over_one_head_that_name_one_term(default_linker) -> None:  # type: ignore[no-untyped-def]
    assert "HP:0002570" in direct(default_linker.explain("side-effect", "Fatty or oily stools"), EXACT_MATCH)
    fast = default_linker.explain("side-effect", "Fast or irregular heartbeat")
    assert not direct(fast, EXACT_MATCH) and "HP:0001649" in direct(fast, NARROW_MATCH)


@pytest.mark.parametrize("label, term", [
    ("Facial flushing", "HP:0031284"),  # Flushing
    ("Luminous phenomena", "HP:0030786"),  # Photopsia
    ("Difficulty controlling bowel movements", "HP:0002607"),  # Bowel incontinence
])
def test_lay_rows_read_from_its_unlinked_names(default_linker, label: str, term: str) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", label)
    assert term in direct(outcome, EXACT_MATCH) and "lay-terms.tsv:" in outcome.via[term]
