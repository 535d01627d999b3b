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
    strong: list[str] = field(default_factory=list)  # bold phrases inside the text (not the lead-in label)
    cells: list[str] = field(default_factory=list)  # a table row: its cells (``text`` is the first)
    header: list[str] = field(default_factory=list)  # a table row: its table's header cells


@dataclass
class Section:
    """A titled part of a monograph (``**Usage:**`` or ``## Usage``) with its blocks."""

    title: str
    span: Span
    blocks: list[Block] = field(default_factory=list)
    inline: str = ""  # text on the label line itself, e.g. "**Generic Name:** Imiquimod"
    kind: str = "unknown"  # what it is about (kg.sections.KINDS), whatever its markup
    level: int | None = None  # heading level when it opened with a heading, else None
    row: bool = False  # opened by a row of a summary table of fields atop the page ("| Main use | Digoxin toxicity |")


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
    source: str = ""  # the file's decoded text as it is (CR, BOM kept): evidence offsets index it
    line_offsets: list[int] = field(default_factory=list)  # offset in ``source`` of each line's start
    #: what the parser could not do as it should and did otherwise (a notation reader that failed: the page read as
    #: plain Markdown), said with the page's other warnings (:data:`READER_FAILED`)
    notes: list[Warning_] = field(default_factory=list)

    def section(self, *names: str) -> Section | None:
        """The first section whose title matches one of ``names`` (case-insensitive)."""
        wanted = {n.casefold() for n in names}
        for s in self.sections:
            if s.title.casefold() in wanted:
                return s
        return None

    def sections_of(self, *kinds: str) -> list[Section]:
        """The sections of the given kinds, in page order."""
        return [s for s in self.sections if s.kind in kinds]

    def first_of(self, *kinds: str) -> Section | None:
        """The first section of one of ``kinds``, or None: one the page heads itself before one a row of
        a summary table opens ("| Main use | ... |" atop the page, then "### Usage" telling every use)."""
        found = self.sections_of(*kinds)
        return next((s for s in found if not s.row), found[0] if found else None)


# ---------------------------------------------------------------------------
# Claims (output of kg.extract)
# ---------------------------------------------------------------------------


@dataclass(slots=True)
class Evidence:
    """Where a claim comes from.

    ``section`` is the section's title as written, ``span`` the inclusive 1-based line span of the
    evidence unit, ``quote`` the exact matched text. ``start``/``end`` are character offsets of
    ``quote`` in the file's decoded text (code points, CR and BOM included, ``[start, end)``), so
    ``text[start:end] == quote``; ``sentence`` is the whole sentence or list item the claim rests
    on, verbatim from the file (it contains ``quote``); ``prefix``/``suffix`` are up to 32
    characters of the file either side of the quote (a W3C Web Annotation TextQuoteSelector).
    ``start``/``end`` are ``None`` only for a claim that does not come from the page's text
    (never, for the extractor's own claims).
    """

    section: str
    span: Span
    quote: str
    start: int | None = None
    end: int | None = None
    sentence: str = ""
    prefix: str = ""
    suffix: str = ""


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
class SectionInfo:
    """A section as the extractor recognised it: its title as written, its kind, its lines."""

    title: str
    kind: str  # identity|uses|side_effects|mechanism|faqs|precautions|interactions|dosage|brands|note|preamble|other
    span: Span


#: the warning kind of a page one of whose readers failed: what could still be read stands, that reader's part is lost
READER_FAILED = "reader-failed"
#: the warning kind of a page whose answer opens with the model's visible reasoning (``<think> ... </think>``): those
#: lines are the model thinking aloud before it answers, not the answer, and are not read for claims
REASONING_SKIPPED = "reasoning-skipped"


@dataclass
class Warning_:
    """Something a researcher should know about a page: ``kind`` is a short key
    (``no-uses``, ``no-mechanism``, ``no-side-effects``, ``unknown-section``, ``unexplained-line``)."""

    kind: str
    message: str
    line: int


@dataclass
class Coverage:
    """What one page yielded: sections recognised, claims per kind, lines left unexplained."""

    sections: list[SectionInfo] = field(default_factory=list)
    claims: dict[str, int] = field(default_factory=dict)  # kind -> count (treats, mechanism, ...)
    unexplained: list[int] = field(default_factory=list)  # content lines of recognised sections with no claim
    warnings: list[Warning_] = field(default_factory=list)


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
    coverage: Coverage | None = None  # what the page yielded, and what it left unexplained

    def to_json(self) -> dict[str, Any]:
        """The JSON shape read by ``score_extraction.py``: expected-YAML keys, items with spans."""
        return {k: _jsonable(v) for k, v in asdict(self).items()}


def _jsonable(value: Any) -> Any:
    """Flatten ``evidence`` into ``section``/``lines``/``quote``/``start``/``end``/``evidence`` keys."""
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
                out["start"], out["end"] = v["start"], v["end"]
                out["evidence"] = v["sentence"]
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
    ``predicate`` is ``skos:exactMatch`` for identity links, ``oboInOwl:hasDbXref`` for curated
    cross-references (written as literals), and a weaker SKOS mapping (``skos:closeMatch``,
    ``skos:relatedMatch``, or a curated broad/narrow match) otherwise; identifiers reached by
    chaining (``semapv:MappingChaining``, ``matched`` = the identifier they were reached from)
    are never ``skos:exactMatch``.
    """

    curie: str
    iri: str
    justification: str
    matched: str
    source: str
    version: str = ""
    predicate: str = "skos:exactMatch"


@dataclass(frozen=True)
class Composition:
    """How a node no term names is said in terms that are (output of kg.link, input of kg.mapping).

    ``parts``: the things a listing label names, each linked exactly ("Dizziness or
    lightheadedness" lists *Dizziness* and *Lightheadedness*). ``core`` and ``grade``: the thing a
    graded label grades, linked exactly, and the grade's words ("Severe allergic reactions"
    grades *Allergic reactions* ``("severe",)``); ``modifiers`` the HPO clinical modifiers those
    words name, given only when every word names one (HP:0012828 *Severe*)."""

    parts: tuple[str, ...] = ()
    core: str = ""
    grade: tuple[str, ...] = ()
    modifiers: tuple[Link, ...] = ()
