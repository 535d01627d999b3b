"""Set 104's misses (ordinary answers of models not imitated before), each rule pinned by invented pages of other drugs
and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def test_how_it_is_given_said_after_the_brand_and_a_route_another_treatment_needs() -> None:
    """"Brand name: Zorex (...). It is given as an injection under the skin.": its route; "where a medicine given into a
    vein is needed" is what the condition needs instead."""
    x = _x("Generic Name: Zoravir\n\nBrand name: Zorex (made by Acme). It is given as an injection under the skin from "
           "a pen.\n\nUsage:\nIt treats gout. It is not suitable for a sudden flare, where a steroid given into a vein "
           "is needed.\n")
    assert [r.label for r in x.routes] == ["subcutaneous"]


def test_binding_to_albumin_is_no_target() -> None:
    """Binding to albumin carries the drug in the blood (how long it lasts), no target."""
    x = _x("## How it Works\n\nA fatty acid chain attached to each zoravir molecule binds to albumin, a protein in the "
           "blood, which slows its action.\n")
    assert _mech(x) == set()
    x = _x("## How it Works\n\nZoravir binds to albumin in the blood, which makes it last longer. Zoravir then binds "
           "to and activates the Q7 receptor.\n")
    assert _mech(x) == {("activates", "Q7 receptor")}


def test_a_family_named_by_its_symbol_beside_its_members_is_said_by_them() -> None:
    x = _x("## How it Works\n\nZoravir works by activating serotonin (5-HT) receptors. It activates 5-HT2C receptors "
           "in the brain, which curbs appetite.\n")
    assert _mech(x) == {("activates", "5-HT2C receptor")}
    x = _x("## How it Works\n\nZoravir works by activating serotonin (5-HT) receptors throughout the body.\n")
    assert _mech(x) == {("activates", "serotonin receptor")}


def test_an_aim_named_by_its_episodes_over_kinds_of_the_disease() -> None:
    x = _x("Usage:\nZoravir is a medicine used to treat asthma attacks once they have started. It is used for:\n\n"
           "- Allergic asthma in adults\n- Exercise-induced asthma (off-label)\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Allergic asthma", None),
                                                          ("Exercise-induced asthma", "off-label")]


def test_if_you_get_the_signs_stop_and_get_help() -> None:
    x = _x("## Side Effects\n\n- Rash\n\nIf you get hives, a swollen tongue, or wheezing, stop the tablets and get "
           "medical help right away.\n")
    assert [s.label for s in x.serious_signs] == ["hives", "swollen tongue", "wheezing"]


def test_a_broad_kind_before_the_sentence_that_names_its_kinds() -> None:
    """"It is used to treat bacterial infections of the eye. It is approved for A and B." A and B are the uses; "Doctors
    also use it for C and D" after a broad kind adds uses, and the kind stays."""
    x = _x("## Usage\n\nZoravir is an antibiotic. It is used to treat bacterial infections of the eye. It is approved "
           "for conjunctivitis and keratitis.\n")
    assert [u.label for u in x.treats] == ["Conjunctivitis", "Keratitis"]
    x = _x("## Usage\n\nZoravir is mainly used to treat wound infections. Doctors also use it to treat leg ulcers and "
           "pressure sores.\n")
    assert [u.label for u in x.treats][0] == "Wound infections"


def test_what_urges_are_urges_to_do_are_no_signs() -> None:
    """"Impulse control problems (compulsive gambling, shopping, binge eating)" under serious effects: the brackets
    name behaviours, not the signs the problem shows by ("Liver damage (dark urine, yellow eyes)" does)."""
    x = _x("## Side Effects\n\nSerious side effects:\n- Impulse control problems (compulsive gambling, shopping, binge "
           "eating)\n- Liver damage (dark urine, yellow eyes)\n")
    assert [s.label for s in x.serious_signs] == ["dark urine", "yellow eyes"]
