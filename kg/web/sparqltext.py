"""What the service needs to know about a SPARQL text before running it (pure functions).

Two kinds of answer, kept apart on purpose:

- Conveniences (which result form, FROM, relative IRIs, adding the protocol's ``USING``
  clauses) come from a small tokenizer. A wrong answer there gives a wrong or refused
  result, never a request to another host.
- What may leave the machine (``SERVICE`` endpoints, ``LOAD`` sources) is decided by
  :func:`outbound` on a real SPARQL parser's reading of the text (rdflib's parser and
  algebra), never by the tokenizer; a text it cannot read with certainty is refused.
"""
from __future__ import annotations

import contextlib
import functools
import re
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from kg.errors import QueryError

#: a prefixed name's local part may carry ``\``-escapes (``ex:a\#b``) and ``%hh``
_LOCAL = r"(?:[\w:%-]|\\[_~.\-!$&'()*+,;=/?#@%])"
_TOKEN = re.compile(r"""
  (?P<ws>\s+)
| (?P<comment>\#[^\r\n]*)
| (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
            |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
| (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
| (?P<var>[?$]\w+)
| (?P<pname>(?:[^\W\d][\w-]*(?:\.[\w-]+)*)?:(?:LOCAL+(?:\.LOCAL+)*)?)
| (?P<word>[^\W\d]\w*)
| (?P<other>.)
""".replace("LOCAL", _LOCAL), re.VERBOSE | re.DOTALL)

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


def _tokens(text: str) -> Iterator[Token]:
    depth = 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind in ("ws", "comment"):
            continue
        value = m.group()
        if value == "}":
            depth = max(0, depth - 1)
        yield Token(kind, value, m.start(), m.end(), depth)
        if value == "{":
            depth += 1


def tokenize(text: str) -> list[Token]:
    return list(_tokens(text))


def query_form(text: str) -> str | None:
    """``bindings`` (SELECT), ``boolean`` (ASK) or ``graph`` (CONSTRUCT/DESCRIBE); None if unclear."""
    for t in _tokens(text):
        if t.depth == 0 and t.kind == "word" and t.text.upper() in FORMS:
            return FORMS[t.text.upper()]
    return None


def has_from(text: str) -> bool:
    """Does the query choose its own dataset (FROM / FROM NAMED)?"""
    return any(t.depth == 0 and t.is_word("FROM") for t in _tokens(text))


def has_using_or_with(text: str) -> bool:
    return any(t.depth == 0 and t.is_word("USING", "WITH") for t in _tokens(text))


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
    relative_iris: bool         # an IRI without a scheme: the service's BASE is needed


#: an IRI reference without a scheme; ``?a<3&&?b>1`` matches too, which only adds a BASE
_RELATIVE_IRI = re.compile(r"<(?![A-Za-z][A-Za-z0-9+.-]*:)[^<>\"{}|^`\\\x00-\x20]*>")
#: texts up to this length are remembered by :func:`analyze` (1024 of them: at most 8 MB)
_ANALYZE_CACHE_CHARS = 8 * 1024


def analyze(text: str) -> QueryFacts:
    """The conveniences the service needs before running a query or update, in one pass
    (short texts are remembered: the same questions come back)."""
    if len(text) <= _ANALYZE_CACHE_CHARS:
        return _analyze_cached(text)
    return _analyze(text)


@functools.lru_cache(maxsize=1024)
def _analyze_cached(text: str) -> QueryFacts:
    return _analyze(text)


def _analyze(text: str) -> QueryFacts:
    form, from_ = None, False
    for t in _tokens(text):
        if t.depth == 0 and t.kind == "word":
            word = t.text.upper()
            if form is None and word in FORMS:
                form = FORMS[word]
            from_ = from_ or word == "FROM"
    return QueryFacts(form, from_, _RELATIVE_IRI.search(text) is not None)


# -- what may leave the machine: decided on a real parser's reading -----------------------------

class OutboundUnchecked(QueryError):
    """The text may call another host and cannot be read with certainty: it is refused."""


class OutboundBusy(QueryError):
    """The parser stayed busy with other texts for longer than the request may wait."""


