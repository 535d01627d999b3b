"""Rules from the misses of firstcontact314 and firstcontact315 (airlines' assistants) and a leftover of
firstcontact312, pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _page


def test_a_class_named_by_another_class_word_is_found_by_either() -> None:
    x = _page(how="Fungi build their membranes with enzymes called sterol-making proteins (SMPs). Zorvane binds "
                  "tightly to these proteins and inhibits them, so the membrane leaks.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "sterol-making protein")]
