"""The SPARQL files of ``queries/`` with their headers (layer 3).

A stored query starts with comment lines that describe it::

    # title: Indications
    # description: What each drug treats, with labels.
    # parameters: drug (IRI, optional): restrict to one drug

Parameters are variables of the query; they are bound as RDF terms by the store
(``bindings=``), never pasted into the query text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import QueryError

_HEADER = re.compile(r"^#\s*(title|description|parameters?|param)\s*:\s*(.*)$", re.IGNORECASE)
_PARAM = re.compile(r"^\??(?P<name>\w+)\s*(?:\((?P<kind>[^)]*)\))?\s*:?\s*(?P<doc>.*)$")
_NAME = re.compile(r"^[\w-]+$")


@dataclass(frozen=True)
class Parameter:
    name: str
    kind: str = "literal"  # iri | literal | integer
    optional: bool = True
    doc: str = ""


@dataclass(frozen=True)
class StoredQuery:
    name: str
    title: str
    description: str
    text: str
    path: Path
    parameters: tuple[Parameter, ...] = field(default_factory=tuple)


def _parameters(spec: str) -> list[Parameter]:
    out = []
    for part in (p.strip() for p in spec.split(";")):
        m = _PARAM.match(part)
        if not part or not m:
            continue
        kind = (m["kind"] or "literal").lower()
        out.append(Parameter(name=m["name"], kind="iri" if "iri" in kind else
                             "integer" if "int" in kind else "literal",
                             optional="required" not in kind, doc=m["doc"].strip()))
    return out


def read_query(path: Path) -> StoredQuery:
    text = path.read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    params: list[Parameter] = []
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        m = _HEADER.match(line)
        if m:
            key = m[1].lower()
            if key.startswith("param"):
                params.extend(_parameters(m[2]))
            else:
                meta[key] = (meta.get(key, "") + " " + m[2].strip()).strip()
    return StoredQuery(name=path.stem, title=meta.get("title", path.stem),
                       description=meta.get("description", ""), text=text, path=path,
                       parameters=tuple(params))


def list_queries(folder: Path) -> list[StoredQuery]:
    return [read_query(p) for p in sorted(folder.glob("*.rq"))]


def get_query(folder: Path, name: str) -> StoredQuery:
    if not _NAME.match(name):
        raise QueryError(f"bad stored query name {name!r}", hint="names are letters, digits and -")
    path = folder / f"{name}.rq"
    if not path.is_file():
        names = ", ".join(q.name for q in list_queries(folder)) or "none"
        raise QueryError(f"no stored query {name!r}", hint=f"known: {names}")
    return read_query(path)
