"""Take the README's screenshots of the service: ``python docs/screenshots.py [STORE]`` serves
STORE (default .kg/store, built with ``kg build``) on a free port and drives headless Chromium
over it (kg.web.browser), writing docs/*.png."""
from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import quote

from kg.config import load_config
from kg.store import open_store
from kg.web import close_app, create_app
from kg.web.browser import Chromium
from kg.web.testing import live_server

HERE = Path(__file__).resolve().parent


def main(store: str = ".kg/store") -> None:
    cfg = load_config(store=store)
    app = create_app(cfg, store=open_store(cfg.store, read_only=True), workers=1)
    try:
        with live_server(app) as server, Chromium(width=1200, height=760) as browser:
            tab = browser.open(server.url + "/")
            tab.screenshot(HERE / "overview.png")
            tab.goto(server.url + "/id/drug/imiquimod#side-effects")
            tab.eval("window.scrollTo(0, 0)")
            tab.screenshot(HERE / "entity-evidence.png")
            tab.goto(server.url + "/monograph/imiquimod#L25")
            tab.screenshot(HERE / "monograph-source.png")
            tab.goto(server.url + "/search?format=html&q=" + quote("skin burning"))
            tab.screenshot(HERE / "search.png")
            tab.goto(server.url + "/?sort=p&query=" + quote("SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5000"))
            tab.screenshot(HERE / "results.png")
    finally:
        close_app(app)


if __name__ == "__main__":
    main(*sys.argv[1:])
