"""kg.reason: HermiT on the TBox, its rules applied per monograph to a real Oxigraph store,
consistency problems in plain words, and ``kg reason``."""
from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main as kg_main
from kg.config import Config, load_config
from kg.inferred import is_inferred, monograph_graphs
from kg.namespaces import BIOLINK, DKG, OA, OBO, RDF, WD, graph_iri, inferred_graph, nodes_graph, ontology_graph
from kg.ontology import check_abox, load_graph
from kg.pipeline import build
from kg.reason import ReasonReport, explain, monograph_ntriples, reason, rules_of_store, trace_graph, why
from kg.store import OxigraphStore, open_store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "monographs"
ID = "https://w3id.org/drugkg/id/"
TYPE = f"{RDF}type"


@pytest.fixture(scope="module")
def reasoned(tmp_path_factory: pytest.TempPathFactory) -> tuple[OxigraphStore, ReasonReport, Config]:
    path = tmp_path_factory.mktemp("reason") / "db"
    cfg = load_config(environ={}, store=str(path))
    store = open_store(path)
    assert build([CORPUS], store, cfg, workers=1).ok
    return store, reason(store, base=cfg.base, sample=1), cfg


def pairs(store: OxigraphStore, pattern: str, **options: object) -> set[tuple[str, ...]]:
    result = store.query(f"SELECT DISTINCT ?a ?b WHERE {{ {pattern} }}", **options)  # type: ignore[arg-type]
    return {tuple(t.value for t in row if t is not None) for row in result.rows()}


def test_the_built_corpus_is_consistent(reasoned) -> None:
    report = reasoned[1]
    assert report.consistent, report.to_text()
    assert report.problems == [] and report.sample_consistent and len(report.sample) == 1
    assert report.inferred > 1000 and report.records >= report.inferred
    assert {"subPropertyOf", "inverseOf", "subClassOf", "definition"} <= set(report.by_kind)


TREATS = "?a dkg:treats ?b"


@pytest.mark.parametrize("aligned", [
    f"?a <{BIOLINK}treats> ?b",
    f"?a <{OBO}RO_0002606> ?b",
    f"?a <{WD}P2175> ?b",
    f"?b <{DKG}treatedBy> ?a",
    f"?b <{BIOLINK}treated_by> ?a",
    f"?b <{OBO}RO_0002302> ?a",
    f"?b <{WD}P2176> ?a",
])
def test_aligned_vocabularies_answer_like_our_treats(reasoned, aligned: str) -> None:
    store = reasoned[0]
    ours = pairs(store, TREATS)
    assert len(ours) > 30
    assert pairs(store, aligned) == ours


@pytest.mark.parametrize("ours, theirs", [
    ("?a dkg:causes ?b", f"?a <{BIOLINK}has_side_effect> ?b"),
    ("?a dkg:causes ?b", f"?a <{WD}P1909> ?b"),
    ("?a dkg:causes ?b", f"?b <{DKG}sideEffectOf> ?a"),
    ("?a dkg:actsOn ?b", f"?b <{DKG}targetOf> ?a"),
    ("?a dkg:actsOn ?b", f"?a <{WD}P129> ?b"),
    ("?a dkg:activates ?b", f"?a <{OBO}RO_0018027> ?b"),
    ("?a dkg:activates ?b", f"?a <{WD}P3772> ?b"),
])
def test_other_alignments(reasoned, ours: str, theirs: str) -> None:
    store = reasoned[0]
    assert pairs(store, ours) and pairs(store, theirs) == pairs(store, ours)


def test_the_biolink_query_of_the_issue(reasoned) -> None:
    store = reasoned[0]
    q = "SELECT ?d ?c WHERE { ?d <https://w3id.org/biolink/vocab/treats> ?c }"
    got = {(r[0].value, r[1].value) for r in store.query(q).rows()}
    assert (f"{ID}drug/imiquimod", f"{ID}condition/actinic-keratosis") in got


def inferred_graphs(store: OxigraphStore, cfg: Config) -> list[str]:
    return [g for g in store.named_graphs() if is_inferred(g, cfg.base)]


def test_inferred_triples_can_be_left_out(reasoned) -> None:
    store, _, cfg = reasoned
    data = [g for g in store.named_graphs() if g.startswith(graph_iri("", cfg.base))]
    assert pairs(store, f"?a <{BIOLINK}treats> ?b", default_graph=data) == set()
    assert pairs(store, TREATS, default_graph=data) == pairs(store, TREATS)
    assert pairs(store, f"?a <{BIOLINK}treats> ?b", default_graph=inferred_graphs(store, cfg))


