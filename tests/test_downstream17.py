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
