"""``/search?q=``: labels, synonyms, brand names, symbols and identifiers, fast enough for
autocompletion. The index is built in memory from the store once (and again after a write):
sorted keys for prefix look-ups with ``bisect``, a substring scan only as a fallback."""
from __future__ import annotations

import bisect
import json
import unicodedata
from dataclasses import dataclass

from flask import Blueprint, Response, render_template, request

from kg.namespaces import DKG, OBOINOWL, RDFS, SKOS
from kg.web.errors import ApiError
from kg.web.executor import Store
from kg.web.security import safe_href
from kg.web.service import Service, service

bp = Blueprint("search", __name__)

FIELDS = {RDFS + "label": "label", SKOS + "altLabel": "synonym", DKG + "brandName": "brand",
          DKG + "symbol": "symbol", OBOINOWL + "hasDbXref": "identifier", DKG + "abbreviation": "abbreviation"}
INDEX_QUERY = f"""SELECT ?s ?p ?v (SAMPLE(?t) AS ?type) (SAMPLE(?l) AS ?label) WHERE {{
  VALUES ?p {{ {' '.join(f'<{p}>' for p in FIELDS)} }}
  ?s ?p ?v . FILTER(isIRI(?s))
  OPTIONAL {{ ?s a ?t FILTER(STRSTARTS(STR(?t), "{DKG}")) }}
  OPTIONAL {{ ?s <{RDFS}label> ?l }}
}} GROUP BY ?s ?p ?v"""
#: kinds listed first when matches are equally good
KIND_RANK = {"Drug": 0, "Condition": 1, "MolecularTarget": 2, "AdverseEffect": 3}


def normalize(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


@dataclass(frozen=True)
class Entry:
    iri: str
    label: str
    kind: str
    value: str
    field: str
    norm: str


class SearchIndex:
    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        keys: list[tuple[str, int]] = []
        for i, e in enumerate(entries):
            keys.append((e.norm, i))
            for pos, ch in enumerate(e.norm):  # every word start, for "keratosis" -> "actinic keratosis"
                if pos and not e.norm[pos - 1].isalnum() and ch.isalnum():
                    keys.append((e.norm[pos:], i))
        keys.sort()
        self.keys = keys

    @classmethod
    def build(cls, store: Store) -> SearchIndex:
        entries = []
        for s, p, v, t, label in store.query(INDEX_QUERY).rows():
            if s is None or p is None or v is None:
                continue
            kind = t.value[len(DKG):] if t is not None else ""
            entries.append(Entry(s.value, label.value if label else v.value, kind, v.value,
                                 FIELDS[p.value], normalize(v.value)))
        return cls(entries)

    def search(self, query: str, limit: int = 20) -> list[tuple[Entry, int]]:
        q = normalize(query)
        if not q:
            return []
        best: dict[str, tuple[int, Entry]] = {}

        def offer(entry: Entry, rank: int) -> None:
            old = best.get(entry.iri)
            if old is None or rank < old[0]:
                best[entry.iri] = (rank, entry)

        i = bisect.bisect_left(self.keys, (q, -1))
        while i < len(self.keys) and self.keys[i][0].startswith(q):
            key, idx = self.keys[i]
            entry = self.entries[idx]
            offer(entry, 0 if entry.norm == q else 1 if key == entry.norm else 2)
            i += 1
            if len(best) > limit * 20:
                break
        if len(best) < limit and len(q) >= 3:
            for entry in self.entries:
                if q in entry.norm:
                    offer(entry, 3)
        ranked = sorted(best.values(), key=lambda re_: (re_[0], KIND_RANK.get(re_[1].kind, 9),
                                                        len(re_[1].label), re_[1].label))
        return [(e, r) for r, e in ranked[:limit]]


def index_for(svc: Service) -> SearchIndex:
    return svc.cached("search_index", lambda: SearchIndex.build(svc.store))  # type: ignore[no-any-return]


@bp.route("/search")
def search() -> Response:
    svc = service()
    q = request.args.get("q", "")
    try:
        limit = min(100, max(1, int(request.args.get("limit", svc.settings.search_limit))))
    except ValueError as e:
        raise ApiError(400, "limit must be a whole number") from e
    hits = index_for(svc).search(q, limit) if q.strip() else []
    results = [{"iri": e.iri, "label": e.label, "kind": e.kind, "matched": e.value, "field": e.field,
                "url": safe_href(e.iri, svc.local_path(e.iri))} for e, _ in hits]  # None: not a link
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    if request.args.get("format") == "html" or (best == "text/html" and request.args.get("format") != "json"):
        return Response(render_template("search.html", q=q, results=results), mimetype="text/html")
    return Response(json.dumps({"ok": True, "query": q, "results": results}, ensure_ascii=False) + "\n",
                    mimetype="application/json")
