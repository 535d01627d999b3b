"""Wordings of the blind set firstcontact22 (five ordinary pages, measured once at 0.890), each pinned with invented
pages of the same shapes."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc20_wordings import _uses
from tests.test_mechanism20 import _mech


def test_possible_ways_include_inhibiting_an_enzyme_with_a_comma_in_its_name() -> None:
    got = _mech("After the capsule is digested, zoravir releases EPA. EPA is thought to reduce fat production. "
                "Possible ways include inhibiting the enzyme acyl-CoA:1,2-diacylglycerol acyltransferase (DGAT).")
    assert ("inhibits", "acyl-CoA:1,2-diacylglycerol acyltransferase", "DGAT") in got


def test_a_cream_is_put_on_the_skin_unless_a_gel_goes_through_it() -> None:
    x = _x("## Usage\n\nZoravir comes as capsules and as a 5% cream for itching.\n")
    assert sorted(r.label for r in x.routes) == ["oral", "topical"]
    x = _x("## Usage\n\nZoravir comes as a skin patch and as a transdermal gel.\n")
    assert "topical" not in [r.label for r in x.routes]
    x = _x("## Usage\n\nZoravir tablets treat ringworm that is too deep for a cream to reach.\n")
    assert [f.label for f in x.formulations] == ["tablets"]


def test_temporary_relief_and_keeping_a_disease_in_remission() -> None:
    assert _uses("The spray is used for the temporary relief of nasal congestion caused by the common cold.") == {
        ("Nasal congestion", None)}
    assert _uses("Zoravir treats gout. Doctors also prescribe it off-label for lupus and to keep vasculitis in "
                 "remission after initial treatment.") == {("Gout", None), ("Lupus", "off-label"),
                                                           ("Vasculitis", "off-label")}
