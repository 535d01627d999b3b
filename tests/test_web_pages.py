"""Pages, stored queries, entity pages, search, dumps, VoID, health, metrics, access log and
``kg get``, over the bundled monographs built into a real store."""
from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from flask import Flask

from kg.cli import main
from kg.config import Config, load_config
from kg.pipeline import build
from kg.store import OxigraphStore, open_store
from kg.web import close_app, create_app

HTML = {"Accept": "text/html"}
IMIQUIMOD = "https://w3id.org/drugkg/id/drug/imiquimod"


@pytest.fixture(scope="module")
def app(built: tuple[OxigraphStore, object, Config]) -> Iterator[Flask]:
    store, _, cfg = built
    app = create_app(cfg, store=store, workers=1, page_rows=5)
    yield app
    close_app(app)


def test_query_page_runs_a_shareable_query(app: Flask) -> None:
    c = app.test_client()
    page = c.get("/", headers=HTML)
    assert page.status_code == 200 and b"<textarea" in page.data and b"/queries/indications" in page.data
    assert b"cdn" not in page.data.lower() and b"https://" not in page.data.split(b"<main>")[0]
    q = ("SELECT ?d ?l WHERE { ?d a <https://w3id.org/drugkg/vocab/Drug> ; "
         "<http://www.w3.org/2000/01/rdf-schema#label> ?l }")
    res = c.get("/?query=" + quote(q), headers=HTML)
    text = res.get_data(as_text=True)
    assert res.status_code == 200 and "Imiquimod" in text
    assert re.search(r"rows 1–5 of <strong[^>]*>15</strong> rows", text)
    assert "page 1 of 3" in text and 'rel="next"' in text
    for suffix in ("json", "srx", "csv", "tsv"):
        assert f">{suffix}</a>" in text
    assert 'href="/id/drug/' in text
    bad = c.get("/?query=" + quote("SELECT WHERE"), headers=HTML)
    assert bad.status_code == 400 and "malformed" in bad.get_data(as_text=True)


def test_stored_queries_list_page_and_api(app: Flask) -> None:
    c = app.test_client()
    listing = c.get("/queries.json").get_json()
    names = {q["name"] for q in listing["queries"]}
    assert {"indications", "side-effects", "mechanisms", "provenance"} <= names
    page = c.get("/queries/indications", headers=HTML).get_data(as_text=True)
    assert "<form" in page and 'name="drug"' in page and ".csv" in page
    full = c.get("/queries/indications.csv")
    assert full.mimetype == "text/csv" and len(full.data.splitlines()) > 6  # CSV is not capped
    capped = c.get("/queries/indications.json").get_json()
    assert len(capped["results"]["bindings"]) == 5 and capped["truncated"] is True
    one = c.get("/queries/indications.json?drug=" + quote(IMIQUIMOD)).get_json()
    rows = one["results"]["bindings"]
    assert rows and {r["drug"]["value"] for r in rows} == {IMIQUIMOD} and one["truncated"] is False
    tsv = c.get("/queries/side-effects.tsv?drug=" + quote(IMIQUIMOD))
    assert tsv.mimetype == "text/tab-separated-values" and b"Imiquimod" in tsv.data
    assert c.get("/queries/indications.ttl").status_code == 406  # a SELECT has no Turtle


def test_parameters_are_bound_as_terms_not_pasted(app: Flask) -> None:
    c = app.test_client()
    evil = IMIQUIMOD + "> } UNION { ?drug ?p ?o"
    assert c.get("/queries/indications.json?drug=" + quote(evil)).status_code == 400
    literal = c.get("/queries/indications.json?drug=" + quote("https://w3id.org/drugkg/id/drug/nothing"))
    assert literal.get_json()["results"]["bindings"] == []


def test_drug_page_shows_claims_with_evidence(app: Flask) -> None:
    c = app.test_client()
    page = c.get("/id/drug/imiquimod", headers=HTML)
    text = page.get_data(as_text=True)
    assert page.status_code == 200
    for needle in ("Imiquimod", "What Imiquimod is used for", "Side effects of Imiquimod",
                   "How Imiquimod acts on its targets", "Actinic keratosis", "identifiers", "<mark>",
                   "AI-generated or crowd-sourced", 'href="/monograph/imiquimod#L'):
        assert needle in text, needle
    assert re.search(r'<td class="d-category"><span class="tag tag-category-[^"]*">[A-Z]', text)
    ttl = c.get("/id/drug/imiquimod.ttl")
    assert ttl.mimetype == "text/turtle" and f"<{IMIQUIMOD}>".encode() in ttl.data or b"imiquimod" in ttl.data
    for accept, media in (("application/ld+json", "application/ld+json"),
                          ("application/n-triples", "application/n-triples"), ("text/turtle", "text/turtle")):
        resp = c.get("/id/drug/imiquimod", headers={"Accept": accept})
        assert resp.status_code == 200 and resp.mimetype == media
    assert c.get("/id/drug/imiquimod.nt").mimetype == "application/n-triples"
    assert c.get("/id/drug/imiquimod.jsonld").mimetype == "application/ld+json"


