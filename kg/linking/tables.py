"""The linking tables in ``data/vocab``: gzip TSV files plus a YAML manifest (no bioregistry).

Per source (a vocabulary, or one node kind of Hetionet) there is

* ``NAME.names.tsv.gz``: ``key  curie  scope  text  folded`` — a normalised label, exact
  synonym or symbol, the identifier it names, ``label``/``exact``/``symbol``, the original
  string, and its loose key (:func:`kg.linking.normalize.loose`: plurals, British spellings,
  accents, possessives, inverted headings, a trailing "level(s)"/"disease" folded; empty when
  that changes nothing). An inverted heading ("Keratosis, Actinic") also gets a row keyed in
  natural order ("actinic keratosis");
* ``NAME.xrefs.tsv.gz`` (optional): ``curie  xref  predicate`` — a cross-reference carried over
  from the vocabulary (``oboInOwl:hasDbXref``) or an identity mapping (``skos:exactMatch``,
  e.g. MONDO <-> DOID), used in both directions;

and ``manifest.yaml`` names each source's title, version, licence, inputs (with SHA-256), the
node kinds it serves (``kind: tier``; tier 0 first, a later tier only when earlier ones found
nothing) and the row counts. ``prefixes.tsv`` is the snapshot of the Bioregistry entries
(pattern, URI format, preferred CURIE prefix) the identifiers were checked against.
"""
from __future__ import annotations

import csv
import gzip
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kg.errors import LinkError
from kg.linking.normalize import loose, normalize

MANIFEST = "manifest.yaml"
PREFIXES = "prefixes.tsv"
NAME_COLUMNS = ("key", "curie", "scope", "text", "folded")
XREF_COLUMNS = ("curie", "xref", "predicate")
SCOPES = ("label", "exact", "symbol")
EXACT_MATCH = "skos:exactMatch"
DBXREF = "oboInOwl:hasDbXref"
#: the weaker lexical links: a graded label's core ("Severe diarrhea") is broader, each thing a
#: listing label names ("Rash or itching") narrower
BROAD_MATCH = "skos:broadMatch"
NARROW_MATCH = "skos:narrowMatch"
PREDICATES = (EXACT_MATCH, DBXREF)


@dataclass(frozen=True)
class NameRow:
    key: str
    curie: str
    scope: str  # label | exact | symbol
    text: str


@dataclass(frozen=True)
class XrefRow:
    curie: str
    xref: str
    predicate: str = DBXREF


@dataclass
class Source:
    """One entry of the manifest: where a table came from and what it serves."""

    name: str
    title: str
    version: str
    licence: str
    url: str = ""
    kinds: dict[str, int] = field(default_factory=dict)
    names: str | None = None  # file name of the names table
    xrefs: str | None = None  # file name of the xrefs table
    inputs: list[dict[str, str]] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    notes: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v not in (None, "", [], {})}


@dataclass
class Manifest:
    sources: list[Source] = field(default_factory=list)
    generated_by: str = "kg vocab import"
    bioregistry_version: str = ""

    def get(self, name: str) -> Source | None:
        return next((s for s in self.sources if s.name == name), None)

    def put(self, source: Source) -> None:
        """Add ``source``, replacing an entry of the same name in place."""
        for i, old in enumerate(self.sources):
            if old.name == source.name:
                self.sources[i] = source
                return
        self.sources.append(source)


def read_manifest(folder: Path) -> Manifest:
    path = folder / MANIFEST
    if not path.exists():
        return Manifest()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        sources = [Source(**entry) for entry in raw.get("sources", [])]
    except (yaml.YAMLError, TypeError) as exc:
        raise LinkError(f"the vocabulary manifest cannot be read: {exc}", file=str(path),
                        hint="re-create it with `kg vocab import`") from exc
    return Manifest(sources, raw.get("generated_by", "kg vocab import"),
                    str(raw.get("bioregistry_version", "")))


def write_manifest(folder: Path, manifest: Manifest) -> None:
    data = {
        "generated_by": manifest.generated_by,
        "bioregistry_version": manifest.bioregistry_version,
        "sources": [s.to_dict() for s in manifest.sources],
    }
    text = ("# Linking tables: one entry per vocabulary. Written by `kg vocab import`; the\n"
            "# tables are data derived from the named sources, keep their attribution.\n")
    text += yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
    (folder / MANIFEST).write_text(text, encoding="utf-8")


# -- gzip TSV ---------------------------------------------------------------------------------
# Plain tab-separated text without quoting (fields never hold tabs or newlines: they are
# replaced by spaces on writing), so reading is a split, not a csv parse: the tables load in
# about a fifth of a second.

_CONTROL = str.maketrans({"\t": " ", "\n": " ", "\r": " "})


