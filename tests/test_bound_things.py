"""What a drug that binds, with no receptor, enzyme or channel named, holds: a small thing ("bile acids",
"phosphate") or a protein by its one-word name ("pepsin"), alone or in a list whose every member is one.
Invented pages; the rule came from firstcontact27's sucralfate ("It also binds pepsin and bile salts directly")."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _mechanism(text: str) -> list[tuple[str, str]]:
    page = (f"---\ntitle: Velbarin\n---\n\n# Velbarin\n\n## Usage\n\nVelbarin treats reflux.\n\n"
            f"## How it Works\n\n{text}\n")
    return [(m.relation, m.target) for m in extract(parse_text(page, "velbarin.md")).mechanism]


@pytest.mark.parametrize(("text", "found"), [
    ("It also binds pepsin and bile salts directly, so they do less damage to the lining.",
     [("binds", "pepsin"), ("binds", "bile salts")]),
    ("Velbarin binds calcium and phosphate in the gut.", [("binds", "calcium"), ("binds", "phosphate")]),
    ("It binds trypsin, pepsin and bile acids.", [("binds", "trypsin"), ("binds", "pepsin"), ("binds", "bile acids")]),
    # the first small thing, whatever follows it (not a list of members)
    ("Velbarin grabs the negatively charged phosphate released from food.", [("binds", "phosphate")]),
])
def test_a_list_of_small_things_or_proteins_bound_is_each_a_target(text: str, found: list[tuple[str, str]]) -> None:
    assert _mechanism(text) == found


@pytest.mark.parametrize("text", [
    "It binds protein and fat in the meal.",  # no protein's name, no small thing: nothing bound is named
    "It binds pepsin and other things in the stomach.",  # one member is no such thing: the list is not read
])
def test_a_list_with_a_member_that_is_no_named_thing_gives_none(text: str) -> None:
    assert _mechanism(text) == []
