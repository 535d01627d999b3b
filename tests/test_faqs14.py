"""FAQ questions that do not open with a question word: a numbered "Q5." line, and a line that ends
with "?" over its answer ("I have asthma \u2014 is it safe for me?")."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _questions(faqs: str) -> list[str]:
    return [f.question for f in _x("## Side Effects\n\n- Headache\n\n## FAQs\n\n" + faqs).faqs]


def test_a_numbered_q_line_asks_whatever_its_first_word() -> None:
    assert _questions("Q1. How long does it take?\nA1. Two weeks.\n\nQ2. My heart races \u2014 is that normal?\n"
                      "A2. It can be.") == ["How long does it take?", "My heart races \u2014 is that normal?"]


def test_a_line_ending_in_a_question_mark_over_its_answer_asks() -> None:
    assert _questions("Can I stop it?\nNo. Keep using it.\n\nI have asthma \u2014 is it safe for me?\nUsually not.\n\n"
                      "I have diabetes. Is there anything to watch for?\nCheck your sugar.\n\n"
                      "Some answers end with a question?\n") == [
        "Can I stop it?", "I have asthma \u2014 is it safe for me?", "I have diabetes. Is there anything to watch for?"]
