"""Precautions at the annotator's grain: one piece of advice per item, without the signs a Side Effects
section lists, the padding a sentence's subject adds, or the facts that are no advice. Each test is a
small page of its own with made-up words: what the extractor must read from it, and what it must not."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Zoravir"):
    text = f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n\n**Note:** This information is AI-generated."
    return extract(parse_text(text, f"{title.lower()}.md"))


def _page(usage: str = "Zoravir treats hiccups.", effects: str = "- Headache", faqs: tuple = (),
          extra: str = "") -> list[str]:
    """The precautions of a page with the given Usage prose, Side Effects body, FAQ pairs and extra sections."""
    body = f"**Usage:** {usage}\n\n**Side Effects:**\n{effects}\n\n{extra}\n\n**FAQs:**\n" + "\n".join(
        f"- **{q}** {a}" for q, a in faqs or (("Is it safe?", "Mostly."),))
    return [p.text for p in _x(body).precautions]


def test_a_side_effects_sentence_that_lists_signs_gives_no_precaution() -> None:
    got = _page(effects="- Headache\n\nRare but serious effects can happen. Stop taking it and call your doctor right "
                        "away if you have a blistering rash, yellow eyes, dark urine, or a fast heartbeat. Get "
                        "emergency help for fainting, chest pain, or swelling of the face. Stop using the gel and "
                        "contact a doctor if you develop a severe skin reaction, such as open sores, pain, or "
                        "blistering.")
    assert not any("dark urine" in p or "fainting" in p for p in got)
    # one sign with its examples is advice of its own
    assert "Stop using the gel and contact a doctor if you develop a severe skin reaction" in got


def test_how_it_is_taken_drops_the_forms_and_a_bare_route() -> None:
    got = _page(usage="Zoravir treats hiccups. It is taken by mouth once a day as tablets (5 mg and 10 mg) or "
                      "capsules (5 mg).")
    assert "Take by mouth once a day" in got
    assert not any("tablets" in p for p in got)
    got = _page(usage="Zoravir treats hiccups. It is taken by mouth, usually in two or three divided doses.")
    assert not any(p.startswith("Take by mouth") for p in got)


def test_a_dosage_line_that_gives_a_dose_is_no_precaution() -> None:
    got = _page(extra="**Dosage:**\n- **Hiccups (adults):** usually 20-40 mg a day, adjusted as needed\n"
                      "- **Long-term use:** 10 units once a week\n- Never share pens with anyone.")
    assert not any("20-40 mg" in p or "10 units" in p for p in got)
    assert "Never share pens with anyone" in got


def test_the_drug_as_subject_of_a_modal_or_passive_is_padding() -> None:
    got = _page(faqs=(("Can I take it with migraine pills?", "It must never be combined with ergotamine."),
                      ("Is it safe in pregnancy?", "It is not recommended in pregnancy unless nothing else works."),
                      ("Can I take it when expecting?", "It must not be taken in the last trimester.")),
                extra="**Precautions:**\n- It is not approved for weight loss.")
    assert "Never combine with ergotamine" in got
    assert "Not recommended in pregnancy unless nothing else works" in got
    assert "Do not take in the last trimester" in got
    assert "Not approved for weight loss" in got
    assert not any(p.startswith("It ") for p in got)


def test_while_taking_it_is_padding() -> None:
    got = _page(faqs=(("Anything else?", "Drink plenty of fluids while you are taking it. Do not drive while taking "
                       "it until you know how it affects you."),))
    assert "Drink plenty of fluids" in got
    assert "Do not drive until you know how it affects you" in got


def test_the_same_advice_said_twice_on_a_page_is_one_precaution() -> None:
    got = _page(faqs=(("Can I take it with other pills?", "Do not take it with other anticholinergic medicines."),
                      ("What if I miss a dose?", "Do not take a double dose.")),
                extra="**Precautions:**\n- Avoid other anticholinergic medicines.")
    assert "Do not take it with other anticholinergic medicines" in got
    assert not any(p.startswith("Avoid other anticholinergic") for p in got)
    assert "Do not take a double dose" in got  # the same verbs, another thing: another piece of advice


def test_tell_a_doctor_first_says_before_what_the_question_asks() -> None:
    got = _page(faqs=(("Can I take it with my antidepressant?", "Tell your doctor first. Both raise serotonin."),
                      ("Can I take it if I am allergic to sulfa drugs?", "Ask your doctor first."),
                      ("Can I stop it?", "Check with your doctor.")))
    assert "Tell a doctor before taking it with an antidepressant" in got
    assert "Ask a doctor before taking it if you are allergic to sulfa drugs" in got
    assert "Check with a doctor before stopping it" in got
    assert not any(p.endswith(" first") for p in got)


def test_advice_after_so_that_points_back_with_it_keeps_its_reason() -> None:
    got = _page(faqs=(("Will I gain weight?", "Often, yes. Sudden weight gain or swelling can be a sign of heart "
                       "failure, so report it to your doctor."),))
    assert "Sudden weight gain or swelling can be a sign of heart failure; report it to a doctor" in got
    assert "Report it to a doctor" not in got
