"""Pages for people and the stored-query API: ``/`` (the query page, with an overview of the
data when no query is given), ``/queries``, ``/queries/NAME`` (a form for the parameters;
``.json``, ``.csv``, ``.tsv`` for a SELECT, ``.ttl``, ``.nt``, ``.jsonld`` for a CONSTRUCT) and
``/favicon.ico``.

Results on a page are paged (``page_rows`` a page, up to :data:`kg.web.table.PAGED_ROWS` rows
kept), sortable by column, and show the label beside each IRI of ours. A stored query's IRI
parameter also takes a label (``drug=imiquimod``); a parameter the query does not have is a 400
that names it.
"""
from __future__ import annotations

import dataclasses
import json
from urllib.parse import urlencode

from flask import Blueprint, Response, current_app, render_template, request

from kg.errors import KgError
from kg.namespaces import XSD
from kg.store import Term
from kg.stored_queries import StoredQuery, get_query, list_queries
from kg.web.errors import ApiError
from kg.web.executor import Answer, Job, PoolBusy, QueryFailed, QueryTimeout
from kg.web.negotiation import ALIASES, FORMATS, Format
from kg.web.paging import Paged, page_number, run_page
from kg.web.protocol import check_iri, timeout_param
from kg.web.results import bindings_json
from kg.web.search import PARAMETER_KINDS, resolve
from kg.web.service import service
from kg.web.sparql import choose_formats, query_job
from kg.web.sparqltext import analyze, query_form
from kg.web.table import PAGED_ROWS, VIEW_PARAMS, Table, label_query, page_view, table_view

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


def labels_of(iris: list[str]) -> dict[str, str]:
    """The labels of our IRIs among ``iris`` (one bounded look-up)."""
    svc = service()
    ours = [i for i in iris if svc.local_path(i)][:2000]
    if not ours:
        return {}
    return {s.value: label.value for s, label in svc.store.query(label_query(ours)).rows()
            if s is not None and label is not None}


def view(answer: Answer | Table | None) -> Table | None:
    if answer is None or isinstance(answer, Table):
        return answer
    return table_view(answer, request.args, request.path, service().settings.page_rows, labels_of)


def render_query_page(query: str, answer: Answer | Table | None, error: tuple[int, str] | None = None) -> Response:
    overview, counting = None, ""
    if not query.strip() and error is None:
        from kg.web.overview import dataset_overview, figures
        overview = dataset_overview(service())
        counting = figures(service()).progress() if overview is None else ""
    html = render_template("index.html", query=query, answer=view(answer), error=error,
                           examples=stored_queries(), overview=overview, counting=counting,
                           downloads=downloads(query, answer.kind) if answer else [],
                           share="/?" + urlencode({"query": query}) if query else "/")
    return Response(html, status=error[0] if error else 200, mimetype="text/html")


def sort_param() -> tuple[str, bool] | None:
    sort = request.args.get("sort")
    return (sort, request.args.get("desc") in ("1", "true", "yes")) if sort else None


def run_view(text: str, bindings: tuple[tuple[str, Term], ...] = (), *, stored: bool = False) -> Table:
    """The page of a query's result that the request asks for: a SELECT's page cut by the
    engine (:mod:`kg.web.paging`), anything else cut from the rows it gave (up to PAGED_ROWS).
    ``stored``: the text is a stored query's (its jobs do not depend on the request's URL)."""
    svc = service()
    formats = {k: BY_NAME["html"] for k in ("bindings", "boolean", "graph")}
    size = max(1, svc.settings.page_rows)
    make = stored_job if stored else query_job
    paged = run_page(svc, text, lambda t: make(t, None, formats, size + 1),
                     page=page_number(request.args.get("page")), size=size, bindings=bindings,
                     sort=sort_param(), timeout=timeout_param(request.args))
    if paged is not None:
        return page_view(paged, request.args, request.path, labels_of)
    job = dataclasses.replace(make(text, None, formats, max(PAGED_ROWS, size)), bindings=bindings)
    table = view(svc.run(job, timeout_param(request.args)))
    assert table is not None
    return table


