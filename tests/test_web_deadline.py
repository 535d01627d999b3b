"""Safe by default: a query that would run for minutes is stopped at its deadline (its worker
process is killed, freeing the core), while another client's simple query keeps its speed."""
from __future__ import annotations

import json
import os
import statistics
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest

from kg.config import Config
from kg.store import OxigraphStore
from kg.web import close_app, create_app
from kg.web.testing import LiveServer, live_server

CARTESIAN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SIMPLE = "ASK { ?s a <https://w3id.org/drugkg/vocab/Drug> }"


@pytest.fixture(scope="module")
def server(built: tuple[OxigraphStore, object, Config]) -> Iterator[tuple[LiveServer, object]]:
    store, _, cfg = built
    app = create_app(cfg, store=store, workers=2, timeout=4, cache_bytes=0)
    with live_server(app) as live:
        yield live, app
    close_app(app)


def get(live: LiveServer, query: str, **params: str) -> tuple[int, bytes, float]:
    url = f"{live.url}/sparql?" + urllib.parse.urlencode({"query": query, **params})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(url, timeout=60) as resp:
            return resp.status, resp.read(), time.perf_counter() - started
    except urllib.error.HTTPError as e:
        return e.code, e.read(), time.perf_counter() - started


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


def test_cartesian_query_stops_at_its_deadline_and_frees_the_core(server: tuple[LiveServer, object]) -> None:
    live, app = server
    get(live, SIMPLE)  # warm a worker
    svc = app.extensions["kg"]  # type: ignore[attr-defined]
    before = set(svc.pool.pids())
    status, body, seconds = get(live, CARTESIAN, timeout="1.5")
    assert status == 503, body
    error = json.loads(body)
    assert error["ok"] is False and error["status"] == 503 and "deadline" in error["error"]
    assert 1.4 <= seconds < 3.0, seconds
    killed = before.union(svc.pool.pids()) - set(svc.pool.pids())
    assert killed, "the worker that ran the query should have been replaced"
    assert not any(alive(pid) for pid in killed)
    assert get(live, SIMPLE)[0] == 200  # a fresh worker answers
    assert "kg_query_timeouts_total" in urllib.request.urlopen(f"{live.url}/metrics").read().decode()


def test_server_default_deadline_applies_without_a_timeout_parameter(server: tuple[LiveServer, object]) -> None:
    live, _ = server
    status, _, seconds = get(live, CARTESIAN, timeout="60")  # asks for more than the server allows
    assert status == 503 and 3.9 <= seconds < 6.0, (status, seconds)


def test_other_clients_keep_their_speed_during_a_runaway_query(server: tuple[LiveServer, object]) -> None:
    live, _ = server
    baseline = [get(live, SIMPLE)[2] for _ in range(30)]
    result: dict[str, object] = {}
    runaway = threading.Thread(target=lambda: result.update(r=get(live, CARTESIAN, timeout="3")))
    runaway.start()
    time.sleep(0.3)
    during = []
    while runaway.is_alive() and len(during) < 200:
        status, _, seconds = get(live, SIMPLE)
        assert status == 200
        during.append(seconds)
    runaway.join()
    assert result["r"][0] == 503  # type: ignore[index]
    assert len(during) >= 20
    usual, busy = statistics.median(baseline), statistics.median(during)
    print(f"simple query median: {usual * 1000:.2f} ms alone, {busy * 1000:.2f} ms beside a runaway query")
    assert busy < usual * 3 + 0.005, (usual, busy)


def test_in_thread_mode_checks_the_deadline_between_rows(built: tuple[OxigraphStore, object, Config]) -> None:
    store, _, cfg = built
    app = create_app(cfg, store=store, workers=0, timeout=1, page_rows=10**9)
    try:
        started = time.perf_counter()
        resp = app.test_client().get("/?" + urllib.parse.urlencode(
            {"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }"}), headers={"Accept": "text/html"})
        assert resp.status_code == 503 and time.perf_counter() - started < 3
    finally:
        close_app(app)
    assert os.getpid() > 0
