"""OWL reasoning that grows with the corpus, not faster (layer 3).

HermiT over the whole ABox does not scale, and neither did SPARQL rules over the whole store,
so the work is split:

1. :func:`compile_rules` runs HermiT on the ontology (:func:`kg.ontology.classify`: consistency,
   classification) and turns what it entails into a :class:`kg.rules.RuleSet`, cached on disk
   by the SHA-256 of the ontology file (and of the rule compiler, :data:`COMPILER`): a second
   build with the same ontology starts no Java at all.
2. :func:`reason_monograph` applies the rules to one monograph's triples plus its nodes'
   descriptions in plain Python (:func:`kg.rules.infer`), in the build's workers, and checks
   them for consistency (:func:`kg.rules.check`); what it returns is published with the
   monograph, in the same transaction, into that monograph's inferred and trace graphs
   (:func:`kg.inferred.monograph_graphs`), and dropped with it. What the node descriptions
   alone entail is written once, into the shared inferred graph (see :mod:`kg.rules` for why
   this is exact and why shared inferences are kept apart).
3. :func:`reason` (``kg reason``) does the same over a whole store, monograph by monograph (in
   parallel with ``workers``), and HermiT itself checks a sample (one or a few monographs plus
   the ontology) for consistency.

Consistency, per monograph. The checks (a node of two disjoint kinds, two values of a
single-valued property, an edge to a node of a kind its range excludes, a value outside a
datatype range or value set) all look at one node and its edges; a monograph's statements and
its monograph node are its own (their IRIs carry its key), and the kinds of the shared nodes
it mentions come with their descriptions, so each check runs on one monograph's triples. What
only the shared descriptions say (a node the nodes graph gives two disjoint kinds) is found from
them alone, reported once (:attr:`MonographReasoning.shared_problems`), not once per monograph.
What no monograph can see alone is two monographs each giving one shared node a different kind
or a different value of a single-valued property in their own graphs: the mapper never writes a
shared node's kind or values into a monograph's graph (they are node descriptions), so only an
edited or foreign graph can. Each monograph hands up the few triples of that sort it has
(:attr:`MonographReasoning.crossing`, normally none) and ``kg reason`` checks them together, so
the global check costs what those triples cost, not a pass over the store.

Traceability. Which rule gave an inferred triple is not stored: the rules are deterministic
and a monograph is small, so :func:`explain` (``kg reason --why S P O``) works it out when asked.
It finds the monographs whose inferred graph holds the triple (and, for a triple of the shared
inferred graph, the monographs that mention its subject or object), applies the rules again to
each of them with the rules that gave each triple kept (:func:`kg.rules.infer`), and names them
with their descriptions from the rules graph (:func:`kg.namespaces.trace_graph`)::

    <rule> a dkg:InferenceRule ; dkg:ruleKind "subPropertyOf" ;
           dkg:axiom "dkg:treats rdfs:subPropertyOf biolink:treats" ;
           dkg:premise dkg:treats ; dkg:conclusion biolink:treats ; dkg:entailedBy "asserted" .

Until issue 10, every inferred triple had a record in a trace graph (``<base>inference/<SHA-1 of
"s p o"> dkg:inferredBy <rule>``), one quad per (triple, rule): a fifth of a store's quads, read
by nothing but ``--why``. A monograph's trace graph now holds only the digest of the rules that
wrote its inferences (:data:`kg.inferred.DIGEST`, which says whether they are current), and
the records a store built by an older kg still has are dropped when its inferences are written
again (:func:`publish_rules`). Asserted and inferred stay apart: restrict a query to the data
graphs (``default_graph=``, or ``kg query --asserted-only``) to leave inferences out. A triple
inferred for a monograph that its own graph or its nodes' descriptions assert is not written; one
that another monograph asserts is (it follows from this monograph, and stays true when the
other one is removed).
"""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import time
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.cachedir import cache_dir
from kg.config import DEFAULT_BASE
from kg.errors import ReasoningError
from kg.inferred import (
    DIGEST,
    describe_state,
    inference_state,
    mark_inference_stale,
    monograph_graphs,
    staging_graphs,
)
from kg.namespaces import DKG, OA, RDF, XSD, graph_iri, inferred_graph, nodes_graph, ontology_graph, trace_graph
from kg.ontology import TBox, check_abox, classify, curie, load_graph, ontology_path
from kg.rules import (
    Finding,
    RuleSet,
    Triple,
    check,
    describe_rules,
    infer,
    ntriples,
    parse_lines,
    rules_from,
    value,
)
from kg.store import GraphStore

TYPE = f"{RDF}type"
_LIMIT = 50  # examples per kind of problem
#: bump when the rules compiled from a TBox change shape, so cached rule sets are not reused
COMPILER = "kg.rules/3"


# -- the TBox, compiled once ------------------------------------------------------------------

@dataclass
class Compiled:
    rules: RuleSet
    path: Path | None  # the cache file (None when it could not be written)
    seconds: float
    cached: bool  # read from the cache (no HermiT run)


