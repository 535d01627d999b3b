"""Build orchestration (layer 4): files -> parse -> extract -> link -> map -> gate -> store.

The per-file work (:func:`process_file`) is pure apart from reading the file, so it runs in one
worker process per core; only the parent writes to the store. A monograph that cannot be read
is reported and skipped, and never stops the others. Graphs are published in batches, each
batch in one store transaction, so the store never holds a half-written monograph.

Memory is bounded: the build holds the batch it is publishing (:data:`BATCH_BYTES`) and a few
chunks in flight in the workers; the report keeps names, counts and problems, never graphs. Builds
are incremental (:mod:`kg.manifest`): unchanged files are skipped before they are read, and a
folder is synced (the graphs of its files now gone are dropped).

Hostile input is bounded per file: a monograph larger than ``Limits.max_file_size`` is not read,
one that makes more than ``Limits.max_claims`` claims is not mapped (the SHACL gate's time grows
faster than linearly with the claims about one drug), and a worker that dies on a file (killed
for memory) costs that file only. Two files that mint the same monograph key (``a b.md`` and
``A-B.md`` are both ``a-b``) are both refused, never one silently dropped: see :func:`collisions`.
"""
from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
import time
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import manifest
from kg.config import DEFAULT_MAX_CLAIMS, DEFAULT_MAX_FILE_SIZE, Config
from kg.errors import InputError, KgError, MappingError, ParseError
from kg.inferred import monograph_graphs
from kg.mapping import Linker, MappedGraph, map_extraction, monograph_key
from kg.model import Extraction, Warning_
from kg.namespaces import DKG, graph_iri, nodes_graph, ontology_graph, slug
from kg.store import GraphStore

NOT_MONOGRAPHS = frozenset({"index.md", "readme.md"})

#: ``gate(graphs) -> {graph IRI: [problem, ...]}`` for the graphs that must not be published.
Gate = Callable[[Mapping[str, str]], Mapping[str, Sequence[str]]]


@dataclass
class FileResult:
    path: str
    mapped: MappedGraph | None = None
    error: KgError | None = None
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage in the worker
    cpu: dict[str, float] = field(default_factory=dict)  # the worker's CPU time per stage
    problems: list[str] | None = None  # SHACL findings, when the worker ran the gate
    #: the extractor's (Extraction.coverage), then the nodes whose identifiers tie (:data:`LINK_TIE`)
    warnings: list[Warning_] = field(default_factory=list)
    drug_line: int | None = None  # where the page names its drug: the line of findings that have none
    sha256: str = ""  # of the file's bytes as read
    content: str = ""  # MappedGraph.digest() of what it maps to
    #: more named graphs (IRI -> N-Triples) that belong to this monograph and are replaced with
    #: its own graph in one ``replace_graphs`` call (e.g. what is inferred from it)
    extra_graphs: dict[str, str] = field(default_factory=dict)
    reasoning: Any = None  # kg.reason.MonographReasoning (its summary), when the worker applied the rules

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Limits:
    """Bounds on one monograph (see the module docstring); from :class:`Config`."""

    max_file_size: int = DEFAULT_MAX_FILE_SIZE
    max_claims: int = DEFAULT_MAX_CLAIMS

    @classmethod
    def of(cls, config: Config) -> Limits:
        return cls(config.max_file_size, config.max_claims)


@dataclass(frozen=True)
class Published:
    """What the report keeps of a published monograph: never its graph (a build's memory must
    not grow with the corpus)."""

    path: str
    graph: str
    triples: int
    change: str = "added"  # added | changed (its file's bytes or place) | rebuilt (same file)


@dataclass
class BuildReport:
    published: list[Published] = field(default_factory=list)
    failed: list[FileResult] = field(default_factory=list)  # with their error, never a graph
    rejected: dict[str, list[str]] = field(default_factory=dict)  # file -> problems (gate)
    published_invalid: dict[str, list[str]] = field(default_factory=dict)  # --allow-invalid
    reasoning: str = ""  # the reasoner's report, when it ran
    inferences: Any = None  # kg.reason.Tally: what the workers inferred (build(rules=...))
    consistent: bool = True
    triples: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # wall time per stage of this process
    #: seconds per stage summed over the files, in whichever worker ran them (parse, extract, map, validate)
    work_seconds: dict[str, float] = field(default_factory=dict)
    #: CPU seconds per stage summed over the files: unlike wall time, not swollen by a busy machine
    work_cpu: dict[str, float] = field(default_factory=dict)
    discovered: int = 0  # monograph files found under the paths
    skipped: int = 0  # files the store already holds, built from the same bytes with the same fingerprint
    same_content: int = 0  # files built again (new code) that mapped to what the store held: records rewritten
    parsed: int = 0  # files read (published, rejected or failed)
    removed: list[str] = field(default_factory=list)  # files gone from a folder built: their graphs dropped
    collisions: dict[str, list[str]] = field(default_factory=dict)  # monograph key -> its files
    warnings: dict[str, list[Warning_]] = field(default_factory=dict)  # file -> extractor and link warnings
    notes: list[str] = field(default_factory=list)  # what a person should know about this build

    @property
    def ok(self) -> bool:
        return not self.failed and not self.rejected

    @property
    def changed_anything(self) -> bool:
        return bool(self.published or self.removed)

    def by_change(self, change: str) -> list[str]:
        """The files published this build as ``added``, ``changed`` or ``rebuilt``."""
        return [p.path for p in self.published if p.change == change]

    def warnings_by_kind(self) -> dict[str, list[str]]:
        """``kind -> [file, ...]``: the monographs the extractor (or, kind :data:`LINK_TIE`, the
        linker) warned about, per kind."""
        out: dict[str, list[str]] = {}
        for path, warnings in self.warnings.items():
            for kind in dict.fromkeys(w.kind for w in warnings):
                out.setdefault(kind, []).append(path)
        return dict(sorted(out.items()))

    def link_ties(self) -> dict[str, list[str]]:
        """``node -> ["file:line", ...]``: the nodes whose identifiers tied, where each is named."""
        out: dict[str, list[str]] = {}
        for path, warnings in self.warnings.items():
            for w in warnings:
                if w.kind == LINK_TIE:
                    out.setdefault(w.message, []).append(f"{path}:{w.line}" if w.line else path)
        return out


