"""Rules from the misses of firstcontact108 (ordinary answers of six models not imitated before), each pinned by
invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def test_a_finding_reported_by_studies_is_the_drugs_action() -> None:
    """"Studies have shown that zoravir blocks X channels": the finding's subject is the drug."""
    assert _mech(_x("## How it Works\n\nHow it works is not fully known. Studies have shown that zoravir blocks "
                    "acid-sensing ion channel 3 (ASIC3) channels on the nerve endings.\n")) == {
        ("blocks", "acid-sensing ion channel 3 channel")}


def test_the_signs_listed_after_a_seek_help_sentence_are_signs() -> None:
    """"If you have a severe skin reaction, stop ... and get medical help right away. Signs of a severe skin reaction
    are A, B and C.": the signs of what the sentence before sends for help about."""
    x = _x("## Side Effects\n\nCommon side effects include dryness and flaking.\n\nIf you have a severe skin reaction, "
           "stop using zoravir and get medical help right away. Signs of a severe skin reaction are blistering, "
           "peeling skin and a high fever.\n")
    signs = [s.label for s in x.serious_signs]
    assert {"blistering", "peeling skin", "high fever"} <= set(signs)
    assert [e.label for e in x.side_effects] == ["Dryness", "Flaking"]


def test_a_later_clause_with_its_own_verb_is_no_member_of_the_list() -> None:
    """"So zoravir increases platelet production and the platelet count goes up": one process, then a clause."""
    assert _mech(_x("## How it Works\n\nZoravir activates the thrombopoietin receptor. So zoravir increases platelet "
                    "maturation and the platelet count goes up.\n")) == {
        ("activates", "thrombopoietin receptor"), ("increases", "platelet maturation")}


def test_a_route_adjective_is_no_word_of_a_tablets_or_gels_name() -> None:
    """"100 mg oral tablets" is tablets, "a topical gel" a gel; "an oral solution" keeps its name (every truth)."""
    x = _x("## Generic Name\n\n**Zoravir**\n\n- **Form:** 50 mg oral capsules, an oral solution and a topical cream\n\n"
           "## Usage\n\nIt treats shingles.\n")
    assert [f.label for f in x.formulations] == ["capsules", "oral solution", "cream"]
