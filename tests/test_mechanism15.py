"""Mechanism sentences of shapes first met in firstcontact15, each written here for other drugs and in other
words: a target followed by an adverb ("stimulating D2 receptors directly"), a relative "which in turn" that
takes up the whole action rather than its last noun, a process ("prolactin release", "the copying of viral DNA")
that is no target, and a germ's growth held back (an outcome). Each test is a small page."""
from __future__ import annotations

import pytest

from tests.test_extract_layouts5 import _x
from tests.test_layouts_fc8 import _mech


def _how(body: str, title: str = "Zoravir") -> set[tuple[str, str, str]]:
    return _mech(_x("## How it Works\n\n" + body + "\n", title))


def _targets(body: str, title: str = "Zoravir") -> set[tuple[str, str, str]]:
    return {m for m in _how(body, title) if m[0] not in ("triggers", "increases", "decreases")}


def _down(body: str, title: str = "Zoravir") -> set[tuple[str, str, str]]:
    return {m for m in _how(body, title) if m[0] in ("triggers", "increases", "decreases")}


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir works by stimulating dopamine D2 receptors directly, much as dopamine would.",
     {("activates", "dopamine D2 receptor", "asserted")}),
    ("Zoravir blocks histamine H1 receptors selectively and leaves other receptors alone.",
     {("blocks", "histamine H1 receptor", "asserted")}),
    ("Zoravir works by stimulating GLP-1 receptors strongly. The drug binds tightly to the receptor.",
     {("activates", "GLP-1 receptor", "asserted")}),
])
def test_an_adverb_after_the_target_is_no_part_of_its_name(body: str, found: set) -> None:
    """"stimulating dopamine D2 receptors directly": the adverb is the verb's; nor is the verb "stimulating" part
    of the name a later "the receptor" refers back to."""
    assert _targets(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir activates D2 receptors in the pituitary, taking the place of the body's own dopamine, which in turn "
     "switches off prolactin release.", {("decreases", "prolactin release", "asserted")}),
    ("Zoravir activates progesterone receptors, mimicking a natural progestin, which in turn reduces the release of "
     "luteinizing hormone.", {("decreases", "luteinizing hormone release", "asserted")}),
])
def test_which_in_turn_takes_up_the_drugs_action_not_the_last_noun(body: str, found: set) -> None:
    """", which in turn ..." follows from the action before it; the noun just before (a natural hormone) is not
    its subject, and a named process ("prolactin release", an "-ase" word that is no enzyme) is no target."""
    assert _down(body) == found
    assert not any(t.endswith(("release", "production")) for _r, t, _c in _targets(body))


@pytest.mark.parametrize(("body", "found"), [
    ("The active form is a competitive inhibitor of viral reverse transcriptase, which in turn halts the copying of "
     "viral RNA into DNA.", {("decreases", "copying of viral RNA into DNA", "asserted")}),
    ("Zoravir inhibits topoisomerase II and so prevents the unwinding of bacterial DNA.",
     {("decreases", "unwinding of bacterial DNA", "asserted")}),
])
def test_a_gerund_process_is_downstream_not_a_target(body: str, found: set) -> None:
    assert _down(body) == found
    assert not any(t.startswith(("copying", "unwinding")) for _r, t, _c in _targets(body))


@pytest.mark.parametrize("body", [
    "Zoravir binds to the 50S ribosomal subunit. At low doses this stops bacteria from growing.",
    "Zoravir inhibits viral DNA polymerase and stops the virus from multiplying.",
    "Zoravir blocks the enzyme lanosterol demethylase, which stops yeasts from growing.",
])
def test_a_germ_held_back_from_growing_is_an_outcome(body: str) -> None:
    """"stops the virus from multiplying": the infection held back, a clinical outcome (and no "viru")."""
    assert _down(body) == set()


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir works by blocking an enzyme that fungi need to build their cell membrane: lanosterol 14-alpha "
     "demethylase (CYP51).", {("inhibits", "lanosterol 14-alpha demethylase", "asserted")}),
    ("Zoravir inhibits an enzyme which bacteria use to copy their DNA: DNA gyrase.",
     {("inhibits", "DNA gyrase", "asserted")}),
])
def test_an_enzyme_described_then_named_after_a_colon(body: str, found: set) -> None:
    assert _targets(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir attaches to the angiotensin II type 1 receptor and acts as an antagonist: it sits where angiotensin II "
     "would dock.", {("blocks", "angiotensin II type 1 receptor", "asserted")}),
    ("Zoravir binds to the mu-opioid receptor and acts as a partial agonist there.",
     {("activates", "mu-opioid receptor", "asserted")}),
])
def test_binding_then_acting_as_a_named_role_takes_the_roles_direction(body: str, found: set) -> None:
    """"attaches to X and acts as an antagonist": the role says which way the binding works."""
    assert _targets(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir activates soluble guanylate cyclase. Activating sGC raises the level of cyclic guanosine monophosphate "
     "(cGMP) in the muscle.", {("activates", "soluble guanylate cyclase", "asserted"),
                               ("increases", "cyclic guanosine monophosphate", "asserted")}),
    ("Zoravir blocks the enzyme phosphodiesterase 4. Blocking PDE4 raises the amount of cyclic adenosine "
     "monophosphate (cAMP) in immune cells.", {("inhibits", "phosphodiesterase 4", "asserted"),
                                               ("increases", "cyclic adenosine monophosphate", "asserted")}),
])
def test_a_gerund_subjects_object_ends_at_the_sentences_verb(body: str, found: set) -> None:
    """"Activating GC-C raises the level of cGMP (cGMP)": "GC-C raises the level of ..." is no target name."""
    assert _how(body) == found


