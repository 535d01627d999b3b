"""Rules (outside the notation readers) from the misses of firstcontact107, each pinned by invented pages of other
drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def test_a_salt_is_named_by_its_part_paired_with_the_metal() -> None:
    """A page on "Sodium Zoravate" says "Zoravate is an inhibitor of ..."; the metal alone is no name of the drug
    (its "raises potassium levels" stays an effect)."""
    x = _x("## How it Works\n\nCells take up chloride through a pump called the potassium-chloride cotransporter "
           "(KCC2). Zoravate is a competitive inhibitor of this cotransporter and blocks chloride uptake into the "
           "cells.\n", title="Sodium Zoravate")
    assert {(m.relation, m.target, m.symbol) for m in x.mechanism} == {
        ("inhibits", "potassium-chloride cotransporter", "KCC2"), ("decreases", "chloride uptake", None)}


def test_a_subunit_the_page_says_a_protein_is_made_of_stands_for_it() -> None:
    """"IL-39 is a cytokine made of two parts, the p28 and EBI3 subunits. X binds selectively to the p28 subunit, so
    IL-39 cannot attach to its receptor": the cytokine, blocked."""
    assert _mech(_x("## How it Works\n\nIL-39 is a cytokine made of two parts, the p28 and EBI3 subunits. Zoravir "
                    "binds selectively to the p28 subunit, so IL-39 cannot attach to its receptor on T cells.\n")) == {
        ("blocks", "IL-39")}
    # a binding the sentence gives its own verb keeps that verb's relation
    assert _mech(_x("## How it Works\n\nZoravir binds to IL-41 and neutralizes it, so the cytokine can no longer "
                    "attach to its receptor.\n")) == {("inhibits", "IL-41")}


def test_a_sections_first_group_on_its_run_in_line() -> None:
    """"**Side Effects:** **Common:** A; B" then "- **Rare:** C": the first group opens on the section's own line."""
    x = _x("**Side Effects:** **Common:** Headache; Dry mouth; Yawning\n- **Rare:** Fainting; Seizures\n\n"
           "**How it Works:** Zoravir blocks the KQ2 receptor.\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Headache", "Common"), ("Dry mouth", "Common"), ("Yawning", "Common"), ("Fainting", "Rare"),
        ("Seizures", "Rare")]


def test_it_makes_the_bound_receptor_respond_more_is_a_positive_modulator() -> None:
    assert _mech(_x("## How it Works\n\nZoravir binds to the glycine receptor, the main calming receptor of the spinal "
                    "cord. It makes the receptor respond more strongly to glycine.\n")) == {
        ("activates", "glycine receptor")}


def test_an_approval_in_a_named_country_is_a_use_and_a_later_clauses_off_label_is_its_own() -> None:
    """"It is also approved in Canada for X, and doctors sometimes use it off-label for Y": X a plain use, Y
    off-label; "... use it off-label for that purpose" points back; "for men only" names people, no use."""
    x = _x("## Usage\n\nZoravir is approved for adults with gout.\n\nIt is also approved in Canada for pseudogout, and "
           "rheumatologists sometimes use it off-label for calcific tendinitis. Zoravir tablets are approved in the "
           "US for men only.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Gout", None), ("Pseudogout", None), ("Calcific tendinitis", "off-label")]
    y = _x("## Usage\n\nZoravir is approved for adults with gout. Outside the US it is also approved to prevent "
           "kidney stones, and US doctors sometimes use it off-label for that purpose.\n")
    assert ("Kidney stones", "off-label") in [(u.label, u.qualifier) for u in y.treats]


def test_a_route_column_gives_the_routes_and_a_forms_section_is_the_drugs() -> None:
    """A "| Form | Route |" table, under the Generic Name or in a section of its own named "Forms"."""
    for head in ("## Generic Name\n\n**Zoravir**\n\n", "## Generic Name\n\n**Zoravir**\n\n## Forms\n\n"):
        x = _x(head + "| Form | Route |\n|---|---|\n| Prefilled syringe (40 mg) | subcutaneous |\n"
               "| Vial for infusion (300 mg) | intravenous |\n\n## Usage\n\nIt treats lupus.\n")
        assert [r.label for r in x.routes] == ["subcutaneous", "intravenous"]
