"""What an entity page shows, read from the store (bounded look-ups, run in the server).

Every claim is a statement node (dkg:subject/predicate/object) carrying its evidence: the
section, the line span, the quoted text, the whole sentence it rests on (``dkg:evidence``), the
W3C Web Annotation selectors (``oa:prefix`` to find the quote in the sentence, ``oa:start`` and
``oa:end`` to find it in the file) and the monograph it was derived from.

A page shows each claim once: the plain edge that repeats a statement, and the edges the reasoner
wrote in the aligned vocabularies (Biolink, RO, Wikidata, our inverses), are folded into one quiet
line under the claims they repeat; whatever else was inferred is marked as such.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

from kg.link import packaged_identifiers
from kg.namespaces import DCTERMS, DKG, OA, OBOINOWL, RDF, RDFS, SKOS, inferred_graph
from kg.store import Term
from kg.web.executor import Store
from kg.web.results import curie

PREFIX = f"""PREFIX dkg: <{DKG}>
PREFIX rdfs: <{RDFS}>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <{OA}>
"""


def _outgoing(inferred: str) -> str:
    return PREFIX + f"""SELECT ?p ?o (SAMPLE(?l) AS ?label) (MIN(?a) AS ?inferred) WHERE {{
  GRAPH ?g {{ %E% ?p ?o }} BIND(IF(STRSTARTS(STR(?g), "{inferred}"), 1, 0) AS ?a)
  OPTIONAL {{ ?o rdfs:label ?l }}
}} GROUP BY ?p ?o ORDER BY ?p ?o LIMIT 3000"""


def _incoming(inferred: str) -> str:
    return PREFIX + f"""SELECT ?s ?p (SAMPLE(?l) AS ?label) (MIN(?a) AS ?inferred) WHERE {{
  GRAPH ?g {{ ?s ?p %E% }} BIND(IF(STRSTARTS(STR(?g), "{inferred}"), 1, 0) AS ?a)
  OPTIONAL {{ ?s rdfs:label ?l }}
  FILTER NOT EXISTS {{ ?s dkg:subject ?any }} FILTER NOT EXISTS {{ ?s oa:hasSource %E% }}
}} GROUP BY ?s ?p ORDER BY ?p ?s LIMIT 500"""


#: the statements about the entity, every triple of each (a pattern that starts from the IRI:
#: one query with a dozen OPTIONALs was 4x slower), then the labels, files and quote prefixes
#: of the nodes they name, by VALUES
STATEMENTS = PREFIX + """SELECT ?st ?p ?o WHERE {
  { ?st dkg:subject %E% } UNION { ?st dkg:object %E% } ?st ?p ?o
} LIMIT 40000"""
#: the statement itself, as a row like those of STATEMENTS (a statement's own page)
OWN_STATEMENT = PREFIX + """SELECT ?st ?p ?o WHERE { %E% dkg:subject ?x . BIND(%E% AS ?st) %E% ?p ?o } LIMIT 1000"""
#: (a UNION, not ``VALUES ?p``: with the predicate a variable the engine scanned every label,
#: 1.5 s for a drug page at 3,000 monographs; this is 10-25 ms)
NODE_NAMES = PREFIX + """SELECT ?n ?p ?v WHERE { VALUES ?n { %NODES% }
  { ?n rdfs:label ?v BIND(rdfs:label AS ?p) } UNION { ?n dkg:fileName ?v BIND(dkg:fileName AS ?p) } }"""
QUOTE_PREFIXES = PREFIX + """SELECT ?t ?v WHERE { VALUES ?t { %NODES% } ?t oa:hasSelector ?s . ?s oa:prefix ?v }"""
#: statement predicate -> field of a statement row
ROW_FIELDS = {DKG + k: v for k, v in (
    ("subject", "subject"), ("predicate", "predicate"), ("object", "object"), ("section", "section"),
    ("startLine", "line"), ("endLine", "end"), ("quote", "quote"), ("category", "category"),
    ("serious", "serious"), ("certainty", "certainty"), ("qualifier", "qualifier"), ("evidence", "evidence"),
    ("evidenceTarget", "target"))} | {"http://www.w3.org/ns/prov#wasDerivedFrom": "monograph"}

#: the monographs that describe the entity (a drug), with the page's own reliability note
SOURCES = PREFIX + f"""SELECT ?m (SAMPLE(?f) AS ?file) (SAMPLE(?t) AS ?title) (SAMPLE(?n) AS ?note) WHERE {{
  {{ %E% dkg:describedIn ?m }} UNION {{ %E% a dkg:Monograph . BIND(%E% AS ?m) }}
  OPTIONAL {{ ?m dkg:fileName ?f }} OPTIONAL {{ ?m <{DCTERMS}title> ?t }}
  OPTIONAL {{ ?m dkg:reliabilityNote ?n }}
}} GROUP BY ?m ORDER BY ?file LIMIT 50"""

#: one step of gathering our nodes of one kind that name the same thing (see :func:`gather`):
#: from some nodes, the nodes of that kind that share an exact external identifier with one of
#: them, or carry one of their names (a label or synonym, in the case variants given)
GATHER_STEP = PREFIX + f"""PREFIX skos: <{SKOS}>
SELECT DISTINCT ?same WHERE {{
  {{ VALUES ?n {{ %NODES% }} ?n skos:exactMatch ?id . ?same skos:exactMatch ?id . ?same a %T% }}
  UNION {{ VALUES ?v {{ %NAMES% }} ?same rdfs:label|skos:altLabel ?v . ?same a %T% }}
}} LIMIT 500"""
# (the type inside each branch: after the UNION, the engine started from every node of the type,
# 200 ms at 1,000 monographs against 0.4 ms)
NAMES_OF = PREFIX + f"""PREFIX skos: <{SKOS}>
SELECT DISTINCT ?v WHERE {{ VALUES ?n {{ %NODES% }} ?n rdfs:label|skos:altLabel ?v }} LIMIT 2000"""
#: the exact external identifiers two of our nodes share, as the CURIEs the graph stores beside
#: each direct skos:exactMatch (oboInOwl:hasDbXref: "DOID:11168")
SHARED_IDS = PREFIX + f"""PREFIX oboInOwl: <{OBOINOWL}>
SELECT ?same ?id WHERE {{ VALUES ?same {{ %NODES% }} %E% oboInOwl:hasDbXref ?id . ?same oboInOwl:hasDbXref ?id }}"""
#: our nodes that list or grade the entity ("Dizziness or lightheadedness" lists Dizziness), grade a
#: listing of it ("Severe allergic or skin reactions" grades "Allergic or skin reactions") or list a
#: grade of it ("Severe constipation or bowel blockage" lists "Severe constipation")
COMPOSING = PREFIX + """SELECT DISTINCT ?n ?rel WHERE {
  { ?n ?rel %E% VALUES ?rel { dkg:lists dkg:gradeOf } } UNION { ?n dkg:gradeOf/dkg:lists %E% BIND(dkg:gradeOf AS ?rel) }
  UNION { ?n dkg:lists/dkg:gradeOf %E% BIND(dkg:gradeOf AS ?rel) }
}"""
#: what the heading of the claims about a node that lists or grades the entity adds
COMPOSING_HEADINGS = {DKG + "lists": ", named with other things in one listing",
                      DKG + "gradeOf": ", graded (severe, chronic, ...)"}
#: at most this many nodes gathered with one (a page lists them; the stored query has them all)
GATHER_LIMIT = 100

DOCUMENT = PREFIX + """CONSTRUCT { ?e ?p ?o . ?st ?sp ?so } WHERE {
  { ?e ?p ?o } UNION { { ?st dkg:subject ?e } UNION { ?st dkg:object ?e } ?st ?sp ?so }
}"""

#: plain edge / statement predicate -> the group it is shown in on the subject's page
GROUPS: dict[str, str] = {
    "treats": "Treats", "activates": "Mechanism", "inhibits": "Mechanism", "blocks": "Mechanism",
    "binds": "Mechanism", "opens": "Mechanism", "modulates": "Mechanism",
    "triggers": "Downstream effects", "increases": "Downstream effects", "decreases": "Downstream effects",
    "causes": "Side effects", "hasWarningSign": "Warning signs", "interactsWith": "Interactions",
    "hasPrecaution": "Precautions", "hasFAQ": "Questions", "hasDrugClass": "Identity",
    "hasRoute": "Identity", "hasFormulation": "Identity",
}
HEADINGS = GROUPS  # the old name
GROUP_ORDER = ("Identity", "Treats", "Mechanism", "Downstream effects", "Side effects", "Warning signs",
               "Interactions", "Precautions", "Questions")
#: a group's heading on the subject's page, as a sentence ({label}: the entity's label)
SUBJECT_SENTENCES = {
    "Identity": "What {label} is", "Treats": "What {label} is used for",
    "Mechanism": "How {label} acts on its targets", "Downstream effects": "What its action leads to",
    "Side effects": "Side effects of {label}", "Warning signs": "Warning signs to get help for",
    "Interactions": "What {label} interacts with", "Precautions": "Precautions to take",
    "Questions": "Questions people ask about {label}",
}
#: a predicate's heading on the object's page, as a sentence
OBJECT_SENTENCES = {
    "treats": "Drugs that treat {label}", "activates": "Drugs that activate {label}",
    "inhibits": "Drugs that inhibit {label}", "blocks": "Drugs that block {label}",
    "binds": "Drugs that bind {label}", "opens": "Drugs that open {label}",
    "modulates": "Drugs that modulate {label}", "triggers": "Drugs whose action triggers {label}",
    "increases": "Drugs that increase {label}", "decreases": "Drugs that decrease {label}",
    "causes": "Drugs with {label} as a side effect", "hasWarningSign": "Drugs for which {label} is a warning sign",
    "interactsWith": "Drugs that interact with {label}", "hasPrecaution": "Drugs that call for this precaution",
    "hasFAQ": "The drug this question is about", "hasDrugClass": "Drugs in the class {label}",
    "hasRoute": "Drugs taken by this route ({label})", "hasFormulation": "Drugs that come as {label}",
}
#: the column headed by the claim's other end, per group (subject's page)
OBJECT_COLUMN = {"Treats": "condition", "Mechanism": "target", "Downstream effects": "effect",
                 "Side effects": "effect", "Warning signs": "sign", "Interactions": "agent",
                 "Precautions": "precaution", "Questions": "question", "Identity": "what"}
DETAIL_KEYS = ("category", "serious", "certainty", "qualifier")
NAME_PROPS = {RDFS + "label": "label", SKOS + "altLabel": "synonyms", DKG + "brandName": "brand names",
              DKG + "symbol": "symbol", DKG + "abbreviation": "abbreviation"}
XREF_PROPS = {SKOS + "exactMatch", OBOINOWL + "hasDbXref"}
#: the weaker mappings kg.link writes, shown beside the exact identifiers under these names
WEAKER_PROPS = {SKOS + "narrowMatch": "narrower identifiers", SKOS + "broadMatch": "broader identifiers",
                SKOS + "closeMatch": "close identifiers (chained)",
                SKOS + "relatedMatch": "related identifiers (chained)"}
#: plain edges shown with their evidence in the claim groups instead of as bare properties
CLAIM_EDGES = {DKG + name for name in (*GROUPS, "actsOn")}
#: where a CURIE with no IRI beside it resolves
RESOLVER = "https://bioregistry.io/"


@dataclass
class Claim:
    statement: str
    subject: Term
    subject_label: str
    predicate: str
    obj: Term
    object_label: str
    details: dict[str, str] = field(default_factory=dict)
    section: str = ""
    line: str = ""
    end_line: str = ""
    quote: str = ""
    file: str = ""
    monograph: str = ""
    evidence: str = ""
    prefix: str = ""

    @property
    def marked(self) -> list[tuple[str, bool]]:
        """The evidence sentence in pieces, the quoted words flagged (shown in ``<mark>``)."""
        return mark(self.evidence or self.quote, self.quote, self.prefix)

    @property
    def quote_found(self) -> bool:
        return any(m for _, m in self.marked)

    @property
    def lines(self) -> str:
        if self.line and self.end_line and self.end_line != self.line:
            return f"{self.line}–{self.end_line}"
        return self.line


@dataclass
class Group:
    """The claims of one kind on a page: a heading as a sentence, a table, and the quiet line
    of aligned-vocabulary edges that repeat them."""

    key: str
    heading: str
    column: str
    claims: list[Claim]
    outgoing: bool  # the entity is the claims' subject
    aligned: dict[str, bool] = field(default_factory=dict)  # predicate IRI -> inferred
    inverse: dict[str, bool] = field(default_factory=dict)  # edges the other way

    @property
    def details(self) -> list[str]:
        return [k for k in DETAIL_KEYS if any(k in c.details for c in self.claims)]


@dataclass
class Xref:
    curie: str
    href: str | None


@dataclass
class Gathered:
    """A node of ours gathered with the entity: what it is called and the exact identifiers the
    two share (none when a name, or other nodes between them, join them)."""

    iri: str
    label: str
    shared: list[str]


@dataclass
class Source:
    iri: str
    file: str
    title: str
    note: str
    key: str  # /monograph/KEY


@dataclass
class Entity:
    iri: str
    label: str
    types: list[tuple[str, bool]] = field(default_factory=list)  # (class, inferred)
    names: dict[str, list[str]] = field(default_factory=dict)
    xrefs: list[Xref] = field(default_factory=list)
    #: "narrower identifiers" -> the skos:narrowMatch IRIs ("Rash or itching": Rash, Pruritus) ...
    weaker: dict[str, list[Xref]] = field(default_factory=dict)
    properties: list[tuple[str, Term, str, bool]] = field(default_factory=list)  # (predicate, value, label, inferred)
    groups: list[Group] = field(default_factory=list)
    incoming: list[tuple[Term, str, str, bool]] = field(default_factory=list)  # (subject, predicate, label, inferred)
    sources: list[Source] = field(default_factory=list)
    claim: Claim | None = None  # on a statement's own page: the claim it makes
    gathered: list[Gathered] = field(default_factory=list)  # our other nodes for the same thing
    #: the claims about the gathered nodes, per predicate ("Drugs that treat it under another name")
    gathered_groups: list[Group] = field(default_factory=list)

    @property
    def kind(self) -> str:
        ours = [t for t, inferred in self.types if t.startswith(DKG) and not inferred]
        return local_name(ours[0]) if ours else ""

    @property
    def notes(self) -> list[Source]:
        """The monographs whose reliability note the page repeats at its top."""
        return [s for s in self.sources if s.note]

    @property
    def empty(self) -> bool:
        return not (self.types or self.names or self.properties or self.groups
                    or self.incoming or self.xrefs)


_IRI_REF = re.compile(r'^[^<>"{}|^`\\\x00-\x20]+$')


def about(query: str, iri: str) -> str:
    """``query`` with ``%E%`` made the IRI: written in, so the engine starts from it (a value
    bound afterwards makes it scan every statement first, 200 ms a page). An IRI that cannot
    be written as an IRI reference is refused."""
    if not _IRI_REF.match(iri):
        raise ValueError(f"{iri!r} cannot be written as an IRI reference")
    return query.replace("%E%", f"<{iri}>")


def _value(t: Term | None) -> str:
    return "" if t is None else t.value


def local_name(iri: str) -> str:
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\w)|(?<=\w)[*_](?!\w)|`")


_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]{0,200})?/?>")


def plain(text: str) -> str:
    """Markdown emphasis, HTML tags (a page written in HTML) and runs of white space taken out of
    an evidence text, for reading; the statement keeps the sentence verbatim."""
    if "<" in text:
        text = _TAG.sub("", text)
    return " ".join(_EMPHASIS.sub("", text).split())


def mark(sentence: str, quote: str, prefix: str = "") -> list[tuple[str, bool]]:
    """``sentence`` in pieces with the occurrence of ``quote`` flagged; when the quote occurs
    more than once, the one whose preceding text best matches ``prefix`` (the annotation's
    ``oa:prefix``). No flag when the quote is not in the sentence."""
    text, q = plain(sentence), plain(quote)
    if not q:
        return [(text, False)] if text else []
    folded, fq = text.casefold(), q.casefold()
    if len(folded) != len(text):  # case folding changed lengths: match as written
        folded, fq = text, q
    hits = [m.start() for m in re.finditer(re.escape(fq), folded)]
    if not hits:
        return [(text, False)]
    before = plain(prefix).casefold()

    def agreement(pos: int) -> int:
        n = 0
        while n < min(pos, len(before)) and folded[pos - 1 - n] == before[-1 - n]:
            n += 1
        return n

    at = max(hits, key=lambda pos: (agreement(pos), -pos)) if before else hits[0]
    pieces = [(text[:at], False), (text[at:at + len(q)], True), (text[at + len(q):], False)]
    return [p for p in pieces if p[0]]


def monograph_key(iri: str, base: str) -> str:
    root = base + "monograph/"
    return iri[len(root):] if iri.startswith(root) and "/" not in iri[len(root):] else ""


def source_href(claim: Claim, base: str) -> str | None:
    """``/monograph/KEY#L35``: the claim's line in the monograph's source page."""
    key = monograph_key(claim.monograph, base)
    if not key:
        return None
    return f"/monograph/{key}" + (f"#L{claim.line}" if claim.line.isdigit() else "")


