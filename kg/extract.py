"""Claim extractor (layer 1): :class:`kg.model.Document` -> :class:`kg.model.Extraction`.

The extractor is an ordered table of small rules with one signature, ``(doc, result) -> None``,
like markdown-it-py's core rule table: each rule fills its part of the result, and later
rules may read what earlier ones found (the drug's names, its status, the FAQ items).
A new claim kind is one function and one row. Never imports rdflib: claims stay plain Python.

    python -m kg.extract data/monographs/imiquimod.md    # the scorer's JSON on stdout
"""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from kg.extract_text import Quoter
from kg.extractors.advice import extract_faqs, extract_interactions, extract_precautions, extract_reliability
from kg.extractors.effects import extract_side_effects
from kg.extractors.identity import (
    extract_brands,
    extract_class,
    extract_drug,
    extract_formulations,
    extract_routes,
    extract_status,
)
from kg.extractors.mechanism import extract_mechanism
from kg.extractors.uses import extract_treats
from kg.model import READER_FAILED, Coverage, Document, Drug, Evidence, Extraction, SectionInfo, Warning_
from kg.sections import CLAIM_KINDS

__all__ = ["RULES", "Rule", "extract", "extract_file", "extraction_to_json", "main"]

Rule = Callable[[Document, Extraction], None]

#: The extractor, in order. The drug's names come first: later rules use them.
RULES: list[tuple[str, Rule]] = [
    ("drug", extract_drug),
    ("brand_names", extract_brands),
    ("drug_class", extract_class),
    ("status", extract_status),
    ("routes", extract_routes),
    ("formulations", extract_formulations),
    ("treats", extract_treats),
    ("mechanism", extract_mechanism),
    ("side_effects", extract_side_effects),
    ("faqs", extract_faqs),
    ("precautions", extract_precautions),
    ("interactions", extract_interactions),
    ("reliability", extract_reliability),
]


def extract(doc: Document, rules: list[tuple[str, Rule]] | None = None) -> Extraction:
    """Run every rule over ``doc`` and return the claims, each with its evidence."""
    q = Quoter(doc)
    placeholder = Drug(label=doc.title, evidence=q.evidence("title", doc.title_span, doc.title))
    result = Extraction(file=Path(doc.path).name, title=doc.title, sha256=doc.sha256, drug=placeholder)
    failed: list[Warning_] = []
    for name, rule in rules if rules is not None else RULES:
        try:
            rule(doc, result)
        except (MemoryError, RecursionError):
            raise  # (the build reports these for the file as a whole)
        except Exception as e:  # noqa: BLE001 - one reader's fault must not cost the page its other claims
            failed.append(Warning_(READER_FAILED, f"the reader of {name} failed on this page ({type(e).__name__}: "
                                   f"{e}); its claims from this page are missing - please report it with the page",
                                   doc.title_span.start))
    result.coverage = coverage(doc, result)
    result.coverage.warnings[:0] = [*doc.notes, *failed]
    return result


#: The claim lists counted in a page's coverage, by the name a researcher queries them by.
COUNTED = ("treats", "mechanism", "side_effects", "serious_signs", "precautions", "interactions", "faqs",
           "brand_names", "routes", "formulations")
#: A page that yields none of these is thin: the warning's key and what it says.
EXPECTED = (("treats", "no-uses", "no use (indication) found"),
            ("mechanism", "no-mechanism", "no mechanism (drug-target relation) found"),
            ("side_effects", "no-side-effects", "no side effect found"))


def coverage(doc: Document, x: Extraction) -> Coverage:
    """What a page yielded: its sections, its claims per kind, the content lines of the sections
    we read that no claim rests on, and the warnings a researcher should see."""
    cov = Coverage(sections=[SectionInfo(s.title, s.kind, s.span) for s in doc.sections])
    for name in COUNTED:
        items = getattr(x, name)
        cov.claims[name] = sum(1 for m in items if m.is_target) if name == "mechanism" else len(items)
    used: set[int] = set()
    for ev in _all_evidence(x):
        used.update(range(ev.span.start, ev.span.end + 1))
    for sec in doc.sections:
        if sec.kind not in CLAIM_KINDS:
            continue
        for block in sec.blocks:
            lines = range(block.span.start, block.span.end + 1)
            if block.text and not used.intersection(lines):
                cov.unexplained.extend(n for n in lines if doc.lines[n - 1].strip())
    cov.unexplained = sorted(set(cov.unexplained))
    first = doc.sections[0].span.start if doc.sections else doc.title_span.start
    for field, kind, message in EXPECTED:
        if not cov.claims[field]:
            sec = doc.first_of({"treats": "uses", "mechanism": "mechanism", "side_effects": "side_effects"}[field])
            where = f"in section '{sec.title}'" if sec else "and no section for it was recognised"
            cov.warnings.append(Warning_(kind, f"{message} {where}", sec.span.start if sec else first))
    for faq in x.faqs:
        if not faq.answer.strip():
            cov.warnings.append(Warning_("faq-without-answer", f"the question {faq.question!r} has no answer we could "
                                         "read", faq.evidence.span.start))
    for sec in doc.sections:
        if sec.kind == "unknown":
            cov.warnings.append(Warning_("unknown-section", f"section '{sec.title}' is not one we read "
                                         "(its lines give no claim)", sec.span.start))
    return cov


def _all_evidence(x: Extraction) -> Iterator[Evidence]:
    yield x.drug.evidence
    yield from (n.evidence for n in x.drug.synonyms)
    for name in COUNTED:
        yield from (item.evidence for item in getattr(x, name))
    for one in (x.drug_class, x.status, x.reliability):
        if one is not None:
            yield one.evidence


def extract_file(path: str | Path) -> Extraction:
    """Parse and extract one monograph file."""
    from kg.parse import parse_file

    return extract(parse_file(path))


def extraction_to_json(x: Extraction) -> dict[str, Any]:
    """The JSON shape read by ``score_extraction.py`` (the expected-YAML keys, items with evidence)."""
    return x.to_json()


def main(argv: list[str] | None = None) -> int:
    from kg.errors import KgError

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m kg.extract MONOGRAPH.md", file=sys.stderr)
        return 2
    try:
        data = extraction_to_json(extract_file(args[0]))
    except KgError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(json.dumps(data, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
