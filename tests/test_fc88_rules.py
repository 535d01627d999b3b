"""Rules firstcontact88's misses showed, pinned on invented pages (other drugs, other words): middle-dot bullets
("· Headache") are a list; "Side effects are common, ..., including (but not limited to): a; b; c" gives the common
group's list, as "include but are not limited to" does."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_middle_dot_bullets() -> None:
    x = _x("### Part 2 - Usage\n\nZoravir is approved for:\n· Shingles in adults over 50\n· Cold sores\n\n"
           "### Part 3 - Side Effects\n\nCommon side effects:\n· Headache\n· Nausea\n")
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [e.label for e in x.side_effects] == ["Headache", "Nausea"]


def test_side_effects_are_common_including_a_list() -> None:
    x = _x("**Side Effects** — Side effects are common, mostly in the first days, including but not limited to: "
           "dizziness; dry mouth; blurred vision; and, in older adults, confusion. Taking it at night helps.\n")
    assert [(e.label, e.category) for e in x.side_effects] == [("Dizziness", "Common"), ("Dry mouth", "Common"),
                                                               ("Blurred vision", "Common"), ("Confusion", "Common")]
    y = _x("## Side Effects\n\nSide effects include but are not limited to rash, fever and joint pain.\n")
    assert [e.label for e in y.side_effects] == ["Rash", "Fever", "Joint pain"]
