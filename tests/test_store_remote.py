"""kg.store.RemoteStore against a real `oxigraph serve` (PyPI package oxigraph) over HTTP."""
from __future__ import annotations

import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.config import load_config
from kg.errors import QueryError, StoreError
from kg.pipeline import build
from kg.store import RemoteStore, open_store

pytestmark = pytest.mark.skipif(shutil.which("oxigraph") is None,
                                reason="the oxigraph server (pip install oxigraph) is not installed")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen(["oxigraph", "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(f"{url}/query?query=ASK%7B%7D", timeout=1)
            break
        except OSError:
            time.sleep(0.1)
    yield url
    proc.terminate()
    proc.wait(10)


def test_open_store_picks_the_remote_store_for_urls(server: str) -> None:
    assert isinstance(open_store(server), RemoteStore)


def test_a_build_on_the_server_equals_the_embedded_build(server: str, built, corpus: Path) -> None:
    embedded, _, cfg = built
    remote = RemoteStore(server)
    report = build([corpus], remote, load_config(environ={}, store=server))
    assert len(report.published) == 15 and not report.failed
    assert remote.named_graphs() == embedded.named_graphs()
    assert len(remote) == len(embedded)
    query = (cfg.queries_dir / "indications.rq").read_text(encoding="utf-8")
    rows = lambda store: [[t.value for t in r] for r in store.query(query).rows()]  # noqa: E731
    assert rows(remote) == rows(embedded)
    assert remote.export("nquads") == embedded.export("nquads")


def test_rebuilding_on_the_server_replaces_graphs(server: str, corpus: Path) -> None:
    remote = RemoteStore(server)
    cfg = load_config(environ={}, store=server)
    build([corpus / "imiquimod.md"], remote, cfg, link=False)
    before = len(remote)
    build([corpus / "imiquimod.md"], remote, cfg, link=False)
    assert len(remote) == before


def test_a_rebuild_on_the_server_skips_what_its_records_say_is_built(server: str, corpus: Path,
                                                                     tmp_path: Path) -> None:
    """The server has no index look-up (RemoteStore.holds): the records are read and compared."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("imiquimod.md", "albuterol.md"):
        shutil.copy(corpus / name, folder / name)
    remote = RemoteStore(server)
    cfg = load_config(environ={}, store=server)
    first = build([folder], remote, cfg, link=False)
    assert len(first.published) == 2 and not first.failed
    again = build([folder], remote, cfg, link=False)
    assert (again.skipped, again.published) == (2, [])
    page = folder / "albuterol.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nA note added to the page.\n", encoding="utf-8")
    changed = build([folder], remote, cfg, link=False)
    assert [(p.path, p.change) for p in changed.published] == [(str(page), "changed")] and changed.skipped == 1


def test_server_errors_become_kg_errors(server: str) -> None:
    with pytest.raises(QueryError, match="400"):
        RemoteStore(server).query("SELECT WHERE {")
    with pytest.raises(StoreError, match="cannot reach"):
        RemoteStore(f"http://127.0.0.1:{free_port()}").query("ASK {}")
