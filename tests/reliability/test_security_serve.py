"""Issue 9, points 2 and 3 as a user starts ``kg serve``: the update token from a file or the
environment never appears on the process's command line (what ``ps`` shows), a token typed on
the command line is warned about, and ``--cors`` (repeatable, comma lists) reaches the server."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.web.testing import stop_process

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "s3cret-token-4d1f"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Served:
    proc: subprocess.Popen[str]
    url: str
    log: str = ""


@contextmanager
def kg_serve(*args: str, env: dict[str, str] | None = None) -> Iterator[Served]:
    port = free_port()
    environ = {k: v for k, v in os.environ.items() if k != "KG_UPDATE_TOKEN"}
    environ.update(env or {})
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--port", str(port), "--store", ":memory:",
                             "--no-build", "--workers", "1", "--quiet", *args],
                            cwd=ROOT, env=environ, stderr=subprocess.PIPE, text=True)
    served = Served(proc, f"http://127.0.0.1:{port}")
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(served.url + "/health", timeout=5).read()
                break
            except OSError:
                assert proc.poll() is None and time.time() < deadline, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.2)
        yield served
    finally:
        stop_process(proc)
        served.log = proc.stderr.read() if proc.stderr else ""


def update(url: str, token: str) -> int:
    req = urllib.request.Request(url + "/sparql", method="POST",
                                 data=b"INSERT DATA { <http://e/s> <http://e/p> 1 }",
                                 headers={"Content-Type": "application/sparql-update",
                                          "Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code


def command_line(pid: int) -> str:
    return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()


def test_token_from_a_file_is_not_on_the_command_line(tmp_path: Path) -> None:
    secret = tmp_path / "token"
    secret.write_text(TOKEN + "\n", encoding="utf-8")
    secret.chmod(0o600)
    with kg_serve("--update-token-file", str(secret)) as served:
        assert TOKEN not in command_line(served.proc.pid)
        assert update(served.url, TOKEN) == 204
        assert update(served.url, "wrong") == 403
    assert "warning" not in served.log


def test_token_from_the_environment_is_not_on_the_command_line() -> None:
    with kg_serve(env={"KG_UPDATE_TOKEN": TOKEN}) as served:
        assert TOKEN not in command_line(served.proc.pid)
        assert update(served.url, TOKEN) == 204
    assert "warning" not in served.log


def test_token_on_the_command_line_is_warned_about() -> None:
    with kg_serve("--update-token", TOKEN) as served:
        assert update(served.url, TOKEN) == 204
    assert "visible to every user" in served.log and "KG_UPDATE_TOKEN" in served.log


@pytest.mark.parametrize(("content", "extra", "message"), [
    (TOKEN, ("--update-token", "other"), "one way"),
    ("\n", (), "is empty"),
])
def test_token_file_mistakes_are_refused(tmp_path: Path, content: str, extra: tuple[str, ...], message: str) -> None:
    secret = tmp_path / "token"
    secret.write_text(content, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "kg", "serve", "--store", ":memory:", "--no-build",
                          "--update-token-file", str(secret), *extra],
                         cwd=ROOT, capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode != 0 and message in out.stderr


def test_a_token_file_others_can_read_is_warned_about(tmp_path: Path) -> None:
    secret = tmp_path / "token"
    secret.write_text(TOKEN, encoding="utf-8")
    secret.chmod(0o644)
    with kg_serve("--update-token-file", str(secret)) as served:
        assert update(served.url, TOKEN) == 204
    assert "chmod 600" in served.log


def test_cors_origins_from_the_command_line() -> None:
    with kg_serve("--cors", "https://a.example, https://b.example", "--cors", "https://c.example") as served:
        for origin in ("https://a.example", "https://b.example", "https://c.example", "https://evil.example"):
            req = urllib.request.Request(served.url + "/health", headers={"Origin": origin})
            with urllib.request.urlopen(req, timeout=10) as r:
                allowed = r.headers.get("Access-Control-Allow-Origin")
                assert allowed == (None if "evil" in origin else origin)
                assert r.headers.get("Access-Control-Allow-Credentials") is None
