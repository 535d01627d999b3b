#!/usr/bin/env python3
"""Build throughput: replicate the corpus to N monographs under new drug names and time each stage.

    python bench/build.py [--n 1000] [--workers 2] [--corpus data/monographs]

Reports monographs per second for parse+extract, map, SHACL validation and load (one process
each, so the figures add up), then for the build pipeline with one worker per core (the SHACL
gate running in the workers; linking and the reasoner left out: bench/validate_reason.py
measures reasoning), and the cost against the product target (50,000 monographs in 60 s on
2 cores).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.corpus import replicate
from kg.config import load_config
from kg.extract import extract
from kg.mapping import map_extraction
from kg.namespaces import nodes_graph
from kg.parse import parse_file
from kg.pipeline import build
from kg.store import open_store
from kg.validate import make_gate


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:10.0f} monographs/s  ({1000 * seconds / n:6.3f} ms each)"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "data/monographs")
    args = ap.parse_args()
    cfg = load_config()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        paths = replicate(args.corpus, folder, args.n)

        t0 = time.perf_counter()
        claims = [extract(parse_file(p)) for p in paths]
        t1 = time.perf_counter()
        mapped = [map_extraction(c, cfg.base) for c in claims]
        t2 = time.perf_counter()
        gate = make_gate(cfg.ontology_dir / "shapes.ttl", cfg.base)
        tv = time.perf_counter()
        rejected = sum(len(gate({m.graph: m.ntriples() for m in mapped[i:i + 1000]}))
                       for i in range(0, len(mapped), 1000))
        validate_seconds = time.perf_counter() - tv
        assert rejected == 0, f"{rejected} replicated monographs do not conform"
        t2 = time.perf_counter()
        store = open_store(Path(tmp) / "store")
        for i in range(0, len(mapped), 1000):
            store.replace_graphs({m.graph: m.own_ntriples() for m in mapped[i:i + 1000]},
                                 {nodes_graph(cfg.base): "".join(m.nodes_ntriples() for m in mapped[i:i + 1000])})
        store.flush()
        t3 = time.perf_counter()
        triples = sum(len(m) for m in mapped)

        store2 = open_store(Path(tmp) / "store2")
        t4 = time.perf_counter()
        report = build([folder], store2, cfg.with_(store=str(Path(tmp) / "store2")), link=False,
                       workers=args.workers, shapes=cfg.ontology_dir / "shapes.ttl")
        store2.flush()
        t5 = time.perf_counter()
        assert len(report.published) == args.n, report.failed[:3]

    print(f"corpus: {args.n} monographs replicated from {args.corpus} ({triples} triples)")
    print(f"parse+extract  {rate(args.n, t1 - t0)}")
    print(f"map            {rate(args.n, t2 - t1 - validate_seconds)}")
    print(f"SHACL gate     {rate(args.n, validate_seconds)}")
    print(f"load           {rate(args.n, t3 - t2)}")
    print(f"stages, 1 core {rate(args.n, t3 - t0)}  (with the gate)")
    print(f"build() with the gate in {args.workers} workers {rate(args.n, t5 - t4)}")
    target = 50_000 / 60
    print(f"target: {target:.0f} monographs/s on 2 cores; this run reaches "
          f"{args.n / (t5 - t4) / target:.2f}x of it")
    return 0


if __name__ == "__main__":
    sys.exit(main())
