"""The dataset overview on ``/`` (counts per class, the drugs, the monographs that yield the
least) and ``/browse/KIND``, every node of one class by label: links to browse by type with
counts, as Datasette's facets do.

The counts read the whole store (20-40 s at 10,000 monographs, over the request deadline), so
they are read in the background, in a query worker (memory bound, the search index's long
deadline), once per state of the store: from the service's start, and at the first visit after
a write (:class:`Figures`). ``/`` does not wait for them more than a moment: until they are
there it says they are being counted (a 200, the query form works); ``/browse/KIND``, which
needs them, answers 503 with ``Retry-After``.
"""
from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, render_template, request

from kg.namespaces import CLASSES, DKG, RDFS
from kg.web.errors import ApiError
from kg.web.service import Service, service

bp = Blueprint("overview", __name__)
log = logging.getLogger(__name__)

PREFIX = f"PREFIX dkg: <{DKG}>\nPREFIX rdfs: <{RDFS}>\n"
CLASS_COUNTS = PREFIX + f"""SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{
  ?s a ?c FILTER(STRSTARTS(STR(?c), "{DKG}")) }} GROUP BY ?c ORDER BY DESC(?n)"""
DRUGS = PREFIX + """SELECT ?d (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?st) AS ?claims) WHERE {
  ?d a dkg:Drug . OPTIONAL { ?d rdfs:label ?l } OPTIONAL { ?st dkg:subject ?d }
} GROUP BY ?d ORDER BY LCASE(STR(SAMPLE(?l))) LIMIT 500"""
TRIPLES = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
STATEMENTS = PREFIX + "SELECT (COUNT(DISTINCT ?st) AS ?n) WHERE { ?st dkg:subject ?x }"
#: the thinnest monographs: coverage.rq's order (gaps, then fewest claims, then unexplained lines)
THIN = PREFIX + """SELECT ?m ?file ?drug ?label ?gaps ?claims ?unexplained WHERE {
  ?m a dkg:Monograph ; dkg:fileName ?file ; dkg:claimCount ?claims ; dkg:indicationCount ?uses ;
     dkg:mechanismCount ?targets ; dkg:adverseEffectCount ?effects .
  OPTIONAL { ?m dkg:downstreamCount ?down }
  OPTIONAL { ?m dkg:unexplainedLineCount ?unexplained }
  OPTIONAL { ?drug dkg:describedIn ?m OPTIONAL { ?drug rdfs:label ?label } }
  BIND(IF(?uses = 0, 1, 0) + IF(?targets + COALESCE(?down, 0) = 0, 1, 0) + IF(?effects = 0, 1, 0) AS ?gaps)
} ORDER BY DESC(?gaps) ?claims DESC(?unexplained) ?file LIMIT 6"""
BROWSE_PAGE = 500


def _int(t: Any) -> int:
    try:
        return int(t.value) if t is not None else 0
    except ValueError:
        return 0


def _str(t: Any) -> str:
    return t.value if t is not None else ""


@dataclass(frozen=True)
class OverviewTask:
    """The overview's figures, read in a query worker."""

    def run(self, store: Any, deadline: float | None = None) -> dict[str, Any]:
        classes = [(_str(c)[len(DKG):], _int(n)) for c, n in store.query(CLASS_COUNTS).rows() if c is not None]
        drugs = [(_str(d), _str(label), _int(n)) for d, label, n in store.query(DRUGS).rows() if d is not None]
        triples, statements = (_int(next(iter(store.query(q).rows()), (None,))[0]) for q in (TRIPLES, STATEMENTS))
        thin = [{"monograph": _str(m), "file": _str(f), "drug": _str(d), "label": _str(label), "gaps": _int(g),
                 "claims": _int(c), "unexplained": _int(u)}
                for m, f, d, label, g, c, u in store.query(THIN).rows()]
        return {"classes": classes, "drugs": drugs, "triples": triples, "statements": statements, "thin": thin}


@dataclass
class Overview:
    kinds: list[tuple[str, int]]      # our base classes
    defined: list[tuple[str, int]]    # the classes the reasoner fills (Agonist ...)
    statements: list[tuple[str, int]]  # statement classes
    drugs: list[tuple[str, str, int]]
    thin: list[dict[str, Any]]
    triples: int
    statement_count: int


#: seconds ``/`` waits for figures being counted before it answers without them
PAGE_WAIT = 1.0
#: seconds before counting again after a count failed (or past its deadline)
RETRY_FAILED = 60.0


