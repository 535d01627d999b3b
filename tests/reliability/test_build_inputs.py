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


def run_kg(*args: str, store: Path | None = None, memory_mb: int | None = 3072, timeout: float = 180,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m kg ARGS`` in a subprocess capped at ``memory_mb`` of address space (None: no
    cap, for builds that run the reasoner: Java reserves more address space than it uses)."""
    def cap() -> None:
        if memory_mb is not None:
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


# -- point 11: bounds per file ----------------------------------------------------------------

def bullets(path: Path, n: int, drug: str = "Bulletmab") -> Path:
    """A page whose side-effect list has ``n`` items (each a claim)."""
    with path.open("w", encoding="utf-8") as f:
        f.write(f"---\ntitle: {drug}\n---\n\n# {drug}\n\n**Generic Name:** {drug}\n\n**Usage:**\n\n"
                f"{drug} is used to treat:\n\n* **Acne:** spots.\n\n**Side Effects:**\n\n{drug} can cause:\n\n")
        for i in range(n):
            f.write(f"* Effect number {i} reaction\n")
    return path


def test_a_50_mb_monograph_is_refused_by_size_and_the_others_are_built(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    copy_corpus(folder, "imiquimod.md")
    with (folder / "huge.md").open("w", encoding="utf-8") as f:
        f.write("# Huge\n\n**Side Effects:**\n\n")
        for _ in range(50):
            f.write("* word\n" * 150_000)  # 50 MB of bullets: took a build to 23 GB
    bullets(folder / "bullets.md", 100_000)  # 100,000 bullets (3 MB): ran past 15 minutes
    started = time.monotonic()
    proc = run_kg("build", str(folder), "--no-reason", "--no-link", store=tmp_path / "db", memory_mb=2048)
    assert time.monotonic() - started < 60
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert re.search(r"huge\.md: 52,500,0\d\d bytes, over the limit of 524,288 bytes per monograph \(.*"
                     r"--max-file-size", proc.stderr), proc.stderr
    assert re.search(r"bullets\.md: [\d,]+ bytes, over the limit", proc.stderr), proc.stderr
    assert "added 1: imiquimod.md" in proc.stdout
    assert f"{BASE}graph/monograph/imiquimod" in graphs(tmp_path / "db")


def test_too_many_claims_are_refused_at_the_first_claim_over_the_limit(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    copy_corpus(folder, "imiquimod.md")
    bullets(folder / "bullets.md", 3000)  # 90 KB: under the size limit
    proc = run_kg("build", str(folder), "--no-reason", "--no-link", store=tmp_path / "db")
    assert proc.returncode == 1
    # the line given is the one of the 2,001st claim: one of the effects
    m = re.search(r"bullets\.md:(\d+): 3,0\d\d claims, over the limit of 2,000 per monograph .*\(.*--max-claims",
                  proc.stderr)
    assert m, proc.stderr
    lines = (folder / "bullets.md").read_text(encoding="utf-8").splitlines()
    assert lines[int(m.group(1)) - 1].startswith("* Effect number")
    assert f"{BASE}graph/monograph/imiquimod" in graphs(tmp_path / "db")


def test_the_limits_are_configurable_by_option_and_environment(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    bullets(folder / "bullets.md", 2100)
    raised = run_kg("build", str(folder), "--no-reason", "--no-link", "--max-claims", "2500",
                    store=tmp_path / "a")
    assert raised.returncode == 0, raised.stderr[-1000:]
    small = run_kg("build", str(folder), "--no-reason", "--no-link", store=tmp_path / "b",
                   env={"KG_MAX_FILE_SIZE": "10k"})
    assert small.returncode == 1 and "over the limit of 10,240 bytes" in small.stderr, small.stderr
    bad = run_kg("build", str(folder), "--max-file-size", "lots", store=tmp_path / "c")
    assert bad.returncode == 2 and "'lots' is not a size" in bad.stderr
    bad_env = run_kg("build", str(folder), store=tmp_path / "c", env={"KG_MAX_CLAIMS": "-1"})
    assert bad_env.returncode == 1 and "$KG_MAX_CLAIMS" in bad_env.stderr and "Traceback" not in bad_env.stderr


# -- point 12: two files that mint one key ----------------------------------------------------

def test_files_that_mint_one_key_are_all_reported_and_none_is_dropped_silently(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    monograph(folder, "a b.md", "Alphamab")
    monograph(folder, "A-B.md", "Betamab")
    monograph(folder, "a_b.md", "Gammamab")
    monograph(folder, "other.md", "Othermab")
    store = tmp_path / "db"
    proc = run_kg("build", str(folder), "--no-reason", "--no-link", store=store)
    assert proc.returncode == 1
    for name in ("a b.md", "A-B.md", "a_b.md"):
        line = next((x for x in proc.stderr.splitlines() if x.startswith(f"error: {folder / name}:")), "")
        assert "mints the same monograph key 'a-b'" in line and "rename one of them" in line, proc.stderr
        assert all(str(folder / other) in line for other in ("a b.md", "A-B.md", "a_b.md") if other != name)
    assert "collision: 3 files mint the monograph key 'a-b', none built" in proc.stderr
    assert "3 failed" in proc.stdout
    built = graphs(store)
    assert f"{BASE}graph/monograph/other" in built and f"{BASE}graph/monograph/a-b" not in built
    # renamed, both are built, each with its own drug
    (folder / "A-B.md").rename(folder / "betamab.md")
    (folder / "a_b.md").rename(folder / "gammamab.md")
    again = run_kg("build", str(folder), "--no-reason", "--no-link", store=store)
    assert again.returncode == 0, again.stderr
    assert {f"{BASE}graph/monograph/{k}" for k in ("a-b", "betamab", "gammamab")} <= graphs(store)


def test_a_later_build_that_takes_over_a_key_says_so(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    monograph(first, "a b.md", "Alphamab")
    monograph(second, "A-B.md", "Betamab")
    store = tmp_path / "db"
    assert run_kg("build", str(first), "--no-reason", "--no-link", "-q", store=store).returncode == 0
    later = run_kg("build", str(second), "--no-reason", "--no-link", "-q", store=store)
    assert later.returncode == 0
    assert (f"note: {second / 'A-B.md'} replaces the graph <{BASE}graph/monograph/a-b> built before from "
            "'a b.md'") in later.stdout, later.stdout


def test_one_file_named_twice_is_built_once(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    copy_corpus(folder, "imiquimod.md")
    proc = run_kg("build", str(folder), str(folder / "imiquimod.md"), f"{folder}/./imiquimod.md",
                  "--no-reason", "--no-link", store=tmp_path / "db")
    assert proc.returncode == 0, proc.stderr
    assert "built 1 monographs" in proc.stdout and "1 found" in proc.stdout


# -- point 14: no monographs, and rejections without a line -----------------------------------

def test_a_folder_without_monographs_is_an_error(tmp_path: Path) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    (folder / "INDEX.md").write_text("# Index\n", encoding="utf-8")
    (folder / "notes.txt").write_text("not a monograph\n", encoding="utf-8")
    proc = run_kg("build", str(folder), store=tmp_path / "db")
    assert proc.returncode == 1
    assert f"no monographs under {folder}: nothing was built" in proc.stderr and "INDEX.md" in proc.stderr
    assert not (tmp_path / "db").exists()  # nothing was created either


def test_no_claim_and_a_label_without_letters_are_reported_with_their_line(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "nothingmab.md").write_text(
        "---\ntitle: Nothingmab\n---\n\n# Nothingmab\n\n**Generic Name:** Nothingmab\n\n"
        "**Note:** This information is AI-generated or crowd-sourced and may not be accurate.\n", encoding="utf-8")
    (folder / "punct.md").write_text(
        "---\ntitle: Punctmab\n---\n\n# Punctmab\n\n**Generic Name:** Punctmab\n\n**Usage:**\n\n"
        "Punctmab is used to treat:\n\n* **Acne:** spots.\n* **...:** dots.\n", encoding="utf-8")
    proc = run_kg("build", str(folder), "--no-reason", "--no-link", store=tmp_path / "db")
    assert proc.returncode == 1
    # the drug that makes no claim: the line where the page names it
    assert re.search(r"rejected \S*nothingmab\.md: nothingmab\.md:7: the drug \S+ makes no claim.*\(hint: ",
                     proc.stderr), proc.stderr
    assert re.search(r"punct\.md:14: the condition label '\.\.\.' has no letters or digits .*\(.+\)",
                     proc.stderr), proc.stderr


# -- issue 8: the extractor's warnings in the build summary -----------------------------------

def test_the_summary_counts_the_extractors_warnings_per_kind(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    monograph(folder, "goodmab.md", "Goodmab")  # no mechanism section
    proc = run_kg("build", str(folder), "--no-reason", "--no-link", "-q", store=tmp_path / "db")
    assert proc.returncode == 0, proc.stderr
    summary = next((x for x in proc.stdout.splitlines() if x.startswith("extractor warnings")), "")
    assert re.search(r"no-mechanism in 1 \(goodmab\.md\)", summary), proc.stdout
