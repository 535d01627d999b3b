"""The TBox's entailments as rules, applied to one monograph in plain Python (layer 2).

:mod:`kg.ontology` runs HermiT on the ontology once; :func:`rules_from` turns what it entails
into a :class:`RuleSet`: plain values, picklable, so build workers get it with their files and
:mod:`kg.reason` can cache it on disk by the hash of the ontology. :func:`infer` applies it to
the triples of one monograph plus the descriptions of the nodes it mentions, and
:func:`check` looks in the same triples for what would make them inconsistent with the
ontology. Both take N-Triples text (what :mod:`kg.mapping` writes and the store serialises), and
cost time in proportion to the monograph, whatever the size of the corpus.

Why per monograph is exact. Three rule kinds have one premise (an edge implies an edge, or the
same edge backwards; a class implies its superclasses), so applying them to a part of the data
gives that part's share of the whole answer. The fourth, the defined classes
(``dkg:Agonist ≡ dkg:Drug and (dkg:activates some dkg:MolecularTarget)``), join several
triples, and every one of them joins a node's kind (from the node descriptions) with an edge a
monograph asserts about its drug or its statements: the triples of one monograph and of its
nodes hold the whole premise. A defined class whose premise spans two monographs (an edge
from one page and a value from another) would not be found; none is defined, and
``tests/test_reason_incremental.py`` compares the result with the whole-store SPARQL rules.

Where inferences go. What follows from a monograph's node descriptions alone (``X a
biolink:Disease`` because ``X a dkg:Condition``) is the same whichever monograph names X, so it
is kept apart (:attr:`Inferences.shared`), to be written once into the shared inferred graph
(as the node descriptions themselves are written once into the nodes graph): written in every
monograph's inferred graph, a condition named by 14 monographs would come back 14 times from
the union default graph. The rest (``drug biolink:treats condition``, ``drug a dkg:Agonist``)
is that monograph's (:attr:`Inferences.own`) and is replaced and removed with it. A triple
that a page asserts is not inferred again for it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from kg.errors import ReasoningError
from kg.namespaces import DKG, RDF, RDFS, XSD
from kg.ontology import HERMIT, Definition, Expr, TBox, curie

TYPE = f"<{RDF}type>"
LANG_STRING = f"{RDF}langString"
_LIMIT = 50  # examples per kind of problem

#: an N-Triples triple as its three terms' text: ('<s>', '<p>', '"o"' or '<o>')
Triple = tuple[str, str, str]


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
    expr: Expr | None = field(default=None, compare=False, repr=False)  # the definition


@dataclass
class RuleSet:
    """What :func:`infer` and :func:`check` apply: the rules and the TBox they came from, with
    indexes by premise. ``digest`` names the ontology (and rule compiler) they were made from."""

    digest: str
    rules: list[Rule]
    tbox: TBox
    properties: dict[str, list[tuple[str, bool, str]]] = field(default_factory=dict)  # <p> -> (<q>, inverse, rule)
    supers: dict[str, list[tuple[str, str]]] = field(default_factory=dict)  # <c> -> (<superclass>, rule)
    definitions: list[Rule] = field(default_factory=list)  # in dependency order
    used: set[str] = field(default_factory=set)  # <p> the definitions read
    member_of: dict[str, list[tuple[int, str]]] = field(default_factory=dict)  # class -> (group, member)
    disjoint_with: dict[str, set[str]] = field(default_factory=dict)  # class -> classes disjoint with it
    functional: set[str] = field(default_factory=set)  # <p>
    ends: dict[str, list[tuple[str, int, list[str]]]] = field(default_factory=dict)  # <p> -> (kind, end, allowed)
    typed: dict[str, str] = field(default_factory=dict)  # <p> -> the datatype its values must have
    value_sets: dict[str, tuple[str, ...]] = field(default_factory=dict)  # <p> -> allowed values

    def __getstate__(self) -> tuple[str, list[Rule], TBox]:
        return self.digest, self.rules, self.tbox  # the indexes are rebuilt on unpickling

    def __setstate__(self, state: tuple[str, list[Rule], TBox]) -> None:
        self.__init__(*state)  # type: ignore[misc]

    def __post_init__(self) -> None:
        self._tables()
        for r in self.rules:
            if r.kind in ("subPropertyOf", "inverseOf"):
                self.properties.setdefault(f"<{r.premise}>", []).append(
                    (f"<{r.conclusion}>", r.kind == "inverseOf", r.iri))
            elif r.kind == "subClassOf":
                self.supers.setdefault(f"<{r.premise}>", []).append((f"<{r.conclusion}>", r.iri))
            elif r.kind == "definition":
                self.definitions.append(r)
                if r.expr is not None:
                    self.used.update(_properties(r.expr))

    def _tables(self) -> None:
        """What :func:`check` looks up, computed once."""
        tbox = self.tbox
        for i, group in enumerate(tbox.disjoint):
            for m in group:
                for sub in tbox.descendants.get(m, {m}):
                    self.member_of.setdefault(sub, []).append((i, m))
                self.disjoint_with.setdefault(m, set()).update(x for x in group if x != m)
        self.functional = {f"<{p}>" for p in tbox.functional}
        for kind, table, end in (("range", tbox.ranges, 2), ("domain", tbox.domains, 0)):
            for p, allowed in table.items():
                if any(c in self.disjoint_with for c in allowed):
                    self.ends.setdefault(f"<{p}>", []).append((kind, end, allowed))
        self.typed = {f"<{p}>": r[0] for p, r in tbox.ranges.items() if r and r[0].startswith(XSD)}
        self.value_sets = {f"<{p}>": allowed for p, allowed in tbox.value_sets.items()}


def _properties(e: Expr) -> Iterable[str]:
    if e.kind in ("some", "value"):
        yield f"<{e.iri}>"
    for part in e.parts:
        yield from _properties(part)


def _rule_iri(kind: str, premise: str, conclusion: str) -> str:
    def part(iri: str) -> str:
        return re.sub(r"[^A-Za-z0-9_.-]+", "-", curie(iri).replace(":", "-"))
    return f"{DKG}rule/{kind}/{part(premise)}/{part(conclusion)}"


def rules_from(tbox: TBox, digest: str = "") -> RuleSet:
    """The rules of HermiT's entailments (see the module docstring)."""
    rules: list[Rule] = []
    for d in tbox.definitions:
        if read := sorted(d.depends_on & tbox.unmaterialised):
            raise ReasoningError(f"{curie(d.iri)} is defined with {', '.join(map(curie, read))}, marked "
                                 "dkg:materialised false: its members would not be found",
                                 hint="remove dkg:materialised false from that class in ontology/drugkg.ttl")
    for e in tbox.properties:
        kind = "inverseOf" if e.inverse else "subPropertyOf"
        axiom = (f"{curie(e.premise)} owl:inverseOf {curie(e.conclusion)}" if e.inverse and e.asserted
                 else f"{curie(e.premise)} rdfs:subPropertyOf [ owl:inverseOf {curie(e.conclusion)} ]"
                 if e.inverse else f"{curie(e.premise)} rdfs:subPropertyOf {curie(e.conclusion)}")
        rules.append(Rule(_rule_iri(kind, e.premise, e.conclusion), kind, e.premise, e.conclusion, axiom,
                          "asserted" if e.asserted else HERMIT))
    for c in tbox.classes:
        if c.conclusion in tbox.unmaterialised:
            continue  # dkg:materialised false: the store's ontology graph answers it (kg.ontology.TBox)
        rules.append(Rule(_rule_iri("subClassOf", c.premise, c.conclusion), "subClassOf", c.premise,
                          c.conclusion, f"{curie(c.premise)} rdfs:subClassOf {curie(c.conclusion)}",
                          "asserted" if c.asserted else HERMIT))
    for d in _ordered(tbox.definitions):
        rules.append(Rule(_rule_iri("definition", d.iri, d.iri), "definition", d.iri, d.iri,
                          f"{curie(d.iri)} owl:equivalentClass {_manchester(d.expr)}", "asserted",
                          pattern=sparql_pattern(d.expr, "?x", _Vars()), expr=d.expr))
    return RuleSet(digest, rules, tbox)


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


