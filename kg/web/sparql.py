"""``/sparql``: the SPARQL 1.1 Protocol (query and update) and the service description.

The server reads only what it must from a text (its form, for content negotiation, when it is
short); every check and rewrite of a query (:func:`prepare_query`) or an update
(:class:`UpdateTask`) runs in the worker that runs it, inside its deadline and memory bound:
the nesting bound first, then the dataset, BASE and USING, then what it may fetch.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from flask import Blueprint, Response, request

from kg.web import sparqltext
from kg.web.errors import ApiError
from kg.web.executor import Job
from kg.web.guard import check_outbound, require_token
from kg.web.negotiation import FORMATS, Format, negotiate
from kg.web.protocol import Operation, check_nesting, read_operation, timeout_param
from kg.web.rdfdoc import rdf_response
from kg.web.service import service

bp = Blueprint("sparql", __name__)

KIND_NAMES = {"bindings": "SELECT", "boolean": "ASK", "graph": "CONSTRUCT/DESCRIBE"}


@bp.route("/sparql", methods=["GET", "POST"])
def endpoint() -> Response:
    op = read_operation(request)
    if op.kind == "update":
        return run_update(op)
    if op.kind == "query":
        return run_query(op)
    return service_description()


def _offered(kind: str) -> str:
    return ", ".join(f.media_type for f in FORMATS if kind in f.kinds)


def choose_formats(form: str | None, fmt: str | None, html: bool = True) -> dict[str, Format]:
    """The format per answer kind; 406 when the client accepts none we can write."""
    accept = request.headers.get("Accept")
    kinds = [form] if form else ["bindings", "boolean", "graph"]
    chosen = {k: f for k in kinds if (f := negotiate(accept, k, fmt, html=html)) is not None}
    if not chosen:
        kind = form or "bindings"
        wanted = fmt or accept
        raise ApiError(406, f"cannot write a {KIND_NAMES[kind]} result as {wanted}; "
                            f"ask for one of {_offered(kind)}")
    return chosen


#: Texts up to this length are read in the server for their form (an early 406, and the
#: reading is remembered); a longer one is read only by its worker, inside its deadline.
EARLY_FORM_CHARS = 8 * 1024
#: How long a worker's SERVICE check waits for the parser (one text at a time in a worker).
CHECK_WAIT = 60.0


def query_form(text: str) -> str | None:
    """The query's form when the text is short enough to read here, else None (any form)."""
    return sparqltext.analyze(text).form if len(text) <= EARLY_FORM_CHARS else None


def query_job(text: str, op: Operation | None, formats: dict[str, Format], cap: int) -> Job:
    """The job for a query text; it is checked and completed where it runs (:func:`prepare_query`)."""
    default = op.graphs("default-graph-uri") if op else []
    named = op.graphs("named-graph-uri") if op else []
    dataset = bool(default or named)
    return Job(text, tuple((k, f.name) for k, f in formats.items() if f.name != "html"), cap=cap,
               union=not dataset,
               default_graph=tuple(default) if dataset else None,
               named_graphs=tuple(named) if dataset else None,
               prepare=prepare_query, base=request.base_url, allow=service().settings.service_allow)


def prepare_query(job: Job) -> Job:
    """Every check and rewrite of a query, run in its worker: the nesting bound before any
    parser, the text's own dataset (FROM), BASE for relative IRIs, then what it may fetch,
    decided on the text exactly as the engine will run it."""
    check_nesting(job.sparql, "query")
    facts = sparqltext.analyze(job.sparql)
    text = f"BASE <{job.base}> {job.sparql}" if facts.relative_iris and job.base else job.sparql
    check_outbound(text, allow=job.allow, wait=CHECK_WAIT)
    return replace(job, sparql=text, union=job.union and not facts.has_from, prepare=None)


