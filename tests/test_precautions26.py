"""Precautions the blind sets' truths hold and the extractor did not say: what a doctor will check ("Your doctor will
check your thyroid function every 4 to 6 weeks"), a Precautions paragraph's statements ("Low doses can be used while
breastfeeding"), advice with verbs the imperative list lacked ("Brush and floss every day", "Replace it if it has
expired", "Stay close to a bathroom"), "Women in late pregnancy" under "Who should not take it", a "no" to "Can I drink
alcohol?" kept beside "alcohol misuse" elsewhere, and "extended-release <drug>" left as the page names it. Each test is
a small page of its own with made-up words."""
from __future__ import annotations

from tests.test_precautions14 import _page


def test_what_a_doctor_will_check_is_a_precaution() -> None:
    got = _page(faqs=(("Why do I need blood tests?", "It works only within a narrow range. Your doctor will check "
                                                     "the level when you start and after dose changes."),
                      ("How is it followed up?", "Liver enzymes are checked every 3 months.")))
    assert "A doctor will check the level when you start and after dose changes" in got
    assert "Liver enzymes are checked every 3 months" in got
    assert not any(p.startswith("It works only") for p in got)  # a statement with no check in it stays out


def test_a_precautions_paragraph_states_its_cautions() -> None:
    got = _page(extra="**Precautions:**\n\nZoravir can harm an unborn baby. Low doses can be used while "
                      "breastfeeding. People with liver disease need careful monitoring.")
    assert "It can harm an unborn baby" in got
    assert "Low doses can be used while breastfeeding" in got
    assert "People with liver disease need careful monitoring" in got


def test_advice_verbs_beyond_the_usual_list() -> None:
    got = _page(faqs=(("How can I prevent gum problems?", "Brush and floss every day and see your dentist "
                                                          "regularly."),
                      ("When should I get a new pen?", "Replace it if it has expired or the liquid looks cloudy."),
                      ("What should I expect?", "Stay close to a bathroom for the next few hours."),
                      ("Any tips?", "Dry mouth is common and usually mild.")))
    assert "Brush and floss every day and see a dentist regularly" in got
    assert "Replace it if it has expired or the liquid looks cloudy" in got
    assert "Stay close to a bathroom for the next few hours" in got
    assert not any(p.startswith("Dry mouth") for p in got)  # an adjective, not the verb "dry"


def test_who_should_not_take_it_in_late_pregnancy() -> None:
    got = _page(extra="**Who should not take it:**\n\n- People with severe breathing problems\n- People with a "
                      "history of drug misuse, unless they are closely supervised\n- Women in late pregnancy, "
                      "because the baby can be born sleepy")
    assert "Do not take it in late pregnancy" in got
    assert "Do not take it if you have a history of drug misuse, unless you are closely supervised" in got
    assert not any(p.startswith("Women") for p in got)


def test_a_no_to_alcohol_stays_beside_alcohol_misuse() -> None:
    got = _page(faqs=(("Can I drink alcohol?", "No. Alcohol adds to the drowsiness."),),
                extra="**Who should not take it:**\n\n- People with a history of alcohol misuse")
    assert "Do not drink alcohol" in got
    assert "Do not take it if you have a history of alcohol misuse" in got


def test_an_extended_release_product_keeps_its_name() -> None:
    got = _page(faqs=(("Can I crush or chew extended-release zoravir?", "No. Swallow extended-release tablets "
                                                                       "whole."),))
    assert "Do not crush or chew extended-release zoravir; swallow extended-release tablets whole" in got


def test_a_compound_that_opens_with_a_verb_is_no_advice() -> None:
    got = _page(faqs=(("Does it cause symptoms?", "Open-angle glaucoma usually has no symptoms until late. Open the "
                                                   "capsule and sprinkle it on food if you cannot swallow it."),))
    assert not any(p.startswith("Open-angle") for p in got)
    assert any(p.startswith("Open the capsule") for p in got)
