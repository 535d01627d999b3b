"""The eleventh audit of links (2026-12-02, branch ``link11``): every condition and side-effect link
of the held-out sets whose matched name differs from the node's own words, and every HPO EXACT
synonym a node hit, read against the term's definition; each fix and each new reading pinned by
cases that must and must not link (issue 11: a wrong identifier is worse than none).
"""
from __future__ import annotations

import pytest

from kg.config import load_config
from kg.link import BROAD_MATCH, is_direct, load_linker
from kg.linking.normalize import context_core, worsening_names

CFG = load_config(environ={})
EXACT_MATCH = "skos:exactMatch"


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(CFG)


def direct(outcome, predicate: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {x.curie for x in outcome.links if is_direct(x) and x.predicate == predicate}


# -- a synonym narrower than its term -------------------------------------------------------------------

def test_a_metallic_taste_is_one_form_of_parageusia_not_the_term(linker) -> None:  # type: ignore[no-untyped-def]
    """HPO gives "Metallic taste" as an EXACT layperson synonym of *Parageusia* (any distortion of
    taste, "often" a metallic one); UMLS keeps the metallic taste apart (SIDER's *Taste metallic*)."""
    outcome = linker.explain("side-effect", "Metallic taste")
    assert "HP:0031249" not in direct(outcome, EXACT_MATCH)
    assert "umls:C0240327" in direct(outcome, EXACT_MATCH)
    assert any("refused-synonyms.tsv:" in r and "HP:0031249" in r for r in outcome.refused)


def test_a_distorted_taste_still_links_parageusia(linker) -> None:  # type: ignore[no-untyped-def]
    assert "HP:0031249" in direct(linker.explain("side-effect", "Changes in taste"), EXACT_MATCH)


# -- a name narrowed by when, in whom or from what -----------------------------------------------------

@pytest.mark.parametrize(("text", "core"), [
    ("Atrial fibrillation after heart surgery", "Atrial fibrillation"),
    ("Slow heart rate during surgery", "Slow heart rate"),
    ("High-altitude pulmonary edema in climbers", "High-altitude pulmonary edema"),
    ("Bleeding after tooth extraction in people with hemophilia", "Bleeding"),
    ("Nocturia due to nocturnal polyuria", "Nocturia"),
    ("Severe diarrhea caused by Clostridioides difficile", "Severe diarrhea"),
    ("Muscle spasms from low back pain", "Muscle spasms"),
    ("Chronic rhinosinusitis with nasal polyps", "Chronic rhinosinusitis"),
    ("Radiation-induced nausea and vomiting", "nausea and vomiting"),
    ("Hair loss in women", "Hair loss"),
    # a place is not a narrowing phrase of this kind (place_first reads it), nor a time of day
    ("Bleeding in the brain", None), ("Swelling of the face in the morning", None),
    ("Sensitivity to light", None), ("Atrial fibrillation", None), ("With fever", None),
    ("Nausea and vomiting of pregnancy", None),
    # an "or" after the phrase may join a second thing to the whole: no reading
    ("Unusual vaginal bleeding after menopause or a new breast lump", None),
    ("Rash with blisters or peeling skin", None), ("Seizures after a traumatic brain injury or brain surgery", None),
])
def test_context_core(text: str, core: str | None) -> None:
    assert context_core(text) == core


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("condition", "Atrial fibrillation after heart surgery", "DOID:0060224"),
    ("condition", "Radiation-induced nausea and vomiting", "HP:0002017"),
    ("condition", "Chemotherapy-induced nausea and vomiting", "HP:0002017"),
    ("condition", "Nocturia due to nocturnal polyuria", "HP:0000017"),
    ("condition", "Left ventricular dysfunction after a heart attack", "HP:0005162"),
    # the rest is itself a kind of a term (graded): still a kind of it
    ("side-effect", "Severe diarrhea caused by Clostridioides difficile", "HP:0002014"),
])
def test_a_narrowed_name_is_a_kind_of_what_the_rest_names(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain(kind, label)
    assert curie in direct(outcome, BROAD_MATCH)
    assert not direct(outcome, EXACT_MATCH)


def test_a_narrowing_phrase_on_a_word_that_names_nothing_of_its_own_links_nothing(linker) -> None:  # type: ignore[no-untyped-def]
    assert not [x for x in linker.explain("side-effect", "Problems with balance and coordination").links
                if is_direct(x)]


def test_a_gloss_that_lacks_the_narrowing_phrase_names_a_broader_term(linker) -> None:  # type: ignore[no-untyped-def]
    """"Slow heart rate during surgery (bradycardia)": the page's other name says nothing of the
    surgery, and is what "Slow heart rate" names: the node is a kind of bradycardia (it was linked
    exactly before the audit of 2026-12-02, firstcontact7)."""
    outcome = linker.explain("condition", "Slow heart rate during surgery", ("bradycardia",))
    assert "HP:0001662" in direct(outcome, BROAD_MATCH)
    assert "HP:0001662" not in direct(outcome, EXACT_MATCH)


def test_a_gloss_that_names_the_whole_narrowed_thing_stays_exact(linker) -> None:  # type: ignore[no-untyped-def]
    """What the rest does not name is the page's name for the whole ("Fast heart rhythms in an
    unborn baby (fetal tachycardia)")."""
    outcome = linker.explain("condition", "Fast heartbeat in an unborn baby", ("fetal tachycardia",))
    assert "HP:6000264" in direct(outcome, EXACT_MATCH)


# -- a condition getting worse, as MedDRA names it ---------------------------------------------------

@pytest.mark.parametrize(("text", "first"), [
    ("COPD flare-ups", "COPD aggravated"), ("Worsening of asthma", "asthma aggravated"),
    ("Eczema flares", "Eczema aggravated"), ("Worsened depression", "depression aggravated"),
    ("Exacerbations of the asthma", "asthma aggravated"),
    ("Hot flashes", None), ("Worsening of pain in the back", None), ("New or worsening heart failure", None),
    ("Worsening", None), ("Flare", None),
])
def test_worsening_names(text: str, first: str | None) -> None:
    names = worsening_names(text)
    assert (names[0] if names else None) == first


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("condition", "COPD flare-ups", "umls:C0740304"),   # SIDER's COPD exacerbation (firstcontact2)
    ("side-effect", "Worsening of asthma", "umls:C0549336"),  # Asthma aggravated
    ("side-effect", "Eczema flare-ups", "umls:C0853246"),     # Eczema exacerbated
    ("side-effect", "Acne flares", "umls:C0852967"),          # Exacerbation of acne
])
def test_a_condition_getting_worse_is_meddras_name_of_its_worsening(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in direct(linker.explain(kind, label), EXACT_MATCH)


def test_a_worsening_no_vocabulary_names_stays_a_kind_of_the_condition(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("side-effect", "Worsening heart failure")
    assert not direct(outcome, EXACT_MATCH) and "HP:0001635" in direct(outcome, BROAD_MATCH)


# -- the words before a vocabulary's own name of the rest --------------------------------------------

@pytest.mark.parametrize(("kind", "label", "curie", "broader"), [
    # "high blood pressure" is hypertension by the lexicon; SIDER names the rebound one
    ("side-effect", "Rebound high blood pressure", "umls:C0520540", "DOID:10763"),
    # "kidney stones" is nephrolithiasis by the lexicon; the Disease Ontology names the uric acid one
    ("condition", "Uric acid kidney stones", "DOID:580", "DOID:585"),
])
def test_leading_words_before_the_vocabularys_name_of_the_rest_name_a_term(  # type: ignore[no-untyped-def]
        linker, kind: str, label: str, curie: str, broader: str) -> None:
    outcome = linker.explain(kind, label)
    assert curie in direct(outcome, EXACT_MATCH) and broader in direct(outcome, BROAD_MATCH)


def test_leading_words_no_vocabulary_names_with_the_rest_keep_the_broader_match(linker) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain("condition", "Calcium-containing kidney stones")
    assert not direct(outcome, EXACT_MATCH) and "DOID:585" in direct(outcome, BROAD_MATCH)


# -- a lexicon row for a level, said with another direction word ---------------------------------------

def test_a_level_said_with_another_direction_word_finds_the_lexicons_row(linker) -> None:  # type: ignore[no-untyped-def]
    """"Raised blood fats" is the row "high blood fats" (hyperlipidemia; firstcontact10)."""
    assert "HP:0003077" in direct(linker.explain("side-effect", "Raised blood fats"), EXACT_MATCH)


@pytest.mark.parametrize(("label", "kept", "not_"), [
    ("Raised blood pressure", "HP:0032263", "DOID:10763"),  # HPO's Increased blood pressure, not hypertension
    ("Increased blood pressure", "HP:0032263", "DOID:10763"),
    ("Raised uric acid levels", "umls:C0857189", "DOID:1920"),  # SIDER's Raised serum uric acid
])
def test_a_level_a_vocabulary_names_keeps_its_own_link_not_the_lexicons(  # type: ignore[no-untyped-def]
        linker, label: str, kept: str, not_: str) -> None:
    found = direct(linker.explain("side-effect", label), EXACT_MATCH)
    assert kept in found and not_ not in found


# -- lexicon rows written while reading the held-out sets' unlinked names (link11) --------------------

@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("side-effect", "Reversible posterior leukoencephalopathy syndrome", "umls:C3160858"),
    ("condition", "Helicobacter pylori infection of the stomach", "HP:0005202"),
    ("condition", "Dementia of the Alzheimer's type", "DOID:10652"),
    ("side-effect", "Spotting between periods", "HP:0100608"),
    ("side-effect", "Fundic gland polyps in the stomach", "HP:0033769"),
    ("side-effect", "Joint aches", "HP:0002829"),
    ("side-effect", "Slowing of the heart rate", "HP:0001662"),
])
def test_a_link11_lexicon_row_links(linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    outcome = linker.explain(kind, label)
    assert curie in direct(outcome, EXACT_MATCH) and "lay-terms.tsv:" in outcome.via[curie]
