"""The dataset overview on ``/`` (counts per class, the drugs, the monographs that yield the
least) and ``/browse/KIND``, every node of one class by label: links to browse by type with
counts, as Datasette's facets do.

The counts read the whole store, so they run in a query worker (deadline and memory bound) and
are kept until the next write.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, render_template, request

from kg.namespaces import CLASSES, DKG, RDFS
from kg.web.errors import ApiError
from kg.web.service import Service, service

bp = Blueprint("overview", __name__)

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


def dataset_overview(svc: Service) -> Overview:
    data = svc.cached("overview", lambda: svc.call(OverviewTask(), what="overview"))
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
    counts = dict(dataset_overview(svc).kinds + dataset_overview(svc).defined + dataset_overview(svc).statements)
    if not re.fullmatch(r"[A-Za-z]+", kind) or kind not in counts:
        raise ApiError(404, f"no class dkg:{kind[:60]} in the graph; see / for the classes")
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
