"""``/id/{kind}/{key}``: every IRI of ours dereferences — HTML for people, Turtle / JSON-LD /
N-Triples / RDF/XML for machines (by Accept, or a suffix: ``/id/drug/imiquimod.ttl``)."""
from __future__ import annotations

from flask import Blueprint, Response, render_template, request

from kg.web.entitydata import entity_document, load_entity
from kg.web.errors import ApiError
from kg.web.negotiation import ALIASES, FORMATS, negotiate
from kg.web.service import service

bp = Blueprint("entities", __name__)


def _split(path: str) -> tuple[str, str | None]:
    stem, dot, suffix = path.rpartition(".")
    if dot and "/" not in suffix and suffix.lower() in ALIASES:
        return stem, suffix.lower()
    return path, None


@bp.route("/id/<path:path>", methods=["GET"])
def entity(path: str) -> Response:
    svc = service()
    path, suffix = _split(path)
    iri = svc.config.base + path
    fmt = negotiate(request.headers.get("Accept"), "graph", suffix, html=True)
    if fmt is None:
        offered = ", ".join(f.media_type for f in FORMATS if "graph" in f.kinds)
        raise ApiError(406, f"an entity can be had as {offered}")
    ent = load_entity(svc.store, iri)
    if ent.empty:
        raise ApiError(404, f"nothing is known about <{iri}>")
    if fmt.name == "html":
        links = [(f.suffix, f"/id/{path}.{f.suffix}") for f in FORMATS
                 if f.name in ("turtle", "jsonld", "ntriples", "rdfxml")]
        html = render_template("entity.html", e=ent, links=links)
        resp = Response(html, mimetype="text/html")
    else:
        resp = Response(entity_document(svc.store, iri, fmt.name), content_type=fmt.content_type)
    resp.vary.add("Accept")
    return resp
