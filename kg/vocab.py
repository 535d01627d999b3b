"""Importers: real vocabularies -> the compact linking tables of ``data/vocab`` (layer 2).

``kg vocab import --from ../shared/vocab`` runs every row of :data:`SOURCES` (one small parser
per vocabulary file) and ``kg vocab import --file my.obo`` imports a vocabulary of one's own
(OBO, OWL/RDF, SKOS or SSSOM TSV). Each import keeps only what linking needs (normalised
label/exact-synonym/symbol -> identifier, and cross-references), checks every identifier
against the Bioregistry (invalid ones are dropped and counted in the manifest, never kept),
and records the source's title, version, licence and input checksum in ``manifest.yaml``.
The output is byte-stable: the same inputs give the same files.
"""
from __future__ import annotations

import csv
import hashlib
import importlib.metadata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import LinkError
from kg.link import KINDS, Identifiers, registry_entry
from kg.linking.normalize import drops_qualifier, inverted, normalize, symbol_key
from kg.linking.sssom import read_sssom
from kg.linking.tables import (
    DBXREF,
    EXACT_MATCH,
    NameRow,
    Source,
    XrefRow,
    read_manifest,
    write_manifest,
    write_names,
    write_prefixes,
    write_xrefs,
)

#: cross-references worth carrying over to the graph (Bioregistry prefixes)
XREF_PREFIXES = frozenset({"mesh", "umls", "snomedct", "icd10cm"})
#: prefixes always kept in the snapshot (curated files use them)
BASE_PREFIXES = ("chebi", "drugbank", "ncbigene", "doid", "mondo", "hp", "go", "mesh", "umls",
                 "snomedct", "icd10cm", "uniprot", "hgnc", "cas", "atc")
HPO_ROOT = "HP:0000118"  # Phenotypic abnormality: leaves out inheritance modes, modifiers, ...
CC0 = "CC0 1.0 (https://creativecommons.org/publicdomain/zero/1.0/)"


@dataclass
class Parsed:
    """What a parser read: name rows, xref rows, the version found in the file, notes."""

    names: list[NameRow] = field(default_factory=list)
    xrefs: list[XrefRow] = field(default_factory=list)
    version: str = ""
    notes: list[str] = field(default_factory=list)
    dropped: dict[str, int] = field(default_factory=lambda: defaultdict(int))


Parser = Callable[[Path, Identifiers], Parsed]


# -- small helpers -------------------------------------------------------------------------------


def _curie(raw: str, ids: Identifiers, parsed: Parsed, what: str) -> str | None:
    """The standard CURIE for ``raw``, or None (counted under ``what``) when it is invalid."""
    try:
        return ids.standardize(raw)[0]
    except LinkError:
        parsed.dropped[what] += 1
        return None


def _xref(raw: str, ids: Identifiers, parsed: Parsed) -> str | None:
    prefix = raw.split(":", 1)[0]
    try:
        if ids.prefix(prefix) not in XREF_PREFIXES:
            return None
    except LinkError:
        return None
    return _curie(raw, ids, parsed, "invalid cross-references")


def _name(key_text: str, curie: str, scope: str) -> NameRow:
    key = symbol_key(key_text) if scope == "symbol" else normalize(key_text)
    return NameRow(key, curie, scope, key_text)


def _names(text: str, curie: str, scope: str) -> list[NameRow]:
    """The row of ``text``, and one keyed in natural order when it is an inverted heading
    ("Sweating, increased" is also found as "increased sweating")."""
    rows = [_name(text, curie, scope)]
    natural = inverted(text) if scope != "symbol" else None
    if natural:
        rows.append(NameRow(normalize(natural), curie, scope, text))
    return rows


def _tsv(path: Path) -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            yield {k.strip('"'): (v or "").strip().strip('"') for k, v in row.items() if k}


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


# -- OBO -----------------------------------------------------------------------------------------


