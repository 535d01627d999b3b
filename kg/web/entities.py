"""``/id/{kind}/{key}``: every IRI of ours dereferences — HTML for people, Turtle / JSON-LD /
N-Triples / RDF/XML for machines (by Accept, or a suffix: ``/id/drug/imiquimod.ttl``)."""
from __future__ import annotations

import re

from flask import Blueprint, Response, render_template, request

from kg.web.entitydata import entity_document, load_entity, source_href
from kg.web.errors import ApiError
from kg.web.negotiation import ALIASES, FORMATS, negotiate
from kg.web.service import service

bp = Blueprint("entities", __name__)


def _split(path: str) -> tuple[str, str | None]:
    stem, dot, suffix = path.rpartition(".")
    if dot and "/" not in suffix and suffix.lower() in ALIASES:
        return stem, suffix.lower()
    return path, None


#: what an IRI's path may hold (RFC 3987: unreserved, sub-delims, ':', '@', '/', '?', '#',
#: %-escapes and the ucschar ranges); a path outside it names nothing of ours
_IRI_PATH = re.compile("(?:[A-Za-z0-9._~!$&'()*+,;=:@/?#\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
                       "\U00010000-\U000efffd-]|%[0-9A-Fa-f]{2})*")


def _check_path(path: str) -> None:
    m = _IRI_PATH.match(path)
    if m is None or m.end() != len(path):
        bad = path[m.end() if m else 0]
        raise ApiError(400, f"{'/id/' + path!r} is not the path of an IRI: {bad!r} cannot stand in one")


@bp.route("/id/<path:path>", methods=["GET"])
def entity(path: str) -> Response:
    svc = service()
    _check_path(path)
    path, suffix = _split(path)
    iri = svc.config.base + path
    fmt = negotiate(request.headers.get("Accept"), "graph", suffix, html=True)
    if fmt is None:
        offered = ", ".join(f.media_type for f in FORMATS if "graph" in f.kinds)
        raise ApiError(406, f"an entity can be had as {offered}")
    try:
        ent = load_entity(svc.store, iri, svc.config.base)
    except ValueError as e:  # the engine's IRI rules are stricter than the path check
        raise ApiError(400, f"<{iri}> is not an IRI the store accepts: {e}") from e
    if ent.empty:
        raise ApiError(404, f"nothing is known about <{iri}>")
    if fmt.name == "html":
        links = [(f.suffix, f"/id/{path}.{f.suffix}") for f in FORMATS
                 if f.name in ("turtle", "jsonld", "ntriples", "rdfxml")]
        html = render_template("entity.html", e=ent, links=links, source_href=source_href,
                               base=svc.config.base)
        resp = Response(html, mimetype="text/html")
    else:
        resp = Response(entity_document(svc.store, iri, fmt.name), content_type=fmt.content_type)
    resp.vary.add("Accept")
    return resp
