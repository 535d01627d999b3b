"""What set 92's ordinary answers showed the reader missing, pinned on invented pages of other drugs and other words:
a mechanism section told under numbered sub-headings of its own, symptoms listed before the condition they are
symptoms of, and a use's cause or a verb phrase cut off from it."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def test_a_mechanism_under_numbered_sub_headings() -> None:
    x = _x("## 4. How it Works\n\n### 4.1 Class I action (sodium channels)\n\nZoravir blocks fast sodium channels in "
           "heart muscle cells.\n\n### 4.2 Class II action (beta-blockade)\n\nZoravir also blocks beta-1 adrenergic "
           "receptors.\n\n## 5. FAQs\n\n### Can I drink alcohol?\n\nYes, in moderation.\n")
    assert _mech(x) == {("blocks", "fast sodium channel"), ("blocks", "beta-1 adrenergic receptor")}


def test_symptoms_listed_before_their_condition_give_the_condition() -> None:
    x = _x("## Usage\n\nZoravir is approved to treat panic disorder and to relieve sweating, tremor and other symptoms "
           "of opioid withdrawal. It is also used for back spasms, whether from a strain or from conditions such as "
           "multiple sclerosis. Before dental work it may be given to cause drowsiness.\n")
    assert [u.label for u in x.treats] == ["Panic disorder", "Opioid withdrawal", "Back spasms"]


def test_a_state_after_a_use_and_a_later_line_of_treatment_are_no_part_of_it() -> None:
    x = _x("## Usage\n\n- Chronic myeloid leukaemia after dasatinib failure or intolerance — approved\n"
           "- Medullary thyroid cancer, progressive and well-differentiated — approved\n"
           "- Bladder cancer, cisplatin-refractory — off-label\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Chronic myeloid leukaemia", None),
                                                          ("Medullary thyroid cancer", None),
                                                          ("Bladder cancer", "off-label")]


def test_a_tag_of_how_often_and_how_grave() -> None:
    x = _x("## Side Effects\n\n- Headache (common)\n- Hepatitis (rare, serious)\n- Seizures (rare but serious)\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Hepatitis", "Rare", True), ("Seizures", "Rare but serious", True)]
