"""The tests of the W3C "SPARQL 1.1 Protocol" manifest (rdf-tests, sparql11/data-sparql11/
protocol/manifest.ttl; test names, requests and expected responses as written there), as a table.

Where the manifest's transcription drops a header or a parameter that the test's own name and
the original protocol test page imply, the request below carries it, and the line says so:

* form POSTs carry ``Content-Type: application/x-www-form-urlencoded`` (the manifest omits it,
  yet ``bad_query_missing_form_type`` says a form body without it must fail);
* ``query_post_form`` sends its parameters in the body (the manifest puts them in the URL);
* ``update_dataset_named_graphs`` uses ``using-named-graph-uri`` and ``update_dataset_full``
  uses ``using-graph-uri`` data1 + ``using-named-graph-uri`` data2 (the ASK that follows each
  can only be true with those), and ``update_dataset_full`` sends its update in the body.

``status`` is the manifest's class ("2XX" or "4XX"); ``exact`` is the status this service
must answer with (stricter than the manifest, so a negative test fails for the right reason).
``types`` are the media types the manifest allows; ``boolean`` the ASK answer it expects.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote

D = "http://kasei.us/2009/09/sparql/data/"
FORM = {"Content-Type": "application/x-www-form-urlencoded"}
XML_JSON = ("application/sparql-results+xml", "application/sparql-results+json")
RDF_TYPES = ("application/rdf+xml", "text/turtle", "application/n-triples", "text/html",
             "application/ld+json")

#: The dataset the protocol tests assume: data0.rdf .. data3.rdf as named graphs.
DATASET_TRIG = "\n".join(
    f"<{D}data{i}.rdf> {{ <{D}data{i}.rdf> a <http://xmlns.com/foaf/0.1/Document> ; "
    f"<http://purl.org/dc/terms/title> \"data{i}\" . }}" for i in range(4))


def q(text: str) -> str:
    return quote(text, safe="")


@dataclass(frozen=True)
class Req:
    method: str
    path: str
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    status: str = "2XX"
    exact: int | None = None
    types: tuple[str, ...] = ()
    boolean: bool | None = None
    check: str | None = None  # name of an extra check on the body


@dataclass(frozen=True)
class Case:
    name: str
    requests: tuple[Req, ...]
    note: str = ""


def form(**params: str | list[str]) -> bytes:
    parts = []
    for key, value in params.items():
        for v in value if isinstance(value, list) else [value]:
            parts.append(f"{key.replace('_', '-')}={q(v)}")
    return "&".join(parts).encode("utf-8")


def ask(graph_pattern: str) -> bytes:
    return f"\nASK {{\n{graph_pattern}\n}}\n".encode()


DIRECT_ASK = {"Accept": "application/sparql-results+xml", "Content-Type": "application/sparql-query"}
DATASET_UPDATE = f"""
PREFIX dc: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
DROP ALL ;
INSERT DATA {{
  GRAPH <{D}data1.rdf> {{ <{D}data1.rdf> a foaf:Document }}
  GRAPH <{D}data2.rdf> {{ <{D}data2.rdf> a foaf:Document }}
  GRAPH <{D}data3.rdf> {{ <{D}data3.rdf> a foaf:Document }}
}} ;
"""
THREE_GRAPHS_ASK = """  GRAPH <%(g)s> {
    <%(d)sdata1.rdf> a <http://purl.org/dc/terms/BibliographicResource> .
    <%(d)sdata2.rdf> a <http://purl.org/dc/terms/BibliographicResource> .
  }
  FILTER NOT EXISTS {
    GRAPH <%(g)s> {
      <%(d)sdata3.rdf> a <http://purl.org/dc/terms/BibliographicResource> .
    }
  }"""

CASES: tuple[Case, ...] = (
    Case("query_get", (Req("GET", f"/sparql?query={q('ASK {}')}&default-graph-uri={q(D + 'data0.rdf')}",
                           types=XML_JSON, boolean=True),)),
    Case("query_post_form", (Req("POST", "/sparql", form(query="ASK {}", default_graph_uri=D + "data0.rdf"),
                                 FORM, types=XML_JSON, boolean=True),),
         note="parameters in the form body (manifest: in the URL)"),
    Case("query_post_direct", (Req("POST", f"/sparql?default-graph-uri={q(D + 'data0.rdf')}", b"ASK {}",
                                   {"Content-Type": "application/sparql-query"}, types=XML_JSON,
                                   boolean=True),)),
    Case("query_dataset_default_graph", (Req(
        "POST", "/sparql", form(query=f"ASK {{ <{D}data1.rdf> ?p ?o }}", default_graph_uri=D + "data1.rdf"),
        FORM, types=XML_JSON, boolean=True),)),
    Case("query_dataset_default_graphs_get", (Req(
        "GET", f"/sparql?query={q(f'ASK {{ <{D}data1.rdf> a ?type . <{D}data2.rdf> a ?type . }}')}"
               f"&default-graph-uri={q(D + 'data1.rdf')}&default-graph-uri={q(D + 'data2.rdf')}",
        types=XML_JSON, boolean=True),)),
    Case("query_dataset_default_graphs_post", (Req(
        "POST", "/sparql", form(query=f"ASK {{ <{D}data1.rdf> a ?type . <{D}data2.rdf> a ?type . }}",
                                default_graph_uri=[D + "data1.rdf", D + "data2.rdf"]),
        FORM, types=XML_JSON, boolean=True),)),
    Case("query_dataset_named_graphs_post", (Req(
        "POST", "/sparql", form(query=f"ASK {{ GRAPH ?g1 {{ <{D}data1.rdf> a ?type }} "
                                      f"GRAPH ?g2 {{ <{D}data2.rdf> a ?type }} }}",
                                named_graph_uri=[D + "data1.rdf", D + "data2.rdf"]),
        FORM, types=XML_JSON, boolean=True),)),
    Case("query_dataset_named_graphs_get", (Req(
        "GET", "/sparql?query=" + q(f"ASK {{ GRAPH ?g1 {{ <{D}data1.rdf> a ?type }} "
                                    f"GRAPH ?g2 {{ <{D}data2.rdf> a ?type }} }}")
               + f"&named-graph-uri={q(D + 'data1.rdf')}&named-graph-uri={q(D + 'data2.rdf')}",
        types=XML_JSON, boolean=True),)),
    Case("query_dataset_full", (Req(
        "POST", "/sparql", form(query=f"\nASK {{\n  <{D}data3.rdf> a ?type\n  GRAPH ?g1 {{ <{D}data1.rdf> a ?type }}\n"
                                      f"  GRAPH ?g2 {{ <{D}data2.rdf> a ?type }}\n}}\n",
                                default_graph_uri=D + "data3.rdf",
                                named_graph_uri=[D + "data1.rdf", D + "data2.rdf"]),
        FORM, types=XML_JSON, boolean=True),)),
    Case("query_multiple_dataset", (Req(
        "POST", "/sparql", form(query=f"ASK FROM <{D}data3.rdf> {{ GRAPH ?g1 {{ <{D}data1.rdf> a ?type }} "
                                      f"GRAPH ?g2 {{ <{D}data2.rdf> a ?type }} }}",
                                named_graph_uri=[D + "data1.rdf", D + "data2.rdf"]),
        FORM, types=XML_JSON, boolean=True),)),
    Case("query_content_type_select", (Req(
        "POST", "/sparql", form(query="SELECT (1 AS ?value) {}", default_graph_uri=D + "data0.rdf"), FORM,
        types=("application/sparql-results+xml", "application/sparql-results+json",
               "text/tab-separated-values", "text/csv")),)),
    Case("query_content_type_ask", (Req(
        "POST", "/sparql", form(query="ASK {}", default_graph_uri=D + "data0.rdf"), FORM, types=XML_JSON),)),
    Case("query_content_type_describe", (Req(
        "POST", "/sparql", form(query="DESCRIBE <http://example.org/>", default_graph_uri=D + "data0.rdf"),
        FORM, types=RDF_TYPES),)),
    Case("query_content_type_construct", (Req(
        "POST", "/sparql", form(query="CONSTRUCT { <s> <p> 1 } WHERE {}", default_graph_uri=D + "data0.rdf"),
        FORM, types=RDF_TYPES),)),
    Case("update_dataset_default_graph", (
        Req("POST", f"/sparql?using-graph-uri={q(D + 'data1.rdf')}", form(update=f"""
