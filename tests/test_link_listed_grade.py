"""A listing whose first thing alone is graded ("Severe constipation or bowel blockage"), and listings
whose halves share nothing ("Nausea or loss of appetite"), said whole in identifiers.

A grade that stops at the first thing of a listing (the things, as the linker read them, neither
share a head nor are single words) stays on it: "Worsening depression or suicidal thoughts" lists
worsening depression (MedDRA's *Depression aggravated*) and suicidal thoughts, not "depression
thoughts". A graded part is said by its own node, ``dkg:gradeOf`` the thing with HPO's modifier, so
the listing is identified when each part is linked exactly or graded in HPO's words; the stored
query, the entity page and the KGX export follow the two steps (``dkg:lists/dkg:gradeOf``).
"A loss of a faculty" ("loss of appetite", "shortness of breath") binds no head of the other half,
and "Low white or red blood cell counts" shares the whole "blood cell counts". Checked on the
linker, the mapped triples and their shapes, a real store built from an invented page (the entity
page, the stored query over the Flask app) and the KGX export by the real CLI.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

import pytest
import rdflib

from kg.extract import extract
from kg.linking.normalize import alternatives
from kg.mapping import map_extraction
from kg.parse import parse_file
from kg.validate import validate_graphs, validate_store
from tests.helpers import build_pages, entity_section, export_kgx

DKG = rdflib.Namespace("https://w3id.org/drugkg/vocab/")
SIDE = rdflib.Namespace("https://w3id.org/drugkg/id/side-effect/")
OBO = rdflib.Namespace("http://purl.obolibrary.org/obo/")
BASE = "https://w3id.org/drugkg/id/"

PAGE = """---
layout: default
title: Dorvastine
---
# Dorvastine

**Generic Name:** Dorvastine

**Usage:** Dorvastine tablets are used to treat chronic cough.

**Side Effects:**
- Nausea or loss of appetite
- Low white or red blood cell counts
- Severe constipation or bowel blockage
- Worsening depression or suicidal thoughts