def discover(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The monographs under ``paths``: ``*.md`` files, minus INDEX.md/README.md, sorted; a file
    named twice (``a.md`` and ``./a.md``, or a folder and a file in it) counts once."""
    return list(discover_sources(paths))


def discover_sources(paths: Iterable[str | os.PathLike[str]]) -> dict[Path, str]:
    """:func:`discover`'s files, each with its resolved path (its build record's ``source``),
    in order; what the listing of a folder already tells (a file, not a link) is not asked again."""
    found: dict[str, Path] = {}
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            pairs = [(f, real) for f, real in _markdown_files(p) if f.name.lower() not in NOT_MONOGRAPHS]
        elif p.exists():
            pairs = list(resolve_all([p]).items())
        else:
            raise KgError(f"no such file or folder: {p}", hint="give monograph files or folders")
        for f, real in pairs:
            found.setdefault(real, f)
    # Path order (by parts), with the parts as the key: 10,000 Path comparisons cost 0.15 s
    return {f: real for real, f in sorted(found.items(), key=lambda item: item[1].parts)}


def _markdown_files(root: Path) -> Iterator[tuple[Path, str]]:
    """The ``*.md`` files under ``root``, as ``root.rglob("*.md")`` finds them (links to folders
    not followed), each with its resolved path, by ``os.scandir``: whether an entry is a file or
    a link comes with the listing (a ``stat`` and a ``resolve`` per file cost seconds at
    10,000 files); one ``realpath`` per folder."""
    folders = [str(root)]
    while folders:
        folder = folders.pop()
        real = os.path.realpath(folder)
        with os.scandir(folder) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                elif entry.name.endswith(".md") and entry.is_file():
                    link = entry.is_symlink()
                    yield Path(entry.path), os.path.realpath(entry.path) if link else os.path.join(real, entry.name)


def resolve_all(files: Iterable[Path]) -> dict[Path, str]:
    """``str(f.resolve())`` of each file (the ``source`` of its build record), with one
    ``realpath`` per folder: a file that is not a symbolic link resolves to its folder's real
    path and its own name (a resolve per file, at 10,000 files, cost seconds)."""
    folders: dict[str, str] = {}
    out: dict[Path, str] = {}
    for f in files:
        text = str(f)
        parent, name = os.path.split(text)
        folder = folders.get(parent)
        if folder is None:
            folder = folders[parent] = os.path.realpath(parent or ".")
        out[f] = os.path.realpath(text) if os.path.islink(text) else os.path.join(folder, name)
    return out


def collisions(files: Sequence[Path], keys: Mapping[Path, str] | None = None) -> dict[str, list[Path]]:
    """``key -> files`` for every monograph key that more than one of ``files`` mints.

    The key (and so the monograph's node and named graph) comes from the file name, slugged, so
    ``a b.md`` and ``A-B.md`` are one monograph to the store. Neither is built: which of them
    would win depends on the order of the files, and a key that moves to another page when a
    file is added would break every link to it. The researcher renames one; the graph the key
    already has in the store stays as it was."""
    by_key: dict[str, list[Path]] = {}
    for f in files:
        by_key.setdefault(keys[f] if keys is not None else monograph_key(f.name), []).append(f)
    return {k: v for k, v in by_key.items() if len(v) > 1}


def _collision_error(key: str, path: Path, group: Sequence[Path], base: str) -> InputError:
    others = ", ".join(str(o) for o in group if o != path)
    return InputError(f"mints the same monograph key {key!r} as {others} (graph <{graph_iri(key, base)}>), "
                      "so none of them is built", file=str(path),
                      hint="rename one of them: the key is the file name, lower-cased, with each run of "
                           "other characters made one '-'")


_LINKER: Linker | None = None
#: a build that maps at most this many files opens the linker from its on-disk index
#: (:mod:`kg.linkcache`: milliseconds, then a read per look-up); a larger one loads the tables in
#: memory (one to two seconds, repaid after a few hundred files' look-ups)
FEW_FILES = 200


def _worker_linker(config: Config | None, files: int | None = None) -> Linker | None:
    """The linker of this process, loaded once (vocabulary tables are large). Given the number
    of ``files`` the build maps, from the on-disk index when they are few (:data:`FEW_FILES`)."""
    global _LINKER
    if config is None:
        return None
    if _LINKER is None:
        if files is not None and files <= FEW_FILES:
            from kg.linkcache import cached_linker

            _LINKER = cached_linker(config, manifest.fingerprint(config, link=True))
        else:
            from kg.link import load_linker

            _LINKER = load_linker(config)
    return _LINKER


def process_file(path: str, base: str, link_config: Config | None = None,
                 limits: Limits | None = None) -> FileResult:
    """Parse, extract, link and map one monograph; errors are captured, never raised."""
    # imported here: the extractors compile hundreds of patterns (0.5 s), which a build that
    # reads no file, or reads it in a worker (:class:`_WarmWorker`), need not wait for
    from kg.extract import extract
    from kg.parse import parse_file

    result = FileResult(path=path)
    limits = limits or Limits()
    claims: Extraction | None = None
    t0, c0 = time.perf_counter(), time.process_time()
    try:
        _check_size(path, limits)
        doc = parse_file(path)
        result.sha256 = doc.sha256
        t1, c1 = time.perf_counter(), time.process_time()
        claims = extract(doc)
        t2, c2 = time.perf_counter(), time.process_time()
        result.warnings = list(claims.coverage.warnings) if claims.coverage is not None else []
        result.drug_line = claims.drug.evidence.span.start
        _check_claims(claims, path, limits)
        ties: list[tuple[str, str, str]] = []
        linker = _worker_linker(link_config)
        result.mapped = map_extraction(claims, base, _noting_ties(linker, ties),
                                       getattr(linker, "composition", None))
        result.warnings += [Warning_(LINK_TIE, f"{kind} {label!r} {what}", _label_line(claims, label) or 0)
                            for kind, label, what in ties]
        result.content = result.mapped.digest()
        t3, c3 = time.perf_counter(), time.process_time()
        result.seconds = {"parse": t1 - t0, "extract": t2 - t1, "map": t3 - t2}
        result.cpu = {"parse": c1 - c0, "extract": c2 - c1, "map": c3 - c2}
    except KgError as e:
        if not e.file:
            e.file = path
        if isinstance(e, MappingError) and e.line is None and claims is not None:
            e.line = _unmintable_line(claims)
            e.hint = e.hint or "give it a name with letters or digits, or leave the item out"
        result.error = e
    except MemoryError:
        result.error = InputError("ran out of memory reading this monograph", file=path,
                                  hint="is it a monograph? lower --max-file-size, or give kg build more memory")
    except RecursionError:
        result.error = ParseError("the monograph is nested too deeply to read", file=path,
                                  hint="monographs are headings, paragraphs and lists a few levels deep")
    except (OSError, UnicodeError, ValueError) as e:  # the outermost edge of one file's work
        result.error = ParseError(f"cannot process this monograph: {e}", file=path,
                                  hint="check that it is a UTF-8 markdown monograph")
    return result


#: the warning kind of a node whose external identifiers tie (kg.link leaves them unlinked)
LINK_TIE = "link-tie"


def _noting_ties(linker: Linker | None, ties: list[tuple[str, str, str]]) -> Linker | None:
    """``linker``, noting in ``ties`` each node whose candidates tie, as ``(kind, label, what)``,
    so the build reports it as a warning of the file and line that name the node, instead of the
    linker's own log line (said once per process, with no file)."""
    explain = getattr(linker, "explain", None)
    if explain is None:
        return linker

    def link(kind: str, label: str, synonyms: Sequence[str] = (), symbol: str | None = None) -> Sequence[Any]:
        outcome = explain(kind, label, synonyms, symbol)
        if outcome.ties:
            what = ("linked, but not to the identifiers that tie" if outcome.linked
                    else "left unlinked: its candidates tie")
            ties.append((kind, label, f"{what} ({'; '.join(map(str, outcome.ties))})"))
        return outcome.links  # type: ignore[no-any-return]

    return link


def _check_size(path: str, limits: Limits) -> None:
    try:
        size = os.stat(path).st_size
    except OSError:
        return  # parse_file reports it
    if size > limits.max_file_size:
        raise InputError(f"{size:,} bytes, over the limit of {limits.max_file_size:,} bytes per monograph",
                         file=path, hint="monographs are a few KB: split it, or raise the limit with "
                                         "kg build --max-file-size SIZE (or $KG_MAX_FILE_SIZE)")


def _claim_items(x: Extraction) -> Iterator[Any]:
    """Every claim of an extraction (brand names, routes, uses, effects, FAQs ...)."""
    for f in dataclasses.fields(x):
        value = getattr(x, f.name)
        if isinstance(value, list):
            yield from value
        elif f.name not in ("drug", "coverage") and hasattr(value, "evidence"):
            yield value


def _check_claims(x: Extraction, path: str, limits: Limits) -> None:
    items = list(_claim_items(x))
    if len(items) <= limits.max_claims:
        return
    lines = sorted(i.evidence.span.start for i in items if hasattr(i, "evidence"))
    line = lines[limits.max_claims] if len(lines) > limits.max_claims else None
    raise InputError(f"{len(items):,} claims, over the limit of {limits.max_claims:,} per monograph"
                     + (f" (claim {limits.max_claims + 1:,} is on this line)" if line else ""),
                     file=path, line=line,
                     hint="is it one drug's monograph? split it, or raise the limit with "
                          "kg build --max-claims N (or $KG_MAX_CLAIMS)")


#: the fields of a claim that become a node of ours (and so need a key minted from them)
_NODE_FIELDS = ("label", "target", "agent", "category", "examples")


def _first_line_naming(x: Extraction, test: Callable[[str], bool]) -> int | None:
    """The first line of the drug or a claim with a name (a field that becomes a node of ours)
    that passes ``test``."""
    lines = []
    for item in [x.drug, *_claim_items(x)]:
        evidence = getattr(item, "evidence", None)
        if evidence is None:
            continue
        for name in _NODE_FIELDS:
            value = getattr(item, name, None)
            values = value if isinstance(value, list) else [value]
            if any(isinstance(v, str) and test(v) for v in values):
                lines.append(evidence.span.start)
    return min(lines) if lines else None


def _unmintable_line(x: Extraction) -> int | None:
    """The first line with a name that mints no key (no letters or digits): where a
    :class:`MappingError` about such a label points."""
    return _first_line_naming(x, lambda v: bool(v.strip()) and not slug(v))


def _label_line(x: Extraction, label: str) -> int | None:
    """The first line that names ``label`` (where a warning about its node points)."""
    return _first_line_naming(x, lambda v: v == label)


_GATES: dict[tuple[str, str], Callable[..., Mapping[str, Sequence[str]]]] = {}


def _worker_gate(shapes: str, base: str) -> Callable[..., Mapping[str, Sequence[str]]]:
    """The SHACL gate of this process, its shapes compiled once."""
    if (shapes, base) not in _GATES:
        from kg.validate import make_gate

        _GATES[(shapes, base)] = make_gate(Path(shapes), base)
    return _GATES[(shapes, base)]


def process_chunk(paths: Sequence[str], base: str, link_config: Config | None = None,
                  shapes: str | None = None, limits: Limits | None = None,
                  rules: str | None = None) -> list[FileResult]:
    """:func:`process_file` over a chunk of files, then, given ``shapes``, the SHACL gate over
    the chunk's graphs in one run, so validation runs in the workers, beside extraction; given
    ``rules`` (a rule set :func:`kg.reason.compile_rules` cached), the rules applied to each
    monograph (:func:`_reason_chunk`). Python's cyclic collector is paused meanwhile, and run
    once after (:func:`_collector_paused`)."""
    with _collector_paused():
        return _process_chunk(paths, base, link_config, shapes, limits, rules)


def _process_chunk(paths: Sequence[str], base: str, link_config: Config | None, shapes: str | None,
                   limits: Limits | None, rules: str | None) -> list[FileResult]:
    results = [process_file(p, base, link_config, limits) for p in paths]
    if shapes is not None:
        mapped = [(r, r.mapped) for r in results if r.mapped is not None]
        lines = {m.graph: r.drug_line for r, m in mapped if r.drug_line}
        t0, c0 = time.perf_counter(), time.process_time()
        problems = _worker_gate(shapes, base)({m.graph: m.ntriples() for _, m in mapped}, lines=lines)
        share = (time.perf_counter() - t0) / max(1, len(mapped))
        cpu_share = (time.process_time() - c0) / max(1, len(mapped))
        for r, m in mapped:
            r.problems = list(problems.get(m.graph, ()))
            r.seconds["validate"] = share
            r.cpu["validate"] = cpu_share
    if rules is not None:
        _reason_chunk(results, rules, base)
    return results


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off for a chunk of monographs, and one collection after.

    Processing a monograph allocates tens of thousands of small objects but leaves almost no
    cycles (the collections of a 10,000 build found a few dozen objects, most found none), so
    the collector, which runs after every 700 allocations and in full every few hundred
    monographs, was all cost: 11 s of a build worker's 55 s of CPU at 10,000 monographs, its
    full collections 150-350 ms each as they walked the linker's tables. A chunk is bounded
    (200 files, each within the size and claim limits), so what cycles it leaves wait at most
    for its end."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.collect()


def _reason_chunk(results: Sequence[FileResult], rules: str, base: str) -> None:
    """Each monograph's inferences, as graphs published with it (``extra_graphs``)."""
    from kg.reason import load_rules, reason_monograph

    ruleset = load_rules(rules)
    for r in results:
        if r.mapped is not None:
            done = reason_monograph(ruleset, r.mapped.graph, r.mapped.lines, r.mapped.node_lines, base)
            r.extra_graphs.update(done.graphs(base))
            r.reasoning = done.summary()
            r.seconds["reason"] = done.seconds
            r.cpu["reason"] = done.cpu


class _WarmWorker:
    """One worker process forked when a build starts, before it plans: it imports the
    extractors and compiles the SHACL shapes (about 0.9 s of CPU) on the second core while this
    process plans (0.4-0.6 s at 10,000 files), then builds a build's few files (one chunk). A
    build with more to do uses the pool of :func:`process_all`, and one with nothing to do
    stops it unused. Linux (fork) only."""

    def __init__(self, shapes: str | None, base: str) -> None:
        import multiprocessing

        context = multiprocessing.get_context("fork")
        self.conn, child = context.Pipe()
        self.proc = context.Process(target=_warm_main, args=(child, self.conn, os.getpid(), shapes, base),
                                    daemon=True)
        self.proc.start()
        child.close()

    def run(self, chunk: list[str], files: int, args: tuple[Any, ...]) -> list[FileResult] | None:
        """The chunk's results, or None when the worker died on it."""
        try:
            self.conn.send((chunk, files, args))
            status, value = self.conn.recv()
        except (EOFError, OSError):
            return None
        if status == "error":
            raise value
        return value  # type: ignore[no-any-return]

    def stop(self) -> None:
        if self.proc.is_alive():
            self.proc.terminate()
        self.proc.join()
        self.conn.close()


def _warm_main(conn: Any, parent_end: Any, parent: int, shapes: str | None, base: str) -> None:
    # dies with the build: the fork copied the build's end of the pipe, which would keep this
    # end from ever reading EOF, and a build killed with SIGKILL would leave this process behind
    parent_end.close()
    _die_with_parent(parent)
    _warm_pool_worker(base, None, shapes, None, None)
    while True:
        try:
            chunk, files, (base_, link_config, shapes_, limits, rules) = conn.recv()
        except (EOFError, OSError):
            return
        try:
            _worker_linker(link_config, files)
            conn.send(("ok", process_chunk(chunk, base_, link_config, shapes_, limits, rules)))
        except Exception as e:  # noqa: BLE001 - raised again in the build's process
            conn.send(("error", e))


def _die_with_parent(parent: int) -> None:
    """Ask the kernel for SIGKILL when the process that forked this one dies (Linux
    ``prctl(PR_SET_PDEATHSIG)``), and leave at once if it already has."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, 9)  # PR_SET_PDEATHSIG = 1, SIGKILL = 9
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:
        os._exit(1)


def start_warm_worker(workers: int, shapes: Path | None, base: str) -> _WarmWorker | None:
    """A :class:`_WarmWorker` for a build with ``workers`` > 1 on Linux, else None."""
    import multiprocessing

    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return None
    # only with a core to spare: on a machine whose cores others keep busy, the warm-up competes
    # with the planning it should overlap (a one-file rebuild at 10,000 took 2.9 s with it
    # against 2.4 s without, median of 6 each, interleaved, load average 3 on 2 cores)
    try:
        if os.getloadavg()[0] > (os.cpu_count() or 1) - 1:
            return None
    except OSError:
        pass
    try:
        return _WarmWorker(None if shapes is None else str(shapes), base)
    except OSError:
        return None


def process_all(paths: Sequence[Path], base: str, link_config: Config | None,
                workers: int = 1, shapes: Path | None = None, chunk: int = 200,
                limits: Limits | None = None, rules: str | None = None,
                warm: _WarmWorker | None = None) -> Iterator[FileResult]:
    """:func:`process_chunk` over every path in chunks, in input order, on ``workers`` processes
    (a single chunk on the ``warm`` worker when there is one).

    A worker that dies (the kernel kills it for memory, say) breaks the pool: its chunk is run
    again one file per task in a new pool, so only the file that kills a worker is lost, and
    reported (:func:`_died`)."""
    args = [str(p) for p in paths]
    chunks = [args[i:i + chunk] for i in range(0, len(args), chunk)]
    shapes_arg = None if shapes is None else str(shapes)
    if warm is not None and len(chunks) == 1:
        results = warm.run(chunks[0], len(args), (base, link_config, shapes_arg, limits, rules))
        if results is not None:
            yield from results
            return
        # the worker died on this chunk: find the file that kills it, one file per task
        yield from _pooled([[p] for p in chunks[0]], 1, (base, link_config, shapes_arg, limits, rules))
        return
    if args:
        _worker_linker(link_config, len(args))  # once here: forked workers share it
    with _settled_heap():
        if workers <= 1 or len(chunks) < 2:
            for c in chunks:
                yield from process_chunk(c, base, link_config, shapes_arg, limits, rules)
            return
        yield from _pooled(chunks, workers, (base, link_config, shapes_arg, limits, rules))


@contextlib.contextmanager
def _settled_heap() -> Iterator[None]:
    """Keep Python's cyclic garbage collector off what is already built (the linker's tables,
    the compiled shapes and rules, the extractors' patterns) while monographs are processed.

    Processing a monograph allocates tens of thousands of small objects, so the collector runs
    often, and each full collection walks every object alive: in a build worker, 100-170 ms a
    time, about 20 of every 100 ms of a monograph's CPU. ``gc.freeze`` moves the objects alive
    now out of its reach (they are still freed when their last reference goes); forked workers
    inherit that, and freeze what their own warming made (:func:`_warm_pool_worker`). The heap is
    thawed after, so an object frozen here that later becomes cyclic garbage is still collected."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _warm_pool_worker(base: str, link_config: Config | None, shapes: str | None, limits: Limits | None,
                      rules: str | None) -> None:
    """A pool worker's start: what every chunk needs, made once, then frozen (:func:`_settled_heap`).
    It never raises: an initializer that fails breaks the pool, which would read as every worker
    killed; the first chunk meets the same error instead, and the build reports it."""
    try:
        import kg.extract  # noqa: F401 - the import is the warming
        import kg.parse  # noqa: F401

        if shapes is not None:
            _worker_gate(shapes, base)
        if rules is not None:
            from kg.reason import load_rules

            load_rules(rules)
    except Exception:  # noqa: BLE001, S110 - raised again, and reported, where the chunk needs it
        pass
    gc.freeze()


