"""What the service needs to know about a SPARQL text before running it (pure functions).

A small tokenizer (strings, IRIs, comments and brace depth are respected) answers: which
query form is it, does it name its own dataset (FROM), which SERVICE endpoints does it call,
does an update LOAD from the network or carry USING/WITH, and it adds the protocol's
``using-graph-uri`` / ``using-named-graph-uri`` to an update as USING clauses.
No engine is involved; the engine still parses the text and reports syntax errors.
"""
from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

_TOKEN = re.compile(r"""
  (?P<ws>\s+)
| (?P<comment>\#[^\n]*)
| (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
            |'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")
| (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
| (?P<var>[?$]\w+)
| (?P<pname>(?:[^\W\d][\w-]*(?:\.[\w-]+)*)?:(?:[\w%:-]+(?:\.[\w%:-]+)*)?)
| (?P<word>[^\W\d]\w*)
| (?P<other>.)
""", re.VERBOSE | re.DOTALL)

FORMS = {"SELECT": "bindings", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}


@dataclass(frozen=True)
class Token:
    kind: str  # string, iri, var, pname, word, other
    text: str
    start: int
    end: int
    depth: int  # brace depth before this token

    def is_word(self, *words: str) -> bool:
        return self.kind == "word" and self.text.upper() in words


def tokenize(text: str) -> list[Token]:
    out: list[Token] = []
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        value = m.group()
        if value == "}":
            depth = max(0, depth - 1)
        out.append(Token(kind, value, m.start(), m.end(), depth))
        if value == "{":
            depth += 1
    return out


def query_form(text: str) -> str | None:
    """``bindings`` (SELECT), ``boolean`` (ASK) or ``graph`` (CONSTRUCT/DESCRIBE); None if unclear."""
    for t in tokenize(text):
        if t.depth == 0 and t.kind == "word" and t.text.upper() in FORMS:
            return FORMS[t.text.upper()]
    return None


def has_from(text: str) -> bool:
    """Does the query choose its own dataset (FROM / FROM NAMED)?"""
    return any(t.depth == 0 and t.is_word("FROM") for t in tokenize(text))


def declared_prefixes(tokens: list[Token]) -> dict[str, str]:
    out: dict[str, str] = {}
    for i, t in enumerate(tokens[:-2]):
        if t.is_word("PREFIX") and tokens[i + 1].kind == "pname" and tokens[i + 2].kind == "iri":
            out[tokens[i + 1].text[:-1]] = tokens[i + 2].text[1:-1]
    return out


def service_targets(text: str, prefixes: Mapping[str, str] | None = None) -> list[str | None]:
    """The endpoint IRI of every SERVICE clause (None when it is a variable or unknown prefix)."""
    tokens = tokenize(text)
    known = {**(prefixes or {}), **declared_prefixes(tokens)}
    out: list[str | None] = []
    for i, t in enumerate(tokens):
        if not t.is_word("SERVICE"):
            continue
        j = i + 1
        if j < len(tokens) and tokens[j].is_word("SILENT"):
            j += 1
        nxt = tokens[j] if j < len(tokens) else None
        if nxt is not None and nxt.kind == "iri":
            out.append(nxt.text[1:-1])
        elif nxt is not None and nxt.kind == "pname":
            prefix, _, local = nxt.text.partition(":")
            out.append(known[prefix] + local if prefix in known else None)
        else:
            out.append(None)
    return out


def has_load(text: str) -> bool:
    return any(t.depth == 0 and t.is_word("LOAD") for t in tokenize(text))


def has_using_or_with(text: str) -> bool:
    return any(t.depth == 0 and t.is_word("USING", "WITH") for t in tokenize(text))


def _matching_brace(tokens: list[Token], open_index: int) -> int:
    depth = tokens[open_index].depth
    for k in range(open_index + 1, len(tokens)):
        if tokens[k].text == "}" and tokens[k].depth == depth:
            return k
    return len(tokens) - 1


def add_using(update: str, default: Iterable[str], named: Iterable[str]) -> str:
    """The update with ``USING <g>`` / ``USING NAMED <g>`` before the WHERE of every
    DELETE/INSERT ... WHERE operation (SPARQL 1.1 Protocol, using-graph-uri parameters).
    ``DELETE WHERE { P }`` becomes ``DELETE { P } USING ... WHERE { P }``."""
    clause = "".join(f" USING <{g}>" for g in default) + "".join(f" USING NAMED <{g}>" for g in named)
    if not clause:
        return update
    tokens = tokenize(update)
    edits: list[tuple[int, int, str]] = []  # (start, end, replacement)
    modify = False
    for i, t in enumerate(tokens):
        if t.depth != 0:
            continue
        if t.text == ";":
            modify = False
        elif t.is_word("DELETE", "INSERT"):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            if nxt is not None and nxt.is_word("DATA"):
                continue
            if t.is_word("DELETE") and nxt is not None and nxt.is_word("WHERE"):
                brace = i + 2
                if brace < len(tokens) and tokens[brace].text == "{":
                    close = _matching_brace(tokens, brace)
                    body = update[tokens[brace].start:tokens[close].end]
                    edits.append((t.start, tokens[close].end, f"DELETE {body}{clause} WHERE {body}"))
                continue
            modify = True
        elif t.is_word("WHERE") and modify:
            edits.append((t.start, t.start, clause.lstrip() + " "))
            modify = False
    for start, end, text in reversed(edits):
        update = update[:start] + text + update[end:]
    return update


@dataclass(frozen=True)
class QueryFacts:
    form: str | None            # bindings / boolean / graph, None when unclear
    has_from: bool              # FROM or FROM NAMED in the query
    services: tuple[str | None, ...]
    relative_iris: bool         # an IRI without a scheme: the service's BASE is needed


_SCHEME = re.compile(r"^<[A-Za-z][A-Za-z0-9+.-]*:")


def analyze(text: str, prefixes: Mapping[str, str] | None = None) -> QueryFacts:
    """Everything the service checks before running a query or update, in one pass
    (remembered for the last 1024 texts: the same questions come back)."""
    if prefixes is None:
        return _analyze_cached(text)
    return _analyze(text, prefixes)


@functools.lru_cache(maxsize=1024)
def _analyze_cached(text: str) -> QueryFacts:
    from kg.namespaces import PREFIXES
    return _analyze(text, PREFIXES)


def _analyze(text: str, prefixes: Mapping[str, str]) -> QueryFacts:
    tokens = tokenize(text)
    form = next((FORMS[t.text.upper()] for t in tokens
                 if t.depth == 0 and t.kind == "word" and t.text.upper() in FORMS), None)
    has_from_ = any(t.depth == 0 and t.is_word("FROM") for t in tokens)
    relative = any(t.kind == "iri" and not _SCHEME.match(t.text) for t in tokens)
    services = tuple(service_targets(text, prefixes)) if any(t.is_word("SERVICE") for t in tokens) else ()
    return QueryFacts(form, has_from_, services, relative)
