"""Issue 9, point 14 (the service's part): hostile but small inputs end with a 4xx/5xx
envelope and a one-line reason, never a 500, a killed worker or unbounded metrics. A real
server over a real socket, requests sent raw with http.client (no client-side quoting)."""
from __future__ import annotations

import html
import http.client
import json
import re
from collections.abc import Iterator

import pytest
from flask import Flask

from kg.config import load_config
from kg.web import close_app, create_app
from kg.web.testing import LiveServer, live_server, sample_store

TOKEN = "input-token"


@pytest.fixture(scope="module")
def served() -> Iterator[tuple[Flask, LiveServer]]:
    app = create_app(load_config(environ={}), store=sample_store(), workers=2, update_token=TOKEN,
                     max_request_bytes=4000)
    with live_server(app) as live:
        yield app, live
    close_app(app)


def raw(live: LiveServer, method: str, path: str, body: bytes | None = None,
        headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", live.port, timeout=60)
    try:
        conn.putrequest(method, path, skip_accept_encoding=True)
        for k, v in {**(headers or {}), "Content-Length": str(len(body or b""))}.items():
            conn.putheader(k, v)
        conn.endheaders(body)
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def envelope(status: int, body: bytes) -> str:
    """The one-line reason of an error: the JSON envelope, or for a browser (Accept: text/html,
    issue 12) the error page, which carries the same status and reason."""
    if body.lstrip().lower().startswith(b"<!doctype html"):
        page = body.decode("utf-8")
        reason = re.search(r'<p class="reason">(.*?)</p>', page, re.S)
        assert reason and f"error {status}" in page, page[:300]
        text = html.unescape(reason.group(1))
        assert text and "\n" not in text and len(text) < 400
        return text
    data = json.loads(body)
    assert data["ok"] is False and data["status"] == status
    assert data["error"] and "\n" not in data["error"] and len(data["error"]) < 400
    return str(data["error"])


@pytest.mark.parametrize("tail", ["a%20b", "%3C", "%3E", "%22", "%7B", "%7D", "%00", "%ff", "%FE%FF",
                                  "%7C", "%5E", "%60", "a%5Cb", "%25", "x%25zz", "%EF%BF%BD"])
def test_entity_paths_that_cannot_be_iris_are_400(served: tuple[Flask, LiveServer], tail: str) -> None:
    _, live = served
    for accept in ("text/html", "text/turtle"):
        status, _, body = raw(live, "GET", f"/id/drug/{tail}", headers={"Accept": accept})
        assert status in (400, 404), (tail, status, body[:200])
        envelope(status, body)


@pytest.mark.parametrize(("tail", "status"), [("imiquimod", 200), ("%C3%A9t%C3%A9", 404), ("%2541", 404),
                                              ("%F0%9F%98%80", 404), ("imiquimod.ttl", 200)])
def test_entity_paths_that_are_iris_still_answer(served: tuple[Flask, LiveServer], tail: str, status: int) -> None:
    _, live = served
    got, _, body = raw(live, "GET", f"/id/drug/{tail}", headers={"Accept": "text/html"})
    assert got == status, body[:200]


@pytest.mark.parametrize("value", ["nan", "NaN", "-nan", "inf", "-inf", "Infinity", "1e400", "-1", "0", "-0",
                                   "abc", "0x10", "1_0e999"])
def test_bad_timeouts_are_400_and_kill_no_worker(served: tuple[Flask, LiveServer], value: str) -> None:
    app, live = served
    assert raw(live, "GET", "/sparql?query=ASK%7B%7D")[0] == 200
    pids = sorted(app.extensions["kg"].pool.pids())
    for path in (f"/sparql?query=ASK%7B%7D&timeout={value}", f"/queries/side-effects.json?timeout={value}"):
        status, _, body = raw(live, "GET", path, headers={"Accept": "application/json"})
        assert status == 400, (path, status, body[:200])
        assert "timeout" in envelope(400, body)
    status, _, body = raw(live, "GET", f"/?query=ASK%7B%7D&timeout={value}", headers={"Accept": "text/html"})
    assert status == 400 and b"timeout must be" in body  # the query page shows the reason
    assert sorted(app.extensions["kg"].pool.pids()) == pids


def test_a_huge_but_finite_timeout_is_the_service_limit(served: tuple[Flask, LiveServer]) -> None:
    _, live = served
    assert raw(live, "GET", "/sparql?query=ASK%7B%7D&timeout=1e308")[0] == 200


def test_made_up_methods_do_not_grow_the_metrics(served: tuple[Flask, LiveServer]) -> None:
    _, live = served
    for method in ("FOO", "GETX"):  # every series the made-up methods can add, added once
        raw(live, method, "/sparql")
        raw(live, method, "/nowhere")
    raw(live, "GET", "/metrics")
    before = raw(live, "GET", "/metrics")[2]
    for i in range(300):
        status, _, body = raw(live, f"M{i}X", "/sparql" if i % 2 else "/nowhere")
        assert status == 501 and "not implemented" in envelope(501, body)
    after = raw(live, "GET", "/metrics")[2]
    series = [line for line in after.decode().splitlines() if not line.startswith("#")]
    assert len(after.splitlines()) == len(before.splitlines()), "a made-up method added a series"
    assert not any(f'method="M{i}X"' in line for line in series for i in range(300))
    assert any('method="OTHER"' in line for line in series)


@pytest.mark.parametrize(("method", "path", "status"), [("PUT", "/sparql", 405), ("DELETE", "/", 405),
                                                        ("PATCH", "/store?default", 405), ("GET", "/nowhere", 404)])
def test_real_methods_in_the_wrong_place_keep_their_status(served: tuple[Flask, LiveServer], method: str,
                                                           path: str, status: int) -> None:
    _, live = served
    got, headers, body = raw(live, method, path)
    assert got == status
    envelope(status, body)
    if status == 405:
        assert "GET" in headers["allow"]


@pytest.mark.parametrize("path", ["/store?graph=http://e/g", "/store?default", "/rdf-graph-store?graph=http://e/g"])
@pytest.mark.parametrize("method", ["PUT", "POST"])
def test_a_graph_store_body_over_the_limit_is_413(served: tuple[Flask, LiveServer], path: str, method: str) -> None:
    _, live = served
    body = b"<http://e/s> <http://e/p> \"" + b"x" * 5000 + b"\" ."
    status, _, resp = raw(live, method, path, body, {"Content-Type": "text/turtle",
                                                     "Authorization": f"Bearer {TOKEN}"})
    assert status == 413, resp[:200]
    assert "too large" in envelope(413, resp)
