"""Rules from the misses of firstcontact124 (ordinary answers of six models not imitated before, written after every
rule of the session), pinned by invented pages of other drugs and other words, and the link it made wrongly."""
from __future__ import annotations

from kg.config import load_config
from kg.link import is_direct, load_linker
from kg.linking.normalize import glosses


def test_a_comparison_in_brackets_is_no_other_name() -> None:
    """"Grey skin (this can look like jaundice)", "(not an allergy)": what the thing looks like or is not, no name."""
    assert glosses("Grey skin", "Grey skin (this can look like jaundice) is rare.") == []
    assert glosses("Itching", "Itching (not an allergy) is common.") == []
    assert glosses("Swelling of the ankles", "Swelling of the ankles (edema) is common.") == ["edema"]


def test_blue_skin_from_a_drug_is_not_cyanosis() -> None:
    """HPO keeps "Blue discoloration of the skin" as an exact synonym of Cyanosis; among a drug's effects it is as often
    a pigment or dye in the skin, so the synonym is refused (refused-synonyms.tsv) and the row is said."""
    linker = load_linker(load_config(environ={}))
    out = linker.explain("side-effect", "Blue discoloration of the skin", (), None)
    assert not any(x.curie == "HP:0000961" for x in out.links if is_direct(x))
    assert any("HP:0000961" in r and "refused-synonyms.tsv" in r for r in out.refused)
    cyanosis = linker.explain("side-effect", "Cyanosis", (), None)
    assert any(x.curie == "HP:0000961" for x in cyanosis.links if is_direct(x))


def test_a_condition_named_alone_over_what_it_is() -> None:
    """"▶ **Gout**" over "- Lowers uric acid quickly ...": a triangle is a bullet and the dash lines under it its
    sub-bullets, so the bold name alone is the use and what is said under it no use; a group, "▶ **Off-label uses**",
    leads its dash lines; "▶ Common" over "- Headache" is the effects' group."""
    from tests.test_extract_layouts5 import _x
    x = _x("## Usage\n\nIt is used in the following conditions:\n\n▶ **Gout**\n- Lowers uric acid quickly in adults. "
           "It is taken daily.\n\n▶ **Kidney stones**\n- Given with plenty of water to stop new stones.\n\n"
           "▶ **Off-label uses**\n- Cystinuria\n\n## Side Effects\n\n- Headache\n", "Calvirex")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Gout", None), ("Kidney stones", None),
                                                          ("Cystinuria", "off-label")]


def test_one_condition_at_two_times() -> None:
    """"**Bleeding during and after surgery:**": one use, the "and" between two times."""
    from tests.test_extract_layouts5 import _x
    x = _x("## Usage\n\nIt is used for:\n\n* **Pain before and after dental work:** mild pain.\n"
           "* **Acne and rosacea:** on the face.\n", "Calvirex")
    assert [u.label for u in x.treats] == ["Pain before and after dental work", "Acne", "Rosacea"]


def test_a_triangle_over_a_group_of_effects() -> None:
    from tests.test_extract_layouts5 import _x
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\n▶ Common\n- Headache\n- Nausea\n\n▶ Rare but serious\n"
           "- Kidney failure\n", "Calvirex")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Common", False), ("Kidney failure", "Rare but serious", True)]


def test_a_germs_protein_without_whose_it_is() -> None:
    """"blocking the NS5A protein of the hepatitis C virus": the protein, without the germ it belongs to."""
    from tests.test_extract_layouts5 import _x
    x = _x("## Usage\n\n- Gout\n\n## How it Works\n\nCalvirex works by blocking the NS5A protein of the hepatitis C "
           "virus.\n", "Calvirex")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("blocks", "NS5A protein")]