def test_a_node_of_two_things_shows_each_as_a_narrower_identifier(app: Flask) -> None:
    """"Fast or irregular heartbeat" (loratadine) is neither tachycardia nor arrhythmia but covers
    both: the page lists them as narrower identifiers, apart from the exact ones."""
    text = app.test_client().get("/id/side-effect/fast-or-irregular-heartbeat", headers=HTML).get_data(as_text=True)
    narrower = re.search(r"<dt>narrower identifiers</dt><dd[^>]*>(.*?)</dd>", text, re.S)
    assert narrower, text[:2000]
    for iri, curie in (("http://purl.obolibrary.org/obo/HP_0001649", "HP:0001649"),
                       ("http://purl.obolibrary.org/obo/HP_0011675", "HP:0011675")):
        assert f'href="{iri}"' in narrower.group(1) and f">{curie}<" in narrower.group(1)
    assert "<dt>identifiers</dt>" not in text and "narrowMatch" not in text


def test_every_iri_of_ours_dereferences(app: Flask, built: tuple[OxigraphStore, object, Config]) -> None:
    store, _, cfg = built
    rows = store.query(f'SELECT DISTINCT ?s {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), "{cfg.base}")) }}').rows()
    iris = sorted(r[0].value for r in rows if r[0] is not None)
    kinds = {}
    for iri in iris:
        kinds.setdefault(iri[len(cfg.base):].split("/")[0], iri)
    assert {"drug", "condition", "statement", "monograph"} <= set(kinds)
    c = app.test_client()
    for iri in kinds.values():
        resp = c.get("/id/" + quote(iri[len(cfg.base):]), headers=HTML)
        assert resp.status_code == 200, iri


def test_search_is_an_in_memory_index(app: Flask) -> None:
    c = app.test_client()
    hits = c.get("/search?q=imiq").get_json()["results"]
    assert hits[0]["iri"] == IMIQUIMOD and hits[0]["url"] == "/id/drug/imiquimod"
    by_brand = c.get("/search?q=clarit").get_json()["results"]
    assert by_brand and by_brand[0]["url"] == "/id/drug/loratadine" and by_brand[0]["field"] == "brand"
    assert c.get("/search?q=TLR7").get_json()["results"]
    page = c.get("/search?q=imiq", headers=HTML)
    assert page.mimetype == "text/html" and b"/id/drug/imiquimod" in page.data
    # each keystroke asks the index already built, never the store again (speed: bench/service.py)
    indexer = app.extensions["kg"].extras["search"]
    index, builds = indexer.index, indexer.builds
    for prefix in ("a", "ac", "act", "acti", "actin", "actini"):
        assert c.get(f"/search?q={prefix}").status_code == 200
    assert indexer.index is index and indexer.builds == builds


@pytest.mark.parametrize(("path", "media"), [
    ("/dump", "text/turtle"), ("/dump.ttl", "text/turtle"), ("/dump.nt", "application/n-triples"),
    ("/dump.nq", "application/n-quads"), ("/dump.trig", "application/trig"),
    ("/dump.jsonld", "application/ld+json"), ("/dump.rdf", "application/rdf+xml"),
])
def test_dump_in_every_format(app: Flask, path: str, media: str) -> None:
    resp = app.test_client().get(path)
    assert resp.status_code == 200 and resp.mimetype == media and len(resp.data) > 10000


def test_dump_leaves_the_build_records_out(app: Flask, built: tuple[OxigraphStore, object, Config]) -> None:
    store = built[0]
    assert any("/graph/build/" in g for g in store.named_graphs())  # the store has them ...
    dump = app.test_client().get("/dump.nq").data
    assert dump and b"/graph/build/" not in dump  # ... the dump, as kg export, does not