@dataclass(frozen=True)
class Outbound:
    """Every request a text can make the engine send: SERVICE endpoints (``None`` for a
    variable) and LOAD sources, as IRIs resolved the way the engine resolves them."""

    services: tuple[str | None, ...] = ()
    loads: tuple[str, ...] = ()


#: The longest text that may mention SERVICE (or LOAD) and still be checked: rdflib's parser
#: needs 0.1-0.6 s per 1,000 characters on a busy 2-core machine (long chains of && and ||
#: are the slow case), one text at a time. Its recursion also bounds what it reads: about
#: 30 nested groups, 80 patterns in a row.
OUTBOUND_MAX_CHARS = 3_000
#: rdflib's SPARQL parser (pyparsing) is not thread-safe (rdflib #1282): one parse at a time
#: in the whole process, whichever app asks.
_PARSE_LOCK = threading.Lock()
_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_ABSOLUTE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_LOCAL_ESCAPE = re.compile(r"\\(.)")


def _decode_codepoints(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group()
    return _CODEPOINT.sub(one, text)


def may_call_out(text: str, update: bool = False) -> bool:
    """False only when the text cannot make the engine open a connection: the keyword SERVICE
    (and, in an update, LOAD) occurs in it in no spelling at all, escaped or in any case.
    A keyword cannot be written any other way, so this is exact in the safe direction."""
    words = ("SERVICE", "LOAD") if update else ("SERVICE",)
    for variant in (text, _decode_codepoints(text)):
        for spelled in (variant.upper(), variant.casefold().upper()):
            if any(w in spelled for w in words):
                return True
    return False


def outbound(text: str, *, update: bool = False, prefixes: Mapping[str, str] | None = None,
             max_chars: int = OUTBOUND_MAX_CHARS, wait: float = 10.0) -> Outbound:
    """What running ``text`` (a query, or an update) can fetch from the network.

    ``prefixes`` are those the engine is given besides the text's own. Raises
    :class:`OutboundUnchecked` when the text mentions SERVICE/LOAD and cannot be read with
    certainty (too long, ``\\u`` escapes, a relative or twice-declared IRI, a syntax the parser
    does not know), :class:`OutboundBusy` when the parser stays busy past ``wait`` seconds."""
    if not may_call_out(text, update):
        return Outbound()
    what = "an update that mentions SERVICE or LOAD" if update else "a query that mentions SERVICE"
    if len(text) > max_chars:
        raise OutboundUnchecked(f"{what} is checked by a SPARQL parser before it runs, which "
                                f"reads at most {max_chars} characters (this one has {len(text)})",
                                hint="shorten it")
    if _CODEPOINT.search(text):
        raise OutboundUnchecked(f"{what} may not contain \\u or \\U escapes (the checker and the "
                                "engine read them differently)", hint="write the characters")
    key = tuple(sorted((prefixes or {}).items()))
    if not _PARSE_LOCK.acquire(timeout=wait):
        raise OutboundBusy(f"the SERVICE check stayed busy for {wait:g} s", hint="try again")
    try:
        return _outbound_cached(text, update, key)
    finally:
        _PARSE_LOCK.release()


@functools.lru_cache(maxsize=256)  # texts of at most OUTBOUND_MAX_CHARS: a few MB at most
def _outbound_cached(text: str, update: bool, prefixes: tuple[tuple[str, str], ...]) -> Outbound:
    from rdflib.plugins.sparql import algebra, parser
    from rdflib.term import Variable

    # Oxigraph ends a comment at CR as well as LF, pyparsing only at LF: give the parser the
    # line ends the engine sees (elsewhere a CR may only stand inside a long string).
    readable = text.replace("\r", "\n")
    try:
        with _plain_service_patterns(parser):
            tree: Any = parser.parseUpdate(readable) if update else parser.parseQuery(readable)
        services, loads = _read_tree(tree, dict(prefixes))
        if update:
            translated: Any = algebra.translateUpdate(tree).algebra
        else:
            translated = algebra.translateQuery(tree, initNs=dict(prefixes)).algebra
    except RecursionError as e:
        raise OutboundUnchecked("the SERVICE check cannot read this text: it is nested too "
                                "deeply or has too many patterns in a row") from e
    except OutboundUnchecked:
        raise
    except Exception as e:  # noqa: BLE001 -- any failure of the third-party parser is a refusal
        reason = " ".join(str(e).split())[:200]
        raise OutboundUnchecked(f"the SERVICE check cannot read this text ({reason})",
                                hint="the checker reads SPARQL 1.1") from e
    seen = [None if isinstance(t, Variable) else _unescape(t)
            for t in (n.get("term") for n in _comps(translated) if n.name == "ServiceGraphPattern")]
    if len(seen) < len(services) or set(seen) != set(services):
        raise OutboundUnchecked("the SERVICE check read this text two ways",
                                hint="name each SERVICE endpoint by an absolute IRI")
    return Outbound(tuple(services), tuple(loads))


@contextlib.contextmanager
def _plain_service_patterns(parser: Any) -> Iterator[None]:
    """rdflib records each SERVICE clause's source text for its own federation by searching
    the whole query again from the start (``Comp.postParse``); that search ignores where the
    clause is, fails on a ``#`` inside an IRI and recurses without end on a nested SERVICE.
    While we hold the parse lock, the SERVICE rule builds its node without it."""
    from rdflib.plugins.sparql.parserutils import CompValue, ParamValue

    def build(instring: str, loc: int, tokens: Any) -> Any:
        node = CompValue("ServiceGraphPattern")
        for t in tokens:
            if isinstance(t, ParamValue):
                if t.isList:
                    node.setdefault(t.name, []).append(t.tokenList)
                else:
                    node[t.name] = t.tokenList
        return node

    rule = parser.ServiceGraphPattern
    rule.postParse = build
    try:
        yield
    finally:
        del rule.postParse


def _comps(tree: object) -> Iterator[Any]:
    """Every CompValue of a parse tree or algebra expression (iteratively: trees are deep)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack: list[object] = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())


def _unescape(iri: str) -> str:
    """A prefixed name's local escapes (``\\-``) removed, as the engine does; a resolved IRI
    holds no other backslash (an IRI cannot contain one)."""
    return _LOCAL_ESCAPE.sub(r"\1", str(iri))


def _read_tree(tree: Any, prefixes: dict[str, str]) -> tuple[list[str | None], list[str]]:
    """The SERVICE endpoints and LOAD sources of a raw parse tree, resolved by a rule that
    leaves no room for two readings: every BASE and PREFIX IRI absolute, each prefix declared
    with one IRI, every endpoint an absolute IRI, a declared prefixed name or a variable."""
    from rdflib.term import URIRef, Variable

    nodes = list(_comps(tree))
    declared: dict[str, str] = {}
    for n in nodes:
        if n.name not in ("Base", "PrefixDecl"):
            continue
        iri = str(n.get("iri"))
        if not _ABSOLUTE.match(iri):
            raise OutboundUnchecked(f"a text that mentions SERVICE or LOAD may only declare "
                                    f"absolute IRIs, not <{iri}>")
        if n.name == "PrefixDecl":
            name = str(n.get("prefix") or "")
            if declared.setdefault(name, iri) != iri:
                raise OutboundUnchecked(f"the prefix {name}: is declared twice with different IRIs")
    known = {**prefixes, **declared}

    def resolve(term: Any) -> str | None:
        if isinstance(term, Variable):
            return None
        if isinstance(term, URIRef):
            if not _ABSOLUTE.match(str(term)):
                raise OutboundUnchecked(f"name the endpoint by an absolute IRI, not <{term}>")
            return str(term)
        if getattr(term, "name", None) != "pname":
            raise OutboundUnchecked(f"the endpoint {term!r} is neither an IRI nor a variable")
        name = str(term.get("prefix") or "")
        if name not in known:
            raise OutboundUnchecked(f"the prefix {name}: of an endpoint is not declared")
        return _unescape(known[name] + str(term.get("localname") or ""))

    services = [resolve(n.get("term")) for n in nodes if n.name == "ServiceGraphPattern"]
    loads = [resolve(n.get("iri")) or "?" for n in nodes if n.name == "Load"]
    return services, loads


# -- pages of a SELECT: LIMIT/OFFSET and a count, written into the text ------------------------------

@dataclass(frozen=True)
class SelectShape:
    """Where the parts of a top-level SELECT stand in its text (character offsets)."""

    select: int            # the SELECT keyword (the prologue is before it)
    modifiers: int         # just after the WHERE clause's closing brace
    order: tuple[int, int] | None  # the ORDER BY clause, keyword to its end
    values: int            # a trailing VALUES clause, or the end of the text
    projected: frozenset[str] | None  # the variables the result has (None: SELECT *)


def select_shape(text: str) -> SelectShape | None:
    """The parts of a SELECT query that a page of it needs, or None when it cannot be paged by
    rewriting: not a SELECT, its own LIMIT or OFFSET, its own dataset (FROM), or a shape the
    tokenizer does not follow (the query then runs whole, as it was written)."""
    tokens = tokenize(text)
    starts = [i for i, t in enumerate(tokens) if t.depth == 0 and t.kind == "word" and t.text.upper() in FORMS]
    if not starts or not tokens[starts[0]].is_word("SELECT"):
        return None
    first = starts[0]
    parens, brace = 0, None
    projected: set[str] | None = set()
    for i in range(first + 1, len(tokens)):
        t = tokens[i]
        parens += t.text == "("
        parens -= t.text == ")"
        if t.is_word("FROM"):
            return None
        if t.text == "{" and parens == 0:
            brace = i
            break
        if t.text == "*" and parens == 0:
            projected = None
        elif t.kind == "var" and projected is not None and (parens == 0 or tokens[i - 1].is_word("AS")):
            projected.add(t.text[1:])
    if brace is None:
        return None
    close = _matching_brace(tokens, brace)
    if tokens[close].text != "}":
        return None
    tail = tokens[close + 1:]
    if any(t.depth == 0 and t.is_word("LIMIT", "OFFSET") for t in tail):
        return None
    values = next((t.start for t in tail if t.depth == 0 and t.is_word("VALUES")), len(text))
    order_at = next((k for k, t in enumerate(tail) if t.depth == 0 and t.is_word("ORDER")), None)
    order = (tail[order_at].start, values) if order_at is not None else None
    return SelectShape(tokens[first].start, tokens[close].end, order, values,
                       frozenset(projected) if projected is not None else None)


def page_text(text: str, shape: SelectShape, limit: int, offset: int, sort: tuple[str, bool] | None = None) -> str:
    """The query with ``LIMIT limit OFFSET offset``; ``sort`` (variable, descending) orders by
    that variable first, then by the query's own order."""
    end = shape.order[0] if shape.order else shape.values
    own = text[shape.order[0]:shape.order[1]].strip() if shape.order else ""
    keys = own.split(None, 2)[2] if own else ""  # what follows ORDER BY
    order = own
    if sort is not None:
        var, desc = sort
        order = f"ORDER BY {'DESC(?' + var + ')' if desc else '?' + var} {keys}".rstrip()
    return f"{text[:end].rstrip()}\n{order}\nLIMIT {limit} OFFSET {offset}\n{text[shape.values:]}"


#: the variable a count query binds (no query of ours or a user's is expected to use it)
COUNT_VAR = "kg_count_"


def count_text(text: str, shape: SelectShape, cap: int, bound: tuple[str, ...] = ()) -> str:
    """A query counting the rows of ``text``, at most ``cap`` + 1 of them (so more than ``cap``
    says itself), without the query's ORDER BY (the order does not change the count). ``bound``:
    the variables the request binds, projected (and grouped by) so that they can be bound here too."""
    end = shape.order[0] if shape.order else shape.values
    keep = " ".join(f"?{v}" for v in bound)
    group = f"\nGROUP BY {keep}" if bound else ""
    return (f"{text[:shape.select]}SELECT {keep} (COUNT(*) AS ?{COUNT_VAR}) WHERE {{\n"
            f"{text[shape.select:end].rstrip()}\nLIMIT {cap + 1}\n{text[shape.values:].strip()}\n}}{group}")
