"""Reading and writing SSSOM TSV (pure text in, rows out; no bioregistry).

An SSSOM TSV file is a YAML metadata block, each line prefixed with ``#`` (``curie_map``,
``mapping_set_id``, ``license`` ...), then a TSV table with a header row. The readers keep the
line number of every row so an error can point at it.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import LinkError

REQUIRED = ("subject_id", "predicate_id", "object_id", "mapping_justification")


@dataclass
class SSSOMFile:
    """A parsed SSSOM TSV: its metadata, its rows (column -> value) and their line numbers."""

    path: str
    metadata: dict[str, Any]
    rows: list[dict[str, str]] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    @property
    def curie_map(self) -> dict[str, str]:
        value = self.metadata.get("curie_map") or {}
        return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def read_sssom(path: str | Path, *, required: Sequence[str] = REQUIRED) -> SSSOMFile:
    """Parse an SSSOM TSV file; a malformed header, table or row raises :class:`LinkError`."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise LinkError(f"cannot read the mapping file: {exc}", file=str(p)) from exc
    return parse_sssom(text, str(p), required=required)


def parse_sssom(text: str, path: str = "<sssom>", *, required: Sequence[str] = REQUIRED) -> SSSOMFile:
    lines = text.splitlines()
    header_lines = 0
    while header_lines < len(lines) and lines[header_lines].startswith("#"):
        header_lines += 1
    meta_text = "\n".join(line[1:] for line in lines[:header_lines])
    try:
        metadata = yaml.safe_load(meta_text) or {} if meta_text.strip() else {}
    except yaml.YAMLError as exc:
        raise LinkError(f"the #-metadata block is not valid YAML: {exc}", file=path, line=1,
                        hint="each metadata line starts with '#', e.g. '#curie_map:'") from exc
    if not isinstance(metadata, dict):
        raise LinkError("the #-metadata block must be a YAML mapping", file=path, line=1)
    result = SSSOMFile(path, metadata)
    body = lines[header_lines:]
    reader = csv.reader(body, delimiter="\t")
    columns = next(reader, None)
    if not columns:
        raise LinkError("no table header after the metadata block", file=path, line=header_lines + 1)
    missing = [c for c in required if c not in columns]
    if missing:
        raise LinkError(f"the table lacks the column(s) {', '.join(missing)}", file=path,
                        line=header_lines + 1, hint=f"SSSOM needs {', '.join(required)}")
    for offset, row in enumerate(reader, start=header_lines + 2):
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(columns):
            raise LinkError(f"expected {len(columns)} tab-separated cells, found {len(row)}",
                            file=path, line=offset)
        result.rows.append(dict(zip(columns, (cell.strip() for cell in row))))
        result.lines.append(offset)
    return result


def format_sssom(metadata: Mapping[str, Any], columns: Sequence[str],
                 rows: Iterable[Mapping[str, str]]) -> str:
    """An SSSOM TSV document: ``#``-prefixed YAML metadata, then the table."""
    meta = yaml.safe_dump(dict(metadata), sort_keys=False, allow_unicode=True, width=1000)
    out = io.StringIO()
    for line in meta.splitlines():
        out.write(f"#{line}\n")
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([row.get(c, "") for c in columns])
    return out.getvalue()
