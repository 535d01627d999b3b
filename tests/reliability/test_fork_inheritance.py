"""A forked worker never collects the objects it inherited from the server.

Under the full suite's load, an update's one-triple trial once ran to its 10 s deadline (a 503). With the
trial caught by py-spy at the deadline: the child's garbage collector was finalizing an old search index's
SQLite connection, inherited from the server, and waited for SQLite's allocator mutex, which the server's
thread building the new index held at the moment of the fork (a fork copies one thread; a lock held by
another stays held in the child for ever). Here a thread of this process works SQLite without pause while
trials are forked beside cyclic garbage that holds open connections, and each trial collects garbage first:
without kg.web.executor freezing what a child inherits, one of the first few trials hangs (the test failed 3
times out of 3 with the freeze taken out, in 4-6 s each), with it none of 40 does."""
from __future__ import annotations

import gc
import os
import sqlite3
import subprocess
import sys
import threading
from typing import Any

import pytest

from kg.store import OxigraphStore
from kg.web.executor import ForkSafeReads, QueryPool, QueryTimeout

TEXT = "INSERT DATA { <http://example.org/s> <http://example.org/p> 1 }"


class CollectingUpdate:
    """A write that sets off a full collection in the trial first, as any allocation there may."""

    def prepare(self) -> str:
        return TEXT

    def run(self, store: Any, deadline: float | None = None) -> str:
        gc.collect()
        store.update(TEXT)
        return TEXT


def _churn(stop: threading.Event) -> None:
    while not stop.is_set():
        db = sqlite3.connect(":memory:")
        db.execute("CREATE TABLE t (x)")
        db.executemany("INSERT INTO t VALUES (?)", ((i,) for i in range(200)))
        db.close()


def test_a_trial_does_not_hang_on_a_lock_another_thread_held_at_the_fork() -> None:
    pool = QueryPool(OxigraphStore(None), 1)
    stop = threading.Event()
    worker = threading.Thread(target=_churn, args=(stop,), daemon=True)
    gc.disable()
    try:
        for _ in range(50):  # unreachable cycles holding open connections, as a replaced search index is
            holder: dict[str, Any] = {"db": sqlite3.connect(":memory:", check_same_thread=False)}
            holder["db"].execute("SELECT 1").fetchall()
            holder["self"] = holder
            del holder
        worker.start()
        hung = []
        for i in range(40):
            try:
                assert pool.trial(CollectingUpdate(), 3.0) == TEXT
            except QueryTimeout:
                hung.append(i)
                break
    finally:
        stop.set()
        worker.join(10)
        gc.enable()
        pool.close()
    assert not hung, f"trial {hung[0]} hung until its deadline"


class EmptyingUpdate:
    """A write that touches every triple of the store (each of its index shards)."""

    def prepare(self) -> str:
        return TEXT

    def run(self, store: Any, deadline: float | None = None) -> str:
        store.update("DELETE WHERE { ?s <http://example.org/n> ?o }")
        store.update(TEXT)
        return TEXT


def _read(store: Any, stop: threading.Event) -> None:
    while not stop.is_set():
        assert list(store.query("SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o }").rows())


def _first_hang(gated: bool, trials: int) -> int | None:
    """The first of ``trials`` update trials that hangs until its deadline while two threads read the store,
    through the pool's gate or not; None when none does."""
    store = OxigraphStore(None)
    store.update("INSERT DATA { " + " ".join(f"<http://example.org/s{i}> <http://example.org/n> {i} ."
                                              for i in range(5000)) + " }")
    pool = QueryPool(store, 1)
    reads = ForkSafeReads(store, pool.gate) if gated else store
    stop = threading.Event()
    readers = [threading.Thread(target=_read, args=(reads, stop), daemon=True) for _ in range(2)]
    for t in readers:
        t.start()
    try:
        for i in range(trials):
            try:
                pool.trial(EmptyingUpdate(), 3.0)
            except QueryTimeout:
                return i
        return None
    finally:
        stop.set()
        for t in readers:
            t.join(10)
        pool.close()


def test_a_trial_does_not_hang_on_a_lock_the_engine_held_for_a_read_at_the_fork() -> None:
    """The server's own threads read an in-memory store (pages, Graph Store GET) while updates fork
    their trials. The engine locks parts of its indexes while it reads; a trial forked then inherited
    such a lock held and its write waited on it until the deadline (10 of 200 trials, two threads
    reading). First the hazard is shown without the gate (one of 200 trials hangs); then, through the
    pool's gate (kg.web.executor.ForkSafeReads, what kg.web.service gives the server's threads for an
    in-memory store), no trial of 100 hangs. The race is a matter of timing: once in a full suite none of
    the 200 ungated trials hung, and a test that asserted the hang failed; when the hazard does not show,
    the gated run would prove nothing, and the test says so by skipping."""
    if _first_hang(gated=False, trials=200) is None:
        pytest.skip("no ungated trial hung this time: the gate's test would prove nothing")
    hung = _first_hang(gated=True, trials=100)
    assert hung is None, f"trial {hung} hung until its deadline"


