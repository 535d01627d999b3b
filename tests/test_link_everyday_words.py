"""Everyday names of side effects that several corpora's pages use and no vocabulary spells so: rows of the lay
lexicon (each naming the term it leads to, looked up like any other name) and where a taste is felt ("... taste in
the mouth" names what "... taste" names). A near term the lexicon's notes refuse is not taken (Exercise-induced leg
cramps says when). "Hair thinning" stays unlinked (tests/test_link_coverage.py): MedDRA files it under Alopecia, HPO's
definition of Sparse scalp hair fits it too, and two right terms are a tie."""
from __future__ import annotations

import pytest

from kg.link import EXACT_MATCH
from kg.linking.normalize import loose
from tests.test_link_audit12 import direct


@pytest.mark.parametrize(("label", "curie"), [
    ("Strange taste in the mouth", "HP:0031249"),
    ("Unusual taste in the mouth", "HP:0031249"),
    ("Leg cramps", "umls:C0023218"),  # SIDER's Cramps of lower extremities
    ("Falling asleep suddenly", "umls:C0919582"),  # SIDER's Sudden onset of sleep
])
def test_an_everyday_name_is_linked_through_the_lexicon(default_linker, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", label)
    assert curie in direct(outcome, EXACT_MATCH)
    assert "lay-terms.tsv:" in outcome.via[curie]


@pytest.mark.parametrize(("label", "refused"), [
    ("Leg cramps", "HP:0008991"),  # Exercise-induced leg cramps
])
def test_a_near_term_is_not_taken(default_linker, label: str, refused: str) -> None:  # type: ignore[no-untyped-def]
    assert refused not in {x.curie for x in default_linker.explain("side-effect", label).links}


def test_an_unpleasant_taste_stays_unlinked(default_linker) -> None:  # type: ignore[no-untyped-def]
    """The medicine's own taste, as often as a changed sense of taste (an earlier audit dropped the row)."""
    assert not default_linker.explain("side-effect", "Unpleasant taste").linked


def test_where_a_taste_is_felt_says_nothing_more() -> None:
    assert loose("Metallic taste in the mouth") == loose("Metallic taste") == loose("metallic taste in your mouth")
    assert loose("Dryness in the mouth") == "dryness in the mouth"  # only a taste is tasted there
