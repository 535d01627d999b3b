"""Rules from the misses of firstcontact228 and firstcontact229 (planner, slide and workspace assistants), pinned by
invented pages of other drugs and other words."""
from __future__ import annotations

from kg.sections import section_kind
from tests.test_extract_layouts5 import _x
from tests.test_fc218_rules import _uses


def test_a_slide_numbered_heading_names_its_section() -> None:
    assert section_kind("Slide 1: Generic Name") == "identity"
    assert section_kind("Slide 4: How it Works") == "mechanism"
    assert section_kind("Chapter 2 - Usage") == "uses"


def _names(gen: str) -> list[str]:
    x = _x(f"## Generic Name\n\n{gen}\n\n## Usage\n\nIt is used for gout.\n", "Zorvane")
    return [s.label for s in x.drug.synonyms]


def test_a_name_said_for_its_spelling() -> None:
    assert _names("Zorvane (zorvaine in British spelling). It is a tablet.") == ["zorvaine"]


def _effects(text: str) -> list[tuple[str, str | None]]:
    x = _x(f"## Side Effects\n\n{text}\n\n## How it Works\n\nIt blocks XO.\n", "Zorvane")
    return [(e.label, e.category) for e in x.side_effects]


def test_what_the_team_does_to_the_infusion_is_no_effect() -> None:
    assert _effects("**Serious**\n- Bleeding\n\nInfusions are held or stopped if major bleeding occurs.") == [
        ("Bleeding", "Serious")]


def test_a_body_system_table_row() -> None:
    assert _effects("| Category | Side effects |\n| --- | --- |\n| Energy and sleep | Tiredness, vivid dreams |") == [
        ("Tiredness", "Energy and sleep"), ("Vivid dreams", "Energy and sleep")]


def test_what_a_use_is_said_after_it_and_the_effects_of_it() -> None:
    assert _uses("Zorvane is used mainly to control the effects of carcinoid syndrome, a rare tumor of the gut that "
                 "releases serotonin.") == ["Carcinoid syndrome"]
    assert _uses("It is used for:\n\n- Periodic paralysis\n- Episodic ataxias, rare inherited disorders that cause "
                 "bouts of unsteadiness") == ["Periodic paralysis", "Episodic ataxias"]


def test_a_moment_just_before_is_no_part_of_the_object() -> None:
    assert _uses("Zorvane is used to clear donor antibodies just before a heart transplant.") == ["Donor antibodies"]
