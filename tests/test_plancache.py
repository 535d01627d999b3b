"""The build's plan cache (kg.plancache): trusted only while nothing else wrote the store, a file's
hash reused only while its size, times and inode are those it was hashed with; a rebuild through
it leaves what a clean build leaves."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg import plancache
from kg.cli import main
from kg.pipeline import process_chunk as _REAL_CHUNK
from kg.store import OxigraphStore, open_store

FILES = ("imiquimod.md", "albuterol.md", "loratadine.md")


@pytest.fixture(autouse=True)
def _own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))


def kg_build(folder: Path, db: Path) -> str:
    result = CliRunner().invoke(main, ["build", "--quiet", "--no-link", "--no-reason", "--store", str(db), str(folder)])
    assert result.exit_code == 0, result.output
    return result.output


def setup(tmp_path: Path, corpus: Path) -> tuple[Path, Path]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in FILES:
        shutil.copy(corpus / name, folder / name)
        old = os.stat(folder / name).st_mtime_ns - 10_000_000_000  # not racily clean
        os.utime(folder / name, ns=(old, old))
    return folder, tmp_path / "db"


def export(db: Path) -> bytes:
    store = open_store(db)
    out = store.export("nquads")
    assert isinstance(store, OxigraphStore) and store.close()
    return out


def test_a_build_leaves_a_trusted_cache_that_a_read_only_reader_keeps(tmp_path: Path, corpus: Path) -> None:
    folder, db = setup(tmp_path, corpus)
    kg_build(folder, db)
    cache = plancache.load(db)
    assert cache.trusted and len(cache.records) == 3 and len(cache.files) == 3
    reader = OxigraphStore(db, read_only=True)
    assert len(reader) > 0
    assert reader.close()
    assert plancache.load(db).trusted


def test_another_writer_makes_it_untrusted_and_the_rebuild_is_still_right(tmp_path: Path, corpus: Path) -> None:
    folder, db = setup(tmp_path, corpus)
    kg_build(folder, db)
    # another writer removes one build record: a cache that trusted itself would skip that file
    store = OxigraphStore(db)
    store.update("DELETE { GRAPH ?b { ?m <https://w3id.org/drugkg/build/built> ?v } } WHERE { "
                 "GRAPH ?b { ?m <https://w3id.org/drugkg/build/built> ?v } FILTER(CONTAINS(STR(?m), 'albuterol')) }")
    assert store.close()
    assert not plancache.load(db).trusted
    assert "1 monographs" in kg_build(folder, db)
    assert plancache.load(db).trusted
    kg_build(folder, tmp_path / "clean")
    assert export(db) == export(tmp_path / "clean")


def test_a_file_changed_in_place_with_its_size_and_mtime_kept_is_hashed_again(tmp_path: Path,
                                                                             corpus: Path) -> None:
    folder, db = setup(tmp_path, corpus)
    kg_build(folder, db)
    target = folder / "albuterol.md"
    st = os.stat(target)
    text = target.read_text(encoding="utf-8")
    swapped = text.replace("a", "e", 1)
    assert swapped != text and len(swapped) == len(text)
    target.write_text(swapped, encoding="utf-8")
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns))  # same size and mtime; the ctime moves
    cache = plancache.load(db)
    assert cache.trusted
    out = kg_build(folder, db)
    assert "1 monographs" in out and "changed 1: albuterol.md" in out
    kg_build(folder, tmp_path / "clean")
    assert export(db) == export(tmp_path / "clean")


def test_unchanged_files_are_not_read_again(tmp_path: Path, corpus: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, db = setup(tmp_path, corpus)
    kg_build(folder, db)
    from kg import manifest

    read: list[Path] = []
    real = manifest.file_sha256
    monkeypatch.setattr(manifest, "file_sha256", lambda p: read.append(p) or real(p))
    (folder / "loratadine.md").write_text((folder / "loratadine.md").read_text(encoding="utf-8") + "\n",
                                          encoding="utf-8")
    assert "1 monographs" in kg_build(folder, db)
    assert [p.name for p in read] == ["loratadine.md"]


def test_a_store_that_cannot_be_closed_gets_no_cache(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "db")
    store.update("INSERT DATA { GRAPH <urn:g> { <urn:a> <urn:b> <urn:c> } }")
    held = store._store  # noqa: SLF001 - a reference someone kept keeps the store open
    assert not store.close()
    del held


def _build(folder: Path, db: Path, workers: int) -> bytes:
    from kg.config import load_config
    from kg.pipeline import build_checked

    store = open_store(db)
    cfg = load_config(environ={}, store=str(db))
    build_checked([folder], store, cfg, link=False, reason=True, workers=workers)
    out = store.export("nquads")
    assert isinstance(store, OxigraphStore) and store.close()
    return out


def test_the_warm_worker_builds_what_the_build_process_would(tmp_path: Path, corpus: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import pipeline

    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))  # a core to spare
    started: list[object] = []
    real = pipeline.start_warm_worker
    monkeypatch.setattr(pipeline, "start_warm_worker", lambda *a: started.append(w := real(*a)) or w)
    folder, _ = setup(tmp_path, corpus)
    _build(folder, tmp_path / "warm", 2)
    assert started and started[0] is not None
    target = folder / "albuterol.md"
    target.write_text(target.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    warm = _build(folder, tmp_path / "warm", 2)
    assert warm == _build(folder, tmp_path / "alone", 1)


def test_no_warm_worker_without_a_core_to_spare(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.pipeline import start_warm_worker

    monkeypatch.setattr(os, "getloadavg", lambda: (float(os.cpu_count() or 1), 0.0, 0.0))
    assert start_warm_worker(2, None, "https://example.org/") is None
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    assert start_warm_worker(1, None, "https://example.org/") is None


_STARTS_A_WARM_WORKER = """
import os, sys, time
os.getloadavg = lambda: (0.0, 0.0, 0.0)
from kg.pipeline import start_warm_worker
warm = start_warm_worker(2, None, "https://example.org/")
print(warm.proc.pid, flush=True)
time.sleep(120)
"""


def test_the_warm_worker_dies_with_a_build_killed_by_sigkill() -> None:
    """A build killed with kill -9 leaves no warm worker behind (the fork had copied the build's
    end of their pipe, so the worker never read EOF and slept on, an orphan, in the test suite)."""
    import signal
    import subprocess
    import sys
    import time

    proc = subprocess.Popen([sys.executable, "-c", _STARTS_A_WARM_WORKER], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None
        worker = int(proc.stdout.readline())
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and _running(worker):
            time.sleep(0.05)
        assert not _running(worker), f"the warm worker {worker} outlived its build"
    finally:
        if proc.poll() is None:
            proc.kill()


def _running(pid: int) -> bool:
    """Alive and not a zombie (an orphan is reaped by init, a zombie waits for its parent)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _deadly(paths: list[str], *args: object) -> object:
    """:func:`kg.pipeline.process_chunk`, but a worker given albuterol.md dies (the kernel
    killing it for memory, say); at module level, so that a pool can send it to its workers."""
    if any(p.endswith("albuterol.md") for p in paths):
        os._exit(9)
    return _REAL_CHUNK(paths, *args)


