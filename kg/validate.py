"""SHACL validation (layer 3): the only module that imports pyshacl.

:func:`validate_graphs` is the build gate: it takes a batch of freshly mapped monographs
(named-graph IRI -> N-Triples text), validates them against ``ontology/shapes.ttl`` in ONE
SHACL run over their union, and attributes every result to the graph(s) it belongs to:

* a result with a value (a bad label, a malformed identifier ...) belongs to each graph that
  states the offending triple;
* a result without one (a missing value) belongs to each graph in which the focus node is a
  subject. A node shared by several monographs (a condition) is judged on what the batch says
  about it as a whole, which is what the published union will say too.

Each :class:`Finding` carries the monograph file and line it points at, taken from the
provenance of the focus node (a statement's ``dkg:startLine`` and its ``prov:wasDerivedFrom``
monograph's ``dkg:fileName``; for another node, the first statement about it), a sentence a
person understands and a hint how to fix it (``sh:message`` and ``dkg:hint`` of the shape).

Engines. pyshacl is the reference. The build gate uses the fastest engine that can judge a batch:
``kg.shacl`` (our own, for the part of SHACL Core the shapes use: linear in the batch, about
twice as fast as pyshacl-turbo on our graphs), then pyshacl-turbo (a Rust SHACL engine) when it
is installed, then pyshacl. The fast engines read the N-Triples text themselves, so no rdflib
graph is built for a batch that conforms; their reports are turned into findings by the same
code, and ``tests/test_validate.py`` and ``tests/test_shacl.py`` require the reference's findings
from each of them on the planted faults, on the built corpus and on random mutations of it.
Anything a fast engine is not sure about (a blank node, text it cannot parse, a focus node it
cannot find in the text, a shape construct ``kg.shacl`` does not implement) goes to the next.
"""
from __future__ import annotations

import json
import re
import time
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import rdflib
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, SH
from rdflib.term import Node

from kg.config import DEFAULT_BASE, PROJECT_ROOT
from kg.errors import ValidationError
from kg.namespaces import DKG, PREFIXES, nodes_graph
from kg.shacl import Engine, Unsupported

_turbo: Any = None  # the fast engine, when installed; pyshacl stays the reference and the fallback
_TurboInput: Any = None  # N-Triples text handed to it as is (no rdflib graph in between)
try:
    import pyshacl_turbo
    from pyshacl_turbo.rdf import Input as _Input

    _turbo, _TurboInput = pyshacl_turbo, _Input
except ImportError:  # pragma: no cover - depends on the installation
    pass

#: ``engine=`` values: "auto" (kg.shacl, else turbo when installed, else pyshacl), "kg" and "turbo"
#: (that engine, pyshacl for what it cannot judge; fail when it cannot run), "pyshacl"
ENGINES = ("auto", "kg", "turbo", "pyshacl")

SHAPES_FILE = "shapes.ttl"
D = rdflib.Namespace(DKG)
HINT = D.hint
_DEFAULT_BASE_PATTERN = re.escape(DEFAULT_BASE)
_SEVERITY = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
_DETAIL = {
    "MinCountConstraintComponent": "it is missing",
    "MaxCountConstraintComponent": "there are too many values",
    "DatatypeConstraintComponent": "the value has the wrong datatype",
    "ClassConstraintComponent": "the value is not a node of the expected class",
    "NodeKindConstraintComponent": "the value is not of the expected kind (IRI or literal)",
    "MinInclusiveConstraintComponent": "the value is below the minimum",
    "LessThanOrEqualsConstraintComponent": "the start line comes after the end line",
    "OrConstraintComponent": "the value matches none of the allowed kinds",
}


