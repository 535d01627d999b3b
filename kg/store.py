"""The graph store (layer 3): the only module that imports pyoxigraph.

One small interface, :class:`GraphStore`, with the embedded Oxigraph store behind it (on disk
or in memory). Graphs travel in and out as N-Triples / N-Quads text or as serialised bytes, so
callers never see engine objects and a remote SPARQL server can be added beside it.
"""
from __future__ import annotations

import contextlib
import os
import re
import urllib.parse
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox

from kg import remote
from kg.config import DEFAULT_BASE, ENV_BASE
from kg.errors import QueryError, StoreError
from kg.namespaces import PREFIXES

#: short name -> (pyoxigraph format, media type, file suffix)
RDF_FORMATS: dict[str, tuple[ox.RdfFormat, str, str]] = {
    "turtle": (ox.RdfFormat.TURTLE, "text/turtle", "ttl"),
    "ntriples": (ox.RdfFormat.N_TRIPLES, "application/n-triples", "nt"),
    "nquads": (ox.RdfFormat.N_QUADS, "application/n-quads", "nq"),
    "trig": (ox.RdfFormat.TRIG, "application/trig", "trig"),
    "jsonld": (ox.RdfFormat.JSON_LD, "application/ld+json", "jsonld"),
    "rdfxml": (ox.RdfFormat.RDF_XML, "application/rdf+xml", "rdf"),
}
RESULT_FORMATS: dict[str, tuple[ox.QueryResultsFormat, str, str]] = {
    "json": (ox.QueryResultsFormat.JSON, "application/sparql-results+json", "json"),
    "xml": (ox.QueryResultsFormat.XML, "application/sparql-results+xml", "srx"),
    "csv": (ox.QueryResultsFormat.CSV, "text/csv", "csv"),
    "tsv": (ox.QueryResultsFormat.TSV, "text/tab-separated-values", "tsv"),
}
QUAD_FORMATS = frozenset({"nquads", "trig"})


@dataclass(frozen=True)
class Term:
    """An RDF term as plain values: ``kind`` is ``uri``, ``literal``, ``bnode`` or ``triple``."""

    kind: str
    value: str
    datatype: str | None = None
    language: str | None = None

    def __str__(self) -> str:
        return self.value


