"""The twenty-fifth audit of links (2026-12-03, fourth session): the links of the blind set
``tests/fixtures/firstcontact25`` read against its link truth (its INDEX.md, "Link truth"). No wrong identifier by our
reading and no new rule or row; the truth's three exact HPO terms we do not give are earlier decisions, kept: "Metallic
taste" is refused as Parageusia (refused-synonyms.tsv: one form of a distorted taste; SIDER's Taste metallic is
linked), and "Elevated liver enzymes" / "Raised liver enzymes" stay SIDER's term when HPO's transaminase term's own
UMLS cross-references disagree with it (the conflict is reported, not resolved by choosing)."""
from __future__ import annotations

from kg.link import EXACT_MATCH
from tests.test_link_audit12 import direct


def test_metallic_taste_is_not_parageusia(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", "Metallic taste")
    assert "HP:0031249" not in direct(outcome, EXACT_MATCH) and "umls:C0240327" in direct(outcome, EXACT_MATCH)


def test_elevated_liver_enzymes_conflict_is_said(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", "Elevated liver enzymes")
    assert "umls:C0857093" in direct(outcome, EXACT_MATCH)
    assert any("HP:0002910" in r and "disagree" in r for r in outcome.refused)
