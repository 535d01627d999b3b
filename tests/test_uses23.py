"""Fifteen Usage sentences written as a probe before the reader saw them (2026-12-03, fourth session); seven were
missed at first. Pinned here: the five fixed, and what the sentences that must stay as they are give."""
from __future__ import annotations

from tests.test_fc20_wordings import _uses


def test_help_people_quit_smoking_is_smoking_cessation() -> None:
    assert _uses("It is also approved to help people quit smoking.") == {("Smoking cessation", None)}


def test_approved_by_name_for_a_population_with_the_condition() -> None:
    assert _uses("The FDA has approved zoravir for adults with moderate-to-severe plaque psoriasis who are candidates "
                 "for systemic therapy.") == {("Plaque psoriasis", None)}


def test_the_drug_named_as_the_subject_of_lowering_a_risk() -> None:
    assert _uses("Zoravir lowers the chance of a stroke in people with atrial fibrillation.") == {
        ("Stroke", "prevention")}
    assert _uses("Lowering blood pressure reduces the risk of strokes and heart attacks.") == set()


def test_to_dry_up_and_helps_control() -> None:
    assert _uses("It's used to dry up excess saliva in people with Parkinson's disease.") == {("Excess saliva", None)}
    assert _uses("Zoravir helps control symptoms of overactive bladder, such as urgency and frequent urination.") == {
        ("Overactive bladder", None)}


def test_the_probe_sentences_read_right_at_first() -> None:
    assert _uses("It's a go-to option for moderate to severe acne that hasn't cleared up with creams.") == {
        ("Acne", None)}
    assert _uses("Zoravir is the drug of choice for treating scabies and head lice.") == {
        ("Scabies", None), ("Head lice", None)}
    assert _uses("Some doctors use it off-label to prevent altitude sickness when climbing quickly to high "
                 "altitudes.") == {("Altitude sickness", "off-label")}


def test_an_item_that_opens_with_its_purpose_or_its_co_medicine() -> None:
    assert _uses("- Dissolving certain gallstones in people who cannot have surgery\n- Preventing gallstones during "
                 "rapid weight loss") == {("Gallstones", None), ("Gallstones", "prevention")}
    assert _uses("- Edema caused by heart failure\n- Off-label: added to a loop diuretic for diuretic resistance") == {
        ("Edema", None), ("Diuretic resistance", "off-label")}
