"""Layouts of the tenth first-contact set (tests/fixtures/firstcontact10): the markup earlier sets cover least
(HTML ``<br>`` breaks between labelled lines, italic group labels, emoji lines, tables whose columns are frequency
groups, "Indications:" comma runs, Setext FAQ questions) and the wording of precautions and interactions. Each test
is a small page of its own with other words: what the extractor must read from it, and what it must not."""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x


def test_br_breaks_labelled_lines_and_italic_group_labels() -> None:
    x = _x("**Generic Name:** Zoravir<br>**Brand Names:** Zorix, Zorimax<br>**Drug Class:** bile acid binder\n\n"
           "**Side Effects:**<br>*Common:* bloating, gas<br>*Serious:* bowel blockage; low vitamin K levels\n")
    assert x.drug.label == "Zoravir"
    assert {b.label for b in x.brand_names} == {"Zorix", "Zorimax"}
    assert _effects(x) == {"Bloating": "Common", "Gas": "Common", "Bowel blockage": "Serious",
                           "Low vitamin K levels": "Serious"}