def write_tsv_gz(path: Path, columns: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a byte-stable gzip TSV (no timestamp in the header); returns the row count."""
    lines = ["\t".join(columns)]
    lines += ["\t".join(str(cell).translate(_CONTROL) for cell in row) for row in rows]
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0,
                                                  compresslevel=9) as gz:
        gz.write(("\n".join(lines) + "\n").encode("utf-8"))
    return len(lines) - 1


def read_tsv_gz(path: Path, columns: Sequence[str]) -> list[list[str]]:
    """Rows of a gzip (or plain) TSV whose header must be ``columns``."""
    try:
        data = path.read_bytes()
        text = (gzip.decompress(data) if path.suffix == ".gz" else data).decode("utf-8")
    except (OSError, EOFError, UnicodeDecodeError, gzip.BadGzipFile) as exc:
        raise LinkError(f"the linking table cannot be read: {exc}", file=str(path),
                        hint="re-create it with `kg vocab import`") from exc
    lines = text.split("\n")
    if lines[0].split("\t") != list(columns):
        raise LinkError(f"expected the columns {', '.join(columns)}, found {lines[0][:80]!r}",
                        file=str(path), line=1, hint="re-create the table with `kg vocab import`")
    rows = [line.split("\t") for line in lines[1:] if line]
    width = len(columns)
    for number, row in enumerate(rows, start=2):
        if len(row) != width:
            raise LinkError(f"expected {width} columns, found {len(row)}", file=str(path),
                            line=number, hint="re-create the table with `kg vocab import`")
    return rows


def write_names(path: Path, rows: Iterable[NameRow]) -> int:
    unique = sorted({(r.key, r.curie, r.scope, r.text) for r in rows if r.key})
    return write_tsv_gz(path, NAME_COLUMNS, [(*row, _folded(row[0], row[2], row[3])) for row in unique])


def _folded(key: str, scope: str, text: str) -> str:
    """The loose key of ``text`` (:func:`kg.linking.normalize.loose`), empty when it is ``key``."""
    if scope == "symbol":
        return ""
    folded = loose(text)
    return "" if folded == key else folded


def write_xrefs(path: Path, rows: Iterable[XrefRow]) -> int:
    unique = sorted({(r.curie, r.xref, r.predicate) for r in rows})
    return write_tsv_gz(path, XREF_COLUMNS, unique)


def read_names(path: Path) -> Iterator[NameRow]:
    for key, curie, scope, text, _ in read_tsv_gz(path, NAME_COLUMNS):
        yield NameRow(key, curie, scope, text)


def read_xrefs(path: Path) -> Iterator[XrefRow]:
    for curie, xref, predicate in read_tsv_gz(path, XREF_COLUMNS):
        yield XrefRow(curie, xref, predicate)


# -- the Bioregistry snapshot -------------------------------------------------------------------

PREFIX_COLUMNS = ("prefix", "curie_prefix", "pattern", "uri_format")


def read_prefixes(folder: Path) -> dict[str, tuple[str, str, str]]:
    """``prefix -> (curie_prefix, pattern, uri_format)`` from ``prefixes.tsv`` (empty if none)."""
    path = folder / PREFIXES
    if not path.exists():
        return {}
    return {p: (c, pat, uri) for p, c, pat, uri in read_tsv_gz(path, PREFIX_COLUMNS)}


def write_prefixes(folder: Path, entries: dict[str, tuple[str, str, str]]) -> None:
    path = folder / PREFIXES
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(PREFIX_COLUMNS)
        for prefix in sorted(entries):
            writer.writerow((prefix, *entries[prefix]))


# -- the lexicon of lay terms --------------------------------------------------------------------


def read_lay_terms(path: Path) -> dict[str, tuple[str, str]]:
    """The lexicon of lay terms: ``loose(lay term) -> (medical term, "FILE:LINE")``.

    A tab-separated file with a header ``lay_term  medical_term  note`` and ``#`` comments;
    each row says that the everyday words name the medical term (a vocabulary's label or
    synonym, looked up like any other name). A lay term given twice (the same loose key) for
    the same medical term is read once; for two medical terms it is an error."""
    terms: dict[str, tuple[str, str]] = {}
    lines = path.read_text(encoding="utf-8").splitlines()
    header_seen = False
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells[:2] != ["lay_term", "medical_term"]:
                raise LinkError("the lexicon must start with the header lay_term, medical_term, note",
                                file=str(path), line=number)
            header_seen = True
            continue
        if len(cells) < 2 or not cells[0].strip() or not cells[1].strip():
            raise LinkError("expected a lay term and a medical term, tab-separated",
                            file=str(path), line=number)
        key = loose(cells[0])
        if key in terms and loose(terms[key][0]) == loose(cells[1]):
            continue  # another wording of a row already read ("low" and "reduced sex drive")
        if key in terms:
            raise LinkError(f"{cells[0]!r} is given twice, naming {terms[key][0]!r} at {terms[key][1]} "
                            f"and {cells[1].strip()!r} here", file=str(path), line=number)
        terms[key] = (cells[1].strip(), f"{path.name}:{number}")
    return terms


def read_refused_synonyms(path: Path) -> dict[tuple[str, str], str]:
    """Synonyms a curator refused: ``(curie, normalised synonym) -> "FILE:LINE: reason"``.

    A tab-separated file with a header ``curie  synonym  reason`` and ``#`` comments."""
    refused: dict[tuple[str, str], str] = {}
    header_seen = False
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells[:3] != ["curie", "synonym", "reason"]:
                raise LinkError("refused synonyms must start with the header curie, synonym, reason",
                                file=str(path), line=number)
            header_seen = True
            continue
        if len(cells) < 3 or not all(c.strip() for c in cells[:3]):
            raise LinkError("expected a CURIE, a synonym and a reason, tab-separated",
                            file=str(path), line=number)
        refused[(cells[0].strip(), normalize(cells[1]))] = f"{path.name}:{number}: {cells[2].strip()}"
    return refused