def run_query(op: Operation) -> Response:
    svc = service()
    wanted = op.params.get("format") or op.params.get("output")
    formats = choose_formats(query_form(op.text), wanted)
    job = query_job(op.text, op, formats, svc.settings.page_rows)
    answer = svc.run(job, timeout_param(op.params))
    if answer.kind not in formats:
        raise ApiError(406, f"cannot write a {KIND_NAMES[answer.kind]} result as "
                            f"{wanted or request.headers.get('Accept')}; ask for one of {_offered(answer.kind)}")
    chosen = formats[answer.kind]
    if chosen.name == "html":
        from kg.web.pages import render_query_page
        return render_query_page(op.text, answer)
    resp = Response(answer.body, content_type=chosen.content_type)
    resp.vary.add("Accept")
    return resp


@dataclass(frozen=True)
class UpdateTask:
    """A SPARQL update with what it needs from the request, checked where it runs: first in a
    trial process on a copy of the store (:meth:`kg.web.service.Service.update`)."""

    text: str
    using: tuple[str, ...] = ()
    using_named: tuple[str, ...] = ()
    base: str | None = None
    allow: tuple[str, ...] = ()

    def prepare(self) -> str:
        """The text to apply: the nesting bound before any parser, the protocol's USING, BASE
        for relative IRIs, then what it may fetch, decided on the text exactly as it will run."""
        check_nesting(self.text, "update")
        text = self.text
        if self.using or self.using_named:
            if sparqltext.has_using_or_with(text):
                raise ApiError(400, "using-graph-uri/using-named-graph-uri cannot be combined with "
                                    "USING or WITH in the update")
            text = sparqltext.add_using(text, self.using, self.using_named)
        if self.base and sparqltext.analyze(self.text).relative_iris:
            text = f"BASE <{self.base}> {text}"
        check_outbound(text, update=True, allow=self.allow, wait=CHECK_WAIT)
        return text

    def run(self, store: Any, deadline: float | None = None) -> str:
        text = self.prepare()
        store.update(text)
        return text


def run_update(op: Operation) -> Response:
    require_token()
    svc = service()
    task = UpdateTask(op.text, tuple(op.graphs("using-graph-uri")), tuple(op.graphs("using-named-graph-uri")),
                      request.base_url, svc.settings.service_allow)
    svc.update(task, timeout_param(op.params))
    return Response(status=204)


SD = "http://www.w3.org/ns/sparql-service-description#"
FORMAT_IRIS = {
    "json": "SPARQL_Results_JSON", "xml": "SPARQL_Results_XML", "csv": "SPARQL_Results_CSV",
    "tsv": "SPARQL_Results_TSV", "turtle": "Turtle", "ntriples": "N-Triples", "jsonld": "JSON-LD",
    "rdfxml": "RDF_XML", "trig": "TriG", "nquads": "N-Quads",
}


def service_description() -> Response:
    svc = service()
    endpoint_iri = request.base_url
    graphs = svc.cached("named_graphs", svc.store.named_graphs)
    lines = [f"@prefix sd: <{SD}> .", "@prefix void: <http://rdfs.org/ns/void#> .", "",
             f"<{endpoint_iri}#service> a sd:Service ;",
             f"  sd:endpoint <{endpoint_iri}> ;",
             "  sd:supportedLanguage sd:SPARQL11Query"
             + (", sd:SPARQL11Update" if svc.settings.update_token else "") + " ;",
             "  sd:feature sd:UnionDefaultGraph"
             + (", sd:BasicFederatedQuery" if svc.settings.service_allow else "") + " ;",
             "  sd:resultFormat " + ", ".join(f"<http://www.w3.org/ns/formats/{v}>"
                                              for v in FORMAT_IRIS.values()) + " ;",
             "  sd:defaultDataset [ a sd:Dataset ;",
             "    sd:defaultGraph [ a sd:Graph ] "]
    for graph in graphs:
        lines[-1] += ";"
        lines.append(f"    sd:namedGraph [ a sd:NamedGraph ; sd:name <{graph}> ] ")
    lines[-1] += "] ."
    return rdf_response("\n".join(lines) + "\n", fmt=request.args.get("format"))
