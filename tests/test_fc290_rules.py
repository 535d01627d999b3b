"""Rules from the misses of firstcontact290 and firstcontact291 (fashion, beauty, food and streaming brands'
assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _mech, _page


def test_uses_said_experimental_and_not_approved_are_still_listed() -> None:
    x = _page(usage="Zorvane is used for gout. It has also been studied for other conditions. These uses are "
                    "experimental and not approved:\n\n- Sarcoidosis, in a small study\n- Alcohol dependence, to "
                    "reduce craving")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Gout", None), ("Sarcoidosis", "investigational"), ("Alcohol dependence", "investigational")]


def test_a_complaint_it_is_approved_to_improve() -> None:
    assert _uses("In Korea, zorvane is approved to improve tinnitus (ringing in the ears) that remains after a "
                 "stroke.") == ["Tinnitus"]
    # a measure it improves is no use
    assert _uses("Zorvane is used for gout. It is also approved to improve blood flow in the legs.") == ["Gout"]


def test_the_use_a_brand_was_sold_for_in_a_country() -> None:
    assert _uses("Its best-known brand is Zorex in Japan, and it was sold in Italy as Zorelan for poor circulation "
                 "in the feet.") == ["Poor circulation in the feet"]


def test_the_proteasome_is_a_target() -> None:
    assert _mech("Zorvane binds irreversibly to the 26S proteasome and inhibits its activity.") == [
        ("inhibits", "26S proteasome")]


def test_the_plan_a_prevention_belongs_to_and_its_evidence_are_no_part_of_it() -> None:
    x = _page(usage="It is also approved to reduce the risk of diabetic eye disease as part of intensive blood sugar "
                    "control, based on a large trial.")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Diabetic eye disease", "prevention")]


def test_the_first_choice_for_people_with_a_condition() -> None:
    x = _page(usage="Zorvane is used for type 2 diabetes. Off-label, low doses are often the first choice for people "
                    "with neonatal diabetes, a rare inherited form of diabetes.")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Type 2 diabetes", None),
                                                          ("Neonatal diabetes", "off-label")]


def test_the_forms_it_is_compared_with_or_used_with_are_others() -> None:
    x = _page(usage="Zorvane is given as an injection into a muscle. It does not work quickly the way steroid creams "
                    "can.")
    assert [f.label for f in x.formulations] == ["injection"]
