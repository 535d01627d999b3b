"""Claims of one monograph -> RDF (layer 2): a pure function, N-Triples text out.

Every claim is written twice: as a plain edge (``drug dkg:treats condition``) for easy SPARQL,
and as a qualified statement node that carries what the edge cannot (category, seriousness,
certainty, qualifier) and its provenance (monograph, section, line span, quoted text, the
evidence sentence, and a W3C Web Annotation selector pointing at the exact characters).
The monograph node carries what the page yielded (claims per kind, and, when the extractor
reports it, the sections it recognised, the lines it left unexplained and its warnings).

Statements are minted per monograph (``statement/<monograph>/<relation>/<object>``): two pages
about the same drug make two statements, each with its own provenance, about one drug node.

The hot path builds N-Triples lines as strings: no rdflib or pyoxigraph object is made per
triple, so mapping costs little next to parsing, and the store bulk-loads the text.
IRIs are minted from normalised labels, so a rebuild gives the same IRIs and the same
condition named by two monographs is one node.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from kg.config import DEFAULT_BASE
from kg.errors import MappingError
from kg.linking.normalize import effect_names, glosses
from kg.model import Composition, Coverage, Evidence, Extraction, Link
from kg.namespaces import (
    COUNT_PROPERTY,
    DCTERMS,
    DKG,
    KIND_CLASS,
    OA,
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
    statement_iri,
)

#: ``link(kind, label, synonyms, symbol) -> links`` — supplied by kg.link through the pipeline.
Linker = Callable[[str, str, Sequence[str], "str | None"], Sequence[Link]]

#: ``compose(kind, label, synonyms, symbol) -> Composition | None`` — how a node no term names is
#: said in terms that are (``kg.link.VocabLinker.composition``), supplied with the linker.
Composer = Callable[[str, str, Sequence[str], "str | None"], "Composition | None"]

LINKED_KINDS = frozenset({"drug", "condition", "target", "side-effect", "sign"})
#: the kinds whose nodes a listing or a grade may compose (lay names of things)
COMPOSED_KINDS = frozenset({"condition", "side-effect", "sign"})
#: link predicates that also give the node an ``oboInOwl:hasDbXref`` CURIE
_XREF_PREDICATES = frozenset({"skos:exactMatch", "oboInOwl:hasDbXref"})
_CHAINED = "semapv:MappingChaining"

_TYPE = f"<{RDF}type>"
_LABEL = f"<{RDFS}label>"
_ALT = f"<{SKOS}altLabel>"
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r]').search
_INTEGER = f"^^<{XSD}integer>"


def iri(value: str) -> str:
    return f"<{value}>"


def lit(value: object, datatype: str | None = None) -> str:
    """An N-Triples literal; ``bool`` and ``int`` get their XSD datatype."""
    if isinstance(value, bool):
        return f'"{"true" if value else "false"}"^^<{XSD}boolean>'
    if isinstance(value, int):
        return f'"{value}"{_INTEGER}'
    value = str(value)
    text = f'"{value.translate(_ESCAPES)}"' if _NEEDS_ESCAPE(value) else f'"{value}"'
    return f"{text}^^<{datatype}>" if datatype else text


def d(local: str) -> str:
    return f"<{DKG}{local}>"


# predicates of the statement node and of its Web Annotation selectors, built once
_P_SUBJECT, _P_PREDICATE, _P_OBJECT = d("subject"), d("predicate"), d("object")
_P_DERIVED = f"<{PROV}wasDerivedFrom>"
_P_SECTION, _P_START, _P_END, _P_QUOTE = d("section"), d("startLine"), d("endLine"), d("quote")
_P_EVIDENCE, _P_TARGET = d("evidence"), d("evidenceTarget")
_OA_SPECIFIC, _OA_QUOTE, _OA_POSITION = (f"<{OA}SpecificResource>", f"<{OA}TextQuoteSelector>",
                                         f"<{OA}TextPositionSelector>")
_OA_SOURCE, _OA_SELECTOR = f"<{OA}hasSource>", f"<{OA}hasSelector>"
_OA_EXACT, _OA_PREFIX, _OA_SUFFIX = f"<{OA}exact>", f"<{OA}prefix>", f"<{OA}suffix>"
_OA_START, _OA_END = f"<{OA}start>", f"<{OA}end>"


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
    file: str = ""  # the monograph's file name, for reports ("imiquimod.md")
    drug_label: str = ""  # the drug's name as the page gives it

    def ntriples(self) -> str:
        """Everything this monograph contributes (own graph and node descriptions)."""
        return "".join(self.lines) + "".join(self.node_lines)

    def own_ntriples(self) -> str:
        return "".join(self.lines)

    def nodes_ntriples(self) -> str:
        return "".join(self.node_lines)

    def digest(self) -> str:
        """SHA-256 of what the monograph maps to, as sets of triples: its own graph's and its node
        descriptions, each sorted, without repeats. Equal digests, equal graphs, whatever order
        or code produced them; and equal inferences under the same rules, which read only these
        (the build record keeps it, see :mod:`kg.manifest`)."""
        h = hashlib.sha256()
        for part in (self.lines, self.node_lines):
            h.update("".join(sorted(set(part))).encode("utf-8"))
            h.update(b"\0")
        return h.hexdigest()

    def __len__(self) -> int:
        return len(self.lines) + len(self.node_lines)


class _Writer:
    """Accumulates triples and remembers which nodes already got their type and label."""

    def __init__(self, base: str, link: Linker | None, monograph_key: str = "monograph",
                 compose: Composer | None = None) -> None:
        self.base = base
        self.link = link
        self.compose = compose
        #: our node -> the nodes it lists or grades (:meth:`composed`), which its statements concern
        self.components: dict[str, list[str]] = {}
        self.mkey = monograph_key
        self.lines: list[str] = []
        self.node_lines: list[str] = []
        self.typed: set[str] = set()
        self.statement_ids: set[str] = set()
        self.counts: dict[str, int] = dict.fromkeys(COUNT_PROPERTY, 0)  # statement class -> claims

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
                if self.compose is not None and kind in COMPOSED_KINDS:
                    self.composed(node, kind, self.compose(kind, label, synonyms, symbol))
        return node

    def composed(self, node: str, kind: str, composition: Composition | None) -> None:
        """What a node no term names is, in our nodes that terms do name: ``dkg:lists`` each
        thing a listing label names; ``dkg:gradeOf`` the thing a graded label grades, with the
        grade's words (``dkg:grade``) and the HPO clinical modifiers they name (``dkg:modifier``)."""
        if composition is None:
            return
        components = self.components.setdefault(node, [])
        for part in composition.parts:
            components.append(self.node(kind, part))
            self.describe(node, d("lists"), components[-1])
        if composition.core:
            components.append(self.node(kind, composition.core))
            self.describe(node, d("gradeOf"), components[-1])
            self.describe(node, d("grade"), lit(" ".join(composition.grade)))
            for modifier in composition.modifiers:
                self.describe(node, d("modifier"), iri(modifier.iri))

    def components_of(self, node: str) -> list[str]:
        """Every node ``node`` is composed of, at any depth ("Severe allergic or skin reactions"
        grades "Allergic or skin reactions", which lists "Allergic reactions" and "Skin reactions")."""
        out: list[str] = []
        todo = list(self.components.get(node, []))
        while todo:
            component = todo.pop(0)
            if component not in out:
                out.append(component)
                todo.extend(self.components.get(component, []))
        return out

    def links(self, node: str, links: Iterable[Link]) -> None:
        """``skos:exactMatch`` IRI plus ``oboInOwl:hasDbXref`` CURIE for an identity link;
        the CURIE alone for a curated cross-reference; the SKOS predicate alone for a weaker
        mapping (a curated broad/narrow/close match, or an identifier reached by chaining,
        which kg.link makes ``skos:closeMatch`` or ``skos:relatedMatch``, never exact)."""
        for link in links:
            predicate = link.predicate
            if link.justification == _CHAINED and predicate in _XREF_PREDICATES:
                predicate = "skos:relatedMatch"  # a chain is never written as a direct link
            if predicate.startswith("skos:"):
                self.describe(node, f"<{SKOS}{predicate[5:]}>", iri(link.iri))
            if predicate in _XREF_PREDICATES:
                self.describe(node, f"<{OBOINOWL}hasDbXref>", lit(link.curie))

    def statement(self, drug: str, prop: str, obj: str, obj_key: str, evidence: Evidence,
                  monograph: str) -> str:
        """Plain edge plus its qualified statement node with provenance; returns the node.

        The node is minted per monograph (:func:`kg.namespaces.statement_iri`), so the same
        claim made by two pages about one drug is two statements, each with its own source."""
        self.add(drug, d(prop), obj)
        sid = f"{prop}/{obj_key}"
        n = 2
        while sid in self.statement_ids:  # the same object twice (e.g. under two categories)
            sid = f"{prop}/{obj_key}-{n}"
            n += 1
        self.statement_ids.add(sid)
        cls = STATEMENT_CLASS[prop]
        self.counts[cls] += 1
        raw = statement_iri(self.mkey, prop, sid.split("/", 1)[1], self.base)
        st = f"<{raw}>"
        quote = lit(evidence.quote)
        self.lines.extend((
            f"{st} {_TYPE} {d(cls)} .\n",
            f"{st} {_P_SUBJECT} {drug} .\n",
            f"{st} {_P_PREDICATE} {d(prop)} .\n",
            f"{st} {_P_OBJECT} {obj} .\n",
            f"{st} {_P_DERIVED} {monograph} .\n",
            f"{st} {_P_SECTION} {lit(evidence.section)} .\n",
            f'{st} {_P_START} "{evidence.span.start}"{_INTEGER} .\n',
            f'{st} {_P_END} "{evidence.span.end}"{_INTEGER} .\n',
            f"{st} {_P_QUOTE} {quote} .\n"))
        self.lines.extend(evidence_lines(raw, evidence, monograph, quote))
        for component in self.components_of(obj):  # the monograph's own graph mentions them:
            self.add(st, d("concerns"), component)  # checked, reasoned and kept with it
        return st


