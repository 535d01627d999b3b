"""``/dump`` (every RDF format), ``/.well-known/void``, ``/health`` and ``/metrics``.

A dump and the VoID counts read the whole store: they run in a query worker (a deadline, a
memory bound, and a crash of the serialiser ends the worker, not the server), and what they
compute is kept until the next write under a fixed key (never one per Host header).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, render_template, request

from kg.namespaces import is_build_graph
from kg.web.errors import ApiError, wants_html
from kg.web.negotiation import ALIASES
from kg.web.rdfdoc import rdf_format, rdf_response, turtle_literal
from kg.web.service import Service, service

bp = Blueprint("data", __name__)

CHUNK = 256 * 1024


def _chunks(data: bytes) -> Iterator[bytes]:
    for i in range(0, len(data), CHUNK):
        yield data[i:i + CHUNK]


@bp.route("/dump")
@bp.route("/dump.<suffix>")
def dump(suffix: str | None = None) -> Response:
    svc = service()
    if suffix is not None and suffix.lower() not in ALIASES:
        raise ApiError(404, f"no dump format .{suffix}; try .ttl, .nt, .nq, .trig, .jsonld or .rdf")
    f = rdf_format(suffix or request.args.get("format"))
    # sorted and byte-stable; quads keep their named graphs
    data: bytes = svc.call(DumpTask(f.name), what="dump", longest=svc.settings.dump_timeout,
                           crash_status=500)
    resp = Response(_chunks(data), content_type=f.content_type, direct_passthrough=True)
    resp.headers["Content-Length"] = str(len(data))
    resp.headers["Content-Disposition"] = f'inline; filename="drugkg.{f.suffix}"'
    resp.vary.add("Accept")
    return resp


CLASS_COUNTS = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c ORDER BY ?c"
PROPERTY_COUNTS = "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p"
TOTALS = """SELECT (COUNT(*) AS ?triples) (COUNT(DISTINCT ?s) AS ?subjects)
  (COUNT(DISTINCT ?o) AS ?objects) WHERE { ?s ?p ?o }"""


@dataclass(frozen=True)
class DumpTask:
    """The whole store in one RDF format (in a query worker)."""

    fmt: str

    def run(self, store: Any, deadline: float | None = None) -> bytes:
        # as kg export: the build records (the builder's paths, the code version) are bookkeeping
        wanted = ["", *(g for g in store.named_graphs() if not is_build_graph(g))]
        return store.export(self.fmt, wanted)  # type: ignore[no-any-return]


@dataclass(frozen=True)
class VoidCounts:
    """The counts a VoID description gives, read in a query worker: (triples, distinct
    subjects, distinct objects), classes with their entities, properties with their triples."""

    def run(self, store: Any, deadline: float | None = None) -> tuple[Any, ...]:
        totals = next(store.query(TOTALS).rows())
        classes = [(c.value, int(n.value)) for c, n in store.query(CLASS_COUNTS).rows() if c and n]
        props = [(p.value, int(n.value)) for p, n in store.query(PROPERTY_COUNTS).rows() if p and n]
        return tuple(int(x.value) if x else 0 for x in totals), classes, props


def void_turtle(svc: Service, root: str) -> str:
    (t, s, o), classes, props = svc.cached("void", lambda: svc.call(VoidCounts(), what="VoID count"))
    lines = ["@prefix void: <http://rdfs.org/ns/void#> .", "@prefix dcterms: <http://purl.org/dc/terms/> .", "",
             f"<{root}.well-known/void#dataset> a void:Dataset ;",
             f"  dcterms:title {turtle_literal('Drug knowledge graph')} ;",
             f"  void:uriSpace {turtle_literal(svc.config.base)} ;",
             f"  void:sparqlEndpoint <{root}sparql> ;",
             f"  void:dataDump <{root}dump.nq>, <{root}dump.ttl> ;",
             f"  void:triples {t} ; void:distinctSubjects {s} ; void:distinctObjects {o} ;",
             f"  void:classes {len(classes)} ; void:properties {len(props)}"]
    for c, n in classes:
        lines[-1] += " ;"
        lines.append(f"  void:classPartition [ void:class <{c}> ; void:entities {n} ]")
    for p, n in props:
        lines[-1] += " ;"
        lines.append(f"  void:propertyPartition [ void:property <{p}> ; void:triples {n} ]")
    lines[-1] += " ."
    return "\n".join(lines) + "\n"


@bp.route("/.well-known/void")
def void() -> Response:
    svc = service()
    return rdf_response(void_turtle(svc, request.host_url), request.args.get("format"))


#: what the health page calls each field of the JSON
HEALTH_LABELS = {"quads": "quads", "graphs": "named graphs", "workers": "query workers configured",
                 "workersRunning": "query workers running (they start on first use)",
                 "generation": "writes since start", "updates": "updates allowed (with a token)",
                 "timeout": "query deadline (s)",
                 "warmed": "stored queries whose first page is warmed for this generation (kg.web.warm)",
                 "warming": "warming the stored queries' first pages now"}


@bp.route("/health")
def health() -> Response:
    svc = service()
    body = {"ok": True, "status": 200, "quads": svc.cached("quads", lambda: len(svc.store)),
            "graphs": len(svc.cached("named_graphs", svc.store.named_graphs)),
            "workers": svc.pool.size, "workersRunning": len(svc.pool.pids()),  # started on first use
            "generation": svc.generation,
            "updates": bool(svc.settings.update_token), "timeout": svc.settings.timeout}
    warmer = svc.extras.get("warm")
    if warmer is not None:
        body["warmed"] = sum(1 for w in dict(warmer.done).values()
                             if w.generation == svc.generation and not w.outcome.startswith("failed"))
        body["warming"] = not warmer.idle.is_set()
    if _page_wanted(("json",)):
        rows = [(HEALTH_LABELS.get(k, k), v) for k, v in body.items() if k not in ("ok", "status")]
        return _status_page("Health", rows, [], [("json", "/health?format=json")])
    return Response(json.dumps(body) + "\n", mimetype="application/json")


@bp.route("/metrics")
def metrics() -> Response:
    m = service().metrics
    if _page_wanted(("text", "prometheus")):
        return _status_page("Metrics", m.counters(), m.by_endpoint(), [("Prometheus text", "/metrics?format=text")])
    return Response(m.render(), mimetype="text/plain; version=0.0.4")


def _page_wanted(data_formats: tuple[str, ...]) -> bool:
    """A browser's request (Accept ranks HTML first) that names no data format."""
    fmt = request.args.get("format")
    if fmt is not None and fmt not in ("html", *data_formats):
        raise ApiError(406, f"this is available as format=html or format={' or format='.join(data_formats)}")
    return fmt == "html" or (fmt is None and wants_html())


def _status_page(title: str, rows: list[tuple[str, Any]], endpoints: list[Any],
                 links: list[tuple[str, str]]) -> Response:
    resp = Response(render_template("status.html", title=title, rows=rows, endpoints=endpoints, links=links),
                    mimetype="text/html")
    resp.vary.add("Accept")
    return resp
