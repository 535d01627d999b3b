"""Lexicon rows of session 46 (data/vocab/lay-terms.tsv), each a lay name that means exactly one HPO term, taken from
first-contact truths; and the lay names left out because the truths and the vocabularies disagree on them."""
from __future__ import annotations

import pytest

from kg.config import load_config
from kg.link import load_linker
from tests.test_link_coverage import exact


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(load_config(environ={}))


@pytest.mark.parametrize(("label", "curie"), [
    ("Waking at night to urinate", "HP:0000017"),  # Nocturia
    ("Inability to pass urine", "HP:0000016"),  # Urinary retention
    ("Unable to pass urine", "HP:0000016"),
    ("Lighter skin colour", "HP:0001010"),  # Hypopigmentation of the skin (British spelling folded)
    ("Sunken appearance of the eyes", "HP:0000490"),  # Deeply set eye
    ("Poor fetal growth", "HP:0001511"),  # Intrauterine growth retardation
])
def test_lay_rows_of_session_46(linker, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain("side-effect", label, (), None)
    assert curie in exact(out), (label, out.links)


def test_an_unpleasant_taste_stays_unlinked(linker) -> None:  # type: ignore[no-untyped-def]
    """Ten truths leave "Unpleasant taste" unlinked and three link it to Parageusia: no row until they agree."""
    assert not exact(linker.explain("side-effect", "Unpleasant taste", (), None))
