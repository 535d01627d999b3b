"""Rules from the misses of firstcontact322 to firstcontact325 (food and consumer makers', sporting goods makers',
pharmacy chains', insurers' and restaurant chains' assistants), pinned by invented pages of other drugs and other
words."""
from __future__ import annotations

from tests.test_fc234_rules import _page


def test_kinds_of_receptors_blocked_each_named_with_what_it_does() -> None:
    x = _page(how="Zorvane blocks several kinds of receptors, which is why it has so many effects:\n\n- Serotonin "
                  "5-HT3 receptors, which calms nausea\n- Dopamine D3 receptors, which may lift mood\n\nIt activates "
                  "kappa opioid receptors, which eases itch.")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [
        ("blocks", "serotonin 5-HT3 receptor"), ("blocks", "dopamine D3 receptor"),
        ("activates", "kappa opioid receptor")]


def test_uses_in_emergencies_after_a_class_and_its_colon_and_in_a_procedure() -> None:
    x = _page(usage="Doctors use zorvane in emergencies to treat dangerous breathing problems of the newborn: apnoea "
                    "of prematurity and persistent pulmonary hypertension, usually when oxygen has not worked. Some "
                    "surgeons have used it off-label in a local nerve block for phantom limb pain (PLP), a pain felt "
                    "in a missing limb.")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Apnoea of prematurity", None), ("Persistent pulmonary hypertension", None),
        ("Phantom limb pain", "off-label")]


def test_combined_with_another_agent_its_own_use() -> None:
    x = _page(usage="Combined with zinc oxide, it is used to prevent nappy rash and to help prevent chafing.")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Nappy rash", "prevention"), ("Chafing", "prevention")]


def test_whoever_had_the_drug_told_to_get_help_if_they_notice_signs() -> None:
    x = _page(effects="Common: nausea.\n\nAnyone who has had zorvane should call a doctor straight away if they notice "
                      "pale stools, a high fever, or new weakness in the legs.")
    assert [s.label for s in x.serious_signs] == ["pale stools", "high fever", "new weakness in the legs"]


def test_signs_anyone_develops_after_the_readers_own() -> None:
    x = _page(effects="Common: nausea.\n\nSee a doctor at once if you become very drowsy, or if anyone develops a "
                      "swollen tongue or noisy breathing.")
    assert [s.label for s in x.serious_signs] == ["becoming very drowsy", "swollen tongue", "noisy breathing"]
