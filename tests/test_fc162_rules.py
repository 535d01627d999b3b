"""Rules from the misses of firstcontact162 (ordinary answers of six models not imitated before, measured after the
rules from sets 140-154 and the first from 155-161), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_activation_of_the_bound_receptor() -> None:
    """"X binds to the natriuretic peptide receptor-A ... Activation of this receptor raises cGMP": activated."""
    x = _x("## How it Works\n\nZorvane binds to the apelin receptor (APJ) on heart muscle cells. Activation of this "
           "receptor strengthens each heartbeat.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("activates", "apelin receptor")]


def test_how_often_said_of_the_effect_before_is_no_effect() -> None:
    """"• Low blood pressure (hypotension), the most frequent effect": one effect."""
    x = _x("Side Effects:\n\n• Dizziness, the most common reaction\n• Headache\n", "Zorvane")
    assert [e.label for e in x.side_effects] == ["Dizziness", "Headache"]


def test_a_list_of_feelings_closed_by_or() -> None:
    """"if you feel faint, light-headed, sweaty or confused": four signs, each felt."""
    x = _x("Side Effects:\n\n- Nausea\n\nTell the nurse at once if you feel weak, light-headed, flushed or confused "
           "during the infusion, or if you have a rash.\n", "Zorvane")
    assert [s.label for s in x.serious_signs][:4] == ["feeling weak", "feeling light-headed", "feeling flushed",
                                                      "feeling confused"]


def test_binding_well_and_a_high_affinity() -> None:
    """"It also binds well to PBP2x", "X has a high affinity for PBP2a": bound, each."""
    x = _x("## How it Works\n\nZorvane has a high affinity for PBP3. It also binds well to PBP1b.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("binds", "PBP3"), ("binds", "PBP1b")]
