"""Downstream effects stated through what the drug keeps something from doing ("prevents the nerve endings from
releasing X") or lets happen ("lets bone density rise"). Each test is a small page of its own with made-up words;
a vague object ("other substances") and another drug's doing give nothing."""
from __future__ import annotations

from tests.test_downstream14 import _down


def test_kept_from_releasing_or_producing_is_less_release_or_production() -> None:
    got = _down("Zoravir blocks the Q7 receptor on mast cells. This keeps the cells from releasing histamine and other "
                "substances that cause itching. It also stops the liver from producing hepcidin.")
    assert ("decreases", "histamine release", "asserted") in got
    assert ("decreases", "hepcidin production", "asserted") in got
    assert not any("substance" in t for _, t, _ in got)


def test_what_the_drug_lets_rise_or_fall() -> None:
    got = _down("Zoravir inhibits the Q7 enzyme. Over months this lets bone mineral density rise, and it makes "
                "blood pressure fall slightly.")
    assert ("increases", "bone mineral density", "asserted") in got
    assert ("decreases", "blood pressure", "asserted") in got


def test_another_drugs_release_is_not_the_drugs() -> None:
    got = _down("Zoravir inhibits the Q7 enzyme. Unlike clonidine, which stops nerves from releasing noradrenaline, "
                "it does not affect the nerves.")
    assert not any("noradrenaline" in t for _, t, _ in got)


def test_a_vague_class_gives_way_to_its_examples() -> None:
    got = _down("Zoravir blocks the Q7 receptor. This is thought to boost the release of other messengers in the "
                "gut wall, such as motilin, gastrin and histamine, although how much each contributes is unclear.")
    assert {("increases", t, "hedged") for t in ("motilin", "gastrin", "histamine")} <= got
    assert not any("messenger" in t for _, t, _ in got)
    # a class with a word of its own is an entry itself
    got = _down("Zoravir blocks the Q7 receptor, which decreases the release of excitatory neurotransmitters such "
                "as glutamate.")
    assert any("excitatory neurotransmitter" in t for _, t, _ in got)


def test_letting_a_messenger_build_up_and_in_turn() -> None:
    assert ("increases", "cyclic GMP", "hedged") in _down(
        "Zoravir is also thought to inhibit phosphodiesterase enzymes inside cells, letting cyclic GMP (cGMP) "
        "build up.")
    got = _down("Zoravir blocks the Q7 enzyme. This slows fat digestion and, in turn, cholesterol absorption from the "
                "gut.")
    assert {("decreases", "fat digestion", "asserted"), ("decreases", "cholesterol absorption", "asserted")} <= got


def test_items_that_finish_a_hedged_lead_in_are_the_drugs_and_hedged() -> None:
    got = _down("Zoravir inhibits the Q7 enzyme. Its action in acne is less clear. It is thought to:\n\n"
                "- Slow the growth of *Staphylococcus epidermidis*, a skin bacterium, by blocking bacterial cell-wall "
                "synthesis\n- It also reduces the repetitive firing of neurons\n")
    assert ("decreases", "bacterial cell-wall synthesis", "hedged") in got
    assert ("decreases", "repetitive firing of neurons", "hedged") in got
    # another agent's means stays its own
    got = _down("Zoravir inhibits the Q7 enzyme. Unlike Penicillin G, which works by blocking cell-wall synthesis, it "
                "spares the gut flora.")
    assert not any("cell-wall" in t for _, t, _ in got)
