"""Rows of Terms -> what pages and JSON pages show (pure helpers)."""
from __future__ import annotations

from typing import Any

from kg.namespaces import PREFIXES, RDF, XSD
from kg.store import Term

_PLAIN = {XSD + "string", RDF + "langString"}


def term_json(t: Term) -> dict[str, str]:
    """One binding in the SPARQL 1.1 Query Results JSON format."""
    if t.kind == "literal":
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype and t.datatype not in _PLAIN:
            out["datatype"] = t.datatype
        return out
    return {"type": t.kind, "value": t.value}


def bindings_json(variables: list[str], rows: list[list[Term | None]], truncated: bool) -> dict[str, Any]:
    return {
        "head": {"vars": variables},
        "results": {"bindings": [{v: term_json(t) for v, t in zip(variables, row) if t is not None}
                                 for row in rows]},
        "truncated": truncated,
    }


def curie(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri
