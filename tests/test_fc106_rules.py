"""Rules from the misses of firstcontact106 (ordinary answers of six models not imitated before), each pinned by
invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def test_a_circumstance_of_use_before_the_group_lead_in_is_no_part_of_it() -> None:
    """"When it is used on the skin, common side effects include A, B and C": which product, then the group."""
    x = _x("## Side Effects\n\nWhen it is applied to the scalp, common side effects include itching, flaking and "
           "dryness. Less commonly, it can cause hair loss.\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Itching", "Common"), ("Flaking", "Common"), ("Dryness", "Common"), ("Hair loss", "Less common")]


def test_trade_names_after_a_dash_and_in_guillemets() -> None:
    x = _x("## 1. Generic name\n\nZoravir (INN). Trade names \u2014 \u00abMirelan\u00bb (France) and "
           "\u00abTovasept\u00bb (Italy, Spain).\n\nRelease forms: tablets of 50 mg and drops for oral "
           "administration.\n")
    assert [b.label for b in x.brand_names] == ["Mirelan", "Tovasept"]
    assert [s.label for s in x.drug.synonyms] == []  # "(INN)" names the register; the places are the brands'
    assert [f.label for f in x.formulations] == ["tablets", "drops"] and [r.label for r in x.routes] == ["oral"]


def test_the_opening_bold_name_with_another_spelling_in_brackets() -> None:
    x = _x("**Zoravir** (zoravirum) is a medicine from the group of antiviral agents.\n\n## Usage\n\nIt treats "
           "shingles.\n")
    assert [s.label for s in x.drug.synonyms] == ["zoravirum"]


def test_a_use_of_the_past_said_with_previously_first_is_no_use() -> None:
    x = _x("## Usage\n\nZoravir is indicated for:\n\n- **shingles**;\n- **cold sores**.\n\nPreviously, zoravir was "
           "also used in hospital for viral encephalitis and hepatitis B, but this use is now outdated.\n")
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]


def test_a_positive_allosteric_modulator_activates_and_a_compared_site_is_no_target() -> None:
    """A positive modulator activates (as the truths read it); "a site that differs from the binding sites of A and
    B" compares other drugs' sites; the body's own messenger made to work better is no target of its own."""
    x = _x("## How it Works\n\n- Zoravir acts as a positive allosteric modulator of **glycine receptors**. It binds to "
           "a site that differs from the binding sites of strychnine and ivermectin and enhances the action of "
           "glycine, the main inhibitory messenger of the spinal cord.\n")
    assert _mech(x) == {("activates", "glycine receptor")}
    assert _mech(_x("## How it Works\n\nZoravir is a modulator of the KQ2 receptor.\n")) == {
        ("modulates", "KQ2 receptor")}


def test_who_starts_doing_a_sign_is_no_part_of_it() -> None:
    x = _x("## Side Effects\n\nCall your doctor right away if you notice any changes in your hearing, if your child "
           "starts walking into doors, or if you have fainting spells.\n")
    assert [s.label for s in x.serious_signs] == ["changes in your hearing", "walking into doors", "fainting spells"]


def test_the_aim_before_a_list_of_the_main_uses_is_their_summary() -> None:
    """"It is used to lower blood ammonia levels in adults with X. The main uses are:" over the numbered uses."""
    x = _x("## Usage\n\nZoravir is used to lower ammonia levels in adults with liver disease that has not responded to "
           "diet. The main uses are:\n\n1. Hepatic encephalopathy.\n2. Urea cycle disorders.\n")
    assert [u.label for u in x.treats] == ["Hepatic encephalopathy", "Urea cycle disorders"]


def test_a_process_of_several_members_is_each_members_and_a_place_keeps_it_whole() -> None:
    """"reduces the proliferation of T cells and B cells": the process of each (no member dropped); "the migration of
    white cells into the lungs, skin and gut": one process, its places listed."""
    assert _mech(_x("## How it Works\n\nZoravir blocks the KQ2 receptor, which reduces the proliferation of T cells "
                    "and B cells.\n")) == {("blocks", "KQ2 receptor"), ("decreases", "proliferation of T cells"),
                                           ("decreases", "proliferation of B cells")}
    assert ("decreases", "migration of white cells into the lungs, skin and gut") in _mech(_x(
        "## How it Works\n\nZoravir blocks the KQ2 receptor, which reduces the migration of white cells into the "
        "lungs, skin and gut.\n"))


def test_a_drug_inserted_between_base_pairs_binds_dna_and_fewer_germs_is_an_outcome() -> None:
    """"inserts itself between the base pairs of DNA" binds DNA (as "slips between the strands" did); "lowers the
    number of Malassezia yeasts on the skin" says fewer germs, an outcome, no downstream effect."""
    assert _mech(_x("## How it Works\n\nZoravir acts in two ways.\n\n1. **Intercalation:** It inserts itself between "
                    "the base pairs of DNA.\n")) == {("binds", "DNA")}
    assert _mech(_x("## How it Works\n\nZoravir blocks squalene epoxidase. On the scalp it lowers the number of "
                    "Malassezia yeasts on the skin.\n")) == {("inhibits", "squalene epoxidase")}
