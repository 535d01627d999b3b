"""The build's plan cache (layer 3), as git's index is to a work tree: what the last ``kg build``
into an on-disk store knew when it finished, so that the next one need not read every monograph
and look up every build record again to find the one file that changed.

It keeps, per monograph file, its size, mtime, ctime and inode with the SHA-256 of its bytes, and
per monograph graph the ``build:built`` value (:func:`kg.manifest.built_key`) that the store's
build record held when the build ended. It lives in :func:`kg.cachedir.cache_dir` (deleting it
costs time, never a result) and is trusted only when the store proves that nothing wrote it since:

* the stamp of the store's directory (every file's name, size and mtime, RocksDB's info ``LOG``
  included) is taken after the build has **closed** the store, and compared before the next
  build opens it. Any process that opens the store for writing (another ``kg build``,
  ``kg reason``, ``kg serve``, which holds it open for writing, ``oxigraph``) changes it
  (RocksDB writes a new WAL, MANIFEST, OPTIONS and LOG on opening); a read-only opening
  (``kg query``, ``kg serve``'s query workers) does not, and a store copied back from
  elsewhere has other mtimes. A store whose stamp differs gets the full plan (every file
  hashed, every record looked up), as before;
* a file's hash is reused only when its size, mtime, ctime and inode are those it had when it
  was hashed, and that mtime was not within :data:`RACY_NS` of the cache's writing (git's
  "racily clean" entries: a file changed again in the same clock tick keeps its mtime);
* the records it remembers are those this build published or found current; any other graph
  (a monograph that failed, a record it never read) is looked up in the store as before.

Written by :func:`save` only after a build that ended normally; a build that fails midway leaves
the old cache, whose stamp the build's opening of the store has made stale.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from kg.cachedir import cache_dir

#: the form of the cache file; a file of another form is ignored
FORM = 1
#: a file modified this close before the cache was written is hashed again (mtime granularity)
RACY_NS = 2_000_000_000


def store_stamp(path: Path) -> list[list[object]]:
    """Every entry of the store's directory (name, size, mtime in ns), sorted."""
    out: list[list[object]] = []
    with os.scandir(path) as entries:
        for e in entries:
            st = e.stat(follow_symlinks=False)
            out.append([e.name, st.st_size, st.st_mtime_ns])
    out.sort()
    return out


def cache_file(store_path: Path) -> Path:
    key = hashlib.sha256(os.path.realpath(store_path).encode("utf-8")).hexdigest()[:24]
    return cache_dir() / "plans" / f"{key}.json"


