"""kg.mapping: claims -> N-Triples, checked by parsing the output with rdflib."""
from __future__ import annotations

from dataclasses import replace

import pytest
import rdflib
from rdflib import RDF, RDFS, XSD, Literal, URIRef
from rdflib.namespace import PROV, SKOS

from kg.errors import MappingError
from kg.mapping import lit, map_extraction
from kg.model import Link
from kg.namespaces import DKG, slug
from tests.helpers import sample_extraction

D = rdflib.Namespace(DKG)
ID = rdflib.Namespace("https://w3id.org/drugkg/id/")


def graph_of(x, **kw) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=map_extraction(x, **kw).ntriples(), format="nt")
    return g


@pytest.mark.parametrize("label, expected", [
    ("Actinic keratosis", "actinic-keratosis"),
    ("5\u2011fluorouracil", "5-fluorouracil"),
    ("St. John's wort", "st-johns-wort"),
    ("β2-adrenergic receptor", "β2-adrenergic-receptor"),
    ("  HMG-CoA reductase ", "hmg-coa-reductase"),
    ("Addiction, abuse, and misuse", "addiction-abuse-and-misuse"),
])
def test_slug(label: str, expected: str) -> None:
    assert slug(label) == expected


@pytest.mark.parametrize("value, expected", [
    ('say "hi"\n', '"say \\"hi\\"\\n"'),
    ("back\\slash", '"back\\\\slash"'),
    (True, f'"true"^^<{XSD}boolean>'),
    (7, f'"7"^^<{XSD}integer>'),
])
def test_literal_escaping(value: object, expected: str) -> None:
    assert lit(value) == expected


def test_plain_edges_and_statements() -> None:
    g = graph_of(sample_extraction())
    drug = ID["drug/examplomab"]
    assert (drug, RDF.type, D.Drug) in g
    assert (drug, D.treats, ID["condition/actinic-keratosis"]) in g
    assert (drug, D.activates, ID["target/toll-like-receptor-7"]) in g
    assert (drug, D.actsOn, ID["target/toll-like-receptor-7"]) in g
    assert (drug, D.triggers, ID["effect/interferon"]) in g
    assert (drug, D.causes, ID["side-effect/burning"]) in g
    assert (ID["target/toll-like-receptor-7"], D.symbol, Literal("TLR7")) in g
    assert (ID["condition/actinic-keratosis"], D.abbreviation, Literal("AK")) in g
    # every plain edge from the drug to a claim object has exactly one statement node
    for pred in (D.treats, D.activates, D.triggers, D.causes, D.hasWarningSign, D.interactsWith,
                 D.hasPrecaution, D.hasFAQ, D.hasRoute, D.hasFormulation, D.hasDrugClass):
        for obj in g.objects(drug, pred):
            statements = [s for s in g.subjects(D.object, obj) if (s, D.predicate, pred) in g]
            assert len(statements) == 1, (pred, obj)
            st = statements[0]
            assert (st, D.subject, drug) in g
            assert (st, PROV.wasDerivedFrom, ID["monograph/examplomab"]) in g
            assert g.value(st, D.startLine).datatype == XSD.integer
            assert g.value(st, D.startLine).toPython() >= 1
            assert str(g.value(st, D.quote))


def test_qualifiers_live_on_statements() -> None:
    g = graph_of(sample_extraction())
    hedged = list(g.subjects(D.certainty, Literal("hedged")))
    assert len(hedged) == 2
    serious = [s for s in g.subjects(D.serious, Literal(True))]
    assert [g.value(s, D.object) for s in serious] == [ID["side-effect/severe-allergic-reaction"]]
    assert g.value(serious[0], D.category) == ID["category/serious"]
    off_label = list(g.subjects(D.qualifier, Literal("off-label")))
    assert g.value(off_label[0], D.object) == ID["condition/polycystic-ovary-syndrome"]


