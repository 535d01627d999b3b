"""Rules from the misses of firstcontact114 (ordinary answers of six models not imitated before), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_many_side_effects_is_no_effect() -> None:
    """"Many side effects happen because the sodium level falls.": the effects, spoken of as a group, no effect."""
    x = _x("## Usage\n\n- Gout\n\n## Side effects\n\nMany side effects happen because the sodium level falls.\n\n"
           "- Nausea\n- Cramps\n", "Belmoxan")
    assert [e.label for e in x.side_effects] == ["Nausea", "Cramps"]
