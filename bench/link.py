"""Benchmark the linker: how long a label takes to be linked, beside a plain dictionary of the same
vocabularies' exact labels (the least any linker does), in one run.

    python bench/link.py [FOLDER ...] [--repeat 3] [--json OUT]

The labels are the real ones: every condition and side effect that ``kg extract`` reads from the
monographs of FOLDER (by default ``data/monographs`` and every folder of ``tests/fixtures`` that
holds monographs), each (kind, label) once. Measured, each on a linker built afresh:

- **cold**: the first look-up of each label (the linker's tiers, normalisation and lexicons);
- **memoised**: the same labels again (a label met on many pages costs a dictionary look-up);
- **plain dict**: each label lower-cased and looked up in one dictionary of every HPO, DOID and
  MONDO label and exact synonym the linker's sources hold, which finds far fewer (the figure says
  how much our normalisation costs, not what it buys).

Reported in ms per label and as ratios to the plain dictionary; the best of ``--repeat`` runs.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.config import load_config  # noqa: E402
from kg.extract import extract  # noqa: E402
from kg.link import build_linker, vocab_dir  # noqa: E402
from kg.parse import parse_file  # noqa: E402


def labels_of(folders: list[Path]) -> list[tuple[str, str]]:
    seen: dict[tuple[str, str], None] = {}
    for folder in folders:
        for md in sorted(folder.glob("*.md")):
            if md.stem in {"INDEX", "README"}:
                continue
            try:
                data = extract(parse_file(md)).to_json()
            except Exception as e:  # noqa: BLE001 - a page that does not read is said and skipped
                print(f"skipped {md}: {e}", file=sys.stderr)
                continue
            for item in data["treats"]:
                seen.setdefault(("condition", item["label"]), None)
            for item in data["side_effects"]:
                seen.setdefault(("side-effect", item["label"]), None)
    return list(seen)


def plain_dictionary(linker: object) -> dict[str, str]:
    """Every exact label and synonym the linker's indexes hold, lower-cased: the naive linker."""
    table: dict[str, str] = {}
    for tier in linker.tiers["condition"] + linker.tiers["side-effect"]:  # type: ignore[attr-defined]
        for ix in tier:
            for scope in ("label", "exact"):
                for hits in ix.names[scope].values():
                    for curie, text in hits:
                        table.setdefault(text.lower(), curie)
    return table


def timed(run: object, labels: list[tuple[str, str]]) -> tuple[float, int]:
    start = time.perf_counter()
    found = sum(1 for kind, label in labels if run(kind, label))  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000 / len(labels), found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="*", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    folders = args.folders or [ROOT / "data" / "monographs",
                               *sorted(p for p in (ROOT / "tests" / "fixtures").iterdir() if any(p.glob("*.md")))]
    logging.getLogger("kg").setLevel(logging.ERROR)  # ties are the linker's report, not this one's
    labels = labels_of(folders)
    cfg = load_config(environ={})
    started = time.perf_counter()
    build_linker(vocab_dir(cfg), ROOT / "data" / "mappings")
    build_seconds = time.perf_counter() - started
    rows: dict[str, tuple[float, int]] = {}
    for _ in range(args.repeat):
        linker = build_linker(vocab_dir(cfg), ROOT / "data" / "mappings")
        plain = plain_dictionary(linker)
        for name, run in (("cold", linker), ("memoised", linker),
                          ("plain dict", lambda kind, label, table=plain: table.get(label.lower()))):
            ms, found = timed(run, labels)
            if name not in rows or ms < rows[name][0]:
                rows[name] = (ms, found)
    base = rows["plain dict"][0]
    print(f"{len(labels):,} distinct labels from {len(folders)} folders; linker built in {build_seconds:.1f} s\n")
    print("| look-up | ms per label | × plain dict | labels linked |")
    print("|---|---|---|---|")
    for name, (ms, found) in rows.items():
        print(f"| {name} | {ms:.4f} | {ms / base:,.0f} | {found:,} of {len(labels):,} |")
    if args.json:
        args.json.write_text(json.dumps({"labels": len(labels), "build_seconds": build_seconds,
                                         "rows": {k: {"ms": v[0], "linked": v[1]} for k, v in rows.items()}},
                                        indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
