"""``/search?q=``: ranked, multi-word search over labels, synonyms, brand names, symbols,
identifiers and the evidence sentences of the claims about each node, with facets by type
(``&type=Drug``); ``&in=names`` leaves the evidence out (completion of names).

The index is SQLite FTS5 (Python's standard library), in memory, built from the store on first
use and again after a write (it is one of the service's caches). Every word of the query must
match the start of a word somewhere in a node's fields (``imiquimod cream`` finds the drug whose
evidence says "cream"); when nothing matches all words, any word will do. Ranked by BM25 with
the label weighing most, an exact or leading label match first, drugs before other kinds.

Stored-query forms use :func:`resolve` to accept a label (``imiquimod``) where an IRI is asked for.
"""
from __future__ import annotations

import json
import re
import sqlite3
import threading
import unicodedata
from dataclasses import dataclass

from flask import Blueprint, Response, render_template, request

from kg.namespaces import CLASSES, DKG, OBOINOWL, RDFS, SKOS
from kg.web.errors import ApiError
from kg.web.executor import Store
from kg.web.security import safe_href
from kg.web.service import Service, service

bp = Blueprint("search", __name__)

FIELDS = {RDFS + "label": "label", SKOS + "altLabel": "synonym", DKG + "brandName": "brand",
          DKG + "symbol": "symbol", OBOINOWL + "hasDbXref": "identifier", DKG + "abbreviation": "abbreviation"}
INDEX_QUERY = f"""SELECT ?s ?p ?v (SAMPLE(?l) AS ?label) WHERE {{
  VALUES ?p {{ {' '.join(f'<{p}>' for p in FIELDS)} }}
  ?s ?p ?v . FILTER(isIRI(?s))
  OPTIONAL {{ ?s <{RDFS}label> ?l }}
}} GROUP BY ?s ?p ?v"""
#: the kind of a node: the first of our base classes it has (Agonist, DrugWithHedgedMechanism
#: ... are what the reasoner says about a Drug)
KIND_QUERY = f"""SELECT ?s ?t WHERE {{
  VALUES ?t {{ {' '.join(f'<{DKG}{c}>' for c in CLASSES)} }} ?s a ?t }}"""
EVIDENCE_QUERY = f"""PREFIX dkg: <{DKG}>
SELECT ?x ?ev WHERE {{
  ?st dkg:evidence ?ev . {{ ?st dkg:subject ?x }} UNION {{ ?st dkg:object ?x }}
}}"""
#: kinds listed first when matches are equally good
KIND_RANK = {"Drug": 0, "Condition": 1, "MolecularTarget": 2, "AdverseEffect": 3}
#: what a stored query's parameter name asks for
PARAMETER_KINDS = {"drug": "Drug", "condition": "Condition", "target": "MolecularTarget",
                   "effect": "AdverseEffect", "sideEffect": "AdverseEffect"}
#: BM25 weights of the columns label, names, ids, evidence
WEIGHTS = (10.0, 5.0, 5.0, 1.0)
HIT, END = "\x02", "\x03"  # snippet markers (made into <mark> by the page, never HTML)
_WORD = re.compile(r"\w+")


def normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def words(text: str) -> list[str]:
    return _WORD.findall(normalize(text))


@dataclass(frozen=True)
class Entry:
    iri: str
    label: str
    kind: str
    value: str  # what matched
    field: str  # label, synonym, brand, symbol, identifier, abbreviation or evidence
    norm: str = ""


@dataclass
class Hit:
    entry: Entry
    rank: tuple[float, ...]
    snippet: list[tuple[str, bool]]


