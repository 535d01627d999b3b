"""Rules from the misses of firstcontact177 and firstcontact178 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-176), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _actions(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism]


def test_a_second_target_in_brackets() -> None:
    """"Gefapixant blocks P2X3 receptors (and also P2X2/3 receptors)": both blocked."""
    x = _x("## How it Works\n\nZorvane blocks 5-HT3 receptors (and also 5-HT4 receptors) in the gut.\n", "Zorvane")
    assert _actions(x) == [("blocks", "5-HT3 receptor"), ("blocks", "5-HT4 receptor")]


def test_a_cause_said_as_a_modifier_is_shared_by_the_condition_after_and() -> None:
    """"**Radiation-induced mucositis and esophagitis**": both radiation-induced."""
    x = _x("Usage:\nZorvane is used for:\n1. **Chemotherapy-induced neuropathy and myalgia** – studied off-label.\n"
           "2. Gout\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Chemotherapy-induced neuropathy", "Chemotherapy-induced myalgia", "Gout"]


def test_noticing_signs_of_an_effect_names_the_effect() -> None:
    """"get medical help right away if you faint, have a seizure or notice signs of mania such as racing thoughts":
    mania an effect, racing thoughts a sign, no effect "Notice signs of mania"."""
    x = _x("## Side Effects\n\n- Headache\n\nGet medical help right away if you faint or notice signs of pancreatitis "
           "such as severe belly pain.\n", "Zorvane")
    assert [e.label for e in x.side_effects] == ["Headache", "Pancreatitis"]


def test_a_state_of_the_people_a_drug_suits_is_no_effect_of_it() -> None:
    """"it may be safer than older fibrates in people with reduced kidney function": no "decreases kidney function"."""
    x = _x("## How it Works\n\nZorvane activates PPAR-alpha. It may be safer than older fibrates in people with "
           "impaired liver function or reduced kidney function.\n", "Zorvane")
    assert _actions(x) == [("activates", "PPAR-alpha")]


def test_the_time_to_an_event_cut_short_is_no_thing() -> None:
    """"dapoxetine increased the time to ejaculation about two to three times": no "increases time"."""
    x = _x("## How it Works\n\nZorvane blocks SERT. In trials, zorvane increased the time to sleep onset about two "
           "times compared with placebo.\n", "Zorvane")
    assert _actions(x) == [("blocks", "SERT")]
