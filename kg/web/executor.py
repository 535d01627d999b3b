"""Queries with a deadline that really stops the work: a warm pool of forked worker processes.

pyoxigraph cannot cancel a query: an aggregate over a cartesian product runs inside Rust for
minutes. So every user query runs in a worker process that the server can kill. Workers are
forked from the server (an in-memory store is inherited copy-on-write; an on-disk store is
re-opened read-only in the child, which RocksDB allows beside the server's read-write handle).
A request borrows an idle worker, sends it the job over a pipe and waits at most until its
deadline; past it the worker is killed (SIGKILL frees its core at once) and a fresh one is
forked on demand, while the other workers keep answering. After a write the pool's generation
moves on and workers of an older generation are replaced before their next job.

``size=0`` runs jobs in the calling thread instead (no fork; the deadline is then only checked
between rows, so it cannot stop an aggregate): for embedding and debugging.
"""
from __future__ import annotations

import contextlib
import ctypes
import multiprocessing as mp
import os
import signal
import threading
import time
from dataclasses import dataclass, field
from typing import Any

from kg.errors import KgError, QueryError
from kg.store import OxigraphStore, RemoteStore, Term

Store = OxigraphStore | RemoteStore


class QueryTimeout(KgError):
    """The query was stopped at its deadline."""


class PoolBusy(KgError):
    """No query worker became free before the request's deadline."""


