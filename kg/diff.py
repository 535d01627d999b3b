"""What changed between two releases of the graph: quads added and removed (layer 4).

The two sides are two exports (any RDF format ``kg export`` writes) or the store and an export;
:func:`kg.store.quad_rows` reads either as N-Triples term text. Each side is sorted (and made a
set) on its own, then the two sorted streams are merged, so the difference comes out in order of
graph, subject, predicate, object, and grouped by graph for free.

Memory: a side of up to :data:`RUN_QUADS` quads is sorted in memory (about 250 bytes a quad);
a larger one is sorted in runs of that many quads spilled to temporary files and merged, so a
side of any size costs one run of memory. Besides, the text report keeps the labels of the nodes
(``rdfs:label``, one string per labelled IRI) and at most ``limit`` quads per graph; the SPARQL
Update writer holds one graph's changes at a time.

Blank nodes (only the ontology's OWL restrictions in our data) are compared by their canonical
labels (RDFC-1.0, as our exports write them), so identical content gives no difference; a change
to a restriction may relabel others. The SPARQL Update patch therefore replaces a graph whose
changes involve blank nodes wholly (DROP, then INSERT DATA of the new graph), which is exact;
the RDF Patch writes their canonical labels (``_:c14nN``) as RDF Patch expects stable labels.
"""
from __future__ import annotations

import heapq
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from kg.config import DEFAULT_BASE
from kg.manifest import BUILD, is_build_graph
from kg.namespaces import DCTERMS, DKG, PREFIXES, RDFS, STATEMENT_CLASS
from kg.store import quad_rows

#: quads sorted in memory at once; a larger side is sorted in runs of this size on disk
RUN_QUADS = 1_000_000
SEP = "\x1f"  # between the terms of a quad key: N-Triples text escapes every control character

#: statement class -> what the text report calls its claims
KIND_NAMES: dict[str, str] = {
    "IndicationStatement": "indications (treats)",
    "MechanismStatement": "mechanisms (targets)",
    "DownstreamStatement": "downstream effects",
    "AdverseEffectStatement": "side effects (causes)",
    "WarningSignStatement": "warning signs",
    "InteractionStatement": "interactions",
    "PrecautionStatement": "precautions",
    "FAQStatement": "FAQs",
    "IdentityStatement": "identity (class, route, formulation)",
}
_LABEL = f"<{RDFS}label>"
_FILE_NAME = f"<{DKG}fileName>"
_TITLE = f"<{DCTERMS}title>"


class SortedQuads:
    """One side of a diff: its distinct quads, sorted, as keys ``graph SEP s SEP p SEP o``;
    iterable any number of times. ``labels`` (IRI -> label) and ``files`` (graph -> file name,
    title) are gathered on the way when asked for."""

    def __init__(self, rows: Iterable[tuple[str, str, str, str]], *, gather: bool = False,
                 run: int = RUN_QUADS) -> None:
        self.labels: dict[str, str] = {}
        self.files: dict[str, list[str]] = {}
        self._count: int | None = None
        self.has_default = self.has_named = False
        self._runs: list[Path] = []
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        chunk: list[str] = []
        for g, s, p, o in rows:
            if gather:
                self._gather(g, s, p, o)
            if g:
                self.has_named = True
            else:
                self.has_default = True
            chunk.append(f"{g}{SEP}{s}{SEP}{p}{SEP}{o}")
            if len(chunk) >= run:
                self._spill(chunk)
                chunk = []
        chunk.sort()
        self._memory = chunk
        if self._runs and chunk:
            self._spill(chunk)
            self._memory = []

    @property
    def count(self) -> int:
        """How many distinct quads (a pass over the runs, the first time it is asked)."""
        if self._count is None:
            self._count = sum(1 for _ in self)
        return self._count

    @property
    def runs(self) -> int:
        """How many sorted runs were spilled to disk (0: sorted in memory)."""
        return len(self._runs)

    def _gather(self, g: str, s: str, p: str, o: str) -> None:
        if p == _LABEL and o.startswith('"'):
            self.labels.setdefault(s, _literal_text(o))
        elif p in (_FILE_NAME, _TITLE) and o.startswith('"'):
            names = self.files.setdefault(g, [])
            (names.insert(0, _literal_text(o)) if p == _FILE_NAME else names.append(_literal_text(o)))

    def _spill(self, chunk: list[str]) -> None:
        if self._tmp is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="kg-diff-")
        chunk.sort()
        path = Path(self._tmp.name) / f"run{len(self._runs)}"
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(key + "\n" for key in chunk)
        self._runs.append(path)

    def __iter__(self) -> Iterator[str]:
        """The distinct keys in order (a quad given twice is one quad)."""
        if not self._runs:
            source: Iterable[str] = self._memory
        else:
            files = [open(p, encoding="utf-8") for p in self._runs]  # noqa: SIM115 (closed below)
            source = heapq.merge(*((line[:-1] for line in fh) for fh in files))
        last = None
        try:
            for key in source:
                if key != last:
                    yield key
                    last = key
        finally:
            if self._runs:
                for fh in files:
                    fh.close()

    def graph(self, g: str) -> Iterator[str]:
        """The keys of one graph (a scan: used for the rare graph replaced whole)."""
        prefix = g + SEP
        seen = False
        for key in self:
            if key.startswith(prefix):
                seen = True
                yield key
            elif seen:
                return

    def close(self) -> None:
        if self._tmp is not None:
            self._tmp.cleanup()


