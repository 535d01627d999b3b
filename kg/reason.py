"""OWL reasoning at scale (layer 3): HermiT on the TBox, SPARQL over the store for the ABox.

HermiT over the whole ABox does not scale, so :func:`reason` splits the work:

1. :func:`kg.ontology.classify` runs HermiT on the ontology (consistency, classification) and
   returns what it entails: every property a property implies (forwards, or backwards through
   inverses), every superclass of every class, and the defined classes' conditions.
2. Each entailed axiom becomes an :class:`Rule` applied to the asserted data with one SPARQL
   ``INSERT ... WHERE`` through ``store.update`` (pyoxigraph), writing into the inferred graph
   (``kg.namespaces.inferred_graph(base)``) only triples that no data graph asserts.
3. Consistency at scale: SPARQL looks for what would make the data inconsistent with the
   ontology (a node of two disjoint kinds, two values of a single-valued property, an edge to a
   node of a kind its range excludes, a value outside a datatype range or value set) and
   explains each in plain words. HermiT itself checks a sample (one or a few monographs' graphs
   plus the ontology) for consistency.

Traceability. Every inferred triple ``s p o`` has a record in the trace graph
(:func:`trace_graph`, ``<base>graph/inferred-trace``), one quad per rule that produced it::

    <base>inference/<SHA-1 of "s p o">  dkg:inferredBy  <rule> .
    <rule> a dkg:InferenceRule ; dkg:ruleKind "subPropertyOf" ;
           dkg:axiom "dkg:treats rdfs:subPropertyOf biolink:treats" ;
           dkg:premise dkg:treats ; dkg:conclusion biolink:treats ; dkg:entailedBy "asserted" .

The record IRI is computed from the triple (``STR`` of each term, joined by one space), so any
inferred triple finds its rules in SPARQL::

    SELECT ?s ?p ?o ?axiom WHERE {
      GRAPH <base>graph/inferred { ?s ?p ?o }
      BIND(IRI(CONCAT("<base>inference/", SHA1(CONCAT(STR(?s), " ", STR(?p), " ", STR(?o))))) AS ?rec)
      GRAPH <base>graph/inferred-trace { ?rec dkg:inferredBy ?rule . ?rule dkg:axiom ?axiom } }

(:func:`explain` does it for one triple; ``kg reason --why S P O`` prints it). One quad per
record, rather than rdf:subject/predicate/object reification, keeps the trace about as large as
the inferred graph itself. Asserted and inferred stay apart: restrict a query to the data graphs
(``default_graph=``) to leave inferences out.

Never half-written. The rules write into staging graphs (:func:`staging_graphs`) while the
inferred and trace graphs stay as they were; one update (one store transaction) then moves the
staging graphs over them, so a reader sees the old inferences or the new ones, never a part, and
a run killed half-way leaves the old graphs whole, beside staging graphs the next run drops. A
build marks the inferred graph stale before it publishes anything (:func:`mark_inference_stale`)
and the move clears the mark, so a build killed between the two leaves a store that says so:
:func:`inference_state` is what ``kg build``, ``kg query`` and the service read.
"""
from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.config import DEFAULT_BASE
from kg.errors import ReasoningError
from kg.inferred import describe_state, inference_state, mark_inference_stale, staging_graphs
from kg.mapping import lit
from kg.namespaces import DKG, RDF, RDFS, XSD, inferred_graph, nodes_graph, ontology_graph, trace_graph
from kg.ontology import HERMIT, Definition, Expr, TBox, check_abox, classify, curie, load_graph
from kg.store import GraphStore, Term

TYPE = f"{RDF}type"
_LIMIT = 50  # examples per kind of problem


def record_iri(s: str, p: str, o: str, base: str = DEFAULT_BASE) -> str:
    """The IRI of the trace record of the inferred triple ``s p o`` (IRIs or literal values):
    ``<base>inference/`` + SHA-1 of ``"s p o"``, the same as SPARQL's
    ``IRI(CONCAT(base, "inference/", SHA1(CONCAT(STR(?s), " ", STR(?p), " ", STR(?o)))))``."""
    return f"{base}inference/{hashlib.sha1(f'{s} {p} {o}'.encode()).hexdigest()}"


