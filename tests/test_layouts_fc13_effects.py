"""Side-effect wordings of the thirteenth first-contact set (tests/fixtures/firstcontact13), each as a small page
of its own with other words: what the extractor must read from them, and what it must not."""
from __future__ import annotations

import pytest

from tests.test_extract_layouts5 import _x


def _effects(body: str) -> dict[str, str]:
    return {e.label: e.category for e in _x(body).side_effects}


@pytest.mark.parametrize("lead", [
    "The side effects reported most often are",
    "The side effects seen most often are",
    "The effects people notice most often are",
    "The adverse effects reported most often include",
])
def test_a_lead_with_the_before_side_effects_gives_common(lead: str) -> None:
    got = _effects(f"**Side Effects:** {lead} nausea, back pain and constipation.")
    assert got == {"Nausea": "Common", "Back pain": "Common", "Constipation": "Common"}


@pytest.mark.parametrize("sent", [
    "Headache, dizziness and rash are less common.",
    "Headache, dizziness and rash are uncommon.",
    "Headache, dizziness and rash are less frequent.",
])
def test_a_list_then_its_group(sent: str) -> None:
    got = _effects(f"**Side Effects:** The side effects reported most often are nausea and constipation. {sent}")
    assert got["Headache"] == got["Dizziness"] == got["Rash"] == "Less common"
    assert got["Nausea"] == "Common"


def test_a_list_then_its_group_guards() -> None:
    got = _effects("**Side Effects:** Common side effects include nausea and constipation. "
                   "These effects are less common in children. Most of them are uncommon.")
    assert set(got) == {"Nausea", "Constipation"}


@pytest.mark.parametrize("para", [
    "Serious problems are rare. The main one is irritation of the esophagus, especially if you lie down too soon. "
    "Other rare risks are osteonecrosis of the jaw (the jawbone failing to heal), low blood calcium, and eye "
    "inflammation (uveitis).",
    "Serious side effects are very uncommon. The biggest risk is irritation of the esophagus. "
    "Other serious problems include osteonecrosis of the jaw, low blood calcium and eye inflammation.",
    "More serious reactions are rare. The chief concern is irritation of the esophagus. "
    "Other rare ones are osteonecrosis of the jaw, low blood calcium, and eye inflammation.",
])
def test_a_serious_paragraph_by_sentences(para: str) -> None:
    got = _effects(f"**Side Effects:** Common side effects include nausea and constipation.\n\n{para}")
    want = {"Irritation of the esophagus", "Osteonecrosis of the jaw", "Low blood calcium", "Eye inflammation"}
    assert {k for k, v in got.items() if v == "Serious"} == want
    assert not any(k.startswith(("Serious", "More serious")) for k in got)


def test_severe_bone_and_muscle_pain_is_one_effect() -> None:
    got = _effects("**Side Effects:** Common side effects include nausea.\n\n"
                   "Serious problems are rare. Other rare risks are jaw problems, severe bone and muscle pain, "
                   "and low blood calcium.")
    assert "Severe bone and muscle pain" in got and "Severe bone" not in got
    got = _effects("**Side Effects:** Common side effects include nausea, dry mouth and joint pain, and headache.")
    assert "Dry mouth" in got and "Joint pain" in got


@pytest.mark.parametrize("sent", [
    "Serious reactions are rare but can include heart attack, stroke, serotonin syndrome (especially with SSRIs), "
    "and a sudden rise in blood pressure.",
    "Serious problems are uncommon but may include heart attack, stroke, serotonin syndrome, and a sudden rise "
    "in blood pressure.",
    "Severe problems are very rare, but can also include heart attack, stroke, serotonin syndrome, and a sudden "
    "rise in blood pressure.",
])
def test_serious_are_rare_but_can_include(sent: str) -> None:
    got = _effects(f"## Side Effects\n\nThe ones people mention most often are nausea and dry mouth.\n\n{sent}")
    assert {k for k, v in got.items() if v == "Serious"} == {
        "Heart attack", "Stroke", "Serotonin syndrome", "Sudden rise in blood pressure"}


