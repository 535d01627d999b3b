"""The twelfth audit of links (2026-12-02, branch ``link12``): the exact links of the held-out set
``tests/fixtures/firstcontact12``, read against each term's definition; each fix pinned by cases
that must and must not link (issue 11: a wrong identifier is worse than none; ``skos:exactMatch``
must mean the same thing).

1. A node is shared by every page that gives its label: a narrower name one page gives beside it
   ("Low white blood cell count (neutropenia)") is a narrower match, never the node's exact one.
2. A name a page gives beside words that put the thing in one place ("Swelling of the legs and
   ankles (edema)") that the hierarchy puts above what the words name is broader, not exact.
3. An attack, episode or flare of a thing ("Asthma attacks") is no name of the thing: broader only.
4. A chained cross-reference whose own name names another thing (HPO's *Seizure* to UMLS's
   *Epilepsy*) is not chained.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.config import load_config
from kg.extract import extract
from kg.link import BROAD_MATCH, CHAINED, NARROW_MATCH, is_direct, load_linker
from kg.linking.normalize import is_episode
from kg.mapping import map_extraction
from kg.parse import parse_file

CFG = load_config(environ={})
EXACT_MATCH = "skos:exactMatch"
FIXTURES = Path(__file__).parent / "fixtures" / "firstcontact12"
SKOS = "http://www.w3.org/2004/02/skos/core#"


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(CFG)


def direct(outcome, predicate: str = EXACT_MATCH) -> set[str]:  # type: ignore[no-untyped-def]
    return {x.curie for x in outcome.links if is_direct(x) and x.predicate == predicate}


def chained(outcome) -> set[str]:  # type: ignore[no-untyped-def]
    return {x.curie for x in outcome.links if x.justification == CHAINED}


# -- 1. one page's gloss and the node every page shares ------------------------------------------------

LEUKOPENIA = {"DOID:615", "HP:0001882", "umls:C0023530"}
NEUTROPENIA = {"DOID:1227", "HP:0001875", "umls:C0027947"}


def test_a_narrower_gloss_of_one_page_is_a_narrower_match_of_the_shared_node(linker) -> None:  # type: ignore[no-untyped-def]
    """aprepitant's "Low white blood cell count (neutropenia)" and olanzapine's unglossed "low
    white blood cell count" are one node: it keeps what its words say (leukopenia) exactly on
    both pages, and neutropenia, narrower (DOID, HPO), is a narrower match on the glossed one."""
    glossed = linker.explain("side-effect", "Low white blood cell count", ("neutropenia",))
    plain = linker.explain("side-effect", "Low white blood cell count")
    assert direct(plain) == LEUKOPENIA
    assert direct(glossed) == LEUKOPENIA and not direct(glossed, BROAD_MATCH)
    assert direct(glossed, NARROW_MATCH) == NEUTROPENIA
    assert "narrower than the label's own words" in glossed.via["DOID:1227"]
    # nothing is chained from the narrower term: its MONDO class and codes are not the node's
    assert "MONDO:0001475" not in chained(glossed) and "MONDO:0003785" in chained(glossed)


@pytest.mark.parametrize(("label", "gloss"), [
    ("Low white blood cell count", "neutropenia"),
    ("Kidney inflammation", "interstitial nephritis"),
    ("Increased pressure in the skull", "pseudotumor cerebri"),
    ("Irregular heart rhythm", "atrial fibrillation"),
])
def test_a_glossed_page_and_an_unglossed_one_give_the_node_the_same_exact_links(linker, label: str,  # type: ignore[no-untyped-def]
                                                                                gloss: str) -> None:
    plain, glossed = linker.explain("side-effect", label), linker.explain("side-effect", label, (gloss,))
    assert direct(plain) and direct(glossed) == direct(plain)
    assert direct(glossed, NARROW_MATCH) and not direct(glossed, NARROW_MATCH) & direct(plain)


def test_the_built_node_of_two_pages_has_no_exact_match_only_one_page_says(linker) -> None:  # type: ignore[no-untyped-def]
    """Map both pages as ``kg build`` does: the shared node's description, the union of the two
    pages' (one graph of nodes), is exact leukopenia and no exact neutropenia."""
    node = "<https://w3id.org/drugkg/id/side-effect/low-white-blood-cell-count>"
    lines: set[str] = set()
    for name in ("aprepitant.md", "olanzapine.md"):
        mapped = map_extraction(extract(parse_file(FIXTURES / name)), link=linker)
        lines |= {line for line in mapped.node_lines if line.startswith(node)}
    exact = {line.split()[2] for line in lines if f"<{SKOS}exactMatch>" in line}
    narrow = {line.split()[2] for line in lines if f"<{SKOS}narrowMatch>" in line}
    assert lines, "both pages name the node"
    assert "<http://purl.obolibrary.org/obo/HP_0001882>" in exact
    assert "<http://purl.obolibrary.org/obo/HP_0001875>" not in exact
    assert "<http://purl.obolibrary.org/obo/HP_0001875>" in narrow


# -- 2. a gloss broader than words that name a place ---------------------------------------------------

EDEMA = {"HP:0000969", "mesh:D004487", "umls:C0013604"}


@pytest.mark.parametrize("label", ["Swelling of the legs and ankles", "Swelling of the ankles or feet"])
def test_a_site_less_gloss_of_a_swelling_in_one_place_is_broader(linker, label: str) -> None:  # type: ignore[no-untyped-def]
    """pioglitazone's "Swelling of the legs and ankles (edema)": the words name HPO's *Pedal
    edema* (and *Ankle swelling*), which HPO puts below *Edema*: edema is broader than the words."""
    outcome = linker.explain("side-effect", label, ("edema",))
    assert not direct(outcome) & EDEMA
    assert EDEMA <= direct(outcome, BROAD_MATCH)
    assert "HP:0010741" in direct(outcome, NARROW_MATCH)  # the words' own reading, each thing
    assert "broader than its words" in outcome.via["HP:0000969"]


