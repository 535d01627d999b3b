"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store`` (and ``/rdf-graph-store``):
``?graph=IRI`` or ``?default``; GET and HEAD for everyone, PUT, POST and DELETE with the
update token. A body is read in a query worker (:class:`ParseTask`: nesting bounded first, the
deadline and memory bound of a query, a parser crash ends the worker, not the server) into flat
N-Triples, so bad RDF never half-replaces a graph and the write itself is one cheap update."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Blueprint, Response, request

from kg.store import RDF_FORMATS, OxigraphStore
from kg.web.errors import ApiError
from kg.web.guard import require_token
from kg.web.protocol import check_iri, check_nesting, timeout_param
from kg.web.rdfdoc import rdf_format
from kg.web.service import BIG_TEXT, give_back_memory, service

bp = Blueprint("graphstore", __name__)

TRIPLE_FORMATS = {mt: name for name, (_, mt, _) in RDF_FORMATS.items() if name not in ("nquads", "trig")}
TRIPLE_FORMATS.update({"application/x-turtle": "turtle", "text/plain": "ntriples",
                       "application/xml": "rdfxml", "text/n3": "turtle"})


def _target() -> str | None:
    """The named graph IRI, or None for the default graph."""
    graph, default = request.args.get("graph"), "default" in request.args
    if graph and default:
        raise ApiError(400, "give ?graph=IRI or ?default, not both")
    if not graph and not default:
        raise ApiError(400, "name a graph: ?graph=IRI or ?default")
    return check_iri(graph) if graph else None


def _exists(graph: str | None) -> bool:
    return graph is None or graph in service().store.named_graphs()


#: formats whose documents nest brackets (``[ ]``, ``( )``, JSON's ``{ }`` and ``[ ]``)
NESTED_FORMATS = frozenset({"turtle", "trig", "jsonld"})


@dataclass(frozen=True)
class ParseTask:
    """A Graph Store body read into N-Triples, in a query worker."""

    data: bytes
    fmt: str
    media_type: str

    def run(self, store: Any = None, deadline: float | None = None) -> tuple[str, bool]:
        """The triples as N-Triples, and whether they hold a blank node."""
        if self.fmt in NESTED_FORMATS:
            check_nesting(self.data, "body")
        scratch = OxigraphStore(None)
        try:
            scratch.load(self.data, self.fmt)
        except Exception as e:  # noqa: BLE001 -- whatever the parser says is the client's error
            raise ApiError(400, f"cannot parse the body as {self.media_type}: {e}") from e
        # term by term, as parsed: no sorting or blank-node canonicalisation (whose cost and
        # recursion grow with what a client sends); INSERT DATA gives the blank nodes new names
        quads = scratch.quads()
        blank = any(s.startswith("_:") or o.startswith("_:") for s, _, o, _ in quads)
        return "".join(f"{s} {p} {o} .\n" for s, p, o, _ in quads), blank


def _parse_body() -> tuple[str, bool]:
    """The request body as N-Triples, read in a query worker, and whether it has blank nodes."""
    fmt = TRIPLE_FORMATS.get(request.mimetype)
    if fmt is None:
        raise ApiError(415, f"unsupported Content-Type {request.mimetype or '(none)'}; send one of "
                            + ", ".join(sorted(k for k in TRIPLE_FORMATS if "/x-" not in k)))
    data = request.get_data()  # a body over the limit is a 413, not a parse error
    task = ParseTask(data, fmt, request.mimetype)
    return service().call(task, timeout_param(request.args), what="Graph Store body")  # type: ignore[no-any-return]


@bp.route("/store", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
@bp.route("/rdf-graph-store", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
def graph_store() -> Response:
    graph = _target()
    if request.method in ("GET", "HEAD"):
        return _get(graph)
    require_token()
    svc = service()
    existed = _exists(graph)
    if request.method == "DELETE":
        if not existed:
            raise ApiError(404, f"no graph <{graph}>")
        svc.write(f"DROP SILENT GRAPH <{graph}>" if graph else "CLEAR DEFAULT", replayable=True)
        return Response(status=204)
    triples, blank = _parse_body()
    where = f"GRAPH <{graph}> {{\n{triples}}}" if graph else triples
    if request.method == "PUT":
        clear = f"DROP SILENT GRAPH <{graph}>" if graph else "CLEAR DEFAULT"
        svc.write(f"{clear};\nINSERT DATA {{\n{where}\n}}", replayable=not blank)
    else:
        svc.write(f"INSERT DATA {{\n{where}\n}}", replayable=not blank)
    if len(where) > BIG_TEXT:
        give_back_memory()
    return Response(status=204 if existed else 201)


def _get(graph: str | None) -> Response:
    svc = service()
    if not _exists(graph):
        raise ApiError(404, f"no graph <{graph}>")
    f = rdf_format(request.args.get("format"))
    pattern = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    body = svc.store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {pattern} }}", union=False).serialize(f.name)
    resp = Response(body, content_type=f.content_type)
    resp.vary.add("Accept")
    return resp
