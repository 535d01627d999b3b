"""One JSON envelope for every error, pinned: {"ok": false, "status": N, "error": "one line"}."""
from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import quote

import pytest
from flask import Flask

from kg.config import load_config
from kg.web import close_app, create_app
from kg.web.testing import sample_store

TOKEN = "t0ken"


@pytest.fixture(scope="module")
def app() -> Iterator[Flask]:
    app = create_app(load_config(environ={}), store=sample_store(), workers=1, update_token=TOKEN,
                     timeout=1.0, max_request_bytes=4096)

    @app.route("/boom")
    def boom() -> str:
        raise RuntimeError("secret internals\nTraceback (most recent call last)")

    yield app
    close_app(app)


AUTH = {"Authorization": f"Bearer {TOKEN}"}
CARTESIAN = quote("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }")
ERRORS = [
    # method, path, headers, body, status, words the message must contain
    ("GET", "/no/such/page", {}, None, 404, "no such page"),
    ("GET", "/sparql?query=" + quote("SELECT * WHERE {"), {}, None, 400, "malformed SPARQL query"),
    ("GET", "/sparql?query=ASK%7B%7D&query=ASK%7B%7D", {}, None, 400, "exactly one"),
    ("GET", "/sparql?query=" + quote("SELECT * {?s ?p ?o}"), {"Accept": "text/turtle"}, None, 406, "cannot write"),
    ("GET", "/sparql?query=" + quote("ASK {}") + "&timeout=soon", {}, None, 400, "timeout"),
    ("GET", f"/sparql?query={CARTESIAN}", {}, None, 503, "deadline"),
    ("PUT", "/sparql", {}, None, 405, "not allowed"),
    ("GET", "/sparql?update=CLEAR%20ALL", {}, None, 405, "POST"),
    ("POST", "/sparql", {"Content-Type": "text/plain"}, b"ASK {}", 415, "Content-Type"),
    ("POST", "/sparql", {"Content-Type": "application/sparql-update"}, b"CLEAR ALL", 401, "Bearer"),
    ("POST", "/sparql", {"Content-Type": "application/sparql-update", "Authorization": "Bearer nope"},
     b"CLEAR ALL", 403, "wrong"),
    ("POST", "/sparql", {"Content-Type": "application/sparql-query"}, b"ASK {}" + b" " * 5000, 413, "too large"),
    ("GET", "/sparql?query=" + quote("SELECT * { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }"),
     {}, None, 403, "allow-list"),
    ("POST", "/sparql", {**AUTH, "Content-Type": "application/sparql-update"},
     b"LOAD <http://example.org/x.ttl>", 403, "LOAD"),
    ("GET", "/queries/no-such-query", {}, None, 404, "no stored query"),
    ("GET", "/queries/indications.json?drug=not%20an%20iri", {}, None, 400, "IRI"),
    ("GET", "/id/drug/no-such-drug", {}, None, 404, "nothing is known"),
    ("GET", "/id/drug/imiquimod", {"Accept": "image/png"}, None, 406, "entity"),
    ("GET", "/store", {}, None, 400, "graph"),
    ("GET", "/store?graph=http%3A%2F%2Fe%2Fmissing", {}, None, 404, "no graph"),
    ("PUT", "/store?default", {**AUTH, "Content-Type": "text/turtle"}, b"<a> <b> .", 400, "cannot parse"),
    ("GET", "/dump.xyz", {}, None, 404, "dump format"),
    ("GET", "/search?q=x&limit=many", {}, None, 400, "limit"),
    ("GET", "/boom", {}, None, 500, "internal error"),
]


@pytest.mark.parametrize(("method", "path", "headers", "body", "status", "words"), ERRORS,
                         ids=[f"{e[4]}-{e[1][:40]}" for e in ERRORS])
def test_error_envelope(app: Flask, method: str, path: str, headers: dict[str, str], body: bytes | None,
                        status: int, words: str) -> None:
    resp = app.test_client().open(path, method=method, headers=headers, data=body)
    assert resp.status_code == status, resp.data
    assert resp.mimetype == "application/json"
    payload = json.loads(resp.data)
    assert set(payload) == {"ok", "status", "error"}
    assert payload["ok"] is False and payload["status"] == status
    message = payload["error"]
    assert isinstance(message, str) and message and "\n" not in message
    assert words.lower() in message.lower(), message
    assert "Traceback" not in resp.get_data(as_text=True)


def test_401_says_how_to_authenticate(app: Flask) -> None:
    resp = app.test_client().post("/sparql", data={"update": "CLEAR ALL"})
    assert resp.status_code == 401 and resp.headers["WWW-Authenticate"].startswith("Bearer")


def test_405_lists_the_allowed_methods(app: Flask) -> None:
    resp = app.test_client().delete("/sparql")
    assert resp.status_code == 405 and "POST" in resp.headers["Allow"]