def read_side(source: Any, *, gather: bool = False, run: int = RUN_QUADS) -> SortedQuads:
    """A store, an RDF file's path, or a list of rows, sorted for :func:`changes`. A store is read
    as ``kg export`` writes it: without the build records (:mod:`kg.manifest`), which are
    bookkeeping (the builder's paths, the code's version), not knowledge."""
    if isinstance(source, list):
        rows: Iterable[tuple[str, str, str, str]] = source
    elif isinstance(source, (str, os.PathLike)):
        rows = quad_rows(source)
    else:
        rows = (row for row in quad_rows(source) if not is_build_graph(row[0]))
    return SortedQuads(rows, gather=gather, run=run)


def changes(old: Iterable[str], new: Iterable[str]) -> Iterator[tuple[str, str]]:
    """``("-", key)`` for each quad only in ``old`` and ``("+", key)`` for each only in ``new``,
    in key order: a merge of two sorted streams of distinct keys."""
    a, b = iter(old), iter(new)
    x, y = next(a, None), next(b, None)
    while x is not None or y is not None:
        if y is None or (x is not None and x < y):
            yield "-", x  # type: ignore[misc]
            x = next(a, None)
        elif x is None or y < x:
            yield "+", y
            y = next(b, None)
        else:
            x, y = next(a, None), next(b, None)


def split(key: str) -> tuple[str, str, str, str]:
    g, s, p, o = key.split(SEP)
    return g, s, p, o


# -- claim kinds ---------------------------------------------------------------------------------
def claim_kind(s: str, p: str, o: str, base: str = DEFAULT_BASE) -> str:
    """What a quad is about: the kind of claim (from its edge's property, or the statement node it
    belongs to: ``statement/<monograph>/<relation>/…``), else the kind of node it describes."""
    if p.startswith(f"<{DKG}"):
        local = p[len(DKG) + 1:-1]
        if local in STATEMENT_CLASS:
            return KIND_NAMES[STATEMENT_CLASS[local]]
        if local == "actsOn":
            return KIND_NAMES["MechanismStatement"]
    if p.startswith(f"<{BUILD}"):
        return "build records (file, SHA-256, fingerprint)"
    statement = f"<{base}statement/"
    for term in (s, o):
        if term.startswith(statement):
            parts = term[len(statement):].split("/")
            if len(parts) > 2 and parts[1] in STATEMENT_CLASS:
                return KIND_NAMES[STATEMENT_CLASS[parts[1]]]
    if s.startswith(f"<{base}"):
        segment = re.split(r"[/#>]", s[len(base) + 1:], maxsplit=1)[0]
        return "monograph (source, sections, coverage)" if segment == "monograph" else f"{segment} nodes"
    if s.startswith(f"<{DKG}"):
        return "vocabulary"
    if s.startswith("_:"):
        return "blank nodes (OWL restrictions)"
    return "other"


