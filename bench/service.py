"""Benchmark the SPARQL service: the stored queries over HTTP against ``kg serve`` and
``oxigraph serve`` on the same data, side by side in one run.

    python bench/service.py [--store DIR] [--requests 400] [--concurrency 8] [--memory]
    python bench/service.py --first-pages --store DIR [--kg-root CHECKOUT] [--save DIR]

``--first-pages`` times what a person or a program gets first from each stored query: its first
page (``/queries/NAME.json``: ``page_rows`` rows, the total and the link to the next page) and
the HTML page, from one ``kg serve`` serving ``--store`` in place (no copy: give it a copy of your
store), one request at a time: cold (``--cache-mb 0``: every request runs the engine) and, when
the served code has it, warm (the default cache, after the warm-up of the first pages says it is
done on ``/health``). ``--kg-root`` serves another checkout's code (an older commit's, for a
before and after); ``--save DIR`` writes each first page's JSON there, to compare answers.

The bundled monographs are built into a fresh on-disk store (or ``--store DIR`` is copied),
exported as N-Quads and loaded with ``oxigraph load`` into its own on-disk store, so both
servers answer from RocksDB (like storage with like; with ``--memory`` kg serves an in-memory
copy (``kg serve --memory``) and oxigraph its in-memory storage, filled over HTTP). Both use
the union of the named graphs as the default graph; kg runs twice, without and with its
result cache (``--cache-mb 0`` / default), and with a 600 s deadline like oxigraph's none.
Each query is sent ``--requests`` times by ``--concurrency`` client threads on keep-alive
connections; the servers are measured alternately, query by query. Reported: requests per
second, p50 and p99 latency, and the ratio kg / oxigraph of requests per second.
"""
from __future__ import annotations

import argparse
import http.client
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.config import load_config
from kg.store import open_store
from kg.stored_queries import list_queries

TINY = ("tiny: ASK", "ASK { ?s a <https://w3id.org/drugkg/vocab/Drug> }")
LOOKUP = ("lookup: one drug's labels", "SELECT ?l WHERE { <https://w3id.org/drugkg/id/drug/imiquimod> "
          "<http://www.w3.org/2000/01/rdf-schema#label> ?l }")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_up(port: int, path: str, proc: subprocess.Popen[bytes], seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"server on {port} exited with {proc.returncode}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path)
            if conn.getresponse().status < 500:
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server on {port} did not come up")


@dataclass
class Result:
    rps: float
    p50: float
    p99: float
    errors: int


def run_load(port: int, path: str, requests: int, concurrency: int) -> Result:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    per_client = max(1, requests // concurrency)

    def client() -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=900)
        mine = []
        bad = 0
        for _ in range(per_client):
            t0 = time.perf_counter()
            conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
            resp = conn.getresponse()
            resp.read()
            mine.append(time.perf_counter() - t0)
            if resp.status != 200:
                bad += 1
        conn.close()
        with lock:
            latencies.extend(mine)
            errors += bad

    started = time.perf_counter()
    with ThreadPoolExecutor(concurrency) as pool:
        for f in [pool.submit(client) for _ in range(concurrency)]:
            f.result()
    elapsed = time.perf_counter() - started
    latencies.sort()
    return Result(len(latencies) / elapsed, statistics.median(latencies),
                  latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))], errors)


def prepare(args: argparse.Namespace, work: Path) -> tuple[Path, Path]:
    kg_store = work / "kg-store"
    if args.store:
        shutil.copytree(args.store, kg_store)
    else:
        from kg.pipeline import build
        cfg = load_config(environ={}, store=str(kg_store))
        store = open_store(kg_store)
        report = build([cfg.monographs_dir], store, cfg)
        print(f"built {len(report.published)} monographs, {report.triples} triples", file=sys.stderr)
        store.flush()
        del store
    store = open_store(kg_store, read_only=True)
    nquads = work / "data.nq"
    nquads.write_bytes(store.export("nquads"))
    print(f"{len(store)} quads exported to {nquads}", file=sys.stderr)
    del store
    ox_store = work / "ox-store"
    subprocess.run(["oxigraph", "load", "--location", str(ox_store), "--file", str(nquads)],
                   check=True, capture_output=True)
    return kg_store, ox_store


def get(port: int, path: str, accept: str = "application/json") -> tuple[float, int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=900)
    t0 = time.perf_counter()
    conn.request("GET", path, headers={"Accept": accept})
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return time.perf_counter() - t0, resp.status, body


