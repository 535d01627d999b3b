#!/usr/bin/env python3
"""SHACL validation and OWL reasoning on a generated corpus: time each, at 1k and 10k monographs.

    python bench/validate_reason.py [--sizes 1000 10000] [--workers 2] [--no-link] [--json OUT]

The corpus is data/monographs replicated under new drug names (the drug renamed everywhere in the
text), built with the real parse -> extract -> link -> map pipeline (not timed here). Then:

* validate: the build gate, ``kg.validate.validate_graphs`` on batches of 1,000 fresh graphs;
* reason: ``kg.reason.reason`` on an on-disk Oxigraph store holding every graph: HermiT on the
  TBox, SPARQL materialisation (with trace records), SPARQL consistency checks and HermiT on a
  one-monograph sample;
* HermiT on samples of 1, 4 and 16 monographs, to show why the whole ABox is not given to it.

Growth is reported as time(10k) / time(1k): 10 means linear.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import replicate
from kg.config import load_config
from kg.mapping import MappedGraph
from kg.namespaces import nodes_graph
from kg.ontology import check_abox, load_graph
from kg.pipeline import process_all
from kg.reason import reason
from kg.store import open_store
from kg.validate import load_shapes, validate_graphs

BATCH = 1000


def mapped_graphs(paths: list[Path], link: bool, workers: int) -> dict[str, MappedGraph]:
    cfg = load_config()
    graphs: dict[str, MappedGraph] = {}
    for result in process_all(paths, cfg.base, cfg if link else None, workers):
        if result.mapped is None:
            raise SystemExit(f"cannot build {result.path}: {result.error}")
        graphs[result.mapped.graph] = result.mapped
    return graphs


def bench_validate(graphs: dict[str, MappedGraph]) -> dict[str, Any]:
    shapes = load_shapes()
    names = list(graphs)
    t0 = time.perf_counter()
    findings = triples = 0
    for i in range(0, len(names), BATCH):
        report = validate_graphs({g: graphs[g].ntriples() for g in names[i:i + BATCH]}, shapes=shapes)
        findings += len(report.findings)
        triples += report.triples
    seconds = time.perf_counter() - t0
    return {"seconds": seconds, "triples": triples, "findings": findings,
            "ms_per_monograph": 1000 * seconds / len(names)}


def bench_reason(graphs: dict[str, MappedGraph], folder: Path) -> dict[str, Any]:
    """The store laid out as kg build lays it out: own graphs plus the shared nodes graph."""
    store = open_store(folder / "store")
    names = list(graphs)
    t0 = time.perf_counter()
    for i in range(0, len(names), BATCH):
        batch = [graphs[g] for g in names[i:i + BATCH]]
        store.replace_graphs({m.graph: m.own_ntriples() for m in batch},
                             {nodes_graph(): "".join(m.nodes_ntriples() for m in batch)})
    load = time.perf_counter() - t0
    asserted = len(store)
    report = reason(store, sample=1)
    store.flush()
    return {"load_seconds": load, "asserted_quads": asserted, "inferred": report.inferred,
            "records": report.records, "consistent": report.consistent, "seconds": report.seconds,
            "by_kind": report.by_kind}


def bench_hermit_samples(graphs: dict[str, MappedGraph], sizes: tuple[int, ...] = (1, 4, 16)) -> dict[int, float]:
    onto = load_graph()
    names = list(graphs)
    out = {}
    for n in sizes:
        result = check_abox("".join(graphs[g].ntriples() for g in names[:n]), graph=onto)
        out[n] = result.seconds
    return out


def run(n: int, link: bool, workers: int, corpus: Path) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "corpus").mkdir()
        paths = replicate(corpus, folder / "corpus", n, suffix="zol")
        t0 = time.perf_counter()
        graphs = mapped_graphs(paths, link, workers)
        built = time.perf_counter() - t0
        print(f"[{n}] built {len(graphs)} graphs in {built:.1f} s (not part of the figures below)",
              file=sys.stderr)
        result: dict[str, Any] = {"monographs": n, "build_seconds": built}
        result["validate"] = bench_validate(graphs)
        print(f"[{n}] validate {result['validate']['seconds']:.1f} s", file=sys.stderr)
        result["reason"] = bench_reason(graphs, folder)
        print(f"[{n}] reason {result['reason']['seconds']['total']:.1f} s", file=sys.stderr)
        if n <= 1000:
            result["hermit_samples"] = bench_hermit_samples(graphs)
        return result


def table(results: list[dict[str, Any]]) -> str:
    rows = [(f"{'monographs':>10} {'triples':>10} {'validate s':>11} {'ms/mono':>8} {'load s':>7} "
             f"{'classify s':>10} {'materialize s':>13} {'inferred':>9} {'records':>9} {'read s':>10} "
             f"{'sample s':>8} {'reason s':>9}")]
    for r in results:
        v, z = r["validate"], r["reason"]
        s = z["seconds"]
        rows.append(f"{r['monographs']:>10} {v['triples']:>10} {v['seconds']:>11.1f} {v['ms_per_monograph']:>8.1f} "
                    f"{z['load_seconds']:>7.1f} {s['classify']:>10.2f} {s['materialize']:>13.1f} "
                    f"{z['inferred']:>9} {z['records']:>9} {s.get('read', 0.0):>10.1f} {s['sample']:>8.2f} "
                    f"{s['total']:>9.1f}")
    if len(results) >= 2:
        a, b = results[0], results[-1]
        k = b["monographs"] / a["monographs"]
        def grow(*keys: str) -> float:
            x, y = b, a
            for key in keys:
                x, y = x[key], y[key]
            return x / y
        rows.append(f"growth x{k:.0f} monographs: validate x{grow('validate', 'seconds'):.1f}, "
                    f"materialize x{grow('reason', 'seconds', 'materialize'):.1f}, "
                    f"read x{grow('reason', 'seconds', 'read'):.1f}, "
                    f"reason x{grow('reason', 'seconds', 'total'):.1f} ({k:.0f} = linear)")
    for r in results:
        if "hermit_samples" in r:
            rows.append("HermiT on the ontology + a sample ABox: " + ", ".join(
                f"{n} monograph(s) {s:.1f} s" for n, s in r["hermit_samples"].items()))
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-link", action="store_true", help="Build without external identifiers.")
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "monographs")
    ap.add_argument("--json", type=Path, default=None, help="Also write the figures as JSON here.")
    args = ap.parse_args()
    results = [run(n, not args.no_link, args.workers, args.corpus) for n in args.sizes]
    print(table(results))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0 if all(r["validate"]["findings"] == 0 and r["reason"]["consistent"] for r in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())
