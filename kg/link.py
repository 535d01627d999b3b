"""Linking our nodes to external vocabularies (layer 2; the only module with bioregistry/curies).

:func:`load_linker` returns a :class:`VocabLinker`, the ``Linker`` callable that
:mod:`kg.mapping` calls once per node: ``link(kind, label, synonyms, symbol) -> [Link]``.

How a node is linked, in order (a wrong identifier is worse than none):

1. **Curated** rows of ``data/mappings/*.sssom.tsv`` for the node (its IRI key) come first and
   override automatic links of the same prefix; a row with ``predicate_modifier: Not`` vetoes a
   link.
2. **Lexical** matches in the linking tables of ``data/vocab`` (see :mod:`kg.linking.tables`):
   the node's label, then its symbol (targets) and its synonyms, against each vocabulary that
   serves the node's kind, trying exact labels before exact synonyms, and exact keys before
   loose ones (plurals, British spellings, accents, possessives, inverted headings, a trailing
   "level(s)": :func:`kg.linking.normalize.loose`), then "X" for "X disease" and, for
   conditions, "X disease" for "X" (when some vocabulary knows "X" as a name: "Anthrax", not
   "stomach"); then the medical term a lay term names (``data/vocab/lay-terms.tsv``: "Fast
   heartbeat" is tachycardia), looked up the same way. Conditions, side effects and signs
   also read what the page says besides the label (kg.mapping passes it as synonyms: "Swelling
   of the ankles or feet (edema)", "Erosion" under "Skin reactions"); "A or B" whose halves
   name the same terms links to them; a label whose leading words only grade it ("Severe
   diarrhea") or that a phrase narrows to a time, people or a cause ("Atrial fibrillation after
   heart surgery") gets the core's links as ``skos:broadMatch``, never exact; a technical name
   a page gives beside a lay label that the vocabularies' hierarchies (``hierarchy.tsv.gz``) put
   below the label's term ("Kidney inflammation (interstitial nephritis)") is a
   ``skos:narrowMatch`` of the node, whose own words keep their exact match (the node is shared
   by every page that gives its label, glossed or not). Two identifiers at the first
   level that finds anything are a tie: no link, and the tie is reported. A match that drops
   a word of our label ("Chronic urticaria" -> Urticaria) is refused.
3. **Chained** links: what a vocabulary says about the term we matched — its identity mappings
   (DOID -> MONDO) and its cross-references (MeSH, UMLS, SNOMED CT, ICD-10-CM) — are never
   presented as direct links of our node. An ontology's xrefs are not promises of equivalence
   (HPO *Hyperhidrosis*, which "Sweating" names, lists UMLS *Increased sweating*), so a chained
   identifier is a weaker mapping: ``skos:closeMatch`` when every step of the chain is an
   identity mapping, ``skos:relatedMatch`` when a step is a cross-reference, each with the
   justification ``semapv:MappingChaining`` and the term it was reached from (``matched``).
   A cross-reference whose own name, in one of our vocabularies, names another thing is not
   chained at all (HPO's *Seizure* -> UMLS *Epilepsy*, DOID's epilepsy: :meth:`VocabLinker._names_other`).

Every identifier is checked against its Bioregistry pattern before it leaves this module; an
invalid one raises :class:`~kg.errors.LinkError`. The patterns come from the snapshot
``data/vocab/prefixes.tsv`` written by ``kg vocab import`` (importing bioregistry costs about
a second), and from bioregistry itself for prefixes the snapshot lacks.
"""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from pathlib import Path

from kg.config import PROJECT_ROOT, Config
from kg.errors import LinkError
from kg.linking.hierarchy import HIERARCHY, ancestors, read_hierarchy
from kg.linking.modifiers import MODIFIERS_TABLE, read_modifiers
from kg.linking.normalize import (
    ARTICLE,
    alternatives,
    change_named,
    context_core,
    core_name,
    direction_last,
    disease_variant,
    drops_qualifier,
    excess_said_other_way,
    feeling_phrasings,
    head_first,
    inverted,
    is_episode,
    is_umbrella,
    level_key,
    loose,
    loses_direction,
    normalize,
    of_phrasings,
    of_reordered,
    part_adjective,
    place_first,
    same_head,
    singular,
    site_phrase,
    state_first,
    symbol_key,
    type_last,
    umbrella_names,
    unhyphenated,
    unspecified_name,
    worsening_names,
)
from kg.linking.sssom import read_sssom
from kg.linking.tables import (
    BROAD_MATCH,
    DBXREF,
    EXACT_MATCH,
    NAME_COLUMNS,
    NARROW_MATCH,
    SCOPES,
    XREF_COLUMNS,
    Manifest,
    Source,
    read_lay_terms,
    read_manifest,
    read_prefixes,
    read_refused_synonyms,
    read_tsv_gz,
)
from kg.model import Composition, Link
from kg.namespaces import slug

log = logging.getLogger(__name__)

LEXICAL = "semapv:LexicalMatching"
CURATED = "semapv:ManualMappingCuration"
CHAINED = "semapv:MappingChaining"
CLOSE_MATCH = "skos:closeMatch"
RELATED_MATCH = "skos:relatedMatch"
#: words that say how bad, how long or how new an effect is, not what it is: "Severe diarrhea"
#: is a kind of Diarrhea (linked as skos:broadMatch, never exact)
MODIFIERS = frozenset({"severe", "serious", "mild", "moderate", "temporary", "permanent",
                       "transient", "sudden", "dangerously", "very", "extreme", "extremely",
                       "major", "minor", "unusual", "unexplained", "significant", "rare",
                       "occasional", "persistent", "chronic", "acute", "paradoxical", "small",
                       "short term", "long term", "recurrent", "uncomplicated", "complicated",
                       "new", "worsening", "worsened", "worse", "intense"})
#: grade words that are another name of an HPO clinical modifier's ("Temporary blurred vision" is transient)
MODIFIER_SYNONYMS = {"temporary": "transient", "intense": "severe"}
def _without_articles(key: str) -> str:
    """A loose key without its articles and "your" ("pain in the abdomen" -> "pain in abdomen")."""
    return " ".join(w for w in key.split() if w not in ("the", "a", "an", "your"))


#: the lexicon of lay terms (see data/vocab/README.md)
LAY_TERMS = "lay-terms.tsv"
#: the vocabularies' synonyms a curator refused (see data/vocab/README.md)
REFUSED_SYNONYMS = "refused-synonyms.tsv"
#: which link wins when one identifier is reached twice (direct beats chained, exact beats close)
_RANK = {EXACT_MATCH: 0, DBXREF: 1, CLOSE_MATCH: 2, BROAD_MATCH: 3, NARROW_MATCH: 3,
         RELATED_MATCH: 4}
#: predicates a curated row may use; only skos:exactMatch becomes an IRI link in the graph,
#: the others are written as oboInOwl:hasDbXref literals (and keep their predicate in SSSOM)
CURATED_PREDICATES = (EXACT_MATCH, DBXREF, "skos:closeMatch", "skos:broadMatch",
                      "skos:narrowMatch", "skos:relatedMatch")
KINDS = ("drug", "condition", "target", "side-effect", "sign")
#: kinds named in everyday words, for which lay terms and modifiers are read
LAY_KINDS = frozenset({"condition", "side-effect", "sign"})
#: a name of a lack, which the Disease Ontology names "X deficiency disease" ("Thiamine deficiency")
_DEFICIENCY = re.compile(r"(?:\w{3}|\s)deficiency$", re.IGNORECASE)
#: our own resources in SSSOM files: ``drugkg:condition/actinic-keratosis``
OWN_PREFIX = "drugkg"
_CURIE = re.compile(r"^([A-Za-z][A-Za-z0-9._-]*):(\S+)$")


@lru_cache(maxsize=1)
def packaged_identifiers() -> Identifiers:
    """The identifiers of the packaged prefix snapshot (``data/vocab/prefixes.tsv``), offline."""
    return Identifiers(read_prefixes(PROJECT_ROOT / "data" / "vocab"), live=False)


def vocab_dir(config: Config) -> Path:
    return Path(config.extra.get("vocab_dir", config.data_dir / "vocab"))


def mappings_dir(config: Config) -> Path:
    return Path(config.extra.get("mappings_dir", config.data_dir / "mappings"))


# -- identifiers --------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _bioregistry():  # type: ignore[no-untyped-def]
    import bioregistry  # imported on first need: it costs ~0.8 s

    return bioregistry


def registry_entry(prefix: str) -> tuple[str, tuple[str, str, str]] | None:
    """``(prefix, (curie_prefix, pattern, uri_format))`` from the live Bioregistry, or None."""
    br = _bioregistry()
    norm = br.normalize_prefix(prefix)
    if norm is None:
        return None
    pattern = br.get_pattern(norm) or ""
    uri_format = br.get_uri_format(norm) or ""
    return norm, (br.get_preferred_prefix(norm) or norm, pattern, uri_format)


class Identifiers:
    """Checks CURIEs against their registry's pattern and expands them to IRIs.

    ``standardize("MESH:D055623")`` -> ``("mesh:D055623", "https://meshb.nlm.nih.gov/...")``;
    ``standardize("drugbank:DB724")`` raises :class:`LinkError`. Results are memoised.
    """

    def __init__(self, snapshot: dict[str, tuple[str, str, str]] | None = None,
                 live: bool = True) -> None:
        self._entries: dict[str, tuple[str, re.Pattern[str], str]] = {}
        self._alias: dict[str, str] = {}
        self._live = live
        self._memo: dict[str, tuple[str, str]] = {}
        for prefix, entry in (snapshot or {}).items():
            self._add(prefix, entry)

    def _add(self, prefix: str, entry: tuple[str, str, str]) -> None:
        curie_prefix, pattern, uri_format = entry
        self._entries[prefix] = (curie_prefix, re.compile(pattern) if pattern else None, uri_format)  # type: ignore[assignment]
        self._alias[prefix.casefold()] = prefix
        self._alias[curie_prefix.casefold()] = prefix

    def prefix(self, prefix: str) -> str:
        """The Bioregistry prefix for ``prefix`` (any case or synonym), or LinkError."""
        known = self._alias.get(prefix.casefold())
        if known:
            return known
        found = registry_entry(prefix) if self._live else None
        if found is None:
            raise LinkError(f"unknown prefix {prefix!r}: it is not in the Bioregistry",
                            hint="use a registered prefix such as DOID, MONDO, HP, CHEBI, "
                                 "drugbank, NCBIGene, mesh, umls")
        self._add(*found)
        self._alias[prefix.casefold()] = found[0]
        return found[0]

    def standardize(self, curie: str) -> tuple[str, str]:
        """``(standard CURIE, IRI)`` for ``curie``; raises :class:`LinkError` when invalid."""
        if curie in self._memo:
            return self._memo[curie]
        m = _CURIE.match(curie.strip())
        if not m:
            raise LinkError(f"{curie!r} is not a CURIE (prefix:identifier)")
        prefix = self.prefix(m.group(1))
        local = m.group(2)
        curie_prefix, pattern, uri_format = self._entries[prefix]
        if pattern is None:
            raise LinkError(f"{curie!r}: the Bioregistry has no pattern for {prefix!r}, so it "
                            "cannot be checked", hint="link to a vocabulary whose prefix has one")
        if not pattern.match(local):
            raise LinkError(f"{curie!r} is not a valid {prefix} identifier: {local!r} does not "
                            f"match the Bioregistry pattern {pattern.pattern}",
                            hint="fix or remove the identifier")
        if not uri_format or "$1" not in uri_format:
            raise LinkError(f"{curie!r}: the Bioregistry has no URI format for {prefix!r}")
        result = (f"{curie_prefix}:{local}", uri_format.replace("$1", local))
        self._memo[curie] = result
        return result

    def curie_of(self, iri: str) -> str | None:
        """The CURIE of an identifier IRI in the form :meth:`standardize` writes it
        (``http://purl.obolibrary.org/obo/HP_0001742`` -> ``HP:0001742``), or None."""
        best: tuple[int, str] | None = None
        for curie_prefix, _, uri_format in self._entries.values():
            stem = uri_format[:-2]
            if uri_format.endswith("$1") and len(iri) > len(stem) and iri.startswith(stem):
                if best is None or len(stem) > best[0]:
                    best = (len(stem), f"{curie_prefix}:{iri[len(stem):]}")
        return best[1] if best else None

    def curie_map(self) -> dict[str, str]:
        """``CURIE prefix -> IRI prefix`` of every known prefix whose URI format ends in ``$1``."""
        return {cp: uri[:-2] for cp, _, uri in self._entries.values() if uri.endswith("$1")}

    def is_valid(self, curie: str) -> bool:
        try:
            self.standardize(curie)
        except LinkError:
            return False
        return True


