"""Two monographs of one drug (a copy under a second name, or a file rebuilt under a new name):
both pages' claims are kept, each statement with its own provenance, the drug node is shared, the
store conforms and the reasoner finds it consistent. Real files, a real store in a temporary
directory, the real SHACL gate and reasoner, and the ``kg`` command itself."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from kg.config import load_config
from kg.extract import extract
from kg.mapping import drugs_with_several_monographs, map_extraction
from kg.namespaces import DKG, PROV, graph_iri
from kg.parse import parse_file
from kg.pipeline import build_checked
from kg.reason import reason
from kg.store import open_store
from kg.validate import validate_store

ROOT = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/drugkg/id/"
DRUG = f"{ID}drug/imiquimod"


def second_edition(text: str) -> str:
    """The page rebuilt: one line more at the top (every line number moves) and an FAQ answered
    differently, so the two pages disagree on something a FAQ node holds only once."""
    lines = text.splitlines(keepends=True)
    title = next(i for i, line in enumerate(lines) if line.startswith("# "))
    lines.insert(title + 1, "\n")
    edited = "".join(lines)
    old = "Apply the medication as soon as you remember"
    assert old in edited
    return edited.replace(old, "Skip the missed dose and go on as usual", 1)


@pytest.fixture()
def pages(tmp_path: Path, corpus: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(corpus / "imiquimod.md", src / "imiquimod.md")
    (src / "imiquimod-2024.md").write_text(second_edition((corpus / "imiquimod.md").read_text(encoding="utf-8")),
                                           encoding="utf-8")
    return src


def rows(store, sparql: str) -> list[list[str | None]]:
    return [[t.value if t is not None else None for t in row] for row in store.query(sparql).rows()]


def statements_by_source(store) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for st, source in rows(store, f"""SELECT ?st ?src WHERE {{ ?st <{DKG}subject> <{DRUG}> ;
                                          <{PROV}wasDerivedFrom> ?src }}"""):
        out.setdefault(source, set()).add(st)
    return out


def check_both_kept(store, cfg) -> None:
    """Both pages' statements, each with its own provenance, one drug node; SHACL conforms."""
    by_source = statements_by_source(store)
    first, second = f"{ID}monograph/imiquimod", f"{ID}monograph/imiquimod-2024"
    assert set(by_source) == {first, second}
    assert len(by_source[first]) > 30 and len(by_source[second]) > 30
    assert not by_source[first] & by_source[second]  # minted per monograph: no statement shared
    assert all(s.startswith(f"{ID}statement/imiquimod/") for s in by_source[first])
    assert all(s.startswith(f"{ID}statement/imiquimod-2024/") for s in by_source[second])
    # the same claim from the two pages: two statements, each with its own source and lines
    claim = rows(store, f"""SELECT ?st ?src ?line WHERE {{
        ?st <{DKG}subject> <{DRUG}> ; <{DKG}predicate> <{DKG}treats> ;
            <{DKG}object> <{ID}condition/actinic-keratosis> ; <{PROV}wasDerivedFrom> ?src ;
            <{DKG}startLine> ?line ; <{DKG}evidenceTarget> ?t . ?t <http://www.w3.org/ns/oa#hasSource> ?src }}
        ORDER BY ?src""")
    assert [r[1] for r in claim] == [first, second]
    assert int(claim[1][2]) == int(claim[0][2]) + 1  # the second edition has one line more on top
    # one drug node, described once, linked to both pages
    assert rows(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ <{DRUG}> a <{DKG}Drug> }}") == [["1"]]
    assert {r[0] for r in rows(store, f"SELECT ?m WHERE {{ <{DRUG}> <{DKG}describedIn> ?m }}")} == {first, second}
    # the stored query names both pages
    text = (cfg.queries_dir / "same-drug.rq").read_text(encoding="utf-8")
    assert rows(store, text) == [[DRUG, "Imiquimod", "2", rows(store, text)[0][3]]]
    assert sorted(rows(store, text)[0][3].split()) == ["imiquimod-2024.md", "imiquimod.md"]
    report = validate_store(store, base=cfg.base)
    assert report.conforms, report.to_text()


