"""All the engine work of a request runs in a process the server can kill, under a deadline
and a memory bound.

pyoxigraph cannot cancel a query (an aggregate over a cartesian product runs inside Rust for
minutes), a hostile text can crash it (its parsers recurse once per nesting level, and a stack
overflow is a segfault), and a query can allocate without end. So:

- Queries, and every other read of untrusted input (Graph Store bodies, dumps), run in a warm
  pool of forked *reader* processes. A request borrows an idle reader, sends it a task over a
  pipe and waits at most until its deadline; past it the reader is killed (SIGKILL frees its
  core at once) and a fresh one is forked on demand, while the others keep answering. A task
  carries its own checks (``Job.prepare``), so parsing and analysing the text count against
  the deadline too.
- A SPARQL update first runs in a one-off *trial* process on a private copy of the store (a
  fork of an in-memory store, a hard-linked checkpoint of an on-disk one, opened by a process
  that starts clean: :data:`_CLEAN_START_PRELOAD`) under the same deadline and memory bound:
  :meth:`QueryPool.trial`. Only an update that finished there is
  applied to the served store, by the caller, so one that crashes, runs away or grows without
  end never touches it.
- Every process gets ``RLIMIT_DATA`` = what it inherited + ``memory_mb``: an allocation past it
  ends that process (Rust aborts), and the request is told which bound it hit.
- A fork copies one thread: a lock another thread held then stays held in the child. So no
  process is forked while the server's own threads are inside an in-memory store's engine
  (:class:`ForkGate`), and a forked process never collects the objects it inherited
  (:func:`_collect_nothing_inherited`); either had a trial hang until its deadline.

Readers see writes without being forked again when they can:

- an on-disk store is opened read-only by each reader and opened again (a few ms) when a task
  carries a newer generation than the one it opened, so the first query after a write pays
  that, not a fork; the server's own handle stays the only writer;
- an in-memory store (``:memory:``, ``kg serve --memory``) exists in a reader only as the
  copy-on-write image it was forked with, so after a write the pool forks fresh readers at once
  (before the write is answered) and retires the old ones as they finish;
- a remote store is read over HTTP: readers hold nothing and never go stale.

``size=0`` runs tasks in the calling thread instead (no fork, no trial; the deadline is then
only checked between rows, so it cannot stop an aggregate): for embedding and debugging.
"""
from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing as mp
import os
import queue
import resource
import shutil
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from kg.errors import KgError, QueryError, StoreError
from kg.store import OxigraphStore, RemoteStore, Term

Store = OxigraphStore | RemoteStore


class QueryTimeout(KgError):
    """The work was stopped at its deadline."""


class PoolBusy(KgError):
    """No worker became free before the request's deadline."""


class QueryFailed(KgError):
    """The engine refused or failed the work; ``status`` is the HTTP status to answer with."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class Task(Protocol):
    """Work for a reader: ``run`` it on the reader's store (the result must pickle)."""

    def run(self, store: Any, deadline: float | None = None) -> Any: ...


class WriteTask(Protocol):
    """A write. ``prepare`` makes every check and returns the text to apply; ``run`` prepares it
    and applies it to the writable copy it is given, returning the same text."""

    def prepare(self) -> str: ...

    def run(self, store: Any, deadline: float | None = None) -> str: ...


@dataclass(frozen=True)
class Job:
    """One query (hashable, so answers can be cached). ``formats`` pairs an answer kind with
    the format to serialise it in; a kind missing there is answered as rows (at most ``cap``).
    ``prepare`` checks and rewrites the job where it runs (inside the deadline) and returns the
    job to execute; ``base`` and ``allow`` are what it needs from the request."""

    sparql: str
    formats: tuple[tuple[str, str], ...] = ()
    cap: int = 1000
    union: bool = True
    default_graph: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None
    bindings: tuple[tuple[str, Term], ...] = ()
    prepare: Callable[[Job], Job] | None = None
    base: str | None = None          # the request's URL, BASE for a text with relative IRIs
    allow: tuple[str, ...] = ()      # hosts SERVICE may call

    def run(self, store: Any, deadline: float | None = None) -> Answer:
        return execute(store, self.prepare(self) if self.prepare is not None else self, deadline)


