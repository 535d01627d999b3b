"""Spoken Usage sentences (firstcontact95's SSML answer led to them; pinned with other drugs and other words):
"calms X", "helps prevent and treat X", a condition "with its" symptoms, an occasion "before ... infusions," before
the purpose."""
from __future__ import annotations

from tests.test_fc20_wordings import _uses


def test_it_calms_a_condition() -> None:
    assert _uses("It calms eczema flares, the itchy red patches of inflamed skin.") == {("Eczema flares", None)}
    assert _uses("It calms the nerves before a test.") == set()  # ("the nerves": no condition, a determiner)


def test_helps_treat_and_helps_prevent_and_treat() -> None:
    assert _uses("It helps prevent and treat altitude sickness.") == {("Altitude sickness", None)}
    assert _uses("Zoravir helps treat rosacea.") == {("Rosacea", None)}


def test_a_condition_with_its_symptoms_ends_at_with_its() -> None:
    assert _uses("It relieves conjunctivitis, with its redness, gritty feeling and watery discharge.") == {
        ("Conjunctivitis", None)}


def test_an_occasion_before_infusions_then_the_purpose() -> None:
    got = _uses("Doctors also use it off-label before some iron or antibody infusions, to help prevent infusion "
                "reactions.")
    assert got == {("Infusion reactions", "off-label")}


def test_uses_after_a_colon_on_the_same_line() -> None:
    # (firstcontact97's Discord embed, its Usage field one line)
    got = _uses("It is used together with diet and exercise for: **Gout flares**; **Kidney "
                "stones**; **Hyperuricemia** during chemotherapy.")
    assert {u for u, _ in got} == {"Gout flares", "Kidney stones", "Hyperuricemia"}


def test_a_cause_said_last_in_its_part_of_a_semicolon_list() -> None:
    got = _uses("It is used for: tendon pain from sprains and falls; bursitis.")
    assert {u for u, _ in got} == {"Tendon pain", "Bursitis"}
