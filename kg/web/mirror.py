"""Serve from memory, persist to disk: an in-memory copy of an on-disk store.

Queries run on the copy (pyoxigraph's in-memory storage answers several times faster than
RocksDB, and forked query workers inherit it copy-on-write); every write goes to the disk store
first, then to the copy, so a restart loses nothing. ``kg serve --memory`` uses it.
"""
from __future__ import annotations

from kg.store import OxigraphStore


class MemoryMirror(OxigraphStore):
    def __init__(self, disk: OxigraphStore) -> None:
        super().__init__(None)
        self.disk = disk
        super().load(disk.export("nquads"), "nquads")

    def update(self, sparql: str) -> None:
        self.disk.update(sparql)
        super().update(sparql)

    def load(self, data: bytes | str, fmt: str, graph: str | None = None) -> None:
        self.disk.load(data, fmt, graph)
        super().load(data, fmt, graph)

    def flush(self) -> None:
        self.disk.flush()
