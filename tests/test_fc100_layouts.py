"""Set 100's misses (invented pages of other drugs and other words)."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_brand_sold_in_a_named_country() -> None:
    x = _x("## Generic Name\n\nZoravir is sold as Zorex in the UK and as Zoramed in Germany, and it comes as 5 mg "
           "tablets.\n\n## Usage\n\nIt treats chronic gout.\n")
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed"]


def test_an_opening_that_says_what_it_is_used_for_is_a_summary_of_its_kinds_below() -> None:
    """"Zoravir is used to treat gout (...) in adults." over bullets that name kinds of gout: the opening is their
    summary, no use of its own (as when it says what class the drug is); a use the bullets do not name stays."""
    x = _x("## Usage\n\nZoravir is used to treat gout (painful crystals in the joints) in adults.\n\n"
           "* **Chronic tophaceous gout:** when other medicines fail.\n* **Gout flares after surgery:** off-label.\n\n"
           "## Side Effects\n\n- Rash\n")
    assert [u.label for u in x.treats] == ["Chronic tophaceous gout", "Gout flares after surgery"]
    x = _x("## Usage\n\nZoravir is used to treat gout in adults.\n\n* **Kidney stones:** to prevent new ones.\n\n"
           "## Side Effects\n\n- Rash\n")
    assert [u.label for u in x.treats] == ["Gout", "Kidney stones"]
