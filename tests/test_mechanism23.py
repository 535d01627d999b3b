"""Eighteen one-line How it Works sentences written as a probe before the reader saw them (2026-12-03, fourth
session), each with the entries a reader should take from it; nine were missed or wrong at first. Pinned here with the
expected entries, including the sentences that must give nothing."""
from __future__ import annotations

from tests.test_fc20_wordings import _mech


def _one(text: str) -> list[tuple[str, str]]:
    return [(r, t) for r, t, _, _ in _mech(text)]


def test_a_binding_that_keeps_the_messenger_away_blocks() -> None:
    assert _one("Zoravir latches onto the beta-1 receptors in the heart and keeps adrenaline from stimulating "
                "them.") == [("blocks", "beta-1 receptor")]


def test_tying_up_and_occupying_are_bindings() -> None:
    assert _one("Zoravir works by tying up free iron in the blood so it can be removed in the urine.") == [
        ("binds", "iron")]
    assert _one("Zoravir occupies the mu-opioid receptor without fully switching it on, and it also blocks the "
                "kappa-opioid receptor.") == [("activates", "mu-opioid receptor"), ("blocks", "kappa-opioid receptor")]


def test_a_target_kept_from_its_work_is_inhibited() -> None:
    assert _one("Zoravir stops the kidney's SGLT2 transporter from pulling sugar back into the blood.") == [
        ("inhibits", "SGLT2 transporter")]
    assert _one("Zoravir keeps the enzyme DPP-4 from breaking down the gut hormones GLP-1 and GIP.") == [
        ("inhibits", "DPP-4")]
    assert _one("Zoravir stops bacteria from making proteins. It keeps platelets from sticking together.") == []


def test_turning_activity_up_or_down_and_disrupting() -> None:
    assert _one("Zoravir ramps up the activity of GABA-A receptors in the brain, calming nerve signals.") == [
        ("activates", "GABA-A receptor")]
    assert _one("Zoravir dampens the activity of the enzyme COX-2, lowering prostaglandin production.") == [
        ("inhibits", "COX-2"), ("decreases", "prostaglandin")]
    assert _one("Zoravir boosts the effect of GABA at the GABA-A receptor.") == [("activates", "GABA-A receptor")]
    assert _one("Zoravir gets into fungal cells and disrupts the enzyme lanosterol 14-alpha-demethylase, which they "
                "need to make ergosterol.") == [("inhibits", "lanosterol 14-alpha-demethylase")]


def test_the_target_said_again_downstream_is_no_effect_of_it() -> None:
    assert _one("Zoravir switches off the enzyme xanthine oxidase, which the body uses to make uric acid.") == [
        ("inhibits", "xanthine oxidase")]
    assert _one("Zoravir mimics the hormone GLP-1, switching on GLP-1 receptors in the pancreas.") == [
        ("activates", "GLP-1 receptor")]


def test_a_surface_protein_named_by_its_symbol() -> None:
    assert _one("Zoravir sticks to the surface protein CD20 on B cells and marks them for destruction.") == [
        ("binds", "CD20")]


def test_a_blocker_named_by_the_receptor_subtype() -> None:
    assert _one("Zoravir is a selective alpha-1A blocker that relaxes the muscle of the prostate.") == [
        ("blocks", "alpha-1A receptor")]
    assert _one("Zoravir is an H2 blocker.") == [("blocks", "H2 receptor")]
    # the class named again in full is that one target
    assert _one("Zoravir is a beta blocker. It blocks beta-1 receptors in the heart.") == [
        ("blocks", "beta-1 receptor")]
    assert _one("Zoravir is a selective alpha-1 blocker. It blocks \u03b11A-adrenergic receptors in the prostate.") == [
        ("blocks", "\u03b11A-adrenergic receptor")]


def test_a_second_probe_in_a_clinicians_register() -> None:
    # fifteen more sentences (2026-12-03); five were missed at first
    assert _one("Zoravir irreversibly acetylates cyclooxygenase, blocking thromboxane A2 production.")[0] == (
        "inhibits", "cyclooxygenase")
    assert _one("Zoravir is a monoclonal antibody directed against interleukin-17A.") == [
        ("inhibits", "interleukin-17A")]
    assert _one("Zoravir is a humanized monoclonal antibody that targets CD20 on B cells.") == [("binds", "CD20")]
    assert _one("Zoravir is a monoclonal antibody against the IL-6 receptor.") == [("blocks", "IL-6 receptor")]
    assert _one("Zoravir works as a selective estrogen receptor modulator, blocking estrogen in breast tissue.") == [
        ("modulates", "estrogen receptor")]
    assert _one("Zoravir enhances the activity of antithrombin, which inactivates thrombin and factor Xa.") == [
        ("activates", "antithrombin")]
    assert _one("Zoravir boosts the activity of the immune system.") == [("increases", "activity of the immune system")]


def test_both_forms_of_the_enzyme_named_after_a_comma() -> None:
    assert _one("Zoravir irreversibly blocks both forms of the enzyme, MAO-A and MAO-B, so these messengers build "
                "up.") == [("blocks", "MAO-A"), ("blocks", "MAO-B"), ("increases", "messengers")]


def test_a_participle_inside_a_targets_name_and_a_second_base_verb() -> None:
    assert _mech("It may also increase potassium conductance and modulate high-voltage activated calcium "
                 "channels.") == [("modulates", "high-voltage activated calcium channel", None, "hedged"),
                                  ("increases", "potassium conductance", None, "hedged")]