def evidence_lines(statement: str, evidence: Evidence, monograph: str,
                   quote_literal: str = "") -> list[str]:
    """The evidence of a statement in the W3C Web Annotation model, one N-Triples line each.

    ``<st> dkg:evidence "sentence"`` (when the extractor gives it) and ``<st>
    dkg:evidenceTarget <st#target>``, an ``oa:SpecificResource`` whose ``oa:hasSource`` is the
    monograph and whose ``oa:hasSelector`` are an ``oa:TextQuoteSelector`` ``<st#quote>``
    (``oa:exact`` the quote, ``oa:prefix``/``oa:suffix`` when known) and, when the extractor gives
    the offsets, an ``oa:TextPositionSelector`` ``<st#position>`` (``oa:start``/``oa:end``,
    code points of the file's decoded text, end excluded). Both selectors select the same
    characters, as the Web Annotation model asks of several selectors on one resource.

    The offsets are ``xsd:integer``, as the Web Annotation JSON-LD context gives them and as
    Oxigraph stores every integer type (it turns ``xsd:nonNegativeInteger``, the vocabulary's
    range, into ``xsd:integer`` on load). The IRIs are minted from the statement's, never blank
    nodes, so exports stay byte-stable."""
    st, target, quote = f"<{statement}>", f"<{statement}#target>", f"<{statement}#quote>"
    exact = quote_literal or lit(evidence.quote)
    out = [f"{st} {_P_EVIDENCE} {lit(evidence.sentence)} .\n"] if evidence.sentence else []
    out += (f"{st} {_P_TARGET} {target} .\n",
            f"{target} {_TYPE} {_OA_SPECIFIC} .\n",
            f"{target} {_OA_SOURCE} {monograph} .\n",
            f"{target} {_OA_SELECTOR} {quote} .\n",
            f"{quote} {_TYPE} {_OA_QUOTE} .\n",
            f"{quote} {_OA_EXACT} {exact} .\n")
    if evidence.prefix:
        out.append(f"{quote} {_OA_PREFIX} {lit(evidence.prefix)} .\n")
    if evidence.suffix:
        out.append(f"{quote} {_OA_SUFFIX} {lit(evidence.suffix)} .\n")
    if evidence.start is not None and evidence.end is not None:
        position = f"<{statement}#position>"
        out += (f"{target} {_OA_SELECTOR} {position} .\n",
                f"{position} {_TYPE} {_OA_POSITION} .\n",
                f'{position} {_OA_START} "{evidence.start}"{_INTEGER} .\n',
                f'{position} {_OA_END} "{evidence.end}"{_INTEGER} .\n')
    return out


