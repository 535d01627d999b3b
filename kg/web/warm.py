"""The first page of every stored query, worked out ahead of the people who ask for it.

At 10,000 monographs the first page of a whole-corpus stored query takes the engine 1-40 s (it
sorts every row to find the first thousand; ``bench/RESULTS.md``, run I), while the answer only
changes with the store. So, when ``kg serve`` starts and after each write, the service asks for
each stored query's first page itself, as a program (``/queries/NAME.json``) and as a person
(``/queries/NAME``) would, and the answers (the page, its count, the labels) go into the result
cache under the store's generation: the next request for them is answered from memory.

Bounded and out of the way: one query at a time, on a side thread of its own, in one query
worker (the others stay free for requests, which never wait for the warm-up); each query may take
:attr:`~kg.web.service.Settings.warm_seconds` (its count too, then it says "more than"); a write
stops the round and starts another for the new generation. Each query's outcome is logged
(``kg.warm``). Off with ``kg serve --no-warm`` (and in apps made without ``warm=True``).
"""
from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field

from flask import Flask

from kg.stored_queries import list_queries
from kg.web.service import WARMING, Service

log = logging.getLogger("kg.warm")


@dataclass
class Warmed:
    """What the last round did for one stored query."""

    seconds: float
    outcome: str            # "1,000 rows of 90,006", "failed: …"
    generation: int


@dataclass
class Warmer:
    app: Flask
    done: dict[str, Warmed] = field(default_factory=dict)
    rounds: int = 0          # rounds finished (every stored query tried for one generation)

    def __post_init__(self) -> None:
        self.svc: Service = self.app.extensions["kg"]
        self._lock = threading.Lock()
        self._running = False
        self._again = False
        self.idle = threading.Event()
        self.idle.set()

    def wake(self) -> None:
        """Start a round (or, when one is running, another after it, for the newer generation)."""
        with self._lock:
            if self._running:
                self._again = True
                return
            self._running, self._again = True, False
            self.idle.clear()
        if not self.svc.in_background(self._loop):
            with self._lock:
                self._running = False
            self.idle.set()

    def _loop(self) -> None:
        try:
            while True:
                self.round()
                with self._lock:
                    if not self._again:
                        self._running = False
                        break
                    self._again = False
        except Exception:  # noqa: BLE001 - the warm-up must never take the server down
            log.exception("kg: warming the stored queries failed")
            with self._lock:
                self._running = False
        finally:
            self.idle.set()

    def round(self) -> None:
        svc = self.svc
        generation = svc.generation
        started = time.monotonic()
        queries = list_queries(svc.config.queries_dir)
        for stored in queries:
            if svc.closed:
                return
            if svc.generation != generation:
                log.info("kg: warm-up of generation %d stopped by a write", generation)
                return
            t0 = time.monotonic()
            outcome = self.warm(stored.name)
            self.done[stored.name] = Warmed(time.monotonic() - t0, outcome, generation)
            log.info("kg: warmed /queries/%s in %.1f s: %s", stored.name, time.monotonic() - t0, outcome)
        self.rounds += 1
        log.info("kg: warmed the first pages of %d stored queries in %.1f s (generation %d)",
                 len(queries), time.monotonic() - started, generation)

    def warm(self, name: str) -> str:
        """The first page of one stored query, as a program and as a person ask for it."""
        from kg.web.pages import stored_query

        token = WARMING.set(True)
        try:
            with self.app.test_request_context(f"/queries/{name}.json"):
                resp = stored_query(f"{name}.json")
            if resp.status_code != 200:
                return f"failed: {resp.status_code} {resp.get_data(as_text=True)[:200]}"
            page = json.loads(resp.get_data()).get("page", {})
            with self.app.test_request_context(f"/queries/{name}", headers={"Accept": "text/html"}):
                stored_query(name)
        except Exception as e:  # noqa: BLE001 - a timeout, a busy pool: said, and the next query tried
            return f"failed: {getattr(e, 'message', None) or e}"
        finally:
            WARMING.reset(token)
        total = page.get("total")
        rows = page.get("rows", 0)
        return (f"{rows:,} rows of {total:,}" if total is not None
                else f"{rows:,} rows, total unknown ({page.get('uncounted', '')})")


def start(app: Flask) -> Warmer:
    """Warm now and after every write."""
    warmer = Warmer(app)
    svc: Service = app.extensions["kg"]
    svc.extras["warm"] = warmer
    svc.listeners.append(warmer.wake)
    warmer.wake()
    return warmer
