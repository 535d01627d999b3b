"""Wordings firstcontact44's misses showed (six blind pages of patient-facing prose), pinned on invented pages: "In
children and adults with X, common side effects also included ..."; ", both caused by ..."; "Blood tests often show
A and B"; "Headache is common too"; "X such as A, B, or C are also common, especially with Y"; "A severe allergic
reaction (anaphylaxis) can happen"; "may make it harder to get rid of worm (helminth) infections"; an active form
"changed into ... active substances called X nucleotides" acting for the drug; "the proliferation of T and B
lymphocytes" one process."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Osmarel"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "osmarel.md"))


def _effects(text: str) -> list[tuple[str, str, bool]]:
    x = _x(f"**Usage:** Osmarel treats gout.\n\n**Side Effects:** {text}\n")
    return [(e.label, e.category, e.serious) for e in x.side_effects]


@pytest.mark.parametrize(("text", "found"), [
    ("The most common one is acne. In children and adults with vitiligo, common side effects also included sore "
     "throat and hives.", [("Acne", "Common", False), ("Sore throat", "Common", False), ("Hives", "Common", False)]),
    ("The most common side effects are headache and flushing, both caused by the widening of the blood vessels. "
     "Blood tests often show low magnesium levels and a small rise in creatinine.",
     [("Headache", "Common", False), ("Flushing", "Common", False), ("Low magnesium levels", "Common", False),
      ("Small rise in creatinine", "Common", False)]),
    ("The most common side effect is tiredness. Injection site reactions such as redness, pain, or swelling are also "
     "common, especially with the pen. Nausea is common too.",
     [("Tiredness", "Common", False), ("Injection site reactions", "Common", False), ("Nausea", "Common", False)]),
    ("The most common side effect is headache.\n\nSerious side effects are uncommon. A severe allergic reaction "
     "(anaphylaxis) can happen, usually within hours of a dose. Osmarel may make it harder to get rid of fungal "
     "(yeast) infections.", [("Headache", "Common", False), ("Severe allergic reaction", "Serious", True),
                             ("Fungal infections", "Serious", True)]),
])
def test_effect_wordings(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _effects(text) == found


def test_an_active_form_and_one_process_of_two_cell_kinds() -> None:
    x = _x("## Usage\n\nOsmarel treats gout.\n\n## How it Works\n\nOsmarel is first changed into a middle form and "
           "then into active substances called thiopurine nucleotides. Immune cells need purines to multiply, so "
           "osmarel reduces the proliferation of T and B lymphocytes. The thiopurine nucleotides also block a protein "
           "called Rac2 inside T cells.\n")
    assert [(m.relation, m.target) for m in x.mechanism] == [
        ("decreases", "proliferation of T and B lymphocytes"), ("blocks", "Rac2")]


@pytest.mark.parametrize(("text", "found"), [
    ("Osmarel works by switching on a protein inside gut and immune cells called the pregnane X receptor (PXR).",
     [("activates", "pregnane X receptor")]),
    ("First, it binds to calmodulin, a protein in muscle cells that controls contraction, and makes it more sensitive "
     "to calcium.", [("activates", "calmodulin")]),
])
def test_a_receptor_switched_on_and_a_protein_made_more_sensitive(text: str, found: list[tuple[str, str]]) -> None:
    x = _x(f"## Usage\n\nOsmarel treats gout.\n\n## How it Works\n\n{text}\n")
    assert [(m.relation, m.target) for m in x.mechanism] == found


def test_what_it_rarely_causes_unlike_others_is_no_effect() -> None:
    assert _effects("Common side effects include nausea. Less often, people have a skin rash. Unlike many older "
                    "medicines, osmarel rarely causes weight gain or hair loss.") == [
        ("Nausea", "Common", False), ("Skin rash", "Less common", False)]
