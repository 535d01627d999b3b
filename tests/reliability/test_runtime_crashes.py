"""Issue 9, points 4 and 5: texts that overflow the engine's stack (a segfault) end in a 400
with a reason, never in a dead server or a dead worker's 500. Nesting is refused before any
parser reads it; what crashes the engine all the same (a long chain of UNION or ||) crashes a
worker or an update's trial process, never the server, and an update that crashed wrote nothing.

A real ``kg serve`` process over a store on disk, and over its in-memory mirror (--memory),
whose updates are tried on a different kind of copy."""
from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from kg.web.testing import ServedProcess
from tests.reliability.runtime import SIMPLE, ask, call, make_store, put, query, serve, update

DEEP = 20_000
G = "http://example.org/graphs/crash"


@pytest.fixture(scope="module", params=["disk", "memory"])
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServedProcess]:
    path = make_store(tmp_path_factory.mktemp("crash") / "store")
    with serve(path, request.param, "--workers", "2", "--timeout", "10", "--worker-memory", "512") as live:
        yield live


def still_serving(live: ServedProcess) -> None:
    assert live.alive(), live.stderr()[-2000:]
    assert ask(live.url, SIMPLE)


NESTED_QUERIES = {
    "groups": "SELECT * WHERE " + "{" * DEEP + " ?s ?p ?o " + "}" * DEEP,
    "brackets": "SELECT * WHERE { ?s ?p " + "[ <http://e/p> " * DEEP + "?o" + " ]" * DEEP + " }",
    "parentheses": "SELECT * WHERE { ?s ?p ?o FILTER(" + "(" * DEEP + "?o" + ")" * DEEP + ") }",
    "optional": "SELECT * WHERE { " + "OPTIONAL { ?s ?p ?o " * DEEP + "}" * DEEP + " }",
    "quoted-triples": "SELECT * WHERE { " + "<< " * DEEP + "?s ?p ?o" + " >> ?p ?o" * DEEP + " }",
}


@pytest.mark.parametrize("name", NESTED_QUERIES)
def test_a_deeply_nested_query_is_a_400_with_its_depth(served: ServedProcess, name: str) -> None:
    reply = query(served.url, NESTED_QUERIES[name])
    assert reply.status == 400, reply.body[:300]
    reason = reply.error()
    assert "nests brackets" in reason and "at most 200" in reason, reason
    still_serving(served)


def test_nesting_inside_strings_iris_and_comments_does_not_count(served: ServedProcess) -> None:
    text = ('SELECT ?o WHERE { VALUES ?o { "' + "{" * DEEP + '" <http://e/' + "(" * 300 + "> } } # "
            + "[" * DEEP + "\nLIMIT 1")
    reply = query(served.url, text)
    assert reply.status == 200, reply.body[:300]


def test_a_modest_nesting_still_runs(served: ServedProcess) -> None:
    depth = 150
    reply = query(served.url, "SELECT * WHERE " + "{" * depth + " ?s ?p ?o " + "}" * depth + " LIMIT 1")
    assert reply.status == 200, reply.body[:300]


CHAINS = {
    "union": "SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * DEEP) + " }",
    "or": "SELECT * WHERE { ?s ?p ?o FILTER(" + " || ".join(["?o = 1"] * DEEP) + ") }",
    "plus": "SELECT * WHERE { ?s ?p ?o FILTER(" + " + ".join(["?o"] * DEEP) + " > 0) }",
}


@pytest.mark.parametrize("name", CHAINS)
def test_a_chain_that_crashes_the_engine_is_a_400_and_the_server_lives(served: ServedProcess, name: str) -> None:
    reply = query(served.url, CHAINS[name])
    assert reply.status == 400, reply.body[:300]
    assert "engine crashed" in reply.error()
    still_serving(served)


def test_an_update_with_20000_nested_groups_is_refused(served: ServedProcess) -> None:
    text = ("INSERT { <http://e/s> <http://e/p> <http://e/nested> } WHERE " + "{" * DEEP + " ?s ?p ?o "
            + "}" * DEEP)
    reply = update(served.url, text)
    assert reply.status == 400, reply.body[:300]
    assert "nests brackets" in reply.error()
    still_serving(served)
    assert not ask(served.url, "ASK { ?s ?p <http://e/nested> }")


def test_an_update_that_crashes_its_trial_writes_nothing(served: ServedProcess) -> None:
    text = ("INSERT { ?s <http://e/p> <http://e/chained> } WHERE { "
            + " UNION ".join(["{ ?s ?p ?o }"] * DEEP) + " }")
    reply = update(served.url, text)
    assert reply.status == 400, reply.body[:300]
    assert "engine crashed" in reply.error() and "update" in reply.error()
    still_serving(served)
    assert not ask(served.url, "ASK { ?s ?p <http://e/chained> }")


BODIES = {
    "turtle": ("text/turtle", b"<http://e/a> <http://e/p> " + b"[ <http://e/p> " * DEEP + b"1" + b" ]" * DEEP + b" ."),
    "collection": ("text/turtle", b"<http://e/a> <http://e/p> " + b"( " * DEEP + b"1" + b" )" * DEEP + b" ."),
    "jsonld": ("application/ld+json", b'{"@id": "http://e/a", "http://e/p": ' + b'{"http://e/p": ' * DEEP
               + b"1" + b"}" * DEEP + b"}"),
}


@pytest.mark.parametrize("name", BODIES)
def test_a_graph_store_put_of_deeply_nested_blank_nodes_is_refused(served: ServedProcess, name: str) -> None:
    content_type, body = BODIES[name]
    reply = put(served.url, G, body, content_type)
    assert reply.status == 400, reply.body[:300]
    assert "nests brackets" in reply.error()
    still_serving(served)
    assert call(served.url, "GET", "/store", params={"graph": G}).status == 404  # nothing written


def test_a_long_flat_chain_of_blank_nodes_is_stored_and_every_reader_survives_it(served: ServedProcess) -> None:
    """Flat Turtle (no nesting) can still make a chain of blank nodes 5,000 long, whose
    canonicalisation recurses once per link: a dump of it may fail, but in a worker."""
    chain = "".join(f"_:b{i} <http://e/next> _:b{i + 1} .\n" for i in range(5000)).encode()
    reply = put(served.url, G, chain)
    assert reply.status in (201, 204), reply.body[:300]
    assert ask(served.url, f"ASK {{ GRAPH <{G}> {{ ?a <http://e/next> ?b }} }}")
    dump = call(served.url, "GET", "/dump.nt")
    assert dump.status in (200, 500, 503), dump.body[:300]
    if dump.status != 200:
        dump.error()
    still_serving(served)
    assert call(served.url, "DELETE", "/store", params={"graph": G},
                headers={"Authorization": "Bearer runtime-token"}).status == 204


def test_the_envelope_of_a_refusal_is_one_line_json(served: ServedProcess) -> None:
    reply = query(served.url, NESTED_QUERIES["groups"])
    assert reply.body.endswith(b"\n") and json.loads(reply.body)["status"] == 400


def test_after_all_of_it_the_same_server_answers_with_its_workers(served: ServedProcess) -> None:
    still_serving(served)
    health = json.loads(call(served.url, "GET", "/health").body)
    assert health["ok"] and 1 <= health["workers"] <= 2
