"""A grade over a listing ("Severe allergic or skin reactions"), said whole in identifiers.

The grade grades each thing the listing names when the things share a head ("allergic or skin
reactions") or are single words ("nausea or vomiting"): the node is ``dkg:gradeOf`` the listing's
node, which ``dkg:lists`` each thing, linked exactly; with HPO's *Severe* as the modifier it is
identified. "Very slow heart rate or heart block" grades the rate only, and is no graded listing.
Checked on the linker, the mapped triples and their shapes, a real store built from an invented
page (its entity pages), and the KGX export by the real CLI. The uses of the page pin the
extraction rule that keeps "minor muscle and joint pain" one complaint of two body parts.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import rdflib

from kg.config import load_config
from kg.extract import extract
from kg.extractors.prose_uses import prose_uses
from kg.mapping import map_extraction
from kg.parse import parse_file
from kg.validate import validate_graphs, validate_store
from tests.helpers import build_pages, entity_section, export_kgx

ROOT = Path(__file__).resolve().parent.parent
CFG = load_config(environ={})
DKG = rdflib.Namespace("https://w3id.org/drugkg/vocab/")
SIDE = rdflib.Namespace("https://w3id.org/drugkg/id/side-effect/")
OBO = rdflib.Namespace("http://purl.obolibrary.org/obo/")
BASE = "https://w3id.org/drugkg/id/"

PAGE = """---
layout: default
title: Tessurapine
---
# Tessurapine

**Generic Name:** Tessurapine

**Usage:** Tessurapine cream is used for temporary relief of minor muscle and joint pain.

**Side Effects:**
- Headache
- Severe allergic or skin reactions
- Very slow heart rate or heart block