# -- the in-memory index of one source -------------------------------------------------------------


@dataclass(frozen=True)
class Hit:
    curie: str
    text: str  # the vocabulary's string that matched
    scope: str


class SourceIndex:
    """The names and cross-references of one vocabulary, as dicts for O(1) look-ups.

    ``names[scope][key]`` and ``folded[scope][folded key]`` hold ``(curie, text)`` pairs;
    ``xrefs[curie]`` holds ``(xref, predicate)`` pairs, identity mappings in both directions.
    """

    def __init__(self, source: Source, names: Iterable[Sequence[str]] = (),
                 xrefs: Iterable[Sequence[str]] = (),
                 parents: dict[str, tuple[str, ...]] | None = None) -> None:
        self.source = source
        #: term -> its parents in the vocabulary's own hierarchy (``hierarchy.tsv.gz``), if any
        self.parents: dict[str, tuple[str, ...]] = parents or {}
        self.names: dict[str, dict[str, list[tuple[str, str]]]] = {s: {} for s in SCOPES}
        self.folded: dict[str, dict[str, list[tuple[str, str]]]] = {s: {} for s in SCOPES}
        #: a measured level's names in one wording (:func:`kg.linking.normalize.level_key`)
        self.levels: dict[str, dict[str, list[tuple[str, str]]]] = {s: {} for s in SCOPES}
        self.labels: dict[str, str] = {}
        unspecified = []
        hyphened = []
        for key, curie, scope, text, folded in names:
            self._add(key, curie, scope, text, folded)
            if scope == "label" and curie not in self.labels:
                self.labels[curie] = text
            plain = unspecified_name(text) if scope != "symbol" else None
            if plain:
                unspecified.append((curie, scope, text, plain))
            solid = unhyphenated(text) if scope in ("label", "exact") and "-" in text else None
            if solid:
                hyphened.append((curie, scope, text, solid))
        for curie, scope, text, plain in unspecified:  # "Mood alteration NOS" is "Mood alteration",
            key = normalize(plain)  # unless the vocabulary has that name for some term already
            if not any(key in self.names[s] or loose(plain) in self.folded[s] for s in ("label", "exact")):
                self._add(key, curie, scope, text, "")
        for curie, scope, text, solid in hyphened:  # "Post-partum hemorrhage" is "Postpartum hemorrhage" too,
            folded = loose(solid)  # unless that spelling names some term already (the folded table only)
            if not any(normalize(solid) in self.names[s] or folded in self.folded[s] for s in ("label", "exact")):
                self.folded[scope].setdefault(folded, []).append((curie, text))
        self.xrefs: dict[str, list[tuple[str, str]]] = {}
        for curie, xref, predicate in xrefs:
            self.xrefs.setdefault(curie, []).append((xref, predicate))
            if predicate == EXACT_MATCH:
                self.xrefs.setdefault(xref, []).append((curie, predicate))

    def _add(self, key: str, curie: str, scope: str, text: str, folded: str) -> None:
        self.names[scope].setdefault(key, []).append((curie, text))
        if scope != "symbol":
            self.folded[scope].setdefault(folded or key, []).append((curie, text))
            level = level_key(folded or key)
            if level:
                self.levels[scope].setdefault(level, []).append((curie, text))

    def lookup(self, scope: str, key: str, folded: bool | str = False) -> list[Hit]:
        """Rows whose key is ``key`` or, with ``folded``, whose loose key is (``key`` is then
        a loose key, :func:`kg.linking.normalize.loose`), or with ``folded="level"`` whose
        level key is (:func:`kg.linking.normalize.level_key`)."""
        table = self.levels if folded == "level" else self.folded if folded else self.names
        return [Hit(c, t, scope) for c, t in table[scope].get(key, ())]


# -- outcomes ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Tie:
    source: str
    matched: str
    candidates: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.source}: {self.matched!r} names {', '.join(self.candidates)}"


@dataclass
class Outcome:
    """What linking one node gave: its links, the ties that blocked a link, refused matches."""

    kind: str
    label: str
    links: list[Link] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # curie -> object label
    ties: list[Tie] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    #: curie -> how a lay term led to it: ``"'Fast heartbeat' is 'tachycardia' (lay-terms.tsv:12)"``
    via: dict[str, str] = field(default_factory=dict)
    #: curie -> the lexicon's medical term that led to it (``"tachycardia"``)
    lay: dict[str, str] = field(default_factory=dict)
    #: for "A or B": each thing it names -> whether that thing was linked exactly
    parts: dict[str, bool] = field(default_factory=dict)
    #: terms reached by a name of the page's that lacks the label's grade ("Severe eczema
    #: (atopic dermatitis)"): the node is a kind of them (``skos:broadMatch``)
    kind_of: set[str] = field(default_factory=set)
    #: terms a name the page gives beside the label names that are narrower than what the label's
    #: own words name ("Low white blood cell count (neutropenia)"): the node is broader than them
    #: (``skos:narrowMatch``), its own words keep their exact match (:meth:`VocabLinker._narrower`)
    narrower: set[str] = field(default_factory=set)
    #: for a label that is a grade of a thing linked exactly ("Severe allergic reactions"): the
    #: grade's words (``("severe",)``) and the rest of the label (``"allergic reactions"``)
    grade: tuple[str, ...] = ()
    core: str = ""
    #: each word of ``grade`` that names an HPO clinical modifier -> that modifier (``"severe"`` ->
    #: HP:0012828 *Severe*, :mod:`kg.linking.modifiers`)
    modifiers: dict[str, Link] = field(default_factory=dict)

    @property
    def linked(self) -> bool:
        """At least one direct ``skos:exactMatch`` (lexical or curated, never chained)."""
        return any(is_direct(link) and link.predicate == EXACT_MATCH for link in self.links)

    @property
    def broader(self) -> bool:
        """No exact match, but a direct ``skos:broadMatch`` ("Severe diarrhea" -> Diarrhea)."""
        return not self.linked and any(is_direct(x) and x.predicate == BROAD_MATCH for x in self.links)

    @property
    def by_parts(self) -> bool:
        """No exact match, but every thing "A or B" names has one (``skos:narrowMatch`` links), or is
        a grade HPO's modifiers name of a thing that has one ("Severe constipation or bowel blockage")."""
        return not self.linked and bool(self.parts) and all(self.parts.values())

    @property
    def graded(self) -> bool:
        """No exact match, but the label is what it grades, linked exactly, with a grade every word
        of which names an HPO clinical modifier: "Severe allergic reactions" is *Allergic reaction*
        with the modifier *Severe* (HP:0012828), as HPO's annotations and Phenopackets record a
        graded phenotype. "Serious infections" is not: no modifier is called serious."""
        return (not self.linked and not self.by_parts and bool(self.core) and bool(self.grade)
                and all(word in self.modifiers for word in self.grade))

    @property
    def identified(self) -> bool:
        """Said in identifiers, whole: an exact match, each thing a listing names linked exactly
        (:attr:`by_parts`), or a thing linked exactly with HPO's words for its grade (:attr:`graded`)."""
        return self.linked or self.by_parts or self.graded

    def path(self, link: Link) -> list[Link]:
        """The links from our node to ``link``: ``[direct, hop, ..., link]`` (one for a direct link)."""
        by_curie = {x.curie: x for x in self.links}
        chain = [link]
        while not is_direct(chain[0]) and chain[0].matched in by_curie and len(chain) < 8:
            chain.insert(0, by_curie[chain[0].matched])
        return chain


def _sentence_case(name: str) -> str:
    """A name as a label begins: "lightheadedness" -> "Lightheadedness" ("pH" and "HIV" kept)."""
    return name[:1].upper() + name[1:] if name[1:2].islower() or len(name) == 1 else name


def _borrow(out: Outcome, other: Outcome, why: str, predicate: str = EXACT_MATCH) -> list[Link]:
    """The exact lexical links of ``other`` (the outcome of another name for ``out``'s node), as
    ``predicate`` links of ``out``, each with the label it names and ``why`` (then how ``other``
    found it) in ``out.via``."""
    links = [x if predicate == EXACT_MATCH else replace(x, predicate=predicate) for x in other.links
             if is_direct(x) and x.predicate == EXACT_MATCH and x.justification == LEXICAL]
    for x in links:
        out.labels.setdefault(x.curie, other.labels.get(x.curie, ""))
        out.via[x.curie] = why + (f"; {other.via[x.curie]}" if x.curie in other.via else "")
    return links


#: first words of what a page puts beside a label that are a note on it, not another name:
#: "(± vomiting)", "(mainly with the suspension)", "(with or without fever)"
_NOTE_WORDS = frozenset({"with", "without", "plus", "and", "or", "mainly", "mostly", "especially",
                         "usually", "often", "sometimes", "including", "eg", "e", "such", "if", "when"})


#: a label that ends in a bracket never closed: what precedes it and what follows the bracket
#: ("Serotonin syndrome (especially")
_UNCLOSED_NOTE = re.compile(r"^([^()]*\w)\s*\(([^()]*)$")


def _names_something(synonym: str) -> bool:
    """False for a note a page put beside a label ("± vomiting", "mainly with the suspension"):
    it starts with a sign rather than a letter or digit (quotes aside: '"sleep attacks"' is a
    name), or with a word of :data:`_NOTE_WORDS`."""
    text = synonym.strip().strip("\"'\u201c\u201d\u2018\u2019").strip()
    if not text or not text[0].isalnum():
        return False
    return normalize(text).split(" ", 1)[0] not in _NOTE_WORDS


