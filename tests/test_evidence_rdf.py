"""Evidence and coverage in RDF: the W3C Web Annotation selectors on every statement, the
evidence sentence, the coverage figures on the monograph node, their SHACL shapes (all engines
agreeing), and the stored queries that read them, on a real store in a temporary directory.

Extractions whose evidence carries offsets, sentences and context are built here from a real
text (the offsets are found in it, so ``text[start:end] == quote``); the bundled corpus is
mapped as the extractor gives it today, whatever it fills.
"""
from __future__ import annotations

import importlib.util
from dataclasses import replace
from pathlib import Path

import pytest
import rdflib
from rdflib import RDF, XSD, Literal, URIRef
from rdflib.namespace import PROV

from kg.config import load_config
from kg.extract import extract
from kg.mapping import map_extraction
from kg.model import (
    Coverage,
    Drug,
    Evidence,
    Extraction,
    Indication,
    Mechanism,
    Name,
    SectionInfo,
    SideEffect,
    Span,
    Warning_,
)
from kg.namespaces import COUNT_PROPERTY, DKG, OA, STATEMENT_CLASS, graph_iri
from kg.ontology import load_graph
from kg.parse import parse_file
from kg.pipeline import discover
from kg.store import open_store
from kg.validate import Report, load_shapes, validate_graphs

D = rdflib.Namespace(DKG)
W = rdflib.Namespace(OA)  # W3C Web Annotation
ID = "https://w3id.org/drugkg/id/"
ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "monographs"

TEXT = """---
title: Quotamab
---

# Quotamab

**Generic Name:** Quotamab

**Usage:** Quotamab is used to treat actinic keratosis on the face and scalp.

**How it Works:** It is thought to activate toll-like receptor 7 (TLR7) on immune cells.

**Side Effects:** Common side effects include burning, itching and "redness" at the site.
"""


def evidence(quote: str, sentence: str, section: str, *, context: int = 32) -> Evidence:
    """Evidence of ``quote`` inside ``sentence`` in TEXT, with real offsets and context."""
    start = TEXT.index(sentence) + sentence.index(quote)
    end = start + len(quote)
    line = TEXT.count("\n", 0, start) + 1
    return Evidence(section=section, span=Span(line, line), quote=quote, start=start, end=end,
                    sentence=sentence, prefix=TEXT[max(0, start - context):start],
                    suffix=TEXT[end:end + context])


USES = "Quotamab is used to treat actinic keratosis on the face and scalp."
HOW = "It is thought to activate toll-like receptor 7 (TLR7) on immune cells."
SIDE = 'Common side effects include burning, itching and "redness" at the site.'


def filled(file: str = "quotamab.md", coverage: Coverage | None = None) -> Extraction:
    """One claim of each main kind, every evidence field filled from TEXT."""
    return Extraction(
        file=file, title="Quotamab", sha256="1" * 64,
        drug=Drug("Quotamab", evidence("Quotamab", "**Generic Name:** Quotamab", "Generic Name")),
        treats=[Indication("Actinic keratosis", evidence("actinic keratosis", USES, "Usage"))],
        mechanism=[Mechanism("activates", "toll-like receptor 7",
                             evidence("activate toll-like receptor 7", HOW, "How it Works"),
                             symbol="TLR7", certainty="hedged")],
        side_effects=[SideEffect("Burning", "Common", False, evidence("burning", SIDE, "Side Effects")),
                      SideEffect("Redness", "Common", False, evidence('"redness"', SIDE, "Side Effects"))],
        reliability=Name("AI-generated", evidence("Quotamab", "# Quotamab", "Title")),
        coverage=coverage,
    )


COVERAGE = Coverage(
    sections=[SectionInfo("Generic Name", "identity", Span(7, 7)), SectionInfo("Usage", "uses", Span(9, 9)),
              SectionInfo("How it Works", "mechanism", Span(11, 11)),
              SectionInfo("Side Effects", "side_effects", Span(13, 13)), SectionInfo("", "preamble", Span(1, 3))],
    claims={"treats": 1, "mechanism": 1, "side_effects": 2},
    unexplained=[13, 11, 13],
    warnings=[Warning_("no-precautions", "the page gives no precaution", 0),
              Warning_("unexplained-line", 'line 13: "at the site" produced no claim', 13)],
)