@pytest.mark.parametrize("body", [
    "It appears to inhibit the inositol trisphosphate (IP3)-triggered calcium release from the endoplasmic reticulum.",
    "Zoravir is thought to reduce the tumour necrosis factor (TNF)-driven recruitment of white cells.",
])
def test_an_abbreviated_modifier_of_a_process_is_no_target(body: str) -> None:
    """"the inositol trisphosphate (IP3)-triggered calcium release": the molecule only qualifies a process."""
    assert _targets(body) == set()


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir blocks the TRPV1 receptor. This is thought to dampen pain signalling along the spinal cord, which in "
     "turn eases the ache.", {("decreases", "pain signalling along the spinal cord", "hedged")}),
    ("Zoravir blocks sodium channels. This is believed to dampen pain transmission in the dorsal horn.",
     {("decreases", "pain transmission in the dorsal horn", "hedged")}),
])
def test_this_is_thought_to_dampen_a_pain_signal(body: str, found: set) -> None:
    """"This is thought to ...": "this" is the action just told (no other agent), and the signal pain travels by is
    a process, not the symptom."""
    assert _down(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir activates GC-C receptors, and this is thought to calm pain-sensing nerves in the bowel wall.",
     {("decreases", "activity of pain-sensing nerves in the bowel wall", "hedged")}),
    ("Zoravir opens potassium channels and so quietens stretch-sensing nerve cells in the bladder.",
     {("decreases", "activity of stretch-sensing nerve cells in the bladder", "asserted")}),
    ("Zoravir blocks sodium channels. This calms overactive nerve cells in the brain.", set()),
    ("Zoravir blocks sodium channels. It calms the nerves.", set()),
])
def test_calming_nerves_decreases_their_activity(body: str, found: set) -> None:
    """Nerves named by what they sense have their activity lowered; calming "overactive" nerves (or "the nerves")
    is the clinical outcome."""
    assert _down(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir activates the CFTR channel. The extra cAMP leads to the secretion of chloride and sodium into the gut, "
     "and water follows, so more fluid enters the bowel.",
     {("triggers", "secretion of chloride", "asserted"), ("triggers", "secretion of sodium", "asserted"),
      ("increases", "fluid in the bowel", "asserted")}),
    ("Zoravir blocks the ENaC channel. Blocking it leads to the excretion of potassium and magnesium, so more "
     "water enters the colon.", {("triggers", "excretion of potassium", "asserted"),
                                 ("triggers", "excretion of magnesium", "asserted"),
                                 ("increases", "water in the colon", "asserted")}),
])
def test_a_process_shared_by_two_nouns_and_more_fluid_entering(body: str, found: set) -> None:
    """"the secretion of chloride and bicarbonate" is two secretions; "so more fluid enters the intestine" is more
    fluid in the intestine."""
    assert _down(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir inhibits bacterial RNA polymerase, so protein and RNA synthesis stop.",
     {("decreases", "protein synthesis", "asserted"), ("decreases", "RNA synthesis", "asserted")}),
    ("Zoravir binds topoisomerase IV; as a result DNA and protein synthesis halt.",
     {("decreases", "DNA synthesis", "asserted"), ("decreases", "protein synthesis", "asserted")}),
])
def test_two_syntheses_that_stop(body: str, found: set) -> None:
    assert _down(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir acts directly on the smooth muscle of the bladder, making it relax. It is thought to interfere with "
     "the entry of calcium into the muscle cells.",
     {("triggers", "relaxation of the smooth muscle of the bladder", "asserted"),
      ("decreases", "entry of calcium into the muscle cells", "hedged")}),
    ("Zoravir works mainly on the muscle layer in vein walls, causing it to relax.",
     {("triggers", "relaxation of the muscle layer in vein walls", "asserted")}),
])
def test_acting_on_a_muscle_making_it_relax_with_no_molecular_target(body: str, found: set) -> None:
    """No target is named: the muscle's relaxation and the hedged step ("interfere with the release of calcium
    from stores inside the cells", its place kept) are the downstream effects."""
    assert _how(body) == found