class QueryResult:
    """The answer of a query: bindings (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE)."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw
        if isinstance(raw, ox.QuerySolutions):
            self.kind = "bindings"
            self.variables: list[str] = [v.value for v in raw.variables]
        elif isinstance(raw, ox.QueryBoolean):
            self.kind = "boolean"
            self.variables = []
        else:
            self.kind = "graph"
            self.variables = []

    @property
    def boolean(self) -> bool:
        return bool(self._raw)

    def read_out(self) -> QueryResult:
        """This answer with every row or triple taken from the engine now (a result is read lazily,
        and the engine holds locks of the store while it is): what a caller that must be done with
        the store before it returns keeps. Its rows, triples and boolean are as before; a SELECT's
        can no longer be serialized (no caller that reads out needs it)."""
        out = QueryResult.__new__(QueryResult)
        out.kind, out.variables = self.kind, self.variables
        out._raw = bool(self._raw) if self.kind == "boolean" else list(self._raw)
        return out

    def rows(self) -> Iterator[list[Term | None]]:
        """Rows of a SELECT as plain :class:`Term` values (``None`` for unbound)."""
        if self.kind != "bindings":
            raise QueryError("only SELECT queries have rows")
        names = self.variables
        for solution in self._raw:
            yield [_term(solution[name]) for name in names]

    def triples(self) -> Iterator[tuple[Term, Term, Term]]:
        if self.kind != "graph":
            raise QueryError("only CONSTRUCT and DESCRIBE queries return triples")
        for t in self._raw:
            yield _term(t.subject), _term(t.predicate), _term(t.object)  # type: ignore[misc]

    def serialize(self, fmt: str) -> bytes:
        """The whole answer in a result format (json, xml, csv, tsv) or an RDF format."""
        try:
            if self.kind == "graph":
                rdf_format = RDF_FORMATS[fmt][0]
                return ox.serialize(self._raw, format=rdf_format, prefixes=PREFIXES) or b""
            if isinstance(self._raw, list):
                raise QueryError("a SELECT's answer read out of the engine cannot be serialized; serialize it "
                                 "before read_out()")
            return self._raw.serialize(format=RESULT_FORMATS[fmt][0]) or b""
        except KeyError as e:
            raise QueryError(f"cannot write a {self.kind} result as {fmt!r}") from e
        except (OSError, RuntimeError) as e:
            raise QueryError(f"query failed while evaluating: {e}") from e


def _term(t: Any) -> Term | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return Term("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return Term("bnode", t.value)
    if isinstance(t, ox.Literal):
        return Term("literal", t.value, t.datatype.value, t.language)
    return Term("triple", str(t))


class GraphStore(Protocol):
    """What the pipeline, the CLI and the web app need from a store."""

    path: Path | None

    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None: ...
    def load(self, data: bytes | str, fmt: str, graph: str | None = None) -> None: ...
    def drop_graphs(self, graphs: Iterable[str]) -> None: ...
    def named_graphs(self) -> list[str]: ...
    def query(self, sparql: str, *, union: bool = True, default_graph: Iterable[str] | None = None,
              named_graphs: Iterable[str] | None = None,
              bindings: Mapping[str, Term] | None = None) -> QueryResult: ...
    def update(self, sparql: str) -> None: ...
    def export(self, fmt: str = "turtle", graphs: Iterable[str] | None = None) -> bytes: ...
    def flush(self) -> None: ...
    def __len__(self) -> int: ...


class OxigraphStore:
    """The embedded default: a persistent Oxigraph store in a directory, or in memory."""

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> None:
        """Open (or create) the store. ``read_only`` opens it beside a process that writes it
        (``kg serve``): a snapshot as of opening, writes by the other process included; writing
        needs the store's lock, which one process holds at a time (:func:`locked_error`)."""
        self.path: Path | None = None if path is None or str(path) == ":memory:" else Path(path)
        if read_only and self.path is not None and not (self.path / "CURRENT").exists():
            raise StoreError(f"no store at {self.path}",
                             hint="build one with kg build, or pass --store PATH (or set $KG_STORE)")
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as e:
            if self.path is not None and "lock" in str(e).lower():
                raise locked_error(self.path) from e
            raise StoreError(f"cannot open the store at {self.path}: {e}",
                             hint="check the path and its permissions, or pass --store PATH") from e

    # -- writing ---------------------------------------------------------------------------------
    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None:
        """Replace each named graph by the given N-Triples text; all or nothing. ``additions``
        are N-Triples added to (not replacing) other named graphs in the same write.

        New graphs go in by Oxigraph's bulk loader, 2-3x faster than a transactional load on
        disk; should it fail half-way, they are dropped again. Graphs the store already has
        are then replaced by one SPARQL update (one transaction); should that fail, the new
        graphs are dropped too. Either way the store is left as it was."""
        if not graphs and not additions:
            return
        fresh = [g for g in graphs if not self._store.contains_named_graph(ox.NamedNode(g))]
        old = [g for g in graphs if g not in frozenset(fresh)] if len(fresh) < len(graphs) else []
        # additions ride along with the first write: the bulk load if any, else the update
        additions_in_bulk = bool(fresh) or not old
        if additions_in_bulk:
            data = "".join(_as_nquads(graphs[g], g) for g in fresh)
            data += "".join(_as_nquads(text, g) for g, text in (additions or {}).items())
            try:
                self._store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            except (OSError, SyntaxError, ValueError) as e:
                self.drop_graphs(fresh)
                raise StoreError(f"the store refused the data: {e}") from e
        if old:
            inserts = {g: graphs[g] for g in old}
            if not additions_in_bulk:
                inserts.update(additions or {})
            drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in old)
            body = "".join(f"GRAPH <{g}> {{\n{text}}}\n" for g, text in inserts.items())
            try:
                self.update(f"{drops}INSERT DATA {{\n{body}}}")
            except (QueryError, StoreError):
                self.drop_graphs(fresh)
                raise

    def load(self, data: bytes | str, fmt: str, graph: str | None = None) -> None:
        """Load a serialisation (e.g. the ontology) into ``graph`` in one transaction."""
        target = ox.NamedNode(graph) if graph else None
        self._write(lambda: self._store.load(data, format=RDF_FORMATS[fmt][0], to_graph=target))

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        names = list(graphs)
        if names:
            self.update(";\n".join(f"DROP SILENT GRAPH <{g}>" for g in names))

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as e:
            raise QueryError(f"malformed SPARQL update: {e}") from e
        except OSError as e:
            raise StoreError(f"the store refused the update: {e}") from e

    def _write(self, action: Any) -> None:
        try:
            action()
        except (OSError, SyntaxError, ValueError) as e:
            raise StoreError(f"the store refused the data: {e}") from e

    def flush(self) -> None:
        if self.path is not None:
            with contextlib.suppress(OSError):
                self._store.flush()

    def close(self) -> bool:
        """Close an on-disk store, so that its files are final (RocksDB compacts in the
        background while it is open); the object is unusable after. True when the store is
        closed: no file of this process is open on its lock any more (a query result still
        alive keeps the store open)."""
        import gc

        self._store = None
        if self.path is None:
            return True
        if not self._holds_lock():
            return True
        gc.collect()  # a cycle may hold the last reference (a full collection costs 0.07 s)
        return not self._holds_lock()

    def _holds_lock(self) -> bool:
        """Whether a file of this process is open on the store's lock (or it cannot be told)."""
        assert self.path is not None
        lock = os.path.realpath(self.path / "LOCK")
        try:
            fds = os.listdir("/proc/self/fd")
        except OSError:
            return True  # cannot tell (not Linux)
        for fd in fds:
            try:
                if os.readlink(f"/proc/self/fd/{fd}") == lock:
                    return True
            except OSError:
                continue
        return False

    def backup(self, target: str | os.PathLike[str]) -> None:
        """A consistent copy of an on-disk store in the new directory ``target``, made of hard
        links where it is on the same file system (milliseconds, whatever the size)."""
        try:
            self._store.backup(str(target))
        except (OSError, RuntimeError) as e:
            raise StoreError(f"cannot copy the store to {target}: {e}") from e

    # -- reading ---------------------------------------------------------------------------------
    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs() if isinstance(g, ox.NamedNode))

    def query(self, sparql: str, *, union: bool = True, default_graph: Iterable[str] | None = None,
              named_graphs: Iterable[str] | None = None,
              bindings: Mapping[str, Term] | None = None) -> QueryResult:
        """Run a SPARQL query. By default the default graph is the union of all named graphs;
        ``default_graph``/``named_graphs`` restrict the dataset as in the SPARQL Protocol.
        ``bindings`` binds variables to RDF terms (never pasted into the query text)."""
        options: dict[str, Any] = {"prefixes": PREFIXES}
        if default_graph is not None:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graph]
        elif union:
            options["use_default_graph_as_union"] = True
        if named_graphs is not None:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        if bindings:
            options["substitutions"] = {ox.Variable(k): _ox_term(v) for k, v in bindings.items()}
            sparql = _hinted(sparql, bindings)
        try:
            return QueryResult(self._store.query(sparql, **options))
        except SyntaxError as e:
            raise QueryError(f"malformed SPARQL query: {e}") from e
        except (OSError, ValueError, RuntimeError) as e:
            raise QueryError(f"query failed: {e}") from e

    def holds(self, quads: Iterable[tuple[str, str, str, str]]) -> list[bool]:
        """Whether the store has each quad ``(subject IRI, predicate IRI, string literal, graph
        IRI)``: one index look-up each, nothing read back (no term is decoded)."""
        out = []
        predicates: dict[str, Any] = {}
        for s, p, o, g in quads:
            predicate = predicates.get(p) or predicates.setdefault(p, ox.NamedNode(p))
            out.append(ox.Quad(ox.NamedNode(s), predicate, ox.Literal(o), ox.NamedNode(g)) in self._store)
        return out

    def quads(self, graphs: Iterable[str] | None = None) -> list[tuple[str, str, str, str]]:
        """Every quad as N-Triples term text, for callers that compare or sort graphs."""
        wanted = None if graphs is None else set(graphs)
        out = []
        for q in self._store.quads_for_pattern(None, None, None, None):
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
            if wanted is None or g in wanted:
                out.append((str(q.subject), str(q.predicate), str(q.object), g))
        return out

    def export(self, fmt: str = "turtle", graphs: Iterable[str] | None = None) -> bytes:
        """The graph as bytes, identical for identical content (see :func:`serialize_quads`)."""
        wanted = None if graphs is None else set(graphs)
        return serialize_quads([q for q in self._store.quads_for_pattern(None, None, None, None)
                                if wanted is None or _graph_value(q) in wanted], fmt)

    def __len__(self) -> int:
        return len(self._store)


