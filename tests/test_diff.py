"""``kg diff``: real builds of the bundled monographs, one changed, compared as exports and against
the store; patches applied to a real Oxigraph store and its export compared byte for byte."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.diff import changes, read_side

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "monographs"
CHANGED = "metformin.md"
NEW_ITEM = "* **Examplosis:**  Used to treat examplosis in adults.\n"


def kg(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=600, env=env)


def build_and_export(folder: Path, store: Path, out: Path) -> None:
    done = kg("build", "--store", str(store), "--no-reason", "--no-link", "--workers", "1", str(folder))
    assert done.returncode == 0, done.stderr
    done = kg("export", "--store", str(store), "--format", "nquads", "-o", str(out))
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def releases(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Release 1: the bundled monographs; release 2: the same folder after one page gained a use,
    built into a fresh store (a build records where its files are, so both builds read one folder)."""
    tmp = tmp_path_factory.mktemp("diff")
    folder = tmp / "monographs"
    shutil.copytree(CORPUS, folder)
    paths = {"old_store": tmp / "old-store", "new_store": tmp / "new-store",
             "old": tmp / "old.nq", "new": tmp / "new.nq", "tmp": tmp}
    build_and_export(folder, paths["old_store"], paths["old"])
    page = folder / CHANGED
    text = page.read_text(encoding="utf-8")
    anchor = "* **Polycystic ovary syndrome"
    assert anchor in text, "the page changed: pick another list item to add a use before"
    page.write_text(text.replace(anchor, NEW_ITEM + anchor, 1), encoding="utf-8")
    build_and_export(folder, paths["new_store"], paths["new"])
    return paths


