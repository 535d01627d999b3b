"""The reference for kg.reason's per-monograph rules: the whole-store SPARQL materialisation that
kg.reason used before (issue 10), kept here to check the new one against.

Each rule family is one SELECT over the union of the data graphs; a triple any data graph
asserts is not inferred. It writes into its own graphs (:data:`REF_INFERRED`, :data:`REF_TRACE`),
outside the prefix of the graphs kg.reason writes, and must run before kg.reason on the store
(it reads every graph but its own and the ontology's).
"""
from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence

from kg.mapping import lit
from kg.namespaces import RDF, XSD, ontology_graph
from kg.rules import Rule, sparql_pattern
from kg.store import GraphStore, Term

TYPE = f"{RDF}type"
REF_INFERRED = "urn:test:reference/inferred"
REF_TRACE = "urn:test:reference/trace"
INFERRED_BY = "https://w3id.org/drugkg/vocab/inferredBy"


def record_iri(s: str, p: str, o: str, base: str) -> str:
    """The IRI of the trace record of the inferred triple ``s p o`` (IRIs or literal values) that
    kg wrote before issue 10: ``<base>inference/`` + SHA-1 of ``"s p o"``."""
    return f"{base}inference/{hashlib.sha1(f'{s} {p} {o}'.encode()).hexdigest()}"


def _values(rows: Iterable[tuple[str, ...]]) -> str:
    return " ".join("(" + " ".join(f"<{x}>" for x in row) + ")" for row in rows)


def _nt(t: Term) -> str:
    if t.kind == "uri":
        return f"<{t.value}>"
    if t.language:
        return f"{lit(t.value)}@{t.language}"
    return lit(t.value, None if t.datatype in (None, f"{XSD}string") else t.datatype)


def _not_data(var: str, base: str) -> str:
    names = (REF_INFERRED, REF_TRACE, ontology_graph(base))
    return f"FILTER({var} NOT IN ({', '.join(f'<{g}>' for g in names)}))"


def _not_asserted(s: str, p: str, o: str, base: str) -> str:
    return f"FILTER NOT EXISTS {{ GRAPH ?g2 {{ {s} {p} {o} }} {_not_data('?g2', base)} }}"


def _property_query(rules: Sequence[Rule], inverse: bool, base: str) -> str:
    s, o = ("?o", "?s") if inverse else ("?s", "?o")
    return f"""SELECT DISTINCT ({s} AS ?x) ?q ({o} AS ?y) ?rule WHERE {{
  VALUES (?p ?q ?rule) {{ {_values((r.premise, r.conclusion, r.iri) for r in rules)} }}
  GRAPH ?g {{ ?s ?p ?o }} {_not_data("?g", base)}
  {_not_asserted(s, "?q", o, base)}
}}"""


def _class_query(rules: Sequence[Rule], base: str, source: str) -> str:
    where = (f"GRAPH ?g {{ ?x <{TYPE}> ?c }} {_not_data('?g', base)}" if source == "data"
             else f"GRAPH <{REF_INFERRED}> {{ ?x <{TYPE}> ?c }}")
    return f"""SELECT DISTINCT ?x (<{TYPE}> AS ?q) ?y ?rule WHERE {{
  VALUES (?c ?y ?rule) {{ {_values((r.premise, r.conclusion, r.iri) for r in rules)} }}
  {where}
  {_not_asserted("?x", f"<{TYPE}>", "?y", base)}
}}"""


def _definition_query(rule: Rule, base: str) -> str:
    assert rule.expr is not None
    pattern = sparql_pattern(rule.expr, "?x", None, (REF_TRACE, ontology_graph(base)))
    return f"""SELECT ?x (<{TYPE}> AS ?q) (<{rule.conclusion}> AS ?y) (<{rule.iri}> AS ?rule) WHERE {{
  {{ SELECT DISTINCT ?x WHERE {{ {pattern} }} }}
  {_not_asserted("?x", f"<{TYPE}>", f"<{rule.conclusion}>", base)}
}}"""


def materialize(store: GraphStore, rules: Sequence[Rule], base: str) -> None:
    """Apply ``rules`` to the whole store into :data:`REF_INFERRED` and :data:`REF_TRACE`."""
    store.drop_graphs([REF_INFERRED, REF_TRACE])
    inferred: list[str] = []
    records: list[str] = []

    def run(query: str) -> None:
        for s, p, o, rule in store.query(query).rows():
            assert s and p and o and rule
            inferred.append(f"{_nt(s)} {_nt(p)} {_nt(o)} .\n")
            records.append(f"<{record_iri(s.value, p.value, o.value, base)}> <{INFERRED_BY}> <{rule.value}> .\n")

    def flush() -> None:
        for graph, lines in ((REF_INFERRED, inferred), (REF_TRACE, records)):
            if lines:
                store.load("".join(lines), "ntriples", graph)
                lines.clear()

    by_kind = {k: [r for r in rules if r.kind == k] for k in ("subPropertyOf", "inverseOf", "subClassOf", "definition")}
    run(_property_query(by_kind["subPropertyOf"], False, base))
    run(_property_query(by_kind["inverseOf"], True, base))
    run(_class_query(by_kind["subClassOf"], base, "data"))
    flush()  # the definitions read what the steps above inferred
    for rule in by_kind["definition"]:
        run(_definition_query(rule, base))
        flush()  # a later definition may use this one
    defined = {r.conclusion for r in by_kind["definition"]}
    from_defined = [r for r in by_kind["subClassOf"] if r.premise in defined]
    run(_class_query(from_defined, base, "inferred"))
    flush()
