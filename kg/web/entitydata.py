"""What an entity page shows, read from the store (bounded look-ups, run in the server).

Every claim is a statement node (dkg:subject/predicate/object) carrying its evidence: the
section, the line span, the quoted text and the monograph file it was derived from.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.namespaces import DKG, OBOINOWL, RDF, RDFS, SKOS
from kg.store import Term
from kg.web.executor import Store

PREFIX = f"""PREFIX dkg: <{DKG}>
PREFIX rdfs: <{RDFS}>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

OUTGOING = PREFIX + """SELECT ?e ?p ?o (SAMPLE(?l) AS ?label) WHERE {
  ?e ?p ?o . OPTIONAL { ?o rdfs:label ?l }
} GROUP BY ?e ?p ?o ORDER BY ?p ?o"""

STATEMENTS = PREFIX + """SELECT ?e ?st ?subject (SAMPLE(?sl) AS ?subjectLabel) ?predicate ?object
  (SAMPLE(?ol) AS ?objectLabel) (SAMPLE(?sec) AS ?section) (SAMPLE(?start) AS ?line)
  (SAMPLE(?end) AS ?endLine) (SAMPLE(?q) AS ?quote) (SAMPLE(?f) AS ?file)
  (SAMPLE(?cl) AS ?category) (SAMPLE(?ser) AS ?serious) (SAMPLE(?cer) AS ?certainty)
  (SAMPLE(?qual) AS ?qualifier)
WHERE {
  { ?st dkg:subject ?e } UNION { ?st dkg:object ?e }
  ?st dkg:subject ?subject ; dkg:predicate ?predicate ; dkg:object ?object .
  OPTIONAL { ?subject rdfs:label ?sl } OPTIONAL { ?object rdfs:label ?ol }
  OPTIONAL { ?st dkg:section ?sec } OPTIONAL { ?st dkg:startLine ?start }
  OPTIONAL { ?st dkg:endLine ?end } OPTIONAL { ?st dkg:quote ?q }
  OPTIONAL { ?st prov:wasDerivedFrom ?m . ?m dkg:fileName ?f }
  OPTIONAL { ?st dkg:category ?c . ?c rdfs:label ?cl } OPTIONAL { ?st dkg:serious ?ser }
  OPTIONAL { ?st dkg:certainty ?cer } OPTIONAL { ?st dkg:qualifier ?qual }
} GROUP BY ?e ?st ?subject ?predicate ?object ORDER BY ?predicate ?line ?st LIMIT 2000"""

INCOMING = PREFIX + """SELECT ?e ?s ?p (SAMPLE(?l) AS ?label) WHERE {
  ?s ?p ?e . OPTIONAL { ?s rdfs:label ?l }
  FILTER NOT EXISTS { ?s dkg:object ?e } FILTER NOT EXISTS { ?s dkg:subject ?e }
} GROUP BY ?e ?s ?p ORDER BY ?p ?s LIMIT 500"""

DOCUMENT = PREFIX + """CONSTRUCT { ?e ?p ?o . ?st ?sp ?so } WHERE {
  { ?e ?p ?o } UNION { { ?st dkg:subject ?e } UNION { ?st dkg:object ?e } ?st ?sp ?so }
}"""

#: plain edge / statement predicate -> section heading on the subject's page
HEADINGS: dict[str, str] = {
    "treats": "Treats", "activates": "Mechanism", "inhibits": "Mechanism", "blocks": "Mechanism",
    "binds": "Mechanism", "opens": "Mechanism", "modulates": "Mechanism",
    "triggers": "Downstream effects", "increases": "Downstream effects", "decreases": "Downstream effects",
    "causes": "Side effects", "hasWarningSign": "Warning signs", "interactsWith": "Interactions",
    "hasPrecaution": "Precautions", "hasFAQ": "Questions", "hasDrugClass": "Identity",
    "hasRoute": "Identity", "hasFormulation": "Identity",
}
SECTION_ORDER = ("Identity", "Treats", "Mechanism", "Downstream effects", "Side effects", "Warning signs",
                 "Interactions", "Precautions", "Questions")
NAME_PROPS = {RDFS + "label": "label", SKOS + "altLabel": "synonyms", DKG + "brandName": "brand names",
              DKG + "symbol": "symbol", DKG + "abbreviation": "abbreviation"}
XREF_PROPS = {SKOS + "exactMatch", OBOINOWL + "hasDbXref"}
#: plain edges shown with their evidence in the claim sections instead of as bare properties
CLAIM_EDGES = {DKG + name for name in (*HEADINGS, "actsOn")}


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


@dataclass
class Entity:
    iri: str
    label: str
    types: list[str] = field(default_factory=list)
    names: dict[str, list[str]] = field(default_factory=dict)
    xrefs: list[Term] = field(default_factory=list)
    properties: list[tuple[str, Term, str]] = field(default_factory=list)  # (predicate, value, label)
    as_subject: dict[str, list[Claim]] = field(default_factory=dict)      # heading -> claims
    as_object: dict[str, list[Claim]] = field(default_factory=dict)
    incoming: list[tuple[Term, str, str]] = field(default_factory=list)    # (subject, predicate, label)

    def sections(self) -> list[tuple[str, list[Claim]]]:
        """The claim sections in reading order (Treats first, Questions last)."""
        order = list(dict.fromkeys(SECTION_ORDER))
        return sorted(self.as_subject.items(),
                      key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order))

    @property
    def empty(self) -> bool:
        return not (self.types or self.names or self.properties or self.as_subject
                    or self.as_object or self.incoming or self.xrefs)


def _value(t: Term | None) -> str:
    return "" if t is None else t.value


def local_name(iri: str) -> str:
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def load_entity(store: Store, iri: str) -> Entity:
    e = Term("uri", iri)
    ent = Entity(iri=iri, label="")
    for _, p, o, label in store.query(OUTGOING, bindings={"e": e}).rows():
        assert p is not None and o is not None
        if p.value == RDF + "type":
            ent.types.append(o.value)
        elif p.value in NAME_PROPS:
            ent.names.setdefault(NAME_PROPS[p.value], []).append(o.value)
        elif p.value in XREF_PROPS:
            ent.xrefs.append(o)
        elif p.value not in CLAIM_EDGES:
            ent.properties.append((p.value, o, _value(label)))
    ent.label = (ent.names.get("label") or [local_name(iri)])[0]
    for row in store.query(STATEMENTS, bindings={"e": e}).rows():
        _, st, s, sl, pred, o, ol, sec, line, end, quote, file_, cat, ser, cer, qual = row
        assert st is not None and s is not None and pred is not None and o is not None
        claim = Claim(st.value, s, _value(sl) or local_name(s.value), local_name(pred.value), o,
                      _value(ol) or local_name(o.value), section=_value(sec), line=_value(line),
                      end_line=_value(end), quote=_value(quote), file=_value(file_))
        for key, t in (("category", cat), ("serious", ser), ("certainty", cer), ("qualifier", qual)):
            if t is not None:
                claim.details[key] = t.value
        if s.value == iri:
            ent.as_subject.setdefault(HEADINGS.get(claim.predicate, claim.predicate), []).append(claim)
        else:
            ent.as_object.setdefault(claim.predicate, []).append(claim)
    for _, s, p, label in store.query(INCOMING, bindings={"e": e}).rows():
        assert s is not None and p is not None
        ent.incoming.append((s, p.value, _value(label)))
    return ent


def entity_document(store: Store, iri: str, fmt: str) -> bytes:
    return store.query(DOCUMENT, bindings={"e": Term("uri", iri)}).serialize(fmt)