**How it Works:** Dorvastine blocks the P2X3 receptor on airway nerves.
"""


@pytest.fixture(scope="module")
def linker(default_linker):  # type: ignore[no-untyped-def]
    return default_linker


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pages") / "dorvastine.md"
    path.write_text(PAGE, encoding="utf-8")
    return path


# -- the readings ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "readings"), [
    ("Nausea or loss of appetite", [("Nausea",), ("loss of appetite",)]),  # not "nausea of appetite"
    ("Wheezing or shortness of breath", [("Wheezing",), ("shortness of breath",)]),
    ("Loss of appetite or diarrhea", [("Loss of appetite",), ("Loss of diarrhea", "diarrhea")]),
    ("Redness or swelling of the skin", [("Redness of the skin",), ("swelling of the skin",)]),  # a place binds
    ("Loss of hair or eyebrows", [("Loss of hair",), ("Loss of eyebrows",)]),  # hair is lost, no faculty
    ("Low white or red blood cell counts",
     [("Low white blood cell counts", "Low white counts", "Low white"),
      ("Low red blood cell counts", "red blood cell counts")]),
])
def test_what_each_half_of_a_listing_names(label: str, readings: list[tuple[str, ...]]) -> None:
    assert alternatives(label) == readings


# -- the linker -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "parts"), [
    ("Nausea or loss of appetite", ("Nausea", "Loss of appetite")),
    ("Loss of appetite or diarrhea", ("Loss of appetite", "Diarrhea")),
    ("Low white or red blood cell counts", ("Low white blood cell counts", "Low red blood cell counts")),
    ("Worsening depression or suicidal thoughts", ("Worsening depression", "Suicidal thoughts")),
    ("Severe constipation or bowel blockage", ("Severe constipation", "Bowel blockage")),
    ("Severe stomach pain or vomiting", ("Severe stomach pain", "Vomiting")),  # vomiting, severe or not, is vomiting
])
def test_each_thing_listed_is_said_in_identifiers(linker, label: str, parts: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain("side-effect", label)
    assert out.by_parts and out.identified and not out.core
    assert linker.composition("side-effect", label).parts == parts


def test_a_graded_part_lends_the_listing_no_link_of_the_thing_it_grades(linker) -> None:  # type: ignore[no-untyped-def]
    constipation = {x.curie for x in linker.explain("side-effect", "Constipation").links}
    out = linker.explain("side-effect", "Severe constipation or bowel blockage")
    assert constipation and not constipation & {x.curie for x in out.links}  # a grade of it is no part of it
    assert {x.predicate for x in out.links} == {"skos:narrowMatch"}  # the blockage's


@pytest.mark.parametrize("label", [
    "Very slow heart rate or heart block",  # "very" names no HPO modifier: the rate is not said in identifiers
    "Worsening anxiety or depression",  # single words: the grade reaches both, and "worsening" names no modifier
])
def test_a_part_graded_without_hpos_words_leaves_the_listing_unidentified(linker, label: str) -> None:  # type: ignore[no-untyped-def]
    assert not linker.explain("side-effect", label).identified


# -- the triples, the store, the pages, the export ----------------------------------------------------------

def test_the_graph_says_the_listed_grade_in_two_steps(page: Path, linker) -> None:  # type: ignore[no-untyped-def]
    x = extract(parse_file(page))
    assert [s.label for s in x.side_effects] == ["Nausea or loss of appetite", "Low white or red blood cell counts",
                                                  "Severe constipation or bowel blockage",
                                                  "Worsening depression or suicidal thoughts"]
    text = map_extraction(x, link=linker).ntriples()
    g = rdflib.Graph().parse(data=text, format="nt")
    listing, graded = SIDE["severe-constipation-or-bowel-blockage"], SIDE["severe-constipation"]
    assert set(g.objects(listing, DKG.lists)) == {graded, SIDE["bowel-blockage"]}
    assert set(g.objects(graded, DKG.gradeOf)) == {SIDE["constipation"]}
    assert set(g.objects(graded, DKG.modifier)) == {OBO.HP_0012828}
    statement = g.value(None, DKG.object, listing)
    assert set(g.objects(statement, DKG.concerns)) == {graded, SIDE["bowel-blockage"], SIDE["constipation"]}
    graph = "https://w3id.org/drugkg/id/graph/monograph/dorvastine"
    assert validate_graphs({graph: text}).conforms


@pytest.fixture(scope="module")
def built(page: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return build_pages([page], tmp_path_factory.mktemp("store"))


def test_the_page_of_the_graded_thing_shows_the_drug(built) -> None:  # type: ignore[no-untyped-def]
    store, cfg, _ = built
    assert validate_store(store, base=cfg.base).conforms
    section = entity_section(store, cfg, "/id/side-effect/constipation",
                             "Drugs with Constipation as a side effect, graded")
    assert "Dorvastine" in section and "Severe constipation or bowel blockage" in section


def test_the_stored_query_finds_the_drug_by_the_identifier_of_the_graded_thing(built, linker) -> None:  # type: ignore[no-untyped-def]
    from kg.web import close_app, create_app
    hpo = next(x.iri for x in linker.explain("side-effect", "Constipation").links if x.curie.startswith("HP:"))
    store, cfg, _ = built
    app = create_app(cfg, store=store, workers=1)
    try:
        answer = app.test_client().get("/queries/drugs-by-identifier.json?id=" + quote(hpo)).get_json()
    finally:
        close_app(app)
    rows = [{k: v["value"] for k, v in r.items()} for r in answer["results"]["bindings"]]
    assert [(r["drugLabel"], r["nodeLabel"], r["match"]) for r in rows] == [
        ("Dorvastine", "Severe constipation or bowel blockage", "names a grade of it among other things")]


def test_kgx_has_an_edge_to_the_graded_thing_with_its_grade(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nodes, edges = export_kgx(built[2], tmp_path / "kgx", BASE)
    composed = {nodes[e["object"]]["name"]: e for e in edges
                if e.get("original_object", "").endswith(":severe-constipation-or-bowel-blockage")
                and "drugkg_composition" in e}
    assert sorted(composed) == ["Bowel blockage", "Constipation"]
    graded = composed["Constipation"]
    assert (graded["drugkg_composition"], graded["drugkg_grade"], graded["drugkg_modifier"]) == (
        "lists", "severe", ["HP:0012828"])
    assert "drugkg_grade" not in composed["Bowel blockage"]
