"""A result as a page shows it: paged past the row cap of one screen, sorted by a column, our
IRIs with their labels beside them (pure helpers; the labels come from one bounded look-up).

``?page=N`` (from 1), ``?sort=VAR`` and ``?desc=1`` ride along with the query's own parameters,
so every page of a result is a link.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from kg.namespaces import RDFS, XSD
from kg.store import Term

#: rows a page-view query keeps (pages of ``page_rows`` are cut from these)
PAGED_ROWS = 50_000
#: request parameters of the view, not of the query
VIEW_PARAMS = ("page", "sort", "desc")
NUMERIC = {XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short", "byte",
                             "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                             "negativeInteger", "unsignedInt", "unsignedLong")}
_PLAIN_IRI = re.compile(r'^[^<>"{}|^`\\\s]+$')


@dataclass
class Table:
    kind: str
    variables: list[str]
    rows: list[Any]
    total: int
    more: bool  # the query has more rows than were kept
    seconds: float
    boolean: bool | None = None
    page: int = 1
    pages: int = 1
    first: int = 0  # index of the first row shown
    sort: str | None = None
    desc: bool = False
    labels: dict[str, str] = field(default_factory=dict)
    hrefs: dict[str, str] = field(default_factory=dict)  # prev, next, first, last, sort:VAR
    counted: bool = True  # False: ``total`` rows are known, more may follow (``uncounted`` says why)
    uncounted: str = ""
    past_end: bool = False  # the page asked for is after the last one

    @property
    def total_text(self) -> str:
        return f"{self.total:,}" if self.counted else f"more than {self.total:,}"

    @property
    def columns(self) -> list[str]:
        return self.variables if self.kind == "bindings" else ["subject", "predicate", "object"]

    @property
    def chart(self) -> Chart | None:
        """Bars for a result of one label column and one number column (the rows shown, at most
        :data:`CHART_BARS`), else None."""
        if self.kind != "bindings" or len(self.variables) < 2 or not self.rows:
            return None
        numeric = [i for i in range(len(self.variables))
                   if all(r[i] is not None and r[i].kind == "literal" and r[i].datatype in NUMERIC for r in self.rows)]
        others = [i for i in range(len(self.variables)) if i not in numeric]
        if len(numeric) != 1 or not others:
            return None
        n, lab = numeric[0], others[-1] if len(others) > 1 and self._is_text(others[-1]) else others[0]
        bars = []
        for row in self.rows[:CHART_BARS]:
            t = row[lab]
            text = "" if t is None else self.labels.get(t.value) or (t.value.rsplit("/", 1)[-1] if t.kind == "uri"
                                                                    else t.value)
            try:
                bars.append((text[:40], float(row[n].value)))
            except ValueError:
                return None
        top = max((v for _, v in bars), default=0) or 1
        return Chart(self.variables[lab], self.variables[n],
                     [(text, v, max(0.0, 100 * v / top)) for text, v in bars])

    def _is_text(self, i: int) -> bool:
        return all(r[i] is None or r[i].kind == "literal" for r in self.rows)


#: bars a chart shows at most
CHART_BARS = 40


@dataclass
class Chart:
    label: str
    value: str
    bars: list[tuple[str, float, float]]  # (label, value, percent of the largest)

    @property
    def height(self) -> int:
        return 22 * len(self.bars) + 8


def _sort_key(t: Term | None) -> tuple[int, float, str]:
    if t is None:
        return (2, 0.0, "")
    if t.kind == "literal" and t.datatype in NUMERIC:
        try:
            return (0, float(t.value), "")
        except ValueError:
            pass
    return (1, 0.0, t.value.casefold())


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value else default
    except ValueError:
        return default


def table_view(answer: Any, args: Mapping[str, str], path: str, page_rows: int,
               labels: Callable[[list[str]], dict[str, str]] | None = None) -> Table:
    """The page of ``answer`` that ``args`` asks for (``page``, ``sort``, ``desc``)."""
    t = Table(answer.kind, list(answer.variables or []), [], len(answer.rows), bool(answer.truncated),
              answer.seconds, boolean=answer.boolean)
    if answer.kind == "boolean":
        return t
    rows = list(answer.rows)
    cols = t.columns
    sort = args.get("sort")
    if sort in cols:
        i = cols.index(sort)
        t.sort, t.desc = sort, args.get("desc") in ("1", "true", "yes")
        bound = [r for r in rows if r[i] is not None]
        bound.sort(key=lambda r: _sort_key(r[i]), reverse=t.desc)
        rows = bound + [r for r in rows if r[i] is None]
    size = max(1, page_rows)
    t.pages = max(1, -(-len(rows) // size))
    t.page = max(1, _int(args.get("page"), 1))
    t.first = (t.page - 1) * size
    t.rows = rows[t.first:t.first + size]
    t.past_end = t.page > t.pages
    return _links(t, args, path, labels, t.page < t.pages)


def page_view(paged: Any, args: Mapping[str, str], path: str,
              labels: Callable[[list[str]], dict[str, str]] | None = None) -> Table:
    """A :class:`kg.web.paging.Paged` page as a table: the engine cut the rows already."""
    a = paged.answer
    t = Table(a.kind, list(a.variables or []), list(a.rows), paged.total if paged.total is not None else paged.at_least,
              False, a.seconds, page=paged.page, pages=paged.pages or paged.page + int(paged.has_next),
              first=paged.offset, counted=paged.total is not None, uncounted=paged.uncounted,
              past_end=paged.past_end)
    sort = args.get("sort")
    if sort in t.columns:
        t.sort, t.desc = sort, args.get("desc") in ("1", "true", "yes")
    return _links(t, args, path, labels, paged.has_next)


def _links(t: Table, args: Mapping[str, str], path: str, labels: Callable[[list[str]], dict[str, str]] | None,
           has_next: bool) -> Table:
    """The table's links (pages, sorting by each column) and the labels of the IRIs it shows."""
    keep = {k: v for k, v in args.items() if k not in VIEW_PARAMS}

    def href(page: int = 1, sort: str | None = t.sort, desc: bool = t.desc) -> str:
        q = dict(keep)
        if sort:
            q["sort"] = sort
        if desc:
            q["desc"] = "1"
        if page > 1:
            q["page"] = str(page)
        return path + "?" + urlencode(q)

    if t.page > 1:
        t.hrefs["first"] = href()
        t.hrefs["prev"] = href(min(t.page - 1, t.pages) if t.counted else t.page - 1)
    if has_next:
        t.hrefs["next"] = href(t.page + 1)
    if t.counted and t.page != t.pages:
        t.hrefs["last"] = href(t.pages)
    for col in t.columns:
        t.hrefs["sort:" + col] = href(1, col, col == t.sort and not t.desc)
    if labels is not None:
        iris = {x.value for row in t.rows for x in row if x is not None and x.kind == "uri"}
        t.labels = labels(sorted(i for i in iris if _PLAIN_IRI.match(i)))
    return t


def label_query(iris: list[str]) -> str:
    values = " ".join(f"<{i}>" for i in iris)
    return f"SELECT ?s (SAMPLE(?l) AS ?label) WHERE {{ VALUES ?s {{ {values} }} ?s <{RDFS}label> ?l }} GROUP BY ?s"


def value_text(t: Term) -> str:
    """A typed literal as its value: ``3``, ``true``, ``2024-01-02`` (the type goes in a title)."""
    if t.datatype == XSD + "boolean":
        return "true" if t.value in ("true", "1") else "false"
    return t.value