def _pooled(chunks: list[list[str]], workers: int, args: tuple[Any, ...]) -> Iterator[FileResult]:
    """The chunks' results in order. At most a few chunks are in flight beyond the one being
    consumed, so results that the caller has not published yet never pile up in memory."""
    pending = deque((c, True) for c in chunks)  # (chunk, may it be split if a worker dies on it?)
    while pending:
        # while files are being isolated, one worker: the task that breaks the pool is then the
        # one that was running, not a neighbour's
        isolating = not all(splittable for _, splittable in pending)
        pool = ProcessPoolExecutor(max_workers=1 if isolating else workers, initializer=_warm_pool_worker,
                                   initargs=args)
        ahead = 2 if isolating else 2 * workers
        window: deque[tuple[list[str], bool, Future[list[FileResult]]]] = deque()
        try:
            while pending or window:
                while pending and len(window) < ahead:
                    chunk, splittable = pending.popleft()
                    window.append((chunk, splittable, pool.submit(process_chunk, chunk, *args)))
                chunk, splittable, future = window.popleft()
                try:
                    results = future.result()
                except BrokenProcessPool:
                    rest = [(c, s) for c, s, _ in window] + list(pending)
                    if splittable:  # find the file that kills a worker: one file per task, alone
                        pending = deque([([p], False) for p in chunk] + rest)
                    else:
                        yield _died(chunk[0])
                        pending = deque(rest)
                    break
                del future
                yield from results
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _died(path: str) -> FileResult:
    return FileResult(path=path, error=InputError(
        "the worker processing this monograph died (killed by the system, most likely for memory)",
        file=path, hint="is it a monograph? lower --max-file-size or --max-claims, or give kg build more memory"))


