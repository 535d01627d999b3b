"""Headless Chromium loads the query page, runs a stored query and opens entity pages over a
real socket, with no internet; a monograph carrying <script> shows it as text and runs nothing.
Screenshots are kept in $KG_SCREENSHOTS (default: the test's temporary directory)."""
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
