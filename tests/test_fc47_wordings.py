"""Wordings firstcontact47's misses showed (six blind pages in less common layouts), pinned on invented pages: a
lead-in "It is sold under two brand names:" over items labelled by the brands, whose bold words are the uses; a
"Topical use:" label over a sentence; "These infections are usually caused by ..." as an item; "(given intrathecally)"
no other name; "used together with rest, physical therapy, and other measures to relieve X"; "the muscle spasms it
causes"; "A histamine analogue (structurally similar to histamine) used to treat ..."; "a weak agonist at A, ..., and
a strong antagonist at B"; ", the most important risk," after an effect; a seek-help list that ends with its
sentence."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Osmarel"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "osmarel.md"))


def _uses(usage: str) -> list[tuple[str, str | None, str | None]]:
    return [(u.label, u.abbreviation, u.qualifier) for u in _x(f"## Usage\n\n{usage}\n").treats]


def test_items_labelled_by_the_brands_a_lead_in_names() -> None:
    x = _x("## Usage\n\nOsmarel is a once-weekly injection. It is sold under two brand names:\n\n"
           "*   **Osmajaro:** Approved for adults with **type 2 diabetes**, along with diet and exercise.\n"
           "*   **Osmabound:** Approved for chronic weight management in adults with **obesity** (a BMI of 30 or "
           "higher). Osmabound is also approved to treat **obstructive sleep apnea (OSA)**.\n")
    assert [b.label for b in x.brand_names] == ["Osmajaro", "Osmabound"]
    assert [(u.label, u.abbreviation) for u in x.treats] == [
        ("Type 2 diabetes", None), ("Obesity", None), ("Obstructive sleep apnea", "OSA")]


@pytest.mark.parametrize(("usage", "uses"), [
    ("- Main uses of the injection:\n  - Bloodstream infections (bacteremia)\n  - Meningitis (given intrathecally)\n"
     "- These infections are usually caused by resistant bacteria such as Pseudomonas aeruginosa.\n"
     "- Topical use: it is mixed into creams by pharmacists as a base.\n",
     [("Bloodstream infections", None, None), ("Meningitis", None, None)]),
    ("Osmarel is used together with rest, physical therapy, and other measures to relieve muscle spasms and "
     "musculoskeletal pain caused by strains. The injectable form may also be used as an add-on treatment for "
     "tetanus (lockjaw) to help control the muscle spasms it causes.",
     [("Muscle spasms", None, None), ("Musculoskeletal pain", None, None), ("Tetanus", None, None)]),
])
def test_use_wordings(usage: str, uses: list[tuple[str, str | None, str | None]]) -> None:
    assert _uses(usage) == uses


def test_meningitis_given_intrathecally_has_no_other_name() -> None:
    x = _x("## Usage\n\n- Meningitis (given intrathecally)\n- Pneumonia\n")
    assert [(u.label, u.synonyms) for u in x.treats] == [("Meningitis", []), ("Pneumonia", [])]


def test_a_class_glossed_before_what_it_is_used_for() -> None:
    x = _x("**Usage:** A histamine analogue (structurally similar to histamine) used to treat Meniere's disease.\n")
    assert x.drug_class is not None and x.drug_class.label == "histamine analogue"


def test_a_second_role_after_the_same_is() -> None:
    x = _x("## Usage\n\nOsmarel treats vertigo.\n\n## How it Works\n\nOsmarel is a weak agonist at histamine H1 "
           "receptors on blood vessels of the inner ear, causing vasodilation, and a strong antagonist at histamine H3 "
           "receptors (presynaptic autoreceptors) in the brainstem.\n")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [
        ("activates", "histamine H1 receptor"), ("blocks", "histamine H3 receptor")]


def test_a_ranking_appositive_and_a_sign_list_that_ends_with_its_sentence() -> None:
    x = _x("## Usage\n\nOsmarel treats infections.\n\n## Side Effects\n\n- **Serious side effects:**\n"
           "  - Kidney damage (nephrotoxicity), the most important risk, which is more likely with higher doses\n"
           "- Tell your nurse right away if you notice much less urine than usual, or trouble breathing. Your kidney "
           "function will be checked with blood tests.\n")
    assert [e.label for e in x.side_effects] == ["Kidney damage"]
    assert [s.label for s in x.serious_signs] == ["much less urine than usual", "trouble breathing"]


def test_a_negation_after_a_semicolon_and_an_item_that_is_a_sentence() -> None:
    x = _x("## Usage\n\n**Approved uses:**\n- **Narcolepsy** – to reduce excessive daytime sleepiness\n"
           "- **Obstructive sleep apnea (OSA)** – for sleepiness that continues despite CPAP; it does not treat the "
           "blocked airway itself, so you should keep using CPAP\n"
           "- A genetic test is needed to confirm an eligible mutation before starting treatment\n")
    assert [(u.label, u.abbreviation) for u in x.treats] == [("Narcolepsy", None), ("Obstructive sleep apnea", "OSA")]
