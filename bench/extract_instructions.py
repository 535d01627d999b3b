#!/usr/bin/env python3
"""Parse + extract cost in instructions per page, this tree against an older commit, side by side.

    python bench/extract_instructions.py [--old f9d8882] [--corpus data/monographs] [--rounds 3] [--cold]

Counted with ``valgrind --tool=callgrind``, which a loaded machine does not disturb (timings on this
project's shared 2-core machine vary by 30% from run to run). Each checkout runs in its own
interpreter: the corpus is parsed and extracted once (imports, lazily built parsers and
patterns), then ``--rounds`` times with collection on, only around each page's ``parse_file`` +
``extract`` (``--toggle-collect`` on ``sys.call_tracing``, through which each page is run).
The figure is instructions per page, and the ratio is this tree's over the older commit's.

The functions both extractors memoise by text (``functools.lru_cache``) answer from the
warm-up in the default, "warm", measurement: what a build that meets the same sentences again
pays. ``--cold`` empties every such cache of ``kg`` (those of more than 64 entries; the parser
and pattern builders stay) before each page: what a page of sentences never seen costs.

The older commit is read with ``git archive`` into a temporary directory (the checkout is not
touched). Needs ``valgrind``; the interpreter is this one's real executable (not a pyenv shim,
which valgrind would count too).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Run inside valgrind: argv = code dir, rounds, cold (0/1), then the page files.
HARNESS = r"""
import functools, json, sys
code, rounds, cold, files = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", sys.argv[4:]
sys.path.insert(0, code)
import kg
from kg.extract import extract
from kg.parse import parse_file
assert kg.__file__.startswith(code), f"kg imported from {kg.__file__}, not from {code}"
for f in files:
    extract(parse_file(f))
caches = [v for name, m in list(sys.modules.items()) if name == "kg" or name.startswith("kg.")
          for v in vars(m).values() if isinstance(v, functools._lru_cache_wrapper)
          and (v.cache_info().maxsize is None or v.cache_info().maxsize > 64)] if cold else []
def page(f):
    extract(parse_file(f))
for _ in range(rounds):
    for f in files:
        for c in caches:
            c.cache_clear()
        sys.call_tracing(page, (f,))
print(json.dumps({"pages": rounds * len(files), "caches_cleared": len(caches)}))
"""


def instructions(code: Path, files: list[Path], rounds: int, cold: bool, python: str) -> tuple[float, int]:
    """Instructions per page of parse + extract for the kg package in ``code``, and the pages counted."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        cmd = ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--collect-atstart=no",
               "--toggle-collect=sys_call_tracing", python, "-c", HARNESS, str(code), str(rounds),
               "1" if cold else "0", *map(str, files)]
        run = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp,
                             env={**os.environ, "PYTHONHASHSEED": "0"})
        if run.returncode != 0:
            sys.exit(f"error: the measurement of {code} failed:\n{run.stderr.strip()[-2000:]}")
        info = json.loads(run.stdout.strip().splitlines()[-1])
        total = re.search(r"^summary:\s*(\d+)", out.read_text(), re.M)
        if total is None:
            sys.exit(f"error: no 'summary:' line in callgrind's output for {code}")
        return int(total.group(1)) / info["pages"], info["pages"]


def checkout(rev: str, into: Path) -> Path:
    """The tree of ``rev`` (a commit of this repository) unpacked under ``into``."""
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", "--format=tar", rev], capture_output=True)
    if archive.returncode != 0:
        sys.exit(f"error: cannot read commit {rev!r}: {archive.stderr.decode().strip()}")
    into.mkdir(parents=True)
    tar_path = into.parent / "tree.tar"
    tar_path.write_bytes(archive.stdout)
    with tarfile.open(tar_path) as tar:
        tar.extractall(into, filter="data")
    return into


def real_python() -> str:
    """This interpreter's executable with symlinks resolved (``sys.executable`` may be a shim)."""
    base = getattr(sys, "_base_executable", sys.executable)
    return os.path.realpath(base)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", default="f9d8882", help="the commit to compare with (default: %(default)s)")
    ap.add_argument("--corpus", type=Path, default=ROOT / "data" / "monographs")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the corpus counted (default: %(default)s)")
    ap.add_argument("--cold", action="store_true", help="empty kg's text memos before each page")
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        sys.exit("error: valgrind is not installed (apt-get install valgrind)")
    files = sorted(p for p in args.corpus.glob("*.md") if p.name not in ("INDEX.md", "README.md"))
    if not files:
        sys.exit(f"error: no monograph (*.md) in {args.corpus}")
    python = real_python()
    with tempfile.TemporaryDirectory() as tmp:
        old_code = checkout(args.old, Path(tmp) / "old")
        now, pages = instructions(ROOT, files, args.rounds, args.cold, python)
        then, _ = instructions(old_code, files, args.rounds, args.cold, python)
    mode = "cold (text memos emptied before each page)" if args.cold else "warm (after one pass over the corpus)"
    print(f"parse + extract, {len(files)} pages of {args.corpus} x {args.rounds} ({pages} counted), {mode},")
    print(f"callgrind instructions per page, {python}:")
    print(f"  this tree      {now / 1e6:8.2f} M")
    print(f"  {args.old:<14} {then / 1e6:8.2f} M")
    print(f"  ratio          {now / then:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