# -- the report -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """One SHACL result, located in the monograph it comes from."""

    graph: str | None  # named graph IRI (None: the default graph of a file)
    file: str | None  # monograph file name (dkg:fileName)
    line: int | None  # 1-based line in that file
    focus: str  # the node that fails
    path: str | None  # the property (CURIE when known)
    value: str | None  # the offending value, as text
    message: str
    hint: str
    severity: str = "violation"
    shape: str | None = None
    constraint: str | None = None  # the SHACL constraint component (local name)
    term: str | None = None  # the value as an N-Triples term, for the Turtle report

    def location(self, fallback_line: int | None = None) -> str:
        """``file:line``; ``fallback_line`` stands in for a finding that has no line of its own
        (a drug that makes no claim: the build passes the line where the page names it)."""
        line = self.line or fallback_line
        if self.file and line:
            return f"{self.file}:{line}"
        return self.file or self.graph or "(unknown monograph)"


@dataclass
class Report:
    """The result of validating a batch of graphs, a store or a file."""

    findings: list[Finding] = field(default_factory=list)
    graphs: list[str] = field(default_factory=list)
    triples: int = 0
    seconds: float = 0.0
    engines: set[str] = field(default_factory=set)  # the SHACL engine(s) that produced it

    @property
    def conforms(self) -> bool:
        return not any(f.severity == "violation" for f in self.findings)

    def bad_graphs(self) -> set[str]:
        """Named graphs with at least one violation: the ones not to publish."""
        return {f.graph for f in self.findings if f.severity == "violation" and f.graph}

    def problems(self, lines: Mapping[str, int] | None = None) -> dict[str, list[str]]:
        """``graph -> one line per violation``: the shape ``kg.pipeline``'s gate returns.
        ``lines`` (graph -> line) locates the findings that have no line of their own."""
        out: dict[str, list[str]] = defaultdict(list)
        for f in self.findings:
            if f.severity == "violation" and f.graph:
                where = f.location((lines or {}).get(f.graph))
                out[f.graph].append(f"{where}: {f.message} (hint: {f.hint})")
        return dict(out)

    def merge(self, other: Report) -> None:
        self.findings.extend(other.findings)
        self.graphs.extend(other.graphs)
        self.triples += other.triples
        self.seconds += other.seconds
        self.engines |= other.engines

    def by_monograph(self) -> dict[str, list[Finding]]:
        groups: dict[str, list[Finding]] = defaultdict(list)
        for f in sorted(self.findings, key=_sort_key):
            groups[f.file or f.graph or "(unknown monograph)"].append(f)
        return dict(sorted(groups.items()))

    def to_text(self) -> str:
        if not self.findings:
            return f"conforms: {len(self.graphs)} graph(s), {self.triples} triples checked, no problems\n"
        lines: list[str] = []
        for name, findings in self.by_monograph().items():
            lines.append(f"{name}: {len(findings)} problem(s)")
            for f in findings:
                where = f"line {f.line}" if f.line else "no line"
                lines.append(f"  {where}: {f.severity}: {f.message}")
                if f.value is not None:
                    lines.append(f"    value: {f.value!r}")
                lines.append(f"    hint: {f.hint}")
        verdict = "does not conform" if not self.conforms else "conforms (warnings only)"
        lines.append(f"{verdict}: {len(self.findings)} finding(s) in {len(self.by_monograph())} "
                     f"monograph(s); {len(self.graphs)} graph(s), {self.triples} triples checked")
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        data = {"conforms": self.conforms, "graphs": len(self.graphs), "triples": self.triples,
                "findings": [asdict(f) for f in sorted(self.findings, key=_sort_key)]}
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def to_turtle(self) -> str:
        """An ``sh:ValidationReport`` (with file, line and hint on every result) in Turtle."""
        g = rdflib.Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        g.bind("sh", SH)
        report = rdflib.BNode("report")
        g.add((report, RDF.type, SH.ValidationReport))
        g.add((report, SH.conforms, Literal(self.conforms)))
        for i, f in enumerate(sorted(self.findings, key=_sort_key)):
            _add_result(g, report, rdflib.BNode(f"r{i}"), f)
        return g.serialize(format="turtle")


