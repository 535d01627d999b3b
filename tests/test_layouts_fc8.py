"""Layouts of the eighth first-contact set (tests/fixtures/firstcontact8): the common layouts with the
sentences worded otherwise. Each test is a small page of its own with other words: what the extractor
must read from it, and what it must not."""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x


def test_prose_frequency_sentences_that_say_who_notices_the_effects() -> None:
    x = _x("## Side Effects\n\n"
           "Common side effects include nausea and dry skin. "
           "Less often, people notice hiccups, a short-lived flare of eczema (a rebound) or heartburn. "
           "Less commonly, some patients get gas. "
           "Serious reactions are rare, but some people develop liver injury.\n")
    assert _effects(x) == {"Nausea": "Common", "Dry skin": "Common", "Hiccups": "Less common",
                           "Short-lived flare of eczema": "Less common", "Heartburn": "Less common",
                           "Gas": "Less common", "Liver injury": "Serious"}
    assert [e.serious for e in x.side_effects][-1] is True
