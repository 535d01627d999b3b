"""``/sparql``: the SPARQL 1.1 Protocol (query and update) and the service description."""
from __future__ import annotations

from flask import Blueprint, Response, request

from kg.web import sparqltext
from kg.web.errors import ApiError
from kg.web.executor import Job
from kg.web.guard import check_outbound, require_token
from kg.web.negotiation import FORMATS, Format, negotiate
from kg.web.protocol import Operation, read_operation, timeout_param
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


def query_job(text: str, op: Operation | None, formats: dict[str, Format], cap: int) -> Job:
    facts = sparqltext.analyze(text)
    default = op.graphs("default-graph-uri") if op else []
    named = op.graphs("named-graph-uri") if op else []
    if facts.relative_iris:
        text = f"BASE <{request.base_url}> {text}"
    check_outbound(text)  # on the text exactly as the engine will run it
    dataset = bool(default or named)
    return Job(text, tuple((k, f.name) for k, f in formats.items() if f.name != "html"), cap=cap,
               union=not (dataset or facts.has_from),
               default_graph=tuple(default) if dataset else None,
               named_graphs=tuple(named) if dataset else None)


def run_query(op: Operation) -> Response:
    svc = service()
    formats = choose_formats(sparqltext.analyze(op.text).form, op.params.get("format") or op.params.get("output"))
    job = query_job(op.text, op, formats, svc.settings.page_rows)
    answer = svc.run(job, timeout_param(op.params))
    if answer.kind not in formats:
        raise ApiError(406, f"cannot write a {KIND_NAMES[answer.kind]} result as "
                            f"{request.headers.get('Accept')}; ask for one of {_offered(answer.kind)}")
    chosen = formats[answer.kind]
    if chosen.name == "html":
        from kg.web.pages import render_query_page
        return render_query_page(op.text, answer)
    resp = Response(answer.body, content_type=chosen.content_type)
    resp.vary.add("Accept")
    return resp


def run_update(op: Operation) -> Response:
    require_token()
    svc = service()
    text = op.text
    facts = sparqltext.analyze(text)
    using, using_named = op.graphs("using-graph-uri"), op.graphs("using-named-graph-uri")
    if using or using_named:
        if sparqltext.has_using_or_with(text):
            raise ApiError(400, "using-graph-uri/using-named-graph-uri cannot be combined with "
                                "USING or WITH in the update")
        text = sparqltext.add_using(text, using, using_named)
    if facts.relative_iris:
        text = f"BASE <{request.base_url}> {text}"
    check_outbound(text, update=True)  # on the text exactly as the engine will run it
    svc.write(lambda: svc.store.update(text))
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
