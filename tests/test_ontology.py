"""ontology/drugkg.ttl: it declares every term the mapper emits, aligns with the vocabularies of
DESIGN.md, loads in owlready2 and is consistent under HermiT (kg.ontology)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.errors import ReasoningError
from kg.namespaces import (
    BIOLINK,
    CLASSES,
    DKG,
    DOWNSTREAM_RELATIONS,
    KIND_CLASS,
    OBJECT_KIND,
    OBO,
    STATEMENT_CLASS,
    TARGET_RELATIONS,
    WD,
)
from kg.ontology import classify, load_graph, ontology_path

ROOT = Path(__file__).resolve().parent.parent
MAPPING = ROOT / "kg" / "mapping.py"


@pytest.fixture(scope="module")
def onto() -> rdflib.Graph:
    return load_graph()


@pytest.fixture(scope="module")
def tbox():
    return classify()


def mapper_locals() -> set[str]:
    """Every ``d("...")`` local name in kg/mapping.py."""
    return set(re.findall(r'\bd\("([A-Za-z]+)"\)', MAPPING.read_text(encoding="utf-8")))


CLASS_TERMS = sorted(set(CLASSES) | set(STATEMENT_CLASS.values()) | set(KIND_CLASS.values()))
PROPERTY_TERMS = sorted(set(STATEMENT_CLASS) | set(OBJECT_KIND) | set(TARGET_RELATIONS) | set(DOWNSTREAM_RELATIONS))
ALL_TERMS = sorted(set(CLASS_TERMS) | set(PROPERTY_TERMS) | mapper_locals())


def test_the_mapper_greps_find_terms() -> None:
    assert {"subject", "predicate", "object", "startLine", "quote", "certainty"} <= mapper_locals()


@pytest.mark.parametrize("local", ALL_TERMS)
def test_every_emitted_term_is_declared_with_label_and_definition(onto: rdflib.Graph, local: str) -> None:
    term = rdflib.URIRef(DKG + local)
    kinds = set(onto.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}, local
    labels = [str(x) for x in onto.objects(term, RDFS.label)]
    assert labels and all(x.strip() for x in labels), f"{local} has no rdfs:label"
    definitions = list(onto.objects(term, SKOS.definition)) + list(onto.objects(term, RDFS.comment))
    assert definitions and all(len(str(x)) > 20 for x in definitions), f"{local} has no definition"


@pytest.mark.parametrize("local", CLASS_TERMS)
def test_classes_are_classes(onto: rdflib.Graph, local: str) -> None:
    assert (rdflib.URIRef(DKG + local), RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("local", PROPERTY_TERMS)
def test_edges_are_object_properties_with_domain_and_range(onto: rdflib.Graph, local: str) -> None:
    term = rdflib.URIRef(DKG + local)
    assert (term, RDF.type, OWL.ObjectProperty) in onto
    assert (term, RDFS.domain, rdflib.URIRef(DKG + "Drug")) in onto
    kind = KIND_CLASS[OBJECT_KIND[local]]
    assert (term, RDFS.range, rdflib.URIRef(DKG + kind)) in onto


@pytest.mark.parametrize("relation", TARGET_RELATIONS)
def test_target_relations_sit_under_acts_on(onto: rdflib.Graph, relation: str) -> None:
    assert (rdflib.URIRef(DKG + relation), RDFS.subPropertyOf, rdflib.URIRef(DKG + "actsOn")) in onto


@pytest.mark.parametrize("inverse, of", [("treatedBy", "treats"), ("sideEffectOf", "causes"),
                                         ("targetOf", "actsOn"), ("hasStatement", "subject")])
def test_inverse_properties(onto: rdflib.Graph, inverse: str, of: str) -> None:
    assert (rdflib.URIRef(DKG + inverse), OWL.inverseOf, rdflib.URIRef(DKG + of)) in onto


# DESIGN.md's alignment table: our relation, the axiom, the external property
ALIGNMENTS = [
    ("treats", RDFS.subPropertyOf, BIOLINK + "treats"),
    ("treats", OWL.equivalentProperty, OBO + "RO_0002606"),
    ("treats", RDFS.subPropertyOf, WD + "P2175"),
    ("activates", RDFS.subPropertyOf, BIOLINK + "affects"),
    ("activates", RDFS.subPropertyOf, OBO + "RO_0018027"),
    ("activates", RDFS.subPropertyOf, WD + "P3772"),
    ("actsOn", RDFS.subPropertyOf, WD + "P129"),
    ("inhibits", RDFS.subPropertyOf, OBO + "RO_0018029"),
    ("blocks", RDFS.subPropertyOf, WD + "P3773"),
    ("causes", RDFS.subPropertyOf, BIOLINK + "has_side_effect"),
    ("causes", RDFS.subPropertyOf, OBO + "RO_0003303"),
    ("causes", RDFS.subPropertyOf, WD + "P1909"),
    ("treatedBy", RDFS.subPropertyOf, BIOLINK + "treated_by"),
    ("sideEffectOf", RDFS.subPropertyOf, BIOLINK + "is_side_effect_of"),
]


@pytest.mark.parametrize("ours, axiom, theirs", ALIGNMENTS)
def test_alignment_axioms(onto: rdflib.Graph, ours: str, axiom: rdflib.URIRef, theirs: str) -> None:
    assert (rdflib.URIRef(DKG + ours), axiom, rdflib.URIRef(theirs)) in onto


@pytest.mark.parametrize("ours, metaedge", [("treats", "CtD"), ("causes", "CcSE"), ("actsOn", "CbG")])
def test_hetionet_metaedges_are_recorded(onto: rdflib.Graph, ours: str, metaedge: str) -> None:
    notes = [str(x) for x in onto.objects(rdflib.URIRef(DKG + ours), rdflib.URIRef(DKG + "hetionetMetaedge"))]
    assert any(metaedge in n for n in notes)


def test_no_schema_org_indication(onto: rdflib.Graph) -> None:
    assert not any("schema.org/indication" in str(t) for triple in onto for t in triple)


def test_hermit_finds_the_ontology_consistent_and_classifies_it(tbox) -> None:
    assert tbox.unsatisfiable == []
    supers = {(c.premise, c.conclusion): c.asserted for c in tbox.classes}
    # entailed by HermiT, not written: activates is under actsOn, so every agonist is targeted
    assert supers[(DKG + "Agonist", DKG + "TargetedDrug")] is False
    assert supers[(DKG + "Inhibitor", DKG + "TargetedDrug")] is False
    assert supers[(DKG + "IndicationStatement", DKG + "Statement")] is True
    props = {(p.premise, p.conclusion, p.inverse) for p in tbox.properties}
    assert (DKG + "activates", DKG + "targetOf", True) in props
    assert (DKG + "treats", OBO + "RO_0002302", True) in props  # inverse of an equivalent property
    defined = {d.iri for d in tbox.definitions}
    assert {DKG + "Agonist", DKG + "DrugWithHedgedMechanism", DKG + "InvestigationalDrug"} <= defined


def test_disjoint_kinds_are_declared(tbox) -> None:
    assert any({DKG + "Drug", DKG + "Condition"} <= set(group) for group in tbox.disjoint)


def test_an_unsatisfiable_class_is_reported(tmp_path: Path) -> None:
    text = ontology_path().read_text(encoding="utf-8")
    broken = tmp_path / "drugkg.ttl"
    broken.write_text(text + "\ndkg:Agonist rdfs:subClassOf dkg:Condition .\n", encoding="utf-8")
    assert DKG + "Agonist" in classify(broken).unsatisfiable


def test_unreadable_ontology_raises_reasoning_error(tmp_path: Path) -> None:
    broken = tmp_path / "drugkg.ttl"
    broken.write_text("@prefix dkg: <x> .\ndkg:Drug a ", encoding="utf-8")
    with pytest.raises(ReasoningError, match="cannot read the ontology"):
        classify(broken)
