"""Wordings firstcontact49's misses showed (six blind pages of patient-facing prose), pinned on invented pages: "Most
people don't have side effects at the usual dose, but some notice ..."; "A small number of people, especially ...,
have X" (less common); "In children and older adults it can also cause ..."; the drug's name of two words as the
subject ("Rarely, osma peroxide can cause ..."); "Some notice ..."; "skin redness, a burning feeling and irritation
where X is applied" (a list, no apposition); "a staining of the skin, hair and nails"; "It also causes ..."; "eye
irritation if the medicine gets into the eyes, or ..." (no seek-help sentence); "the radical cure of A and B"."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Osmarel"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "osmarel.md"))


def _effects(text: str, title: str = "Osmarel") -> list[tuple[str, str, bool]]:
    x = _x(f"**Usage:** {title} treats colds.\n\n**Side Effects:** {text}\n", title)
    return [(e.label, e.category, e.serious) for e in x.side_effects]


@pytest.mark.parametrize(("text", "found"), [
    ("Most people don't have side effects at the usual dose, but some notice restlessness, headache or a dry mouth. "
     "Taking your last dose several hours before bedtime can help.\n\nA small number of people, especially older men "
     "with an enlarged prostate, have trouble passing urine. In children and older adults it can also cause anxiety "
     "and hallucinations.",
     [("Restlessness", "Common", False), ("Headache", "Common", False), ("Dry mouth", "Common", False),
      ("Trouble passing urine", "Less common", False), ("Anxiety", "Less common", False),
      ("Hallucinations", "Less common", False)]),
    ("Most people tolerate it well. Some notice burning, itching or swelling.",
     [("Burning", "Common", False), ("Itching", "Common", False), ("Swelling", "Common", False)]),
    ("The most common side effects are skin redness, a burning feeling and irritation where osmarel is applied. It "
     "also causes a temporary brownish-purple staining of the skin, hair and nails, which fades after stopping.\n\n"
     "Less often, people get a burn-like reaction with blisters, eye irritation if the medicine gets into the eyes, or "
     "an allergic skin rash (contact dermatitis).",
     [("Skin redness", "Common", False), ("Burning feeling", "Common", False),
      ("Irritation where osmarel is applied", "Common", False),
      ("Temporary brownish-purple staining", "Common", False),
      ("Burn-like reaction with blisters", "Less common", False), ("Eye irritation", "Less common", False),
      ("Allergic skin rash", "Less common", False)]),
])
def test_effect_wordings(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _effects(text) == found


def test_the_drugs_two_word_name_as_the_subject() -> None:
    assert _effects("Dryness is common. Rarely, osma peroxide can cause a serious allergic reaction or severe "
                    "irritation.", title="Osma peroxide") == [
        ("Dryness", "Common", False), ("Serious allergic reaction", "Serious", True),
        ("Severe irritation", "Serious", True)]


def test_the_radical_cure_of() -> None:
    x = _x("### Usage\n\nIts main use is the \"radical cure\" of vivax malaria and ovale malaria. The parasites can "
           "hide in the liver.\n")
    assert [u.label for u in x.treats] == ["Vivax malaria", "Ovale malaria"]


def test_a_group_named_then_listed_and_a_level_then_a_change() -> None:
    text = ("Nausea is common.\n\nIt can rarely cause the same serious reactions as sulfa drugs taken by mouth. These "
            "include liver damage and kidney problems. Other rare but serious effects include a low white blood cell "
            "count and changes in heart rhythm.")
    assert _effects(text) == [
        ("Nausea", "Common", False), ("Liver damage", "Serious", True), ("Kidney problems", "Serious", True),
        ("Low white blood cell count", "Serious", True), ("Changes in heart rhythm", "Serious", True)]
