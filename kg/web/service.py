"""The state of one web app: settings, the store, the query pool, caches and metrics.

One :class:`Service` per app, kept in ``app.extensions["kg"]`` (no module-level state).
"""
from __future__ import annotations

import contextlib
import contextvars
import ctypes
import os
import threading
import time
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from flask import current_app, g, has_app_context

from kg.config import Config
from kg.store import RemoteStore
from kg.web.cache import ResultCache
from kg.web.executor import Answer, ForkSafeReads, Job, QueryPool, QueryTimeout, Store, Task, WriteTask
from kg.web.metrics import Metrics
from kg.web.sandbox import deny_network

#: an on-disk store is flushed once this many bytes of updates went in since the last time
#: (counting each write as WRITE_COST more): a fraction of a second of writes, at most
FLUSH_AFTER = 64 * 1024
WRITE_COST = 1024
#: a request text this long leaves megabytes of freed buffers behind (the body, its decoding,
#: the job sent to a worker): they are handed back to the system at once
BIG_TEXT = 1024 * 1024


def give_back_memory() -> None:
    """Return the heap's free pages to the system (glibc ``malloc_trim``), so that one big
    request does not keep the server's resident memory up for good."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def preload_checker() -> None:
    """Import the SERVICE checker's parser (rdflib's, 0.5-1 s) in the server before workers are
    forked: each inherits it rather than import it inside a request's deadline."""
    import rdflib.plugins.sparql.algebra  # noqa: F401
    import rdflib.plugins.sparql.parser  # noqa: F401


#: set while the service warms its cache (:mod:`kg.web.warm`): the queries of that thread run
#: under :attr:`Settings.warm_seconds`, not the deadline of a request
WARMING: contextvars.ContextVar[bool] = contextvars.ContextVar("kg_warming", default=False)


def _default_workers() -> int:
    return max(2, os.cpu_count() or 2)


@dataclass(frozen=True)
class Settings:
    """How the service behaves; ``kg serve`` options map one to one onto these."""

    timeout: float = 10.0               # seconds a query may run (a request may ask for less)
    page_rows: int = 1000               # rows shown on HTML pages and in JSON pages
    max_request_bytes: int = 10 * 1024 * 1024
    workers: int = field(default_factory=_default_workers)  # query worker processes (0: in-thread)
    service_allow: tuple[str, ...] = ()  # hosts SERVICE may call
    update_token: str | None = None     # SPARQL Update / Graph Store writes need this bearer token
    search_limit: int = 20
    search_wait: float = 2.0            # seconds a search waits for the index being built, then 503
    cache_bytes: int = 64 * 1024 * 1024  # answers kept until the next write (0: no cache)
    cors: tuple[str, ...] = ()          # origins that may read answers cross-origin ('*': any)
    worker_memory: int = 2048           # MiB a worker (query, update trial, dump) may allocate (0: no bound)
    dump_timeout: float = 120.0         # seconds a /dump may take (it is written in a worker too)
    warm: bool = False                  # warm the first pages of the stored queries (kg serve: on)
    warm_seconds: float = 120.0         # seconds a warming query (a first page, its count) may take (at least timeout)

    @classmethod
    def from_config(cls, config: Config, **overrides: Any) -> Settings:
        extra: Mapping[str, str] = config.extra or {}
        values: dict[str, Any] = {"update_token": config.update_token}
        if "timeout" in extra:
            values["timeout"] = float(extra["timeout"])
        if "service_allow" in extra:
            values["service_allow"] = tuple(h for h in extra["service_allow"].split(",") if h)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return cls(**values)