def ontology_digest(path: Path) -> str:
    """SHA-256 of the ontology file and of :data:`COMPILER`: the name of its rule set."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise ReasoningError(f"cannot read the ontology {path}: {e}",
                             hint="check the path (ontology/drugkg.ttl)") from e
    return hashlib.sha256(COMPILER.encode() + b"\0" + data).hexdigest()


def compile_rules(ontology_file: Path | None = None, directory: Path | None = None,
                  graph: Any = None) -> Compiled:
    """The rule set of the ontology: from the cache when this ontology was compiled before,
    else HermiT classifies it (a few seconds) and the result is cached. A cache that cannot be
    read or written costs a HermiT run, nothing else."""
    path = ontology_file or ontology_path()
    digest = ontology_digest(path)
    started = time.perf_counter()
    where = (directory or cache_dir()) / f"rules-{digest[:32]}.pickle"
    try:
        with where.open("rb") as f:
            rules = pickle.load(f)
        if isinstance(rules, RuleSet) and rules.digest == digest:
            return Compiled(rules, where, time.perf_counter() - started, True)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        pass  # not cached yet, or by another version of kg: compile it again
    tbox = classify(path=path, graph=graph)
    rules = rules_from(tbox, digest)
    def folders() -> Iterator[Path]:
        yield where.parent
        yield Path(tempfile.mkdtemp(prefix="kg-rules-"))  # a cache we cannot write: a temp file (made only then)

    for folder in folders():
        try:
            folder.mkdir(parents=True, exist_ok=True)
            target = folder / where.name
            partial = target.with_suffix(f".{os.getpid()}.tmp")
            with partial.open("wb") as f:
                pickle.dump(rules, f, protocol=pickle.HIGHEST_PROTOCOL)
            partial.replace(target)  # atomic: a reader sees the whole file or none
            return Compiled(rules, target, time.perf_counter() - started, False)
        except OSError:
            continue
    return Compiled(rules, None, time.perf_counter() - started, False)


_LOADED: dict[str, RuleSet] = {}


def load_rules(path: str | os.PathLike[str]) -> RuleSet:
    """A rule set :func:`compile_rules` cached, read once per process (build workers)."""
    key = str(path)
    if key not in _LOADED:
        try:
            with open(key, "rb") as f:
                _LOADED[key] = pickle.load(f)
        except (OSError, pickle.UnpicklingError, EOFError) as e:
            raise ReasoningError(f"cannot read the compiled rules {key}: {e}",
                                 hint="run kg reason, which compiles them again") from e
    return _LOADED[key]


# -- consistency in plain words ---------------------------------------------------------------

@dataclass(frozen=True)
class Problem:
    """Something that makes the data inconsistent with the ontology, said for a person."""

    kind: str
    message: str
    hint: str
    node: str | None = None  # the node the problem is located at
    others: tuple[str, ...] = ()  # other nodes involved (e.g. the far end of an edge)
    graph: str | None = None
    file: str | None = None
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}: " if self.file and self.line else (f"{self.file}: " if self.file else "")
        return f"{where}{self.message} (hint: {self.hint})"


def _label(tbox: TBox, iri: str) -> str:
    return tbox.labels.get(iri) or curie(iri)


def _a(noun: str) -> str:
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


def say(f: Finding, tbox: TBox) -> Problem:
    """A :class:`kg.rules.Finding` in plain words, with a hint."""
    if f.kind == "disjoint":
        names = [_label(tbox, k) for k in f.detail]
        return Problem("disjoint", f"{f.node} is both {' and '.join(_a(n) for n in names)}, but nothing can be "
                                   f"both (the ontology declares {', '.join(names)} disjoint)",
                       "give the node one kind: fix its rdf:type, or the IRI minted for it (kg.mapping mints "
                       "one IRI per kind, so two kinds on one IRI come from an edited or foreign graph)", node=f.node)
    if f.kind == "functional":
        p, a, b = f.detail
        return Problem("functional", f"{f.node} has {f.count} different values of {_label(tbox, p)} ({a!r} and "
                                     f"{b!r}), but it can have only one",
                       "keep one of the values: a statement or monograph node is minted per monograph, so "
                       "two values come from an edited graph or two monographs writing one node", node=f.node)
    if f.kind in ("range", "domain"):
        p, t, other = f.detail
        table = tbox.ranges if f.kind == "range" else tbox.domains
        want = " or ".join(_label(tbox, c) for c in table.get(p, []))
        role = "point at" if f.kind == "range" else "start from"
        return Problem(f.kind, f"{f.count} {_label(tbox, p)} edge(s) {role} {_a(_label(tbox, t))} (e.g. {f.node} "
                               f"-> {other}), but {_label(tbox, p)} edges must {role} {_a(want)}, and nothing is both",
                       f"use the relation meant for {_a(_label(tbox, t))}, or fix the node's type",
                       node=f.node, others=(other,))
    if f.kind == "datatype":
        p, dt, v, want = f.detail
        return Problem("datatype", f"{f.count} value(s) of {_label(tbox, p)} are {curie(dt)} (e.g. {v!r} on "
                                   f"{f.node}), but the ontology says {curie(want)}",
                       f"write the value as {curie(want)}", node=f.node)
    p, v = f.detail
    allowed = tbox.value_sets.get(p, ())
    return Problem("value", f"{f.node} has {_label(tbox, p)} {v!r}, which is not one of: {', '.join(allowed)}",
                   f"use one of {', '.join(allowed)}", node=f.node)


def _locate(own: Sequence[Triple], graph: str) -> tuple[str | None, dict[str, int]]:
    """(file name, {node: first line}) of one monograph, from the provenance in its graph: a
    statement's line is its ends' and its evidence target's and selectors' too."""
    file = None
    start: dict[str, int] = {}
    ends: dict[str, list[str]] = {}
    selectors: dict[str, list[str]] = {}
    for s, p, o in own:
        if p == f"<{DKG}fileName>":
            file = value(o)
        elif p == f"<{DKG}startLine>" and value(o).isdigit():
            start[s] = min(int(value(o)), start.get(s, 1 << 30))
        elif p in (f"<{DKG}subject>", f"<{DKG}object>", f"<{DKG}evidenceTarget>"):
            ends.setdefault(s, []).append(o)
        elif p == f"<{OA}hasSelector>":
            selectors.setdefault(s, []).append(o)
    lines: dict[str, int] = {}
    for st, line in start.items():
        for node in (st, *ends.get(st, ()), *(x for e in ends.get(st, ()) for x in selectors.get(e, ()))):
            key = value(node)
            lines[key] = min(line, lines.get(key, line))
    return file, lines


# -- one monograph ----------------------------------------------------------------------------

@dataclass
class MonographReasoning:
    """What the rules add to one monograph, ready to publish with it (see :meth:`graphs`)."""

    graph: str  # the monograph's data graph
    inferred: str  # N-Triples of its inferred graph
    trace: str  # N-Triples of its trace graph: the digest of the rules that made ``inferred``
    shared: dict[Triple, list[str]] = field(default_factory=dict)  # what its nodes alone entail
    problems: list[Problem] = field(default_factory=list)
    shared_problems: list[Problem] = field(default_factory=list)  # from its nodes' descriptions alone
    crossing: list[Triple] = field(default_factory=list)  # kinds and single values it gives shared nodes
    records: dict[str, int] = field(default_factory=dict)  # rule IRI -> (triple, rule) pairs it gave
    triples: int = 0
    seconds: float = 0.0
    cpu: float = 0.0  # CPU seconds of this process (the machine may be busy: wall time says less)

    def graphs(self, base: str = DEFAULT_BASE) -> dict[str, str]:
        """``{graph: N-Triples}`` to replace with the monograph's own graph."""
        inf, tr = monograph_graphs(self.graph, base)
        return {inf: self.inferred, tr: self.trace}

    def summary(self) -> MonographReasoning:
        """The same without its graphs' text (once they travel with the monograph's graphs)."""
        return MonographReasoning(self.graph, "", "", self.shared, self.problems, self.shared_problems,
                                  self.crossing, self.records, self.triples, self.seconds, self.cpu)