# -- rules ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Rule:
    """One axiom applied to the data: ``premise`` (a property or class) entails ``conclusion``."""

    iri: str
    kind: str  # subPropertyOf | inverseOf | subClassOf | definition
    premise: str
    conclusion: str
    axiom: str
    entailed_by: str  # "asserted" or the reasoner
    pattern: str = ""  # SPARQL pattern over ?x, for definitions
    expr: Expr | None = field(default=None, compare=False, repr=False)  # the definition, to query with


def _rule_iri(kind: str, premise: str, conclusion: str) -> str:
    def part(iri: str) -> str:
        return re.sub(r"[^A-Za-z0-9_.-]+", "-", curie(iri).replace(":", "-"))
    return f"{DKG}rule/{kind}/{part(premise)}/{part(conclusion)}"


def rules_from(tbox: TBox) -> list[Rule]:
    """The rules :func:`materialize` applies, from HermiT's entailments."""
    rules: list[Rule] = []
    for e in tbox.properties:
        kind = "inverseOf" if e.inverse else "subPropertyOf"
        axiom = (f"{curie(e.premise)} owl:inverseOf {curie(e.conclusion)}" if e.inverse and e.asserted
                 else f"{curie(e.premise)} rdfs:subPropertyOf [ owl:inverseOf {curie(e.conclusion)} ]"
                 if e.inverse else f"{curie(e.premise)} rdfs:subPropertyOf {curie(e.conclusion)}")
        rules.append(Rule(_rule_iri(kind, e.premise, e.conclusion), kind, e.premise, e.conclusion, axiom,
                          "asserted" if e.asserted else HERMIT))
    for c in tbox.classes:
        rules.append(Rule(_rule_iri("subClassOf", c.premise, c.conclusion), "subClassOf", c.premise,
                          c.conclusion, f"{curie(c.premise)} rdfs:subClassOf {curie(c.conclusion)}",
                          "asserted" if c.asserted else HERMIT))
    for d in _ordered(tbox.definitions):
        rules.append(Rule(_rule_iri("definition", d.iri, d.iri), "definition", d.iri, d.iri,
                          f"{curie(d.iri)} owl:equivalentClass {_manchester(d.expr)}", "asserted",
                          pattern=_pattern(d.expr, "?x", _Vars()), expr=d.expr))
    return rules


def _ordered(definitions: Sequence[Definition]) -> list[Definition]:
    """Definitions that other definitions use come first."""
    done: list[Definition] = []
    names = {d.iri for d in definitions}
    pending = sorted(definitions, key=lambda d: d.iri)
    while pending:
        ready = [d for d in pending if not (d.depends_on & names) - {x.iri for x in done}]
        if not ready:
            raise ReasoningError("the defined classes depend on each other in a cycle: "
                                 + ", ".join(curie(d.iri) for d in pending),
                                 hint="break the cycle in ontology/drugkg.ttl")
        done.extend(ready)
        pending = [d for d in pending if d not in ready]
    return done


class _Vars:
    def __init__(self) -> None:
        self.n = 0

    def new(self) -> str:
        self.n += 1
        return f"?v{self.n}"


def _pattern(e: Expr, var: str, vars_: _Vars, hidden: Sequence[str] = ()) -> str:
    """A SPARQL group pattern that holds when ``var`` is an instance of ``e``.

    Each triple pattern reads any graph (``GRAPH ?gN``): asserted data and the inferred graph,
    so memberships and edges materialised earlier count; but not the ``hidden`` graphs (the
    previous inferences, while new ones are staged)."""
    def graph(triple: str) -> str:
        g = vars_.new()
        where = f"GRAPH {g} {{ {triple} }}"
        return f"{where} FILTER({g} NOT IN ({', '.join(f'<{h}>' for h in hidden)}))" if hidden else where

    if e.kind == "class":
        return graph(f"{var} <{TYPE}> <{e.iri}>")
    if e.kind == "and":
        return " ".join(_pattern(p, var, vars_, hidden) for p in e.parts)
    if e.kind == "or":
        return " UNION ".join(f"{{ {_pattern(p, var, vars_, hidden)} }}" for p in e.parts)
    if e.kind == "some":
        other = vars_.new()
        s, o = (other, var) if e.inverse else (var, other)
        return f"{graph(f'{s} <{e.iri}> {o}')} {_pattern(e.parts[0], other, vars_, hidden)}"
    if e.kind == "value":
        s, o = (e.value, var) if e.inverse else (var, e.value)
        return graph(f"{s} <{e.iri}> {o}")
    raise ReasoningError(f"cannot turn the class expression {e.kind!r} into SPARQL")