def test_an_in_memory_service_reads_through_the_gate(tmp_path: Any) -> None:
    from kg.config import load_config
    from kg.web.service import Service, Settings

    memory = Service(load_config(environ={}), OxigraphStore(None), Settings(workers=1))
    disk = Service(load_config(environ={}), OxigraphStore(tmp_path / "store"), Settings(workers=1))
    try:
        assert isinstance(memory.store, ForkSafeReads)
        assert isinstance(disk.store, OxigraphStore)
    finally:
        memory.pool.close()
        disk.pool.close()
        disk.store.close()


def test_every_read_of_a_store_goes_through_the_gate() -> None:
    """A read method added to the store must be gated too, or a fork can inherit its locks."""
    public = {n for n in dir(OxigraphStore) if not n.startswith("_")} | {"__len__"}
    writes = {"replace_graphs", "load", "drop_graphs", "update", "flush", "close", "backup", "detached", "path"}
    assert public - writes == set(ForkSafeReads.READS), public - writes ^ set(ForkSafeReads.READS)


def _write(store: OxigraphStore, stop: threading.Event, lock: threading.Lock) -> None:
    """Writes that keep the engine's background threads (flushes, compactions) busy, one at a time with the trials
    (as the service makes them: kg.web.service.Service.write_lock)."""
    i = 0
    while not stop.is_set():
        i += 1
        with lock:
            store.update("INSERT DATA { " + " ".join(f"<http://example.org/w{i}-{k}> <http://example.org/n> {k} ."
                                                      for k in range(200)) + " }")
            store.flush()


def test_an_on_disk_trial_opens_its_copy_in_a_process_that_never_touched_the_engine(tmp_path: Any) -> None:
    """An update on an on-disk store runs in a trial process on a checkpoint of it. Forked from the server, that
    process opened the checkpoint with RocksDB's thread pool as the fork left it, its lock held by one of the
    server's background threads that the fork did not copy, and waited for ever (py-spy: in
    rocksdb::ThreadPoolImpl::Impl::Submit, under OxigraphStore.__init__): 4 runs of 18 of
    tests/reliability/test_runtime_writers.py failed so beside two CPU burners. Trials (and readers) of an on-disk
    store now start from a clean process (kg.web.executor, the forkserver). The race is narrow: with the change
    taken out, this test failed once in three runs beside two CPU burners started outside it and passed 4 times
    in 4 with burners of its own; the next test checks the clean start itself."""
    store = OxigraphStore(tmp_path / "store")
    pool = QueryPool(store, 1)
    stop, lock = threading.Event(), threading.Lock()
    # the hang needs the server's background threads slowed down, as under a full suite: busy processes beside it
    burners = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(3)]
    writer = threading.Thread(target=_write, args=(store, stop, lock), daemon=True)
    writer.start()
    hung = []
    try:
        for i in range(150):
            try:
                with lock:
                    assert pool.trial(CollectingUpdate(), 5.0) == TEXT
            except QueryTimeout:
                hung.append(i)
                break
    finally:
        for b in burners:
            b.kill()
            b.wait()
        stop.set()
        writer.join(30)
        pool.close()
        store.close()
    assert not hung, f"trial {hung[0]} hung until its deadline"


class WhereAmI:
    """A write that says which process ran its trial, and that process's parent."""

    def prepare(self) -> str:
        return TEXT

    def run(self, store: Any, deadline: float | None = None) -> str:
        store.update(TEXT)
        return f"{os.getpid()} {os.getppid()}"


def test_on_disk_trials_and_readers_are_not_forked_from_the_server(tmp_path: Any) -> None:
    """What keeps the engine's locks out of them: they come from the forkserver, a process that never opened a
    store, not from this one (whose store's background threads run); an in-memory store's are still forked from
    it (that is how they get the store)."""
    disk, memory = OxigraphStore(tmp_path / "store"), OxigraphStore(None)
    pools = [QueryPool(disk, 1), QueryPool(memory, 1)]
    try:
        on_disk, in_memory = ([int(x) for x in pool.trial(WhereAmI(), 20.0).split()] for pool in pools)
        assert on_disk[1] != os.getpid() and on_disk[0] != os.getpid()
        assert in_memory[1] == os.getpid()
        reader = pools[0]._spawn(0)  # noqa: SLF001 -- a reader of the on-disk store
        assert _parent_of(reader.pid) != os.getpid()
        reader.kill()
    finally:
        for pool in pools:
            pool.close()
        disk.close()


def _parent_of(pid: int) -> int:
    """A process's parent, read from /proc."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as f:
        return int(f.read().rsplit(")", 1)[1].split()[1])