def reason_monograph(rules: RuleSet, graph: str, own: str | Iterable[str], nodes: str | Iterable[str],
                     base: str = DEFAULT_BASE, trace: bool = True) -> MonographReasoning:
    """Apply ``rules`` to one monograph (``own``: its graph; ``nodes``: the descriptions of the
    nodes it mentions; N-Triples text or lines) and check it: pure, for the build's workers.
    ``trace`` is kept for callers: no record is written per triple (:func:`explain` recomputes)."""
    t0, c0 = time.perf_counter(), time.process_time()
    own_t, node_t = parse_lines(own), parse_lines(nodes)
    found = infer(rules, own_t, node_t)
    inf_graph, _ = monograph_graphs(graph, base)
    digest = f'<{inf_graph}> <{DIGEST}> "{rules.digest}" .\n'
    result = MonographReasoning(graph, ntriples(found.own), digest, shared=found.shared, triples=len(found.own))
    for rs in found.records.values():
        for r in rs:
            result.records[r] = result.records.get(r, 0) + 1
    mine = check(rules, [*own_t, *node_t, *found.own, *found.shared])
    shared_findings = check(rules, [*node_t, *found.shared]) if mine else []  # rare: look closer
    mine = [f for f in mine if f not in set(shared_findings)]
    file, lines = _locate(own_t, graph) if mine else (None, {})
    for f in mine:
        p = say(f, rules.tbox)
        result.problems.append(Problem(p.kind, p.message, p.hint, p.node, p.others, graph, file,
                                       lines.get(p.node or "")))
    result.shared_problems = [say(f, rules.tbox) for f in shared_findings]
    result.crossing = _crossing(rules, own_t, node_t)
    result.seconds, result.cpu = time.perf_counter() - t0, time.process_time() - c0
    return result


