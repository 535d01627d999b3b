"""A reader that raises on a page costs the page that reader's claims only: the others stand, and the page says which
reader failed (a warning, mapped into the graph like every warning), instead of a traceback that stops the build."""
from __future__ import annotations

from pathlib import Path

from kg.extract import READER_FAILED, RULES, extract
from kg.parse import parse_file, parse_text

_PAGE = ("---\ntitle: Zoravir\n---\n\n# Zoravir\n\n## Usage\n\nIt is used to treat shingles.\n\n## Side Effects\n\n"
         "- Headache\n- Nausea\n")


def _broken(doc, result) -> None:
    raise IndexError("list index out of range")


def test_a_failing_reader_leaves_the_other_claims_and_says_so() -> None:
    rules = [(n, _broken if n == "mechanism" else r) for n, r in RULES]
    x = extract(parse_text(_PAGE, "zoravir.md"), rules)
    assert [u.label for u in x.treats] == ["Shingles"]
    assert [e.label for e in x.side_effects] == ["Headache", "Nausea"]
    failed = [w for w in x.coverage.warnings if w.kind == READER_FAILED]
    assert len(failed) == 1 and "mechanism" in failed[0].message and "IndexError" in failed[0].message
    assert failed[0].line == 5  # the title's line


def test_the_dokuwiki_page_that_raised_reads_without_a_failure() -> None:
    page = Path(__file__).parent / "fixtures" / "firstcontact89" / "ruxolitinib-cream.md"
    x = extract(parse_file(page))
    assert not [w for w in x.coverage.warnings if w.kind == READER_FAILED]


def test_a_notation_reader_that_raises_leaves_the_page_read_as_markdown(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kg import formats

    def raises(body: str) -> str:
        raise ValueError("a reader's own fault")

    monkeypatch.setattr(formats, "rewrite", raises)
    x = extract(parse_text(_PAGE, "zoravir.md"))
    assert [u.label for u in x.treats] == ["Shingles"] and [e.label for e in x.side_effects] == ["Headache", "Nausea"]
    failed = [w for w in x.coverage.warnings if w.kind == READER_FAILED]
    assert len(failed) == 1 and "ValueError" in failed[0].message and "plain Markdown" in failed[0].message


def test_a_notation_reader_that_adds_lines_is_refused_so_evidence_keeps_its_lines(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from kg import formats

    monkeypatch.setattr(formats, "rewrite", lambda body: body.replace("- Headache", "- Headache\n- Invented line"))
    x = extract(parse_text(_PAGE, "zoravir.md"))
    assert [e.label for e in x.side_effects] == ["Headache", "Nausea"]  # the source's lines, not the reader's
    assert {e.label: e.evidence.span.start for e in x.side_effects} == {"Headache": 13, "Nausea": 14}
    failed = [w for w in x.coverage.warnings if w.kind == READER_FAILED]
    assert len(failed) == 1 and "14 lines into 15" in failed[0].message, failed


def test_the_notebook_that_raised_reads_without_a_failure() -> None:
    page = Path(__file__).parent / "fixtures" / "firstcontact91" / "basiliximab.md"
    x = extract(parse_file(page))
    assert not [w for w in x.coverage.warnings if w.kind == READER_FAILED]
    assert x.treats and x.side_effects
