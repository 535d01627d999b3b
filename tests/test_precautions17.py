"""Precautions a page gives without the usual imperative: how to prepare or give a dose ("Pour ...", "Press ..."),
a dose's timing left to the reader ("You can take it with or without food"), and advice after a condition that
holds commas of its own. Each test is a small page of its own with made-up words."""
from __future__ import annotations

from tests.test_precautions14 import _page


def test_preparing_a_dose_is_advice() -> None:
    got = _page(faqs=(("How do I take the powder?", "Pour the sachet into half a glass of cool water, stir until "
                                                    "it dissolves and drink it at once."),
                      ("What about small cuts?", "Press on them a little longer than usual.")))
    assert "Pour the sachet into half a glass of cool water, stir until it dissolves and drink it at once" in got
    assert "Press on them a little longer than usual" in got


def test_either_with_or_without_food_is_advice() -> None:
    got = _page(faqs=(("Should I take it with meals?", "You can take it with or without food."),))
    assert "Can be taken with or without food" in got
    got = _page(faqs=(("When should I take it?", "You can take it at any hour, with or without meals."),))
    assert "Can be taken at any hour, with or without meals" in got
    got = _page(faqs=(("Does food matter?", "The chewable tablets can be taken with or without food."),))
    assert "The chewable tablets can be taken with or without food" in got
    # food named without the choice is no such advice
    got = _page(faqs=(("Does food matter?", "Food can slow how fast it is absorbed."),))
    assert not any("food" in p.casefold() for p in got)


def test_a_condition_with_commas_of_its_own_keeps_its_advice() -> None:
    got = _page(faqs=(("When will I feel better?", "Most people improve within a week. If you have not improved "
                                                   "by then, or if you get a fever, chills or a stiff neck, call "
                                                   "your doctor, as the infection may have spread."),))
    assert "Call a doctor if you have not improved by then, or if you get a fever, chills or a stiff neck" in got
    got = _page(faqs=(("What if I miss a dose?", "If it is nearly time for the next one, skip the missed dose."),))
    assert "Skip the missed dose if it is nearly time for the next one" in got