def _crossing(rules: RuleSet, own: Sequence[Triple], nodes: Sequence[Triple]) -> list[Triple]:
    """What a monograph's own graph says of shared nodes that another monograph could contradict
    (a kind, a value of a single-valued property), with the nodes' own kinds: none from the
    mapper, which writes those into the node descriptions (see the module docstring)."""
    shared = {s for s, _, _ in nodes}
    said = [t for t in own if t[0] in shared and (t[1] == f"<{TYPE}>" or t[1] in rules.functional)]
    if not said:
        return []
    about = {t[0] for t in said}
    return said + [t for t in nodes if t[0] in about and t[1] == f"<{TYPE}>"]


def shared_ntriples(shared: dict[Triple, list[str]], base: str = DEFAULT_BASE,
                    trace: bool = True) -> dict[str, str]:
    """``{graph: N-Triples}`` to add to the shared inferred graph for what node descriptions
    alone entail (set semantics: adding a triple twice keeps one); ``trace`` is kept for callers."""
    text = ntriples(shared)
    return {inferred_graph(base): text} if text else {}


def shared_additions(results: Iterable[MonographReasoning], base: str = DEFAULT_BASE,
                     trace: bool = True) -> dict[str, str]:
    """What several monographs' node descriptions entail, merged, to add to the shared graphs
    in the transaction that publishes them (:func:`shared_ntriples`)."""
    merged: dict[Triple, list[str]] = {}
    for r in results:
        for t, rs in r.shared.items():
            got = merged.setdefault(t, [])
            got.extend(x for x in rs if x not in got)
    return shared_ntriples(merged, base, trace)


def rules_ntriples(rules: RuleSet, base: str = DEFAULT_BASE) -> str:
    """The rules graph's own content: the rules and the digest of the rules in force."""
    return describe_rules(rules.rules) + f'<{inferred_graph(base)}> <{DIGEST}> "{rules.digest}" .\n'


def publish_rules(store: GraphStore, rules: RuleSet, base: str = DEFAULT_BASE) -> None:
    """Write the rules and their digest into the rules graph, and clear the stale mark: one
    update, one transaction, the last a run makes. The trace records an older kg wrote for the
    shared inferences (``dkg:inferredBy``) go too: a store it built then exports as one built now."""
    graph, inf = trace_graph(base), inferred_graph(base)
    store.update(f"""DELETE {{ GRAPH <{graph}> {{ ?r ?p ?o }} }}
WHERE {{ GRAPH <{graph}> {{ ?r a <{DKG}InferenceRule> ; ?p ?o }} }} ;
DELETE WHERE {{ GRAPH <{graph}> {{ ?rec <{DKG}inferredBy> ?rule }} }} ;
DELETE WHERE {{ GRAPH <{graph}> {{ <{inf}> ?p ?o }} }} ;
INSERT DATA {{ GRAPH <{graph}> {{
{rules_ntriples(rules, base)}}} }}""")


def drop_orphan_inferences(store: GraphStore, base: str = DEFAULT_BASE, nodes: Iterable[str] | None = None) -> None:
    """Remove shared inferences about nodes the nodes graph no longer describes: about
    ``nodes`` (``<iri>`` terms, e.g. those whose descriptions a build dropped), or about any
    node (a pass over the shared graph)."""
    todo = sorted(set(nodes)) if nodes is not None else [""]
    for i in range(0, len(todo), 500):
        values = f"VALUES ?n {{ {' '.join(todo[i:i + 500])} }}" if nodes is not None else ""
        store.update(f"""DELETE {{ GRAPH <{inferred_graph(base)}> {{ ?n ?p ?o }} }}
WHERE {{ {values}
  GRAPH <{inferred_graph(base)}> {{ ?n ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH <{nodes_graph(base)}> {{ ?n ?x ?y }} }} }}""")


def drop_gone_monographs(store: GraphStore, base: str = DEFAULT_BASE) -> None:
    """Drop the inferred and trace graphs of monographs whose graph is gone."""
    graphs = store.named_graphs()
    present = set(graphs)
    mine = (f"{inferred_graph(base)}/monograph/", f"{trace_graph(base)}/monograph/")
    store.drop_graphs([g for g in graphs if g.startswith(mine)
                       and graph_iri(g.rsplit("/monograph/", 1)[1], base) not in present])


# -- a whole store ----------------------------------------------------------------------------

