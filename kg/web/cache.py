"""A bounded LRU cache of query answers, keyed by the store's generation and the job.

The graph changes only through this service (or a rebuild and restart), so an answer stays
right until the next write moves the generation on. The bound is in bytes and counts each
entry's key (the query text, its graphs and bindings) as well as its answer: an entry bigger
than ``max_item`` is not kept, so neither a huge answer nor a huge query text stays in memory.
``max_bytes=0`` turns the cache off.
"""
from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from collections.abc import Hashable

from kg.web.executor import Answer

#: what an entry costs besides its strings (objects, dict slot, list cells), roughly
OVERHEAD = 200
#: the largest entry kept: a first page of 1,000 rows of 11 columns (coverage.rq) counts 2.2 MB
MAX_ITEM = 4 * 1024 * 1024


def answer_size(answer: Answer) -> int:
    return len(answer.body) + OVERHEAD * len(answer.rows) * max(1, len(answer.variables)) + OVERHEAD


def key_size(key: object) -> int:
    """The bytes a key holds, roughly: its strings and bytes, through tuples and dataclasses."""
    total, stack = 0, [key]
    while stack:
        item = stack.pop()
        total += 64
        if isinstance(item, str | bytes):
            total += len(item)
        elif isinstance(item, tuple | list | frozenset):
            stack.extend(item)
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item))
    return total


class ResultCache:
    def __init__(self, max_bytes: int = 64 * 1024 * 1024, max_item: int = MAX_ITEM) -> None:
        self.max_bytes = max_bytes
        self.max_item = min(max_item, max_bytes)
        self.size = 0
        self.hits = 0
        self.misses = 0
        self._items: OrderedDict[Hashable, tuple[Answer, int]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: Hashable) -> Answer | None:
        if self.max_bytes <= 0:
            return None
        with self._lock:
            item = self._items.get(key)
            if item is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return item[0]

    def put(self, key: Hashable, answer: Answer) -> None:
        if self.max_bytes <= 0:
            return
        size = answer_size(answer)
        if size > self.max_item or (size := size + key_size(key)) > self.max_item:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self.size -= old[1]
            self._items[key] = (answer, size)
            self.size += size
            while self.size > self.max_bytes and self._items:
                _, (_, dropped) = self._items.popitem(last=False)
                self.size -= dropped

    def __len__(self) -> int:
        return len(self._items)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.size = 0
