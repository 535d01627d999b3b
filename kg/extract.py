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
from collections.abc import Callable
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
from kg.model import Document, Drug, Extraction

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
    for _name, rule in rules if rules is not None else RULES:
        rule(doc, result)
    return result


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