# -- the text report -----------------------------------------------------------------------------
@dataclass
class Group:
    """The changes of one graph: counts per claim kind, and the first ``limit`` quads."""

    graph: str
    limit: int = 20
    added: int = 0
    removed: int = 0
    kinds: dict[str, list[int]] = field(default_factory=dict)
    edges: list[tuple[str, str, str, str]] = field(default_factory=list)  # sign, s, p, o: claims' edges
    others: list[tuple[str, str, str, str]] = field(default_factory=list)  # the rest, shown after them

    def keep(self, sign: str, s: str, p: str, o: str) -> None:
        """The first ``limit`` quads, the plain edges of claims (drug treats condition) first."""
        edge = p.startswith(f"<{DKG}") and p[len(DKG) + 1:-1] in STATEMENT_CLASS
        kept = self.edges if edge else self.others
        if len(kept) < self.limit:
            kept.append((sign, s, p, o))

    @property
    def shown(self) -> list[tuple[str, str, str, str]]:
        return (self.edges + self.others)[:self.limit]


@dataclass
class Summary:
    groups: list[Group]
    old_count: int
    new_count: int

    @property
    def added(self) -> int:
        return sum(g.added for g in self.groups)

    @property
    def removed(self) -> int:
        return sum(g.removed for g in self.groups)


def summarise(old: SortedQuads, new: SortedQuads, *, limit: int = 20, base: str = DEFAULT_BASE) -> Summary:
    groups: list[Group] = []
    for sign, key in changes(old, new):
        g, s, p, o = split(key)
        if not groups or groups[-1].graph != g:
            groups.append(Group(g, limit))
        group = groups[-1]
        kind = claim_kind(s, p, o, base)
        counts = group.kinds.setdefault(kind, [0, 0])
        if sign == "+":
            group.added += 1
            counts[0] += 1
        else:
            group.removed += 1
            counts[1] += 1
        group.keep(sign, s, p, o)
    return Summary(groups, old.count, new.count)


def write_text(summary: Summary, old: SortedQuads, new: SortedQuads, out: IO[str], *,
               base: str = DEFAULT_BASE, names: tuple[str, str] = ("OLD", "NEW")) -> None:
    labels = {**old.labels, **new.labels}
    files = {**old.files, **new.files}
    if not summary.groups:
        out.write(f"no difference: {names[0]} and {names[1]} hold the same {summary.new_count} quads\n")
        return
    out.write(f"{names[0]} ({summary.old_count} quads) -> {names[1]} ({summary.new_count} quads): "
              f"{summary.added} added, {summary.removed} removed, in {len(summary.groups)} graph(s)\n")
    # the monographs first (their graphs name a file), then the shared graphs
    for group in sorted(summary.groups, key=lambda g: g.graph not in files):
        out.write(f"\n{_graph_title(group.graph, files, base)}  +{group.added} -{group.removed}\n")
        for kind, (plus, minus) in sorted(group.kinds.items()):
            out.write(f"    {kind:40} +{plus} -{minus}\n")
        for sign, s, p, o in group.shown:
            out.write(f"  {sign} {_show(s, labels, base)}  {_show(p, labels, base)}  {_show(o, labels, base)}\n")
        hidden = group.added + group.removed - len(group.shown)
        if hidden:
            out.write(f"  … {hidden} more (raise --limit to see them)\n")


def _graph_title(g: str, files: dict[str, list[str]], base: str) -> str:
    if not g:
        return "default graph"
    name = _short(g, base)
    described = files.get(g)
    return f"{name} ({', '.join(dict.fromkeys(described))})" if described else name


def _show(term: str, labels: dict[str, str], base: str) -> str:
    """A term for people: a literal quoted, one of our resources by its label, a term of a
    vocabulary by its prefixed name."""
    if term.startswith('"'):
        text = _literal_text(term)
        return repr(text if len(text) <= 80 else text[:77] + "...")
    short = _short(term, base)
    label = labels.get(term) if term.startswith(f"<{base}") else None
    return f"{label} [{short}]" if label else short


