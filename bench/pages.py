"""Benchmark the service's pages and stored queries at scale: p50 / p90 latency of each path,
one request at a time, with the result cache off (``--cache-mb 0``: every request does its work).

    python bench/pages.py --store DIR [--code DIR] [--requests 5] [--page-rows 100] [--out FILE.json]

``--code`` runs ``kg serve`` from another checkout of kg (``git archive REV | tar -x -C DIR``),
to compare before and after a change on the same store. Measured: every stored query as the JSON
API gives it (``/queries/NAME.json``), its HTML page, its parameterised form where it takes a
``drug`` or ``condition`` (one node), the same text whole through ``/sparql`` (every row, as a
client of the endpoint gets it), and the main HTML pages (``/``, a drug page, search, browse, a
monograph's source). The first request of each path is a warm-up and is not counted.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.web.testing import free_port, stop_process  # noqa: E402

HTML = {"Accept": "text/html"}
JSON = {"Accept": "application/json"}
SPARQL_JSON = {"Accept": "application/sparql-results+json"}


def start(code: Path, store: str, page_rows: int) -> tuple[subprocess.Popen[bytes], int]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(code)}
    env.pop("KG_UPDATE_TOKEN", None)
    args = [sys.executable, "-m", "kg", "serve", "--store", store, "--port", str(port), "--no-build", "--quiet",
            "--cache-mb", "0", "--timeout", "60", "--workers", "2"]
    if page_rows:
        args += ["--page-rows", str(page_rows)]
    proc = subprocess.Popen(args, cwd=code, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"kg serve from {code} exited with {proc.returncode}")
        try:
            status, _, _ = get(port, "/health", JSON)
            if status == 200:
                return proc, port
        except OSError:
            time.sleep(0.2)
    stop_process(proc)
    raise SystemExit("kg serve did not answer /health within 300 s")


def get(port: int, path: str, headers: dict[str, str]) -> tuple[int, float, int]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    started = time.perf_counter()
    conn.request("GET", path, headers=headers)
    resp = conn.getresponse()
    body = resp.read()
    conn.close()
    return resp.status, time.perf_counter() - started, len(body)


def paths(port: int, store_drug: str, store_condition: str) -> list[tuple[str, str, dict[str, str]]]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request("GET", "/queries.json", headers=JSON)
    listing = json.loads(conn.getresponse().read())["queries"]
    conn.close()
    out: list[tuple[str, str, dict[str, str]]] = []
    for q in listing:
        name = q["name"]
        text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        out.append((f"{name} whole via /sparql", "/sparql?" + urllib.parse.urlencode({"query": text}), SPARQL_JSON))
        out.append((f"{name} API", f"/queries/{name}.json", JSON))
        out.append((f"{name} page", f"/queries/{name}", HTML))
        params = {p["name"] for p in q["parameters"]}
        for param, value in (("drug", store_drug), ("condition", store_condition)):
            if param in params:
                out.append((f"{name} API ?{param}=", f"/queries/{name}.json?{param}={urllib.parse.quote(value)}", JSON))
    out += [("/ (overview)", "/", HTML), ("/id/drug (a drug page)", "/id/drug/" + store_drug.rsplit("/", 1)[1], HTML),
            ("/search", "/search?q=" + urllib.parse.quote("pain relief"), HTML), ("/browse/Drug", "/browse/Drug", HTML),
            ("/monograph (source)", "/monograph/" + store_drug.rsplit("/", 1)[1], HTML)]
    return out


def measure(code: Path, store: str, requests: int, page_rows: int, drug: str, condition: str,
            skip: tuple[str, ...] = (), out: Path | None = None) -> dict[str, dict]:
    proc, port = start(code, store, page_rows)
    results: dict[str, dict] = {}
    try:
        for label, path, headers in paths(port, drug, condition):
            if any(word in label for word in skip):
                continue
            try:
                status, first, size = get(port, path, headers)
                n = requests if first < 3 else 2  # a slow path: fewer rounds
                times = [get(port, path, headers)[1] for _ in range(n)]
            except OSError as e:  # no answer within 300 s: said, and the next path
                results[label] = {"status": None, "error": str(e)}
                print(f"  {label:42s} no answer: {e}", flush=True)
                continue
            results[label] = {"status": status, "bytes": size, "p50_ms": 1000 * statistics.median(times),
                              "max_ms": 1000 * max(times), "n": n}
            print(f"  {label:42s} {status} {1000 * statistics.median(times):9.1f} ms  {size:>10,} B", flush=True)
            if out is not None:
                out.write_text(json.dumps(results, indent=1), encoding="utf-8")
    finally:
        stop_process(proc)
    return results


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--code", default=str(ROOT), help="the kg checkout to serve from")
    ap.add_argument("--requests", type=int, default=5)
    ap.add_argument("--page-rows", type=int, default=0, help="kg serve --page-rows (0: its default)")
    ap.add_argument("--drug", default="", help="the drug IRI of the parameterised queries")
    ap.add_argument("--condition", default="", help="the condition IRI of the parameterised queries")
    ap.add_argument("--out", help="write the figures as JSON here (after each path)")
    ap.add_argument("--skip", action="append", default=[], metavar="WORD",
                    help="leave out the paths whose label has WORD (repeatable: --skip whole --skip search)")
    args = ap.parse_args()
    drug, condition = args.drug, args.condition
    if not drug or not condition:
        from kg.store import open_store
        db = open_store(args.store, read_only=True)
        pick = ("SELECT ?d ?c WHERE { ?d a <https://w3id.org/drugkg/vocab/Drug> ; "
                "<https://w3id.org/drugkg/vocab/treats> ?c } ORDER BY ?d ?c LIMIT 1")
        d, c = next(iter(db.query(pick).rows()))
        drug, condition = drug or d.value, condition or c.value
        del db
    print(f"kg serve from {args.code} on {args.store} (cache off, {args.requests} requests a path, one at a time)")
    measure(Path(args.code), args.store, args.requests, args.page_rows, drug, condition, tuple(args.skip),
            Path(args.out) if args.out else None)


if __name__ == "__main__":
    main()