def lock_holder(path: Path) -> tuple[int, str] | None:
    """(pid, command line) of the process that holds the store's write lock (Linux, POSIX record
    locks as RocksDB takes them), or None when it cannot be told."""
    import fcntl
    import struct

    try:
        fd = os.open(path / "LOCK", os.O_RDONLY)
    except OSError:
        return None
    try:
        fmt = "hhqqi"  # struct flock: l_type, l_whence, l_start, l_len, l_pid
        answer = fcntl.fcntl(fd, fcntl.F_GETLK, struct.pack(fmt, fcntl.F_WRLCK, 0, 0, 0, 0))
        kind, _, _, _, pid = struct.unpack(fmt, answer)
    except (OSError, ValueError, struct.error):
        return None
    finally:
        os.close(fd)
    if kind == fcntl.F_UNLCK or pid <= 0:
        return None
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        command = " ".join(a.decode("utf-8", "replace") for a in argv if a)
    except OSError:
        command = ""
    return pid, command


def locked_error(path: Path) -> StoreError:
    """The error for a store another process writes: who holds it, and the two ways on."""
    holder = lock_holder(path)
    who, url = "another process", "http://127.0.0.1:5000/sparql"
    if holder is not None:
        pid, command = holder
        argv = command.split()
        if "kg" in argv:  # python -m kg serve ... / .../bin/kg serve ...
            argv = argv[argv.index("kg"):]
        elif argv and argv[0].endswith("/kg"):
            argv = ["kg", *argv[1:]]
        shown = " ".join(argv)
        who = f"process {pid}" + (f" ({shown[:100]}{'…' if len(shown) > 100 else ''})" if shown else "")
        if "serve" in argv:
            url = _served_at(argv)
    return StoreError(
        f"the store {path} is in use by {who}, which holds its write lock",
        hint=f"kg query, kg export, kg validate and kg link read it all the same; to write, stop that process, "
             f"or build through the server: start it with an update token (KG_UPDATE_TOKEN=SECRET kg serve) "
             f"and run KG_UPDATE_TOKEN=SECRET kg build --store {url}")


