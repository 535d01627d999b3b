"""The twenty-fourth audit of links (2026-12-03, fourth session): the links of the blind set
``tests/fixtures/firstcontact24`` read against its link truth (its INDEX.md, "Link truth"). No wrong identifier by our
reading and no new rule or row: "Bloating" stays refused as HPO's Abdominal distention (refused-synonyms.tsv: a
feeling, not the measured distention; SIDER's Abdominal bloating is linked), and "Low blood sugar" as a use links
DOID's hypoglycemia (the truth gave HPO's, an exact name of the same thing)."""
from __future__ import annotations

from kg.link import EXACT_MATCH
from tests.test_link_audit12 import direct


def test_bloating_is_not_abdominal_distention(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", "Bloating")
    assert "HP:0003270" not in direct(outcome, EXACT_MATCH) and "umls:C1291077" in direct(outcome, EXACT_MATCH)


def test_low_blood_sugar_as_a_use(default_linker) -> None:  # type: ignore[no-untyped-def]
    assert "DOID:9993" in direct(default_linker.explain("condition", "Low blood sugar"), EXACT_MATCH)
