"""Issue 9, point 2: no IRI becomes a link that runs code, every page carries the headers that
keep it from being framed, sniffed or injected, and CORS is off unless configured, never
with credentials. A real server over a real socket; pages are read with an HTML parser."""
from __future__ import annotations

import json
import shutil
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path

import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from kg.config import load_config
from kg.web import close_app, create_app
from kg.web.testing import LiveServer, live_server, sample_store

TOKEN = "links-token"
HOSTILE = ["javascript:alert(1)", "JaVaScRiPt:alert(2)", "data:text/html;base64,PHNjcmlwdD5hbGVydCgzKTwvc2NyaXB0Pg==",
           "vbscript:msgbox(4)", "file:///etc/passwd"]
DRUG = "https://w3id.org/drugkg/id/drug/jsdrug"


class Page(HTMLParser):
    """Every href, every script and every inline handler or style of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.scripts: list[dict[str, str | None]] = []
        self.inline: list[tuple[str, str]] = []
        self._in_script = False
        self.script_text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name == "href" and value is not None:
                self.hrefs.append(value)
            if name.startswith("on") or name == "style":
                self.inline.append((tag, name))
        if tag == "script":
            self.scripts.append(dict(attrs))
            self._in_script = True

    def handle_endtag(self, tag: str) -> None:
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.script_text += data


def parse(html: bytes) -> Page:
    page = Page()
    page.feed(html.decode("utf-8"))
    return page


def safe(href: str) -> bool:
    return (href.startswith("/") and not href.startswith("//")) or href.lower().startswith(("http://", "https://"))


def fetch(url: str, headers: dict[str, str] | None = None, method: str = "GET",
          data: bytes | None = None) -> tuple[int, dict[str, str], bytes]:
    req = urllib.request.Request(url, headers=headers or {}, method=method, data=data)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read()
    except urllib.error.HTTPError as e:
        return e.code, {k.lower(): v for k, v in e.headers.items()}, e.read()


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    store = sample_store()
    lines = [f'<{DRUG}> a <https://w3id.org/drugkg/vocab/Drug> ; '
             f'<http://www.w3.org/2000/01/rdf-schema#label> "Jsdrug" .']
    for i, iri in enumerate(HOSTILE):
        st = f"<https://w3id.org/drugkg/id/statement/jsdrug/{i}>"
        lines += [f'<{iri}> <http://www.w3.org/2000/01/rdf-schema#label> "Zzhostile {i}" ; '
                  f"a <https://w3id.org/drugkg/vocab/Drug> .",
                  f"<{DRUG}> <http://www.w3.org/2004/02/skos/core#exactMatch> <{iri}> ; "
                  f"<https://w3id.org/drugkg/vocab/treats> <{iri}> ; <http://e/other> <{iri}> .",
                  f"{st} <https://w3id.org/drugkg/vocab/subject> <{DRUG}> ; "
                  f"<https://w3id.org/drugkg/vocab/predicate> <https://w3id.org/drugkg/vocab/treats> ; "
                  f"<https://w3id.org/drugkg/vocab/object> <{iri}> .",
                  f"<{iri}> <http://e/points-at> <{DRUG}> ."]
    store.load("<http://e/hostile> {\n" + "\n".join(lines) + "\n}", "trig")
    app = create_app(load_config(environ={}), store=store, workers=2, update_token=TOKEN)
    with live_server(app) as live:
        yield live
    close_app(app)


def html_pages(server: LiveServer) -> list[str]:
    binds = " UNION ".join(f'{{ BIND(IRI("{i}") AS ?x) }}' for i in HOSTILE)
    query = f"SELECT ?x ?y WHERE {{ {binds} BIND(?x AS ?y) }}"
    construct = f'CONSTRUCT {{ ?x ?x ?x }} WHERE {{ VALUES ?x {{ {" ".join(f"<{i}>" for i in HOSTILE)} }} }}'
    return [server.url + "/?" + urllib.parse.urlencode({"query": query}),
            server.url + "/?" + urllib.parse.urlencode({"query": construct}),
            server.url + "/search?format=html&q=zzhostile",
            server.url + "/id/drug/jsdrug",
            server.url + "/id/drug/imiquimod",
            server.url + "/queries",
            server.url + "/queries/side-effects",
            server.url + "/"]


def test_hostile_iris_are_text_not_links(server: LiveServer) -> None:
    for url in html_pages(server)[:4]:
        status, _, body = fetch(url, {"Accept": "text/html"})
        assert status == 200, (url, body[:300])
        page = parse(body)
        assert page.hrefs and all(safe(h) for h in page.hrefs), [h for h in page.hrefs if not safe(h)]
        text = body.decode()
        assert "alert(1)" in text or "zzhostile" in url  # the IRI is still shown, as text


def test_search_json_gives_no_url_for_a_hostile_iri(server: LiveServer) -> None:
    status, _, body = fetch(server.url + "/search?q=zzhostile", {"Accept": "application/json"})
    results = json.loads(body)["results"]
    assert status == 200 and len(results) == len(HOSTILE)
    assert {r["iri"] for r in results} == set(HOSTILE) and all(r["url"] is None for r in results)
    _, _, body = fetch(server.url + "/search?q=imiquimod", {"Accept": "application/json"})
    assert json.loads(body)["results"][0]["url"] == "/id/drug/imiquimod"


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_autocomplete_links_only_safe_urls() -> None:
    """app.js's own check, run by a JavaScript engine on the urls a hostile store could give."""
    src = (Path(__file__).resolve().parents[2] / "kg/web/static/app.js").read_text(encoding="utf-8")
    start = src.index("function safeUrl")
    body = src[start:src.index("\n  }\n", start) + 4]
    cases = ["/id/drug/x", "//evil.example/", "/\\\\evil.example", "/\t/evil", "https://a.example/b",
             "javascript:alert(1)", " javascript:alert(1)", "java\tscript:alert(1)", "data:text/html,x", None]
    script = body + "\nconsole.log(JSON.stringify(" + json.dumps(cases) + ".map(safeUrl)));"
    out = subprocess.run(["node", "-e", script], capture_output=True, text=True, timeout=30, check=True)
    assert json.loads(out.stdout) == ["/id/drug/x", None, None, None, "https://a.example/b",
                                      None, None, None, None, None]


