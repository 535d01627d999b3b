"""The W3C SPARQL 1.1 Protocol tests (tests/w3c/protocol_manifest.py) over a real socket.

Each test gets a fresh server over an in-memory store holding the dataset the suite assumes
(data0.rdf .. data3.rdf as named graphs); updates are sent with the bearer token.
"""
from __future__ import annotations

import http.client
import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest

from kg.config import load_config
from kg.store import OxigraphStore
from kg.web import close_app, create_app
from kg.web.testing import LiveServer, live_server
from tests.w3c.protocol_manifest import CASES, DATASET_TRIG, Case, Req

TOKEN = "protocol-token"
SRX = "{http://www.w3.org/2005/sparql-results#}"


@pytest.fixture()
def server() -> Iterator[LiveServer]:
    store = OxigraphStore(None)
    store.load(DATASET_TRIG, "trig")
    app = create_app(load_config(environ={}), store=store, workers=2, update_token=TOKEN)
    with live_server(app) as live:
        yield live
    close_app(app)


def send(live: LiveServer, req: Req) -> tuple[int, str, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", live.port, timeout=30)
    headers = {"Authorization": f"Bearer {TOKEN}", **req.headers}
    if req.method == "POST" or req.body:
        headers.setdefault("Content-Length", str(len(req.body)))
    conn.request(req.method, req.path, body=req.body or None, headers=headers)
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, resp.getheader("Content-Type", ""), body


def boolean_of(content_type: str, body: bytes) -> bool:
    if "json" in content_type:
        return bool(json.loads(body)["boolean"])
    root = ET.fromstring(body)
    return root.find(f"{SRX}boolean").text == "true"  # type: ignore[union-attr]


def one_absolute_iri_not_test(body: bytes) -> None:
    uris = [u.text for u in ET.fromstring(body).iter(f"{SRX}uri")]
    assert len(uris) == 1 and uris[0] != "test" and uris[0].endswith("test") and ":" in uris[0], uris


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_protocol(server: LiveServer, case: Case) -> None:
    for req in case.requests:
        status, content_type, body = send(server, req)
        if req.status == "2XX":
            assert 200 <= status < 400, (status, body[:300])
        else:
            assert 400 <= status < 500, (status, body[:300])
            error = json.loads(body)
            assert error["ok"] is False and error["status"] == status
        if req.exact is not None:
            assert status == req.exact, (status, body[:300])
        media = content_type.split(";")[0].strip()
        if req.types:
            assert media in req.types, content_type
        if req.boolean is not None:
            assert boolean_of(media, body) is req.boolean
        if req.check == "one_absolute_iri_not_test":
            one_absolute_iri_not_test(body)


def test_manifest_literal_query_post_form(server: LiveServer) -> None:
    """The manifest's own transcription of query_post_form: a POST with its query in the URL."""
    status, content_type, body = send(server, Req("POST", "/sparql?query=ASK%20%7B%7D"))
    assert status == 200 and boolean_of(content_type, body) is True