def _manchester(e: Expr) -> str:
    if e.kind == "class":
        return curie(e.iri)
    if e.kind in ("and", "or"):
        return "(" + f" {e.kind} ".join(_manchester(p) for p in e.parts) + ")"
    prop = f"inverse {curie(e.iri)}" if e.inverse else curie(e.iri)
    if e.kind == "some":
        return f"({prop} some {_manchester(e.parts[0])})"
    return f"({prop} value {e.value})"


# -- applying rules ---------------------------------------------------------------------------
#
# Each rule family is one read-only SELECT (fast on pyoxigraph); the answers are written as
# N-Triples and bulk-loaded in chunks, which costs a fraction of INSERT ... WHERE on a disk store.

@dataclass
class _Graphs:
    inferred: str  # where the rules write (the staging graph)
    trace: str
    ontology: str
    hidden: tuple[str, ...] = ()  # graphs the rules must not read (the previous inferences)

    def not_data(self, var: str) -> str:
        names = (self.inferred, self.trace, self.ontology, *self.hidden)
        return f"FILTER({var} NOT IN ({', '.join(f'<{g}>' for g in names)}))"


def _values(rows: Iterable[tuple[str, ...]]) -> str:
    return " ".join("(" + " ".join(f"<{x}>" for x in row) + ")" for row in rows)


def _nt(t: Term) -> str:
    if t.kind == "uri":
        return f"<{t.value}>"
    if t.kind == "bnode":
        return f"_:{t.value}"
    if t.language:
        return f"{lit(t.value)}@{t.language}"
    return lit(t.value, None if t.datatype in (None, f"{XSD}string") else t.datatype)


class _Sink:
    """Inferred triples and their trace records as N-Triples, loaded into the store in chunks."""

    def __init__(self, store: GraphStore, base: str, graphs: _Graphs, trace: bool, chunk: int = 400_000) -> None:
        self.store, self.base, self.g, self.trace, self.chunk = store, base, graphs, trace, chunk
        self.inferred: list[str] = []
        self.records: list[str] = []

    def add(self, s: Term, p: Term, o: Term, rule: Term) -> None:
        triple = f"{_nt(s)} {_nt(p)} {_nt(o)} .\n"
        self.inferred.append(triple)
        if self.trace:
            self.records.append(f"<{record_iri(s.value, p.value, o.value, self.base)}> <{DKG}inferredBy> "
                                f"{_nt(rule)} .\n")
        if len(self.inferred) >= self.chunk:
            self.flush()

    def flush(self) -> None:
        for graph, lines in ((self.g.inferred, self.inferred), (self.g.trace, self.records)):
            if lines:
                _load(self.store, "".join(lines), graph)
                lines.clear()


def _load(store: GraphStore, ntriples: str, graph: str, fmt: str = "ntriples") -> None:
    loader = getattr(store, "load", None)
    if loader is not None:
        loader(ntriples, fmt, graph)
    else:  # a GraphStore without bulk load
        store.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}}} }}")


def _not_asserted(s: str, p: str, o: str, g: _Graphs) -> str:
    return f"FILTER NOT EXISTS {{ GRAPH ?g2 {{ {s} {p} {o} }} {g.not_data('?g2')} }}"


def _property_query(rules: Sequence[Rule], inverse: bool, g: _Graphs) -> str:
    s, o = ("?o", "?s") if inverse else ("?s", "?o")
    return f"""SELECT DISTINCT ({s} AS ?x) ?q ({o} AS ?y) ?rule WHERE {{
  VALUES (?p ?q ?rule) {{ {_values((r.premise, r.conclusion, r.iri) for r in rules)} }}
  GRAPH ?g {{ ?s ?p ?o }} {g.not_data("?g")}
  {_not_asserted(s, "?q", o, g)}
}}"""