def xrefs(values: list[Term]) -> list[Xref]:
    """External identifiers once each: a CURIE (``oboInOwl:hasDbXref``) linked to the IRI that
    says the same (``skos:exactMatch``) when there is one, else to its resolver."""
    iris = [t.value for t in values if t.kind == "uri"]
    out: list[Xref] = []
    used: set[str] = set()
    for t in values:
        if t.kind == "uri":
            continue
        prefix, _, local = t.value.partition(":")
        match = next((i for i in iris if i not in used and local and
                      re.search(rf"[/#_=:]{re.escape(local)}$", i, re.IGNORECASE)), None)
        if match:
            used.add(match)
        out.append(Xref(t.value, match or (RESOLVER + t.value if prefix and local else None)))
    out += [Xref(curie(i) if curie(i) != i else _short(i), i) for i in iris if i not in used]
    seen: set[str] = set()
    return [x for x in out if not (x.curie.casefold() in seen or seen.add(x.curie.casefold()))]


def _short(iri: str) -> str:
    return re.sub(r"^https?://(www\.)?", "", iri)


def load_entity(store: Store, iri: str, base: str | None = None) -> Entity:
    base = base if base is not None else iri.split("/id/", 1)[0] + "/id/"
    inferred = inferred_graph(base)  # the prefix of every graph the reasoner writes (kg.inferred)
    e = Term("uri", iri)
    ent = Entity(iri=iri, label="")
    outgoing: list[tuple[str, Term, str, bool]] = []
    xref_terms: list[Term] = []
    for p, o, label, inf in store.query(about(_outgoing(inferred), iri)).rows():
        assert p is not None and o is not None
        is_inferred = _value(inf) == "1"
        if p.value == RDF + "type":
            ent.types.append((o.value, is_inferred))
        elif p.value in NAME_PROPS:
            ent.names.setdefault(NAME_PROPS[p.value], []).append(o.value)
        elif p.value in XREF_PROPS:
            xref_terms.append(o)
        elif p.value in WEAKER_PROPS and o.kind == "uri":
            named = packaged_identifiers().curie_of(o.value) or curie(o.value)
            ent.weaker.setdefault(WEAKER_PROPS[p.value], []).append(Xref(named, o.value))
        else:
            outgoing.append((p.value, o, _value(label), is_inferred))
    ent.xrefs = xrefs(xref_terms)
    ent.weaker = {k: sorted(ent.weaker[k], key=lambda x: x.curie) for k in WEAKER_PROPS.values() if k in ent.weaker}
    ent.label = (ent.names.get("label") or [local_name(iri)])[0]
    own = statement_rows(store, iri, OWN_STATEMENT) if any(t.endswith("Statement") for t, _ in ent.types) else []
    if own:
        ent.claim = to_claim(own[0])
        ent.label = f"{ent.claim.subject_label} {ent.claim.predicate} {ent.claim.object_label}"
    ent.groups = _groups(store, e, ent.label)
    ent.sources = [Source(_value(m), _value(f), _value(t), _value(n), monograph_key(_value(m), base))
                   for m, f, t, n in store.query(about(SOURCES, iri)).rows() if m is not None]
    incoming = [(s, p.value, _value(label), _value(inf) == "1")
                for s, p, label, inf in store.query(about(_incoming(inferred), iri)).rows()
                if s is not None and p is not None]
    _fold_edges(ent, outgoing, incoming)
    ent.types.sort(key=lambda t: (t[1], curie(t[0])))
    if ent.kind and not ent.kind.endswith("Statement") and ent.kind != "Monograph":
        ent.gathered = gather(store, iri, DKG + ent.kind)
        ent.gathered_groups = _gathered_groups(store, ent) + _composing_groups(store, ent)
    return ent


