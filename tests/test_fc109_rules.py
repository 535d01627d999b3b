"""Rules (outside the notation readers) from the misses of firstcontact109, pinned by invented pages of other drugs
and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def test_a_new_items_it_is_the_drug_whatever_agent_the_item_before_ended_on() -> None:
    """"1. ... which is why flumazenil does not reverse its effect. 2. It also binds X": "It" is the drug the lead
    named, no longer the other agent the sentence before spoke of."""
    got = _mech(_x("## How it Works\n\nZoravir works in two ways:\n1. It blocks the KQ2 receptor. The binding site is "
                   "different from the benzodiazepine site, which is why flumazenil does not reverse its effect.\n"
                   "2. It also binds the sigma-1 receptor on nerve cells.\n"))
    assert got == {("blocks", "KQ2 receptor"), ("binds", "sigma-1 receptor")}
