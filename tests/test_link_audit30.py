"""The thirtieth audit of links (2026-12-04, thirteenth session): the links of the blind sets
``tests/fixtures/firstcontact58`` to ``firstcontact61`` read against their link truths, at first contact and after the
rules written from their extraction misses. No identifier of another thing in either; the readings other sets record
(*High blood pressure* as hypertension, *Kidney problems* and *Liver problems* as DOID's kidney and liver disease)
are the only links their truths do not list. One lexicon gap: a mineral "too much" or "too little" in the blood had
rows for calcium, phosphate, potassium and sodium but not magnesium."""
from __future__ import annotations

import pytest

from kg.link import EXACT_MATCH
from tests.test_link_audit12 import direct


@pytest.mark.parametrize(("label", "curie"), [
    ("Too much magnesium", "HP:0002918"),    # Hypermagnesemia
    ("Too little magnesium", "HP:0002917"),  # Hypomagnesemia
    ("Too much calcium", "HP:0003072"),      # (the row beside it, unchanged)
])
def test_a_mineral_too_much_or_too_little(default_linker, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in direct(default_linker.explain("side-effect", label, ()), EXACT_MATCH)