def sparql_pattern(e: Expr, var: str, vars_: _Vars | None = None, hidden: Sequence[str] = ()) -> str:
    """A SPARQL group pattern that holds when ``var`` is an instance of ``e``, each triple
    pattern in any graph but the ``hidden`` ones (the rule's description, and a reference)."""
    vars_ = vars_ or _Vars()

    def graph(triple: str) -> str:
        g = vars_.new()
        where = f"GRAPH {g} {{ {triple} }}"
        return f"{where} FILTER({g} NOT IN ({', '.join(f'<{h}>' for h in hidden)}))" if hidden else where

    if e.kind == "class":
        return graph(f"{var} <{RDF}type> <{e.iri}>")
    if e.kind == "and":
        return " ".join(sparql_pattern(p, var, vars_, hidden) for p in e.parts)
    if e.kind == "or":
        return " UNION ".join(f"{{ {sparql_pattern(p, var, vars_, hidden)} }}" for p in e.parts)
    if e.kind == "some":
        other = vars_.new()
        s, o = (other, var) if e.inverse else (var, other)
        return f"{graph(f'{s} <{e.iri}> {o}')} {sparql_pattern(e.parts[0], other, vars_, hidden)}"
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


def describe_rules(rules: Iterable[Rule]) -> str:
    """The rules as N-Triples, for the rules graph (what ``kg reason --why`` names)."""
    lines = []
    for r in rules:
        s = f"<{r.iri}>"
        lines += [f"{s} {TYPE} <{DKG}InferenceRule> .\n", f"{s} <{RDFS}label> {_lit(r.axiom)} .\n",
                  f"{s} <{DKG}ruleKind> {_lit(r.kind)} .\n", f"{s} <{DKG}axiom> {_lit(r.axiom)} .\n",
                  f"{s} <{DKG}premise> <{r.premise}> .\n", f"{s} <{DKG}conclusion> <{r.conclusion}> .\n",
                  f"{s} <{DKG}entailedBy> {_lit(r.entailed_by)} .\n"]
        if r.pattern:
            lines.append(f"{s} <{DKG}sparql> {_lit(r.pattern)} .\n")
    return "".join(lines)


