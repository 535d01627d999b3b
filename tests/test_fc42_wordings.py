"""Wordings firstcontact42's misses showed (six blind pages of patient-facing prose), pinned on invented pages: which
product or when, before a sentence of effects ("With the tablets or liquid, common side effects include ...", "If the
tablets are taken with X, a ... called Y can happen"); "More serious problems can happen with ..." opening the
serious group; "leading to A, which can cause B and C such as D"; "..., and in people with X it has occasionally led
to Y"; "not approved in the United States" is no status; "more serious X infections"; "to reverse this X"; "recommends
X, together with Y (YS), to treat Z"; binding "A or B molecules", "Once injected, it traps ...", "binds X and locks it
in place"; "makes the cells produce more of a protein called X"; "so less X builds up"; an enzyme blocked is
inhibited."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Tolvarex"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "tolvarex.md"))


def _effects(text: str) -> list[tuple[str, str, bool]]:
    x = _x(f"**Usage:** Tolvarex treats gout.\n\n**Side Effects:** {text}\n")
    return [(e.label, e.category, e.serious) for e in x.side_effects]


def test_which_product_before_the_effects() -> None:
    assert _effects("The most common side effects of the gel are dryness and peeling. With the nasal spray, sneezing "
                    "and a runny nose are common.\n\nWith the tablets or syrup, common side effects include heartburn, "
                    "headache, and feeling shaky.") == [
        ("Dryness", "Common", False), ("Peeling", "Common", False), ("Sneezing", "Common", False),
        ("Runny nose", "Common", False), ("Heartburn", "Common", False), ("Headache", "Common", False),
        ("Feeling shaky", "Common", False)]


def test_when_before_a_serious_effect_called_by_its_name() -> None:
    assert _effects("Common side effects include nausea.\n\nSerious side effects are rare but can include severe "
                    "allergic reactions. If the tablets are taken together with colchicine, a dangerous loss of "
                    "white blood cells called agranulocytosis can happen, which can be fatal.") == [
        ("Nausea", "Common", False), ("Severe allergic reactions", "Serious", True),
        ("Agranulocytosis", "Serious", True)]


def test_a_serious_group_then_a_chain_of_consequences() -> None:
    assert _effects("Common side effects include nausea.\n\nMore serious problems can happen with long-term use of "
                    "high doses. Tolvarex can block the absorption of iron, leading to iron deficiency, which can "
                    "cause tiredness, hair loss, and heart problems such as palpitations, chest pain, and "
                    "fainting.") == [
        ("Nausea", "Common", False), ("Iron deficiency", "Serious", True), ("Tiredness", "Serious", True),
        ("Hair loss", "Serious", True), ("Heart problems", "Serious", True), ("Palpitations", "Serious", True),
        ("Chest pain", "Serious", True), ("Fainting", "Serious", True)]


def test_a_second_clause_of_what_it_led_to() -> None:
    assert _effects("Common side effects include nausea.\n\nSerious side effects are rare. Tolvarex can cause low "
                    "blood sugar in people who do not have diabetes, and in people with diabetes it has occasionally "
                    "led to diabetic coma (a loss of consciousness).") == [
        ("Nausea", "Common", False), ("Low blood sugar", "Serious", True), ("Diabetic coma", "Serious", True)]


def test_not_approved_in_a_country_is_no_status() -> None:
    x = _x("## Usage\n\nTolvarex is widely prescribed in Europe, but it is not approved in the United States. It is "
           "used for skin infections caused by bacteria.\n")
    assert x.status is None
    assert [(u.label, u.qualifier) for u in x.treats] == [("Skin infections", None)]


@pytest.mark.parametrize(("sentence", "labels"), [
    ("The tablets are used for more serious streptococcal infections, for example bone infection.",
     ["Streptococcal infections"]),
    ("Tolvarex is used to reverse this heparin overdose (excess anticoagulation) in adults, so that blood clots "
     "again.", ["Heparin overdose"]),
    ("The health agency recommends tolvarex, together with a salt solution (SS), to treat acute dehydration in "
     "children.", ["Acute dehydration"]),
])
def test_use_wordings(sentence: str, labels: list[str]) -> None:
    assert [u.label for u in _x(f"## Usage\n\n{sentence}\n").treats] == labels


@pytest.mark.parametrize(("text", "found"), [
    ("Once injected, it traps heparin or enoxaparin molecules inside its cage, forming a tight complex.",
     [("binds", "heparin"), ("binds", "enoxaparin")]),
    ("Tolvarex binds to DNA gyrase while it sits on the DNA and locks it in place, so the bacteria cannot copy their "
     "DNA.", [("inhibits", "DNA gyrase")]),
    ("Tolvarex blocks xanthine oxidase, so less uric acid builds up in the joints.",
     [("inhibits", "xanthine oxidase"), ("decreases", "uric acid")]),
    ("It makes the cells lining the gut produce more of a protein called ferritin.", [("increases", "ferritin")]),
    ("Rocuronium relaxes muscles by blocking receptors, so the nerve signal cannot make the muscle contract. "
     "Tolvarex binds rocuronium molecules.", [("binds", "rocuronium")]),
])
def test_mechanism_wordings(text: str, found: list[tuple[str, str]]) -> None:
    x = _x(f"## Usage\n\nTolvarex treats gout.\n\n## How it Works\n\n{text}\n")
    assert [(m.relation, m.target) for m in x.mechanism] == found
