"""Rules from the misses of firstcontact128 (answers in six notations never seen, read by the readers of its formats),
pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _page(usage: str = "- Gout", effects: str = "Headache is common.", head: str = "") -> object:
    return _x(f"{head}\n\n## Usage\n\n{usage}\n\n## Side Effects\n\n{effects}\n", "Calvirex")


def test_members_set_apart_by_semicolons_share_no_place() -> None:
    """"**Less common:** Dry mouth; Hiccups; Pain or swelling at the injection site": the place is the last member's
    own."""
    x = _page(effects="- **Less common:** Dry mouth; Hiccups; Pain or swelling at the injection site")
    assert [e.label for e in x.side_effects] == ["Dry mouth", "Hiccups", "Pain or swelling at the injection site"]


def test_places_closed_by_their_own_or_share_nothing_with_the_signs_after() -> None:
    """"swelling of the lips or tongue, wheezing, or fainting": the list goes on after the places' own "or"."""
    x = _page(effects="Headache is common.\n\nGet help right away if you have a rash, swelling of the lips or tongue, "
                      "wheezing, or fainting.")
    assert [s.label for s in x.serious_signs] == ["rash", "swelling of the lips or tongue", "wheezing", "fainting"]


def test_into_the_bladder_is_the_intravesical_route_and_no_part_of_the_class() -> None:
    """"an antiseptic agent instilled directly into the bladder": the class without where it goes, the route
    intravesical."""
    x = _page(usage="Calvirex is an antiseptic agent instilled directly into the bladder to relieve pain.\n\n"
                    "- Interstitial cystitis")
    assert x.drug_class is not None and x.drug_class.label == "antiseptic agent"
    assert [r.label for r in x.routes] == ["intravesical"]


def test_when_an_effect_is_likelier_is_no_effect() -> None:
    """"**Serious:** Pancreatitis (stomach pain, vomiting), more likely with alcohol": when it comes more often."""
    x = _page(effects="- **Serious:** Pancreatitis (stomach pain, vomiting), more likely with alcohol")
    assert [e.label for e in x.side_effects] == ["Pancreatitis"]
