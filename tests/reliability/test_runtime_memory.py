"""Issue 9, points 7 and 8: a memory bound per worker, and caches bounded in bytes.

One ``?a ?b ?c . ?d ?e ?f ORDER BY`` query took a worker to 3.6 GB in 3 s; 40 distinct 9.9 MB
queries raised the server's resident memory from 106 MB to 607 MB for good. A real
``kg serve`` process with ``--worker-memory 512``, whose memory is read from /proc."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from kg.config import load_config
from kg.web import close_app, create_app
from kg.web.cache import ResultCache, key_size
from kg.web.executor import Answer, Job
from kg.web.testing import ServedProcess, sample_store
from tests.reliability.runtime import SIMPLE, ask, make_store, query, serve, update

HOG = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f ?a"


@pytest.fixture(scope="module", params=["disk", "memory"])
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedProcess]:
    path = make_store(tmp_path_factory.mktemp("memory") / "store", extra_triples=3000)
    with serve(path, request.param, "--workers", "2", "--timeout", "30", "--worker-memory", "512") as live:
        yield live


def test_a_query_past_the_worker_memory_bound_is_stopped_and_told_so(served: ServedProcess) -> None:
    before = served.rss_mb()
    reply = query(served.url, HOG)
    assert reply.status == 503, reply.body[:300]
    reason = reply.error()
    assert "memory bound" in reason and "512 MB" in reason and "--worker-memory" in reason, reason
    assert reply.seconds < 20  # stopped at 512 MB, long before its 30 s deadline
    assert served.rss_mb() - before < 50  # the server itself did not grow
    assert ask(served.url, SIMPLE)


def test_an_update_past_a_bound_is_stopped_and_writes_nothing(served: ServedProcess) -> None:
    text = "INSERT { ?a <http://e/hog> ?f } WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } }"
    reply = update(served.url, text, timeout="8")
    assert reply.status == 503, reply.body[:300]
    reason = reply.error()
    assert "memory bound" in reason or "deadline" in reason, reason
    assert not ask(served.url, "ASK { ?a <http://e/hog> ?f }")


def test_distinct_huge_queries_do_not_stay_in_the_server(served: ServedProcess) -> None:
    padding = "x" * 9_900_000
    for i in range(3):  # the buffers a big request needs, once
        assert query(served.url, f"{SIMPLE} # warm {i} {padding}").status == 200
    before = served.rss_mb()
    for i in range(12):
        reply = query(served.url, f"{SIMPLE} # {i} {padding}")
        assert reply.status == 200, reply.body[:300]
    grown = served.rss_mb() - before
    print(f"server RSS {before:.0f} MB -> {served.rss_mb():.0f} MB after 12 distinct 9.9 MB queries")
    assert grown < 60, grown


def test_the_result_cache_counts_keys_as_well_as_answers() -> None:
    cache = ResultCache(max_bytes=1024 * 1024, max_item=300 * 1024)
    answer = Answer("boolean", [], boolean=True)
    cache.put((0, Job("ASK {} #" + "x" * 400_000)), answer)  # a small answer under a big key
    assert len(cache) == 0
    for i in range(20):
        cache.put((0, Job(f"ASK {{}} # {i} " + "y" * 200_000)), answer)
        assert cache.size <= cache.max_bytes
    assert 3 <= len(cache) <= 5
    assert key_size((0, Job("z" * 1000))) > 1000


def test_void_is_computed_once_whatever_the_host() -> None:
    app = create_app(load_config(environ={}), store=sample_store(), workers=0)
    try:
        client = app.test_client()
        for i in range(50):
            resp = client.get("/.well-known/void", base_url=f"http://host{i}.example/",
                              headers={"Accept": "text/turtle"})
            assert resp.status_code == 200 and f"http://host{i}.example/sparql".encode() in resp.data
        assert len(app.extensions["kg"]._caches) <= 2  # the counts, not a copy per Host header
    finally:
        close_app(app)