def gather(store: Store, iri: str, kind: str) -> list[Gathered]:
    """Our other nodes of ``kind`` that name what ``iri`` names: those that share an exact
    external identifier or a name a page gave (case aside), directly or through other such
    nodes, as ``queries/same-condition.rq`` gathers conditions. Walked a step at a time from the
    IRI with index look-ups (the same walk as one property path took 2 s at 1,000 monographs,
    through every node of every kind that shares a name), at most :data:`GATHER_LIMIT` nodes."""
    if not _IRI_REF.match(kind):
        return []
    seen, frontier = {iri}, {iri}
    while frontier and len(seen) <= GATHER_LIMIT:
        names = {json.dumps(v, ensure_ascii=False) for t, in _names(store, NAMES_OF, frontier) if t is not None
                 for v in _case_variants(t.value)}
        step = (GATHER_STEP.replace("%NODES%", " ".join(f"<{i}>" for i in sorted(frontier)))
                .replace("%NAMES%", " ".join(sorted(names)) or '""')  # (never UNDEF: that is every name)
                .replace("%T%", f"<{kind}>"))
        found = {t.value for t, in store.query(step).rows() if t is not None and _IRI_REF.match(t.value)}
        frontier = found - seen
        seen |= frontier
    others = sorted(seen - {iri})[:GATHER_LIMIT]
    shared: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    if others:
        for same, ident in _names(store, about(SHARED_IDS, iri), set(others)):
            if same is not None and ident is not None:
                shared.setdefault(same.value, []).append(ident.value)
        for n, p, v in _names(store, NODE_NAMES, set(others)):
            if n is not None and p is not None and v is not None and p.value == RDFS + "label":
                labels.setdefault(n.value, v.value)
    gathered = [Gathered(o, labels.get(o, local_name(o)), sorted(shared.get(o, []))) for o in others]
    return sorted(gathered, key=lambda g: (g.label.casefold(), g.iri))