class SearchIndex:
    def __init__(self, names: dict[str, list[tuple[str, str]]], labels: dict[str, str],
                 kinds: dict[str, str], evidence: dict[str, list[str]]) -> None:
        self.names, self.labels, self.kinds = names, labels, kinds
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.lock = threading.Lock()
        self.db.execute("CREATE VIRTUAL TABLE docs USING fts5(iri UNINDEXED, kind UNINDEXED, label, names, "
                        "ids, evidence, tokenize = 'unicode61 remove_diacritics 2')")
        rows = []
        for iri, label in labels.items():
            fields = names.get(iri, [])
            rows.append((iri, kinds.get(iri, ""), label,
                         " ; ".join(v for f, v in fields if f not in ("label", "identifier")),
                         " ; ".join(v for f, v in fields if f == "identifier"),
                         " ; ".join(dict.fromkeys(evidence.get(iri, [])))))
        self.db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)", rows)
        self.by_name: dict[str, set[str]] = {}
        for iri, fields in names.items():
            for _, value in fields:
                self.by_name.setdefault(normalize(value), set()).add(iri)

    @classmethod
    def build(cls, store: Store) -> SearchIndex:
        names: dict[str, list[tuple[str, str]]] = {}
        labels: dict[str, str] = {}
        kinds: dict[str, str] = {}
        for s, p, v, label in store.query(INDEX_QUERY).rows():
            if s is None or p is None or v is None:
                continue
            names.setdefault(s.value, []).append((FIELDS[p.value], v.value))
            labels.setdefault(s.value, label.value if label else v.value)
        order = {c: i for i, c in enumerate(CLASSES)}
        for s, t in store.query(KIND_QUERY).rows():
            if s is not None and t is not None and s.value in labels:
                kind = t.value[len(DKG):]
                if order[kind] < order.get(kinds.get(s.value, ""), len(order)):
                    kinds[s.value] = kind
        evidence: dict[str, list[str]] = {}
        for x, ev in store.query(EVIDENCE_QUERY).rows():
            if x is not None and ev is not None and x.value in labels:
                evidence.setdefault(x.value, []).append(" ".join(ev.value.replace("*", "").split()))
        return cls(names, labels, kinds, evidence)

    def _match(self, tokens: list[str], any_word: bool, names_only: bool) -> str:
        words_ = (" OR " if any_word else " ").join(f'"{t}"*' for t in tokens)
        return f"{{label names ids}} : ({words_})" if names_only else words_

    def search(self, query: str, limit: int = 20, kind: str | None = None,
               names_only: bool = False) -> tuple[list[Hit], dict[str, int]]:
        """The best ``limit`` hits (of ``kind`` if given) and the count of hits per kind;
        ``names_only``: in labels, synonyms, brand names and identifiers, not evidence."""
        tokens = words(query)[:12]
        if not tokens:
            return [], {}
        for any_word in (False, True):
            match = self._match(tokens, any_word, names_only)
            with self.lock:
                facets = dict(self.db.execute(
                    "SELECT kind, count(*) FROM docs WHERE docs MATCH ? GROUP BY kind", (match,)).fetchall())
                if not facets:
                    continue
                where, args = ("AND kind = ?", (match, kind)) if kind else ("", (match,))
                rows = self.db.execute(
                    f"SELECT iri, kind, label, bm25(docs, 0, 0, {', '.join(map(str, WEIGHTS))}), "
                    f"snippet(docs, 5, '{HIT}', '{END}', '…', 14) FROM docs WHERE docs MATCH ? {where} "
                    "ORDER BY bm25(docs, 0, 0, " + ", ".join(map(str, WEIGHTS)) + ") LIMIT ?",
                    (*args, max(limit * 5, 50))).fetchall()
            break
        else:
            return [], {}
        phrase = " ".join(tokens)
        hits = []
        for iri, k, label, score, snip in rows:
            norm = " ".join(words(label))
            field, value = self._field(iri, tokens)
            lead = (0 if norm == phrase else 1 if norm.startswith(phrase) else 2 if field == "label"
                    else 3 if field != "evidence" else 4)
            hits.append(Hit(Entry(iri, label, k, value or label, field), (lead, score, KIND_RANK.get(k, 9), len(label)),
                            pieces(snip) if field == "evidence" else []))
        hits.sort(key=lambda h: h.rank)
        return hits[:limit], dict(sorted(facets.items(), key=lambda kv: (-kv[1], kv[0])))

    def _field(self, iri: str, tokens: list[str]) -> tuple[str, str]:
        """Which of a node's names the query matched best (``evidence`` when none did)."""
        best: tuple[int, str, str] | None = None
        for field, value in sorted(self.names.get(iri, []), key=lambda fv: fv[0] != "label"):
            ws = words(value)
            n = sum(any(w.startswith(t) for w in ws) for t in tokens)
            if n and (best is None or n > best[0]):
                best = (n, field, value)
        return (best[1], best[2]) if best else ("evidence", "")

    def resolve(self, text: str, kind: str | None = None) -> list[str]:
        """The IRIs whose label, synonym, brand name, symbol or identifier is ``text`` exactly
        (case and accents aside), of ``kind`` if given."""
        found = self.by_name.get(normalize(text), set())
        return sorted(i for i in found if kind is None or self.kinds.get(i) == kind)


def pieces(snippet: str) -> list[tuple[str, bool]]:
    out = []
    for i, part in enumerate(re.split(f"{HIT}|{END}", snippet)):
        if part:
            out.append((part, i % 2 == 1))
    return out


def index_for(svc: Service) -> SearchIndex:
    return svc.cached("search_index", lambda: SearchIndex.build(svc.store))  # type: ignore[no-any-return]


def resolve(svc: Service, text: str, kind: str | None = None) -> list[str]:
    return index_for(svc).resolve(text, kind)


@bp.route("/search")
def search() -> Response:
    svc = service()
    q = request.args.get("q", "")
    kind = request.args.get("type") or None
    try:
        limit = min(100, max(1, int(request.args.get("limit", svc.settings.search_limit))))
    except ValueError as e:
        raise ApiError(400, "limit must be a whole number") from e
    names_only = request.args.get("in") == "names"
    hits, facets = index_for(svc).search(q, limit, kind, names_only) if q.strip() else ([], {})
    results = [{"iri": h.entry.iri, "label": h.entry.label, "kind": h.entry.kind, "matched": h.entry.value,
                "field": h.entry.field, "url": safe_href(h.entry.iri, svc.local_path(h.entry.iri)),
                "evidence": "".join(t for t, _ in h.snippet)} for h in hits]  # url None: not a link
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    if request.args.get("format") == "html" or (best == "text/html" and request.args.get("format") != "json"):
        total = sum(facets.values())
        return Response(render_template("search.html", q=q, hits=hits, results=results, facets=facets,
                                        kind=kind, total=total), mimetype="text/html")
    body = {"ok": True, "query": q, "type": kind, "facets": facets, "total": sum(facets.values()),
            "results": results}
    return Response(json.dumps(body, ensure_ascii=False) + "\n", mimetype="application/json")
