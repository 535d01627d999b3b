"""Rules from the misses of firstcontact276 and firstcontact277 (hotel-chain and rail assistants), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _page


def test_a_brand_said_as_its_shortening_and_a_long_names_class() -> None:
    x = _x("**Generic Name**\n\nViperidae polyvalent immune fab (often shortened to ViperFab, its brand name) is an "
           "antivenom. It is supplied as a powder.\n\n**Usage**\n\nIt is used for adder bites.\n",
           "Viperidae Polyvalent Immune Fab")
    assert [b.label for b in x.brand_names] == ["ViperFab"]
    assert x.drug.synonyms == []
    assert x.drug_class is not None and x.drug_class.label == "antivenom"


def test_how_a_use_was_diagnosed_is_no_part_of_it() -> None:
    assert _uses("Zorvane is approved for adults with a confirmed diagnosis of Pompe disease, a rare inherited "
                 "condition.") == ["Pompe disease"]


def test_whom_by_age_is_no_use() -> None:
    assert _uses("It is used for:\n\n- **Gaucher disease** in people 12 years and older\n- **Children aged 2 to 11** "
                 "with the disease – being studied") == ["Gaucher disease"]


def test_what_it_is_said_after_the_names_sentence() -> None:
    x = _page(gen="Zorvane (also called zorvanol), taken by mouth as an oral solution. It is an osmotic agent. The "
                  "best-known brand was Osmozor.")
    assert x.drug_class is not None and x.drug_class.label == "osmotic agent"
