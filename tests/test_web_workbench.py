"""The research workbench of issue 12, over the bundled monographs built into a real store:
evidence on every claim and the monograph's source page, entity pages that say each fact once,
ranked search with facets, the dataset overview, paged and sorted results, stored-query
parameters by label, and the right kind of answer for a browser and for a program."""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from flask import Flask

from kg.config import Config
from kg.reason import reason
from kg.store import OxigraphStore, open_store
from kg.web import close_app, create_app
from kg.web.overview import figures

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"}
IMIQUIMOD = "https://w3id.org/drugkg/id/drug/imiquimod"


def reasoned_copy(built: tuple[OxigraphStore, object, Config], folder: Path) -> OxigraphStore:
    """A copy of the bundled graph with its inferred graph, as ``kg build`` leaves it."""
    store, _, cfg = built
    store.backup(folder / "db")
    copy = open_store(folder / "db")
    assert isinstance(copy, OxigraphStore)
    reason(copy, base=cfg.base, sample=0, trace=False)
    return copy


@pytest.fixture(scope="module")
def app(built: tuple[OxigraphStore, object, Config], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    store = reasoned_copy(built, tmp_path_factory.mktemp("reasoned"))
    app = create_app(built[2], store=store, workers=2, page_rows=1000)
    assert figures(app.extensions["kg"]).current(120) is not None  # the overview's counts, read in the background
    yield app
    close_app(app)


def html(app: Flask, path: str) -> str:
    resp = app.test_client().get(path, headers=BROWSER)
    assert resp.status_code == 200, (path, resp.data[:300])
    assert resp.mimetype == "text/html", path
    return resp.get_data(as_text=True)


# -- evidence everywhere ---------------------------------------------------------------------------

def test_each_claim_shows_its_sentence_with_the_quote_marked_and_a_source_link(app: Flask) -> None:
    page = html(app, "/id/drug/imiquimod")
    assert page.index("AI-generated or crowd-sourced") < page.index("<h1>")  # the note comes first
    rows = re.findall(r"<tr>\s*<td class=\"what\">.*?</tr>", page, re.S)
    assert len(rows) > 30
    for row in rows:
        assert "<mark>" in row, row
        assert re.search(r'href="/monograph/imiquimod#L\d+"', row), row
    # the side effects are one table with their category and seriousness, not a card each
    effects = page.split('id="side-effects"')[1].split("</section>")[0]
    assert effects.count("<table") == 1 and "<th>category</th>" in effects and "<th>serious</th>" in effects
    assert re.search(r"<mark>redness</mark>", effects, re.I)


def test_the_source_page_numbers_lines_and_highlights_the_claims(app: Flask, corpus) -> None:  # noqa: ANN001
    page = html(app, "/monograph/imiquimod")
    text = (corpus / "imiquimod.md").read_text(encoding="utf-8")
    assert page.count('<tr id="L') == len(text.split("\n"))
    line25 = re.search(r'<tr id="L25".*?</tr>', page, re.S)
    assert line25 and re.search(r"<mark title=\"[^\"]*causes Redness[^\"]*\">redness</mark>", line25.group(0))
    assert "AI-generated or crowd-sourced" in page
    assert 'href="/id/drug/imiquimod"' in page
    assert app.test_client().get("/monograph/no-such-page", headers=BROWSER).status_code == 404


def test_every_claim_line_links_to_a_line_that_exists(app: Flask) -> None:
    page = html(app, "/id/drug/morphine")
    source = html(app, "/monograph/morphine")
    anchors = set(re.findall(r'<tr id="(L\d+)"', source))
    links = set(re.findall(r'href="/monograph/morphine#(L\d+)"', page))
    assert links and links <= anchors


# -- entity pages that say each fact once ------------------------------------------------------------

def test_side_effect_page_says_each_fact_once_with_the_aligned_vocabularies_quietly(app: Flask) -> None:
    page = html(app, "/id/side-effect/redness")
    assert "Drugs with Redness as a side effect" in page and "— by" not in page
    section = page.split("Drugs with Redness as a side effect")[1].split("</section>")[0]
    drugs = re.findall(r'<td class="what"><a href="/id/drug/([^"]+)"', section)
    assert len(drugs) >= 5 and drugs == sorted(drugs) and len(set(drugs)) == len(drugs)
    aligned = re.search(r'<p class="aligned">(.*?)</p>', section, re.S)
    assert aligned
    for curie in ("biolink:has_side_effect", "obo:RO_0003303", "wdt:P1909"):
        assert curie in aligned.group(1)
    assert 'class="inf"' in aligned.group(1)
    # nowhere else: not as properties, not as "referenced by"
    rest = page.split('<p class="aligned">')[1].split("</p>", 1)[1]
    for curie in ("biolink:has_side_effect", "RO_0003303", "wdt:P1909", "dkg:causes", "sideEffectOf"):
        assert curie not in rest, curie


def test_condition_page_heading_is_a_sentence_and_inferred_types_are_marked(app: Flask) -> None:
    page = html(app, "/id/condition/actinic-keratosis")
    assert "Drugs that treat Actinic keratosis" in page
    assert re.search(r'<span class="kind inferred"[^>]*>biolink:', page)


def test_external_identifiers_once_each_linked_to_their_resolver(app: Flask) -> None:
    page = html(app, "/id/drug/imiquimod")
    ids = re.search(r'<dd class="xrefs">(.*?)</dd>', page, re.S)
    assert ids
    shown = re.findall(r">([A-Za-z.]+:[^<]+)</a>", ids.group(1))
    assert "CHEBI:36704" in shown and len(shown) == len({s.casefold() for s in shown})
    assert all(re.match(r"https?://", h) for h in re.findall(r'href="([^"]+)"', ids.group(1)))


# -- the right answer for a browser and for a program -------------------------------------------------

@pytest.mark.parametrize(("path", "status", "words"), [
    ("/no/such/page", 404, "no such page"),
    ("/id/drug/no-such-drug", 404, "nothing is known"),
    ("/queries/indications?durg=imiquimod", 400, "durg"),
    ("/queries/no-such-query", 404, "no stored query"),
    ("/search?q=x&limit=many", 400, "limit"),
    ("/monograph/a%3Cb%3E", 404, "no monograph"),
    ("/monograph/no-such-page", 404, "no monograph"),
    ("/browse/NoSuchClass", 404, "no class"),
])
def test_errors_are_a_page_for_a_browser_and_the_envelope_for_a_program(app: Flask, path: str, status: int,
                                                                       words: str) -> None:
    c = app.test_client()
    page = c.get(path, headers=BROWSER)
    assert page.status_code == status and page.mimetype == "text/html"
    assert words in page.get_data(as_text=True) and "Traceback" not in page.get_data(as_text=True)
    for headers in ({}, {"Accept": "*/*"}, {"Accept": "application/json"}):
        resp = c.get(path, headers=headers)
        assert resp.status_code == status and resp.mimetype == "application/json"
        body = json.loads(resp.data)
        assert set(body) == {"ok", "status", "error"} and words in body["error"]


@pytest.mark.parametrize("path", ["/.well-known/void", "/sparql"])
def test_void_and_service_description_are_pages_for_a_browser_and_rdf_otherwise(app: Flask, path: str) -> None:
    c = app.test_client()
    page = c.get(path, headers=BROWSER)
    assert page.status_code == 200 and page.mimetype == "text/html" and b"?format=ttl" in page.data
    assert c.get(path).mimetype == "text/turtle"
    assert c.get(path, headers={"Accept": "application/rdf+xml"}).mimetype == "application/rdf+xml"
    assert c.get(path + "?format=jsonld", headers=BROWSER).mimetype == "application/ld+json"


def test_favicon_and_health(app: Flask) -> None:
    c = app.test_client()
    icon = c.get("/favicon.ico")
    assert icon.status_code == 200 and icon.mimetype == "image/svg+xml" and b"<svg" in icon.data
    health = c.get("/health").get_json()
    assert health["workers"] == 2 and health["workersRunning"] <= 2


def test_stored_queries_offer_only_what_they_can_give(app: Flask) -> None:
    c = app.test_client()
    listing = html(app, "/queries")
    stored = listing.split('<dl class="stored">')[1]
    queries = list((Path(__file__).parents[1] / "queries").glob("*.rq"))
    assert ".ttl" not in stored and stored.count('.json"') == len(queries)
    for name in ("indications", "side-effects", "mechanisms", "provenance", "coverage"):
        page = html(app, f"/queries/{name}")
        offered = re.findall(rf'href="/queries/{name}\.(\w+)', page)
        assert offered == ["json", "csv", "tsv"], (name, offered)
        for suffix in offered:
            assert c.get(f"/queries/{name}.{suffix}").status_code == 200


# -- search --------------------------------------------------------------------------------------------

def test_search_is_ranked_over_several_words_with_facets(app: Flask) -> None:
    c = app.test_client()
    two = c.get("/search?q=" + quote("imiquimod cream")).get_json()
    assert two["results"][0]["iri"] == IMIQUIMOD
    skin = c.get("/search?q=" + quote("skin burning")).get_json()
    assert skin["total"] == sum(skin["facets"].values()) and skin["facets"]["AdverseEffect"] >= 1
    only = c.get("/search?type=AdverseEffect&q=" + quote("skin burning")).get_json()["results"]
    assert only and {r["kind"] for r in only} == {"AdverseEffect"}
    by_id = c.get("/search?q=CHEBI:36704").get_json()["results"]
    assert by_id[0]["iri"] == IMIQUIMOD and by_id[0]["field"] == "identifier"
    evidence = c.get("/search?q=" + quote("papillomavirus")).get_json()["results"]
    assert evidence and evidence[0]["field"] == "evidence" and "papillomavirus" in evidence[0]["evidence"].lower()
    page = html(app, "/search?format=html&q=" + quote("skin burning"))
    assert 'class="facet' in page and "type=AdverseEffect" in page


# -- the overview and browsing by type -----------------------------------------------------------------

def test_overview_counts_classes_lists_drugs_and_the_thinnest_monographs(app: Flask) -> None:
    page = html(app, "/")
    overview = page.split('id="overview"')[1]
    assert re.search(r'<a href="/browse/Drug">Drug</a> <small>15</small>', overview)
    assert overview.count('href="/id/drug/') == 15
    thin = overview.split("Monographs that yield the least")[1].split("</table>")[0]
    assert thin.count('href="/monograph/') >= 5
    drugs = html(app, "/browse/Drug")
    assert drugs.count('href="/id/drug/') == 15
    assert app.test_client().get("/browse/NoSuchClass").status_code == 404


def test_the_front_page_answers_while_the_graph_is_counted_and_shows_the_counts_after(
        built: tuple[OxigraphStore, object, Config], monkeypatch: pytest.MonkeyPatch) -> None:
    """At 10,000 monographs the overview's counts take about 20 s, over a request's deadline: they
    are read in the background, and until they are there the page says so instead of a 503. Each
    check of the state before the counts is the first request of a new app: its count starts
    with that request, which does not wait for it."""
    import kg.web.overview

    monkeypatch.setattr(kg.web.overview, "PAGE_WAIT", 0.0)  # as if counting took longer than the page waits
    for first in ("/", "/browse/Drug"):
        app = create_app(built[2], store=built[0], workers=1, search_wait=0.0)
        try:
            c = app.test_client()
            if first == "/":
                page = c.get("/", headers=BROWSER)
                text = page.get_data(as_text=True)
                assert page.status_code == 200 and 'id="counting"' in text and "being counted" in text
                assert "<textarea" in text and "/browse/Drug" not in text
            else:
                early = c.get("/browse/Drug", headers={"Accept": "application/json"})
                assert early.status_code == 503 and early.headers["Retry-After"]
                assert "being counted" in early.get_json()["error"]
                gone = c.get("/browse/NoSuchClass", headers={"Accept": "application/json"})
                assert gone.status_code == 404  # a class with no node is told without the counts
            assert figures(app.extensions["kg"]).current(120) is not None
            after = html(app, "/")
            assert 'id="counting"' not in after
            assert re.search(r'<a href="/browse/Drug">Drug</a> <small>15</small>', after)
            assert html(app, "/browse/Drug").count('href="/id/drug/') == 15
        finally:
            close_app(app)


# -- results: pages, sorting, labels, values -------------------------------------------------------------

ROWS_5000 = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5000"


def test_a_5000_row_result_is_paged_with_its_total_and_sorted_by_a_column(app: Flask) -> None:
    first = html(app, "/?query=" + quote(ROWS_5000))
    assert re.search(r"rows 1–1,000 of <strong[^>]*>5,000</strong> rows", first) and "page 1 of 5" in first
    last = html(app, "/?page=5&query=" + quote(ROWS_5000))
    assert re.search(r"rows 4,001–5,000 of", last) and 'rel="next"' not in last
    q = "SELECT ?n WHERE { VALUES ?n { 3 10 2 } }"
    up = html(app, "/?sort=n&query=" + quote(q))
    assert re.findall(r'<span class="lit typed" title="xsd:integer">(\d+)</span>', up) == ["2", "3", "10"]
    down = html(app, "/?sort=n&desc=1&query=" + quote(q))
    assert re.findall(r'title="xsd:integer">(\d+)<', down) == ["10", "3", "2"]


def test_our_iris_carry_their_labels_and_typed_literals_show_as_values(app: Flask) -> None:
    q = (f"SELECT ?d (true AS ?yes) (1.5 AS ?x) WHERE {{ VALUES ?d {{ <{IMIQUIMOD}> }} }}")
    page = html(app, "/?query=" + quote(q))
    assert re.search(r'href="/id/drug/imiquimod"[^>]*>drug/imiquimod</a> <span class="label">Imiquimod</span>', page)
    assert '>true</span>' in page and ">1.5</span>" in page and "xsd:decimal</small>" not in page


# -- stored-query parameters -------------------------------------------------------------------------------

def test_a_parameter_takes_a_label_and_a_misspelled_name_is_refused(app: Flask) -> None:
    c = app.test_client()
    by_label = c.get("/queries/indications.json?drug=imiquimod").get_json()["results"]["bindings"]
    assert by_label and {r["drug"]["value"] for r in by_label} == {IMIQUIMOD}
    by_brand = c.get("/queries/indications.json?drug=claritin").get_json()["results"]["bindings"]
    assert {r["drug"]["value"] for r in by_brand} == {"https://w3id.org/drugkg/id/drug/loratadine"}
    nobody = c.get("/queries/indications.json?drug=nosuchdrug")
    assert nobody.status_code == 400 and "nosuchdrug" in nobody.get_json()["error"]
    typo = c.get("/queries/indications.json?durg=" + quote(IMIQUIMOD))
    assert typo.status_code == 400 and "'durg'" in typo.get_json()["error"] and "drug" in typo.get_json()["error"]
    page = html(app, "/queries/indications")
    assert 'list="choices-drug"' in page and 'data-kind="Drug"' in page


def test_a_label_and_a_number_make_a_chart(app: Flask) -> None:
    q = ("PREFIX dkg: <https://w3id.org/drugkg/vocab/> SELECT ?drug (COUNT(?e) AS ?sideEffects) "
         "WHERE { ?drug a dkg:Drug ; dkg:causes ?e } GROUP BY ?drug ORDER BY DESC(?sideEffects)")
    page = html(app, "/?query=" + quote(q))
    chart = page.split('<svg class="bars"')[1].split("</svg>")[0]
    assert chart.count("<rect") == 15 and ">Imiquimod</text>" in chart
    assert "style=" not in chart  # sizes are SVG attributes: the CSP allows no inline style
    assert '<svg class="bars"' not in html(app, "/?query=" + quote("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 3"))


def test_a_statement_page_says_its_claim_with_its_evidence(app: Flask) -> None:
    page = html(app, "/id/statement/imiquimod/causes/redness")
    assert "<h1>Imiquimod causes Redness</h1>" in page
    own = page.split('<section class="own-claim">')[1].split("</section>")[0]
    assert re.search(r"<mark>redness</mark>", own) and 'href="/monograph/imiquimod#L25"' in own


def test_an_evidence_sentence_from_a_page_in_html_is_shown_without_its_tags() -> None:
    """The statement keeps the sentence verbatim; the page shows it as it reads."""
    from kg.web.entitydata import mark, plain
    sentence = "<li><strong>Common:</strong> nausea, diarrhea, a dose under 5 mg &lt; 10 mg</li>"
    assert plain(sentence) == "Common: nausea, diarrhea, a dose under 5 mg &lt; 10 mg"
    assert mark(sentence, "diarrhea") == [("Common: nausea, ", False), ("diarrhea", True),
                                          (", a dose under 5 mg &lt; 10 mg", False)]
    assert plain("a < 5 mg dose, b > 2") == "a < 5 mg dose, b > 2"  # not a tag
