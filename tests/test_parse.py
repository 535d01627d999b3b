"""Tests of kg.parse: spans, line endings, Unicode, sections/blocks and every ParseError case."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import ParseError
from kg.parse import parse_bytes, parse_file, parse_text

DATA = Path(__file__).resolve().parent.parent / "data" / "monographs"
MONOGRAPHS = sorted(p for p in DATA.glob("*.md") if p.name != "INDEX.md")

SMALL = """---
title: Demo
---

# Demo

**Generic Name:** Demo (demozine)

**Usage:**

Demo is a topical thing used to treat:

* **First (FC):**  One.
* **Second:**  Two.

## Side Effects

* **Common side effects:**
    * Headache
    * Dry mouth

**FAQs:**

1. **Question one?** Answer one.
2. **Question two?** Answer two."""


def test_sections_and_spans() -> None:
    doc = parse_text(SMALL, "demo.md")
    assert doc.title == "Demo" and doc.title_span.start == 5
    assert [s.title for s in doc.sections] == ["Generic Name", "Usage", "Side Effects", "FAQs"]
    assert doc.sections[0].inline == "Demo (demozine)"
    items = [b for b in doc.section("Usage").blocks if b.kind == "item"]
    assert [(b.label, b.text, b.span.start) for b in items] == [("First (FC)", "One.", 13), ("Second", "Two.", 14)]
    for b in items:
        assert b.label.split(" ")[0] in doc.lines[b.span.start - 1]


def test_nested_items_have_depth_and_children() -> None:
    sec = parse_text(SMALL, "demo.md").section("Side Effects")
    parent, *kids = sec.blocks
    assert parent.label == "Common side effects" and parent.text == ""
    assert [k.text for k in kids] == ["Headache", "Dry mouth"] and all(k.depth == 1 for k in kids)
    assert parent.children == kids


def test_numbered_items_are_ordered() -> None:
    faq = parse_text(SMALL, "demo.md").section("FAQs")
    assert [(b.label, b.ordered) for b in faq.blocks] == [("Question one?", True), ("Question two?", True)]


@pytest.mark.parametrize("variant", ["lf", "crlf", "final-newline"])
def test_line_endings_do_not_move_spans(variant: str) -> None:
    text = {"lf": SMALL, "crlf": SMALL.replace("\n", "\r\n"), "final-newline": SMALL + "\n"}[variant]
    doc = parse_text(text, "demo.md")
    assert doc.lines[-1] == "2. **Question two?** Answer two."
    assert all("\r" not in line for line in doc.lines)
    assert doc.section("FAQs").blocks[-1].span.start == len(doc.lines)


def test_non_breaking_hyphen_normalised_in_labels_only() -> None:
    doc = parse_text("# T\n\n**Usage:**\n\n* **5\u2011FU cream:**  Text with 5\u2011FU and \u03b22.\n", "t.md")
    item = doc.section("Usage").blocks[0]
    assert item.label == "5-FU cream"
    assert "\u03b22" in item.text and "\u2011" in doc.lines[item.span.start - 1]


@pytest.mark.parametrize("path", MONOGRAPHS, ids=lambda p: p.name)
def test_corpus_parses(path: Path) -> None:
    doc = parse_file(path)
    assert doc.title and len(doc.sha256) == 64
    assert doc.section("Generic Name") is not None
    for sec in doc.sections:
        for b in sec.blocks:
            assert 1 <= b.span.start <= b.span.end <= len(doc.lines)


@pytest.mark.parametrize("raw, line, words", [
    (b"# T\n\nok\n\x00\x01binary", 4, "binary"),
    (b"# T\n\nline two\n\xff\xfe bad", 4, "UTF-8"),
    (b"---\nlayout: x\ntitle: [unclosed\n---\n# T\n", 3, "front matter"),
    (b"---\ntitle: x\n# T\n", 1, "unterminated"),
    (b"no heading here\n", 1, "no title"),
    (b"---\n- a\n- b\n---\n# T\n", 2, "mapping"),
])
def test_parse_errors_name_file_and_line(raw: bytes, line: int, words: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_bytes(raw, "bad.md")
    err = info.value
    assert err.file == "bad.md" and err.line == line
    assert f"bad.md:{line}:" in str(err) and words.casefold() in str(err).casefold()


def test_front_matter_title_is_the_fallback() -> None:
    doc = parse_text("---\ntitle: Only FM\n---\n\n**Usage:** x\n", "fm.md")
    assert doc.title == "Only FM" and doc.front_matter == {"title": "Only FM"}


def test_file_hash_is_of_raw_bytes(tmp_path: Path) -> None:
    import hashlib

    raw = SMALL.replace("\n", "\r\n").encode()
    p = tmp_path / "demo.md"
    p.write_bytes(raw)
    assert parse_file(p).sha256 == hashlib.sha256(raw).hexdigest()
