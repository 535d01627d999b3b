"""The twentieth audit of links (2026-12-03): the links of the blind set ``tests/fixtures/firstcontact20`` read
against its link truth (its INDEX.md, "Link truth"). No wrong identifier by our reading: its "Trouble sleeping" is
HPO's Sleep disturbance by a layperson synonym, Insomnia by our lexicon (judged so since firstcontact17); "Fluid
retention" keeps SIDER's term alone because HPO's Edema, whose layperson synonym it is, cross-references another
UMLS concept (the linker refuses a pair whose cross-references disagree); "Rash", "Weight gain" and "Thirst" are
only BROAD or RELATED synonyms in HPO.

Lay-term rows from its unlinked names follow, each a name of exactly one term in any page."""
from __future__ import annotations

import pytest

from kg.link import BROAD_MATCH, EXACT_MATCH
from tests.test_link_audit12 import direct


@pytest.mark.parametrize("label, term", [
    ("Needing to urinate often", "HP:0100515"),  # Pollakisuria
    ("Bleeding from the stomach or gut", "HP:0002239"),  # Gastrointestinal hemorrhage
    ("Bone thinning", "HP:0004349"),  # Reduced bone mineral density
    ("Loss of muscle strength", "HP:0001324"),  # Muscle weakness
    ("Changes on an ECG", "HP:0003115"),  # Abnormal EKG
    ("Drop in blood pressure", "HP:0002615"),  # Hypotension
])
def test_lay_rows_read_from_its_unlinked_names(default_linker, label: str, term: str) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", label)
    assert term in direct(outcome, EXACT_MATCH) and "lay-terms.tsv:" in outcome.via[term]


def test_a_graded_drop_is_broader_only(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", "Dangerous drop in blood pressure")
    assert not direct(outcome, EXACT_MATCH) and "HP:0002615" in direct(outcome, BROAD_MATCH)
