"""Rules from the misses of firstcontact238 and firstcontact239 (travel-booking, food-delivery, grocery and
pharmacy-chain assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _mech, _page


def test_members_of_a_class_named_in_several_words() -> None:
    assert _mech("Zorvane is a small molecule that blocks three vascular endothelial growth factor receptors: "
                 "**VEGFR1**, **VEGFR2** and **VEGFR3**. These receptors are tyrosine kinases.") == [
        ("blocks", "VEGFR1"), ("blocks", "VEGFR2"), ("blocks", "VEGFR3")]


def test_three_symbols_listed() -> None:
    assert _mech("Zorvane inhibits CDK4, CDK6 and CDK9.") == [
        ("inhibits", "CDK4"), ("inhibits", "CDK6"), ("inhibits", "CDK9")]


def test_pathways_shut_down_then_what_follows() -> None:
    got = _mech("Zorvane blocks KIT. Blocking it shuts down the JAK/STAT and mTOR signalling pathways, so the "
                "tumour cells stop dividing.")
    assert got == [("blocks", "KIT"), ("decreases", "JAK/STAT pathway"), ("decreases", "mTOR pathway")]


def test_the_same_uses_of_the_form_it_is_turned_into() -> None:
    x = _page(usage="Zorvane is turned into voriconazole in the body, so it treats the same serious mould infections, "
                    "just in a form that is easier to give. It's used for:\n\n- **Invasive aspergillosis**\n"
                    "- **Scedosporium infections**")
    assert [u.label for u in x.treats] == ["Invasive aspergillosis", "Scedosporium infections"]
    x = _page(usage="Zorvane cream is used for acne. Off-label, tablets are given for the same acne in adults.")
    assert [u.label for u in x.treats][:1] == ["Acne"] and len(x.treats) == 2  # its own use, said again


def test_the_active_form_named_in_usage_acts_for_the_drug() -> None:
    x = _page(usage="Zorvane is turned into voriconazole in the body. It's used for invasive aspergillosis.",
              how="1. Enzymes in the blood release **voriconazole**.\n2. Voriconazole blocks a fungal enzyme called "
                  "**lanosterol 14α-demethylase** (CYP51).")
    assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "lanosterol 14α-demethylase")]


def test_mutant_forms_by_their_symbols() -> None:
    assert _mech("Zorvane blocks both mutant EGFR and mutant HER2.") == [("blocks", "EGFR"), ("blocks", "HER2")]


def test_a_class_said_after_a_bracket_and_a_narrower_class_in_generic_name() -> None:
    x = _page(gen="**Zorvane** (brand name **Zorex**) is a glucagon receptor agonist, a lab-made peptide.")
    assert x.drug_class is not None and x.drug_class.label == "glucagon receptor agonist"
    x = _page(gen="Zorvane (as zorvane sodium). It's a fourth-generation cephalosporin antibiotic, given by injection "
                  "into a vein (IV) or a muscle (IM). Brand name: Zorex.",
              usage="Zorvane is a hospital antibiotic. Doctors use it for pneumonia.")
    assert x.drug_class is not None and x.drug_class.label == "fourth-generation cephalosporin antibiotic"
