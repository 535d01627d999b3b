"""kg.pipeline end to end: real files, the real extractor, a real Oxigraph store."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from kg.config import load_config
from kg.extract import extract
from kg.parse import parse_file
from kg.pipeline import build, discover, process_all
from kg.store import open_store

CONTRACT = {
    "indications": ["drug", "drugLabel", "condition", "conditionLabel"],
    "mechanisms": ["drug", "drugLabel", "relation", "target", "targetLabel", "symbol", "certainty"],
    "side-effects": ["drug", "drugLabel", "effect", "effectLabel", "category", "serious"],
    "provenance": ["statement", "monograph", "section", "line", "quote", "evidence", "start", "end"],
}


def run_stored(store, cfg, name):
    text = (cfg.queries_dir / f"{name}.rq").read_text(encoding="utf-8")
    result = store.query(text)
    return result.variables, [[t.value if t else None for t in row] for row in result.rows()]


def test_discover_skips_index_and_ground_truth(corpus: Path) -> None:
    names = [p.name for p in discover([corpus])]
    assert len(names) == 15
    assert "INDEX.md" not in names and not any(n.endswith(".yaml") for n in names)


def test_corpus_builds(built) -> None:
    store, report, cfg = built
    assert not report.failed and not report.rejected
    assert len(report.published) == 15
    graphs = store.named_graphs()
    assert sum("/graph/monograph/" in g for g in graphs) == 15


@pytest.mark.parametrize("name", sorted(CONTRACT))
def test_stored_query_columns_are_the_contract(built, name: str) -> None:
    store, _, cfg = built
    columns, rows = run_stored(store, cfg, name)
    assert columns == CONTRACT[name]
    assert rows


def test_plain_queries_give_no_duplicate_rows(built) -> None:
    """Shared nodes are described once, so the union default graph is a set in practice."""
    store, _, cfg = built
    monographs = [g for g in store.named_graphs() if "/graph/inferred" not in g]
    count = "SELECT (COUNT(*) AS ?n) WHERE { %s }"
    every = next(store.query(count % "?s ?p ?o", default_graph=monographs).rows())[0]
    distinct = next(store.query(count % "{ SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
                                default_graph=monographs).rows())[0]
    assert every is not None and distinct is not None
    assert int(every.value) == int(distinct.value) > 5000


def claims(corpus: Path):
    return {p.name: extract(parse_file(p)) for p in discover([corpus])}


def test_queries_return_exactly_the_extracted_claims(built, corpus: Path) -> None:
    store, _, cfg = built
    by_label = {x.drug.label.casefold(): x for x in claims(corpus).values()}
    _, rows = run_stored(store, cfg, "indications")
    got = {(r[1].casefold(), r[3].casefold()) for r in rows}
    want = {(d, t.label.casefold()) for d, x in by_label.items() for t in x.treats}
    assert got == want
    _, rows = run_stored(store, cfg, "mechanisms")
    got = {(r[1].casefold(), r[2], r[4].casefold(), r[6]) for r in rows}
    want = {(d, m.relation, m.target.casefold(), m.certainty) for d, x in by_label.items() for m in x.mechanism}
    assert got == want
    _, rows = run_stored(store, cfg, "side-effects")
    got = {(r[1].casefold(), r[3].casefold(), r[4].casefold(), r[5] == "true") for r in rows}
    want = {(d, s.label.casefold(), s.category.casefold(), s.serious)
            for d, x in by_label.items() for s in x.side_effects}
    assert got == want


def test_queries_match_the_ground_truth(built, corpus: Path) -> None:
    """Drugs and conditions of indications.rq against the hand-written *.expected.yaml."""
    store, _, cfg = built
    _, rows = run_stored(store, cfg, "indications")
    got = {(r[1].casefold(), r[3].casefold()) for r in rows}
    want = set()
    for truth in corpus.glob("*.expected.yaml"):
        data = yaml.safe_load(truth.read_text(encoding="utf-8"))
        want |= {(data["drug"]["label"].casefold(), t["label"].casefold()) for t in data["treats"]}
    missing, extra = want - got, got - want
    assert len(missing) <= 2 and len(extra) <= 2, (missing, extra)


def test_provenance_points_at_real_lines(built, corpus: Path) -> None:
    store, _, cfg = built
    _, rows = run_stored(store, cfg, "provenance")
    assert len(rows) > 300
    lines = {p.name: p.read_text(encoding="utf-8").splitlines() for p in discover([corpus])}
    for statement, monograph, _section, line, quote, *_evidence in rows:
        text = lines[monograph][int(line) - 1]
        assert quote and quote in text, (statement, monograph, line, quote)


BAD = {
    "binary.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00",
    "latin1.md": "---\ntitle: Caf\u00e9ine\n---\n\n# Caf\u00e9ine\n".encode("latin-1"),
    "broken-front-matter.md": b"---\ntitle: [unclosed\nlayout: default\n---\n\n# Broken\n",
    "no-title.md": b"Just some text without any heading.\n",
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_a_bad_monograph_is_reported_and_the_rest_is_built(tmp_path: Path, corpus: Path, name: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for src in ("imiquimod.md", "albuterol.md"):
        shutil.copy(corpus / src, folder / src)
    (folder / name).write_bytes(BAD[name])
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(tmp_path / "db")
    report = build([folder], store, cfg, link=False)
    assert [Path(r.path).name for r in report.published] == ["albuterol.md", "imiquimod.md"]
    assert len(report.failed) == 1
    error = report.failed[0].error
    assert error is not None and error.file and error.file.endswith(name)
    assert error.line is not None and error.line >= 1
    assert not any("broken" in g or "binary" in g or "latin1" in g or "no-title" in g
                   for g in store.named_graphs())


def test_rebuild_replaces_the_graph_and_a_broken_edit_keeps_the_old_one(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    target = folder / "imiquimod.md"
    shutil.copy(corpus / "imiquimod.md", target)
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(tmp_path / "db")
    build([folder], store, cfg, link=False)
    ask = 'ASK { ?d dkg:causes ?e . ?e rdfs:label "Oozing" }'
    assert store.query(ask).boolean
    target.write_text(target.read_text(encoding="utf-8").replace("blistering, oozing,", "blistering,"),
                      encoding="utf-8")
    build([folder], store, cfg, link=False)
    assert not store.query(ask).boolean
    assert not store.query('ASK { ?e rdfs:label "Oozing" }').boolean  # no orphan node left
    assert store.query('ASK { ?e rdfs:label "Blistering" }').boolean
    before = len(store)
    target.write_bytes(b"---\ntitle: [broken\n---\n")
    report = build([folder], store, cfg, link=False)
    assert report.failed and len(store) == before


def test_workers_run_the_shacl_gate_on_their_chunks(tmp_path: Path, corpus: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for src in ("imiquimod.md", "albuterol.md", "morphine.md", "loratadine.md"):
        shutil.copy(corpus / src, folder / src)
    (folder / "nothingmab.md").write_text(
        "---\ntitle: Nothingmab\n---\n\n# Nothingmab\n\n**Generic Name:** Nothingmab\n", encoding="utf-8")
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    results = list(process_all(discover([folder]), cfg.base, None, workers=2,
                               shapes=cfg.ontology_dir / "shapes.ttl", chunk=2))
    assert [Path(r.path).name for r in results] == sorted(p.name for p in folder.iterdir())
    flagged = {Path(r.path).name for r in results if r.problems}
    assert flagged == {"nothingmab.md"}
    assert all(r.problems == [] for r in results if Path(r.path).name != "nothingmab.md")


def test_a_chunk_runs_without_the_cyclic_collector_and_collects_once_after(tmp_path: Path, corpus: Path) -> None:
    """The collector's passes were a fifth of a build worker's CPU and found almost nothing:
    a chunk pauses it, then collects once, and leaves it as it found it (on, or off)."""
    import gc

    from kg.pipeline import process_chunk

    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    paths = [str(p) for p in discover([corpus])][:4]
    passes: list[int] = []

    def count(phase: str, info: dict) -> None:
        if phase == "stop":
            passes.append(info["generation"])

    gc.callbacks.append(count)
    try:
        results = process_chunk(paths, cfg.base, None, str(cfg.ontology_dir / "shapes.ttl"))
        assert all(r.ok and r.problems == [] for r in results)
        assert passes == [2], passes  # tens of thousands of objects, one full pass at the end
        assert gc.isenabled()
        gc.disable()
        try:
            process_chunk(paths[:1], cfg.base, None)
            assert not gc.isenabled()  # a caller that keeps the collector off keeps it off
        finally:
            gc.enable()
    finally:
        gc.callbacks.remove(count)


def test_a_pool_worker_that_cannot_warm_up_reports_the_chunks_error(tmp_path: Path, corpus: Path) -> None:
    """A pool's initializer that raises breaks the pool, which reads as every worker killed for
    memory: the warm-up swallows its error, and the chunk meets it and raises it."""
    from kg.errors import ReasoningError
    from kg.pipeline import _warm_pool_worker, process_chunk

    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    missing = str(tmp_path / "no-rules.pickle")
    _warm_pool_worker(cfg.base, None, None, None, missing)  # does not raise
    with pytest.raises(ReasoningError, match="cannot read the compiled rules"):
        process_chunk([str(corpus / "imiquimod.md")], cfg.base, None, None, None, missing)
    folder = tmp_path / "in"
    folder.mkdir()
    for src in ("imiquimod.md", "albuterol.md", "morphine.md"):
        shutil.copy(corpus / src, folder / src)
    with pytest.raises(ReasoningError, match="cannot read the compiled rules"):
        list(process_all(discover([folder]), cfg.base, None, workers=2, chunk=1, rules=missing))
