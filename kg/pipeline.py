"""Build orchestration (layer 4): files -> parse -> extract -> link -> map -> gate -> store.

The per-file work (:func:`process_file`) is pure apart from reading the file, so it runs in one
worker process per core; only the parent writes to the store. A monograph that cannot be read
is reported and skipped, and never stops the others. Graphs are published in batches, each
batch in one store transaction, so the store never holds a half-written monograph.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.config import Config
from kg.errors import KgError, ParseError
from kg.extract import extract
from kg.mapping import Linker, MappedGraph, map_extraction
from kg.namespaces import graph_iri, inferred_graph, nodes_graph, ontology_graph, trace_graph
from kg.parse import parse_file
from kg.store import GraphStore

NOT_MONOGRAPHS = frozenset({"index.md", "readme.md"})

#: ``gate(graphs) -> {graph IRI: [problem, ...]}`` for the graphs that must not be published.
Gate = Callable[[Mapping[str, str]], Mapping[str, Sequence[str]]]


@dataclass
class FileResult:
    path: str
    mapped: MappedGraph | None = None
    error: KgError | None = None
    seconds: dict[str, float] = field(default_factory=dict)
    problems: list[str] | None = None  # SHACL findings, when the worker ran the gate

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class BuildReport:
    published: list[FileResult] = field(default_factory=list)
    failed: list[FileResult] = field(default_factory=list)
    rejected: dict[str, list[str]] = field(default_factory=dict)  # file -> problems (gate)
    published_invalid: dict[str, list[str]] = field(default_factory=dict)  # --allow-invalid
    reasoning: str = ""  # the reasoner's report, when it ran
    consistent: bool = True
    triples: int = 0
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.failed and not self.rejected


def discover(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The monographs under ``paths``: ``*.md`` files, minus INDEX.md/README.md, sorted."""
    found: set[Path] = set()
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found.update(f for f in p.rglob("*.md") if f.name.lower() not in NOT_MONOGRAPHS)
        elif p.exists():
            found.add(p)
        else:
            raise KgError(f"no such file or folder: {p}", hint="give monograph files or folders")
    return sorted(found)


_LINKER: Linker | None = None


def _worker_linker(config: Config | None) -> Linker | None:
    """The linker of this process, loaded once (vocabulary tables are large)."""
    global _LINKER
    if config is None:
        return None
    if _LINKER is None:
        from kg.link import load_linker

        _LINKER = load_linker(config)
    return _LINKER


def process_file(path: str, base: str, link_config: Config | None = None) -> FileResult:
    """Parse, extract, link and map one monograph; errors are captured, never raised."""
    result = FileResult(path=path)
    t0 = time.perf_counter()
    try:
        doc = parse_file(path)
        t1 = time.perf_counter()
        claims = extract(doc)
        t2 = time.perf_counter()
        result.mapped = map_extraction(claims, base, _worker_linker(link_config))
        t3 = time.perf_counter()
        result.seconds = {"parse": t1 - t0, "extract": t2 - t1, "map": t3 - t2}
    except KgError as e:
        if not e.file:
            e.file = path
        result.error = e
    except (OSError, UnicodeError, ValueError) as e:  # the outermost edge of one file's work
        result.error = ParseError(f"cannot process this monograph: {e}", file=path,
                                  hint="check that it is a UTF-8 markdown monograph")
    return result


_GATES: dict[tuple[str, str], Gate] = {}


def _worker_gate(shapes: str, base: str) -> Gate:
    """The SHACL gate of this process, its shapes compiled once."""
    if (shapes, base) not in _GATES:
        from kg.validate import make_gate

        _GATES[(shapes, base)] = make_gate(Path(shapes), base)
    return _GATES[(shapes, base)]


def process_chunk(paths: Sequence[str], base: str, link_config: Config | None = None,
                  shapes: str | None = None) -> list[FileResult]:
    """:func:`process_file` over a chunk of files, then, given ``shapes``, the SHACL gate over
    the chunk's graphs in one run, so validation runs in the workers, beside extraction."""
    results = [process_file(p, base, link_config) for p in paths]
    if shapes is not None:
        mapped = [(r, r.mapped) for r in results if r.mapped is not None]
        problems = _worker_gate(shapes, base)({m.graph: m.ntriples() for _, m in mapped})
        for r, m in mapped:
            r.problems = list(problems.get(m.graph, ()))
    return results


def process_all(paths: Sequence[Path], base: str, link_config: Config | None,
                workers: int = 1, shapes: Path | None = None, chunk: int = 200) -> Iterator[FileResult]:
    """:func:`process_chunk` over every path in chunks, in input order, on ``workers`` processes."""
    args = [str(p) for p in paths]
    chunks = [args[i:i + chunk] for i in range(0, len(args), chunk)]
    shapes_arg = None if shapes is None else str(shapes)
    if workers <= 1 or len(chunks) < 2:
        for c in chunks:
            yield from process_chunk(c, base, link_config, shapes_arg)
        return
    _worker_linker(link_config)  # load the tables once here; forked workers share them
    with ProcessPoolExecutor(max_workers=workers) as pool:
        for results in pool.map(process_chunk, chunks, [base] * len(chunks), [link_config] * len(chunks),
                                [shapes_arg] * len(chunks)):
            yield from results