@dataclass
class Answer:
    kind: str
    variables: list[str]
    fmt: str | None = None
    body: bytes = b""
    rows: list[Any] = field(default_factory=list)  # list[list[Term|None]] or triples
    boolean: bool | None = None
    truncated: bool = False
    seconds: float = 0.0


def execute(store: Store, job: Job, deadline: float | None = None) -> Answer:
    """Run ``job`` on ``store`` (in this process). Raises :class:`QueryFailed`."""
    started = time.perf_counter()
    try:
        result = store.query(job.sparql, union=job.union,
                             default_graph=list(job.default_graph) if job.default_graph is not None else None,
                             named_graphs=list(job.named_graphs) if job.named_graphs is not None else None,
                             bindings=dict(job.bindings) or None)
        answer = Answer(result.kind, result.variables)
        fmt = dict(job.formats).get(result.kind)
        if fmt is not None:
            answer.fmt, answer.body = fmt, result.serialize(fmt)
        elif result.kind == "boolean":
            answer.boolean = result.boolean
        else:
            rows = result.rows() if result.kind == "bindings" else result.triples()
            for row in rows:
                if len(answer.rows) >= job.cap:
                    answer.truncated = True
                    break
                if deadline is not None and time.monotonic() > deadline:
                    raise QueryTimeout("the query was stopped at its deadline")
                answer.rows.append(row)
    except QueryError as e:
        syntax = isinstance(e.__cause__, SyntaxError) or "malformed" in e.message
        raise QueryFailed(" ".join(str(e).split()), 400 if syntax else 500) from e
    answer.seconds = time.perf_counter() - started
    return answer


# -- inside a worker process ------------------------------------------------------------------------

@dataclass(frozen=True)
class OnDisk:
    """An on-disk store as a process started clean receives it: its path (the process opens it)."""

    path: Path


#: Processes for an on-disk store start clean (multiprocessing's forkserver: forked from a small process that
#: never opened a store), not forked from the server. RocksDB is not fork-safe: its thread pool is process-wide,
#: and a process forked while one of the server's background threads (a flush, a compaction) held the pool's lock
#: waited for ever when it opened the store (py-spy: rocksdb::ThreadPoolImpl::Impl::Submit under
#: OxigraphStore.__init__). An update's trial on a checkpoint hung so until its deadline, 4 runs in 18 of
#: tests/reliability/test_runtime_writers.py beside two CPU burners. In-memory stores are still forked (that is
#: how a worker gets the store: copy-on-write), and their processes never open RocksDB. What the clean processes
#: import once, in the forkserver, rather than each within a request's deadline:
_CLEAN_START_PRELOAD = ("kg.store", "kg.web.executor", "kg.web.sparql", "kg.web.graphstore", "kg.web.search",
                        "kg.web.paging", "kg.web.data", "rdflib.plugins.sparql.parser", "rdflib.plugins.sparql.algebra")


def _collect_nothing_inherited() -> None:
    """In a forked process, at once: never collect the objects inherited from the server.

    A fork copies the memory of one thread only; a lock another thread of the server held at
    that moment stays held in the child for ever. When the child's garbage collector finalized an
    inherited object that takes such a lock, the child hung: an update's trial stopped at its
    10 s deadline in ``Connection.__del__`` of an old search index, waiting for SQLite's
    allocator mutex that the thread building the new index held at the fork (py-spy showed it).
    Frozen, the inherited objects are left to the server, which owns them (and their pages stay
    shared); what the child makes itself is collected as usual."""
    gc.freeze()


os.register_at_fork(after_in_child=_collect_nothing_inherited)


def _die_with_parent() -> None:
    """SIGKILL this worker when its parent goes. Linux sends it when the *thread* that forked
    the worker ends, so workers are forked only from threads that live as long as the server
    (request threads, ``Service.side``), never from a thread started for one request."""
    with contextlib.suppress(Exception):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG


