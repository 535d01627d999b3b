"""``/search?q=``: ranked, multi-word search over labels, synonyms, brand names, symbols,
identifiers and the evidence sentences of the claims about each node, with facets by type
(``&type=Drug``); ``&in=names`` leaves the evidence out (completion of names).

The index is SQLite FTS5 (Python's standard library), in memory. Building it reads every name,
kind and evidence sentence of the store: about 20 s at 3,000 monographs (4.5M triples), so it is
never built inside a request:

- It is built in the background when the app is made (``kg serve`` starts) and again after each
  write (:meth:`Service.changed` calls :meth:`Indexer.wake`), as a task in a query worker (a
  process the server can kill: the engine work runs off the server's threads and under the
  worker memory bound, with a :data:`BUILD_TIMEOUT` deadline), sent from one of the service's
  side threads (a worker dies with the thread that forked it, so not a thread of its own).
  Writes during a build make one more build when it ends, whatever their number.
- A request waits for a build under way at most ``Settings.search_wait`` seconds (2: a small
  store's build is done by then), then ``/search`` answers 503 with ``Retry-After`` and "the
  search index is being built (N s so far); try again shortly". Results never lag a write: the
  index of an older state of the store is not used (a read that starts after a write was
  answered sees it, as everywhere in the service; an honest 503 for a few seconds rather than
  answers that miss what was just written).
- A stored query's IRI parameter given by name (``?drug=imiquimod``) does not wait: while the
  index is being built, :func:`resolve` asks the store for the nodes whose label, synonym, brand
  name, symbol or identifier is the name exactly (as typed, lower case, Capitalised, Title Case or
  UPPER CASE; the index also matches other casings and accents).
- Its reads are simple patterns (one predicate each), joined here: the grouped query with an
  OPTIONAL label and the evidence join with a UNION took 35 + 25 + 87 s at 3,000 monographs; the
  six simple reads take about 20 s together on the same store (25-30 s with the FTS table).
- The index of an on-disk store is kept beside it (``STORE.search.sqlite``, written after each
  read of the store, whole or not at all) with the store's state it was read at
  (:func:`state_key`), so a restart with no write since loads it in a second instead of reading
  the store again; any write, by the server or another process, makes it unused. In-memory and
  remote stores have no such state: their index is read at each start. A directory that cannot
  be written is said in the log and the index is read again at the next start. Why the files
  and not a write counter: writes come from other processes too (``kg build``), and no content
  digest of the store is cheap; a table file is never changed once written, so a different
  content always shows as different files (the other way round, a compaction changes the files
  but not the content: one more read, never a stale index).

Every word of the query must
match the start of a word somewhere in a node's fields (``imiquimod cream`` finds the drug whose
evidence says "cream"); when nothing matches all words, any word will do. Ranked by BM25 with
the label weighing most, an exact or leading label match first, drugs before other kinds.

Stored-query forms use :func:`resolve` to accept a label (``imiquimod``) where an IRI is asked for.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import sqlite3
import threading
import time
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, Response, render_template, request
from flask.blueprints import BlueprintSetupState

from kg.namespaces import CLASSES, DKG, OBOINOWL, RDFS, SKOS
from kg.store import OxigraphStore
from kg.web.errors import ApiError
from kg.web.executor import Job, Store
from kg.web.security import safe_href
from kg.web.service import Service, service

bp = Blueprint("search", __name__)
log = logging.getLogger("kg.web")

FIELDS = {RDFS + "label": "label", SKOS + "altLabel": "synonym", DKG + "brandName": "brand",
          DKG + "symbol": "symbol", OBOINOWL + "hasDbXref": "identifier", DKG + "abbreviation": "abbreviation"}
#: the reads of a build: simple patterns (one predicate, no join), joined in Python
LABEL_QUERY = f"SELECT ?s ?v WHERE {{ ?s <{RDFS}label> ?v FILTER(isIRI(?s)) }}"
NAMES_QUERY = f"""SELECT ?s ?p ?v WHERE {{
  VALUES ?p {{ {' '.join(f'<{p}>' for p in FIELDS if p != RDFS + 'label')} }} ?s ?p ?v FILTER(isIRI(?s)) }}"""
#: the kind of a node: the first of our base classes it has (Agonist, DrugWithHedgedMechanism
#: ... are what the reasoner says about a Drug)
KIND_QUERY = f"""SELECT ?s ?t WHERE {{
  VALUES ?t {{ {' '.join(f'<{DKG}{c}>' for c in CLASSES)} }} ?s a ?t }}"""
EVIDENCE_QUERY = f"SELECT ?st ?ev WHERE {{ ?st <{DKG}evidence> ?ev }}"
ENDS_QUERY = f"SELECT ?st ?x WHERE {{ VALUES ?p {{ <{DKG}subject> <{DKG}object> }} ?st ?p ?x }}"
#: a build in a worker stops at this deadline (seconds)
BUILD_TIMEOUT = 1800.0
#: a failed build is tried again by a request at most this often (seconds)
RETRY_FAILED = 60.0
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
    def __init__(self, db: sqlite3.Connection, names: dict[str, list[tuple[str, str]]], labels: dict[str, str],
                 kinds: dict[str, str]) -> None:
        self.db, self.names, self.labels, self.kinds = db, names, labels, kinds
        self.lock = threading.Lock()
        self.by_name: dict[str, set[str]] = {}
        for iri, fields in names.items():
            for _, value in fields:
                self.by_name.setdefault(normalize(value), set()).add(iri)

    @classmethod
    def of(cls, names: dict[str, list[tuple[str, str]]], labels: dict[str, str],
           kinds: dict[str, str], evidence: dict[str, list[str]]) -> SearchIndex:
        db = sqlite3.connect(":memory:", check_same_thread=False)
        db.execute("CREATE VIRTUAL TABLE docs USING fts5(iri UNINDEXED, kind UNINDEXED, label, names, "
                   "ids, evidence, tokenize = 'unicode61 remove_diacritics 2')")
        rows = []
        for iri, label in labels.items():
            fields = names.get(iri, [])
            rows.append((iri, kinds.get(iri, ""), label,
                         " ; ".join(v for f, v in fields if f not in ("label", "identifier")),
                         " ; ".join(v for f, v in fields if f == "identifier"),
                         " ; ".join(dict.fromkeys(evidence.get(iri, [])))))
        db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?)", rows)
        db.commit()  # an open transaction would keep a backup (save) waiting for ever
        return cls(db, names, labels, kinds)

    @classmethod
    def build(cls, store: Store) -> SearchIndex:
        return cls.of(*read_index(store))

    def save(self, path: Path, key: str) -> None:
        """Written to ``path`` (whole or not at all) with the store state ``key`` it was read at."""
        temp = path.with_name(path.name + ".part")
        temp.unlink(missing_ok=True)
        out = sqlite3.connect(temp)
        try:
            with self.lock:
                self.db.backup(out)
            meta = json.dumps({"names": self.names, "labels": self.labels, "kinds": self.kinds}, ensure_ascii=False)
            out.execute("CREATE TABLE kg_meta (key TEXT, meta TEXT)")
            out.execute("INSERT INTO kg_meta VALUES (?, ?)", (key, meta))
            out.commit()
        finally:
            out.close()
        os.replace(temp, path)

    @classmethod
    def load(cls, path: Path, key: str) -> SearchIndex | None:
        """The index saved at ``path`` if it was read at store state ``key`` (else None)."""
        if not path.exists():
            return None
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = src.execute("SELECT key, meta FROM kg_meta").fetchone()
            if row is None or row[0] != key:
                return None
            db = sqlite3.connect(":memory:", check_same_thread=False)
            src.backup(db)
            db.execute("DROP TABLE kg_meta")
            meta = json.loads(row[1])
        finally:
            src.close()
        names = {iri: [(f, v) for f, v in fields] for iri, fields in meta["names"].items()}
        return cls(db, names, meta["labels"], meta["kinds"])

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


IndexData = tuple[dict[str, list[tuple[str, str]]], dict[str, str], dict[str, str], dict[str, list[str]]]


def read_index(store: Store) -> IndexData:
    """What an index holds, read from ``store``: names by node, labels, kinds and evidence."""
    names: dict[str, list[tuple[str, str]]] = {}
    labels: dict[str, str] = {}
    for s, v in store.query(LABEL_QUERY).rows():
        if s is not None and v is not None:
            names.setdefault(s.value, []).append(("label", v.value))
            labels[s.value] = min(labels.get(s.value, v.value), v.value)  # the same one each time
    for s, p, v in store.query(NAMES_QUERY).rows():
        if s is not None and p is not None and v is not None:
            names.setdefault(s.value, []).append((FIELDS[p.value], v.value))
    for iri, fields in names.items():
        names[iri] = list(dict.fromkeys(fields))  # a triple in several graphs is one name
        labels.setdefault(iri, min(v for _, v in fields))  # no label: its first name
    kinds: dict[str, str] = {}
    order = {c: i for i, c in enumerate(CLASSES)}
    for s, t in store.query(KIND_QUERY).rows():
        if s is not None and t is not None and s.value in labels:
            kind = t.value[len(DKG):]
            if order[kind] < order.get(kinds.get(s.value, ""), len(order)):
                kinds[s.value] = kind
    sentences: dict[str, list[str]] = {}
    for st, ev in store.query(EVIDENCE_QUERY).rows():
        if st is not None and ev is not None:
            sentences.setdefault(st.value, []).append(" ".join(ev.value.replace("*", "").split()))
    evidence: dict[str, list[str]] = {}
    for st, x in store.query(ENDS_QUERY).rows():
        if st is not None and x is not None and x.value in labels and st.value in sentences:
            evidence.setdefault(x.value, []).extend(sentences[st.value])
    return names, labels, kinds, evidence


#: what an index file holds: a change to the reads or the table leaves older files unused
FORMAT = hashlib.sha256("\n".join([LABEL_QUERY, NAMES_QUERY, KIND_QUERY, EVIDENCE_QUERY, ENDS_QUERY,
                                   json.dumps(FIELDS), "fts5 docs 1"]).encode()).hexdigest()[:16]


def saved_path(store: Store) -> Path | None:
    """Where the index of an on-disk store is kept (``STORE.search.sqlite``); None for others."""
    if isinstance(store, OxigraphStore) and store.path is not None:
        return store.path.with_name(store.path.name + ".search.sqlite")
    return None


def state_key(store: Store) -> str | None:
    """The state of an on-disk store as its files tell it: the names and sizes of its tables
    (RocksDB ``.sst`` files, written once, never changed, each new one numbered anew) and of any
    write-ahead log with data in it. Opening a store moves what its log holds into new tables, so
    a write by any process since the index was saved makes another key; a compaction does too
    (one more read of the store, never a stale index)."""
    path = getattr(store, "path", None)
    if path is None:
        return None
    for attempt in range(10):  # a compaction may remove a file between the listing and its size
        try:
            files = sorted((e.name, e.stat().st_size) for e in os.scandir(path)
                           if e.name.endswith(".sst") or (e.name.endswith(".log") and e.stat().st_size > 0))
            return hashlib.sha256(json.dumps([FORMAT, files]).encode()).hexdigest()
        except OSError:
            time.sleep(0.05 * (attempt + 1))
    log.warning("the search index is not kept beside the store: its files at %s cannot be listed", path)
    return None


@dataclass(frozen=True)
class ReadIndex:
    """:func:`read_index` as a task for a query worker."""

    def run(self, store: Store, deadline: float | None = None) -> IndexData:
        return read_index(store)


class Indexer:
    """The search index of one service, built in the background: :meth:`current` never builds."""

    def __init__(self, svc: Service) -> None:
        self.svc = svc
        self.lock = threading.Lock()
        self.ready = threading.Condition(self.lock)
        self.index: SearchIndex | None = None
        self.generation = -1          # the store's generation the index was read at
        self.started: float | None = None  # when the build under way began (None: none)
        self.last_seconds: float | None = None  # how long the last build took
        self.failed: tuple[int, float, str] | None = None  # generation, when, why
        self.builds = 0
        self.source = ""  # where the index came from: "store" (read) or "file" (saved beside the store)

    def wake(self) -> None:
        """Start a build unless one is under way (a write during it makes one more at its end)."""
        with self.lock:
            if self.started is not None:
                return
            self.started = time.monotonic()
        if not self.svc.in_background(self._run):  # the app is closing
            with self.lock:
                self.started = None

    def _run(self) -> None:
        saved = saved_path(self.svc.store)
        while True:
            generation = self.svc.generation
            began = time.monotonic()
            key = state_key(self.svc.store) if saved is not None else None
            index, error, source = None, None, "store"
            try:
                index = self._load(saved, key)
                if index is not None:
                    source = "file"
                else:
                    index = SearchIndex.of(*self.svc.call(ReadIndex(), None, what="search index build",
                                                          longest=BUILD_TIMEOUT, crash_status=500))
            except Exception as e:  # noqa: BLE001 -- said in the log and to every request
                index, error = None, " ".join(str(e).split()) or type(e).__name__
                log.warning("the search index could not be built: %s", error)
            with self.lock:
                self.builds += 1
                if error is not None:
                    self.failed, self.started = (generation, time.monotonic(), error), None
                    self.ready.notify_all()
                    return
                current = generation == self.svc.generation
                if current:
                    self.index, self.generation, self.failed, self.source = index, generation, None, source
                    self.last_seconds, self.started = time.monotonic() - began, None
                    self.ready.notify_all()
                else:
                    self.started = time.monotonic()  # written meanwhile: read it again
            if current:
                log.info("search index of %d nodes %s in %.1f s", len(index.labels) if index else 0,
                         "loaded from " + str(saved) if source == "file" else "read from the store",
                         time.monotonic() - began)
                if source == "store" and saved is not None and key is not None and index is not None:
                    self._save(index, saved, key)
                return

    @staticmethod
    def _load(saved: Path | None, key: str | None) -> SearchIndex | None:
        if saved is None or key is None:
            return None
        try:
            return SearchIndex.load(saved, key)
        except (sqlite3.Error, OSError, ValueError, KeyError, TypeError) as e:
            log.warning("the saved search index %s cannot be read (%s): it is read from the store again", saved, e)
            return None

    @staticmethod
    def _save(index: SearchIndex, saved: Path, key: str) -> None:
        try:
            index.save(saved, key)
        except (sqlite3.Error, OSError) as e:
            log.warning("the search index is not kept beside the store at %s (%s): the next start reads it again",
                        saved, e)

    def current(self, wait: float = 0.0) -> SearchIndex | None:
        """The index of the store as it is now, waiting at most ``wait`` s for a build under way;
        None if there is none yet (a build is then under way)."""
        end = time.monotonic() + wait
        with self.lock:
            while self.generation != self.svc.generation:
                failed = self.failed is not None and self.failed[0] == self.svc.generation
                if self.started is None and not (failed and time.monotonic() - self.failed[1] < RETRY_FAILED):
                    self.lock.release()
                    try:
                        self.wake()
                    finally:
                        self.lock.acquire()
                left = end - time.monotonic()
                if left <= 0 or self.started is None:
                    return None
                self.ready.wait(left)
            return self.index

    def not_ready(self) -> ApiError:
        """The 503 a request gets while there is no index of the store as it is."""
        with self.lock:
            if self.failed is not None and self.started is None:
                return ApiError(503, f"the search index could not be built: {self.failed[2]}; it is tried again "
                                     f"at most once a minute", {"Retry-After": str(int(RETRY_FAILED))})
            since = time.monotonic() - (self.started or time.monotonic())
            left = self.last_seconds - since if self.last_seconds is not None else 5.0  # no build yet: 5 s
        return ApiError(503, f"the search index is being built ({since:.0f} s so far); try again shortly",
                        {"Retry-After": str(max(1, min(60, round(left))))})


def indexer(svc: Service) -> Indexer:
    found = svc.extras.get("search")
    if found is None:
        found = svc.extras.setdefault("search", Indexer(svc))
    return found  # type: ignore[no-any-return]


def index_for(svc: Service) -> SearchIndex:
    """The index of the store as it is now, or the 503 that says it is being built."""
    built = indexer(svc).current(svc.settings.search_wait)
    if built is None:
        raise indexer(svc).not_ready()
    return built


def exact_names(svc: Service, text: str, kind: str | None = None) -> list[str]:
    """The IRIs whose name (label, synonym, brand ...) is ``text`` as typed, in lower case,
    Capitalised, Title Case or UPPER CASE: one indexed look-up per spelling, for while the index
    is being built."""
    spellings = dict.fromkeys((text, text.lower(), text.capitalize(), text.title(), text.upper()))
    values = " ".join(json.dumps(v, ensure_ascii=False) for v in spellings)
    typed = f"?s a <{DKG}{kind}> ." if kind else ""
    predicates = " ".join(f"<{p}>" for p in FIELDS)
    sparql = (f"SELECT DISTINCT ?s WHERE {{ VALUES ?v {{ {values} }} VALUES ?p {{ {predicates} }} "
              f"?s ?p ?v . {typed} FILTER(isIRI(?s)) }}")
    return sorted(row[0].value for row in svc.run(Job(sparql, cap=100)).rows if row[0] is not None)


def resolve(svc: Service, text: str, kind: str | None = None) -> list[str]:
    built = indexer(svc).current()
    return built.resolve(text, kind) if built is not None else exact_names(svc, text, kind)


def start(state: BlueprintSetupState) -> None:
    """Build the index in the background after each write, and on the first request that needs
    it (:meth:`Indexer.current` wakes the builder), not as the app is made: most visitors never
    search, and a build holds a query worker (tens of seconds at 10,000 monographs). (Builds at
    start were once avoided for another reason: a query that crashed a worker then ran to its
    deadline; that was two threads forking at once, fixed in :meth:`kg.web.executor.QueryPool._spawn`.)"""
    svc: Service = state.app.extensions["kg"]
    svc.listeners.append(indexer(svc).wake)


bp.record_once(start)


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
