#!/usr/bin/env python3
"""The whole product at scale, one command: build, rebuild and serve N generated monographs.

    python bench/scale.py --sizes 1000,10000 [--workers N] [--json FILE] [--no-verify] [--no-service]
    python bench/scale.py --tiny            # CI: 30 monographs, a short service run

For each size, ``bench/generate.py`` writes N monographs (seed 1) and ``kg build`` runs as its
own process, timed from outside: the full build (wall time, monographs/s, peak RSS of the build's
whole process tree sampled from /proc every 0.1 s, and the largest single process's peak from
wait4), a no-change rebuild, and a rebuild after one changed file; then the store's size on disk.
Unless ``--no-verify``, the same folder is built again into a fresh store and the two N-Quads
exports are compared byte for byte (an incremental rebuild must leave what a clean build leaves).

Then the service: ``kg serve`` (no result cache, so every answer is computed, as oxigraph's are)
and ``oxigraph serve`` on a copy of the same store (same Oxigraph storage, union default graph),
in the same run. For each stored query: its first page (kg: ``/queries/NAME.json``; oxigraph: the
same text with ``LIMIT`` one row more than kg's page), and, for those with a parameter, one drug /
condition / node (kg: ``?drug=IRI``; oxigraph: the text with ``VALUES`` binding it); kg's
``/sparql`` with oxigraph's exact text is measured as well. ``--concurrency`` clients send about
``--budget`` seconds of requests each; a query slower than ``--slow`` is timed by one request,
and both servers stop a query at ``--cap`` seconds (their deadline), which gives the case up.
Reported: requests/s, p50 and p99, errors, and the ratio of kg's requests/s to oxigraph's.
``--serve-store DIR`` runs the service comparison alone on a store already built.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.generate import HETIONET, generate, load_pools
from bench.service import free_port, run_load, wait_up
from kg.config import load_config
from kg.stored_queries import list_queries

CHANGED_FROM = "which changes how the affected cells signal"  # a sentence every generated page has
PARAMETER_KINDS = {"drug": "Drug", "condition": "Condition", "node": "Condition"}


@dataclass
class Run:
    """One ``kg`` process, timed from outside."""

    command: str
    wall_s: float
    exit: int
    peak_tree_rss_mb: float
    max_process_rss_mb: float
    tail: list[str]


def tree_rss(root: int) -> int:
    """Resident bytes of ``root`` and all its descendants now (Linux /proc)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                    parents[int(entry)] = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    family, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == parent and p not in family]
        family.update(kids)
        frontier.extend(kids)
    total = 0
    page = os.sysconf("SC_PAGE_SIZE")
    for pid in family:
        try:
            with open(f"/proc/{pid}/statm", encoding="utf-8") as fh:
                total += int(fh.read().split()[1]) * page
        except (OSError, IndexError, ValueError):
            continue
    return total


def run_kg(args: list[str], log: Path) -> Run:
    """``python -m kg ARGS``, its output in ``log``; wall time and peak memory."""
    cmd = [sys.executable, "-m", "kg", *args]
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    peak = 0
    with open(log, "wb") as out:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT, env=env)
        done = threading.Event()

        def sample() -> None:
            nonlocal peak
            while not done.is_set():
                peak = max(peak, tree_rss(proc.pid))
                done.wait(0.1)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - started
        done.set()
        sampler.join()
        proc.returncode = os.waitstatus_to_exitcode(status)
    lines = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    return Run(" ".join(["kg", *args]), round(wall, 2), proc.returncode, round(peak / 2**20, 1),
               round(usage.ru_maxrss / 1024, 1), lines[-12:])


def build_args(store: Path, folder: Path, workers: int | None) -> list[str]:
    return ["build", "--quiet", "--store", str(store), *(["--workers", str(workers)] if workers else []), str(folder)]