def nquad_lines(path: Path) -> set[str]:
    return {line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def test_identical_exports_make_no_difference(releases: dict[str, Path]) -> None:
    done = kg("diff", str(releases["old"]), str(releases["old"]))
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("no difference")
    patch = kg("diff", "--format", "sparql-update", str(releases["new"]), str(releases["new"]))
    assert (patch.returncode, patch.stdout) == (0, "")
    assert "no difference" in patch.stderr


def test_the_changelog_shows_that_monograph_and_nothing_else(releases: dict[str, Path]) -> None:
    done = kg("diff", "--limit", "5", str(releases["old"]), str(releases["new"]))
    assert done.returncode == 1, done.stderr
    out = done.stdout
    graph = "graph/monograph/metformin"
    # the changed page is named by graph, file and title, with its new claim among the first shown
    assert f"{graph} (metformin.md, Metformin)" in out
    assert "+ Metformin [drug/metformin]  dkg:treats  Examplosis [condition/examplosis]" in out
    assert "indications (treats)" in out and "more (raise --limit" in out
    # no other monograph's graphs differ: only that page's (its graph, and its build record if the
    # build keeps one) and the shared node descriptions
    headers = [line.split("  +")[0] for line in out.splitlines() if line.startswith("graph/")]
    assert headers[0] == f"{graph} (metformin.md, Metformin)" and "graph/nodes" in headers, out[:2000]
    assert all(h == "graph/nodes" or h.endswith("/metformin") for h in headers[1:]), headers


def test_the_patch_rows_are_the_set_difference_of_the_exports(releases: dict[str, Path]) -> None:
    old, new = nquad_lines(releases["old"]), nquad_lines(releases["new"])
    done = kg("diff", "--format", "rdf-patch", str(releases["old"]), str(releases["new"]))
    assert done.returncode == 1, done.stderr
    rows = done.stdout.splitlines()
    assert rows[0] == "TX ." and rows[-1] == "TC ."
    added = {r[2:] for r in rows if r.startswith("A ")}
    removed = {r[2:] for r in rows if r.startswith("D ")}
    assert added == new - old and removed == old - new
    assert len(rows) == len(added) + len(removed) + 2
    changed_graphs = {line.rsplit(" ", 2)[-2] for line in added | removed}
    assert {"<https://w3id.org/drugkg/id/graph/monograph/metformin>",
            "<https://w3id.org/drugkg/id/graph/nodes>"} <= changed_graphs
    assert all(g.endswith(("/metformin>", "/graph/nodes>")) for g in changed_graphs), changed_graphs


def test_the_sparql_update_turns_old_into_new_exactly(releases: dict[str, Path]) -> None:
    patch = releases["tmp"] / "patch.ru"
    done = kg("diff", "--format", "sparql-update", "-o", str(patch), str(releases["old"]), str(releases["new"]))
    assert done.returncode == 1, done.stderr
    assert_patch_applies(releases["old"], patch, releases["new"], releases["tmp"] / "applied")


def test_the_store_against_an_export(releases: dict[str, Path]) -> None:
    """With one file, OLD is the store: the same changes as from its export."""
    from_store = kg("diff", "--store", str(releases["old_store"]), "--format", "rdf-patch", str(releases["new"]))
    from_file = kg("diff", "--format", "rdf-patch", str(releases["old"]), str(releases["new"]))
    assert from_store.returncode == 1, from_store.stderr
    assert from_store.stdout == from_file.stdout
    same = kg("diff", "--store", str(releases["new_store"]), str(releases["new"]))
    assert same.returncode == 0 and same.stdout.startswith("no difference"), same.stdout + same.stderr


def test_trouble_is_exit_2_with_one_line(releases: dict[str, Path], tmp_path: Path) -> None:
    missing = kg("diff", str(tmp_path / "nothere.nq"), str(releases["new"]))
    assert missing.returncode == 2 and missing.stdout == ""
    assert missing.stderr.count("\n") == 1 and "nothere.nq" in missing.stderr, missing.stderr
    odd = tmp_path / "release.txt"
    odd.write_text("hello", encoding="utf-8")
    unknown = kg("diff", str(odd), str(releases["new"]))
    assert unknown.returncode == 2 and "release.txt" in unknown.stderr and "Traceback" not in unknown.stderr
    broken = tmp_path / "broken.nq"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    bad = kg("diff", str(broken), str(releases["new"]))
    assert bad.returncode == 2 and "broken.nq" in bad.stderr and "Traceback" not in bad.stderr
    none = kg("diff")
    assert none.returncode == 2 and "kg diff OLD NEW" in none.stderr


def test_a_triple_format_against_quads_is_warned_about(releases: dict[str, Path], tmp_path: Path) -> None:
    turtle = tmp_path / "old.ttl"
    done = kg("export", "--store", str(releases["old_store"]), "--format", "turtle", "-o", str(turtle))
    assert done.returncode == 0, done.stderr
    mixed = kg("diff", str(turtle), str(releases["new"]))
    assert mixed.returncode == 1 and "export both as nquads" in mixed.stderr
    assert mixed.stdout.startswith(f"{turtle} (") and "default graph" in mixed.stdout


# -- blank nodes and external sorting, on small datasets written here ---------------------------
OLD_TRIG = """
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<http://ex/onto> {
  <http://ex/Agonist> rdfs:subClassOf [ a owl:Restriction ; owl:onProperty <http://ex/activates> ;
                                        owl:someValuesFrom <http://ex/Target> ] .
  <http://ex/Inhibitor> rdfs:subClassOf [ a owl:Restriction ; owl:onProperty <http://ex/inhibits> ;
                                          owl:someValuesFrom <http://ex/Target> ] .
}
<http://ex/g1> { <http://ex/a> <http://ex/p> "one", "two"@en ; <http://ex/q> "tab\\there"^^<http://ex/dt> . }
<http://ex/g2> { <http://ex/b> <http://ex/p> <http://ex/c> . }
"""
NEW_TRIG = """
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<http://ex/onto> {
  <http://ex/Inhibitor> rdfs:subClassOf [ owl:someValuesFrom <http://ex/Target> ; a owl:Restriction ;
                                          owl:onProperty <http://ex/inhibits> ] .
  <http://ex/Agonist> rdfs:subClassOf [ a owl:Restriction ; owl:onProperty <http://ex/activates> ;
                                        owl:someValuesFrom <http://ex/Receptor> ] .
}
<http://ex/g1> { <http://ex/a> <http://ex/p> "one", "three \\"quoted\\"\\nline" . }
<http://ex/g3> { <http://ex/d> <http://ex/p> <http://ex/c> . }
"""


def test_blank_nodes_the_same_content_written_otherwise_is_no_difference(tmp_path: Path) -> None:
    a, b = tmp_path / "a.trig", tmp_path / "b.trig"
    a.write_text(OLD_TRIG, encoding="utf-8")
    shuffled = OLD_TRIG.replace("owl:onProperty <http://ex/inhibits> ;\n", "").replace(
        "owl:someValuesFrom <http://ex/Target> ] .\n}", "owl:someValuesFrom <http://ex/Target> ; "
        "owl:onProperty <http://ex/inhibits> ] .\n}")
    assert shuffled != OLD_TRIG
    b.write_text(shuffled, encoding="utf-8")
    done = kg("diff", str(a), str(b))
    assert done.returncode == 0, done.stdout + done.stderr


def test_a_changed_restriction_replaces_its_graph_and_the_patch_is_exact(tmp_path: Path) -> None:
    old, new = tmp_path / "old.trig", tmp_path / "new.trig"
    old.write_text(OLD_TRIG, encoding="utf-8")
    new.write_text(NEW_TRIG, encoding="utf-8")
    patch = tmp_path / "patch.ru"
    done = kg("diff", "--format", "sparql-update", "-o", str(patch), str(old), str(new))
    assert done.returncode == 1, done.stderr
    text = patch.read_text(encoding="utf-8")
    assert "DROP SILENT GRAPH <http://ex/onto>" in text and "DELETE DATA" in text
    assert_patch_applies(old, patch, new, tmp_path / "applied")


def test_sorting_in_runs_on_disk_gives_the_same_changes(releases: dict[str, Path]) -> None:
    in_memory = list(changes(read_side(releases["old"]), read_side(releases["new"])))
    old, new = read_side(releases["old"], run=997), read_side(releases["new"], run=1009)
    assert len(old._runs) > 10  # spilled: the side did not fit one run
    assert list(changes(old, new)) == in_memory and in_memory
    old.close()
    new.close()


def assert_patch_applies(old: Path, patch: Path, new: Path, store_dir: Path) -> None:
    """Load OLD into a real Oxigraph store, apply the patch, export it with kg, compare with NEW's
    own export through kg (both sorted and canonicalised the same way)."""
    store = ox.Store(str(store_dir))
    store.bulk_load(path=str(old))
    store.update(patch.read_text(encoding="utf-8"))
    store.flush()
    del store
    expected_dir = store_dir.with_name(store_dir.name + "-expected")
    expected = ox.Store(str(expected_dir))
    expected.bulk_load(path=str(new))
    expected.flush()
    del expected
    got = kg("export", "--store", str(store_dir), "--format", "nquads")
    want = kg("export", "--store", str(expected_dir), "--format", "nquads")
    assert got.returncode == 0 and want.returncode == 0, got.stderr + want.stderr
    assert got.stdout == want.stdout and got.stdout
