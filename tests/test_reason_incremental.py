"""Issue 10: reasoning per monograph. The same inferences as the whole-store SPARQL rules (run
here as the reference), the build's and ``kg reason``'s answers the same, the compiled rules
cached by the ontology's hash, and a monograph's inferences replaced and removed with it."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from kg.config import Config, load_config
from kg.inferred import inference_state, is_inferred, monograph_graphs
from kg.namespaces import DKG, graph_iri, inferred_graph, trace_graph
from kg.pipeline import build, discover, process_file
from kg.reason import compile_rules, explain, ontology_digest, reason, reason_monograph, rules_of_store, why
from kg.rules import parse_lines
from kg.store import OxigraphStore, open_store
from tests.reason_reference import INFERRED_BY, REF_INFERRED, REF_TRACE, materialize, record_iri

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "monographs"
ONTOLOGY = ROOT / "ontology" / "drugkg.ttl"


@pytest.fixture(scope="module")
def compared(tmp_path_factory: pytest.TempPathFactory) -> tuple[OxigraphStore, Config]:
    """The bundled corpus built, the reference rules run over the whole store, then kg.reason."""
    root = tmp_path_factory.mktemp("incremental")
    cfg = load_config(environ={}, store=str(root / "db"))
    store = open_store(cfg.store)
    assert build([CORPUS], store, cfg, workers=1).ok
    rules = compile_rules(ONTOLOGY, root / "cache").rules
    materialize(store, rules.rules, cfg.base)
    report = reason(store, base=cfg.base, sample=0, rules_dir=root / "cache")
    assert report.consistent, report.to_text()
    return store, cfg


def triples(store: OxigraphStore, keep) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(s, p, o) for s, p, o, g in store.quads() if keep(g, p)}


def test_per_monograph_inferences_equal_the_whole_store_rules(compared) -> None:
    store, cfg = compared
    reference = triples(store, lambda g, p: g == REF_INFERRED)
    ours = triples(store, lambda g, p: is_inferred(g, cfg.base) and not g.startswith(trace_graph(cfg.base)))
    assert len(reference) > 4000
    assert ours - reference == set()
    assert reference - ours == set()


def _old_explain(store: OxigraphStore, s: str, p: str, o: str, base: str) -> list[dict[str, str]]:
    """kg.reason.explain as it was before issue 10, reading the reference's trace records (equal
    to the records that kg wrote then: the test this one replaced compared them)."""
    q = f"""SELECT DISTINCT ?rule ?kind ?axiom ?by WHERE {{
  GRAPH <{REF_TRACE}> {{ <{record_iri(s, p, o, base)}> <{INFERRED_BY}> ?rule }}
  GRAPH <{trace_graph(base)}> {{ ?rule <{DKG}ruleKind> ?kind ; <{DKG}axiom> ?axiom ; <{DKG}entailedBy> ?by }}
}} ORDER BY ?rule"""
    return [dict(zip(("rule", "kind", "axiom", "entailed_by"), (t.value if t else "" for t in row)))
            for row in store.query(q).rows()]


def test_why_names_the_rules_the_whole_store_rules_record(compared) -> None:
    """The rules kg.reason.why works out for every inferred triple are those the reference's
    trace records name (what kg stored per triple before issue 10), and explain's rows (what
    kg reason --why prints) are those the stored records gave."""
    store, cfg = compared
    reference: dict[str, set[str]] = {}
    for rec, _, rule in triples(store, lambda g, p: g == REF_TRACE):
        reference.setdefault(rec[1:-1], set()).add(rule[1:-1])
    assert len(reference) > 4000
    q = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }}
      FILTER(?g = <{inferred_graph(cfg.base)}> || STRSTARTS(STR(?g), "{inferred_graph(cfg.base)}/monograph/")) }}"""
    asked = sorted({(s.value, p.value, o.value) for s, p, o in store.query(q).rows()})
    found = why(store, asked, rules_of_store(store, cfg.base), cfg.base)
    ours = {record_iri(*t, cfg.base): set(rs) for t, rs in found.items()}
    assert ours == reference
    q = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{inferred_graph(cfg.base)}> {{ ?s ?p ?o }} }}"
    shared = sorted({(s.value, p.value, o.value) for s, p, o in store.query(q).rows()})
    assert shared
    sample = asked[::40] + shared[::10]
    sample += [t for t in asked if len(found[t]) > 1][:40]  # a triple two rules give, from two graphs
    assert any(len(found[t]) > 1 for t in sample)
    for t in sample:
        assert explain(store, *t, cfg.base) == _old_explain(store, *t, cfg.base), t
    assert explain(store, f"{cfg.base}drug/no-such-drug", f"{DKG}treats", "x", cfg.base) == []


