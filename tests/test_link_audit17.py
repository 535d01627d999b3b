"""The seventeenth audit of links (2026-12-03): the links of the blind set ``tests/fixtures/firstcontact17``
read against its link truth (its INDEX.md, "Link truth").

1. "A or an X" names two things each said whole: the article opens a noun phrase of its own, nothing is shared
   between the halves ("Tiredness or a lack of energy" is never "Tiredness of energy"), and when both halves name
   one term the label is that term ("Sleepiness or drowsiness", "Tiredness or a lack of energy").
2. A frequency tag in parentheses after an effect ("Redness of the eyelids (less common)") is no name of it.
3. Lay-term rows read from its unlinked names, each a name of exactly one term in any page: "urinary
   frequency" (pollakisuria), "trouble falling or staying asleep" (insomnia, its definition), "small bleeds on
   the white of the eye" (subconjunctival hemorrhage), "whorl-shaped deposits on the cornea" (cornea
   verticillata), "yellow tinge to the skin or eyes" (jaundice), "progressive myoclonic epilepsy".
"""
from __future__ import annotations

import pytest

from kg.link import EXACT_MATCH, NARROW_MATCH
from kg.linking.normalize import alternatives, glosses
from tests.test_link_audit12 import direct


def test_an_article_opens_a_half_of_its_own() -> None:
    assert alternatives("Tiredness or a lack of energy") == [("Tiredness",), ("lack of energy",)]
    assert alternatives("Redness or swelling of the eyelids")[1][0] == "swelling of the eyelids"


def test_two_names_of_one_term_said_with_an_article(default_linker) -> None:  # type: ignore[no-untyped-def]
    assert "HP:0012378" in direct(default_linker.explain("side-effect", "Tiredness or a lack of energy"), EXACT_MATCH)
    # two things keep each its narrower match
    outcome = default_linker.explain("side-effect", "Headache or a rash")
    assert not direct(outcome, EXACT_MATCH) and "HP:0002315" in direct(outcome, NARROW_MATCH)


def test_a_frequency_tag_is_no_name() -> None:
    for tag in ("less common", "very common", "uncommon", "rarely seen"):
        assert glosses("Redness of the eyelids", f"Redness of the eyelids ({tag})") == []
    assert glosses("Swelling of the ankles", "Swelling of the ankles (edema)") == ["edema"]


@pytest.mark.parametrize("label, kind, term", [
    ("Urinary frequency", "side-effect", "HP:0100515"),
    ("Trouble falling or staying asleep", "side-effect", "HP:0100785"),
    ("Small bleeds on the white of the eye", "side-effect", "HP:0011896"),
    ("Whorl-shaped deposits on the cornea", "side-effect", "HP:0500008"),
    ("Yellow tinge to the skin or eyes", "side-effect", "HP:0000952"),
    ("Progressive myoclonic epilepsies", "condition", "DOID:891"),
])
def test_lay_rows_read_from_its_unlinked_names(default_linker, label: str, kind: str, term: str) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain(kind, label)
    assert term in direct(outcome, EXACT_MATCH) and "lay-terms.tsv:" in outcome.via[term]