#: the words of :data:`MODIFIERS` that grade how bad or how long a thing is, and never begin
#: its name ("Acute generalized exanthematous pustulosis", "Small visible blood vessels" and
#: "Unusual tiredness" begin with words that are names' own)
GRADES = frozenset({"severe", "serious", "mild", "moderate", "temporary", "permanent", "transient",
                    "sudden", "dangerously", "very", "extreme", "extremely", "major", "minor",
                    "short term", "long term", "worsening", "worsened", "worse"})


#: a class word that, alone as a node's name, names no condition or effect: a fragment
_CLASS_WORDS_ALONE = frozenset({"condition", "disease", "disorder", "syndrome", "illness", "sickness", "problem",
                                "issue", "symptom", "sign", "reaction", "complication", "abnormality", "finding",
                                "effect", "side effect", "adverse effect", "medical condition"})

#: words that, put before a name, deny or doubt it or make the phrase about something else, so
#: the phrase is no kind of what the rest names ("Non-melanoma skin cancer", "Probable dementia",
#: "Near fainting", "Prediabetes" said "Pre-diabetes", "Treating X")
NOT_A_KIND = frozenset({"non", "not", "no", "anti", "pseudo", "false", "without", "probable",
                        "possible", "possibly", "suspected", "presumed", "risk", "history", "family",
                        "absent", "absence", "lack", "free", "negative", "pre", "near", "phantom",
                        "prevention", "preventing", "prophylaxis", "screening", "testing", "test",
                        "treating", "inducing", "managing", "reducing", "controlling", "fear",
                        # a prefix split off by its hyphen: "Intra-abdominal", "Post-herpetic"
                        "intra", "extra", "inter", "sub", "supra", "infra", "peri", "para", "post",
                        "hyper", "hypo", "semi", "un", "de", "dis"})
#: the words of a phrase rather than of a name: a label with one before its last words is no
#: "modifier + name" ("Increased risk of bleeding", "With fever")
_HEAD_FUNCTION_WORDS = frozenset({"of", "the", "your", "a", "an", "and", "or", "in", "on", "at", "to",
                                  "with", "from", "by", "for", "after", "before", "during", "when",
                                  "due", "caused", "like", "around", "about", "into", "over", "under",
                                  "through", "between", "against", "within", "as", "than", "while",
                                  "if", "you", "it", "this", "that", "which", "who", "causing",
                                  "leading", "resulting", "feeling", "seeing", "having", "getting",
                                  "develop", "developing", "get", "have", "be", "is", "are"})
#: a last word that names no thing of its own: "Menopause symptoms" is no kind of symptom,
#: "Differentiation syndrome" no kind of DOID's *syndrome*; or that names other things after
#: other words: a "Cerebrovascular accident" is no accident, "Hair fall" no fall, "Lung
#: collapse" no circulatory collapse, "Low muscle mass" no mass
GENERIC_HEADS = frozenset({"disease", "disorder", "syndrome", "condition", "problem", "issue",
                           "symptom", "sign", "effect", "change", "event", "reaction", "level",
                           "count", "test", "function", "finding", "abnormality", "complication",
                           "state", "type", "form", "stage", "episode", "attack", "flare",
                           "sickness", "illness", "sick", "ill",
                           "accident", "fall", "burn", "mass", "collapse", "shock", "stress",
                           "arrest", "block", "failure", "loss", "gain", "discharge", "retention",
                           "crisis", "cold", "growth", "spot", "mark", "lesion",
                           # SIDER's "Overactivity" is behaviour: "Neurogenic detrusor
                           # overactivity" (the bladder muscle's) is no kind of it
                           "overactivity", "underactivity"})


#: what joins two grades into a range ("Moderate to severe", "mild-to-moderate", "mild or moderate")
_RANGE = frozenset({"to", "or", "and"})


def _leading(words: Sequence[str], vocabulary: frozenset[str]) -> tuple[int, set[str]]:
    """How many of ``words`` (not the last) are a leading run of ``vocabulary``'s words, a range
    of two of them included ("Moderate to severe", "Mild-to-moderate"), and those words."""
    n, found = 0, set()
    while n < len(words) - 1:
        key = normalize(words[n])
        parts = key.split()
        if key in vocabulary or (len(parts) > 2 and parts[0] in vocabulary and parts[-1] in vocabulary
                                 and all(p in vocabulary or p in _RANGE for p in parts)):
            found.update(p for p in parts if p not in _RANGE)
        elif key in _RANGE and n and n + 2 < len(words) and normalize(words[n + 1]) in vocabulary:
            pass  # the "to" of "Moderate to severe X"
        else:
            break
        n += 1
    return n, found


#: the words of :data:`MODIFIERS` that say a thing's course ("Recurrent mouth ulcers", "Chronic itching"); unlike a
#: grade they may begin a term's own name ("Recurrent aphthous stomatitis", "Chronic urticaria"), so they count only
#: when the term a page's other name links does not say them
COURSES = frozenset({"recurrent", "recurring", "chronic", "acute", "persistent"})


def _course(label: str, term: str) -> set[str]:
    """The leading course words of a label (:data:`COURSES`) that ``term``, the name of the term a page's other name
    links, lacks: ``{"recurrent"}`` for "Recurrent mouth ulcers" glossed "aphthous ulcers" (HPO's *Aphthous ulcer*),
    none for it glossed "recurrent canker sores" (HPO's *Recurrent aphthous stomatitis*)."""
    return _leading(label.split(), COURSES)[1] - set(normalize(term).split())


def _grades(label: str) -> set[str]:
    """The words of a label's leading grade (:data:`GRADES`): ``{"severe"}`` for "Severe
    eczema", ``{"short", "term"}`` for "Short-term trouble sleeping", ``{"moderate", "severe"}``
    for "Moderate to severe asthma", empty for none."""
    return _leading(label.split(), GRADES)[1]


def _grade_spans(listing: Outcome) -> bool:
    """Whether a grade before a listing (its outcome) grades each thing it names: the things, as
    the listing was read, share a head ("Severe allergic or skin reactions": severe allergic
    reactions, severe skin reactions; "Severe bone, joint or muscle pain") or are single words
    ("Severe nausea or vomiting"). "Very slow heart rate or heart block" grades only the rate, and
    "Worsening depression or suicidal thoughts" only the depression (read alone, not as "depression
    thoughts"), so neither is a graded listing."""
    names = [part.casefold().split() for part in listing.parts]
    return bool(names) and (all(len(n) == 1 for n in names)
                            or all(len(n) > 1 and n[-1] == names[0][-1] for n in names))


def _abbreviates(short: str, label: str) -> bool:
    """True when ``short`` is the label's initials ("AGEP" for "Acute generalized exanthematous
    pustulosis"): an abbreviation says all the label says, its grade included."""
    letters = "".join(c for c in short if c.isalnum())
    initials = "".join(w[0] for w in normalize(label).split())
    return len(letters) >= 2 and short.upper() == short and letters.casefold() == initials[:len(letters)]


def is_direct(link: Link) -> bool:
    """True for a link made on our node's own words (or by hand), False for a chained one."""
    return link.justification != CHAINED


@dataclass(frozen=True)
class Curated:
    """One row of a curated mapping file."""

    kind: str
    key: str
    curie: str
    predicate: str
    label: str
    negated: bool
    file: str
    line: int
    justification: str = CURATED


# -- the linker ----------------------------------------------------------------------------------------


#: "tenderness or enlargement", "dizziness or a spinning sensation": two nouns (by their endings)
#: joined by "or", in a label with no place or "and" phrase
_NOUN_ENDS = r"[a-z]{3,}(?:ness|ment|tion|sion|ity|ing|ache|pain)"
#: words that put a thing in a place or with another ("Swelling in the arms or legs"): one thing, not two
_PLACE_WORDS = re.compile(r"\b(?:of|in|on|around|at|under|and|with)\b", re.I)
_TWO_NOUNS = re.compile(r"^(?!.*" + _PLACE_WORDS.pattern + r").*?\b" + _NOUN_ENDS
                        + r"\s+or\s+(?:an?\s+)?(?:[\w-]+\s+)?" + _NOUN_ENDS + r"$", re.I)


#: a name narrowed by its cause, put before it: "HIV-associated wasting", "Steroid-induced bone loss" (a gloss after
#: "Chest pain from reduced blood flow to the heart (myocardial ischemia)" may name the cause, not the kind)
_BY_CAUSE = re.compile(r"^[\w-]+-(?:associated|induced|related)\s", re.I)
#: a reaction the label puts at the place a drug goes in: "Injection site redness", "Redness at the infusion site"
_SITE_NARROWED = re.compile(r"^(?P<site>injection|infusion|application|implant(?:ation)?|catheter)[\s-]site\b|"
                            r"\b(?:at|on|around)\s+the\s+(?P<site2>injection|infusion|application)\s+site$", re.I)


