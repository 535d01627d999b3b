"""Talking to a SPARQL 1.1 server over HTTP (layer 3, standard library only).

Where a kind of server keeps its endpoints, the credentials it wants, errors that say what to
do, and the answers of a server made canonical before anyone reads them, so that a remote store
answers like the embedded one. :class:`kg.store.RemoteStore` is built on it.

Virtuoso, as measured against 7.2.5 (Debian ``virtuoso-opensource``):

- ``/sparql`` reads; updates need ``/sparql-auth`` (HTTP digest) and the Graph Store Protocol is
  ``/sparql-graph-crud-auth?graph=…``; without credentials both are refused unless the SPARQL
  user was granted updates.
- The default graph of a query is the union of every graph, Virtuoso's own system graphs
  (``virtrdf#``, ``ldp#``, the service description …) included.
- SELECT answers are cut at ``ResultSetMaxRows`` (10,000 in Debian's ``virtuoso.ini``) with an
  ``X-SPARQL-MaxRows`` header; CONSTRUCT answers and Graph Store GETs are cut without a word.
  ``ORDER BY`` with an ``OFFSET`` past that many rows is an error.
- Blank nodes come back as ``nodeID://b10002`` (not a valid blank node label), ``xsd:boolean``
  as ``"1"``/``"0"`` in SELECT answers, and a CONSTRUCT asked for JSON gets SELECT-like JSON
  with blank nodes as IRIs: ask for N-Triples.
- ``INSERT DATA`` refuses blank nodes; the Graph Store Protocol takes them.
- Literals of one value but different numeric types (``1``, ``"01"^^xsd:integer``,
  ``true``, ``1.0e0``) on one subject and predicate are stored once.
- A query POSTed directly (``application/sparql-query``) is never answered: send a form.
- An aggregate's alias inside an ``ORDER BY`` expression is refused, and a second sort key
  over an aggregate is dropped.
- A reader of ``/sparql`` sees a graph being replaced empty or half loaded, whether by the
  Graph Store Protocol, ``DROP`` + ``INSERT DATA`` or ``MOVE``.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kg.errors import QueryError, StoreError

ENV_USER = "KG_STORE_USER"
ENV_PASSWORD = "KG_STORE_PASSWORD"

#: kinds of server named by a ``KIND+http://…`` store location (only Virtuoso is tested against
#: a real server; the others' layouts are their documented ones)
KINDS = ("virtuoso", "fuseki", "graphdb", "qlever")
XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


@dataclass(frozen=True)
class Endpoints:
    """Where one server answers: queries, updates, and its Graph Store Protocol."""

    kind: str  # "sparql" (oxigraph serve, kg serve) or one of KINDS
    query: str
    update: str
    graph_store: str  # "": the server has no Graph Store Protocol (SPARQL Update instead)
    #: ask for the union default graph with Oxigraph's ``union-default-graph`` parameter
    union_parameter: bool = True


def split_location(location: str) -> tuple[str, str] | None:
    """``("virtuoso", "http://host:8890")`` for ``virtuoso+http://host:8890``, ``("sparql", url)``
    for a plain ``http(s)://`` URL, None for anything else (a directory, ``:memory:``)."""
    kind, plus, rest = location.partition("+")
    if plus and rest.startswith(("http://", "https://")):
        if kind.lower() not in KINDS:
            raise StoreError(f"unknown kind of SPARQL server {kind!r} in {location}",
                             hint=f"use {', '.join(k + '+http://…' for k in KINDS)}, or a plain http(s):// URL")
        return kind.lower(), rest
    if location.startswith(("http://", "https://")):
        return "sparql", location
    return None


def endpoints(kind: str, url: str, authenticated: bool = False) -> Endpoints:
    """The endpoints of a server of ``kind`` at ``url``. A plain URL ending in ``/sparql`` is
    kg serve's layout (Graph Store at ``/store``); another is ``oxigraph serve``'s (``/query``,
    ``/update``, ``/store``). Virtuoso's ``url`` is its HTTP root (``/sparql`` may end it);
    Fuseki's a dataset (``http://host:3030/ds``); GraphDB's a repository
    (``http://host:7200/repositories/kg``); QLever's its root."""
    base = url.rstrip("/")
    if kind == "virtuoso":
        root = base.removesuffix("/sparql")
        auth = "-auth" if authenticated else ""
        return Endpoints(kind, f"{root}/sparql", f"{root}/sparql{auth}", f"{root}/sparql-graph-crud{auth}",
                         union_parameter=False)
    if kind == "fuseki":
        return Endpoints(kind, f"{base}/query", f"{base}/update", f"{base}/data", union_parameter=False)
    if kind == "graphdb":
        return Endpoints(kind, base, f"{base}/statements", f"{base}/rdf-graphs/service", union_parameter=False)
    if kind == "qlever":
        return Endpoints(kind, base, base, "", union_parameter=False)
    if base.endswith("/sparql"):
        return Endpoints(kind, base, base, f"{base.removesuffix('/sparql')}/store")
    return Endpoints(kind, f"{base}/query", f"{base}/update", f"{base}/store")


