"""The checks made on SPARQL text before it runs, as tables."""
from __future__ import annotations

import pytest

from kg.namespaces import PREFIXES
from kg.store import OxigraphStore
from kg.web import sparqltext as st


@pytest.mark.parametrize(("text", "form"), [
    ("SELECT * { ?s ?p ?o }", "bindings"),
    ("PREFIX ex: <http://e/> select ?x where { ?x ex:p 'SELECT' }", "bindings"),
    ("# ASK in a comment\nCONSTRUCT WHERE { ?s ?p ?o }", "graph"),
    ("BASE <http://e/> DESCRIBE <x>", "graph"),
    ("ASK {}", "boolean"),
    ("PREFIX ask: <http://e/> SELECT ?s { ?s ask:p ?o }", "bindings"),
    ("INSERT DATA { <a> <b> <c> }", None),
    ("", None),
])
def test_query_form(text: str, form: str | None) -> None:
    assert st.query_form(text) == form


@pytest.mark.parametrize(("text", "has_from"), [
    ("SELECT * FROM <http://e/g> { ?s ?p ?o }", True),
    ("SELECT * FROM NAMED <http://e/g> { GRAPH ?g { ?s ?p ?o } }", True),
    ("SELECT * { ?s <http://e/from> 'FROM' }", False),
    ("SELECT * { ?s ?p ?o } # FROM <x>", False),
])
def test_has_from(text: str, has_from: bool) -> None:
    assert st.has_from(text) is has_from


@pytest.mark.parametrize(("text", "targets"), [
    ("SELECT * { SERVICE <http://dbpedia.org/sparql> { ?s ?p ?o } }", ("http://dbpedia.org/sparql",)),
    ("SELECT * { SERVICE SILENT <https://query.wikidata.org/sparql> { ?s ?p ?o } }",
     ("https://query.wikidata.org/sparql",)),
    ("PREFIX ep: <http://example.org/> SELECT * { service ep:sparql { ?s ?p ?o } }", ("http://example.org/sparql",)),
    ("PREFIX ep: <http://example.org/> SELECT * { SERVICE ep:a\\-b { ?s ?p ?o } }", ("http://example.org/a-b",)),
    ("SELECT * { SERVICE ?endpoint { ?s ?p ?o } }", (None,)),
    ("SELECT * { SERVICE dkg:x { ?s ?p ?o } }", ("https://w3id.org/drugkg/vocab/x",)),
    ("SELECT * { ?s ?p 'SERVICE <http://e/>' }", ()),
    ("SELECT * { ?s <http://e/SERVICE> ?o }", ()),
    ("SELECT * { ?s ?p ?o } # SERVICE <http://e/> { }", ()),
])
def test_outbound_services(text: str, targets: tuple[str | None, ...]) -> None:
    assert st.outbound(text, prefixes=PREFIXES).services == targets


@pytest.mark.parametrize(("text", "loads"), [
    ("LOAD <http://example.org/data.ttl>", ("http://example.org/data.ttl",)),
    ("CLEAR ALL ; load silent <http://e/x> INTO GRAPH <http://e/g>", ("http://e/x",)),
    ("INSERT DATA { <http://e/a> <http://e/p> 'LOAD <x>' }", ()),
])
def test_outbound_loads(text: str, loads: tuple[str, ...]) -> None:
    assert st.outbound(text, update=True).loads == loads