def test_every_html_page_sends_the_security_headers_and_runs_no_inline_code(server: LiveServer) -> None:
    for url in html_pages(server):
        status, headers, body = fetch(url, {"Accept": "text/html"})
        assert status == 200 and headers["content-type"].startswith("text/html"), url
        csp = headers["content-security-policy"]
        assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert headers["x-frame-options"] == "DENY"
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] in ("same-origin", "no-referrer", "strict-origin")
        page = parse(body)
        assert page.scripts and all(s.get("src", "").startswith("/static/") for s in page.scripts)
        assert page.script_text.strip() == "" and page.inline == []


@pytest.mark.parametrize("path", ["/sparql?query=ASK%7B%7D", "/health", "/metrics", "/no/such/page",
                                  "/static/app.js", "/static/style.css", "/id/drug/imiquimod.ttl",
                                  "/sparql?query=nonsense"])
def test_every_response_says_nosniff(server: LiveServer, path: str) -> None:
    _, headers, _ = fetch(server.url + path)
    assert headers["x-content-type-options"] == "nosniff"


def test_cors_is_off_by_default(server: LiveServer) -> None:
    _, headers, _ = fetch(server.url + "/sparql?query=ASK%7B%7D", {"Origin": "https://other.example"})
    assert "access-control-allow-origin" not in headers
    status, headers, _ = fetch(server.url + "/sparql", {"Origin": "https://other.example",
                                                        "Access-Control-Request-Method": "POST"}, "OPTIONS")
    assert "access-control-allow-origin" not in headers and "access-control-allow-methods" not in headers


@pytest.mark.parametrize("origins", [("https://app.example", "https://two.example"), ("*",)])
def test_cors_for_configured_origins_without_credentials(origins: tuple[str, ...]) -> None:
    app = create_app(load_config(environ={}), store=sample_store(), workers=1, cors=origins,
                     update_token=TOKEN)
    with live_server(app) as live:
        url = live.url + "/sparql?query=ASK%7B%7D"
        _, headers, _ = fetch(url, {"Origin": "https://app.example"})
        expected = "*" if origins == ("*",) else "https://app.example"
        assert headers["access-control-allow-origin"] == expected
        assert "access-control-allow-credentials" not in headers
        if expected != "*":
            assert "Origin" in headers["vary"]
            _, headers, _ = fetch(url, {"Origin": "https://evil.example"})
            assert "access-control-allow-origin" not in headers
        status, headers, _ = fetch(live.url + "/sparql", {"Origin": "https://app.example",
                                                          "Access-Control-Request-Method": "POST",
                                                          "Access-Control-Request-Headers": "content-type"},
                                   "OPTIONS")
        assert status == 200 and headers["access-control-allow-origin"] == expected
        assert "POST" in headers["access-control-allow-methods"]
        assert "authorization" not in headers["access-control-allow-headers"].lower()
        assert "access-control-allow-credentials" not in headers
        # a real SPARQL client is unaffected
        client = SPARQLWrapper(live.url + "/sparql")
        client.setQuery("SELECT ?l WHERE { <https://w3id.org/drugkg/id/drug/imiquimod> "
                        "<http://www.w3.org/2000/01/rdf-schema#label> ?l }")
        client.setReturnFormat(JSON)
        rows = client.query().convert()["results"]["bindings"]  # type: ignore[index, call-overload]
        assert [r["l"]["value"] for r in rows] == ["Imiquimod"]
    close_app(app)
