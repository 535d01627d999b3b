"""Claims of one monograph -> RDF (layer 2): a pure function, N-Triples text out.

Every claim is written twice: as a plain edge (``drug dkg:treats condition``) for easy SPARQL,
and as a qualified statement node that carries what the edge cannot (category, seriousness,
certainty, qualifier) and its provenance (monograph, section, line span, quoted text).

The hot path builds N-Triples lines as strings: no rdflib or pyoxigraph object is made per
triple, so mapping costs little next to parsing, and the store bulk-loads the text.
IRIs are minted from normalised labels, so a rebuild gives the same IRIs and the same
condition named by two monographs is one node.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from kg.config import DEFAULT_BASE
from kg.errors import MappingError
from kg.model import Evidence, Extraction, Link
from kg.namespaces import (
    DCTERMS,
    DKG,
    KIND_CLASS,
    OBJECT_KIND,
    OBOINOWL,
    PROV,
    RDF,
    RDFS,
    SKOS,
    STATEMENT_CLASS,
    XSD,
    graph_iri,
    resource,
    slug,
)

#: ``link(kind, label, synonyms, symbol) -> links`` — supplied by kg.link through the pipeline.
Linker = Callable[[str, str, Sequence[str], "str | None"], Sequence[Link]]

LINKED_KINDS = frozenset({"drug", "condition", "target", "side-effect", "sign"})

_TYPE = f"<{RDF}type>"
_LABEL = f"<{RDFS}label>"
_ALT = f"<{SKOS}altLabel>"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})


def iri(value: str) -> str:
    return f"<{value}>"


def lit(value: object, datatype: str | None = None) -> str:
    """An N-Triples literal; ``bool`` and ``int`` get their XSD datatype."""
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"^^<{XSD}integer>'
    text = f'"{str(value).translate(_ESCAPES)}"'
    return f"{text}^^<{datatype}>" if datatype else text


def d(local: str) -> str:
    return f"<{DKG}{local}>"


@dataclass
class MappedGraph:
    """The RDF of one monograph, in two parts.

    ``lines`` are what this monograph says: its claims, their statement nodes, the monograph
    node; they go in the monograph's own named graph, replaced as a whole on rebuild.
    ``node_lines`` describe the nodes it mentions (type, label, synonyms, symbol, external
    links). Those are shared: the same condition is described by every monograph that names
    it, so they go in one shared graph (see :func:`kg.namespaces.nodes_graph`), where the
    store's set semantics keep one copy. Oxigraph's union default graph is a bag, not a set:
    were they repeated in every monograph graph, a plain query would return duplicate rows.
    """

    graph: str
    drug: str
    monograph: str
    lines: list[str] = field(default_factory=list)
    node_lines: list[str] = field(default_factory=list)

    def ntriples(self) -> str:
        """Everything this monograph contributes (own graph and node descriptions)."""
        return "".join(self.lines) + "".join(self.node_lines)

    def own_ntriples(self) -> str:
        return "".join(self.lines)

    def nodes_ntriples(self) -> str:
        return "".join(self.node_lines)

    def __len__(self) -> int:
        return len(self.lines) + len(self.node_lines)


class _Writer:
    """Accumulates triples and remembers which nodes already got their type and label."""

    def __init__(self, base: str, link: Linker | None) -> None:
        self.base = base
        self.link = link
        self.lines: list[str] = []
        self.node_lines: list[str] = []
        self.typed: set[str] = set()
        self.statement_ids: set[str] = set()

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} .\n")

    def describe(self, s: str, p: str, o: str) -> None:
        """A triple about a node rather than a claim of this monograph (see MappedGraph)."""
        self.node_lines.append(f"{s} {p} {o} .\n")

    def node(self, kind: str, label: str, *, key: str | None = None,
             synonyms: Sequence[str] = (), symbol: str | None = None) -> str:
        """The IRI of a labelled node of ``kind``, typed and labelled once per graph."""
        key = key or slug(label)
        if not key:
            raise MappingError(f"the {kind} label {label!r} has no letters or digits to mint an IRI from")
        node = iri(resource(kind, key, self.base))
        if node not in self.typed:
            self.typed.add(node)
            self.describe(node, _TYPE, d(KIND_CLASS[kind]))
            self.describe(node, _LABEL, lit(label))
            for syn in synonyms:
                self.describe(node, _ALT, lit(syn))
            if self.link is not None and kind in LINKED_KINDS:
                self.links(node, self.link(kind, label, synonyms, symbol))
        return node

    def links(self, node: str, links: Iterable[Link]) -> None:
        for link in links:
            if link.predicate.startswith("skos:"):  # exactMatch, or a curated broad/narrow/close match
                self.describe(node, f"<{SKOS}{link.predicate[5:]}>", iri(link.iri))
            self.describe(node, f"<{OBOINOWL}hasDbXref>", lit(link.curie))

    def statement(self, drug: str, prop: str, obj: str, obj_key: str, evidence: Evidence,
                  monograph: str, drug_key: str) -> str:
        """Plain edge plus its qualified statement node with provenance; returns the node."""
        self.add(drug, d(prop), obj)
        sid = f"{drug_key}/{prop}/{obj_key}"
        n = 2
        while sid in self.statement_ids:  # the same object twice (e.g. under two categories)
            sid = f"{drug_key}/{prop}/{obj_key}-{n}"
            n += 1
        self.statement_ids.add(sid)
        st = iri(resource("statement", sid, self.base))
        self.add(st, _TYPE, d(STATEMENT_CLASS[prop]))
        self.add(st, d("subject"), drug)
        self.add(st, d("predicate"), d(prop))
        self.add(st, d("object"), obj)
        self.add(st, f"<{PROV}wasDerivedFrom>", monograph)
        self.add(st, d("section"), lit(evidence.section))
        self.add(st, d("startLine"), lit(evidence.span.start))
        self.add(st, d("endLine"), lit(evidence.span.end))
        self.add(st, d("quote"), lit(evidence.quote))
        return st


def monograph_key(file: str) -> str:
    """The key of a monograph's node and graph: its file name without ``.md``, slugged."""
    return slug(PurePath(file).stem) or "monograph"


