"""The search index never blocks a request for long: it is built in the background when the app
starts and after each write; meanwhile /search answers 503 with Retry-After and says so, and a
stored query's parameter given by name is looked up exactly. Real on-disk Oxigraph store in a
temporary directory, big enough that a build takes seconds; the real app over a real socket."""
from __future__ import annotations

import gc
import json
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.config import load_config
from kg.store import OxigraphStore
from kg.web import close_app, create_app
from kg.web.testing import SAMPLE_TRIG, LiveServer, live_server, served_process

TOKEN = "search-token"
VOCAB = "https://w3id.org/drugkg/vocab/"
ID = "https://w3id.org/drugkg/id/"
#: labelled drugs with a claim and its evidence each: a build of this many takes a few seconds
MANY = 30000


def many(n: int) -> str:
    lines = []
    for i in range(n):
        drug, st = f"<{ID}drug/compound-{i}>", f"<{ID}statement/compound-{i}/treats/c>"
        lines += [f"{drug} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{VOCAB}Drug> .",
                  f'{drug} <http://www.w3.org/2000/01/rdf-schema#label> "Compound {i}" .',
                  f"{st} <{VOCAB}subject> {drug} .",
                  f'{st} <{VOCAB}evidence> "Compound {i} treats condition number {i % 97} in adults." .']
    return "\n".join(lines)


def get(url: str, path: str, params: dict[str, str], accept: str = "application/json",
        timeout: float = 60) -> tuple[int, dict[str, str], bytes, float]:
    req = urllib.request.Request(url + path + "?" + urllib.parse.urlencode(params), headers={"Accept": accept})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, dict(resp.headers), resp.read(), time.perf_counter() - started
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read(), time.perf_counter() - started


def update(url: str, text: str) -> None:
    req = urllib.request.Request(url + "/sparql", data=urllib.parse.urlencode({"update": text}).encode(),
                                 headers={"Authorization": f"Bearer {TOKEN}"}, method="POST")
    with urllib.request.urlopen(req, timeout=60) as resp:
        assert resp.status == 204


def labels(body: bytes) -> list[str]:
    return [r["label"] for r in json.loads(body)["results"]]


def until_ready(url: str, q: str, deadline: float = 120) -> tuple[bytes, list[int]]:
    """Ask until the index answers; the statuses seen on the way."""
    seen = []
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        status, _, body, _ = get(url, "/search", {"q": q})
        seen.append(status)
        if status == 200:
            return body, seen
        assert status == 503, body
        time.sleep(0.2)
    raise AssertionError(f"the search index was not ready after {deadline} s: {seen[-5:]}")


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("search") / "db"
    store = OxigraphStore(path)
    store.load(SAMPLE_TRIG, "trig")
    store.load(many(MANY), "ntriples", f"{ID}graph/many")
    store.flush()
    del store
    return path


@pytest.fixture(scope="module")
def live(store_path: Path) -> Iterator[LiveServer]:
    """One server for the module (the store's write lock is its): the first test sees it start."""
    cfg = load_config(environ={}, store=str(store_path))
    app = create_app(cfg, store=OxigraphStore(store_path), workers=2, update_token=TOKEN, search_wait=0)
    with live_server(app) as server:
        server.app = app  # type: ignore[attr-defined]
        yield server
    close_app(app)


def test_a_request_during_the_build_is_told_to_come_back_then_search_works(live: LiveServer) -> None:
    indexer = live.app.extensions["kg"].extras["search"]  # type: ignore[attr-defined]
    status, headers, body, seconds = get(live.url, "/search", {"q": "imiquimod"})
    assert status == 503 and seconds < 2, (status, seconds, body)
    error = json.loads(body)["error"]
    assert "search index is being built" in error and "s so far" in error and "try again" in error, error
    assert 1 <= int(headers["Retry-After"]) <= 60
    status, headers, page, _ = get(live.url, "/search", {"q": "imiquimod"}, accept="text/html")
    assert status == 503 and b"search index is being built" in page and "Retry-After" in headers
    # a stored query's parameter by name does not wait for the index: an exact look-up
    status, _, rows, seconds = get(live.url, "/queries/indications.json", {"drug": "imiquimod"})
    assert status == 200 and seconds < 5, (status, rows)
    assert {r["drug"]["value"] for r in json.loads(rows)["results"]["bindings"]} == {f"{ID}drug/imiquimod"}
    status, _, body, _ = get(live.url, "/queries/indications.json", {"drug": "no such drug"})
    assert status == 400 and b"nothing is called" in body
    assert indexer.builds == 0, "the build ended before the checks above: make MANY larger"
    body, seen = until_ready(live.url, "imiquimod")
    assert labels(body)[0] == "Imiquimod" and set(seen[:-1]) <= {503}
    assert labels(get(live.url, "/search", {"q": "compound 12345"})[2])[0] == "Compound 12345"
    # by name once the index is there: any casing
    status, _, rows, _ = get(live.url, "/queries/indications.json", {"drug": "IMIQUIMOD"})
    assert status == 200 and json.loads(rows)["results"]["bindings"]


