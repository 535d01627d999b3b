"""A class sentence that names two things ("a potassium-sparing diuretic and an aldosterone antagonist", "a mucolytic
medicine and the antidote for ...", "an antihistamine and mast cell stabilizer", "a partial opioid agonist and a
Schedule III controlled substance") gives the first as the class; "a (natural) form of vitamin D" gives the vitamin,
while a copy of anything else ("a synthetic form of delta-9-THC") gives none; pinned on invented pages."""
from __future__ import annotations

import pytest

from tests.test_extract_layouts5 import _x


@pytest.mark.parametrize(("said", "cls"), [
    ("a potassium-sparing diuretic and an aldosterone antagonist (also called an MRA)", "potassium-sparing diuretic"),
    ("a mucolytic (mucus-thinning) medicine and the antidote for acetaminophen poisoning", "mucolytic"),
    ("an antihistamine and mast cell stabilizer used mainly for allergies of the eyes", "antihistamine"),
    ("a **partial opioid agonist** and a Schedule III controlled substance", "partial opioid agonist"),
    ("a natural form of vitamin B12 that is given by injection", "vitamin B12"),
    ("a form of vitamin D, the same form that your skin makes in sunlight", "vitamin D"),
    ("a serotonin antagonist and reuptake inhibitor", "serotonin antagonist and reuptake inhibitor"),
])
def test_the_class_of_a_sentence_that_names_two_things(said: str, cls: str) -> None:
    x = _x(f"## Usage\nZoravir is {said}. It is used to treat gout.\n")
    assert x.drug_class is not None and x.drug_class.label == cls


def test_a_copy_of_something_else_is_no_class() -> None:
    x = _x("## Usage\nZoravir is a synthetic form of delta-9-tetrahydrocannabinol. It is used to treat nausea.\n")
    assert x.drug_class is None