_IRI = r"""<[^<>"{}|^`\\\s]*>"""
_PROLOGUE = re.compile(rf"(?:\s+|\#[^\n]*|(?i:PREFIX)\s*[^\s:]*:\s*{_IRI}|(?i:BASE)\s*{_IRI})*")


def query_form(sparql: str) -> str:
    """``SELECT``, ``ASK``, ``CONSTRUCT`` or ``DESCRIBE``: the first keyword after the
    prologue (comments, PREFIX and BASE declarations), or ``""``. It only picks the answer
    format to ask for; a server that reads the query otherwise says so in its answer."""
    match = _PROLOGUE.match(sparql)
    word = re.match(r"[A-Za-z]+", sparql[match.end() if match else 0:])
    form = word.group().upper() if word else ""
    return form if form in ("SELECT", "ASK", "CONSTRUCT", "DESCRIBE") else ""


@dataclass
class Answer:
    content_type: str
    headers: Mapping[str, str]
    body: bytes


class HttpClient:
    """HTTP requests to one server, with its credentials: a bearer token (kg serve), or a user
    and password (HTTP digest or basic, whichever the server asks for)."""

    def __init__(self, timeout: float = 60.0, token: str | None = None, user: str | None = None,
                 password: str | None = None, realm_url: str | None = None) -> None:
        self.timeout, self.token, self.user = timeout, token, user
        handlers: list[Any] = []
        if user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            passwords.add_password(None, realm_url or "", user, password or "")
            handlers = [urllib.request.HTTPDigestAuthHandler(passwords),
                        urllib.request.HTTPBasicAuthHandler(passwords)]
        self._opener = urllib.request.build_opener(*handlers)

    def request(self, url: str, body: bytes | None, content_type: str | None = None, accept: str = "*/*",
                params: Mapping[str, str] | list[tuple[str, str]] | None = None, method: str = "POST") -> Answer:
        if params:
            url = f"{url}?{urllib.parse.urlencode(params)}"
        headers = {"Accept": accept}
        if content_type:
            headers["Content-Type"] = content_type
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        request = urllib.request.Request(url, data=body, headers=headers, method=method)
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return Answer(response.headers.get("Content-Type", ""), response.headers, response.read())
        except urllib.error.HTTPError as e:
            raise self._refused(url, e) from e
        except ValueError as e:  # urllib's digest handler meeting a scheme it does not know
            raise StoreError(f"{url} asked for credentials in a way kg cannot give: {e}",
                             hint=f"unset {ENV_USER} for a server that takes a token (KG_UPDATE_TOKEN)") from e
        except (urllib.error.URLError, OSError) as e:
            reason = getattr(e, "reason", e)
            raise StoreError(f"cannot reach the SPARQL server at {url}: {reason}",
                             hint="is it running? check the --store URL") from e

    def _refused(self, url: str, e: urllib.error.HTTPError) -> StoreError | QueryError:
        lines = [line for line in e.read().decode("utf-8", "replace").strip().splitlines() if line.strip()]
        message = f"{url.split('?')[0]} answered {e.code}: {lines[0] if lines else e.reason}"
        if e.code == 400:
            return QueryError(message)
        # Virtuoso refuses a write without rights with a 500 that says SECURITY
        if e.code in (401, 403) or "SECURITY" in message:
            if self.user is not None:
                hint = f"the server refused the user in ${ENV_USER} with the password in ${ENV_PASSWORD}: check them"
            elif self.token:
                hint = "the server refused the token: check KG_UPDATE_TOKEN"
            else:
                hint = (f"this server wants credentials: set ${ENV_USER} and ${ENV_PASSWORD} "
                        "(or KG_UPDATE_TOKEN for kg serve)")
            return StoreError(message, hint=hint)
        return StoreError(message)


def cut_at(answer: Answer) -> int | None:
    """The row count at which the server cut a SELECT answer (Virtuoso says so in a header)."""
    value = answer.headers.get("X-SPARQL-MaxRows")
    try:
        return int(value) if value else None
    except ValueError:
        return None


def incomplete(answer: Answer) -> str | None:
    """What the server says when it sent a part of the answer because time ran out (Virtuoso's
    "anytime" answers carry ``X-SQL-State`` and ``X-SQL-Message``), else None."""
    state = answer.headers.get("X-SQL-State")
    return f"{state}: {answer.headers.get('X-SQL-Message') or 'an incomplete answer'}" if state else None


