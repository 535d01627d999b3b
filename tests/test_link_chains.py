"""No identifier reached by chaining is presented as a direct link (issue 11).

A label that matches an HPO, DOID or MONDO term gives our node that term (a direct link). What
the vocabulary then says about its term — its cross-references, MONDO's identity mappings — are
chained links: never ``skos:exactMatch`` nor ``oboInOwl:hasDbXref`` of our node, always a weaker
SKOS mapping with ``semapv:MappingChaining`` and the path in the SSSOM output.

The audit runs the real linker over the nodes of every corpus at hand, and over a real store
built from the bundled corpus, and checks each exact link against the vocabulary row that
names the identifier with the matched string.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import load_config
from kg.extract import extract
from kg.link import CHAINED, CURATED, LEXICAL, build_linker, is_direct, load_linker, vocab_dir
from kg.linking.normalize import normalize, symbol_key
from kg.linking.report import Node, format_links_sssom, link_nodes, nodes_of
from kg.linking.sssom import parse_sssom
from kg.mapping import map_extraction
from kg.model import Link
from kg.namespaces import resource, slug
from kg.parse import parse_file
from kg.pipeline import discover

ROOT = Path(__file__).resolve().parent.parent
CFG = load_config(environ={})
EXACT, XREF = "skos:exactMatch", "oboInOwl:hasDbXref"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OBOINOWL = "http://www.geneontology.org/formats/oboInOwl#"
CORPORA = [p for p in (ROOT / "data" / "monographs", ROOT / "tests" / "fixtures" / "monographs",
                       ROOT.parent / "shared" / "monographs", ROOT.parent / "shared" / "monographs-wild")
           if p.is_dir()]


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(CFG)


@pytest.fixture(scope="module")
def corpus_nodes() -> list[Node]:
    nodes: dict[tuple[str, str], Node] = {}
    for folder in CORPORA:
        for node in nodes_of(extract(parse_file(p)) for p in discover([folder])):
            nodes.setdefault((node.kind, node.label), node)
    return list(nodes.values())


# -- the case of the issue ------------------------------------------------------------------------


def test_sweating_gets_hpo_and_sider_but_not_hpos_xrefs_as_exact(linker) -> None:  # type: ignore[no-untyped-def]
    links = linker.explain("side-effect", "Sweating").links
    exact = {x.curie for x in links if x.predicate == EXACT}
    assert exact == {"HP:0000975", "umls:C0038990"}  # HPO's layperson synonym, SIDER's label
    assert not {x.curie for x in links if x.predicate == XREF}
    for curie in ("umls:C0020458", "umls:C0700590"):  # Hyperhidrosis, Increased sweating
        link = next(x for x in links if x.curie == curie)
        assert link.predicate == "skos:relatedMatch"
        assert link.justification == CHAINED and link.matched == "HP:0000975" and link.source == "hpo"


def test_identity_mappings_of_a_matched_term_are_close_matches(linker) -> None:  # type: ignore[no-untyped-def]
    """DOID:4481 matched by label; MONDO says it is MONDO:0011786: a close match of ours."""
    outcome = linker.explain("condition", "Allergic rhinitis")
    mondo = next(x for x in outcome.links if x.curie == "MONDO:0011786")
    assert mondo.predicate == "skos:closeMatch" and mondo.justification == CHAINED
    assert [x.curie for x in outcome.path(mondo)] == ["DOID:4481", "MONDO:0011786"]
    umls = next(x for x in outcome.links if x.curie.startswith("umls:"))
    assert umls.predicate == "skos:relatedMatch"  # DOID's cross-reference


def test_the_mapped_graph_keeps_chains_off_the_exact_predicates(linker) -> None:  # type: ignore[no-untyped-def]
    x = extract(parse_file(ROOT / "data" / "monographs" / "morphine.md"))
    lines = map_extraction(x, link=linker).nodes_ntriples().splitlines()
    node = "<https://w3id.org/drugkg/id/side-effect/sweating>"
    mine = [line for line in lines if line.startswith(node + " ")]
    if not mine:
        pytest.skip("morphine.md no longer lists sweating")
    exact = [line for line in mine if f"<{SKOS}exactMatch>" in line or f"<{OBOINOWL}hasDbXref>" in line]
    assert exact and not any("C0020458" in line or "C0700590" in line for line in exact)
    assert any("C0020458" in line and f"<{SKOS}relatedMatch>" in line for line in mine)


# -- the audit: every exact link of every corpus is direct ------------------------------------------


def names_curie_with(linker, link: Link) -> bool:  # type: ignore[no-untyped-def]
    """True when the vocabulary ``link.source`` names ``link.curie`` with ``link.matched``."""
    ix = linker.indexes[link.source]
    rows = [row for scope in ix.names.values() for row in scope.get(normalize(link.matched), ())]
    rows += [row for scope in ix.names.values() for row in scope.get(symbol_key(link.matched), ())]
    return (link.curie, link.matched) in rows


def test_no_chain_is_presented_as_direct_in_any_corpus(linker, corpus_nodes) -> None:  # type: ignore[no-untyped-def]
    assert len(corpus_nodes) > 300
    checked = 0
    for node, outcome in link_nodes(linker, corpus_nodes):
        for link in outcome.links:
            if link.predicate not in (EXACT, XREF):  # weaker: chained, curated, a graded label, "A or B"
                assert (link.justification in (CHAINED, CURATED)
                        or link.justification == LEXICAL and link.predicate == "skos:broadMatch"
                        or link.justification == LEXICAL and link.predicate == "skos:narrowMatch"
                        and (outcome.parts or "as an example of" in outcome.via[link.curie]
                             or link.curie in outcome.narrower and "names one of them" in outcome.via[link.curie]
                             # the page's other name, a kind of the label's term by the hierarchies ("Bone thinning
                             # (osteoporosis)"): made on that name, so the vocabulary must name the term with it
                             or link.curie in outcome.narrower and "names a kind of" in outcome.via[link.curie]
                             and names_curie_with(linker, link))
                        ), (node, link)
                continue
            assert is_direct(link), (node.label, link)
            if link.justification == LEXICAL:
                assert names_curie_with(linker, link), (node.label, link)
            else:
                assert link.justification == CURATED, link
            checked += 1
    assert checked > 200


def test_every_chained_link_names_its_path(linker, corpus_nodes) -> None:  # type: ignore[no-untyped-def]
    for node, outcome in link_nodes(linker, corpus_nodes):
        for link in outcome.links:
            if link.justification != CHAINED:
                continue
            path = outcome.path(link)
            assert is_direct(path[0]) and path[0].predicate == EXACT, (node.label, path)
            assert path[-1] is link and len(path) >= 2


def test_sssom_output_says_chained_with_the_path(linker) -> None:  # type: ignore[no-untyped-def]
    results = link_nodes(linker, [Node("side-effect", "Sweating")])
    sssom = parse_sssom(format_links_sssom(results, linker.identifiers.curie_map()))
    rows = {r["object_id"]: r for r in sssom.rows}
    row = rows["umls:C0020458"]
    assert row["predicate_id"] == "skos:relatedMatch"
    assert row["mapping_justification"] == "semapv:MappingChaining"
    assert ("drugkg:side-effect/sweating skos:exactMatch HP:0000975" in row["comment"]
            and "HP:0000975 oboInOwl:hasDbXref umls:C0020458 (hpo" in row["comment"])
    assert rows["HP:0000975"]["predicate_id"] == EXACT
    assert rows["HP:0000975"]["mapping_justification"] == "semapv:LexicalMatching"


def test_the_built_graph_has_no_chained_exact_link(built) -> None:  # type: ignore[no-untyped-def]
    """In a real store built from the bundled corpus, each exact link and CURIE of a node is
    one the linker made directly for that node's own label, synonym or symbol."""
    from kg.linking.report import NODES_QUERY, nodes_from_rows

    store, _, _ = built
    linker = build_linker(vocab_dir(CFG), CFG.data_dir / "mappings")
    rows = ([str(t) if t is not None else "" for t in row] for row in store.query(NODES_QUERY).rows())
    direct: dict[str, set[str]] = {}
    for node in nodes_from_rows(rows):
        iri = resource(node.kind, slug(node.label), CFG.base)
        # each page links the node with the synonyms it gives: any one of them, or all
        for synonyms in ((), node.synonyms, *((s,) for s in node.synonyms)):
            outcome = linker.explain(node.kind, node.label, synonyms, node.symbol)
            direct.setdefault(iri, set()).update(
                value for x in outcome.links if is_direct(x) for value in (x.curie, x.iri))
    query = f"""SELECT ?n ?v WHERE {{ GRAPH ?g {{ ?n <{SKOS}exactMatch>|<{OBOINOWL}hasDbXref> ?v }}
                FILTER(STRSTARTS(STR(?n), "{CFG.base}")) }}"""
    found = [(str(n.value), str(v.value)) for n, v in store.query(query).rows()]
    assert len(found) > 100
    wrong = [(n, v) for n, v in found if v not in direct.get(n, set())]
    assert not wrong, wrong[:10]
