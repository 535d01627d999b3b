"""Pages for people and the stored-query API: ``/`` (the query page), ``/queries``,
``/queries/NAME`` (a form for the parameters; ``.json``, ``.csv``, ``.tsv``, ``.ttl`` ...)."""
from __future__ import annotations

import dataclasses
import json
from urllib.parse import urlencode

from flask import Blueprint, Response, render_template, request

from kg.errors import KgError
from kg.namespaces import XSD
from kg.store import Term
from kg.stored_queries import StoredQuery, get_query, list_queries
from kg.web.errors import ApiError
from kg.web.executor import Answer, PoolBusy, QueryFailed, QueryTimeout
from kg.web.negotiation import ALIASES, FORMATS, Format
from kg.web.protocol import check_iri, timeout_param
from kg.web.results import bindings_json
from kg.web.service import service
from kg.web.sparql import choose_formats, query_job
from kg.web.sparqltext import query_form

bp = Blueprint("pages", __name__)

DOWNLOADS = {
    "bindings": ["json", "xml", "csv", "tsv"], "boolean": ["json", "xml", "csv", "tsv"],
    "graph": ["turtle", "ntriples", "jsonld", "rdfxml", "trig", "nquads"],
}
BY_NAME = {f.name: f for f in FORMATS}


def downloads(query: str, kind: str) -> list[tuple[str, str]]:
    return [(BY_NAME[n].suffix, "/sparql?" + urlencode({"query": query, "format": n}))
            for n in DOWNLOADS.get(kind, [])]


def stored_queries() -> list[StoredQuery]:
    svc = service()
    return svc.cached("stored_queries", lambda: list_queries(svc.config.queries_dir))


def render_query_page(query: str, answer: Answer | None, error: tuple[int, str] | None = None) -> Response:
    html = render_template("index.html", query=query, answer=answer, error=error,
                           examples=stored_queries(),
                           downloads=downloads(query, answer.kind) if answer else [],
                           share="/?" + urlencode({"query": query}) if query else "/")
    return Response(html, status=error[0] if error else 200, mimetype="text/html")


def _run_for_page(job_text: str, bindings: tuple[tuple[str, Term], ...] = ()) -> Answer:
    formats = {k: BY_NAME["html"] for k in ("bindings", "boolean", "graph")}
    job = dataclasses.replace(query_job(job_text, None, formats, service().settings.page_rows),
                              bindings=bindings)
    return service().run(job, timeout_param(request.args))


@bp.route("/")
def index() -> Response:
    query = request.args.get("query", "")
    if not query.strip():
        return render_query_page("", None)
    try:
        answer = _run_for_page(query)
    except (ApiError, QueryFailed) as e:
        return render_query_page(query, None, (e.status, e.message))
    except (QueryTimeout, PoolBusy) as e:
        return render_query_page(query, None, (503, e.message))
    return render_query_page(query, answer)


# -- stored queries ------------------------------------------------------------------------------

def _split_suffix(name: str) -> tuple[str, str | None]:
    stem, dot, suffix = name.rpartition(".")
    if dot and suffix.lower() in ALIASES:
        return stem, suffix.lower()
    return name, None


@bp.route("/queries")
@bp.route("/queries.<suffix>")
def queries(suffix: str | None = None) -> Response:
    items = stored_queries()
    wants_json = suffix == "json" or (suffix is None and request.accept_mimetypes.best_match(
        ["text/html", "application/json"]) == "application/json")
    if suffix not in (None, "json", "html"):
        raise ApiError(406, "the list of stored queries is available as .json or .html")
    if wants_json:
        data = [{"name": q.name, "title": q.title, "description": q.description,
                 "url": f"/queries/{q.name}",
                 "parameters": [dataclasses.asdict(p) for p in q.parameters]} for q in items]
        return Response(json.dumps({"ok": True, "queries": data}, ensure_ascii=False) + "\n",
                        mimetype="application/json")
    return Response(render_template("queries.html", queries=items), mimetype="text/html")


def bind_parameters(stored: StoredQuery) -> tuple[tuple[str, Term], ...]:
    """The request's values for the query's parameters, as RDF terms (never pasted in the text)."""
    out = []
    for p in stored.parameters:
        raw = request.args.get(p.name, "").strip()
        if not raw:
            if not p.optional:
                raise ApiError(400, f"the parameter {p.name!r} is required ({p.doc or p.kind})")
            continue
        if p.kind == "iri":
            out.append((p.name, Term("uri", check_iri(raw.strip("<>"), f"parameter {p.name!r}"))))
        elif p.kind == "integer":
            try:
                out.append((p.name, Term("literal", str(int(raw)), XSD + "integer")))
            except ValueError as e:
                raise ApiError(400, f"the parameter {p.name!r} must be an integer, not {raw!r}") from e
        else:
            out.append((p.name, Term("literal", raw, XSD + "string")))
    return tuple(out)


@bp.route("/queries/<name>")
def stored_query(name: str) -> Response:
    svc = service()
    name, suffix = _split_suffix(name)
    try:
        stored = get_query(svc.config.queries_dir, name)
    except KgError as e:
        raise ApiError(404, str(e)) from e
    bindings = bind_parameters(stored)
    formats: dict[str, Format] = choose_formats(query_form(stored.text), suffix or request.args.get("format"))
    if all(f.name == "html" for f in formats.values()):
        return _stored_page(stored, bindings)
    job = dataclasses.replace(query_job(stored.text, None, formats, svc.settings.page_rows),
                              bindings=bindings)
    if "json" in (f.name for f in formats.values()):  # a JSON page: capped, says if truncated
        job = dataclasses.replace(job, formats=tuple((k, v) for k, v in job.formats if v != "json"))
    answer = svc.run(job, timeout_param(request.args))
    if answer.kind not in formats or formats[answer.kind].name == "html":
        raise ApiError(406, f"the {name} query cannot be written as {suffix or request.headers.get('Accept')}")
    chosen = formats[answer.kind]
    if answer.fmt is None:
        body = (bindings_json(answer.variables, answer.rows, answer.truncated) if answer.kind == "bindings"
                else {"head": {}, "boolean": answer.boolean})
        return Response(json.dumps(body, ensure_ascii=False) + "\n", mimetype="application/json")
    resp = Response(answer.body, content_type=chosen.content_type)
    resp.vary.add("Accept")
    return resp


def _stored_page(stored: StoredQuery, bindings: tuple[tuple[str, Term], ...]) -> Response:
    answer, error = None, None
    try:
        answer = _run_for_page(stored.text, bindings)
    except (QueryFailed, ApiError) as e:
        error = (e.status, e.message)
    except (QueryTimeout, PoolBusy) as e:
        error = (503, e.message)
    values = {p.name: request.args.get(p.name, "") for p in stored.parameters}
    qs = urlencode({k: v for k, v in values.items() if v})
    suffixes = ("ttl", "nt", "jsonld") if query_form(stored.text) == "graph" else ("json", "csv", "tsv")
    api = [(s, f"/queries/{stored.name}.{s}" + (f"?{qs}" if qs else "")) for s in suffixes]
    html = render_template("query.html", stored=stored, values=values, answer=answer, error=error,
                           api=api, editor="/?" + urlencode({"query": stored.text}))
    return Response(html, status=error[0] if error else 200, mimetype="text/html")
