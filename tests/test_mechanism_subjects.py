"""Whose action a mechanism sentence states: the drug's, or another agent's (the body's own
messenger, a protein), whatever the determiner and its case. Each test is a small page."""
from __future__ import annotations

import pytest

from tests.test_extract_layouts5 import _x
from tests.test_layouts_fc8 import _mech


def test_a_messenger_named_with_a_capitalised_determiner_is_not_the_drug() -> None:
    """'This serotonin activates 5-HT3 receptors' was read as the drug activating them: the
    determiner opening the sentence is capitalised, and the check for another agent's noun phrase
    wanted it in lower case. The antagonist's own sentence follows."""
    x = _x("**How it Works:**\n"
           "Chemotherapy makes gut cells release serotonin. This serotonin activates 5-HT3 receptors on the "
           "vagus nerve. Zoravir selectively blocks 5-HT3 receptors in both places, so the signal is not "
           "passed on. The released acetylcholine stimulates muscarinic receptors.\n\n"
           "**Side Effects:**\n- Headache\n")
    assert _mech(x) == {("blocks", "5-HT3 receptor", "asserted")}


@pytest.mark.parametrize(("how_it_works", "found"), [
    # the drug, bound, acts
    ("Zoravir binds to antithrombin and makes it work faster. The zoravir–antithrombin pair mainly "
     "inactivates factor Xa.", ("inhibits", "factor Xa", "asserted")),
    # the drug's own action, said again
    ("Zoravir sticks to the surface of platelets. This action blocks P2Y12 receptors on platelets, so they "
     "cannot clump together.", ("blocks", "P2Y12 receptor", "asserted")),
])
def test_a_subject_that_is_still_the_drug(how_it_works: str, found: tuple[str, str, str]) -> None:
    x = _x(f"**How it Works:**\n{how_it_works}\n\n**Side Effects:**\n- Headache\n")
    assert found in _mech(x)


def test_a_claims_evidence_is_the_sentence_it_was_read_from() -> None:
    """A block that names the target twice: the claim points at the sentence that states it,
    not the first that names its target (27 of 405 mechanism claims of the corpora pointed at
    an earlier sentence, which said something else of the target, the messenger's action)."""
    x = _x("**How it Works:**\n"
           "Chemotherapy makes gut cells release serotonin. This serotonin activates 5-HT3 receptors on the "
           "vagus nerve. Zoravir selectively blocks 5-HT3 receptors in both places, so the signal is not "
           "passed on.\n\n"
           "**Side Effects:**\n- Headache\n")
    [mech] = x.mechanism
    assert mech.evidence.sentence.startswith("Zoravir selectively blocks 5-HT3 receptors")
    assert mech.evidence.quote.startswith("5-HT3 receptor")
    assert mech.evidence.prefix.endswith("Zoravir selectively blocks ")


@pytest.mark.parametrize(("how_it_works", "found"), [
    # "both" before the first of two members sharing a head, and an aside after the head
    ("Zoravir blocks both beta-1 and beta-2 adrenergic receptors (it is non-selective), which slows the heart "
     "rate.",
     {("blocks", "beta-1 adrenergic receptor", "asserted"), ("blocks", "beta-2 adrenergic receptor", "asserted")}),
    # ", and it blocks ...": the head clause opens with the drug's pronoun, whatever capitalised word it holds
    ("Zoravir mainly blocks potassium channels. It also blocks sodium channels and L-type calcium channels, and it "
     "blocks beta-adrenergic receptors in a non-competitive way.",
     {("blocks", "potassium channel", "asserted"), ("blocks", "sodium channel", "asserted"),
      ("blocks", "L-type calcium channel", "asserted"), ("blocks", "beta-adrenergic receptor", "asserted")}),
])
def test_every_target_of_a_sentence_is_read(how_it_works: str, found: set[tuple[str, str, str]]) -> None:
    x = _x(f"**How it Works:**\n{how_it_works}\n\n**Side Effects:**\n- Headache\n")
    assert {m for m in _mech(x) if m[0] not in ("increases", "decreases", "triggers")} == found


def test_a_ligand_kept_from_its_receptor_is_inhibited_and_quoted_by_its_symbol() -> None:
    """'binds RANKL and stops it from reaching RANK': the drug neutralises the ligand; the claim
    quotes the sentence that says so, where the target goes by its symbol."""
    x = _x("**How it Works:**\n"
           "Osteoclasts form only when a signal protein, RANK ligand (RANKL), attaches to the RANK receptor on "
           "their surface. Zoravir binds RANKL and stops it from reaching RANK. This slows bone breakdown.\n\n"
           "**Side Effects:**\n- Headache\n")
    [mech] = [m for m in x.mechanism if m.is_target]
    assert (mech.relation, mech.target, mech.symbol) == ("inhibits", "RANK ligand", "RANKL")
    assert mech.evidence.sentence.startswith("Zoravir binds RANKL") and mech.evidence.quote == "RANKL"


def test_a_second_verb_of_change_ends_a_list_of_downstream_objects() -> None:
    """'reduces the formation of osteoclasts and slows bone breakdown, which increases bone density
    and lowers fracture risk' gave 'slows bone breakdown formation' and an increase of 'lowers
    fracture risk': a verb's clause read as a second object."""
    x = _x("**How it Works:**\n"
           "Zoravir binds RANKL and stops it from reaching RANK. This reduces the formation of osteoclasts and "
           "slows bone breakdown, which increases bone density and lowers fracture risk.\n\n"
           "**Side Effects:**\n- Headache\n")
    downstream = {(m.relation, m.target) for m in x.mechanism if not m.is_target}
    assert ("decreases", "osteoclast formation") in downstream and ("increases", "bone density") in downstream
    assert not [t for _, t in downstream if t.split()[0] in ("slows", "lowers")], downstream


def test_that_hormone_is_the_messenger_named_before_not_the_drug() -> None:
    # an ARB-like drug must never get an activation of the receptor it blocks
    for text in ("Zoravir blocks the enzyme that makes angiotensin II, and that hormone activates the AT1 receptor.",
                 "Angiotensin II narrows blood vessels. This hormone activates the AT1 receptor, which zoravir blocks.",
                 "The body makes angiotensin II, and this hormone normally activates AT1 receptors. "
                 "Zoravir blocks the AT1 receptor."):
        x = _x(f"**How it Works:** {text}")
        assert ("activates", "AT1 receptor") not in {(m.relation, m.target) for m in x.mechanism}, text
        assert all(not m.target.startswith("that ") for m in x.mechanism), text
    x = _x("**How it Works:** The body makes angiotensin II, and this hormone normally activates AT1 receptors. "
           "Zoravir blocks the AT1 receptor.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("blocks", "AT1 receptor")]
    # the page calls the drug a hormone: "This hormone" is the drug
    y = _x("**How it Works:** Zoravir is a synthetic hormone. This hormone activates the thyroid hormone receptor.")
    assert [(m.relation, m.target) for m in y.mechanism] == [("activates", "thyroid hormone receptor")]
