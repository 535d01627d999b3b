"""The audit of firstcontact76's links (2026-12-04): one identifier of another thing. "Postmenopausal osteoporosis
(bone thinning)" took HPO's *Reduced bone mineral density* as an exact match through the lay lexicon's row for "bone
thinning"; but the label's own words name DOID's osteoporosis, whose UMLS concept is HPO's *Osteoporosis*, and HPO
puts *Osteoporosis* below *Reduced bone mineral density*: the page's other name is broader than the thing, so its term
is the node's ``skos:broadMatch``, never exact (the rule for "Swelling of the legs and ankles (edema)", now through
the same concept in another vocabulary)."""
from __future__ import annotations

from kg.link import BROAD_MATCH, EXACT_MATCH
from tests.test_link_audit12 import direct


def test_a_lay_gloss_broader_than_the_named_thing_through_another_vocabulary(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("condition", "Postmenopausal osteoporosis", ["bone thinning"])
    assert "HP:0004349" not in direct(outcome, EXACT_MATCH)
    assert "HP:0004349" in direct(outcome, BROAD_MATCH)


def test_the_lay_row_still_names_the_finding_on_its_own(default_linker) -> None:  # type: ignore[no-untyped-def]
    assert "HP:0004349" in direct(default_linker.explain("side-effect", "Bone thinning"), EXACT_MATCH)
