"""Rules from the misses of firstcontact232 and firstcontact233 (reading, social, site-builder and shopping
assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc218_rules import _uses


def test_two_words_of_one_complaint_before_its_noun() -> None:
    assert _uses("It is used for:\n\n- Dry, itchy eyes from contact lens wear\n- Red, scaly patches of psoriasis") == [
        "Dry, itchy eyes from contact lens wear", "Red, scaly patches of psoriasis"]


def _mech(text: str) -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\nIt is used for poisoning.\n\n## How it Works\n\n{text}\n", "Zorvane")
    return [(m.relation, m.target) for m in x.mechanism]


def test_each_ion_a_binder_holds() -> None:
    assert _mech("Zorvane is a resin that stays in the gut. It binds **lithium** and **potassium** ions through ion "
                 "exchange.") == [("binds", "lithium ion"), ("binds", "potassium ion")]
