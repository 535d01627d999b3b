"""Rules from the misses of firstcontact192 and firstcontact193 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-191), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_binding_that_stops_the_step_the_bound_enzymes_do_inhibits_them() -> None:
    x = _x("## How it Works\n\nZorvane binds to the enzymes DNA gyrase (GyrA), the enzymes bacteria use to coil "
           "their DNA. This blocks the final supercoiling (ligation) step of DNA copying, so the bacteria die.\n",
           "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("inhibits", "DNA gyrase")]


def test_a_lead_in_pointing_at_its_list_is_no_effect() -> None:
    x = _x("## Side Effects\n\nZorvane is well tolerated. In HELIOS-B the following were reported:[3]\n\n- Nausea\n"
           "- Dry eyes\n", "Zorvane")
    assert [e.label for e in x.side_effects] == ["Nausea", "Dry eyes"]


def test_approved_specifically_for_and_the_first_pill_no_class() -> None:
    x = _x("## Usage\n\nZorvane is the first pill approved specifically for hereditary angioedema (HAE), which is "
           "a rare swelling disorder.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Hereditary angioedema"] and x.drug_class is None


def test_what_the_use_is_said_last_as_an_appositive_names_no_more_uses() -> None:
    x = _x("## Usage\n\nZorvane is the first medicine approved for pemphigus vulgaris, a rare and sometimes fatal "
           "form of blistering disease with painful mouth sores, fever and weight loss.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Pemphigus vulgaris"]