def _case_variants(name: str) -> set[str]:
    """A name as written and in the cases pages write it: "genital warts", "Genital warts",
    "Genital Warts", "GENITAL WARTS"."""
    return {name, name.lower(), name[:1].upper() + name[1:].lower(), name.title(), name.upper()}



def _gathered_groups(store: Store, ent: Entity) -> list[Group]:
    """The claims whose object is a node gathered with the entity, one group per predicate:
    the drugs that treat (cause, ...) the same thing under the name another page gave it."""
    side: dict[str, list[Claim]] = {}
    for g in ent.gathered:
        for claim in _claims_on(store, g.iri):
            side.setdefault(claim.predicate, []).append(claim)
    return [_drug_group("gathered-" + pred, pred, ", under the names other pages gave it", claims, ent)
            for pred, claims in sorted(side.items())]


def _composing_groups(store: Store, ent: Entity) -> list[Group]:
    """The claims about our nodes that list or grade the entity (``dkg:lists``, ``dkg:gradeOf``),
    one group per predicate and relation: the drugs that cause Lightheadedness through "Dizziness or
    lightheadedness", or Allergic reactions through "Severe allergic reactions"."""
    side: dict[tuple[str, str], list[Claim]] = {}
    for node, rel in store.query(about(COMPOSING, ent.iri)).rows():
        if node is None or rel is None or not _IRI_REF.match(node.value):
            continue
        for claim in _claims_on(store, node.value):
            side.setdefault((claim.predicate, rel.value), []).append(claim)
    return [_drug_group(f"{rel.rpartition('/')[2]}-{pred}", pred, COMPOSING_HEADINGS.get(rel, ""), claims, ent)
            for (pred, rel), claims in sorted(side.items())]


