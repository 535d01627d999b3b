"""Rules from the misses of firstcontact294 and firstcontact295 (motorcycle, bicycle, camera, gaming, printer and audio
makers' assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _page


def test_how_bad_and_what_is_watched_for_label_nested_groups() -> None:
    x = _page(effects="Reported effects include:\n\n- Usually mild\n  - Bloating\n  - Thirst\n- Requires monitoring\n"
                      "  - Low sodium")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Bloating", "Usually mild"), ("Thirst", "Usually mild"), ("Low sodium", "Requires monitoring")]
