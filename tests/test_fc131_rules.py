"""Rules from the misses of firstcontact131 (ordinary answers of six models not imitated before, written after every
rule of the session), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_what_the_drug_does_in_a_use_is_no_use() -> None:
    """"...; and for recurrent pericarditis, where it treats flares and lowers the risk of new ones, in people 12 years
    and older.": the use, not what the drug does in it."""
    x = _x("## Usage\n\nCalvirex is approved for gout in adults; and for familial Mediterranean fever, where it treats "
           "attacks and lowers the risk of new ones, in people 4 years and older.\n", "Calvirex")
    assert [u.label for u in x.treats] == ["Gout", "Familial Mediterranean fever"]


def test_two_adjectives_of_one_broad_kind_over_the_uses() -> None:
    """"used to treat rare inherited and acquired conditions in which ..." over the conditions listed: their kind."""
    x = _x("## Usage\n\nCalvirex is an antibody used to treat rare inherited and acquired disorders in which the body "
           "loses calcium.\n\n- Familial hypocalciuria\n- Acquired hypoparathyroidism\n", "Calvirex")
    assert [u.label for u in x.treats] == ["Familial hypocalciuria", "Acquired hypoparathyroidism"]


def test_the_family_of_germs_is_no_class() -> None:
    """"a hospital antiviral used mainly against viruses of the herpes family": the class, not the germs' family."""
    x = _x("## Usage\n\nCalvirex is a hospital antiviral used mainly against viruses of the pox family.\n\n"
           "- Smallpox\n", "Calvirex")
    assert x.drug_class is not None and x.drug_class.label == "hospital antiviral"


def test_a_colon_after_a_bold_field_label() -> None:
    """"- **Generic name**: Calvirex (as calvirex sodium)": the colon after the bold is the label's."""
    x = _x("## Generic Name\n\n- **Generic name**: Calvirex (as calvirex sodium)\n- **Brand name**: Calvix\n\n"
           "## Usage\n\n- Gout\n", "Calvirex")
    assert x.drug.label == "Calvirex"
    assert [b.label for b in x.brand_names] == ["Calvix"]


def test_another_name_of_a_target_after_it() -> None:
    """"cleaves synaptotagmin, also called vesicle protein X (VPX), a protein ...": one target, its symbol."""
    x = _x("## Usage\n\n- Gout\n\n## How it Works\n\nThe toxin's light chain cleaves syntaxin, also called "
           "neuronal membrane protein (NMP), a protein that vesicles need.\n", "Calvirex")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism] == [("inhibits", "syntaxin", "NMP")]


def test_what_the_drug_does_not_trigger_is_no_effect() -> None:
    """"Unlike halothane, calvirex does not trigger malignant hyperthermia." after the serious effects: a denial."""
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\nCommon side effects are nausea. Serious side effects can include "
           "a severe allergic reaction, prolonged weakness and awareness during anesthesia. Unlike halothane, "
           "calvirex does not trigger malignant hyperthermia.\n", "Calvirex")
    assert [e.label for e in x.side_effects] == [
        "Nausea", "Severe allergic reaction", "Prolonged weakness", "Awareness during anesthesia"]


def test_a_bold_effect_and_where_it_shows() -> None:
    """"- **Muscle Weakness:** Near the injection site.": the effect is the bold name, the place where it shows no
    effect of its own."""
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\n#### Less Common Side Effects:\n- **Skin Thinning:** Around the "
           "treated area.\n- **Blurred Vision**\n", "Calvirex")
    assert [e.label for e in x.side_effects] == ["Skin Thinning", "Blurred Vision"]
