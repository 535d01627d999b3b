"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store`` (and ``/rdf-graph-store``):
``?graph=IRI`` or ``?default``; GET and HEAD for everyone, PUT, POST and DELETE with the
update token. Bodies are parsed into a scratch store first, so bad RDF never half-replaces a graph."""
from __future__ import annotations

from flask import Blueprint, Response, request

from kg.store import RDF_FORMATS, OxigraphStore
from kg.web.errors import ApiError
from kg.web.guard import require_token
from kg.web.protocol import check_iri
from kg.web.rdfdoc import rdf_format
from kg.web.service import service

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


def _parse_body() -> str:
    """The request body as N-Triples (validated in a scratch store)."""
    fmt = TRIPLE_FORMATS.get(request.mimetype)
    if fmt is None:
        raise ApiError(415, f"unsupported Content-Type {request.mimetype or '(none)'}; send one of "
                            + ", ".join(sorted(k for k in TRIPLE_FORMATS if "/x-" not in k)))
    data = request.get_data()  # outside the try: a body over the limit is a 413, not a parse error
    scratch = OxigraphStore(None)
    try:
        scratch.load(data, fmt)
    except Exception as e:
        raise ApiError(400, f"cannot parse the body as {request.mimetype}: {e}") from e
    return scratch.export("ntriples").decode("utf-8")


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
        svc.write(lambda: svc.store.update(f"DROP GRAPH <{graph}>" if graph else "CLEAR DEFAULT"))
        return Response(status=204)
    triples = _parse_body()
    where = f"GRAPH <{graph}> {{\n{triples}}}" if graph else triples
    if request.method == "PUT":
        clear = f"DROP SILENT GRAPH <{graph}>" if graph else "CLEAR DEFAULT"
        svc.write(lambda: svc.store.update(f"{clear};\nINSERT DATA {{\n{where}\n}}"))
    else:
        svc.write(lambda: svc.store.update(f"INSERT DATA {{\n{where}\n}}"))
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
