"""Writes (SPARQL Update, Graph Store Protocol) need the token; SERVICE only to allowed hosts;
LOAD never; oversized requests refused — each with a 4xx and a one-line reason."""
from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kg.config import load_config
from kg.web import close_app, create_app
from kg.web.testing import live_server, sample_store

TOKEN = "gsp-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
G = "http://example.org/graphs/one"
TTL = b"<http://example.org/s> <http://example.org/p> \"one\" ."


@pytest.fixture()
def app() -> Iterator[Flask]:
    app = create_app(load_config(environ={}), store=sample_store(), workers=1, update_token=TOKEN)
    yield app
    close_app(app)


def ask(client: FlaskClient, query: str) -> bool:
    resp = client.get("/sparql", query_string={"query": query})
    assert resp.status_code == 200, resp.data
    return bool(resp.get_json()["boolean"])


@pytest.mark.parametrize("path", ["/store", "/rdf-graph-store"])
def test_graph_store_protocol_round_trip(app: Flask, path: str) -> None:
    c = app.test_client()
    q = {"graph": G}
    assert c.get(path, query_string=q).status_code == 404
    assert c.put(path, query_string=q, data=TTL, content_type="text/turtle").status_code == 401
    assert c.put(path, query_string=q, data=TTL, content_type="text/turtle", headers=AUTH).status_code == 201
    got = c.get(path, query_string=q, headers={"Accept": "application/n-triples"})
    assert got.status_code == 200 and got.mimetype == "application/n-triples" and b'"one"' in got.data
    assert c.head(path, query_string=q).status_code == 200
    more = b'<http://example.org/s> <http://example.org/p> "two" .'
    assert c.post(path, query_string=q, data=more, content_type="application/n-triples",
                  headers=AUTH).status_code == 204
    assert ask(c, f'ASK {{ GRAPH <{G}> {{ ?s ?p "one", "two" }} }}')
    assert c.put(path, query_string=q, data=more, content_type="text/turtle", headers=AUTH).status_code == 204
    assert not ask(c, f'ASK {{ GRAPH <{G}> {{ ?s ?p "one" }} }}')
    assert c.delete(path, query_string=q).status_code == 401
    assert c.delete(path, query_string=q, headers=AUTH).status_code == 204
    assert c.get(path, query_string=q).status_code == 404


def test_default_graph_and_bad_bodies(app: Flask) -> None:
    c = app.test_client()
    assert c.put("/store?default", data=TTL, content_type="text/turtle", headers=AUTH).status_code == 204
    assert b"one" in c.get("/store?default", headers={"Accept": "text/turtle"}).data
    bad = c.put(f"/store?graph={G}", data=b"<a> <b>", content_type="text/turtle", headers=AUTH)
    assert bad.status_code == 400
    assert c.put(f"/store?graph={G}", data=TTL, content_type="image/png", headers=AUTH).status_code == 415
    assert c.get(f"/store?graph={G}").status_code == 404  # the bad bodies wrote nothing


def test_updates_are_seen_by_queries_pages_and_search(app: Flask) -> None:
    c = app.test_client()
    assert c.get("/search?q=zzyzx").get_json()["results"] == []
    assert not ask(c, "ASK { <http://example.org/new> ?p ?o }")
    update = ("INSERT DATA { GRAPH <http://example.org/g> { <https://w3id.org/drugkg/id/drug/zzyzx> a "
              "<https://w3id.org/drugkg/vocab/Drug> ; <http://www.w3.org/2000/01/rdf-schema#label> 'Zzyzx' . "
              "<http://example.org/new> <http://example.org/p> 1 } }")
    assert c.post("/sparql", data={"update": update}, headers=AUTH).status_code == 204
    assert ask(c, "ASK { <http://example.org/new> ?p ?o }")
    assert [r["label"] for r in c.get("/search?q=zzyzx").get_json()["results"]] == ["Zzyzx"]
    assert c.get("/id/drug/zzyzx", headers={"Accept": "text/html"}).status_code == 200


def test_read_only_by_default() -> None:
    app = create_app(load_config(environ={}), store=sample_store(), workers=0)
    try:
        c = app.test_client()
        for resp in (c.post("/sparql", data={"update": "CLEAR ALL"}, headers=AUTH),
                     c.put(f"/store?graph={G}", data=TTL, content_type="text/turtle", headers=AUTH)):
            assert resp.status_code == 403 and "read-only" in resp.get_json()["error"]
        assert ask(c, "ASK { ?s ?p ?o }")
    finally:
        close_app(app)


def test_load_is_refused_even_with_the_token(app: Flask) -> None:
    resp = app.test_client().post("/sparql", data={"update": "LOAD <http://example.org/x.ttl>"}, headers=AUTH)
    assert resp.status_code == 403 and "LOAD" in resp.get_json()["error"]


def test_service_only_to_allowed_hosts_over_a_socket() -> None:
    app = create_app(load_config(environ={}), store=sample_store(), workers=2, service_allow=("127.0.0.1",))
    with live_server(app) as live:
        def get(query: str) -> tuple[int, dict]:
            url = f"{live.url}/sparql?" + urllib.parse.urlencode({"query": query})
            try:
                with urllib.request.urlopen(url, timeout=30) as r:
                    return r.status, json.loads(r.read())
            except urllib.error.HTTPError as e:
                return e.code, json.loads(e.read())

        status, body = get("SELECT * { SERVICE <http://localhost:1/sparql> { ?s ?p ?o } }")
        assert status == 403 and "allow-list" in body["error"]
        status, body = get("SELECT * { SERVICE ?x { ?s ?p ?o } }")
        assert status == 403
        federated = (f"SELECT ?l {{ SERVICE <{live.url}/sparql> {{ <https://w3id.org/drugkg/id/drug/imiquimod> "
                     "<http://www.w3.org/2000/01/rdf-schema#label> ?l } }")
        status, body = get(federated)
        assert status == 200, body
        assert [b["l"]["value"] for b in body["results"]["bindings"]] == ["Imiquimod"]
    close_app(app)


def test_oversized_request_refused_over_a_socket() -> None:
    app = create_app(load_config(environ={}), store=sample_store(), workers=0, max_request_bytes=1000)
    with live_server(app) as live:
        req = urllib.request.Request(f"{live.url}/sparql", data=b"ASK {}" + b" " * 5000,
                                     headers={"Content-Type": "application/sparql-query"})
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(req, timeout=10)
        assert err.value.code == 413
        assert "too large" in json.loads(err.value.read())["error"]
    close_app(app)
