"""Rules from the misses of firstcontact304 to firstcontact307 (postal, cruise, sports, museum, cosmetics, cookware,
lighting and sweets companies' assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

import pytest

from tests.test_fc234_rules import _mech, _page
from tests.test_link_coverage import exact


def _brands(text: str) -> list[str]:
    return [b.label for b in _page(gen=text).brand_names]


@pytest.mark.parametrize(("text", "brands"), [
    ("Zorvane is a gene therapy for retinal dystrophy, sold by Spark Therapeutics as **Luxorva**.", ["Luxorva"]),
    ("Zorvane is an enzyme replacement therapy, sold by Takeda (Shire) as Replizor.", ["Replizor"]),
    ("Zorvane is an antidote. In the UK one brand is Antizor; elsewhere it is supplied as a generic.", ["Antizor"]),
    ("Zorvane is an antibiotic. It was sold for many years as Zorcin; it is no longer marketed.", ["Zorcin"]),
    ("Zorvane is an antiseptic cream sold under the brands Zorvex Cream and Skinzor.", ["Zorvex Cream", "Skinzor"]),
])
def test_brands_by_their_maker_as_one_brand_for_years_and_under_the_brands(text: str, brands: list[str]) -> None:
    assert _brands(text) == brands


def test_the_brands_of_a_drug_it_is_compared_with_are_not_its_own() -> None:
    assert _brands("Zorvane is an antihistamine sold as Zorvix. It works in a similar way to bilastine (sold as "
                   "Ilaxten in the UK and Blexten in Canada).") == ["Zorvix"]


def test_who_sells_it_is_no_use() -> None:
    assert [u.label for u in _page(usage="Zorvane is a gene therapy for haemophilia B, sold by CSL Behring as "
                                         "Hemzorva. It is given once.").treats] == ["Haemophilia B"]


def test_a_bound_receptor_then_blocked_by_its_class_word() -> None:
    assert _mech("Zorvane binds to the P2Y12 receptor on platelets. When ADP is released, this receptor switches "
                 "platelets on. By blocking the receptor, Zorvane keeps platelets from clumping. It also binds the "
                 "A3 receptor on mast cells.")[:2] == [("blocks", "P2Y12 receptor"), ("binds", "A3 receptor")]


def test_a_gloss_above_the_words_own_term_is_not_their_link(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("condition", "Systemic sclerosis", ("scleroderma",), None)
    assert exact(outcome) >= {"MONDO:0005100"} and "DOID:419" not in exact(outcome)

