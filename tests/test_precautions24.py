"""Precautions a page states without an imperative: a caveat on what the drug does or who it is for ("it does not cure
X", "It is not a substitute for Y", "not recommended for Z", "Liver tests may be checked", "the full effect takes 4-6
weeks", "A is usually a safer choice"), advice with any verb after "should", the dose people "need", the writer's
closing "please talk to your doctor or pharmacist about your own situation", and a Precautions bullet whose bold label
only names its topic. Each test is a small page of its own with made-up words."""
from __future__ import annotations

from tests.test_precautions14 import _page


def test_a_caveat_that_explains_advice_stays_with_it() -> None:
    got = _page(faqs=(("Can I stop once I feel well?", "Zoravir helps control hiccups but does not cure the "
                                                        "underlying reflex, so it needs to be taken every day, even "
                                                        "when you feel well."),))
    assert any(p.endswith("every day, even when you feel well; it does not cure the underlying reflex") for p in got)


def test_a_caveat_alone_is_its_own_clause() -> None:
    got = _page(faqs=(("Does it replace the vaccine?", "No. It does not work against colds, and it is not a "
                                                       "substitute for the yearly hiccup vaccine."),
                      ("How soon does it work?", "Some people notice fewer hiccups within 1-2 weeks, but the full "
                                                 "effect usually takes 4-6 weeks."),
                      ("What about pain?", "Acetaminophen is usually a safer choice for occasional pain.")))
    assert "It is not a substitute for the yearly hiccup vaccine" in got
    assert "The full effect usually takes 4-6 weeks" in got
    assert "Acetaminophen is usually a safer choice for occasional pain" in got
    assert not any("colds" in p for p in got)  # what it does not work against is no caveat of this kind


def test_who_it_is_not_for_and_what_is_checked() -> None:
    got = _page(usage="Zoravir treats hiccups. It is not recommended for people with mechanical heart valves. It "
                      "relaxes the diaphragm but does not shrink the nerve.",
                extra="**Precautions:**\n\n* **Liver and kidneys:** Liver tests may be checked during long courses. "
                      "People with kidney problems usually need a lower dose.")
    assert "It is not recommended for people with mechanical heart valves" in got
    assert "It does not shrink the nerve" in got
    assert any(p.endswith("Liver tests may be checked during long courses") for p in got)
    assert "People with kidney problems usually need a lower dose" in got


def test_the_writers_disclaimer_is_no_caveat() -> None:
    got = _page(faqs=(("Is it safe?", "Mostly. This is general information and not a substitute for professional "
                                      "medical advice."),),
                extra="**Disclaimer:** This overview does not replace advice from your care team.")
    assert not any("information" in p or "advice" in p for p in got)


def test_the_writers_closing_referral_is_advice() -> None:
    got = _page(faqs=(("Is it safe?", "Mostly."),
                      ("Anything else?", "I hope this helps – please talk to your doctor or pharmacist about your "
                                         "own situation.")))
    assert "Talk to a doctor or pharmacist about own situation" in got
    got = _page(faqs=(("Is it safe?", "Mostly. Please let me know if you have any other questions."),))
    assert not any("know" in p for p in got)
    got = _page(extra="**Disclaimer:** This is general information only. Talk to your doctor or pharmacist about "
                      "your individual situation.")
    assert "Talk to a doctor or pharmacist about individual situation" in got


def test_the_sites_note_gives_no_advice() -> None:
    got = _page(extra="**Note:** This information is AI-generated or crowd-sourced and may not be accurate. Please "
                      "consult a medical professional before making any decisions.")
    assert not any("professional" in p for p in got)


def test_a_topic_label_is_dropped_and_an_advice_label_kept() -> None:
    got = _page(extra="**Precautions:**\n\n* **Heart and blood pressure:** It should not be used by people with "
                      "serious heart problems.\n* **MAO inhibitors:** Do not take it within 14 days of an MAO "
                      "inhibitor.\n* **Do not use** if you have a blocked bowel.")
    assert not any(p.startswith(("Heart and blood pressure", "MAO inhibitors Do")) for p in got)
    assert "Do not take it within 14 days of an MAO inhibitor" in got
    assert any("blocked bowel" in p and p.startswith("Do not use") for p in got)


def test_should_with_any_verb_is_advice_but_not_an_expectation() -> None:
    got = _page(faqs=(("Can partners be affected?", "Female partners should also use effective birth control."),
                      ("Who should watch me?", "Family members should watch for changes in mood."),
                      ("What will I notice?", "You will urinate more often, and swelling should go down."),
                      ("Do I need tests?", "You will need blood tests every few weeks at first.")))
    assert "Female partners should also use effective birth control" in got
    assert "Family members should watch for changes in mood" in got
    assert "You will need blood tests every few weeks at first" in got
    assert not any("swelling" in p for p in got)