_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def _lit(value: str) -> str:
    return f'"{value.translate(_ESCAPES)}"'


# -- N-Triples terms --------------------------------------------------------------------------

def parse_lines(text: str | Iterable[str]) -> list[Triple]:
    """``s p o .`` lines (as :mod:`kg.mapping` writes them and the store serialises them) as
    triples; blank lines and comments are skipped."""
    lines = text.splitlines() if isinstance(text, str) else text
    out: list[Triple] = []
    for line in lines:
        if line.endswith(" .\n"):
            s, p, o = line[:-3].split(" ", 2)
        else:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            s, p, o = line.removesuffix(".").rstrip().split(" ", 2)
        out.append((s, p, o))
    return out


_UNESCAPE = re.compile(r"\\(u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)")
_SIMPLE = {"t": "\t", "b": "\b", "n": "\n", "r": "\r", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


def _unescape(m: re.Match[str]) -> str:
    code = m.group(1)
    return chr(int(code[1:], 16)) if code[0] in "uU" and len(code) > 1 else _SIMPLE.get(code, code)


def split_literal(term: str) -> tuple[str, str]:
    """(lexical value, datatype IRI) of an N-Triples literal (``rdf:langString`` with a tag)."""
    end = term.rfind('"')
    lexical = _UNESCAPE.sub(_unescape, term[1:end])
    tail = term[end + 1:]
    if tail.startswith("^^<"):
        return lexical, tail[3:-1]
    return lexical, LANG_STRING if tail.startswith("@") else f"{XSD}string"


def datatype(literal: str) -> str:
    """The datatype IRI of an N-Triples literal, without unescaping its value."""
    if literal.endswith('"'):
        return f"{XSD}string"
    if literal.endswith(">"):
        return literal[literal.rfind("^^<") + 3:-1]
    return LANG_STRING


def value(term: str) -> str:
    """SPARQL's ``STR`` of a term: an IRI without its brackets, a literal's lexical form."""
    if term.startswith("<"):
        return term[1:-1]
    if term.startswith('"'):
        return split_literal(term)[0]
    return term


# -- applying the rules -----------------------------------------------------------------------

@dataclass
class Inferences:
    """What the rules add to one monograph: ``own`` (its inferred graph) and ``shared`` (what
    its node descriptions alone entail), each triple with the rules that give it. ``records``
    are this monograph's (triple, rule) pairs that ``shared`` does not already hold: a triple
    of ``shared`` that this monograph also entails by another rule keeps that rule here
    (what ``kg reason --why`` names: :func:`kg.reason.why`)."""

    own: dict[Triple, list[str]] = field(default_factory=dict)
    shared: dict[Triple, list[str]] = field(default_factory=dict)
    records: dict[Triple, list[str]] = field(default_factory=dict)


class _Facts:
    """Asserted and inferred triples of one monograph, indexed for the definitions."""

    def __init__(self, triples: Iterable[Triple], used: set[str]) -> None:
        self.used = used
        self.members: dict[str, set[str]] = {}
        self.edges: dict[str, list[tuple[str, str]]] = {}
        for t in triples:
            self.add(t)

    def add(self, t: Triple) -> None:
        s, p, o = t
        if p == TYPE:
            self.members.setdefault(o, set()).add(s)
        elif p in self.used:
            self.edges.setdefault(p, []).append((s, o))

    def instances(self, e: Expr) -> set[str]:
        """The nodes that belong to the class expression ``e``."""
        if e.kind == "class":
            return set(self.members.get(f"<{e.iri}>", ()))
        if e.kind == "and":
            parts = sorted((self.instances(p) for p in e.parts), key=len)
            return set.intersection(*parts) if parts else set()
        if e.kind == "or":
            return set().union(*(self.instances(p) for p in e.parts))
        edges = self.edges.get(f"<{e.iri}>", ())
        if e.kind == "some":
            fillers = self.instances(e.parts[0])
            return {s for s, o in edges if o in fillers} if not e.inverse else {o for s, o in edges if s in fillers}
        if e.kind == "value":
            return {s for s, o in edges if o == e.value} if not e.inverse else {o for s, o in edges if s == e.value}
        raise ReasoningError(f"cannot apply the class expression {e.kind!r}")


def closure(rules: RuleSet, asserted: set[Triple]) -> dict[Triple, list[str]]:
    """Every triple the rules add to ``asserted`` (and not in it), with the rules that give it,
    in the order the rule kinds are applied: edges and classes, then each definition."""
    out: dict[Triple, list[str]] = {}

    def add(t: Triple, rule: str) -> bool:
        if t in asserted:
            return False
        got = out.setdefault(t, [])
        if rule not in got:
            got.append(rule)
        return len(got) == 1

    for s, p, o in asserted:
        if p == TYPE:
            for sup, rule in rules.supers.get(o, ()):
                add((s, TYPE, sup), rule)
            continue
        for q, inverse, rule in rules.properties.get(p, ()):
            if not inverse:
                add((s, q, o), rule)
            elif o.startswith("<"):  # a literal cannot be a subject
                add((o, q, s), rule)
    if not rules.definitions:
        return out
    facts = _Facts(asserted, rules.used)
    for t in out:
        facts.add(t)
    for d in rules.definitions:
        assert d.expr is not None
        cls = f"<{d.conclusion}>"
        for x in sorted(facts.instances(d.expr)):
            new = [(x, TYPE, cls)] if add((x, TYPE, cls), d.iri) else []
            for sup, rule in rules.supers.get(cls, ()):
                if add((x, TYPE, sup), rule):
                    new.append((x, TYPE, sup))
            for t in new:
                facts.add(t)
    return out


def infer(rules: RuleSet, own: Sequence[Triple], nodes: Sequence[Triple]) -> Inferences:
    """What the rules add to one monograph (``own``: its graph; ``nodes``: the descriptions of
    the nodes it mentions), split as the module docstring says."""
    node_set = set(nodes)
    shared = closure(rules, node_set)
    everything = closure(rules, node_set | set(own))
    result = Inferences(shared=shared)
    for t, rs in everything.items():
        mine = [r for r in rs if r not in shared.get(t, ())]
        if mine:
            result.records[t] = mine
        if t not in shared:
            result.own[t] = rs
    return result


def ntriples(triples: dict[Triple, list[str]]) -> str:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in sorted(triples))


