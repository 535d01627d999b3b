"""Names that the vocabularies hold in another order of the same words (session 45): a two-word name said with where
after "in", "at" or "on" ("Muscle wasting in the hands" is HPO's "Hand muscle wasting"). Each case is a label no
corpus page used, and each fold has its words that must stay as they are."""
from __future__ import annotations

import pytest

from kg.config import load_config
from kg.link import load_linker
from kg.linking.normalize import place_first
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