class QueryFailed(KgError):
    """The engine refused or failed the query; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass(frozen=True)
class Job:
    """One query (hashable, so answers can be cached). ``formats`` pairs an answer kind with
    the format to serialise it in; a kind missing there is answered as rows (at most ``cap``)."""

    sparql: str
    formats: tuple[tuple[str, str], ...] = ()
    cap: int = 1000
    union: bool = True
    default_graph: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    bindings: tuple[tuple[str, Term], ...] = ()


@dataclass
class Answer:
    kind: str
    variables: list[str]
    fmt: str | None = None
    body: bytes = b""
    rows: list[Any] = field(default_factory=list)  # list[list[Term|None]] or triples
    boolean: bool | None = None
    truncated: bool = False
    seconds: float = 0.0


def execute(store: Store, job: Job, deadline: float | None = None) -> Answer:
    """Run ``job`` on ``store`` (in this process). Raises :class:`QueryFailed`."""
    started = time.perf_counter()
    try:
        result = store.query(job.sparql, union=job.union,
                             default_graph=list(job.default_graph) if job.default_graph is not None else None,
                             named_graphs=list(job.named_graphs) if job.named_graphs is not None else None,
                             bindings=dict(job.bindings) or None)
        answer = Answer(result.kind, result.variables)
        fmt = dict(job.formats).get(result.kind)
        if fmt is not None:
            answer.fmt, answer.body = fmt, result.serialize(fmt)
        elif result.kind == "boolean":
            answer.boolean = result.boolean
        else:
            rows = result.rows() if result.kind == "bindings" else result.triples()
            for row in rows:
                if len(answer.rows) >= job.cap:
                    answer.truncated = True
                    break
                if deadline is not None and time.monotonic() > deadline:
                    raise QueryTimeout("the query was stopped at its deadline")
                answer.rows.append(row)
    except QueryError as e:
        syntax = isinstance(e.__cause__, SyntaxError) or "malformed" in e.message
        raise QueryFailed(" ".join(str(e).split()), 400 if syntax else 500) from e
    answer.seconds = time.perf_counter() - started
    return answer


def _die_with_parent() -> None:
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def _worker_main(conn: Any, store: Store, setup: Any = None) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if setup is not None:  # e.g. kg.web.sandbox.deny_network
        setup()
    if isinstance(store, OxigraphStore) and store.path is not None:
        store = OxigraphStore(store.path, read_only=True)
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            break
        if job is None:
            break
        try:
            conn.send(("ok", execute(store, job)))
        except QueryFailed as e:
            conn.send(("error", e.status, e.message))
        except Exception as e:  # noqa: BLE001 -- the worker's outermost edge: report, keep serving
            conn.send(("error", 500, f"{type(e).__name__}: {' '.join(str(e).split())}"))
    os._exit(0)


class _Worker:
    def __init__(self, proc: Any, conn: Any, generation: int) -> None:
        self.proc, self.conn, self.generation = proc, conn, generation

    @property
    def pid(self) -> int:
        return int(self.proc.pid)

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.proc.kill()
            self.proc.join(2)
        with contextlib.suppress(Exception):
            self.conn.close()


class QueryPool:
    """At most ``size`` worker processes over ``store``; see the module docstring."""

    def __init__(self, store: Store, size: int = 2, *,
                 fork_lock: threading.Lock | None = None, setup: Any = None) -> None:
        self.store = store
        self.setup = setup  # called in each worker before its first job
        self.size = max(0, size)
        self.generation = 0
        self.timeouts = 0
        self._fork_lock = fork_lock or threading.Lock()
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._live = 0
        self._closed = False
        self._ctx = mp.get_context("fork")

    # -- public -----------------------------------------------------------------------------------
    def run(self, job: Job, timeout: float) -> Answer:
        deadline = time.monotonic() + timeout
        if self.size == 0:
            return execute(self.store, job, deadline)
        worker = self._checkout(deadline)
        try:
            worker.conn.send(job)
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._discard(worker)
                with self._cond:
                    self.timeouts += 1
                raise QueryTimeout(f"the query was stopped at its {timeout:g} s deadline")
            reply = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as e:
            self._discard(worker)
            raise QueryFailed("the query worker died while running this query", 500) from e
        self._checkin(worker)
        if reply[0] == "ok":
            return reply[1]  # type: ignore[no-any-return]
        raise QueryFailed(reply[2], reply[1])

    def invalidate(self) -> None:
        """The store changed: workers of older generations are replaced before their next job."""
        with self._cond:
            self.generation += 1
            stale = [w for w in self._idle]
            self._idle.clear()
            self._live -= len(stale)
            self._cond.notify_all()
        for w in stale:
            w.kill()

    def pids(self) -> list[int]:
        with self._cond:
            return [w.pid for w in (*self._idle, *self._busy)]

    def close(self) -> None:
        with self._cond:
            self._closed = True
            workers = [*self._idle, *self._busy]
            self._idle.clear()
            self._busy.clear()
            self._live = 0
        for w in workers:
            w.kill()

    # -- internals --------------------------------------------------------------------------------
    def _checkout(self, deadline: float) -> _Worker:
        with self._cond:
            while True:
                if self._closed:
                    raise QueryFailed("the service is shutting down", 503)
                while self._idle:
                    w = self._idle.pop()
                    if w.generation == self.generation and w.proc.is_alive():
                        self._busy.add(w)
                        return w
                    self._live -= 1
                    threading.Thread(target=w.kill, daemon=True).start()
                if self._live < self.size:
                    self._live += 1
                    generation = self.generation
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise PoolBusy(f"all {self.size} query workers stayed busy until the deadline; "
                                   "try again or lower the load")
                self._cond.wait(remaining)
        try:
            w = self._spawn(generation)
        except Exception:
            with self._cond:
                self._live -= 1
                self._cond.notify()
            raise
        with self._cond:
            self._busy.add(w)
        return w

    def _spawn(self, generation: int) -> _Worker:
        parent, child = self._ctx.Pipe(duplex=True)
        proc = self._ctx.Process(target=_worker_main, args=(child, self.store, self.setup), daemon=True,
                                 name="kg-query-worker")
        with self._fork_lock:  # never fork while the server writes to the store
            proc.start()
        child.close()
        return _Worker(proc, parent, generation)

    def _checkin(self, w: _Worker) -> None:
        with self._cond:
            self._busy.discard(w)
            if self._closed or w.generation != self.generation:
                self._live -= 1
                stale = True
            else:
                self._idle.append(w)
                stale = False
            self._cond.notify()
        if stale:
            w.kill()

    def _discard(self, w: _Worker) -> None:
        with self._cond:
            self._busy.discard(w)
            self._live -= 1
            self._cond.notify()
        w.kill()