def _sort_key(f: Finding) -> tuple[str, int, str, str]:
    return (f.file or f.graph or "", f.line or 0, f.focus, f.path or "")


def _add_result(g: rdflib.Graph, report: Node, r: Node, f: Finding) -> None:
    g.add((report, SH.result, r))
    g.add((r, RDF.type, SH.ValidationResult))
    g.add((r, SH.focusNode, URIRef(f.focus) if "://" in f.focus else Literal(f.focus)))
    g.add((r, SH.resultSeverity, {"warning": SH.Warning, "info": SH.Info}.get(f.severity, SH.Violation)))
    g.add((r, SH.resultMessage, Literal(f.message)))
    g.add((r, HINT, Literal(f.hint)))
    if f.path:
        g.add((r, SH.resultPath, URIRef(_expand(f.path))))
    if f.term is not None:
        value = _parse_term(f.term)
        if value is not None:
            g.add((r, SH.value, value))
    if f.shape and "://" in f.shape:
        g.add((r, SH.sourceShape, URIRef(f.shape)))
    if f.constraint:
        g.add((r, SH.sourceConstraintComponent, SH[f.constraint]))
    if f.file:
        g.add((r, D.fileName, Literal(f.file)))
    if f.line:
        g.add((r, D.startLine, Literal(f.line)))
    if f.graph:
        g.add((r, PROV.atLocation, URIRef(f.graph)))


def _parse_term(nt: str) -> Node | None:
    g = rdflib.Graph()
    try:
        g.parse(data=f"<urn:s> <urn:p> {nt} .\n", format="nt")
    except Exception:  # noqa: BLE001 - a value we cannot re-read is left out of the Turtle only
        return None
    return next(iter(g.objects()), None)


# -- shapes -----------------------------------------------------------------------------------

def shapes_path(root: Path | None = None) -> Path:
    return (root or PROJECT_ROOT) / "ontology" / SHAPES_FILE


def load_shapes(path: Path | None = None, base: str = DEFAULT_BASE) -> rdflib.Graph:
    """The shapes graph, with IRI patterns rewritten for ``base`` when it is not the default."""
    path = path or shapes_path()
    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except (OSError, SyntaxError, ValueError) as e:
        raise ValidationError(f"cannot read the SHACL shapes {path}: {e}",
                              hint="check the Turtle syntax of ontology/shapes.ttl") from e
    if base != DEFAULT_BASE:
        for shape, pattern in list(graph.subject_objects(SH.pattern)):
            text = str(pattern)
            if _DEFAULT_BASE_PATTERN in text:
                graph.set((shape, SH.pattern, Literal(text.replace(_DEFAULT_BASE_PATTERN, re.escape(base)))))
    return graph


# -- validating -------------------------------------------------------------------------------

def validate_graphs(graphs: Mapping[str, str], *, shapes: rdflib.Graph | None = None,
                    base: str = DEFAULT_BASE, engine: str = "auto") -> Report:
    """Validate a batch of named graphs (IRI -> N-Triples text) in one SHACL run."""
    started = time.perf_counter()
    shapes = shapes if shapes is not None else load_shapes(base=base)
    report = None
    for fast in _fast_engines(engine, shapes):
        report = _validate_fast(graphs, shapes, fast)
        if report is not None:
            break
    if report is None:
        ds, unreadable = _dataset(graphs)
        report = _validate_dataset(ds, shapes, list(graphs))
        report.findings.extend(unreadable)
        report.findings.sort(key=_full_key)
    report.seconds = time.perf_counter() - started
    return report


def gate(graphs: Mapping[str, str], *, shapes: rdflib.Graph | None = None,
         base: str = DEFAULT_BASE, engine: str = "auto", lines: Mapping[str, int] | None = None
         ) -> dict[str, list[str]]:
    """``kg.pipeline``'s build gate: the graphs that must not be published, with why
    (``lines``: graph -> the line a finding without one points at, see :meth:`Report.problems`)."""
    return validate_graphs(graphs, shapes=shapes, base=base, engine=engine).problems(lines)