@pytest.mark.parametrize(("label", "gloss", "curie"), [
    ("High potassium levels", "hyperkalemia", "HP:0002153"),
    ("Erosion", "skin erosion", "HP:0200041"),
    ("Whooping cough", "pertussis", "DOID:1116"),
])
def test_a_gloss_the_hierarchy_puts_above_nothing_the_words_name_stays_exact(linker, label: str, gloss: str,  # type: ignore[no-untyped-def]
                                                                            curie: str) -> None:
    assert curie in direct(linker.explain("condition" if label == "Whooping cough" else "side-effect",
                                          label, (gloss,)))


# -- 3. an attack of a thing ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "episode"), [
    ("Asthma attacks", True), ("Asthma attack", True), ("Migraine episodes", True),
    ("Eczema flares", True), ("COPD exacerbations", True),
    ("Signs of a stroke", False), ("Asthma", False), ("Attacks", False), ("Heart attack", True),
])
def test_is_episode(text: str, episode: bool) -> None:
    assert is_episode(text) is episode


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("condition", "Asthma attacks", "DOID:2841"),  # firstcontact12 (beclomethasone)
    ("condition", "Asthma attack", "DOID:2841"),
    ("condition", "Migraine attacks", "DOID:6364"),
])
def test_an_attack_of_a_thing_is_at_most_broader(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain(kind, label)
    assert not direct(outcome) and curie in direct(outcome, BROAD_MATCH)
    assert "an episode of" in outcome.via[curie]


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("side-effect", "Heart attack", "DOID:5844"),  # a name of its own (myocardial infarction)
    ("side-effect", "Gout flares", "umls:C1619733"),  # SIDER names the flare
    ("condition", "COPD flare-ups", "umls:C0740304"),  # MedDRA's "COPD exacerbation" (link11)
    ("side-effect", "Signs of a stroke", "HP:0001297"),  # the signs of a thing show the thing
])
def test_an_episode_a_vocabulary_names_keeps_its_exact_link(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in direct(linker.explain(kind, label))


# -- 4. a chained cross-reference that names something else ---------------------------------------------

@pytest.mark.parametrize(("label", "kept", "dropped"), [
    # HPO's Seizure cross-references C0014544, SIDER's "Epilepsy", DOID's epilepsy: a disease for a sign
    ("Seizures", "umls:C0036572", "umls:C0014544"),
    # DOID's diarrhea cross-references C0013369, SIDER's "Dysentery", another DOID term
    ("Diarrhea", "MONDO:0001673", "umls:C0013369"),
    # HPO's Depression cross-references C0011581, "Depressive disorder", DOID's disease
    ("Depression", None, "umls:C0011581"),
    # HPO's Impotence cross-references C0242350, "Erectile dysfunction", another HPO term
    ("Impotence", None, "umls:C0242350"),
])
def test_a_chained_cross_reference_whose_name_names_another_thing_is_dropped(linker, label: str,  # type: ignore[no-untyped-def]
                                                                            kept: str | None, dropped: str) -> None:
    outcome = linker.explain("side-effect", label)
    assert dropped not in {x.curie for x in outcome.links}
    assert any(dropped in r and "not chained" in r for r in outcome.refused)
    if kept:
        assert kept in chained(outcome)


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("side-effect", "Leukopenia", "mesh:D007970"),  # no name of ours: kept
    ("condition", "Peptic ulcer", "umls:C0030920"),  # DOID's peptic ulcer disease; HPO's Peptic ulcer
    ("condition", "Tendinitis", "umls:C0039503"),  # SIDER's "Tendonitis", HPO's term of the same thing
    ("side-effect", "Sweating", "umls:C0020458"),  # HPO Hyperhidrosis's "Hyperhidrosis" (related, kept)
])
def test_a_chained_cross_reference_whose_name_names_the_same_thing_is_kept(linker, kind: str, label: str,  # type: ignore[no-untyped-def]
                                                                          curie: str) -> None:
    assert curie in chained(linker.explain(kind, label))


@pytest.mark.parametrize(("label", "gloss", "exact", "not_exact"), [
    # firstcontact13's audit: strep throat is streptococcal pharyngitis, narrower than pharyngitis
    ("Strep throat", "pharyngitis", "umls:C0036689", "DOID:2275"),
])
def test_a_gloss_naming_another_concept_than_the_words_does_not_replace_them(linker, label: str, gloss: str,  # type: ignore[no-untyped-def]
                                                                              exact: str, not_exact: str) -> None:
    o = linker.explain("condition", label, synonyms=(gloss,))
    assert exact in direct(o) and not_exact not in direct(o)


@pytest.mark.parametrize(("label", "gloss", "exact"), [
    ("Whooping cough", "pertussis", "DOID:1116"),  # the words' own name in a stronger vocabulary: it still wins
    ("Hay fever", "allergic rhinitis", "DOID:4481"),  # HPO's and DOID's CUIs differ for one thing: no refusal
])
def test_a_stronger_vocabularys_name_of_the_same_thing_still_wins(linker, label: str, gloss: str,  # type: ignore[no-untyped-def]
                                                                  exact: str) -> None:
    assert exact in direct(linker.explain("condition", label, synonyms=(gloss,)))
