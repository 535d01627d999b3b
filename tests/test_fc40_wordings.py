"""Wordings firstcontact40's misses showed (six blind pages of patient-facing prose), pinned on invented pages: a
channel's symbol with a decimal ("NaV1.7", "Kv7.2") as a target and in a class, "a part of the channel" said of the
channel named before, "acute" kept in a name unless it grades an attack; a product as the subject of a use ("The ear
drops are used to soften and remove X", "to clean and help heal X") and of an effect ("The oral liquid often causes
X"); the drug named with a salt before its purpose ("prescribe X citrate to treat Y", "use X on its own to fight Y");
"Serious problems are rare but include A if ..., and B"; "Long-term overuse can cause X"; "It can cause A and may
increase the risk of B"; "needing to pee more often"; "has been linked to a rare but serious bowel problem called X"."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Dravomet"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "dravomet.md"))


@pytest.mark.parametrize(("text", "found"), [
    ("Nerves that carry itch use a potassium channel called Kv7.2. Dravomet opens Kv7.2 by fitting into a pocket of "
     "the channel near its gate.", [("opens", "Kv7.2")]),
    ("Dravomet blocks NaV1.7 in sensory nerves.", [("blocks", "NaV1.7")]),
    ("Dravomet blocks NaV1.7 by attaching to a part of the channel that keeps it shut.", [("blocks", "NaV1.7")]),
])
def test_a_symbol_with_a_decimal_is_one_target(text: str, found: list[tuple[str, str]]) -> None:
    x = _x(f"## Usage\n\nDravomet treats gout.\n\n## How it Works\n\n{text}\n")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == found


def test_a_class_with_a_decimal_symbol_is_whole() -> None:
    x = _x("## Usage\n\nDravomet is a selective Kv7.2 potassium channel opener, the first of its kind. It is used to "
           "treat chronic itch.\n")
    assert x.drug_class is not None and x.drug_class.label == "selective Kv7.2 potassium channel opener"


@pytest.mark.parametrize(("sentence", "label"), [
    ("Dravomet is used to treat moderate to severe acute pain in adults.", "Acute pain"),
    ("Dravomet is used in the emergency room for acute asthma.", "Acute asthma"),
    ("Dravomet is used to treat acute cluster headache attacks.", "Cluster headache attacks"),
])
def test_acute_is_kept_in_a_name_and_dropped_before_attacks(sentence: str, label: str) -> None:
    x = _x(f"## Usage\n\n{sentence}\n")
    assert [u.label for u in x.treats] == [label]


@pytest.mark.parametrize(("sentence", "labels"), [
    ("The nasal drops are used to soften and remove crusting in the nose (nasal crusts).", ["Crusting in the nose"]),
    ("The gel is used to clean and help heal mouth ulcers and minor gum infections.",
     ["Mouth ulcers", "Gum infections"]),
    ("Dravomet is used to help heal pressure sores.", ["Pressure sores"]),
    ("Most people use dravomet on its own to fight tiredness and poor focus.", ["Tiredness", "Poor focus"]),
    ("In hospitals, doctors prescribe dravomet sodium to treat infant colic.", ["Infant colic"]),
])
def test_uses_with_a_product_or_the_drug_named_before_the_purpose(sentence: str, labels: list[str]) -> None:
    x = _x(f"## Usage\n\n{sentence}\n")
    assert [u.label for u in x.treats] == labels


@pytest.mark.parametrize("sentence", [
    "Dravomet is used to remove it faster from the body.",
    "Dravomet helps the immune system fight infections.",
])
def test_remove_and_fight_name_no_use_without_a_condition(sentence: str) -> None:
    assert [u.label for u in _x(f"## Usage\n\nDravomet treats gout. {sentence}\n").treats] == ["Gout"]


def _effects(text: str) -> list[tuple[str, str, bool]]:
    x = _x(f"**Usage:** Dravomet treats gout.\n\n**Side Effects:** {text}\n")
    return [(e.label, e.category, e.serious) for e in x.side_effects]


def test_a_product_causes_an_effect() -> None:
    assert _effects("Common side effects of the spray are a runny nose. The oral solution often causes a chalky "
                    "taste.") == [("Runny nose", "Common", False), ("Chalky taste", "Common", False)]


def test_serious_problems_include_a_condition_then_the_next_member() -> None:
    assert _effects("Common side effects include headache.\n\nSerious problems are rare but include a torn "
                    "eardrum if the tip is pushed in too far when the ear is blocked, and severe allergic "
                    "reactions.") == [("Headache", "Common", False), ("Torn eardrum", "Serious", True),
                                      ("Severe allergic reactions", "Serious", True)]


@pytest.mark.parametrize(("sentence", "found"), [
    ("Long-term overuse on the skin can cause thinning of the skin.", [("Thinning of the skin", "Common", False)]),
    ("It can cause low magnesium levels and may increase the risk of kidney stones.",
     [("Low magnesium levels", "Common", False), ("Kidney stones", "Common", False)]),
])
def test_what_use_can_cause(sentence: str, found: list[tuple[str, str, bool]]) -> None:
    assert _effects(f"Common side effects include headache. {sentence}") == [("Headache", "Common", False), *found]


def test_more_often_belongs_to_the_effect_and_less_often_opens_a_group() -> None:
    assert _effects("Common side effects include dry mouth. Some people also notice urinating more often, "
                    "irritability, or cold hands.") == [
        ("Dry mouth", "Common", False), ("Urinating more often", "Common", False),
        ("Irritability", "Common", False), ("Cold hands", "Common", False)]


def test_linked_to_a_problem_called_by_its_name() -> None:
    assert _effects("Common side effects include nausea.\n\nSerious side effects are rare. In older adults, "
                    "dravomet has been linked to a rare but serious liver problem called cholestatic hepatitis, so "
                    "blood tests are done.") == [("Nausea", "Common", False),
                                                 ("Cholestatic hepatitis", "Serious", True)]


def test_a_use_named_after_how_it_is_given_with_a_gloss() -> None:
    x = _x("## Usage\n\nIt is used as routine preventive therapy (prophylaxis) for von Willebrand disease, an "
           "inherited bleeding disorder.\n")
    assert [u.label for u in x.treats] == ["Von Willebrand disease"]


def test_coordinate_adjectives_of_onset_and_extent_are_dropped() -> None:
    x = _x("## Usage\n\nIt is used to treat acquired, situational erectile dysfunction (ED) in adult men.\n")
    assert [(u.label, u.abbreviation) for u in x.treats] == [("Erectile dysfunction", "ED")]


def test_a_use_under_another_brand_and_a_but_clause() -> None:
    x = _x("## Usage\n\nDravomet treats gout. The same medicine was also sold under the brand name Zelvo to treat "
           "stretch marks on the thighs of adult women, but Zelvo was withdrawn in 2021.\n")
    assert [u.label for u in x.treats] == ["Gout", "Stretch marks"]


@pytest.mark.parametrize(("text", "found"), [
    # the drug's two arms, each binding; the body's own clotting said first is no action of the drug
    ("In normal clotting, activated factor XI needs calcium to switch on factor IX. Dravomet has two different arms: "
     "one binds factor XIa and the other binds factor IX. By holding them together, it does the job of the missing "
     "helper, so factor IX is activated and thrombin generation and fibrin formation are restored.",
     [("binds", "factor XIa"), ("binds", "factor IX"), ("increases", "activation of factor IX"),
      ("increases", "thrombin generation"), ("increases", "fibrin formation")]),
    ("Dravomet activates orexin receptors in the brain, mainly the orexin 2 receptor (OX2R).",
     [("activates", "orexin 2 receptor")]),
    ("Dravomet is a blend of two enzymes that break down elastin, the stretchy protein in scar bands.",
     [("inhibits", "elastin")]),
])
def test_mechanism_wordings(text: str, found: list[tuple[str, str]]) -> None:
    x = _x(f"## Usage\n\nDravomet treats gout.\n\n## How it Works\n\n{text}\n")
    assert [(m.relation, m.target) for m in x.mechanism] == found


def test_the_serious_risks_happen_when_then_what_people_developed() -> None:
    assert _effects("The most common side effects are headache and bruising.\n\nThe most serious risks happen when "
                    "dravomet is combined with high doses of another clotting product. In this situation some people "
                    "developed kidney failure (KF), in which the kidneys stop filtering, and others developed serious "
                    "blood clots, including portal vein thrombosis (a clot in the liver's vein).") == [
        ("Headache", "Common", False), ("Bruising", "Common", False), ("Kidney failure", "Serious", True),
        ("Serious blood clots", "Serious", True), ("Portal vein thrombosis", "Serious", True)]


def test_examples_mid_list_and_two_effects_each_with_its_article() -> None:
    assert _effects("The most common side effect is nausea. Other common side effects are flushing, reactions where "
                    "the needle goes in such as pain, swelling, or itching, headache, and vomiting. Less often, "
                    "dravomet causes a brief rise in blood pressure and a slower pulse; both pass within hours.") == [
        ("Nausea", "Common", False), ("Flushing", "Common", False),
        ("Reactions where the needle goes in", "Common", False), ("Headache", "Common", False),
        ("Vomiting", "Common", False), ("Brief rise in blood pressure", "Less common", False),
        ("Slower pulse", "Less common", False)]


def test_the_body_makes_antibodies_against_the_drug() -> None:
    assert _effects("The most common side effects are headache and joint pain. Less often, the body makes antibodies "
                    "against dravomet, which can make it work less well.") == [
        ("Headache", "Common", False), ("Joint pain", "Common", False),
        ("Antibodies against dravomet", "Less common", False)]
