"""Pages of a SELECT, asked of the engine: ``LIMIT size+1 OFFSET (page-1)*size`` written into the
query's text (so a big result never leaves the engine whole), and its total from a count query
that runs beside it, in another worker, and is bounded twice: it stops counting past
:data:`COUNT_CAP` rows ("more than 100,000"), and the page waits for it at most
:data:`COUNT_SECONDS` after its own rows came ("more than N", N the rows known so far). The count
is cached with the answers, so the next pages of a result reuse it.

A query with its own LIMIT or OFFSET, its own dataset (FROM), or one that is not a SELECT is not
rewritten (:func:`kg.web.sparqltext.select_shape`): its rows are paged as they come.
"""
from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass

from kg.store import Term
from kg.web.executor import Answer, Job, PoolBusy, QueryFailed, QueryTimeout
from kg.web.service import WARMING, Service
from kg.web.sparqltext import count_text, page_text, select_shape

#: rows a count goes up to before it says "more than"
COUNT_CAP = 100_000
#: seconds a page waits for its count once its rows are there (the count runs beside the page
#: query from the start, and may go on after the page was answered, so the next page may find it)
COUNT_SECONDS = 2.0
#: seconds a count may run in all (less when the request's deadline is nearer); one that could
#: not finish in them is not tried again until the next write (it is remembered with the answers)
COUNT_BUDGET = 5.0


@dataclass
class Paged:
    """One page of a SELECT's rows and what is known of the rest."""

    answer: Answer          # at most ``size`` rows (or the page's text in a format)
    page: int               # from 1
    size: int
    has_next: bool
    total: int | None       # None: not counted (see ``uncounted``)
    uncounted: str = ""     # why there is no total ("counting took over 2 s")
    at_least: int = 0       # rows known to exist when there is no total

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size

    @property
    def pages(self) -> int | None:
        return None if self.total is None else max(1, -(-self.total // self.size))

    @property
    def past_end(self) -> bool:
        return self.page > 1 and not self.answer.rows and self.answer.fmt is None

    def total_text(self) -> str:
        return f"{self.total:,}" if self.total is not None else f"more than {self.at_least:,}"


def page_number(raw: str | None) -> int:
    """``?page=``: a whole number from 1 (anything else is the first page)."""
    try:
        return max(1, int(raw)) if raw else 1
    except ValueError:
        return 1


def run_page(svc: Service, text: str, job_for: Callable[[str], Job], *, page: int, size: int,
             bindings: tuple[tuple[str, Term], ...] = (), sort: tuple[str, bool] | None = None,
             timeout: float | None = None, formatted: bool = False) -> Paged | None:
    """Page ``page`` of the SELECT ``text`` (``size`` rows), or None when the text cannot be paged
    by rewriting. ``job_for(text)`` makes the job (checks, formats, dataset); ``formatted``: the
    page is serialised by the engine in the job's format (its rows are not returned)."""
    shape = select_shape(text)
    if shape is None:
        return None
    if sort is not None and shape.projected is not None and sort[0] not in shape.projected:
        sort = None  # not a column of the result: the query's own order
    offset = (page - 1) * size
    job = dataclasses.replace(job_for(page_text(text, shape, size if formatted else size + 1, offset, sort)),
                              bindings=bindings, cap=size + 1)
    counting = count_text(text, shape, COUNT_CAP, tuple(name for name, _ in bindings))
    count = dataclasses.replace(job_for(counting), bindings=bindings, formats=(), cap=1)
    warming = WARMING.get()  # the warm-up: one query at a time, each given its time (kg.web.warm)
    limit = svc.limit(timeout) if warming else min(svc.limit(timeout), COUNT_BUDGET)
    started = time.monotonic()
    # beside the page, in another worker: the page's wait is the count's head start
    counted = None if warming else svc.side.submit(run_count, svc, count, limit)
    answer = svc.run(job, timeout)
    rows = len(answer.rows)
    has_next = rows > size
    if has_next:
        answer = dataclasses.replace(answer, rows=answer.rows[:size], truncated=True)
    paged = Paged(answer, page, size, has_next, None)
    # the warm-up counts even a last page: a request for it runs the count beside its page too
    n: int | str = run_count(svc, count, limit) if counted is None else ""
    if not formatted and not has_next and (rows or page == 1):
        paged.total = offset + rows  # the last page is here: no need to wait for the count
        return paged
    try:
        if counted is not None:
            n = counted.result(COUNT_SECONDS)
    except FutureTimeout:
        n = f"counting took over {time.monotonic() - started:.1f} s"
    if isinstance(n, str):
        paged.uncounted = n
    elif n > COUNT_CAP:
        paged.uncounted = f"counting stops at {COUNT_CAP:,}"
        paged.at_least = COUNT_CAP
    else:
        paged.total = n
        paged.has_next = n > offset + size
    if paged.total is None:
        paged.has_next = paged.has_next or formatted  # a formatted page cannot tell: the next may be empty
        paged.at_least = paged.at_least or offset + min(rows, size)
    return paged


#: the answer kind that stands, in the result cache, for a count that could not finish
UNCOUNTED = "uncounted"


def run_count(svc: Service, job: Job, limit: float) -> int | str:
    """The number a count query gives (0 when it gives no row: nothing for the bound values), or
    why there is none."""
    generation = svc.generation
    try:
        counted = svc.run(job, limit)
    except QueryTimeout:
        reason = f"counting takes over {limit:g} s"
        svc.results.put((generation, job), Answer(UNCOUNTED, [], body=reason.encode()))  # not again
        return reason
    except (QueryFailed, PoolBusy) as e:
        return f"it could not be counted ({e.message})"
    if counted.kind == UNCOUNTED:
        return counted.body.decode()
    value = counted.rows[0][-1] if counted.rows else None
    try:
        return int(value.value) if value is not None else 0
    except ValueError:
        return f"the count was {value.value!r}"