@dataclass
class PlanCache:
    """One store's plan cache. ``trusted``: the store is as the build that wrote it left it, so
    ``records`` are the store's; otherwise only the file hashes are used (they do not depend on
    the store)."""

    store_path: Path
    trusted: bool = False
    written_ns: int = 0
    #: resolved file path -> [size, mtime_ns, ctime_ns, inode, sha256]
    files: dict[str, list[object]] = field(default_factory=dict)
    #: monograph graph -> its build record's built_key, as the store held it
    records: dict[str, str] = field(default_factory=dict)
    #: the monograph keys of file names, valid for the code of ``fingerprint``
    keys: dict[str, str] = field(default_factory=dict)
    fingerprint: str = ""
    #: what this build learnt, written by :func:`save`
    new_files: dict[str, list[object]] = field(default_factory=dict)
    new_keys: dict[str, str] = field(default_factory=dict)
    known: dict[str, str] = field(default_factory=dict)  # graph -> built_key now in the store
    forgotten: set[str] = field(default_factory=set)  # graphs whose record is no longer known
    stats: dict[str, int] = field(default_factory=lambda: {"hash_reused": 0, "hashed": 0,
                                                           "records_trusted": 0})

    def hashes(self, files: Mapping[Path, str], max_size: int, read: Callable[[Path], str | None]) -> dict[Path, str]:
        """``file -> SHA-256`` of ``files`` (each with its resolved path) that exist and are at
        most ``max_size`` bytes: the cached hash when a file's size, mtime, ctime and inode are
        those it was hashed with and it was not modified just before the cache was written,
        else ``read(file)``'s, which is remembered. One ``stat`` a file."""
        out: dict[Path, str] = {}
        cached_files, new_files, racy = self.files, self.new_files, self.written_ns - RACY_NS
        stat = os.stat
        reused = 0
        for f, source in files.items():
            try:
                st = stat(f)
            except OSError:
                continue
            if st.st_size > max_size:
                continue
            key: list[object] = [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]
            cached = cached_files.get(source)
            if cached is not None and cached[:4] == key and st.st_mtime_ns < racy:
                out[f] = str(cached[4])
                new_files[source] = cached
                reused += 1
                continue
            sha = read(f)
            if sha is not None:
                out[f] = sha
                new_files[source] = [*key, sha]
        self.stats["hash_reused"] += reused
        self.stats["hashed"] += len(out) - reused
        return out

    def key_of(self, name: str, fingerprint: str, mint: object) -> str:
        """The monograph key of the file name ``name`` (``mint(name)``, remembered for the code
        of ``fingerprint``)."""
        if self.fingerprint != fingerprint:
            self.keys, self.fingerprint = {}, fingerprint
        key = self.keys.get(name)
        if key is None:
            key = mint(name)  # type: ignore[operator]
        self.new_keys[name] = key
        return key  # type: ignore[no-any-return]

    def current(self, wanted: Mapping[str, str]) -> set[str]:
        """Of ``wanted`` (graph -> the built_key it would have now), the graphs whose record
        the trusted cache says the store holds exactly so."""
        if not self.trusted:
            return set()
        found = {g for g, key in wanted.items() if self.records.get(g) == key}
        self.stats["records_trusted"] += len(found)
        return found


def load(store_path: Path) -> PlanCache:
    """The plan cache of the on-disk store at ``store_path`` (empty when there is none, or it
    is unreadable); call it before the store is opened for writing."""
    cache = PlanCache(store_path)
    try:
        data = json.loads(cache_file(store_path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return cache
    if not isinstance(data, dict) or data.get("form") != FORM or data.get("store") != os.path.realpath(store_path):
        return cache
    cache.written_ns = int(data.get("written_ns", 0))
    cache.files = data.get("files") or {}
    cache.keys, cache.fingerprint = data.get("keys") or {}, str(data.get("fingerprint") or "")
    try:
        trusted = (store_path / "CURRENT").exists() and data.get("stamp") == store_stamp(store_path)
    except OSError:
        trusted = False
    if trusted:
        cache.trusted = True
        cache.records = data.get("records") or {}
    return cache


def save(cache: PlanCache) -> bool:
    """Write the cache after a build that ended normally, the store closed: the built_keys this
    build knows to be in the store (``cache.known``: published or found current), without the
    graphs it removed (``cache.forgotten``); the records of the previous cache are kept when it
    was trusted (nothing else wrote the store). False when it could not be written."""
    kept = dict(cache.records) if cache.trusted else {}
    for g in cache.forgotten:
        kept.pop(g, None)
    kept.update(cache.known)
    path = cache_file(cache.store_path)
    try:
        data = {"form": FORM, "store": os.path.realpath(cache.store_path), "written_ns": time.time_ns(),
                "stamp": store_stamp(cache.store_path), "files": cache.new_files, "records": kept,
                "fingerprint": cache.fingerprint, "keys": cache.new_keys}
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        return False
    _prune(path.parent)
    return True


#: a plan cache not written for this long is removed (its store is likely gone: tests' stores)
KEEP_S = 7 * 24 * 3600


def _prune(folder: Path) -> None:
    """Remove the plan caches of the folder that no build wrote for :data:`KEEP_S`."""
    old = time.time() - KEEP_S
    try:
        with os.scandir(folder) as entries:
            for e in entries:
                if e.name.endswith(".json") and e.stat().st_mtime < old:
                    os.unlink(e.path)
    except OSError:
        pass


def discard(store_path: Path) -> None:
    """Remove the store's plan cache (a build that could not close the store cleanly)."""
    try:
        cache_file(store_path).unlink()
    except OSError:
        pass