def graph_of(x: Extraction) -> rdflib.Graph:
    return rdflib.Graph().parse(data=map_extraction(x).ntriples(), format="nt")


def statements(g: rdflib.Graph) -> list[URIRef]:
    return sorted({s for s in g.subjects(D.subject, None)})


# -- the Web Annotation structure ---------------------------------------------------------------

def test_each_statement_points_at_its_characters_with_two_selectors() -> None:
    x = filled()
    g = graph_of(x)
    mono = URIRef(f"{ID}monograph/quotamab")
    by_quote = {str(g.value(st, D.quote)): st for st in statements(g)}
    for claim_evidence in [x.treats[0].evidence, x.mechanism[0].evidence, *(s.evidence for s in x.side_effects)]:
        st = by_quote[claim_evidence.quote]
        assert g.value(st, D.evidence) == Literal(claim_evidence.sentence)
        target = g.value(st, D.evidenceTarget)
        assert target == URIRef(f"{st}#target")
        assert (target, RDF.type, W.SpecificResource) in g
        assert g.value(target, W.hasSource) == mono
        assert (st, PROV.wasDerivedFrom, mono) in g
        selectors = set(g.objects(target, W.hasSelector))
        quote, position = URIRef(f"{st}#quote"), URIRef(f"{st}#position")
        assert selectors == {quote, position}
        assert set(g.objects(quote, RDF.type)) == {W.TextQuoteSelector}
        assert set(g.objects(position, RDF.type)) == {W.TextPositionSelector}
        assert g.value(quote, W.exact) == Literal(claim_evidence.quote)
        assert g.value(quote, W.prefix) == Literal(claim_evidence.prefix)
        assert g.value(quote, W.suffix) == Literal(claim_evidence.suffix)
        start, end = g.value(position, W.start), g.value(position, W.end)
        assert start.datatype == end.datatype == XSD.integer  # as Oxigraph stores it, see kg.mapping
        # the selectors select the same characters: the quote is the text at [start, end)
        assert TEXT[int(start):int(end)] == str(g.value(quote, W.exact))
        assert TEXT[int(start) - len(claim_evidence.prefix):int(start)] == claim_evidence.prefix
        assert claim_evidence.quote in str(g.value(st, D.evidence))


def test_what_the_extractor_does_not_give_is_left_out() -> None:
    """start/end None, no sentence, no context: a quote selector only, no dkg:evidence."""
    x = filled()
    bare = replace(x.treats[0].evidence, start=None, end=None, sentence="", prefix="", suffix="")
    x.treats[0] = replace(x.treats[0], evidence=bare)
    g = graph_of(x)
    st = URIRef(f"{ID}statement/quotamab/treats/actinic-keratosis")
    assert g.value(st, D.evidence) is None
    target = g.value(st, D.evidenceTarget)
    assert set(g.objects(target, W.hasSelector)) == {URIRef(f"{st}#quote")}
    assert g.value(URIRef(f"{st}#quote"), W.exact) == Literal("actinic keratosis")
    assert g.value(URIRef(f"{st}#quote"), W.prefix) is None
    assert not list(g.triples((URIRef(f"{st}#position"), None, None)))
    assert validate_graphs({graph_iri("quotamab"): map_extraction(x).ntriples()}).conforms


def test_quotes_with_quotes_and_newlines_survive_the_round_trip() -> None:
    x = filled()
    tricky = replace(x.side_effects[0].evidence, sentence='line one\nline "two" \\ three\r\n', quote="burning")
    x.side_effects[0] = replace(x.side_effects[0], evidence=tricky)
    g = graph_of(x)
    st = URIRef(f"{ID}statement/quotamab/causes/burning")
    assert str(g.value(st, D.evidence)) == 'line one\nline "two" \\ three\r\n'
    redness = URIRef(f"{ID}statement/quotamab/causes/redness")
    assert str(g.value(URIRef(f"{redness}#quote"), W.exact)) == '"redness"'


def test_no_blank_nodes_and_the_same_bytes_twice() -> None:
    x = filled(coverage=COVERAGE)
    text = map_extraction(x).ntriples()
    assert text == map_extraction(filled(coverage=COVERAGE)).ntriples()
    assert "_:" not in text
    assert len(map_extraction(x)) == text.count("\n")


# -- coverage on the monograph node ---------------------------------------------------------------

