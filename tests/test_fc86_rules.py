"""Rules firstcontact86's misses showed, pinned on invented pages (other drugs, other words): a bullet of a long
sentence whose examples follow "e.g." and whose effect is said to occur ("may occur", "can appear in the first weeks",
"is the most important side effect") gives the effect alone; what a drug binds, "part of the X channel", and then
"closes this channel" is that channel blocked."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_sentence_bullets_with_examples_after_eg() -> None:
    x = _x("## Side Effects\n\nThe most common side effects include:\n\n- Dry mouth is the most important side effect; "
           "it may cause trouble swallowing.\n- Constipation and bloating may occur, e.g., when fluids are low.\n"
           "- Skin reactions can appear in the first weeks, e.g., redness, flaking, or hives.\n- Weight gain is "
           "common, e.g., 1 to 2 kg a year.\n")
    assert [e.label for e in x.side_effects] == ["Dry mouth", "Constipation", "Bloating", "Skin reactions",
                                                 "Weight gain"]


def test_a_subunit_of_a_channel_bound_and_the_channel_closed() -> None:
    x = _x("## How it Works\n\nZoravir binds to the Kir6.2 subunit (Kir6.2), part of the inward-rectifier potassium "
           "(K-IR) channel in heart muscle, and closes this channel.\n")
    assert {(m.relation, m.target) for m in x.mechanism} == {("binds", "Kir6.2 subunit"),
                                                             ("blocks", "inward-rectifier potassium channel")}


def test_bracketed_numbers_under_numbered_groups_and_full_width_brackets() -> None:
    x = _x("**【Usage】**\n\nZoravir is an antiviral tablet.\n\n1. Approved uses\n(1) Shingles: in adults over 50.\n"
           "(2) Cold sores: at the first tingle.\n2. Off-label uses\n(1) Bell's palsy, with a steroid.\n"
           "3. Limitations\n(1) Zoravir is not a vaccine.\n(2) It is not used for chickenpox in children.\n\n"
           "**【Side Effects】**\n\nCommon: headache, nausea.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Cold sores", None),
                                                          ("Bell's palsy", "off-label")]
    assert [e.evidence.section for e in x.side_effects] == ["Side Effects", "Side Effects"]
