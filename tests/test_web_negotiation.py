"""Content negotiation as a table of Accept headers (DESIGN.md, style rule 7)."""
from __future__ import annotations

import pytest

from kg.web.negotiation import FORMATS, negotiate, parse_accept

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"

CASES = [
    # accept, kind, ?format=, html page possible, expected format name (None: 406)
    (None, "bindings", None, False, "json"),
    ("", "boolean", None, False, "json"),
    ("*/*", "bindings", None, False, "json"),
    ("*/*", "graph", None, False, "turtle"),
    ("application/sparql-results+json", "bindings", None, False, "json"),
    ("application/sparql-results+xml", "bindings", None, False, "xml"),
    ("application/sparql-results+xml, application/sparql-results+json", "boolean", None, False, "xml"),
    ("application/sparql-results+json;q=0.5, application/sparql-results+xml", "bindings", None, False, "xml"),
    ("text/csv", "bindings", None, False, "csv"),
    ("text/tab-separated-values", "bindings", None, False, "tsv"),
    ("application/json", "bindings", None, False, "json"),
    ("application/json", "graph", None, False, "jsonld"),
    ("application/xml", "graph", None, False, "rdfxml"),
    ("application/sparql-results+json,application/json,text/javascript,application/javascript",
     "bindings", None, False, "json"),  # SPARQLWrapper's JSON
    ("text/turtle", "graph", None, False, "turtle"),
    ("application/n-triples", "graph", None, False, "ntriples"),
    ("application/ld+json", "graph", None, False, "jsonld"),
    ("application/rdf+xml", "graph", None, False, "rdfxml"),
    ("application/trig", "graph", None, False, "trig"),
    ("application/n-quads", "graph", None, False, "nquads"),
    ("text/turtle;q=0.5, application/ld+json", "graph", None, False, "jsonld"),
    ("text/turtle;q=0.9, application/n-triples;q=0.9", "graph", None, False, "turtle"),
    ("application/rdf+xml, text/turtle, application/n-triples, text/html, application/ld+json", "graph",
     None, False, "rdfxml"),
    ("text/*", "graph", None, False, "turtle"),
    ("text/*;q=0.2, application/sparql-results+xml;q=0.1", "bindings", None, False, "csv"),
    ("TEXT/CSV", "bindings", None, False, "csv"),
    (BROWSER, "bindings", None, True, "html"),
    (BROWSER, "bindings", None, False, "xml"),
    (BROWSER, "graph", None, True, "html"),
    (BROWSER, "graph", None, False, "rdfxml"),
    ("text/turtle", "bindings", None, False, None),
    ("application/sparql-results+json", "graph", None, False, None),
    ("image/png", "bindings", None, False, None),
    ("text/csv;q=0", "bindings", None, False, None),
    ("*/*;q=0", "graph", None, False, None),
    ("application/sparql-results+json, */*;q=0", "graph", None, False, None),
    # ?format= and suffixes win over Accept
    ("application/sparql-results+xml", "bindings", "csv", False, "csv"),
    (None, "bindings", "tsv", False, "tsv"),
    (None, "graph", "ttl", False, "turtle"),
    (None, "graph", "nt", False, "ntriples"),
    (None, "graph", "jsonld", False, "jsonld"),
    (None, "graph", "json", False, "jsonld"),
    (None, "graph", "rdf", False, "rdfxml"),
    (None, "graph", "nq", False, "nquads"),
    (None, "graph", "text/turtle", False, "turtle"),
    (None, "bindings", "application/sparql-results+xml", False, "xml"),
    (None, "bindings", "ttl", False, None),
    (None, "bindings", "html", False, None),
    (None, "bindings", "html", True, "html"),
    (None, "bindings", "nonsense", False, None),
]


@pytest.mark.parametrize(("accept", "kind", "fmt", "html", "expected"), CASES)
def test_negotiate(accept: str | None, kind: str, fmt: str | None, html: bool, expected: str | None) -> None:
    chosen = negotiate(accept, kind, fmt, html=html)
    assert (chosen.name if chosen else None) == expected


def test_parse_accept_reads_q_values_and_skips_junk() -> None:
    assert parse_accept("text/csv;q=0.5, junk, application/json;q=x, */*") == [
        ("text/csv", 0.5, 0), ("application/json", 0.0, 2), ("*/*", 1.0, 3)]


def test_every_format_has_a_unique_suffix_and_media_type() -> None:
    assert len({f.suffix for f in FORMATS}) == len(FORMATS)
    assert len({f.media_type for f in FORMATS}) == len(FORMATS)
