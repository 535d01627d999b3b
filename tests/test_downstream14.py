"""Downstream effects (what the drug's action leads to, not a molecular target), read from the structure of the
sentence: a verb of change on a process ("which slows the heart rate"), a consequence clause ("so urine output
increases"), what is left over or made less ("so less sodium is reabsorbed", "more serotonin stays in the
synapse"). Each test is a small page of its own; other drugs' actions, outcomes and negations give nothing."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_layouts_fc8 import _mech


def _down(body: str) -> set[tuple[str, str, str]]:
    return {m for m in _mech(_x("## How it Works\n\n" + body + "\n")) if m[0] in ("triggers", "increases", "decreases")}


def test_a_verb_of_change_on_a_process_is_a_downstream_effect() -> None:
    assert _down("Zoravir blocks beta-1 adrenergic receptors, which slows the heart rate and reduces the force of each "
                 "heartbeat. It also reduces the migration of neutrophils into the joint and lengthens the refractory "
                 "period.") == {("decreases", "heart rate", "asserted"),
                                ("decreases", "force of each heartbeat", "asserted"),
                                ("decreases", "migration of neutrophils into the joint", "asserted"),
                                ("increases", "refractory period", "asserted")}


def test_a_hedged_consequence_is_hedged() -> None:
    assert _down("Zoravir blocks AMPA receptors. It may also reduce the repetitive firing of neurons.") == {
        ("decreases", "repetitive firing of neurons", "hedged")}


def test_another_agents_consequence_in_a_relative_clause_is_not_the_drugs() -> None:
    assert _down("Unlike verapamil and diltiazem, which also act on calcium channels in the heart and slow the heart "
                 "rate, zoravir acts mainly on blood vessels. This is a different pathway from aspirin, which inhibits "
                 "the enzyme cyclooxygenase-1 (COX-1) and reduces thromboxane A2 production. Zoravir blocks the P2Y12 "
                 "receptor, which reduces platelet aggregation.") == {("decreases", "platelet aggregation", "asserted")}


def test_binding_a_target_and_blocking_it_so_it_reduces_a_process() -> None:
    assert _down("Zoravir binds directly to thrombin (factor IIa) and blocks its activity, so it reduces "
                 "thrombin-induced platelet aggregation.") == {
        ("decreases", "thrombin-induced platelet aggregation", "asserted")}


def test_outcomes_adjectives_and_the_drugs_own_clearance_are_no_downstream_effects() -> None:
    assert _down("Zoravir blocks the dopamine transporter (DAT). This is believed to improve focus and reduce "
                 "hyperactivity, and it lowers blood pressure. It enhances the slow inactivation of sodium channels. "
                 "It also speeds up its own breakdown during the first weeks.") == set()


def test_inhibiting_the_activation_of_a_target_is_no_downstream_process() -> None:
    assert _down("Zoravir binds to tubulin. It is also thought to inhibit activation of the NLRP3 inflammasome "
                 "and to inhibit lipolysis.") == {("decreases", "lipolysis", "hedged")}


def test_the_examples_after_such_as_end_a_process_object() -> None:
    got = _down("Zoravir binds the vitamin D receptor. It is also thought to reduce the activity of T cells and the "
                "production of inflammatory cytokines such as IL-17 in the skin.")
    assert ("decreases", "activity of T cells", "hedged") in got
    assert not any("such" in target for _, target, _ in got)