def load_ontology(store: GraphStore, config: Config) -> bool:
    """Put ontology/drugkg.ttl in its own named graph, replacing the previous version."""
    path = config.ontology_dir / "drugkg.ttl"
    if not path.exists():
        return False
    graph = ontology_graph(config.base)
    store.drop_graphs([graph])
    store.load(path.read_bytes(), "turtle", graph)
    return True


def build(paths: Iterable[str | os.PathLike[str]], store: GraphStore, config: Config, *,
          link: bool = True, gate: Gate | None = None, shapes: Path | None = None,
          allow_invalid: bool = False, workers: int = 1, batch_size: int = 1000,
          on_result: Callable[[FileResult], Any] | None = None) -> BuildReport:
    """Build every monograph under ``paths`` into ``store``; see the module docstring.

    ``shapes`` (a SHACL file, run by the workers on each chunk) and ``gate`` (a callable, e.g.
    :func:`kg.validate.make_gate`, run here on each batch) keep non-conforming monographs out
    of the store, their previous graph staying as it was; ``allow_invalid`` publishes them
    anyway."""
    report = BuildReport()
    started = time.perf_counter()
    files = discover(paths)
    batch: list[FileResult] = []
    for result in process_all(files, config.base, config if link else None, workers, shapes):
        if on_result is not None:
            on_result(result)
        if not result.ok:
            report.failed.append(result)
            continue
        batch.append(result)
        if len(batch) >= batch_size:
            _publish(batch, store, gate, report, config.base, allow_invalid)
            batch = []
    _publish(batch, store, gate, report, config.base, allow_invalid)
    if report.published:
        drop_orphan_nodes(store, config.base)
    load_ontology(store, config)
    report.seconds["total"] = time.perf_counter() - started
    return report


def drop_orphan_nodes(store: GraphStore, base: str) -> None:
    """Remove node descriptions no monograph mentions any more (after a rebuild changed it)."""
    prefix = graph_iri("", base)
    store.update(f"""
        DELETE {{ GRAPH <{nodes_graph(base)}> {{ ?n ?p ?o }} }}
        WHERE {{
          GRAPH <{nodes_graph(base)}> {{ ?n ?p ?o }}
          FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?y ?n }} FILTER(STRSTARTS(STR(?g), "{prefix}")) }}
        }}""")


def _publish(batch: list[FileResult], store: GraphStore, gate: Gate | None, report: BuildReport,
             base: str, allow_invalid: bool = False) -> None:
    """Gate a batch, then write the graphs that passed in one transaction."""
    if not batch:
        return
    mapped = [r.mapped for r in batch if r.mapped]
    t0 = time.perf_counter()
    problems = dict(gate({m.graph: m.ntriples() for m in mapped})) if gate is not None else {}
    problems.update({r.mapped.graph: r.problems for r in batch if r.mapped and r.problems})
    t1 = time.perf_counter()
    good = mapped if allow_invalid else [m for m in mapped if m.graph not in problems]
    nodes = "".join(m.nodes_ntriples() for m in good)
    store.replace_graphs({m.graph: m.own_ntriples() for m in good},
                         {nodes_graph(base): nodes} if nodes else None)
    t2 = time.perf_counter()
    report.seconds["validate"] = report.seconds.get("validate", 0.0) + t1 - t0
    report.seconds["load"] = report.seconds.get("load", 0.0) + t2 - t1
    for r in batch:
        assert r.mapped is not None
        if r.mapped.graph in problems and not allow_invalid:
            report.rejected[r.path] = list(problems[r.mapped.graph])
        else:
            if r.mapped.graph in problems:
                report.published_invalid[r.path] = list(problems[r.mapped.graph])
            report.published.append(r)
            report.triples += len(r.mapped)


def build_checked(paths: Iterable[str | os.PathLike[str]], store: GraphStore, config: Config, *,
                  link: bool = True, allow_invalid: bool = False, reason: bool = True, workers: int = 1,
                  on_result: Callable[[FileResult], Any] | None = None) -> BuildReport:
    """What ``kg build`` does: :func:`build` behind the SHACL gate of ``ontology/shapes.ttl``,
    then the reasoner, so the inferred graph always matches the asserted graphs. Without
    ``reason`` the inferred graphs, now stale, are dropped."""
    from kg.reason import reason as run_reasoner

    report = build(paths, store, config, link=link, shapes=config.ontology_dir / "shapes.ttl",
                   allow_invalid=allow_invalid, workers=workers, on_result=on_result)
    if not (report.published or report.published_invalid):
        return report
    t0 = time.perf_counter()
    if reason:
        # build() has just put the ontology in its graph: the reasoner need not load it again
        outcome = run_reasoner(store, base=config.base, ontology_file=config.ontology_dir / "drugkg.ttl",
                               load_ontology=False)
        report.reasoning = outcome.to_text()
        report.consistent = outcome.consistent
    else:
        store.drop_graphs([inferred_graph(config.base), trace_graph(config.base)])
        report.reasoning = "reasoning skipped: the inferred graph was dropped (run kg reason)"
    report.seconds["reason"] = time.perf_counter() - t0
    return report
