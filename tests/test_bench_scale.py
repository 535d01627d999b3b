"""``bench/scale.py --tiny`` (what CI runs of the scale benchmark): the report's shape, never its
timings. It generates 30 monographs, builds them with ``kg build`` three times, builds them again
into a fresh store to compare exports, and serves them with ``kg serve`` and ``oxigraph serve``."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_tiny_scale_run_reports_every_figure(tmp_path: Path) -> None:
    out = tmp_path / "scale.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("KG_")}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / "scale.py"), "--tiny", "--json", str(out)],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    report = json.loads(out.read_text(encoding="utf-8"))
    assert {"date", "cpus", "cpu", "memory_mb", "python", "pyoxigraph", "load_average"} <= set(report["machine"])
    [size] = report["sizes"]
    assert size["monographs"] == 30
    for run in ("build", "no_change", "one_changed", "clean_build"):
        assert size[run]["exit"] == 0, size[run]["tail"]
        assert size[run]["wall_s"] > 0 and size[run]["peak_tree_rss_mb"] > 0 and size[run]["max_process_rss_mb"] > 0
    assert size["build"]["monographs_per_s"] > 0 and size["store_mb"] > 0
    assert size["one_changed"]["file"].endswith(".md")
    # the workers' CPU a monograph per stage, read from the build's own stage line
    assert list(size["build"]["worker_cpu_ms"]) == ["parse", "extract", "map", "validate", "reason"]
    assert all(ms > 0 for ms in size["build"]["worker_cpu_ms"].values()), size["build"]["worker_cpu_ms"]
    assert "CPU a monograph, per stage" in done.stdout
    # a rebuild after a change leaves what a clean build of the same files leaves
    assert size["identical_to_clean_build"] is True
    assert "monographs  build s" in done.stdout and "\n        30 " in done.stdout

    service = size["service"]
    if shutil.which("oxigraph") is None:
        assert "skipped" in service
        return
    cases = {(r["query"], r["mode"]) for r in service["results"]}
    assert ("indications", "first page") in cases and ("indications", "drug=one") in cases
    for case in cases:
        rows = {r["server"]: r for r in service["results"] if (r["query"], r["mode"]) == case}
        assert set(rows) == {"kg", "kg /sparql", "oxigraph"}, case
        for server, r in rows.items():
            assert r["errors"] == 0 and r["rps"] > 0 and r["p50_ms"] <= r["p99_ms"], (case, server, r)
            assert (r["ratio"] is None) == (server == "oxigraph")
    assert set(service["harmonic"]["ratio"]) == {"kg", "kg /sparql"}
    assert service["sample"]["drug"].startswith("https://w3id.org/drugkg/id/drug/")