def _served_at(argv: list[str]) -> str:
    """The SPARQL endpoint of ``kg serve`` from its arguments."""
    def option(name: str, default: str) -> str:
        for i, a in enumerate(argv):
            if a == name and i + 1 < len(argv):
                return argv[i + 1]
            if a.startswith(name + "="):
                return a.split("=", 1)[1]
        return default

    host = option("--host", "127.0.0.1")
    host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
    return f"http://{host}:{option('--port', '5000')}/sparql"


class RemoteStore:
    """Any SPARQL 1.1 server, through the Protocol (query, update) and the Graph Store Protocol
    — for builds at scale.

    ``url`` is the server's base: ``oxigraph serve``'s layout (``/query``, ``/update``), or a
    URL ending in ``/sparql`` (kg serve) used for both; ``kind="virtuoso"`` is Virtuoso's layout
    and quirks (see :mod:`kg.remote`). The union default graph is asked for with Oxigraph's
    ``union-default-graph`` parameter; Virtuoso's default graph is a union already. ``user`` and
    ``password`` are HTTP credentials (digest or basic), ``token`` kg serve's bearer token.

    ``graph_prefix`` scopes the store to the graphs under it (``{base}graph/``):
    :meth:`named_graphs`, :meth:`export` and ``len`` see only those, and a write outside them is
    refused; a server that keeps graphs of its own (Virtuoso) gets it by default."""

    def __init__(self, url: str, *, token: str | None = None, timeout: float = 60.0,
                 max_request_bytes: int = 8 * 1024 * 1024, kind: str = "sparql", user: str | None = None,
                 password: str | None = None, graph_prefix: str | None = None) -> None:
        self.kind = kind
        self.endpoints = remote.endpoints(kind, url, authenticated=user is not None)
        self.query_url, self.update_url = self.endpoints.query, self.endpoints.update
        self.store_url = self.endpoints.graph_store
        self.http = remote.HttpClient(timeout, token, user, password, realm_url=url)
        self.token, self.timeout = token, timeout
        self.path: Path | None = None
        self.graph_prefix = graph_prefix
        #: the largest update body sent at once (kg serve refuses bodies over --max-request,
        #: 10 MiB by default); kg.pipeline sizes its batches by it, :meth:`load` splits by it
        self.max_request_bytes = max_request_bytes
        # does the server speak the Graph Store Protocol? (None: not known until tried)
        self._graph_store: bool | None = None if self.store_url else False
        self._row_cap: int | None = None  # rows per answer, once asked (None: no cap known)
        self._row_cap_asked = False

    def _post(self, url: str, body: str, content_type: str, accept: str = "*/*",
              params: Mapping[str, str] | list[tuple[str, str]] | None = None,
              method: str = "POST") -> remote.Answer:
        return self.http.request(url, body.encode("utf-8"), content_type, accept, params, method)

    def query(self, sparql: str, *, union: bool = True, default_graph: Iterable[str] | None = None,
              named_graphs: Iterable[str] | None = None,
              bindings: Mapping[str, Term] | None = None) -> QueryResult:
        if bindings:
            sparql = _bound(sparql, bindings)
        params: list[tuple[str, str]] = []
        if default_graph is not None:
            params += [("default-graph-uri", g) for g in default_graph]
        elif union and self.endpoints.union_parameter:
            params.append(("union-default-graph", ""))
        params += [("named-graph-uri", g) for g in named_graphs or ()]
        return self._query(sparql, params)

    def _query(self, sparql: str, params: list[tuple[str, str]] | None = None, page: int | None = None) -> QueryResult:
        """Run a query; ``page`` is the LIMIT of a caller that reads in pages and checks what it
        got (a full page is not a cut answer; a graph answer is not checked against the cap)."""
        prologue = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
        graph_form = remote.query_form(sparql) in ("CONSTRUCT", "DESCRIBE")
        # Virtuoso answers a CONSTRUCT asked for JSON with JSON rows. (Its XML results are 3x
        # faster than its JSON, but pyoxigraph's XML reader trims the spaces that end a literal.)
        accept = ("application/n-triples" if graph_form and self.kind == "virtuoso" else
                  "application/sparql-results+json, application/n-triples;q=0.9")
        # a form, which every server reads (Virtuoso 7 waits forever on a direct POST)
        form = urllib.parse.urlencode([("query", prologue + sparql), *(params or ())])
        answer = self._post(self.query_url, form, "application/x-www-form-urlencoded", accept)
        ctype = answer.content_type
        cut = remote.cut_at(answer)
        if cut is not None and (page is None or cut < page):
            raise self._cut_error(cut)
        if partial := remote.incomplete(answer):
            raise StoreError(f"{self.query_url} sent a part of the answer ({partial})",
                             hint="give the query more time on the server (Virtuoso: MaxQueryExecutionTime), "
                                  "or ask for less")
        try:
            if ctype.startswith("application/n-triples"):
                triples = [ox.Triple(t.subject, t.predicate, _canonical_boolean(t.object))
                           for t in ox.parse(answer.body, format=ox.RdfFormat.N_TRIPLES)]
                if page is None and self.kind == "virtuoso" and (cap := self.row_cap()) and len(triples) >= cap:
                    raise self._cut_error(cap, construct=True)
                return QueryResult(triples)
            body = remote.canonical_results(answer.body)
            return QueryResult(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON))
        except (SyntaxError, ValueError) as e:
            raise QueryError(f"the server's answer ({ctype}) cannot be read: {e}") from e

    def row_cap(self) -> int | None:
        """The most rows the server gives in one answer (Virtuoso's ResultSetMaxRows, asked of
        the server once), or None when it has none we know of."""
        if not self._row_cap_asked:
            self._row_cap_asked = True
            if self.kind == "virtuoso":
                self._row_cap = 10000  # Debian's virtuoso.ini, should the server not say
                q = ('SELECT (bif:cfg_item_value(bif:virtuoso_ini_path(), "SPARQL", "ResultSetMaxRows") AS ?n) '
                     'WHERE {}')
                with contextlib.suppress(QueryError, StoreError, ValueError, TypeError, StopIteration):
                    value = next(self.query(q).rows())[0]
                    self._row_cap = int(value.value) if value is not None and int(value.value) > 0 else None
        return self._row_cap

    def _cut_error(self, rows: int, construct: bool = False) -> StoreError:
        what = f"a graph answer of {rows} triples or more may have been cut" if construct else \
            f"the server cut the answer at {rows} rows"
        return StoreError(f"{self.query_url}: {what} (its limit of rows per answer)",
                          hint="raise it (Virtuoso: ResultSetMaxRows in the [SPARQL] section of virtuoso.ini), "
                               "or ask for fewer rows with LIMIT")

    def update(self, sparql: str) -> None:
        self._post(self.update_url, urllib.parse.urlencode({"update": sparql}), "application/x-www-form-urlencoded")

    def _check_scope(self, graphs: Iterable[str]) -> None:
        if self.graph_prefix is None:
            return
        outside = sorted(g for g in graphs if not g.startswith(self.graph_prefix))
        if outside:
            raise StoreError(f"the graph <{outside[0]}> is not under <{self.graph_prefix}>, the graphs this "
                             f"store holds" + (f" ({len(outside)} such graphs)" if len(outside) > 1 else ""),
                             hint="give the base in $KG_BASE, which a virtuoso+ store reads, rather than with "
                                  "--base")

    def replace_graphs(self, graphs: Mapping[str, str], additions: Mapping[str, str] | None = None) -> None:
        """Through the Graph Store Protocol when the server has it: the additions POSTed, then
        each graph PUT, which oxigraph serve and kg serve replace in one transaction each (every
        graph wholly old or wholly new; Virtuoso lets its readers see a graph half replaced);
        data travels as N-Triples, never as SPARQL text a server would parse and check.
        Otherwise one SPARQL update replaces them all."""
        if not graphs and not additions:
            return
        self._check_scope([*graphs, *(additions or {})])
        if self._graph_store is not False:
            try:
                for g, text in (additions or {}).items():
                    self._post(self.store_url, text, "application/n-triples", params={"graph": g})
                    self._graph_store = True
                for g, text in graphs.items():
                    self._post(self.store_url, text, "application/n-triples", params={"graph": g}, method="PUT")
                    self._graph_store = True
                return
            except StoreError as e:
                if self._graph_store or not any(f" answered {c}:" in str(e) for c in (404, 405, 501)):
                    raise
                self._graph_store = False  # no Graph Store Protocol there: SPARQL Update below
        if graphs or additions:
            drops = "".join(f"DROP SILENT GRAPH <{g}> ;\n" for g in graphs)
            body = "".join(f"GRAPH <{g}> {{\n{text}}}\n" for g, text in graphs.items())
            body += "".join(f"GRAPH <{g}> {{\n{text}}}\n" for g, text in (additions or {}).items())
            self.update(f"{drops}INSERT DATA {{\n{body}}}")

    def load(self, data: bytes | str, fmt: str, graph: str | None = None) -> None:
        """Add the triples to ``graph`` (as :meth:`OxigraphStore.load` does: nothing is
        replaced), in requests of at most about :attr:`max_request_bytes` each. Triples with
        blank nodes all go in the first request, so that a blank node stays one node."""
        if graph:
            self._check_scope([graph])

        def insert(lines: list[str]) -> None:
            # the Graph Store Protocol's POST adds to a graph, and the server reads plain
            # N-Triples, with no SPARQL to check
            body = "".join(lines)
            if graph and self._graph_store is not False:
                self._post(self.store_url, body, "application/n-triples", params={"graph": graph})
            elif graph:
                self.update(f"INSERT DATA {{\nGRAPH <{graph}> {{\n{body}}}\n}}")
            else:
                self.update(f"INSERT DATA {{\n{body}}}")

        triples = list(ox.parse(data, format=RDF_FORMATS[fmt][0]))
        blank = [t for t in triples if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)]
        piece = [f"{t} .\n" for t in blank]
        size = sum(map(len, piece))
        for t in triples:
            if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode):
                continue
            line = f"{t} .\n"
            if piece and size + len(line) > self.max_request_bytes // 2:
                insert(piece)
                piece, size = [], 0
            piece.append(line)
            size += len(line)
        if piece:
            insert(piece)

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        names = list(graphs)
        if names:
            self.update(";\n".join(f"DROP SILENT GRAPH <{g}>" for g in names))

    def _in_scope(self, variable: str = "?g") -> str:
        prefix = self.graph_prefix
        return f'FILTER(STRSTARTS(STR({variable}), "{_escape_string(prefix)}"))' if prefix else ""

    def _all_rows(self, select: str, where: str) -> list[list[Term | None]]:
        """Every row of ``SELECT {select} WHERE {where}``, in pages of the server's row cap
        (unordered: ``ORDER BY`` past the cap is an error on Virtuoso)."""
        page = self.row_cap()
        if page is None:
            return list(self._query(f"SELECT {select} WHERE {{ {where} }}").rows())
        rows: list[list[Term | None]] = []
        while True:
            batch = list(self._query(f"SELECT {select} WHERE {{ {where} }} LIMIT {page} OFFSET {len(rows)}",
                                     page=page).rows())
            rows += batch
            if len(batch) < page:
                return rows

    def named_graphs(self) -> list[str]:
        rows = self._all_rows("DISTINCT ?g", f"GRAPH ?g {{ ?s ?p ?o }} {self._in_scope()}")
        return sorted(r[0].value for r in rows if r[0] is not None and r[0].kind == "uri")

    def export(self, fmt: str = "turtle", graphs: Iterable[str] | None = None) -> bytes:
        """The graph as bytes, identical to the embedded store's export of the same content.
        A server with a cap on rows per answer is read graph by graph (a CONSTRUCT, or pages of
        a SELECT for a graph over the cap), each checked against the server's count of it."""
        wanted = None if graphs is None else set(graphs)
        cap = self.row_cap()
        if cap is None:
            rows = self._query(f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._in_scope()} }}").rows()
            return serialize_quads([ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), ox.NamedNode(g.value))
                                    for s, p, o, g in rows
                                    if s and p and o and g and (wanted is None or g.value in wanted)], fmt)
        counts = {g.value: int(n.value) for g, n in self._query(
            f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._in_scope()} }} GROUP BY ?g").rows()
            if g is not None and n is not None and g.kind == "uri"}
        quads = []
        for g in sorted(counts):
            if wanted is not None and g not in wanted:
                continue
            pattern = f"GRAPH <{g}> {{ ?s ?p ?o }}"
            if counts[g] < cap:
                got = set(self._query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}", page=cap).triples())
            else:
                got = {(s, p, o) for s, p, o in self._all_rows("?s ?p ?o", pattern) if s and p and o}
            if len(got) != counts[g]:
                raise StoreError(f"the server gave {len(got)} distinct triples of <{g}>, which it counts "
                                 f"{counts[g]}: the graph changed while it was read, or pages overlapped",
                                 hint="export again when no build is writing")
            quads += [ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), ox.NamedNode(g)) for s, p, o in got]
        return serialize_quads(quads, fmt)

    def flush(self) -> None:
        """Nothing to do: the server persists its own writes."""

    def __len__(self) -> int:
        rows = list(self._query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} {self._in_scope()} }}")
                    .rows())
        return int(rows[0][0].value) if rows and rows[0][0] else 0