def test_the_build_infers_what_kg_reason_infers(compared) -> None:
    """What the build's workers compute from the mapper's lines is what kg reason computes
    from the store, monograph by monograph."""
    store, cfg = compared
    rules = compile_rules(ONTOLOGY).rules
    for path in discover([CORPUS]):
        mapped = process_file(str(path), cfg.base).mapped
        assert mapped is not None
        ours = reason_monograph(rules, mapped.graph, mapped.lines, mapped.node_lines, cfg.base)
        inferred, trace = monograph_graphs(mapped.graph, cfg.base)
        stored = {g: {q[:3] for q in store.quads([g])} for g in (inferred, trace)}
        assert set(parse_lines(ours.inferred)) == stored[inferred], path.name
        assert set(parse_lines(ours.trace)) == stored[trace], path.name
        assert not ours.problems


def test_the_rules_are_compiled_once_per_ontology(tmp_path: Path) -> None:
    first = compile_rules(ONTOLOGY, tmp_path)
    assert first.path is not None and first.path.exists()
    written = first.path.stat().st_mtime_ns
    again = compile_rules(ONTOLOGY, tmp_path)
    assert again.cached and not first.cached and first.path.stat().st_mtime_ns == written
    assert [r.iri for r in again.rules.rules] == [r.iri for r in first.rules.rules]
    changed = tmp_path / "drugkg.ttl"
    shutil.copy(ONTOLOGY, changed)
    with changed.open("a", encoding="utf-8") as f:
        f.write(f"\n<{DKG}Extra> a <http://www.w3.org/2002/07/owl#Class> .\n")
    assert ontology_digest(changed) != ontology_digest(ONTOLOGY)
    other = compile_rules(changed, tmp_path)
    assert not other.cached and other.rules.digest != first.rules.digest


