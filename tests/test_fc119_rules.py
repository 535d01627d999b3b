"""Rules from the misses of firstcontact119 (ordinary answers of six models not imitated before, written after every
rule of the session), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_patients_seek_help_if_they_feel_or_have() -> None:
    """"Patients should seek medical help right away if they feel dizzy when standing up, become confused, or have a
    stiff neck": the patients' signs; "if they have not gone away" (of effects) gives none."""
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\nHeadache is common. Patients should seek medical help right away "
           "if they feel dizzy when standing up, become confused, or have a stiff neck.\n", "Corvilan")
    assert [s.label for s in x.serious_signs] == ["feeling dizzy when standing up", "becoming confused", "stiff neck"]
    y = _x("## Usage\n\n- Gout\n\n## Side Effects\n\nHeadache and nausea are common. Tell your doctor if they have not "
           "gone away after a week.\n", "Corvilan")
    assert y.serious_signs == []


def test_a_specialized_medication_names_no_class() -> None:
    """"Corvilan is a specialized medication for ..." under a "Drug Class:" field: the field's class."""
    x = _x("## Generic Name\n\n**Corvilan**\n\n* **Drug Class:** Urea cycle modulator\n\n## Usage\n\nCorvilan is a "
           "specialized medication for rare inherited conditions in which the body cannot clear ammonia.\n", "Corvilan")
    assert x.drug_class is not None and x.drug_class.label == "Urea cycle modulator"
    assert [u.label for u in x.treats] == ["Rare inherited conditions"]


def test_two_uses_told_apart_only_by_their_causes() -> None:
    """"Diarrhea caused by radiation" and "Preventing diarrhea caused by antibiotics in older adults": the causes are
    all that tells the two uses apart and are kept (without the population); a cause said once is cut."""
    x = _x("## Usage\n\nCorvilan is used for:\n\n1. Diarrhea caused by radiation therapy (radiation enteritis)\n"
           "2. Cramps caused by bile acids\n\nOff-label:\n\n1. Preventing diarrhea caused by antibiotics in older "
           "adults\n\n## Side Effects\n\n- Headache\n", "Corvilan")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Diarrhea caused by radiation therapy", None), ("Cramps", None),
        ("Diarrhea caused by antibiotics", "off-label")]