class VocabLinker:
    """The ``Linker`` of :mod:`kg.mapping`: call it with ``(kind, label, synonyms, symbol)``."""

    def __init__(self, manifest: Manifest, indexes: Sequence[SourceIndex], identifiers: Identifiers,
                 curated: Iterable[Curated] = (), lay_terms: dict[str, tuple[str, str]] | None = None,
                 refused_synonyms: dict[tuple[str, str], str] | None = None,
                 modifiers: dict[str, tuple[str, str]] | None = None) -> None:
        self.manifest = manifest
        #: the key of an HPO clinical modifier's name -> (its CURIE, the name) (:mod:`kg.linking.modifiers`)
        self.modifiers = dict(modifiers or {})
        #: (curie, normalised synonym) -> why a curator refused that name of that term
        self.refused_synonyms = dict(refused_synonyms or {})
        #: loose key of a lay term -> (the medical term it names, "lay-terms.tsv:LINE")
        self.lay_terms = dict(lay_terms or {})
        #: the level key of a lay term that names a measured level (``"high blood fats"`` ->
        #: ``"high fat"``) -> its row, so "Raised blood fats" finds the row "high blood fats"; a
        #: key two rows give different terms is no one's
        self.lay_levels: dict[str, tuple[str, str]] = {}
        clashing: set[str] = set()
        for key, row in self.lay_terms.items():
            level = level_key(key)
            if level and self.lay_levels.setdefault(level, row)[0] != row[0]:
                clashing.add(level)
        for level in clashing:
            del self.lay_levels[level]
        #: a lay term's loose key without its articles (``"pain in abdomen"`` for the row "pain in the abdomen")
        #: -> its row, so a page that drops an article finds the row; a key two rows give different terms is no one's
        self.lay_bare: dict[str, tuple[str, str]] = {}
        clashing = set()
        for key, row in self.lay_terms.items():
            bare = _without_articles(key)
            if bare != key and self.lay_bare.setdefault(bare, row)[0] != row[0]:
                clashing.add(bare)
        for bare in clashing:
            del self.lay_bare[bare]
        self.indexes = {ix.source.name: ix for ix in indexes}
        self.identifiers = identifiers
        self.curated: dict[tuple[str, str], list[Curated]] = defaultdict(list)
        for row in curated:
            self.curated[(row.kind, row.key)].append(row)
        self.tiers: dict[str, list[list[SourceIndex]]] = {}
        for kind in KINDS:
            ranked: dict[int, list[SourceIndex]] = defaultdict(list)
            for ix in indexes:
                if kind in ix.source.kinds:
                    ranked[int(ix.source.kinds[kind])].append(ix)
            self.tiers[kind] = [ranked[t] for t in sorted(ranked)]
        self._memo: dict[tuple[str, str, tuple[str, ...], str | None], Outcome] = {}
        self._reported: set[tuple[str, str]] = set()
        self._by_cui: dict[str, set[str]] | None = None  # built on first use (see :meth:`_same_concept`)
        self._identities: dict[str, set[str]] = defaultdict(set)  # term -> terms mapped as the same thing (with it)

    def __call__(self, kind: str, label: str, synonyms: Sequence[str] = (),
                 symbol: str | None = None) -> Sequence[Link]:
        outcome = self.explain(kind, label, synonyms, symbol)
        if outcome.ties and (kind, label) not in self._reported:
            self._reported.add((kind, label))
            what = ("linked, but not to the identifiers that tie" if outcome.linked
                    else "left unlinked, candidates tie")  # a tie on a chained step spares the direct links
            log.warning("%s %r %s: %s", kind, label, what, "; ".join(map(str, outcome.ties)))
        return outcome.links

    def composition(self, kind: str, label: str, synonyms: Sequence[str] = (),
                    symbol: str | None = None) -> Composition | None:
        """How a node with no exact match is said in terms that have one, if it can be
        (:class:`kg.model.Composition`): the things a listing names when each is linked exactly,
        or the thing a graded label grades when it is, with the clinical modifiers of the grade
        when every word of it names one. None for a node linked exactly, or said no such way."""
        out = self.explain(kind, label, synonyms, symbol)
        if out.linked:
            return None
        if out.by_parts:
            return Composition(parts=tuple(_sentence_case(part) for part in out.parts))
        if out.core:
            mods = tuple(out.modifiers[w] for w in out.grade) if out.graded else ()
            return Composition(core=_sentence_case(out.core), grade=out.grade, modifiers=mods)
        return None

    def explain(self, kind: str, label: str, synonyms: Sequence[str] = (),
                symbol: str | None = None) -> Outcome:
        """The full outcome for one node (memoised: the same node recurs across monographs)."""
        memo_key = (kind, label, tuple(synonyms), symbol)
        if memo_key not in self._memo:
            self._memo[memo_key] = self._link(kind, label, synonyms, symbol)
        return self._memo[memo_key]

    # -- steps ---------------------------------------------------------------------------------
    def _link(self, kind: str, label: str, synonyms: Sequence[str], symbol: str | None) -> Outcome:
        if " & " in label:  # "Nausea & vomiting" is written "Nausea and vomiting" in the vocabularies
            return self.explain(kind, label.replace(" & ", " and "), synonyms, symbol)
        site = site_phrase(label)  # "Pain where the shot was given" is pain at the injection site, said their way
        if site is not None:
            return self.explain(kind, site, synonyms, symbol)
        cut = _UNCLOSED_NOTE.match(label)
        if cut and not _names_something(cut.group(2)):  # "Serotonin syndrome (especially": a note
            return self.explain(kind, cut.group(1), synonyms, symbol)  # cut off, not part of the name
        out = Outcome(kind, label)
        if kind in LAY_KINDS and singular(normalize(label)) in _CLASS_WORDS_ALONE:
            out.refused.append(f"{label!r}: a class word alone names no condition or effect of its own (a fragment, "
                               "not a thing to link; an ontology's root term would say nothing true of it)")
            return out  # ("- condition", a fragment of an unread notation, had been MONDO's root, disease)
        names = [s for s in synonyms if _names_something(s)]
        if len(names) < len(synonyms):
            out.refused.append(f"{', '.join(repr(s) for s in synonyms if s not in names)}: "
                               "a note on the label (how, when, with what), not another name of it")
        synonyms = names
        curated = self.curated.get((kind, slug(label)), [])
        vetoed = {c.curie for c in curated if c.negated}
        pinned = {c.curie.split(":")[0].casefold() for c in curated
                  if not c.negated and c.predicate == EXACT_MATCH}
        curated_ids = {c.curie for c in curated}
        found: list[Link] = []
        for c in curated:
            if not c.negated:
                found.append(self._make(c.curie, c.justification, c.label or label,
                                        f"{Path(c.file).name}:{c.line}", "", c.predicate))
                out.labels.setdefault(found[-1].curie, c.label)
        for ix, hit, _matched in self._lexical(kind, label, synonyms, symbol, out):
            if hit.curie in curated_ids:
                continue
            if hit.curie in vetoed or hit.curie.split(":")[0].casefold() in pinned:
                out.refused.append(f"{hit.curie} overridden by a curated mapping")
                continue
            found.append(self._make(hit.curie, LEXICAL, hit.text, ix.source.name, ix.source.version,
                                    BROAD_MATCH if hit.curie in out.kind_of
                                    else NARROW_MATCH if hit.curie in out.narrower else EXACT_MATCH))
            out.labels.setdefault(found[-1].curie, ix.labels.get(hit.curie, hit.text))
        found += self._chain([link for link in found if link.predicate == EXACT_MATCH], out)
        if kind in LAY_KINDS and not any(x.predicate == EXACT_MATCH for x in found):
            found += self._either(kind, label, out)
        if kind in LAY_KINDS and not any(x.predicate == EXACT_MATCH for x in found):
            found += self._core(kind, label, out)
        if kind in LAY_KINDS and not any(x.predicate == EXACT_MATCH for x in found):
            found += self._broader(kind, label, out)
        if kind in LAY_KINDS and not any(x.predicate == EXACT_MATCH for x in found):
            found += self._parts(kind, label, out)
        if kind in LAY_KINDS and not any(is_direct(x) for x in found):
            found += self._context(kind, label, out)
        if kind in LAY_KINDS and not any(is_direct(x) for x in found):
            found += self._head(kind, label, out)
        if kind in LAY_KINDS and synonyms and is_umbrella(label):
            found += self._examples(kind, label, synonyms, out)
        out.links = self._dedupe(found, vetoed, out)
        return out

    def _either(self, kind: str, label: str, out: Outcome) -> list[Link]:
        """"Drowsiness or sleepiness": two names of one thing. When both halves of "A or B"
        link exactly and share identifiers, those are the label's; "Nausea or stomach pain"
        (two things) gets none."""
        if "," in label or label.count(" or ") != 1:
            return []
        first, second = (part.strip() for part in label.split(" or "))
        whole = ARTICLE.match(second)  # "Tiredness or a lack of energy": a noun phrase of its own
        second = second[whole.end():] if whole else second
        if not first or not second:
            return []
        if len(first.split()) == 1 and len(second.split()) > 1 and not whole:
            # "Fatty or oily stools": an adjective over the head after it ("fatty stools"); "Fast or irregular
            # heartbeat" reads as tachycardia and arrhythmia, two things, so it shares nothing below
            first = f"{first} {' '.join(second.split()[1:])}"
        a, b = self.explain(kind, first), self.explain(kind, second)
        shared = ({x.curie for x in a.links if is_direct(x) and x.predicate == EXACT_MATCH}
                  & {x.curie for x in b.links if is_direct(x) and x.predicate == EXACT_MATCH})
        links = [x for x in a.links if x.curie in shared and x.justification == LEXICAL]
        for x in links:
            out.labels.setdefault(x.curie, a.labels.get(x.curie, ""))
            out.via[x.curie] = f"{first!r} and {second!r} both name it"
        return links

    def _core(self, kind: str, label: str, out: Outcome) -> list[Link]:
        """"Signs of serotonin syndrome", "Asthma attacks": when the label finds nothing in any
        vocabulary, the thing it shows (:func:`kg.linking.normalize.core_name`), if some
        vocabulary names it, gets the links it would: exact for the signs of a thing, and only
        ``skos:broadMatch`` for an attack, episode, flare or exacerbation of it (:func:`is_episode`):
        an asthma attack is not asthma, a disease one has between attacks (firstcontact12's audit;
        a vocabulary's own name of the episode, SIDER's *Gout flare*, MedDRA's *COPD exacerbation*,
        is found before this and stays exact)."""
        core = core_name(label)
        if not core or not self._is_a_name(core):
            return []
        if is_episode(label):
            return _borrow(out, self.explain(kind, core), f"{label!r} is an episode of {core!r}", BROAD_MATCH)
        return _borrow(out, self.explain(kind, core), f"{label!r} names {core!r}")

    def _ungraded_terms(self, kind: str, label: str) -> set[str]:
        """The terms the label without its leading grade or course links exactly ("eczema" for "Severe
        eczema", "mouth ulcers" for "Recurrent mouth ulcers"); empty for a label without one."""
        words = label.split()
        n = _leading(words, GRADES | COURSES)[0]
        if n == 0 or n >= len(words):
            return set()
        core = self.explain(kind, " ".join(words[n:]))
        return {x.curie for x in core.links if is_direct(x) and x.predicate == EXACT_MATCH}

    def _broader(self, kind: str, label: str, out: Outcome) -> list[Link]:
        """"Severe diarrhea" -> ``skos:broadMatch`` the exact links of "Diarrhea": the label
        without its leading modifiers (:data:`MODIFIERS`), when that finds an exact match."""
        words = label.split()
        n, grade = _leading(words, MODIFIERS)
        if n and words[n].casefold() == "of" and n < len(words) - 1:  # "Worsening of myasthenia gravis"
            n += 1
        if n == 0:
            return []
        core = self.explain(kind, " ".join(words[n:]))
        if core.linked or (core.by_parts and _grade_spans(core)):
            self._grade(out, words[:n], grade, " ".join(words[n:]))
        graded = self._graded_name(kind, label, words[:n], core, out)
        exact = {x.curie for x in graded}
        return graded + [x for x in _borrow(out, core, f"{label!r} is a kind of {' '.join(words[n:])!r}",
                                            BROAD_MATCH) if x.curie not in exact]

    def _grade(self, out: Outcome, said: Sequence[str], words: set[str], core: str) -> None:
        """Record on ``out`` that its label is ``core`` graded by ``words`` (the grade as ``said``,
        in the label's order), and which of them name an HPO clinical modifier."""
        order = [w for w in normalize(" ".join(said)).split() if w in words]
        out.grade = tuple(dict.fromkeys(order))
        out.core = core
        for word in out.grade:
            hit = self.modifiers.get(word) or self.modifiers.get(MODIFIER_SYNONYMS.get(word, ""))
            if hit:
                out.modifiers[word] = self._make(hit[0], LEXICAL, hit[1], "hpo", self._hpo_version())
                out.labels.setdefault(hit[0], hit[1])
                if word not in self.modifiers:  # ("temporary" is HPO's Transient: our word list, said so)
                    out.via.setdefault(hit[0], f"{word!r} is {hit[1]!r} (kg.link.MODIFIER_SYNONYMS)")

    def _hpo_version(self) -> str:
        return next((s.version for s in self.manifest.sources if s.name == "hpo"), "")

    def _graded_name(self, kind: str, label: str, grade: Sequence[str], core: Outcome,
                     out: Outcome) -> list[Link]:
        """"Sudden loss of vision" is SIDER's *Sudden visual loss*, "Recurrent vaginal yeast
        infections" HPO's *Recurrent vulvovaginal candidiasis*: the grade kept, before the name
        a vocabulary or the lexicon gives the rest (the label of a term the rest links exactly,
        or the lexicon's medical term), names a graded term of a vocabulary, whose exact links
        are then the label's. Only a term's own label or the lexicon's term is tried, so the
        graded name says what the label says in the vocabulary's words."""
        names = {core.labels[x.curie] for x in core.links
                 if is_direct(x) and x.predicate == EXACT_MATCH and core.labels.get(x.curie)}
        names |= set(core.lay.values())
        for name in sorted(names, key=str.casefold):
            other = f"{' '.join(grade)} {name[:1].lower() + name[1:] if name[1:2].islower() else name}"
            if normalize(other) == normalize(label):
                continue
            scratch = Outcome(kind, other)  # the vocabularies' names only: no reading of a reading
            hits, _ = self._tiers(kind, other, (), None, scratch)
            links = [self._make(hit.curie, LEXICAL, hit.text, ix.source.name, ix.source.version)
                     for ix, hit, _ in hits]
            for (ix, hit, _), link in zip(hits, links):
                out.labels.setdefault(link.curie, ix.labels.get(hit.curie, hit.text))
                out.via[link.curie] = f"{label!r} is {other!r}" + (
                    f"; {scratch.via[hit.curie]}" if hit.curie in scratch.via else "")
            if links:
                return links
        return []

    def _parts(self, kind: str, label: str, out: Outcome) -> list[Link]:
        """"Rash or itching", "Joint or muscle pain": a label that names either of two things
        is broader than each of them, so each thing's exact links are the label's
        ``skos:narrowMatch`` links (:func:`kg.linking.normalize.alternatives`; a reading that
        shares a word with the other half is tried first). A label graded as a whole ("Severe
        nausea or vomiting") is left alone: its halves are graded too. A grade that stops at the
        first thing ("Worsening depression or suicidal thoughts", :func:`_grade_spans`) stays on it:
        the label lists worsening depression and suicidal thoughts."""
        readings = alternatives(label)
        words = label.split()
        n_grade = _leading(words, MODIFIERS)[0]
        if not readings or (n_grade and _grade_spans(self.explain(kind, " ".join(words[n_grade:])))):
            return []
        vetoed = {c.curie for c in self.curated.get((kind, slug(label)), []) if c.negated}
        links: list[Link] = []
        for names in readings:
            outcomes = list(map(partial(self.explain, kind), names))
            part = next((p for p in outcomes if p.linked), None)
            borrowed = _borrow(out, part, f"{label!r} names {part.label!r}", NARROW_MATCH) if part else []
            # a part whose every link a curator vetoed for this label is not linked ("Spinal or
            # epidural haematoma": HPO's epidural haematoma is inside the skull)
            said = any(x.curie not in vetoed for x in borrowed)
            graded = None if part else next((p for p in outcomes if p.graded), None)
            # a graded part is said in identifiers by its own node ("Severe constipation or bowel
            # blockage" lists severe constipation, Constipation graded by HPO's Severe), not by a
            # link of the listing's: a grade of a thing is no part of the thing
            named = part or graded
            out.parts[named.label if named else names[0]] = said or graded is not None
            links += borrowed
        return links

    def _context(self, kind: str, label: str, out: Outcome) -> list[Link]:
        """"Atrial fibrillation after heart surgery", "Nocturia due to nocturnal polyuria",
        "Radiation-induced nausea and vomiting": a name narrowed to a time, a group of people, a
        cause or a companion (:func:`kg.linking.normalize.context_core`) is a kind of what the rest
        names, so the rest's direct exact and broader links are the label's ``skos:broadMatch``
        links (a kind of a kind of a thing is a kind of it), never exact; nothing when the rest is
        a word that names no thing of its own (:data:`GENERIC_HEADS`: "Problems with balance")."""
        core = context_core(label)
        if not core or singular(normalize(core)) in GENERIC_HEADS:
            return []
        rest = self.explain(kind, core)
        links = [replace(x, predicate=BROAD_MATCH) for x in rest.links if is_direct(x)
                 and x.justification == LEXICAL and x.predicate in (EXACT_MATCH, BROAD_MATCH)]
        for x in links:
            out.labels.setdefault(x.curie, rest.labels.get(x.curie, ""))
            out.via[x.curie] = f"{label!r} is a kind of {core!r}" + (
                f"; {rest.via[x.curie]}" if x.curie in rest.via else "")
        return links

    def _context_terms(self, kind: str, label: str) -> set[str]:
        """The terms the label without its narrowing phrase links exactly ("Slow heart rate" for
        "Slow heart rate during surgery": bradycardia); empty for a label without one."""
        core = context_core(label)
        if not core:
            return set()
        return {x.curie for x in self.explain(kind, core).links if is_direct(x) and x.predicate == EXACT_MATCH}

    def _head(self, kind: str, label: str, out: Outcome) -> list[Link]:
        """"Metastatic breast cancer", "Hormonal acne", "Stress ulcers": a name that no vocabulary
        knows but whose last words do is a kind of what they name (the words before a noun
        narrow it), so their exact links are the label's ``skos:broadMatch`` links: the longest
        such ending, found by dropping leading words one at a time. Nothing when a dropped word
        denies or doubts the rest or says something else of it (:data:`NOT_A_KIND`: "Non-melanoma
        skin cancer", "Probable dementia", "Near fainting", "Risk of ..."), when the label lists or
        brackets things, or when what is left is a word that names no thing of its own
        (:data:`GENERIC_HEADS`: "Differentiation syndrome" is no kind of DOID's *syndrome*)."""
        if re.search(r"[(),;:/]", label) or alternatives(label):
            return []
        words = normalize(label).split()
        for n in range(1, len(words)):
            if words[n - 1] in NOT_A_KIND or words[n - 1] in _HEAD_FUNCTION_WORDS:
                return []
            rest = " ".join(words[n:])
            if rest in GENERIC_HEADS or singular(rest) in GENERIC_HEADS:
                return []
            core = self.explain(kind, rest)
            if core.linked:
                # "Rebound high blood pressure" is SIDER's *Rebound hypertension*: the leading words
                # before the vocabulary's own name of the rest name a term themselves (exact), as a
                # grade does (:meth:`_graded_name`); else the rest is what the label is a kind of
                named = self._graded_name(kind, label, label.split()[:len(label.split()) - len(rest.split())],
                                          core, out) if len(label.split()) == len(words) else []
                exact = {x.curie for x in named}
                return named + [x for x in _borrow(out, core, f"{label!r} is a kind of {rest!r}", BROAD_MATCH)
                                if x.curie not in exact]
        return []

    def _examples(self, kind: str, label: str, synonyms: Sequence[str], out: Outcome) -> list[Link]:
        """"Liver problems (jaundice)": what a page puts after an umbrella is one of the things
        it covers, so its exact links are the umbrella's ``skos:narrowMatch`` links."""
        links: list[Link] = []
        for name in synonyms:
            links += _borrow(out, self.explain(kind, name),
                             f"the page gives {name!r} as an example of {label!r}", NARROW_MATCH)
        return links

    def _lexical(self, kind: str, label: str, synonyms: Sequence[str], symbol: str | None,
                 out: Outcome) -> list[tuple[SourceIndex, Hit, str]]:
        """The node's own name first: its synonyms (which differ from page to page: glosses,
        context) are read only when the label and symbol alone find nothing, so a node that
        several pages name gets the same links from each of them. Two exceptions: what a page
        puts after an umbrella ("Liver problems (jaundice)") is an example, never read; and a
        label that only a weaker vocabulary of its kind knows (the condition "Whooping cough",
        which HPO names as a kind of cough) yields to a synonym that a stronger one knows
        ("pertussis", the disease in the Disease Ontology); and a narrower technical name beside a
        lay label is a narrower match of the node (:meth:`_narrower`)."""
        if synonyms and is_umbrella(label):
            out.refused.append(f"{', '.join(map(repr, synonyms))}: what the page says about "
                               f"{label!r} is an example of it (a narrower match), not another name")
            synonyms = ()
        found, tier = self._tiers(kind, label, (), symbol, out)
        if not synonyms or found and tier == 0:
            return self._narrower(kind, label, synonyms, found, out) if found and synonyms else found
        placed = _SITE_NARROWED.match(label) if kind in LAY_KINDS and not found else None
        if placed:  # "Injection site redness (erythema)": the page's name in the label's place first (SIDER's
            # *Injection site erythema*); the site-less name alone is what the label is a kind of
            site = (placed.group("site") or placed.group("site2")).capitalize()
            at = tuple(f"{site} site {s}" for s in synonyms if not _SITE_NARROWED.search(s))
            here, _ = self._tiers(kind, label, at, symbol, out) if at else ([], -1)
            if here:
                return here
        stronger, _ = self._tiers(kind, label, synonyms, symbol, out, below=tier if found else None)
        if stronger and placed:
            for _, hit, _ in stronger:
                out.kind_of.add(hit.curie)
                out.via[hit.curie] = (f"the page's other name of {label!r}, {hit.text!r}, lacks the place the "
                                      f"label puts it ({site.casefold()} site): what it is a kind of")
        if stronger and not found:
            stronger = self._gloss_of_another_kind(kind, label, stronger, out)
        if stronger and not found:
            self._gloss_of_a_narrowed_name(kind, label, synonyms, stronger, out)
            self._broader_gloss(kind, label, stronger, out)
            self._gloss_of_a_listing(kind, label, stronger, out)
        if stronger and found and all(hit.curie.startswith("umls:") for _, hit, _ in found):
            # "Strep throat (pharyngitis)": the words name a concept in a weaker vocabulary (SIDER's
            # Pharyngitis streptococcal, C0036689) and the page's other name another in a stronger one
            # (DOID's pharyngitis, C0031350): no shared UMLS concept, so the other name is not the
            # words' own name in a stronger vocabulary (as "pertussis" is of "Whooping cough"), and
            # the words keep their own match. Only when the words' terms are UMLS concepts themselves
            # (SIDER's): an HPO term's cross-references may name other CUIs of one thing (HPO's
            # Allergic rhinitis and DOID's share none, and "Hay fever (allergic rhinitis)" is both)
            mine = set().union(*(self._cuis(hit.curie) for _, hit, _ in found))
            theirs = set().union(*(self._cuis(hit.curie) for _, hit, _ in stronger))
            if mine and theirs and not mine & theirs:
                out.refused.append(f"{', '.join(sorted({hit.curie for _, hit, _ in stronger}))} via "
                                   f"{', '.join(map(repr, synonyms))}: the page's other name of {label!r} names "
                                   f"another concept than its words ({', '.join(sorted(mine))})")
                return found
        if stronger and found and self._above_the_words(found, stronger):
            # "Systemic sclerosis (scleroderma)": the words name MONDO's *systemic sclerosis* (the Disease Ontology's
            # *systemic scleroderma*), and the page's other name the Disease Ontology's *scleroderma*, above it in
            # that hierarchy: a broader lay name beside the words, no better name of them
            out.refused.append(f"{', '.join(sorted({hit.curie for _, hit, _ in stronger}))} via "
                               f"{', '.join(map(repr, synonyms))}: the page's other name of {label!r} names a term "
                               "above the words' own in its vocabulary's hierarchy (broader)")
            return found
        return stronger or found

    def _above_the_words(self, found: list[tuple[SourceIndex, Hit, str]],
                         other: list[tuple[SourceIndex, Hit, str]]) -> bool:
        """Whether every term the page's other name finds is above a term the words find (or one the same as it) in a
        vocabulary's own hierarchy."""
        mine = set().union(*(self._same_concept(hit.curie) for _, hit, _ in found))
        above = set().union(*(self.ancestors(term) for term in mine))
        return bool(above) and all(hit.curie in above for _, hit, _ in other)

    def _gloss_of_another_kind(self, kind: str, label: str, hits: list[tuple[SourceIndex, Hit, str]],
                               out: Outcome) -> list[tuple[SourceIndex, Hit, str]]:
        """"Lymphatic filariasis (elephantiasis)": the label's own words say what it is a kind of (the Disease
        Ontology's filariasis, a ``skos:broadMatch``); a term the page's other name links in that vocabulary that its
        hierarchy puts neither there nor below it (elephantiasis, a kind of lymphedema) is no name of the label's
        thing but of another, one it causes or shows as (firstcontact102's link truth): refused, said, not linked.
        Only for the Disease Ontology, whose hierarchy is one of kinds of disease; HPO's sorts signs by body system and
        leaves out kinds a gloss rightly names ("Fetal tachycardia" is no kind of its *Tachycardia*, nor "Recurrent
        aphthous stomatitis" of its *Oral ulcer*)."""
        if kind not in LAY_KINDS:
            return hits
        broad = {x.curie for x in self.explain(kind, label).links if is_direct(x) and x.predicate == BROAD_MATCH}
        if not broad:
            return hits
        kept = []
        for ix, hit, matched in hits:
            prefix = hit.curie.split(":")[0]
            mine = {b for b in broad if b.split(":")[0] == prefix} if prefix == "DOID" else set()
            above = self.ancestors(hit.curie)
            if mine and above and not any(b == hit.curie or b in above or hit.curie in self.ancestors(b) for b in mine):
                out.refused.append(f"{hit.curie} {hit.text!r} via the page's other name: {label!r} is by its own words "
                                   f"a kind of {', '.join(sorted(mine))}, and {hit.curie} is not")
                continue
            kept.append((ix, hit, matched))
        return kept

    def _gloss_of_a_listing(self, kind: str, label: str, hits: list[tuple[SourceIndex, Hit, str]],
                            out: Outcome) -> None:
        """"Breast tenderness or enlargement (gynecomastia)": a label that names two things (two
        nouns joined by "or", no place phrase), with a name beside it that is one of them, is broader
        than what that name links: its terms are the node's ``skos:narrowMatch`` links, never exact.
        Not for two words of one thing ("Fast or pounding heartbeat (palpitations)", "Swollen or
        overgrown gums": adjectives on one noun; "Swelling in the arms or legs": places of one
        thing), nor when the halves are two names of one thing that link one term ("Drowsiness or
        sleepiness")."""
        if kind not in LAY_KINDS or not (_TWO_NOUNS.search(label) or self._two_things(kind, label)) \
                or self._either(kind, label, Outcome(kind, label)):
            return
        for _, hit, _ in hits:
            if hit.curie not in out.kind_of:
                out.narrower.add(hit.curie)
                out.via[hit.curie] = (f"{label!r} names two things; the page's other name of it, "
                                      f"{hit.text!r}, names one of them")

    def _two_things(self, kind: str, label: str) -> bool:
        """"Skin rash or hives": each half of a label's one "or" names a thing of its own (both link exactly, and to
        no term in common), whatever the words end with; "Fast or pounding heartbeat" (a bare modifier first) and
        "Swelling in the arms or legs" (places of one thing) do not."""
        if "," in label or label.count(" or ") != 1 or _PLACE_WORDS.search(label):
            return False
        first, second = (part.strip() for part in label.split(" or "))
        if len(first.split()) < 2 and len(second.split()) > 1:
            return False
        terms = [{x.curie for x in self.explain(kind, half).links if is_direct(x) and x.predicate == EXACT_MATCH}
                 for half in (first, second)]
        return all(terms) and not terms[0] & terms[1]

    def _gloss_of_a_narrowed_name(self, kind: str, label: str, synonyms: Sequence[str],
                                  hits: list[tuple[SourceIndex, Hit, str]], out: Outcome) -> None:
        """"HIV-associated wasting (cachexia)": a label narrowed to its cause
        (:func:`kg.linking.normalize.context_core`, :data:`_BY_CAUSE`) beside a name that is not
        narrowed so names what the label is a kind of: its terms are the node's ``skos:broadMatch``,
        never exact (firstcontact18's link truth). An abbreviation beside it ("(CINV)") is the narrowed
        name's own; a name narrowed to a time or a group may be glossed whole ("Fast heartbeat in an
        unborn baby (fetal tachycardia)", see :meth:`_context`)."""
        if kind not in LAY_KINDS or not context_core(label) or not _BY_CAUSE.search(label) \
                or any(context_core(s) or s.isupper() or len(s) <= 5 for s in synonyms):
            return
        for _, hit, _ in hits:
            out.kind_of.add(hit.curie)
            out.via[hit.curie] = (f"the page's other name of {label!r}, {hit.text!r}, lacks what narrows the "
                                  f"label ({context_core(label)!r} is what it is a kind of)")

    def _broader_gloss(self, kind: str, label: str, hits: list[tuple[SourceIndex, Hit, str]],
                       out: Outcome) -> None:
        """"Swelling of the legs and ankles (edema)": the label's own words name nothing as a
        whole, but what they do name (a thing it is a kind of, each thing of "A and B", here HPO's
        *Pedal edema*) a vocabulary's own hierarchy puts below the term the page's other name links
        (*Edema*): the other name is broader than the words, the site-less name of a thing the
        label puts in one place. Its terms, in every vocabulary, are then the node's
        ``skos:broadMatch`` (in ``out.kind_of``), never exact."""
        if kind not in LAY_KINDS:
            return
        alone = self.explain(kind, label)
        named = {x.curie: x.predicate for x in alone.links if is_direct(x) and x.justification == LEXICAL
                 and x.predicate in (EXACT_MATCH, BROAD_MATCH, NARROW_MATCH)}
        above = {hit.curie: term for _, hit, _ in hits for term in sorted(named)
                 if hit.curie != term and any(hit.curie in self.ancestors(same) for same in self._same_concept(term))}
        # (through the same thing in another vocabulary: "Postmenopausal osteoporosis (bone thinning)" names DOID's
        # osteoporosis, whose UMLS concept is HPO's Osteoporosis, below Reduced bone mineral density)
        if not above:
            return
        for _, hit, _ in hits:
            out.kind_of.add(hit.curie)
            below = next(iter(above.values()))
            out.via[hit.curie] = (f"the page's other name of {label!r} is {hit.text!r}, broader than its "
                                  f"words, which name {below} {alone.labels.get(below, '')!r}, a kind of "
                                  f"{', '.join(sorted(above))}")

    def _narrower(self, kind: str, label: str, synonyms: Sequence[str],
                  found: list[tuple[SourceIndex, Hit, str]], out: Outcome) -> list[tuple[SourceIndex, Hit, str]]:
        """"Kidney inflammation (interstitial nephritis)", "Low white blood cell count (neutropenia)":
        a lay label names its term only as a synonym of it (HPO's layperson *Kidney inflammation* of
        Nephritis) or through the lexicon, and is vaguer than the technical name the page gives
        beside it. When that name links to terms that a vocabulary's own hierarchy puts below the
        label's term (DOID: interstitial nephritis is_a nephritis, the term the label's term is by
        its own name), the page's name is narrower than the node: its terms are the node's
        ``skos:narrowMatch`` links, and the label keeps its own exact match. The node is shared by
        every page that gives its label, glossed or not (olanzapine's unglossed "low white blood
        cell count" is leukopenia), so its exact match must be what its own words say; an exact
        match to the narrower term, made on one page, was claimed for all of them (audit of
        firstcontact12). A label that is a term's own name gets it too ("Restlessness (akathisia)":
        HPO puts Akathisia below Restlessness); a graded one takes none ("Severe kidney
        inflammation": the page's name may be no kind of the graded thing), and neither does a node
        whose other name names the same or a broader term, or none that the hierarchy relates."""
        if kind not in LAY_KINDS or _grades(label) or is_umbrella(label):
            return found
        broad = {hit.curie for _, hit, _ in found}
        same = set(broad)  # the label's terms, and what each vocabulary names by their own names
        for ix, hit, _ in found:
            name = ix.labels.get(hit.curie)
            if name:
                same |= {h.curie for _, h, _ in self._tiers(kind, name, (), None, Outcome(kind, name))[0]}
        cuis = set().union(*map(self._cuis, broad))  # the label's concepts, whatever the vocabulary
        for synonym in synonyms:
            scratch = Outcome(kind, synonym)
            hits, _ = self._tiers(kind, synonym, (), None, scratch)
            narrow = {hit.curie for _, hit, _ in hits}
            if not hits or scratch.kind_of or narrow & same or cuis & set().union(*map(self._cuis, narrow)):
                continue
            lineage = set().union(*map(self.ancestors, narrow))
            # another vocabulary's hierarchy counts when the term it puts above the page's name is
            # the label's concept by a shared UMLS CUI: "Increased pressure in the skull
            # (pseudotumor cerebri)", HPO's Increased intracranial pressure and DOID's
            # intracranial hypertension (above pseudotumor cerebri) both C0151740. Never the label's
            # own vocabulary, whose hierarchy has spoken (HPO cross-references Arrhythmia to
            # "abnormal ECG", the parent of Prolonged QT interval: no kind of arrhythmia)
            own = {term.split(":")[0] for term in broad}
            above = lineage & same or {term for term in lineage
                                       if term.split(":")[0] not in own and self._cuis(term) & cuis}
            if not above or any(self.ancestors(term) & narrow for term in same):
                continue
            out.narrower |= narrow
            for term in narrow:
                out.via[term] = (f"the page calls {label!r} {synonym!r}, which names a kind of "
                                 f"{', '.join(sorted(above))}: narrower than the label's own words")
            return [*found, *hits]
        return found

    def _cuis(self, curie: str) -> set[str]:
        """The UMLS concepts a vocabulary cross-references ``curie`` to (or ``curie`` itself, a
        SIDER term being one)."""
        own = {curie} if curie.startswith("umls:") else set()
        return own | {x for ix in self.indexes.values() for x, p in ix.xrefs.get(curie, ())
                      if p == DBXREF and x.startswith("umls:")}

    def _same_concept(self, curie: str) -> set[str]:
        """``curie``, the terms a vocabulary maps it to as the same thing (MONDO's *systemic sclerosis* and the
        Disease Ontology's *systemic scleroderma*, an identity mapping), and the terms of every vocabulary that
        cross-reference a UMLS concept one of these does."""
        if self._by_cui is None:
            self._by_cui = defaultdict(set)
            for ix in self.indexes.values():
                for term, refs in ix.xrefs.items():
                    for x, p in refs:
                        if p == DBXREF and x.startswith("umls:"):
                            self._by_cui[x].add(term)
                        elif p == EXACT_MATCH:
                            self._identities[term].add(x)
                            self._identities[x].add(term)
        same = {curie} | self._identities.get(curie, set())
        return same.union(*(self._by_cui.get(c, set()) for one in same for c in self._cuis(one)))

    def ancestors(self, curie: str) -> set[str]:
        """Every term above ``curie`` in its vocabulary's own hierarchy (empty without one)."""
        return set().union(*(ancestors(ix.parents, curie) for ix in self.indexes.values()
                             if curie in ix.parents))

    def _tiers(self, kind: str, label: str, synonyms: Sequence[str], symbol: str | None,
               out: Outcome, below: int | None = None) -> tuple[list[tuple[SourceIndex, Hit, str]], int]:
        """The hits of the first tier of vocabularies (for ``kind``, above tier ``below``) that
        finds anything, and that tier's rank."""
        for rank, tier in enumerate(self.tiers.get(kind, [])[:below]):
            hits = []
            for ix in tier:
                hit = self._match(ix, label, synonyms, symbol, out)
                if hit is not None:
                    hits.append((ix, hit, label))
            if hits:
                return self._agree(hits, out), rank
        return [], -1

    def _agree(self, hits: list[tuple[SourceIndex, Hit, str]],
               out: Outcome) -> list[tuple[SourceIndex, Hit, str]]:
        """Drop a synonym match that another vocabulary contradicts by a label match.

        HPO gives "Skin infection" as a synonym of *Cellulitis*, SIDER has a term labelled
        "Skin infection" (UMLS C0037278): when the HPO term's own UMLS xrefs do not include
        that CUI, the two vocabularies disagree on what the words mean, and the weaker
        (synonym) match is refused.
        """
        by_label: dict[str, set[str]] = defaultdict(set)
        for _, hit, _ in hits:
            if hit.scope == "label":
                by_label[hit.curie.split(":")[0]].add(hit.curie)
        kept = []
        for ix, hit, ours in hits:
            preferred = ix.labels.get(hit.curie, hit.text)
            if hit.scope == "exact" and singular(normalize(hit.text)) != singular(normalize(preferred)):
                xrefs = [x for x, p in ix.xrefs.get(hit.curie, ()) if p == DBXREF]
                clash = [p for p, ids in by_label.items()
                         if any(x.startswith(p + ":") for x in xrefs) and not ids.intersection(xrefs)]
                if clash:
                    out.refused.append(f"{hit.curie} {preferred!r}: its "
                                       f"{', '.join(clash)} xrefs disagree with "
                                       f"{', '.join(sorted(i for p in clash for i in by_label[p]))}")
                    continue
            kept.append((ix, hit, ours))
        return kept

    def _match(self, ix: SourceIndex, label: str, synonyms: Sequence[str], symbol: str | None,
               out: Outcome) -> Hit | None:
        """The one identifier ``ix`` names for this node, or None (and a Tie) when ambiguous."""
        label_key = normalize(label)
        queries: list[tuple[str, str, bool | str, str]] = []  # (scope, key, folded, our string)
        if symbol:
            queries.append(("symbol", symbol_key(symbol), False, symbol))
        if " " not in label.strip():
            queries.append(("symbol", symbol_key(label), False, label))
        for ours in (label, *synonyms):
            key = normalize(ours)
            if len(key) <= 3 and ours != label:
                continue  # "5-FU", "AK": abbreviations are not names
            natural = inverted(ours)
            keys = [key, normalize(natural)] if natural else [key]
            queries += [(scope, k, False, ours) for scope in ("label", "exact") for k in keys]
            queries += [("label", loose(ours), True, ours), ("exact", loose(ours), True, ours)]
            joined = unhyphenated(ours)  # "Light-headedness" is SIDER's "Lightheadedness"
            if joined:
                queries += [(scope, k, folded, ours) for scope in ("label", "exact")
                            for k, folded in ((normalize(joined), False), (loose(joined), True))]
        for ours in (label, *synonyms):
            variant = disease_variant(ours)
            if len(ours) > 3 and (len(variant) < len(ours) or out.kind in LAY_KINDS and _DEFICIENCY.search(ours)
                                  or out.kind == "condition" and self._is_a_name(ours)):
                queries += [("label", loose(variant), True, ours), ("exact", loose(variant), True, ours)]
        if out.kind in LAY_KINDS:  # "Liver problems" is "liver disease"
            for name in umbrella_names(label):
                queries += [("label", loose(name), True, label), ("exact", loose(name), True, label)]
        lay: dict[int, tuple[str, str]] = {}  # query number -> (how, the lexicon's medical term)
        #: queries of a vocabulary's name in other words ("Nausea postoperative"): a label found so
        #: is as good as a synonym, never a label that contradicts another vocabulary (:meth:`_agree`)
        reworded: set[int] = set()
        #: each name said as a change before what changed, in the vocabularies' order ("Rise in creatinine" is
        #: "Increased creatinine")
        changes = {ours: change_named(ours) for ours in (label, *synonyms)} if out.kind in LAY_KINDS else {}
        if out.kind in LAY_KINDS:
            for ours in (label, *synonyms):
                medical, line = self._lay_row(ours) or self._lay_level(ours)
                changed = changes[ours]  # "Fall in white blood cells": the row of "Decreased ..."
                if not medical and changed:
                    medical, line = self.lay_terms.get(loose(changed)) or self._lay_level(changed)
                if medical:
                    for scope, key, folded in (("label", normalize(medical), False),
                                               ("exact", normalize(medical), False),
                                               ("label", loose(medical), True),
                                               ("exact", loose(medical), True)):
                        lay[len(queries)] = (f"{ours!r} is {medical!r} ({line})", medical)
                        queries.append((scope, key, folded, ours))
        if out.kind in LAY_KINDS:  # last: a measured level in other words ("Raised cholesterol"),
            for ours in (label, *synonyms):  # a two-word name said with "of" ("Swelling of the ankles")
                changed = changes[ours]
                for said in filter(None, [ours, changed]):
                    level = level_key(loose(said))
                    if level:
                        queries += [("label", level, "level", ours), ("exact", level, "level", ours)]
                other = of_reordered(ours)
                if other:
                    queries += [("label", loose(other), True, ours), ("exact", loose(other), True, ours)]
                for other in (*of_phrasings(ours), *filter(None, [head_first(ours), same_head(ours),
                                                                  place_first(ours), state_first(ours),
                                                                  part_adjective(ours), excess_said_other_way(ours),
                                                                  type_last(ours)]),
                              *direction_last(ours), *feeling_phrasings(ours), *worsening_names(ours),
                              *filter(None, [changed]), *direction_last(changed or "")):
                    reworded.update((len(queries), len(queries) + 1))
                    queries += [("label", loose(other), True, ours), ("exact", loose(other), True, ours)]

        for number, (scope, key, folded, ours) in enumerate(queries):
            if not key:
                continue
            hits = ix.lookup(scope, key, folded)
            if scope == "exact":
                hits = self._unrefused(hits, out, ix.labels)
            curies = sorted({h.curie for h in hits})
            if not curies:
                continue
            if len(curies) > 1:
                out.ties.append(Tie(ix.source.name, ours, tuple(curies)))
                return None
            hit = replace(hits[0], scope="exact") if number in reworded else hits[0]
            preferred = ix.labels.get(hit.curie, hit.text)
            if ours != label and scope != "symbol" and drops_qualifier(label_key, normalize(preferred)):
                out.refused.append(f"{hit.curie} {preferred!r} via synonym {ours!r} is broader "
                                   f"than {label!r}")
                return None
            if number in lay:
                out.via[hit.curie], out.lay[hit.curie] = lay[number]
            if ours != label and not _grades(label) | _course(label, preferred) <= set(normalize(ours).split()) \
                    and not _abbreviates(ours, label):
                # "Severe eczema (atopic dermatitis)": the other name lacks the grade, so it names
                # what the node is a kind of, as the label without its grade would (:meth:`_broader`;
                # exact links through such names were wrong in the audit of 2026-12-01) -- when the
                # label without its grade names that term too. Else the page may gloss the grade
                # with a kind of its own ("Severe allergic reactions (anaphylaxis)": anaphylaxis is
                # no broader than a severe allergic reaction; wrong in the audit of 2026-12-02)
                if hit.curie not in self._ungraded_terms(out.kind, label):
                    out.refused.append(f"{hit.curie} {preferred!r} via {ours!r}: the page glosses the "
                                       f"graded {label!r} with it, and the label without its grade "
                                       "does not name it (it may name a kind the grade picks out)")
                    return None
                out.kind_of.add(hit.curie)
                out.via[hit.curie] = f"{label!r} is a kind of {ours!r}"
            elif ours != label and hit.curie in self._context_terms(out.kind, label):
                # "Slow heart rate during surgery (bradycardia)": the page's other name lacks the time,
                # the people or the cause the label narrows it to, and names what the label without
                # them names: the node is a kind of it (a plain gloss of the whole stays exact)
                out.kind_of.add(hit.curie)
                out.via[hit.curie] = f"{label!r} is a kind of {ours!r}"
            return hit
        return None

    def _unrefused(self, hits: list[Hit], out: Outcome, labels: dict[str, str]) -> list[Hit]:
        """``hits`` without the synonyms a curator refused, and without those that say
        "abnormal" where the term's own label says which way (:func:`loses_direction`: HPO's
        "Abnormal fertility" of *Decreased fertility*); each refusal said in ``out``."""
        kept = []
        for hit in hits:
            why = self.refused_synonyms.get((hit.curie, normalize(hit.text)))
            if not why and loses_direction(hit.text, labels.get(hit.curie, "")):
                why = (f"it says no direction where the term's label {labels[hit.curie]!r} does: "
                       "broader than the term")
            if why:
                out.refused.append(f"{hit.curie} by its synonym {hit.text!r}, refused ({why})")
            else:
                kept.append(hit)
        return kept

    def _lay_row(self, name: str) -> tuple[str, str] | None:
        """The lexicon's row for ``name``, or for the words a feeling is said in as the lexicon says it ("Feeling
        like X": the row "feeling that X"), or None."""
        for said in (name, *feeling_phrasings(name)):
            key = loose(said)
            row = self.lay_terms.get(key) or self.lay_bare.get(_without_articles(key))
            if row:  # ("Pain in abdomen": the row "pain in the abdomen", its article dropped)
                return row
        return None

    def _lay_level(self, text: str) -> tuple[str, str]:
        """The lexicon's row for a measured level said with another direction word or medium
        ("Raised blood fats" is the row "high blood fats": hyperlipidemia), or ``("", "")``. Only
        for a level no vocabulary names in any words: "Raised blood pressure" stays HPO's
        *Increased blood pressure*, as the level tier reads it, and is not the lexicon's
        hypertension."""
        level = level_key(loose(text))
        if not level or level not in self.lay_levels or any(
                level in ix.levels[scope] for ix in self.indexes.values() for scope in ("label", "exact")):
            return ("", "")
        return self.lay_levels[level]

    def _is_a_name(self, text: str) -> bool:
        """True when some vocabulary names something ``text`` (a label or synonym, any kind):
        "Anthrax" may then be "anthrax disease", while "stomach" is not "stomach disease"."""
        key = normalize(text)
        return any(key in ix.names[scope] for ix in self.indexes.values() for scope in ("label", "exact"))

    def _chain(self, exact: Sequence[Link], out: Outcome) -> list[Link]:
        """Identity mappings and cross-references of the matched terms, as weaker links.

        Each chained link's ``matched`` is the identifier it was reached from, its predicate
        ``skos:closeMatch`` (identity mappings all the way) or ``skos:relatedMatch`` (a
        cross-reference on the way): see the module docstring."""
        chained: list[Link] = []
        seen = {link.curie for link in exact}
        frontier = list(exact)
        while frontier:
            link = frontier.pop(0)
            identity_so_far = is_direct(link) or link.predicate == CLOSE_MATCH
            for ix in self.indexes.values():
                partners = ix.xrefs.get(link.curie, ())
                by_prefix: dict[tuple[str, str], list[str]] = defaultdict(list)
                for xref, predicate in partners:
                    by_prefix[(predicate, xref.split(":")[0])].append(xref)
                for (predicate, _), xrefs in sorted(by_prefix.items()):
                    if predicate == EXACT_MATCH and len(set(xrefs)) > 1:
                        out.ties.append(Tie(ix.source.name, link.curie, tuple(sorted(set(xrefs)))))
                        continue
                    for xref in sorted(set(xrefs)):
                        if xref in seen:
                            continue
                        seen.add(xref)
                        other = self._names_other(ix, xref, link.curie) if predicate == DBXREF else None
                        if other:
                            out.refused.append(other)
                            continue
                        weaker = (CLOSE_MATCH if predicate == EXACT_MATCH and identity_so_far
                                  else RELATED_MATCH)
                        new = self._make(xref, CHAINED, link.curie, ix.source.name,
                                         ix.source.version, weaker)
                        chained.append(new)
                        out.labels.setdefault(new.curie, ix.labels.get(xref, ""))
                        if predicate == EXACT_MATCH:
                            frontier.append(new)
        return chained

    def _names_other(self, ix: SourceIndex, xref: str, curie: str) -> str | None:
        """Why the cross-reference ``xref`` that ``ix`` gives ``curie`` names something else, or
        None. Only for an ``xref`` that is a term of one of our vocabularies (a SIDER CUI, a MeSH
        heading), whose label there is a name of other terms of our vocabularies, of neither
        ``curie`` nor the terms ``curie`` or ``xref`` is identical to, and

        - one of them is a term of ``curie``'s own vocabulary: it keeps the thing apart (the
          Disease Ontology's *diarrhea* gives C0013369, SIDER's *Dysentery*, its *dysentery*;
          HPO's *Impotence* gives C0242350, *Erectile dysfunction*, another HPO term), or
        - ``curie`` is a term of a vocabulary of signs and symptoms (one that serves side effects
          before conditions, HPO) and every one of them is a disease of a disease vocabulary (DOID,
          MONDO): a disease for a sign (HPO's *Seizure* gives C0014544, SIDER's *Epilepsy*, which
          is DOID's *epilepsy*; HPO's *Depression* C0011581, *Depressive disorder*).

        A cross-reference we know no name of (most of ICD-10-CM, SNOMED CT, MeSH's diseases) is
        kept, and so is one whose name another vocabulary gives a term of the same thing in its
        own words (the Disease Ontology's *peptic ulcer disease* gives C0030920, *Peptic ulcer*,
        HPO's *Peptic ulcer*)."""
        name = next((other.labels[xref] for other in self.indexes.values() if xref in other.labels), "")
        if not name:
            return None
        same = {xref, curie} | {x for i in self.indexes.values() for x, p in i.xrefs.get(curie, ())
                                if p == EXACT_MATCH}
        same |= {x for i in self.indexes.values() for x, p in i.xrefs.get(xref, ()) if p == EXACT_MATCH}
        named: dict[str, SourceIndex] = {}
        for other in self.indexes.values():
            for scope in ("label", "exact"):
                for hit in (*other.lookup(scope, normalize(name)), *other.lookup(scope, loose(name), True)):
                    named.setdefault(hit.curie, other)
        if not named or set(named) & same - {xref}:
            return None
        others = {term: where for term, where in named.items() if term not in same}
        if any(where is ix for where in others.values()):
            why = f"{ix.source.name} names it {', '.join(sorted(t for t, w in others.items() if w is ix))}"
        elif others and _serves_signs_first(ix.source) and all(map(_serves_diseases_first, (
                w.source for w in others.values()))):
            why = f"a disease for a sign: it names {', '.join(sorted(others))}"
        else:
            return None
        return f"{xref} {name!r}, a cross-reference of {curie}, not chained: {why}, not {curie}"

    def _dedupe(self, links: Sequence[Link], vetoed: set[str], out: Outcome) -> list[Link]:
        """One link per identifier (direct beats chained, exact beats weaker, earlier beats
        later), vetoes removed."""
        best: dict[str, Link] = {}
        for link in links:
            if link.curie in vetoed:
                continue
            old = best.get(link.curie)
            if old is None or _rank(link) < _rank(old):
                best[link.curie] = link
        return list(best.values())

    def _make(self, curie: str, justification: str, matched: str, source: str, version: str,
              predicate: str = EXACT_MATCH) -> Link:
        try:
            std, iri = self.identifiers.standardize(curie)
        except LinkError as exc:
            raise LinkError(f"{exc.message} (from {source})", hint=exc.hint) from exc
        return Link(curie=std, iri=iri, justification=justification, matched=matched,
                    source=source, version=version, predicate=predicate)