def _claims_on(store: Store, node: str) -> list[Claim]:
    """The claims whose object is ``node``."""
    return [claim for claim in map(to_claim, statement_rows(store, node)) if claim.obj.value == node]


def _drug_group(key: str, pred: str, tail: str, claims: list[Claim], ent: Entity) -> Group:
    """A group of claims about another node than the entity, headed by what they say of the entity
    ("Drugs that treat X" + ``tail``), its claims sorted by drug, node and line."""
    claims.sort(key=lambda c: (c.subject_label.casefold(), c.object_label.casefold(), _line(c)))
    sentence = OBJECT_SENTENCES.get(pred, "Drugs that " + pred + " {label}")
    return Group(key, sentence.format(label=ent.label) + tail, "drug", claims, False)


def _names(store: Store, query: str, iris: set[str]) -> list[tuple[Term | None, ...]]:
    iris = {i for i in iris if _IRI_REF.match(i)}
    if not iris:
        return []
    return list(store.query(query.replace("%NODES%", " ".join(f"<{i}>" for i in sorted(iris)))).rows())


def statement_rows(store: Store, iri: str, query: str = STATEMENTS) -> list[tuple[Term | None, ...]]:
    """``(statement, subject, subject label, predicate, object, object label, section, line, end
    line, quote, file, monograph, category label, serious, certainty, qualifier, evidence, quote
    prefix)`` for every statement about ``iri``, ordered by predicate, line and statement."""
    found: dict[str, dict[str, Term]] = {}
    for st, p, o in store.query(about(query, iri)).rows():
        if st is not None and p is not None and o is not None and p.value in ROW_FIELDS:
            found.setdefault(st.value, {}).setdefault(ROW_FIELDS[p.value], o)
    nodes = {t.value for f in found.values() for k, t in f.items()
             if k in ("subject", "object", "category", "monograph") and t.kind == "uri"}
    names: dict[tuple[str, str], Term] = {}
    for n, p, v in _names(store, NODE_NAMES, nodes):
        if n is not None and p is not None and v is not None:
            names.setdefault((n.value, local_name(p.value)), v)
    prefixes = {t.value: v for t, v in _names(store, QUOTE_PREFIXES, {f["target"].value for f in found.values()
                                                                     if "target" in f})
                if t is not None and v is not None}
    rows = []
    for st, f in found.items():
        if not {"subject", "predicate", "object"} <= set(f):
            continue

        def name(key: str, prop: str = "label", f: dict[str, Term] = f) -> Term | None:
            return names.get((f[key].value, prop)) if key in f else None

        rows.append((Term("uri", st), f["subject"], name("subject"), f["predicate"], f["object"], name("object"),
                     f.get("section"), f.get("line"), f.get("end"), f.get("quote"), name("monograph", "fileName"),
                     f.get("monograph"), name("category"), f.get("serious"), f.get("certainty"),
                     f.get("qualifier"), f.get("evidence"),
                     prefixes.get(f["target"].value) if "target" in f else None))
    rows.sort(key=lambda r: (r[3].value if r[3] else "", _number(r[7]), r[0].value if r[0] else ""))
    return rows[:2000]


