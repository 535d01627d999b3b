"""Set 98's misses (invented pages of other drugs and other words): a brand once sold, and a sentence that says a card
lists the warning signs, naming none."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_brand_once_sold_is_a_brand() -> None:
    x = _x("## Generic Name\n\nZoravir\n\nBrand names: Zorex (UK); formerly Zoramed in the US.\n\n## Usage\n\n"
           "It treats chronic gout.\n")
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed"]
    x = _x("**Generic Name:** Zoravir\n**Brand:** Zorex, previously sold as Zoramed\n\n## Usage\n\nIt treats gout.\n")
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed"]


def test_a_card_listing_the_warning_signs_names_no_sign() -> None:
    x = _x("## Usage\n\nIt treats chronic gout.\n\n## Side Effects\n\n- Rash\n\nYou will be given an alert card "
           "listing the symptoms that need urgent care. Fainting or chest pain needs emergency care.\n")
    assert [s.label for s in x.serious_signs] == ["Fainting or chest pain"]


def test_a_share_of_people_labels_a_group() -> None:
    """"**Some people:** a, b" is a group, as "**Common:**" is (it had been read as an effect "Some people"); under a
    heading that names the group, a cell or tag "most patients" says how often and the heading stays the group."""
    x = _x("## Usage\n\nIt treats chronic gout.\n\n## Side Effects\n\n**Most people:** flushing, headache\n"
           "**Some people:** cough, nausea, a slow heartbeat\n**Rarely:** gum ulcers\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Flushing", "Most people"), ("Headache", "Most people"), ("Cough", "Some people"), ("Nausea", "Some people"),
        ("Slow heartbeat", "Some people"), ("Gum ulcers", "Rarely")]
    x = _x("## Usage\n\nIt treats chronic gout.\n\n## Side Effects\n\n### Common\n\n- Orange urine (most patients)\n"
           "- Cough (about 1 in 5)\n")
    assert [(e.label, e.category) for e in x.side_effects] == [("Orange urine", "Common"), ("Cough", "Common")]