def load_ontology(store: GraphStore, config: Config) -> bool:
    """Put ontology/drugkg.ttl in its own named graph, replacing the previous version."""
    path = config.ontology_dir / "drugkg.ttl"
    if not path.exists():
        return False
    graph = ontology_graph(config.base)
    store.drop_graphs([graph])
    store.load(path.read_bytes(), "turtle", graph)
    return True


#: N-Triples bytes per store write: a batch is published when its graphs reach it (or when the
#: store's request limit, for a SPARQL server, is near), so the build holds one batch at a time
BATCH_BYTES = 32 * 1024 * 1024


@dataclass
class Plan:
    """What a build is about to do, before any file is read (for a progress bar)."""

    discovered: int
    skipped: int  # unchanged
    to_process: int


def build(paths: Iterable[str | os.PathLike[str]], store: GraphStore, config: Config, *,
          link: bool = True, gate: Gate | None = None, shapes: Path | None = None,
          allow_invalid: bool = False, workers: int = 1, batch_size: int = 1000,
          on_result: Callable[[FileResult], Any] | None = None, force: bool = False,
          on_plan: Callable[[Plan], Any] | None = None, before_write: Callable[[], Any] | None = None,
          files: Sequence[Path] | Mapping[Path, str] | None = None, rules: str | None = None,
          rebuild: Collection[Path] = (), inferences_current: bool = False,
          clear_inferences: bool = False, plan_cache: Any = None, warm: _WarmWorker | None = None) -> BuildReport:
    """Build every monograph under ``paths`` into ``store``; see the module docstring.

    ``shapes`` (a SHACL file, run by the workers on each chunk) and ``gate`` (a callable, e.g.
    :func:`kg.validate.make_gate`, run here on each batch) keep non-conforming monographs out
    of the store, their previous graph staying as it was; ``allow_invalid`` publishes them
    anyway. The limits of ``config`` bound each file; files whose keys collide are refused.
    A store with a request size (a SPARQL server) gets batches that fit in one request.

    The build is incremental (:mod:`kg.manifest`): a file whose bytes and fingerprint the store
    already holds is skipped unless ``force``; the graphs of files gone from a folder of
    ``paths`` are dropped (a folder is synced; a file named alone never removes another).
    ``before_write`` is called once, before the first write to the store; ``files`` are
    ``discover(paths)`` when the caller has them already. Given ``rules`` (see
    :func:`process_chunk`), each monograph's inferences are published with it, and added up in
    ``report.inferences`` (a :class:`kg.reason.Tally`); with ``clear_inferences`` instead, each
    published monograph's inferred graphs are emptied with it (they no longer follow from it).
    The files of ``rebuild`` are built even when their records say they are up to date, and
    written whole. A file built again that maps to what its record says the store holds writes
    only its record (:func:`kg.manifest.same_content`), and its inferences too unless
    ``inferences_current`` (the rules applied are those the store's inferences were made with).
    ``plan_cache`` (:class:`kg.plancache.PlanCache`) spares hashing the files that did not
    change and, when it is trusted, looking up the records it knows; it learns what this build
    published, for the next. ``warm``: a worker :func:`start_warm_worker` started, to build a
    few files in."""
    started = time.perf_counter()
    paths = list(paths)
    run = _Build(store, config, gate=gate, allow_invalid=allow_invalid, before_write=before_write)
    run.clear_inferences = clear_inferences
    run.force = force
    run.inferences_current = inferences_current
    report = run.report
    if rules is not None:
        from kg.reason import Tally, load_rules

        report.inferences = Tally(load_rules(rules), keep_shared=False)
    if files is None:
        files = discover_sources(paths)
    all_files = list(files)
    report.discovered = len(all_files)
    fingerprint = manifest.fingerprint(config, link=link)
    if plan_cache is not None:
        keys = {f: plan_cache.key_of(f.name, fingerprint, monograph_key) for f in all_files}
    else:
        keys = {f: monograph_key(f.name) for f in all_files}  # one slug per file: 10,000 of them cost 0.3 s
    clashing = collisions(all_files, keys)
    for key, group in clashing.items():
        report.collisions[key] = [str(f) for f in group]
        for f in group:
            refused = FileResult(path=str(f), error=_collision_error(key, f, group, config.base))
            report.failed.append(refused)
            if on_result is not None:
                on_result(refused)
    refused_paths = {f for group in clashing.values() for f in group}
    sources = dict(files) if isinstance(files, Mapping) else resolve_all(all_files)
    records = manifest.count(store)
    candidates = {f: sources[f] for f in all_files if f not in refused_paths}
    if plan_cache is not None:
        shas = plan_cache.hashes(candidates, config.max_file_size, manifest.file_sha256)
    else:
        shas = {f: sha for f in candidates if (sha := _sha256_within_limit(f, config))}
    now = {f: manifest.Entry(graph_iri(keys[f], config.base), candidates[f], sha, fingerprint)
           for f, sha in shas.items()}
    current = _up_to_date(store, now.values(), plan_cache) if records and not force else set()
    if plan_cache is not None:
        plan_cache.known.update({e.graph: manifest.built_key(e) for e in now.values() if e.graph in current})
    run.plan_cache = plan_cache
    todo = [f for f in all_files if f not in refused_paths
            and (f not in now or now[f].graph not in current or f in rebuild)]
    run.always_write = {graph_iri(keys[f], config.base) for f in rebuild if f in keys}
    entries = _records_of(store, config.base, [graph_iri(keys[f], config.base) for f in todo], records)
    run.start(fingerprint, entries, {str(f): real for f, real in sources.items()}, records)
    report.skipped = len(all_files) - len(refused_paths) - len(todo)
    report.seconds["plan"] = time.perf_counter() - started
    if on_plan is not None:
        on_plan(Plan(report.discovered, report.skipped, len(todo)))
    max_bytes = getattr(store, "max_request_bytes", None)
    limit = min(BATCH_BYTES, max_bytes // 2) if max_bytes else BATCH_BYTES
    batch: list[FileResult] = []
    size = 0
    for result in process_all(todo, config.base, config if link else None, workers, shapes,
                              limits=Limits.of(config), rules=rules, warm=warm):
        report.parsed += 1
        for stage, seconds in result.seconds.items():
            report.work_seconds[stage] = report.work_seconds.get(stage, 0.0) + seconds
        for stage, seconds in result.cpu.items():
            report.work_cpu[stage] = report.work_cpu.get(stage, 0.0) + seconds
        if on_result is not None:
            on_result(result)
        if result.warnings:
            report.warnings[result.path] = result.warnings
        if not result.ok:
            report.failed.append(result)
            continue
        assert result.mapped is not None
        added = sum(map(len, result.mapped.lines)) + sum(map(len, result.mapped.node_lines))
        if batch and size + added > limit:
            run.publish(batch)
            batch, size = [], 0
        batch.append(result)
        size += added
        if len(batch) >= batch_size:
            run.publish(batch)
            batch, size = [], 0
    run.publish(batch)
    folders = [Path(p) for p in paths if Path(p).is_dir()]
    minted = {graph_iri(key, config.base) for key in keys.values()}
    if records > len(current) + len(entries):  # records of graphs no file here mints: read them all
        run.remove(manifest.gone(manifest.read(store, config.base), folders, set(sources.values()), minted))
    if force or (run.legacy and report.published):
        t0 = time.perf_counter()
        drop_orphan_nodes(store, config.base)  # the whole nodes graph: a store built before the build records
        run.add_time("orphans", time.perf_counter() - t0)
    if report.changed_anything or force or not records:
        load_ontology(store, config)
    report.seconds["total"] = time.perf_counter() - started
    return report


def _sha256_within_limit(path: Path, config: Config) -> str | None:
    """The SHA-256 of the file's bytes; None for a file over the size limit (it is read, refused
    and said so by :func:`process_file`) or one that cannot be read."""
    try:
        if path.stat().st_size > config.max_file_size:
            return None
    except OSError:
        return None
    return manifest.file_sha256(path)


def _up_to_date(store: GraphStore, entries: Iterable[manifest.Entry], plan_cache: Any) -> set[str]:
    """The graphs of ``entries`` whose records are up to date: those a trusted plan cache knows
    so without asking, the others looked up in the store (:func:`kg.manifest.up_to_date`)."""
    entries = list(entries)
    if plan_cache is None or not plan_cache.trusted:
        return manifest.up_to_date(store, entries)
    known = plan_cache.current({e.graph: manifest.built_key(e) for e in entries})
    return known | manifest.up_to_date(store, [e for e in entries if e.graph not in known])


def _records_of(store: GraphStore, base: str, graphs: Sequence[str], records: int) -> dict[str, manifest.Entry]:
    """The build records of ``graphs`` (those the store has): looked up by graph when they are a
    few of the store's records, else all read at once (three scans, cheaper than thousands of
    look-ups)."""
    if not records or not graphs:
        return {}
    if len(graphs) * 10 > records:
        wanted = set(graphs)
        return {g: e for g, e in manifest.read(store, base).items() if g in wanted}
    return manifest.read(store, base, graphs)


def drop_orphan_nodes(store: GraphStore, base: str) -> None:
    """Remove node descriptions no monograph mentions any more (after a rebuild changed it)."""
    prefix = graph_iri("", base)
    store.update(f"""
        DELETE {{ GRAPH <{nodes_graph(base)}> {{ ?n ?p ?o }} }}
        WHERE {{
          GRAPH <{nodes_graph(base)}> {{ ?n ?p ?o }}
          FILTER NOT EXISTS {{ GRAPH ?g {{ ?x ?y ?n }} FILTER(STRSTARTS(STR(?g), "{prefix}")) }}
        }}""")


class _Build:
    """One build's writes: batches published with their build records, gone monographs removed,
    and the shared nodes graph kept equal to what the monographs now in the store describe."""

    def __init__(self, store: GraphStore, config: Config, *, gate: Gate | None, allow_invalid: bool,
                 before_write: Callable[[], Any] | None) -> None:
        self.store, self.base, self.gate, self.allow_invalid = store, config.base, gate, allow_invalid
        self.report = BuildReport()
        self.fingerprint = ""
        self.entries: Mapping[str, manifest.Entry] = {}
        self.legacy = False  # monographs in the store without build records (an older kg built them)
        self.sources: Mapping[str, str] = {}  # file as given -> its resolved path (its record's source)
        self.clear_inferences = False  # publish each monograph with its inferred graphs emptied
        #: write every graph, even those whose content the store holds (--force, --no-reason)
        self.force = False
        self.always_write: set[str] = set()  # graphs to write whatever their digest (inferences missing)
        #: the workers apply the rules the store's inferences were made with (same digest)
        self.inferences_current = False
        self.plan_cache: Any = None  # kg.plancache.PlanCache: learns the records written
        self._before_write = before_write
        self._written = _Written()

    def start(self, fingerprint: str, entries: Mapping[str, manifest.Entry], sources: Mapping[str, str],
              records: int) -> None:
        """``entries``: the records of the monographs this build will publish; ``records``: how
        many records the store has in all."""
        self.fingerprint, self.entries, self.sources = fingerprint, entries, sources
        if not records:
            prefix = graph_iri("", self.base)
            self.legacy = self.store.query(
                f'ASK {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{prefix}")) }}').boolean

    def add_time(self, stage: str, seconds: float) -> None:
        self.report.seconds[stage] = self.report.seconds.get(stage, 0.0) + seconds

    def _writing(self) -> None:
        if self._before_write is not None:
            self._before_write()
            self._before_write = None

    def publish(self, batch: list[FileResult]) -> None:
        """Gate a batch, then write the graphs that passed in one ``replace_graphs`` call: each
        monograph's own graph, its build record and its ``extra_graphs``; then drop the node
        descriptions that the old versions of these monographs alone gave."""
        if not batch:
            return
        report, store = self.report, self.store
        mapped = [r.mapped for r in batch if r.mapped]
        t0 = time.perf_counter()
        problems = dict(self.gate({m.graph: m.ntriples() for m in mapped})) if self.gate is not None else {}
        problems.update({r.mapped.graph: r.problems for r in batch if r.mapped and r.problems})
        t1 = time.perf_counter()
        good = [r for r in batch if r.mapped and (self.allow_invalid or r.mapped.graph not in problems)]
        if good:
            self._writing()
            _note_replaced_files(batch, {r.mapped.graph for r in good if r.mapped}, store, report)
            now = {r.mapped.graph: manifest.Entry(r.mapped.graph, self._source(r.path), r.sha256,
                                                  self.fingerprint, r.content) for r in good if r.mapped}
            # a monograph that maps to what the store holds (new code, same graph): its record's
            # header is written again, its graph and node descriptions are not (nor read back)
            same = set() if self.force or self.clear_inferences else {
                g for g, e in now.items()
                if g not in self.always_write and manifest.same_content(self.entries.get(g), e)}
            self.report.same_content += len(same)
            graphs_before = [g for g in now if g in self.entries and g not in same]
            old = manifest.node_lines(store, graphs_before)
            graphs: dict[str, str] = {}
            for r in good:
                assert r.mapped is not None
                entry = now[r.mapped.graph]
                if self.plan_cache is not None:
                    self.plan_cache.known[entry.graph] = manifest.built_key(entry)
                if entry.graph in same:
                    graphs[manifest.build_graph(entry.graph)] = manifest.header(entry)
                else:
                    graphs[entry.graph] = r.mapped.own_ntriples()
                    graphs.update(manifest.record(entry, r.mapped.node_lines))
                if entry.graph not in same or not self.inferences_current:
                    # the same graph under the same rules has the same inferences
                    graphs.update(r.extra_graphs)
                if self.clear_inferences and not r.extra_graphs:
                    graphs.update({g: "" for g in monograph_graphs(r.mapped.graph, self.base)})
            nodes = "".join(self._written.new(r.mapped.node_lines) for r in good if r.mapped)
            additions = {nodes_graph(self.base): nodes} if nodes else {}
            for graph, text in _shared_inferences(good, self.base).items():
                if fresh := self._written.new(text.splitlines(keepends=True)):
                    additions[graph] = fresh
            store.replace_graphs(graphs, additions or None)
            del graphs, nodes
            new = {g: set(r.mapped.node_lines) for r in good if r.mapped and (g := r.mapped.graph) in old}
            self._drop_stale(set().union(*(lines - new[g] for g, lines in old.items())))
        t2 = time.perf_counter()
        self.add_time("validate", t1 - t0)
        self.add_time("load", t2 - t1)
        for r in batch:
            assert r.mapped is not None
            if r.mapped.graph in problems and not self.allow_invalid:
                report.rejected[r.path] = list(problems[r.mapped.graph])
                continue
            if r.mapped.graph in problems:
                report.published_invalid[r.path] = list(problems[r.mapped.graph])
            report.published.append(Published(r.path, r.mapped.graph, len(r.mapped), self._change(r)))
            if r.reasoning is not None and report.inferences is not None:
                report.inferences.add(r.reasoning)
            report.triples += len(r.mapped)
            r.mapped = None  # the graph is in the store: the report keeps its name and size

    def _change(self, r: FileResult) -> str:
        assert r.mapped is not None
        before = self.entries.get(r.mapped.graph)
        if before is None:
            return "added"
        if before.sha256 != r.sha256 or before.source != self._source(r.path):
            return "changed"
        return "rebuilt"

    def _source(self, path: str) -> str:
        return self.sources.get(path) or str(Path(path).resolve())

    def remove(self, gone: Sequence[manifest.Entry]) -> None:
        """Drop the graphs of monographs whose files are gone, and what only they described."""
        if not gone:
            return
        t0 = time.perf_counter()
        self._writing()
        for i in range(0, len(gone), 500):
            part = [e.graph for e in gone[i:i + 500]]
            old = manifest.node_lines(self.store, part)
            self.store.drop_graphs([g for graph in part for g in manifest.owned_graphs(graph)])
            self._drop_stale(set().union(*old.values()))
        self.report.removed += [e.source for e in gone]
        if self.plan_cache is not None:
            self.plan_cache.forgotten.update(e.graph for e in gone)
        self.add_time("remove", time.perf_counter() - t0)

    def _drop_stale(self, lines: set[str]) -> None:
        if lines:
            stale = manifest.stale_node_lines(self.store, lines)
            manifest.drop_node_lines(self.store, self.base, stale)
            if stale:  # and what the reasoner inferred from node descriptions that are gone
                self._written.clear()
                from kg.reason import drop_orphan_inferences

                drop_orphan_inferences(self.store, self.base, {line.split(" ", 1)[0] for line in stale})


class _Written:
    """The lines this build has added to the shared graphs (node descriptions and what they
    entail), so that a line many monographs give is loaded once, not once a monograph: at 10,000
    monographs 0.9 million of the 10.1 million quads the build loaded were such repeats. Bounded
    (forgotten when full, so memory does not grow with the corpus) and forgotten whenever a line
    leaves the shared graphs, so a line it holds is one the store holds. A line with a blank node
    is never taken for another (its node is another in each load)."""

    LIMIT = 400_000

    def __init__(self) -> None:
        self._lines: set[str] = set()

    def new(self, lines: Iterable[str]) -> str:
        """Those of ``lines`` not written before, as one text; they count as written from now."""
        seen = self._lines
        fresh = [line for line in dict.fromkeys(lines) if line not in seen]
        if len(seen) + len(fresh) > self.LIMIT:
            seen.clear()
        seen.update(line for line in fresh if "_:" not in line)
        return "".join(fresh)

    def clear(self) -> None:
        self._lines.clear()


def _shared_inferences(results: Sequence[FileResult], base: str) -> dict[str, str]:
    """What the node descriptions of ``results`` entail, for the shared inferred graphs."""
    reasoned = [r.reasoning for r in results if r.reasoning is not None]
    if not reasoned:
        return {}
    from kg.reason import shared_additions

    return shared_additions(reasoned, base)


def _note_replaced_files(batch: list[FileResult], graphs: set[str], store: GraphStore,
                         report: BuildReport) -> None:
    """A note for each graph about to be replaced that an earlier build made from a file of
    another name (``a b.md`` then ``A-B.md``: one key): a rename, or two drugs, one about to
    vanish; a person must know which."""
    if not graphs:
        return
    values = " ".join(f"<{g}>" for g in sorted(graphs))
    rows = store.query(f"""SELECT ?g ?name WHERE {{ VALUES ?g {{ {values} }}
      GRAPH ?g {{ ?m a <{DKG}Monograph> ; <{DKG}fileName> ?name }} }}""").rows()
    before = {g.value: name.value for g, name in rows if g is not None and name is not None}
    for r in batch:
        if r.mapped is None or r.mapped.graph not in before:
            continue
        old, new = before[r.mapped.graph], Path(r.path).name
        if old != new:
            report.notes.append(f"{r.path} replaces the graph <{r.mapped.graph}> built before from {old!r} "
                                "(one key): if they are two drugs, rename one file and build both")


def build_checked(paths: Iterable[str | os.PathLike[str]], store: GraphStore, config: Config, *,
                  link: bool = True, allow_invalid: bool = False, reason: bool = True, workers: int = 1,
                  on_result: Callable[[FileResult], Any] | None = None, force: bool = False,
                  on_plan: Callable[[Plan], Any] | None = None,
                  files: Sequence[Path] | Mapping[Path, str] | None = None, plan_cache: Any = None) -> BuildReport:
    """What ``kg build`` does: :func:`build` behind the SHACL gate of ``ontology/shapes.ttl``,
    then the reasoner (:func:`refresh_inferences`), so the inferred graph always matches the
    asserted graphs. A build that changes nothing writes nothing and does not reason, unless the
    inferred graph needs it (stale, interrupted, or absent while ``reason`` is asked for).
    ``files``: ``discover(paths)`` (or :func:`discover_sources`), when the caller has them already;
    ``plan_cache``: see :func:`build`."""
    paths = list(paths)
    files = files if files is not None else discover_sources(paths)
    # forked before anything else: it warms up while this process plans
    warm = start_warm_worker(workers, config.ontology_dir / "shapes.ttl", config.base) if files else None
    try:
        return _build_checked(paths, store, config, files, warm, link=link, allow_invalid=allow_invalid,
                              reason=reason, workers=workers, on_result=on_result, force=force, on_plan=on_plan,
                              plan_cache=plan_cache)
    finally:
        if warm is not None:
            warm.stop()


def _build_checked(paths: list[str | os.PathLike[str]], store: GraphStore, config: Config,
                   files: Sequence[Path] | Mapping[Path, str], warm: _WarmWorker | None, *, link: bool,
                   allow_invalid: bool, reason: bool, workers: int,
                   on_result: Callable[[FileResult], Any] | None, force: bool,
                   on_plan: Callable[[Plan], Any] | None, plan_cache: Any) -> BuildReport:
    from kg.inferred import describe_state, inference_state, mark_inference_stale, marked_stale
    from kg.reason import compile_rules, stored_digests

    state = inference_state(store, config.base) if files else "fresh"
    # "stale" with no mark: some monographs have no inferences (kg build --no-reason published
    # them); the others' are current, so the work is per monograph: the workers reason those
    # again when their files are among these, and --no-reason empties only what it publishes
    partial = state == "stale" and not marked_stale(store, config.base)
    redo = _without_inferences(store, config.base, files) if partial and reason else set()
    per_monograph = state == "fresh" or (partial and redo is not None)
    # the rules, from the cache unless the ontology changed: applied per monograph by the workers
    compiled = compile_rules(config.ontology_dir / "drugkg.ttl") if reason and files else None
    in_workers = compiled is not None and compiled.path is not None and per_monograph
    clear = not reason and per_monograph

    def mark_stale() -> None:
        # published graphs make the inferred graph stale until the reasoner has run again: said
        # in the store before the first write, so a build killed in between leaves a store that says so
        if state != "stale":
            mark_inference_stale(store, config.base)

    report = build(paths, store, config, link=link, shapes=config.ontology_dir / "shapes.ttl",
                   allow_invalid=allow_invalid, workers=workers, on_result=on_result, force=force,
                   on_plan=on_plan, before_write=None if in_workers or clear else mark_stale, files=files,
                   rules=str(compiled.path) if in_workers and compiled and compiled.path else None,
                   rebuild=redo or (), clear_inferences=clear, plan_cache=plan_cache, warm=warm,
                   inferences_current=in_workers and compiled is not None
                   and compiled.rules.digest in stored_digests(store, config.base))
    if clear:
        if report.published:
            report.reasoning = (f"reasoning skipped: the {len(report.published)} monograph(s) published have no "
                                "inferences until a build with reasoning reasons them (or kg reason)")
        return report
    if not report.changed_anything:
        if state in ("stale", "interrupted") or (state == "absent" and reason):
            report.notes.append(f"{describe_state(state).split(';')[0]}: refreshing it")
        else:
            return report
    refresh_inferences(store, config, report, reason=reason, compiled=compiled if in_workers else None)
    return report


def _without_inferences(store: GraphStore, base: str, files: Sequence[Path] | Mapping[Path, str]
                        ) -> set[Path] | None:
    """The files of the monographs that have no inferences from the rules in force, to be built
    again in the workers (which reason them); None when one of those monographs was built from
    a file not among ``files`` (the reasoner then runs over the store)."""
    from kg.inferred import monographs_without_inferences

    missing = monographs_without_inferences(store, base)
    if not missing:
        return set()
    records = manifest.read(store, base, missing)
    sources = files if isinstance(files, Mapping) else resolve_all(files)
    by_source = {real: f for f, real in sources.items()}
    found = {by_source[e.source] for e in records.values() if e.source in by_source}
    return found if len(found) == len(missing) else None


def refresh_inferences(store: GraphStore, config: Config, report: BuildReport, *, reason: bool,
                       compiled: Any = None) -> None:
    """The reasoning step of a build, in one place: given the rules the workers applied
    (``compiled``), the rules graph written and their report; else the reasoner over the store,
    or, without ``reason``, the inferred graphs dropped (they are stale)."""
    from kg.reason import finish_build
    from kg.reason import reason as run_reasoner

    t0 = time.perf_counter()
    if compiled is not None and report.inferences is not None:
        outcome = finish_build(store, compiled.rules, report.inferences, config.base, compiled)
        report.reasoning = outcome.to_text()
        report.consistent = outcome.consistent
    elif reason:
        # build() has put the ontology in its graph: the reasoner need not load it again
        outcome = run_reasoner(store, base=config.base, ontology_file=config.ontology_dir / "drugkg.ttl",
                               load_ontology=False)
        report.reasoning = outcome.to_text()
        report.consistent = outcome.consistent
    else:
        from kg.inferred import drop_inferences

        drop_inferences(store, config.base)
        report.reasoning = "reasoning skipped: the inferred graph was dropped (run kg reason)"
    report.seconds["reason"] = time.perf_counter() - t0