def worker_cpu(log: Path) -> dict[str, float]:
    """The workers' CPU ms a monograph per stage, as the build's stage line gives them."""
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        if line.startswith("stages:") and "; CPU ms a monograph in the workers: " in line:
            stages = line.split("; CPU ms a monograph in the workers: ")[1].split(" (total ")[0]
            return {name: float(value) for name, value in (part.split() for part in stages.split(", "))}
    return {}


def du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def export_digest(store: Path, work: Path, name: str) -> tuple[str, float, Run]:
    out = work / f"{name}.nq"
    run = run_kg(["export", "--store", str(store), "--format", "nquads", "-o", str(out)], work / f"{name}.log")
    digest = hashlib.sha256(out.read_bytes()).hexdigest() if out.exists() else ""
    size = out.stat().st_size / 2**20 if out.exists() else 0.0
    out.unlink(missing_ok=True)
    return digest, size, run


def measure_size(n: int, args: argparse.Namespace, work: Path) -> dict[str, Any]:
    folder = work / f"corpus-{n}"
    t0 = time.perf_counter()
    generate(folder, n, seed=1, pools=args.pools)
    result: dict[str, Any] = {"monographs": n, "generate_s": round(time.perf_counter() - t0, 2)}
    store = work / f"store-{n}"
    say(f"[{n}] generated in {result['generate_s']} s; full build ...")
    full = run_kg(build_args(store, folder, args.workers), work / f"build-{n}.log")
    result["build"] = asdict(full) | {"monographs_per_s": round(n / full.wall_s, 1),
                                      "worker_cpu_ms": worker_cpu(work / f"build-{n}.log")}
    say(f"[{n}] full build {full.wall_s} s (exit {full.exit}, peak tree RSS {full.peak_tree_rss_mb} MB)")
    result["store_mb"] = round(du(store) / 2**20, 1)
    result["no_change"] = asdict(run_kg(build_args(store, folder, args.workers), work / f"again-{n}.log"))
    say(f"[{n}] no-change rebuild {result['no_change']['wall_s']} s")
    page = sorted(folder.glob("*.md"))[n // 2]
    text = page.read_text(encoding="utf-8")
    if CHANGED_FROM not in text:
        raise SystemExit(f"{page}: the generated page lacks the sentence this benchmark changes")
    page.write_text(text.replace(CHANGED_FROM, CHANGED_FROM + " and grow", 1), encoding="utf-8")
    result["one_changed"] = asdict(run_kg(build_args(store, folder, args.workers), work / f"changed-{n}.log"))
    result["one_changed"]["file"] = page.name
    say(f"[{n}] rebuild after one changed file {result['one_changed']['wall_s']} s")
    result["store_mb_after_rebuilds"] = round(du(store) / 2**20, 1)
    if args.verify:
        clean = work / f"clean-{n}"
        run = run_kg(build_args(clean, folder, args.workers), work / f"clean-{n}.log")
        result["clean_build"] = asdict(run)
        mine, size, exported = export_digest(store, work, f"incremental-{n}")
        theirs, _, _ = export_digest(clean, work, f"clean-{n}")
        result["export"] = {"wall_s": exported.wall_s, "peak_tree_rss_mb": exported.peak_tree_rss_mb,
                            "nquads_mb": round(size, 1)}
        result["identical_to_clean_build"] = bool(mine) and mine == theirs
        say(f"[{n}] clean build {run.wall_s} s; export identical to the rebuilt store's: "
            f"{result['identical_to_clean_build']}")
        shutil.rmtree(clean, ignore_errors=True)
    if args.service:
        result["service"] = measure_service(store, work, args)
    shutil.rmtree(folder, ignore_errors=True)
    return result


# -- the service -----------------------------------------------------------------------------------
def first_page_text(text: str, rows: int) -> str:
    """The query cut to one page, unless it already says how many rows it wants."""
    return text if re.search(r"\b(LIMIT|OFFSET)\s+\d+\s*$", text, re.IGNORECASE) else f"{text}\nLIMIT {rows}"


def bound_text(text: str, name: str, iri: str) -> str:
    """The query with ``?name`` bound to one IRI by a VALUES block opening its WHERE clause."""
    return re.sub(r"\bWHERE\s*\{", f"WHERE {{ VALUES ?{name} {{ <{iri}> }}", text, count=1, flags=re.IGNORECASE)


def sample_iris(port: int) -> dict[str, str]:
    """One drug and one condition of the store, by asking oxigraph."""
    import http.client

    out = {}
    for name, cls in PARAMETER_KINDS.items():
        query = f"SELECT ?x WHERE {{ ?x a <https://w3id.org/drugkg/vocab/{cls}> }} ORDER BY ?x LIMIT 1"
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        conn.request("GET", "/query?" + urllib.parse.urlencode({"query": query}),
                     headers={"Accept": "application/sparql-results+json"})
        rows = json.loads(conn.getresponse().read())["results"]["bindings"]
        if rows:
            out[name] = rows[0]["x"]["value"]
    return out


def once(port: int, path: str, cap: float) -> float | None:
    """The seconds one request takes, or None when it fails or takes over ``cap`` seconds."""
    import http.client

    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=cap + 10)  # the servers stop at cap
    started = time.perf_counter()
    try:
        conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
        resp = conn.getresponse()
        resp.read()
    except OSError:  # socket.timeout included
        return None
    finally:
        conn.close()
    return time.perf_counter() - started if resp.status == 200 else None


