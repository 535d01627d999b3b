"""Side-effect and sign wordings of the blind set firstcontact15, each pinned with invented pages of the same shape."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _effects(body: str) -> list[tuple[str, str, bool]]:
    return [(e.label, e.category, e.serious) for e in _x(body).side_effects]


def test_prose_other_complaints_and_a_rare_effect_with_what_it_leads_to() -> None:
    body = ("## Side Effects\n\nNausea is by far the most common side effect. Other common complaints are gas, "
            "bloating and a feeling of fullness, and some people get headache. Severe vomiting is uncommon but can "
            "lead to dehydration and dizziness, especially in older adults.")
    assert _effects(body) == [
        ("Nausea", "Common", False), ("Gas", "Common", False), ("Bloating", "Common", False),
        ("Feeling of fullness", "Common", False), ("Headache", "Common", False),
        ("Severe vomiting", "Serious", True), ("Dehydration", "Serious", True), ("Dizziness", "Serious", True)]


def test_bold_items_of_a_group_named_alone_or_followed_by_what_describes_them() -> None:
    body = ("## Side Effects\n\n- **Blood pressure:** Lightheadedness when standing up, because blood pressure can "
            "drop\n- Stomach pain and gas\n- Numbness in the feet, linked to low vitamin B6\n\n**Rare but serious:**\n"
            "- **Fibrosis** (scarring) of the lungs, the lining around the heart or the abdomen\n"
            "- **Serious allergic reactions**, including anaphylaxis\n- **Hallucinations or confusion**\n"
            "- **Falling asleep suddenly** during everyday activities")
    assert [label for label, _, _ in _effects(body)] == [
        "Lightheadedness when standing up", "Stomach pain", "Gas", "Numbness in the feet", "Fibrosis",
        "Serious allergic reactions", "Hallucinations or confusion", "Falling asleep suddenly"]


def test_signs_closed_by_a_second_or_and_said_by_someone_else() -> None:
    x = _x("## Side Effects\n\n- Headache\n\nCall your doctor straight away if you have severe diarrhea, or if you "
           "notice bloody or black stools or severe stomach pain. See your doctor if you have swelling of the legs or "
           "ankles, or back pain, or if you or your family notice new, hard-to-control urges.")
    assert [s.label for s in x.serious_signs] == [
        "severe diarrhea", "bloody or black stools", "severe stomach pain", "swelling of the legs or ankles",
        "back pain", "new, hard-to-control urges"]
