"""The paging contract of stored queries and the query page (issue 10, "queries at scale"), over
a real socket: a first page of ``page_rows`` rows with the total, ``Link: rel=next`` (and
``X-Total-Count``) for programs and next/last links on pages, a last page without a next, a page
past the end that is an empty page saying so (200, not an error), and a total that says "more
than N" when counting stops. The totals and rows are checked against the whole result as the
store itself gives it."""
from __future__ import annotations

import csv
import io
import json
import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from urllib.parse import quote

import pytest

from kg.config import Config
from kg.store import OxigraphStore, Term
from kg.stored_queries import get_query
from kg.web import close_app, create_app, paging
from kg.web.testing import LiveServer, live_server

SIZE = 7
HTML = {"Accept": "text/html"}
IMIQUIMOD = "https://w3id.org/drugkg/id/drug/imiquimod"


@pytest.fixture(scope="module")
def live(built: tuple[OxigraphStore, object, Config]) -> Iterator[LiveServer]:
    store, _, cfg = built
    app = create_app(cfg, store=store, workers=2, page_rows=SIZE, timeout=60.0)
    with live_server(app) as server:
        yield server
    close_app(app)


def get(live: LiveServer, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(live.url + path, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=120) as resp:
            return resp.status, dict(resp.headers.items()), resp.read()
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers.items()), e.read()


def links(headers: dict[str, str]) -> dict[str, str]:
    return {rel: href for href, rel in re.findall(r'<([^>]+)>; rel="(\w+)"', headers.get("Link", ""))}


def whole(built: tuple[OxigraphStore, object, Config], name: str, **bindings: Term) -> list[tuple[str, ...]]:
    """Every row of a stored query, straight from the store, as tuples of values."""
    store, _, cfg = built
    text = get_query(cfg.queries_dir, name).text
    return [tuple("" if t is None else t.value for t in row) for row in store.query(text, bindings=bindings).rows()]


def count_line(page: str) -> list[str]:
    return re.findall(r"<p class=.count.*?</p>", page, re.S)


def values(page: dict) -> list[tuple[str, ...]]:  # type: ignore[type-arg]
    names = page["head"]["vars"]
    return [tuple(b[v]["value"] if v in b else "" for v in names) for b in page["results"]["bindings"]]