def _bound(sparql: str, bindings: Mapping[str, Term]) -> str:
    """The query with its variables bound by a VALUES clause (the server has no substitutions):
    the terms written as RDF terms, never pasted as text."""
    names = sorted(bindings)
    for name in names:
        if not re.fullmatch(r"[A-Za-z0-9_]+", name):
            raise QueryError(f"{name!r} is not a variable name")
        if bindings[name].kind not in ("uri", "literal"):
            raise QueryError(f"?{name} cannot be bound to a {bindings[name].kind} on a SPARQL server",
                             hint="bind it to an IRI or a literal")
    return remote.with_values(sparql, names, [str(_ox_term(bindings[n])) for n in names])


def _hinted(sparql: str, bindings: Mapping[str, Term]) -> str:
    """The query with its bound variables also given by a VALUES clause first in its WHERE
    clause, beside the substitutions that bind them. Oxigraph plans a query before it sees the
    substitutions, so a plan made for the whole corpus (``mechanisms.rq``: from the 15,000
    mechanism statements at 10,000 monographs) ran as it was for one drug (0.3 s); with the
    VALUES clause it starts from the drug (2-5 ms). The answer is the same: the clause binds
    each variable to the value the substitution gives it. Only variables the text names get one
    (a SELECT * would otherwise gain a column)."""
    named = {k: v for k, v in bindings.items()
             if v.kind in ("uri", "literal") and re.search(rf"[?$]{re.escape(k)}\b", sparql)}
    return _bound(sparql, named) if named else sparql