#: monographs validated in one SHACL run by :func:`make_gate`'s gate: the engine's time per
#: monograph grows with the run (600 generated pages, CPU a monograph, 4 runs each: 25 a run
#: 11.2-13.8 ms, 50 11.8-16.2 ms, 200 15.5-19.3 ms), and a node shared by monographs is judged
#: on what each run says about it either way (a build's chunks already split the union)
GATE_BATCH = 25


def make_gate(shapes_file: Path | None = None, base: str = DEFAULT_BASE, engine: str = "auto",
              batch: int = GATE_BATCH) -> Callable[..., dict[str, list[str]]]:
    """A build gate with the shapes loaded once: ``build(..., gate=make_gate(path, cfg.base))``;
    it takes ``graphs`` and, optionally, ``lines=`` as :func:`gate` does, and validates them
    ``batch`` monographs a run."""
    shapes = load_shapes(shapes_file, base=base)
    _fast_engines(engine, shapes)  # an unknown or unusable engine fails here, not in the first batch

    def gate_(graphs: Mapping[str, str], lines: Mapping[str, int] | None = None) -> dict[str, list[str]]:
        items = list(graphs.items())
        problems: dict[str, list[str]] = {}
        for i in range(0, len(items), batch):
            problems.update(gate(dict(items[i:i + batch]), shapes=shapes, base=base, engine=engine, lines=lines))
        return problems

    return gate_


def validate_file(path: str | Path, *, shapes: rdflib.Graph | None = None,
                  base: str = DEFAULT_BASE) -> Report:
    """Validate an RDF file a researcher edited by hand (Turtle, N-Triples, TriG, N-Quads ...)."""
    started = time.perf_counter()
    p = Path(path)
    ds = rdflib.Dataset(default_union=True)
    try:
        ds.parse(p, format=rdflib.util.guess_format(str(p)) or "turtle")
    except (OSError, SyntaxError, ValueError) as e:
        raise ValidationError(f"cannot read RDF from {p}: {e}",
                              hint="give a .ttl, .nt, .trig, .nq, .jsonld or .rdf file") from e
    except Exception as e:
        raise ValidationError(f"cannot read RDF from {p}: {e}",
                              hint="check the syntax, e.g. with `rapper -g FILE`") from e
    names = [str(c.identifier) for c in ds.graphs() if len(c) and not _is_default(c.identifier)]
    shapes = shapes if shapes is not None else load_shapes(base=base)
    report = _validate_dataset(ds, shapes, names)
    report.graphs = names or [str(p)]
    report.seconds = time.perf_counter() - started
    return report


def validate_store(store: Any, *, base: str = DEFAULT_BASE, batch_size: int = 500,
                   shapes: rdflib.Graph | None = None, engine: str = "auto") -> Report:
    """Validate every monograph graph of a store, ``batch_size`` graphs per SHACL run.

    Each monograph is checked as the build gate saw it: its own graph plus the descriptions
    (type, label, links) of the nodes it mentions, kept in the shared nodes graph."""
    shapes = shapes if shapes is not None else load_shapes(base=base)
    names = monograph_graphs(store, base)
    report = Report()
    for i in range(0, len(names), batch_size):
        chunk = {g: _graph_text(store, g, base) for g in names[i:i + batch_size]}
        report.merge(validate_graphs(chunk, shapes=shapes, base=base, engine=engine))
    return report


def monograph_graphs(store: Any, base: str = DEFAULT_BASE) -> list[str]:
    """The monograph graphs of a store (their text for the gate: :func:`store_graph_text`)."""
    return [g for g in store.named_graphs() if g.startswith(f"{base}graph/monograph/")]


def store_graph_text(store: Any, graph: str, base: str = DEFAULT_BASE) -> str:
    """A monograph graph of a store as the build gate saw it, in N-Triples."""
    return _graph_text(store, graph, base)


