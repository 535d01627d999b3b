"""Real clients, unchanged, over a real socket: SPARQLWrapper, rdflib's SPARQLStore and
SPARQLUpdateStore, and curl with each Accept header."""
from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from urllib.parse import quote

import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore
from SPARQLWrapper import CSV, JSON, N3, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kg.config import load_config
from kg.web import close_app, create_app
from kg.web.testing import LiveServer, live_server, sample_store

TOKEN = "client-token"
DRUG = "https://w3id.org/drugkg/id/drug/imiquimod"
SELECT = f"PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l WHERE {{ <{DRUG}> rdfs:label ?l }}"


@pytest.fixture(scope="module")
def live() -> Iterator[LiveServer]:
    app = create_app(load_config(environ={}), store=sample_store(), workers=2, update_token=TOKEN)
    with live_server(app) as server:
        yield server
    close_app(app)


def test_sparqlwrapper_select_ask_construct(live: LiveServer) -> None:
    sw = SPARQLWrapper(f"{live.url}/sparql")
    sw.setQuery(SELECT)
    sw.setReturnFormat(JSON)
    rows = sw.query().convert()["results"]["bindings"]
    assert [r["l"]["value"] for r in rows] == ["Imiquimod"]
    sw.setReturnFormat(XML)
    assert "Imiquimod" in sw.query().convert().toxml()
    sw.setReturnFormat(CSV)
    assert sw.query().convert().decode().splitlines() == ["l", "Imiquimod"]
    sw.setMethod("POST")
    sw.setQuery("ASK { ?s a <https://w3id.org/drugkg/vocab/Drug> }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True
    sw.setQuery(f"CONSTRUCT {{ <{DRUG}> ?p ?o }} WHERE {{ <{DRUG}> ?p ?o }}")
    for fmt in (TURTLE, N3, XML):
        sw.setReturnFormat(fmt)
        result = sw.query()
        graph = result.convert()
        if isinstance(graph, bytes):
            graph = rdflib.Graph().parse(data=graph, format="turtle")
        assert (rdflib.URIRef(DRUG), rdflib.RDFS.label, rdflib.Literal("Imiquimod")) in graph


def test_sparqlwrapper_update_needs_the_token(live: LiveServer) -> None:
    sw = SPARQLWrapper(f"{live.url}/sparql", updateEndpoint=f"{live.url}/sparql")
    sw.setMethod("POST")
    sw.setQuery("INSERT DATA { GRAPH <http://e/sw> { <http://e/a> <http://e/p> 'x' } }")
    with pytest.raises(SPARQLWrapperException):
        sw.query()
    sw.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    sw.query()
    check = SPARQLWrapper(f"{live.url}/sparql")
    check.setQuery("ASK { GRAPH <http://e/sw> { <http://e/a> <http://e/p> 'x' } }")
    check.setReturnFormat(JSON)
    assert check.query().convert()["boolean"] is True


def test_rdflib_sparqlstore_reads(live: LiveServer) -> None:
    graph = rdflib.Graph(SPARQLStore(f"{live.url}/sparql"))
    labels = list(graph.objects(rdflib.URIRef(DRUG), rdflib.RDFS.label))
    assert labels == [rdflib.Literal("Imiquimod")]
    rows = list(graph.query(SELECT))
    assert [str(r[0]) for r in rows] == ["Imiquimod"]
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True
    built = graph.query(f"CONSTRUCT {{ <{DRUG}> ?p ?o }} WHERE {{ <{DRUG}> ?p ?o }}").graph
    assert built is not None and len(built) > 5
    assert len(list(graph.triples((None, rdflib.RDF.type, None)))) > 5


def test_rdflib_sparqlupdatestore_writes_with_the_token(live: LiveServer) -> None:
    store = SPARQLUpdateStore(f"{live.url}/sparql", f"{live.url}/sparql",
                              auth=None, headers={"Authorization": f"Bearer {TOKEN}"})
    graph = rdflib.Graph(store, identifier=rdflib.URIRef("http://e/rdflib"))
    graph.add((rdflib.URIRef("http://e/s"), rdflib.URIRef("http://e/p"), rdflib.Literal("written")))
    reader = rdflib.Graph(SPARQLStore(f"{live.url}/sparql"))
    rows = list(reader.query("SELECT ?o WHERE { GRAPH <http://e/rdflib> { ?s ?p ?o } }"))
    assert [str(r[0]) for r in rows] == ["written"]


CURL_ACCEPT = [
    ("SELECT", "application/sparql-results+json", "application/sparql-results+json"),
    ("SELECT", "application/sparql-results+xml", "application/sparql-results+xml"),
    ("SELECT", "text/csv", "text/csv"),
    ("SELECT", "text/tab-separated-values", "text/tab-separated-values"),
    ("SELECT", "application/json", "application/sparql-results+json"),
    ("SELECT", "*/*", "application/sparql-results+json"),
    ("ASK", "application/sparql-results+xml", "application/sparql-results+xml"),
    ("CONSTRUCT", "text/turtle", "text/turtle"),
    ("CONSTRUCT", "application/n-triples", "application/n-triples"),
    ("CONSTRUCT", "application/ld+json", "application/ld+json"),
    ("CONSTRUCT", "application/rdf+xml", "application/rdf+xml"),
    ("CONSTRUCT", "application/trig", "application/trig"),
    ("CONSTRUCT", "application/n-quads", "application/n-quads"),
    ("CONSTRUCT", "*/*", "text/turtle"),
    ("DESCRIBE", "text/turtle", "text/turtle"),
    ("SELECT", "text/turtle", "application/json"),  # 406, with the JSON error envelope
]
QUERIES = {"SELECT": SELECT, "ASK": "ASK {}", "CONSTRUCT": "CONSTRUCT WHERE { ?s a ?c }",
           "DESCRIBE": f"DESCRIBE <{DRUG}>"}


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")
@pytest.mark.parametrize(("form", "accept", "media"), CURL_ACCEPT)
def test_curl_gets_the_right_media_type(live: LiveServer, form: str, accept: str, media: str) -> None:
    out = subprocess.run(["curl", "-s", "-o", "/dev/null", "-w", "%{http_code} %{content_type}",
                          "-H", f"Accept: {accept}", f"{live.url}/sparql?query={quote(QUERIES[form])}"],
                         capture_output=True, text=True, check=True).stdout
    code, content_type = out.split(" ", 1)
    assert content_type.split(";")[0] == media
    assert code == ("406" if media == "application/json" else "200")