@pytest.mark.parametrize("sent,want", [
    ("Many people also notice heaviness or tightness in the chest, throat, neck or jaw, which is usually harmless.",
     "Heaviness or tightness"),
    ("Some people get pressure in the chest, throat or jaw.", "Pressure"),
    ("Some people get flu-like symptoms (fever, aches) for a day or two after starting the monthly tablet.",
     "Flu-like symptoms"),
    ("Many people also notice tingling for a few hours after each dose.", "Tingling"),
])
def test_people_get_sentences(sent: str, want: str) -> None:
    got = _effects(f"## Side Effects\n\nThe ones people mention most often are nausea and dry mouth. {sent}")
    assert got.get(want) == "Common"
    assert not {"Throat", "Neck", "Jaw", "Chest"} & set(got)
    assert not any(k.startswith(("Many people", "Some people")) for k in got)


def test_a_two_part_place_stays_with_its_effect() -> None:
    got = _effects("## Side Effects\n\nThe ones people mention most often are nausea and dry mouth. "
                   "Some people get swelling of the legs or ankles.")
    assert got.get("Swelling of the legs or ankles") == "Common"


@pytest.mark.parametrize("sent,want", [
    ("The nasal spray often leaves an unusual taste in the mouth.", "Unusual taste in the mouth"),
    ("The cream can cause redness and peeling.", "Redness"),
    ("The patch sometimes causes itching where it is worn.", "Itching where it is worn"),  # the place stays
])
def test_a_form_and_what_it_gives(sent: str, want: str) -> None:
    got = _effects(f"## Side Effects\n\nThe ones people mention most often are nausea and dry mouth. {sent}")
    assert got.get(want) == "Common"
    assert not any(k.casefold().startswith(("nasal spray", "the ", "cream", "patch")) for k in got)


@pytest.mark.parametrize("sent", [
    "Drowsiness and dry mouth are by far the most common; each affects about a quarter of people.",
    "Drowsiness and dry mouth are easily the most common side effects.",
    "Drowsiness and dry mouth are probably the most common ones.",
])
def test_by_far_the_most_common(sent: str) -> None:
    got = _effects(f"**Side Effects:**\n{sent}\n\n**Less common:**\n- Confusion\n- Fast heartbeat")
    assert got["Drowsiness"] == got["Dry mouth"] == "Common"
    assert got["Confusion"] == "Less common"


@pytest.mark.parametrize("line,items", [
    ("**Fluid and blood pressure:** Dehydration, dizziness or lightheadedness when standing up, low blood pressure",
     ["Dehydration", "Dizziness or lightheadedness when standing up", "Low blood pressure"]),
    ("**Circulation:** Dizziness when getting up, fainting, swelling of the ankles",
     ["Dizziness when getting up", "Fainting", "Swelling of the ankles"]),
    ("**Heart and vessels:** Flushing, low blood pressure when sitting up, a fast heartbeat",
     ["Flushing", "Low blood pressure when sitting up", "Fast heartbeat"]),
])
def test_a_body_system_label_with_a_moment_in_a_member(line: str, items: list[str]) -> None:
    got = _effects(f"**Side Effects:** Side effects can include:\n\n- **Stomach:** Nausea, constipation\n- {line}")
    label = line[2:line.index(":")]
    assert label not in got
    assert all(got.get(i) == label for i in items)


def test_a_moment_is_only_a_gerund_after_when() -> None:
    from kg.extractors.effects import _MOMENT
    assert _MOMENT.sub("", "dizziness when standing up, fainting") == "dizziness, fainting"
    for text in ("nausea when starting treatment", "rash when used with sunlight", "pain when you stand"):
        assert _MOMENT.sub("", text) == text
