"""``kg export`` of a whole store with bounded memory (layer 4).

:meth:`kg.store.OxigraphStore.export` sorts every quad in memory, which at 10,000 monographs
(about 10 million quads) wants some 12 GB. Here the quads are read as N-Triples term text
(:func:`kg.store.quad_rows`: the ontology's blank nodes renamed by RDFC-1.0, as the in-memory
export does), sorted by :class:`kg.diff.SortedQuads` (in memory up to ``run`` quads, beyond in
runs on disk, merged; the same code ``kg diff`` uses) and written in order: N-Quads and
N-Triples as lines, the other formats through Oxigraph's serialiser reading those lines as a
stream. The bytes are those of ``OxigraphStore.export`` for the same store and graphs (same
order: graph, subject, predicate, object as text; triple formats the distinct triples of the
union), which ``tests/test_export_stream.py`` checks for every format.
"""
from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from kg.diff import RUN_QUADS, SEP, SortedQuads
from kg.errors import StoreError
from kg.store import QUAD_FORMATS, RDF_FORMATS, parse_stream, quad_rows, write_rdf

#: bytes handed to the writer (or the serialiser's reader) at a time
CHUNK = 1 << 16


@dataclass(frozen=True)
class Written:
    """What an export wrote: distinct quads (triples, for a triple format) and the sorted runs
    it spilled to disk (0: sorted in memory)."""

    items: int
    runs: int


def write_export(source: Any, out: IO[bytes], fmt: str, graphs: Iterable[str] | None = None,
                 *, run: int = RUN_QUADS) -> Written:
    """Write the quads of ``source`` (a store, or an RDF file's path) in ``graphs`` (graph IRIs,
    ``""`` for the default graph; all when None) to ``out`` as ``fmt``, sorted, holding at most
    ``run`` quads in memory."""
    if fmt not in RDF_FORMATS:
        raise StoreError(f"unknown export format {fmt!r}", hint=f"use one of {', '.join(RDF_FORMATS)}")
    quads = fmt in QUAD_FORMATS
    wanted = None if graphs is None else set(graphs)
    rows = ((g[1:-1] if g else "", s, p, o) for g, s, p, o in quad_rows(source))
    kept = (((g if quads else ""), s, p, o) for g, s, p, o in rows if wanted is None or g in wanted)
    side = SortedQuads(kept, run=run)
    try:
        counted = _Counted(_lines(side, quads))
        if fmt in ("nquads", "ntriples"):
            for chunk in _chunks(counted):
                out.write(chunk)
        else:
            line_format = "nquads" if quads else "ntriples"
            write_rdf(parse_stream(_Reader(_chunks(counted)), line_format), out, fmt)
        return Written(counted.n, side.runs)
    finally:
        side.close()


def _lines(side: SortedQuads, quads: bool) -> Iterator[str]:
    for key in side:
        g, s, p, o = key.split(SEP)
        yield f"{s} {p} {o} <{g}> .\n" if quads and g else f"{s} {p} {o} .\n"


class _Counted:
    def __init__(self, lines: Iterator[str]) -> None:
        self.lines, self.n = lines, 0

    def __iter__(self) -> Iterator[str]:
        for line in self.lines:
            self.n += 1
            yield line


def _chunks(lines: Iterable[str]) -> Iterator[bytes]:
    part: list[str] = []
    size = 0
    for line in lines:
        part.append(line)
        size += len(line)
        if size >= CHUNK:
            yield "".join(part).encode("utf-8")
            part, size = [], 0
    if part:
        yield "".join(part).encode("utf-8")


class _Reader(io.RawIOBase):
    """A binary file over an iterator of byte chunks, for a parser that reads a file."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks, self._rest = chunks, b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while not self._rest:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._rest = chunk
        n = min(len(buffer), len(self._rest))
        buffer[:n] = self._rest[:n]
        self._rest = self._rest[n:]
        return n
