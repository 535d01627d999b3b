"""Builds killed with SIGKILL (issue 9, point 13, and a worker killed under a build).

A real ``kg build`` in a subprocess, killed with ``kill -9`` at a moment read from the process
tree: while HermiT (Java) classifies the ontology, and just after, while the rules are applied.
The inferred graph must then be the old one whole or the new one whole, the store must say
when it is stale, no Java process may outlive the build, and the next build must mend it all.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.inferred import inference_state, staging_graphs
from kg.namespaces import inferred_graph, trace_graph
from kg.store import OxigraphStore
from tests.reliability.test_build_inputs import BASE, ROOT, copy_corpus, run_kg

CORPUS_FILES = ("imiquimod.md", "albuterol.md", "atorvastatin.md", "diclofenac.md", "fluorouracil.md",
                "ibuprofen.md", "loratadine.md", "metformin.md", "morphine.md", "sertraline.md")


def children(pid: int) -> list[int]:
    try:
        text = Path(f"/proc/{pid}/task/{pid}/children").read_text()
    except OSError:
        return []
    return [int(x) for x in text.split()]


def alive(pid: int) -> bool:
    """Running, or at least not a zombie waiting to be reaped."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def comm(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return ""


def start_build(folder: Path, store: Path, *extra: str) -> subprocess.Popen[str]:
    env = {**os.environ, "KG_STORE": str(store)}
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "--no-link", "-q", *extra],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition, timeout: float = 120.0, step: float = 0.005) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


def java_of(proc: subprocess.Popen[str]) -> list[int]:
    return [c for c in children(proc.pid) if comm(c) == "java"]


def inferred(store: Path) -> tuple[int, int, str, bool]:
    """(inferred quads, trace quads, state, staging graphs left) of a store no one writes."""
    db = OxigraphStore(store, read_only=True)
    count = {g: 0 for g in (inferred_graph(BASE), trace_graph(BASE), *staging_graphs(BASE))}
    for _, _, _, g in db.quads():
        if g in count:
            count[g] += 1
    staged = any(count[g] for g in staging_graphs(BASE))
    return count[inferred_graph(BASE)], count[trace_graph(BASE)], inference_state(db, BASE), staged


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, tuple[int, int]]:
    """Ten monographs built (with the reasoner); a copy of the folder with one page changed so
    that a rebuild infers more."""
    root = tmp_path_factory.mktemp("interrupted")
    folder = root / "in"
    copy_corpus(folder, *CORPUS_FILES)
    store = root / "db"
    proc = run_kg("build", str(folder), "--no-link", "-q", store=store, memory_mb=None)  # Java reserves GBs
    assert proc.returncode == 0, proc.stderr[-2000:]
    n_inf, n_trace, state, staged = inferred(store)
    assert n_inf > 1000 and state == "fresh" and not staged
    changed = root / "changed"
    copy_corpus(changed, *CORPUS_FILES)
    page = changed / "imiquimod.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "* **Flu-like symptoms:**", "* **Sleepiness:** drowsiness.\n* **Flu-like symptoms:**"), encoding="utf-8")
    return store, changed, (n_inf, n_trace)


def copy_store(src: Path, dst: Path) -> Path:
    subprocess.run(["cp", "-r", str(src), str(dst)], check=True)
    return dst


