"""``kg export --format kgx``: the bundled corpus built into a real store, exported by the real
CLI, and checked by KGX's own validator (offline, against the Biolink Model of the installed
``biolink-model`` package; see tests/kgx_validate.py) and against what the store holds."""
from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.namespaces import BIOLINK, OBO, SKOS, VOCAB, nodes_graph, ontology_graph
from kg.store import OxigraphStore, RemoteStore, open_store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "monographs"
BASE = "https://w3id.org/drugkg/id/"
#: any attempt of kgx or bmt to fetch the Biolink Model from the web fails at once
OFFLINE = {"HTTP_PROXY": "http://127.0.0.1:9", "HTTPS_PROXY": "http://127.0.0.1:9",
           "http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9", "NO_PROXY": ""}


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=600,
                          env={**os.environ, "KG_BASE": BASE, **(env or {})})


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    """(store, KGX directory, the export's stderr) for the bundled corpus."""
    if importlib.util.find_spec("kgx") is None:
        pytest.fail("kgx is not installed in this interpreter: pip install -e '.[test]'")
    tmp = tmp_path_factory.mktemp("kgx")
    store, out = tmp / "store", tmp / "kgx"
    built = run("-m", "kg", "build", "--store", str(store), "-q", str(CORPUS))
    assert built.returncode == 0, built.stderr
    done = run("-m", "kg", "export", "--store", str(store), "--format", "kgx", "-o", str(out), env=OFFLINE)
    assert done.returncode == 0, done.stderr
    return store, out, done.stderr


def records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def validate(out: Path, *flags: str) -> dict:
    done = run(str(ROOT / "tests" / "kgx_validate.py"), str(out), *flags, env=OFFLINE)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def test_kgx_validate_reports_no_errors(exported: tuple[Path, Path, str]) -> None:
    _, out, _ = exported
    found = validate(out)
    assert found["biolink"].startswith("4."), found["biolink"]  # the ontology aligns with Biolink 4.x
    warnings = sum(len(m) for m in found["warnings"].values())
    print(f"kgx validate (Biolink {found['biolink']}): 0 errors expected, {warnings} warnings")
    assert found["errors"] == {}


def test_without_our_prefixes_the_only_errors_are_our_own_ids(exported: tuple[Path, Path, str]) -> None:
    """The validator is live: told only Biolink's prefixes, it flags exactly the nodes that keep
    our CURIE (no exact external identifier) and the edges that touch them, nothing else."""
    _, out, _ = exported
    own = {n["id"] for n in records(out / "nodes.jsonl") if n["id"].startswith("drugkg.")}
    assert own, "the bundled corpus has nodes with no exact identifier"
    found = validate(out, "--biolink-prefixes-only")
    assert set(found["errors"]) == {"INVALID_NODE_PROPERTY_VALUE", "INVALID_EDGE_PROPERTY_VALUE"}
    flagged = {e for msgs in found["errors"]["INVALID_NODE_PROPERTY_VALUE"].values() for e in msgs}
    assert flagged == own
    for message in [*found["errors"]["INVALID_NODE_PROPERTY_VALUE"], *found["errors"]["INVALID_EDGE_PROPERTY_VALUE"]]:
        assert "with a CURIE prefix 'drugkg." in message, message


def test_edges_and_nodes_agree(exported: tuple[Path, Path, str]) -> None:
    _, out, _ = exported
    nodes, edges = records(out / "nodes.jsonl"), records(out / "edges.jsonl")
    ids = [n["id"] for n in nodes]
    assert len(ids) == len(set(ids))
    assert len({e["id"] for e in edges}) == len(edges)
    used = {e["subject"] for e in edges} | {e["object"] for e in edges}
    assert used == set(ids)  # every endpoint has its node, and no node is without an edge
    for e in edges:
        assert e["predicate"].startswith("biolink:")
        assert (e["primary_knowledge_source"], e["knowledge_level"], e["agent_type"]) == (
            "infores:drugkg", "knowledge_assertion", "text_mining_agent")
        assert e["publications"][0].startswith(f"{BASE}monograph/")


def test_every_statement_is_an_edge_or_said_to_be_left_out(exported: tuple[Path, Path, str]) -> None:
    store, out, stderr = exported
    db = open_store(store, read_only=True, base=BASE)
    q = (f"SELECT (COUNT(?st) AS ?n) WHERE {{ GRAPH ?g {{ ?st <{VOCAB}predicate> ?p }} "
         f"FILTER(STRSTARTS(STR(?g), \"{BASE}graph/monograph/\")) }}")
    statements = int(next(db.query(q).rows())[0].value)
    left_out = sum(int(m.group(1)) for m in re.finditer(r"left out: (\d+) statements of ", stderr))
    assert left_out > 0  # routes, precautions ... have no Biolink predicate
    said = re.search(r"(\d+) of the edges are to what a listing lists or a graded node grades", stderr)
    composed = int(said.group(1)) if said else 0
    edges = records(out / "edges.jsonl")
    assert composed == sum("drugkg_composition" in e for e in edges)
    assert len(edges) == statements - left_out + composed


