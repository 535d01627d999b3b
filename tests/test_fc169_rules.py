"""Rules from the misses of firstcontact169 and firstcontact170 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-167), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _actions(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism]


def test_a_demonstrative_before_a_full_name_names_the_target() -> None:
    """"Emepronium blocks these **muscarinic acetylcholine receptors**.": the receptors named here."""
    x = _x("## How it Works\n\nZorvane blocks these **beta-adrenergic** receptors. It also blocks these alpha "
           "adrenergic receptors.\n", "Zorvane")
    assert ("blocks", "alpha adrenergic receptor") in _actions(x)


def test_what_the_bodys_own_messenger_acts_on_is_no_target() -> None:
    """"This contraction is triggered by acetylcholine acting on muscarinic receptors": acetylcholine's act."""
    x = _x("## How it Works\n\nThe gut squeezes when it is stimulated by serotonin acting on 5-HT4 receptors in its "
           "wall. Zorvane blocks 5-HT3 receptors.\n", "Zorvane")
    assert _actions(x) == [("blocks", "5-HT3 receptor")]


def test_it_after_a_sentence_that_defines_another_thing_is_that_thing() -> None:
    """"Thrombin is the key enzyme in the clotting process. It converts fibrinogen into fibrin": thrombin's work."""
    x = _x("## How it Works\n\nPlasmin is the main enzyme that dissolves clots. It converts plasminogen into plasmin "
           "on the clot surface. Zorvane blocks plasmin.\n", "Zorvane")
    assert _actions(x) == [("blocks", "plasmin")]


def test_a_whether_clause_after_the_target_is_no_part_of_it() -> None:
    """"By doing this, it inhibits thrombin whether it is free in the blood or bound to a clot": thrombin."""
    x = _x("## How it Works\n\nZorvane binds to factor Xa. In this way, it inhibits factor Xa whether it is free in "
           "the blood or bound in a clot.\n", "Zorvane")
    assert ("inhibits", "factor Xa") in _actions(x)


def test_a_carrier_acted_on_whose_reuptake_is_blocked_is_inhibited() -> None:
    """"act on the norepinephrine transporter (NET) ... This causes release ... and also blocks its reuptake"."""
    x = _x("## How it Works\n\nZorvane acts on the dopamine transporter (DAT) in the brain. This causes dopamine to "
           "leak out of nerve endings and also blocks its reuptake.\n", "Zorvane")
    assert ("inhibits", "dopamine transporter") in _actions(x)


def _effects(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.label, e.category) for e in x.side_effects]


def test_a_group_named_alone_on_its_line_over_a_list() -> None:
    """"Very common side effects" on its own line, no colon, over a list: the group of its items."""
    x = _x("## Side Effects\n\nMost effects fade with time.\n\nCommon side effects\n- Dry mouth\n- Headache\n\nRare "
           "but serious side effects\n- Seizures\n", "Zorvane")
    assert _effects(x) == [("Dry mouth", "Common side effects"), ("Headache", "Common side effects"),
                           ("Seizures", "Rare but serious side effects")]


def test_talk_to_your_doctor_if_names_signs() -> None:
    """"Talk to your doctor immediately if you have pain when swallowing, ...": signs."""
    x = _x("## Side Effects\n\n- Headache\n\nTalk to your doctor right away if you have black stools or chest "
           "pain.\n", "Zorvane")
    assert [s.label for s in x.serious_signs] == ["black stools or chest pain"]