def _class_query(rules: Sequence[Rule], g: _Graphs, source: str) -> str:
    where = (f"GRAPH ?g {{ ?x <{TYPE}> ?c }} {g.not_data('?g')}" if source == "data"
             else f"GRAPH <{g.inferred}> {{ ?x <{TYPE}> ?c }}")
    return f"""SELECT DISTINCT ?x (<{TYPE}> AS ?q) ?y ?rule WHERE {{
  VALUES (?c ?y ?rule) {{ {_values((r.premise, r.conclusion, r.iri) for r in rules)} }}
  {where}
  {_not_asserted("?x", f"<{TYPE}>", "?y", g)}
}}"""


def _definition_query(rule: Rule, g: _Graphs) -> str:
    pattern = _pattern(rule.expr, "?x", _Vars(), g.hidden) if rule.expr is not None else rule.pattern
    return f"""SELECT ?x (<{TYPE}> AS ?q) (<{rule.conclusion}> AS ?y) (<{rule.iri}> AS ?rule) WHERE {{
  {{ SELECT DISTINCT ?x WHERE {{ {pattern} }} }}
  {_not_asserted("?x", f"<{TYPE}>", f"<{rule.conclusion}>", g)}
}}"""


def _rule_descriptions(rules: Sequence[Rule]) -> str:
    lines = []
    for r in rules:
        lines.append(f"<{r.iri}> <{TYPE}> <{DKG}InferenceRule> ; <{RDFS}label> {lit(r.axiom)} ; "
                     f"<{DKG}ruleKind> {lit(r.kind)} ; <{DKG}axiom> {lit(r.axiom)} ; "
                     f"<{DKG}premise> <{r.premise}> ; <{DKG}conclusion> <{r.conclusion}> ; "
                     f"<{DKG}entailedBy> {lit(r.entailed_by)}"
                     + (f" ; <{DKG}sparql> {lit(r.pattern)}" if r.pattern else "") + " .")
    return "\n".join(lines) + "\n"


def materialize(store: GraphStore, rules: Sequence[Rule], base: str = DEFAULT_BASE, *,
                trace: bool = True) -> dict[str, float]:
    """Apply ``rules`` to the store: replaces the inferred (and trace) graph in one transaction
    at the end (see the module docstring). Seconds per step."""
    final = (inferred_graph(base), trace_graph(base))
    g = _Graphs(*staging_graphs(base), ontology_graph(base), hidden=final)
    store.drop_graphs([g.inferred, g.trace])  # what an interrupted run left
    sink = _Sink(store, base, g, trace)
    seconds: dict[str, float] = {}

    def step(name: str, query: str) -> None:
        t0 = time.perf_counter()
        for row in store.query(query).rows():
            sink.add(*row)  # type: ignore[arg-type]
        seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - t0

    by_kind = {k: [r for r in rules if r.kind == k] for k in ("subPropertyOf", "inverseOf", "subClassOf", "definition")}
    if by_kind["subPropertyOf"]:
        step("properties", _property_query(by_kind["subPropertyOf"], False, g))
    if by_kind["inverseOf"]:
        step("inverses", _property_query(by_kind["inverseOf"], True, g))
    if by_kind["subClassOf"]:
        step("classes", _class_query(by_kind["subClassOf"], g, "data"))
    t0 = time.perf_counter()
    sink.flush()  # the definitions read what the steps above inferred
    seconds["load"] = time.perf_counter() - t0
    for rule in by_kind["definition"]:
        step("definitions", _definition_query(rule, g))
        t0 = time.perf_counter()
        sink.flush()  # a later definition may use this one
        seconds["load"] += time.perf_counter() - t0
    defined = {r.conclusion for r in by_kind["definition"]}
    from_defined = [r for r in by_kind["subClassOf"] if r.premise in defined]
    if from_defined:
        step("classes", _class_query(from_defined, g, "inferred"))
    t0 = time.perf_counter()
    sink.flush()
    if trace:
        _load(store, _rule_descriptions(rules), g.trace, "turtle")
    seconds["load"] += time.perf_counter() - t0
    t0 = time.perf_counter()
    # one update, one transaction: the staged inferences replace the previous ones (and the
    # stale mark in the previous trace goes with it)
    store.update(f"DROP SILENT GRAPH <{final[0]}> ;\nDROP SILENT GRAPH <{final[1]}> ;\n"
                 f"MOVE SILENT GRAPH <{g.inferred}> TO GRAPH <{final[0]}> ;\n"
                 f"MOVE SILENT GRAPH <{g.trace}> TO GRAPH <{final[1]}>")
    seconds["publish"] = time.perf_counter() - t0
    return seconds


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