def _canonical_boolean(term: Any) -> Any:
    """``"1"^^xsd:boolean`` as ``"true"`` (and ``"0"`` as ``"false"``): one value, one form."""
    if isinstance(term, ox.Literal) and term.datatype.value == remote.XSD_BOOLEAN and term.value in ("1", "0"):
        return ox.Literal("true" if term.value == "1" else "false", datatype=term.datatype)
    return term


def _escape_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def serialize_quads(quads: list[Any], fmt: str) -> bytes:
    """Quads as bytes, identical for identical content: sorted, blank nodes canonicalised,
    prefixes declared. Triple formats (Turtle, N-Triples, JSON-LD, RDF/XML) get the union of
    the graphs with duplicates removed; quad formats (TriG, N-Quads) keep the named graphs."""
    if fmt not in RDF_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(RDF_FORMATS)}")
    quads = _canonical_blank_nodes(quads)
    if fmt in QUAD_FORMATS:
        quads.sort(key=lambda q: (_graph_value(q), str(q.subject), str(q.predicate), str(q.object)))
        items: list[Any] = quads
    else:
        triples = {ox.Triple(q.subject, q.predicate, q.object) for q in quads}
        items = sorted(triples, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
    return write_rdf(items, None, fmt) or b""


def write_rdf(items: Iterable[Any], out: Any, fmt: str) -> bytes | None:
    """Triples or quads (engine objects, e.g. from :func:`parse_stream`) in ``fmt``, our prefixes
    declared where the format has them: to the binary file ``out``, or as bytes when it is None.
    The serialiser consumes ``items`` as it writes."""
    prefixes = PREFIXES if fmt in {"turtle", "trig", "rdfxml"} else None
    return ox.serialize(items, out, RDF_FORMATS[fmt][0], prefixes=prefixes)


def parse_stream(data: Any, fmt: str) -> Iterator[Any]:
    """The statements of a binary file ``data`` in N-Quads or N-Triples, read as they are asked
    for: quads, or triples for N-Triples (what :func:`write_rdf` wants for a triple format)."""
    parsed = ox.parse(data, format=RDF_FORMATS[fmt][0])
    return parsed if fmt in QUAD_FORMATS else (q.triple for q in parsed)


def _canonical_blank_nodes(quads: list[Any]) -> list[Any]:
    """Rename blank nodes (the ontology's OWL restrictions) by RDF canonicalisation (RDFC-1.0),
    so that their labels depend on content, not on load order."""
    def has_bnode(q: Any) -> bool:
        return isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode)

    with_bnodes = [q for q in quads if has_bnode(q)]
    if not with_bnodes:
        return quads
    dataset = ox.Dataset(with_bnodes)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return [q for q in quads if not has_bnode(q)] + list(dataset)