def monograph_key(file: str) -> str:
    """The key of a monograph's node and graph: its file name without ``.md``, slugged."""
    return slug(PurePath(file).stem) or "monograph"


def map_extraction(x: Extraction, base: str = DEFAULT_BASE, link: Linker | None = None,
                   compose: Composer | None = None) -> MappedGraph:
    """All triples one monograph contributes, for its own named graph. ``compose`` defaults to
    the linker's own (``link.composition``) when it has one."""
    mkey = monograph_key(x.file)
    w = _Writer(base, link, mkey, compose if compose is not None else getattr(link, "composition", None))
    mono = iri(resource("monograph", mkey, base))
    drug_key = slug(x.drug.label)
    drug = w.node("drug", x.drug.label, synonyms=[s.label for s in x.drug.synonyms])
    for rule in RULES:
        rule(w, x, drug, drug_key, mono)
    graph = graph_iri(mkey, base)
    return MappedGraph(graph=graph, drug=drug[1:-1], monograph=mono[1:-1], lines=w.lines,
                       node_lines=w.node_lines, file=PurePath(x.file).name, drug_label=x.drug.label)


def drugs_with_several_monographs(mapped: Iterable[MappedGraph]) -> dict[str, list[MappedGraph]]:
    """The drugs that more than one monograph of ``mapped`` describes (two files about one drug,
    or a file rebuilt under a new name): drug IRI -> its graphs, by file name.

    Both pages' claims are kept (statements are minted per monograph); this is for reporting
    it. For the drugs the store already holds from earlier builds, run the stored query
    ``queries/same-drug.rq``."""
    by_drug: dict[str, dict[str, MappedGraph]] = {}
    for m in mapped:
        by_drug.setdefault(m.drug, {})[m.graph] = m
    return {drug: sorted(graphs.values(), key=lambda m: (m.file, m.graph))
            for drug, graphs in sorted(by_drug.items()) if len(graphs) > 1}


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
            w.statement(drug, prop, obj, slug(name.label), name.evidence, mono)