def _graph_text(store: Any, graph: str, base: str) -> str:
    own = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    nodes = store.query(f"""CONSTRUCT {{ ?n ?p ?o }} WHERE {{
  {{ SELECT DISTINCT ?n WHERE {{ GRAPH <{graph}> {{ {{ ?n ?y ?z }} UNION {{ ?z ?y ?n }} }} FILTER(isIRI(?n)) }} }}
  GRAPH <{nodes_graph(base)}> {{ ?n ?p ?o }} }}""")
    return own.serialize("ntriples").decode("utf-8") + nodes.serialize("ntriples").decode("utf-8")


def _fast_engines(engine: str, shapes: rdflib.Graph) -> list[str]:
    """The fast engines to try for ``engine``, in order (pyshacl judges what they cannot)."""
    if engine not in ENGINES:
        raise ValidationError(f"unknown SHACL engine {engine!r}", hint=f"use one of {', '.join(ENGINES)}")
    if engine == "turbo" and _turbo is None:
        raise ValidationError("the SHACL engine pyshacl-turbo is not installed",
                              hint="pip install pyshacl-turbo, or use engine='pyshacl'")
    wanted = {"auto": ["kg", "turbo"], "kg": ["kg"], "turbo": ["turbo"], "pyshacl": []}[engine]
    if "kg" in wanted and isinstance(ours := _ours(shapes), Unsupported):
        if engine == "kg":
            raise ValidationError(f"kg's SHACL engine cannot judge these shapes: {ours}",
                                  hint="use engine='auto' (it falls back to pyshacl-turbo or pyshacl)")
        wanted.remove("kg")
    return [e for e in wanted if e != "turbo" or _turbo is not None]


#: compiled forms of a shapes graph, made once per graph (and again when it grows or shrinks)
_OURS: weakref.WeakKeyDictionary[rdflib.Graph, tuple[int, Any]] = weakref.WeakKeyDictionary()
_COMPILED: weakref.WeakKeyDictionary[rdflib.Graph, tuple[int, Any]] = weakref.WeakKeyDictionary()


def _once(cache: weakref.WeakKeyDictionary[rdflib.Graph, tuple[int, Any]], shapes: rdflib.Graph,
          make: Callable[[rdflib.Graph], Any]) -> Any:
    cached = cache.get(shapes)
    if cached is None or cached[0] != len(shapes):
        cached = cache[shapes] = (len(shapes), make(shapes))
    return cached[1]


def _ours(shapes: rdflib.Graph) -> Engine | Unsupported:
    """kg.shacl's compiled form of ``shapes``, or why it cannot judge them."""
    def make(graph: rdflib.Graph) -> Engine | Unsupported:
        try:
            return Engine.compile(graph)
        except Unsupported as e:
            return e
    return _once(_OURS, shapes, make)  # type: ignore[no-any-return]


def _compiled(shapes: rdflib.Graph) -> Any:
    """pyshacl-turbo's compiled form of ``shapes``."""
    def make(graph: rdflib.Graph) -> Any:
        try:
            return _turbo.CompiledShapes(graph)
        except Exception as e:
            raise ValidationError(f"SHACL validation could not run: {e}",
                                  hint="check ontology/shapes.ttl (the engine rejects malformed shapes)") from e
    return _once(_COMPILED, shapes, make)


_FAST_NAMES = {"kg": "kg", "turbo": "pyshacl-turbo"}


def _run_fast(engine: str, shapes: rdflib.Graph, data: str) -> tuple[rdflib.Graph, int | None] | None:
    """A fast engine's report graph for the N-Triples ``data`` and, when it counts them, the
    distinct triples it read; ``None``: it could not read the text."""
    if engine == "kg":
        ours = _ours(shapes)
        assert isinstance(ours, Engine)
        return ours.validate(data)
    try:
        _, results, _ = _compiled(shapes).validate(_TurboInput(data, "nt", None, {}, {}),
                                                   allow_warnings=True, allow_infos=True)
    except ValueError:
        return None
    return results, None


