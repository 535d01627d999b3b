"""The query page's SPARQL editor: taken from npm (editor/package.json, ``npm ci --prefix
editor``), never from the repository. Without it the page is a plain textarea that works; with
it, headless Chromium types into it and sees highlighting, an error mark, and completion lists
for PREFIX declarations, our classes and the names of our nodes, with no page error (the CSP
allows only our own scripts, so the package is served from our origin)."""
from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest
from flask import Flask

from kg.config import Config
from kg.store import OxigraphStore
from kg.web import close_app, create_app
from kg.web.browser import Chromium, Tab, available
from kg.web.editor import editor_dir
from kg.web.testing import LiveServer, live_server
from tests.test_web_browser import shots_dir

BROWSER = {"Accept": "text/html"}


def test_without_the_package_the_page_is_a_plain_textarea(built: tuple[OxigraphStore, object, Config],
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_EDITOR_DIR", str(tmp_path))  # nothing installed there
    store, _, cfg = built
    app: Flask = create_app(cfg, store=store, workers=0)
    try:
        c = app.test_client()
        page = c.get("/", headers=BROWSER).get_data(as_text=True)
        assert "<textarea" in page and "/editor/yasqe" not in page and "editor.js" not in page
        assert c.get("/static/editor/yasqe.min.js").status_code == 404
        ran = c.get("/?query=" + quote("ASK {}"), headers=BROWSER)
        assert ran.status_code == 200 and "true" in ran.get_data(as_text=True)
        vocab = c.get("/editor/vocabulary.json").get_json()
        assert vocab["prefixes"]["dkg"] == "https://w3id.org/drugkg/vocab/"
        assert "https://w3id.org/drugkg/vocab/Drug" in vocab["classes"]
        assert "https://w3id.org/drugkg/vocab/treats" in vocab["properties"]
    finally:
        close_app(app)


needs_editor = pytest.mark.skipif(not available() or editor_dir(Config()) is None,
                                  reason="chromium or the editor package (npm ci --prefix editor) is missing")


@pytest.fixture(scope="module")
def live(built: tuple[OxigraphStore, object, Config]) -> Iterator[LiveServer]:
    store, _, cfg = built
    os.environ.pop("KG_EDITOR_DIR", None)
    app = create_app(cfg, store=store, workers=1)
    with live_server(app) as server:
        yield server
    close_app(app)


def typed(tab: Tab, text: str) -> None:
    for ch in text:
        tab.send("Input.insertText", {"text": ch})
        time.sleep(0.02)


def hints(tab: Tab) -> list[str]:
    tab.wait("document.querySelectorAll('.CodeMirror-hint').length > 0")
    return list(tab.eval("[...document.querySelectorAll('.CodeMirror-hint')].map(e => e.textContent)"))


@needs_editor
def test_the_editor_highlights_marks_errors_and_completes(live: LiveServer, tmp_path: Path) -> None:
    with Chromium() as browser:
        tab = browser.open(live.url + "/")
        tab.wait("!!window.kgEditor")
        assert tab.eval("[...document.scripts].map(s => s.getAttribute('src'))") == [
            "/static/app.js", "/static/editor/yasqe.min.js", "/static/editor.js", "/static/tabs.js"]
        assert tab.eval("document.querySelector('.CodeMirror .cm-keyword').textContent") == "PREFIX"
        assert tab.eval("document.getElementById('query').hidden") is True
        # PREFIX completion: ours
        tab.eval("kgEditor.setValue(''); kgEditor.focus(); true")
        typed(tab, "PREFIX bio")
        assert "biolink: <https://w3id.org/biolink/vocab/>" in hints(tab)
        # classes after `a`
        tab.eval("kgEditor.setValue('PREFIX dkg: <https://w3id.org/drugkg/vocab/>\\nSELECT * WHERE {\\n  ?d a ');"
                 "kgEditor.setCursor({line: 2, ch: 7}); kgEditor.focus(); true")
        typed(tab, "dkg:Dr")
        assert {"dkg:Drug", "dkg:DrugClass"} <= set(hints(tab))
        tab.screenshot(shots_dir(tmp_path) / "editor-completion.png")
        # the names of our nodes, as IRIs (Ctrl+Space)
        tab.eval("kgEditor.setValue('SELECT * WHERE {\\n  ?d ?p '); kgEditor.setCursor({line: 1, ch: 9});"
                 "kgEditor.focus(); true")
        typed(tab, "imiq")
        tab.key(" ", "Space", modifiers=2)
        assert hints(tab)[0] == "Imiquimod · Drug  <https://w3id.org/drugkg/id/drug/imiquimod>"
        # an error is marked as you type
        tab.eval("kgEditor.setValue('SELECT * WHERE { ?s ?p }'); true")
        tab.wait("kgEditor.queryValid === false && document.querySelectorAll('.parseErrorIcon').length > 0")
        # Ctrl+Enter runs what the editor holds
        tab.eval("kgEditor.setValue('SELECT ?drug WHERE { ?drug a <https://w3id.org/drugkg/vocab/Drug> }');"
                 "kgEditor.focus(); kgEditor.setCursor({line: 0, ch: 3}); true")
        since = len(browser.events)
        tab.key("Enter", modifiers=2)
        browser.wait_event("Page.loadEventFired", tab.session, since)
        assert tab.text("#count").startswith("rows 1–15 of 15")
        tab.wait("!!window.kgEditor")
        assert "?drug" in tab.eval("kgEditor.getValue()")
        assert tab.eval("document.querySelectorAll('#recent li').length") >= 1  # the local history
        tab.screenshot(shots_dir(tmp_path) / "editor-results.png")
        assert tab.console_errors() == []
