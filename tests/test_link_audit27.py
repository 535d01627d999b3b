"""The twenty-seventh audit of links (2026-12-03, fifth session): the links of the blind set
``tests/fixtures/firstcontact27`` read against its link truth (its INDEX.md, "Link truth"). No wrong identifier by our
reading. Judged differently and kept: *Heartburn* is not HPO's Gastroesophageal reflux (refused-synonyms.tsv:11;
MeSH and UMLS name heartburn itself); *Primary hyperlipidemia (high cholesterol)* keeps Hypercholesterolemia, which the
page's own gloss names (the truth left it broader only). One rule, found when the extractor began to read a bold
label's gloss ("**Bloodstream infections** (bacteremia)"): the gloss of a name narrowed to a cause, a time or a group
names what the label is a kind of, so it is a broader match (firstcontact18's "HIV-associated wasting (cachexia)",
which its truth had as broader, would otherwise have become exact)."""
from __future__ import annotations

import pytest

from kg.link import BROAD_MATCH, EXACT_MATCH
from tests.test_link_audit12 import direct


@pytest.mark.parametrize(("kind", "label", "gloss", "curie"), [
    ("condition", "HIV-associated wasting", "cachexia", "HP:0004326"),
    ("side-effect", "Steroid-induced bone loss", "osteoporosis", "HP:0000939"),
])
def test_the_gloss_of_a_narrowed_name_is_what_it_is_a_kind_of(default_linker, kind: str, label: str,  # type: ignore[no-untyped-def]
                                                               gloss: str, curie: str) -> None:
    outcome = default_linker.explain(kind, label, (gloss,))
    assert curie in direct(outcome, BROAD_MATCH) and curie not in direct(outcome, EXACT_MATCH)


@pytest.mark.parametrize(("kind", "label", "gloss", "curie"), [
    ("condition", "Bloodstream infections", "bacteremia", "HP:0031864"),  # not narrowed: the gloss is its name
    ("condition", "Bone infections", "osteomyelitis", "DOID:1019"),
])
def test_the_gloss_of_a_plain_name_stays_exact(default_linker, kind: str, label: str, gloss: str,  # type: ignore[no-untyped-def]
                                               curie: str) -> None:
    assert curie in direct(default_linker.explain(kind, label, (gloss,)), EXACT_MATCH)


def test_heartburn_stays_heartburn(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", "Heartburn")
    assert "HP:0002020" not in direct(outcome, EXACT_MATCH) and "mesh:D006356" in direct(outcome, EXACT_MATCH)


@pytest.mark.parametrize(("label", "readings"), [
    ("Low white blood cell or platelet counts", [("Low white blood cell counts", "Low white blood cell"),
                                                 ("Low platelet counts", "platelet counts")]),
    ("Raised cholesterol and triglyceride levels", [("Raised cholesterol levels", "Raised cholesterol"),
                                                    ("Raised triglyceride levels", "triglyceride levels")]),
    ("Blurred vision or dry mouth", [("Blurred vision",), ("dry mouth",)]),  # nothing shared
])
def test_a_direction_before_and_a_head_after_are_both_halves(label: str, readings: list[tuple[str, ...]]) -> None:
    from kg.linking.normalize import alternatives
    assert alternatives(label) == readings


def test_a_listing_that_shares_its_direction_and_head_is_said_whole_by_its_parts(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", "Low white blood cell or platelet counts")
    assert outcome.by_parts and outcome.identified
    assert {"HP:0001882", "HP:0001873"} <= {x.curie for x in outcome.links if x.predicate == "skos:narrowMatch"}


def test_the_places_of_a_listing_share_the_words_before_the_first(default_linker) -> None:  # type: ignore[no-untyped-def]
    from kg.linking.normalize import alternatives
    assert alternatives("Swelling of the face, lips, or throat") == [
        ("Swelling of the face",), ("Swelling of the lips",), ("Swelling of the throat",)]
    outcome = default_linker.explain("side-effect", "Swelling of the face, lips, or throat")
    assert outcome.by_parts and {"HP:0000282", "HP:0031244", "HP:0011855"} <= {
        x.curie for x in outcome.links if x.predicate == "skos:narrowMatch"}
