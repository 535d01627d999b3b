"""Mechanisms of drugs whose action is chemistry, and a graded role noun, pinned on invented pages: a base that "reacts
with" a body acid binds it (the reading three blind sets' truths give antacids), with the drug's pronoun after a
place ("In the stomach, it reacts with ..."); a chelator that binds "to lead, and also to mercury and arsenic" binds
all three, and "and to a lesser extent" without its commas is a degree, not an object; "a strong D2 receptor
antagonist" blocks the D2 receptor, not a "strong D2 receptor"."""
from __future__ import annotations

from tests.test_mechanism25 import _mech


def test_a_base_that_reacts_with_an_acid_binds_it() -> None:
    assert ("binds", "hydrochloric acid") in _mech(
        "Velnacin is a weak base. In the stomach, it reacts with hydrochloric acid to form a salt and water.")
    assert ("binds", "hydrochloric acid") in _mech(
        "The carbonate part of Velnacin reacts with hydrochloric acid to form a salt, water and carbon dioxide.",
        title="Velnacin carbonate")
    # what another substance reacts with is not the drug's doing
    assert _mech("Stomach acid reacts with food proteins to form peptides. Velnacin binds phosphate.") == [
        ("binds", "phosphate")]


def test_a_binding_said_again_before_its_next_objects() -> None:
    assert _mech("Its two thiol groups bind tightly to lead, and also to mercury and arsenic, in the blood.") == [
        ("binds", "lead"), ("binds", "mercury"), ("binds", "arsenic")]
    # "and to a lesser extent" is a degree, with or without its commas, not one more "to"
    assert _mech("Velnacin binds to the X1 receptor and to a lesser extent blocks the Y2 channel.") == [
        ("binds", "X1 receptor"), ("blocks", "Y2 channel")]
    assert _mech("Velnacin blocks the X1 receptor and to a lesser extent the Y2 channel.") == [
        ("blocks", "X1 receptor"), ("blocks", "Y2 channel")]


def test_a_graded_role_noun_names_the_target_alone() -> None:
    assert _mech("Velnacin is a strong D2 receptor antagonist.") == [("blocks", "D2 receptor")]
    assert _mech("Velnacin is a weak H1 receptor antagonist.") == [("blocks", "H1 receptor")]


def test_small_things_bound_heme_and_nitric_oxide() -> None:
    assert _mech("Velnacin, a weak base, becomes concentrated in the acidic vacuole, where it binds to heme and "
                 "blocks heme polymerization.") == [("binds", "heme")]
    assert _mech("It also binds nitric oxide.") == [("binds", "nitric oxide")]
