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
import sqlite3
import threading
from typing import Any

from kg.store import OxigraphStore
from kg.web.executor import QueryPool, QueryTimeout

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