def map_extraction(x: Extraction, base: str = DEFAULT_BASE, link: Linker | None = None) -> MappedGraph:
    """All triples one monograph contributes, for its own named graph."""
    w = _Writer(base, link)
    mkey = monograph_key(x.file)
    mono = iri(resource("monograph", mkey, base))
    drug_key = slug(x.drug.label)
    drug = w.node("drug", x.drug.label, synonyms=[s.label for s in x.drug.synonyms])
    for rule in RULES:
        rule(w, x, drug, drug_key, mono)
    graph = graph_iri(mkey, base)
    return MappedGraph(graph=graph, drug=drug[1:-1], monograph=mono[1:-1], lines=w.lines,
                       node_lines=w.node_lines)


# -- the rule table: one small function per claim kind ----------------------------------------

Rule = Callable[[_Writer, Extraction, str, str, str], None]


def map_monograph(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    w.add(mono, _TYPE, d("Monograph"))
    w.add(mono, _TYPE, f"<{PROV}Entity>")
    w.add(mono, d("fileName"), lit(PurePath(x.file).name))
    w.add(mono, d("sha256"), lit(x.sha256))
    w.add(mono, f"<{DCTERMS}title>", lit(x.title))
    if x.reliability is not None:
        w.add(mono, d("reliabilityNote"), lit(x.reliability.label))
    w.add(drug, d("describedIn"), mono)
    w.add(drug, f"<{PROV}wasDerivedFrom>", mono)


def map_identity(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    for brand in x.brand_names:
        w.add(drug, d("brandName"), lit(brand.label))
    if x.status is not None:
        w.add(drug, d("status"), lit(x.status.label))
    groups = (("hasDrugClass", "class", [x.drug_class] if x.drug_class else []),
              ("hasRoute", "route", x.routes), ("hasFormulation", "formulation", x.formulations))
    for prop, kind, names in groups:
        for name in names:
            obj = w.node(kind, name.label)
            w.statement(drug, prop, obj, slug(name.label), name.evidence, mono, dk)


def map_treats(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    for ind in x.treats:
        cond = w.node("condition", ind.label, synonyms=ind.synonyms)
        if ind.abbreviation:
            w.describe(cond, d("abbreviation"), lit(ind.abbreviation))
        st = w.statement(drug, "treats", cond, slug(ind.label), ind.evidence, mono, dk)
        if ind.qualifier:
            w.add(st, d("qualifier"), lit(ind.qualifier))


def map_mechanism(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    for m in x.mechanism:
        if m.relation not in OBJECT_KIND:
            raise MappingError(f"unknown mechanism relation {m.relation!r}", file=x.file,
                               line=m.evidence.span.start)
        kind = OBJECT_KIND[m.relation]
        obj = w.node(kind, m.target, symbol=m.symbol)
        if m.symbol and kind == "target":
            w.describe(obj, d("symbol"), lit(m.symbol))
        st = w.statement(drug, m.relation, obj, slug(m.target), m.evidence, mono, dk)
        w.add(st, d("certainty"), lit(m.certainty))
        if kind == "target":
            w.add(drug, d("actsOn"), obj)


def map_side_effects(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    for fx in x.side_effects:
        effect = w.node("side-effect", fx.label)
        category = w.node("category", fx.category)
        st = w.statement(drug, "causes", effect, slug(fx.label), fx.evidence, mono, dk)
        w.add(st, d("category"), category)
        w.add(st, d("serious"), lit(fx.serious))
    for sign in x.serious_signs:
        obj = w.node("sign", sign.label)
        w.statement(drug, "hasWarningSign", obj, slug(sign.label), sign.evidence, mono, dk)


def map_interactions(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    for it in x.interactions:
        agent = w.node("agent", it.agent)
        st = w.statement(drug, "interactsWith", agent, slug(it.agent), it.evidence, mono, dk)
        for example in it.examples:
            w.add(st, d("example"), w.node("agent", example))
        if it.effect:
            w.add(st, d("interactionEffect"), lit(it.effect))


def map_precautions(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    for p in x.precautions:
        key = f"{dk}/{slug(p.text)[:80].rstrip('-')}"
        node = w.node("precaution", p.text, key=key)
        w.statement(drug, "hasPrecaution", node, key.split("/", 1)[1], p.evidence, mono, dk)


def map_faqs(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    for faq in x.faqs:
        key = f"{dk}/{slug(faq.question)[:80].rstrip('-')}"
        node = w.node("faq", faq.question, key=key)
        w.describe(node, d("question"), lit(faq.question))
        w.describe(node, d("answer"), lit(faq.answer))
        w.statement(drug, "hasFAQ", node, key.split("/", 1)[1], faq.evidence, mono, dk)


RULES: tuple[Rule, ...] = (
    map_monograph, map_identity, map_treats, map_mechanism, map_side_effects,
    map_interactions, map_precautions, map_faqs,
)