@dataclass
class ReasonReport:
    consistent: bool
    problems: list[Problem] = field(default_factory=list)
    rules: int = 0
    inferred: int = 0  # triples in the inferred graphs (shared and per monograph)
    records: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)  # records per rule kind
    monographs: int = 0
    sample: list[str] = field(default_factory=list)
    sample_consistent: bool = True
    unsatisfiable: list[str] = field(default_factory=list)
    cached: bool = False  # the rules came from the cache (HermiT did not run)
    seconds: dict[str, float] = field(default_factory=dict)

    def to_text(self) -> str:
        how = ("read from the cache (the ontology has not changed)" if self.cached else
               "HermiT classified the ontology")
        lines = [f"TBox: {how} in {self.seconds.get('classify', 0):.2f} s; {self.rules} rules to apply"]
        if self.unsatisfiable:
            lines.append("unsatisfiable classes (nothing can belong to them): "
                         + ", ".join(curie(c) for c in self.unsatisfiable))
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.by_kind.items()))
        each = self.seconds.get("rules_cpu", 0) / self.monographs * 1000 if self.monographs else 0.0
        lines.append(f"inferred {self.inferred} triples ({kinds}) for {self.monographs} monograph(s) in "
                     f"{self.seconds.get('materialize', 0):.2f} s (the rules: {each:.1f} ms CPU a monograph); "
                     f"{self.records} (triple, rule) pairs (kg reason --why S P O names those of a triple)")
        if self.sample:
            verdict = "consistent" if self.sample_consistent else "INCONSISTENT"
            lines.append(f"HermiT on a sample ({len(self.sample)} graph(s): {', '.join(self.sample)}): "
                         f"{verdict} ({self.seconds.get('sample', 0):.2f} s)")
        for p in self.problems:
            lines.append(f"inconsistent: {p}")
        lines.append("consistent" if self.consistent else
                     f"NOT consistent: {len(self.problems)} problem(s)")
        return "\n".join(lines) + "\n"


class Tally:
    """What the results of :func:`reason_monograph` add up to, for a report (``keep_shared``:
    the shared inferences too, to write them at the end, as :func:`reason` does)."""

    def __init__(self, rules: RuleSet, keep_shared: bool = True) -> None:
        self.keep_shared = keep_shared
        self.seconds = 0.0
        self.cpu = 0.0
        self.kind = {r.iri: r.kind for r in rules.rules}
        self.shared: dict[Triple, list[str]] = {}
        self.problems: list[Problem] = []
        self.seen: set[tuple[str, str | None, str]] = set()
        self.by_kind: dict[str, int] = {}
        self.inferred = 0
        self.monographs = 0
        self.rules = rules
        self.crossing: set[Triple] = set()

    def add(self, r: MonographReasoning) -> None:
        self.monographs += 1
        self.inferred += r.triples
        self.seconds += r.seconds
        self.cpu += r.cpu
        for t, rs in (r.shared if self.keep_shared else {}).items():
            got = self.shared.setdefault(t, [])
            got.extend(x for x in rs if x not in got)
        for rule, n in r.records.items():
            self.by_kind[self.kind.get(rule, "?")] = self.by_kind.get(self.kind.get(rule, "?"), 0) + n
        self.crossing.update(r.crossing)
        for p in [*r.problems, *r.shared_problems]:
            self._problem(p)

    def _problem(self, p: Problem) -> None:
        key = (p.kind, p.node, p.message)
        if key not in self.seen and len(self.problems) < 4 * _LIMIT:
            self.seen.add(key)
            self.problems.append(p)

    def finish(self, report: ReasonReport) -> None:
        """Totals into ``report``, and what the monographs contradict between them."""
        for f in check(self.rules, sorted(self.crossing)):
            self._problem(say(f, self.rules.tbox))
        for rs in self.shared.values():
            for rule in rs:
                self.by_kind[self.kind.get(rule, "?")] = self.by_kind.get(self.kind.get(rule, "?"), 0) + 1
        report.inferred = self.inferred + len(self.shared)
        report.records = sum(self.by_kind.values())
        report.by_kind = dict(sorted(self.by_kind.items()))
        report.monographs = self.monographs
        report.seconds["rules"], report.seconds["rules_cpu"] = self.seconds, self.cpu
        report.problems = self.problems + report.problems


def finish_build(store: GraphStore, rules: RuleSet, tally: Tally, base: str = DEFAULT_BASE,
                 compiled: Compiled | None = None) -> ReasonReport:
    """The end of a build whose workers applied the rules (their results are in ``tally``):
    the rules graph written (which clears a stale mark), and the report."""
    t0 = time.perf_counter()
    publish_rules(store, rules, base)
    report = ReasonReport(consistent=True, rules=len(rules.rules), unsatisfiable=rules.tbox.unsatisfiable,
                          cached=compiled.cached if compiled else True,
                          seconds={"classify": compiled.seconds if compiled else 0.0, "materialize": tally.seconds,
                                   "publish": time.perf_counter() - t0})
    tally.finish(report)
    report.inferred = tally.inferred  # the shared graph's share is not counted by a build
    report.consistent = not report.problems and not rules.tbox.unsatisfiable
    return report


def monograph_texts(store: GraphStore, graph: str, base: str = DEFAULT_BASE) -> tuple[str, str]:
    """(a monograph's own graph, the descriptions of the nodes it mentions) as N-Triples."""
    own = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    nodes = store.query(f"""CONSTRUCT {{ ?n ?p ?o }} WHERE {{
  {{ SELECT DISTINCT ?n WHERE {{ GRAPH <{graph}> {{ {{ ?n ?y ?z }} UNION {{ ?z ?y ?n }} }} FILTER(isIRI(?n)) }} }}
  GRAPH <{nodes_graph(base)}> {{ ?n ?p ?o }} }}""")
    return own.serialize("ntriples").decode("utf-8"), nodes.serialize("ntriples").decode("utf-8")


