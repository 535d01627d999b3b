"""kg.shacl, the build gate's own SHACL engine, against the reference (pyshacl).

Every test compares findings (focus, path, value, constraint, message, file and line) of
``engine="kg"`` with ``engine="pyshacl"`` on the same text, and checks that kg's engine judged
the batch itself (``report.engines == {"kg"}``) instead of handing it on: the planted faults, the
monographs of every corpus, and a few hundred random mutations of a real monograph's graph.
"""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
import rdflib

from kg import pipeline
from kg.config import DEFAULT_BASE, load_config
from kg.namespaces import graph_iri
from kg.shacl import Data, Engine, Unsupported
from kg.validate import Report, load_shapes, make_gate, validate_graphs

ROOT = Path(__file__).resolve().parent.parent
FAULTS = ROOT / "tests" / "fixtures" / "shacl"
SHARED = ROOT.parent / "shared"
XSD = "http://www.w3.org/2001/XMLSchema#"
DKG = "https://w3id.org/drugkg/vocab/"


@pytest.fixture(scope="module")
def shapes() -> rdflib.Graph:
    return load_shapes()


def same_findings(graphs: dict[str, str], shapes: rdflib.Graph) -> Report:
    ours = validate_graphs(graphs, shapes=shapes, engine="kg")
    reference = validate_graphs(graphs, shapes=shapes, engine="pyshacl")
    assert ours.engines == {"kg"}, "kg's engine handed the batch on instead of judging it"
    assert ours.findings == reference.findings, ours.to_text() + "\n---- pyshacl:\n" + reference.to_text()
    assert (ours.graphs, ours.triples, ours.conforms) == (reference.graphs, reference.triples, reference.conforms)
    return ours


def test_it_judges_every_construct_of_our_shapes(shapes: rdflib.Graph) -> None:
    engine = Engine.compile(shapes)  # raises Unsupported if the shapes gained a construct it lacks
    assert len(engine.targets) >= 25
    assert make_gate(engine="kg")({}) == {}


@pytest.mark.parametrize("name", sorted(p.stem for p in FAULTS.glob("*.nt")))
def test_each_planted_fault(shapes: rdflib.Graph, name: str) -> None:
    report = same_findings({graph_iri("examplomab"): (FAULTS / f"{name}.nt").read_text(encoding="utf-8")}, shapes)
    assert report.conforms == (name == "good")


def corpora() -> list[Path]:
    folders = [ROOT / "data" / "monographs", *sorted((ROOT / "tests" / "fixtures").glob("*/")),
               SHARED / "monographs", SHARED / "monographs-wild"]
    return [f for f in folders if any(f.glob("*.md"))]


def test_the_monographs_of_every_corpus(shapes: rdflib.Graph) -> None:
    """Each corpus in one batch (a drug's name is unique within one), as the gate would see it."""
    cfg = load_config(environ={})
    judged = 0
    for folder in corpora():
        graphs: dict[str, str] = {}
        for page in sorted(p for p in folder.glob("*.md") if p.name != "INDEX.md"):
            result = pipeline.process_file(str(page), cfg.base, cfg)
            if result.mapped is not None:
                graphs[result.mapped.graph] = result.mapped.ntriples()
        assert same_findings(graphs, shapes).conforms, folder
        judged += len(graphs)
    assert judged >= 100


# -- random mutations of a real graph ---------------------------------------------------------

TRIPLE = re.compile(r"^(<[^>]*>) (<[^>]*>) (.*) \.$")
LITERALS = ['""', '"   "', '"x"', '"x"@en', '"x"^^<http://www.w3.org/2001/XMLSchema#string>',
            f'"0"^^<{XSD}integer>', f'"-1"^^<{XSD}integer>', f'"7"^^<{XSD}integer>', f'"abc"^^<{XSD}integer>',
            f'"99999"^^<{XSD}integer>', f'"1.5"^^<{XSD}decimal>', f'"true"^^<{XSD}boolean>', '"true"',
            f'"2"^^<{XSD}int>', '"asserted"', '"hedged"', '"investigational"', '"HP:0000001"', '"HP:1"',
            '"FOO:1"', '"a.md"', '"dir/a.md"', '"say \\"hi\\""', '"tab\\there"', '"caf\\u00E9"']