def limit_memory(memory_mb: int) -> None:
    """Let this process's data (heap and private mappings, ``RLIMIT_DATA``) grow by at most
    ``memory_mb`` MiB past what it has now (what a fork inherits is already there); 0: no bound."""
    if memory_mb <= 0:
        return
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            now = next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmData:"))
        _, hard = resource.getrlimit(resource.RLIMIT_DATA)
        limit = now + memory_mb * 1024 * 1024
        if hard != resource.RLIM_INFINITY:
            limit = min(limit, hard)
        resource.setrlimit(resource.RLIMIT_DATA, (limit, hard))
    except (OSError, ValueError, StopIteration):
        pass  # no /proc or no such limit here: the deadline still bounds the work


def memory_message(what: str, memory_mb: int) -> str:
    return (f"the {what} went over the memory bound of a worker ({memory_mb} MB, kg serve "
            "--worker-memory) and was stopped; narrow it (LIMIT, more specific patterns)")


def _worker_setup(setup: Callable[[], Any] | None, memory_mb: int) -> None:
    _die_with_parent()
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if setup is not None:  # e.g. kg.web.sandbox.deny_network
        setup()
    limit_memory(memory_mb)


def _reply(what: str, memory_mb: int, action: Callable[..., Any], *args: Any) -> tuple[Any, ...]:
    """``("ok", action(*args))`` or ``("error", status, one-line message)``."""
    try:
        return ("ok", action(*args))
    except MemoryError:
        return ("error", 503, memory_message(what, memory_mb))
    except QueryFailed as e:
        return ("error", e.status, e.message)
    except QueryError as e:  # the engine refused the text (as the app's QueryError handler says)
        return ("error", 400, " ".join(str(e).split()))
    except Exception as e:  # noqa: BLE001 -- the worker's outermost edge: report, keep serving
        status = getattr(e, "status", None)
        message = " ".join(str(getattr(e, "message", None) or e).split())
        if isinstance(status, int) and 400 <= status < 600:  # an ApiError from a task's checks
            return ("error", status, message)
        return ("error", 500, f"{type(e).__name__}: {message}")


def _send(conn: Any, reply: tuple[Any, ...], what: str, memory_mb: int) -> None:
    try:
        conn.send(reply)
    except MemoryError:  # the answer itself did not fit
        conn.send(("error", 503, memory_message(what, memory_mb)))


class _Reader:
    """The store as a reader sees it: an on-disk one is opened read-only, and opened again
    when a task comes with a newer generation (a write happened since)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.path = store.path if isinstance(store, (OxigraphStore, OnDisk)) else None
        self.handle: OxigraphStore | None = None
        self.generation = -1

    def at(self, generation: int) -> Store:
        if self.path is None:
            return self.store
        if self.handle is None or generation != self.generation:
            self.reopen()
            self.generation = generation
        assert self.handle is not None
        return self.handle

    def reopen(self) -> None:
        self.handle = None  # close the old snapshot first
        for attempt in range(5):  # the writer may be rolling its manifest or compacting
            try:
                self.handle = OxigraphStore(self.path, read_only=True)
                return
            except (StoreError, OSError, RuntimeError):
                if attempt == 4:
                    raise
                time.sleep(0.02 * (attempt + 1))

    def vanished(self, reply: tuple[Any, ...]) -> bool:
        """Did a read fail because the writer removed a file this snapshot still used?"""
        return (self.path is not None and reply[0] == "error" and reply[1] >= 500
                and any(sign in reply[2] for sign in _VANISHED))


#: in-memory stores: the most writes, and bytes of them, kept for readers to replay; a longer
#: update is not replayed (its readers are forked again)
REPLAY_ENTRIES = 1024
REPLAY_BYTES = 16 * 1024 * 1024
REPLAY_MAX = 256 * 1024

#: what RocksDB says when a read-only snapshot misses a file the writer compacted away
_VANISHED = ("No such file", "IO error", "Corruption")


def _run_task(task: Task, reader: _Reader, generation: int) -> Any:
    return task.run(reader.at(generation))


def _reopened(task: Task, reader: _Reader) -> Any:
    reader.reopen()
    return task.run(reader.handle)


def _replay(reader: _Reader, texts: list[str]) -> None:
    """Apply the writes made since this reader's image was forked (in-memory stores only)."""
    try:
        target = _detached(reader.store)
        for text in texts:
            target.update(text)
    except BaseException:  # noqa: BLE001 -- its image is no longer the server's: end it
        os._exit(3)