def monograph_ntriples(store: GraphStore, graph: str, base: str = DEFAULT_BASE) -> str:
    """A monograph's own graph plus the descriptions of the nodes it mentions (shared graph)."""
    return "".join(monograph_texts(store, graph, base))


def _reason_batch(rules: RuleSet, texts: dict[str, tuple[list[str], list[str]]], base: str,
                  trace: bool) -> list[MonographReasoning]:
    return [reason_monograph(rules, g, own, nodes, base, trace) for g, (own, nodes) in texts.items()]


def _shorthand(term: str) -> str:
    """A term of a TSV result in N-Triples: TSV writes numbers and booleans bare (``16``, ``true``)."""
    if term[:1] in ('<', '"', "_"):
        return term
    if term in ("true", "false"):
        return f'"{term}"^^<{XSD}boolean>'
    kind = "double" if "e" in term.lower() else "decimal" if "." in term else "integer"
    return f'"{term}"^^<{XSD}{kind}>'


def _by_graph(store: GraphStore, query: str) -> dict[str, list[str]]:
    """N-Triples lines per graph from a ``SELECT ?g ?s ?p ?o`` query, read as TSV (the engine
    writes it, so no Python object is made per term)."""
    out: dict[str, list[str]] = {}
    text = store.query(query).serialize("tsv").decode("utf-8")
    for row in text.split("\n")[1:]:
        if row:
            g, s, p, o = row.split("\t")
            out.setdefault(g[1:-1], []).append(f"{s} {p} {_shorthand(o)} .\n")
    return out


def read_monographs(store: GraphStore, graphs: Sequence[str], base: str = DEFAULT_BASE
                    ) -> dict[str, tuple[list[str], list[str]]]:
    """``{graph: (its lines, the lines describing the nodes it mentions)}``, two queries in all."""
    values = " ".join(f"<{g}>" for g in graphs)
    own = _by_graph(store, f"SELECT ?g ?s ?p ?o WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")
    nodes = _by_graph(store, f"""SELECT ?g ?n ?p ?o WHERE {{
  {{ SELECT DISTINCT ?g ?n WHERE {{ VALUES ?g {{ {values} }}
     GRAPH ?g {{ {{ ?n ?y ?z }} UNION {{ ?z ?y ?n }} }} FILTER(isIRI(?n)) }} }}
  GRAPH <{nodes_graph(base)}> {{ ?n ?p ?o }} }}""")
    return {g: (own.get(g, []), nodes.get(g, [])) for g in graphs}


def _results(store: GraphStore, rules: RuleSet, graphs: Sequence[str], base: str, trace: bool,
             workers: int, seconds: dict[str, float], batch: int = 100) -> Iterator[MonographReasoning]:
    """:func:`reason_monograph` over ``graphs`` read from the store a batch at a time, on
    ``workers`` processes; at most ``workers`` + 1 batches are read ahead (bounded memory)."""
    def read(i: int) -> dict[str, tuple[list[str], list[str]]]:
        t0 = time.perf_counter()
        texts = read_monographs(store, graphs[i:i + batch], base)
        seconds["read"] = seconds.get("read", 0.0) + time.perf_counter() - t0
        return texts

    starts = range(0, len(graphs), batch)
    if workers <= 1 or len(graphs) <= batch:
        for i in starts:
            yield from _reason_batch(rules, read(i), base, trace)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        inflight: deque[Future[list[MonographReasoning]]] = deque()
        for i in starts:
            inflight.append(pool.submit(_reason_batch, rules, read(i), base, trace))
            while len(inflight) > workers:
                yield from inflight.popleft().result()
        while inflight:
            yield from inflight.popleft().result()


def _sample_graphs(store: GraphStore, base: str, size: int, problems: Sequence[Problem],
                   monographs: Sequence[str]) -> list[str]:
    """The graphs HermiT checks: those the problems involve (so it can confirm them), else the
    first ``size`` monographs."""
    if size <= 0:
        return []
    implicated = list(dict.fromkeys(p.graph for p in problems if p.graph))
    if implicated:
        return implicated[:max(size, 4)]
    nodes = [n for p in problems for n in (p.node, *p.others) if n][:_LIMIT]
    if nodes:
        q = f"""SELECT DISTINCT ?g WHERE {{ VALUES ?n {{ {" ".join(f"<{n}>" for n in nodes)} }}
  GRAPH ?g {{ ?n ?p ?o }} FILTER(STRSTARTS(STR(?g), "{graph_iri("", base)}")) }} ORDER BY ?g"""
        found = [row[0].value for row in store.query(q).rows() if row[0] is not None]
        if found:
            return found[:max(size, 4)]
    return list(monographs[:size])


def check_sample(store: GraphStore, graphs: Sequence[str], ontology: Any,
                 base: str = DEFAULT_BASE) -> tuple[bool, float]:
    """HermiT on the ontology plus the asserted triples of ``graphs`` (and their nodes)."""
    if not graphs:
        return True, 0.0
    text = "".join(monograph_ntriples(store, g, base) for g in graphs)
    result = check_abox(text, graph=ontology)
    return result.consistent, result.seconds