_BNODE_LABEL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]*")


def blank_label(value: str) -> str:
    """A valid blank node label for a server's label (Virtuoso's ``nodeID://b10002``): kept if
    valid, else its UTF-8 bytes in hexadecimal (one label per label, never two alike)."""
    if _BNODE_LABEL.fullmatch(value) and not value.endswith("."):
        return value
    return "x" + value.encode("utf-8").hex()


def canonical_results(body: bytes) -> bytes:
    """SPARQL JSON results with valid blank node labels and canonical booleans (``"1"`` →
    ``"true"``): what a server that stores values natively sends back, read as written."""
    if b'"bnode"' not in body and XSD_BOOLEAN.encode() not in body:
        return body
    try:
        doc = json.loads(body)
        rows = doc.get("results", {}).get("bindings", []) if isinstance(doc, dict) else []
    except (ValueError, AttributeError):
        return body  # not JSON results: the reader says what is wrong with it
    for row in rows:
        for term in row.values() if isinstance(row, dict) else ():
            if not isinstance(term, dict):
                continue
            if term.get("type") == "bnode":
                term["value"] = blank_label(str(term.get("value", "")))
            elif term.get("datatype") == XSD_BOOLEAN and term.get("value") in ("1", "0"):
                term["value"] = "true" if term["value"] == "1" else "false"
    return json.dumps(doc).encode("utf-8")




#: what the query text is made of around its braces: escapes, comments, strings, IRIs, braces
_TOKEN = re.compile(r"""\\[\s\S]|\#[^\n]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^<>"{}|^`\\\x00-\x20]*>|[{}()]""")
_LONG_STRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""' + r"|'''(?:[^'\\]|\\.|'(?!''))*'''")


#: a group that is one sub-SELECT, from just after its brace
_SUBSELECT = re.compile(r"(?:\s|#[^\n]*)*SELECT\b", re.IGNORECASE)


def _punctuation(sparql: str) -> Iterator[tuple[int, str]]:
    """Each ``{``, ``}``, ``(`` and ``)`` of the query that is punctuation, not part of a
    comment, a string, an IRI or an escape."""
    i = 0
    while i < len(sparql):
        token = _TOKEN.search(sparql, i)
        if token is None:
            return
        if sparql.startswith(('"""', "'''"), token.start()):
            token = _LONG_STRING.match(sparql, token.start()) or token
        if token.group() in ("{", "}", "(", ")"):
            yield token.start(), token.group()
        i = max(token.end(), token.start() + 1)


def with_values(sparql: str, variables: list[str], terms: list[str]) -> str:
    """The query with ``VALUES (?a ?b) { (t1 t2) }`` first in its WHERE clause, so that each
    variable is bound where the outermost pattern starts, as a substitution binds it. A query
    with no WHERE group of its own (``DESCRIBE <x>``, ``CONSTRUCT WHERE { … }``) gets the VALUES
    clause at its end, which SPARQL joins with its answer. A WHERE clause that is one sub-SELECT
    (a page's count: ``WHERE { SELECT … }``) gets braces around it, since VALUES cannot stand
    beside a bare sub-SELECT."""
    values = f"VALUES ({' '.join('?' + v for v in variables)}) {{ ({' '.join(terms)}) }}"
    prologue = _PROLOGUE.match(sparql)
    start = prologue.end() if prologue else 0
    parens = braces = 0
    opened: int | None = None  # a WHERE clause that is one sub-SELECT: where its brace opened
    template = query_form(sparql) == "CONSTRUCT"  # a CONSTRUCT's first braces are its template
    for pos, char in _punctuation(sparql):
        if pos < start:
            continue
        if char in "()":
            parens += 1 if char == "(" else -1
        elif char == "{":
            if parens == 0 and braces == 0:
                if not template:
                    if not _SUBSELECT.match(sparql, pos + 1):
                        return f"{sparql[:pos + 1]} {values}\n{sparql[pos + 1:]}"
                    opened = pos  # ``WHERE { SELECT … }``: the sub-SELECT needs braces of its own
                elif re.search(r"WHERE\s*$", sparql[start:pos], re.IGNORECASE):
                    break  # CONSTRUCT WHERE { … }: the pattern is the template
            braces += 1
        else:
            braces -= 1
            if braces == 0 and parens == 0:
                if opened is not None:
                    return f"{sparql[:opened + 1]} {values}\n{{{sparql[opened + 1:pos]}}}\n{sparql[pos:]}"
                template = False
    return f"{sparql}\n{values}"