def _validate_fast(graphs: Mapping[str, str], shapes: rdflib.Graph, engine: str) -> Report | None:
    """The batch through a fast engine, straight from the N-Triples text; ``None``: use the next.

    Only the graphs a result points at are parsed with rdflib, to locate the findings."""
    texts = {g: t if t.endswith("\n") or not t else t + "\n" for g, t in graphs.items()}
    unreadable: list[Finding] = []
    data = "".join(texts.values())
    if "_:" in data:  # blank nodes: their identity across engines is not worth the risk
        return None
    ran = _run_fast(engine, shapes, data)
    if ran is None:  # not N-Triples it reads: find the broken graphs as pyshacl's path does, then retry
        ds, unreadable = _dataset(graphs)
        if not unreadable:
            return None
        broken = {f.graph for f in unreadable}
        texts = {g: t for g, t in texts.items() if g not in broken}
        data = "".join(texts.values())
        ran = _run_fast(engine, shapes, data)
        if ran is None:
            return None
    results, triples = ran
    findings = _fast_findings(results, shapes, texts)
    if findings is None:
        return None
    if triples is None:
        lines = set(data.split("\n"))  # the mapper writes one triple per line: distinct lines = triples
        lines.discard("")
        triples = len(lines) - (sum(1 for line in lines if line.startswith("#")) if "#" in data else 0)
    findings.extend(unreadable)
    findings.sort(key=_full_key)
    return Report(findings=findings, graphs=list(graphs), triples=triples, engines={_FAST_NAMES[engine]})


def _fast_findings(results: rdflib.Graph, shapes: rdflib.Graph, texts: Mapping[str, str]
                    ) -> list[Finding] | None:
    """Findings of a fast engine's report, located in the graphs whose text names the focus nodes."""
    found = list(results.subjects(RDF.type, SH.ValidationResult))
    if not found:
        return []
    foci = {results.value(r, SH.focusNode) for r in found}
    if not all(isinstance(f, URIRef) for f in foci):
        return None
    needles = [f"<{f}>" for f in foci]
    names = [g for g, t in texts.items() if any(n in t for n in needles)]
    ds, unreadable = _dataset({g: texts[g] for g in names})
    if unreadable:
        return None
    locator = _Locator(ds, names)
    findings = [f for r in found for f in _findings(results, r, shapes, locator)]
    if not names or any(f.graph is None for f in findings):
        return None  # a focus not found in the text (escaped IRIs?): let pyshacl locate it
    return _without_echoes(findings)


def _full_key(f: Finding) -> tuple[str, ...]:
    return tuple("" if v is None else str(v) for v in asdict(f).values())


def _is_default(identifier: Node) -> bool:
    return str(identifier) in {str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID), "urn:x-rdflib:default"}


def _dataset(graphs: Mapping[str, str]) -> tuple[rdflib.Dataset, list[Finding]]:
    """All graphs in one rdflib Dataset; graphs that are not N-Triples become findings."""
    ds = rdflib.Dataset(default_union=True)
    try:
        ds.parse(data="".join(_as_nquads(text, g) for g, text in graphs.items()), format="nquads")
        return ds, []
    except Exception:  # noqa: BLE001 - find out which graph is broken, below
        ds = rdflib.Dataset(default_union=True)
    unreadable = []
    for g, text in graphs.items():
        try:
            ds.graph(URIRef(g)).parse(data=text, format="nt")
        except Exception as e:  # noqa: BLE001 - rdflib's parsers raise many types
            ds.remove_graph(URIRef(g))
            unreadable.append(Finding(graph=g, file=None, line=None, focus=g, path=None, value=None,
                                      message=f"the graph is not valid N-Triples: {e}",
                                      hint="fix the RDF syntax (kg.mapping.lit escapes literals)",
                                      constraint="Syntax"))
    return ds, unreadable


