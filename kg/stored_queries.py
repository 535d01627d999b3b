"""The SPARQL files of ``queries/`` with their headers (layer 3).

A stored query starts with comment lines that describe it::

    # title: Indications
    # description: What each drug treats, with labels.
    # parameters: drug (IRI, optional): restrict to one drug

Parameters are variables of the query; they are bound as RDF terms by the store
(``bindings=``), never pasted into the query text.

A stored query may have a whole-corpus form, ``queries/whole/NAME.rq``: the same answer (the same
rows in the same order, for the query without parameters) written for the engine to work out over
the whole store, which the service runs when no parameter is given. The query itself is written to
start from a parameter (one drug: a few index look-ups per statement); the whole-corpus form reads
each pattern once and joins them in memory (each pattern a subquery: Oxigraph joins subqueries by
hashing, not by a look-up per row), which is 8x faster for the side effects of 10,000 monographs.
``tests/test_stored_whole.py`` holds each form to its query's answer.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import QueryError

_HEADER = re.compile(r"^#\s*(title|description|parameters?|param)\s*:\s*(.*)$", re.IGNORECASE)
_PARAM = re.compile(r"^\??(?P<name>\w+)\s*(?:\((?P<kind>[^)]*)\))?\s*:?\s*(?P<doc>.*)$")
_NAME = re.compile(r"^[\w-]+$")
#: the folder, beside the stored queries, of their whole-corpus forms
WHOLE = "whole"


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
    #: the whole-corpus form's text (``queries/whole/NAME.rq``), or None
    whole: str | None = None

    def text_for(self, bound: bool) -> str:
        """The text to run: the query's own when a parameter is bound, else its whole-corpus form
        when it has one."""
        return self.text if bound or self.whole is None else self.whole


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
    whole = path.parent / WHOLE / path.name
    return StoredQuery(name=path.stem, title=meta.get("title", path.stem),
                       description=meta.get("description", ""), text=text, path=path,
                       parameters=tuple(params),
                       whole=whole.read_text(encoding="utf-8") if whole.is_file() else None)


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
