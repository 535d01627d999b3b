"""A page's gloss broader than what the label's own words are a kind of, through the identity mappings between
vocabularies (set 198's "Diffuse cutaneous systemic sclerosis (scleroderma)": the label's words name MONDO's *systemic
sclerosis*, which MONDO maps to the Disease Ontology's *systemic scleroderma*, a kind of *scleroderma*): the gloss is
the node's broader match, never exact."""
from __future__ import annotations

import pytest

from kg.config import load_config
from kg.link import load_linker
from tests.test_link_coverage import exact


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(load_config(environ={}))


def _broad(out) -> set[str]:  # type: ignore[no-untyped-def]
    return {x.curie for x in out.links if x.predicate == "skos:broadMatch"}


def test_the_same_thing_in_another_vocabulary_by_an_identity_mapping(linker) -> None:  # type: ignore[no-untyped-def]
    assert "DOID:418" in linker._same_concept("MONDO:0005100")  # systemic sclerosis = systemic scleroderma
    assert "MONDO:0005100" in linker._same_concept("DOID:418")


@pytest.mark.parametrize(("label", "gloss", "broader"), [
    ("Diffuse cutaneous systemic sclerosis", "scleroderma", "DOID:419"),
    ("Diffuse acute megakaryoblastic leukemia", "acute myeloid leukemia", "DOID:9119"),
])
def test_a_gloss_above_the_labels_own_kind_is_broader(linker, label: str, gloss: str,  # type: ignore[no-untyped-def]
                                                      broader: str) -> None:
    out = linker.explain("condition", label, (gloss,), None)
    assert broader in _broad(out) and broader not in exact(out), out.links

