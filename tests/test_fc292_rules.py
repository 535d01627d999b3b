"""Rules from the misses of firstcontact292 and firstcontact293 (watch, phone, car, electronics, studio and fashion
assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _page


def test_a_group_with_an_aside_before_its_list() -> None:
    x = _page(effects="Common side effects, mostly from its sedating action at high doses, include drowsiness, "
                      "dizziness and dry mouth.")
    assert [(e.label, e.category) for e in x.side_effects] == [("Drowsiness", "Common"), ("Dizziness", "Common"),
                                                               ("Dry mouth", "Common")]


def test_only_the_intended_effect_names_no_side_effect() -> None:
    x = _page(effects="Most people notice only the intended effect on smell, but other side effects can occur.\n\n"
                      "Common:\n- Headache")
    assert [e.label for e in x.side_effects] == ["Headache"]


def test_a_brand_sold_in_a_country_and_some_others() -> None:
    x = _page(gen="**Zorvane**\n\nIt is sold mainly in Austria and some other European countries as **Zorelan**, in "
                  "tablets of 5 mg.")
    assert [b.label for b in x.brand_names] == ["Zorelan"]
