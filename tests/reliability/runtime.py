"""Shared by the tests of issue 9, points 4-9 (crashes and runaway work): a real ``kg serve``
process over a store on disk (or its in-memory mirror), and plain HTTP calls to it."""
from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from pathlib import Path

from kg.store import OxigraphStore
from kg.web.testing import SAMPLE_TRIG, Reply, ServedProcess, served_process
from kg.web.testing import http_call as call

TOKEN = "runtime-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
DRUG = "https://w3id.org/drugkg/vocab/Drug"
SIMPLE = f"ASK {{ ?s a <{DRUG}> }}"


def make_store(path: Path, extra_triples: int = 0) -> Path:
    """The sample graph on disk (plus ``extra_triples`` filler triples), closed again."""
    store = OxigraphStore(path)
    store.load(SAMPLE_TRIG, "trig")
    if extra_triples:
        store.load("".join(f"<http://example.org/s{i}> <http://example.org/p{i % 7}> \"v{i}\" .\n"
                           for i in range(extra_triples)), "ntriples", "http://example.org/filler")
    store.flush()
    del store
    return path


@contextlib.contextmanager
def serve(path: Path, mode: str = "disk", *args: str) -> Iterator[ServedProcess]:
    """``kg serve`` over ``path`` with an update token; ``mode`` "memory" adds --memory."""
    extra = ("--memory",) if mode == "memory" else ()
    with served_process(path, *extra, *args, token=TOKEN) as served:
        yield served


def query(url: str, text: str, **params: str) -> Reply:
    """A query by direct POST (any size), JSON results."""
    return call(url, "POST", params=params or None, body=text.encode(),
                headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})


def update(url: str, text: str, **params: str) -> Reply:
    return call(url, "POST", params=params or None, body=text.encode(),
                headers={"Content-Type": "application/sparql-update", **AUTH})


def put(url: str, graph: str, body: bytes, content_type: str = "text/turtle") -> Reply:
    return call(url, "PUT", "/store", params={"graph": graph}, body=body,
                headers={"Content-Type": content_type, **AUTH})


def ask(url: str, text: str) -> bool:
    reply = query(url, text)
    assert reply.status == 200, reply.body[:300]
    return bool(json.loads(reply.body)["boolean"])
