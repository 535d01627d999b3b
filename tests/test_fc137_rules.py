"""Rules from what the notation readers left of firstcontact137 (six new notations), pinned by invented pages of other
drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_the_active_drug_a_prodrug_is_split_into_acts_for_it() -> None:
    """"Calvirex is a prodrug: enzymes in the gut split it into the active drug, morvanil. Morvanil blocks the H2
    receptor.": the active drug's action is the drug's."""
    x = _x("## How it Works\n\nCalvirex is a prodrug: enzymes in the gut quickly split it into the active drug, "
           "morvanil. Morvanil blocks the histamine H2 receptor.\n", "Calvirex")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("blocks", "histamine H2 receptor")]
