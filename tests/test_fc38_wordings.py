"""Wordings firstcontact38's misses showed (six blind pages of patient-facing prose), pinned on invented pages: a
protein the section introduces "called X" and then a kind or a form of it as the target, "binds mainly to", "the
enzyme that makes it, X", "works like the hormone by activating ..."; an effect with its examples as an aside that
"can occur", "X is the main serious side effect. It can lead to A and low levels of B, such as C", "X can show up as A
and as B", "no symptoms" as no effect, a danger said after the effects, a warning by an effect's abbreviation; "type 1
and type 2 diabetes"; a use denied "as a weight-loss medicine"; "different conditions"; "two brand names, X and Y"."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extractors.prose_uses import prose_uses
from kg.parse import parse_text


def _x(body: str, title: str = "Velquorin"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "velquorin.md"))


@pytest.mark.parametrize(("text", "found"), [
    ("In Alzheimer's disease, a protein called amyloid beta sticks together into clumps called protofibrils. Velquorin "
     "binds mainly to amyloid beta protofibrils and also to plaques.", [("binds", "amyloid beta protofibrils")]),
    ("Heart muscle contracts when tiny motor proteins called myosin grab onto another protein, actin, and pull. "
     "Velquorin binds to cardiac myosin and inhibits it. It acts directly on the proteins that make the muscle "
     "contract.", [("inhibits", "cardiac myosin")]),
    ("Velquorin inhibits the enzyme that makes it, 1,3-beta-D-glucan synthase.",
     [("inhibits", "1,3-beta-D-glucan synthase")]),
    ("Velquorin works like amylin by activating amylin receptors in the brain.", [("activates", "amylin receptor")]),
    ("Velquorin attaches to and inactivates the bacterial enzymes that cross-link the strands, called "
     "penicillin-binding proteins (PBPs).", [("inhibits", "penicillin-binding protein")]),
])
def test_targets_named_through_what_the_section_called_them(text: str, found: list[tuple[str, str]]) -> None:
    x = _x(f"## Usage\n\nVelquorin treats diabetes.\n\n## How it Works\n\n{text}\n")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == found


def _effects(text: str) -> list[tuple[str, str, bool]]:
    x = _x(f"**Usage:** Velquorin treats gout.\n\n**Side Effects:** {text}\n")
    return [(e.label, e.category, e.serious) for e in x.side_effects]


def test_an_effect_whose_examples_are_an_aside() -> None:
    assert _effects("The most common side effects are sore throat and back pain. Injection site reactions, such as "
                    "redness, swelling, or itching, can occur but are usually mild. Serious allergic reactions, "
                    "including anaphylaxis, are rare but can happen, sometimes hours after the injection.") == [
        ("Sore throat", "Common", False), ("Back pain", "Common", False), ("Injection site reactions", "Common", False),
        ("Serious allergic reactions", "Serious", True), ("Anaphylaxis", "Serious", True)]


def test_the_main_serious_effect_and_what_it_leads_to() -> None:
    assert _effects("The most common side effect is diarrhea. Severe diarrhea is the main serious side effect. It can "
                    "lead to dehydration and low levels of salts in the blood, such as low potassium.") == [
        ("Diarrhea", "Common", False), ("Severe diarrhea", "Serious", True), ("Dehydration", "Serious", True),
        ("Low levels of salts in the blood", "Serious", True), ("Low potassium", "Serious", True)]


def test_how_an_effect_shows_no_symptoms_and_a_danger_said_after() -> None:
    assert _effects("The most common side effect is headache. The most important risk is **amyloid-related "
                    "imaging abnormalities (ARIA)**. ARIA can show up as brain swelling (ARIA-E) and as tiny bleeds in "
                    "the brain (ARIA-H). Most cases cause no symptoms, but some can be serious. Rarely, larger bleeds "
                    "in the brain can happen, and these can be life-threatening. Velquorin carries a boxed warning "
                    "about ARIA.") == [
        ("Headache", "Common", False), ("Amyloid-related imaging abnormalities", "Common", False),
        ("Brain swelling", "Common", False), ("Tiny bleeds in the brain", "Common", False),
        ("Larger bleeds in the brain", "Serious", True)]


def test_two_types_of_one_disease_a_use_denied_and_no_condition_named() -> None:
    assert [u.label for u in prose_uses("It is used to treat type 1 and type 2 diabetes in adults.")] == [
        "Type 1 diabetes", "Type 2 diabetes"]
    assert prose_uses("It is sold under two brand names, which are used for different conditions.") == []
    x = _x("**Usage:** Velquorin is used to treat type 2 diabetes. It is not approved as a weight-loss medicine. It is "
           "sold under two brand names, **Velqa** and **Quorix**, which are used for different conditions.\n")
    assert x.status is None
    assert [u.label for u in x.treats] == ["Type 2 diabetes"]
    assert [b.label for b in x.brand_names] == ["Velqa", "Quorix"]


def test_an_effect_that_has_also_been_reported() -> None:
    assert _effects("The most common side effect is diarrhea. Less often, people notice loud stomach noises. Rectal "
                    "bleeding has also been reported, but it is uncommon.") == [
        ("Diarrhea", "Common", False), ("Loud stomach noises", "Less common", False),
        ("Rectal bleeding", "Less common", False)]
