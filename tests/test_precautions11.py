"""Precautions as a researcher wants them: each piece of advice on the page, worded compactly, wherever it is
written (FAQ answers, Precautions, Warnings, Dosage, advice in Usage or Side Effects). Each test is a small page
of its own with made-up words: what the extractor must read from it, and what it must not."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Zoravir"):
    text = f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n\n**Note:** This information is AI-generated."
    return extract(parse_text(text, f"{title.lower()}.md"))


def _advice(*faqs: tuple[str, str]) -> list[str]:
    """The precautions of a page whose FAQs are the given (question, answer) pairs."""
    body = "**Usage:** Zoravir treats hiccups.\n\n**Side Effects:**\n- Headache\n\n**FAQs:**\n" + "\n".join(
        f"- **{q}** {a}" for q, a in faqs)
    return [p.text for p in _x(body).precautions]


def test_clauses_about_the_same_thing_are_one_precaution() -> None:
    got = _advice(("How do I take it?", "Swallow the tablets whole and never crush or chew them."),
                  ("What if I miss a dose?", "Skip the missed dose and take the next one at the usual time."),
                  ("Anything else?", "Wash your hands after applying it and keep it away from the eyes."))
    assert "Swallow the tablets whole; never crush or chew them" in got
    assert "Skip the missed dose; take the next one at the usual time" in got
    # two different things stay two pieces of advice
    assert "Wash hands after applying it" in got and "Keep it away from the eyes" in got


def test_advice_after_so_is_read_and_its_pronoun_is_the_subject_before_it() -> None:
    got = _advice(("Can I drink beer?", "Alcohol adds to the sleepiness it causes, so it is best avoided or kept to "
                   "a minimum."),
                  ("Can I take it with antacids?", "Antacids and iron pills bind it in the gut and can weaken it, so "
                   "they should be avoided within 2 hours of a dose."),
                  ("Does coffee matter?", "Caffeine can make the tremor worse, so limit it."))
    assert "Avoid alcohol or keep it to a minimum" in got
    assert "Avoid antacids and iron pills within 2 hours of a dose" in got
    assert "Limit caffeine" in got
    assert not any(p.startswith(("Alcohol adds", "Antacids and iron pills bind", "Caffeine can")) for p in got)


def test_a_short_reason_before_so_stays_with_short_advice() -> None:
    got = _advice(("Can I drive?", "It can cause drowsiness, so be careful driving."),
                  ("Is it safe for my liver?", "It is cleared by the liver and can build up in people with liver "
                   "disease who also take other medicines, so a blood test of liver function is needed before "
                   "starting and every few months during treatment."))
    assert "It can cause drowsiness; be careful driving" in got
    assert "A blood test of liver function is needed before starting and every few months during treatment" in got


def test_but_gives_the_advice_after_it_and_keeps_a_qualifier_after_it() -> None:
    got = _advice(("Is it safe in pregnancy?", "Little reaches the baby, but check with your doctor first."),
                  ("How do I take it?", "Take it with water, but not with grapefruit juice."))
    assert "Check with a doctor first" in got
    assert "Take it with water, but not with grapefruit juice" in got


def test_a_best_to_lead_in_and_two_word_advice() -> None:
    got = _advice(("Can I drink alcohol?", "It's best to avoid alcohol, because it worsens the dizziness."),
                  ("Can I smoke?", "It is wise to limit smoking."))
    assert got == ["Avoid alcohol", "Limit smoking"]


def test_statements_of_what_is_needed_or_avoided_are_advice_in_faq_answers() -> None:
    got = _advice(("Who should not take it?", "It is generally avoided in the first trimester of pregnancy."),
                  ("Do I need tests?", "People with kidney disease may need a lower dose."),
                  ("Does it interact with warfarin?", "Yes, it can raise warfarin levels, so your INR may need to be "
                   "checked more often."))
    assert "It is generally avoided in the first trimester of pregnancy" in got
    assert "People with kidney disease may need a lower dose" in got
    assert "INR may need to be checked more often" in got


def test_a_taper_is_the_advice_not_to_stop_suddenly() -> None:
    got = _advice(("What if I want to stop?", "Stopping suddenly can bring on a relapse, so your doctor will lower "
                   "the dose gradually over at least 2 weeks."))
    assert got == ["Do not stop suddenly; the dose is lowered gradually over at least 2 weeks"]
    got = _advice(("Can I stop it when I feel better?", "No; stopping suddenly can bring on a relapse, so your "
                   "doctor will lower the dose gradually over at least 2 weeks."))
    assert got == ["Do not stop it when you feel better; the dose is lowered gradually over at least 2 weeks"]
    got = _advice(("How do I stop it?", "Never stop it suddenly - your doctor will taper the dose slowly."))
    assert got == ["Do not stop suddenly; the dose is lowered gradually"]
    # advice not to stop keeps its own words, and the taper of the next sentence joins it
    got = _advice(("Can I stop it?", "Do not stop it on your own. The dose must be tapered over 1-2 weeks."))
    assert got == ["Do not stop it on own; the dose is lowered gradually over 1-2 weeks"]
    # a dose lowered for the kidneys is no taper
    got = _advice(("What about my kidneys?", "With kidney disease the dose may need to be lowered."))
    assert got == ["With kidney disease the dose may need to be lowered"]


def test_a_no_to_can_i_is_the_advice_not_to() -> None:
    got = _advice(("Can I drink alcohol while taking it?", "It's best not to."),
                  ("Can I drive?", "Not until you know how it affects you, because it can cause dizziness."),
                  ("Can I get it without a prescription?", "No, it needs a prescription."))
    assert got == ["Do not drink alcohol while taking it", "Do not drive until you know how it affects you"]


def test_a_no_joins_the_advice_that_opens_the_answer_and_gives_way_to_the_answers_own_words() -> None:
    got = _advice(("Can I crush the tablets?", "No. Swallow them whole with water."),
                  ("Can I drink grapefruit juice?", "No. Avoid grapefruit juice; it raises its levels."),
                  ("Can I use it for a sudden attack?", "No. It works too slowly. Always carry your rescue inhaler."))
    assert got == ["Do not crush the tablets; swallow them whole with water", "Avoid grapefruit juice",
                   "Carry rescue inhaler"]


def test_the_writers_sign_off_is_no_advice() -> None:
    got = _advice(("Anything else?", "Let me know if you would like more detail on any section. Remember, this is "
                   "general information and not a substitute for advice from your doctor."))
    assert got == []