def timed(port: int, path: str, args: argparse.Namespace) -> dict[str, Any]:
    """Requests/s, p50 and p99 of one case: under load, or alone (one request) when it is slower
    than ``--slow``, or given up when one request takes over ``--cap`` seconds or fails."""
    alone = once(port, path, args.cap)
    if alone is None:
        return {"rps": None, "p50_ms": None, "p99_ms": None, "errors": 1, "requests": 1, "alone": True,
                "over_cap_or_failed": True}
    if alone > args.slow:
        ms = round(alone * 1000, 2)
        return {"rps": round(1 / alone, 3), "p50_ms": ms, "p99_ms": ms, "errors": 0, "requests": 1, "alone": True}
    n = max(2 * args.concurrency, min(args.requests, int(args.budget * args.concurrency / max(alone, 1e-4))))
    run_load(port, path, args.concurrency * 2, args.concurrency)  # warm up
    r = run_load(port, path, n, args.concurrency)
    return {"rps": round(r.rps, 1 if r.rps >= 10 else 3), "p50_ms": round(r.p50 * 1000, 2),
            "p99_ms": round(r.p99 * 1000, 2), "errors": r.errors, "requests": n, "alone": False}


def measure_service(store: Path, work: Path, args: argparse.Namespace) -> dict[str, Any]:
    if shutil.which("oxigraph") is None:
        say("oxigraph is not installed (pip install oxigraph): the service comparison is left out")
        return {"skipped": "oxigraph is not installed"}
    from kg.store import open_store

    ox_dir = work / f"{store.name}-oxigraph"
    shutil.rmtree(ox_dir, ignore_errors=True)
    source = open_store(store)
    source.backup(ox_dir)  # the same Oxigraph storage, hard links where it can
    del source
    ports = {"kg": free_port(), "oxigraph": free_port()}
    rows = args.page_rows
    procs = [subprocess.Popen([sys.executable, "-m", "kg", "serve", "--port", str(ports["kg"]), "--quiet",
                               "--no-build", "--cache-mb", "0", "--timeout", str(args.cap), "--store", str(store)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT),
             subprocess.Popen(["oxigraph", "serve", "--location", str(ox_dir), "--union-default-graph",
                               "--timeout-s", str(max(1, int(args.cap))),
                               "--bind", f"127.0.0.1:{ports['oxigraph']}"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    rows_out: list[dict[str, Any]] = []
    try:
        wait_up(ports["kg"], "/sparql?query=ASK%7B%7D", procs[0], 600)
        wait_up(ports["oxigraph"], "/query?query=ASK%7B%7D", procs[1], 600)
        iris = sample_iris(ports["oxigraph"])
        for q in list_queries(load_config(environ={}).queries_dir):
            if args.queries and q.name not in args.queries:
                continue
            cases = [("first page", first_page_text(q.text, rows + 1), "")]
            for p in q.parameters:
                if p.name in iris:
                    cases.append((f"{p.name}=one", first_page_text(bound_text(q.text, p.name, iris[p.name]), rows + 1),
                                  urllib.parse.urlencode({p.name: iris[p.name]})))
            for mode, text, params in cases:
                sparql = urllib.parse.urlencode({"query": text})
                paths = {"kg": f"/queries/{q.name}.json" + (f"?{params}" if params else ""),
                         "kg /sparql": f"/sparql?{sparql}", "oxigraph": f"/query?{sparql}"}
                cell = {label: timed(ports["oxigraph" if label == "oxigraph" else "kg"], path, args)
                        for label, path in paths.items()}
                ox_rps = cell["oxigraph"]["rps"]
                for label, r in cell.items():
                    ratio = round(r["rps"] / ox_rps, 2) if ox_rps and r["rps"] and label != "oxigraph" else None
                    rows_out.append({"query": q.name, "mode": mode, "server": label, **r, "ratio": ratio})
                    say(f"    {q.name:18} {mode:12} {label:10} {r['rps']} req/s  p50 {r['p50_ms']} ms  "
                        f"p99 {r['p99_ms']} ms  errors {r['errors']}" + (f"  ratio {ratio}" if ratio else ""))
    finally:
        for p in procs:
            p.terminate()
            try:
                p.wait(20)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(ox_dir, ignore_errors=True)
    return {"concurrency": args.concurrency, "page_rows": rows, "cap_s": args.cap, "sample": iris, "results": rows_out,
            "harmonic": harmonic(rows_out)}


def harmonic(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Requests/s of each server over the cases every server answered, sent one after another,
    and kg's ratio; the cases left out (a server over --cap, or failing) are counted."""
    cases: dict[tuple[str, str], dict[str, Any]] = {}
    for r in rows:
        cases.setdefault((r["query"], r["mode"]), {})[r["server"]] = r["rps"]
    whole = [c for c in cases.values() if all(c.values())]
    seconds: dict[str, float] = {}
    for case in whole:
        for label, rps in case.items():
            seconds[label] = seconds.get(label, 0.0) + 1 / rps
    out: dict[str, Any] = {label: round(len(whole) / s, 2) for label, s in seconds.items()}
    ox = seconds.get("oxigraph")
    out["ratio"] = {label: round(ox / s, 2) for label, s in seconds.items() if label != "oxigraph" and ox}
    out["cases"], out["left_out"] = len(whole), len(cases) - len(whole)
    return out


# -- the report ------------------------------------------------------------------------------------
def machine() -> dict[str, Any]:
    import pyoxigraph

    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    mem = next((int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                if line.startswith("MemTotal")), 0)
    return {"date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "cpus": os.cpu_count(), "cpu": cpu,
            "memory_mb": mem, "python": platform.python_version(), "pyoxigraph": pyoxigraph.__version__,
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def print_report(report: dict[str, Any]) -> None:
    m = report["machine"]
    print(f"\n{m['date']}: {m['cpus']} CPUs ({m['cpu']}), {m['memory_mb']} MB, Python {m['python']}, "
          f"pyoxigraph {m['pyoxigraph']}; load average before {m['load_average']}, after {report['load_after']}")
    head = (f"{'monographs':>10} {'build s':>8} {'mono/s':>7} {'peak tree RSS MB':>17} {'no-change s':>12} "
            f"{'one changed s':>14} {'store MB':>9} {'= clean build':>14}")
    print(head + "\n" + "-" * len(head))
    for r in report["sizes"]:
        if "build" not in r:
            continue
        print(f"{r['monographs']:>10} {r['build']['wall_s']:>8} {r['build']['monographs_per_s']:>7} "
              f"{r['build']['peak_tree_rss_mb']:>17} {r['no_change']['wall_s']:>12} {r['one_changed']['wall_s']:>14} "
              f"{r['store_mb']:>9} {str(r.get('identical_to_clean_build', '-')):>14}")
    print(cpu_table(report, plain=True))
    for r in report["sizes"]:
        service = r.get("service") or {}
        if "harmonic" in service:
            where = r["monographs"] or r.get("store")
            print(f"\nservice at {where} monographs (req/s over the cases all answered, one after another): "
                  f"{service['harmonic']}")


STAGES = ("parse", "extract", "map", "validate", "reason")


def cpu_table(report: dict[str, Any], plain: bool = False) -> str:
    """The workers' CPU a monograph per stage at each size, and the largest size's over the
    smallest's: whether a stage's cost a monograph stays flat as the corpus grows."""
    rows = [r for r in report["sizes"] if r.get("build", {}).get("worker_cpu_ms")]
    if not rows:
        return ""
    out = ["", "The workers' CPU a monograph, per stage (ms; the build's stage line):", ""]
    if plain:
        out.append(f"{'monographs':>10} " + " ".join(f"{s:>9}" for s in STAGES))
    else:
        out += ["| monographs | " + " | ".join(STAGES) + " |", "|---" * (len(STAGES) + 1) + "|"]
    for r in rows:
        ms = r["build"]["worker_cpu_ms"]
        cells = [f"{ms.get(s, 0):.2f}" for s in STAGES]
        out.append(f"{r['monographs']:>10} " + " ".join(f"{c:>9}" for c in cells) if plain
                   else f"| {r['monographs']:,} | " + " | ".join(cells) + " |")
    if len(rows) > 1:
        first, last = rows[0]["build"]["worker_cpu_ms"], rows[-1]["build"]["worker_cpu_ms"]
        ratios = ", ".join(f"{s} {last[s] / first[s]:.2f}x" for s in STAGES if first.get(s) and s in last)
        out += ["", f"{rows[-1]['monographs']:,} over {rows[0]['monographs']:,}: {ratios}"]
    return "\n".join(out)


def markdown(report: dict[str, Any]) -> str:
    """The report as the tables of bench/RESULTS.md."""
    m = report["machine"]
    out = [f"Run {m['date']}: {m['cpus']} CPUs ({m['cpu']}), {m['memory_mb'] // 1024} GB, Python {m['python']}, "
           f"pyoxigraph {m['pyoxigraph']}; load average (1, 5, 15 min) {m['load_average']} before, "
           f"{report['load_after']} after.", "",
           "| monographs | full build | monographs/s | peak RSS, build tree (largest process) | no-change rebuild "
           "| one file changed | store on disk | export = clean build's |",
           "|---|---|---|---|---|---|---|---|"]
    for r in report["sizes"]:
        if "build" not in r:
            continue
        b = r["build"]
        out.append(f"| {r['monographs']:,} | {b['wall_s']} s | {b['monographs_per_s']} | {b['peak_tree_rss_mb']:,} MB "
                   f"({b['max_process_rss_mb']:,} MB) | {r['no_change']['wall_s']} s "
                   f"({r['no_change']['peak_tree_rss_mb']:,} MB) | {r['one_changed']['wall_s']} s | "
                   f"{r['store_mb']:,} MB | {r.get('identical_to_clean_build', 'not checked')} |")
    out += cpu_table(report).split("\n") if cpu_table(report) else []
    for r in report["sizes"]:
        service = r.get("service") or {}
        if not service.get("results"):
            continue
        where = r["monographs"] or r.get("store")
        out += ["", f"Service at {where} monographs ({service['concurrency']} clients; kg serve without "
                f"its result cache; ratio = kg's requests/s over oxigraph's):", "",
                "| stored query | case | kg route req/s | p50 / p99 ms | ratio | kg /sparql req/s | p50 / p99 ms "
                "| ratio | oxigraph req/s | p50 / p99 ms |", "|---|---|---|---|---|---|---|---|---|---|"]
        cells: dict[tuple[str, str], dict[str, Any]] = {}
        for row in service["results"]:
            cells.setdefault((row["query"], row["mode"]), {})[row["server"]] = row
        for (query, mode), by in cells.items():
            parts = []
            for label in ("kg", "kg /sparql", "oxigraph"):
                x = by[label]
                if x.get("over_cap_or_failed"):
                    parts += ["—", f"over {service.get('cap_s')} s or failed"]
                else:
                    alone = " (one request)" if x["alone"] else ""
                    parts += [f"{x['rps']}", f"{x['p50_ms']} / {x['p99_ms']}{alone}"]
                if label != "oxigraph":
                    parts.append(f"{x['ratio']}")
            out.append(f"| {query} | {mode} | " + " | ".join(parts) + " |")
        h = service["harmonic"]
        out += ["", f"The {h['cases']} cases every server answered, one after another (harmonic mean of "
                f"requests/s): kg route {h.get('kg')}, kg /sparql {h.get('kg /sparql')}, oxigraph {h.get('oxigraph')}; "
                f"ratios {h.get('ratio')}; {h['left_out']} case(s) left out (a server over {service['cap_s']} s "
                f"or failing)."]
    return "\n".join(out) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000", help="comma-separated numbers of monographs")
    ap.add_argument("--tiny", action="store_true", help="30 monographs and a short service run (CI)")
    ap.add_argument("--workers", type=int, default=None, help="kg build --workers (default: kg's own)")
    ap.add_argument("--json", type=Path, default=None, help="also write the report as JSON here")
    ap.add_argument("--markdown", type=Path, default=None, help="also write the tables for bench/RESULTS.md here")
    ap.add_argument("--work", type=Path, default=None, help="work folder (default: a temporary one, removed)")
    ap.add_argument("--no-verify", dest="verify", action="store_false",
                    help="skip the clean build that checks the rebuilt store's export")
    ap.add_argument("--no-service", dest="service", action="store_false", help="skip kg serve vs oxigraph serve")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--requests", type=int, default=400, help="requests per case, at most")
    ap.add_argument("--budget", type=float, default=3.0, help="seconds of load per server and case, about")
    ap.add_argument("--slow", type=float, default=2.0, help="a case slower than this is timed by one request")
    ap.add_argument("--cap", type=float, default=30.0,
                    help="both servers' query deadline: a case whose request takes longer is given up")
    ap.add_argument("--serve-store", type=Path, default=None, metavar="DIR",
                    help="only the service comparison, on this built store (no generation, no builds)")
    ap.add_argument("--hetionet", type=Path, default=HETIONET, help="Hetionet's node table (bench/generate.py)")
    ap.add_argument("--queries", default="", help="comma-separated stored queries to measure (default: all)")
    ap.add_argument("--page-rows", type=int, default=1000, help="kg serve's page size (its default)")
    args = ap.parse_args()
    sizes = [30] if args.tiny else [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.tiny:
        args.budget, args.requests, args.concurrency = 0.2, 16, 2
        args.queries = args.queries or "indications,side-effects"
    args.queries = {q.strip() for q in args.queries.split(",") if q.strip()}
    args.pools = None if args.serve_store else load_pools(args.hetionet)
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    report: dict[str, Any] = {"machine": machine(), "sizes": []}
    try:
        if args.serve_store:
            report["sizes"].append({"monographs": None, "store": str(args.serve_store),
                                    "service": measure_service(args.serve_store, work, args)})
        for n in ([] if args.serve_store else sizes):
            report["sizes"].append(measure_size(n, args, work))
    finally:
        if args.work is None:
            shutil.rmtree(work, ignore_errors=True)
    report["load_after"] = [round(x, 2) for x in os.getloadavg()]
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    if args.markdown:
        args.markdown.write_text(markdown(report), encoding="utf-8")
    print_report(report)


if __name__ == "__main__":
    main()
