"""HPO's clinical modifiers, as a small table the linker reads to name a label's grade.

A page's "Severe allergic reactions" is no term of any vocabulary, but it is one thing HPO
can say: the phenotype *Allergic reaction* with the clinical modifier *Severe* (HP:0012828),
the way HPO's own annotations and GA4GH Phenopackets (a feature's ``modifiers``) record a
graded phenotype. ``data/vocab/modifiers.tsv`` holds the label and EXACT synonyms of every
term under HPO's *Clinical modifier* (HP:0012823: severity, temporal pattern, pace of
progression, ...), keyed as the linker keys names (:func:`kg.linking.normalize.normalize`),
so the grade a label begins with is looked up like any other name: a word no term is named
by ("serious", "worsening", "very") names no modifier. ``kg vocab import`` re-creates it with
HPO's tables (:func:`kg.vocab.import_hierarchy`); alone:

    python -m kg.linking.modifiers ../shared/vocab data/vocab

The file's first line (``#``) names the input and its SHA-256. The terms are not linkable
names of nodes (a side effect called "Severe" is not the modifier): only a grade reads them.
"""
from __future__ import annotations

import hashlib
import sys
from collections import defaultdict
from pathlib import Path

from kg.linking.normalize import normalize

MODIFIERS_TABLE = "modifiers.tsv"
COLUMNS = ("key", "curie", "text")
#: HPO's *Clinical modifier*: the root of the terms the table holds
CLINICAL_MODIFIER = "HP:0012823"
INPUT = "hpo/hp.obo"


def modifier_rows(hp_obo: Path) -> list[tuple[str, str, str]]:
    """``(key, curie, text)`` for the label and EXACT synonyms (abbreviations aside) of every
    term ``is_a`` below HPO's *Clinical modifier*, obsolete ones aside."""
    from kg.vocab import _descendants, _obo_stanzas, _synonym  # kg.vocab reads kg.link, which reads this

    terms = {t["id"][0]: t for _, t in _obo_stanzas(hp_obo)
             if "id" in t and "name" in t and "true" not in t.get("is_obsolete", [])}
    rows = set()
    for tid in _descendants(terms, CLINICAL_MODIFIER):
        names = [terms[tid]["name"][0]]
        for value in terms[tid].get("synonym", []):
            text, scope, kind = _synonym(value)
            if scope == "EXACT" and kind not in ("abbreviation", "obsolete_synonym") and text:
                names.append(text)
        rows.update((normalize(text), tid, text) for text in names if normalize(text))
    return sorted(rows)


def write_modifiers(vocab_from: Path, out: Path) -> int:
    """Write ``out/modifiers.tsv`` from ``vocab_from/hpo/hp.obo``; the number of rows."""
    path = vocab_from / INPUT
    rows = modifier_rows(path)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    lines = [f"# hpo: {INPUT} sha256 {digest} (terms under {CLINICAL_MODIFIER} Clinical modifier)",
             "\t".join(COLUMNS), *("\t".join(row) for row in rows)]
    (out / MODIFIERS_TABLE).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(rows)


def read_modifiers(path: Path) -> dict[str, tuple[str, str]]:
    """``key -> (curie, text)`` from a modifiers table (empty when there is none); a key two
    terms share names neither."""
    if not path.exists():
        return {}
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("key\t"):
            continue
        key, curie, text = line.split("\t")
        found[key].add((curie, text))
    return {key: min(hits) for key, hits in found.items() if len({c for c, _ in hits}) == 1}


if __name__ == "__main__":  # python -m kg.linking.modifiers VOCAB_FROM OUT
    n = write_modifiers(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{n} clinical modifier names -> {Path(sys.argv[2]) / MODIFIERS_TABLE}")
