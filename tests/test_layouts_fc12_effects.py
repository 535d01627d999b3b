"""Side-effect and serious-sign layouts of the twelfth first-contact set (tests/fixtures/firstcontact12),
each as a small page of its own with other words and other drugs: what the extractor must read from it."""
from __future__ import annotations

import pytest

from tests.test_extract_layouts5 import _x


def _effects(x) -> dict[str, str]:
    return {e.label: e.category for e in x.side_effects}


# -- a run-on line of frequency groups (the EU label style) ------------------------------------------

@pytest.mark.parametrize("line", [
    "Very common (≥1/10): headache, nausea; Common (≥1/100 to <1/10): dry mouth, tremor; "
    "Uncommon (≥1/1,000 to <1/100): hair loss, slow heartbeat; Rare (≥1/10,000 to <1/1,000): pancreatitis.",
    "Very common (more than 1 in 10 people): headache, nausea. Common (up to 1 in 10 people): dry mouth, tremor. "
    "Uncommon (up to 1 in 100 people): hair loss, slow heartbeat. Rare (up to 1 in 1,000 people): pancreatitis.",
    "Very common: headache, nausea; common: dry mouth, tremor; uncommon: hair loss, slow heartbeat; "
    "and rare: pancreatitis",
])
def test_a_run_on_line_of_frequency_groups_gives_each_group_its_own_items(line: str) -> None:
    x = _x(f"#### Side Effects:\n{line}\n\n#### FAQs:\n**Q1: Is it safe?**\nYes.")
    got = _effects(x)
    assert got == {"Headache": "Very common", "Nausea": "Very common", "Dry mouth": "Common", "Tremor": "Common",
                   "Hair loss": "Uncommon", "Slow heartbeat": "Uncommon", "Pancreatitis": "Rare"}, got


def test_a_semicolon_without_a_group_label_stays_in_its_group() -> None:
    x = _x("**Side Effects:**\n\nCommon: headache, nausea; dry mouth; Uncommon: tremor")
    assert _effects(x) == {"Headache": "Common", "Nausea": "Common", "Dry mouth": "Common", "Tremor": "Uncommon"}


# -- a named syndrome whose initials follow it -------------------------------------------------------

@pytest.mark.parametrize("body", [
    "**Serious:** liver injury; drug reaction with eosinophilia and systemic symptoms (DRESS); low platelets.",
    "Serious side effects include liver injury, drug reaction with eosinophilia and systemic symptoms (DRESS), "
    "and low platelets.",
    "**Serious:**\n- Liver injury, drug reaction with eosinophilia and systemic symptoms (DRESS)\n- Low platelets",
])
def test_a_name_its_initials_spell_is_one_effect(body: str) -> None:
    x = _x(f"**Side Effects:**\n\n{body}")
    labels = set(_effects(x))
    assert "Drug reaction with eosinophilia and systemic symptoms" in labels, labels
    assert "Systemic symptoms" not in labels and "Liver injury" in labels


def test_an_and_list_without_initials_still_splits() -> None:
    x = _x("**Side Effects:**\n\n**Serious:** fever and rash (FR); hepatitis; Stevens-Johnson syndrome and toxic "
           "epidermal necrolysis (SJS/TEN).")
    labels = set(_effects(x))
    assert {"Fever", "Rash", "Stevens-Johnson syndrome", "Toxic epidermal necrolysis"} <= labels, labels


# -- a Section | Details table whose sections continue on rows with an empty first cell ---------------

def test_continuation_rows_of_a_section_table_keep_their_group_labels() -> None:
    x = _x("| Section | Details |\n| --- | --- |\n| **Generic Name** | Zoravir |\n"
           "| **Usage** | Zoravir treats **chronic gout**. |\n"
           "| **Side Effects** | **Common:** dry mouth, blurred vision |\n"
           "| | **Less common:** hair loss, tremor |\n"
           "| | **Serious:** kidney stones; liver damage |\n"
           "| | Get medical help right away if you have dark urine or severe back pain. |\n"
           "| **FAQs** | **Is it safe?** Yes. |\n| | **Can I drink alcohol?** No. |")
    assert _effects(x) == {"Dry mouth": "Common", "Blurred vision": "Common", "Hair loss": "Less common",
                           "Tremor": "Less common", "Kidney stones": "Serious", "Liver damage": "Serious"}
    assert all(e.serious == (e.category == "Serious") for e in x.side_effects)
    assert {s.label for s in x.serious_signs} == {"dark urine or severe back pain"} or \
        {"dark urine", "severe back pain"} <= {s.label for s in x.serious_signs}
