"""The kg command as a user runs it: real subprocesses, a real store, Debian's rapper."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

ROOT = Path(__file__).resolve().parent.parent


def kg(*args: str, store: Path | None = None, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ}
    if store is not None:
        env["KG_STORE"] = str(store)
    proc = subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, env=env, cwd=ROOT)
    if check and proc.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} exited {proc.returncode}: {proc.stderr.decode()[-800:]}")
    return proc


@pytest.fixture(scope="module")
def cli_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("cli") / "db"
    kg("build", "--quiet", "--store", str(store))
    return store


def test_extract_json_has_the_scorer_shape_and_spans() -> None:
    data = json.loads(kg("extract", "data/monographs/imiquimod.md", "--format", "json").stdout)
    for key in ("drug", "brand_names", "drug_class", "routes", "formulations", "treats", "mechanism",
                "side_effects", "serious_signs", "precautions", "faqs"):
        assert key in data
    assert data["drug"]["label"] == "Imiquimod"
    assert all(len(t["lines"]) == 2 and t["lines"][0] >= 1 for t in data["treats"])


@pytest.mark.parametrize("fmt", ["yaml", "table"])
def test_extract_other_formats(fmt: str) -> None:
    out = kg("extract", "data/monographs/loratadine.md", "--format", fmt).stdout.decode()
    assert "Loratadine" in out


def test_export_twice_is_byte_identical(cli_store: Path, tmp_path: Path) -> None:
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    kg("export", "-o", str(a), store=cli_store)
    kg("export", "-o", str(b), store=cli_store)
    assert a.read_bytes() == b.read_bytes() and a.stat().st_size > 10_000


def test_rebuild_gives_identical_export(cli_store: Path, tmp_path: Path) -> None:
    other = tmp_path / "db2"
    kg("build", "--quiet", "--workers", "2", "--store", str(other))
    assert kg("export", "--format", "nquads", store=other).stdout == \
        kg("export", "--format", "nquads", store=cli_store).stdout


@pytest.mark.skipif(shutil.which("rapper") is None, reason="Debian raptor2-utils (rapper) not installed")
def test_rapper_counts_the_same_triples_as_rdflib(cli_store: Path, tmp_path: Path) -> None:
    ttl = tmp_path / "graph.ttl"
    kg("export", "-o", str(ttl), store=cli_store)
    proc = subprocess.run(["rapper", "-i", "turtle", "-c", str(ttl)], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    count = int(proc.stderr.split("returned")[1].split("triples")[0])
    g = rdflib.Graph().parse(ttl, format="turtle")
    assert count == len(g) > 1000


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "table"])
def test_query_formats(cli_store: Path, fmt: str) -> None:
    out = kg("query", "--file", "queries/indications.rq", "--format", fmt, store=cli_store).stdout.decode()
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert rows[0] == ["drug", "drugLabel", "condition", "conditionLabel"] and len(rows) > 20
    elif fmt == "json":
        assert json.loads(out)["head"]["vars"][:2] == ["drug", "drugLabel"]
    else:
        assert "Actinic keratosis" in out


def test_query_with_a_bound_parameter(cli_store: Path) -> None:
    out = kg("query", "--file", "queries/indications.rq", "--format", "csv",
             "--param", "drug=https://w3id.org/drugkg/id/drug/imiquimod", store=cli_store).stdout.decode()
    rows = list(csv.reader(io.StringIO(out)))[1:]
    assert rows and {r[1] for r in rows} == {"Imiquimod"}


def test_query_a_file(tmp_path: Path) -> None:
    ttl = tmp_path / "x.ttl"
    ttl.write_text('<http://e.org/a> <http://e.org/p> "hello" .\n', encoding="utf-8")
    out = kg("query", "SELECT ?o WHERE { ?s ?p ?o }", "--data", str(ttl), "--format", "csv").stdout
    assert b"hello" in out


def test_malformed_query_is_one_line_and_exit_1(cli_store: Path) -> None:
    proc = kg("query", "SELECT WHERE {", store=cli_store, check=False)
    assert proc.returncode == 1
    lines = proc.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and "malformed SPARQL query" in lines[0]


def test_build_with_a_bad_file_exits_1_and_names_file_and_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "data/monographs/imiquimod.md", folder)
    (folder / "broken.md").write_bytes(b"---\ntitle: [x\n---\n# Broken\n")
    proc = kg("build", str(folder), "--store", str(tmp_path / "db"), check=False)
    assert proc.returncode == 1
    err = proc.stderr.decode()
    assert "broken.md:" in err
    assert "built 1 monographs" in proc.stdout.decode()


TIED = ("---\nlayout: default\ntitle: Tiemab\n---\n\n# Tiemab\n\n**Generic Name:** Tiemab\n\n"
         "**Usage:** Tiemab is used to treat psoriasis.\n\n**Side Effects:**\n\n- Headache\n"
         "- Hepatocellular carcinoma\n\n"
         "**Note:** This information is AI-generated or crowd-sourced and may not be accurate.\n")


def test_a_node_whose_identifiers_tie_is_a_warning_of_its_file_and_line(tmp_path: Path) -> None:
    """MONDO names two DOIDs for hepatocellular carcinoma: the build says so once per node, with
    the file and line that name it, counts it among the warnings, and prints no line without a
    file (the linker's own log line, which workers used to print on their own)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "tiemab.md").write_text(TIED, encoding="utf-8")
    (folder / "tiemab2.md").write_text(TIED.replace("Tiemab", "Tiezumab"), encoding="utf-8")
    out = kg("build", str(folder), "--workers", "1", "--store", str(tmp_path / "db"))
    said = out.stdout.decode() + out.stderr.decode()
    assert "link ties: 1 node(s)" in said
    assert (f"{folder / 'tiemab.md'}:15 and 1 more: side-effect 'Hepatocellular carcinoma' linked, but not to "
            "the identifiers that tie (mondo: 'MONDO:0007256' names DOID:684, DOID:686)") in said
    assert "4 warnings" in said  # each file's missing mechanism, and its tie
    assert said.count("Hepatocellular carcinoma") == 1, said
    quiet = kg("build", str(folder), "-q", "--force", "--store", str(tmp_path / "db"))
    said = quiet.stdout.decode() + quiet.stderr.decode()
    assert "link ties: 1 node(s)" in said and "Hepatocellular carcinoma" not in said


NO_CLAIM = ("---\nlayout: default\ntitle: Nothingmab\n---\n\n# Nothingmab\n\n**Generic Name:** Nothingmab\n\n"
            "**Note:** This information is AI-generated or crowd-sourced and may not be accurate.\n")


def test_the_shacl_gate_keeps_a_bad_monograph_out_unless_allowed(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(ROOT / "data/monographs/imiquimod.md", folder)
    (folder / "nothingmab.md").write_text(NO_CLAIM, encoding="utf-8")
    graphs = "SELECT ?g WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    strict = kg("build", str(folder), "-q", "--store", str(tmp_path / "a"), check=False)
    assert strict.returncode == 1
    assert "rejected" in strict.stderr.decode() and "nothingmab.md" in strict.stderr.decode()
    listed = kg("query", graphs, "--format", "csv", store=tmp_path / "a").stdout.decode()
    assert "monograph/imiquimod" in listed and "monograph/nothingmab" not in listed
    loose = kg("build", str(folder), "-q", "--allow-invalid", "--store", str(tmp_path / "b"), check=False)
    assert loose.returncode == 0 and "WARNING" in loose.stderr.decode()
    listed = kg("query", graphs, "--format", "csv", store=tmp_path / "b").stdout.decode()
    assert "monograph/nothingmab" in listed


def test_aligned_vocabularies_answer_like_our_own(cli_store: Path) -> None:
    ours = "SELECT DISTINCT ?d ?c WHERE { ?d dkg:treats ?c } ORDER BY ?d ?c"
    pairs = kg("query", ours, "--format", "csv", store=cli_store).stdout
    for predicate in ("<https://w3id.org/biolink/vocab/treats>", "<http://purl.obolibrary.org/obo/RO_0002606>"):
        aligned = f"SELECT DISTINCT ?d ?c WHERE {{ ?d {predicate} ?c }} ORDER BY ?d ?c"
        assert kg("query", aligned, "--format", "csv", store=cli_store).stdout == pairs
        asserted = kg("query", aligned, "--format", "csv", "--asserted-only", store=cli_store).stdout
        assert asserted.decode().strip() == "d,c"


def test_the_stage_line_gives_the_workers_cpu_a_monograph_per_stage(tmp_path: Path) -> None:
    """Wall time in the workers swells when the loader or another program holds the cores; the
    summary also gives their CPU time a monograph per stage (the figure runs compare), reasoning
    included, in two worker processes as a build of a folder runs them."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("imiquimod.md", "albuterol.md", "loratadine.md", "morphine.md"):
        shutil.copy(ROOT / "data" / "monographs" / name, folder / name)
    out = kg("build", str(folder), "--workers", "2", "-q", "--store", str(tmp_path / "db")).stdout.decode()
    line = next(x for x in out.splitlines() if x.startswith("stages: 4 discovered"))
    cpu = line.split("; CPU ms a monograph in the workers: ")[1]
    stages, total = cpu.rstrip(")").split(" (total ")
    ms = {name: float(value) for name, value in (part.split() for part in stages.split(", "))}
    assert list(ms) == ["parse", "extract", "map", "validate", "reason"], line
    assert all(0 < v < 5000 for v in ms.values()), line
    assert abs(sum(ms.values()) - float(total)) < 0.05, line
    again = kg("build", str(folder), "-q", "--store", str(tmp_path / "db")).stdout.decode()
    assert "nothing changed" in again and "CPU ms" not in again  # no file read: no figure made up
