"""Rules from the misses of firstcontact268 and firstcontact269 (music-store, ride-sharing, video, marketplace,
e-commerce and payment assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _mech, _page


def test_a_form_only_studied_is_none_it_comes_as() -> None:
    x = _page(usage="Its uses include:\n\n1. Pupil dilation for eye examinations\n2. Drooling in Parkinson's disease, "
                    "where zorvane given as a film under the tongue has been studied")
    assert x.routes == [] and x.formulations == []
    x = _page(usage="Zorvane is used for drooling. It is given as a film under the tongue.")
    assert [r.label for r in x.routes] == ["sublingual"]


def test_a_form_it_does_not_replace_is_anothers() -> None:
    x = _page(usage="Zorvane is used for eye infections. It does not replace oral antibiotics for deeper infections.")
    assert x.routes == []


def test_another_brand_in_some_markets() -> None:
    x = _page(gen="**Zorvane**\n\nIt is available as 1% eye drops, most often under the brand name **Dilatex**, and "
                  "also as Pupilon in some markets.")
    assert [b.label for b in x.brand_names] == ["Dilatex", "Pupilon"]


def test_a_childs_states_each_a_sign() -> None:
    x = _page(effects="- Rash\n\nGet emergency help if you develop severe eye pain, or if a child becomes very drowsy, "
                      "flushed or confused after the drops.")
    assert [s.label for s in x.serious_signs] == ["severe eye pain", "child becoming very drowsy",
                                                  "child becoming flushed", "child becoming confused"]


def test_a_molecule_that_holds_on_to_water_but_not_a_kidney() -> None:
    assert _mech("1. In the bowel, each zorvane molecule holds on to water molecules through hydrogen bonds.\n"
                 "2. This keeps water inside the bowel.") == [("binds", "water")]
    assert _mech("Zorvane blocks the mineralocorticoid receptor. Normally this hormone tells the kidney to hold on to "
                 "sodium.") == [("blocks", "mineralocorticoid receptor")]


def test_two_problems_of_one_head_in_a_population() -> None:
    assert _uses("Uses:\n\n1. **Excessive daytime sleepiness** – it was prescribed.\n2. **Memory and concentration "
                 "problems in older adults** – its approved use.") == [
        "Excessive daytime sleepiness", "Memory and concentration problems"]