def test_claim_counts_are_always_written_and_add_up() -> None:
    g = graph_of(filled())  # coverage None: the counts still come from the statements written
    mono = URIRef(f"{ID}monograph/quotamab")
    counts = {prop: g.value(mono, D[prop]).toPython() for prop in COUNT_PROPERTY.values()}
    assert counts["indicationCount"] == 1 and counts["mechanismCount"] == 1
    assert counts["adverseEffectCount"] == 2 and counts["faqCount"] == 0
    assert g.value(mono, D.claimCount).toPython() == sum(counts.values()) == len(statements(g))
    for cls, prop in COUNT_PROPERTY.items():
        assert counts[prop] == len(list(g.subjects(RDF.type, D[cls])))
    assert g.value(mono, D.sectionCount) is None and g.value(mono, D.warningCount) is None


def test_coverage_sections_unexplained_lines_and_warnings() -> None:
    g = graph_of(filled(coverage=COVERAGE))
    mono = URIRef(f"{ID}monograph/quotamab")
    assert g.value(mono, D.sectionCount).toPython() == 5
    sections = sorted(g.objects(mono, D.hasSection))
    assert sections[0] == URIRef(f"{mono}#section-1")
    usage = URIRef(f"{mono}#section-2")
    assert (usage, RDF.type, D.MonographSection) in g
    assert str(g.value(usage, rdflib.RDFS.label)) == "Usage"
    assert str(g.value(usage, D.sectionKind)) == "uses"
    assert (g.value(usage, D.startLine).toPython(), g.value(usage, D.endLine).toPython()) == (9, 9)
    assert g.value(URIRef(f"{mono}#section-5"), rdflib.RDFS.label) is None  # untitled preamble
    assert g.value(mono, D.unexplainedLineCount).toPython() == 2
    assert sorted(v.toPython() for v in g.objects(mono, D.unexplainedLine)) == [11, 13]
    assert g.value(mono, D.warningCount).toPython() == 2
    first, second = URIRef(f"{mono}#warning-1"), URIRef(f"{mono}#warning-2")
    assert {first, second} == set(g.objects(mono, D.hasWarning))
    assert str(g.value(first, D.warningKind)) == "no-precautions"
    assert g.value(first, D.startLine) is None  # a page-level warning has no line
    assert g.value(second, D.startLine).toPython() == 13


def test_every_new_term_is_declared_in_the_ontology() -> None:
    onto = load_graph()
    terms = {*COUNT_PROPERTY.values(), "claimCount", "sectionCount", "hasSection", "sectionKind",
             "unexplainedLineCount", "unexplainedLine", "warningCount", "hasWarning", "warningKind",
             "warningMessage", "evidence", "evidenceTarget", "MonographSection", "ExtractionWarning"}
    for local in sorted(terms):
        term = URIRef(DKG + local)
        assert list(onto.objects(term, rdflib.RDFS.label)), local
        assert list(onto.objects(term, rdflib.namespace.SKOS.definition)), local
    for local in ("SpecificResource", "TextQuoteSelector", "TextPositionSelector", "hasSource", "hasSelector",
                  "exact", "prefix", "suffix", "start", "end"):
        assert list(onto.objects(URIRef(OA + local), RDF.type)), local
    assert (URIRef(OA + "start"), rdflib.RDFS.range, XSD.integer) in onto


# -- SHACL: the shapes accept what the mapper writes and catch planted faults, every engine ------

turbo = pytest.mark.skipif(importlib.util.find_spec("pyshacl_turbo") is None,
                           reason="pyshacl-turbo is not installed")


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return load_shapes()


def both(nt: str, shapes: rdflib.Graph) -> Report:
    graphs = {graph_iri("quotamab"): nt}
    reference = validate_graphs(graphs, shapes=shapes, engine="pyshacl")
    ours = validate_graphs(graphs, shapes=shapes, engine="kg")
    assert ours.engines == {"kg"} and ours.findings == reference.findings, ours.to_text() + reference.to_text()
    if importlib.util.find_spec("pyshacl_turbo") is not None:
        fast = validate_graphs(graphs, shapes=shapes, engine="turbo")
        assert fast.findings == reference.findings, fast.to_text() + reference.to_text()
    return reference


ST = f"<{ID}statement/quotamab/treats/actinic-keratosis"
V = f"<{DKG}"
NNI = f"^^<{XSD}integer>"


