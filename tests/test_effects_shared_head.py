""""Raised cholesterol and triglyceride levels" is the levels of two substances: one effect, as the
annotators read "and" inside one noun phrase; split, it made a node "Triglyceride levels" that says
nothing happened to them."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _labels(body: str) -> list[str]:
    return [e.label for e in _x(body).side_effects]


def test_two_substances_before_one_levels_head_are_one_effect_in_a_bullet() -> None:
    assert _labels("## Side Effects\n\n- Raised cholesterol and triglyceride levels\n"
                   "- Low sodium and potassium levels\n- Headache and nausea") == [
        "Raised cholesterol and triglyceride levels", "Low sodium and potassium levels", "Headache", "Nausea"]


def test_the_last_member_of_a_comma_list_keeps_its_shared_head() -> None:
    body = "## Side Effects\n\nCommon: dizziness, constipation, higher cholesterol and triglyceride levels"
    assert _labels(body) == [
        "Dizziness", "Constipation", "Higher cholesterol and triglyceride levels"]


def test_body_parts_listed_before_the_one_with_the_head_are_one_effect() -> None:
    assert _labels("## Side Effects\n\n- Bone, joint or muscle pain\n- Severe bone, joint or muscle pain\n"
                   "- Headache, stomach or back pain") == [
        "Bone, joint or muscle pain", "Severe bone, joint or muscle pain", "Headache", "Stomach or back pain"]


def test_bare_body_parts_inside_a_group_line_or_a_table_cell_take_the_head_they_share() -> None:
    line = _labels("## Side Effects\n\nCommon: headache, bone, joint or muscle pain, and nausea")
    cell = _labels("## Side Effects\n\n| How often | Side effects |\n|---|---|\n"
                   "| Common | headache, bone, joint or muscle pain, nausea |")
    assert line == cell == ["Headache", "Bone, joint or muscle pain", "Nausea"]


def test_a_with_tail_after_a_comma_describes_the_effect_before_it() -> None:
    body = ("## Side Effects\n\n| How often | Side effects |\n|---|---|\n| Rare but serious | allopurinol "
            "hypersensitivity syndrome (DRESS), with fever, rash and liver or kidney damage; kidney problems |\n\n"
            "**Serious:**\n\n- Nerve damage (peripheral neuropathy), with numbness, tingling or weakness\n"
            "- Rash, with or without itching")
    assert _labels(body) == ["Allopurinol hypersensitivity syndrome", "Kidney problems", "Nerve damage", "Rash"]


def test_examples_and_a_description_end_a_semicolon_part_of_a_labelled_line() -> None:
    body = ('## Side Effects\n\n- Common: nausea, dizziness\n- Serious: sudden sleep episodes ("sleep attacks"), even '
            "while driving; impulse-control problems such as compulsive gambling, shopping, binge eating or a higher "
            "sex drive; fainting; worsening of restless legs symptoms (augmentation) \u2013 symptoms start earlier")
    assert _labels(body) == ["Nausea", "Dizziness", "Sudden sleep episodes", "Impulse-control problems", "Fainting",
                             "Worsening of restless legs symptoms"]