def reason(store: GraphStore, *, base: str = DEFAULT_BASE, ontology_file: Path | None = None,
           trace: bool = True, sample: int = 1, load_ontology: bool = True, workers: int = 1,
           batch: int = 100, rules_dir: Path | None = None) -> ReasonReport:
    """Recompute every monograph's inferences and the shared ones, check consistency (per
    monograph, across monographs, HermiT over ``sample`` monographs), and report. Monographs
    are read ``batch`` at a time, their rules applied on ``workers`` processes."""
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    ontology = load_graph(ontology_file)
    compiled = compile_rules(ontology_file, rules_dir, graph=ontology)
    rules = compiled.rules
    seconds["classify"] = time.perf_counter() - t0
    if load_ontology:
        store.drop_graphs([ontology_graph(base)])
        store.load(ontology.serialize(format="nt", encoding="utf-8"), "ntriples", ontology_graph(base))
    mark_inference_stale(store, base)
    store.drop_graphs(staging_graphs(base))  # what an earlier version of the reasoner left
    monographs = [g for g in store.named_graphs() if g.startswith(graph_iri("", base))]
    tally = Tally(rules)
    t1 = time.perf_counter()
    pending: dict[str, str] = {}
    for result in _results(store, rules, monographs, base, trace, workers, seconds, batch):
        tally.add(result)
        pending.update(result.graphs(base))
        if len(pending) >= 2 * batch:
            store.replace_graphs(pending)
            pending = {}
    store.replace_graphs(pending)
    drop_gone_monographs(store, base)
    store.replace_graphs({inferred_graph(base): ntriples(tally.shared)})
    store.replace_graphs({trace_graph(base): rules_ntriples(rules, base)})  # the last write: clears the stale mark
    seconds["materialize"] = time.perf_counter() - t1
    report = ReasonReport(consistent=True, rules=len(rules.rules), unsatisfiable=rules.tbox.unsatisfiable,
                          cached=compiled.cached, seconds=seconds)
    tally.finish(report)
    if not trace:
        report.records, report.by_kind = 0, {}
    graphs = _sample_graphs(store, base, sample, report.problems, monographs)
    sample_ok, seconds["sample"] = check_sample(store, graphs, ontology, base)
    if not sample_ok and not report.problems:
        report.problems.append(Problem("hermit", "HermiT finds the sample " + ", ".join(graphs) + " inconsistent "
                                       "with the ontology, but no simple cause (two disjoint kinds, two values of "
                                       "a single-valued property, a value outside a range) was found",
                                       "validate the graph (kg validate) and look for unusual types or values",
                                       graph=graphs[0] if graphs else None))
    report.sample, report.sample_consistent = graphs, sample_ok
    report.consistent = not report.problems and sample_ok and not rules.tbox.unsatisfiable
    seconds["total"] = time.perf_counter() - t0
    return report


_STRING = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})  # a SPARQL string's escapes


def stored_digests(store: GraphStore, base: str) -> list[str]:
    """The digest of the rules the store's inferences were made with (none before any)."""
    q = f"SELECT ?d WHERE {{ GRAPH <{trace_graph(base)}> {{ <{inferred_graph(base)}> <{DIGEST}> ?d }} }}"
    rows = store.query(q)
    return [row[0].value for row in rows.rows() if row[0] is not None]


_BY_DIGEST: dict[str, RuleSet] = {}


def rules_of_store(store: GraphStore, base: str = DEFAULT_BASE, ontology_file: Path | None = None,
                   rules_dir: Path | None = None) -> RuleSet:
    """The rule set the store's inferences were made with: the ontology's (compiled, or from the
    cache), or, when the store names another digest, that one's from the cache; else an error."""
    path = ontology_file or ontology_path()
    stored = stored_digests(store, base)
    digest = ontology_digest(path)
    if not stored or digest in stored:
        if digest not in _BY_DIGEST:  # one unpickling a process, not one a question
            _BY_DIGEST[digest] = compile_rules(path, rules_dir).rules
        return _BY_DIGEST[digest]
    where = (rules_dir or cache_dir()) / f"rules-{stored[0][:32]}.pickle"
    try:
        rules = load_rules(where)
        if isinstance(rules, RuleSet) and rules.digest == stored[0]:
            return rules
    except ReasoningError:
        pass
    raise ReasoningError(f"the store's inferences were made with other rules than those of {path} "
                         f"(digest {stored[0][:12]}…), which this machine has not compiled",
                         hint="run kg reason (or kg build) to make them again with this ontology")


def _holding(store: GraphStore, s: str, p: str, o: str, base: str) -> tuple[list[str], list[str]]:
    """(inferred graphs holding ``<s> <p> ?o`` with ``STR(?o) = o``, the IRIs among those ``?o``)."""
    shared = inferred_graph(base)
    q = f"""SELECT DISTINCT ?g ?o WHERE {{ GRAPH ?g {{ <{s}> <{p}> ?o }}
  FILTER(STR(?o) = "{o.translate(_STRING)}" && (?g = <{shared}> || STRSTARTS(STR(?g), "{shared}/monograph/"))) }}"""
    rows = [(g.value, x) for g, x in store.query(q).rows() if g is not None and x is not None]
    return sorted({g for g, _ in rows}), sorted({x.value for _, x in rows if x.kind == "uri"})