def test_a_file_that_kills_the_warm_worker_is_reported_and_the_others_built(tmp_path: Path, corpus: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from kg import pipeline

    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    monkeypatch.setattr(pipeline, "process_chunk", _deadly)  # the forked workers inherit it
    folder, db = setup(tmp_path, corpus)
    from kg.config import load_config

    store = open_store(db)
    report = pipeline.build_checked([folder], store, load_config(environ={}, store=str(db)), link=False,
                                    reason=False, workers=2)
    assert [Path(r.path).name for r in report.failed] == ["albuterol.md"]
    assert "died" in str(report.failed[0].error)
    assert sorted(Path(p.path).name for p in report.published) == ["imiquimod.md", "loratadine.md"]


def test_plan_caches_not_written_for_a_week_are_removed(tmp_path: Path, corpus: Path) -> None:
    stale = tmp_path / "cache" / "plans" / "0123456789abcdef01234567.json"
    stale.parent.mkdir(parents=True)
    stale.write_text("{}", encoding="utf-8")
    week_ago = os.stat(stale).st_mtime - plancache.KEEP_S - 60
    os.utime(stale, (week_ago, week_ago))
    folder, db = setup(tmp_path, corpus)
    kg_build(folder, db)
    assert not stale.exists() and plancache.cache_file(db).exists()