def test_killed_while_hermit_runs_the_java_child_dies_and_the_store_says_stale(
        corpus_store: tuple[Path, Path, tuple[int, int]], tmp_path: Path) -> None:
    built, changed, (n_inf, n_trace) = corpus_store
    store = copy_store(built, tmp_path / "db")
    proc = start_build(changed, store)
    try:
        assert wait_for(lambda: bool(java_of(proc)) or proc.poll() is not None), "HermiT never started"
        java = java_of(proc)
        assert java, f"the build ended before HermiT ran: {proc.communicate()[1][-1000:]}"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        # the kernel kills HermiT with its parent (PR_SET_PDEATHSIG)
        assert wait_for(lambda: not any(alive(j) for j in java), timeout=5), f"java {java} outlived the build"
    finally:
        if proc.poll() is None:
            proc.kill()
    # the monographs were published, the reasoner had not finished: the old inferences, whole,
    # and a store that says they are stale
    assert inferred(store) == (n_inf, n_trace + 1, "stale", False)  # + 1: the stale mark
    query = run_kg("query", "ASK { ?s ?p ?o }", "--format", "json", store=store)
    assert query.returncode == 0 and "the inferred graph is stale" in query.stderr
    # the next build refreshes it, even one that publishes nothing (its only file is broken)
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [broken\n---\n", encoding="utf-8")
    again = run_kg("build", str(broken), "--no-link", "-q", store=store, memory_mb=None)
    assert again.returncode == 1 and "broken.md:2: broken front matter" in again.stderr
    assert "the inferred graph is stale: monographs were published after it was made" in again.stdout
    assert "refreshing it" in again.stdout
    n_new, _, state, staged = inferred(store)
    assert n_new > n_inf and state == "fresh" and not staged


def staging_seen(store: Path) -> bool:
    """Whether the reasoner's staging graphs are in the store, read beside the build."""
    try:
        return any(g in staging_graphs(BASE) for g in OxigraphStore(store, read_only=True).named_graphs())
    except Exception:  # noqa: BLE001 - a file the writer just compacted away: look again
        return False


def test_killed_while_the_rules_are_applied_the_inferred_graph_is_old_or_new_never_part(
        corpus_store: tuple[Path, Path, tuple[int, int]], tmp_path: Path) -> None:
    built, changed, (n_inf, n_trace) = corpus_store
    reference = copy_store(built, tmp_path / "ref")
    assert run_kg("build", str(changed), "--no-link", "-q", store=reference, memory_mb=None).returncode == 0
    n_new, n_new_trace, _, _ = inferred(reference)
    assert n_new > n_inf
    store = copy_store(built, tmp_path / "db")
    proc = start_build(changed, store)
    try:
        assert wait_for(lambda: bool(java_of(proc))), "HermiT never started"
        assert wait_for(lambda: not java_of(proc)), "HermiT never ended"
        # HermiT has classified the ontology: the rules now write the staging graphs
        assert wait_for(lambda: staging_seen(store) or proc.poll() is not None, step=0.02)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    count, trace, state, staged = inferred(store)
    # killed before the swap (the staging graphs were being written): the old inferences, whole
    assert (count, trace, state, staged) == (n_inf, n_trace + 1, "stale", True)
    query = run_kg("query", "ASK { ?s ?p ?o }", store=store)
    assert "kg: note: the inferred graph is stale" in query.stderr
    again = run_kg("build", str(changed), "--no-link", "-q", store=store, memory_mb=None)
    assert again.returncode == 0, again.stderr[-2000:]
    assert inferred(store) == (n_new, n_new_trace, "fresh", False)


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


def test_a_worker_killed_under_a_build_costs_only_its_file(tmp_path: Path) -> None:
    """The kernel's OOM killer, played by kill -9: a worker that spends long on one hostile page
    is killed, twice (once in its chunk, once alone); that page is reported and the 200 others
    of its pool are built, with no traceback."""
    from tests.reliability.test_build_inputs import monograph

    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(201):  # more than one chunk of 200, so the build uses its worker pool
        monograph(folder, f"drug{i:03d}.md", f"Drug{i:03d}mab")
    with (folder / "zzz-slow.md").open("w", encoding="utf-8") as f:  # minutes to parse
        f.write("# Slowmab\n\n**Side Effects:**\n\n" + "* a\n" * 1_000_000)
    env = {**os.environ, "KG_STORE": str(tmp_path / "db")}
    proc = subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "--no-link", "--no-reason", "-q",
                             "--workers", "2", "--max-file-size", "8MB"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed: list[int] = []
    try:
        def kill_the_slow_worker() -> bool:
            for child in children(proc.pid):
                if cpu_seconds(child) > 4 and child not in killed:
                    os.kill(child, signal.SIGKILL)
                    killed.append(child)
            return proc.poll() is not None

        assert wait_for(kill_the_slow_worker, timeout=150, step=0.1), "the build did not end"
        out, err = proc.communicate(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert len(killed) == 2, killed  # in its chunk, then alone
    assert proc.returncode == 1 and "Traceback" not in err, err[-2000:]
    assert f"error: {folder / 'zzz-slow.md'}: the worker processing this monograph died" in err, err[-2000:]
    assert "built 201 monographs" in out and "1 failed" in out, out
