"""Typed values passed between the pipeline stages.

Everything here is plain Python (layer 0): the parser produces a :class:`Document`, the
extractor turns it into a :class:`Extraction` of claims, the mapper turns claims into RDF.
Every item carries the :class:`Span` of the source lines it came from, so a SHACL finding or
an entity page can point at the monograph line (like markdown-it-py's ``Token.map``).
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, order=True)
class Span:
    """An inclusive range of 1-based line numbers in the source file."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 1 or self.end < self.start:
            raise ValueError(f"bad line span {self.start}-{self.end}")

    def to_list(self) -> list[int]:
        return [self.start, self.end]


# ---------------------------------------------------------------------------
# Parsed document (output of kg.parse)
# ---------------------------------------------------------------------------


@dataclass
class Block:
    """One block of a section: a paragraph, a list item or a heading-like label line.

    ``kind`` is ``"paragraph"`` or ``"item"``. For items, ``depth`` is the list nesting depth
    (0 for a top-level item), ``ordered`` tells numbered lists apart, and ``label`` holds a bold
    lead-in such as ``Skin reactions`` in ``* **Skin reactions:** Burning, ...`` (with the text
    after it in ``text``). For a paragraph that is only a bold label ("**Common side effects:**")
    ``label`` is set and ``text`` is empty.
    """

    kind: str
    text: str
    span: Span
    label: str | None = None
    depth: int = 0
    ordered: bool = False
    children: list[Block] = field(default_factory=list)


@dataclass
class Section:
    """A titled part of a monograph (``**Usage:**`` or ``## Usage``) with its blocks."""

    title: str
    span: Span
    blocks: list[Block] = field(default_factory=list)
    inline: str = ""  # text on the label line itself, e.g. "**Generic Name:** Imiquimod"


@dataclass
class Document:
    """A parsed monograph: front matter, H1 title and sections, with the raw lines kept."""

    path: str
    title: str
    title_span: Span
    front_matter: dict[str, Any]
    sections: list[Section]
    lines: list[str]
    sha256: str

    def section(self, *names: str) -> Section | None:
        """The first section whose title matches one of ``names`` (case-insensitive)."""
        wanted = {n.casefold() for n in names}
        for s in self.sections:
            if s.title.casefold() in wanted:
                return s
        return None


# ---------------------------------------------------------------------------
# Claims (output of kg.extract)
# ---------------------------------------------------------------------------


@dataclass
class Evidence:
    """Where a claim comes from: the section title, the line span and the quoted source text."""

    section: str
    span: Span
    quote: str


@dataclass
class Name:
    """A bare labelled value (synonym, brand name, route, formulation, class, sign)."""

    label: str
    evidence: Evidence


@dataclass
class Indication:
    label: str
    evidence: Evidence
    abbreviation: str | None = None
    synonyms: list[str] = field(default_factory=list)
    qualifier: str | None = None  # investigational | off-label | prevention


@dataclass
class Mechanism:
    relation: str  # activates|inhibits|blocks|binds|opens|modulates|triggers|increases|decreases
    target: str
    evidence: Evidence
    symbol: str | None = None
    certainty: str = "asserted"  # asserted | hedged

    DIRECT = ("activates", "inhibits", "blocks", "binds", "opens", "modulates")
    DOWNSTREAM = ("triggers", "increases", "decreases")

    @property
    def is_target(self) -> bool:
        """True for a drug-target relation, False for a downstream effect."""
        return self.relation in self.DIRECT


@dataclass
class SideEffect:
    label: str
    category: str
    serious: bool
    evidence: Evidence


@dataclass
class Interaction:
    agent: str
    evidence: Evidence
    examples: list[str] = field(default_factory=list)
    effect: str | None = None


@dataclass
class Precaution:
    text: str
    evidence: Evidence


@dataclass
class FAQ:
    question: str
    answer: str
    evidence: Evidence


@dataclass
class Drug:
    label: str
    evidence: Evidence
    synonyms: list[Name] = field(default_factory=list)


@dataclass
class Extraction:
    """All claims of one monograph, in the shape of ``*.expected.yaml`` plus evidence."""

    file: str
    title: str
    sha256: str
    drug: Drug
    status: Name | None = None
    brand_names: list[Name] = field(default_factory=list)
    drug_class: Name | None = None
    routes: list[Name] = field(default_factory=list)
    formulations: list[Name] = field(default_factory=list)
    treats: list[Indication] = field(default_factory=list)
    mechanism: list[Mechanism] = field(default_factory=list)
    side_effects: list[SideEffect] = field(default_factory=list)
    serious_signs: list[Name] = field(default_factory=list)
    precautions: list[Precaution] = field(default_factory=list)
    interactions: list[Interaction] = field(default_factory=list)
    faqs: list[FAQ] = field(default_factory=list)
    reliability: Name | None = None  # the page's own note ("AI-generated or crowd-sourced ...")

    def to_json(self) -> dict[str, Any]:
        """The JSON shape read by ``score_extraction.py``: expected-YAML keys, items with spans."""
        return {k: _jsonable(v) for k, v in asdict(self).items()}


def _jsonable(value: Any) -> Any:
    """Flatten ``evidence`` into ``section``/``lines``/``quote`` keys for JSON output."""
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        if set(value) == {"start", "end"}:
            return [value["start"], value["end"]]
        out: dict[str, Any] = {}
        for k, v in value.items():
            if k == "evidence" and isinstance(v, dict):
                out["section"] = v["section"]
                out["lines"] = [v["span"]["start"], v["span"]["end"]]
                out["quote"] = v["quote"]
            else:
                out[k] = _jsonable(v)
        return out
    return value


# ---------------------------------------------------------------------------
# External links (output of kg.link, input of kg.mapping)
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    """One mapping of a node of ours to an external identifier (an SSSOM row, in effect).

    ``curie`` is the Bioregistry-style CURIE (``DOID:8866``); ``iri`` its resolvable IRI;
    ``justification`` a SEMAPV term (``semapv:LexicalMatching``, ``semapv:ManualMappingCuration``);
    ``matched`` the string that matched; ``source``/``version`` the vocabulary it came from.
    ``predicate`` is ``skos:exactMatch`` for identity links and ``oboInOwl:hasDbXref`` for
    cross-references carried over from a vocabulary (written as literals).
    """

    curie: str
    iri: str
    justification: str
    matched: str
    source: str
    version: str = ""
    predicate: str = "skos:exactMatch"