def _serves_signs_first(source: Source) -> bool:
    """True for a vocabulary of signs and symptoms: it serves side effects before conditions (HPO)."""
    kinds = {k: int(t) for k, t in source.kinds.items()}
    return "side-effect" in kinds and kinds["side-effect"] < kinds.get("condition", 99)


def _serves_diseases_first(source: Source) -> bool:
    """True for a vocabulary of diseases: no kind before conditions (the Disease Ontology, MONDO)."""
    kinds = {k: int(t) for k, t in source.kinds.items()}
    return "condition" in kinds and kinds["condition"] <= min(kinds.values())


def _rank(link: Link) -> tuple[int, int]:
    return (0 if is_direct(link) else 1, _RANK.get(link.predicate, 5))


# -- loading -----------------------------------------------------------------------------------------


def load_index(folder: Path, source: Source,
               hierarchy: dict[str, dict[str, tuple[str, ...]]] | None = None) -> SourceIndex:
    names = read_tsv_gz(folder / source.names, NAME_COLUMNS) if source.names else []
    xrefs = read_tsv_gz(folder / source.xrefs, XREF_COLUMNS) if source.xrefs else []
    return SourceIndex(source, names, xrefs, (hierarchy or {}).get(source.name))


def read_curated(path: Path, identifiers: Identifiers) -> list[Curated]:
    """The rows of one curated SSSOM file, each identifier checked; errors name file and line."""
    sssom = read_sssom(path)
    own = sssom.curie_map.get(OWN_PREFIX)
    rows: list[Curated] = []
    for row, line in zip(sssom.rows, sssom.lines):
        try:
            rows.append(_curated_row(row, identifiers, own, str(path), line))
        except LinkError as exc:
            raise LinkError(exc.message, file=str(path), line=line, hint=exc.hint) from exc
    return rows