def load_average() -> str:
    return "/".join(f"{x:.1f}" for x in os.getloadavg())


def first_pages(args: argparse.Namespace) -> None:
    """The first page of each stored query, cold and warm (see the module's doc)."""
    import json

    root = Path(args.kg_root).resolve()
    names = [q.name for q in list_queries(root / "queries")]
    save = Path(args.save) if args.save else None
    if save:
        save.mkdir(parents=True, exist_ok=True)
    print(f"first pages of {len(names)} stored queries from {args.store}, code of {root}, {os.cpu_count()} CPUs; "
          f"load average {load_average()} at start\n")
    print(f"{'query':22} {'mode':5} {'n':>3} {'p50 ms':>9} {'min ms':>9} {'max ms':>9} {'HTML p50':>9} "
          f"{'rows':>5} {'total':>9} load")
    for mode in ("cold", "warm"):
        port = free_port()
        cmd = [sys.executable, "-m", "kg", "serve", "--port", str(port), "--quiet", "--timeout", "600",
               "--no-build", "--store", str(args.store), "--cache-mb", "0" if mode == "cold" else "64"]
        env = {**os.environ, "PYTHONPATH": str(root)}
        proc = subprocess.Popen(cmd, stderr=subprocess.DEVNULL, cwd=root, env=env)
        try:
            wait_up(port, "/health", proc, 300)
            if mode == "warm":
                started = time.perf_counter()
                health: dict[str, object] = {}
                while time.perf_counter() - started < args.warm_wait:
                    health = json.loads(get(port, "/health?format=json")[2])
                    if "warmed" not in health or (health["warmed"] == len(names) and not health["warming"]):
                        break
                    time.sleep(1)
                if "warmed" not in health:
                    print("(the served code does not warm its first pages)")
                    return
                print(f"(warm-up: {health['warmed']} of {len(names)} first pages in "
                      f"{time.perf_counter() - started:.0f} s, load average {load_average()})")
            n = args.cold_requests if mode == "cold" else args.warm_requests
            for name in names:
                times, html = [], []
                body = b""
                for _ in range(n):
                    dt, status, body = get(port, f"/queries/{name}.json")
                    times.append(dt if status == 200 else float("nan"))
                    dt, status, _ = get(port, f"/queries/{name}", "text/html")
                    html.append(dt if status == 200 else float("nan"))
                try:
                    page = json.loads(body)
                    info = page.get("page", {})
                    rows = len(page["results"]["bindings"])
                    total = info.get("total")
                    total_text = f"{total:,}" if total is not None else f">{info.get('totalAtLeast', 0):,}"
                except (ValueError, KeyError):
                    rows, total_text = 0, body[:40].decode(errors="replace")
                if save:
                    (save / f"{name}.{mode}.json").write_bytes(body)
                times.sort()
                print(f"{name[:22]:22} {mode:5} {n:3d} {statistics.median(times) * 1000:9.1f} {times[0] * 1000:9.1f} "
                      f"{times[-1] * 1000:9.1f} {statistics.median(html) * 1000:9.1f} {rows:5d} {total_text:>9} "
                      f"{load_average()}", flush=True)
        finally:
            proc.terminate()
            proc.wait(30)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", help="an existing kg store directory to copy (default: build the monographs)")
    ap.add_argument("--requests", type=int, default=400)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--memory", action="store_true", help="serve both from memory instead of disk")
    ap.add_argument("--workers", type=int, default=None, help="kg serve --workers")
    ap.add_argument("--budget", type=float, default=5.0, help="seconds of load per server and query, at most")
    ap.add_argument("--slow", type=float, default=2.0,
                    help="queries slower than this many seconds alone are timed alone, not under load")
    ap.add_argument("--first-pages", action="store_true",
                    help="time each stored query's first page on kg serve (serving --store in place), cold and warm")
    ap.add_argument("--kg-root", default=str(ROOT), help="with --first-pages: the checkout whose code serves")
    ap.add_argument("--save", help="with --first-pages: write each first page's JSON into this folder")
    ap.add_argument("--cold-requests", type=int, default=3, help="with --first-pages: requests per query, cold")
    ap.add_argument("--warm-requests", type=int, default=20, help="with --first-pages: requests per query, warm")
    ap.add_argument("--warm-wait", type=float, default=1200.0,
                    help="with --first-pages: seconds to wait for the warm-up at most")
    args = ap.parse_args()
    if args.first_pages:
        if not args.store:
            raise SystemExit("--first-pages serves --store DIR in place: give it a copy of a store")
        first_pages(args)
        return
    if shutil.which("oxigraph") is None:
        raise SystemExit("oxigraph is not installed: pip install oxigraph")
    work = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    kg_store, ox_store = prepare(args, work)
    copy = work / "kg-store-2"  # one RocksDB directory per read-write server
    shutil.copytree(kg_store, copy)
    ports = {"kg": free_port(), "kg+cache": free_port(), "oxigraph": free_port()}
    procs = []
    for label in ("kg", "kg+cache"):
        cmd = [sys.executable, "-m", "kg", "serve", "--port", str(ports[label]), "--quiet", "--timeout", "600",
               "--cache-mb", "0" if label == "kg" else "64",
               "--no-build", "--store", str(kg_store if label == "kg" else copy),
               *(["--memory"] if args.memory else [])]
        if args.workers is not None:
            cmd += ["--workers", str(args.workers)]
        procs.append(subprocess.Popen(cmd, stderr=subprocess.DEVNULL, cwd=ROOT))
    ox_cmd = ["oxigraph", "serve", "--bind", f"127.0.0.1:{ports['oxigraph']}", "--union-default-graph"]
    if not args.memory:
        ox_cmd += ["--location", str(ox_store)]
    procs.append(subprocess.Popen(ox_cmd, stderr=subprocess.DEVNULL))
    paths = {"kg": "/sparql?", "kg+cache": "/sparql?", "oxigraph": "/query?"}
    try:
        for (label, port), proc in zip(ports.items(), procs):
            wait_up(port, paths[label] + "query=ASK%7B%7D", proc)
        if args.memory:
            load_memory(ports["oxigraph"], work / "data.nq")
        queries = [TINY, LOOKUP] + [(q.name, q.text) for q in list_queries(load_config(environ={}).queries_dir)]
        print(f"\n{args.requests} requests per query, {args.concurrency} client threads, "
              f"{'in-memory' if args.memory else 'on-disk'} stores, {os.cpu_count()} CPUs; "
              "ratio = req/s of kg / req/s of oxigraph\n")
        head = f"{'query':26} {'server':9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>6}"
        print(head + f" {'ratio':>6}\n" + "-" * (len(head) + 7))
        totals = {label: 0.0 for label in ports}
        for name, text in queries:
            qs = urllib.parse.urlencode({"query": text})
            alone = run_load(ports["oxigraph"], paths["oxigraph"] + qs, 1, 1).p50
            slow = alone > args.slow
            # about --budget seconds of work per server and query: fewer requests for slow queries
            budget_n = int(args.budget * args.concurrency / max(alone, 1e-4))
            n, conc = (3, 1) if slow else (max(2 * args.concurrency, min(args.requests, budget_n)), args.concurrency)
            results = {}
            for label, port in ports.items():
                if not slow:
                    run_load(port, paths[label] + qs, conc * 4, conc)  # warm up
                results[label] = run_load(port, paths[label] + qs, n, conc)
            for label, r in results.items():
                totals[label] += 1 / r.rps
                ratio = f"{r.rps / results['oxigraph'].rps:6.2f}" if label != "oxigraph" else ""
                shown = name[:26] + (" (alone)" if slow and label == "kg" else "")
                print(f"{shown[:26]:26} {label:9} {r.rps:8.1f} {r.p50 * 1000:8.2f} {r.p99 * 1000:8.2f} "
                      f"{r.errors:6d} {ratio}", flush=True)
        print("\nall queries, one after another (harmonic):")
        for label in ports:
            print(f"  {label:9} {len(queries) / totals[label]:8.1f} req/s  ratio "
                  f"{totals['oxigraph'] / totals[label]:.2f}")
    finally:
        for p in procs:
            p.terminate()
            p.wait(10)
        shutil.rmtree(work, ignore_errors=True)


def load_memory(ox_port: int, nquads: Path) -> None:
    """Fill the in-memory oxigraph server with the N-Quads of the kg store."""
    data = nquads.read_bytes()
    conn = http.client.HTTPConnection("127.0.0.1", ox_port, timeout=120)
    conn.request("POST", "/store", body=data, headers={"Content-Type": "application/n-quads"})
    resp = conn.getresponse()
    resp.read()
    if resp.status >= 300:
        raise SystemExit(f"oxigraph refused the data: {resp.status}")


if __name__ == "__main__":
    main()