def _rows(store: GraphStore, sparql: str) -> list[list[str]]:
    return [[t.value if t is not None else "" for t in row] for row in store.query(sparql).rows()]


def check_disjoint(store: GraphStore, tbox: TBox) -> list[Problem]:
    problems: list[Problem] = []
    for group in tbox.disjoint:
        mapping = [(sub, member) for member in group for sub in sorted(tbox.descendants.get(member, {member}))]
        q = f"""SELECT ?x (GROUP_CONCAT(DISTINCT STR(?m); separator=" ") AS ?kinds) WHERE {{
  VALUES (?t ?m) {{ {_values(mapping)} }}
  ?x <{TYPE}> ?t .
}} GROUP BY ?x HAVING (COUNT(DISTINCT ?m) > 1) ORDER BY ?x LIMIT {_LIMIT}"""
        for x, kinds in _rows(store, q):
            names = [_label(tbox, k) for k in group if k in kinds.split()]
            problems.append(Problem(
                "disjoint", f"{x} is both {' and '.join(_a(n) for n in names)}, but nothing can be "
                            f"both (the ontology declares {', '.join(names)} disjoint)",
                "give the node one kind: fix its rdf:type, or the IRI minted for it (kg.mapping mints "
                "one IRI per kind, so two kinds on one IRI come from an edited or foreign graph)", node=x))
    return problems


def check_functional(store: GraphStore, tbox: TBox) -> list[Problem]:
    if not tbox.functional:
        return []
    q = f"""SELECT ?x ?p (COUNT(DISTINCT ?v) AS ?n) (MIN(STR(?v)) AS ?a) (MAX(STR(?v)) AS ?b) WHERE {{
  VALUES ?p {{ {" ".join(f"<{p}>" for p in sorted(tbox.functional))} }}
  ?x ?p ?v .
}} GROUP BY ?x ?p HAVING (COUNT(DISTINCT ?v) > 1) ORDER BY ?x ?p LIMIT {_LIMIT}"""
    return [Problem("functional", f"{x} has {n} different values of {_label(tbox, p)} ({a!r} and {b!r}), "
                                  f"but it can have only one",
                    "two monographs may describe the same drug and so mint the same statement: keep one "
                    "of them, or correct the value", node=x)
            for x, p, n, a, b in _rows(store, q)]


def check_ranges(store: GraphStore, tbox: TBox) -> list[Problem]:
    """Edges whose subject or object is of a kind the property's domain or range excludes.

    One aggregate over all edges finds the (property, kind) pairs that occur; only the pairs the
    ontology forbids are looked at in detail. An end that ALSO has the allowed kind is a
    disjointness problem (check_disjoint), not reported again here."""
    kinds = sorted({m for group in tbox.disjoint for m in group})
    disjoint_with = {k: {m for group in tbox.disjoint if k in group for m in group if m != k} for k in kinds}
    problems: list[Problem] = []
    for end, table in (("?o", tbox.ranges), ("?s", tbox.domains)):
        props = sorted(p for p, classes in table.items() if any(c in disjoint_with for c in classes))
        if not props:
            continue
        q = f"""SELECT DISTINCT ?p ?t WHERE {{ VALUES ?p {{ {" ".join(f"<{p}>" for p in props)} }}
  ?s ?p ?o . {end} <{TYPE}> ?t }}"""
        bad = [(p, t, c) for p, t in _rows(store, q) for c in table[p] if t in disjoint_with.get(c, set())]
        problems.extend(_range_problems(store, tbox, end, table, bad))
    return problems


