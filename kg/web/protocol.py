"""Reading a SPARQL 1.1 Protocol request: which operation, its text and its dataset.

Query: GET ``?query=``, POST form (``application/x-www-form-urlencoded``) or POST direct
(``application/sparql-query``). Update: POST form ``update=`` or POST direct
(``application/sparql-update``). Exactly one query or update per request; direct bodies must
be UTF-8. A POST with no body and no Content-Type is read from its URL, as many clients send it.

:func:`check_nesting` bounds how deeply a text nests before any parser reads it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import accumulate

from flask import Request
from werkzeug.datastructures import MultiDict

from kg.web.errors import ApiError

FORM = "application/x-www-form-urlencoded"
QUERY_TYPE = "application/sparql-query"
UPDATE_TYPE = "application/sparql-update"

_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^<>\"{}|^`\\\x00-\x20]*$")

#: The deepest nesting of ``{}``, ``()`` and ``[]`` a query, an update or an RDF body may have.
#: The engine's parsers recurse once per level and overflow their stack (a segfault) at about
#: 2,500 levels (rdflib's, which checks SERVICE, at about 30); real queries stay below 20.
MAX_NESTING = 200

#: What brackets inside do not nest: strings (long ones too), IRIs and comments, as SPARQL,
#: Turtle, TriG and JSON-LD write them. All that follows an opening is optional, so a match
#: never backtracks (an unterminated string ends where it stops).
_OPAQUE = re.compile("|".join((
    r'"(?:""(?:[^"\\]+|\\.|"(?!""))*(?:""")?|(?:[^"\\\n\r]+|\\.)*"?)',
    r"'(?:''(?:[^'\\]+|\\.|'(?!''))*(?:''')?|(?:[^'\\\n\r]+|\\.)*'?)",
    r'<[^<>"{}|^`\\\x00-\x20]*>',
    r"#[^\n\r]*",
)))
_NOT_BRACKET = re.compile(r"[^{}()\[\]]+")
_STEP = {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}


def nesting_depth(text: str, stop: int | None = None) -> int:
    """How deeply ``{``, ``(``, ``[`` and ``<<`` nest outside strings, IRIs and comments (once it is
    known to exceed ``stop``, some depth above it). A linear scan in C-speed steps, meant as a
    bound: where our reading of the lexical rules differs from a parser's (a ``<`` that is a
    comparison, ``\\#`` in a name) it can only count less."""
    bare = _OPAQUE.sub(" ", text).replace("<<", "(").replace(">>", ")")  # quoted triples nest too
    brackets = _NOT_BRACKET.sub("", bare)
    depth = deepest = 0
    for i in range(0, len(brackets), 1 << 16):
        sums = list(accumulate(map(_STEP.__getitem__, brackets[i:i + (1 << 16)]), initial=depth))
        deepest, depth = max(deepest, *sums), sums[-1]
        if stop is not None and deepest > stop:
            break
    return deepest


def check_nesting(text: str | bytes, what: str = "query", limit: int = MAX_NESTING) -> None:
    """Refuse ``text`` (400) when it nests deeper than ``limit``, before any parser reads it."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    depth = nesting_depth(text, stop=limit)
    if depth > limit:
        raise ApiError(400, f"the {what} nests brackets {depth} levels deep; at most {limit} are "
                            "accepted (write it flatter)")


@dataclass
class Operation:
    kind: str  # "query", "update" or "none" (a bare GET: the service description)
    text: str = ""
    params: MultiDict[str, str] = field(default_factory=MultiDict)

    def graphs(self, name: str) -> list[str]:
        values = self.params.getlist(name)
        for v in values:
            if not _IRI.match(v):
                raise ApiError(400, f"{name} must be an absolute IRI, not {v!r}")
        return values


def check_iri(value: str, what: str = "graph") -> str:
    if not _IRI.match(value):
        raise ApiError(400, f"the {what} must be an absolute IRI, not {value!r}")
    return value


def _direct_body(request: Request) -> str:
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ApiError(415, f"the request body must be UTF-8 encoded, not {charset}")
    try:
        return request.get_data().decode("utf-8")
    except UnicodeDecodeError as e:
        raise ApiError(400, f"the request body is not valid UTF-8: {e}") from e


def read_operation(request: Request) -> Operation:
    """The operation a request asks for; raises :class:`ApiError` for a protocol violation."""
    args = request.args
    if request.method in ("GET", "HEAD"):
        if "update" in args:
            raise ApiError(405, "SPARQL Update must be sent with POST, not GET", {"Allow": "POST"})
        params: MultiDict[str, str] = MultiDict(args)
    else:
        mimetype = request.mimetype
        if mimetype == FORM:
            params = MultiDict(list(args.items(multi=True)) + list(request.form.items(multi=True)))
        elif mimetype in (QUERY_TYPE, UPDATE_TYPE):
            key = "query" if mimetype == QUERY_TYPE else "update"
            if "query" in args or "update" in args:
                raise ApiError(400, f"a {mimetype} body cannot be combined with query= or update= in the URL")
            params = MultiDict(list(args.items(multi=True)) + [(key, _direct_body(request))])
        elif not mimetype and not request.get_data():
            params = MultiDict(args)
        else:
            raise ApiError(415, f"unsupported Content-Type {mimetype or '(none)'}; send {FORM}, "
                                f"{QUERY_TYPE} or {UPDATE_TYPE}")
    queries, updates = params.getlist("query"), params.getlist("update")
    if queries and updates:
        raise ApiError(400, "give a query or an update, not both")
    if len(queries) > 1 or len(updates) > 1:
        raise ApiError(400, "give exactly one query (or update) per request")
    if queries:
        if not queries[0].strip():
            raise ApiError(400, "the query is empty")
        return Operation("query", queries[0], params)
    if updates:
        return Operation("update", updates[0], params)
    if request.method == "POST":
        raise ApiError(400, "no query or update in the request; send query= or update=")
    return Operation("none", "", params)


def timeout_param(params: MultiDict[str, str]) -> float | None:
    raw = params.get("timeout")
    if raw is None or raw == "":
        return None
    try:
        value = float(raw)
    except ValueError as e:
        raise ApiError(400, f"timeout must be a number of seconds, not {raw!r}") from e
    if not value > 0 or value == float("inf"):  # also NaN, which compares false with everything
        raise ApiError(400, f"timeout must be a positive number of seconds, not {raw!r}")
    return value
