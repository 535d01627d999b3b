"""Rules from the misses of firstcontact318 to firstcontact321 (engineering, logistics, food makers', banks' and
insurers' assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _page


def test_receptors_listed_bare_or_with_a_dashed_note_under_a_lead_that_blocks_several() -> None:
    x = _page(how="Instead, its effects come from blocking several receptors in the gut:\n\n- Motilin receptors\n"
                  "- Ghrelin receptors – this may slow emptying\n- Muscarinic M3 receptors and histamine H2 receptors "
                  "– these explain the dry mouth")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [
        ("blocks", "motilin receptor"), ("blocks", "ghrelin receptor"), ("blocks", "muscarinic M3 receptor"),
        ("blocks", "histamine H2 receptor")]


def test_binds_more_tightly_than_the_hormone_does_and_blocks_it() -> None:
    x = _page(how="Zorvane binds to the progesterone receptor far more tightly than progesterone does and blocks it.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("blocks", "progesterone receptor")]


def test_route_groups_over_their_effects() -> None:
    x = _page(effects="Side effects depend on how it is used:\n\n- By mouth\n  - Heartburn\n  - Bloating\n"
                      "- On the skin\n  - Stinging\n- Serious (rare)\n  - Kidney stones")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Heartburn", "By mouth"), ("Bloating", "By mouth"), ("Stinging", "On the skin"),
        ("Kidney stones", "Serious")]


def test_asides_of_places_and_doses_and_for_certain() -> None:
    x = _page(usage="It is used for:\n\n1. Croup, mainly in Spain and Portugal, at higher doses\n2. Hay fever, as a "
                    "second choice in Chile and Peru in exceptional cases\n\nIt is also used for certain kidney "
                    "disorders (nephropathies).")
    assert [u.label for u in x.treats] == ["Croup", "Hay fever", "Kidney disorders"]


def test_a_studied_use_said_off_label_first_in_a_group_of_people() -> None:
    x = _page(usage="It is mainly prescribed for migraine, to cut the number of attacks and make work easier. "
                    "Off-label, it has been studied for stage fright in singers and athletes.")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Migraine", None), ("Stage fright", "off-label")]


def test_a_class_a_kind_of_medicine_is_from() -> None:
    x = _page(gen="Zorvane is an oral heart medicine from a class called cardiac myosin inhibitors (CMI).")
    assert x.drug_class is not None and x.drug_class.label == "cardiac myosin inhibitor"


def test_adjectives_after_or_each_with_the_noun_they_share() -> None:
    x = _page(effects="Common: nausea.\n\nCall your doctor promptly if you develop a rash, or hot, red or swollen "
                      "hands or feet.")
    assert [s.label for s in x.serious_signs] == ["rash", "hot hands or feet", "red hands or feet",
                                                  "swollen hands or feet"]


def test_changes_in_each_faculty_listed() -> None:
    x = _page(effects="Common: nausea.\n\nContact your doctor urgently if you notice changes in speech, mood, hearing "
                      "or sight, or a stiff neck.")
    assert [s.label for s in x.serious_signs] == ["changes in speech", "changes in mood", "changes in hearing",
                                                  "changes in sight", "stiff neck"]