def test_void_health_metrics_and_service_description(app: Flask) -> None:
    c = app.test_client()
    void = c.get("/.well-known/void").get_data(as_text=True)
    assert "void:classPartition" in void and "void:propertyPartition" in void
    assert re.search(r"void:class <https://w3id.org/drugkg/vocab/Drug> ; void:entities \d+", void)
    health = c.get("/health").get_json()
    assert health["ok"] is True and health["quads"] > 1000
    metrics = c.get("/metrics").get_data(as_text=True)
    assert 'kg_http_requests_total{endpoint="/health",method="GET",status="200"}' in metrics
    assert "kg_http_request_duration_seconds_bucket" in metrics and "kg_query_timeouts_total" in metrics
    sd = c.get("/sparql")
    assert sd.mimetype == "text/turtle" and b"sd:Service" in sd.data and b"sd:endpoint" in sd.data
    assert c.get("/sparql", headers={"Accept": "application/ld+json"}).mimetype == "application/ld+json"


def test_access_log_has_one_line_per_query_with_its_time(app: Flask, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="kg.web.access"):
        app.test_client().get("/sparql?query=" + quote("ASK {}"))
    lines = [r.getMessage() for r in caplog.records if r.name == "kg.web.access"]
    assert len(lines) == 1 and '"GET /sparql?query=' in lines[0] and " 200 " in lines[0]
    assert re.search(r"query=\d+\.\d+ms", lines[0])


def test_monograph_text_is_escaped(tmp_path: Path, corpus: Path) -> None:
    """A monograph whose text carries <script> shows it as text on every page."""
    source = (corpus / "imiquimod.md").read_text(encoding="utf-8")
    hostile = source.replace("# Imiquimod", "# Scriptol <script>alert(1)</script>").replace(
        "**Generic Name:** Imiquimod", "**Generic Name:** Scriptol <script>alert(1)</script>").replace(
        "Precancerous skin lesions", "Precancerous <script>alert('quote')</script> lesions")
    folder = tmp_path / "mono"
    folder.mkdir()
    (folder / "scriptol.md").write_text(hostile, encoding="utf-8")
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(cfg.store)
    build([folder], store, cfg, link=False)
    app = create_app(cfg, store=store, workers=0)
    try:
        c = app.test_client()
        drugs = [h["url"] for h in c.get("/search?q=scriptol").get_json()["results"] if h["kind"] == "Drug"]
        assert drugs
        pages = [c.get(drugs[0], headers=HTML), c.get("/search?q=scriptol", headers=HTML),
                 c.get("/?query=" + quote("SELECT ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }"),
                       headers=HTML),
                 c.get("/queries/indications", headers=HTML)]
        for page in pages:
            text = page.get_data(as_text=True)
            assert page.status_code == 200, page.request.path
            assert "<script>alert" not in text
            assert "&lt;script&gt;alert" in text, page.request.path
    finally:
        close_app(app)


def test_kg_get(built: tuple[OxigraphStore, object, Config]) -> None:
    _, _, cfg = built
    runner = CliRunner()
    ok = runner.invoke(main, ["get", "/health", "--store", cfg.store])
    assert ok.exit_code == 0, ok.output
    assert json.loads(ok.stdout)["ok"] is True
    ttl = runner.invoke(main, ["get", "/id/drug/imiquimod", "--header", "Accept: text/turtle", "--store", cfg.store])
    assert ttl.exit_code == 0 and "@prefix" in ttl.stdout
    missing = runner.invoke(main, ["get", "/nope", "--store", cfg.store])
    assert missing.exit_code == 1 and '"status": 404' in missing.stdout


BROWSER_ACCEPT = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}


def test_health_and_metrics_are_pages_for_a_browser_and_data_for_clients(app: Flask) -> None:
    c = app.test_client()
    c.get("/queries/nosuchquery")  # a 404 the metrics page must count
    health = c.get("/health", headers=BROWSER_ACCEPT)
    assert health.status_code == 200 and health.mimetype == "text/html"
    quads = c.get("/health").get_json()["quads"]
    assert re.search(rf"<th>quads</th><td>{quads:,}</td>", health.get_data(as_text=True))
    assert c.get("/health", headers={"Accept": "application/json"}).get_json()["ok"] is True
    assert c.get("/health?format=json", headers=BROWSER_ACCEPT).get_json()["quads"] == quads
    page = c.get("/metrics", headers=BROWSER_ACCEPT)
    text = page.get_data(as_text=True)
    assert page.status_code == 200 and page.mimetype == "text/html"
    assert re.search(r"<code>/queries/&lt;name&gt;</code></td><td>\d+</td>\s*<td>.*404: \d", text), text[-2000:]
    prom = c.get("/metrics")
    assert prom.mimetype == "text/plain" and prom.get_data(as_text=True).startswith("# HELP")
    assert c.get("/metrics?format=text", headers=BROWSER_ACCEPT).mimetype == "text/plain"
    wrong = c.get("/metrics?format=xml")
    assert wrong.status_code == 406 and "format=text" in wrong.get_json()["error"]
