"""Issue 9, point 1: no query or update makes the service connect to a host that is not allowed.

A real listener on 127.0.0.1 (a socket server on a free port that answers like a SPARQL
endpoint) counts every connection. Each hostile text is first run on the engine directly,
to show it really reaches the listener there (so the case can fail), then sent to a real
server, which must refuse it with a 4xx while the listener receives nothing. Both set-ups
are tried: no allowed host (workers without network as well) and ``localhost`` allowed
(the parser's reading alone stands), where an allowed federated query still works.
"""
from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from kg.config import load_config
from kg.web import close_app, create_app
from kg.web.executor import Job, QueryFailed, QueryPool
from kg.web.sandbox import deny_network, network_filter
from kg.web.testing import LiveServer, live_server, sample_store

TOKEN = "security-token"
ANSWER = b'{"head":{"vars":[]},"results":{"bindings":[]}}'


class Listener:
    """A tiny HTTP server that answers every request with an empty SPARQL result."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.hits: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    head = conn.recv(65536)
                except OSError:
                    head = b""
                self.hits.append(head.split(b"\r\n", 1)[0])
                try:
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                 b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(ANSWER), ANSWER))
                except OSError:
                    pass

    def count(self, settle: float = 0.0) -> int:
        time.sleep(settle)
        return len(self.hits)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    lst = Listener()
    yield lst
    lst.close()


@dataclass(frozen=True)
class Case:
    name: str
    text: str  # {E}: the listener's endpoint, {H}: its root, {P}: its port
    engine_calls: bool = True  # run directly, the engine connects to the listener
    update: bool = False


def fill(text: str, port: int) -> str:
    return (text.replace("{E}", f"http://127.0.0.1:{port}/sparql")
                .replace("{H}", f"http://127.0.0.1:{port}/").replace("{P}", str(port)))


#: 120 patterns in a row (selective: no data matches them), past what rdflib's parser can nest
PAD = " ".join(f"?s :p{i} ?o{i} ." for i in range(120))

QUERIES = [
    # the issue's case: an escaped '#' in a prefixed name, read as a comment by the old tokenizer
    Case("escaped-hash", r"PREFIX ex: <http://e/> SELECT * { OPTIONAL { ?x ex:a\#b ?y } SERVICE <{E}> { ?s ?p ?o } }"),
    Case("escaped-dot", r"PREFIX ex: <http://e/> SELECT * { OPTIONAL { ?x ex:a\.b ?y } SERVICE <{E}> { ?s ?p ?o } }"),
    Case("escaped-dash", r"PREFIX ex: <http://e/> SELECT * { OPTIONAL { ?x ex:a\-b ?y } SERVICE <{E}> { ?s ?p ?o } }"),
    Case("hash-in-iri", "SELECT * { OPTIONAL { ?x <http://x/#a> ?y } SERVICE <{E}> { ?s ?p ?o } }"),
    Case("comment-lf", "SELECT * { # a comment\n SERVICE <{E}> { ?s ?p ?o } }"),
    # Oxigraph ends a comment at CR; a parser that only ends it at LF sees no SERVICE
    Case("comment-cr", "SELECT * { OPTIONAL { ?s ?p ?o } # c\r SERVICE <{E}> { ?a ?b ?c } \n }"),
    Case("string-hash-service", 'SELECT * { BIND("# SERVICE <x> {" AS ?x) SERVICE <{E}> { ?s ?p ?o } }'),
    Case("long-string", "SELECT * { BIND('''a # ''' AS ?x) SERVICE <{E}> { ?s ?p ?o } }"),
    Case("escaped-quote", r'SELECT * { BIND("a\"#" AS ?x) SERVICE <{E}> { ?s ?p ?o } }'),
    Case("lowercase", "select * where { service <{E}> { ?s ?p ?o } }"),
    Case("mixed-case", "SeLeCt * { SeRvIcE <{E}> { ?s ?p ?o } }"),
    Case("silent", "SELECT * { SERVICE SILENT <{E}> { ?s ?p ?o } }"),
    Case("nested", "SELECT * { SERVICE <{E}> { SERVICE <{H}inner> { ?s ?p ?o } } }"),
    Case("variable-values", "SELECT * { VALUES ?e { <{E}> } SERVICE ?e { ?s ?p ?o } }", engine_calls=False),
    Case("variable-bind", "SELECT * { BIND(<{E}> AS ?e) SERVICE ?e { ?s ?p ?o } }", engine_calls=False),
    Case("subquery", "SELECT * { { SELECT * { SERVICE <{E}> { ?s ?p ?o } } } }"),
    Case("optional", "SELECT * { ?s ?p ?o OPTIONAL { SERVICE <{E}> { ?s ?q ?r } } } LIMIT 2"),
    Case("union", "SELECT * { { ?s ?p ?o } UNION { SERVICE <{E}> { ?a ?b ?c } } }"),
    Case("minus", "SELECT * { ?s ?p ?o MINUS { SERVICE <{E}> { ?s ?q ?r } } }"),
    Case("exists", "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <{E}> { ?a ?b ?c } } } LIMIT 1"),
    Case("not-exists", "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <{E}> { ?a ?b ?c } } } LIMIT 1"),
    Case("graph", "SELECT * { GRAPH ?g { ?s ?p ?o } SERVICE <{E}> { ?a ?b ?c } } LIMIT 1"),
    Case("base-relative", "BASE <{H}> SELECT * { SERVICE <sparql> { ?s ?p ?o } }"),
    Case("base-network-path",
         "BASE <http://localhost/> BASE <//127.0.0.1:{P}/> SELECT * { SERVICE <sparql> { ?s ?p ?o } }"),
    Case("prefixed", "PREFIX ev: <{H}> SELECT * { SERVICE ev:sparql { ?s ?p ?o } }"),
    Case("prefixed-escape", r"PREFIX ev: <{H}> SELECT * { SERVICE ev:spa\-rql { ?s ?p ?o } }"),
    Case("default-prefix-glued", "PREFIX : <{H}> SELECT * { SERVICE:sparql { ?s ?p ?o } }"),
    Case("prefix-redeclared", "PREFIX p: <http://localhost/> PREFIX p: <{H}> SELECT * { SERVICE p:x { ?s ?p ?o } }"),
    Case("escapes-in-iri", "SELECT * { SERVICE <http://\\u0031\\u0032\\u0037.0.0.1:{P}/sparql> { ?s ?p ?o } }"),
    Case("escaped-keyword", "SELECT * { \\u0053ERVICE <{E}> { ?s ?p ?o } }", engine_calls=False),
    Case("unicode-case", "SELECT * { ſervice <{E}> { ?s ?p ?o } }", engine_calls=False),
    # rdflib expands \u0027 everywhere and sees a long string; Oxigraph reads "'" and a SERVICE
    Case("escape-opens-long-string",
         "SELECT * { OPTIONAL { ?s ?p '\\u0027' } SERVICE <{E}> { ?a ?b ?c } BIND(''' } } #''' AS ?z) }"),
    Case("userinfo", "SELECT * { SERVICE <http://localhost@127.0.0.1:{P}/sparql> { ?s ?p ?o } }"),
    Case("uppercase-scheme", "SELECT * { SERVICE <HTTP://127.0.0.1:{P}/sparql> { ?s ?p ?o } }"),
    Case("ask", "ASK { SERVICE <{E}> { ?s ?p ?o } }"),
    Case("construct", "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{E}> { ?s ?p ?o } }"),
    Case("describe", "DESCRIBE ?s WHERE { SERVICE <{E}> { ?s ?p ?o } }"),
    Case("too-long", "SELECT * { SERVICE <{E}> { ?s ?p ?o } } # " + "x" * 3000),
    Case("many-patterns", "PREFIX : <http://e/> SELECT * { SERVICE <{E}> { ?s ?p ?o } OPTIONAL { " + PAD + " } }"),
]

UPDATES = [
    Case("load", "LOAD <{H}data.ttl>", update=True),
    Case("load-silent-into", "LOAD SILENT <{H}data.ttl> INTO GRAPH <http://e/g>", update=True),
    Case("load-lowercase-after-clear", "CLEAR SILENT GRAPH <http://e/none> ; load <{H}data.ttl>", update=True),
    Case("load-after-escaped-hash",
         r"PREFIX ex: <http://e/> INSERT DATA { ex:a\#b ex:p 1 } ; LOAD <{H}data.ttl>", update=True),
    Case("load-after-cr-comment", "INSERT DATA { <http://e/a> <http://e/p> 1 } # c\r ; LOAD <{H}data.ttl>\n",
         update=True),
    Case("update-service", "INSERT { ?s ?p ?o } WHERE { SERVICE <{E}> { ?s ?p ?o } }", update=True),
    Case("update-service-escaped-hash",
         r"PREFIX ex: <http://e/> INSERT { ?s ex:a\#b ?o } WHERE { SERVICE <{E}> { ?s ?p ?o } }", update=True),
]


def run_on_engine(case: Case, port: int) -> None:
    """The text run directly on the engine, as the service would without its checks."""
    store = sample_store()
    text = fill(case.text, port)
    try:
        if case.update:
            store.update(text)
            return
        result = store.query(text)
        if result.kind == "bindings":
            list(result.rows())
        elif result.kind == "graph":
            list(result.triples())
    except Exception:  # noqa: BLE001 -- only whether it connected matters here
        pass


@pytest.mark.parametrize("case", QUERIES + UPDATES, ids=lambda c: c.name)
def test_each_case_reaches_the_listener_on_the_bare_engine(listener: Listener, case: Case) -> None:
    before = listener.count()
    run_on_engine(case, listener.port)
    assert (listener.count(0.05) > before) is case.engine_calls


def send(live: LiveServer, case: Case, port: int) -> tuple[int, dict]:
    text = fill(case.text, port)
    if case.update:
        req = urllib.request.Request(f"{live.url}/sparql", data=urllib.parse.urlencode({"update": text}).encode(),
                                     headers={"Authorization": f"Bearer {TOKEN}"})
    else:
        req = urllib.request.Request(f"{live.url}/sparql?" + urllib.parse.urlencode({"query": text}),
                                     headers={"Accept": "application/sparql-results+json, text/turtle;q=0.9"})
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            body = r.read()
            return r.status, json.loads(body) if body else {}
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


@pytest.fixture(scope="module", params=["no-host-allowed", "localhost-allowed"])
def server(request: pytest.FixtureRequest) -> Iterator[LiveServer]:
    allow = ("localhost",) if request.param == "localhost-allowed" else ()
    app = create_app(load_config(environ={}), store=sample_store(), workers=2, service_allow=allow,
                     update_token=TOKEN)
    with live_server(app) as live:
        yield live
    close_app(app)


@pytest.mark.parametrize("case", QUERIES + UPDATES, ids=lambda c: c.name)
def test_the_service_refuses_and_connects_nowhere(server: LiveServer, listener: Listener, case: Case) -> None:
    before = listener.count()
    status, body = send(server, case, listener.port)
    assert 400 <= status < 500, (status, body)
    assert body["ok"] is False and body["error"] and "\n" not in body["error"]
    assert listener.count(0.05) == before, listener.hits[before:]


def test_the_update_path_refuses_load_in_any_spelling_with_a_reason(server: LiveServer, listener: Listener) -> None:
    status, body = send(server, UPDATES[0], listener.port)
    assert status == 403 and "LOAD is refused" in body["error"]


def test_allowed_federation_still_works(listener: Listener) -> None:
    """``localhost`` allowed: SERVICE to the server itself answers; the listener is untouched."""
    app = create_app(load_config(environ={}), store=sample_store(), workers=2, service_allow=("localhost",))
    before = listener.count()
    with live_server(app) as live:
        label = "<http://www.w3.org/2000/01/rdf-schema#label>"
        imiquimod = "<https://w3id.org/drugkg/id/drug/imiquimod>"
        for text in (f"SELECT ?l {{ SERVICE <http://localhost:{live.port}/sparql> {{ {imiquimod} {label} ?l }} }}",
                     f"PREFIX me: <http://localhost:{live.port}/> SELECT ?l {{ SERVICE SILENT me:sparql "
                     f"{{ {imiquimod} {label} ?l }} }}",
                     f"select ?l {{ ?d {label} 'Imiquimod' . service <http://localhost:{live.port}/sparql> "
                     f"{{ ?d {label} ?l }} }}"):
            status, body = send(live, Case("allowed", text), listener.port)
            assert status == 200, body
            assert [b["l"]["value"] for b in body["results"]["bindings"]] == ["Imiquimod"]
        status, body = send(live, Case("other-port-same-rule", "SELECT * { SERVICE <{E}> { ?s ?p ?o } }"),
                            listener.port)
        assert status == 403 and "allow-list" in body["error"]
    close_app(app)
    assert listener.count(0.05) == before


def test_json_ld_remote_context_is_not_fetched(server: LiveServer, listener: Listener) -> None:
    before = listener.count()
    doc = json.dumps({"@context": f"http://127.0.0.1:{listener.port}/context.jsonld",
                      "@id": "http://e/a", "http://e/p": "x"}).encode()
    req = urllib.request.Request(f"{server.url}/store?graph=http://e/g", data=doc, method="PUT",
                                 headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/ld+json"})
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(req, timeout=30)
    assert err.value.code == 400
    assert listener.count(0.05) == before


@pytest.mark.skipif(network_filter() is None, reason="no seccomp filter for this machine")
@pytest.mark.parametrize("sandboxed", [False, True])
def test_a_worker_without_network_cannot_call_out_even_unchecked(listener: Listener, sandboxed: bool) -> None:
    """The second line: a job the checks never saw, run by a worker with the sandbox, reaches
    no one (and without it, the same job does reach the listener)."""
    pool = QueryPool(sample_store(), 1, setup=deny_network if sandboxed else None)
    before = listener.count()
    try:
        job = Job(fill("SELECT * { SERVICE <{E}> { ?s ?p ?o } }", listener.port), cap=10)
        if sandboxed:
            with pytest.raises(QueryFailed):
                pool.run(job, 20)
        else:
            pool.run(job, 20)
    finally:
        pool.close()
    assert (listener.count(0.05) > before) is not sandboxed


@pytest.mark.parametrize("text", [
    "SELECT ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(CONTAINS(?l, 'service')) }",
    "SELECT * { ?s ?p ?o } # no SERVICE here\n LIMIT 1",
    "PREFIX service: <http://e/> SELECT * { ?s service:p ?o }",
    "SELECT ?service { ?service ?p ?o } LIMIT 1",
    r"PREFIX ex: <http://e/> SELECT * { OPTIONAL { ?x ex:a\#b ?y } ?s ?p 'Customer Service' }",
])
def test_texts_that_only_mention_service_still_run(server: LiveServer, listener: Listener, text: str) -> None:
    before = listener.count()
    status, body = send(server, Case("plain", text), listener.port)
    assert status == 200, body
    assert listener.count(0.05) == before