def _number(t: Term | None) -> int:
    try:
        return int(t.value) if t is not None else 0
    except ValueError:
        return 0


def to_claim(row: tuple[Term | None, ...]) -> Claim:
    (st, s, sl, pred, o, ol, sec, line, end, quote, file_, mono, cat, ser, cer, qual, ev, pre) = row
    assert st is not None and s is not None and pred is not None and o is not None
    claim = Claim(st.value, s, _value(sl) or local_name(s.value), local_name(pred.value), o,
                  _value(ol) or local_name(o.value), section=_value(sec), line=_value(line),
                  end_line=_value(end), quote=_value(quote), file=_value(file_),
                  monograph=_value(mono), evidence=_value(ev), prefix=_value(pre))
    for key, t in zip(DETAIL_KEYS, (cat, ser, cer, qual)):
        if t is not None:
            claim.details[key] = t.value
    return claim


def _groups(store: Store, e: Term, label: str) -> list[Group]:
    subject_side: dict[str, list[Claim]] = {}
    object_side: dict[str, list[Claim]] = {}
    for row in statement_rows(store, e.value):
        claim = to_claim(row)
        if claim.subject.value == e.value:
            subject_side.setdefault(GROUPS.get(claim.predicate, claim.predicate), []).append(claim)
        else:
            object_side.setdefault(claim.predicate, []).append(claim)
    groups = []
    order = list(GROUP_ORDER)
    for key, claims in sorted(subject_side.items(),
                              key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)):
        if key == "Side effects":  # by category, then as the page lists them
            claims.sort(key=lambda c: (c.details.get("category", "~"), _line(c)))
        sentence = SUBJECT_SENTENCES.get(key, key + " ({label})")
        groups.append(Group(key, sentence.format(label=label), OBJECT_COLUMN.get(key, "object"), claims, True))
    for pred, claims in sorted(object_side.items()):
        claims.sort(key=lambda c: (c.subject_label.casefold(), _line(c)))
        sentence = OBJECT_SENTENCES.get(pred, "Drugs that " + pred + " {label}")
        groups.append(Group(pred, sentence.format(label=label), "drug", claims, False))
    return groups