def _graph_value(q: Any) -> str:
    return q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""


def _ox_term(t: Term) -> Any:
    if t.kind == "uri":
        return ox.NamedNode(t.value)
    if t.kind == "bnode":
        return ox.BlankNode(t.value)
    if t.language:
        return ox.Literal(t.value, language=t.language)
    return ox.Literal(t.value, datatype=ox.NamedNode(t.datatype) if t.datatype else None)


def _as_nquads(ntriples: str, graph: str) -> str:
    suffix = f" <{graph}> .\n"
    # the mapper's text, every line "S P O .": one replace (a line-by-line join took an eighth of
    # the main process's time in a 10,000-monograph build); any other text line by line
    if ntriples.endswith(" .\n") and ntriples.count("\n") == ntriples.count(" .\n"):
        return ntriples.replace(" .\n", suffix)
    return "".join(line[:-1].rstrip() + suffix for line in ntriples.split("\n") if line.strip())


def open_store(location: str | os.PathLike[str] | None, *, read_only: bool = False,
               token: str | None = None, base: str | None = None,
               environ: Mapping[str, str] | None = None) -> OxigraphStore | RemoteStore:
    """The store a command should use: a directory path, ``:memory:``, the ``http(s)://`` URL of
    a SPARQL 1.1 server, or ``virtuoso+http(s)://HOST:PORT`` for Virtuoso. A server's
    credentials come from $KG_STORE_USER and $KG_STORE_PASSWORD, never from the command line.
    On Virtuoso the store holds the graphs under ``{base}graph/`` (``base``, else $KG_BASE,
    else the default base), not the server's own."""
    where = remote.split_location(location) if isinstance(location, str) else None
    if where is None:
        return OxigraphStore(location, read_only=read_only)
    kind, url = where
    env = os.environ if environ is None else environ
    user, password = env.get(remote.ENV_USER) or None, env.get(remote.ENV_PASSWORD)
    if (user is None) != (password is None):
        missing = remote.ENV_PASSWORD if password is None else remote.ENV_USER
        raise StoreError(f"${missing} is not set, but ${remote.ENV_USER if user is None else remote.ENV_PASSWORD} is",
                         hint=f"set both ${remote.ENV_USER} and ${remote.ENV_PASSWORD} for the server, or neither")
    prefix = f"{base or env.get(ENV_BASE) or DEFAULT_BASE}graph/" if kind == "virtuoso" else None
    return RemoteStore(url, token=token, kind=kind, user=user, password=password, graph_prefix=prefix)


