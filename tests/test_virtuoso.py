"""kg against a real Virtuoso Open Source server (Debian ``virtuoso-opensource``), which the tests
start in a temporary directory and stop: build, rebuild, stored queries, export, kg serve."""
from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.config import DEFAULT_BASE
from kg.errors import StoreError
from kg.remote import with_values
from kg.store import OxigraphStore, QueryResult, RemoteStore, Term, open_store
from kg.stored_queries import list_queries
from kg.web import entitydata, source
from kg.web.testing import free_port, served_process

VIRTUOSO = shutil.which("virtuoso-t")

ROOT = Path(__file__).resolve().parent.parent
#: a fresh Virtuoso database's administrator, whose password is the default one
CREDENTIALS = {"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "dba"}

INI = """\
[Database]
DatabaseFile = {dir}/virtuoso.db
ErrorLogFile = {dir}/virtuoso.log
LockFile = {dir}/virtuoso.lck
TransactionFile = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {dir}/virtuoso-temp.db
TransactionFile = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = .
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {dir}
MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = {rows}
MaxQueryExecutionTime = 120
"""
#: rows per answer: the reasoner reads every quad of the monograph graphs in one answer
ROWS = 1000000


@dataclass
class Virtuoso:
    url: str  # its HTTP root
    ini: Path

    @property
    def location(self) -> str:
        return f"virtuoso+{self.url}"

    def store(self, **credentials: str) -> RemoteStore:
        store = open_store(self.location, environ=credentials)
        assert isinstance(store, RemoteStore)
        return store

    @contextlib.contextmanager
    def row_cap(self, rows: int) -> Iterator[None]:
        """Another ResultSetMaxRows, which Virtuoso's /sparql reads from virtuoso.ini at each request."""
        text = self.ini.read_text()
        self.ini.write_text(re.sub(r"ResultSetMaxRows = \d+", f"ResultSetMaxRows = {rows}", text))
        try:
            yield
        finally:
            self.ini.write_text(text)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    if VIRTUOSO is None:
        pytest.skip("virtuoso-t is not installed (Debian: apt-get install virtuoso-opensource)")
    folder = tmp_path_factory.mktemp("virtuoso")
    http = free_port()
    ini = folder / "virtuoso.ini"
    ini.write_text(INI.format(dir=folder, sql=free_port(), http=http, rows=ROWS))
    log = (folder / "console.log").open("wb")
    proc = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(ini)], cwd=folder,
                            stdout=log, stderr=subprocess.STDOUT)
    server = Virtuoso(f"http://127.0.0.1:{http}", ini)
    try:
        started = time.monotonic()
        while True:
            if proc.poll() is not None:
                pytest.fail(f"virtuoso-t exited with {proc.returncode}: "
                            f"{(folder / 'console.log').read_text(errors='replace')[-2000:]}")
            try:
                with urllib.request.urlopen(f"{server.url}/sparql?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if time.monotonic() - started > 120:
                    pytest.fail("virtuoso-t did not answer within 120 s")
                time.sleep(0.25)
        yield server
    finally:
        proc.send_signal(signal.SIGTERM)  # Virtuoso checkpoints and leaves
        try:
            proc.wait(60)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
        log.close()


def kg(*args: str, env: dict[str, str] | None = None, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    """The real command line, as a user runs it."""
    environ = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    done = subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, env={**environ, **(env or {})},
                          capture_output=True, timeout=600)
    if check:
        assert done.returncode == 0, done.stderr.decode("utf-8", "replace")[-3000:]
    return done


@dataclass
class Both:
    corpus: Path
    embedded: Path


@pytest.fixture(scope="module")
def both(virtuoso: Virtuoso, tmp_path_factory: pytest.TempPathFactory) -> Both:
    """The bundled monographs, copied, built by ``kg build`` into Virtuoso and into an embedded store."""
    folder = tmp_path_factory.mktemp("corpus")
    corpus = folder / "monographs"
    shutil.copytree(ROOT / "data" / "monographs", corpus)
    embedded = folder / "store"
    kg("build", "--store", virtuoso.location, "--quiet", str(corpus), env=CREDENTIALS)
    kg("build", "--store", str(embedded), "--quiet", str(corpus))
    return Both(corpus, embedded)


@pytest.mark.parametrize(("location", "query", "update", "graph_store"), [
    ("virtuoso+http://h:8890", "http://h:8890/sparql", "http://h:8890/sparql-auth",
     "http://h:8890/sparql-graph-crud-auth"),
    ("virtuoso+http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql-auth",
     "http://h:8890/sparql-graph-crud-auth"),
    ("fuseki+http://h:3030/ds", "http://h:3030/ds/query", "http://h:3030/ds/update", "http://h:3030/ds/data"),
    ("graphdb+http://h:7200/repositories/kg", "http://h:7200/repositories/kg",
     "http://h:7200/repositories/kg/statements", "http://h:7200/repositories/kg/rdf-graphs/service"),
    ("qlever+https://h/api", "https://h/api", "https://h/api", ""),
    ("http://h:7878", "http://h:7878/query", "http://h:7878/update", "http://h:7878/store"),
    ("http://h:5000/sparql", "http://h:5000/sparql", "http://h:5000/sparql", "http://h:5000/store"),
])
def test_each_kind_of_server_has_its_endpoints(location: str, query: str, update: str, graph_store: str) -> None:
    store = open_store(location, environ=CREDENTIALS)
    assert isinstance(store, RemoteStore)
    assert (store.query_url, store.update_url, store.store_url) == (query, update, graph_store)


@pytest.mark.parametrize(("location", "environ", "said"), [
    ("oracle+http://h:1", {}, "unknown kind of SPARQL server 'oracle'"),
    ("virtuoso+http://h:1", {"KG_STORE_PASSWORD": "x"}, "$KG_STORE_USER is not set"),
])
def test_a_location_kg_cannot_use_is_refused(location: str, environ: dict[str, str], said: str) -> None:
    with pytest.raises(StoreError, match=re.escape(said)):
        open_store(location, environ=environ)


def bound_queries(store: OxigraphStore) -> list[tuple[str, dict[str, Term]]]:
    """The queries kg runs with bound parameters (the stored queries' IRI parameters, entity and
    monograph pages), each with values taken from the store."""
    first = {kind: next(store.query(f"SELECT ?x WHERE {{ ?x a <https://w3id.org/drugkg/vocab/{kind}> }} "
                                    "ORDER BY ?x LIMIT 1").rows())[0] for kind in ("Drug", "Monograph")}
    out: list[tuple[str, dict[str, Term]]] = []
    for stored in list_queries(ROOT / "queries"):
        result = store.query(stored.text)
        row = next(result.rows(), None)
        values = {p.name: row[result.variables.index(p.name)] for p in stored.parameters
                  if p.kind == "iri" and row is not None and p.name in result.variables}
        out += [(stored.text, {name: value}) for name, value in values.items() if value is not None]
    drug, monograph = first["Drug"], first["Monograph"]
    assert drug is not None and monograph is not None
    out.append((entitydata.DOCUMENT, {"e": drug}))
    out += [(q, {"m": monograph}) for q in (source.MONOGRAPH, source.CLAIMS, source.UNEXPLAINED)]
    return out


def test_a_values_clause_binds_as_a_substitution_does(built) -> None:  # noqa: ANN001 (conftest's)
    store = built[0]
    cases = bound_queries(store)
    assert len(cases) >= 6
    for query, bindings in cases:
        names = sorted(bindings)
        rewritten = with_values(query, names, [f"<{bindings[n].value}>" for n in names])
        assert_same_answer(store, rewritten, store.query(query, bindings=bindings))


TRICKY = """@prefix ex: <http://example.org/> .
ex:a ex:says "}" ; ex:name "a {" ; ex:knows ex:b . ex:b ex:says "{" ; ex:name "b" ; ex:knows ex:a ."""


@pytest.mark.parametrize("query", [
    "SELECT ?x ?o WHERE { ?x <http://example.org/says> ?o }",
    "# a comment with { and }\nSELECT ?x ?n { ?x <http://example.org/name> ?n FILTER(?n != \"}{\") }",
    "PREFIX ex: <http://example.org/#>\nSELECT * WHERE { ?x <http://example.org/knows> ?y }",
    "SELECT ?x (COUNT(*) AS ?n) WHERE { ?x ?p ?y } GROUP BY ?x",
    "SELECT ?x (IF(?o < \"z\", '{', \"\"\"}\"\"\") AS ?b) WHERE { ?x <http://example.org/says> ?o }",
    "ASK { ?x <http://example.org/knows> <http://example.org/b> }",
    "CONSTRUCT { ?x <http://example.org/said> \"{\" } WHERE { ?x ?p ?o }",
    "CONSTRUCT WHERE { ?x <http://example.org/knows> ?y }",
    "SELECT ?x ?y WHERE { { ?x <http://example.org/knows> ?y } UNION { ?y <http://example.org/knows> ?x } }",
])
def test_a_values_clause_binds_tricky_queries_as_a_substitution_does(query: str) -> None:
    store = OxigraphStore(None)
    store.load(TRICKY, "turtle")
    bindings = {"x": Term("uri", "http://example.org/a")}
    rewritten = with_values(query, ["x"], ["<http://example.org/a>"])
    assert_same_answer(store, rewritten, store.query(query, bindings=bindings))


def assert_same_answer(store: OxigraphStore, rewritten: str, substituted: QueryResult) -> None:
    if substituted.kind == "graph":
        assert sorted(map(str, store.query(rewritten).triples())) == sorted(map(str, substituted.triples()))
    elif substituted.kind == "boolean":
        assert store.query(rewritten).boolean == substituted.boolean
    else:
        assert rows(store, rewritten) == plain(substituted), rewritten


def test_open_store_names_virtuoso_with_a_scheme(virtuoso: Virtuoso) -> None:
    store = virtuoso.store(**CREDENTIALS)
    assert store.kind == "virtuoso" and store.graph_prefix == f"{DEFAULT_BASE}graph/"
    assert store.update_url.endswith("/sparql-auth") and store.store_url.endswith("/sparql-graph-crud-auth")
    assert store.row_cap() == ROWS  # asked of the server, from its virtuoso.ini


def test_the_export_from_virtuoso_is_the_embedded_stores(virtuoso: Virtuoso, both: Both) -> None:
    ours = kg("export", "--store", virtuoso.location, "--format", "nquads").stdout
    theirs = kg("export", "--store", str(both.embedded), "--format", "nquads").stdout
    assert len(theirs.splitlines()) > 25000  # 29,856 since no trace record is stored per inferred triple
    assert ours == theirs
    assert b"openlinksw" not in ours  # Virtuoso's own graphs stay out
    assert len(virtuoso.store()) == len(OxigraphStore(both.embedded, read_only=True))


def rows(store: OxigraphStore | RemoteStore, query: str) -> list[tuple[object, ...]]:
    """Rows as plain values; a blank node's label is the server's own, so it shows as ``_``."""
    return plain(store.query(query))


def plain(result: QueryResult) -> list[tuple[object, ...]]:
    return [tuple(None if t is None else (t.kind, "_" if t.kind == "bnode" else t.value, t.datatype, t.language)
                  for t in row) for row in result.rows()]


def first_page(both: Both) -> Path:
    """The first monograph file (by name) the build read."""
    query = "SELECT ?name WHERE { ?m <https://w3id.org/drugkg/vocab/fileName> ?name } ORDER BY ?name LIMIT 1"
    name = next(OxigraphStore(both.embedded, read_only=True).query(query).rows())[0]
    assert name is not None
    return both.corpus / name.value


def test_stored_queries_return_the_embedded_stores_rows(virtuoso: Virtuoso, both: Both) -> None:
    remote, embedded = virtuoso.store(), OxigraphStore(both.embedded, read_only=True)
    seen = 0
    for path in sorted((ROOT / "queries").glob("*.rq")):
        query = path.read_text(encoding="utf-8")
        ours, theirs = rows(remote, query), rows(embedded, query)
        # the same rows; Virtuoso 7.2 orders rows that tie on an aggregate's first sort key its own way
        assert sorted(map(repr, ours)) == sorted(map(repr, theirs)), path.name
        seen += len(ours)
    assert seen > 1000


def test_booleans_blank_nodes_and_strings_come_back_as_written(virtuoso: Virtuoso) -> None:
    graph = f"{DEFAULT_BASE}graph/test-literals"
    data = """@prefix ex: <http://example.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
ex:s ex:yes true ; ex:no false ; ex:n 42 ; ex:typed "typed"^^xsd:string ; ex:plain "plain" ;
  ex:lang "colour"@en-GB ; ex:emoji "pill 💊 and ∑" ; ex:long "line one\\nline \\"two\\"\\t\\\\ end" ;
  ex:restriction [ ex:onProperty ex:p ; ex:value [ ex:deeper "x" ] ] .
"""
    remote, embedded = virtuoso.store(**CREDENTIALS), OxigraphStore(None)
    try:
        remote.load(data, "turtle", graph)
        embedded.load(data, "turtle", graph)
        assert remote.export("nquads", [graph]) == embedded.export("nquads", [graph])
        query = f"SELECT ?p ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
        assert sorted(map(repr, rows(remote, query))) == sorted(map(repr, rows(embedded, query)))
        ask = f'ASK {{ GRAPH <{graph}> {{ ?s <http://example.org/yes> true }} }}'
        assert remote.query(ask).boolean
    finally:
        remote.drop_graphs([graph])
    assert graph not in remote.named_graphs()


def test_answers_over_the_servers_row_cap_are_read_in_pages_or_refused(virtuoso: Virtuoso, both: Both) -> None:
    expected = OxigraphStore(both.embedded, read_only=True).export("nquads")
    with virtuoso.row_cap(1000):
        store = virtuoso.store()
        assert store.row_cap() == 1000
        assert store.export("nquads") == expected  # graphs over 1,000 quads read in pages
        with pytest.raises(StoreError, match="cut the answer at 1000 rows"):
            store.query("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } }")
        with pytest.raises(StoreError, match="may have been cut"):
            store.query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")


def test_kg_serve_in_front_of_virtuoso_answers_sparql(virtuoso: Virtuoso, both: Both) -> None:
    query = ("SELECT ?drug ?label WHERE { ?drug a <https://w3id.org/drugkg/vocab/Drug> ; "
             "<http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?drug")
    embedded = OxigraphStore(both.embedded, read_only=True)
    expected = [[t.value for t in row if t] for row in embedded.query(query).rows()]
    with served_process(virtuoso.location) as served:
        body = urllib.parse.urlencode({"query": query}).encode()
        request = urllib.request.Request(f"{served.url}/sparql", data=body, headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = json.load(response)
    got = [[b["drug"]["value"], b["label"]["value"]] for b in answer["results"]["bindings"]]
    assert got == expected and len(got) == 15


def test_bound_queries_on_virtuoso_answer_as_on_the_embedded_store(virtuoso: Virtuoso, both: Both) -> None:
    embedded, remote = OxigraphStore(both.embedded, read_only=True), virtuoso.store()
    for query, bindings in bound_queries(embedded):
        ours, theirs = remote.query(query, bindings=bindings), embedded.query(query, bindings=bindings)
        if theirs.kind == "graph":  # blank nodes aside, the same triples
            assert sorted(map(str, ours.triples())) == sorted(map(str, theirs.triples())), query
        else:  # as many rows about the same things (a SAMPLE may pick another of two labels)
            ours_rows, theirs_rows = plain(ours), plain(theirs)
            assert len(ours_rows) == len(theirs_rows) > 0, query
            assert sorted(map(repr, (r[0] for r in ours_rows))) == sorted(map(repr, (r[0] for r in theirs_rows)))
    drug = next(embedded.query("SELECT ?x WHERE { ?x a <https://w3id.org/drugkg/vocab/Drug> } ORDER BY ?x LIMIT 1")
                .rows())[0].value  # type: ignore[union-attr]
    with served_process(virtuoso.location) as served:
        request = urllib.request.Request(f"{served.url}/id/{drug.removeprefix(DEFAULT_BASE)}",
                                         headers={"Accept": "text/html"})
        with urllib.request.urlopen(request, timeout=60) as page:  # the drug's page, from Virtuoso
            assert page.status == 200 and b"<h1" in page.read()
        for path in ("/", "/browse/Drug"):  # the overview's queries, which sort by aggregates
            body = b'id="counting"'
            for _ in range(120):  # counted in the background from the start: the page says so meanwhile
                with urllib.request.urlopen(urllib.request.Request(served.url + path, headers={"Accept": "text/html"}),
                                            timeout=60) as page:
                    assert page.status == 200
                    body = page.read()
                if b'id="counting"' not in body:
                    break
                time.sleep(0.5)
            assert drug.removeprefix(DEFAULT_BASE).encode() in body


def test_wrong_credentials_and_a_server_down_are_one_line_errors(virtuoso: Virtuoso, both: Both) -> None:
    done = kg("build", "--store", virtuoso.location, "--quiet", "--force", str(first_page(both)),
              env={"KG_STORE_USER": "dba", "KG_STORE_PASSWORD": "wrong"}, check=False)
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 1 and err.startswith("kg: ") and len(err.strip().splitlines()) == 1, err
    assert "answered 401" in err and "$KG_STORE_PASSWORD" in err and "Traceback" not in err, err

    update = "INSERT DATA { GRAPH <https://w3id.org/drugkg/id/graph/x> { <urn:a> <urn:b> <urn:c> } }"
    with pytest.raises(StoreError, match=r"set \$KG_STORE_USER and \$KG_STORE_PASSWORD"):
        virtuoso.store().update(update)  # no credentials: Virtuoso's SPARQL user may not write
    with pytest.raises(StoreError, match="cannot reach the SPARQL server"):
        open_store(f"virtuoso+http://127.0.0.1:{free_port()}").query("ASK {}")
    assert "x" not in {g.rsplit("/", 1)[-1] for g in virtuoso.store().named_graphs()}


def test_a_changed_monograph_replaces_its_graph(virtuoso: Virtuoso, both: Both) -> None:
    """One page loses its last list item; a rebuild of the folder replaces that page's graphs in
    Virtuoso, and the store again exports what an embedded store built from the same files does."""
    store = virtuoso.store()
    before = by_graph(store.export("nquads"))
    page = first_page(both)
    lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
    last_item = max(i for i, line in enumerate(lines) if line.lstrip().startswith(("- ", "* ")))
    page.write_text("".join(lines[:last_item] + lines[last_item + 1:]), encoding="utf-8")
    kg("build", "--store", virtuoso.location, "--quiet", str(both.corpus), env=CREDENTIALS)
    kg("build", "--store", str(both.embedded), "--quiet", str(both.corpus))

    after = by_graph(store.export("nquads"))
    changed = {g for g in before.keys() | after.keys() if before.get(g) != after.get(g)}
    row = next(store.query(f'SELECT ?g WHERE {{ GRAPH ?g {{ ?m <https://w3id.org/drugkg/vocab/fileName> '
                           f'"{page.name}" }} }}').rows())
    assert row[0] is not None and row[0].value in changed
    assert len(changed) < len(after) // 2  # the other monographs' graphs are as they were
    ours = kg("export", "--store", virtuoso.location, "--format", "nquads").stdout
    assert ours == kg("export", "--store", str(both.embedded), "--format", "nquads").stdout


def by_graph(nquads: bytes) -> dict[str, set[bytes]]:
    """The lines of an N-Quads export, by graph (the term before the final dot)."""
    graphs: dict[str, set[bytes]] = {}
    for line in nquads.splitlines():
        graphs.setdefault(line.rsplit(b" ", 2)[-2].decode().strip("<>"), set()).add(line)
    return graphs
