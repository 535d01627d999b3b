"""Rules from the misses of firstcontact224 and firstcontact225 (delivery, dining, video and voice assistants),
pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc218_rules import _uses


def _effects(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    x = _x(f"## Side Effects\n\n{text}\n\n## How it Works\n\nIt blocks XO.\n", "Zorvane")
    return [(e.label, e.category) for e in x.side_effects], [s.label for s in x.serious_signs]


def test_what_the_care_team_checks_is_no_effect() -> None:
    assert _effects("**Serious**\n- Liver injury\n\nNurses usually check liver tests and blood counts each month.")[0] \
        == [("Liver injury", "Serious")]


def test_a_childs_signs_after_if() -> None:
    assert _effects("- Rash\n\nCall the clinic right away if your child vomits blood or has a stiff neck.")[1] == [
        "vomiting blood", "stiff neck"]


def test_how_people_take_to_effects_is_no_effect() -> None:
    assert _effects("**Common**\n- Hair loss\n\nMost people find the hair loss the hardest part, and some stop for a "
                    "while.")[0] == [("Hair loss", "Common")]


def test_the_serious_ones_named_as_the_group() -> None:
    assert _effects("The most important side effects are the serious ones, and they are why doctors check levels. "
                    "These include hearing loss and kidney damage.")[0] == [("Hearing loss", "Serious"),
                                                                      ("Kidney damage", "Serious")]


def _mech(text: str) -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\nIt is used for gliomas.\n\n## How it Works\n\n{text}\n", "Zorvane")
    return [(m.relation, m.target) for m in x.mechanism]


def test_a_second_verb_is_no_thing_triggered() -> None:
    assert ("triggers", "triggers apoptosis in tumour cells") not in _mech(
        "- It cross-links DNA strands.\n- This leads to DNA breaks and triggers apoptosis (cell suicide) in tumour "
        "cells.")


def test_what_a_named_use_is_said_after_it_is_no_use() -> None:
    assert _uses("It is used for:\n\n1. Brucellosis, also called Malta fever, a bacterial infection. It is given for "
                 "six weeks.") == ["Brucellosis"]


def test_the_diet_and_exercise_a_use_goes_with() -> None:
    assert _uses("Zorvane is used to treat hypertriglyceridemia alongside a low-fat diet and exercise.") == [
        "Hypertriglyceridemia"]


def _brands(gen: str) -> list[str]:
    x = _x(f"## Generic Name\n\n{gen}\n\n## Usage\n\nIt is used for gout.\n", "Zorvane")
    return [b.label for b in x.brand_names]


def test_brand_names_you_might_hear() -> None:
    assert _brands("Zorvane, usually given as zorvane sulfate. Brand names you might hear include Korvia and "
                   "Zentrex.") == ["Korvia", "Zentrex"]