def _short(term: str, base: str) -> str:
    if not term.startswith("<"):
        return term
    iri = term[1:-1]
    if iri.startswith(base):
        return iri[len(base):]
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and re.fullmatch(r"[\w./-]*", iri[len(ns):]):
            return f"{prefix}:{iri[len(ns):]}"
    return term


def _literal_text(literal: str) -> str:
    """The lexical form of an N-Triples literal (escapes undone, language and datatype dropped)."""
    end = literal.rfind('"')
    body = literal[1:end]
    if "\\" not in body:
        return body
    return re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})|\\(.)", _unescape, body)


def _unescape(m: re.Match[str]) -> str:
    if m[1] or m[2]:
        return chr(int(m[1] or m[2], 16))
    return {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f"}.get(m[3], m[3])


# -- patches -------------------------------------------------------------------------------------
def write_rdf_patch(old: SortedQuads, new: SortedQuads, out: IO[str]) -> int:
    """RDF Patch (one transaction of ``D`` and ``A`` rows, the graph last); returns the rows."""
    out.write("TX .\n")
    n = 0
    for sign, key in changes(old, new):
        g, s, p, o = split(key)
        out.write(f"{'A' if sign == '+' else 'D'} {s} {p} {o}{' ' + g if g else ''} .\n")
        n += 1
    out.write("TC .\n")
    return n


def write_sparql_update(old: SortedQuads, new: SortedQuads, out: IO[str]) -> int:
    """SPARQL 1.1 Update that turns OLD into NEW: per graph, DELETE DATA then INSERT DATA; a graph
    whose changes touch a blank node is dropped and inserted whole. Returns the quads changed."""
    n = 0
    first = True
    pending: list[tuple[str, str]] = []

    def flush() -> None:
        nonlocal first
        if not pending:
            return
        g = split(pending[0][1])[0]
        ops = _graph_update(g, pending, new)
        out.write(("" if first else " ;\n") + " ;\n".join(ops))
        first = False
        pending.clear()

    for sign, key in changes(old, new):
        if pending and not key.startswith(split(pending[0][1])[0] + SEP):
            flush()
        pending.append((sign, key))
        n += 1
    flush()
    if not first:
        out.write("\n")
    return n


def _graph_update(g: str, pending: list[tuple[str, str]], new: SortedQuads) -> list[str]:
    def block(keys: Iterable[str]) -> str:
        triples = "".join(f"  {s} {p} {o} .\n" for _, s, p, o in map(split, keys))
        return f"GRAPH {g} {{\n{triples}}}" if g else triples

    if any(_has_blank(key) for _, key in pending):
        whole = list(new.graph(g))
        drop = f"DROP SILENT GRAPH {g}" if g else "DROP SILENT DEFAULT"
        return [drop] + ([f"INSERT DATA {{\n{block(whole)}\n}}"] if whole else [])
    ops = []
    removed = [k for sign, k in pending if sign == "-"]
    added = [k for sign, k in pending if sign == "+"]
    if removed:
        ops.append(f"DELETE DATA {{\n{block(removed)}\n}}")
    if added:
        ops.append(f"INSERT DATA {{\n{block(added)}\n}}")
    return ops


def _has_blank(key: str) -> bool:
    _, s, _, o = split(key)
    return s.startswith("_:") or o.startswith("_:")


def mixed_graphs(old: SortedQuads, new: SortedQuads) -> str | None:
    """A warning when one side has named graphs and the other only a default graph (a triple
    format such as Turtle): every quad would then differ."""
    if old.count and new.count and old.has_named != new.has_named and (old.has_default or new.has_default):
        return ("one side has named graphs and the other has only triples (a triple format such as Turtle "
                "drops the graphs): every quad differs; export both as nquads or trig")
    return None


Writer = Callable[[SortedQuads, SortedQuads, IO[str]], int]
PATCH_WRITERS: dict[str, Writer] = {"rdf-patch": write_rdf_patch, "sparql-update": write_sparql_update}

__all__ = ["SortedQuads", "read_side", "changes", "claim_kind", "summarise", "write_text", "write_rdf_patch",
           "write_sparql_update", "mixed_graphs", "PATCH_WRITERS", "RUN_QUADS"]
