"""kg.validate: SHACL shapes, the build gate and ``kg validate``, on planted faults.

Every fixture in tests/fixtures/shacl/ is good.nt (the mapper's output for
tests.helpers.sample_extraction, examplomab.md) with ONE fault; make_fixtures.py rebuilds them.
"""
from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.namespace import SH

from kg.cli import main as kg_main
from kg.config import load_config
from kg.errors import ValidationError
from kg.mapping import map_extraction
from kg.namespaces import graph_iri
from kg.pipeline import build
from kg.store import open_store
from kg.validate import (
    Report,
    gate,
    load_shapes,
    make_gate,
    monograph_graphs,
    store_graph_text,
    validate_file,
    validate_graphs,
    validate_store,
)
from tests.helpers import sample_extraction

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "shacl"
ID = "https://w3id.org/drugkg/id/"
TREATS = f"{ID}statement/examplomab/treats/actinic-keratosis"
MECH = f"{ID}statement/examplomab/activates/toll-like-receptor-7"
BURNING = f"{ID}statement/examplomab/causes/burning"

# fixture, focus, path, constraint, line, offending value, words the message must contain
FAULTS = [
    ("no-provenance", TREATS, "prov:wasDerivedFrom", "MinCountConstraintComponent", 15, None,
     "does not say which monograph it comes from"),
    ("no-lines", TREATS, "dkg:startLine", "MinCountConstraintComponent", None, None, "first line"),
    ("empty-label", f"{ID}condition/actinic-keratosis", "rdfs:label", "PatternConstraintComponent", 15, "",
     "needs a non-empty name"),
    ("blank-quote", MECH, "dkg:quote", "PatternConstraintComponent", 30, "   ", "quoted text"),
    ("malformed-xref", f"{ID}side-effect/burning", "oboInOwl:hasDbXref", "PatternConstraintComponent", 22,
     "HP:123", "not a valid cross-reference"),
    ("unknown-prefix", f"{ID}condition/actinic-keratosis", "oboInOwl:hasDbXref", "PatternConstraintComponent",
     15, "FOO:0000001", "known registry"),
    ("bad-exact-match", f"{ID}condition/actinic-keratosis", "skos:exactMatch", "PatternConstraintComponent",
     15, "http://purl.obolibrary.org/obo/DOID_actinic", "not an identifier IRI"),
    ("wrong-datatype", TREATS, "dkg:startLine", "DatatypeConstraintComponent", 15, "15", "xsd:integer"),
    ("serious-not-boolean", BURNING, "dkg:serious", "DatatypeConstraintComponent", 22, "no", "true or false"),
    ("unknown-certainty", MECH, "dkg:certainty", "PatternConstraintComponent", 30, "probable",
     "asserted, hedged"),
    ("unknown-qualifier", f"{ID}statement/examplomab/treats/polycystic-ovary-syndrome", "dkg:qualifier",
     "PatternConstraintComponent", 16, "experimental", "investigational, off-label, prevention"),
    ("end-before-start", MECH, "dkg:startLine", "LessThanOrEqualsConstraintComponent", 30, "30", "last line"),
    ("outside-base", "http://example.org/cream", None, "PatternConstraintComponent", 18, "http://example.org/cream",
     "<base>formulation/<name>"),
    ("no-claim", f"{ID}drug/examplomab", None, "MinCountConstraintComponent", 12, None, "makes no claim"),
]
NAMES = [f[0] for f in FAULTS]