def test_compiling_into_a_writable_cache_leaves_no_temporary_folder(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback folder for a cache that cannot be written is made only when needed (each
    compile used to leave an empty /tmp/kg-rules-* behind)."""
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    compiled = compile_rules(ONTOLOGY, tmp_path / "cache")
    assert compiled.path is not None and compiled.path.parent == tmp_path / "cache"
    assert list(temp.iterdir()) == []


def test_a_corrupt_cache_costs_a_hermit_run_not_an_error(tmp_path: Path) -> None:
    first = compile_rules(ONTOLOGY, tmp_path)
    assert first.path is not None
    first.path.write_bytes(b"not a pickle")
    again = compile_rules(ONTOLOGY, tmp_path)
    assert not again.cached and len(again.rules.rules) == len(first.rules.rules)


def test_removing_a_monograph_removes_its_inferences(tmp_path: Path) -> None:
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(cfg.store)
    assert build([CORPUS / "imiquimod.md", CORPUS / "ibuprofen.md"], store, cfg, link=False).ok
    reason(store, base=cfg.base, sample=0, rules_dir=tmp_path / "cache")
    gone = graph_iri("ibuprofen", cfg.base)
    assert set(monograph_graphs(gone, cfg.base)) <= set(store.named_graphs())
    before = store.query(f"ASK {{ GRAPH <{inferred_graph(cfg.base)}> {{ <{cfg.base}drug/ibuprofen> ?p ?o }} }}")
    assert before.boolean
    store.drop_graphs([gone])
    assert inference_state(store, cfg.base) == "fresh"
    reason(store, base=cfg.base, sample=0, rules_dir=tmp_path / "cache")
    assert not set(monograph_graphs(gone, cfg.base)) & set(store.named_graphs())
    assert set(monograph_graphs(graph_iri("imiquimod", cfg.base), cfg.base)) <= set(store.named_graphs())


def test_a_monograph_without_inferences_makes_the_store_stale(tmp_path: Path) -> None:
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(cfg.store)
    assert build([CORPUS / "imiquimod.md"], store, cfg, link=False).ok
    reason(store, base=cfg.base, sample=0, rules_dir=tmp_path / "cache")
    assert inference_state(store, cfg.base) == "fresh"
    assert build([CORPUS / "ibuprofen.md"], store, cfg, link=False).ok  # build() alone does not reason
    assert inference_state(store, cfg.base) == "stale"
    reason(store, base=cfg.base, sample=0, rules_dir=tmp_path / "cache")
    assert inference_state(store, cfg.base) == "fresh"


def inferred_quads(store: OxigraphStore, cfg: Config) -> set[tuple[str, str, str, str]]:
    return set(store.quads([g for g in store.named_graphs() if is_inferred(g, cfg.base)]))


def test_a_build_publishes_what_kg_reason_would_write(tmp_path: Path) -> None:
    """kg build applies the rules in its workers and publishes each monograph's inferences with
    it; after a first build, a change to one page, and a page removed, the inferred graphs are
    what kg reason recomputes from scratch, and the store says they are fresh."""
    from kg.pipeline import build_checked

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("imiquimod.md", "ibuprofen.md", "loratadine.md", "morphine.md"):
        shutil.copy(CORPUS / name, folder / name)
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(cfg.store)

    def agrees() -> set[tuple[str, str, str, str]]:
        built = inferred_quads(store, cfg)
        assert inference_state(store, cfg.base) == "fresh"
        reason(store, base=cfg.base, sample=0, load_ontology=False)
        assert inferred_quads(store, cfg) == built
        return built

    report = build_checked([folder], store, cfg, link=False)
    assert report.ok and report.consistent, report.reasoning
    assert "for 4 monograph(s)" in report.reasoning
    first = agrees()
    page = folder / "imiquimod.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "* **Flu-like symptoms:**", "* **Sleepiness:** drowsiness.\n* **Flu-like symptoms:**"), encoding="utf-8")
    report = build_checked([folder], store, cfg, link=False)
    assert report.ok and "for 1 monograph(s)" in report.reasoning, report.reasoning
    second = agrees()
    assert {q[3] for q in second ^ first} <= set(monograph_graphs(graph_iri("imiquimod", cfg.base))) | {
        inferred_graph(cfg.base), trace_graph(cfg.base)}
    (folder / "morphine.md").unlink()
    report = build_checked([folder], store, cfg, link=False)
    assert report.ok, report.reasoning
    third = agrees()
    assert not {q for q in third if "morphine" in q[0] or "morphine" in q[3]}
    assert {q for q in second if "morphine" in q[3]}


def test_reasoned_builds_export_as_a_clean_build_and_a_store_with_trace_records_is_upgraded(tmp_path: Path) -> None:
    """Issue 10: with the rules worked out on demand, an incremental build with the reasoner
    exports byte for byte as a clean one; a store an older kg built (a trace record per inferred
    triple, in each monograph's trace graph and in the rules graph) still answers --why and
    reads as fresh, and its next rebuild leaves no record: it exports as a store built now."""
    from kg.pipeline import build_checked

    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("imiquimod.md", "ibuprofen.md", "loratadine.md"):
        shutil.copy(CORPUS / name, folder / name)
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(cfg.store)
    assert build_checked([folder], store, cfg, link=False).ok
    page = folder / "imiquimod.md"
    page.write_text(page.read_text(encoding="utf-8").replace("blistering, oozing,", "blistering,"), encoding="utf-8")
    (folder / "loratadine.md").unlink()
    assert build_checked([folder], store, cfg, link=False).ok
    changed = store.export("nquads")
    clean_cfg = load_config(environ={}, store=str(tmp_path / "clean"))
    clean = open_store(clean_cfg.store)
    assert build_checked([folder], clean, clean_cfg, link=False).ok
    assert changed == clean.export("nquads")
    assert f"> <{INFERRED_BY}> <".encode() not in changed

    # what an older kg wrote beside the same inferences: the records of two triples, one in a
    # monograph's trace graph, one (of the shared inferred graph) in the rules graph
    own = (f"{cfg.base}drug/imiquimod", "https://w3id.org/biolink/vocab/treats",
           f"{cfg.base}condition/actinic-keratosis")
    row = next(store.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{inferred_graph(cfg.base)}> {{ ?s ?p ?o }} }} LIMIT 1")
               .rows())
    shared = (row[0].value, row[1].value, row[2].value)
    before = {t: explain(store, *t, cfg.base) for t in (own, shared)}
    assert all(before.values())
    trace = monograph_graphs(graph_iri("imiquimod", cfg.base), cfg.base)[1]
    for graph, t in ((trace, own), (trace_graph(cfg.base), shared)):
        for r in before[t]:
            store.update(f"INSERT DATA {{ GRAPH <{graph}> {{ <{record_iri(*t, cfg.base)}> <{INFERRED_BY}> "
                         f"<{r['rule']}> }} }}")
    assert inference_state(store, cfg.base) == "fresh"
    assert {t: explain(store, *t, cfg.base) for t in (own, shared)} == before
    assert build_checked([folder], store, cfg, link=False, force=True).ok  # an older kg: another fingerprint
    assert store.export("nquads") == changed
