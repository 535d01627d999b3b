"""Rules from the misses of firstcontact288 and firstcontact289 (car, truck, toy and appliance makers' assistants),
pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _mech, _page


def test_binding_an_enzyme_then_blocking_its_reaction_inhibits_it() -> None:
    assert _mech("- It binds to **viral polymerase**, the enzyme that copies the viral RNA, and blocks the chain "
                 "elongation reaction.") == [("inhibits", "viral polymerase")]


def test_another_version_called_a_name_is_a_brand() -> None:
    x = _page(gen="**Zorvane**\n\nIt is sold under the brand name Zorex. A long-acting version is called Zorex XR. "
                  "In the US a liquid version called Zorafil is also available.")
    assert [b.label for b in x.brand_names] == ["Zorex", "Zorex XR", "Zorafil"]


def test_a_brand_sold_there() -> None:
    x = _page(gen="**Zorvane**\n\nIt was developed in Korea by a local maker and is sold there as **Zorion**; it is "
                  "also available in Vietnam.")
    assert [b.label for b in x.brand_names] == ["Zorion"]


def test_lettered_types_of_one_channel_each_blocked() -> None:
    assert _mech("Zorvane blocks P-type, Q-type and R-type calcium channels.") == [
        ("blocks", "P-type calcium channel"), ("blocks", "Q-type calcium channel"),
        ("blocks", "R-type calcium channel")]


def test_a_diagnostic_use_is_the_condition_it_helps_find() -> None:
    assert _uses("Zorvane is used for:\n\n1. Diagnosis of acromegaly (too much growth hormone) - the test shows how "
                 "the pituitary responds.\n2. Diagnosis of growth hormone deficiency in borderline cases, where a flat "
                 "response supports it.") == ["Acromegaly", "Growth hormone deficiency"]


def test_what_a_diagnostic_agent_is_not_is_no_part_of_its_class() -> None:
    x = _page(usage="Zorvane is a synthetic copy of a hormone made by the hypothalamus. It is a diagnostic agent "
                    "rather than a regular treatment. It is used for acromegaly.")
    assert x.drug_class is not None and x.drug_class.label == "diagnostic agent"


def test_what_someone_taking_it_shows_are_signs() -> None:
    x = _page(effects="- Headache\n\nCall emergency services if someone using it shows signs of poisoning: a slow "
                      "heartbeat, cold skin or fainting.")
    assert [s.label for s in x.serious_signs] == ["slow heartbeat", "cold skin", "fainting"]


def test_a_programme_named_before_treatment_of_is_no_use() -> None:
    assert _uses("In some countries it is also used for nurse-led treatment of severe alcohol dependence "
                 "(alcoholism), for people who have not done well on other medicines.") == ["Alcohol dependence"]
