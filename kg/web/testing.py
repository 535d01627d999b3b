"""Helpers for tests and benchmarks of the web app: a real waitress server on a free port in a
background thread, a real ``kg serve`` process (:func:`served_process`: what a crash would
kill, and whose memory can be measured), and a small sample graph shaped like the mapper's
output (two monographs, one of which quotes ``<script>`` so pages can be checked for escaping)."""
from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from flask import Flask

from kg.store import OxigraphStore

SAMPLE_TRIG = r"""
@prefix dkg: <https://w3id.org/drugkg/vocab/> .
@prefix id: <https://w3id.org/drugkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oboInOwl: <http://www.geneontology.org/formats/oboInOwl#> .
@prefix dcterms: <http://purl.org/dc/terms/> .

<https://w3id.org/drugkg/id/graph/monograph/imiquimod> {
  <https://w3id.org/drugkg/id/monograph/imiquimod> a dkg:Monograph, prov:Entity ;
      dkg:fileName "imiquimod.md" ; dcterms:title "Imiquimod" ;
      dkg:reliabilityNote "AI-generated or crowd-sourced" .
  <https://w3id.org/drugkg/id/drug/imiquimod> a dkg:Drug ; rdfs:label "Imiquimod" ;
      skos:altLabel "R-837" ; dkg:brandName "Aldara", "Zyclara" ;
      skos:exactMatch <http://purl.obolibrary.org/obo/CHEBI_36704> ; oboInOwl:hasDbXref "CHEBI:36704" ;
      dkg:describedIn <https://w3id.org/drugkg/id/monograph/imiquimod> ;
      dkg:treats <https://w3id.org/drugkg/id/condition/actinic-keratosis> ;
      dkg:activates <https://w3id.org/drugkg/id/target/tlr7> ;
      dkg:actsOn <https://w3id.org/drugkg/id/target/tlr7> ;
      dkg:causes <https://w3id.org/drugkg/id/side-effect/erythema> .
  <https://w3id.org/drugkg/id/condition/actinic-keratosis> a dkg:Condition ; rdfs:label "actinic keratosis" ;
      skos:altLabel "solar keratosis" ; dkg:abbreviation "AK" ; oboInOwl:hasDbXref "MONDO:0011340" .
  <https://w3id.org/drugkg/id/target/tlr7> a dkg:MolecularTarget ; rdfs:label "Toll-like receptor 7" ;
      dkg:symbol "TLR7" ; oboInOwl:hasDbXref "HGNC:15631" .
  <https://w3id.org/drugkg/id/side-effect/erythema> a dkg:AdverseEffect ; rdfs:label "erythema" .
  <https://w3id.org/drugkg/id/category/skin> a dkg:EffectCategory ; rdfs:label "Skin reactions" .
  <https://w3id.org/drugkg/id/statement/imiquimod/treats/actinic-keratosis> a dkg:IndicationStatement ;
      dkg:subject <https://w3id.org/drugkg/id/drug/imiquimod> ; dkg:predicate dkg:treats ;
      dkg:object <https://w3id.org/drugkg/id/condition/actinic-keratosis> ;
      prov:wasDerivedFrom <https://w3id.org/drugkg/id/monograph/imiquimod> ;
      dkg:section "Usage" ; dkg:startLine 12 ; dkg:endLine 12 ;
      dkg:quote "Imiquimod cream treats actinic keratosis on the face and scalp." .
  <https://w3id.org/drugkg/id/statement/imiquimod/activates/tlr7> a dkg:MechanismStatement ;
      dkg:subject <https://w3id.org/drugkg/id/drug/imiquimod> ; dkg:predicate dkg:activates ;
      dkg:object <https://w3id.org/drugkg/id/target/tlr7> ; dkg:certainty "asserted" ;
      prov:wasDerivedFrom <https://w3id.org/drugkg/id/monograph/imiquimod> ;
      dkg:section "Mechanism" ; dkg:startLine 20 ; dkg:endLine 21 ;
      dkg:quote "It activates toll-like receptor 7 (TLR7)." .
  <https://w3id.org/drugkg/id/statement/imiquimod/causes/erythema> a dkg:AdverseEffectStatement ;
      dkg:subject <https://w3id.org/drugkg/id/drug/imiquimod> ; dkg:predicate dkg:causes ;
      dkg:object <https://w3id.org/drugkg/id/side-effect/erythema> ;
      dkg:category <https://w3id.org/drugkg/id/category/skin> ; dkg:serious false ;
      prov:wasDerivedFrom <https://w3id.org/drugkg/id/monograph/imiquimod> ;
      dkg:section "Side effects" ; dkg:startLine 30 ; dkg:endLine 30 ;
      dkg:quote "Redness (erythema) at the application site is common." .
}

<https://w3id.org/drugkg/id/graph/monograph/scriptol> {
  <https://w3id.org/drugkg/id/monograph/scriptol> a dkg:Monograph ; dkg:fileName "scriptol.md" ;
      dcterms:title "Scriptol <script>alert(1)</script>" .
  <https://w3id.org/drugkg/id/drug/scriptol> a dkg:Drug ; rdfs:label "Scriptol <script>alert('x')</script>" ;
      dkg:treats <https://w3id.org/drugkg/id/condition/actinic-keratosis> .
  <https://w3id.org/drugkg/id/condition/actinic-keratosis> a dkg:Condition ; rdfs:label "actinic keratosis" .
  <https://w3id.org/drugkg/id/statement/scriptol/treats/actinic-keratosis> a dkg:IndicationStatement ;
      dkg:subject <https://w3id.org/drugkg/id/drug/scriptol> ; dkg:predicate dkg:treats ;
      dkg:object <https://w3id.org/drugkg/id/condition/actinic-keratosis> ;
      prov:wasDerivedFrom <https://w3id.org/drugkg/id/monograph/scriptol> ;
      dkg:section "Usage <b>bold</b>" ; dkg:startLine 3 ; dkg:endLine 3 ;
      dkg:quote "Use on <script>document.title='pwned'</script> skin." .
}
"""


