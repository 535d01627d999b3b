"""Hostile monographs against the real ``kg`` command (issue 9, points 10, 11, 12 and 14).

Every case ends with ``file:line: message (hint)`` (or ``file: message (hint)`` for what has no
line), the other monographs are built, and nothing runs away: each ``kg`` runs in a subprocess
under an address-space limit and a timeout, so a regression fails the test instead of taking
the machine.
"""
from __future__ import annotations

import os
import re
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "data" / "monographs"
BASE = "https://w3id.org/drugkg/id/"


def run_kg(*args: str, store: Path | None = None, memory_mb: int = 3072, timeout: float = 180,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m kg ARGS`` in a subprocess capped at ``memory_mb`` of address space."""
    def cap() -> None:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))

    full_env = {**os.environ, **(env or {})}
    full_env.pop("KG_STORE", None)
    if store is not None:
        full_env["KG_STORE"] = str(store)
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True, env=full_env,
                          cwd=ROOT, timeout=timeout, preexec_fn=cap)


def monograph(folder: Path, name: str, drug: str, *, front: str | None = None) -> Path:
    """A small monograph that builds (one use, one side effect) for ``drug``."""
    head = front if front is not None else f"---\nlayout: default\ntitle: {drug}\n---\n\n# {drug}\n"
    text = (f"{head}\n**Generic Name:** {drug}\n\n**Usage:**\n\n{drug} is used to treat:\n\n"
            f"* **Acne:** spots on the skin.\n\n**Side Effects:**\n\n{drug} can cause:\n\n* Headache\n\n"
            "**Note:** This information is AI-generated or crowd-sourced and may not be accurate.\n")
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def graphs(store: Path) -> set[str]:
    proc = run_kg("query", "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "--format", "csv", store=store)
    assert proc.returncode == 0, proc.stderr
    return {line.strip() for line in proc.stdout.splitlines()[1:] if line.strip()}


def alias_bomb(levels: int = 9) -> str:
    """The "billion laughs" in YAML: nine anchors, each nine aliases of the one before."""
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        name, prev = chr(ord("a") + i), chr(ord("a") + i - 1)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    lines.append(f"title: *{chr(ord('a') + levels - 1)}")
    return "---\n" + "\n".join(lines) + "\n---\n"


# -- point 10: a YAML alias bomb in the front matter ------------------------------------------

def test_an_alias_bomb_is_refused_with_its_line_by_extract(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.md"
    bomb.write_text(alias_bomb() + "\n**Usage:** nothing\n", encoding="utf-8")
    started = time.monotonic()
    proc = run_kg("extract", str(bomb), "--format", "json", memory_mb=1024, timeout=60)
    assert time.monotonic() - started < 30
    assert proc.returncode == 1, proc.stderr[-500:]
    # the first anchor that stands for more than the bound: `e` (66,430 values) on line 6
    assert re.search(r"bomb\.md:6: front matter would hold more than 10,000 values .*alias.*\(.+\)",
                     proc.stderr), proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("front, line, words", [
    ("---\na: &a [*a]\ntitle: *a\n---\n", 2, "refers to itself"),
    ("---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\n", 2, "nested more than"),
    ("---\ntitle: " + "[" * 40000 + "\n---\n", 2, "nested more than"),  # libyaml would overflow its stack
    ("---\ntitle: X\nnote: " + "x" * 70_000 + "\n---\n", 1, "over the limit"),
    ("---\ntitle: X\nbig: " + "9" * 6000 + "\n---\n", 3, "cannot be read"),
    ("---\ntitle: [unclosed\nlayout: default\n---\n", 3, "broken front matter"),
], ids=["self-reference", "deep", "deep-unclosed", "large", "huge-integer", "syntax"])
def test_hostile_front_matter_ends_in_one_line_with_file_and_line(tmp_path: Path, front: str, line: int,
                                                                   words: str) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text(front + "\n# X\n\n**Usage:** nothing\n", encoding="utf-8")
    proc = run_kg("extract", str(bad), memory_mb=1024, timeout=60)
    assert proc.returncode == 1
    assert re.search(rf"bad\.md:{line}: [^\n]*{words}[^\n]*\(.+\)", proc.stderr), proc.stderr
    assert "Traceback" not in proc.stderr


def test_a_build_reports_the_bomb_and_builds_the_others(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    monograph(folder, "goodmab.md", "Goodmab")
    (folder / "bomb.md").write_text(alias_bomb() + "\n**Usage:** nothing\n", encoding="utf-8")
    store = tmp_path / "db"
    proc = run_kg("build", str(folder), "--no-reason", "--no-link", "--workers", "1", store=store,
                  memory_mb=2048)
    assert proc.returncode == 1
    assert re.search(r"bomb\.md:6: front matter would hold more than", proc.stderr), proc.stderr
    assert "Traceback" not in proc.stderr
    assert f"{BASE}graph/monograph/goodmab" in graphs(store)


# -- point 14: UTF-16 is said as such ---------------------------------------------------------

@pytest.mark.parametrize("encoding, name", [("utf-16", "UTF-16 (little-endian)"),
                                            ("utf-16-le", "UTF-16 (little-endian, no byte-order mark)"),
                                            ("utf-16-be", "UTF-16 (big-endian, no byte-order mark)"),
                                            ("utf-32", "UTF-32 (little-endian)")])
def test_a_utf16_monograph_is_called_utf16_not_binary(tmp_path: Path, encoding: str, name: str) -> None:
    text = (CORPUS / "imiquimod.md").read_text(encoding="utf-8")
    path = tmp_path / "wide.md"
    path.write_bytes(text.encode(encoding))
    proc = run_kg("extract", str(path), timeout=60)
    assert proc.returncode == 1
    assert f"wide.md:1: the file is {name} text, not UTF-8 (save it as UTF-8" in proc.stderr, proc.stderr
    assert "binary" not in proc.stderr


def test_binary_content_is_still_called_binary(tmp_path: Path) -> None:
    path = tmp_path / "blob.md"
    path.write_bytes(b"# Blob\n\n" + bytes(range(256)) * 4)
    proc = run_kg("extract", str(path), timeout=60)
    assert proc.returncode == 1 and "blob.md:3: binary content (NUL byte)" in proc.stderr, proc.stderr


def copy_corpus(folder: Path, *names: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name in names:
        shutil.copy(CORPUS / name, folder / name)