def _obo_stanzas(path: Path) -> Iterator[tuple[dict[str, str], dict[str, list[str]]]]:
    """``(header, term)`` pairs: the file header once, then each [Term] as tag -> values."""
    header: dict[str, str] = {}
    term: dict[str, list[str]] | None = None
    with open(path, encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.startswith("["):
                if term is not None:
                    yield header, term
                term = {} if line.strip() == "[Term]" else None
                continue
            tag, sep, value = line.partition(": ")
            if not sep:
                continue
            if term is None:
                header.setdefault(tag, value)
            else:
                term.setdefault(tag, []).append(value)
    if term is not None:
        yield header, term


def _synonym(value: str) -> tuple[str, str, str]:
    """``'"Itching" EXACT layperson []'`` -> ``("Itching", "EXACT", "layperson")``."""
    if not value.startswith('"'):
        return "", "", ""
    end = value.find('"', 1)
    while end > 0 and value[end - 1] == "\\":
        end = value.find('"', end + 1)
    text = value[1:end].replace('\\"', '"')
    rest = value[end + 1:].split()
    scope = rest[0] if rest else ""
    kind = rest[1] if len(rest) > 1 and not rest[1].startswith("[") else ""
    return text, scope, kind


def parse_obo(path: Path, ids: Identifiers, root: str | None = None) -> Parsed:
    """Labels, EXACT synonyms (not abbreviations or obsolete ones) and xrefs of an OBO file.

    A synonym whose words are a strict subset of its term's label ("Hypersensitivity" for
    *Emotional hypersensitivity*) is left out: it names something broader than the term.
    With ``root``, only the root and its ``is_a`` descendants are kept.
    """
    parsed = Parsed()
    terms: dict[str, dict[str, list[str]]] = {}
    for header, term in _obo_stanzas(path):
        parsed.version = parsed.version or header.get("data-version", "")
        if "true" in term.get("is_obsolete", []) or "id" not in term or "name" not in term:
            continue
        terms[term["id"][0]] = term
    keep = _descendants(terms, root) if root else set(terms)
    for tid in sorted(keep):
        _obo_term(tid, terms[tid], ids, parsed)
    return parsed


def _descendants(terms: dict[str, dict[str, list[str]]], root: str) -> set[str]:
    children: dict[str, list[str]] = defaultdict(list)
    for tid, term in terms.items():
        for parent in term.get("is_a", []):
            children[parent.split(" ", 1)[0]].append(tid)
    seen, stack = {root}, [root]
    while stack:
        for child in children.get(stack.pop(), []):
            if child not in seen:
                seen.add(child)
                stack.append(child)
    return seen & set(terms)


def _obo_term(tid: str, term: dict[str, list[str]], ids: Identifiers, parsed: Parsed) -> None:
    curie = _curie(tid, ids, parsed, "invalid term identifiers")
    if curie is None:
        return
    label = term["name"][0]
    parsed.names += _names(label, curie, "label")
    for value in term.get("synonym", []):
        text, scope, kind = _synonym(value)
        if scope != "EXACT" or kind in ("abbreviation", "obsolete_synonym") or not text:
            continue
        if drops_qualifier(normalize(label), normalize(text)):
            parsed.dropped["synonyms broader than their term"] += 1
            continue
        parsed.names += _names(text, curie, "exact")
    for value in term.get("xref", []):
        xref = _xref(value.split(" ", 1)[0], ids, parsed)
        if xref:
            parsed.xrefs.append(XrefRow(curie, xref, DBXREF))


def parse_hpo(path: Path, ids: Identifiers) -> Parsed:
    return parse_obo(path, ids, root=HPO_ROOT)


# -- Disease Ontology, MONDO, Hetionet --------------------------------------------------------------


def parse_doid(path: Path, ids: Identifiers) -> Parsed:
    """``HumanDO.tsv`` (id, label) and, beside it, ``allXREFinDO.tsv`` (id, label, xref)."""
    parsed = Parsed()
    for row in _tsv(path):
        curie = _curie(row["id"], ids, parsed, "invalid term identifiers")
        if curie:
            parsed.names += _names(row["label"], curie, "label")
    xref_file = path.with_name("allXREFinDO.tsv")
    if xref_file.exists():
        for row in _tsv(xref_file):
            curie = _curie(row["id"], ids, parsed, "invalid term identifiers")
            xref = _xref(row["xref"], ids, parsed)
            if curie and xref:
                parsed.xrefs.append(XrefRow(curie, xref, DBXREF))
    return parsed


def _obsolete(label: str) -> bool:
    """MONDO's retired classes keep their mappings, labelled "obsolete ..." (the OBO convention)."""
    return label.casefold().startswith("obsolete ")


def parse_sssom_vocab(path: Path, ids: Identifiers) -> Parsed:
    """An SSSOM mapping set: ``skos:exactMatch`` rows as identity mappings, subject labels as
    names (MONDO labels, from the MONDO <-> DOID set)."""
    sssom = read_sssom(path)
    parsed = Parsed(version=str(sssom.metadata.get("mapping_set_version", "")))
    for row in sssom.rows:
        if row["predicate_id"] != EXACT_MATCH or row.get("predicate_modifier") == "Not":
            continue
        if any(_obsolete(row.get(side, "")) for side in ("subject_label", "object_label")):
            parsed.dropped["mappings of obsolete classes"] += 1
            continue  # MONDO keeps "obsolete neurogenic bladder" = DOID:12143: a retired class is no link
        subject = _curie(row["subject_id"], ids, parsed, "invalid identifiers")
        obj = _curie(row["object_id"], ids, parsed, "invalid identifiers")
        if subject and obj:
            parsed.xrefs.append(XrefRow(subject, obj, EXACT_MATCH))
            if row.get("subject_label"):
                parsed.names += _names(row["subject_label"], subject, "label")
    return parsed


def _hetionet(kind: str, prefix: str, scope: str) -> Parser:
    def parse(path: Path, ids: Identifiers) -> Parsed:
        parsed = Parsed()
        for row in _tsv(path):
            if row["kind"] != kind:
                continue
            local = row["id"].split("::", 1)[1]
            curie = _curie(f"{prefix}:{local}", ids, parsed, "invalid identifiers")
            if curie:
                parsed.names += _names(row["name"], curie, scope)
        return parsed

    parse.__doc__ = f"Hetionet {kind} nodes -> {prefix} ({scope} matches)."
    return parse


# -- other RDF vocabularies (OWL, SKOS) ------------------------------------------------------------


def parse_rdf(path: Path, ids: Identifiers) -> Parsed:
    """An OWL or SKOS file: rdfs:label / skos:prefLabel as labels, oboInOwl:hasExactSynonym /
    skos:altLabel as exact synonyms, oboInOwl:hasDbXref and skos:exactMatch as xrefs."""
    import bioregistry
    from rdflib import Graph, Literal, URIRef
    from rdflib.namespace import OWL, RDFS, SKOS

    oboinowl = "http://www.geneontology.org/formats/oboInOwl#"
    graph = Graph()
    try:
        graph.parse(str(path))
    except Exception as exc:  # rdflib raises many kinds; report them all the same way
        raise LinkError(f"cannot parse the RDF vocabulary: {exc}", file=str(path)) from exc
    converter = bioregistry.get_converter()
    parsed = Parsed()
    for version in graph.objects(None, OWL.versionInfo):
        parsed.version = str(version)

    def curie_of(node: object) -> str | None:
        if not isinstance(node, URIRef):
            return None
        compressed = converter.compress(str(node))
        return _curie(compressed, ids, parsed, "identifiers outside the Bioregistry") if compressed else None

    label_preds = (RDFS.label, SKOS.prefLabel)
    synonym_preds = (URIRef(oboinowl + "hasExactSynonym"), SKOS.altLabel)
    for subject in sorted(set(graph.subjects()), key=str):
        labels = [o for p in label_preds for o in graph.objects(subject, p) if isinstance(o, Literal)]
        curie = curie_of(subject) if labels else None
        if curie is None:
            continue
        for lit in labels[:1]:
            parsed.names += _names(str(lit), curie, "label")
        for p in synonym_preds:
            for syn in graph.objects(subject, p):
                if not drops_qualifier(normalize(str(labels[0])), normalize(str(syn))):
                    parsed.names += _names(str(syn), curie, "exact")
        for x in graph.objects(subject, URIRef(oboinowl + "hasDbXref")):
            xref = _xref(str(x), ids, parsed)
            if xref:
                parsed.xrefs.append(XrefRow(curie, xref, DBXREF))
        for x in graph.objects(subject, SKOS.exactMatch):
            target = curie_of(x)
            if target:
                parsed.xrefs.append(XrefRow(curie, target, EXACT_MATCH))
    return parsed


def parser_for(path: Path) -> Parser:
    name = path.name.casefold()
    if name.endswith(".obo"):
        return parse_obo
    if name.endswith(".sssom.tsv"):
        return parse_sssom_vocab
    if name.endswith((".owl", ".rdf", ".ttl", ".xml", ".nt", ".jsonld", ".n3")):
        return parse_rdf
    raise LinkError(f"cannot tell the format of {path.name}",
                    hint="use an .obo, .owl/.rdf/.ttl (OWL or SKOS) or .sssom.tsv file")


# -- the source table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceSpec:
    """One row of the import table: a file under the vocabulary folder and how to read it."""

    name: str
    title: str
    path: str
    parse: Parser
    licence: str
    url: str
    kinds: dict[str, int]
    version: str = ""  # used when the file itself does not say
    notes: str = ""


SIDE = {"side-effect": 0, "sign": 0}
SOURCES: tuple[SourceSpec, ...] = (
    SourceSpec("hpo", "Human Phenotype Ontology", "hpo/hp.obo", parse_hpo,
               "HPO licence: free use with attribution; do not alter and redistribute as HPO "
               "(https://hpo.jax.org/app/license)", "https://hpo.jax.org",
               {**SIDE, "condition": 2},
               notes="Phenotypic abnormality subtree; labels and EXACT synonyms (no abbreviations); "
                     "UMLS/SNOMED CT/MeSH xrefs. A derived lookup table, not HPO itself."),
    SourceSpec("doid", "Human Disease Ontology", "doid/HumanDO.tsv", parse_doid, CC0,
               "https://disease-ontology.org", {"condition": 0, "side-effect": 0, "sign": 0},
               version="DOreports, 2026-07-31 release",
               notes="labels from HumanDO.tsv; MeSH/UMLS/SNOMED CT/ICD-10-CM xrefs from allXREFinDO.tsv"),
    SourceSpec("mondo", "Mondo Disease Ontology (MONDO <-> DOID exact matches)",
               "mondo/mondo_exactmatch_doid.sssom.tsv", parse_sssom_vocab, CC0,
               "https://mondo.monarchinitiative.org", {"condition": 1, "side-effect": 1, "sign": 1}),
    SourceSpec("drugbank", "Hetionet v1.0 Compound nodes (DrugBank)",
               "hetionet/hetionet-v1.0-nodes.tsv", _hetionet("Compound", "drugbank", "label"),
               "CC0 1.0 for Hetionet; DrugBank names, see the Hetionet README",
               "https://het.io", {"drug": 0}, version="v1.0"),
    SourceSpec("ncbigene", "Hetionet v1.0 Gene nodes (NCBI Gene, HGNC symbols)",
               "hetionet/hetionet-v1.0-nodes.tsv", _hetionet("Gene", "ncbigene", "symbol"),
               "CC0 1.0 for Hetionet; Entrez Gene, see the Hetionet README",
               "https://het.io", {"target": 0}, version="v1.0"),
    SourceSpec("sider", "Hetionet v1.0 Side Effect nodes (SIDER, UMLS CUIs)",
               "hetionet/hetionet-v1.0-nodes.tsv", _hetionet("Side Effect", "umls", "label"),
               "CC0 1.0 for Hetionet; SIDER 4.1 is CC BY-NC-SA 4.0, see the Hetionet README",
               "https://het.io", {**SIDE, "condition": 3}, version="v1.0",
               notes="UMLS CUIs of SIDER's side-effect terms; for conditions, only when DOID, "
                     "MONDO and HPO found nothing"),
    SourceSpec("mesh-symptoms", "Hetionet v1.0 Symptom nodes (MeSH)",
               "hetionet/hetionet-v1.0-nodes.tsv", _hetionet("Symptom", "mesh", "label"),
               "CC0 1.0 for Hetionet; MeSH is public domain (NLM)", "https://het.io",
               {**SIDE, "condition": 2}, version="v1.0"),
)


# -- running an import -----------------------------------------------------------------------------


@dataclass
class ImportResult:
    source: Source
    dropped: dict[str, int]


def import_source(spec: SourceSpec, input_path: Path, out: Path, ids: Identifiers) -> ImportResult:
    """Parse one input, write its tables into ``out`` and return its manifest entry."""
    if not input_path.exists():
        raise LinkError(f"the vocabulary file {input_path} does not exist",
                        hint="pass --from the folder that holds it (e.g. ../shared/vocab)")
    parsed = spec.parse(input_path, ids)
    out.mkdir(parents=True, exist_ok=True)
    rows: dict[str, int] = {}
    names_file = xrefs_file = None
    if parsed.names:
        names_file = f"{spec.name}.names.tsv.gz"
        rows["names"] = write_names(out / names_file, parsed.names)
    if parsed.xrefs:
        xrefs_file = f"{spec.name}.xrefs.tsv.gz"
        rows["xrefs"] = write_xrefs(out / xrefs_file, parsed.xrefs)
    inputs = [{"path": spec.path, "sha256": sha256(input_path)}]
    if spec.parse is parse_doid and input_path.with_name("allXREFinDO.tsv").exists():
        inputs.append({"path": str(Path(spec.path).with_name("allXREFinDO.tsv")),
                       "sha256": sha256(input_path.with_name("allXREFinDO.tsv"))})
    dropped = dict(sorted(parsed.dropped.items()))
    notes = spec.notes
    if dropped:
        notes = "; ".join([*([notes] if notes else []), *(f"dropped {n} {w}" for w, n in dropped.items())])
    source = Source(name=spec.name, title=spec.title, version=parsed.version or spec.version,
                    licence=spec.licence, url=spec.url, kinds=dict(spec.kinds), names=names_file,
                    xrefs=xrefs_file, inputs=inputs, rows=rows, notes=notes)
    return ImportResult(source, dropped)


def import_all(vocab_from: Path, out: Path, only: Iterable[str] = ()) -> list[ImportResult]:
    """Re-create the tables of :data:`SOURCES` from the vocabulary folder ``vocab_from``."""
    wanted = set(only)
    unknown = wanted - {s.name for s in SOURCES}
    if unknown:
        raise LinkError(f"unknown source(s) {', '.join(sorted(unknown))}",
                        hint=f"choose from {', '.join(s.name for s in SOURCES)}")
    ids = Identifiers()  # the live Bioregistry, not the snapshot: imports check afresh
    results = [import_source(spec, vocab_from / spec.path, out, ids)
               for spec in SOURCES if not wanted or spec.name in wanted]
    _save(out, results, ids)
    return results


def import_hierarchy(vocab_from: Path, out: Path, only: Iterable[str] = ()) -> str:
    """Re-create ``hierarchy.tsv.gz`` (the is_a edges the linker reads, :mod:`kg.linking.hierarchy`)
    and ``modifiers.tsv`` (HPO's clinical modifiers, :mod:`kg.linking.modifiers`) when HPO or the
    Disease Ontology is among the sources imported; what was done, a line per table."""
    from kg.linking.hierarchy import HIERARCHY, INPUTS, write_hierarchy

    wanted = set(only)
    if wanted and not wanted & {source for source, _ in INPUTS}:
        return ""
    missing = [rel for _, rel in INPUTS if not (vocab_from / rel).is_file()]
    if missing:
        return (f"hierarchy not rewritten: {', '.join(missing)} missing under {vocab_from} "
                f"({out / HIERARCHY} stays as it was)")
    from kg.linking.modifiers import INPUT, MODIFIERS_TABLE, write_modifiers

    done = f"hierarchy      {write_hierarchy(vocab_from, out):,} is_a edges -> {out / HIERARCHY}"
    if (vocab_from / INPUT).is_file():  # HPO's clinical modifiers, which name a label's grade
        done += f"\nmodifiers      {write_modifiers(vocab_from, out):,} names -> {out / MODIFIERS_TABLE}"
    return done


def import_file(path: Path, out: Path, *, name: str | None = None, kinds: Iterable[str] = (),
                version: str = "", licence: str = "", title: str = "") -> ImportResult:
    """Import a vocabulary of one's own (OBO, OWL/SKOS, SSSOM) as source ``name``."""
    kind_list = list(kinds) or ["condition", "side-effect", "sign"]
    bad = [k for k in kind_list if k not in KINDS]
    if bad:
        raise LinkError(f"unknown kind(s) {', '.join(bad)}", hint=f"use {', '.join(KINDS)}")
    source_name = name or normalize(path.name.split(".")[0]).replace(" ", "-")
    if any(s.name == source_name for s in SOURCES):
        raise LinkError(f"{source_name!r} is a built-in source", hint="pass another --name")
    spec = SourceSpec(source_name, title or path.name, str(path), parser_for(path),
                      licence or "unknown: state it with --licence", "",
                      {k: 0 for k in kind_list}, version=version)
    ids = Identifiers()  # the live Bioregistry, not the snapshot: imports check afresh
    result = import_source(spec, path, out, ids)
    result.source.inputs = [{"path": path.name, "sha256": result.source.inputs[0]["sha256"]}]
    _save(out, [result], ids)
    return result


def _save(out: Path, results: list[ImportResult], ids: Identifiers) -> None:
    manifest = read_manifest(out)
    for result in results:
        manifest.put(result.source)
    manifest.sources.sort(key=lambda s: (not any(s.name == b.name for b in SOURCES), s.name))
    manifest.bioregistry_version = importlib.metadata.version("bioregistry")
    write_manifest(out, manifest)
    write_prefixes(out, snapshot(out))


def snapshot(out: Path) -> dict[str, tuple[str, str, str]]:
    """Bioregistry entries of every prefix used in the tables (plus :data:`BASE_PREFIXES`)."""
    from kg.linking.tables import read_names, read_xrefs

    prefixes = set(BASE_PREFIXES)
    for source in read_manifest(out).sources:
        if source.names:
            prefixes |= {r.curie.split(":")[0] for r in read_names(out / source.names)}
        if source.xrefs:
            for r in read_xrefs(out / source.xrefs):
                prefixes |= {r.curie.split(":")[0], r.xref.split(":")[0]}
    entries: dict[str, tuple[str, str, str]] = {}
    for prefix in prefixes:
        found = registry_entry(prefix)
        if found:
            entries[found[0]] = found[1]
    return entries