@bp.route("/favicon.ico")
def favicon() -> Response:
    resp = current_app.send_static_file("favicon.svg")
    resp.mimetype = "image/svg+xml"
    resp.cache_control.max_age = 86400
    return resp


@bp.route("/")
def index() -> Response:
    query = request.args.get("query", "")
    if not query.strip():
        return render_query_page("", None)
    try:
        answer = run_view(query)
    except (ApiError, QueryFailed) as e:
        return render_query_page(query, None, (e.status, e.message))
    except (QueryTimeout, PoolBusy) as e:
        return render_query_page(query, None, (503, e.message))
    return render_query_page(query, answer)


# -- stored queries ------------------------------------------------------------------------------

def stored_job(text: str, op: None, formats: dict[str, Format], cap: int) -> Job:
    """:func:`query_job` for a stored query's text: without the request's URL as its base when the
    text has no relative IRI (none of ours has), so that the HTML page, the JSON page and the
    warm-up (:mod:`kg.web.warm`) of one page are one job, one entry of the result cache."""
    job = query_job(text, op, formats, cap)
    return job if analyze(text).relative_iris else dataclasses.replace(job, base=None)


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
    return Response(render_template("queries.html", queries=items,
                                    suffixes={q.name: offered_suffixes(q) for q in items}), mimetype="text/html")


#: request parameters every stored query takes besides its own
COMMON_PARAMS = frozenset({"format", "timeout", *VIEW_PARAMS})


def check_parameter_names(stored: StoredQuery) -> None:
    """A name the query does not take (``durg=``) is an error, not silently ignored."""
    own = [p.name for p in stored.parameters]
    unknown = [k for k in request.args if k not in own and k not in COMMON_PARAMS]
    if unknown:
        takes = ", ".join(own) if own else "no parameters of its own"
        raise ApiError(400, f"the {stored.name} query has no parameter {unknown[0]!r}; it takes {takes} "
                            f"(and format, timeout, page, sort, desc)")


def iri_parameter(name: str, raw: str) -> str:
    """An IRI parameter's value: an IRI, or a label (a drug's, condition's, target's ...) that
    names exactly one node of the kind the parameter asks for."""
    value = raw.strip("<>")
    if ":" in value or "/" in value:
        return check_iri(value, f"parameter {name!r}")
    kind = PARAMETER_KINDS.get(name)
    found = resolve(service(), value, kind)
    what = {"MolecularTarget": "target", "AdverseEffect": "side effect"}.get(kind or "", (kind or "node").lower())
    if not found:
        raise ApiError(400, f"the parameter {name!r} needs an IRI or the name of a {what}; nothing is called {value!r}")
    if len(found) > 1:
        raise ApiError(400, f"the parameter {name!r}: {len(found)} nodes are called {value!r}; give the IRI "
                            f"of one ({', '.join(found[:3])})")
    return found[0]


