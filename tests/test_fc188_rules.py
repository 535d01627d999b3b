"""Rules from the misses of firstcontact188 and firstcontact189 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-187), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _side(text: str):  # type: ignore[no-untyped-def]
    return _x(f"## Side Effects\n\n{text}\n", "Zorvane")


def _targets(text: str) -> list[tuple[str, str]]:
    return [(m.relation, m.target) for m in _x(f"## How it Works\n\n{text}\n", "Zorvane").mechanism if m.is_target]


def test_signs_of_a_serious_problem_are_signs() -> None:
    x = _side("Serious side effects:\n\n* Pancreatitis\n\nSigns of a serious reaction include a high fever, "
              "swollen glands, and peeling skin.")
    assert [e.label for e in x.side_effects] == ["Pancreatitis"]
    assert [s.label for s in x.serious_signs] == ["high fever", "swollen glands", "peeling skin"]


def test_the_doctor_must_be_informed_if_the_patient_develops() -> None:
    x = _side("Common side effects are thirst.\n\nIf the patient develops seizures, slurred speech, or severe "
              "drowsiness after a dose change, the doctor should be told immediately.")
    assert [s.label for s in x.serious_signs] == ["seizures", "slurred speech", "severe drowsiness"]


def test_how_much_reaches_the_blood_is_no_effect() -> None:
    x = _side("The gel's side effects are mild:\n\n* Stinging\n\nWhen zorvane is taken by mouth as capsules, more of "
              "it reaches the blood. Side effects of oral zorvane include:\n\n* Headache\n* Palpitations")
    assert [e.label for e in x.side_effects] == ["Stinging", "Headache", "Palpitations"]


def test_receptors_named_by_greek_letters_and_an_agonist_on_them() -> None:
    assert _targets("It acts as an agonist on peripheral mu, kappa and delta opioid receptors in the bowel.") == [
        ("activates", "mu opioid receptor"), ("activates", "kappa opioid receptor"),
        ("activates", "delta opioid receptor")]


def test_a_rise_said_with_how_slowly_names_nothing() -> None:
    x = _x("## How it Works\n\n- **More tears**: The amount of tears increases slowly over a few weeks.\n", "Zorvane")
    assert not [m for m in x.mechanism if "slowly" in m.target or "over" in m.target]
