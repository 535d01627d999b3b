"""Names that the vocabularies hold in another order of the same words (session 45): a two-word name said with where
after "in", "at" or "on" ("Muscle wasting in the hands" is HPO's "Hand muscle wasting"). Each case is a label no
corpus page used, and each fold has its words that must stay as they are."""
from __future__ import annotations

import pytest

from kg.config import load_config
from kg.link import load_linker
from kg.linking.normalize import excess_said_other_way, of_phrasings, place_first
from tests.test_link_coverage import exact


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(load_config(environ={}))


@pytest.mark.parametrize(("text", "said"), [
    ("Muscle wasting in the hands", "hands Muscle wasting"),
    ("Dry patches on your elbows", "elbows Dry patches"),
    ("Cramps in the legs", "legs Cramps"),
    ("Pain or itching on the skin", None),  # three words before the place: a phrase
    ("Muscle pain in the arms and legs", None),  # two places
    ("Swelling of the face in the morning", None),
])
def test_a_place_said_after_two_words(text: str, said: str | None) -> None:
    assert place_first(text) == said


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("side-effect", "Muscle wasting in the hands", "HP:0009130"),
])
def test_a_two_word_name_with_its_place_after_is_linked(linker, kind: str, label: str,  # type: ignore[no-untyped-def]
                                                        curie: str) -> None:
    out = linker.explain(kind, label, (), None)
    assert curie in exact(out), (label, out.links)


def test_a_two_word_name_of_a_part_with_and_without_its_article() -> None:
    assert of_phrasings("Sclerotic foci of humerus") == []  # (a bone not in kg.anatomy's list: nothing)
    assert of_phrasings("Ulnar deviation of the wrist") == ["Ulnar deviation of wrist"]
    assert of_phrasings("Cystic lesions of bone") == ["Cystic lesions of the bone"]
    assert of_phrasings("Increased risk of bleeding") == []  # no part of the body
    assert of_phrasings("Swelling of the face in the morning") == []  # a phrase: nothing read into it


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("side-effect", "Stippled calcification of shoulder", "HP:0003836"),
])
def test_a_two_word_name_of_a_part_is_linked_without_its_article(linker, kind: str,  # type: ignore[no-untyped-def]
                                                                  label: str, curie: str) -> None:
    out = linker.explain(kind, label, (), None)
    assert curie in exact(out), (label, out.links)


@pytest.mark.parametrize(("label", "curie"), [
    ("Widening of the pupils", "HP:0011499"),  # the lexicon's rows of session 45 (data/vocab/lay-terms.tsv)
    ("Reduced ability to tolerate heat", "HP:0002046"),
    ("Increased prothrombin time", "HP:0008151"),
    ("Sensitivity of the skin to sunlight", "HP:0000992"),
])
def test_lay_rows_of_session_45(linker, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain("side-effect", label, (), None)
    assert curie in exact(out), (label, out.links)


def test_difficulty_urinating_stays_unlinked(linker) -> None:  # type: ignore[no-untyped-def]
    """HPO's own words make "difficulty urinating" three things (Dysuria is "painful or difficult urination", Urinary
    hesitancy "difficulty in beginning ... urination", Urinary retention): no exact link, though several truths give
    retention."""
    assert not exact(linker.explain("side-effect", "Difficulty urinating", (), None))


def test_excess_said_as_the_adjective_and_back() -> None:
    assert excess_said_other_way("Excess daytime sleepiness") == "Excessive daytime sleepiness"
    assert excess_said_other_way("Excessive skin on the neck") == "Excess skin on the neck"
    assert excess_said_other_way("Exceptional tiredness") is None and excess_said_other_way("Thirst") is None


def test_excess_said_as_a_noun_links_as_the_vocabularies_name_it(linker) -> None:  # type: ignore[no-untyped-def]
    """HPO's "Excessive daytime somnolence" (synonym "Excessive daytime sleepiness"), said "Excess ...": exact."""
    assert "HP:0001262" in exact(linker.explain("side-effect", "Excess daytime sleepiness", (), None))
