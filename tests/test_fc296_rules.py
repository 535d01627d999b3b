"""Rules from the misses of firstcontact296 to firstcontact299 (logistics, energy, consulting, aircraft, machinery and
game companies' assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

import pytest

from kg.linking.normalize import part_adjective, type_last
from tests.test_extract_layouts5 import _x
from tests.test_fc234_rules import _mech, _page
from tests.test_link_coverage import exact


def _uses(text: str) -> list[tuple[str, str | None]]:
    return [(u.label, u.qualifier) for u in _page(usage=text).treats]


def _signs(text: str) -> list[str]:
    return [s.label for s in _page(effects="Side effects include headache.\n\n" + text).serious_signs]


def test_the_main_approved_use_and_uses_studied_off_label() -> None:
    assert _uses("Zorvane is a nerve medicine.\n\nIts main licensed use is the relief of symptoms of chronic "
                 "sciatica (nerve pain down the leg), such as burning.\n\nIt has also been studied, off-label, for "
                 "restless legs syndrome and for phantom limb pain, with mixed results.") == [
        ("Chronic sciatica", None), ("Restless legs syndrome", "off-label"), ("Phantom limb pain", "off-label")]


def test_when_the_effects_come_and_the_senses_name_plain_groups() -> None:
    x = _page(effects="Reported effects:\n\n- Eyes and senses\n  - Blurred vision\n  - Ringing in the ears\n"
                      "- During the injection\n  - Stinging\n  - Warmth\n- Skin\n  - Rash")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Blurred vision", "Eyes and senses"), ("Ringing in the ears", "Eyes and senses"),
        ("Stinging", "During the injection"), ("Warmth", "During the injection"), ("Rash", "Skin")]


def test_a_clause_with_a_plural_verb_belongs_to_each_sign() -> None:
    assert _signs("Get help at once if you have chest pain, or dizziness, trembling and hunger that do not ease "
                  "after a meal.") == [
        "chest pain", "dizziness that does not ease after a meal", "trembling that does not ease after a meal",
        "hunger that does not ease after a meal"]


def test_a_plural_thing_keeps_its_own_clause() -> None:
    assert _signs("Call your doctor right away if you notice yellow eyes, dark urine, or hearing voices that are "
                  "not there.") == ["yellow eyes", "dark urine", "hearing voices that are not there"]


def test_serious_effects_that_were_rare_but_included() -> None:
    x = _page(effects="The most common side effects were bloating and cramps. Serious side effects were rare but "
                      "included pancreatitis, low platelets and seizures.")
    assert [(e.label, e.serious) for e in x.side_effects] == [
        ("Bloating", False), ("Cramps", False), ("Pancreatitis", True), ("Low platelets", True), ("Seizures", True)]


def test_anyone_with_the_signs_should_get_help_right_away() -> None:
    assert _signs("Anyone with chest pain, a racing heart, or fainting that keeps happening should get medical "
                  "help right away.") == ["chest pain", "racing heart", "fainting that keeps happening"]
    assert _signs("People with liver disease should see a doctor before taking it.") == []


def test_urgent_veterinary_or_medical_help() -> None:
    assert _signs("Stop the tablets and get urgent veterinary or medical help for trembling, repeated vomiting, "
                  "or collapse.") == ["trembling", "repeated vomiting", "collapse"]


def test_uses_a_brand_was_sold_for_under_its_name() -> None:
    assert _uses("Zorvane is a hormone medicine.\n\nIt was sold in Canada under the brand name Quelvan for "
                 "endometriosis and for uterine fibroids in women before surgery.") == [
        ("Endometriosis", None), ("Uterine fibroids", None)]
    assert _uses("Zorvane is an antiemetic.\n\nIt is sold under the brand names Quelvan for injection in the "
                 "United States and Pravex in Europe. It is used to prevent nausea from chemotherapy.") == [
        ("Nausea from chemotherapy", "prevention")]


def test_the_enzyme_a_drug_is_acts() -> None:
    assert _mech("Zorvane is an enzyme replacement therapy. Its sugar chains are trimmed. This lets the enzyme bind "
                 "to mannose-6-phosphate receptors on muscle cells.") == [
        ("binds", "mannose-6-phosphate receptor")]
    assert _mech("Zorvane is a pain medicine. This lets the enzyme bind to opioid receptors.") == []


def test_the_subtype_a_class_of_receptors_is_bound_at_most() -> None:
    assert _mech("Zorvane binds to dopamine receptors, mainly subtype 3 (D3), in the brain.") == [
        ("binds", "dopamine receptor subtype 3")]


def test_a_bound_receptor_then_said_to_be_activated() -> None:
    assert _mech("Zorvane enters skin cells and binds to the mineralocorticoid receptor. The activated receptor "
                 "then turns on genes that hold on to salt.")[0] == ("activates", "mineralocorticoid receptor")


def test_a_tendency_compared_with_another_drug_is_no_action() -> None:
    assert _mech("Zorvane blocks the H1 receptor. It has a lower tendency to raise heart rate than "
                 "diphenhydramine.") == [("blocks", "H1 receptor")]


def test_a_class_named_with_its_locants() -> None:
    x = _x("# Zorvane\n\n## Generic Name\n\nZorvane\n\n## Usage\n\nZorvane is a sedative of the 1,5-benzodiazepine "
           "group. It is used for insomnia.\n\n## Side Effects\n\n- Headache\n", "Zorvane")
    assert x.drug_class is not None and x.drug_class.label == "1,5-benzodiazepine"


@pytest.mark.parametrize(("text", "said"), [("Type 2 Niemann-Pick disease", "Niemann-Pick disease type 2"),
                                            ("Type III Gaucher disease", "Gaucher disease type III")])
def test_a_type_said_first_is_said_last(text: str, said: str) -> None:
    assert type_last(text) == said


def test_an_organs_adjective_after_two_words() -> None:
    assert part_adjective("Neuroendocrine tumours of the pancreas") == "pancreatic Neuroendocrine tumours"
    assert type_last("Type 2") is None


def test_a_type_said_first_links_as_the_vocabulary_writes_it(default_linker) -> None:  # type: ignore[no-untyped-def]
    assert exact(default_linker.explain("condition", "Type 1 Gaucher disease", (), None)) >= {"DOID:0110957"}
    assert exact(default_linker.explain("condition", "Neuroendocrine tumours of the lung", (), None)) >= {"DOID:5410"}