@pytest.mark.parametrize(("text", "using"), [
    ("WITH <http://e/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
    ("DELETE { ?s ?p ?o } USING <http://e/g> WHERE { ?s ?p ?o }", True),
    ("INSERT { ?s ?p ?o } WHERE { ?s <http://e/with> ?o }", False),
    ("PREFIX ex: <http://e/> INSERT { ?s ex:a\\#b ?o } WHERE { ?s ?p ?o } ; WITH <http://e/g> DELETE WHERE { }", True),
])
def test_using_or_with(text: str, using: bool) -> None:
    assert st.has_using_or_with(text) is using


@pytest.mark.parametrize(("update", "expected"), [
    ("INSERT { ?s a <http://e/C> } WHERE { ?s ?p ?o }",
     "INSERT { ?s a <http://e/C> } USING <http://e/g1> USING NAMED <http://e/g2> WHERE { ?s ?p ?o }"),
    ("CLEAR ALL ; INSERT DATA { <http://e/a> <http://e/p> 1 } ; DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
     "CLEAR ALL ; INSERT DATA { <http://e/a> <http://e/p> 1 } ; "
     "DELETE { ?s ?p ?o } USING <http://e/g1> USING NAMED <http://e/g2> WHERE { ?s ?p ?o }"),
    ("DELETE WHERE { ?s <http://e/p> ?o }",
     "DELETE { ?s <http://e/p> ?o } USING <http://e/g1> USING NAMED <http://e/g2> WHERE { ?s <http://e/p> ?o }"),
    ("INSERT { ?s ?p ?o } WHERE { { SELECT * WHERE { ?s ?p ?o } } }",
     "INSERT { ?s ?p ?o } USING <http://e/g1> USING NAMED <http://e/g2> WHERE { { SELECT * WHERE { ?s ?p ?o } } }"),
])
def test_add_using(update: str, expected: str) -> None:
    assert st.add_using(update, ["http://e/g1"], ["http://e/g2"]) == expected


def test_add_using_gives_the_engine_the_protocol_dataset() -> None:
    store = OxigraphStore(None)
    store.load("<http://e/g1> { <http://e/a> a <http://e/T> } <http://e/g3> { <http://e/b> a <http://e/T> }", "trig")
    update = "INSERT { GRAPH <http://e/out> { ?s a <http://e/Seen> } } WHERE { ?s a <http://e/T> }"
    store.update(st.add_using(update, ["http://e/g1"], []))
    rows = list(store.query("SELECT ?s { GRAPH <http://e/out> { ?s ?p ?o } }", union=False).rows())
    assert [r[0].value for r in rows] == ["http://e/a"]  # type: ignore[union-attr]


def test_analyze_spots_relative_iris() -> None:
    assert st.analyze("SELECT * { <s> ?p ?o }").relative_iris
    assert not st.analyze("SELECT * { <http://e/s> ?p ?o . FILTER(?o < 3 && ?o > 1) }").relative_iris


PAGE_DATA = "@prefix e: <http://e/> . " + " ".join(f"e:s{i} e:p {i} ." for i in range(12))


@pytest.mark.parametrize("text", [
    "SELECT * WHERE { ?s ?p ?o } LIMIT 5",               # its own LIMIT: paged as it comes
    "SELECT * WHERE { ?s ?p ?o } OFFSET 2",
    "SELECT * FROM <http://e/g> WHERE { ?s ?p ?o }",     # its own dataset
    "ASK { ?s ?p ?o }",
    "CONSTRUCT WHERE { ?s ?p ?o }",
    "SELECT * WHERE { ?s ?p ?o ",                        # unclosed: the engine says what is wrong
])
def test_what_is_not_paged_by_rewriting(text: str) -> None:
    assert st.select_shape(text) is None


@pytest.mark.parametrize("text", [
    "PREFIX e: <http://e/> SELECT ?s ?n WHERE { ?s e:p ?n } ORDER BY DESC(?n)",
    "PREFIX e: <http://e/> SELECT ?s (?n * 2 AS ?m) (EXISTS { ?s e:q 1 } AS ?x) WHERE { ?s e:p ?n } "
    "ORDER BY ?m # a comment",
    "PREFIX e: <http://e/> SELECT ?s ?n WHERE { ?s e:p ?n } ORDER BY ?n VALUES ?n { 1 3 5 7 9 11 }",
    "PREFIX e: <http://e/> SELECT (COUNT(*) AS ?c) ?n WHERE { ?s e:p ?n } GROUP BY ?n ORDER BY ?n",
])
def test_pages_and_counts_written_into_the_text_agree_with_the_whole_result(text: str) -> None:
    store = OxigraphStore(None)
    store.load(PAGE_DATA, "turtle")
    everything = [tuple(t.value for t in row) for row in store.query(text).rows()]
    shape = st.select_shape(text)
    assert shape is not None
    pages = []
    for offset in range(0, len(everything) + 5, 5):
        pages += [tuple(t.value for t in row) for row in store.query(st.page_text(text, shape, 5, offset)).rows()]
    assert pages == everything
    (count,), = store.query(st.count_text(text, shape, 100)).rows()
    assert int(count.value) == len(everything)
    (capped,), = store.query(st.count_text(text, shape, 3)).rows()
    assert int(capped.value) == 4  # one past the cap: "more than 3"
    desc = [tuple(t.value for t in row) for row in store.query(st.page_text(text, shape, 100, 0, ("s", True))).rows()]
    assert [r[0] for r in desc] == sorted((r[0] for r in everything), reverse=True)
