"""``kg build``'s progress bar: on a terminal (a real pseudo-terminal), never in a pipe or with -q."""
from __future__ import annotations

import os
import pty
import shutil
import subprocess
import sys
from pathlib import Path

from tests.helpers import read_terminal

ROOT = Path(__file__).resolve().parent.parent
FILES = ("imiquimod.md", "albuterol.md", "loratadine.md")


def folder_of(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in FILES:
        shutil.copy(ROOT / "data" / "monographs" / name, folder / name)
    return folder


def build(tmp_path: Path, *extra: str, tty: bool) -> tuple[int, str, str]:
    """``kg build`` in a subprocess, its stderr a pipe or a pseudo-terminal: (status, stdout, stderr)."""
    args = [sys.executable, "-m", "kg", "build", str(folder_of(tmp_path)), "--store", str(tmp_path / "db"),
            "--no-link", "--no-reason", *extra]
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "160"}
    env.pop("NO_COLOR", None)
    if not tty:
        proc = subprocess.run(args, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
        return proc.returncode, proc.stdout, proc.stderr
    master, slave = pty.openpty()
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=slave, cwd=ROOT, env=env) as child:
        os.close(slave)
        err = read_terminal(master)
        out = child.stdout.read().decode() if child.stdout else ""
        status = child.wait(timeout=300)
    os.close(master)
    return status, out, err.decode("utf-8", "replace")


def test_no_progress_bar_in_a_pipe(tmp_path: Path) -> None:
    status, out, err = build(tmp_path, tty=False)
    assert status == 0, err
    assert "monographs/s" not in err and "\x1b[" not in err and "ETA" not in err
    assert "added 3:" in out


def test_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    status, out, err = build(tmp_path, tty=True)
    assert status == 0, err
    assert "monographs/s" in err and "ETA" in err and "3/3" in err
    assert "added 3:" in out  # the summary goes to stdout, whole


def test_quiet_on_a_terminal_has_no_bar(tmp_path: Path) -> None:
    status, out, err = build(tmp_path, "--quiet", tty=True)
    assert status == 0, err
    assert "monographs/s" not in err and "ETA" not in err
    assert "added 3:" in out


def test_a_large_build_says_it_is_closing_the_store(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """After a large build the store may take a minute to close (RocksDB compacting): the build
    says so before it waits (not with -q, nor after a small build), and how long it waited
    when that was long."""
    from click.testing import CliRunner

    import kg.cli.build as cli_build
    from kg.cli import main

    args = ["build", str(folder_of(tmp_path)), "--store", str(tmp_path / "db"), "--no-link", "--no-reason"]
    monkeypatch.setattr(cli_build, "CLOSE_NOTE_AT", len(FILES))
    monkeypatch.setattr(cli_build, "CLOSE_SAID_AFTER", 0.0)
    said = CliRunner().invoke(main, args)
    assert said.exit_code == 0, said.output
    assert f"closing the store (after {len(FILES)} monographs" in said.stderr
    assert "closed the store in" in said.stderr
    quiet = CliRunner().invoke(main, [*args, "--force", "-q"])
    assert quiet.exit_code == 0 and "closing the store (" not in quiet.stderr
    monkeypatch.setattr(cli_build, "CLOSE_NOTE_AT", len(FILES) + 1)
    small = CliRunner().invoke(main, [*args, "--force"])
    assert small.exit_code == 0 and "closing the store (" not in small.stderr