def _as_nquads(ntriples: str, graph: str) -> str:
    suffix = f" <{graph}> .\n"
    out = []
    for line in ntriples.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            out.append(line[:-1].rstrip() + suffix)
    return "".join(out)


def _validate_dataset(ds: rdflib.Dataset, shapes: rdflib.Graph, names: list[str]) -> Report:
    # imported here, not with the module: it costs about half a second, and a build whose
    # graphs all go through pyshacl-turbo never needs it
    import pyshacl

    triples = len(ds)
    try:
        _, results, _ = pyshacl.validate(ds, shacl_graph=shapes, inference="none",
                                                allow_warnings=True, allow_infos=True)
    except Exception as e:
        raise ValidationError(f"SHACL validation could not run: {e}",
                              hint="check ontology/shapes.ttl (pyshacl rejects malformed shapes)") from e
    locator = _Locator(ds, names)
    findings = [f for r in results.subjects(RDF.type, SH.ValidationResult)
                for f in _findings(results, r, shapes, locator)]
    return Report(findings=_without_echoes(findings), graphs=list(names), triples=triples,
                  engines={"pyshacl"})


_ECHOES = frozenset({"LessThanOrEqualsConstraintComponent", "MinInclusiveConstraintComponent"})


def _without_echoes(findings: list[Finding]) -> list[Finding]:
    """Drop the comparisons (``>= 1``, ``<= endLine``) of a value whose datatype is already
    reported as wrong: a string cannot be compared with an integer, so they say nothing new."""
    mistyped = {(f.graph, f.focus, f.path) for f in findings if f.constraint == "DatatypeConstraintComponent"}
    return [f for f in findings if not (f.constraint in _ECHOES and (f.graph, f.focus, f.path) in mistyped)]


def _findings(results: rdflib.Graph, r: Node, shapes: rdflib.Graph, locator: _Locator) -> list[Finding]:
    focus = results.value(r, SH.focusNode)
    path = results.value(r, SH.resultPath)
    value = results.value(r, SH.value)
    shape = results.value(r, SH.sourceShape)
    component = str(results.value(r, SH.sourceConstraintComponent) or "").rsplit("#", 1)[-1]
    severity = _SEVERITY.get(results.value(r, SH.resultSeverity), "violation")  # type: ignore[call-overload]
    message = _message(shapes, shape, results.value(r, SH.resultMessage), focus, value, component)
    hint = str(shapes.value(shape, HINT) or "see ontology/shapes.ttl for what this shape requires")
    simple_path = path if isinstance(path, URIRef) else None
    out = []
    for graph in locator.graphs_of(focus, simple_path, value):
        file, line = locator.locate(graph, focus)
        out.append(Finding(graph=graph, file=file, line=line, focus=str(focus),
                           path=_curie(str(path)) if simple_path else None,
                           value=None if value is None else str(value), message=message, hint=hint,
                           severity=severity, shape=None if isinstance(shape, rdflib.BNode) else str(shape),
                           constraint=component or None,
                           term=None if value is None else value.n3()))
    return out


def _message(shapes: rdflib.Graph, shape: Node | None, fallback: Node | None, focus: Node | None,
             value: Node | None, component: str) -> str:
    template = shapes.value(shape, SH.message) if shape is not None else None
    if template is None:
        return str(fallback or f"{_show(focus)} does not conform to {component}")
    text = str(template).replace("{focus}", _show(focus)).replace("{value}", _show_value(value))
    detail = _DETAIL.get(component)
    return f"{text} ({detail})" if detail else text


def _show(node: Node | None) -> str:
    if node is None:
        return "(nothing)"
    return _curie(str(node)) if isinstance(node, URIRef) else repr(str(node))


def _show_value(value: Node | None) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Literal):
        dt = _curie(str(value.datatype)) if value.datatype else ("language-tagged" if value.language else "xsd:string")
        return f"{str(value)!r} ({dt})"
    return _show(value)


