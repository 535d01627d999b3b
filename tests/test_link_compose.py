"""A node no term names, said whole in terms that are (issue 11: "≥ 80 % linked, zero wrong").

"Dizziness or lightheadedness" is two things, each a term (a composite mention, as the NCBI
Disease corpus and BioCreative CDR normalise one): the node ``dkg:lists`` our nodes *Dizziness*
and *Lightheadedness*, each linked exactly. "Severe allergic reactions" is *Allergic reactions*
graded: ``dkg:gradeOf`` that node, ``dkg:grade "severe"``, and ``dkg:modifier`` HP:0012828, HPO's
clinical modifier *Severe* (read from ``data/vocab/modifiers.tsv``), as HPO annotations and
Phenopackets record a graded phenotype; "Serious infections" grades *Infections* with a word no
modifier is named by, so it has no modifier and is not counted as said whole. Checked on the
linker, on the mapped triples and their shapes, on a real store built from an invented page, and
as coverage of the held-out sets.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from kg.config import load_config
from kg.extract import extract
from kg.link import build_linker, mappings_dir, vocab_dir
from kg.linking.modifiers import MODIFIERS_TABLE, modifier_rows, read_modifiers, write_modifiers
from kg.linking.report import identified, link_nodes, nodes_of
from kg.mapping import map_extraction
from kg.parse import parse_file
from kg.pipeline import build, discover
from kg.store import open_store
from kg.validate import validate_graphs, validate_store

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "vocab"
CFG = load_config(environ={})
DKG = rdflib.Namespace("https://w3id.org/drugkg/vocab/")
SIDE = rdflib.Namespace("https://w3id.org/drugkg/id/side-effect/")
OBO = rdflib.Namespace("http://purl.obolibrary.org/obo/")
SKOS = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")

PAGE = """---
layout: default
title: Quorvalimab
---
# Quorvalimab

**Generic Name:** Quorvalimab

**Usage:** Quorvalimab is used to treat moderate to severe plaque psoriasis in adults.

**Side Effects:**
- Dizziness or lightheadedness
- Severe allergic reactions
- Serious infections
- Very severe nausea
- Headache

**How it Works:** Quorvalimab is a monoclonal antibody that blocks interleukin-17A.

**FAQs:**
- **Q: Is it a cure?** A: No.
"""


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return build_linker(vocab_dir(CFG), mappings_dir(CFG))


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pages") / "quorvalimab.md"
    path.write_text(PAGE, encoding="utf-8")
    return path


# -- the table of modifiers ----------------------------------------------------------------------

def test_the_modifiers_table_names_hpos_grades_and_nothing_else() -> None:
    table = read_modifiers(vocab_dir(CFG) / MODIFIERS_TABLE)
    assert table["severe"][0] == "HP:0012828" and table["mild"][0] == "HP:0012825"
    assert table["moderate"][0] == "HP:0012826" and table["chronic"][0] == "HP:0011010"
    assert table["recurrent"][0] == table["intermittent"][0] == "HP:0031796"  # an EXACT synonym
    for word in ("serious", "worsening", "very", "major", "sudden", "temporary"):
        assert word not in table  # no clinical modifier is called so


def test_a_modifier_is_read_from_the_clinical_modifier_branch_only(tmp_path: Path) -> None:
    obo = tmp_path / "hpo" / "hp.obo"
    obo.parent.mkdir()
    obo.write_text("""format-version: 1.2

[Term]
id: HP:0012823
name: Clinical modifier

[Term]
id: HP:0012824
name: Severity
is_a: HP:0012823 ! Clinical modifier

[Term]
id: HP:0012828
name: Severe
synonym: "Severe" EXACT []
synonym: "Grave" NARROW []
is_a: HP:0012824 ! Severity

[Term]
id: HP:0099999
name: Retired
is_obsolete: true
is_a: HP:0012824 ! Severity