def map_treats(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    for ind in x.treats:
        cond = w.node("condition", ind.label, synonyms=ind.synonyms)
        if ind.abbreviation:
            w.describe(cond, d("abbreviation"), lit(ind.abbreviation))
        st = w.statement(drug, "treats", cond, slug(ind.label), ind.evidence, mono)
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
        st = w.statement(drug, m.relation, obj, slug(m.target), m.evidence, mono)
        w.add(st, d("certainty"), lit(m.certainty))
        if kind == "target":
            w.add(drug, d("actsOn"), obj)


def map_side_effects(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    for fx in x.side_effects:
        effect = w.node("side-effect", fx.label,
                        synonyms=effect_names(fx.label, fx.category, fx.evidence.sentence))
        category = w.node("category", fx.category)
        st = w.statement(drug, "causes", effect, slug(fx.label), fx.evidence, mono)
        w.add(st, d("category"), category)
        w.add(st, d("serious"), lit(fx.serious))
    for sign in x.serious_signs:
        obj = w.node("sign", sign.label, synonyms=glosses(sign.label, sign.evidence.sentence))
        w.statement(drug, "hasWarningSign", obj, slug(sign.label), sign.evidence, mono)


def map_interactions(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    for it in x.interactions:
        agent = w.node("agent", it.agent)
        st = w.statement(drug, "interactsWith", agent, slug(it.agent), it.evidence, mono)
        for example in it.examples:
            w.add(st, d("example"), w.node("agent", example))
        if it.effect:
            w.add(st, d("interactionEffect"), lit(it.effect))


def map_precautions(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    for p in x.precautions:
        key = f"{dk}/{slug(p.text)[:80].rstrip('-')}"
        node = w.node("precaution", p.text, key=key)
        w.statement(drug, "hasPrecaution", node, key.split("/", 1)[1], p.evidence, mono)


def map_faqs(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    """A FAQ is the page's own question and answer: minted per monograph and described in the
    monograph's graph, so two pages of one drug may answer the same question differently and
    a rebuilt page replaces its answers."""
    seen: set[str] = set()
    for faq in x.faqs:
        local = base_local = slug(faq.question)[:80].rstrip("-")
        n = 2
        while local in seen:
            local = f"{base_local}-{n}"
            n += 1
        seen.add(local)
        node = iri(resource("faq", f"{w.mkey}/{local}", w.base))
        w.add(node, _TYPE, d("FAQ"))
        w.add(node, _LABEL, lit(faq.question))
        w.add(node, d("question"), lit(faq.question))
        if faq.answer.strip():  # a question the page asks without an answer is still the page's (and warned)
            w.add(node, d("answer"), lit(faq.answer))
        w.statement(drug, "hasFAQ", node, local, faq.evidence, mono)


def map_coverage(w: _Writer, x: Extraction, drug: str, dk: str, mono: str) -> None:
    """What the page yielded, on the monograph node: its claims per kind (always: counted from
    the statements just written, zeros included) and, when the extractor reports coverage, the
    sections it recognised, the lines it left unexplained and its warnings. Runs last."""
    w.add(mono, d("claimCount"), lit(sum(w.counts.values())))
    for cls, prop in COUNT_PROPERTY.items():
        w.add(mono, d(prop), lit(w.counts[cls]))
    if x.coverage is not None:
        map_sections_and_warnings(w, x.coverage, mono)


def map_sections_and_warnings(w: _Writer, cov: Coverage, mono: str) -> None:
    raw = mono[1:-1]
    w.add(mono, d("sectionCount"), lit(len(cov.sections)))
    for i, sec in enumerate(cov.sections, 1):
        node = f"<{raw}#section-{i}>"
        w.add(mono, d("hasSection"), node)
        w.add(node, _TYPE, d("MonographSection"))
        if sec.title.strip():
            w.add(node, _LABEL, lit(sec.title))
        w.add(node, d("sectionKind"), lit(sec.kind))
        w.add(node, d("startLine"), lit(sec.span.start))
        w.add(node, d("endLine"), lit(sec.span.end))
    unexplained = sorted(set(cov.unexplained))
    w.add(mono, d("unexplainedLineCount"), lit(len(unexplained)))
    for line in unexplained:
        w.add(mono, d("unexplainedLine"), lit(line))
    w.add(mono, d("warningCount"), lit(len(cov.warnings)))
    for i, warning in enumerate(cov.warnings, 1):
        node = f"<{raw}#warning-{i}>"
        w.add(mono, d("hasWarning"), node)
        w.add(node, _TYPE, d("ExtractionWarning"))
        w.add(node, d("warningKind"), lit(warning.kind))
        w.add(node, d("warningMessage"), lit(warning.message))
        if warning.line >= 1:
            w.add(node, d("startLine"), lit(warning.line))


RULES: tuple[Rule, ...] = (
    map_monograph, map_identity, map_treats, map_mechanism, map_side_effects,
    map_interactions, map_precautions, map_faqs, map_coverage,
)
