"""Usage layouts and wordings of firstcontact15 (measured blind once; these rules came after), each with
invented variants of the same shape."""
from __future__ import annotations

from tests.test_uses14 import _full, _uses


def test_definition_lines_with_no_blank_line_between_them_are_each_a_use() -> None:
    body = ("Zoravir is a topical antifungal. It comes as a 1% cream (Zorex) and a shampoo.\n\n"
            "Athlete's foot \u2014 the cream clears the itchy, peeling skin between the toes in adults and children\n"
            "Seborrheic dermatitis \u2014 the shampoo treats flaking on the scalp, eyebrows or the sides of the nose\n"
            "Pityriasis versicolor \u2014 pale or dark patches, such as on the chest or back\n"
            "Off-label: diaper rash and angular cheilitis\n\n"
            "It does not treat nail infections.")
    assert _uses(body) == [("Athlete's foot", None), ("Seborrheic dermatitis", None), ("Pityriasis versicolor", None),
                           ("Diaper rash", "off-label"), ("Angular cheilitis", "off-label")]
    other = ("Zoravir is an antiemetic.\n\n"
             "Motion sickness \u2013 taken an hour before a journey by car, boat or plane\n"
             "Vertigo (spinning dizziness) \u2013 eases the attacks caused by inner-ear problems\n")
    assert _full(other) == [("Motion sickness", None, [], None), ("Vertigo", None, ["spinning dizziness"], None)]


def test_a_wrapped_prose_paragraph_with_one_dash_is_no_definition_list() -> None:
    body = ("Zoravir is used for gout \u2014 it lowers uric acid\n"
            "and it is sometimes given for kidney stones.")
    assert ("Gout", None) in _uses(body)
    assert all("lowers" not in label for label, _q in _uses(body))


def test_a_purpose_worded_bold_label_drops_the_patients_it_is_for() -> None:
    assert _uses("It is used for:\n\n- **Migraine prevention in adults** \u2013 it cuts the number of migraine "
                 "days each month.\n") == [("Migraine", "prevention")]
    assert _uses("It is used for:\n\n- **Asthma treatment in children aged 6 and older** \u2013 as a daily "
                 "inhaler.\n- **Stroke prophylaxis for older adults** \u2013 after a heart attack.\n") == [
        ("Asthma", None), ("Stroke", "prevention")]


def test_a_disease_and_an_eponym_possessive_disease_are_two_uses() -> None:
    assert _uses("Off-label, doctors prescribe it for acromegaly and Cushing's disease.") == [
        ("Acromegaly", "off-label"), ("Cushing's disease", "off-label")]
    assert _uses("It is used for:\n\n- **Hyperthyroidism and Graves\u2019 disease** \u2013 by lowering hormone "
                 "output.\n") == [("Hyperthyroidism", None), ("Graves' disease", None)]
    # two eponyms sharing one head noun stay one
    assert _uses("It is used for Alzheimer's and Parkinson's disease.") == [
        ("Alzheimer's and Parkinson's disease", None)]


def test_to_suppress_or_stop_a_process_names_it_as_a_use() -> None:
    assert _full("Doctors prescribe it off-label for hirsutism, to suppress lactation (breast milk production) after "
                 "a stillbirth, and for acne.") == [
        ("Hirsutism", None, [], "off-label"), ("Lactation", None, ["breast milk production"], "off-label"),
        ("Acne", None, [], "off-label")]
    assert _uses("It is used for nausea, and to stop premature labor in the hospital.") == [
        ("Nausea", None), ("Premature labor", None)]
    # what the body does, with an article, is no use
    assert _uses("It is used to suppress the immune system.") == []


def test_in_pregnancy_is_part_of_the_condition_and_one_grade_is_dropped() -> None:
    body = ("It is prescribed for:\n\n"
            "- Severe high blood pressure in pregnancy, including preeclampsia, given into a vein\n"
            "- Mild asthma in children, as a reliever\n"
            "- Severe pain, for a few days\n"
            "- Severe acute respiratory syndrome (SARS), in hospital\n")
    # (a graded symptom keeps its grade; a grade word that is part of a name stays)
    assert _full(body) == [("High blood pressure in pregnancy", None, [], None), ("Asthma", None, [], None),
                           ("Severe pain", None, [], None), ("Severe acute respiratory syndrome", "SARS", [], None)]
    assert _uses("It is also used off-label for nausea during pregnancy.") == [("Nausea during pregnancy", "off-label")]