def text(name: str) -> str:
    return (FIXTURES / f"{name}.nt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return load_shapes()


def test_fixtures_cover_every_fault_file() -> None:
    on_disk = {p.stem for p in FIXTURES.glob("*.nt")} - {"good"}
    assert on_disk == set(NAMES)


def test_good_fixture_is_what_the_mapper_writes_and_conforms(shapes: rdflib.Graph) -> None:
    assert text("good") == map_extraction(sample_extraction()).ntriples()
    report = validate_graphs({graph_iri("examplomab"): text("good")}, shapes=shapes)
    assert report.conforms and report.findings == [] and report.triples > 150


@pytest.mark.parametrize("name, focus, path, constraint, line, value, words", FAULTS, ids=NAMES)
def test_each_planted_fault_is_reported_where_it_is(shapes: rdflib.Graph, name: str, focus: str,
                                                    path: str | None, constraint: str, line: int | None,
                                                    value: str | None, words: str) -> None:
    graph = graph_iri("examplomab")
    report = validate_graphs({graph: text(name)}, shapes=shapes)
    assert not report.conforms
    assert report.bad_graphs() == {graph}
    assert {f.focus for f in report.findings} == {focus}, report.to_text()
    [f] = [f for f in report.findings if f.path == path and f.constraint == constraint]
    assert (f.graph, f.file, f.line, f.focus, f.path, f.constraint) == (graph, "examplomab.md", line, focus,
                                                                        path, constraint)
    assert f.value == value
    assert words in f.message and f.hint and f.severity == "violation"


def test_a_batch_refuses_exactly_the_bad_graphs(shapes: rdflib.Graph) -> None:
    """One pyshacl run over many graphs; findings attributed to the graph they belong to.
    Each faulty copy is renamed to its own drug, so nodes like conditions stay shared."""
    batch = {graph_iri("examplomab"): text("good")}
    for name in NAMES:
        batch[graph_iri(name)] = text(name).replace("examplomab", f"examplomab-{name}")
    report = validate_graphs(batch, shapes=shapes)
    assert report.bad_graphs() == {graph_iri(n) for n in NAMES}
    assert set(gate(batch, shapes=shapes)) == report.bad_graphs()
    files = {f.file for f in report.findings}
    assert files == {f"examplomab-{n}.md" for n in NAMES}


def test_a_shared_node_is_blamed_only_on_the_graph_that_breaks_it(shapes: rdflib.Graph) -> None:
    bad = text("empty-label").replace("examplomab", "other")
    report = validate_graphs({graph_iri("examplomab"): text("good"), graph_iri("other"): bad}, shapes=shapes)
    assert report.bad_graphs() == {graph_iri("other")}
    assert [(f.file, f.line) for f in report.findings] == [("other.md", 15)]


def test_unreadable_ntriples_is_a_finding_not_a_crash(shapes: rdflib.Graph) -> None:
    report = validate_graphs({graph_iri("examplomab"): text("good"), graph_iri("broken"): "<a> <b> .\n"},
                             shapes=shapes)
    assert report.bad_graphs() == {graph_iri("broken")}


def test_report_formats(shapes: rdflib.Graph) -> None:
    report = validate_graphs({graph_iri("examplomab"): text("unknown-certainty")}, shapes=shapes)
    lines = report.to_text().splitlines()
    assert lines[0] == "examplomab.md: 1 problem(s)" and "line 30" in lines[1]
    data = json.loads(report.to_json())
    assert data["conforms"] is False and data["findings"][0]["line"] == 30
    g = rdflib.Graph().parse(data=report.to_turtle(), format="turtle")
    reports = list(g.subjects(rdflib.RDF.type, SH.ValidationReport))
    assert len(reports) == 1 and g.value(reports[0], SH.conforms).toPython() is False
    result = g.value(reports[0], SH.result)
    assert str(g.value(result, SH.value)) == "probable"
    assert str(g.value(result, SH.resultPath)).endswith("vocab/certainty")


def test_another_base_rewrites_the_iri_patterns() -> None:
    base = "https://example.org/kg/"
    good = text("good").replace(ID, base)
    assert validate_graphs({f"{base}graph/monograph/examplomab": good}, base=base).conforms
    assert not validate_graphs({f"{base}graph/monograph/examplomab": good}).conforms


def test_validate_file_reads_turtle_and_trig(tmp_path: Path, shapes: rdflib.Graph) -> None:
    g = rdflib.Graph().parse(data=text("no-provenance"), format="nt")
    ttl = tmp_path / "edited.ttl"
    ttl.write_text(g.serialize(format="turtle"), encoding="utf-8")
    report = validate_file(ttl, shapes=shapes)
    assert [(f.file, f.line, f.path) for f in report.findings] == [("examplomab.md", 15, "prov:wasDerivedFrom")]
    ds = rdflib.Dataset()
    ds.graph(rdflib.URIRef(graph_iri("examplomab"))).parse(data=text("no-provenance"), format="nt")
    trig = tmp_path / "edited.trig"
    trig.write_text(ds.serialize(format="trig"), encoding="utf-8")
    assert validate_file(trig, shapes=shapes).bad_graphs() == {graph_iri("examplomab")}


# -- the built corpus and the gate in the real pipeline ---------------------------------------

def test_the_built_corpus_conforms(built) -> None:
    store, report, cfg = built
    assert len(report.published) == 15
    result = validate_store(store, base=cfg.base, batch_size=6)
    assert result.conforms, result.to_text()
    assert len(result.graphs) >= 15 and result.triples > 5000


NO_CLAIM_MD = """---
title: Nothingol
---

# Nothingol

**Generic Name:** Nothingol

**FAQs:**

* **Is this a drug?** It is a test of the build gate.
"""


def test_the_gate_keeps_bad_monographs_out_of_the_store(tmp_path: Path, corpus: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(corpus / "imiquimod.md", src / "imiquimod.md")
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(cfg.store)
    gate_ = make_gate(cfg.ontology_dir / "shapes.ttl", cfg.base)
    first = build([src], store, cfg, link=False, gate=gate_)
    assert first.ok and len(first.published) == 1
    imiquimod = graph_iri("imiquimod")
    before = store.quads([imiquimod])
    (src / "nothingol.md").write_text(NO_CLAIM_MD, encoding="utf-8")
    (src / "imiquimod.md").write_text(NO_CLAIM_MD.replace("Nothingol", "Imiquimod"), encoding="utf-8")
    second = build([src], store, cfg, link=False, gate=gate_)
    assert set(second.rejected) == {str(src / "nothingol.md"), str(src / "imiquimod.md")}
    assert all("makes no claim" in p for ps in second.rejected.values() for p in ps)
    assert graph_iri("nothingol") not in store.named_graphs()
    assert store.quads([imiquimod]) == before  # the previous good graph stays


# -- kg validate ------------------------------------------------------------------------------

def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(kg_main, ["validate", *args])
    return result.exit_code, result.output


def test_cli_good_file_conforms() -> None:
    code, out = run("--data", str(FIXTURES / "good.nt"))
    assert code == 0 and out.startswith("conforms")


@pytest.mark.parametrize("name", ["no-provenance", "malformed-xref", "no-claim"])
def test_cli_bad_file_exits_1_with_file_and_line(name: str) -> None:
    code, out = run("--data", str(FIXTURES / f"{name}.nt"), "--format", "json")
    assert code == 1
    finding = json.loads(out)["findings"][0]
    expected = {f[0]: f[4] for f in FAULTS}[name]
    assert finding["file"] == "examplomab.md" and finding["line"] == expected


def test_cli_turtle_report_is_a_shacl_report(tmp_path: Path) -> None:
    out = tmp_path / "report.ttl"
    code, _ = run("--data", str(FIXTURES / "empty-label.nt"), "--format", "turtle", "-o", str(out))
    assert code == 1
    g = rdflib.Graph().parse(out, format="turtle")
    assert len(list(g.subjects(SH.focusNode, None))) == 1


def test_cli_validates_the_store(built) -> None:
    store, _, cfg = built
    store.flush()
    proc = subprocess.run([sys.executable, "-m", "kg", "validate", "--store", cfg.store],
                          check=False, capture_output=True, cwd=ROOT, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("conforms")


def test_cli_unreadable_file_is_a_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    code, out = run("--data", str(bad))
    assert code == 1 and "cannot read RDF" in out


def test_report_merge_keeps_counts() -> None:
    a, b = Report(graphs=["x"], triples=2), Report(graphs=["y"], triples=3)
    a.merge(b)
    assert a.graphs == ["x", "y"] and a.triples == 5 and a.conforms


# -- the identifier patterns agree with kg.link's prefix table --------------------------------

EXAMPLE_IDS = {"atc": "D06BB10", "cas": "99011-02-6", "chebi": "36704", "doid": "8866", "drugbank": "DB00724",
               "go": "0006915", "hgnc": "15631", "hp": "0000123", "icd10cm": "L57.0", "mesh": "D055623",
               "mondo": "0005173", "ncbigene": "51284", "snomedct": "201101007", "umls": "C0022602",
               "uniprot": "Q9NYK1"}


def prefix_rows() -> list[list[str]]:
    lines = (ROOT / "data" / "vocab" / "prefixes.tsv").read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines[1:] if line.strip()]


def test_every_prefix_kg_link_writes_is_accepted(shapes: rdflib.Graph) -> None:
    rows = prefix_rows()
    assert {r[0] for r in rows} <= set(EXAMPLE_IDS), "add an example identifier for the new prefix"
    node = f"<{ID}condition/actinic-keratosis>"
    extra = "".join(f'{node} <http://www.geneontology.org/formats/oboInOwl#hasDbXref> "{curie}:{EXAMPLE_IDS[p]}" .\n'
                    f'{node} <http://www.w3.org/2004/02/skos/core#exactMatch> <{fmt.replace("$1", EXAMPLE_IDS[p])}> .\n'
                    for p, curie, _, fmt in rows)
    report = validate_graphs({graph_iri("examplomab"): text("good") + extra}, shapes=shapes)
    assert report.conforms, report.to_text()


@pytest.mark.parametrize("curie", ["HP:123", "DOID:abc", "MONDO:12345678", "drugbank:DB123", "mesh:X000001",
                                   "umls:C123", "wikidata:Q42", "hp:0000123", "cas:99011026"])
def test_malformed_or_unknown_identifiers_are_refused(shapes: rdflib.Graph, curie: str) -> None:
    bad = text("good") + (f'<{ID}condition/actinic-keratosis> '
                          f'<http://www.geneontology.org/formats/oboInOwl#hasDbXref> "{curie}" .\n')
    assert not validate_graphs({graph_iri("examplomab"): bad}, shapes=shapes).conforms


# -- the fast engine (pyshacl-turbo) finds exactly what the reference (pyshacl) finds ---------

turbo = pytest.mark.skipif(importlib.util.find_spec("pyshacl_turbo") is None,
                           reason="pyshacl-turbo is not installed")


def assert_same_findings(graphs: dict[str, str], shapes: rdflib.Graph) -> Report:
    fast = validate_graphs(graphs, shapes=shapes, engine="turbo")
    reference = validate_graphs(graphs, shapes=shapes, engine="pyshacl")
    assert fast.findings == reference.findings, fast.to_text() + reference.to_text()
    assert (fast.graphs, fast.triples) == (reference.graphs, reference.triples)
    assert (fast.engines, reference.engines) == ({"pyshacl-turbo"}, {"pyshacl"})
    return fast


@turbo
@pytest.mark.parametrize("name", ["good", *NAMES])
def test_engines_agree_on_each_planted_fault(shapes: rdflib.Graph, name: str) -> None:
    report = assert_same_findings({graph_iri("examplomab"): text(name)}, shapes)
    assert report.conforms == (name == "good")


@turbo
def test_engines_agree_on_a_batch_shared_nodes_and_broken_text(shapes: rdflib.Graph) -> None:
    batch = {graph_iri("examplomab"): text("good")}
    for name in NAMES:
        batch[graph_iri(name)] = text(name).replace("examplomab", f"examplomab-{name}")
    assert len(assert_same_findings(batch, shapes).bad_graphs()) == len(NAMES)
    shared = {graph_iri("examplomab"): text("good"),
              graph_iri("other"): text("empty-label").replace("examplomab", "other")}
    assert assert_same_findings(shared, shapes).bad_graphs() == {graph_iri("other")}
    broken = {graph_iri("examplomab"): text("unknown-certainty"), graph_iri("broken"): "<a> <b> .\n"}
    assert assert_same_findings(broken, shapes).bad_graphs() == set(broken)


#: text edits that plant faults in real monograph graphs: (old, new, count)
CORPUS_FAULTS = [
    ('<http://www.w3.org/ns/prov#wasDerivedFrom>', '<http://www.w3.org/ns/prov#wasInfluencedBy>', 2),
    ('"asserted"', '"probable"', 1),
    ('"false"^^<http://www.w3.org/2001/XMLSchema#boolean>', '"no"', 2),
    ('<https://w3id.org/drugkg/vocab/sha256> "', '<https://w3id.org/drugkg/vocab/sha256> "X', 1),
    ('<https://w3id.org/drugkg/vocab/endLine> "', '<https://w3id.org/drugkg/vocab/endLine> "-', 1),
    ('<https://w3id.org/drugkg/vocab/fileName> "', '<https://w3id.org/drugkg/vocab/fileName> "dir/', 1),
    ('"DOID:', '"doid:', 1),
    ('<http://purl.obolibrary.org/obo/', '<http://purl.obolibrary.org/obo/X', 1),
    ('<https://w3id.org/drugkg/vocab/treats>', '<https://w3id.org/drugkg/vocab/treatz>', 99),
]


@turbo
def test_engines_agree_on_the_built_corpus_with_and_without_faults(built, shapes: rdflib.Graph) -> None:
    store, _, cfg = built
    fast = validate_store(store, base=cfg.base, engine="turbo")
    reference = validate_store(store, base=cfg.base, engine="pyshacl")
    assert fast.conforms and fast.findings == reference.findings == []
    assert (fast.engines, reference.engines) == ({"pyshacl-turbo"}, {"pyshacl"})
    graphs = {g: store_graph_text(store, g, cfg.base) for g in monograph_graphs(store, cfg.base)}
    planted = {}
    for i, (g, nt) in enumerate(sorted(graphs.items())):
        old, new, count = CORPUS_FAULTS[i % len(CORPUS_FAULTS)]
        planted[g] = nt.replace(old, new, count)
    report = assert_same_findings(planted, shapes)
    changed = {g for g in planted if planted[g] != graphs[g]}
    assert report.bad_graphs() == changed and len(report.findings) > len(changed)


def test_the_gate_judges_each_monograph_the_same_in_runs_of_any_size(built) -> None:
    """The build gate validates a few monographs a run (GATE_BATCH): with faults planted in
    some, runs of 2 and one run over all reject the same graphs for the same reasons."""
    store, _, cfg = built
    graphs = {g: store_graph_text(store, g, cfg.base) for g in monograph_graphs(store, cfg.base)}
    planted = {}
    for i, (g, nt) in enumerate(sorted(graphs.items())):
        old, new, count = CORPUS_FAULTS[i % len(CORPUS_FAULTS)]
        planted[g] = nt.replace(old, new, count) if i % 3 == 0 else nt
    changed = {g for g in planted if planted[g] != graphs[g]}
    small = make_gate(cfg.ontology_dir / "shapes.ttl", cfg.base, batch=2)(planted)
    whole = make_gate(cfg.ontology_dir / "shapes.ttl", cfg.base, batch=len(planted))(planted)
    assert set(small) == changed and len(changed) >= 4
    assert small == whole


@turbo
def test_the_fast_engine_judges_the_text_rdflib_would_normalise(shapes: rdflib.Graph) -> None:
    """Where the engines differ: rdflib reads "  15"^^xsd:integer as 15 and a second value
    "maybe"^^xsd:boolean as false (the same triple again), so pyshacl passes both; turbo
    checks the literals as written, which is what the store gets. The mapper writes neither."""
    start = f'<{TREATS}> <https://w3id.org/drugkg/vocab/startLine> '
    padded = text("good").replace(f'{start}"15"', f'{start}"  15"')
    serious = (f'<{BURNING}> <https://w3id.org/drugkg/vocab/serious> '
               '"maybe"^^<http://www.w3.org/2001/XMLSchema#boolean> .\n')
    for nt in (padded, text("good") + serious):
        assert not validate_graphs({graph_iri("examplomab"): nt}, shapes=shapes, engine="turbo").conforms


def test_an_unknown_engine_is_refused() -> None:
    with pytest.raises(ValidationError, match="unknown SHACL engine"):
        make_gate(engine="fast")
