"""Headless Chromium loads the query page, runs a stored query and opens entity pages over a
real socket, with no internet; a monograph carrying <script> shows it as text and runs nothing.
Then it is driven as a person would (kg.web.browser: the DevTools protocol over a pipe): search
with two words, follow a claim's evidence to its line in the monograph, page through and sort
5,000 rows, pick a drug by name in a stored-query form; no page logs an error (a CSP violation
would). Screenshots are kept in $KG_SCREENSHOTS (default: the test's temporary directory)."""
from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from kg.config import Config, load_config
from kg.pipeline import build
from kg.store import OxigraphStore, open_store
from kg.web import close_app, create_app
from kg.web.browser import Chromium
from kg.web.testing import LiveServer, live_server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium is not installed")


@pytest.fixture(scope="module")
def live(built: tuple[OxigraphStore, object, Config]) -> Iterator[LiveServer]:
    store, _, cfg = built
    app = create_app(cfg, store=store, workers=2)
    with live_server(app) as server:
        yield server
    close_app(app)


def chromium(tmp: Path, *args: str) -> str:
    profile = tmp / "profile"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
           f"--user-data-dir={profile}", "--virtual-time-budget=3000", *args]
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=90, check=False)
    return out.stdout


def shots_dir(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("KG_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize(("name", "path", "expect"), [
    ("query-page", "/", "Stored queries"),
    ("stored-query", "/queries/side-effects", "Side effects"),
    ("query-results", "/?query=" + quote(
        "PREFIX dkg: <https://w3id.org/drugkg/vocab/> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        "SELECT ?drug ?label (COUNT(?c) AS ?conditions) WHERE { ?drug a dkg:Drug ; rdfs:label ?label ; "
        "dkg:treats ?c } GROUP BY ?drug ?label ORDER BY DESC(?conditions)"), "conditions"),
    ("entity-drug", "/id/drug/imiquimod", "toll-like receptor 7"),
    ("entity-condition", "/id/condition/actinic-keratosis", "treats"),
])
def test_pages_render_in_chromium(live: LiveServer, tmp_path: Path, name: str, path: str, expect: str) -> None:
    dom = chromium(tmp_path, "--dump-dom", live.url + path)
    assert expect.lower() in dom.lower(), dom[:500]
    assert "Traceback" not in dom
    shot = shots_dir(tmp_path) / f"{name}.png"
    chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,900", live.url + path)
    assert shot.exists() and shot.stat().st_size > 10_000


def test_script_in_a_monograph_is_shown_as_text(tmp_path: Path, corpus: Path) -> None:
    source = (corpus / "imiquimod.md").read_text(encoding="utf-8")
    hostile = source.replace("# Imiquimod", "# Scriptol").replace(
        "**Generic Name:** Imiquimod",
        "**Generic Name:** Scriptol <script>document.title='pwned'</script>")
    folder = tmp_path / "mono"
    folder.mkdir()
    (folder / "scriptol.md").write_text(hostile, encoding="utf-8")
    cfg = load_config(environ={}, store=str(tmp_path / "db"))
    store = open_store(cfg.store)
    build([folder], store, cfg, link=False)
    app = create_app(cfg, store=store, workers=0)
    try:
        with live_server(app) as server:
            drug = [h["url"] for h in app.test_client().get("/search?q=scriptol").get_json()["results"]
                    if h["kind"] == "Drug"][0]
            dom = chromium(tmp_path, "--dump-dom", server.url + drug)
            shot = shots_dir(tmp_path) / "entity-script.png"
            chromium(tmp_path, f"--screenshot={shot}", "--window-size=1280,900", server.url + drug)
    finally:
        close_app(app)
    assert "pwned" in dom  # present as text ...
    assert "<title>pwned" not in dom  # ... never executed
    assert "&lt;script&gt;document.title" in dom


# -- driven as a person would: typing, clicking, paging (the DevTools protocol over a pipe) -----------

@pytest.fixture(scope="module")
def workbench(built: tuple[OxigraphStore, object, Config],
              tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from tests.test_web_workbench import reasoned_copy

    store = reasoned_copy(built, tmp_path_factory.mktemp("browser"))
    app = create_app(built[2], store=store, workers=2)
    with live_server(app) as server:
        yield server
    close_app(app)


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    with Chromium(width=1280, height=900) as b:
        yield b


def test_search_with_two_words_completes_then_lists_with_facets(workbench: LiveServer, browser: Chromium,
                                                                 tmp_path: Path) -> None:
    tab = browser.open(workbench.url + "/")
    tab.type("#search-box", "imiquimod cream")
    first = tab.wait("(document.querySelector('#search-hits li a span') || {}).textContent")
    assert first == "Imiquimod"
    tab.screenshot(shots_dir(tmp_path) / "search-completion.png")
    tab.key("Enter")
    tab.wait("location.pathname === '/search' && document.querySelector('ol.search-results') !== null")
    assert tab.text("ol.search-results li a") == "Imiquimod"
    tab.goto(workbench.url + "/search?format=html&q=skin+burning")
    assert "AdverseEffect" in tab.text("p.facets")
    tab.follow("p.facets a[href*='type=AdverseEffect']")
    tab.wait("location.search.includes('type=AdverseEffect') && "
             "document.querySelectorAll('ol.search-results .kind').length > 0")  # a late load event of the last page
    kinds = tab.eval("[...document.querySelectorAll('ol.search-results .kind')].map(e => e.textContent)")
    assert kinds and set(kinds) == {"AdverseEffect"}
    tab.screenshot(shots_dir(tmp_path) / "search-facets.png")
    assert tab.console_errors() == []


def test_evidence_sentence_leads_to_its_line_in_the_monograph(workbench: LiveServer, browser: Chromium,
                                                              tmp_path: Path) -> None:
    tab = browser.open(workbench.url + "/id/drug/imiquimod")
    assert "AI-generated or crowd-sourced" in tab.text("p.reliability")
    marked = tab.eval("[...document.querySelectorAll('#side-effects td.evidence mark')].map(m => m.textContent)")
    assert "redness" in [m.lower() for m in marked]
    tab.screenshot(shots_dir(tmp_path) / "entity-evidence.png")
    href = tab.eval("document.querySelector('#treats td.evidence .source a').getAttribute('href')")
    assert href.startswith("/monograph/imiquimod#L")
    tab.follow("#treats td.evidence .source a")
    line = href.split("#")[1]
    assert tab.eval("location.hash") == "#" + line
    row = tab.eval(f"getComputedStyle(document.getElementById('{line}')).backgroundColor")
    assert row not in ("rgba(0, 0, 0, 0)", "transparent")  # the :target line stands out
    assert tab.eval(f"document.getElementById('{line}').querySelectorAll('mark').length") >= 1
    tab.screenshot(shots_dir(tmp_path) / "monograph-source.png")
    tab.goto(workbench.url + "/id/side-effect/redness")
    assert "biolink:has_side_effect" in tab.text("p.aligned")
    tab.screenshot(shots_dir(tmp_path) / "entity-side-effect.png")
    assert tab.console_errors() == []


def test_page_through_5000_rows_and_sort(workbench: LiveServer, browser: Chromium, tmp_path: Path) -> None:
    tab = browser.open(workbench.url + "/?query=" + quote("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5000"))
    assert tab.text("#count").startswith("rows 1–1,000 of 5,000")
    tab.follow("nav.pager a.next")
    assert tab.text("#count").startswith("rows 1,001–2,000 of 5,000")
    tab.follow("nav.pager a.last")
    assert tab.text("#count").startswith("rows 4,001–5,000 of 5,000")
    tab.follow("table.results th:nth-child(2) a.sort")
    assert "sorted by ?p" in tab.text("#count") and tab.text("#count").startswith("rows 1–1,000")
    column = tab.eval("[...document.querySelectorAll('table.results tbody td:nth-child(2) > :first-child')]"
                      ".map(e => e.getAttribute('title') || e.getAttribute('href'))")
    assert column == sorted(column, key=str.casefold)
    tab.screenshot(shots_dir(tmp_path) / "results-paged.png")
    assert tab.console_errors() == []


def test_pick_a_drug_by_name_in_a_stored_query_form(workbench: LiveServer, browser: Chromium,
                                                     tmp_path: Path) -> None:
    tab = browser.open(workbench.url + "/queries/indications")
    tab.type("input[name=drug]", "imiq")
    options = tab.wait("[...document.querySelectorAll('#choices-drug option')].map(o => o.value)")
    assert options == ["Imiquimod"]
    tab.eval("document.querySelector('input[name=drug]').value = 'Imiquimod'")
    tab.screenshot(shots_dir(tmp_path) / "stored-query-pick.png")
    tab.follow("#params-form button[type=submit]")
    drugs = tab.eval("[...document.querySelectorAll('table.results tbody tr td:first-child a')].map(a => a.title)")
    assert drugs and set(drugs) == {"https://w3id.org/drugkg/id/drug/imiquimod"}
    assert tab.console_errors() == []
