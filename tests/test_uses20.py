"""Usage sentences of ordinary pages, written as a probe before the reader saw them (2026-12-03): of fourteen
sentences for drugs no corpus has, nine were read right at first; these pin three of the misses in invented
wordings (the others name a goal, not a condition: "to protect the kidneys", "to induce ovulation")."""
from __future__ import annotations

from tests.test_fc20_wordings import _uses


def test_every_grade_of_one_condition() -> None:
    assert _uses("Zoravir is approved for mild, moderate and severe vascular dementia.") == {
        ("Vascular dementia", None)}


def test_the_symptoms_of_a_condition_name_it() -> None:
    assert _uses("Zoravir relieves the symptoms of hay fever (allergic rhinitis) and chronic hives.") == {
        ("Hay fever", None), ("Chronic hives", None)}


def test_to_clear_an_infection_of_two_places() -> None:
    assert _uses("Zoravir tablets are used to clear fungal infections of the scalp and beard (tinea), while the "
                 "cream treats jock itch.") == {("Fungal infections of the scalp and beard", None),
                                                ("Jock itch", None)}


def test_more_ways_of_saying_a_use() -> None:
    assert _uses("Zoravir can help with nerve pain. Doctors may recommend it for people with frequent cluster "
                 "headaches. It is also effective in treating acne. It is not effective for absence seizures.") == {
        ("Nerve pain", None), ("Frequent cluster headaches", None), ("Acne", None)}
    assert _uses("Zoravir treats cold sores and genital herpes, and reduces the risk of passing genital herpes to a "
                 "partner.") == {("Cold sores", None), ("Genital herpes", None), ("Genital herpes", "prevention")}