def _curated_row(row: dict[str, str], identifiers: Identifiers, own: str | None, file: str,
                 line: int) -> Curated:
    subject = row["subject_id"]
    prefix, _, local = subject.partition(":")
    if prefix != OWN_PREFIX or not own:
        raise LinkError(f"subject_id {subject!r} must be one of our nodes, "
                        f"'{OWN_PREFIX}:KIND/KEY' with {OWN_PREFIX} declared in the curie_map")
    kind, _, key = local.partition("/")
    if kind not in KINDS or not key:
        raise LinkError(f"subject_id {subject!r}: the kind must be one of {', '.join(KINDS)}")
    label = row.get("subject_label", "")
    if label and slug(label) != key:
        raise LinkError(f"subject_label {label!r} does not give the key {key!r} of {subject!r}",
                        hint=f"use '{OWN_PREFIX}:{kind}/{slug(label)}'")
    predicate = row["predicate_id"]
    if predicate not in CURATED_PREDICATES:
        raise LinkError(f"predicate_id {predicate!r} is not supported",
                        hint=f"use one of {', '.join(CURATED_PREDICATES)}")
    curie, _ = identifiers.standardize(row["object_id"])
    justification = row["mapping_justification"] or CURATED
    return Curated(kind, key, curie, predicate, row.get("object_label", ""),
                   row.get("predicate_modifier", "") == "Not", file, line, justification)