def parse_rdf_file(path: str | os.PathLike[str]) -> OxigraphStore:
    """An in-memory store holding one RDF file (``kg query --data FILE``)."""
    store = OxigraphStore(None)
    p = Path(path)
    try:
        store._store.load(path=str(p))
    except (OSError, SyntaxError, ValueError) as e:
        raise StoreError(f"cannot read RDF from {p}: {e}",
                         hint="use a .ttl, .nt, .nq, .trig, .jsonld or .rdf file") from e
    return store


def quad_rows(source: OxigraphStore | RemoteStore | str | os.PathLike[str]) -> Iterator[tuple[str, str, str, str]]:
    """Every quad of a store, or of an RDF file in any format we export (told by its suffix), as
    N-Triples term text ``(graph, subject, predicate, object)``, ``""`` for the default graph.

    Streamed, for ``kg diff``: only the quads with a blank node (the ontology's OWL restrictions)
    are held back, then renamed by RDFC-1.0 as :func:`serialize_quads` does, so an export and the
    store it came from give the same labels."""
    if isinstance(source, RemoteStore):
        quads: Iterable[Any] = ox.parse(source.export("nquads"), format=ox.RdfFormat.N_QUADS)
    elif isinstance(source, OxigraphStore):
        quads = source._store.quads_for_pattern(None, None, None, None)
    else:
        try:
            quads = ox.parse(path=str(source))
        except (OSError, ValueError) as e:
            raise StoreError(f"cannot read RDF from {source}: {e}",
                             hint="give an export of kg (.nq, .trig, .ttl, .nt, .jsonld, .rdf)") from e
    held: list[Any] = []
    try:
        for q in quads:
            if isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode):
                held.append(q)
                continue
            yield _row(q)
    except (OSError, SyntaxError, ValueError) as e:
        raise StoreError(f"cannot read RDF from {source}: {e}",
                         hint="is it a complete export? check the file's suffix matches its format") from e
    yield from (_row(q) for q in _canonical_blank_nodes(held))


def _row(q: Any) -> tuple[str, str, str, str]:
    return (str(q.graph_name) if isinstance(q.graph_name, ox.NamedNode) else "",
            str(q.subject), str(q.predicate), str(q.object))
