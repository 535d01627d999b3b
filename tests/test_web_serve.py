"""``kg serve`` as a user starts it: waitress in its own process, the bundled monographs built
into an empty store first, queries answered over a socket, stopped cleanly."""
from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_kg_serve_builds_an_empty_store_and_serves_it(tmp_path: Path) -> None:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--port", str(port), "--store",
                             str(tmp_path / "store"), "--memory", "--update-token", "tok"],
                            cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.time() + 90
        health = None
        while time.time() < deadline and health is None:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=5) as r:
                    health = json.loads(r.read())
            except OSError:
                assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.3)
        assert health is not None and health["quads"] > 1000 and health["updates"] is True
        url = f"http://127.0.0.1:{port}/queries/indications.csv"
        with urllib.request.urlopen(url, timeout=30) as r:
            assert r.headers["Content-Type"].startswith("text/csv") and b"Imiquimod" in r.read()
        req = urllib.request.Request(f"http://127.0.0.1:{port}/sparql", method="POST",
                                     data=b"INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> 1 } }",
                                     headers={"Content-Type": "application/sparql-update",
                                              "Authorization": "Bearer tok"})
        assert urllib.request.urlopen(req, timeout=30).status == 204
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(20)
    log = proc.stderr.read() if proc.stderr else ""
    assert "building" in log and '"GET /health" 200' in log
    # the write reached the disk store: a new in-process app sees it
    from kg.config import load_config
    from kg.store import open_store
    from kg.web import close_app, create_app

    store = open_store(tmp_path / "store", read_only=True)
    app = create_app(load_config(environ={}), store=store, workers=0)
    resp = app.test_client().get("/sparql?query=ASK%7BGRAPH%20%3Chttp://e/g%3E%7B?s%20?p%20?o%7D%7D")
    assert resp.get_json()["boolean"] is True
    close_app(app)