def _worker_main(conn: Any, store: Store, setup: Any = None, memory_mb: int = 0) -> None:
    _worker_setup(setup, memory_mb)
    reader = _Reader(store)
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            break
        if message is None:
            break
        generation, what, task, replays = message
        if replays:
            _replay(reader, replays)
        reply = _reply(what, memory_mb, _run_task, task, reader, generation)
        if reader.vanished(reply):  # once more on a fresh snapshot
            reply = _reply(what, memory_mb, _reopened, task, reader)
        _send(conn, reply, what, memory_mb)
    os._exit(0)


def _detached(store: Store) -> Store:
    """The in-memory store of this (forked) process on its own: a mirror's disk is left alone."""
    detached = getattr(store, "detached", None)
    return detached() if callable(detached) else store  # type: ignore[no-any-return]


def _trial_main(conn: Any, store: Store, copy: Path | None, task: WriteTask, setup: Any,
                memory_mb: int, what: str) -> None:
    _worker_setup(setup, memory_mb)
    try:
        _send(conn, _reply(what, memory_mb, _run_trial, task, store, copy), what, memory_mb)
    finally:
        os._exit(0)


def _run_trial(task: WriteTask, store: Store, copy: Path | None) -> str:
    return task.run(OxigraphStore(copy) if copy is not None else _detached(store))


# -- in the server -------------------------------------------------------------------------------