def _start_end(nt: str) -> tuple[int, int]:
    g = rdflib.Graph().parse(data=nt, format="nt")
    pos = URIRef(f"{ST[1:]}#position")
    return int(g.value(pos, W.start)), int(g.value(pos, W.end))


def plant(nt: str, old: str, new: str) -> str:
    assert old in nt, old
    return nt.replace(old, new, 1)


def faults(nt: str) -> dict[str, tuple[str, str, str]]:
    """name -> (graph text with ONE fault, constraint expected, focus suffix)."""
    start, end = _start_end(nt)
    pos, quote = f"{ST}#position>", f"{ST}#quote>"
    return {
        "start-after-end": (plant(nt, f'{pos} <{OA}start> "{start}"{NNI}', f'{pos} <{OA}start> "{end + 1}"{NNI}'),
                            "LessThanConstraintComponent", "#position"),
        "empty-selection": (plant(nt, f'{pos} <{OA}end> "{end}"{NNI}', f'{pos} <{OA}end> "{start}"{NNI}'),
                            "LessThanConstraintComponent", "#position"),
        "offset-not-typed": (plant(nt, f'{pos} <{OA}start> "{start}"{NNI}', f'{pos} <{OA}start> "{start}"'),
                             "DatatypeConstraintComponent", "#position"),
        "empty-exact": (plant(nt, f'{quote} <{OA}exact> "actinic keratosis"', f'{quote} <{OA}exact> " "'),
                        "PatternConstraintComponent", "#quote"),
        "exact-is-not-the-quote": (plant(nt, f'{quote} <{OA}exact> "actinic keratosis"',
                                         f'{quote} <{OA}exact> "keratosis"'), "EqualsConstraintComponent", ""),
        "no-source": ("".join(line for line in nt.splitlines(keepends=True) if f"<{OA}hasSource>" not in line
                              or f"{ST}#target>" not in line), "MinCountConstraintComponent", "#target"),
        "no-target": ("".join(line for line in nt.splitlines(keepends=True)
                              if not line.startswith(f"{ST}> {V}evidenceTarget>")),
                      "MinCountConstraintComponent", ""),
        "two-sentences": (nt + f'{ST}> {V}evidence> "another sentence" .\n', "MaxCountConstraintComponent", ""),
        "negative-count": (plant(nt, f'{V}faqCount> "0"', f'{V}faqCount> "-1"'), "MinInclusiveConstraintComponent",
                           "monograph"),
        "bad-section-kind": (plant(nt, f'{V}sectionKind> "uses"', f'{V}sectionKind> "Uses!"'),
                             "PatternConstraintComponent", "#section-2"),
    }


def test_the_shapes_accept_evidence_and_coverage(shapes: rdflib.Graph) -> None:
    report = both(map_extraction(filled(coverage=COVERAGE)).ntriples(), shapes)
    assert report.conforms, report.to_text()


FAULT_NAMES = ["start-after-end", "empty-selection", "offset-not-typed", "empty-exact", "exact-is-not-the-quote",
               "no-source", "no-target", "two-sentences", "negative-count", "bad-section-kind"]


@pytest.mark.parametrize("name", FAULT_NAMES)
def test_each_planted_evidence_fault_is_caught_by_every_engine(shapes: rdflib.Graph, name: str) -> None:
    nt, constraint, focus = faults(map_extraction(filled(coverage=COVERAGE)).ntriples())[name]
    report = both(nt, shapes)
    assert not report.conforms
    hits = [f for f in report.findings if f.constraint == constraint]
    assert hits, report.to_text()
    assert all(f.file == "quotamab.md" and f.message and f.hint for f in report.findings)
    if focus == "monograph":
        assert hits[0].focus == f"{ID}monograph/quotamab"
    elif focus.startswith("#section"):
        assert hits[0].focus == f"{ID}monograph/quotamab{focus}"
    else:
        assert hits[0].focus == f"{ST[1:]}{focus}"


# -- the bundled corpus, as the extractor gives it today -------------------------------------------

@pytest.fixture(scope="module")
def corpus_extractions() -> list[Extraction]:
    return [extract(parse_file(p)) for p in discover([CORPUS])]