def _range_problems(store: GraphStore, tbox: TBox, end: str, table: dict[str, list[str]],
                    bad: list[tuple[str, str, str]]) -> list[Problem]:
    if not bad:
        return []
    q = f"""SELECT ?p ?t (COUNT(*) AS ?n) (SAMPLE(?s) AS ?s1) (SAMPLE(?o) AS ?o1) WHERE {{
  VALUES (?p ?t ?want) {{ {_values(bad)} }}
  ?s ?p ?o . {end} <{TYPE}> ?t . FILTER NOT EXISTS {{ {end} <{TYPE}> ?want }}
}} GROUP BY ?p ?t ORDER BY ?p ?t LIMIT {_LIMIT}"""
    role = "point at" if end == "?o" else "start from"
    out = []
    for p, t, n, s1, o1 in _rows(store, q):
        want = " or ".join(_label(tbox, c) for c in table[p])
        out.append(Problem(
            "range" if end == "?o" else "domain",
            f"{n} {_label(tbox, p)} edge(s) {role} {_a(_label(tbox, t))} (e.g. {s1} -> {o1}), "
            f"but {_label(tbox, p)} edges must {role} {_a(want)}, and nothing is both",
            f"use the relation meant for {_a(_label(tbox, t))}, or fix the node's type",
            node=s1, others=(o1,)))
    return out


def check_values(store: GraphStore, tbox: TBox) -> list[Problem]:
    """Data values outside a property's datatype range or value set."""
    problems: list[Problem] = []
    typed = {p: r[0] for p, r in tbox.ranges.items() if r and r[0].startswith("http://www.w3.org/2001/XMLSchema#")}
    if typed:
        q = f"""SELECT ?p ?dt (COUNT(*) AS ?n) (SAMPLE(?x) AS ?x1) (SAMPLE(STR(?v)) AS ?v1) WHERE {{
  VALUES (?p ?want) {{ {_values(typed.items())} }}
  ?x ?p ?v . BIND(DATATYPE(?v) AS ?dt) FILTER(?dt != ?want)
}} GROUP BY ?p ?dt ORDER BY ?p LIMIT {_LIMIT}"""
        for p, dt, n, x1, v1 in _rows(store, q):
            problems.append(Problem("datatype", f"{n} value(s) of {_label(tbox, p)} are {curie(dt)} (e.g. "
                                                f"{v1!r} on {x1}), but the ontology says {curie(typed[p])}",
                                    f"write the value as {curie(typed[p])}", node=x1))
    for p, allowed in sorted(tbox.value_sets.items()):
        values = ", ".join('"' + v.replace('"', '\\"') + '"' for v in allowed)
        q = f"""SELECT ?x ?v WHERE {{ ?x <{p}> ?v . FILTER(STR(?v) NOT IN ({values})) }}
ORDER BY ?x LIMIT {_LIMIT}"""
        for x, v in _rows(store, q):
            problems.append(Problem("value", f"{x} has {_label(tbox, p)} {v!r}, which is not one of: "
                                             f"{', '.join(allowed)}",
                                    f"use one of {', '.join(allowed)}", node=x))
    return problems


CHECKS = (check_disjoint, check_functional, check_ranges, check_values)


def locate(store: GraphStore, node: str) -> tuple[str | None, str | None, int | None]:
    """(graph, monograph file, first line) of a node, from the provenance in its data graph."""
    q = f"""SELECT ?g ?file (MIN(?l) AS ?line) WHERE {{
  GRAPH ?g {{ {{ <{node}> ?p0 ?o0 }} UNION {{ ?s0 ?p0 <{node}> }}
    ?m <{TYPE}> <{DKG}Monograph> ; <{DKG}fileName> ?file .
    OPTIONAL {{ ?st (<{DKG}subject>|<{DKG}object>)? <{node}> . ?st <{DKG}startLine> ?l }} }}
}} GROUP BY ?g ?file ORDER BY ?g LIMIT 1"""
    rows = list(store.query(q).rows())
    if not rows:
        return None, None, None
    g, file, line = rows[0]
    number = int(line.value) if line is not None and line.value.isdigit() else None
    return (g.value if g else None), (file.value if file else None), number


