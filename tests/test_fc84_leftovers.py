"""Rules from firstcontact84's misses left undone last session, pinned on invented pages (other drugs, other words): a
list of three or more short effects whose last closes on where it shows shares that place out; "call your doctor right
away about A, B or C" names signs; what a drug is said to switch on (a name alone, no target word) and is then said to
bind or to activate once bound, it activates."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def test_a_shared_place_closing_a_list_of_three_is_shared_out() -> None:
    x = _x("## Side Effects\n\nCommon side effects include:\n\n- Itching, redness or a small blister where the patch "
           "was worn\n- Soreness or swelling at the injection site\n- Headache\n")
    assert [e.label for e in x.side_effects] == [
        "Itching where the patch was worn", "Redness where the patch was worn",
        "Small blister where the patch was worn",
        "Soreness or swelling at the injection site", "Headache"]


def test_call_your_doctor_right_away_about_signs() -> None:
    x = _x("## Side Effects\n\n- Nausea\n- Dizziness\n\nAfter a nerve block, call your doctor right away about "
           "chest tightness, hoarseness, or trouble swallowing.\n")
    assert [s.label for s in x.serious_signs] == ["chest tightness", "hoarseness", "trouble swallowing"]


def test_switched_on_then_bound_is_activated() -> None:
    x = _x("## How it Works\n\n**Put simply, zoravir switches on plasminogen, the body's own clot-dissolving "
           "helper.**\n\nZoravir is a small peptide that attaches to plasminogen.\n")
    assert _mech(x) == {("activates", "plasminogen")}


def test_activated_once_bound_is_activated() -> None:
    x = _x("## How it Works\n\nZoravir latches onto protein C. When it binds, it changes the shape of protein C and "
           "activates it, so protein C cuts up clotting factors faster.\n")
    assert ("activates", "protein C") in _mech(x)
    assert ("binds", "protein C") not in _mech(x)
