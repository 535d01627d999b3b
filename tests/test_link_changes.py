"""A measured thing's change said as a noun before it ("A rise in creatinine", "Drop in platelets") names what the
vocabularies name with the direction first (HPO's *Increased creatinine*, *Thrombocytopenia* through the lexicon's
"decreased platelets"); a phrase that only looks so ("Increase in the risk of bleeding") names no level. And rows of
the lay lexicon read from every corpus's unlinked names, each another name of exactly one term."""
from __future__ import annotations

import pytest

from kg.link import EXACT_MATCH
from kg.linking.normalize import change_named
from tests.test_link_audit12 import direct


@pytest.mark.parametrize(("said", "named"), [
    ("Rise in creatinine", "Increased creatinine"),
    ("A rise in creatinine", "Increased creatinine"),
    ("Increases in liver enzymes", "Increased liver enzymes"),
    ("Drop in platelet count", "Decreased platelet count"),
    ("Fall in the levels of sodium", "Decreased sodium"),
    ("Decline in kidney function", "Decreased kidney function"),
    ("Increase in the risk of bleeding", None),  # a risk, not a level
    ("Rise in blood pressure when standing up after sitting", None),  # a phrase
    ("Sharp rise in triglycerides", None),  # the grade is the linker's to read, not this rule's
    ("Swelling in the legs", None),
])
def test_a_change_is_named_with_its_direction_first(said: str, named: str | None) -> None:
    assert change_named(said) == named


@pytest.mark.parametrize(("label", "curie"), [
    ("Rise in creatinine", "HP:0003259"),  # Elevated circulating creatinine concentration
    ("Increase in blood pressure", "HP:0032263"),  # Increased blood pressure (not hypertension)
    ("Increase in blood pressure", "umls:C0497247"),  # SIDER's Blood pressure increased
    ("Rise in blood sugar", "HP:0003074"),  # Hyperglycemia
    ("Fall in white blood cells", "HP:0001882"),  # Leukopenia, through the lexicon's "decreased white blood cells"
    ("Drop in platelets", "HP:0001873"),  # Thrombocytopenia
])
def test_a_change_before_what_changed_is_linked_exactly(default_linker, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in direct(default_linker.explain("side-effect", label), EXACT_MATCH)


def test_a_risk_said_as_an_increase_stays_unlinked(default_linker) -> None:  # type: ignore[no-untyped-def]
    assert not direct(default_linker.explain("side-effect", "Increase in the risk of bleeding"), EXACT_MATCH)


@pytest.mark.parametrize(("label", "curie"), [
    ("Low blood pressure on standing up", "HP:0001278"),  # Orthostatic hypotension
    ("Lightheadedness when standing up", "umls:C0234987"),  # SIDER's Dizziness postural
    ("Reduced sharpness of vision", "HP:0007663"),  # Reduced visual acuity
    ("Loss of side vision", "HP:0007994"),  # Peripheral visual field loss
    ("Breakdown of red blood cells", "umls:C0019054"),  # SIDER's Haemolysis
    ("Blood clots in the arteries", "HP:0004420"),  # Arterial thrombosis
    ("Burning feeling in the eyes", "HP:6000420"),  # Burning eye sensation
    ("Newborn jaundice", "DOID:2383"),  # neonatal jaundice
])
def test_an_everyday_name_from_the_corpora_is_linked_through_the_lexicon(default_linker, label: str,  # type: ignore[no-untyped-def]
                                                                         curie: str) -> None:
    outcome = default_linker.explain("side-effect", label)
    assert curie in direct(outcome, EXACT_MATCH)
    assert "lay-terms.tsv:" in outcome.via[curie]


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("condition", "Chronic lung conditions", "HP:0006528"),  # "X conditions" is the umbrella "X disease"
    ("condition", "Pneumocystis pneumonia", "HP:0020102"),  # Pneumocystis jirovecii pneumonia, through the lexicon
    ("condition", "Myoclonic-atonic seizures", "HP:0011170"),  # Generalized myoclonic-atonic seizure
    ("condition", "Neonatal-onset multisystem inflammatory disease", "DOID:0090029"),  # CINCA syndrome
    ("side-effect", "Loud stomach noises", "umls:C0232693"),  # SIDER's Borborygmi (firstcontact38)
    ("condition", "Rh sensitization", "DOID:4175"),  # Rh isoimmunization (firstcontact37)
    ("condition", "Stinging insect allergy", "HP:0410336"),  # Venom allergy
    ("condition", "Pathologic myopia", "DOID:11829"),  # degenerative myopia
    ("condition", "Hemolytic disease of the fetus and newborn", "DOID:1098"),  # hemolytic disease of the fetus
    ("side-effect", "Pain in the upper part of the belly", "umls:C0232492"),  # SIDER's Abdominal pain upper
    ("side-effect", "Reactions where the IV goes in", "umls:C1096343"),  # SIDER's Infusion site reaction
    ("side-effect", "Redness where the injection was given", "umls:C0852625"),  # Injection site erythema, as before
])
def test_names_firstcontact35_and_36_showed(default_linker, kind: str, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in direct(default_linker.explain(kind, label), EXACT_MATCH)


@pytest.mark.parametrize(("label", "core", "modifier"), [
    ("Temporary blurred vision", "HP:0000622", "HP:0025153"),  # Transient
    ("Intense itching", "HP:0000989", "HP:0012828"),  # Severe
])
def test_a_grade_said_in_other_words_names_hpo_s_modifier(default_linker, label: str, core: str,  # type: ignore[no-untyped-def]
                                                          modifier: str) -> None:
    outcome = default_linker.explain("side-effect", label)
    assert outcome.graded and outcome.identified
    assert [x.curie for x in outcome.modifiers.values()] == [modifier]
    assert "MODIFIER_SYNONYMS" in outcome.via[modifier]
    assert core in {x.curie for x in outcome.links}


def test_a_grade_word_no_modifier_names_stays_ungraded(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", "Serious infections")
    assert not outcome.graded and not outcome.identified
