"""Mechanism wordings of firstcontact12 (measured blind once, mechanism 0.701; these rules came after)."""
from __future__ import annotations

import pytest

from tests.test_extract_layouts5 import _x
from tests.test_layouts_fc8 import _mech


def _how(text: str):  # type: ignore[no-untyped-def]
    return _x(f"**How it Works:**\n{text}\n\n**Side Effects:**\n- Headache\n")


# --- the drug's name opens the clause, the cue is its second verb -------------------------------------------


@pytest.mark.parametrize(("how_it_works", "found"), [
    ("Zoravir triphosphate competes with the natural building block deoxyguanosine triphosphate (dGTP) and "
     "inhibits the hepatitis B virus DNA polymerase (HBV polymerase) at all three of its steps.",
     ("inhibits", "hepatitis B virus DNA polymerase", "asserted")),
    ("Zoravir competes with the natural hormone angiotensin II and blocks the angiotensin II type 1 (AT1) receptor.",
     ("blocks", "angiotensin II type 1 receptor", "asserted")),
    ("Zoravir resembles the endogenous transmitter GABA and activates GABA-B receptors in the spinal cord.",
     ("activates", "GABA-B receptor", "asserted")),
])
def test_a_natural_ligand_inside_the_drugs_first_verb_is_not_the_subject_of_its_second(
        how_it_works: str, found: tuple[str, str, str]) -> None:
    assert found in _mech(_how(how_it_works))


def test_the_active_forms_second_verb_is_read_in_a_table_cell_of_glyph_items() -> None:
    x = _x("| Section | Details |\n| --- | --- |\n| **Generic Name** | Zoravir |\n"
           "| **Usage** | Used to treat chronic hepatitis B. |\n"
           "| **How it Works** | \u25aa Zoravir is a nucleoside analogue. Inside liver cells, kinases convert it into "
           "its active form, zoravir triphosphate.<br>\u25aa Zoravir triphosphate competes with the natural building "
           "block dGTP and inhibits the hepatitis B virus DNA polymerase (HBV polymerase).<br>\u25aa This blocks HBV "
           "DNA synthesis. |\n| **FAQs** | **Can I stop?** No. |\n")
    assert {(m.relation, m.target, m.symbol) for m in x.mechanism} == {
        ("inhibits", "hepatitis B virus DNA polymerase", "HBV polymerase"),
        ("decreases", "HBV DNA synthesis", None)}


@pytest.mark.parametrize("how_it_works", [
    "Natural dGTP competes with zoravir and inhibits the viral DNA polymerase.",
    "Zoravir mimics the natural hormone, which binds and activates the estrogen receptor.",
    "Zoravir looks like the natural transmitter that activates GABA-B receptors.",
])
def test_a_natural_ligands_own_verb_is_still_not_the_drugs(how_it_works: str) -> None:
    assert _mech(_how(how_it_works)) == set()


# --- a process named by a compound noun ------------------------------------------------------------------------


@pytest.mark.parametrize(("how_it_works", "found"), [
    ("Zoravir binds the viral polymerase. This blocks HBV DNA synthesis.", "HBV DNA synthesis"),
    ("Zoravir binds the viral polymerase and stops viral replication.", "viral replication"),
    ("Zoravir binds the 30S subunit and inhibits bacterial protein synthesis.", "bacterial protein synthesis"),
    ("Zoravir binds the 50S subunit, which halts protein synthesis in the bacterium.", "protein synthesis"),
])
def test_a_process_named_by_a_compound_noun_is_decreased(how_it_works: str, found: str) -> None:
    assert ("decreases", found) in {(m.relation, m.target) for m in _how(how_it_works).mechanism}


@pytest.mark.parametrize("how_it_works", [
    "Zoravir binds the viral polymerase. It does not stop DNA synthesis in human cells.",
    "Zoravir binds the viral polymerase. Unlike penicillin, which blocks cell wall synthesis, it has no effect there.",
    "Zoravir binds the viral polymerase. Stress hormones inhibit protein synthesis in muscle.",
])
def test_a_negated_or_anothers_process_is_not_decreased(how_it_works: str) -> None:
    assert not any(m.relation == "decreases" for m in _how(how_it_works).mechanism)