def bind_parameters(stored: StoredQuery) -> tuple[tuple[str, Term], ...]:
    """The request's values for the query's parameters, as RDF terms (never pasted in the text)."""
    check_parameter_names(stored)
    out = []
    for p in stored.parameters:
        raw = request.args.get(p.name, "").strip()
        if not raw:
            if not p.optional:
                raise ApiError(400, f"the parameter {p.name!r} is required ({p.doc or p.kind})")
            continue
        if p.kind == "iri":
            out.append((p.name, Term("uri", iri_parameter(p.name, raw))))
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
    formats: dict[str, Format] = choose_formats(query_form(stored.text), suffix or request.args.get("format"))
    page = all(f.name == "html" for f in formats.values())
    try:
        bindings = bind_parameters(stored)
    except ApiError as e:
        if not page:
            raise
        return _stored_page(stored, (), (e.status, e.message))  # the form again, saying what is wrong
    if page:
        return _stored_page(stored, bindings)
    text = stored.text_for(bool(bindings))  # no parameter: the whole-corpus form, when there is one
    form = query_form(stored.text)
    chosen = formats.get(form) if form else None
    if form == "bindings" and chosen is not None and (chosen.name == "json" or "page" in request.args):
        size = max(1, svc.settings.page_rows)
        page_formats = {k: v for k, v in formats.items() if v.name != "json"}  # JSON: rows, written here
        paged = run_page(svc, text, lambda t: stored_job(t, None, page_formats, size + 1),
                         page=page_number(request.args.get("page")), size=size, bindings=bindings,
                         sort=sort_param(), timeout=timeout_param(request.args), formatted=chosen.name != "json")
        if paged is not None:
            return api_page(paged, chosen)
    job = dataclasses.replace(stored_job(text, None, formats, svc.settings.page_rows),
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


def api_page(paged: Paged, chosen: Format) -> Response:
    """A page of a stored query for a program: the rows (JSON: with ``page`` saying where it
    is and how many there are), ``Link`` headers to the first, previous, next and last pages, and
    ``X-Total-Count`` when the total was counted."""
    keep = {k: v for k, v in request.args.items() if k != "page"}

    def url(n: int) -> str:
        return request.path + "?" + urlencode({**keep, **({"page": str(n)} if n > 1 else {})})

    links = {"first": url(1)}
    if paged.page > 1:
        links["prev"] = url(min(paged.page - 1, paged.pages or paged.page))
    if paged.has_next:
        links["next"] = url(paged.page + 1)
    if paged.pages is not None:
        links["last"] = url(paged.pages)
    a = paged.answer
    if chosen.name == "json":
        body = bindings_json(a.variables, a.rows, paged.has_next)
        body["page"] = {"number": paged.page, "size": paged.size, "offset": paged.offset, "rows": len(a.rows),
                        "total": paged.total, "pages": paged.pages, **links}
        if paged.total is None:
            body["page"].update(totalAtLeast=paged.at_least, uncounted=paged.uncounted)
        if paged.past_end:
            body["page"]["note"] = (f"page {paged.page} is past the end: the result has {paged.total_text()} rows"
                                    + (f" ({paged.pages} pages of {paged.size})" if paged.pages else ""))
        resp = Response(json.dumps(body, ensure_ascii=False) + "\n", mimetype="application/json")
    else:
        resp = Response(a.body, content_type=chosen.content_type)
    resp.headers["Link"] = ", ".join(f'<{href}>; rel="{rel}"' for rel, href in links.items())
    if paged.total is not None:
        resp.headers["X-Total-Count"] = str(paged.total)
    resp.vary.add("Accept")
    return resp


def offered_suffixes(stored: StoredQuery) -> tuple[str, ...]:
    """What the query can be had as: RDF for a CONSTRUCT/DESCRIBE, result tables otherwise."""
    return ("ttl", "nt", "jsonld") if query_form(stored.text) == "graph" else ("json", "csv", "tsv")


def _stored_page(stored: StoredQuery, bindings: tuple[tuple[str, Term], ...],
                 error: tuple[int, str] | None = None) -> Response:
    answer = None
    try:
        answer = None if error else run_view(stored.text_for(bool(bindings)), bindings, stored=True)
    except (QueryFailed, ApiError) as e:
        error = (e.status, e.message)
    except (QueryTimeout, PoolBusy) as e:
        error = (503, e.message)
    values = {p.name: request.args.get(p.name, "") for p in stored.parameters}
    qs = urlencode({k: v for k, v in values.items() if v})
    api = [(s, f"/queries/{stored.name}.{s}" + (f"?{qs}" if qs else "")) for s in offered_suffixes(stored)]
    html = render_template("query.html", stored=stored, values=values, answer=view(answer), error=error,
                           api=api, editor="/?" + urlencode({"query": stored.text}),
                           kinds={p.name: PARAMETER_KINDS.get(p.name, "") for p in stored.parameters})
    return Response(html, status=error[0] if error else 200, mimetype="text/html")
