"""Small RDF documents we write ourselves (service description, VoID): Turtle text in, the
negotiated RDF format out (conversion through a throw-away in-memory store), or, for a
browser that asks for HTML first and names no format, a page showing the document with
links to each format (a browser's ``application/xml;q=0.9`` is no request for RDF/XML)."""
from __future__ import annotations

from flask import Response, render_template, request

from kg.store import OxigraphStore
from kg.web.errors import ApiError
from kg.web.negotiation import FORMATS, negotiate


def rdf_format(fmt: str | None = None):  # type: ignore[no-untyped-def]
    f = negotiate(request.headers.get("Accept"), "graph", fmt)
    if f is None:
        offered = ", ".join(x.media_type for x in FORMATS if x.is_rdf)
        raise ApiError(406, f"cannot write RDF as {fmt or request.headers.get('Accept')}; ask for one of {offered}")
    return f


#: what the page of a document we write is called, by path
TITLES = {"/sparql": "Service description", "/.well-known/void": "Dataset description (VoID)"}


def rdf_response(turtle: str, fmt: str | None = None) -> Response:
    if fmt is None:
        page = negotiate(request.headers.get("Accept"), "graph", None, html=True)
        if page is not None and page.name == "html":
            links = [(x.suffix, f"{request.path}?format={x.suffix}") for x in FORMATS if x.is_rdf]
            html = render_template("rdfdoc.html", title=TITLES.get(request.path, "RDF document"),
                                   turtle=turtle, links=links, path=request.path)
            resp = Response(html, mimetype="text/html")
            resp.vary.add("Accept")
            return resp
    f = rdf_format(fmt)
    if f.name == "turtle":
        body = turtle.encode("utf-8")
    else:
        tmp = OxigraphStore(None)
        tmp.load(turtle, "turtle")
        body = tmp.export(f.name)
    resp = Response(body, content_type=f.content_type)
    resp.vary.add("Accept")
    return resp


def turtle_literal(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{text}"'