def test_an_edge_to_a_listing_or_a_graded_node_has_one_to_each_thing_it_is_composed_of(
        exported: tuple[Path, Path, str]) -> None:
    """"Dizziness or lightheadedness" is also an edge to Dizziness and one to Lightheadedness,
    "Severe allergic reaction" one to Allergic reaction with the modifier HP:0012828: the same
    claim, the same provenance, and the page's node as original_object."""
    store, out, _ = exported
    edges = {e["id"]: e for e in records(out / "edges.jsonl")}
    composed = [e for e in edges.values() if "drugkg_composition" in e]
    assert {e["drugkg_composition"] for e in composed} == {"lists", "gradeOf"}
    nodes = {n["id"] for n in records(out / "nodes.jsonl")}
    for e in composed:
        page = edges[e["id"].split("#")[0]]  # the edge to the node the page named
        assert (e["subject"], e["predicate"], e["original_object"]) == (
            page["subject"], page["predicate"], page["original_object"])
        assert e["object"] != page["object"] and e["object"] in nodes
        assert e["supporting_text"] == page["supporting_text"] and e["publications"] == page["publications"]
        assert all(m.startswith("HP:") for m in e.get("drugkg_modifier", []))
    db = open_store(store, read_only=True, base=BASE)
    graded = {str(r[0].value) for r in db.query(
        f"SELECT ?n WHERE {{ GRAPH <{nodes_graph(BASE)}> {{ ?n <{VOCAB}modifier> ?m }} }}").rows()}
    assert graded, "the bundled corpus has a graded side effect in HPO's modifiers"
    with_modifiers = {e["original_object"].split(":", 1)[1] for e in composed if e.get("drugkg_modifier")}
    assert with_modifiers and with_modifiers <= {n.rsplit("/", 1)[1] for n in graded}


def _exact_curies(store: Path, node: str) -> tuple[set[str], set[str]]:
    """(CURIEs of the node's direct exact matches, of its chained close/related matches), as the
    store's hasDbXref writes them for OBO IRIs."""
    db = open_store(store, read_only=True, base=BASE)
    rows = db.query(f"SELECT ?p ?m WHERE {{ GRAPH <{nodes_graph(BASE)}> {{ <{node}> ?p ?m "
                    f"VALUES ?p {{ <{SKOS}exactMatch> <{SKOS}closeMatch> <{SKOS}relatedMatch> }} }} }}").rows()
    exact, chained = set(), set()
    for p, m in rows:
        if m.value.startswith(OBO):
            curie = m.value[len(OBO):].replace("_", ":", 1)
            (exact if p.value == f"{SKOS}exactMatch" else chained).add(curie)
    return exact, chained


def test_imiquimod_treats_genital_warts(exported: tuple[Path, Path, str]) -> None:
    store, out, _ = exported
    condition = f"{BASE}condition/external-genital-and-perianal-warts"
    statement = f"{BASE}statement/imiquimod/treats/external-genital-and-perianal-warts"
    exact, chained = _exact_curies(store, condition)
    assert "DOID:11168" in exact  # what the graph holds, so the KGX node must carry it
    db = open_store(store, read_only=True, base=BASE)
    evidence = next(db.query(f"SELECT ?e WHERE {{ <{statement}> <{VOCAB}evidence> ?e }}").rows())[0].value
    edge = next(e for e in records(out / "edges.jsonl") if e["id"] == statement)
    assert edge["predicate"] == "biolink:treats"
    assert edge["original_predicate"] == f"{VOCAB}treats"
    assert edge["supporting_text"] == [evidence]
    assert edge["publications"] == [f"{BASE}monograph/imiquimod"]
    assert edge["drugkg_file"] == "imiquimod.md" and edge["drugkg_start_line"] >= 1
    assert edge["original_object"] == "drugkg.condition:external-genital-and-perianal-warts"
    node = next(n for n in records(out / "nodes.jsonl") if n["id"] == edge["object"])
    assert node["id"] in exact  # an exact identifier of ours is the id ...
    assert "DOID:11168" in {node["id"], *node["xref"]}
    assert "drugkg.condition:external-genital-and-perianal-warts" in node["xref"]  # ... ours an xref
    assert not chained & {node["id"], *node["xref"]}  # never a chained one
    assert node["category"] == ["biolink:DiseaseOrPhenotypicFeature"]


