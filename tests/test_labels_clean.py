"""Labels the graph holds as written, without the words around them: a dash description in a table's name cell, a
colon after "notice", who gets an effect inside a list, a group's parenthetical read as signs."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_table_name_cell_drops_its_dash_description() -> None:
    x = _x("## Side Effects\n\n| Side effect | How often | What to do |\n|---|---|---|\n"
           "| Seizures \u2013 mainly with high doses | Rare but serious | Get emergency help |")
    assert [e.label for e in x.side_effects] == ["Seizures"]


def test_a_colon_after_notice_opens_the_list_of_signs() -> None:
    x = _x("## Side Effects\n\n- Headache\n\nCall your doctor right away if you notice: twitching you cannot control; "
           "stiff muscles with a high fever.")
    assert [s.label for s in x.serious_signs] == ["twitching you cannot control", "stiff muscles with a high fever"]


def test_who_gets_an_effect_inside_a_list_is_no_part_of_its_name() -> None:
    x = _x("## Side Effects\n\nThe most common ones are nausea, tiredness and loss of appetite, and some people have "
           "vivid dreams or nightmares.")
    assert [e.label for e in x.side_effects][-1] == "Vivid dreams or nightmares"


def test_a_groups_parenthetical_over_its_list_gives_no_signs() -> None:
    x = _x("## Side Effects\n\n- **Serious** (rare, but potentially life-threatening)\n  - **Agranulocytosis** \u2014 "
           "a severe fall in white blood cells\n  - **Seizures** \u2014 fits")
    assert [e.label for e in x.side_effects] == ["Agranulocytosis", "Seizures"]
    assert x.serious_signs == []
