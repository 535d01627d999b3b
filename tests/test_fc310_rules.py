"""Rules from the misses of firstcontact310 and firstcontact311 (building-materials, construction, grain, crop-science,
consumer-goods, defence and guitar makers' assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

import pytest

from tests.test_fc234_rules import _page
from tests.test_link_coverage import exact


def test_a_class_ends_before_its_maker() -> None:
    x = _page(gen="Zorvane is an investigational oral GLP-1 receptor agonist developed by Helix Biotherapeutics for "
                  "obesity.")
    assert x.drug_class is not None and x.drug_class.label == "GLP-1 receptor agonist"


def test_serious_reactions_with_an_aside_before_their_list() -> None:
    x = _page(effects="Common side effects include bloating.\n\nSerious reactions, thankfully rare, include "
                      "pancreatitis and kidney stones.")
    assert [(e.label, e.serious) for e in x.side_effects] == [
        ("Bloating", False), ("Pancreatitis", True), ("Kidney stones", True)]


def test_a_use_renamed_after_a_comma_is_one_use_with_its_other_name() -> None:
    x = _page(usage="It is used for chronic fatigue syndrome, now called myalgic encephalomyelitis, and for "
                    "fibromyalgia.")
    assert [(u.label, u.synonyms) for u in x.treats] == [
        ("Chronic fatigue syndrome", ["myalgic encephalomyelitis"]), ("Fibromyalgia", [])]


@pytest.mark.parametrize(("label", "curie"), [("Wind", "HP:0033589"), ("Deepening of the voice", "HP:0010300")])
def test_british_and_everyday_words_of_the_lay_terms(default_linker, label: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in exact(default_linker.explain("side-effect", label, (), None))


def test_asides_of_a_listed_use_are_no_uses() -> None:
    x = _page(usage="It is used for:\n\n- Chronic migraine, its first approved use\n- Cluster headache, again mostly "
                    "in Germany, although rarely now\n- River blindness, the form found in East Africa, in both the "
                    "early stage and the late stage\n- Shingles pain alongside standard antiviral treatment")
    assert [u.label for u in x.treats] == ["Chronic migraine", "Cluster headache", "River blindness", "Shingles pain"]


def test_where_in_the_body_before_a_lists_colon_and_what_a_use_is_given_alongside() -> None:
    x = _page(effects="The most common side effects of Zorvane are gut-related: bloating, wind and loose stools.")
    assert [e.label for e in x.side_effects] == ["Bloating", "Wind", "Loose stools"]
    y = _page(usage="Its main approved use is insomnia, where it is prescribed for short courses, sometimes alongside "
                    "sleep hygiene advice.")
    assert [u.label for u in y.treats] == ["Insomnia"]
