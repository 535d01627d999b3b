"""Every link on every page, followed as a browser would (its Accept header) over a real socket:
none answers 4xx/5xx, and none gives a browser raw JSON unless the link asks for data by name
(a ``.json``/``.csv`` suffix, a ``format=``). Those data links are the same few suffixes on
every entity, so one of each suffix per kind of page is fetched, and must answer 200."""
from __future__ import annotations

import re
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from urllib.parse import quote, urldefrag, urljoin, urlsplit

import pytest

from kg.config import Config
from kg.store import OxigraphStore
from kg.web import close_app, create_app
from kg.web.testing import LiveServer, live_server
from tests.test_web_workbench import reasoned_copy

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
#: a link that asks for data by name rather than for a page
DATA = re.compile(r"\.(json|csv|tsv|srx|ttl|nt|nq|trig|jsonld|rdf)(?:\?|$)|[?&](?:format|output)=(?!html)([\w+-]*)")


class Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        for key in ("href", "src", "action") if tag in ("a", "link", "script", "img", "form") else ():
            if a.get(key) and not (tag == "form" and a.get("method", "get").lower() != "get"):
                self.hrefs.append(a[key])  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def live(built: tuple[OxigraphStore, object, Config], tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    store = reasoned_copy(built, tmp_path_factory.mktemp("links"))
    # a generous deadline: the walk asks for every stored query at once on a shared machine, and
    # judges answers, not speed (queries/treats-gathered.rq alone takes 7-10 s of CPU here)
    app = create_app(built[2], store=store, workers=2, timeout=60.0, page_rows=200)  # some results page
    with live_server(app) as server:
        yield server
    close_app(app)


def fetch(url: str) -> tuple[int, str, bytes]:
    """GET as a browser would: its Accept header, and the path %-encoded as it encodes it."""
    req = urllib.request.Request(quote(url, safe=":/?#[]@!$&'()*+,;=%"), headers={"Accept": BROWSER})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.headers.get_content_type(), resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get_content_type(), e.read()


def data_pattern(path_and_query: str) -> str | None:
    """For a link that asks for data by name, what makes it one of a kind: the page kind
    (``/id/drug``, ``/queries``, ``/sparql`` ...) and the format asked for; None for a page."""
    m = DATA.search(path_and_query)
    if not m:
        return None
    parts = urlsplit(path_and_query).path.split("/")
    kind = "/".join(parts[:3]) if parts[1:2] == ["id"] else "/".join(parts[:2])
    return f"{kind}.{m.group(1) or 'format=' + m.group(2)}"


def wait_for_the_overview(root: str, seconds: float = 120.0) -> None:
    """The home page counts the graph in the background and, meanwhile, says so and asks for a
    reload (its links to the browse pages come with the counts): reload as a person would."""
    deadline = time.monotonic() + seconds
    while True:
        status, _, body = fetch(root)
        if status == 200 and b'id="counting"' not in body:
            return
        assert time.monotonic() < deadline, f"the home page was still counting after {seconds:.0f} s"
        time.sleep(0.5)


def test_every_link_on_every_page_answers_a_browser(live: LiveServer) -> None:
    root = live.url + "/"
    wait_for_the_overview(root)
    seen: set[str] = {root}
    patterns: set[str] = set()
    frontier = [root]
    problems: list[str] = []
    pages = 0
    with ThreadPoolExecutor(4) as pool:
        while frontier:
            batch, frontier = frontier, []
            for url, (status, media, body) in zip(batch, pool.map(fetch, batch)):
                path = url[len(live.url):]
                if status >= 400:
                    problems.append(f"{status} {path}")
                    continue
                if DATA.search(path):
                    continue  # data asked for by name: it answered, which is all a link owes
                if media != "text/html":
                    if not path.startswith("/static/") and path != "/favicon.ico":
                        problems.append(f"{media} for a browser: {path}")
                    continue
                pages += 1
                parser = Links()
                parser.feed(body.decode("utf-8"))
                for href in parser.hrefs:
                    target, _ = urldefrag(urljoin(url, href))
                    if not target.startswith(live.url + "/") or target in seen:
                        continue
                    seen.add(target)
                    pattern = data_pattern(target[len(live.url):])
                    if pattern is not None:
                        if pattern in patterns:
                            continue
                        patterns.add(pattern)
                    frontier.append(target)
    assert not problems, problems[:20]
    assert pages > 1000  # every drug, condition, target, side effect, statement and monograph page
    kinds = {urlsplit(u).path.split("/")[1] for u in seen}
    assert {"id", "monograph", "browse", "queries", "search", "static", "sparql", "favicon.ico",
            "health", "metrics"} <= kinds, kinds
    assert {"/id/drug.ttl", "/queries.json", "/sparql.format=json", "/health.format=json",
            "/metrics.format=text"} <= patterns, patterns
    assert any("page=2" in u for u in seen), "no stored query or result was paged"
