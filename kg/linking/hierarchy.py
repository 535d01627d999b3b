"""The vocabularies' own hierarchies (``is_a``), as one small table the linker reads.

``data/vocab/hierarchy.tsv.gz`` (gzip TSV, header ``curie parent source``) holds every
``is_a`` edge of the Human Phenotype Ontology (``hp.obo``) and every ``subClassOf`` edge of
the Disease Ontology (``HumanDO.tsv``, whose third column names the parent by its label; a
label that names two classes gives no edge). The linker reads it to tell when the name a page
gives beside a lay label names a narrower term than the label does (:mod:`kg.link`); it adds no
identifier of its own. ``kg vocab import`` re-creates it with HPO's and DOID's tables
(:func:`kg.vocab.import_hierarchy`); alone:

    python -m kg.linking.hierarchy ../shared/vocab data/vocab

from the same inputs (``hpo/hp.obo``, ``doid/HumanDO.tsv``); the file's first lines (``#``)
name each input and its SHA-256.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path

HIERARCHY = "hierarchy.tsv.gz"
COLUMNS = ("curie", "parent", "source")
#: (source name, input path under the shared vocabulary folder)
INPUTS = (("hpo", "hpo/hp.obo"), ("doid", "doid/HumanDO.tsv"))


def obo_parents(path: Path) -> Iterator[tuple[str, str]]:
    """``(term, parent)`` for each ``is_a`` line of each [Term] of an OBO file (axioms with
    qualifiers in braces and the ``! label`` comment dropped)."""
    term: str | None = None
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("["):
                term = None
                in_term = line.strip() == "[Term]"
                continue
            if line.startswith("id: ") and in_term:
                term = line[4:].strip()
            elif line.startswith("is_a: ") and term:
                yield term, line[6:].split("!")[0].split("{")[0].strip()


def doid_parents(path: Path) -> Iterator[tuple[str, str]]:
    """``(class, parent)`` from ``HumanDO.tsv`` (``id``, ``label``, ``subClassOf`` as a label):
    the parent's label resolved to its identifier when exactly one class has that label."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    by_label: dict[str, set[str]] = {}
    for row in rows:
        by_label.setdefault(row["label"], set()).add(row["id"])
    for row in rows:
        parents = by_label.get(row.get("subClassOf") or "", set())
        if len(parents) == 1:
            yield row["id"], next(iter(parents))


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_hierarchy(vocab_from: Path, out: Path) -> int:
    """Write ``out/hierarchy.tsv.gz`` from the inputs under ``vocab_from``; the number of edges."""
    edges: set[tuple[str, str, str]] = set()
    header = []
    for source, rel in INPUTS:
        path = vocab_from / rel
        header.append(f"# {source}: {rel} sha256 {_sha256(path)}")
        parse = obo_parents if path.suffix == ".obo" else doid_parents
        edges.update((child, parent, source) for child, parent in parse(path) if child != parent)
    with gzip.GzipFile(out / HIERARCHY, "wb", mtime=0) as raw:  # byte-stable output
        text = "\n".join([*header, "\t".join(COLUMNS), *("\t".join(e) for e in sorted(edges))]) + "\n"
        raw.write(text.encode("utf-8"))
    return len(edges)


def read_hierarchy(path: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    """``source -> curie -> its parents`` from a hierarchy table; empty when there is none."""
    if not path.exists():
        return {}
    parents: dict[str, dict[str, list[str]]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#") or line.startswith("curie\t"):
                continue
            child, parent, source = line.rstrip("\n").split("\t")
            parents.setdefault(source, {}).setdefault(child, []).append(parent)
    return {source: {child: tuple(ps) for child, ps in edges.items()}
            for source, edges in parents.items()}


def ancestors(parents: Mapping[str, tuple[str, ...]], curie: str) -> set[str]:
    """Every term above ``curie`` (its parents, theirs, ...), not ``curie`` itself."""
    seen: set[str] = set()
    todo = list(parents.get(curie, ()))
    while todo:
        term = todo.pop()
        if term not in seen:
            seen.add(term)
            todo.extend(parents.get(term, ()))
    seen.discard(curie)
    return seen


if __name__ == "__main__":  # python -m kg.linking.hierarchy VOCAB_FROM OUT
    n = write_hierarchy(Path(sys.argv[1]), Path(sys.argv[2]))
    print(f"{n} is_a edges -> {Path(sys.argv[2]) / HIERARCHY}")
