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


def test_what_is_made_less_by_the_action_is_decreased() -> None:
    assert _down("Zoravir inhibits the sodium-chloride cotransporter (NCC), so less sodium and chloride are reabsorbed "
                 "into the body. It also blocks the enzyme phospholipase A2, so fewer prostaglandins and leukotrienes "
                 "are made, and less fibrin forms.") == {
        ("decreases", "sodium and chloride reabsorption", "asserted"), ("decreases", "prostaglandins", "asserted"),
        ("decreases", "leukotrienes", "asserted"), ("decreases", "fibrin formation", "asserted")}


def test_a_premise_said_again_and_a_thing_less_likely_are_no_new_effect() -> None:
    assert _down("Zoravir inhibits HMG-CoA reductase. With less cholesterol being made, the liver takes up more. "
                 "Clots are less likely to form.") == set()


def test_a_consequence_clause_says_what_falls_rises_or_builds_up() -> None:
    assert _down("Zoravir blocks the AT1 receptor. As a result, aldosterone release falls, and blood pressure falls. "
                 "Zoravir inhibits NKCC2, so urine output increases. It inhibits squalene epoxidase and causes toxic "
                 "sterols to build up.") == {("decreases", "aldosterone release", "asserted"),
                                             ("increases", "urine output", "asserted"),
                                             ("increases", "toxic sterols", "asserted")}


def test_a_change_with_no_consequence_cue_is_the_bodys_own() -> None:
    assert _down("Zoravir blocks the P2Y12 receptor. After a meal, insulin release increases.") == set()


def test_more_of_a_messenger_left_in_the_synapse_is_increased() -> None:
    assert _down("Zoravir blocks the serotonin transporter (SERT), so more serotonin stays in the synapse. Zoravir "
                 "inhibits acetylcholinesterase, so more acetylcholine stays available in the synapses.") == {
        ("increases", "serotonin in the synapse", "asserted"),
        ("increases", "acetylcholine available in the synapses", "asserted")}


def test_the_named_widening_of_vessels_is_triggered() -> None:
    assert _down("Zoravir blocks alpha-1 adrenergic receptors on blood vessels, which relaxes and widens them "
                 "(vasodilation).") == {("triggers", "vasodilation", "asserted")}


def test_what_the_action_causes_or_leads_to() -> None:
    assert _down("Zoravir binds the parasite's ribosome, leading to a build-up of toxic heme. These radicals cause DNA "
                 "strand breaks. It causes little sedation and no stomach irritation.") == {
        ("increases", "toxic heme", "asserted"), ("triggers", "DNA strand breaks", "asserted")}


def test_another_agents_widening_or_build_up_is_not_the_drugs() -> None:
    assert _down("Unlike nifedipine, which relaxes the vessels (vasodilation), zoravir acts on the heart. It does not "
                 "cause a build-up of potassium.") == set()


def test_a_negated_build_up_is_no_effect() -> None:
    assert _down("Zoravir inhibits factor Xa, so new clots cannot build up.") == set()
