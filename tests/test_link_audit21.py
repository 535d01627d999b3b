"""The twenty-first audit of links (2026-12-03): the links of the blind set ``tests/fixtures/firstcontact21`` read
against its link truth (its INDEX.md, "Link truth"). No wrong identifier by our reading; judged differently and kept:
"Increased saliva" is HPO's Excessive salivation (the lexicon's hypersalivation), not Drooling, whose synonym
Sialorrhea the truth followed; "Swelling in the legs and feet" takes the page's own gloss, Peripheral edema; "Trouble
sleeping" is Insomnia (since firstcontact17). One lay row from its unlinked names."""
from __future__ import annotations

from kg.link import EXACT_MATCH
from tests.test_link_audit12 import direct


def test_increased_saliva_is_excessive_salivation_not_drooling(default_linker) -> None:  # type: ignore[no-untyped-def]
    found = direct(default_linker.explain("side-effect", "Increased saliva"), EXACT_MATCH)
    assert "HP:0003781" in found and "HP:0002307" not in found


def test_irregular_vaginal_bleeding(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", "Irregular vaginal bleeding")
    assert "HP:0100608" in direct(outcome, EXACT_MATCH) and "lay-terms.tsv:" in outcome.via["HP:0100608"]