def test_the_api_pages_a_stored_query_with_its_total_and_next_links(live: LiveServer, built) -> None:  # noqa: ANN001
    expected = whole(built, "side-effects")
    assert len(expected) > 3 * SIZE
    status, headers, body = get(live, "/queries/side-effects.json")
    first = json.loads(body)
    assert status == 200 and len(first["results"]["bindings"]) == SIZE and first["truncated"] is True
    assert first["page"]["total"] == len(expected) == int(headers["X-Total-Count"])
    assert first["page"]["pages"] == -(-len(expected) // SIZE)
    rel = links(headers)
    assert rel["next"] == "/queries/side-effects.json?page=2" and "prev" not in rel
    seen, path, pages = values(first), rel["next"], 1
    while "next" in rel:
        status, headers, body = get(live, path)
        page = json.loads(body)
        pages += 1
        assert status == 200 and page["page"]["number"] == pages
        seen += values(page)
        rel = links(headers)
        path = rel.get("next", "")
    assert page["page"]["rows"] <= SIZE and page["truncated"] is False and rel["prev"] and rel["last"]
    assert pages == first["page"]["pages"]
    assert seen == expected  # the pages, in order, are the whole result in its order


def test_a_page_past_the_end_is_empty_and_says_so(live: LiveServer, built) -> None:  # noqa: ANN001
    total = len(whole(built, "side-effects"))
    status, headers, body = get(live, "/queries/side-effects.json?page=999")
    page = json.loads(body)
    assert status == 200 and page["results"]["bindings"] == [] and page["truncated"] is False
    assert "past the end" in page["page"]["note"] and f"{total:,} rows" in page["page"]["note"]
    assert "next" not in links(headers) and links(headers)["last"].endswith(f"page={-(-total // SIZE)}")
    status, _, body = get(live, "/queries/side-effects?page=999", HTML)
    text = body.decode()
    assert status == 200 and "Page 999 is past the end" in text and f">{total:,}</strong> rows" in text
    assert "<tbody>" not in text and "page 999 of" not in text  # no empty table, no pager past the end


def test_a_parameterised_query_pages_its_own_rows(live: LiveServer, built,  # noqa: ANN001
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    expected = whole(built, "side-effects", drug=Term("uri", IMIQUIMOD))
    # a count bound below the whole result's size but above the drug's: the drug is counted
    # whole, so its value was bound inside the count, not filtered after the count stopped
    monkeypatch.setattr(paging, "COUNT_CAP", len(expected) + 1)
    assert len(whole(built, "side-effects")) > 3 * len(expected)
    status, headers, body = get(live, "/queries/side-effects.json?drug=imiquimod")
    page = json.loads(body)
    assert page["page"]["total"] == len(expected) and values(page) == expected[:SIZE]
    assert links(headers)["next"] == "/queries/side-effects.json?drug=imiquimod&page=2"
    # a CSV asked for by page is that page; without one it is every row (a download)
    status, headers, body = get(live, "/queries/side-effects.csv?drug=imiquimod&page=2")
    rows = list(csv.reader(io.StringIO(body.decode())))
    assert status == 200 and len(rows) == 1 + min(SIZE, len(expected) - SIZE)
    assert tuple(rows[1]) == expected[SIZE] and headers["X-Total-Count"] == str(len(expected))
    everything = get(live, "/queries/side-effects.csv?drug=imiquimod")[2].decode()
    assert len(list(csv.reader(io.StringIO(everything)))) == 1 + len(expected)


def test_the_html_pages_carry_the_total_and_the_way_on(live: LiveServer, built) -> None:  # noqa: ANN001
    total = len(whole(built, "indications"))
    pages = -(-total // SIZE)
    text = get(live, "/queries/indications?page=2", HTML)[2].decode()
    assert re.search(rf"rows 8–14 of <strong[^>]*>{total:,}</strong> rows", text)
    assert f"page 2 of {pages}" in text
    assert 'href="/queries/indications?page=3" class="next" rel="next"' in text
    assert f'href="/queries/indications?page={pages}" class="last"' in text
    last = get(live, f"/queries/indications?page={pages}", HTML)[2].decode()
    assert 'rel="next"' not in last and f"of <strong class=\"total\">{total:,}</strong>" in last
    # the query page pages a SELECT without a LIMIT the same way
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    quads = json.loads(get(live, "/health")[2])["quads"]
    page = get(live, "/?page=3&query=" + quote(q), HTML)[2].decode()
    assert re.search(rf"rows 15–21 of <strong[^>]*>{quads:,}</strong> rows", page), page[:3000]
    assert 'class="next" rel="next"' in page and "class=\"last\"" in page


def test_sorting_a_paged_result_is_done_by_the_engine(live: LiveServer, built) -> None:  # noqa: ANN001
    labels = sorted({row[3] for row in whole(built, "indications")}, reverse=True)
    page = json.loads(get(live, "/queries/indications.json?sort=conditionLabel&desc=1")[2])
    shown = [v[3] for v in values(page)]
    assert len(shown) == SIZE and shown == sorted(shown, reverse=True) and shown[0] == labels[0]
    html = get(live, "/queries/indications?sort=conditionLabel&desc=1&page=2", HTML)[2].decode()
    assert "sorted by ?conditionLabel, descending" in html and "rows 8–14 of" in html


def test_a_count_that_stops_says_more_than(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paging, "COUNT_CAP", 10)  # counting stops past 10 rows
    q = "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"
    page = get(live, "/?page=2&timeout=30&query=" + quote(q), HTML)[2].decode()
    assert re.search(r"rows 8–14 of <strong[^>]*>more than 10</strong> rows", page), count_line(page)
    assert "counting stops at 10" in page and "page 2 of" not in page
    assert 'rel="next"' in page and 'class="last"' not in page
    status, headers, body = get(live, "/queries/side-effects.json?page=2")
    data = json.loads(body)["page"]
    assert data["total"] is None and data["totalAtLeast"] == 10 and "X-Total-Count" not in headers
    assert "next" in links(headers) and "last" not in links(headers)


def test_a_count_that_takes_too_long_is_given_up_and_not_tried_again(built, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    store, _, cfg = built
    monkeypatch.setattr(paging, "COUNT_BUDGET", 0.5)
    app = create_app(cfg, store=store, workers=2, page_rows=SIZE, timeout=30.0)
    try:
        c = app.test_client()
        # a page finds its 15 rows at once; the count compares pairs of the 22,000² for a minute
        q = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f FILTER(STRLEN(STR(?c)) = STRLEN(STR(?f)) + 1) }"
        first = c.get("/?page=2&query=" + quote(q), headers=HTML).get_data(as_text=True)
        assert re.search(r"rows 8–14 of <strong[^>]*>more than 14</strong> rows", first), count_line(first)
        assert "counting takes over 0.5 s" in first and 'rel="next"' in first
        metrics = app.extensions["kg"].metrics
        assert metrics.timeouts.value == 1
        again = c.get("/?page=3&query=" + quote(q), headers=HTML).get_data(as_text=True)
        assert "rows 15–21 of" in again and "counting takes over 0.5 s" in again
        assert metrics.timeouts.value == 1  # the count was not run again before the next write
    finally:
        close_app(app)