def test_nodes_sharing_an_exact_identifier_are_one_and_said(exported: tuple[Path, Path, str]) -> None:
    """podofilox's condition and imiquimod's share an exact identifier: one KGX node, both
    drugs' treats edges on it, and the export says which of ours it gathered."""
    store, out, stderr = exported
    podofilox = f"{BASE}condition/external-genital-warts"
    imiquimod = f"{BASE}condition/external-genital-and-perianal-warts"
    held = _exact_curies(store, podofilox)[0], _exact_curies(store, imiquimod)[0]
    shared = held[0] & held[1]
    assert shared
    nodes = [n for n in records(out / "nodes.jsonl")
             if {"drugkg.condition:external-genital-warts", "drugkg.condition:external-genital-and-perianal-warts"}
             & set(n.get("xref", []))]
    assert len(nodes) == 1 and nodes[0]["id"] in held[0] | held[1]  # Biolink's preferred prefix
    assert shared <= {nodes[0]["id"], *nodes[0]["xref"]}
    treated_by = {e["original_subject"] for e in records(out / "edges.jsonl")
                  if e["object"] == nodes[0]["id"] and e["predicate"] == "biolink:treats"}
    assert {"drugkg.drug:imiquimod", "drugkg.drug:podofilox"} <= treated_by
    said = [line for line in stderr.splitlines() if f"one KGX node {nodes[0]['id']} " in line]
    assert said and "external-genital-warts" in said[0] and "external-genital-and-perianal-warts" in said[0]


def test_predicates_and_categories_come_from_the_ontology(exported: tuple[Path, Path, str],
                                                          tmp_path: Path) -> None:
    """Change an alignment axiom in a copy of the store and the export follows it."""
    from kg.config import load_config
    from kg.kgx import export_kgx
    from kg.link import vocab_dir

    store, _, _ = exported
    ontology, treats = ontology_graph(BASE), f"<{VOCAB}treats> <{SKOS}exactMatch>"
    edited = _edited_copy(store, tmp_path, f"DELETE DATA {{ GRAPH <{ontology}> {{ {treats} <{BIOLINK}treats> }} }} ; "
                                           f"INSERT DATA {{ GRAPH <{ontology}> {{ {treats} "
                                           f"<{BIOLINK}ameliorates_condition> }} }}")
    report = export_kgx(edited, tmp_path / "out", base=BASE, vocab_dir=vocab_dir(load_config(environ={})))
    assert report.by_predicate["biolink:ameliorates_condition"] > 0
    assert "biolink:treats" not in report.by_predicate


def _edited_copy(store: Path, tmp_path: Path, update: str) -> OxigraphStore | RemoteStore:
    copy = tmp_path / "store"
    open_store(store, read_only=True, base=BASE).backup(copy)
    edited = open_store(copy, base=BASE)
    edited.update(update)
    return edited


def test_a_statement_with_two_evidences_is_one_edge_and_said(exported: tuple[Path, Path, str],
                                                             tmp_path: Path) -> None:
    from kg.config import load_config
    from kg.kgx import export_kgx
    from kg.link import vocab_dir

    store, _, _ = exported
    statement = f"{BASE}statement/imiquimod/treats/actinic-keratosis"
    edited = _edited_copy(store, tmp_path, f"INSERT DATA {{ GRAPH <{BASE}graph/monograph/imiquimod> "
                                           f"{{ <{statement}> <{VOCAB}evidence> \"A second sentence.\" }} }}")
    report = export_kgx(edited, tmp_path / "out", base=BASE, vocab_dir=vocab_dir(load_config(environ={})))
    assert [e["id"] for e in records(tmp_path / "out" / "edges.jsonl")].count(statement) == 1
    assert any(line.startswith("imiquimod.md:") and statement in line for line in report.skipped)


def test_no_biolink_model_is_one_clear_error(tmp_path: Path) -> None:
    from kg.kgx import KgxError, load_biolink

    with pytest.raises(KgxError) as e:
        load_biolink(tmp_path)
    assert "cannot read the Biolink Model" in str(e.value) and "\n" not in str(e.value)


def test_same_input_same_bytes(exported: tuple[Path, Path, str], tmp_path: Path) -> None:
    store, out, _ = exported
    again = run("-m", "kg", "export", "--store", str(store), "--format", "kgx", "-o", str(tmp_path), env=OFFLINE)
    assert again.returncode == 0, again.stderr
    for name in ("nodes.jsonl", "edges.jsonl", "prefixes.json"):
        assert (tmp_path / name).read_bytes() == (out / name).read_bytes(), name


@pytest.mark.parametrize("output, expect", [(None, "name a directory with -o DIR"), ("FILE", "is a file")])
def test_bad_output_is_one_line(exported: tuple[Path, Path, str], tmp_path: Path, output: str | None,
                                expect: str) -> None:
    store, _, _ = exported
    args = ["-m", "kg", "export", "--store", str(store), "--format", "kgx"]
    if output == "FILE":
        (tmp_path / "f").write_text("x")
        args += ["-o", str(tmp_path / "f")]
    done = run(*args)
    assert done.returncode == 1
    assert len(done.stderr.strip().splitlines()) == 1 and expect in done.stderr, done.stderr
