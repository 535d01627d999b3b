"""Rules from the misses of firstcontact254 and firstcontact255 (sales-prospecting, customer-support, calendar, email
and writing assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _mech, _page


def test_a_receptor_chain_by_its_greek_lettered_symbol_and_the_antibody_as_the_drug() -> None:
    assert _mech("Zorvane is a monoclonal antibody.\n\n1. The antibody binds to IL-7Rα and blocks IL-7 from signaling "
                 "through it.") == [("blocks", "IL-7Rα")]


def test_an_old_name_said_historically() -> None:
    x = _page(gen="**Zorvane** (historically known as **zorvanum**)")
    assert [s.label for s in x.drug.synonyms] == ["zorvanum"]


def test_an_action_item_label_is_no_effect() -> None:
    x = _page(effects="**Serious side effects:**\n- Vein irritation\n\n**Action item:** Tell the care team right away "
                      "if the patient has a rash or trouble breathing.")
    assert [e.label for e in x.side_effects] == ["Vein irritation"]
    assert [s.label for s in x.serious_signs] == ["rash or trouble breathing"]  # (two, one sign)
