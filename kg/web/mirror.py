"""Serve from memory, persist to disk: an in-memory copy of an on-disk store.

Queries run on the copy (pyoxigraph's in-memory storage answers several times faster than
RocksDB, and forked query workers inherit it copy-on-write); every write goes to the disk store
first, then to the copy, so a restart loses nothing. ``kg serve --memory`` uses it. (A write is
evaluated once for each: where it mints blank nodes or calls RAND() or NOW(), the copy's values
differ from the disk's until the next start, which reads the disk.)
"""
from __future__ import annotations

from kg.store import OxigraphStore


class MemoryMirror(OxigraphStore):
    def __init__(self, disk: OxigraphStore) -> None:
        super().__init__(None)
        self.disk = disk
        # the quads as they are (no sorting or blank-node canonicalisation: a start stays linear)
        super().load("".join(f"{s} {p} {o} <{g}> .\n" if g else f"{s} {p} {o} .\n"
                             for s, p, o, g in disk.quads()), "nquads")

    def update(self, sparql: str) -> None:
        self.disk.update(sparql)
        super().update(sparql)

    def load(self, data: bytes | str, fmt: str, graph: str | None = None) -> None:
        self.disk.load(data, fmt, graph)
        super().load(data, fmt, graph)

    def detached(self) -> OxigraphStore:
        """The in-memory copy alone, its writes reaching no disk: what an update's trial process
        (a fork of the server) writes to."""
        copy = OxigraphStore(None)
        copy._store = self._store  # noqa: SLF001 -- the same engine store, without the mirroring
        return copy

    def flush(self) -> None:
        self.disk.flush()
