"""The linker's tables compiled once into an on-disk index, read a key at a time (layer 2).

Building :func:`kg.link.load_linker`'s in-memory indexes reads every linking table (about
150,000 rows) and costs one to two seconds: more than the whole of the work when a build has one
changed monograph to map, which looks up a few dozen names. So the first build after the
vocabularies (or kg's code) change keeps the tables' dicts in an SQLite file under the cache
directory (``$KG_CACHE_DIR``, else ``$XDG_CACHE_HOME/kg``, else ``~/.cache/kg``, as the
reasoner's compiled rules), named by a digest the caller gives (the build's fingerprint, which
covers the vocabulary and mapping files and kg's code); later processes open the linker from
it in milliseconds, each look-up one indexed read, remembered for the rest of the process.

Nothing about the linker's rules is copied here: the linker is :func:`kg.link.load_linker`'s
object, pickled, with each large dict of its indexes (any attribute of a
:class:`kg.link.SourceIndex` that is a dict of more than :data:`SMALL` entries, or a dict of
such dicts) replaced by a read-only :class:`DiskMapping` over the same items. A cache that cannot
be read or written costs the in-memory load, nothing else (and is said on stderr when it
cannot be written).
"""
from __future__ import annotations

import os
import pickle
import sqlite3
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from kg.cachedir import cache_dir
from kg.config import Config
from kg.link import SourceIndex, VocabLinker, load_linker

#: dicts with at most this many entries stay in the pickle
SMALL = 256
#: the form of the cache file: another form is built again
FORM = 1


class DiskMapping(Mapping[str, Any]):
    """One dict of a linker index, kept in the cache file: a read-only mapping whose values are
    read (and unpickled) when first asked for. Safe across ``fork``: each process opens its own
    connection."""

    def __init__(self, path: str, table: int, size: int) -> None:
        self._path, self._table, self._size = path, table, size
        self._seen: dict[str, Any] = {}
        self._pid = -1
        self._db: sqlite3.Connection | None = None

    def __reduce__(self) -> tuple[Any, ...]:
        return DiskMapping, (self._path, self._table, self._size)

    def _conn(self) -> sqlite3.Connection:
        if self._db is None or self._pid != os.getpid():
            self._db = _connect(self._path)
            self._pid = os.getpid()
        return self._db

    def __getitem__(self, key: str) -> Any:
        try:
            return self._seen[key]
        except KeyError:
            pass
        row = self._conn().execute("SELECT v FROM m WHERE t = ? AND k = ?", (self._table, key)).fetchone()
        if row is None:
            raise KeyError(key)
        value = self._seen[key] = pickle.loads(row[0])
        return value

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, str):
            return False
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __iter__(self) -> Iterator[str]:
        rows = self._conn().execute("SELECT k FROM m WHERE t = ? ORDER BY n", (self._table,))
        return (k for (k,) in rows.fetchall())

    def __len__(self) -> int:
        return self._size


_CONNECTIONS: dict[tuple[int, str], sqlite3.Connection] = {}


def _connect(path: str) -> sqlite3.Connection:
    """One read-only connection per process and file, shared by its mappings."""
    key = (os.getpid(), path)
    if key not in _CONNECTIONS:
        _CONNECTIONS[key] = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    return _CONNECTIONS[key]


def cached_linker(config: Config, digest: str, directory: Path | None = None) -> VocabLinker:
    """The linker of ``config``: opened from the cache file named by ``digest`` when there is
    one, else loaded in memory (:func:`kg.link.load_linker`) and written to the cache for the
    next process."""
    path = (directory or cache_dir()) / f"linker-{FORM}-{digest[:32]}.sqlite"
    opened = _open(path)
    if opened is not None:
        return opened
    linker = load_linker(config)
    try:
        _write(linker, path)
    except (OSError, sqlite3.Error, pickle.PicklingError, TypeError, AttributeError) as e:
        print(f"kg: note: the linking tables could not be cached in {path.parent} ({e}); "
              "each build loads them again (set $KG_CACHE_DIR to a writable folder)", file=sys.stderr)
    return linker


