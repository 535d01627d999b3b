"""Rules from the misses of firstcontact198 to firstcontact201 (ordinary answers of twenty-four models not imitated
before, measured after the rules from sets 140-198), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(usage: str) -> list[tuple[str, str | None]]:
    x = _x(f"## Usage\n\n{usage}\n\n## Side Effects\n\n- Headache\n", "Zorvane")
    return [(u.label, u.qualifier) for u in x.treats]


def test_a_paragraph_that_finishes_a_lead_of_uses() -> None:
    assert _uses("Zorvane is a calcium mimetic. It is used for:\n\nSecondary hyperparathyroidism (SHPT), which is "
                 "when the glands make too much hormone because the kidneys fail. It was approved in 2017.") == [
        ("Secondary hyperparathyroidism", None)]
    assert _uses("It is used for:\n\nGout that has not responded to other medicines, in adults.") == [("Gout", None)]


def test_a_paragraph_with_a_clause_of_its_own_is_no_use() -> None:
    assert _uses("It is used for:\n\nMost patients in the trials had kidney stones before "
                 "treatment.") == []