class Figures:
    """The overview's figures of one service, counted in the background once per store state (the
    search index's pattern, :class:`kg.web.search.Indexer`, without a copy on disk): a request
    never counts, it waits a moment for the count under way or goes on without it."""

    def __init__(self, svc: Service) -> None:
        self.svc = svc
        self.ready = threading.Condition(threading.Lock())
        self.data: dict[str, Any] | None = None
        self.generation = -1                  # the store's generation the figures were read at
        self.started: float | None = None     # when the count under way began (None: none)
        self.failed: tuple[int, float, str] | None = None  # generation, when, why

    def wake(self) -> None:
        """Start a count unless one is under way or the last one failed less than a minute ago."""
        with self.ready:
            failed = self.failed is not None and self.failed[0] == self.svc.generation \
                and time.monotonic() - self.failed[1] < RETRY_FAILED
            if self.started is not None or self.generation == self.svc.generation or failed:
                return
            self.started = time.monotonic()
        if not self.svc.in_background(self._run):  # the app is closing
            with self.ready:
                self.started = None

    def _run(self) -> None:
        from kg.web.search import BUILD_TIMEOUT

        while True:
            generation, began = self.svc.generation, time.monotonic()
            try:
                data = self.svc.call(OverviewTask(), None, what="overview", longest=BUILD_TIMEOUT, crash_status=500)
            except Exception as e:  # noqa: BLE001 -- said in the log and on the page
                why = " ".join(str(getattr(e, "message", "") or e).split()) or type(e).__name__
                log.warning("the overview could not be counted: %s", why)
                with self.ready:
                    self.failed, self.started = (generation, time.monotonic(), why), None
                    self.ready.notify_all()
                return
            with self.ready:
                if generation == self.svc.generation:
                    self.data, self.generation, self.failed, self.started = data, generation, None, None
                    self.ready.notify_all()
                    log.info("overview counted in %.1f s", time.monotonic() - began)
                    return
                self.started = time.monotonic()  # written meanwhile: count again

    def current(self, wait: float = 0.0) -> dict[str, Any] | None:
        """The figures of the store as it is now, waiting at most ``wait`` s for a count under
        way; None while they are being counted (or could not be)."""
        self.wake()
        end = time.monotonic() + wait
        with self.ready:
            while self.generation != self.svc.generation and self.started is not None:
                left = end - time.monotonic()
                if left <= 0:
                    break
                self.ready.wait(left)
            return self.data if self.generation == self.svc.generation else None

    def progress(self) -> str:
        """Why there are no figures: being counted (for how long), or could not be."""
        with self.ready:
            if self.started is not None:
                return f"the graph is being counted ({time.monotonic() - self.started:.0f} s so far)"
            if self.failed is not None:
                return f"the graph could not be counted ({self.failed[2]}); it is tried again at most once a minute"
            return "the graph is being counted"


def figures(svc: Service) -> Figures:
    found = svc.extras.get("overview")
    if found is None:
        found = svc.extras.setdefault("overview", Figures(svc))
    return found  # type: ignore[no-any-return]


def dataset_overview(svc: Service, wait: float | None = None) -> Overview | None:
    """The overview of the store as it is now, or None while its figures are being counted
    (waiting for them at most ``wait`` s, :data:`PAGE_WAIT` by default)."""
    data = figures(svc).current(PAGE_WAIT if wait is None else wait)
    if data is None:
        return None
    base = [c for c in CLASSES if not c.endswith("Statement") and c not in ("MonographSection", "ExtractionWarning")]
    counts = dict(data["classes"])
    kinds = [(c, counts[c]) for c in base if counts.get(c)]
    statements = [(c, n) for c, n in data["classes"] if c.endswith("Statement")]
    defined = [(c, n) for c, n in data["classes"] if c not in CLASSES and not c.endswith("Statement")]
    for row in data["thin"]:
        root = svc.config.base + "monograph/"
        row["key"] = row["monograph"][len(root):] if row["monograph"].startswith(root) else ""
    return Overview(kinds, defined, statements, data["drugs"], data["thin"], data["triples"], data["statements"])


def browse_query(kind: str, offset: int) -> str:
    return PREFIX + f"""SELECT ?s (SAMPLE(?l) AS ?label) WHERE {{ ?s a dkg:{kind} OPTIONAL {{ ?s rdfs:label ?l }} }}
GROUP BY ?s ORDER BY LCASE(STR(SAMPLE(?l))) ?s LIMIT {BROWSE_PAGE + 1} OFFSET {offset}"""


@bp.route("/browse/<kind>")
def browse(kind: str) -> Response:
    svc = service()
    missing = ApiError(404, f"no class dkg:{kind[:60]} in the graph; see / for the classes")
    if not re.fullmatch(r"[A-Za-z]+", kind):
        raise missing
    overview = dataset_overview(svc, svc.settings.search_wait)
    if overview is None:  # one indexed look-up tells a class with no node before the counts are there
        if not svc.store.query(f"ASK {{ ?s a <{DKG}{kind}> }}").boolean:
            raise missing
        raise ApiError(503, f"{figures(svc).progress()}; try again shortly", {"Retry-After": "5"})
    counts = dict(overview.kinds + overview.defined + overview.statements)
    if kind not in counts:
        raise missing
    try:
        page = max(1, int(request.args.get("page", "1")))
    except ValueError as e:
        raise ApiError(400, "page must be a whole number") from e
    rows = list(svc.store.query(browse_query(kind, (page - 1) * BROWSE_PAGE)).rows())
    items = [(s.value, label.value if label else s.value.rsplit("/", 1)[-1]) for s, label in rows[:BROWSE_PAGE]
             if s is not None]
    html = render_template("browse.html", kind=kind, items=items, total=counts[kind], page=page,
                           more=len(rows) > BROWSE_PAGE, first=(page - 1) * BROWSE_PAGE)
    return Response(html, mimetype="text/html")
