"""What is said of the effect before it, after its comma, is no effect of its own: how bad it can get ("sometimes
fatal"), what it is ("where ..."), the effect again by a pronoun ("or worsening of it"); pinned by invented pages of
other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _labels(x) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.label for e in x.side_effects]


def test_how_bad_after_the_comma_is_no_effect() -> None:
    x = _x("Side Effects:\n- Pancreatitis, occasionally fatal, mainly in people who drink heavily\n"
           "- Heart failure, potentially life-threatening\n- Nausea\n", "Zorvane")
    assert _labels(x) == ["Pancreatitis", "Heart failure", "Nausea"]


def test_a_where_gloss_and_a_pronoun_are_no_effects() -> None:
    x = _x("Side Effects:\n- Psoriasis, or worsening of it\n"
           "- Rebound redness, where the eye turns redder as each dose wears off\n- Dizziness\n", "Zorvane")
    assert _labels(x) == ["Psoriasis", "Rebound redness", "Dizziness"]


def test_a_body_part_alone_is_no_effect_or_shares_the_one_before() -> None:
    """"Fibrosis of the lungs, heart valves or abdomen": no effect named "Heart valves"; "Dry mouth, nose and throat":
    dry, each."""
    x = _x("Side Effects:\n- Scarring of the kidneys, heart valves or abdomen\n- Sore gums, lips and tongue\n"
           "- Nausea\n", "Zorvane")
    labels = _labels(x)
    assert "Heart valves" not in labels and "Abdomen" not in labels
    assert "Sore lips" in labels and "Sore tongue" in labels and "Lips" not in labels
