"""Query tabs and the local history on the query page, driven in headless Chromium over a real
socket, with the YASQE editor and with the plain textarea: open two tabs, run a query in each,
reload, and both tabs and the history (with when each query ran and how many rows it gave) are
back; a tab that ran a query opens its results again. Screenshots go to $KG_SCREENSHOTS."""
from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.config import Config
from kg.store import OxigraphStore
from kg.web import close_app, create_app
from kg.web.browser import Chromium, Tab, available
from kg.web.editor import editor_dir
from kg.web.testing import LiveServer, live_server
from tests.test_web_browser import shots_dir

pytestmark = pytest.mark.skipif(not available(), reason="chromium is not installed")

PREFIXES = "PREFIX dkg: <https://w3id.org/drugkg/vocab/>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
DRUGS = PREFIXES + "# Drugs by name\nSELECT ?drug ?label WHERE { ?drug a dkg:Drug ; rdfs:label ?label } ORDER BY ?label"
TARGETS = PREFIXES + "# Targets\nSELECT ?t ?label WHERE { ?t a dkg:MolecularTarget ; rdfs:label ?label }"


@pytest.fixture(scope="module", params=["editor", "textarea"])
def live(request: pytest.FixtureRequest, built: tuple[OxigraphStore, object, Config],
         tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[LiveServer, str]]:
    store, _, cfg = built
    if request.param == "editor" and editor_dir(cfg) is None:
        pytest.skip("the editor package is not installed (npm ci --prefix editor)")
    before = os.environ.get("KG_EDITOR_DIR")
    if request.param == "textarea":
        os.environ["KG_EDITOR_DIR"] = str(tmp_path_factory.mktemp("no-editor"))  # nothing installed there
    try:
        app = create_app(cfg, store=store, workers=1)
    finally:
        if before is None:
            os.environ.pop("KG_EDITOR_DIR", None)
        else:
            os.environ["KG_EDITOR_DIR"] = before
    with live_server(app) as server:
        yield server, request.param
    close_app(app)


def count(built: tuple[OxigraphStore, object, Config], query: str) -> int:
    return len(list(built[0].query(query).rows()))


def put(tab: Tab, text: str) -> None:
    """Replace the editor's text as a person would: select all of it, type over it."""
    tab.eval("window.kgEditor ? (window.kgEditor.focus(), window.kgEditor.execCommand('selectAll'))"
             " : (document.getElementById('query').focus(), document.getElementById('query').select())")
    tab.send("Input.insertText", {"text": text})


def editor_text(tab: Tab) -> str:
    return str(tab.eval("window.kgEditor ? window.kgEditor.getValue() : document.getElementById('query').value"))


def tab_titles(tab: Tab) -> list[str]:
    return list(tab.eval("[...document.querySelectorAll('#query-tabs .tab .pick-tab')].map(b => b.textContent)"))


def test_two_tabs_and_the_history_come_back_after_a_reload(live: tuple[LiveServer, str], built, tmp_path: Path) -> None:  # noqa: ANN001
    server, kind = live
    drugs, targets = count(built, DRUGS), count(built, TARGETS)
    with Chromium() as browser:
        tab = browser.open(server.url + "/")
        assert bool(tab.eval("!!window.kgEditor")) == (kind == "editor")
        tab.wait("document.querySelectorAll('#query-tabs .tab').length === 1")
        put(tab, DRUGS)
        tab.follow("#run")
        assert tab.text("#count .total") == f"{drugs:,}"
        assert tab_titles(tab) == ["Drugs by name"]

        tab.click("#new-tab")
        tab.wait("document.querySelectorAll('#query-tabs .tab').length === 2")
        assert "PREFIX dkg:" in editor_text(tab) and editor_text(tab) != DRUGS  # the template
        assert tab.eval("document.querySelector('section.answer').hidden")  # the results were the other tab's
        put(tab, TARGETS)
        tab.follow("#run")
        assert tab.text("#count .total") == f"{targets:,}"

        tab.goto(server.url + "/")  # a new visit: nothing in the URL, all from this browser's storage
        assert tab_titles(tab) == ["Drugs by name", "Targets"]
        assert tab.eval("document.querySelector('#query-tabs .tab.active .pick-tab').textContent") == "Targets"
        assert editor_text(tab) == TARGETS
        history = tab.eval("[...document.querySelectorAll('#recent li')].map(li => li.innerText)")
        assert len(history) == 2 and not tab.eval("document.querySelector('.history').hidden")
        assert re.fullmatch(rf"Targets \d\d?:\d\d( [AP]M)? · {targets:,} rows", history[0]), history
        assert re.fullmatch(rf"Drugs by name \d\d?:\d\d( [AP]M)? · {drugs:,} rows", history[1]), history
        tab.screenshot(shots_dir(tmp_path) / f"query-tabs-{kind}.png")

        tab.follow("#query-tabs .tab:nth-child(1) .pick-tab")  # the first tab ran a query: its results
        assert editor_text(tab) == DRUGS and tab.text("#count .total") == f"{drugs:,}"
        assert tab.eval("document.querySelector('#query-tabs .tab.active .pick-tab').textContent") == "Drugs by name"
        tab.screenshot(shots_dir(tmp_path) / f"query-tabs-results-{kind}.png")
        tab.goto(tab.eval("location.href"))  # the same page again
        assert tab_titles(tab) == ["Drugs by name", "Targets"] and editor_text(tab) == DRUGS

        tab.click("#query-tabs .tab:nth-child(2) .close-tab")  # closing a tab keeps the other
        tab.wait("document.querySelectorAll('#query-tabs .tab').length === 1")
        tab.goto(server.url + "/")
        assert tab_titles(tab) == ["Drugs by name"]
        assert tab.console_errors() == []