def _line(c: Claim) -> int:
    return int(c.line) if c.line.isdigit() else 0


def _fold_edges(ent: Entity, outgoing: list[tuple[str, Term, str, bool]],
                incoming: list[tuple[Term, str, str, bool]]) -> None:
    """Edges that repeat a claim go into its group's quiet line; the rest stay as properties."""
    others: dict[str, list[Group]] = {}
    for g in ent.groups:
        for c in g.claims:
            other = c.obj.value if g.outgoing else c.subject.value
            if g not in others.setdefault(other, []):
                others[other].append(g)
    for p, o, label, inferred in outgoing:
        if p in CLAIM_EDGES and o.value in others:
            continue
        groups = others.get(o.value) if o.kind == "uri" else None
        if groups:
            for g in groups:
                (g.aligned if g.outgoing else g.inverse)[p] = inferred
        elif p not in CLAIM_EDGES:
            ent.properties.append((p, o, label, inferred))
    for s, p, label, inferred in incoming:
        if p in CLAIM_EDGES and s.value in others:
            continue
        groups = others.get(s.value)
        if groups:
            for g in groups:
                (g.inverse if g.outgoing else g.aligned)[p] = inferred
        else:
            ent.incoming.append((s, p, label, inferred))


def entity_document(store: Store, iri: str, fmt: str) -> bytes:
    return store.query(DOCUMENT, bindings={"e": Term("uri", iri)}).serialize(fmt)
