"""Rules from the misses of firstcontact278 and firstcontact279 (airline assistants), pinned by invented pages of other
drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _mech, _page


def test_how_well_it_binds_is_no_part_of_the_target() -> None:
    assert _mech("Zorvane **blocks the CCR4 receptor** with high affinity and for a long time, so CCL17 can no "
                 "longer hold the cells in place.") == [("blocks", "CCR4 receptor")]


def test_brands_in_several_named_countries_and_a_preservative_free_one() -> None:
    x = _page(gen="**Zorvane**\n\nIt is sold in several Nordic countries as Allerzor and as the preservative-free "
                  "Allerzor Mono.")
    assert [b.label for b in x.brand_names] == ["Allerzor", "Allerzor Mono"]


def test_an_is_of_a_clause_about_something_else_gives_no_class() -> None:
    x = _page(gen="**Zorvane**\n\nIt is a prostaglandin D2 receptor antagonist.",
              usage="Zorvane is mainly used for hay fever, especially when a blocked nose is the biggest problem.")
    assert x.drug_class is not None and x.drug_class.label == "prostaglandin D2 receptor antagonist"