def sample_store() -> OxigraphStore:
    """An in-memory store holding :data:`SAMPLE_TRIG`."""
    store = OxigraphStore(None)
    store.load(SAMPLE_TRIG, "trig")
    return store


@dataclass
class LiveServer:
    url: str
    port: int
    server: Any
    stopped: threading.Event
    thread: threading.Thread

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join(5)
        with contextlib.suppress(Exception):
            self.server.close()
        with contextlib.suppress(Exception):
            self.server.task_dispatcher.shutdown(timeout=5)


@contextlib.contextmanager
def live_server(app: Flask, threads: int = 8) -> Iterator[LiveServer]:
    """Serve ``app`` with waitress on 127.0.0.1 and a free port, in a daemon thread."""
    from waitress.server import create_server

    server = create_server(app, host="127.0.0.1", port=0, threads=threads, ident="kg-test")
    stopped = threading.Event()

    def loop() -> None:
        while not stopped.is_set():
            server.asyncore.loop(timeout=0.1, map=server._map, use_poll=True, count=1)

    thread = threading.Thread(target=loop, daemon=True, name="waitress")
    thread.start()
    port = int(server.effective_port)
    live = LiveServer(f"http://127.0.0.1:{port}", port, server, stopped, thread)
    try:
        yield live
    finally:
        live.stop()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def rss_mb(pid: int) -> float:
    """The resident memory of a process, in MiB (0 when it is gone)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as f:
            return next(int(line.split()[1]) for line in f if line.startswith("VmRSS:")) / 1024
    except (OSError, StopIteration):
        return 0.0


@dataclass
class ServedProcess:
    url: str
    port: int
    proc: subprocess.Popen[bytes]
    log: IO[bytes]

    @property
    def pid(self) -> int:
        return self.proc.pid

    def alive(self) -> bool:
        return self.proc.poll() is None

    def rss_mb(self) -> float:
        return rss_mb(self.proc.pid)

    def stderr(self) -> str:
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")


@contextlib.contextmanager
def served_process(store: str | os.PathLike[str], *args: str, token: str | None = None,
                   ready: float = 120.0) -> Iterator[ServedProcess]:
    """``kg serve --store STORE ARGS`` on a free port of 127.0.0.1 (no build, no access log;
    ``token`` through $KG_UPDATE_TOKEN), once it answers ``/health``; stopped with SIGINT."""
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "KG_UPDATE_TOKEN"}
    if token:
        env["KG_UPDATE_TOKEN"] = token
    log = tempfile.TemporaryFile()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port),
                             "--no-build", "--quiet", *args], env=env, stdout=subprocess.DEVNULL, stderr=log,
                            cwd=Path(__file__).resolve().parents[2])
    served = ServedProcess(f"http://127.0.0.1:{port}", port, proc, log)
    try:
        started = time.monotonic()
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"kg serve exited with {proc.returncode}: {served.stderr()[-2000:]}")
            try:
                with urllib.request.urlopen(f"{served.url}/health", timeout=5) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() - started > ready:
                raise RuntimeError(f"kg serve did not answer within {ready:g} s: {served.stderr()[-2000:]}")
            time.sleep(0.1)
        yield served
    finally:
        if proc.poll() is None:
            stop_process(proc, 15)
        log.close()


def stop_process(proc: subprocess.Popen, grace: float = 20) -> None:
    """Stop a ``kg serve`` child as Ctrl-C would, and kill it if it has not left after ``grace`` s."""
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@dataclass
class Reply:
    status: int
    body: bytes
    seconds: float

    def error(self) -> str:
        """The one-line reason of an error envelope (checking its shape)."""
        import json

        data = json.loads(self.body)
        assert data["ok"] is False and data["status"] == self.status, data
        assert data["error"] and "\n" not in data["error"] and len(data["error"]) < 400, data
        return str(data["error"])


def http_call(url: str, method: str = "GET", path: str = "/sparql", *, params: dict[str, str] | None = None,
              body: bytes | None = None, headers: dict[str, str] | None = None, timeout: float = 120) -> Reply:
    """One plain HTTP request; an error status is a :class:`Reply` too (a refused connection raises)."""
    full = url + path + ("?" + urllib.parse.urlencode(params) if params else "")
    req = urllib.request.Request(full, data=body, method=method, headers=headers or {})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return Reply(resp.status, resp.read(), time.perf_counter() - started)
    except urllib.error.HTTPError as e:
        return Reply(e.code, e.read(), time.perf_counter() - started)