def _open(path: Path) -> VocabLinker | None:
    if not path.exists():
        return None
    try:
        row = _connect(str(path)).execute("SELECT v FROM m WHERE t = -1").fetchone()
        linker = pickle.loads(row[0]) if row else None
    except (OSError, sqlite3.Error, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError):
        return None  # broken, or written by another version of kg: loaded in memory again
    return linker if isinstance(linker, VocabLinker) else None


def _write(linker: VocabLinker, path: Path) -> None:
    """The linker's skeleton (pickled, its large dicts as :class:`DiskMapping`) as table -1 and
    each large dict's items as a table of its own, into a temporary file renamed into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.tmp")
    partial.unlink(missing_ok=True)
    db = sqlite3.connect(str(partial))
    try:
        # a temporary file, renamed into place only when whole: no journal, no fsync per write
        db.execute("PRAGMA journal_mode = OFF")
        db.execute("PRAGMA synchronous = OFF")
        db.execute("CREATE TABLE m (t INTEGER, k TEXT, n INTEGER, v BLOB, PRIMARY KEY (t, k)) WITHOUT ROWID")
        tables = _Tables(db, str(path))
        skeleton = _with_disk_mappings(linker, tables)
        db.execute("INSERT INTO m VALUES (-1, '', 0, ?)", (pickle.dumps(skeleton, pickle.HIGHEST_PROTOCOL),))
        db.commit()
    finally:
        db.close()
    partial.replace(path)  # atomic: a reader sees the whole file or none


class _Tables:
    def __init__(self, db: sqlite3.Connection, path: str) -> None:
        self.db, self.path, self.count = db, path, 0

    def put(self, items: dict[str, Any]) -> DiskMapping:
        table = self.count
        self.count += 1
        self.db.executemany("INSERT INTO m VALUES (?, ?, ?, ?)",
                            sorted((table, k, n, pickle.dumps(v, pickle.HIGHEST_PROTOCOL))
                                   for n, (k, v) in enumerate(items.items())))
        return DiskMapping(self.path, table, len(items))


def _with_disk_mappings(linker: VocabLinker, tables: _Tables) -> VocabLinker:
    """A shallow copy of ``linker`` whose indexes keep their large dicts in ``tables``."""
    copies: dict[int, SourceIndex] = {}
    for ix in linker.indexes.values():
        copy = SourceIndex.__new__(SourceIndex)
        copy.__dict__.update({name: _on_disk(value, tables) for name, value in vars(ix).items()})
        copies[id(ix)] = copy
    skeleton = VocabLinker.__new__(VocabLinker)
    skeleton.__dict__.update({name: _replace(value, copies) for name, value in vars(linker).items()})
    return skeleton


def _large(value: Any) -> bool:
    return isinstance(value, dict) and len(value) > SMALL and all(isinstance(k, str) for k in value)


def _on_disk(value: Any, tables: _Tables) -> Any:
    if _large(value) and not any(isinstance(v, dict) for v in value.values()):
        return tables.put(value)
    if isinstance(value, dict) and value and all(isinstance(v, dict) for v in value.values()):
        return {k: tables.put(v) if _large(v) else v for k, v in value.items()}
    return value


def _replace(value: Any, copies: dict[int, SourceIndex]) -> Any:
    """``value`` with each index replaced by its copy (the linker refers to its indexes from
    dicts and lists: by name, and by node kind and tier); a container with no index in it is
    kept as it is (a ``defaultdict`` stays one)."""
    if isinstance(value, SourceIndex):
        return copies.get(id(value), value)
    if isinstance(value, dict) and _holds_index(value):
        return {k: _replace(v, copies) for k, v in value.items()}
    if isinstance(value, list) and _holds_index(value):
        return [_replace(v, copies) for v in value]
    return value


def _holds_index(value: Any) -> bool:
    if isinstance(value, SourceIndex):
        return True
    if isinstance(value, dict):
        return any(_holds_index(v) for v in value.values())
    if isinstance(value, list):
        return any(_holds_index(v) for v in value)
    return False
