"""The warm-up of the stored queries' first pages (:mod:`kg.web.warm`, issue 10, "queries at
scale"): with ``warm=True`` the service works out every stored query's first page, with its total,
in the background when it starts and again after each write, so that the first request for one,
as a program or as a person, over a real socket, runs no query; without it, that request runs the
query. A real store in a temporary directory, the real app, a real update."""
from __future__ import annotations

import json
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.config import Config
from kg.store import OxigraphStore, open_store
from kg.stored_queries import list_queries
from kg.web import close_app, create_app
from kg.web.testing import LiveServer, live_server

TOKEN = "warm-test-token"
SIZE = 5


def fetch(live: LiveServer, path: str, **headers: str) -> tuple[int, bytes]:
    req = urllib.request.Request(live.url + path, headers=headers)
    with urllib.request.urlopen(req, timeout=120) as resp:
        return resp.status, resp.read()


@pytest.fixture()
def copy(built: tuple[OxigraphStore, object, Config], tmp_path: Path) -> Iterator[tuple[OxigraphStore, Config]]:
    """A store of its own (the test writes to it), copied from the built one."""
    store, _, cfg = built
    store.flush()
    target = tmp_path / "db"
    store.backup(target)
    yield open_store(target), cfg.with_(store=str(target))


def served_queries(app: object) -> int:
    return int(app.extensions["kg"].metrics.queries.value)  # type: ignore[attr-defined]


@pytest.mark.parametrize("warm", [True, False])
def test_the_first_pages_are_answered_from_the_warm_up(copy: tuple[OxigraphStore, Config], warm: bool) -> None:
    store, cfg = copy
    app = create_app(cfg, store=store, workers=2, page_rows=SIZE, timeout=30.0, warm=warm,
                     update_token=TOKEN)
    svc = app.extensions["kg"]
    try:
        with live_server(app) as live:
            if not warm:
                assert "warm" not in svc.extras
                status, body = fetch(live, "/queries/side-effects.json")
                assert status == 200 and served_queries(app) > 0  # the request ran its page and count
                return
            warmer = svc.extras["warm"]
            assert warmer.idle.wait(300) and warmer.rounds == 1
            names = [q.name for q in list_queries(cfg.queries_dir)]
            assert sorted(warmer.done) == sorted(names)
            assert all(not w.outcome.startswith("failed") for w in warmer.done.values()), warmer.done
            with urllib.request.urlopen(live.url + "/health?format=json", timeout=60) as resp:
                health = json.loads(resp.read())
            assert health["warmed"] == len(names) and health["warming"] is False
            before = served_queries(app)
            for name in names:
                status, body = fetch(live, f"/queries/{name}.json")
                page = json.loads(body)["page"]
                assert status == 200 and page["number"] == 1
                assert page["total"] is not None, (name, page)  # counted during the warm-up
                status, html = fetch(live, f"/queries/{name}", Accept="text/html")
                assert status == 200 and b"<table" in html or b"no row" in html.lower(), name
            assert served_queries(app) == before  # every page, count and HTML page came from the cache

            # a write: the cache is dropped and the warm-up runs again, for the new generation
            generation = svc.generation
            req = urllib.request.Request(
                live.url + "/store?graph=https://example.org/warm-test", method="PUT",
                data=b"<https://example.org/s> <https://example.org/p> \"o\" .\n",
                headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/n-triples"})
            with urllib.request.urlopen(req, timeout=60) as resp:
                assert resp.status in (200, 201, 204)
            assert svc.generation == generation + 1
            assert warmer.idle.wait(300)
            assert warmer.rounds == 2
            assert {w.generation for w in warmer.done.values()} == {svc.generation}
            before = served_queries(app)
            fetch(live, "/queries/side-effects.json")
            assert served_queries(app) == before
    finally:
        close_app(app)