def _curie(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def _expand(curie: str) -> str:
    prefix, _, local = curie.partition(":")
    return PREFIXES[prefix] + local if prefix in PREFIXES and not local.startswith("//") else curie


# -- where a finding points -------------------------------------------------------------------

class _Locator:
    """Maps a focus node to the graphs it belongs to, and to a file and line in each."""

    def __init__(self, ds: rdflib.Dataset, names: Iterable[str]) -> None:
        self.ds = ds
        self.names = list(names)
        self.graphs = {n: ds.graph(URIRef(n)) for n in self.names}
        if not self.graphs:  # a plain Turtle file: everything is in the default graph
            self.graphs = {"": ds.default_graph if hasattr(ds, "default_graph") else ds}
        self._files: dict[tuple[str, Node], str | None] = {}

    def graphs_of(self, focus: Node | None, path: URIRef | None, value: Node | None) -> list[str | None]:
        if len(self.graphs) == 1 and "" in self.graphs:
            return [None]
        holding = [n for n, g in self.graphs.items()
                   if focus is not None and path is not None and value is not None
                   and (focus, path, value) in g]
        if not holding:
            holding = [n for n, g in self.graphs.items() if (focus, None, None) in g]
        if not holding:
            holding = [n for n, g in self.graphs.items() if (None, None, focus) in g]
        return holding or [None]  # type: ignore[return-value]

    def _graph(self, name: str | None) -> rdflib.Graph:
        if name is None:
            return self.ds  # type: ignore[return-value]
        return self.graphs.get(name, self.ds)  # type: ignore[return-value]

    def locate(self, name: str | None, focus: Node | None) -> tuple[str | None, int | None]:
        g = self._graph(name)
        if focus is None:
            return self._only_file(g), None
        line = _line(g, focus)
        return self._file(g, focus) or self._only_file(g), line

    def _file(self, g: rdflib.Graph, focus: Node) -> str | None:
        for m in _sources(g, focus):
            name = g.value(m, D.fileName)
            if name is not None:
                return str(name)
        return None

    def _only_file(self, g: rdflib.Graph) -> str | None:
        names = {str(n) for m in g.subjects(RDF.type, D.Monograph) for n in g.objects(m, D.fileName)}
        return names.pop() if len(names) == 1 else None


def _sources(g: rdflib.Graph, focus: Node) -> Iterable[Node]:
    """The monograph nodes the focus comes from, best evidence first."""
    if (focus, RDF.type, D.Monograph) in g:
        yield focus
    yield from g.objects(focus, PROV.wasDerivedFrom)
    yield from g.objects(focus, D.describedIn)
    for drug in g.objects(focus, D.subject):
        yield from g.objects(drug, D.describedIn)
    for st in _statements_about(g, focus):
        yield from g.objects(st, PROV.wasDerivedFrom)


def _statements_about(g: rdflib.Graph, focus: Node) -> list[Node]:
    found = set(g.subjects(D.object, focus)) | set(g.subjects(D.subject, focus))
    found |= {st for st in g.subjects(D.example, focus)}
    return sorted(found, key=lambda st: (_int(g.value(st, D.startLine)) or 10**9, str(st)))


def _line(g: rdflib.Graph, focus: Node) -> int | None:
    own = _int(g.value(focus, D.startLine)) or _int(g.value(focus, D.endLine))
    if own is not None:
        return own
    if (focus, D.quote, None) in g or (focus, D.section, None) in g:
        return None  # a statement without a usable line
    lines = [n for st in _statements_about(g, focus) if (n := _int(g.value(st, D.startLine)))]
    return min(lines) if lines else None


def _int(value: Node | None) -> int | None:
    if value is None:
        return None
    try:
        n = int(str(value))
    except ValueError:
        return None
    return n if n >= 1 else None


__all__ = ["ENGINES", "Finding", "Report", "gate", "load_shapes", "make_gate", "monograph_graphs", "shapes_path",
           "store_graph_text", "validate_file", "validate_graphs", "validate_store"]
