"""Mechanisms firstcontact62-65's misses showed, pinned on invented pages: a lead-in that counts the targets its
bullets name ("It inhibits two viral enzymes:" over "**HIV-1 reverse transcriptase**, which ..."), each bullet's own
verb on "these receptors" its relation ("**Mu-opioid receptors:** It blocks these receptors."); a role noun glossed
in brackets ("an agonist (activator) of the melatonin receptors MT1 and MT2"); a class of targets with its members as
examples ("human enzymes ... that make steroid hormones, such as A and B"), not what a target's effect is "such as";
"acts on X ..., boosting the calming effect of GABA" activates X; no target named by a class word alone, a measure
("thousands of times more") or a place ("in the walls of blood vessels"); a preposition said again before a target
is no part of its name."""
from __future__ import annotations

from tests.test_mechanism25 import _mech


def test_a_lead_in_that_counts_the_targets_its_bullets_name() -> None:
    assert _mech("It competes with dATP and inhibits two viral enzymes:\n\n- **HIV-1 reverse transcriptase**, which "
                 "copies the RNA of HIV into DNA\n- **Hepatitis B virus polymerase**, which copies the genetic "
                 "material of hepatitis B") == [("inhibits", "HIV-1 reverse transcriptase"),
                                               ("inhibits", "hepatitis B virus polymerase")]
    assert _mech("Velnacin acts on three types of opioid receptors in the brain:\n\n*   **Mu-opioid receptors:** It "
                 "blocks these receptors.\n*   **Kappa-opioid receptors:** It acts as a partial agonist, meaning it "
                 "partly activates these receptors.") == [("blocks", "mu-opioid receptor"),
                                                         ("activates", "kappa-opioid receptor")]


def test_a_role_noun_glossed_in_brackets() -> None:
    assert _mech("It is an agonist (activator) of the melatonin receptors MT1 and MT2.") == [
        ("activates", "MT1 receptor"), ("activates", "MT2 receptor")]


def test_a_class_of_targets_with_its_members_as_examples() -> None:
    assert _mech("At higher doses, Velnacin also blocks human enzymes in the adrenal glands that make steroid "
                 "hormones, such as 11β-hydroxylase and 17α-hydroxylase.") == [
        ("inhibits", "11β-hydroxylase"), ("inhibits", "17α-hydroxylase")]
    assert _mech("It blocks muscarinic receptors, which account for side effects such as dry mouth.") == [
        ("blocks", "muscarinic receptor")]


def test_boosting_the_messengers_effect_and_names_that_are_no_targets() -> None:
    assert _mech("Velnacin acts on GABA-A receptors, boosting the calming effect of GABA. At higher doses it can "
                 "even open the receptor's channel directly.")[0] == ("activates", "GABA-A receptor")
    assert not any(t == "channel" for _, t in _mech("At higher doses it can even open the receptor's channel."))
    assert _mech("It binds the bacterial enzyme thousands of times more tightly than the human one.") == []
    assert _mech("Velnacin works by blocking calcium channels in the cells of the inner ear and in the walls of blood "
                 "vessels.") == [("blocks", "calcium channel")]


def test_the_receptors_point_back_past_one_it_barely_touches() -> None:
    assert _mech("1) Velnacin binds to and activates dopamine D2 and D3 receptors. It has very little effect on D1 "
                 "receptors.\n2) Because it stimulates the receptors directly, it needs no conversion.") == [
        ("activates", "dopamine D2 receptor"), ("activates", "D3 receptor")]


def test_an_sirna_drug_guides_the_cell_to_cut_a_messenger() -> None:
    assert _mech("3. **Destroying PCSK9 mRNA** – Guided by velnacin, RISC finds the **PCSK9 mRNA** (the messenger "
                 "molecule carrying the gene's instructions) and cuts it.") == [("inhibits", "PCSK9 mRNA")]
    assert _mech("It guides RISC to destroy the TTR mRNA in the liver.") == [("inhibits", "TTR mRNA")]
    assert _mech("Guided by a microRNA, RISC finds the target mRNA and cuts it.") == []  # the body's own guide
