"""Every page model-written layouts produce is read, and none that yields nothing goes unwarned.

The corpora: ``tests/fixtures/heldout-wild`` (other drugs in the wild layouts),
``tests/fixtures/firstcontact`` (layouts the wild set lacks) and, when it is beside the
checkout, ``../shared/monographs-wild``. Each was written with its ground truth before the
extractor saw it; the floors below sit a little under today's means (scored with the lenient
comparison of tests/test_extract.py, without precautions), so a change that loses ground fails.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract_file
from tests.test_extract import TOTAL_WEIGHTS, _scores

ROOT = Path(__file__).resolve().parent
CORPORA = {
    "heldout-wild": (ROOT / "fixtures" / "heldout-wild", 0.95),
    "firstcontact": (ROOT / "fixtures" / "firstcontact", 0.86),
    # written blind in layouts none of the others use (whole-page tables, emoji labels, definition
    # lists, "**Usage.**"); 0.242 at first contact (see its INDEX.md), 0.95 since 2026-12-01 (0.99 here)
    "firstcontact2": (ROOT / "fixtures" / "firstcontact2", 0.95, 0.9),
    # prose paragraphs, em-dash labels, HTML, fenced YAML, question labels, glyph bullets; 0.254 at
    # first contact (see its INDEX.md), 0.83 since (0.85 here)
    "firstcontact3": (ROOT / "fixtures" / "firstcontact3", 0.82, 0.6),
    # a whole answer in a blockquote, MediaWiki headings, "#" section headings, bracketed frequency tags,
    # em-dash run-in labels with inline enumerations "(1) ... (a) ..."; 0.738 at first contact (see its
    # INDEX.md), 0.95 since (0.98 by this comparison)
    "firstcontact4": (ROOT / "fixtures" / "firstcontact4", 0.95, 0.9),
    # citation markers, decimal outlines, a clinician's shorthand note (ADRs, MOA, arrows, slashes),
    # bold labels without colons, CRLF; 0.646 at first contact (2026-12-01), 0.89 since (0.92 here)
    "firstcontact5": (ROOT / "fixtures" / "firstcontact5", 0.90, 0.72),
    # <details> section blocks, a "What to do" table column, a TL;DR box and second-person uses, GitHub
    # alerts, a whole answer as a definition list; 0.669 at first contact (2026-12-02), 0.94 since (0.97 here)
    "firstcontact6": (ROOT / "fixtures" / "firstcontact6", 0.95, 0.85),
    "shared-wild": (ROOT.parent.parent / "shared" / "monographs-wild", 0.95),
}


def _pages(folder: Path) -> list[Path]:
    return sorted(p for p in folder.glob("*.md") if p.with_suffix(".expected.yaml").exists())


def _total(path: Path) -> float:
    s = _scores(path)
    return sum(w * s[k] for k, w in TOTAL_WEIGHTS.items()) / sum(TOTAL_WEIGHTS.values())


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_corpus_mean_stays_above_its_floor(name: str) -> None:
    folder, floor, *page_floor = CORPORA[name]
    pages = _pages(folder)
    if not pages:
        pytest.skip(f"{folder} is not here")
    totals = {p.name: _total(p) for p in pages}
    mean = sum(totals.values()) / len(totals)
    worst = sorted(totals.items(), key=lambda kv: kv[1])[:3]
    assert mean >= floor, f"{name}: mean {mean:.3f} < {floor}; weakest {worst}"
    assert min(totals.values()) >= (page_floor or [0.5])[0], f"{name}: a page is read badly: {worst}"


ALL = [p for folder, *_ in CORPORA.values() for p in _pages(folder)]
#: pages whose layout we do not read yet (each warned about as having no section), and why
UNREAD: dict[str, str] = {}  # (none today: the fenced-YAML page of firstcontact3 is read since 2026-12-01)


@pytest.mark.parametrize("path", ALL, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_page_that_yields_nothing_is_warned_about(path: Path) -> None:
    x = extract_file(path)
    kinds = {w.kind for w in x.coverage.warnings}
    for field, kind in (("treats", "no-uses"), ("side_effects", "no-side-effects")):
        assert getattr(x, field) or kind in kinds, f"{path.name}: no {field} and no {kind} warning"
    assert any(m.is_target for m in x.mechanism) or "no-mechanism" in kinds
    recognised = {s.kind for s in x.coverage.sections}
    gap = UNREAD.get(f"{path.parent.name}/{path.name}")
    if gap:  # warned about (asserted above), but its sections are not read yet: said, and held to it
        assert not {"uses", "side_effects", "mechanism"} & recognised, "read now: take it out of UNREAD"
        pytest.xfail(gap)
    assert {"uses", "side_effects", "mechanism", "faqs"} <= recognised, recognised
