"""Rules from the misses of firstcontact160 and firstcontact161 (ordinary answers of twelve models not imitated before,
six of them medical, measured after the rules from sets 140-154 and the first from 155-159), pinned by invented pages of
other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def _effects(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.label, e.category) for e in x.side_effects]


def test_the_members_after_a_counted_class_with_their_article() -> None:
    """"activating two types of serotonin receptors, the 5-HT1B and 5-HT1D receptors": both members."""
    x = _x("## How it Works\n\nZorvane works by blocking two types of dopamine receptors, the D2 and D3 receptors, in "
           "the brain.\n", "Zorvane")
    assert _targets(x) == [("blocks", "D2 receptor"), ("blocks", "D3 receptor")]


def test_how_long_a_condition_has_lasted_is_no_part_of_it() -> None:
    """"used for atrial fibrillation of 7 days' duration or less": the condition."""
    x = _x("Usage:\nZorvane is used for acute gout of 3 days' duration or less.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Acute gout"]


def test_clinically_significant_events_are_serious() -> None:
    """"Most adverse events occur within ..." names no effect; "Clinically significant adverse events included:" over
    a list is the serious group."""
    x = _x("Side Effects:\nMost adverse events occur within the first hour and pass. The most common adverse events "
           "were hiccups and thirst.\n\nClinically significant adverse events included:\n- Seizures\n- Fainting\n",
           "Zorvane")
    assert _effects(x) == [("Hiccups", "Common"), ("Thirst", "Common"), ("Seizures", "Serious"),
                           ("Fainting", "Serious")]


def test_an_inverse_agonist_blocks() -> None:
    """"a selective inverse agonist of histamine H1 receptors": it keeps them switched off (blocks)."""
    x = _x("## How it Works\n\nZorvane is a selective inverse agonist of serotonin 5-HT2A receptors in the brain.\n",
           "Zorvane")
    assert _targets(x) == [("blocks", "serotonin 5-HT2A receptor")]


def test_the_active_form_named_by_its_symbol() -> None:
    """"phosphorylated ... to X-5'-monophosphate (ZMP), which is the active form. ZMP inhibits ...": the form's action
    is the drug's."""
    x = _x("## How it Works\n\nZorvane is a prodrug. Inside the cell it is phosphorylated to zorvane-5'-triphosphate "
           "(ZTP), which is the active form. ZTP inhibits thymidylate synthase (TS).\n", "Zorvane")
    assert _targets(x) == [("inhibits", "thymidylate synthase")]


def test_other_drugs_failing_the_people_a_use_is_for() -> None:
    """"(2) Lupus nephritis: for patients ... in whom steroids alone are not effective enough": the use stands."""
    x = _x("Usage:\nZorvane is mainly used for the following conditions:\n\n"
           "(1) Gout: to prevent attacks.\n(2) Uveitis: for patients in whom eye drops alone are not effective.\n",
           "Zorvane")
    assert [u.label for u in x.treats] == ["Gout", "Uveitis"]


def test_a_use_quotes_the_sentence_it_came_from() -> None:
    """"It is used to treat gout ... It is also used to prevent gout in people starting chemotherapy": the prevention's
    evidence is its own sentence, not the first that names gout."""
    x = _x("Usage:\nZorvane is used to treat acute gout in adults. It is also used to prevent gout in people "
           "starting chemotherapy.\n", "Zorvane")
    prevention = [u for u in x.treats if u.qualifier == "prevention"]
    assert prevention and prevention[0].evidence.sentence.startswith("It is also used to prevent gout")


def test_an_umbrella_before_its_kinds_each_named_by_its_word() -> None:
    """"used to improve blood sugar control in people with diabetes mellitus. It is used for type 1 diabetes ... and
    for type 2 diabetes": the kinds, the umbrella a summary."""
    x = _x("Usage:\nZorvane is used to improve sugar control in people with diabetes mellitus. It is used for type 1 "
           "diabetes, where it is taken with a basal insulin, and for gestational diabetes.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Type 1 diabetes", "Gestational diabetes"]
