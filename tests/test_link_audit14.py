"""The fourteenth audit of links (2026-12-03): the exact links of the blind set
``tests/fixtures/firstcontact14`` read against its link truth (its INDEX.md, "Link truth").

1. A label that names two things ("Breast tenderness or enlargement") with a name beside it that is
   one of them ("(gynecomastia)") is broader than that name: a narrower match, never exact. Two
   words of one thing keep the name's exact match ("Fast or pounding heartbeat (palpitations)",
   "Swollen or overgrown gums (gingival hyperplasia)", "Swelling in the arms or legs (peripheral
   edema)").
"""
from __future__ import annotations

import pytest

from kg.link import NARROW_MATCH
from tests.test_link_audit12 import direct


@pytest.mark.parametrize("label, gloss", [
    ("Breast tenderness or enlargement", "gynecomastia"),
    ("Breast swelling or tenderness", "gynecomastia"),
])
def test_a_name_beside_two_things_is_one_of_them_a_narrower_match(default_linker, label: str, gloss: str) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", label, (gloss,))
    assert "HP:0000771" not in direct(outcome)  # Gynecomastia
    assert "HP:0000771" in direct(outcome, NARROW_MATCH)


@pytest.mark.parametrize("label, gloss, term", [
    ("Fast or pounding heartbeat", "palpitations", "HP:0001962"),
    ("Swollen or overgrown gums", "gingival hyperplasia", "HP:0000212"),
    ("Swelling in the arms or legs", "peripheral edema", "HP:0012398"),
])
def test_two_words_of_one_thing_keep_the_exact_match_of_the_name_beside_them(default_linker, label: str,  # type: ignore[no-untyped-def]
                                                                             gloss: str, term: str) -> None:
    assert term in direct(default_linker.explain("side-effect", label, (gloss,)))