def _located(store: GraphStore, p: Problem) -> Problem:
    if p.node is None:
        return p
    graph, file, line = locate(store, p.node)
    return Problem(p.kind, p.message, p.hint, p.node, p.others, graph, file, line)


def diagnose(store: GraphStore, tbox: TBox, seconds: dict[str, float] | None = None) -> list[Problem]:
    """Everything that makes the store's data inconsistent with the ontology, located."""
    problems: list[Problem] = []
    for check in CHECKS:
        t0 = time.perf_counter()
        problems.extend(_located(store, p) for p in check(store, tbox))
        if seconds is not None:
            seconds[f"diagnose.{check.__name__.removeprefix('check_')}"] = time.perf_counter() - t0
    return problems


# -- the whole run ----------------------------------------------------------------------------

@dataclass
class ReasonReport:
    consistent: bool
    problems: list[Problem] = field(default_factory=list)
    rules: int = 0
    inferred: int = 0
    records: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    sample: list[str] = field(default_factory=list)
    sample_consistent: bool = True
    unsatisfiable: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def to_text(self) -> str:
        lines = [(f"TBox: HermiT classified the ontology in {self.seconds.get('classify', 0):.2f} s; "
                  f"{self.rules} rules to apply")]
        if self.unsatisfiable:
            lines.append("unsatisfiable classes (nothing can belong to them): "
                         + ", ".join(curie(c) for c in self.unsatisfiable))
        kinds = ", ".join(f"{n} {k}" for k, n in sorted(self.by_kind.items()))
        lines.append(f"inferred {self.inferred} triples ({kinds}) in "
                     f"{self.seconds.get('materialize', 0):.2f} s; {self.records} trace records")
        if self.sample:
            verdict = "consistent" if self.sample_consistent else "INCONSISTENT"
            lines.append(f"HermiT on a sample ({len(self.sample)} graph(s): {', '.join(self.sample)}): "
                         f"{verdict} ({self.seconds.get('sample', 0):.2f} s)")
        for p in self.problems:
            lines.append(f"inconsistent: {p}")
        lines.append("consistent" if self.consistent else
                     f"NOT consistent: {len(self.problems)} problem(s)")
        return "\n".join(lines) + "\n"


def _count(store: GraphStore, graph: str, pattern: str = "?s ?p ?o") -> int:
    rows = list(store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ {pattern} }} }}").rows())
    return int(rows[0][0].value) if rows and rows[0][0] is not None else 0


def _by_kind(store: GraphStore, base: str) -> dict[str, int]:
    q = f"""SELECT ?kind (COUNT(DISTINCT ?rec) AS ?n) WHERE {{ GRAPH <{trace_graph(base)}> {{
  ?rec <{DKG}inferredBy> ?rule . ?rule <{DKG}ruleKind> ?kind }} }} GROUP BY ?kind"""
    return {k: int(n) for k, n in _rows(store, q)}


def _sample_graphs(store: GraphStore, base: str, size: int, problems: Sequence[Problem]) -> list[str]:
    """The graphs HermiT checks: those the problems involve (so it can confirm them), else the
    first ``size`` monographs."""
    data = [g for g in store.named_graphs() if g.startswith(f"{base}graph/monograph/")]
    if size <= 0:
        return []
    nodes = [n for p in problems for n in (p.node, *p.others) if n][:_LIMIT]
    if not nodes:
        return data[:size]
    q = f"""SELECT DISTINCT ?g WHERE {{ VALUES ?n {{ {" ".join(f"<{n}>" for n in nodes)} }}
  GRAPH ?g {{ ?n ?p ?o }} FILTER(STRSTARTS(STR(?g), "{base}graph/monograph/")) }} ORDER BY ?g"""
    implicated = [row[0] for row in _rows(store, q)]
    return implicated[:max(size, 4)] or data[:size]


def monograph_ntriples(store: GraphStore, graph: str, base: str = DEFAULT_BASE) -> str:
    """A monograph's own graph plus the descriptions of the nodes it mentions (shared graph)."""
    own = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
    nodes = store.query(f"""CONSTRUCT {{ ?n ?p ?o }} WHERE {{
  {{ SELECT DISTINCT ?n WHERE {{ GRAPH <{graph}> {{ {{ ?n ?y ?z }} UNION {{ ?z ?y ?n }} }} FILTER(isIRI(?n)) }} }}
  GRAPH <{nodes_graph(base)}> {{ ?n ?p ?o }} }}""")
    return own.serialize("ntriples").decode("utf-8") + nodes.serialize("ntriples").decode("utf-8")


