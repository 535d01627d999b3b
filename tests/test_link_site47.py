"""A reaction the label puts where the drug goes in, glossed by a name without that place (set 200's "Injection site
redness (erythema)"): the page's name in the label's place first (SIDER's *Injection site erythema*), and the site-less
name alone only as what the label is a kind of (a broader match, never exact)."""
from __future__ import annotations

import pytest

from kg.config import load_config
from kg.link import load_linker
from tests.test_link_coverage import exact


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(load_config(environ={}))


@pytest.mark.parametrize(("label", "gloss", "placed"), [
    ("Application site redness", "erythema", "umls:C0853700"),  # Application site erythema
    ("Injection site itching", "pruritus", "umls:C0852995"),  # Injection site pruritus
    ("Injection site hardening", "induration", "umls:C0521509"),  # Injection site induration
])
def test_the_gloss_in_the_labels_place(linker, label: str, gloss: str, placed: str) -> None:  # type: ignore[no-untyped-def]
    assert exact(linker.explain("side-effect", label, (gloss,), None)) == {placed}


def test_a_site_less_gloss_alone_is_broader(linker) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain("side-effect", "Injection site hair loss", ("alopecia",), None)
    assert not exact(out)
    assert "HP:0001596" in {x.curie for x in out.links if x.predicate == "skos:broadMatch"}  # Alopecia
