"""Incremental builds (issue 10): a real Oxigraph store on disk, the real pipeline and ``kg build``.

Every rebuild is compared with a clean build of the same files (N-Quads export, byte for byte).
"""
from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.config import Config, load_config
from kg.mapping import MappedGraph
from kg.namespaces import graph_iri
from kg.pipeline import BuildReport, FileResult, Published, build_checked
from kg.store import open_store

FILES = ("imiquimod.md", "albuterol.md", "loratadine.md")
LABEL = '<https://w3id.org/drugkg/id/category/flu-like-symptoms> <http://www.w3.org/2000/01/rdf-schema#label>'


def copy_in(folder: Path, source: Path, *names: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names or FILES:
        shutil.copy(source / name, folder / name)
    return folder


def run(paths: list[Path], db: Path, **options: object) -> tuple[BuildReport, bytes]:
    """One build (no linking, no reasoner: what they add is built the same way either way),
    then the store's N-Quads export."""
    store = open_store(db)
    cfg = load_config(environ={}, store=str(db))
    options = {"link": False, "reason": False, **options}
    report = build_checked(paths, store, cfg, **options)  # type: ignore[arg-type]
    return report, store.export("nquads")


def clean(paths: list[Path], tmp_path: Path, **options: object) -> bytes:
    db = tmp_path / f"clean{len(list(tmp_path.iterdir()))}"
    return run(paths, db, **options)[1]


def test_a_second_build_with_no_change_does_no_work(tmp_path: Path, corpus: Path) -> None:
    folder = copy_in(tmp_path / "in", corpus)
    first, before = run([folder], tmp_path / "db")
    assert first.by_change("added") == [str(folder / n) for n in sorted(FILES)]
    again, after = run([folder], tmp_path / "db")
    assert (again.skipped, again.parsed, again.published, again.removed) == (3, 0, [], [])
    assert "load" not in again.seconds and not again.changed_anything
    assert after == before


def test_one_changed_file_alone_is_rebuilt_and_the_store_equals_a_clean_build(tmp_path: Path,
                                                                               corpus: Path) -> None:
    folder = copy_in(tmp_path / "in", corpus)
    _, before = run([folder], tmp_path / "db")
    assert f'{LABEL} "Flu-like symptoms"'.encode() in before
    page = folder / "imiquimod.md"
    # one node's label reworded (same key), one side effect dropped (an orphan node)
    page.write_text(page.read_text(encoding="utf-8").replace("**Flu-like symptoms:**", "**Flu like symptoms:**")
                    .replace("blistering, oozing,", "blistering,"), encoding="utf-8")
    report, after = run([folder], tmp_path / "db")
    assert report.parsed == 1 and report.skipped == 2
    assert report.by_change("changed") == [str(page)] and not report.by_change("added")
    assert after == clean([folder], tmp_path)
    assert f'{LABEL} "Flu-like symptoms"'.encode() not in after  # the old wording no page gives any more
    assert f'{LABEL} "Flu like symptoms"'.encode() in after
    assert b'"Oozing"' in before and b'"Oozing"' not in after


def test_a_deleted_file_is_removed_by_a_folder_build_and_kept_by_a_file_build(tmp_path: Path,
                                                                              corpus: Path) -> None:
    folder = copy_in(tmp_path / "in", corpus)
    run([folder], tmp_path / "db")
    (folder / "loratadine.md").unlink()
    single, _ = run([folder / "imiquimod.md"], tmp_path / "db")
    assert single.removed == [] and single.skipped == 1
    assert graph_iri("loratadine") in open_store(tmp_path / "db").named_graphs()
    synced, after = run([folder], tmp_path / "db")
    assert synced.removed == [str((folder / "loratadine.md").resolve())] and synced.parsed == 0
    assert not any("loratadine" in g for g in open_store(tmp_path / "db").named_graphs())
    assert after == clean([folder], tmp_path)
    assert b"Loratadine" not in after  # nor what only its page described (its drug, its class ...)


def test_a_folder_build_leaves_the_monographs_of_other_folders(tmp_path: Path, corpus: Path) -> None:
    one = copy_in(tmp_path / "one", corpus, "imiquimod.md")
    two = copy_in(tmp_path / "two", corpus, "albuterol.md")
    run([one, two], tmp_path / "db")
    report, after = run([two], tmp_path / "db")
    assert report.removed == [] and report.skipped == 1
    assert after == clean([one, two], tmp_path)


def fake_project(tmp_path: Path) -> Path:
    """A project root whose ontology is a copy (to be edited), the rest the real one."""
    real = load_config(environ={}).project_root
    root = tmp_path / "project"
    root.mkdir()
    shutil.copytree(real / "ontology", root / "ontology")
    for name in ("data", "queries"):
        (root / name).symlink_to(real / name)
    return root


def project_build(tmp_path: Path, corpus: Path) -> tuple[Path, Path, Any, Config]:
    """The corpus copied in, a project whose ontology may be edited (:func:`fake_project`), an
    empty store and the configuration that builds into it from that project."""
    folder = copy_in(tmp_path / "in", corpus)
    root = fake_project(tmp_path)
    db = tmp_path / "db"
    return folder, root, open_store(db), load_config(environ={}, store=str(db)).with_(project_root=root)


def test_a_changed_ontology_or_force_rebuilds_everything(tmp_path: Path, corpus: Path) -> None:
    folder, root, store, cfg = project_build(tmp_path, corpus)
    build_checked([folder], store, cfg, link=False, reason=False)
    assert build_checked([folder], store, cfg, link=False, reason=False).skipped == 3
    with (root / "ontology" / "drugkg.ttl").open("a", encoding="utf-8") as f:
        f.write("\n# an edit to the ontology\n")
    report = build_checked([folder], store, cfg, link=False, reason=False)
    assert report.skipped == 0 and report.by_change("rebuilt") == [str(folder / n) for n in sorted(FILES)]
    assert build_checked([folder], store, cfg, link=False, reason=False).skipped == 3
    forced = build_checked([folder], store, cfg, link=False, reason=False, force=True)
    assert forced.skipped == 0 and len(forced.by_change("rebuilt")) == 3
    linked = build_checked([folder], store, cfg, link=True, reason=False)  # linking shapes the graphs too
    assert linked.skipped == 0 and len(linked.published) == 3


MARKER = '<http://example.org/marker> <http://example.org/p> "planted" .\n'


@pytest.mark.parametrize("edited", ["drugkg.ttl", "shapes.ttl"])
def test_new_code_that_maps_a_monograph_the_same_writes_only_its_record(tmp_path: Path, corpus: Path,
                                                                        edited: str) -> None:
    """A changed fingerprint (here a comment in the ontology or the shapes: new code) rebuilds
    every file, but a monograph that maps to the graph the store holds (its record's digest) is
    not written again: a marker planted in its graph survives; so does one in its inferred graph
    when the rules are those the store's inferences were made with (the shapes' edit), not when
    they changed (the ontology's). The store then equals a clean build, records and inferences
    included; --force writes everything."""
    from kg.inferred import monograph_graphs

    folder, root, store, cfg = project_build(tmp_path, corpus)
    build_checked([folder], store, cfg, link=False, reason=True)
    albuterol = graph_iri("albuterol", cfg.base)
    inferred = monograph_graphs(albuterol)[0]
    for g in (albuterol, inferred):
        store.load(MARKER, "ntriples", g)
    page = folder / "imiquimod.md"
    page.write_text(page.read_text(encoding="utf-8").replace("**Flu-like symptoms:**", "**Flu like symptoms:**"),
                    encoding="utf-8")
    with (root / "ontology" / edited).open("a", encoding="utf-8") as f:
        f.write("\n# an edit\n")
    report = build_checked([folder], store, cfg, link=False, reason=True)
    assert report.by_change("changed") == [str(page)] and len(report.by_change("rebuilt")) == 2
    assert report.same_content == 2

    def planted(g: str) -> bool:
        return store.query(f"ASK {{ GRAPH <{g}> {{ <http://example.org/marker> ?p ?o }} }}").boolean

    assert planted(albuterol) and planted(inferred) == (edited == "shapes.ttl")
    store.update(f"DELETE DATA {{ GRAPH <{albuterol}> {{ {MARKER} }} GRAPH <{inferred}> {{ {MARKER} }} }}")
    fresh = open_store(tmp_path / "clean")
    build_checked([folder], fresh, cfg, link=False, reason=True)
    assert store.export("nquads") == fresh.export("nquads")
    store.load(MARKER, "ntriples", albuterol)
    forced = build_checked([folder], store, cfg, link=False, reason=True, force=True)
    assert forced.same_content == 0 and not planted(albuterol)


def test_records_of_an_older_form_are_rewritten_whole(tmp_path: Path, corpus: Path) -> None:
    """Records as kg wrote them before node keys (form 4: a bare digest, one ``build:nodeLine``
    key a line) under an older fingerprint: the next build rewrites each monograph whole (graph,
    node descriptions, records), not its header alone, though it maps to the same digest; a
    later change then still finds which monographs give a node's lines (the store equals a clean
    build each time)."""
    from kg import manifest

    folder = copy_in(tmp_path / "in", corpus)
    db = tmp_path / "db"
    run([folder], db)
    store = open_store(db)
    build, form = manifest.BUILD, manifest.RECORD_FORM
    store.update(f"""DELETE {{ GRAPH ?b {{ ?m <{build}content> ?c ; <{build}built> ?k }} }}
INSERT {{ GRAPH ?b {{ ?m <{build}content> ?digest ; <{build}built> "older" }} }}
WHERE {{ GRAPH ?b {{ ?m <{build}content> ?c ; <{build}built> ?k }} BIND(STRAFTER(?c, "{form} ") AS ?digest) }} ;
DELETE {{ GRAPH ?b {{ ?m <{build}node> ?n }} }} INSERT {{ GRAPH ?b {{ ?m <{build}nodeLine> "0123456789abcdef" }} }}
WHERE {{ GRAPH ?b {{ ?m <{build}node> ?n }} }}""")
    MARKER_GRAPH = graph_iri("albuterol")
    store.load(MARKER, "ntriples", MARKER_GRAPH)
    del store
    report, after = run([folder], db)
    assert report.same_content == 0 and len(report.by_change("rebuilt")) == 3
    assert b"nodeLine>" not in after
    assert b"<http://example.org/marker>" not in after
    assert after == clean([folder], tmp_path)
    page = folder / "imiquimod.md"
    page.write_text(page.read_text(encoding="utf-8").replace("**Flu-like symptoms:**", "**Flu like symptoms:**"),
                    encoding="utf-8")
    _, changed = run([folder], db)
    assert changed == clean([folder], tmp_path)


def walk(value: object, seen: set[int]) -> list[object]:
    """Every object reachable from ``value`` through dataclass fields, lists, tuples and dicts."""
    if id(value) in seen:
        return []
    seen.add(id(value))
    out = [value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            out += walk(getattr(value, f.name), seen)
    elif isinstance(value, (list, tuple, set)):
        for v in value:
            out += walk(v, seen)
    elif isinstance(value, dict):
        for k, v in value.items():
            out += walk(k, seen) + walk(v, seen)
    return out


def test_the_report_keeps_counts_and_problems_never_graphs(tmp_path: Path, corpus: Path) -> None:
    folder = copy_in(tmp_path / "in", corpus)
    (folder / "broken.md").write_bytes(b"---\ntitle: [x\n---\n# Broken\n")
    report, _ = run([folder], tmp_path / "db")
    reachable = walk(report, set())
    assert not [x for x in reachable if isinstance(x, MappedGraph)]
    assert all(isinstance(p, Published) and p.triples > 500 for p in report.published) and len(report.published) == 3
    assert [Path(r.path).name for r in report.failed] == ["broken.md"]
    assert all(isinstance(r, FileResult) and r.mapped is None for r in report.failed)
    assert report.triples == sum(p.triples for p in report.published)


def test_the_summary_names_what_was_added_changed_and_removed(tmp_path: Path, corpus: Path) -> None:
    folder = copy_in(tmp_path / "in", corpus)
    args = ["build", str(folder), "--store", str(tmp_path / "db"), "--no-link", "--no-reason"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    assert "added 3: albuterol.md, imiquimod.md, loratadine.md" in first.output
    assert "stages: 3 discovered, 0 skipped unchanged, 3 parsed, 3 published, 0 removed" in first.output
    page = folder / "albuterol.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    (folder / "loratadine.md").unlink()
    shutil.copy(corpus / "morphine.md", folder)
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0, second.output
    assert "added 1: morphine.md" in second.output and "changed 1: albuterol.md" in second.output
    assert "removed 1 (their files are gone from the folder built): loratadine.md" in second.output
    assert "imiquimod.md" not in second.output
    third = CliRunner().invoke(main, args)
    assert "nothing changed: 3 monographs up to date" in third.output
    assert "seconds: plan" in third.output and "load" not in third.output.split("seconds:")[1]


@pytest.mark.parametrize("n", [12])
def test_the_summary_caps_the_names(tmp_path: Path, corpus: Path, n: int) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        text = (corpus / "loratadine.md").read_text(encoding="utf-8").replace("Loratadine", f"Drug{i:02d}")
        (folder / f"drug{i:02d}.md").write_text(text, encoding="utf-8")
    out = CliRunner().invoke(main, ["build", str(folder), "--store", str(tmp_path / "db"), "--no-link",
                                    "--no-reason", "-q"]).output
    assert f"added {n}: drug00.md, " in out and f"drug07.md and {n - 8} more" in out


def test_same_drug_lines_name_the_drugs_of_what_was_published(tmp_path: Path, corpus: Path) -> None:
    """Two pages of one drug: the build that publishes them says so; a build that publishes
    nothing says nothing (it no longer runs the whole-store query); one that publishes one of
    them says it again, as the whole-store query would."""
    from kg.cli.build import same_drug_lines

    folder = copy_in(tmp_path / "in", corpus)
    shutil.copy(corpus / "imiquimod.md", folder / "imiquimod-2024.md")
    args = ["build", str(folder), "--store", str(tmp_path / "db"), "--no-link", "--no-reason"]
    line = "same drug: Imiquimod is described by 2 monographs (imiquimod-2024.md, imiquimod.md)"
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0 and line in first.output, first.output
    again = CliRunner().invoke(main, args)
    assert "nothing changed" in again.output and "same drug:" not in again.output
    page = folder / "albuterol.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    other = CliRunner().invoke(main, args)
    assert "changed 1: albuterol.md" in other.output and "same drug:" not in other.output
    page = folder / "imiquimod-2024.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    third = CliRunner().invoke(main, args)
    assert line in third.output, third.output
    store, cfg = open_store(tmp_path / "db"), load_config(environ={})
    assert same_drug_lines(store, cfg.queries_dir) == [x for x in third.output.splitlines() if x.startswith("same")]


def test_no_reason_empties_only_what_it_publishes_and_the_next_build_reasons_only_that(tmp_path: Path,
                                                                                       corpus: Path) -> None:
    """kg build --no-reason after a change, then a build with reasoning: per monograph, not a
    pass of the reasoner over the store; the store ends as a clean build with reasoning leaves it."""
    from kg.inferred import inference_state, monographs_without_inferences

    folder = copy_in(tmp_path / "in", corpus)
    db = tmp_path / "db"
    cfg = load_config(environ={}, store=str(db))
    run([folder], db, reason=True)
    page = folder / "albuterol.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    skipped, _ = run([folder], db, reason=False)
    assert skipped.by_change("changed") == [str(page)] and "1 monograph(s) published" in skipped.reasoning
    store = open_store(db)
    assert inference_state(store, cfg.base) == "stale"
    assert monographs_without_inferences(store, cfg.base) == [graph_iri("albuterol", cfg.base)]
    del store
    again, after = run([folder], db, reason=True)
    assert again.by_change("rebuilt") == [str(page)] and again.skipped == 2
    assert again.reasoning and "skipped" not in again.reasoning
    assert after == clean([folder], tmp_path, reason=True)
    assert inference_state(open_store(db), cfg.base) == "fresh"


def test_inferences_missing_for_a_file_not_built_now_are_made_by_the_reasoner(tmp_path: Path,
                                                                             corpus: Path) -> None:
    folder = copy_in(tmp_path / "in", corpus)
    db = tmp_path / "db"
    run([folder], db, reason=True)
    page = folder / "albuterol.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA closing line.\n", encoding="utf-8")
    run([page], db, reason=False)
    other, after = run([folder / "imiquimod.md"], db, reason=True)  # albuterol.md is not among these
    assert other.published == [] and "refreshing it" in " ".join(other.notes)
    assert after == clean([folder], tmp_path, reason=True)