def test_the_corpus_maps_to_selectors_that_agree_with_the_quote_and_the_file(corpus_extractions) -> None:
    for x in corpus_extractions:
        path = Path(x.file) if Path(x.file).is_absolute() else CORPUS / x.file
        text = path.read_bytes().decode("utf-8")  # as decoded, CR and BOM kept: what offsets index
        g = graph_of(x)
        mono = URIRef(map_extraction(x).monograph)
        sts = statements(g)
        assert sts and g.value(mono, D.claimCount).toPython() == len(sts)
        for st in sts:
            target = g.value(st, D.evidenceTarget)
            assert g.value(target, W.hasSource) == mono == g.value(st, PROV.wasDerivedFrom)
            quote = URIRef(f"{st}#quote")
            assert g.value(quote, W.exact) == g.value(st, D.quote)
            sentence = g.value(st, D.evidence)
            if sentence is not None:
                assert str(g.value(st, D.quote)) in str(sentence), st
            position = URIRef(f"{st}#position")
            if (target, W.hasSelector, position) in g:  # when the extractor gives offsets
                start, end = int(g.value(position, W.start)), int(g.value(position, W.end))
                assert text[start:end] == str(g.value(quote, W.exact)), st


def test_statement_kinds_and_counts_agree_on_the_corpus(corpus_extractions) -> None:
    for x in corpus_extractions:
        g = graph_of(x)
        mono = URIRef(map_extraction(x).monograph)
        assert g.value(mono, D.indicationCount).toPython() == len(x.treats)
        assert g.value(mono, D.adverseEffectCount).toPython() == len(x.side_effects)
        kinds = {STATEMENT_CLASS[r] for r in STATEMENT_CLASS}
        for cls in kinds:
            assert g.value(mono, D[COUNT_PROPERTY[cls]]).toPython() == len(list(g.subjects(RDF.type, D[cls])))


# -- the stored queries, on a real store -----------------------------------------------------------

def run(store, name: str, **bindings) -> tuple[list[str], list[list[str | None]]]:
    cfg = load_config(environ={})
    text = (cfg.queries_dir / f"{name}.rq").read_text(encoding="utf-8")
    result = store.query(text)
    return result.variables, [[t.value if t is not None else None for t in row] for row in result.rows()]


@pytest.fixture()
def store(tmp_path: Path):
    s = open_store(tmp_path / "db")
    thin = filled("thinamab.md", Coverage(unexplained=[9, 11, 13]))
    thin = replace(thin, title="Thinamab", drug=Drug("Thinamab", thin.drug.evidence), treats=[], mechanism=[])
    old = map_extraction(filled("oldamab.md")).own_ntriples()
    # a graph built before evidence was recorded: no dkg:evidence, no selectors, no counts
    old = "".join(line for line in old.splitlines(keepends=True)
                  if f"<{OA}" not in line and "#target>" not in line and "evidence>" not in line
                  and "Count>" not in line).replace("quotamab", "oldamab")
    graphs = {m.graph: m for m in (map_extraction(filled(coverage=COVERAGE)), map_extraction(thin))}
    s.replace_graphs({g: m.own_ntriples() for g, m in graphs.items()} | {graph_iri("oldamab"): old},
                     {f"{ID}graph/nodes": "".join(m.nodes_ntriples() for m in graphs.values())})
    return s


def test_provenance_has_the_evidence_and_offsets_and_old_graphs_still_answer(store) -> None:
    columns, rows = run(store, "provenance")
    assert columns == ["statement", "monograph", "section", "line", "quote", "evidence", "start", "end"]
    by = {(r[1], r[4]): r for r in rows}
    row = by[("quotamab.md", "actinic keratosis")]
    assert row[5] == USES and TEXT[int(row[6]):int(row[7])] == "actinic keratosis"
    old = by[("oldamab.md", "actinic keratosis")]
    assert old[5] is None and old[6] is None and old[7] is None


def test_coverage_lists_the_thinnest_first(store) -> None:
    columns, rows = run(store, "coverage")
    assert columns == ["monograph", "file", "drug", "gaps", "claims", "uses", "mechanisms", "sideEffects",
                       "sections", "unexplained", "warnings"]
    assert [r[1] for r in rows] == ["thinamab.md", "quotamab.md"]  # the old graph has no counts
    thin, full = rows
    assert (thin[3], thin[4], thin[5], thin[6], thin[7]) == ("2", "2", "0", "0", "2")
    assert (thin[8], thin[9], thin[10]) == ("0", "3", "0")
    assert (full[3], full[4], full[8], full[9], full[10]) == ("0", "4", "5", "2", "2")