# -- consistency, per monograph ---------------------------------------------------------------

@dataclass(frozen=True)
class Finding:
    """One way the triples contradict the ontology, before it is said in words (kg.reason)."""

    kind: str  # disjoint | functional | range | domain | datatype | value
    node: str  # the IRI (no brackets) the problem is at
    detail: tuple[str, ...]  # kind-specific values (IRIs and literal values, no brackets)
    count: int = 1


def check(rules: RuleSet, triples: Iterable[Triple]) -> list[Finding]:
    """The conditions of the whole-store consistency checks, over one monograph's asserted and
    inferred triples (and its nodes' descriptions): a node of two disjoint kinds, two values of a
    single-valued property, an edge whose end has a kind the property's domain or range
    excludes, a value outside a datatype range or value set."""
    facts = triples if isinstance(triples, list) else list(triples)
    types: dict[str, set[str]] = {}
    single: dict[tuple[str, str], set[str]] = {}
    for s, p, o in facts:
        if p == TYPE:
            types.setdefault(s, set()).add(o[1:-1])
        elif p in rules.functional:
            single.setdefault((s, p), set()).add(o)
    found = _disjoint(rules, types) + _functional(single)
    found += _ends(rules, facts, types) + _values(rules, facts)
    return found


def _disjoint(rules: RuleSet, types: dict[str, set[str]]) -> list[Finding]:
    out = []
    for node in sorted(types):
        groups: dict[int, set[str]] = {}
        for t in types[node]:
            for i, m in rules.member_of.get(t, ()):
                groups.setdefault(i, set()).add(m)
        for i, kinds in sorted(groups.items()):
            if len(kinds) > 1:
                out.append(Finding("disjoint", node[1:-1], tuple(k for k in rules.tbox.disjoint[i] if k in kinds)))
    return out[:_LIMIT]