class ForkGate:
    """No fork while a thread of the server is inside the engine of an in-memory store.

    The engine's in-memory storage takes locks of its own while it reads (shards of its indexes);
    a process forked while another thread holds one inherits it held, for ever, and the first
    write there waits on it: with two threads reading a store in the server, 10 trials of 200 hung
    until their deadline. So the server's own reads of an in-memory store (pages, Graph Store GET:
    :class:`ForkSafeReads`) run whole, answer read out, inside :meth:`reading`, and a fork waits
    for those under way and holds new ones back (:meth:`forking`; a fork takes milliseconds).
    Reads never fork inside the gate, so neither side waits on the other's lock."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._reading = 0
        self._forking = 0

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            while self._forking:
                self._cond.wait()
            self._reading += 1
        try:
            yield
        finally:
            with self._cond:
                self._reading -= 1
                self._cond.notify_all()

    @contextlib.contextmanager
    def forking(self) -> Iterator[None]:
        with self._cond:
            self._forking += 1
            while self._reading:
                self._cond.wait()
        try:
            yield
        finally:
            with self._cond:
                self._forking -= 1
                self._cond.notify_all()


class ForkSafeReads:
    """An in-memory store as the server's own threads use it: each read inside the pool's
    :class:`ForkGate`, its answer read out (:meth:`kg.store.QueryResult.read_out`) before the
    gate opens; writes go through as they are (the service makes them under the fork lock)."""

    READS = ("query", "named_graphs", "holds", "quads", "export", "__len__")

    def __init__(self, store: OxigraphStore, gate: ForkGate) -> None:
        self._store, self._gate = store, gate

    def _read(self, name: str, *args: Any, **options: Any) -> Any:
        with self._gate.reading():
            answer = getattr(self._store, name)(*args, **options)
            return answer.read_out() if name == "query" else answer

    def query(self, sparql: str, **options: Any) -> Any:
        return self._read("query", sparql, **options)

    def named_graphs(self) -> list[str]:
        return self._read("named_graphs")  # type: ignore[no-any-return]

    def holds(self, quads: Any) -> list[bool]:
        return self._read("holds", quads)  # type: ignore[no-any-return]

    def quads(self, graphs: Any = None) -> list[tuple[str, str, str, str]]:
        return self._read("quads", graphs)  # type: ignore[no-any-return]

    def export(self, fmt: str = "turtle", graphs: Any = None) -> bytes:
        return self._read("export", fmt, graphs)  # type: ignore[no-any-return]

    def __len__(self) -> int:
        return self._read("__len__")  # type: ignore[no-any-return]

    def __getattr__(self, name: str) -> Any:
        return getattr(self._store, name)


def _death(proc: Any, what: str, memory_mb: int, crash_status: int) -> QueryFailed:
    """Why a worker died on its own, as the error for the request it was running."""
    with contextlib.suppress(Exception):
        proc.join(2)
    code = proc.exitcode
    if memory_mb > 0 and code in (-signal.SIGABRT, -signal.SIGKILL):  # Rust aborts on a failed allocation
        return QueryFailed(memory_message(what, memory_mb), 503)
    if code in (-signal.SIGSEGV, -signal.SIGBUS, -signal.SIGABRT):
        return QueryFailed(f"the engine crashed on this {what} (a stack overflow: too deeply nested, "
                           "or too long a chain of UNION, ||, && or + ...); simplify it", crash_status)
    return QueryFailed(f"the worker running this {what} died (exit status {code})", 500)


class _Worker:
    def __init__(self, proc: Any, conn: Any, generation: int) -> None:
        self.proc, self.conn, self.generation = proc, conn, generation
        self.pending: list[str] = []  # writes to replay before its next task

    @property
    def pid(self) -> int:
        return int(self.proc.pid)

    def kill(self) -> None:
        with contextlib.suppress(Exception):
            self.proc.kill()
            self.proc.join(2)
        with contextlib.suppress(Exception):
            self.conn.close()


class QueryPool:
    """At most ``size`` reader processes over ``store``, and one-off trials for writes; see the
    module docstring. ``fork_lock`` is held by the caller while it changes the served store:
    no process is forked then."""

    def __init__(self, store: Store, size: int = 2, *, fork_lock: threading.Lock | None = None,
                 setup: Any = None, memory_mb: int = 0, preload: Callable[[], Any] | None = None) -> None:
        self.store = store
        self.setup = setup  # called in each worker before its first task
        self.preload = preload  # called here once, before the first fork: what every worker needs
        self.memory_mb = max(0, memory_mb)
        self.size = max(0, size)
        self.mode = ("remote" if isinstance(store, RemoteStore) else
                     "disk" if isinstance(store, OxigraphStore) and store.path is not None else "memory")
        self.generation = 0
        self.timeouts = 0
        self._fork_lock = fork_lock or threading.Lock()
        self.gate = ForkGate()
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._live = 0
        self._closed = False
        self._ctx = mp.get_context("fork")
        if self.mode == "disk":  # see _CLEAN_START_PRELOAD
            self._ctx = mp.get_context("forkserver")
            self._ctx.set_forkserver_preload(list(_CLEAN_START_PRELOAD))
        #: in-memory stores: (generation, the update that made it, or None when it cannot be replayed)
        self._log: list[tuple[int, str | None]] = []
        self._log_bytes = 0
        self._replacements: queue.SimpleQueue[tuple[list[_Worker], int, int] | None] = queue.SimpleQueue()
        self._replacer: threading.Thread | None = None

    # -- public -----------------------------------------------------------------------------------
    def run(self, task: Task, timeout: float, what: str = "query", crash_status: int = 400) -> Any:
        """``task.run`` in a reader, stopped at ``timeout`` seconds. ``crash_status`` is the
        answer when the engine crashes on it (400: the request's fault)."""
        deadline = time.monotonic() + timeout
        if self.size == 0:
            return task.run(self.store, deadline)
        worker = self._checkout(deadline)
        try:
            worker.conn.send((worker.generation, what, task, worker.pending))
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._discard(worker)
                with self._cond:
                    self.timeouts += 1
                raise QueryTimeout(f"the {what} was stopped at its {timeout:g} s deadline")
            reply = worker.conn.recv()
        except (EOFError, OSError) as e:
            failure = _death(worker.proc, what, self.memory_mb, crash_status)
            self._discard(worker)
            raise failure from e
        self._checkin(worker)
        if reply[0] == "ok":
            return reply[1]
        raise QueryFailed(reply[2], reply[1])

    def trial(self, task: WriteTask, timeout: float, what: str = "update") -> str:
        """Run the write on a private copy of the store in a one-off process, stopped at
        ``timeout`` seconds; the text to apply once it finished there. Call it with writes
        excluded. An in-thread pool or a remote store only prepares it."""
        if self.size == 0 or self.mode == "remote":
            return task.prepare()
        deadline = time.monotonic() + timeout
        scratch = copy = None
        try:
            if self.mode == "disk":
                assert isinstance(self.store, OxigraphStore) and self.store.path is not None
                # beside the store, so the checkpoint is hard links (a few ms), not a copy
                scratch = Path(tempfile.mkdtemp(prefix=f".{self.store.path.name}.trial-",
                                                dir=self.store.path.parent))
                copy = scratch / "copy"
                self.store.backup(copy)
            return self._trial(task, copy, deadline, timeout, what)
        finally:
            if scratch is not None:
                shutil.rmtree(scratch, ignore_errors=True)

    def invalidate(self, replay: str | None = None) -> None:
        """The served store changed (call it once the change is made). Readers of an on-disk
        store open it again at their next task. Readers of an in-memory store apply ``replay``
        (the update that made the change, when applying it again gives the same quads: no
        blank nodes, RAND() or NOW()) before their next task; without one they are replaced at
        once, in the background (a query that comes first waits for one of them)."""
        with self._cond:
            self.generation += 1
            if self.mode != "memory" or self.size == 0:
                return
            if replay is not None and len(replay) > REPLAY_MAX:
                replay = None  # a fork is cheaper than every reader reading it again
            self._log.append((self.generation, replay))
            self._log_bytes += len(replay or "")
            while len(self._log) > REPLAY_ENTRIES or self._log_bytes > REPLAY_BYTES:
                self._log_bytes -= len(self._log.pop(0)[1] or "")
            if replay is not None:
                return
            stale = list(self._idle)
            self._idle.clear()
            self._live -= len(stale)
            fresh = max(0, self.size - self._live)
            self._live += fresh  # reserved: queries wait for these rather than fork their own
            generation = self.generation
            if self._replacer is None:
                # one long-lived thread forks them: a worker's parent-death signal follows the
                # thread that forked it, so that thread must live as long as the pool
                self._replacer = threading.Thread(target=self._replace, daemon=True, name="kg-replacer")
                self._replacer.start()
        self._replacements.put((stale, fresh, generation))

    def _replace(self) -> None:
        while (job := self._replacements.get()) is not None:
            stale, count, generation = job
            self._prewarm(count, generation)
            for w in stale:
                w.kill()

    def pids(self) -> list[int]:
        with self._cond:
            return [w.pid for w in (*self._idle, *self._busy)]

    def close(self) -> None:
        self._replacements.put(None)
        with self._cond:
            self._closed = True
            workers = [*self._idle, *self._busy]
            self._idle.clear()
            self._busy.clear()
            self._live = 0
        for w in workers:
            w.kill()

    # -- internals --------------------------------------------------------------------------------
    def _trial(self, task: WriteTask, copy: Path | None, deadline: float, timeout: float, what: str) -> str:
        self._preloaded()
        with self._fork_lock, self.gate.forking():  # the pipe's other end never outlives the lock here: see _spawn
            parent, child = self._ctx.Pipe(duplex=False)
            proc = self._ctx.Process(target=_trial_main, daemon=True, name="kg-write-trial",
                                     args=(child, self._given(), copy, task, self.setup, self.memory_mb, what))
            proc.start()
            child.close()
        try:
            if not parent.poll(max(0.0, deadline - time.monotonic())):
                with self._cond:
                    self.timeouts += 1
                raise QueryTimeout(f"the {what} was stopped at its {timeout:g} s deadline; nothing was written")
            try:
                reply = parent.recv()
            except (EOFError, OSError) as e:
                raise _death(proc, what, self.memory_mb, 400) from e
        finally:
            with contextlib.suppress(Exception):
                proc.kill()
                proc.join(2)
            parent.close()
        if reply[0] == "ok":
            return reply[1]  # type: ignore[no-any-return]
        raise QueryFailed(reply[2], reply[1])

    def _prewarm(self, count: int, generation: int) -> None:
        fresh: list[_Worker] = []
        for _ in range(count):
            try:
                fresh.append(self._spawn(generation))
            except Exception:  # noqa: BLE001 -- a query forks its own later
                with self._cond:
                    self._live -= 1
        with self._cond:
            for w in fresh:
                if self._closed or self._replays_since(w.generation) is None:
                    self._live -= 1
                    threading.Thread(target=w.kill, daemon=True).start()
                else:
                    self._idle.append(w)
            self._cond.notify_all()

    def _replays_since(self, generation: int) -> list[str] | None:
        """The updates that bring a reader forked at ``generation`` to the current one (none
        for an on-disk or remote store), or None when some cannot be replayed."""
        if self.mode != "memory" or generation == self.generation:
            return []
        texts = [t for g, t in self._log if g > generation]
        if len(texts) != self.generation - generation or any(t is None for t in texts):
            return None
        return texts  # type: ignore[return-value]

    def _bring_up(self, w: _Worker) -> bool:
        """Ready ``w`` for a task at the current generation, or False when it cannot be."""
        replays = self._replays_since(w.generation)
        if replays is None or not w.proc.is_alive():
            return False
        w.pending, w.generation = replays, self.generation
        return True

    def _checkout(self, deadline: float) -> _Worker:
        with self._cond:
            while True:
                if self._closed:
                    raise QueryFailed("the service is shutting down", 503)
                while self._idle:
                    w = self._idle.pop()
                    if self._bring_up(w):
                        self._busy.add(w)
                        return w
                    self._live -= 1
                    threading.Thread(target=w.kill, daemon=True).start()
                if self._live < self.size:
                    self._live += 1
                    generation = self.generation
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise PoolBusy(f"all {self.size} query workers stayed busy until the deadline; "
                                   "try again or lower the load")
                self._cond.wait(remaining)
        try:
            w = self._spawn(generation)
        except Exception:
            with self._cond:
                self._live -= 1
                self._cond.notify()
            raise
        with self._cond:
            self._busy.add(w)
        return w

    def _preloaded(self) -> None:
        if self.preload is not None:
            with self._fork_lock:
                preload, self.preload = self.preload, None
                if preload is not None:
                    preload()

    def _spawn(self, generation: int) -> _Worker:
        self._preloaded()
        # Never fork while the served store is being changed, nor while another thread holds
        # the end of a pipe meant for its own child: a process forked then keeps a copy of that
        # end, so when that child crashed its pipe never reached EOF and the query that crashed
        # it ran to its deadline (a 503) instead of being told (a 400), as
        # tests/reliability/test_runtime_crashes.py saw whenever two threads forked at once.
        with self._fork_lock, self.gate.forking():
            parent, child = self._ctx.Pipe(duplex=True)
            proc = self._ctx.Process(target=_worker_main, daemon=True, name="kg-query-worker",
                                     args=(child, self._given(), self.setup, self.memory_mb))
            proc.start()
            child.close()
        return _Worker(proc, parent, generation)

    def _given(self) -> Any:
        """What a new process is given of the store: an on-disk store by its path (it starts clean and opens the
        store itself), any other as it is (a fork inherits it)."""
        return OnDisk(self.store.path) if self.mode == "disk" else self.store  # type: ignore[union-attr]

    def _checkin(self, w: _Worker) -> None:
        with self._cond:
            self._busy.discard(w)
            if self._closed or self._replays_since(w.generation) is None:
                self._live -= 1
                stale = True
            else:
                self._idle.append(w)
                stale = False
            self._cond.notify()
        if stale:
            w.kill()

    def _discard(self, w: _Worker) -> None:
        with self._cond:
            self._busy.discard(w)
            self._live -= 1
            self._cond.notify()
        w.kill()