PREFIX dc: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
CLEAR ALL ;
INSERT DATA {{
  GRAPH <{D}data1.rdf> {{
    <{D}data1.rdf> a foaf:Document
  }}
}} ;
INSERT {{
  GRAPH <http://example.org/protocol-update-dataset-test/> {{
    ?s a dc:BibliographicResource
  }}
}}
WHERE {{
  ?s a foaf:Document
}}
"""), FORM),
        Req("POST", "/sparql", ask(f"  GRAPH <http://example.org/protocol-update-dataset-test/> {{\n"
                                   f"    <{D}data1.rdf> a <http://purl.org/dc/terms/BibliographicResource>\n  }}"),
            DIRECT_ASK, types=("application/sparql-results+xml",), boolean=True))),
    Case("update_dataset_default_graphs", (
        Req("POST", f"/sparql?using-graph-uri={q(D + 'data1.rdf')}&using-graph-uri={q(D + 'data2.rdf')}",
            form(update=DATASET_UPDATE + """INSERT {
  GRAPH <http://example.org/protocol-update-dataset-graphs-test/> {
    ?s a dc:BibliographicResource
  }
}
WHERE {
  ?s a foaf:Document
}
"""), FORM),
        Req("POST", "/sparql", ask(THREE_GRAPHS_ASK % {"g": "http://example.org/protocol-update-dataset-graphs-test/",
                                                      "d": D}),
            DIRECT_ASK, types=("application/sparql-results+xml",), boolean=True))),
    Case("update_dataset_named_graphs", (
        Req("POST", f"/sparql?using-named-graph-uri={q(D + 'data1.rdf')}&using-named-graph-uri={q(D + 'data2.rdf')}",
            form(update=DATASET_UPDATE + """INSERT {
  GRAPH <http://example.org/protocol-update-dataset-named-graphs-test/> {
    ?s a dc:BibliographicResource
  }
}
WHERE {
  GRAPH ?g {
    ?s a foaf:Document
  }
}
"""), FORM),
        Req("POST", "/sparql", ask(THREE_GRAPHS_ASK % {
            "g": "http://example.org/protocol-update-dataset-named-graphs-test/", "d": D}),
            DIRECT_ASK, types=("application/sparql-results+xml",), boolean=True)),
        note="using-named-graph-uri (manifest: using-graph-uri)"),
    Case("update_dataset_full", (
        Req("POST", "/sparql", form(using_named_graph_uri=D + "data2.rdf", update=DATASET_UPDATE + """INSERT {
  GRAPH <http://example.org/protocol-update-dataset-full-test/> {
    ?s <http://example.org/in> ?in
  }
}
WHERE {
  {
    GRAPH ?g { ?s a foaf:Document }
    BIND(?g AS ?in)
  }
  UNION
  {
    ?s a foaf:Document .
    BIND("default" AS ?in)
  }
}
""", using_graph_uri=D + "data1.rdf"), FORM),
        Req("POST", "/sparql", ask(f"""  GRAPH <http://example.org/protocol-update-dataset-full-test/> {{
    <{D}data1.rdf> <http://example.org/in> "default" .
    <{D}data2.rdf> <http://example.org/in> <{D}data2.rdf> .
  }}
  FILTER NOT EXISTS {{
    GRAPH <http://example.org/protocol-update-dataset-full-test/> {{
      <{D}data3.rdf> ?p ?o
    }}
  }}"""), DIRECT_ASK, types=("application/sparql-results+xml",), boolean=True)),
        note="update in a form body with using-graph-uri data1 and using-named-graph-uri data2"),
    Case("update_post_form", (Req("POST", "/sparql", form(update="CLEAR ALL"), FORM),)),
    Case("update_post_direct", (Req("POST", "/sparql", b"CLEAR ALL",
                                    {"Content-Type": "application/sparql-update"}),)),
    Case("update_base_uri", (
        Req("POST", "/sparql", form(update="CLEAR SILENT GRAPH <http://example.org/protocol-base-test/> ; "
                                           "INSERT DATA { GRAPH <http://example.org/protocol-base-test/> "
                                           "{ <http://example.org/s> <http://example.org/p> <test> } }"), FORM),
        Req("POST", "/sparql", form(query="SELECT ?o WHERE { GRAPH <http://example.org/protocol-base-test/> "
                                          "{ <http://example.org/s> <http://example.org/p> ?o } }"),
            {**FORM, "Accept": "application/sparql-results+xml"}, types=("application/sparql-results+xml",),
            check="one_absolute_iri_not_test"))),
    Case("bad_query_method", (Req("PUT", f"/sparql?query={q('ASK {}')}&default-graph-uri={q(D + 'data0.rdf')}",
                                  status="4XX", exact=405),)),
    Case("bad_multiple_queries", (Req(
        "GET", f"/sparql?query={q('ASK {}')}&query={q('SELECT * {}')}&default-graph-uri={q(D + 'data0.rdf')}",
        status="4XX", exact=400),)),
    Case("bad_query_wrong_media_type", (Req(
        "POST", f"/sparql?default-graph-uri={q(D + 'data0.rdf')}", b"ASK {}", {"Content-Type": "text/plain"},
        status="4XX", exact=415),)),
    Case("bad_query_missing_form_type", (Req(
        "POST", "/sparql", form(query="ASK {}", default_graph_uri=D + "data0.rdf"), status="4XX", exact=415),)),
    Case("bad_query_missing_direct_type", (Req(
        "POST", f"/sparql?default-graph-uri={q(D + 'data0.rdf')}", b"ASK {}", status="4XX", exact=415),)),
    Case("bad_query_non_utf8", (Req(
        "POST", f"/sparql?default-graph-uri={q(D + 'data0.rdf')}", "ASK {}".encode("utf-16"),
        {"Content-Type": "application/sparql-query; charset=UTF-16"}, status="4XX", exact=415),)),
    Case("bad_query_syntax", (Req(
        "GET", f"/sparql?query={q('ASK {')}&default-graph-uri={q(D + 'data0.rdf')}", status="4XX", exact=400),)),
    Case("bad_update_get", (Req(
        "GET", f"/sparql?update={q('CLEAR ALL')}&using-graph-uri={q(D + 'data0.rdf')}", status="4XX", exact=405),)),
    Case("bad_multiple_updates", (Req(
        "POST", f"/sparql?using-graph-uri={q(D + 'data0.rdf')}", b"update=CLEAR%20ALL&update=CLEAR%20DEFAULT",
        FORM, status="4XX", exact=400),), note="with the form Content-Type, so it fails for the two updates"),
    Case("bad_update_wrong_media_type", (Req(
        "POST", f"/sparql?using-graph-uri={q(D + 'data0.rdf')}", b"CLEAR NAMED", {"Content-Type": "text/plain"},
        status="4XX", exact=415),)),
    Case("bad_update_missing_form_type", (Req(
        "POST", f"/sparql?using-graph-uri={q(D + 'data0.rdf')}", b"CLEAR NAMED", status="4XX", exact=415),)),
    Case("bad_update_non_utf8", (Req(
        "POST", f"/sparql?using-graph-uri={q(D + 'data0.rdf')}", "CLEAR NAMED".encode("utf-16"),
        {"Content-Type": "application/sparql-update; charset=UTF-16"}, status="4XX", exact=415),)),
    Case("bad_update_syntax", (Req(
        "POST", f"/sparql?using-graph-uri={q(D + 'data0.rdf')}", b"update=CLEAR%20XYZ", FORM,
        status="4XX", exact=400),), note="with the form Content-Type, so it fails for the syntax"),
    Case("bad_update_dataset_conflict", (Req(
        "POST", "/sparql", form(using_named_graph_uri="http://example/people", update="""
PREFIX foaf:  <http://xmlns.com/foaf/0.1/>
WITH <http://example/addresses>
DELETE { ?person foaf:givenName 'Bill' }
INSERT { ?person foaf:givenName 'William' }
WHERE {
  ?person foaf:givenName 'Bill'
}
"""), FORM, status="4XX", exact=400),)),
)

#: The manifest's mf:entries list has 35 entries (the issue counts 34): all are here.
assert len(CASES) == 35, len(CASES)