def test_two_pages_of_one_drug_in_one_build(tmp_path: Path, pages: Path) -> None:
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(cfg.store)
    report = build_checked([pages], store, cfg, link=False, reason=False)
    assert not report.failed and not report.rejected, report.rejected
    assert len(report.published) == 2
    check_both_kept(store, cfg)
    outcome = reason(store, base=cfg.base, sample=2)  # HermiT on both pages' graphs together
    assert outcome.consistent and outcome.sample_consistent and len(outcome.sample) == 2, outcome.to_text()


def test_a_page_rebuilt_under_a_new_name_in_a_second_build(tmp_path: Path, pages: Path) -> None:
    """Before statements were minted per monograph, the second build published the same
    statement IRIs in a second graph and left the store inconsistent (exit 1, "0 failed, 0
    rejected"). Through the command line, as a user would."""
    db = tmp_path / "db"
    first = pages.parent / "first"
    first.mkdir()
    shutil.move(str(pages / "imiquimod.md"), first / "imiquimod.md")

    def kg(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "kg", *args, "--store", str(db)], check=False,
                              capture_output=True, cwd=ROOT, text=True)

    for folder in (first, pages):
        built = kg("build", str(folder), "--no-link")
        assert built.returncode == 0, built.stdout + built.stderr
        assert "0 failed, 0 rejected" in built.stdout + built.stderr
        assert "NOT consistent" not in built.stdout + built.stderr
    validated = kg("validate")
    assert validated.returncode == 0 and validated.stdout.startswith("conforms"), validated.stdout
    cfg = load_config(environ={}, store=str(db))
    check_both_kept(open_store(db), cfg)


def test_the_batch_helper_names_drugs_with_several_pages(pages: Path, corpus: Path) -> None:
    mapped = [map_extraction(extract(parse_file(p))) for p in
              (pages / "imiquimod.md", pages / "imiquimod-2024.md", corpus / "albuterol.md")]
    found = drugs_with_several_monographs(mapped)
    assert list(found) == [DRUG]
    assert [m.file for m in found[DRUG]] == ["imiquimod-2024.md", "imiquimod.md"]
    assert {m.graph for m in found[DRUG]} == {graph_iri("imiquimod"), graph_iri("imiquimod-2024")}
    assert found[DRUG][0].drug_label == "Imiquimod"
    assert drugs_with_several_monographs(mapped[1:]) == {}


def test_exports_stay_byte_stable_with_two_pages(tmp_path: Path, pages: Path) -> None:
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(cfg.store)
    build_checked([pages], store, cfg, link=False, reason=False)
    for fmt in ("turtle", "nquads"):
        assert store.export(fmt) == store.export(fmt)
    again = open_store(tmp_path / "db2")
    build_checked([pages], again, cfg.with_(store=str(tmp_path / "db2")), link=False, reason=False)
    assert again.export("nquads") == store.export("nquads")


def test_kg_build_names_a_drug_two_monographs_describe(tmp_path: Path) -> None:
    """The build summary says which drug two files describe, by name, and keeps both."""
    from click.testing import CliRunner

    from kg.cli import main

    pages = tmp_path / "pages"
    pages.mkdir()
    source = Path(__file__).resolve().parent.parent / "data" / "monographs" / "imiquimod.md"
    (pages / "imiquimod.md").write_bytes(source.read_bytes())
    (pages / "imiquimod-2019.md").write_bytes(source.read_bytes())
    result = CliRunner().invoke(main, ["build", str(pages), "--store", str(tmp_path / "db"), "--no-reason",
                                       "--no-link"])
    assert result.exit_code == 0, result.output
    line = next(x for x in result.output.splitlines() if x.startswith("same drug:"))
    assert "Imiquimod" in line and "imiquimod-2019.md" in line and "imiquimod.md" in line
    assert "built 2 monographs" in result.output
