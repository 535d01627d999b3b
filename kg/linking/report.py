"""What ``kg link`` shows: the nodes we link, how each was linked, and what is left (pure).

Nodes come from claims (:func:`nodes_of`, the same calls :mod:`kg.mapping` makes) or from a
built store (:data:`NODES_QUERY`); :func:`link_nodes` runs the linker over them and the
formatters render a per-kind table or an SSSOM TSV mapping set.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from kg.config import DEFAULT_BASE
from kg.linking.normalize import effect_names, glosses
from kg.linking.sssom import format_sssom
from kg.linking.tables import BROAD_MATCH, EXACT_MATCH, NARROW_MATCH
from kg.model import Extraction, Link
from kg.namespaces import DKG, KIND_CLASS, TARGET_RELATIONS, slug

KIND_ORDER = ("drug", "condition", "target", "side-effect", "sign")
#: how the table marks each kind of link (see LEGEND)
RELATION_MARK = {EXACT_MATCH: "=", "oboInOwl:hasDbXref": "x", "skos:closeMatch": "~",
                 "skos:relatedMatch": ".", "skos:broadMatch": "<", "skos:narrowMatch": ">"}
LEGEND = ("= exact match (direct)  x cross-reference (curated)  ~ close match (chained through "
          "identity mappings)  . related match (chained through a cross-reference)  "
          "< broader  > narrower")
SEP = "\u001f"  # joins synonyms in the store query


@dataclass(frozen=True)
class Node:
    kind: str
    label: str
    synonyms: tuple[str, ...] = ()
    symbol: str | None = None


def nodes_of(extractions: Iterable[Extraction]) -> list[Node]:
    """The linkable nodes of some monographs, once each (as kg.mapping would link them)."""
    seen: dict[tuple[str, str], Node] = {}

    def add(node: Node) -> None:
        seen.setdefault((node.kind, slug(node.label)), node)

    for x in extractions:
        add(Node("drug", x.drug.label, tuple(s.label for s in x.drug.synonyms)))
        for ind in x.treats:
            add(Node("condition", ind.label, tuple(ind.synonyms)))
        for m in x.mechanism:
            if m.relation in TARGET_RELATIONS:
                add(Node("target", m.target, (), m.symbol))
        for fx in x.side_effects:  # what the page says it is besides its label, as kg.mapping does
            add(Node("side-effect", fx.label, tuple(effect_names(fx.label, fx.category, fx.evidence.sentence))))
        for sign in x.serious_signs:
            add(Node("sign", sign.label, tuple(glosses(sign.label, sign.evidence.sentence))))
    return sorted(seen.values(), key=lambda n: (KIND_ORDER.index(n.kind), n.label.casefold()))


#: one row per linkable node of a built store: kind, label, synonyms (joined), symbol
NODES_QUERY = f"""
PREFIX dkg: <{DKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?kind (SAMPLE(?l) AS ?label) (GROUP_CONCAT(DISTINCT ?syn; separator="{SEP}") AS ?synonyms)
       (SAMPLE(?sym) AS ?symbol)
WHERE {{
  VALUES (?class ?kind) {{ {" ".join(f'(dkg:{KIND_CLASS[k]} "{k}")' for k in KIND_ORDER)} }}
  ?n a ?class ; rdfs:label ?l .
  OPTIONAL {{ ?n skos:altLabel ?syn }}
  OPTIONAL {{ ?n dkg:symbol ?sym }}
}}
GROUP BY ?n ?kind
"""


def nodes_from_rows(rows: Iterable[Sequence[object]]) -> list[Node]:
    """:class:`Node` values from the rows of :data:`NODES_QUERY` (terms or strings)."""
    nodes: dict[tuple[str, str], Node] = {}
    for kind, label, synonyms, symbol in rows:
        syns = tuple(s for s in str(synonyms or "").split(SEP) if s)
        node = Node(str(kind), str(label), syns, str(symbol) if symbol else None)
        nodes.setdefault((node.kind, slug(node.label)), node)
    return sorted(nodes.values(), key=lambda n: (KIND_ORDER.index(n.kind), n.label.casefold()))


def link_nodes(linker, nodes: Iterable[Node]) -> list[tuple[Node, object]]:  # type: ignore[no-untyped-def]
    """``(node, Outcome)`` for every node."""
    return [(n, linker.explain(n.kind, n.label, n.synonyms, n.symbol)) for n in nodes]


def coverage(results: Sequence[tuple[Node, object]]) -> dict[str, tuple[int, int]]:
    """``kind -> (linked, total)``; a node counts as linked with at least one skos:exactMatch."""
    out: dict[str, tuple[int, int]] = {}
    for kind in KIND_ORDER:
        outcomes = [o for n, o in results if n.kind == kind]
        if outcomes:
            linked = [o for o in outcomes if o.linked]  # type: ignore[attr-defined]
            out[kind] = (len(linked), len(outcomes))
    return out


def broader_only(results: Sequence[tuple[Node, object]]) -> dict[str, int]:
    """``kind -> nodes with no exact match but a skos:broadMatch`` ("Uncomplicated influenza"),
    the graded ones whose grade HPO names aside (:func:`graded_only`)."""
    return _count([(n, o) for n, o in results if not o.graded], "broader")  # type: ignore[attr-defined]


def by_parts_only(results: Sequence[tuple[Node, object]]) -> dict[str, int]:
    """``kind -> nodes with no exact match, each thing of whose "A or B" has one`` (their
    ``skos:narrowMatch`` links: "Rash or itching")."""
    return _count(results, "by_parts")


def graded_only(results: Sequence[tuple[Node, object]]) -> dict[str, int]:
    """``kind -> nodes with no exact match that grade a thing linked exactly, every word of the
    grade an HPO clinical modifier`` ("Severe allergic reactions": Allergic reaction, Severe)."""
    return _count(results, "graded")


def identified(results: Sequence[tuple[Node, object]]) -> dict[str, tuple[int, int]]:
    """``kind -> (identified, total)``: linked exactly, by each thing a listing names, or as a
    graded thing (:attr:`kg.link.Outcome.identified`)."""
    out: dict[str, tuple[int, int]] = {}
    for kind in KIND_ORDER:
        outcomes = [o for n, o in results if n.kind == kind]
        if outcomes:
            out[kind] = (sum(bool(o.identified) for o in outcomes), len(outcomes))  # type: ignore[attr-defined]
    return out


def _count(results: Sequence[tuple[Node, object]], attribute: str) -> dict[str, int]:
    out: dict[str, int] = {}
    for node, o in results:
        if getattr(o, attribute):
            out[node.kind] = out.get(node.kind, 0) + 1
    return out


def format_table(results: Sequence[tuple[Node, object]], *, show_xrefs: bool = False) -> str:
    """A plain-text report per kind: linked nodes with their links, then the unlinked ones."""
    lines: list[str] = []
    for kind, (linked, total) in coverage(results).items():
        lines.append(f"== {kind}: {linked}/{total} linked")
        unlinked = []
        for node, o in results:
            if node.kind != kind:
                continue
            if not o.linked:  # type: ignore[attr-defined]
                unlinked.append((node, o))
                continue
            lines.append(f"  {node.label}")
            for link in o.links:  # type: ignore[attr-defined]
                exact = link.predicate == EXACT_MATCH and link.justification != CHAINED
                if not exact and not show_xrefs:
                    continue
                how = link.justification.split(":")[-1]
                via = f" via {link.source}" + (f" {link.version}" if link.version else "")
                rel = "?" if link.predicate == EXACT_MATCH and not exact else RELATION_MARK.get(link.predicate, "?")
                on = f"from {link.matched}" if link.justification == CHAINED else f"on {link.matched!r}"
                if link.curie in o.via:  # type: ignore[attr-defined]
                    on += f" [{o.via[link.curie]}]"  # type: ignore[attr-defined]
                lines.append(f"    {rel} {link.curie:<22} {o.labels.get(link.curie, '')!r:<40} "  # type: ignore[attr-defined]
                             f"{how} {on}{via}")
        if unlinked:
            lines.append(f"  -- not linked ({len(unlinked)}):")
            for node, o in unlinked:
                notes = [f"tie: {t}" for t in o.ties] + list(o.refused)  # type: ignore[attr-defined]
                lines.append(f"    {node.label}" + (f"  [{'; '.join(notes)}]" if notes else ""))
                for link in o.links:  # type: ignore[attr-defined]  # its broader/narrower matches
                    if link.justification == LEXICAL and link.predicate in (BROAD_MATCH, NARROW_MATCH):
                        lines.append(f"      {RELATION_MARK[link.predicate]} {link.curie:<22} "
                                     f"{o.labels.get(link.curie, '')!r} [{o.via.get(link.curie, '')}]")  # type: ignore[attr-defined]
    total_linked = sum(v[0] for v in coverage(results).values())
    total = sum(v[1] for v in coverage(results).values())
    lines.append(f"== all: {total_linked}/{total} nodes linked")
    if show_xrefs:
        lines.append(LEGEND)
    return "\n".join(lines) + "\n"


LEXICAL = "semapv:LexicalMatching"
CHAINED = "semapv:MappingChaining"


def _comment(link: Link, outcome: object, subject: str) -> str:
    if link.justification == LEXICAL:
        via = outcome.via.get(link.curie)  # type: ignore[attr-defined]
        return f"source: {link.source}" + (f"; {via}" if via else "")
    if link.justification == CHAINED:
        return "chained, not direct: " + chain_path(outcome, link, subject)
    return f"curated: {link.source}"


def chain_path(outcome: object, link: Link, subject: str) -> str:
    """``drugkg:… skos:exactMatch HP:1 (lexical, hpo) ; HP:1 oboInOwl:hasDbXref umls:C2 (hpo …)``:
    each step of the chain with who asserted it."""
    steps = outcome.path(link)  # type: ignore[attr-defined]
    first = steps[0]
    how = "lexical" if first.justification == LEXICAL else "curated"
    parts = [f"{subject} {first.predicate} {first.curie} ({how}, {first.source})"]
    for hop in steps[1:]:
        relation = "skos:exactMatch" if hop.predicate == "skos:closeMatch" else "oboInOwl:hasDbXref"
        version = f" {hop.version}" if hop.version else ""
        parts.append(f"{hop.matched} {relation} {hop.curie} ({hop.source}{version})")
    return " ; ".join(parts)


SSSOM_COLUMNS = ("subject_id", "subject_label", "subject_category", "predicate_id", "object_id",
                 "object_label", "mapping_justification", "match_string", "object_source_version",
                 "mapping_tool", "comment")
SSSOM_LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/"


def format_links_sssom(results: Sequence[tuple[Node, object]], curie_map: dict[str, str], *,
                       base: str = DEFAULT_BASE, include_unlinked: bool = False,
                       today: date | None = None) -> str:
    """The links as an SSSOM TSV mapping set (``kg link --format sssom``)."""
    rows = []
    used = {"drugkg", "dkg", "skos", "semapv", "oboInOwl"}
    for node, o in results:
        subject = {
            "subject_id": f"drugkg:{node.kind}/{slug(node.label)}",
            "subject_label": node.label,
            "subject_category": f"dkg:{KIND_CLASS[node.kind]}",
            "mapping_tool": "kg link",
        }
        for link in o.links:  # type: ignore[attr-defined]
            prefix = link.curie.split(":")[0]
            used.add(prefix)
            rows.append({**subject, "predicate_id": link.predicate, "object_id": link.curie,
                         "object_label": o.labels.get(link.curie, ""),  # type: ignore[attr-defined]
                         "mapping_justification": link.justification,
                         "match_string": link.matched if link.justification == LEXICAL else "",
                         "object_source_version": link.version,
                         "comment": _comment(link, o, subject["subject_id"])})
        if include_unlinked and not o.linked:  # type: ignore[attr-defined]
            used.add("sssom")
            notes = [f"tie: {t}" for t in o.ties] + list(o.refused)  # type: ignore[attr-defined]
            rows.append({**subject, "predicate_id": EXACT_MATCH, "object_id": "sssom:NoTermFound",
                         "mapping_justification": "semapv:LexicalMatching",
                         "comment": "; ".join(notes) or "no exact label, synonym or symbol match"})
    known = {
        "drugkg": base,
        "dkg": DKG,
        "skos": "http://www.w3.org/2004/02/skos/core#",
        "semapv": "https://w3id.org/semapv/vocab/",
        "oboInOwl": "http://www.geneontology.org/formats/oboInOwl#",
        "sssom": "https://w3id.org/sssom/",
        **curie_map,
    }
    metadata = {
        "curie_map": {p: known[p] for p in sorted(used, key=str.casefold) if p in known},
        "mapping_set_id": f"{base}mappings/links.sssom.tsv",
        "mapping_set_title": "Links of drugkg nodes to external vocabularies",
        "license": SSSOM_LICENSE,
        "mapping_date": (today or date.today()).isoformat(),
        "mapping_tool": "kg link",
        "subject_source": base,
    }
    return format_sssom(metadata, SSSOM_COLUMNS, rows)