[Term]
id: HP:0001945
name: Fever
is_a: HP:0000118 ! Phenotypic abnormality
""", encoding="utf-8")
    assert [row[1:] for row in modifier_rows(obo)] == [
        ("HP:0012823", "Clinical modifier"), ("HP:0012828", "Severe"), ("HP:0012824", "Severity")]
    write_modifiers(tmp_path, tmp_path)
    assert read_modifiers(tmp_path / MODIFIERS_TABLE) == {
        "clinical modifier": ("HP:0012823", "Clinical modifier"), "severe": ("HP:0012828", "Severe"),
        "severity": ("HP:0012824", "Severity")}


@pytest.mark.skipif(not SHARED.exists(), reason="the shared vocabularies are not here")
def test_the_modifiers_table_is_made_again_byte_for_byte(tmp_path: Path) -> None:
    write_modifiers(SHARED, tmp_path)
    assert (tmp_path / MODIFIERS_TABLE).read_bytes() == (vocab_dir(CFG) / MODIFIERS_TABLE).read_bytes()


# -- the linker ------------------------------------------------------------------------------------

def test_a_graded_label_is_its_thing_with_hpos_modifier(linker) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain("side-effect", "Severe allergic reactions")
    assert not out.linked and out.graded and out.identified
    assert (out.core, out.grade) == ("allergic reactions", ("severe",))
    assert {w: x.curie for w, x in out.modifiers.items()} == {"severe": "HP:0012828"}
    c = linker.composition("side-effect", "Severe allergic reactions")
    assert (c.core, c.grade, [m.curie for m in c.modifiers]) == ("Allergic reactions", ("severe",), ["HP:0012828"])


@pytest.mark.parametrize(("label", "core", "grade"), [
    ("Serious infections", "Infections", ("serious",)),  # no modifier is called serious
    ("Very severe nausea", "Nausea", ("very", "severe")),  # "very" names none: the grade is not said whole
    ("Worsening heart failure", "Heart failure", ("worsening",)),
])
def test_a_grade_hpo_has_no_words_for_is_kept_but_not_said_in_modifiers(linker, label: str, core: str,  # type: ignore[no-untyped-def]
                                                                         grade: tuple[str, ...]) -> None:
    out = linker.explain("side-effect", label)
    assert out.broader and not out.graded and not out.identified
    c = linker.composition("side-effect", label)
    assert (c.core, c.grade, c.modifiers) == (core, grade, ())


def test_a_range_of_grades_names_each_modifier(linker) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain("condition", "Moderate to severe plaque psoriasis")
    assert out.graded and [x.curie for x in out.modifiers.values()] == ["HP:0012826", "HP:0012828"]


@pytest.mark.parametrize(("kind", "label"), [
    ("condition", "Severe combined immunodeficiency"),  # a name of its own, linked exactly
    ("condition", "Chronic kidney disease"),
    ("side-effect", "Headache"),
])
def test_a_name_a_vocabulary_has_is_composed_of_nothing(linker, kind: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert linker.explain(kind, label).linked and linker.composition(kind, label) is None


def test_a_listing_lists_the_things_it_names_each_linked_exactly(linker) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain("side-effect", "Dizziness or lightheadedness")
    assert out.by_parts and out.identified and not out.graded
    assert linker.composition("side-effect", "Dizziness or lightheadedness").parts == ("Dizziness", "Lightheadedness")


def test_a_name_no_vocabulary_has_is_not_identified(linker) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain("side-effect", "Hair thinning")
    assert not out.identified and linker.composition("side-effect", "Hair thinning") is None


def test_without_the_modifiers_table_a_grade_names_no_modifier(tmp_path: Path) -> None:
    vocab = tmp_path / "vocab"
    shutil.copytree(vocab_dir(CFG), vocab)
    (vocab / MODIFIERS_TABLE).unlink()
    out = build_linker(vocab, None).explain("side-effect", "Severe allergic reactions")
    assert out.core == "allergic reactions" and not out.modifiers and not out.graded


# -- the triples and their shapes ------------------------------------------------------------------

def mapped(page: Path, linker) -> rdflib.Graph:  # type: ignore[no-untyped-def]
    return rdflib.Graph().parse(data=map_extraction(extract(parse_file(page)), link=linker).ntriples(), format="nt")


def test_the_graph_says_what_each_composed_node_is(page: Path, linker) -> None:  # type: ignore[no-untyped-def]
    g = mapped(page, linker)
    listing, graded = SIDE["dizziness-or-lightheadedness"], SIDE["severe-allergic-reactions"]
    assert set(g.objects(listing, DKG.lists)) == {SIDE.dizziness, SIDE.lightheadedness}
    for part in (SIDE.dizziness, SIDE.lightheadedness):
        assert (part, rdflib.RDF.type, DKG.AdverseEffect) in g and any(g.objects(part, SKOS.exactMatch))
    assert set(g.objects(graded, DKG.gradeOf)) == {SIDE["allergic-reactions"]}
    assert set(g.objects(graded, DKG.modifier)) == {OBO.HP_0012828}
    assert str(g.value(graded, DKG.grade)) == "severe"
    serious = SIDE["serious-infections"]
    assert set(g.objects(serious, DKG.gradeOf)) == {SIDE.infections} and not set(g.objects(serious, DKG.modifier))
    assert not set(g.objects(SIDE["very-severe-nausea"], DKG.modifier))
    assert not set(g.objects(SIDE.headache, DKG.gradeOf)) and not set(g.objects(SIDE.headache, DKG.lists))
    # a part is no claim of the page: the drug causes the listing, not a statement per part; the
    # statement concerns the parts (so the monograph's own graph mentions them)
    causes = set(g.objects(None, DKG.causes))
    assert listing in causes and SIDE.dizziness not in causes
    statement = g.value(None, DKG.object, listing)
    assert set(g.objects(statement, DKG.concerns)) == {SIDE.dizziness, SIDE.lightheadedness}
    assert set(g.objects(g.value(None, DKG.object, graded), DKG.concerns)) == {SIDE["allergic-reactions"]}


def test_the_composition_passes_its_shapes_and_a_wrong_one_does_not(page: Path, linker) -> None:  # type: ignore[no-untyped-def]
    text = map_extraction(extract(parse_file(page)), link=linker).ntriples()
    graph = "https://w3id.org/drugkg/id/graph/monograph/quorvalimab"
    assert validate_graphs({graph: text}).conforms
    listing = "<https://w3id.org/drugkg/id/side-effect/dizziness-or-lightheadedness>"
    bad = {
        "a listing lists a drug": f"{listing} <{DKG.lists}> <https://w3id.org/drugkg/id/drug/quorvalimab> .\n",
        "two things graded": (f"{listing} <{DKG.gradeOf}> <{SIDE.headache}> .\n"
                              f"{listing} <{DKG.gradeOf}> <{SIDE.dizziness}> .\n"),
        "a modifier not HPO's": f"{listing} <{DKG.modifier}> <http://example.org/severe> .\n",
        "a grade not in words": f'{listing} <{DKG.grade}> "Severe!" .\n',
    }
    for why, extra in bad.items():
        assert not validate_graphs({graph: text + extra}).conforms, why


# -- a real store ----------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def built(page: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("store") / "db"
    cfg = load_config(environ={}, store=str(db))
    store = open_store(db)
    report = build([page], store, cfg, workers=1)
    assert [Path(p.path).name for p in report.published] == ["quorvalimab.md"]
    return store, cfg


def test_a_built_store_finds_the_drug_by_the_part_and_by_the_graded_thing(built, linker) -> None:  # type: ignore[no-untyped-def]
    dizziness = next(x.iri for x in linker.explain("side-effect", "Dizziness").links if x.curie == "mesh:D004244")
    store, cfg = built
    assert validate_store(store, base=cfg.base).conforms
    found = store.query(f"""
        PREFIX dkg: <{DKG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        PREFIX skos: <{SKOS}>
        SELECT ?how ?wording WHERE {{
          ?st dkg:subject ?drug ; dkg:object ?node ; dkg:quote ?wording .
          ?drug rdfs:label "Quorvalimab" .
          {{ ?node dkg:lists/skos:exactMatch <{dizziness}> BIND("listed" AS ?how) }}
          UNION
          {{ ?node dkg:gradeOf/rdfs:label "Allergic reactions" ; dkg:modifier <{OBO.HP_0012828}>
             BIND("graded" AS ?how) }}
        }} ORDER BY ?how""")
    assert [(str(r[0].value), str(r[1].value)) for r in found.rows()] == [
        ("graded", "Severe allergic reactions"), ("listed", "Dizziness or lightheadedness")]


def test_a_rebuild_keeps_the_parts_described(page: Path, tmp_path: Path) -> None:
    """The parts are mentioned by the monograph's own graph (its statements concern them), so a
    rebuild that drops node descriptions no monograph mentions keeps them, typed and linked."""
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "quorvalimab.md").write_text(PAGE, encoding="utf-8")
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(tmp_path / "db")
    build([folder], store, cfg, workers=1)
    (folder / "quorvalimab.md").write_text(PAGE.replace("- Headache\n", "- Headache\n- Rash\n"), encoding="utf-8")
    report = build([folder], store, cfg, workers=1)
    assert [p.change for p in report.published] == ["changed"]
    kinds = {str(r[0].value) for r in store.query(
        f"SELECT ?t WHERE {{ GRAPH ?g {{ <{SIDE.lightheadedness}> a ?t }} }}").rows()}
    assert str(DKG.AdverseEffect) in kinds
    assert validate_store(store, base=cfg.base).conforms


@pytest.mark.parametrize(("key", "heading", "named"), [
    ("dizziness", "Drugs with Dizziness as a side effect, named with other things in one listing",
     "Dizziness or lightheadedness"),
    ("allergic-reactions", "Drugs with Allergic reactions as a side effect, graded", "Severe allergic reactions"),
])
def test_the_page_of_a_part_or_a_graded_thing_shows_the_drugs_named_through_it(built, key: str, heading: str,  # type: ignore[no-untyped-def]
                                                                              named: str) -> None:
    from kg.web import close_app, create_app
    store, cfg = built
    app = create_app(cfg, store=store, workers=1)
    try:
        resp = app.test_client().get(f"/id/side-effect/{key}", headers={"Accept": "text/html"})
    finally:
        close_app(app)
    assert resp.status_code == 200
    page = resp.get_data(as_text=True)
    assert heading in page
    section = page.split(heading, 1)[1].split("</section>", 1)[0]
    assert "Quorvalimab" in section and named in section and "quorvalimab.md:" in section


def test_kg_link_says_how_many_are_identified() -> None:
    run = subprocess.run([sys.executable, "-m", "kg", "link", "--monographs", "--kind", "side-effect"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    line = next(x for x in run.stdout.splitlines() if x.startswith("identified "))
    assert line.startswith("identified (exact, by each thing listed, or graded): side-effect "), line


# -- coverage: the measure -----------------------------------------------------------------

@pytest.mark.parametrize(("corpus", "floor"), [
    # what the graph says whole in identifiers, of the distinct conditions and side effects the
    # pages name (exact, by each thing listed, or graded in HPO's modifiers); measured 2026-12-03
    ("tests/fixtures/heldout", 0.94),        # 67/71 (exact 59/71)
    ("tests/fixtures/heldout-wild", 0.857),  # 159/185 (exact 141/185) after the twenty-third session's rules, one of
    # them reading quetiapine's "high blood sugar and diabetes" as two (158/184, exact 139/184, since its insomnia was
    # read)
])
def test_pages_of_other_drugs_are_said_whole_at_least_80_percent(default_linker, corpus: str, floor: float) -> None:  # type: ignore[no-untyped-def]
    nodes = nodes_of(extract(parse_file(p)) for p in discover([ROOT / corpus]))
    results = [(n, o) for n, o in link_nodes(default_linker, nodes) if n.kind in ("condition", "side-effect")]
    said = identified(results)
    n = said["condition"][0] + said["side-effect"][0]
    total = said["condition"][1] + said["side-effect"][1]
    assert n / total >= max(floor, 0.80), (n, total)