**How it Works:** Tessurapine activates the TRPV1 receptor on nerve endings.
"""


@pytest.fixture(scope="module")
def linker(default_linker):  # type: ignore[no-untyped-def]
    return default_linker


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pages") / "tessurapine.md"
    path.write_text(PAGE, encoding="utf-8")
    return path


# -- the linker ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "core", "parts"), [
    ("Severe allergic or skin reactions", "Allergic or skin reactions", ("Allergic reactions", "Skin reactions")),
    ("Severe muscle or joint pain", "Muscle or joint pain", ("Muscle pain", "Joint pain")),
    ("Severe nausea or vomiting", "Nausea or vomiting", ("Nausea", "Vomiting")),
    ("Severe bone, joint or muscle pain", "Bone, joint or muscle pain", ("Bone pain", "Joint pain", "Muscle pain")),
])
def test_a_grade_over_a_listing_grades_each_thing_it_lists(linker, label: str, core: str,  # type: ignore[no-untyped-def]
                                                           parts: tuple[str, ...]) -> None:
    out = linker.explain("side-effect", label)
    assert not out.linked and out.graded and out.identified
    c = linker.composition("side-effect", label)
    assert (c.core, c.grade, [m.curie for m in c.modifiers]) == (core, ("severe",), ["HP:0012828"])
    assert linker.composition("side-effect", core).parts == parts
    # no identifier of a part is the graded node's own: severe (allergic or skin) reactions is
    # neither allergic reactions nor narrower than them
    assert not [x for x in out.links if x.predicate in ("skos:exactMatch", "skos:broadMatch")]


@pytest.mark.parametrize("label", [
    "Very slow heart rate or heart block",  # "very" grades the rate, not the block
    "Severe stomach pain or vomiting",  # does "severe" reach the vomiting? not said: only the pain is graded
])
def test_a_grade_that_may_not_reach_every_thing_listed_is_no_graded_listing(linker, label: str) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain("side-effect", label)
    assert not out.core
    composition = linker.composition("side-effect", label)
    assert composition is None or not composition.core  # at most a listing whose first thing is graded


def test_a_grade_without_hpos_word_over_a_listing_is_kept_but_not_identified(linker) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain("side-effect", "Unusual weakness or tiredness")
    assert out.core == "weakness or tiredness" and not out.modifiers and not out.identified


# -- the extraction rule the page's use pins ---------------------------------------------------------

@pytest.mark.parametrize(("sentence", "uses"), [
    ("It is used for temporary relief of minor muscle and joint pain.", ["Muscle and joint pain"]),  # grade dropped
    ("It is used for the relief of muscle and joint pain.", ["Muscle and joint pain"]),
    ("It treats dry skin and mouth sores.", ["Dry skin", "Mouth sores"]),  # "dry" is no grade: two
    ("It lowers the risk of heart attack and stroke.", ["Heart attack", "Stroke"]),
])
def test_two_body_parts_before_one_complaint_are_one_use(sentence: str, uses: list[str]) -> None:
    assert [u.label for u in prose_uses(sentence)] == uses


# -- the triples, the store, the pages -----------------------------------------------------------------

def test_the_graph_says_the_graded_listing_in_two_steps(page: Path, linker) -> None:  # type: ignore[no-untyped-def]
    x = extract(parse_file(page))
    assert [u.label for u in x.treats] == ["Muscle and joint pain"]
    text = map_extraction(x, link=linker).ntriples()
    g = rdflib.Graph().parse(data=text, format="nt")
    graded, listing = SIDE["severe-allergic-or-skin-reactions"], SIDE["allergic-or-skin-reactions"]
    assert set(g.objects(graded, DKG.gradeOf)) == {listing}
    assert set(g.objects(graded, DKG.modifier)) == {OBO.HP_0012828}
    assert set(g.objects(listing, DKG.lists)) == {SIDE["allergic-reactions"], SIDE["skin-reactions"]}
    # the statement concerns every node it is composed of, at any depth
    statement = g.value(None, DKG.object, graded)
    assert set(g.objects(statement, DKG.concerns)) == {listing, SIDE["allergic-reactions"], SIDE["skin-reactions"]}
    assert not set(g.objects(SIDE["very-slow-heart-rate-or-heart-block"], DKG.gradeOf))
    graph = "https://w3id.org/drugkg/id/graph/monograph/tessurapine"
    assert validate_graphs({graph: text}).conforms


@pytest.fixture(scope="module")
def built(page: Path, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return build_pages([page], tmp_path_factory.mktemp("store"))


def test_the_page_of_a_thing_a_graded_listing_names_shows_the_drug(built) -> None:  # type: ignore[no-untyped-def]
    store, cfg, _ = built
    assert validate_store(store, base=cfg.base).conforms
    section = entity_section(store, cfg, "/id/side-effect/skin-reactions",
                             "Drugs with Skin reactions as a side effect, graded")
    assert "Tessurapine" in section and "Severe allergic or skin reactions" in section


def test_kgx_has_an_edge_to_each_thing_with_the_grade(built, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    nodes, edges = export_kgx(built[2], tmp_path / "kgx", BASE)
    composed = [e for e in edges if e.get("original_object", "").endswith(":severe-allergic-or-skin-reactions")
                and "drugkg_composition" in e]
    assert sorted(nodes[e["object"]]["name"] for e in composed) == ["Allergic reactions", "Skin reactions"]
    for e in composed:
        assert (e["drugkg_composition"], e["drugkg_grade"], e["drugkg_modifier"]) == ("lists", "severe", ["HP:0012828"])


def test_the_stored_query_finds_the_drug_by_the_identifier_of_a_thing_graded_and_listed(built, linker) -> None:  # type: ignore[no-untyped-def]
    from urllib.parse import quote

    from kg.web import close_app, create_app
    links = linker.explain("side-effect", "Skin reactions").links
    skin = next(x.iri for x in links if x.predicate == "skos:exactMatch")
    store, cfg, _ = built
    app = create_app(cfg, store=store, workers=1)
    try:
        answer = app.test_client().get("/queries/drugs-by-identifier.json?id=" + quote(skin)).get_json()
    finally:
        close_app(app)
    rows = [{k: v["value"] for k, v in r.items()} for r in answer["results"]["bindings"]]
    assert [(r["drugLabel"], r["nodeLabel"], r["match"]) for r in rows] == [
        ("Tessurapine", "Severe allergic or skin reactions", "names a grade of it among other things")]


@pytest.mark.parametrize(("label", "parts"), [
    ("Bone, joint or muscle pain", ("Bone pain", "Joint pain", "Muscle pain")),  # the parts share the last's head
    ("Headache, muscle or joint pain", ("Headache", "Muscle pain", "Joint pain")),  # a headache is no body part
])
def test_body_parts_listed_before_the_last_share_its_head(linker, label: str, parts: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    out = linker.explain("side-effect", label)
    assert out.by_parts and linker.composition("side-effect", label).parts == parts


def test_a_list_of_things_of_their_own_shares_no_head(linker) -> None:  # type: ignore[no-untyped-def]
    c = linker.composition("side-effect", "Nausea, vomiting or stomach pain")
    assert c is not None and c.parts == ("Nausea", "Vomiting", "Stomach pain")