def load_curated(folder: Path, identifiers: Identifiers) -> list[Curated]:
    rows: list[Curated] = []
    for path in sorted(folder.glob("*.sssom.tsv")):
        rows += read_curated(path, identifiers)
    return rows


_CACHE: dict[tuple[str, str, tuple[tuple[str, float], ...]], VocabLinker] = {}


def load_linker(config: Config) -> VocabLinker:
    """The linker for ``config``: tables and curated mappings, read once per process.

    The cache key includes the files' modification times, so an import or an edit of a
    mapping file is picked up; calling it again is a dict look-up.
    """
    vdir, mdir = vocab_dir(config), mappings_dir(config)
    files = sorted([*vdir.glob("*"), *mdir.glob("*.sssom.tsv")]) if vdir.exists() or mdir.exists() else []
    stamp = tuple((str(p), p.stat().st_mtime) for p in files if p.is_file())
    key = (str(vdir), str(mdir), stamp)
    if key not in _CACHE:
        _CACHE.clear()
        _CACHE[key] = build_linker(vdir, mdir)
    return _CACHE[key]


def build_linker(vdir: Path, mdir: Path | None = None) -> VocabLinker:
    manifest = read_manifest(vdir)
    identifiers = Identifiers(read_prefixes(vdir))
    hierarchy = read_hierarchy(vdir / HIERARCHY)
    indexes = [load_index(vdir, s, hierarchy) for s in manifest.sources]
    curated = load_curated(mdir, identifiers) if mdir is not None and mdir.exists() else []
    lay = read_lay_terms(vdir / LAY_TERMS) if (vdir / LAY_TERMS).exists() else {}
    refused = read_refused_synonyms(vdir / REFUSED_SYNONYMS) if (vdir / REFUSED_SYNONYMS).exists() else {}
    modifiers = read_modifiers(vdir / MODIFIERS_TABLE)
    return VocabLinker(manifest, indexes, identifiers, curated, lay, refused, modifiers)

