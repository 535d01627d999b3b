"""``kg query``'s table: on a terminal, CURIEs and cells cut to its width (and a note saying so
on stderr); with ``--wide``, or whenever stdout is not a terminal, every IRI whole. The terminal
is a real pseudo-terminal, 80 columns wide."""
from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from kg.config import Config
from kg.store import OxigraphStore
from tests.helpers import read_terminal

ROOT = Path(__file__).resolve().parent.parent
QUERY = ("PREFIX dkg: <https://w3id.org/drugkg/vocab/> SELECT ?st ?drug ?quote WHERE { "
         "?st a dkg:IndicationStatement ; dkg:subject ?drug ; dkg:quote ?quote } ORDER BY ?st LIMIT 3")


def run(store: str, *args: str, terminal: bool) -> tuple[str, str]:
    """``kg query`` with stdout on a pipe or on an 80-column pseudo-terminal: (stdout, stderr)."""
    env = {**os.environ, "COLUMNS": "80", "KG_STORE": store, "TERM": "dumb", "NO_COLOR": "1"}
    cmd = [sys.executable, "-m", "kg", "query", *args, QUERY]
    if not terminal:
        proc = subprocess.run(cmd, capture_output=True, env=env, cwd=ROOT, timeout=120, check=True)
        return proc.stdout.decode(), proc.stderr.decode()
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cmd, stdout=follower, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    os.close(follower)
    out = read_terminal(leader)
    _, err = proc.communicate(timeout=120)
    os.close(leader)
    assert proc.returncode == 0, err
    return out.decode().replace("\r\n", "\n"), err.decode()


@pytest.fixture(scope="module")
def store(built: tuple[OxigraphStore, object, Config]) -> str:
    return str(built[2].store)


def statements(store: str) -> list[str]:
    out, _ = run(store, "--format", "csv", terminal=False)
    return [line.split(",")[0] for line in out.splitlines()[1:]]


def test_on_a_terminal_cells_are_cut_and_it_says_so(store: str) -> None:
    out, err = run(store, terminal=True)
    lines = [line for line in out.splitlines() if line.strip()]
    assert lines and max(len(line) for line in lines) <= 80, out
    assert "…" in out and "id:statement/" in out  # CURIEs, cut
    assert "--wide" in err and "80 columns" in err
    for iri in statements(store):
        assert iri not in out


@pytest.mark.parametrize("terminal", [True, False], ids=["wide-on-a-terminal", "piped"])
def test_wide_or_piped_shows_every_iri_whole(store: str, terminal: bool) -> None:
    out, err = run(store, *(["--wide"] if terminal else []), terminal=terminal)
    iris = statements(store)
    assert len(iris) == 3
    for iri in iris:
        assert iri in out
    assert "…" not in out and "cut" not in err
    assert "3 rows" in out
