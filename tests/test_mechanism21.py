"""How it Works sentences of ordinary pages, a second probe written before the reader saw them (2026-12-03): of ten
one- or two-sentence mechanisms for drugs no corpus has, six were read right at first; these pin the misses in
invented wordings of the same shapes."""
from __future__ import annotations

from tests.test_mechanism20 import _mech


def test_the_drug_named_by_its_class_of_target_and_role() -> None:
    assert _mech("Zoravir is an AMPA receptor antagonist.") == [("blocks", "AMPA receptor", None)]
    assert _mech("Zoravir is a selective beta-3 adrenergic receptor agonist.") == [
        ("activates", "beta-3 adrenergic receptor", None)]
    # the class's target named in full after it is one target
    assert _mech("Zoravir is a leukotriene receptor antagonist. It blocks the cysteinyl leukotriene type 2 receptor "
                 "(CysLT2) in the airways.") == [("blocks", "cysteinyl leukotriene type 2 receptor", "CysLT2")]
    assert _mech("Unlike ketamine, which is an AMPA receptor antagonist, zoravir works elsewhere.") == []


def test_a_target_then_when_it_acts() -> None:
    assert _mech("Zoravir blocks the AMPA receptor channel when it is abnormally open.") == [
        ("blocks", "AMPA receptor channel", None)]


def test_the_action_of_a_messenger_at_its_receptor() -> None:
    assert _mech("Zoravir works by blocking the action of histamine at the H4 receptor (H4R) in the gut.") == [
        ("blocks", "H4 receptor", "H4R")]


def test_numbered_members_of_one_downstream_list() -> None:
    got = _mech("Zoravir blocks vitamin K epoxide reductase (VKORC1). Without active vitamin K, the liver makes "
                "less of clotting factors II, VII, IX and X.")
    assert ("decreases", "clotting factors II, VII, IX and X", None) in got


def test_a_class_target_glossed_on_the_named_one_and_antagonising() -> None:
    assert _mech("Zoravir is a proton pump inhibitor. It irreversibly binds to the sodium-potassium ATPase (the proton "
                 "pump) in the stomach lining.") == [("inhibits", "sodium-potassium ATPase", None)]
    assert _mech("Zoravir is thought to act by antagonising serotonin 5-HT6 receptors.")[:1] == [
        ("blocks", "serotonin 5-HT6 receptor", None)]