def mutate(lines: list[str], rng: random.Random) -> list[str]:
    """One random fault in a monograph's N-Triples: a line removed, repeated with another value,
    its object replaced by another IRI of the graph or by a literal of another kind, or its
    subject moved."""
    out = list(lines)
    i = rng.randrange(len(out))
    m = TRIPLE.match(out[i])
    assert m, out[i]
    s, p, o = m.groups()
    iris = sorted({t for line in lines for t in re.findall(r"<[^>]*>", line)})
    kind = rng.choice(["drop", "repeat", "object-iri", "object-literal", "subject", "type"])
    if kind == "drop":
        del out[i]
    elif kind == "repeat":
        out.append(f"{s} {p} {rng.choice([*LITERALS, rng.choice(iris)])} .")
    elif kind == "object-iri":
        out[i] = f"{s} {p} {rng.choice(iris)} ."
    elif kind == "object-literal":
        out[i] = f"{s} {p} {rng.choice(LITERALS)} ."
    elif kind == "subject":
        out[i] = f"{rng.choice(iris)} {p} {o} ."
    else:
        node = rng.choice([line.split(" ", 1)[0] for line in lines])
        out.append(f"{node} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> {rng.choice(iris)} .")
    return out


@pytest.mark.parametrize("seed", range(4))
def test_random_mutations_of_a_real_graph(shapes: rdflib.Graph, seed: int) -> None:
    good = [line for line in (FAULTS / "good.nt").read_text(encoding="utf-8").splitlines() if line]
    rng = random.Random(seed)
    batch = {}
    for k in range(60):
        lines = good
        for _ in range(rng.choice([1, 1, 2, 3])):
            lines = mutate(lines, rng)
        name = f"examplomab-{seed}-{k}"
        batch[graph_iri(name)] = "\n".join(lines).replace("examplomab", name) + "\n"
    report = same_findings(batch, shapes)
    assert len(report.bad_graphs()) >= 30  # most mutations break something: the test is not vacuous


# -- where it departs from pyshacl, on purpose --------------------------------------------------

def test_it_judges_literals_as_written(shapes: rdflib.Graph) -> None:
    """rdflib reads "  15"^^xsd:integer as 15, and pyshacl's patterns let "$" match before a
    final newline; the store keeps the text as written, so kg's engine (like pyshacl-turbo)
    rejects both: a padded start line, and a certainty "hedged\\n" (XPath's "$" is the end)."""
    good = (FAULTS / "good.nt").read_text(encoding="utf-8")
    padded = re.sub(r'(vocab/startLine> )"(\d+)"', r'\1"  \2"', good, count=1)
    newline = good.replace('"hedged"', '"hedged\\n"', 1)
    for text in (padded, newline):
        assert text != good
        report = validate_graphs({graph_iri("examplomab"): text}, shapes=shapes, engine="kg")
        assert report.engines == {"kg"} and not report.conforms


def test_text_it_cannot_read_goes_to_the_reference(shapes: rdflib.Graph) -> None:
    good = (FAULTS / "good.nt").read_text(encoding="utf-8")
    blank = good + "_:b1 <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .\n"
    escaped_iri = good + f"<{DKG}x\\u0041> <http://www.w3.org/2000/01/rdf-schema#label> \"x\" .\n"
    for text in (blank, escaped_iri):
        assert Data.read(text) is None
        report = validate_graphs({graph_iri("examplomab"): text}, shapes=shapes, engine="kg")
        assert report.engines == {"pyshacl"}
    broken = {graph_iri("examplomab"): good, graph_iri("broken"): "<a> <b> .\n"}
    report = same_findings(broken, shapes)
    assert report.bad_graphs() == {graph_iri("broken")}


def test_shapes_it_does_not_implement_are_refused_not_misjudged() -> None:
    base = "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .\n"
    for extra in ("ex:S a sh:NodeShape ; sh:targetNode ex:a .",
                  "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:maxLength 3 ] .",
                  "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path [ sh:inversePath ex:p ] ; "
                  "sh:minCount 1 ] .",
                  "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:pattern \"a\" ; "
                  "sh:flags \"i\" ] .",
                  "ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; "
                  "sh:datatype <http://www.w3.org/2001/XMLSchema#date> ] ."):
        graph = rdflib.Graph().parse(data=base + extra, format="turtle")
        with pytest.raises(Unsupported):
            Engine.compile(graph)
        nt = "<http://example.org/a> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://example.org/C> .\n"
        report = validate_graphs({f"{DEFAULT_BASE}graph/monograph/a": nt}, shapes=graph, engine="auto")
        assert "kg" not in report.engines
