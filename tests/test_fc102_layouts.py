"""Set 102's misses (older chat models' plain answers), each rule pinned by invented pages of other drugs and other
words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _effects(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.label, e.category) for e in x.side_effects]


def test_a_sentence_at_the_margin_after_a_numbered_group_line_is_prose() -> None:
    """"3. Serious reactions: a, b." then "Steroids may be given ... If A or B occur, go to the hospital
    immediately." at the margin: the item ends with its sentence; the prose after it names signs, no effects."""
    x = _x("Side Effects:\n1. Common reactions: rash, nausea.\n3. Serious reactions: seizures, liver damage.\n"
           "Steroids may be given to ease these reactions. If fainting, yellow skin or a high fever occur after a "
           "dose, go to the hospital immediately.\n")
    assert _effects(x) == [("Rash", "Common reactions"), ("Nausea", "Common reactions"),
                           ("Seizures", "Serious reactions"), ("Liver damage", "Serious reactions")]
    assert [s.label for s in x.serious_signs] == ["fainting", "yellow skin", "high fever"]


def test_a_numbered_question_keeps_its_answer_at_the_margin() -> None:
    x = _x("## Side Effects\n\n- Rash\n\n## FAQs\n\n1. Can I drive?\nYes, unless it makes you drowsy.\n"
           "2. Can I drink alcohol?\nBetter not, it adds to the drowsiness.\n")
    assert len(x.faqs) == 2


def test_if_the_signs_occur_go_to_hospital() -> None:
    x = _x("## Side Effects\n\n- Rash\n\nIf chest pain or sudden weakness develops during treatment, go to the nearest "
           "hospital right away.\n")
    assert [s.label for s in x.serious_signs] == ["chest pain or sudden weakness"]
    x = _x("## Side Effects\n\n- Rash\n\nIf side effects occur, go to your doctor at once.\n")
    assert x.serious_signs == []


def test_if_you_have_the_signs_you_should_contact_your_doctor() -> None:
    x = _x("## Side Effects\n\n- Rash\n\nIf you have dark urine, a sore throat, or unusual bleeding, you should "
           "contact your doctor immediately.\n")
    assert [s.label for s in x.serious_signs] == ["dark urine", "sore throat", "unusual bleeding"]


def test_a_long_group_name_over_a_comma_list() -> None:
    """A plain label of more than five words is a group when it names a plural kind ("reactions") over a comma list;
    "Swelling of the gums or tongue: pain, bleeding and ulcers" is an effect and its signs."""
    x = _x("Side Effects:\n1. Reactions caused by the release of worm proteins: fever, chills, rash and joint pain.\n")
    assert _effects(x) == [(n, "Reactions caused by the release of worm proteins")
                           for n in ("Fever", "Chills", "Rash", "Joint pain")]
    x = _x("## Side Effects\n\n- Swelling of the gums or the tongue: pain, bleeding, and in rare cases ulcers\n")
    assert not any(e.category == "Swelling of the gums or the tongue" for e in x.side_effects)


def test_a_summary_sentence_before_the_list_of_indications_is_no_use() -> None:
    x = _x("Usage:\nZoravir is an antiviral. It is mainly used for infections with herpes viruses. The main "
           "indications are as follows:\n(1) Shingles in adults.\n(2) Cold sores.\n"
           "(3) Genital herpes, an off-label use.\n")
    assert [u.label for u in x.treats][:2] == ["Shingles", "Cold sores"]
    assert "Infections with herpes viruses" not in [u.label for u in x.treats]
    x = _x("Usage:\nZoravir is mainly used to control blood sugar in adults. Its approved uses are:\n\n"
           "- Type 2 diabetes\n- Prediabetes in obese adults\n")
    assert [u.label for u in x.treats] == ["Type 2 diabetes", "Prediabetes"]
    # an opening that adds a use keeps it ("It is also used for ...", or no lead-in naming the list)
    x = _x("Usage:\nZoravir is used to treat gout. It is also used for:\n\n- Kidney stones\n- High uric acid\n")
    assert [u.label for u in x.treats] == ["Gout", "Kidney stones", "High uric acid"]


def test_where_a_use_is_prevented_is_no_part_of_its_name() -> None:
    x = _x("## Usage\n\n- Prevention of dengue in tropical regions: one dose a year.\n"
           "- Yellow fever in endemic areas\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Dengue", "prevention"), ("Yellow fever", None)]


def test_the_paragraph_under_a_brand_line_describes_the_drug() -> None:
    """"Brand name: Zorex" then "Zoravir is a synthetic X analog. It is available as oral capsules and as an injection
    given intravenously.": its class, forms and routes (before How it Works' "Zoravir is a prodrug")."""
    x = _x("Generic Name: Zoravir\n\nBrand name: Zorex\n\nZoravir is a synthetic bile acid analog. It is available as "
           "oral capsules and as an injection that is given intravenously.\n\nUsage:\n\nIt treats gallstones.\n\n"
           "How it Works:\n\nZoravir is a prodrug. It is activated in the liver.\n")
    assert x.drug_class is not None and x.drug_class.label == "synthetic bile acid analog"
    assert [r.label for r in x.routes] == ["oral", "intravenous"]
    assert [f.label for f in x.formulations] == ["capsules", "injection"]  # (the route adjective no word of the name)


def test_a_lead_in_that_says_the_group_in_its_predicate() -> None:
    x = _x("## Side Effects\n\nSome side effects can be severe. These include:\n\n- Seizures\n- Liver damage\n")
    assert _effects(x) == [("Seizures", "Severe"), ("Liver damage", "Severe")]
    assert all(e.serious for e in x.side_effects)


def test_a_prevented_use_with_its_status_in_brackets() -> None:
    """"Stroke prevention (off-label):" is stroke, off-label (one qualifier); "Prevention of a further stroke" is
    stroke; "Weight management" keeps its purpose noun (weight is no condition)."""
    x = _x("Usage:\n1. Gout: to lower uric acid.\n2. Stroke prevention (off-label): in people with a heart valve.\n"
           "3. Prevention of a further stroke (off-label): rarely now.\n4. Weight management: in adults.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Gout", None), ("Stroke", "off-label"), ("Weight management", None)]


def test_a_seek_help_sentence_that_points_back_to_the_signs_before_it() -> None:
    """"Early signs of a low sodium level include A, B and C. If you notice these, or if you have D, call your doctor
    right away.": A, B and C are signs (no effects), and D; in prose, after a list, and after a seek-help group."""
    tail = ("Early signs of a low sodium level include tiredness, weakness and confusion. If you notice these, or if "
            "you have a seizure, call your doctor right away.\n")
    for body in ("## Side Effects\n\nCommon side effects include headache and nausea. " + tail,
                 "## Side Effects\n\n- Headache\n- Nausea\n\n" + tail,
                 "## Side Effects\n\nSerious side effects (seek medical attention):\n- Low sodium\n"
                 "- Kidney damage\n\n" + tail):
        x = _x(body)
        assert [s.label for s in x.serious_signs][-4:] == ["tiredness", "weakness", "confusion", "seizure"], body
        assert not any(e.label.startswith("Early signs") for e in x.side_effects)
