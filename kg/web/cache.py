"""A bounded LRU cache of query answers, keyed by the store's generation and the job.

The graph changes only through this service (or a rebuild and restart), so an answer stays
right until the next write moves the generation on. Big answers are not kept; the total is
bounded in bytes. ``max_bytes=0`` turns the cache off.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Hashable

from kg.web.executor import Answer


def answer_size(answer: Answer) -> int:
    return len(answer.body) + 200 * len(answer.rows) * max(1, len(answer.variables)) + 200


class ResultCache:
    def __init__(self, max_bytes: int = 64 * 1024 * 1024, max_item: int = 2 * 1024 * 1024) -> None:
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
        size = answer_size(answer)
        if self.max_bytes <= 0 or size > self.max_item:
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

    def clear(self) -> None:
        with self._lock:
            self._items.clear()
            self.size = 0
