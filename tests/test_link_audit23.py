"""The twenty-third audit of links (2026-12-03, fourth session): the links of the blind set
``tests/fixtures/firstcontact23`` read against its link truth (its INDEX.md, "Link truth"). One rule from it: a
vocabulary's hyphenated name is also its name spelled solid ("Post-partum hemorrhage" is the page's "Postpartum
hemorrhage"), unless that spelling names some term already. No wrong identifier by our reading; judged differently and
kept: "Fainting" is Syncope (HPO's EXACT layperson "Fainting" of Loss of consciousness is refused,
refused-synonyms.tsv), "Trouble sleeping" is Insomnia (since firstcontact17), "Heart attack" as a use links DOID's
myocardial infarction (an exact name of it, as HPO's is)."""
from __future__ import annotations

from kg.link import EXACT_MATCH
from tests.test_link_audit12 import direct


def test_a_hyphenated_name_spelled_solid(default_linker) -> None:  # type: ignore[no-untyped-def]
    assert "HP:0011891" in direct(default_linker.explain("condition", "Postpartum hemorrhage"), EXACT_MATCH)
    assert "HP:0011891" in direct(default_linker.explain("condition", "Post-partum hemorrhage"), EXACT_MATCH)


def test_fainting_stays_syncope(default_linker) -> None:  # type: ignore[no-untyped-def]
    found = direct(default_linker.explain("side-effect", "Fainting"), EXACT_MATCH)
    assert "HP:0001279" in found and "HP:0007185" not in found
