"""Kinds of things (issue 11): a lay label and the narrower technical name a page gives beside
it, and a name that is a kind of what its last words name.

"Kidney inflammation (interstitial nephritis)": the label is HPO's layperson synonym of
*Nephritis*, the page's own name is *interstitial nephritis*, which the Disease Ontology puts
under *nephritis*. The page's name is narrower than the node, which every page that gives the
label shares: the label keeps its exact match, the narrower term is a ``skos:narrowMatch`` (since
link12; before, the narrower term was exact and the label's only broader). The
vocabularies' hierarchies come from ``data/vocab/hierarchy.tsv.gz`` (HPO ``is_a``, DOID
``subClassOf``).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kg.config import load_config
from kg.link import BROAD_MATCH, NARROW_MATCH, build_linker, is_direct, load_linker, vocab_dir
from kg.linking.hierarchy import HIERARCHY, ancestors, read_hierarchy, write_hierarchy

CFG = load_config(environ={})
EXACT = "skos:exactMatch"
SHARED = Path("/work/shared/vocab")


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(CFG)


def direct(outcome, predicate: str = EXACT) -> set[str]:  # type: ignore[no-untyped-def]
    return {x.curie for x in outcome.links if is_direct(x) and x.predicate == predicate}


def test_the_narrower_name_the_page_gives_beside_a_lay_label_is_a_narrower_match(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", "Kidney inflammation", ("interstitial nephritis",))
    assert direct(outcome) == {"HP:0000123"} and not direct(outcome, BROAD_MATCH)
    assert {"DOID:1063", "HP:0001970"} <= direct(outcome, NARROW_MATCH)
    assert "a kind of DOID:10952" in outcome.via["DOID:1063"]
    assert direct(linker.explain("side-effect", "Kidney inflammation")) == {"HP:0000123"}  # alone, as before


@pytest.mark.parametrize(("kind", "label", "synonym", "kept"), [
    # the label is a term's own name: it says what it means
    ("side-effect", "Nephritis", "interstitial nephritis", {"HP:0000123", "DOID:10952", "umls:C0027697"}),
    # a lay label whose other name the hierarchies do not put below it
    ("side-effect", "Nerve damage", "peripheral neuropathy", {"DOID:870", "umls:C0442874"}),
    # the other name is broader than the label's term (Acroparesthesia is_a Paresthesia)
    ("side-effect", "Tingling in the hands and feet", "paresthesia", {"HP:0031006"}),
])
def test_otherwise_the_label_decides(linker, kind: str, label: str, synonym: str, kept: set[str]) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain(kind, label, (synonym,))
    assert direct(outcome) == kept and not direct(outcome, BROAD_MATCH)


def test_a_graded_lay_label_takes_no_exact_match_from_its_other_name(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", "Severe kidney inflammation", ("interstitial nephritis",))
    assert not direct(outcome) & {"DOID:1063", "HP:0001970"}
    assert not direct(outcome, NARROW_MATCH) & {"DOID:1063", "HP:0001970"}


def test_without_the_hierarchy_the_label_decides(tmp_path: Path) -> None:
    vocab = tmp_path / "vocab"
    shutil.copytree(vocab_dir(CFG), vocab)
    (vocab / HIERARCHY).unlink()
    outcome = build_linker(vocab, None).explain("side-effect", "Kidney inflammation", ("interstitial nephritis",))
    assert direct(outcome) == {"HP:0000123"}


def test_the_hierarchy_table() -> None:
    table = read_hierarchy(vocab_dir(CFG) / HIERARCHY)
    assert "DOID:10952" in ancestors(table["doid"], "DOID:1063")  # interstitial nephritis < nephritis
    assert "HP:0003401" in ancestors(table["hpo"], "HP:0031006")  # acroparesthesia < paresthesia
    assert "HP:0000123" not in ancestors(table["hpo"], "HP:0001970")  # HPO: under morphology, not Nephritis


@pytest.mark.skipif(not SHARED.exists(), reason="the shared vocabularies are not here")
def test_the_hierarchy_table_is_made_again_byte_for_byte(tmp_path: Path) -> None:
    write_hierarchy(SHARED, tmp_path)
    assert (tmp_path / HIERARCHY).read_bytes() == (vocab_dir(CFG) / HIERARCHY).read_bytes()


# -- a name no vocabulary knows, whose last words one does -----------------------------------------

@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("condition", "Metastatic breast cancer", "DOID:1612"),  # breast cancer
    ("condition", "Binge-eating disorder", "DOID:8670"),  # eating disorder (a hyphen splits words)
    ("side-effect", "Fournier's gangrene", "HP:0100758"),  # Gangrene
    ("condition", "Treatment-resistant major depression", "DOID:1470"),  # the longest ending that links
])
def test_a_name_ending_in_a_vocabularys_name_is_a_kind_of_it(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain(kind, label)
    assert curie in direct(outcome, BROAD_MATCH) and not direct(outcome)
    assert f"{label!r} is a kind of" in outcome.via[curie]


@pytest.mark.parametrize(("kind", "label"), [
    ("side-effect", "Non-melanoma skin cancer"),  # denies what follows
    ("side-effect", "Probable dementia"),  # doubts it
    ("condition", "Complicated intra-abdominal infections"),  # "intra-" is not "abdominal"
    ("side-effect", "Discontinuation syndrome"),  # DOID's "syndrome" names nothing (and no row names it)
    ("condition", "Bridging therapy around surgery"),  # a phrase, not a modifier and a name
    ("condition", "Acute mountain sickness"),  # SIDER's "Sickness" names nothing precise
    ("side-effect", "Hair fall"),  # not SIDER's "Fall"
    ("side-effect", "Bone mass"),  # not SIDER's "Mass"
    ("side-effect", "Lung collapse"),  # atelectasis, not SIDER's (circulatory) "Collapse"
])
def test_a_phrase_that_is_no_kind_of_its_ending_gets_nothing(linker, kind: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert not [x for x in linker.explain(kind, label).links if is_direct(x)]
