"""The twenty-second audit of links (2026-12-03): the links of the blind set ``tests/fixtures/firstcontact22`` read
against its link truth (its INDEX.md, "Link truth"). No wrong identifier by our reading; judged differently and kept:
"Nerve pain" is Neuralgia (MeSH lists "Nerve Pain" among Neuralgia's entry terms; the truth chose Neuropathic pain),
"Raised blood pressure" is HPO's Increased blood pressure (the level rule), "Trouble sleeping" is Insomnia (since
firstcontact17). No lay row was needed: its other misses are names HPO gives only as BROAD or RELATED synonyms
("Rash", "Weight gain") or graded ("Severe hypertriglyceridemia")."""
from __future__ import annotations

from kg.link import EXACT_MATCH
from tests.test_link_audit12 import direct


def test_nerve_pain_is_neuralgia(default_linker) -> None:  # type: ignore[no-untyped-def]
    found = direct(default_linker.explain("side-effect", "Nerve pain"), EXACT_MATCH)
    assert "HP:0033345" in found and "mesh:D009437" in found and "HP:6000040" not in found