def _mentioning(store: GraphStore, iris: Iterable[str], base: str) -> set[str]:
    """The monograph graphs whose own triples have one of ``iris`` as subject or object."""
    prefix = graph_iri("", base)
    found: set[str] = set()
    for iri in sorted(set(iris)):
        q = f"""SELECT DISTINCT ?g WHERE {{ {{ GRAPH ?g {{ <{iri}> ?p ?o }} }} UNION {{ GRAPH ?g {{ ?s ?p <{iri}> }} }}
  FILTER(STRSTARTS(STR(?g), "{prefix}")) }}"""
        found.update(row[0].value for row in store.query(q).rows() if row[0] is not None)
    return found


def why(store: GraphStore, triples: Iterable[tuple[str, str, str]], rules: RuleSet, base: str = DEFAULT_BASE,
        batch: int = 100) -> dict[tuple[str, str, str], list[str]]:
    """``{(s, p, o): the rules that put it in an inferred graph, sorted}`` for triples given as
    :func:`explain` takes them (absent: in no inferred graph). What the trace records of a store
    built before issue 10 held, recomputed: the rules applied again, with their reasons kept,
    to the monographs whose inferred graph holds the triple and, for one the shared inferred graph
    holds, to the monographs that mention its subject or object (the only ones whose triples can
    give it by another rule: every rule has the triple's subject or object in a premise)."""
    shared = inferred_graph(base)
    wanted: dict[tuple[str, str, str], set[str]] = {}  # triple -> the monographs to reason again
    for s, p, o in triples:
        graphs, iris = _holding(store, s, p, o, base)
        if not graphs:
            continue
        mine = {graph_iri(g.rsplit("/monograph/", 1)[1], base) for g in graphs if g != shared}
        if shared in graphs:
            mine |= _mentioning(store, [s, *(iris if p != TYPE else ())], base)
        wanted[(s, p, o)] = mine
    found: dict[tuple[str, str, str], set[str]] = {t: set() for t in wanted}
    by_graph: dict[str, list[tuple[str, str, str]]] = {}
    for t, monographs in wanted.items():
        for g in monographs:
            by_graph.setdefault(g, []).append(t)
    todo = sorted(by_graph)
    for i in range(0, len(todo), batch):
        for g, (own, nodes) in read_monographs(store, todo[i:i + batch], base).items():
            result = infer(rules, parse_lines(own), parse_lines(nodes))
            asked: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
            for s, p, o in by_graph[g]:
                asked.setdefault((f"<{s}>", f"<{p}>"), []).append((s, p, o))
            for got in (result.shared, result.records):
                for (ts, tp, to), rs in got.items():
                    for t in asked.get((ts, tp), ()):
                        if value(to) == t[2]:
                            found[t].update(rs)
    return {t: sorted(rs) for t, rs in found.items()}


def explain(store: GraphStore, s: str, p: str, o: str, base: str = DEFAULT_BASE, *,
            ontology_file: Path | None = None, rules_dir: Path | None = None) -> list[dict[str, str]]:
    """The rules (kind, axiom, reasoner) that put the triple ``<s> <p> o`` in an inferred graph;
    ``o`` is an IRI or, for a literal, its lexical value. Recomputed (:func:`why`) with the rules
    the store's inferences were made with (:func:`rules_of_store`): the same rows, in the same
    order, as the trace records of a store built before issue 10 gave."""
    if not _holding(store, s, p, o, base)[0]:
        return []  # in no inferred graph: no rules needed to say so
    rules = rules_of_store(store, base, ontology_file, rules_dir)
    names = why(store, [(s, p, o)], rules, base).get((s, p, o), [])
    if not names:
        return []
    q = f"""SELECT DISTINCT ?rule ?kind ?axiom ?by WHERE {{ VALUES ?rule {{ {" ".join(f"<{r}>" for r in names)} }}
  GRAPH <{trace_graph(base)}> {{ ?rule <{DKG}ruleKind> ?kind ; <{DKG}axiom> ?axiom ; <{DKG}entailedBy> ?by }}
}} ORDER BY ?rule"""
    return [dict(zip(("rule", "kind", "axiom", "entailed_by"), (t.value if t else "" for t in row)))
            for row in store.query(q).rows()]


__all__ = ["COMPILER", "Compiled", "MonographReasoning", "Problem", "ReasonReport", "Tally", "compile_rules",
           "describe_state", "drop_orphan_inferences", "explain", "inference_state",
           "load_rules", "mark_inference_stale", "monograph_ntriples", "monograph_texts", "publish_rules",
           "reason", "reason_monograph", "rules_ntriples", "rules_of_store", "say", "shared_ntriples", "trace_graph",
           "why"]
