"""Layouts and wordings of firstcontact11 (measured blind once, at 0.800; these rules came after)."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(x) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(t.label, t.qualifier) for t in x.treats]


def test_a_use_item_names_its_disease_without_the_care_or_its_grade() -> None:
    x = _x("**Usage:**\n\nIt is used for:\n\n"
           "- Long-term maintenance treatment of asthma, only together with an inhaled corticosteroid\n"
           "- Maintenance treatment of chronic obstructive pulmonary disease (COPD), including chronic bronchitis\n"
           "- Moderately to severely active Crohn's disease in adults\n"
           "- Moderate to severe plaque psoriasis in adults\n"
           "- Active psoriatic arthritis in adults\n\n"
           "**Side Effects:**\n- Headache\n")
    assert _uses(x) == [("Asthma", None), ("Chronic obstructive pulmonary disease", None), ("Crohn's disease", None),
                        ("Plaque psoriasis", None), ("Psoriatic arthritis", None)]
    assert x.treats[1].abbreviation == "COPD"


def test_a_graded_symptom_keeps_its_grade() -> None:
    x = _x("**Usage:**\n\n- Mild to moderate pain\n- Moderate to severe acne\n\n**Side Effects:**\n- Headache\n")
    assert _uses(x) == [("Mild to moderate pain", None), ("Acne", None)]


def test_a_frequency_adverb_between_commas_is_no_use() -> None:
    for text in ("Off-label, it is also used for trigeminal neuralgia and, less often, for bipolar disorder.",
                 "It is used for:\n\n- Trigeminal neuralgia and, less often, bipolar disorder\n"):
        x = _x(f"**Usage:**\n\nIt is used to treat epilepsy.\n\n{text}\n\n**Side Effects:**\n- Headache\n")
        assert [u for u, _ in _uses(x)] == ["Epilepsy", "Trigeminal neuralgia", "Bipolar disorder"], text