def test_results_follow_writes_and_never_lag(live: LiveServer) -> None:
    until_ready(live.url, "imiquimod")
    assert labels(get(live.url, "/search", {"q": "zorblatin"})[2]) == []
    update(live.url, f'INSERT DATA {{ GRAPH <{ID}graph/new> {{ <{ID}drug/zorblatin> a <{VOCAB}Drug> ; '
                     f'<http://www.w3.org/2000/01/rdf-schema#label> "Zorblatin" }} }}')
    # one more write while the index of the first is being built: both are in the next answer
    update(live.url, f'INSERT DATA {{ GRAPH <{ID}graph/new> {{ <{ID}drug/quenzamide> a <{VOCAB}Drug> ; '
                     f'<http://www.w3.org/2000/01/rdf-schema#label> "Quenzamide" }} }}')
    status, _, body, seconds = get(live.url, "/search", {"q": "zorblatin"})
    assert seconds < 2
    assert status == 503 or labels(body) == ["Zorblatin"], (status, body)  # never the index of before
    body, _ = until_ready(live.url, "zorblatin")
    assert labels(body) == ["Zorblatin"]
    assert labels(get(live.url, "/search", {"q": "quenzamide"})[2]) == ["Quenzamide"]
    update(live.url, f"DROP GRAPH <{ID}graph/new>")
    body, _ = until_ready(live.url, "zorblatin")
    assert labels(body) == []



def kept(saved: Path) -> int | None:
    """The kept index file's inode (a new one each time it is written), None if there is none."""
    return saved.stat().st_ino if saved.exists() else None


def rewritten(saved: Path, before: int | None, wait: float = 30) -> bool:
    end = time.monotonic() + wait
    while time.monotonic() < end:
        if kept(saved) not in (None, before):
            return True
        time.sleep(0.1)
    return False


def test_a_restart_loads_the_index_kept_beside_the_store_unless_the_store_changed(tmp_path: Path) -> None:
    path = tmp_path / "db"
    store = OxigraphStore(path)
    store.load(SAMPLE_TRIG, "trig")
    store.load(many(3000), "ntriples", f"{ID}graph/many")
    del store
    gc.collect()
    saved = tmp_path / "db.search.sqlite"
    with served_process(path) as server:
        assert labels(until_ready(server.url, "compound 123")[0])[0] == "Compound 123"
        assert rewritten(saved, None), "the index was not kept beside the store"
    with served_process(path) as server:  # a compaction in the first run makes one more read, no more
        until_ready(server.url, "compound 123")
        rewritten(saved, None, wait=3)
    first = kept(saved)
    with served_process(path) as server:  # no write since: the kept index, not written again
        assert labels(until_ready(server.url, "compound 123")[0])[0] == "Compound 123"
        assert labels(get(server.url, "/search", {"q": "zorblatin"})[2]) == []
        assert not rewritten(saved, first, wait=2)
    # another process writes while no server runs (into the store's log only: no flush)
    store = OxigraphStore(path)
    store.update(f'INSERT DATA {{ GRAPH <{ID}graph/new> {{ <{ID}drug/zorblatin> a <{VOCAB}Drug> ; '
                 f'<http://www.w3.org/2000/01/rdf-schema#label> "Zorblatin" }} }}')
    del store
    gc.collect()
    with served_process(path, token=TOKEN) as server:
        assert labels(until_ready(server.url, "zorblatin")[0]) == ["Zorblatin"]
        assert rewritten(saved, first)
        # the server writes: the next start must not find what was dropped, kept index or not
        update(server.url, f"DROP GRAPH <{ID}graph/new>")
        assert labels(until_ready(server.url, "zorblatin")[0]) == []
        time.sleep(1)  # the index is kept after it is in use
    with served_process(path) as server:
        assert labels(until_ready(server.url, "zorblatin")[0]) == []
        assert labels(until_ready(server.url, "compound 7")[0])[0] == "Compound 7"
    # a file that is not an index is said in the log and read past
    saved.write_bytes(b"not sqlite")
    junk = kept(saved)
    with served_process(path) as server:
        assert labels(until_ready(server.url, "compound 7")[0])[0] == "Compound 7"
        assert rewritten(saved, junk)
        assert "cannot be read" in server.stderr()
