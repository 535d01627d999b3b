"""Rules from the misses of firstcontact196 and firstcontact197 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-195; the first also seen in set 190's telitacicept), pinned by invented pages of
other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_development_code_is_the_synonym_without_its_words() -> None:
    x = _x("## Generic Name\n\n**Zorvane** (development code: ZRV-401)\n\n## Usage\n\nIt is used for gout.\n",
           "Zorvane")
    assert [s.label for s in x.drug.synonyms] == ["ZRV-401"]
    x = _x("## Generic Name\n\nZorvane (also known by its research code AB123) is an oral urate lowerer.\n\n"
           "## Usage\n\nIt is used for gout.\n", "Zorvane")
    assert [s.label for s in x.drug.synonyms] == ["AB123"]


def test_get_emergency_care_for_lists_signs() -> None:
    x = _x("## Side Effects\n\n- Serious side effects:\n  - Pancreatitis\n- Get emergency care for: severe belly pain, "
           "vomiting blood, or fainting.\n", "Zorvane")
    assert [e.label for e in x.side_effects] == ["Pancreatitis"]
    assert [s.label for s in x.serious_signs] == ["severe belly pain", "vomiting blood", "fainting"]