def test_nothing_a_monograph_asserts_is_inferred_for_it(reasoned) -> None:
    store, _, cfg = reasoned
    for g in [g for g in store.named_graphs() if g.startswith(graph_iri("", cfg.base))]:
        q = f"""ASK {{ GRAPH <{monograph_graphs(g, cfg.base)[0]}> {{ ?s ?p ?o }}
                   VALUES ?a {{ <{g}> <{nodes_graph(cfg.base)}> }} GRAPH ?a {{ ?s ?p ?o }} }}"""
        assert store.query(q).boolean is False, g
    q = f"ASK {{ GRAPH <{inferred_graph(cfg.base)}> {{ ?s ?p ?o }} GRAPH <{nodes_graph(cfg.base)}> {{ ?s ?p ?o }} }}"
    assert store.query(q).boolean is False


def test_what_node_descriptions_entail_is_said_once(reasoned) -> None:
    """A condition several monographs name comes back once with its inferred kind, as its
    asserted kind does: the union default graph is a bag."""
    store, _, cfg = reasoned
    q = f"""SELECT ?c (COUNT(*) AS ?n) WHERE {{ ?c a <{DKG}Condition> . ?c a <{BIOLINK}Disease> }}
            GROUP BY ?c HAVING (COUNT(*) > 1)"""
    assert list(store.query(q).rows()) == []
    q = f"""SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE {{ GRAPH ?g {{ ?d <{DKG}treats> ?c }} ?c a <{DKG}Condition> }}
            GROUP BY ?c ORDER BY DESC(?n) LIMIT 1"""
    assert int(next(store.query(q).rows())[0].value) > 1  # the condition above is named by several
    shared = inferred_graph(cfg.base)
    q = f"""ASK {{ GRAPH <{shared}> {{ ?s ?p ?o }} GRAPH ?g {{ ?s ?p ?o }}
               FILTER(?g != <{shared}> && STRSTARTS(STR(?g), "{shared}/")) }}"""
    assert store.query(q).boolean is False


