"""IRIs of our vocabulary and of the vocabularies we align with, and IRI minting (layer 2).

Plain strings on purpose: the mapper builds N-Quads text in its hot path, so no rdflib or
pyoxigraph objects are created per triple. ``ontology/drugkg.ttl`` declares every term below;
``tests/test_ontology.py`` checks that the two agree.
"""
from __future__ import annotations

import re
import unicodedata

from kg.config import DEFAULT_BASE, VOCAB

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
OBOINOWL = "http://www.geneontology.org/formats/oboInOwl#"
BIOLINK = "https://w3id.org/biolink/vocab/"
OBO = "http://purl.obolibrary.org/obo/"
WD = "http://www.wikidata.org/prop/direct/"
SH = "http://www.w3.org/ns/shacl#"
OA = "http://www.w3.org/ns/oa#"  # W3C Web Annotation: where in the text a statement's evidence is
DKG = VOCAB

#: Prefixes declared in every serialisation we write (order is the output order).
PREFIXES: dict[str, str] = {
    "dkg": DKG,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "owl": OWL,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
    "oboInOwl": OBOINOWL,
    "biolink": BIOLINK,
    "obo": OBO,
    "wdt": WD,
    "oa": OA,
}

# -- classes ---------------------------------------------------------------
CLASSES = (
    "Drug", "Condition", "MolecularTarget", "DownstreamEffect", "AdverseEffect", "EffectCategory",
    "DrugClass", "Formulation", "Route", "WarningSign", "InteractingAgent", "Precaution", "FAQ",
    "Monograph", "MonographSection", "ExtractionWarning", "Statement", "IdentityStatement",
    "IndicationStatement", "MechanismStatement", "DownstreamStatement", "AdverseEffectStatement",
    "WarningSignStatement", "InteractionStatement", "PrecautionStatement", "FAQStatement",
)

# -- relations from the drug, and the statement class each one is qualified by ----------------
TARGET_RELATIONS = ("activates", "inhibits", "blocks", "binds", "opens", "modulates")
DOWNSTREAM_RELATIONS = ("triggers", "increases", "decreases")

#: plain edge property -> statement class
STATEMENT_CLASS: dict[str, str] = {
    "treats": "IndicationStatement",
    **{r: "MechanismStatement" for r in TARGET_RELATIONS},
    **{r: "DownstreamStatement" for r in DOWNSTREAM_RELATIONS},
    "causes": "AdverseEffectStatement",
    "hasWarningSign": "WarningSignStatement",
    "interactsWith": "InteractionStatement",
    "hasPrecaution": "PrecautionStatement",
    "hasFAQ": "FAQStatement",
    "hasDrugClass": "IdentityStatement",
    "hasRoute": "IdentityStatement",
    "hasFormulation": "IdentityStatement",
}

#: statement class -> the monograph's count of its claims of that kind (coverage, see kg.mapping)
COUNT_PROPERTY: dict[str, str] = {
    "IndicationStatement": "indicationCount",
    "MechanismStatement": "mechanismCount",
    "DownstreamStatement": "downstreamCount",
    "AdverseEffectStatement": "adverseEffectCount",
    "WarningSignStatement": "warningSignCount",
    "InteractionStatement": "interactionCount",
    "PrecautionStatement": "precautionCount",
    "FAQStatement": "faqCount",
    "IdentityStatement": "identityCount",
}

#: resource kind (IRI path segment) of the object of each plain edge
OBJECT_KIND: dict[str, str] = {
    "treats": "condition",
    **{r: "target" for r in TARGET_RELATIONS},
    **{r: "effect" for r in DOWNSTREAM_RELATIONS},
    "causes": "side-effect",
    "hasWarningSign": "sign",
    "interactsWith": "agent",
    "hasPrecaution": "precaution",
    "hasFAQ": "faq",
    "hasDrugClass": "class",
    "hasRoute": "route",
    "hasFormulation": "formulation",
}

#: resource kind -> class of the node
KIND_CLASS: dict[str, str] = {
    "drug": "Drug",
    "condition": "Condition",
    "target": "MolecularTarget",
    "effect": "DownstreamEffect",
    "side-effect": "AdverseEffect",
    "category": "EffectCategory",
    "sign": "WarningSign",
    "agent": "InteractingAgent",
    "precaution": "Precaution",
    "faq": "FAQ",
    "class": "DrugClass",
    "route": "Route",
    "formulation": "Formulation",
    "monograph": "Monograph",
}

CERTAINTY_VALUES = ("asserted", "hedged")
QUALIFIER_VALUES = ("investigational", "off-label", "prevention")
STATUS_VALUES = ("investigational", "withdrawn")

_DASHES = re.compile(r"[\u2010-\u2015\u2212]")
_NON_WORD = re.compile(r"[^\w]+")


def dkg(local: str) -> str:
    return DKG + local


def slug(label: str) -> str:
    """A readable, stable IRI segment for a label: case-folded, words joined by ``-``.

    Unicode letters (``β``) are kept: IRIs allow them, and transliterating would merge
    distinct names. Apostrophes vanish (``St. John's wort`` -> ``st-johns-wort``).
    """
    text = unicodedata.normalize("NFKC", label)
    text = _DASHES.sub("-", text).replace("'", "").replace("\u2019", "")
    text = _NON_WORD.sub("-", text.casefold().replace("_", "-")).strip("-")
    return text


def resource(kind: str, key: str, base: str = DEFAULT_BASE) -> str:
    """IRI of a resource of ours, e.g. ``resource("drug", "imiquimod")``."""
    return f"{base}{kind}/{key}"


def statement_iri(monograph_key: str, relation: str, object_key: str, base: str = DEFAULT_BASE) -> str:
    """A qualified statement: minted per monograph (``statement/<monograph>/<relation>/<object>``),
    so two pages that make the same claim about the same drug give two statements, each with its
    own provenance, while the drug and the object stay one node each."""
    return f"{base}statement/{monograph_key}/{relation}/{object_key}"


def graph_iri(monograph_key: str, base: str = DEFAULT_BASE) -> str:
    """The named graph that holds everything one monograph says."""
    return f"{base}graph/monograph/{monograph_key}"


def is_build_graph(graph: str) -> bool:
    """Whether ``graph`` holds a monograph's build record (``…/graph/build/KEY`` and its ``/lines``, see
    :mod:`kg.manifest`): bookkeeping, left out of exports and dumps (it names the builder's paths
    and the code version, which are not part of the knowledge graph)."""
    return "/graph/build/" in graph


def nodes_graph(base: str = DEFAULT_BASE) -> str:
    """The shared graph that describes the nodes monographs mention (labels, links ...)."""
    return f"{base}graph/nodes"


def ontology_graph(base: str = DEFAULT_BASE) -> str:
    return f"{base}graph/ontology"


def inferred_graph(base: str = DEFAULT_BASE) -> str:
    return f"{base}graph/inferred"


def trace_graph(base: str = DEFAULT_BASE) -> str:
    """The rules graph: the rules the reasoner applies, their digest and the stale mark (see kg.inferred)."""
    return f"{base}graph/inferred-trace"
