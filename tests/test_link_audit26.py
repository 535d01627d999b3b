"""The twenty-sixth audit of links (2026-12-03, fourth session): the links of the blind set
``tests/fixtures/firstcontact26`` read against its link truth (its INDEX.md, "Link truth"). No wrong identifier by our
reading and no new rule or row. Judged differently and kept: "Trouble sleeping" is Insomnia (since firstcontact17;
the truth followed HPO's EXACT layperson synonym of Sleep abnormality); "Low white blood cell count and anemia" is a
listing label (each part linked as narrower), where the truth split it."""
from __future__ import annotations

from kg.link import EXACT_MATCH, NARROW_MATCH
from tests.test_link_audit12 import direct


def test_trouble_sleeping_stays_insomnia(default_linker) -> None:  # type: ignore[no-untyped-def]
    found = direct(default_linker.explain("side-effect", "Trouble sleeping"), EXACT_MATCH)
    assert "HP:0100785" in found and "HP:0002360" not in found


def test_a_listing_label_links_its_parts(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", "Low white blood cell count and anemia")
    assert not direct(outcome, EXACT_MATCH) and {"HP:0001882", "HP:0001903"} <= direct(outcome, NARROW_MATCH)
