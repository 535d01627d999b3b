"""Every claim of every corpus carries its evidence: the quote is the file's text at
``[start, end)``, the evidence sentence holds the quote, and the line span holds both.

The offsets are checked against the file's bytes decoded as they are (CRLF, BOM and all), not
against the parser's normalised lines, so a shift anywhere in the chain fails here.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.extract import extract_file
from kg.model import Evidence, Extraction

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "data" / "monographs", ROOT / "tests" / "fixtures" / "monographs",
           ROOT / "tests" / "fixtures" / "heldout", ROOT / "tests" / "fixtures" / "firstcontact",
           ROOT / "tests" / "fixtures" / "heldout-wild", ROOT / "tests" / "fixtures" / "firstcontact2",
           ROOT / "tests" / "fixtures" / "firstcontact3", ROOT / "tests" / "fixtures" / "firstcontact4",
           ROOT / "tests" / "fixtures" / "firstcontact5",
           ROOT.parent / "shared" / "monographs", ROOT.parent / "shared" / "monographs-wild"]
FILES = sorted(p for c in CORPORA if c.is_dir() for p in c.glob("*.md") if p.name not in ("INDEX.md", "README.md"))


def _evidence(x: Extraction) -> Iterator[tuple[str, Evidence]]:
    yield "drug", x.drug.evidence
    for field in ("brand_names", "routes", "formulations", "treats", "mechanism", "side_effects", "serious_signs",
                  "precautions", "interactions", "faqs"):
        for item in getattr(x, field):
            yield field, item.evidence
    for name in x.drug.synonyms:
        yield "synonym", name.evidence
    for one in (x.drug_class, x.status, x.reliability):
        if one is not None:
            yield "name", one.evidence


def test_there_are_corpora() -> None:
    assert len(FILES) >= 40


@pytest.mark.parametrize("path", FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_quotes_are_the_files_text_at_their_offsets(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    lines_at = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    x = extract_file(path)
    problems = []
    for field, ev in _evidence(x):
        where = f"{field} {ev.quote!r}"
        if ev.start is None or ev.end is None:
            problems.append(f"{where}: no offsets")
            continue
        if text[ev.start:ev.end] != ev.quote or not ev.quote.strip():
            problems.append(f"{where}: file has {text[ev.start:ev.end]!r} at [{ev.start}, {ev.end})")
        if ev.quote not in ev.sentence:
            problems.append(f"{where}: not in its sentence {ev.sentence!r}")
        first, last = lines_at[ev.span.start - 1], (lines_at[ev.span.end] if ev.span.end < len(lines_at) else len(text))
        held = text[first:last]
        if not (first <= ev.start and ev.end <= last and ev.sentence in held):
            problems.append(f"{where}: lines {ev.span.start}-{ev.span.end} do not hold the quote and sentence")
        before, after = text[max(0, ev.start - len(ev.prefix)):ev.start], text[ev.end:ev.end + len(ev.suffix)]
        if before != ev.prefix or after != ev.suffix:
            problems.append(f"{where}: prefix/suffix are not the text around the quote")
    assert not problems, "\n".join(problems[:10])


def test_a_bom_and_crlf_file_keeps_offsets(tmp_path: Path) -> None:
    page = "\ufeff---\r\ntitle: Zed\r\n---\r\n\r\n# Zed\r\n\r\n**Usage:**\r\n\r\nZed is used to treat gout.\r\n"
    p = tmp_path / "zed.md"
    p.write_bytes(page.encode("utf-8"))
    x = extract_file(p)
    (use,) = x.treats
    text = p.read_bytes().decode("utf-8")
    assert text[use.evidence.start:use.evidence.end] == "gout"
    assert use.evidence.sentence == "Zed is used to treat gout."