def test_monograph_node() -> None:
    g = graph_of(sample_extraction())
    mono = ID["monograph/examplomab"]
    assert (mono, D.fileName, Literal("examplomab.md")) in g
    assert (mono, D.sha256, Literal("0" * 64)) in g
    assert (mono, D.reliabilityNote, Literal("AI-generated or crowd-sourced")) in g


def test_same_input_same_triples_and_base_is_configurable() -> None:
    a = map_extraction(sample_extraction()).ntriples()
    assert a == map_extraction(sample_extraction()).ntriples()
    other = map_extraction(sample_extraction(), base="http://example.org/x/").ntriples()
    assert "<http://example.org/x/drug/examplomab>" in other
    assert "w3id.org/drugkg/id/" not in other


def test_no_blank_nodes() -> None:
    g = graph_of(sample_extraction())
    assert not [t for t in g for term in t if isinstance(term, rdflib.BNode)]


def test_links_become_exact_match_and_xrefs() -> None:
    def linker(kind, label, synonyms, symbol):
        if kind == "target" and symbol == "TLR7":
            return [Link("NCBIGene:51284", "https://www.ncbi.nlm.nih.gov/gene/51284",
                         "semapv:LexicalMatching", "TLR7", "hetionet", "v1.0")]
        return []

    g = graph_of(sample_extraction(), link=linker)
    target = ID["target/toll-like-receptor-7"]
    assert (target, SKOS.exactMatch, URIRef("https://www.ncbi.nlm.nih.gov/gene/51284")) in g
    assert (target, rdflib.URIRef("http://www.geneontology.org/formats/oboInOwl#hasDbXref"),
            Literal("NCBIGene:51284")) in g


def test_label_without_letters_is_an_error() -> None:
    x = sample_extraction()
    x.treats[0].label = "***"
    with pytest.raises(MappingError, match="no letters or digits"):
        map_extraction(x)


def test_labels_are_plain_strings() -> None:
    g = graph_of(sample_extraction())
    for label in g.objects(None, RDFS.label):
        assert label.datatype in (None, XSD.string) and label.language is None


def test_statements_are_minted_per_monograph_and_the_drug_is_shared() -> None:
    a = map_extraction(sample_extraction(file="examplomab.md"))
    b = map_extraction(sample_extraction(file="examplomab-2024.md"))
    assert a.drug == b.drug == str(ID["drug/examplomab"])
    assert a.graph != b.graph and a.monograph != b.monograph
    ga, gb = graph_of(sample_extraction(file="examplomab.md")), graph_of(sample_extraction(file="examplomab-2024.md"))
    sa, sb = set(ga.subjects(D.subject, None)), set(gb.subjects(D.subject, None))
    assert len(sa) == len(sb) > 10 and not sa & sb
    assert ID["statement/examplomab-2024/treats/actinic-keratosis"] in sb
    assert {ga.value(s, PROV.wasDerivedFrom) for s in sa} == {ID["monograph/examplomab"]}
    assert {gb.value(s, PROV.wasDerivedFrom) for s in sb} == {ID["monograph/examplomab-2024"]}
    # nodes other than FAQs are shared: same IRIs, described identically
    assert a.nodes_ntriples() == b.nodes_ntriples()


def test_faqs_are_the_pages_own_and_live_in_its_graph() -> None:
    x = sample_extraction()
    x.faqs.append(replace(x.faqs[0], answer="Skip it."))  # the same question twice on one page
    m = map_extraction(x)
    own = rdflib.Graph().parse(data=m.own_ntriples(), format="nt")
    first, second = ID["faq/examplomab/what-if-i-miss-a-dose"], ID["faq/examplomab/what-if-i-miss-a-dose-2"]
    assert str(own.value(first, D.answer)) == "Apply it when you remember."
    assert str(own.value(second, D.answer)) == "Skip it."
    assert (first, RDF.type, D.FAQ) in own and "faq/" not in m.nodes_ntriples()


def test_every_triple_is_one_line_and_counted() -> None:
    m = map_extraction(sample_extraction())
    assert all(line.count("\n") == 1 and line.endswith(" .\n") for line in m.lines + m.node_lines)
    assert len(m) == m.ntriples().count("\n")
