"""Prometheus text metrics and the access log (one line per request, with the query time)."""
from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from dataclasses import dataclass

from flask import Flask, Response, g, request

from kg.web.security import METHODS

access_log = logging.getLogger("kg.web.access")

BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


class Counter:
    def __init__(self) -> None:
        self.value = 0
        self._lock = threading.Lock()

    def inc(self, n: int = 1) -> None:
        with self._lock:
            self.value += n


@dataclass
class Endpoint:
    route: str
    requests: int
    statuses: list[tuple[int, int]]
    mean: float
    median_at_most: float | None  # None: above the largest bucket


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: dict[tuple[str, str, int], int] = defaultdict(int)
        self.buckets: dict[str, list[int]] = defaultdict(lambda: [0] * len(BUCKETS))
        self.sums: dict[str, float] = defaultdict(float)
        self.counts: dict[str, int] = defaultdict(int)
        self.timeouts = Counter()
        self.queries = Counter()
        self.errors = Counter()
        self.cache_hits = Counter()

    def observe(self, endpoint: str, method: str, status: int, seconds: float) -> None:
        with self._lock:
            self.requests[(endpoint, method, status)] += 1
            row = self.buckets[endpoint]
            for i, bound in enumerate(BUCKETS):
                if seconds <= bound:
                    row[i] += 1
            self.sums[endpoint] += seconds
            self.counts[endpoint] += 1
        if status >= 500 and status != 501:  # 501: a method we do not implement, the client's doing
            self.errors.inc()

    def counters(self) -> list[tuple[str, int]]:
        """The service-wide counters, by what they count (for the page)."""
        return [("queries run by the engine", self.queries.value), ("answers from the cache", self.cache_hits.value),
                ("queries stopped at their deadline", self.timeouts.value),
                ("responses with a 5xx status (but 501)", self.errors.value)]

    def by_endpoint(self) -> list[Endpoint]:
        """Requests per route: statuses, mean and median time (the median from the histogram's
        buckets: the bound of the bucket it falls in)."""
        out = []
        with self._lock:
            for ep in sorted(self.counts):
                statuses: dict[int, int] = defaultdict(int)
                for (e, _, status), n in self.requests.items():
                    if e == ep:
                        statuses[status] += n
                n = self.counts[ep]
                median = next((b for b, c in zip(BUCKETS, self.buckets[ep]) if c * 2 >= n), None)
                out.append(Endpoint(ep, n, sorted(statuses.items()), self.sums[ep] / n if n else 0.0, median))
        return out

    def render(self) -> str:
        out = ["# HELP kg_http_requests_total HTTP requests by endpoint, method and status.",
               "# TYPE kg_http_requests_total counter"]
        with self._lock:
            for (ep, method, status), n in sorted(self.requests.items()):
                out.append(f'kg_http_requests_total{{endpoint="{ep}",method="{method}",status="{status}"}} {n}')
            out += ["# HELP kg_http_request_duration_seconds Time to answer a request.",
                    "# TYPE kg_http_request_duration_seconds histogram"]
            for ep in sorted(self.buckets):
                for bound, n in zip(BUCKETS, self.buckets[ep]):
                    out.append(f'kg_http_request_duration_seconds_bucket{{endpoint="{ep}",le="{bound:g}"}} {n}')
                out.append(f'kg_http_request_duration_seconds_bucket{{endpoint="{ep}",le="+Inf"}} '
                           f"{self.counts[ep]}")
                out.append(f'kg_http_request_duration_seconds_sum{{endpoint="{ep}"}} {self.sums[ep]:.6f}')
                out.append(f'kg_http_request_duration_seconds_count{{endpoint="{ep}"}} {self.counts[ep]}')
        for name, help_, c in (("kg_queries_total", "Queries run by the engine.", self.queries),
                               ("kg_query_timeouts_total", "Queries stopped at their deadline.", self.timeouts),
                               ("kg_http_errors_total", "Responses with a 5xx status (but 501).", self.errors),
                               ("kg_cache_hits_total", "Answers served from the result cache.", self.cache_hits)):
            out += [f"# HELP {name} {help_}", f"# TYPE {name} counter", f"{name} {c.value}"]
        return "\n".join(out) + "\n"


def register(app: Flask, metrics: Metrics) -> None:
    @app.before_request
    def _start() -> None:
        g.started = time.perf_counter()

    @app.after_request
    def _finish(resp: Response) -> Response:
        seconds = time.perf_counter() - g.get("started", time.perf_counter())
        endpoint = request.url_rule.rule if request.url_rule is not None else "unmatched"
        # labels from a bounded set: a made-up method must not add a series per request
        method = request.method if request.method in METHODS else "OTHER"
        metrics.observe(endpoint, method, resp.status_code, seconds)
        if access_log.isEnabledFor(logging.INFO):
            query = g.get("query_seconds")
            extra = ""
            if query is not None:
                text = " ".join(str(g.get("query_text", ""))[:240].split())  # not all of a 10 MB text
                extra = f' query={query * 1000:.1f}ms "{text[:120]}"'
            access_log.info('%s "%s %s" %d %.1fms%s', request.remote_addr, request.method[:20],
                            request.full_path.rstrip("?"), resp.status_code, seconds * 1000, extra)
        return resp
