"""Rules from the misses of firstcontact175 and firstcontact176 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-173), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _actions(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism]


def test_binding_then_inactivating_it_with_an_adverb_inhibits() -> None:
    """"It binds to aromatase and **permanently inactivates** it": inhibited."""
    x = _x("## How it Works\n\nZorvane binds to xanthine oxidase and **irreversibly inactivates** it, so uric acid "
           "falls.\n", "Zorvane")
    assert ("inhibits", "xanthine oxidase") in _actions(x)


def test_binding_a_protein_then_keeping_it_from_its_partner_blocks_it() -> None:
    """"binds to P-selectin and blocks it from interacting with its partner molecule, P-selectin glycoprotein ligand-1
    (PSGL-1)": P-selectin blocked, not its partner."""
    x = _x("## How it Works\n\nZorvane binds to E-selectin and blocks it from interacting with its partner molecule, "
           "sialyl Lewis X ligand-2 (SLX-2), on white cells.\n", "Zorvane")
    assert _actions(x)[:1] == [("blocks", "E-selectin")]


def test_the_role_said_after_what_it_acts_on() -> None:
    """"also acts on alpha-adrenergic receptors in the walls of blood vessels as a partial agonist": activated."""
    x = _x("## How it Works\n\nZorvane also acts on dopamine D2 receptors in the pituitary gland as a partial "
           "agonist.\n", "Zorvane")
    assert _actions(x) == [("activates", "dopamine D2 receptor")]


def test_a_class_said_with_its_potency() -> None:
    """"a topical corticosteroid of high potency": the class, not how strong it is."""
    x = _x("Usage:\nZorvane is a topical corticosteroid of medium potency. It is used for eczema.\n", "Zorvane")
    assert x.drug_class is not None and x.drug_class.label == "corticosteroid"
