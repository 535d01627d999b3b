"""Names that the vocabularies hold in another form of the same words (session 43): British "-ise" and "-yse",
Roman numerals and a "type" before a number, a colour said "X-coloured", Latin plurals, "X deficiency" as the
Disease Ontology's "X deficiency disease", a change said after what changed ("Creatinine increase") and HPO's
"X-onset" seizures. Each case is a label no corpus page used, and each fold has its words that must stay as they are."""
from __future__ import annotations

import pytest

from kg.config import load_config
from kg.link import load_linker
from kg.linking.normalize import change_named, drops_qualifier, loose, part_adjective, state_first
from tests.test_link_coverage import exact


@pytest.fixture(scope="module")
def linker():  # type: ignore[no-untyped-def]
    return load_linker(load_config(environ={}))


@pytest.mark.parametrize(("text", "key"), [
    ("Localised scleroderma", "localized scleroderma"),
    ("Hospitalisation", "hospitalization"),
    ("Catheterised", "catheterized"),
    ("Paralysed", "paralyzed"),
    ("Haemolysed", "hemolyzed"),
    ("Renal calculi", "renal calculus"),
    ("Pulmonary emboli", "pulmonary embolus"),
    ("Von Willebrand disease type III", "von willebrand disease 3"),
    ("Von Willebrand disease type 3", "von willebrand disease 3"),
    ("Factor VIII deficiency", "factor 8 deficiency"),
    ("Brown-coloured urine", "brown urine"),
    ("Tea colored urine", "tea urine"),
])
def test_loose_key_folds_another_form_of_the_words(text: str, key: str) -> None:
    assert loose(text) == key


@pytest.mark.parametrize("word", ["raised", "bruised", "exercise", "immunocompromised", "promise", "advised",
                                  "supervised", "noise", "surprise", "precise", "otherwise", "dialysis"])
def test_loose_key_keeps_words_whose_ise_is_no_spelling(word: str) -> None:
    assert loose(word) == word


@pytest.mark.parametrize(("text", "key"), [
    ("I feel sick", "i feel sick"),  # a first word "I" is no numeral
    ("Type 2 diabetes", "type 2 diabetes"),  # "type" first is the name's own word
    ("Coloured vision", "colored vision"),  # no colour before it
    ("Blood type 0 mismatch", "blood 0 mismatch"),
])
def test_loose_key_folds_numerals_and_colours_only_after_a_word(text: str, key: str) -> None:
    assert loose(text) == key


@pytest.mark.parametrize(("text", "change"), [
    ("Creatinine increase", "Increased Creatinine"),
    ("Platelet count decrease", "Decreased Platelet count"),
    ("Blood pressure drop", "Decreased Blood pressure"),
    ("Hemoglobin reduction", "Decreased Hemoglobin"),
])
def test_a_change_said_after_what_changed(text: str, change: str) -> None:
    assert change_named(text) == change


@pytest.mark.parametrize("text", ["Increase", "Risk of bleeding increase", "Increase in the risk of falls"])
def test_a_phrase_is_no_change_of_a_measured_thing(text: str) -> None:
    assert change_named(text) is None


@pytest.mark.parametrize(("text", "said"), [
    ("QT interval prolongation", "Prolonged QT interval"),
    ("Aortic root dilatation", "Dilated aortic root"),
    ("Bowel wall thickening", "Thickened bowel wall"),
])
def test_a_change_of_shape_said_after_what_changed(text: str, said: str) -> None:
    assert state_first(text) == said


@pytest.mark.parametrize("text", ["Prolongation", "Thinning of the hair", "Dose prolongation of the treatment course"])
def test_no_state_first_for_phrases(text: str) -> None:
    assert state_first(text) is None


def test_onset_is_no_qualifier_a_synonym_drops() -> None:
    """HPO's "Generalized seizures" (an exact synonym of *Generalized-onset seizure*) is the same thing, while
    "Seizures" of "Febrile seizures" still drops one."""
    assert not drops_qualifier("generalized onset seizure", "generalized seizures")
    assert drops_qualifier("febrile seizure", "seizure")


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("condition", "Glycogen storage disease type 2", "DOID:2752"),
    ("condition", "Long QT syndrome type 2", "DOID:0110645"),
    ("condition", "Von Willebrand disease type III", "DOID:0111054"),
    ("condition", "Localised scleroderma", "DOID:8472"),
    ("condition", "Choline deficiency", "DOID:8456"),
    ("side-effect", "Pyruvate carboxylase deficiency", "DOID:3651"),
    ("condition", "Cytochrome c oxidase deficiency", "DOID:3762"),
    ("side-effect", "Brown-coloured urine", "umls:C1142277"),
    ("side-effect", "Pink-colored urine", "HP:0032001"),
    ("side-effect", "Orange-coloured urine", "HP:0032002"),
    ("side-effect", "Creatinine increase", "HP:0003259"),
    ("side-effect", "Platelet count decrease", "HP:0001873"),
    ("side-effect", "Blood pressure drop", "HP:0002615"),
    ("side-effect", "QTc interval prolongation", "HP:0005184"),
    ("side-effect", "Rupture of the womb", "HP:0100718"),
    ("side-effect", "Wound healing, delayed", "HP:0001058"),  # (a lexicon row of this session)
    ("condition", "Generalised seizures", "HP:0002197"),
    ("condition", "Focal-onset seizures", "HP:0007359"),
    ("condition", "Focal seizures", "HP:0007359"),  # HPO's own synonym now, no lexicon row
])
def test_the_vocabularies_name_found_in_another_form(linker, kind: str, label: str,  # type: ignore[no-untyped-def]
                                                     curie: str) -> None:
    out = linker.explain(kind, label, (), None)
    assert curie in exact(out), (label, out.links)


@pytest.mark.parametrize(("kind", "label"), [
    ("side-effect", "Dose reduction"),  # a change of no measured thing
    ("side-effect", "Raised"),
    ("condition", "Deficiency"),
])
def test_no_name_is_made_of_words_that_name_nothing(linker, kind: str, label: str) -> None:  # type: ignore[no-untyped-def]
    assert not exact(linker.explain(kind, label, (), None))


@pytest.mark.parametrize(("text", "said"), [("Rupture of the uterus", "uterine Rupture"),
                                            ("Perforation of the womb", "uterine Perforation"),
                                            ("Failure of the kidneys", "renal Failure")])
def test_an_organs_trouble_said_with_its_adjective(text: str, said: str) -> None:
    assert part_adjective(text) == said


@pytest.mark.parametrize("text", ["Rupture of the tendon", "Swelling of the face", "Inflammation of the pancreas duct"])
def test_no_adjective_for_other_places(text: str) -> None:
    assert part_adjective(text) is None
