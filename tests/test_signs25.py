"""Warning signs and effects in wordings the older blind sets still missed, pinned on invented pages: a gloss after a
list of body parts, a sign's description after a dash, a comma between two words of one sign ("a slow, irregular
pulse"), clause signs ("if you vomit blood ... or cannot keep fluids down"), a list of body parts in two words ("lips or
nail beds") inside a longer list, "Signs of an overdose include ...; this needs emergency treatment", symptoms in
brackets after a time the item names, and an FAQ's "if you also have ..., call your doctor"."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Velnatide"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "velnatide.md"))


def _signs(x) -> list[str]:
    return [s.label for s in x.serious_signs]


def test_a_gloss_after_body_parts_keeps_them_one_effect() -> None:
    x = _x("## Usage\nIt treats nausea.\n\n## Side Effects\n\n| Side effect | How common |\n|---|---|\n"
           "| Stiffness of the shoulders, back or hips (rigidity) | Common |\n\nCommon side effects:\n"
           "- Aching in the knees, hips or ankles (joint pain)\n")
    labels = [e.label for e in x.side_effects]
    assert "Stiffness of the shoulders, back or hips" in labels
    assert "Aching in the knees, hips or ankles" in labels
    assert not {"Back", "Hips", "Ankles"} & set(labels)


def test_what_a_sign_is_after_a_dash_is_no_sign() -> None:
    x = _x("## Usage\nIt treats nausea.\n\n## Side Effects\n- **Serious (get medical help):**\n"
           "  - Pancreatitis – a rare inflammation of the pancreas that causes severe belly pain\n"
           "  - Chest pain – stop the medicine and call 911\n")
    assert _signs(x) == ["Pancreatitis", "Chest pain"]
    assert [e.label for e in x.side_effects] == ["Pancreatitis", "Chest pain"]


def test_a_comma_between_two_words_of_one_sign() -> None:
    x = _x("## Usage\nIt treats nausea.\n\n## Side Effects\nMost people have no problems.\n\n"
           "Get emergency help if you notice:\n- Collapse or a slow, irregular pulse\n"
           "- A fast, pounding or irregular heartbeat\n")
    assert _signs(x) == ["Collapse or a slow, irregular pulse", "fast heartbeat", "pounding heartbeat",
                         "irregular heartbeat"]


def test_signs_said_as_clauses_after_if_you() -> None:
    x = _x("## Usage\nIt treats nausea.\n\n## Side Effects\nThe most common side effects are bloating and gas. "
           "Call your doctor right away if you cough up blood, have tarry stools, or cannot keep fluids down.")
    assert _signs(x) == ["coughing up blood", "tarry stools", "being unable to keep fluids down"]
    x = _x("## Usage\nIt treats nausea.\n\n## Side Effects\nMost people have no problems. Get help at once if you "
           "bleed from the gums or feel out of breath after a dose, if you notice a rash, or if you feel very tired, "
           "weak, dizzy or faint.")
    assert _signs(x)[-5:] == ["rash", "feeling very tired", "feeling weak", "feeling dizzy", "feeling faint"]


def test_body_parts_in_two_words_inside_a_longer_list() -> None:
    x = _x("## Usage\nIt treats nausea.\n\n## Side Effects\nMost people have no problems. Get emergency help "
           "right away if you have pale or blue skin, lips or nail beds, chest pain, tiredness or a racing heart.\n\n"
           "Stop it and get help right away if you have a rash, swelling of the eyelids, cheeks, lips or tongue, or "
           "trouble swallowing.")
    assert _signs(x) == ["pale or blue skin", "pale or blue lips", "pale or blue nail beds", "chest pain", "tiredness",
                         "racing heart", "rash", "swelling of the eyelids", "swelling of the cheeks",
                         "swelling of the lips", "swelling of the tongue", "trouble swallowing"]


def test_signs_of_an_overdose_that_need_emergency_treatment() -> None:
    x = _x("## Usage\nIt treats nausea.\n\n## Side Effects\n- Headache\n\n## Warnings\nDo not use it with alcohol. "
           "Signs of an overdose include shaking, confusion, a very fast heartbeat and seizures; these need emergency "
           "treatment in hospital.")
    assert _signs(x) == ["shaking", "confusion", "very fast heartbeat", "seizures"]
    assert [e.label for e in x.side_effects] == ["Headache"]  # (signs outside the section add no effect)
    # signs of a condition with no call for care are a description
    x = _x("## Usage\nIt treats nausea.\n\n## Side Effects\n- Headache\n\n## Warnings\nSigns of low iron include "
           "tiredness and pale skin; this is common in pregnancy.")
    assert _signs(x) == []


def test_symptoms_in_brackets_after_when_the_effect_comes() -> None:
    x = _x("## Usage\nIt treats nausea.\n\n## Side Effects\n* Serious side effects (rare):\n"
           "    + Zinc overload after long-term use (tremor, slurred speech, trouble walking)\n"
           "    + Gout, mainly in older adults (swollen toe)\n")
    assert [e.label for e in x.side_effects] == ["Zinc overload", "Gout"]
    assert _signs(x) == ["tremor", "slurred speech", "trouble walking"]


def test_an_answer_that_says_if_you_also_have_then_call() -> None:
    x = _x("## Usage\nIt treats nausea.\n\n## Side Effects\n- Headache\n\n## FAQs\n**Does it stain the teeth?**\n"
           "Sometimes, and it brushes off. However, if you also have gum pain or feel feverish, call your doctor, "
           "because it may be an infection.\n\n**Can I take it with food?**\nYes. If you have kidney disease, see your "
           "doctor before you start it.")
    assert _signs(x) == ["gum pain or feeling feverish"]
