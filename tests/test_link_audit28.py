"""The twenty-eighth audit of links (2026-12-04, eleventh session): the links of the blind sets
``tests/fixtures/firstcontact50`` and ``firstcontact51`` read against their link truths. One identifier of another
thing: "Skin rash or hives (urticaria)" took the gloss as the name of the whole pair and was exactly Urticaria; a label
whose "or" joins two things (each half links a term of its own, none in common) is broader than the one its gloss names,
whatever its words end with. Judged differently and kept: "Ringworm (tinea corporis)" stays dermatophytosis by the
lexicon's row, the page's narrower gloss a narrower match (the node is every page's "ringworm"; the linker's own words
decide, as the audit of firstcontact12 settled)."""
from __future__ import annotations

import pytest

from kg.link import EXACT_MATCH, NARROW_MATCH
from tests.test_link_audit12 import direct


@pytest.mark.parametrize(("label", "gloss", "curie"), [
    ("Skin rash or hives", "urticaria", "HP:0001025"),
    ("Rash or hives", "urticaria", "HP:0001025"),
])
def test_a_gloss_beside_two_things_names_one_of_them(default_linker, label: str, gloss: str,  # type: ignore[no-untyped-def]
                                                     curie: str) -> None:
    outcome = default_linker.explain("side-effect", label, (gloss,))
    assert curie in direct(outcome, NARROW_MATCH) and not direct(outcome, EXACT_MATCH)


@pytest.mark.parametrize(("label", "gloss", "curie"), [
    ("Fast or pounding heartbeat", "palpitations", "HP:0001962"),  # a bare modifier before the noun: one thing
    ("Hives", "urticaria", "HP:0001025"),
])
def test_a_gloss_beside_one_thing_stays_exact(default_linker, label: str, gloss: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in direct(default_linker.explain("side-effect", label, (gloss,)), EXACT_MATCH)


def test_ringworm_keeps_the_lexicons_term_and_its_gloss_is_narrower(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("condition", "Ringworm", ("tinea corporis",))
    assert "DOID:8913" in direct(outcome, EXACT_MATCH) and "DOID:12179" in direct(outcome, NARROW_MATCH)