def _functional(values: dict[tuple[str, str], set[str]]) -> list[Finding]:
    out = []
    for (s, p), vs in sorted(values.items()):
        if len(vs) > 1:
            shown = sorted(value(v) for v in vs)
            out.append(Finding("functional", value(s), (p[1:-1], shown[0], shown[-1]), len(vs)))
    return out[:_LIMIT]


def _ends(rules: RuleSet, facts: list[Triple], types: dict[str, set[str]]) -> list[Finding]:
    """Edges whose object (range) or subject (domain) has a kind disjoint with the allowed one
    and not the allowed one as well (that is a disjointness problem, reported once, above)."""
    counts: dict[tuple[str, str, str], set[Triple]] = {}
    for t in facts:
        for kind, end, allowed in rules.ends.get(t[1], ()):
            have = types.get(t[end], set())
            for c in allowed:
                if c not in have:
                    for bad in have & rules.disjoint_with.get(c, set()):
                        counts.setdefault((kind, t[1][1:-1], bad), set()).add(t)
    out = []
    for (kind, p, bad), edges in sorted(counts.items()):
        s, _, o = min(edges)
        out.append(Finding(kind, value(s), (p, bad, value(o)), len(edges)))
    return out[:_LIMIT]


def _values(rules: RuleSet, facts: list[Triple]) -> list[Finding]:
    wrong: dict[tuple[str, str], list[Triple]] = {}
    out = []
    for t in facts:
        s, p, o = t
        if p in rules.typed and o.startswith('"'):
            dt = datatype(o)
            if dt != rules.typed[p]:
                wrong.setdefault((p, dt), []).append(t)
        if p in rules.value_sets and value(o) not in rules.value_sets[p]:
            out.append(Finding("value", value(s), (p[1:-1], value(o))))
    for (p, dt), ts in sorted(wrong.items()):
        first = min(ts)
        out.append(Finding("datatype", value(first[0]), (p[1:-1], dt, value(first[2]), rules.typed[p]), len(ts)))
    return sorted(out, key=lambda f: (f.kind, f.node, f.detail))[:_LIMIT]


__all__ = ["Finding", "Inferences", "Rule", "RuleSet", "Triple", "check", "closure", "describe_rules", "infer",
           "ntriples", "parse_lines", "rules_from", "sparql_pattern", "split_literal", "value"]