def test_every_inferred_triple_is_traced_to_an_axiom(reasoned) -> None:
    """kg.reason.why names a rule described in the rules graph for every inferred triple, and
    nothing is stored per triple (issue 10: the records were a fifth of the store)."""
    store, _, cfg = reasoned
    q = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
      FILTER(?g = <{inferred_graph(cfg.base)}> || STRSTARTS(STR(?g), "{inferred_graph(cfg.base)}/monograph/")) }}"""
    triples = [(s.value, p.value, o.value) for s, p, o in store.query(q).rows()]
    assert len(triples) > 1000
    found = why(store, triples, rules_of_store(store, cfg.base), cfg.base)
    assert set(found) == set(triples) and all(found.values())
    described = f"SELECT ?r WHERE {{ GRAPH <{trace_graph(cfg.base)}> {{ ?r <{DKG}axiom> ?a ; <{DKG}ruleKind> ?k }} }}"
    rules = {row[0].value for row in store.query(described).rows()}
    assert set().union(*found.values()) <= rules
    assert not store.query(f"ASK {{ ?r <{DKG}inferredBy> ?x }}").boolean


@pytest.mark.parametrize("s, p, o, kind, axiom", [
    (f"{ID}drug/imiquimod", f"{BIOLINK}treats", f"{ID}condition/actinic-keratosis", "subPropertyOf",
     "dkg:treats rdfs:subPropertyOf biolink:treats"),
    (f"{ID}condition/actinic-keratosis", f"{DKG}treatedBy", f"{ID}drug/imiquimod", "inverseOf",
     "dkg:treats owl:inverseOf dkg:treatedBy"),
    (f"{ID}drug/imiquimod", TYPE, f"{DKG}Agonist", "definition", "dkg:Agonist owl:equivalentClass"),
])
def test_explain_names_the_axiom(reasoned, s: str, p: str, o: str, kind: str, axiom: str) -> None:
    store, _, cfg = reasoned
    rows = explain(store, s, p, o, cfg.base)
    assert any(r["kind"] == kind and r["axiom"].startswith(axiom) for r in rows), rows


@pytest.mark.parametrize("drug, cls", [
    ("imiquimod", "Agonist"), ("imiquimod", "DrugWithHedgedMechanism"), ("imiquimod", "TargetedDrug"),
    ("diclofenac", "Inhibitor"), ("loratadine", "Antagonist"), ("resiquimod", "InvestigationalDrug"),
    ("ingenol-mebutate", "WithdrawnDrug"), ("morphine", "DrugWithSeriousAdverseEffect"),
])
def test_defined_classes(reasoned, drug: str, cls: str) -> None:
    store = reasoned[0]
    assert store.query(f"ASK {{ <{ID}drug/{drug}> a <{DKG}{cls}> }}").boolean


def test_sinecatechins_has_no_target_so_it_is_not_targeted(reasoned) -> None:
    store = reasoned[0]
    assert not store.query(f"ASK {{ <{ID}drug/sinecatechins> a <{DKG}TargetedDrug> }}").boolean


def test_sparql_memberships_equal_hermit_realisation(reasoned) -> None:
    """On one monograph, the classes SPARQL materialised are exactly those HermiT infers."""
    store, _, cfg = reasoned
    g = graph_iri("imiquimod", cfg.base)
    hermit = check_abox(monograph_ntriples(store, g, cfg.base))
    assert hermit.consistent
    ours = (DKG, BIOLINK)
    want = {(i, c) for i, cs in hermit.memberships.items() for c in cs if c.startswith(ours)}
    assert (f"{ID}drug/imiquimod", f"{DKG}Agonist") in want
    q = f"""SELECT DISTINCT ?i ?c WHERE {{ GRAPH <{g}> {{ {{ ?i ?p ?o }} UNION {{ ?o ?p ?i }} }} ?i a ?c .
              FILTER(STRSTARTS(STR(?c), "{DKG}") || STRSTARTS(STR(?c), "{BIOLINK}")) }}"""
    got = {(r[0].value, r[1].value) for r in store.query(q).rows()}
    assert got == want


def test_the_ontology_is_loaded_into_its_graph(reasoned) -> None:
    store, _, cfg = reasoned
    assert ontology_graph(cfg.base) in store.named_graphs()
    assert store.query(f"ASK {{ GRAPH <{ontology_graph(cfg.base)}> {{ dkg:treats ?p ?o }} }}").boolean


def test_web_annotation_superclasses_are_not_written_but_still_found(reasoned) -> None:
    """dkg:materialised false on oa:Selector and oa:ResourceSelection: no inferred graph types a
    selector or a target with them, yet rdf:type/rdfs:subClassOf* over the ontology graph finds
    every selector, and the classes our ontology aligns (biolink:Association) are still written."""
    store, _, cfg = reasoned
    graphs = inferred_graphs(store, cfg)
    written = {q[2].strip("<>") for q in store.quads(graphs) if q[1] == f"<{TYPE}>"}
    assert not {f"{OA}Selector", f"{OA}ResourceSelection"} & written
    assert f"{BIOLINK}Association" in written
    found = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?x a/rdfs:subClassOf* <{OA}Selector> }}")
    selectors = store.query(f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ ?t <{OA}hasSelector> ?x }}")
    assert int(next(found.rows())[0].value) == int(next(selectors.rows())[0].value) > 100


# -- inconsistencies, in plain words ----------------------------------------------------------

@pytest.fixture()
def small(tmp_path: Path) -> tuple[OxigraphStore, Config]:
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(cfg.store)
    assert build([CORPUS / "imiquimod.md", CORPUS / "ibuprofen.md"], store, cfg, link=False).ok
    return store, cfg


@pytest.fixture()
def closed(tmp_path: Path) -> Config:
    """A small store on disk, closed again so that a ``kg`` command can open it."""
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(cfg.store)
    assert build([CORPUS / "imiquimod.md", CORPUS / "ibuprofen.md"], store, cfg, link=False).ok
    store.flush()
    del store
    gc.collect()
    return cfg


def add(store: OxigraphStore, graph: str, triple: str) -> None:
    store.update(f"INSERT DATA {{ GRAPH <{graph}> {{ {triple} }} }}")


PLANTED = [
    (f"<{ID}drug/imiquimod> a <{DKG}Condition>", "is both a drug and a condition", f"{ID}drug/imiquimod"),
    (f'<{ID}statement/imiquimod/treats/actinic-keratosis> <{DKG}startLine> 99',
     "different values of start line", f"{ID}statement/imiquimod/treats/actinic-keratosis"),
    (f"<{ID}statement/imiquimod/treats/actinic-keratosis#quote> a <{DKG}Drug>",
     "is both a selector (Web Annotation) and a drug", f"{ID}statement/imiquimod/treats/actinic-keratosis#quote"),
    (f"<{ID}drug/imiquimod> <{DKG}treats> <{ID}drug/ibuprofen>",
     "treats edge(s) point at a drug", f"{ID}drug/imiquimod"),
    (f'<{ID}statement/imiquimod/treats/actinic-keratosis> <{DKG}endLine> "16"',
     "are xsd:string", f"{ID}statement/imiquimod/treats/actinic-keratosis"),
    (f'<{ID}statement/imiquimod/activates/toll-like-receptor-7> <{DKG}certainty> "perhaps"',
     "which is not one of: asserted, hedged", f"{ID}statement/imiquimod/activates/toll-like-receptor-7"),
]


@pytest.mark.parametrize("triple, words, node", PLANTED, ids=["disjoint", "functional", "disjoint-selector",
                                                             "range", "datatype", "value-set"])
def test_planted_inconsistency_is_explained(small, triple: str, words: str, node: str) -> None:
    store, cfg = small
    add(store, graph_iri("imiquimod", cfg.base), triple)
    report = reason(store, base=cfg.base, sample=1)
    assert not report.consistent
    assert any(words in p.message and p.node == node for p in report.problems), report.to_text()
    located = [p for p in report.problems if p.node == node]
    assert located[0].file in {"imiquimod.md", "ibuprofen.md"} and located[0].line
    assert graph_iri("imiquimod", cfg.base) in report.sample and not report.sample_consistent


def test_hermit_alone_catches_a_disjointness_clash_in_the_sample(small) -> None:
    store, cfg = small
    g = graph_iri("imiquimod", cfg.base)
    text = monograph_ntriples(store, g, cfg.base)
    bad = text + f"<{ID}drug/imiquimod> <{TYPE}> <{DKG}Condition> .\n"
    assert check_abox(text, graph=load_graph()).consistent
    assert not check_abox(bad, graph=load_graph()).consistent


def test_reasoning_twice_gives_the_same_inferred_graph(small) -> None:
    store, cfg = small
    reason(store, base=cfg.base, sample=0)
    first = sorted(store.quads(inferred_graphs(store, cfg)))
    assert len(first) > 1000
    reason(store, base=cfg.base, sample=0, workers=2, batch=1)  # two batches on two processes
    assert sorted(store.quads(inferred_graphs(store, cfg))) == first


def test_without_trace_no_records(small) -> None:
    store, cfg = small
    report = reason(store, base=cfg.base, sample=0, trace=False)
    assert report.inferred > 100 and report.records == 0
    assert not store.query(f"ASK {{ ?r <{DKG}inferredBy> ?x }}").boolean


# -- kg reason --------------------------------------------------------------------------------

def test_cli_reason_and_why(closed: Config) -> None:
    cfg = closed
    result = CliRunner().invoke(kg_main, ["reason", "--store", cfg.store])
    assert result.exit_code == 0, result.output
    assert "consistent" in result.output.splitlines()[-1]
    why = CliRunner().invoke(kg_main, ["reason", "--store", cfg.store, "--why", f"{ID}drug/imiquimod",
                                       f"{BIOLINK}treats", f"{ID}condition/actinic-keratosis"])
    assert why.exit_code == 0 and "dkg:treats rdfs:subPropertyOf biolink:treats" in why.output


def test_cli_reason_exits_1_when_inconsistent(closed: Config) -> None:
    cfg = closed
    store = open_store(cfg.store)
    add(store, graph_iri("ibuprofen", cfg.base), f"<{ID}drug/ibuprofen> a <{DKG}Monograph>")
    store.flush()
    del store
    gc.collect()
    proc = subprocess.run([sys.executable, "-m", "kg", "reason", "--store", cfg.store, "--sample", "0"],
                          check=False, capture_output=True, cwd=ROOT, text=True)
    assert proc.returncode == 1
    assert "is both a drug and a monograph" in proc.stdout and "ibuprofen.md:" in proc.stdout


def test_entity_pages_mark_what_the_reasoner_wrote(reasoned) -> None:
    """The web's entity data marks inferred kinds and edges, whether they live in the shared
    inferred graph (biolink:Drug) or in a monograph's (dkg:Agonist, biolink:treats)."""
    from kg.web.entitydata import load_entity

    store, _, cfg = reasoned
    ent = load_entity(store, f"{ID}drug/imiquimod", cfg.base)
    types = dict(ent.types)
    assert types[f"{DKG}Drug"] is False
    assert types[f"{BIOLINK}Drug"] is True and types[f"{DKG}Agonist"] is True
    aligned = {p: inferred for g in ent.groups for p, inferred in g.aligned.items()}
    assert aligned[f"{BIOLINK}treats"] is True