class _Flight:
    """A value being built for :meth:`Service.cached`; ``done`` is set when it is (or failed)."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.ok = False
        self.value: Any = None


class Service:
    def __init__(self, config: Config, store: Store, settings: Settings) -> None:
        self.config = config
        self.store = store
        self.settings = settings
        self.write_lock = threading.Lock()  # one write at a time: its trial, then its change
        self.change_lock = threading.Lock()  # held while the served store changes: no fork then
        self.pool = QueryPool(store, settings.workers, fork_lock=self.change_lock,
                              setup=None if settings.service_allow or isinstance(store, RemoteStore)
                              else deny_network,  # no SERVICE host: workers get no network
                              memory_mb=settings.worker_memory, preload=preload_checker)
        if self.pool.mode == "memory" and self.pool.size > 0:  # the server's own reads: no fork inside them
            self.store = ForkSafeReads(store, self.pool.gate)  # type: ignore[assignment,arg-type]
        self.metrics = Metrics()
        self.results = ResultCache(settings.cache_bytes)
        self.generation = 0
        self.closed = False
        self._unflushed = 0
        self.started = time.time()
        self._caches: dict[str, Any] = {}
        self._building: dict[tuple[str, int], _Flight] = {}
        self._cache_lock = threading.Lock()
        #: called after each write (the search index starts its rebuild); state kept by other
        #: modules for this service (``extras["search"]``: kg.web.search's index)
        self.listeners: list[Callable[[], None]] = []
        self.extras: dict[str, Any] = {}
        #: work beside a request (the count of a paged result, kg.web.paging), on threads that live
        #: as long as the app: a query worker dies with the thread that forked it (PR_SET_PDEATHSIG)
        #: (and, one more, the warm-up of the stored queries' first pages, kg.web.warm)
        self.side = ThreadPoolExecutor(max_workers=max(1, settings.workers) + (1 if settings.warm else 0),
                                       thread_name_prefix="kg-side")

    # -- queries ----------------------------------------------------------------------------------
    def limit(self, timeout: float | None, longest: float | None = None) -> float:
        """The deadline of a request that asks for ``timeout`` seconds (None: the longest)."""
        if longest is None:
            longest = max(self.settings.timeout, self.settings.warm_seconds) if WARMING.get() else self.settings.timeout
        return longest if timeout is None else min(timeout, longest)

    def run(self, job: Job, timeout: float | None = None) -> Answer:
        limit = self.limit(timeout)
        started = time.perf_counter()
        key = (self.generation, job)
        cached = self.results.get(key)
        if cached is not None:
            if has_app_context():
                g.query_seconds, g.query_text = 0.0, job.sparql
            self.metrics.cache_hits.inc()
            return cached
        try:
            answer = self.pool.run(job, limit)
        except QueryTimeout:
            self.metrics.timeouts.inc()
            raise
        finally:
            if has_app_context():
                g.query_seconds = time.perf_counter() - started
                g.query_text = job.sparql
            if len(job.sparql) > BIG_TEXT:
                give_back_memory()
        self.metrics.queries.inc()
        self.results.put(key, answer)
        return answer

    def call(self, task: Task, timeout: float | None = None, *, what: str = "query",
             longest: float | None = None, crash_status: int = 400) -> Any:
        """``task`` in a query worker, under the deadline and the memory bound (never cached)."""
        try:
            return self.pool.run(task, self.limit(timeout, longest), what, crash_status)
        except QueryTimeout:
            self.metrics.timeouts.inc()
            raise

    # -- writes -----------------------------------------------------------------------------------
    def update(self, task: WriteTask, timeout: float | None = None) -> None:
        """A SPARQL update: first run whole on a copy of the store in a one-off process (killed
        at the deadline or past the memory bound, so a crash or a runaway never reaches the served
        store), then applied as it ran there."""
        limit = self.limit(timeout)
        with self.write_lock:
            try:
                text = self.pool.trial(task, limit)
            except QueryTimeout:
                self.metrics.timeouts.inc()
                raise
            self._apply(text)
        self.changed()
        if len(text) > BIG_TEXT:
            give_back_memory()

    def write(self, text: str, *, replayable: bool = False) -> None:
        """An update whose text the service made itself and knows to be cheap (the flat
        N-Triples of a Graph Store body read in a worker, DROP GRAPH). ``replayable``: applying
        it again to the same store gives the same quads, and again once more changes nothing
        (no blank nodes, nothing computed), so readers of an in-memory store can apply it too."""
        with self.write_lock:
            self._apply(text)
        self.changed(text if replayable else None)
        if len(text) > BIG_TEXT:
            give_back_memory()

    def _apply(self, text: str) -> None:
        with self.change_lock:
            self.store.update(text)
            # readers of an on-disk store open it again after each write, and an open replays
            # the write-ahead log: flushed now and then, it stays short (and the opens quick)
            self._unflushed += len(text) + WRITE_COST
            if self.pool.mode == "disk" and self._unflushed > FLUSH_AFTER:
                self.store.flush()
                self._unflushed = 0

    def changed(self, replay: str | None = None) -> None:
        with self._cache_lock:
            self.generation += 1
            self._caches.clear()
        self.results.clear()
        self.pool.invalidate(replay)
        for listener in self.listeners:
            listener()

    # -- caches dropped on every write -------------------------------------------------------------
    def cached(self, key: str, build: Callable[[], Any]) -> Any:
        """``build()`` once per write: the keys are a fixed few (never a request's text), and
        requests that want a value being built wait for that build rather than start another."""
        with self._cache_lock:
            if key in self._caches:
                return self._caches[key]
            generation = self.generation
            flight = self._building.get((key, generation))
            owner = flight is None
            if flight is None:
                flight = self._building[(key, generation)] = _Flight()
        if not owner and flight.done.wait(max(60.0, self.settings.timeout)) and flight.ok:
            return flight.value
        try:
            value = build()
            if owner:
                flight.value, flight.ok = value, True
        finally:
            if owner:
                with self._cache_lock:
                    self._building.pop((key, generation), None)
                flight.done.set()  # a failed build lets each waiter try its own
        with self._cache_lock:
            if generation == self.generation:
                self._caches[key] = value
        return value

    # -- IRIs ---------------------------------------------------------------------------------------
    def local_path(self, iri: str) -> str | None:
        """``/id/drug/imiquimod`` for one of our IRIs, None for anyone else's."""
        base = self.config.base
        return "/id/" + iri[len(base):] if iri.startswith(base) and len(iri) > len(base) else None

    def in_background(self, work: Callable[[], Any]) -> bool:
        """Run ``work`` on the service's long-lived side threads (a query worker dies with the
        thread that forked it, so not on a thread of its own); False when the app is closing."""
        try:
            self.side.submit(work)
        except RuntimeError:
            return False
        return True

    def close(self) -> None:
        self.closed = True  # work in the background (the warm-up) stops at its next step
        self.side.shutdown(wait=False, cancel_futures=True)
        self.pool.close()


def service() -> Service:
    return current_app.extensions["kg"]  # type: ignore[no-any-return]
