"""Bounded load with faults against a real ``kg serve`` on loopback (issue 9).

    python bench/load.py --clients 16 --duration 30            # the bundled monographs, on disk
    python bench/load.py --clients 16 --duration 30 --memory   # served from memory
    python bench/load.py --store .kg/store --clients 32 --duration 60

``--clients`` well-formed clients read for ``--duration`` seconds (stored queries, SELECTs, ASKs,
entity pages, search, CONSTRUCT), one writer sends a Graph Store PUT every ``--write-every``
seconds and an INSERT DATA / DELETE DATA now and then (each followed by a read that must see
it), and ``--hostile`` clients send faults at a steady pace: queries that run away (cartesian
products), that grow without end (ORDER BY over a cartesian product), that nest 20,000 deep,
that crash the engine (20,000 UNIONs), malformed ones, nested Graph Store bodies, an update
nested 20,000 deep and one whose trial runs away. A well-formed request must get a 2xx and
a fault its 4xx/503 envelope; anything else is an error. The server is a copy of the store,
served by a ``kg serve`` process whose resident memory is read before and after.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from kg.web.testing import Reply, ServedProcess, http_call, rss_mb, served_process

ROOT = Path(__file__).resolve().parent.parent
TOKEN = "load-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
UPDATE = {"Content-Type": "application/sparql-update", **AUTH}
DKG = "https://w3id.org/drugkg/vocab/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DEEP = 20_000

Request = Callable[[str], Reply]


def sparql(text: str, accept: str = "application/sparql-results+json", **params: str) -> Request:
    headers = {"Content-Type": "application/sparql-query", "Accept": accept}
    return lambda url: http_call(url, "POST", params=params or None, body=text.encode(), headers=headers)


def get(path: str, **params: str) -> Request:
    return lambda url: http_call(url, "GET", path, params=params or None,
                                 headers={"Accept": "application/json, text/html;q=0.5"})


def put(graph: str, body: bytes) -> Request:
    return lambda url: http_call(url, "PUT", "/store", params={"graph": graph}, body=body,
                                 headers={"Content-Type": "text/turtle", **AUTH})


def update(text: str, **params: str) -> Request:
    return lambda url: http_call(url, "POST", params=params or None, body=text.encode(), headers=UPDATE)


READS: list[tuple[str, Request]] = [
    ("stored-indications", get("/queries/indications.json")),
    ("stored-side-effects", get("/queries/side-effects.json")),
    ("stored-mechanisms", get("/queries/mechanisms.json")),
    ("select", sparql(f"SELECT ?d ?l WHERE {{ ?d a <{DKG}Drug> ; <{RDFS}label> ?l }} LIMIT 50")),
    ("ask", sparql(f"ASK {{ ?s a <{DKG}Drug> }}")),
    ("count", sparql(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s <{DKG}treats> ?o }}")),
    ("construct", sparql(f"CONSTRUCT {{ ?d <{DKG}treats> ?c }} WHERE {{ ?d <{DKG}treats> ?c }} LIMIT 100",
                         "text/turtle")),
    ("search", get("/search", q="ker")),
    ("health", get("/health")),
]

#: entity pages (``--pages``): read in the server process itself, 100-300 ms each here
PAGES: list[tuple[str, Request]] = [
    ("entity-page", get("/id/drug/imiquimod")),
    ("entity-page", get("/id/condition/actinic-keratosis")),
]

#: (name, request, the statuses that are the right answer)
FAULTS: list[tuple[str, Request, tuple[int, ...]]] = [
    ("runaway", sparql("SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout="1"), (503,)),
    ("memory", sparql("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f ?a", timeout="5"), (503,)),
    ("nested", sparql("SELECT * WHERE " + "{" * DEEP + " ?s ?p ?o " + "}" * DEEP), (400,)),
    ("crash", sparql("SELECT * WHERE { " + " UNION ".join(["{ ?s ?p ?o }"] * DEEP) + " }"), (400,)),
    ("malformed", sparql("SELECT * WHERE { ?s ?p "), (400,)),
    ("nested-body", put("http://example.org/hostile", b"<http://e/a> <http://e/p> " + b"[ <http://e/p> " * DEEP
                        + b"1" + b" ]" * DEEP + b" ."), (400,)),
    ("nested-update", update("INSERT { <http://e/s> <http://e/p> 1 } WHERE " + "{" * DEEP + "?s ?p ?o" + "}" * DEEP),
     (400,)),
    ("runaway-update", update("INSERT { ?a <http://e/p> ?f } WHERE { GRAPH ?g { ?a ?b ?c } GRAPH ?h { ?d ?e ?f } "
                              "GRAPH ?i { ?x ?y ?z } }", timeout="1"), (503,)),
]


@dataclass
class Tally:
    lock: threading.Lock = field(default_factory=threading.Lock)
    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    kinds: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    faults: Counter[str] = field(default_factory=Counter)
    unexpected: list[str] = field(default_factory=list)

    def well_formed(self, kind: str, reply: Reply | Exception, ok: bool = True) -> None:
        with self.lock:
            self.kinds[kind] += 1
            if isinstance(reply, Exception):
                self.errors.append(f"{kind}: {type(reply).__name__}: {reply}")
            elif not (200 <= reply.status < 300 and ok):
                self.errors.append(f"{kind}: {reply.status} {reply.body[:160]!r}")
            else:
                self.latencies.append(reply.seconds)
                self.by_kind.setdefault(kind, []).append(reply.seconds)

    def fault(self, name: str, reply: Reply | Exception, expected: tuple[int, ...]) -> None:
        with self.lock:
            self.faults[name] += 1
            if isinstance(reply, Exception) or reply.status not in expected:
                got = reply if isinstance(reply, Exception) else f"{reply.status} {reply.body[:160]!r}"
                self.unexpected.append(f"{name}: {got}")


def attempt(request: Request, url: str) -> Reply | Exception:
    try:
        return request(url)
    except Exception as e:  # noqa: BLE001 -- a refused or reset connection is what we count
        return e


def reader(url: str, stop: threading.Event, tally: Tally, seed: int, reads: list[tuple[str, Request]]) -> None:
    rng = random.Random(seed)
    while not stop.is_set():
        name, request = rng.choice(reads)
        tally.well_formed(name, attempt(request, url))


def writer(url: str, stop: threading.Event, tally: Tally, every: float) -> None:
    """Graph Store PUTs every ``every`` seconds, an update every tenth time; each is read back."""
    graph = "http://example.org/load/written"
    triple = "<http://example.org/load/u> <http://example.org/load/n>"
    i = 0
    while not stop.is_set():
        i += 1
        tally.well_formed("write", attempt(put(graph, f'{triple} "{i}" .'.encode()), url))
        seen = attempt(sparql(f'ASK {{ GRAPH <{graph}> {{ ?s ?p "{i}" }} }}'), url)
        tally.well_formed("read-back", seen, isinstance(seen, Reply) and b"true" in seen.body)
        if i % 10 == 0:
            for op in ("INSERT", "DELETE"):
                text = f"{op} DATA {{ GRAPH <{graph}-u> {{ {triple} {i} }} }}"
                tally.well_formed("update", attempt(update(text), url))
        stop.wait(every)


def hostile(url: str, stop: threading.Event, tally: Tally, pause: float, seed: int) -> None:
    rng = random.Random(seed)
    while not stop.is_set():
        name, request, expected = rng.choice(FAULTS)
        tally.fault(name, attempt(request, url), expected)
        stop.wait(pause)


def workers_rss(pid: int) -> float:
    try:
        children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    except OSError:
        return 0.0
    return sum(rss_mb(int(c)) for c in children)


def run_load(live: ServedProcess, args: argparse.Namespace) -> dict[str, object]:
    reads = READS + (PAGES if args.pages else [])
    for _, request in reads:  # warm the workers and the pages once
        attempt(request, live.url)
    rss_before = live.rss_mb()
    stop, tally = threading.Event(), Tally()
    threads = [threading.Thread(target=reader, args=(live.url, stop, tally, i, reads)) for i in range(args.clients)]
    if args.write_every > 0:
        threads.append(threading.Thread(target=writer, args=(live.url, stop, tally, args.write_every)))
    threads += [threading.Thread(target=hostile, args=(live.url, stop, tally, args.fault_pause, 1000 + i))
                for i in range(args.hostile)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    time.sleep(args.duration)
    stop.set()
    for t in threads:
        t.join(120)
    elapsed = time.perf_counter() - started
    lat = sorted(tally.latencies)
    return {
        "clients": args.clients, "writer": args.write_every > 0, "hostile": args.hostile, "pages": args.pages,
        "duration_s": round(elapsed, 1), "mode": "memory" if args.memory else "disk",
        "requests": sum(tally.kinds.values()) + sum(tally.faults.values()),
        "well_formed": sum(tally.kinds.values()), "faults": dict(tally.faults),
        "errors": len(tally.errors), "unexpected_fault_answers": len(tally.unexpected),
        "well_formed_per_s": round(len(lat) / elapsed, 1),
        "p50_ms": round(statistics.median(lat) * 1000, 1) if lat else None,
        "p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000, 1) if lat else None,
        "server_rss_mb_before": round(rss_before), "server_rss_mb_after": round(live.rss_mb()),
        "workers_rss_mb_after": round(workers_rss(live.pid)), "server_alive": live.alive(),
        "p50_ms_by_kind": {k: round(statistics.median(v) * 1000, 1) for k, v in sorted(tally.by_kind.items())},
        "first_errors": tally.errors[:5], "first_unexpected": tally.unexpected[:5],
    }


def prepare_store(args: argparse.Namespace, work: Path) -> Path:
    """A copy of ``--store`` (writes never reach the original), or the bundled monographs built."""
    store = work / "store"
    if args.store:
        shutil.copytree(args.store, store, ignore=shutil.ignore_patterns("LOCK"))
    else:
        subprocess.run([sys.executable, "-m", "kg", "build", "--store", str(store), str(ROOT / "data/monographs")],
                       check=True, capture_output=True, cwd=ROOT)
    return store


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=16, help="well-formed reading clients")
    ap.add_argument("--duration", type=float, default=30.0, help="seconds of load")
    ap.add_argument("--hostile", type=int, default=2, help="clients sending faults")
    ap.add_argument("--fault-pause", type=float, default=1.0, help="seconds a hostile client waits between faults")
    ap.add_argument("--write-every", type=float, default=0.05, help="seconds between Graph Store PUTs (0: no writer)")
    ap.add_argument("--pages", action="store_true", help="entity pages among the reads")
    ap.add_argument("--store", help="an existing kg store to copy (default: build the bundled monographs)")
    ap.add_argument("--memory", action="store_true", help="kg serve --memory")
    ap.add_argument("--workers", type=int, default=None, help="kg serve --workers")
    ap.add_argument("--worker-memory", type=int, default=512, help="kg serve --worker-memory (MB)")
    ap.add_argument("--timeout", type=float, default=10.0, help="kg serve --timeout")
    ap.add_argument("--json", action="store_true", help="print the result as JSON only")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="kg-load-") as tmp:
        store = prepare_store(args, Path(tmp))
        extra = ["--worker-memory", str(args.worker_memory), "--timeout", str(args.timeout)]
        extra += ["--memory"] if args.memory else []
        extra += ["--workers", str(args.workers)] if args.workers else []
        with served_process(store, *extra, token=TOKEN) as live:
            result = run_load(live, args)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k, v in result.items():
            print(f"{k:>26}: {v}")
    return 0 if result["errors"] == 0 and result["unexpected_fault_answers"] == 0 and result["server_alive"] else 1


if __name__ == "__main__":
    sys.exit(main())
