"""The state of one web app: settings, the store, the query pool, caches and metrics.

One :class:`Service` per app, kept in ``app.extensions["kg"]`` (no module-level state).
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from flask import current_app, g, has_app_context

from kg.config import Config
from kg.store import RemoteStore
from kg.web.cache import ResultCache
from kg.web.executor import Answer, Job, QueryPool, QueryTimeout, Store
from kg.web.metrics import Metrics
from kg.web.sandbox import deny_network


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
    cache_bytes: int = 64 * 1024 * 1024  # answers kept until the next write (0: no cache)
    cors: tuple[str, ...] = ()          # origins that may read answers cross-origin ('*': any)

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


class Service:
    def __init__(self, config: Config, store: Store, settings: Settings) -> None:
        self.config = config
        self.store = store
        self.settings = settings
        self.write_lock = threading.Lock()
        self.pool = QueryPool(store, settings.workers, fork_lock=self.write_lock,
                              setup=None if settings.service_allow or isinstance(store, RemoteStore)
                              else deny_network)  # no SERVICE host: workers get no network
        self.metrics = Metrics()
        self.results = ResultCache(settings.cache_bytes)
        self.generation = 0
        self.started = time.time()
        self._caches: dict[str, Any] = {}
        self._cache_lock = threading.Lock()

    # -- queries ----------------------------------------------------------------------------------
    def run(self, job: Job, timeout: float | None = None) -> Answer:
        limit = self.settings.timeout if timeout is None else min(timeout, self.settings.timeout)
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
        self.metrics.queries.inc()
        self.results.put(key, answer)
        return answer

    # -- writes -----------------------------------------------------------------------------------
    def write(self, action: Callable[[], Any]) -> Any:
        with self.write_lock:
            result = action()
        self.changed()
        return result

    def changed(self) -> None:
        with self._cache_lock:
            self.generation += 1
            self._caches.clear()
        self.results.clear()
        self.pool.invalidate()

    # -- caches dropped on every write -------------------------------------------------------------
    def cached(self, key: str, build: Callable[[], Any]) -> Any:
        with self._cache_lock:
            if key in self._caches:
                return self._caches[key]
            generation = self.generation
        value = build()
        with self._cache_lock:
            if generation == self.generation:
                self._caches[key] = value
        return value

    # -- IRIs ---------------------------------------------------------------------------------------
    def local_path(self, iri: str) -> str | None:
        """``/id/drug/imiquimod`` for one of our IRIs, None for anyone else's."""
        base = self.config.base
        return "/id/" + iri[len(base):] if iri.startswith(base) and len(iri) > len(base) else None

    def close(self) -> None:
        self.pool.close()


def service() -> Service:
    return current_app.extensions["kg"]  # type: ignore[no-any-return]
