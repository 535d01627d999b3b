"""Builds killed with SIGKILL (issue 9, point 13, and a worker killed under a build).

A real ``kg build`` in a subprocess, killed with ``kill -9`` at a moment read from the process
tree: while HermiT (Java) compiles the ontology's rules (an empty rules cache), and at moments
while the monographs are published with their inferences. No Java process may outlive the
build; each monograph must be in the store with its own inferences or not at all (what ``kg
reason`` recomputes from the store equals what the killed build left); and the next build
must mend it all.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.inferred import inference_state, is_inferred
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


def start_build(folder: Path, store: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    full_env = {**os.environ, "KG_STORE": str(store), **(env or {})}
    return subprocess.Popen([sys.executable, "-m", "kg", "build", str(folder), "--no-link", "-q", *extra],
                            cwd=ROOT, env=full_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for(condition, timeout: float = 120.0, step: float = 0.005) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return False


def java_of(proc: subprocess.Popen[str]) -> list[int]:
    return [c for c in children(proc.pid) if comm(c) == "java"]


def inferred(store: Path) -> tuple[set[tuple[str, str, str, str]], str]:
    """(every quad of the graphs the reasoner writes, state) of a store no one writes."""
    db = OxigraphStore(store, read_only=True)
    quads = {q for q in db.quads() if is_inferred(q[3], BASE)}
    return quads, inference_state(db, BASE)


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int]:
    """Ten monographs built (with the reasoner); a copy of the folder with one page changed so
    that a rebuild infers more."""
    root = tmp_path_factory.mktemp("interrupted")
    folder = root / "in"
    copy_corpus(folder, *CORPUS_FILES)
    store = root / "db"
    proc = run_kg("build", str(folder), "--no-link", "-q", store=store, memory_mb=None)  # Java reserves GBs
    assert proc.returncode == 0, proc.stderr[-2000:]
    quads, state = inferred(store)
    assert len(quads) > 1000 and state == "fresh"
    changed = root / "changed"
    copy_corpus(changed, *CORPUS_FILES)
    page = changed / "imiquimod.md"
    page.write_text(page.read_text(encoding="utf-8").replace(
        "* **Flu-like symptoms:**", "* **Sleepiness:** drowsiness.\n* **Flu-like symptoms:**"), encoding="utf-8")
    return store, changed, len(quads)


def copy_store(src: Path, dst: Path) -> Path:
    subprocess.run(["cp", "-r", str(src), str(dst)], check=True)
    return dst


def test_killed_while_hermit_compiles_the_rules_the_java_child_dies_and_nothing_was_written(
        corpus_store: tuple[Path, Path, int], tmp_path: Path) -> None:
    built, changed, _ = corpus_store
    store = copy_store(built, tmp_path / "db")
    before = inferred(store)
    cold = {"KG_CACHE_DIR": str(tmp_path / "empty-cache")}  # no compiled rules: HermiT runs first
    proc = start_build(changed, store, env=cold)
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
    # the rules are compiled before anything is published: the store is as it was
    assert inferred(store) == before
    again = run_kg("build", str(changed), "--no-link", "-q", store=store, memory_mb=None, env=cold)
    assert again.returncode == 0, again.stderr[-2000:]
    quads, state = inferred(store)
    assert len(quads) > len(before[0]) and state == "fresh"


@pytest.mark.parametrize("delay", [0.3, 1.0, 2.5])
def test_killed_while_publishing_each_monograph_keeps_its_own_inferences(
        corpus_store: tuple[Path, Path, int], tmp_path: Path, delay: float) -> None:
    """Killed at some moment of a rebuild (rules cached): whatever was published came with its
    inferences, so kg reason over what is left recomputes exactly what is there."""
    built, changed, n_before = corpus_store
    store = copy_store(built, tmp_path / "db")
    proc = start_build(changed, store, "--force")
    try:
        time.sleep(delay)
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert not any(comm(c) == "java" for c in children(proc.pid))
    left, state = inferred(store)
    assert state in ("fresh", "stale") and len(left) >= n_before
    check = copy_store(store, tmp_path / "check")
    redone = run_kg("reason", "--sample", "0", store=check, memory_mb=None)
    assert redone.returncode == 0, redone.stdout[-2000:] + redone.stderr[-2000:]
    assert inferred(check)[0] == left
    query = run_kg("query", "ASK { ?s ?p ?o }", store=store)
    assert query.returncode == 0
    again = run_kg("build", str(changed), "--no-link", "-q", store=store, memory_mb=None)
    assert again.returncode == 0, again.stderr[-2000:]
    quads, state = inferred(store)
    assert state == "fresh" and len(quads) > n_before


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
                # (a worker's own start costs about 3 CPU seconds and its chunk of ordinary pages about 1 more, so
                # a bound of 4 also killed ordinary workers on a loaded machine; the hostile page takes minutes)
                if cpu_seconds(child) > 12 and child not in killed:
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