def check_sample(store: GraphStore, graphs: Sequence[str], ontology: Any,
                 base: str = DEFAULT_BASE) -> tuple[bool, float]:
    """HermiT on the ontology plus the asserted triples of ``graphs`` (and their nodes)."""
    if not graphs:
        return True, 0.0
    text = "".join(monograph_ntriples(store, g, base) for g in graphs)
    result = check_abox(text, graph=ontology)
    return result.consistent, result.seconds


def reason(store: GraphStore, *, base: str = DEFAULT_BASE, ontology_file: Path | None = None,
           trace: bool = True, sample: int = 1, load_ontology: bool = True) -> ReasonReport:
    """Classify the ontology, materialise its entailments into the inferred graph, check
    consistency (SPARQL over everything, HermiT over ``sample`` monographs), and report."""
    seconds: dict[str, float] = {}
    t0 = time.perf_counter()
    ontology = load_graph(ontology_file)
    tbox = classify(graph=ontology)
    seconds["classify"] = time.perf_counter() - t0
    if load_ontology:
        store.drop_graphs([ontology_graph(base)])
        store.load(ontology.serialize(format="nt", encoding="utf-8"), "ntriples", ontology_graph(base))
    rules = rules_from(tbox)
    t1 = time.perf_counter()
    steps = materialize(store, rules, base, trace=trace)
    seconds["materialize"] = time.perf_counter() - t1
    seconds.update({f"materialize.{k}": v for k, v in steps.items()})
    t2 = time.perf_counter()
    problems = diagnose(store, tbox, seconds)
    seconds["diagnose"] = time.perf_counter() - t2
    graphs = _sample_graphs(store, base, sample, problems)
    sample_ok, seconds["sample"] = check_sample(store, graphs, ontology, base)
    if not sample_ok and not problems:
        problems.append(Problem("hermit", "HermiT finds the sample " + ", ".join(graphs) + " inconsistent "
                                "with the ontology, but no simple cause (two disjoint kinds, two values of "
                                "a single-valued property, a value outside a range) was found",
                                "validate the graph (kg validate) and look for unusual types or values",
                                graph=graphs[0] if graphs else None))
    report = ReasonReport(consistent=not problems and sample_ok and not tbox.unsatisfiable,
                          problems=problems, rules=len(rules), sample=graphs, sample_consistent=sample_ok,
                          unsatisfiable=tbox.unsatisfiable, seconds=seconds)
    report.inferred = _count(store, inferred_graph(base))
    report.records = _count(store, trace_graph(base), f"?r <{DKG}inferredBy> ?rule") if trace else 0
    report.by_kind = _by_kind(store, base) if trace else {}
    seconds["total"] = time.perf_counter() - t0
    return report


def explain(store: GraphStore, s: str, p: str, o: str, base: str = DEFAULT_BASE) -> list[dict[str, str]]:
    """The rules (kind, axiom, reasoner) that put the triple ``<s> <p> o`` in the inferred graph;
    ``o`` is an IRI or, for a literal, its lexical value. The same as the SPARQL of the docstring."""
    rec = record_iri(s, p, o, base)
    q = f"""SELECT ?rule ?kind ?axiom ?by WHERE {{ GRAPH <{trace_graph(base)}> {{
  <{rec}> <{DKG}inferredBy> ?rule .
  ?rule <{DKG}ruleKind> ?kind ; <{DKG}axiom> ?axiom ; <{DKG}entailedBy> ?by }} }} ORDER BY ?rule"""
    return [dict(zip(("rule", "kind", "axiom", "entailed_by"), row)) for row in _rows(store, q)]


__all__ = ["CHECKS", "Problem", "ReasonReport", "Rule", "describe_state", "diagnose", "explain", "inference_state",
           "locate", "mark_inference_stale", "materialize", "monograph_ntriples", "reason", "record_iri",
           "rules_from", "staging_graphs", "trace_graph"]
