"""Mechanism fields, precursors made active, appositive relatives and a list cut at a second verb (invented pages of
other drugs and other words than the sets whose misses led to them: firstcontact89's fact sheet, firstcontact91's
SQL rows and its clot-dissolving enzyme)."""
from tests.test_extract_layouts5 import _mech, _x


def test_a_target_field_names_what_the_drug_acts_on() -> None:
    x = _x("## How it Works\n\n**Target:** Mineralocorticoid receptor in kidney cells (binds to and blocks it)\n\n"
           "**Effect:** The kidney keeps more potassium and loses more sodium.\n")
    assert ("blocks", "mineralocorticoid receptor") in _mech(x)


def test_a_target_field_with_no_verb_is_a_binding_and_the_class_gives_its_direction() -> None:
    x = _x("## Generic Name\n\nZoravir\n\n**Drug class:** Sodium pump inhibitor\n\n## How it Works\n\n"
           "**Primary target:** Na+/K+-ATPase (the sodium pump). Zoravir binds tightly to the sodium pump in heart "
           "muscle.\n")
    got = _mech(x)
    assert ("inhibits", "Na+/K+-ATPase") in got
    assert not any(t.casefold() == "sodium pump" for _, t in got)  # the gloss said again is the same target


def test_a_target_field_that_names_no_target_is_read_as_text() -> None:
    x = _x("## How it Works\n\n**Target:** Bacteria that cause ear infections.\n")
    assert not any(t.casefold().startswith("bacteria") for _, t in _mech(x))


def test_an_effect_field_opening_on_a_verb_has_the_drug_as_its_subject() -> None:
    x = _x("## How it Works\n\n**Target:** Glucocorticoid receptor (binds to and activates it)\n\n"
           "**Strength:** About 6 times stronger than cortisol\n\n"
           "**Feedback:** Suppresses the release of CRH from the hypothalamus\n")
    got = _mech(x)
    assert ("activates", "glucocorticoid receptor") in got
    assert any(r == "decreases" and "CRH" in t for r, t in got)  # (a "Strength" field opened no dosage section)


def test_a_precursor_made_into_its_active_form_is_activated() -> None:
    x = _x("## How it Works\n\nZoravir clings to the clot and converts the trypsinogen held there into trypsin.\n")
    assert ("activates", "trypsinogen") in _mech(x)
    x = _x("## How it Works\n\nIt turns prothrombin into thrombin where a vessel is cut.\n")
    assert ("activates", "prothrombin") in _mech(x)


def test_a_conversion_the_body_does_or_of_unrelated_names_is_no_activation() -> None:
    x = _x("## How it Works\n\nZoravir inhibits factor Xa. Normally, factor Xa converts prothrombin into thrombin.\n")
    assert ("activates", "prothrombin") not in _mech(x)
    x = _x("## How it Works\n\nIt converts angiotensinogen into renin.\n")  # (no precursor of what it makes)
    assert not any(t == "angiotensinogen" for _, t in _mech(x))


def test_a_relative_clause_on_a_body_protein_is_that_proteins_doing() -> None:
    x = _x("## How it Works\n\nIt raises annexin A1, a protein that blocks the making of thromboxanes.\n")
    got = _mech(x)
    assert ("increases", "annexin A1") in got
    assert not any("thromboxane" in t for _, t in got)


def test_a_consequence_cut_at_a_second_verb_keeps_no_and() -> None:
    x = _x("## How it Works\n\nIt reduces production of gastric acid and increases mucus.\n")
    assert not any(t.endswith(" and") for _, t in _mech(x))
    assert ("decreases", "production of gastric acid") in _mech(x)


def test_binding_both_symbols_then_neutralizing_them_inhibits_each() -> None:
    x = _x("## How it Works\n\nImmune cells release interleukin-23 (IL-23) and interleukin-39 (IL-39). Zoravir binds "
           "selectively to both IL-23 and IL-39 (and to their shared subunit), neutralizing them so they cannot reach "
           "their receptors.\n")
    got = _mech(x)
    assert {r for r, t in got if t in ("IL-23", "IL-39", "interleukin-23", "interleukin-39")} == {"inhibits"}
    assert len([t for r, t in got if r == "inhibits"]) == 2


def test_items_under_this_are_what_the_action_does() -> None:
    x = _x("## How it Works\n\nZoravir binds to IL-23 and neutralizes it. This:\n"
           "- Lowers the production of other inflammatory chemicals and the recruitment of eosinophils\n")
    got = _mech(x)
    assert ("decreases", "recruitment of eosinophils") in got
    assert not any("eosinophil production" in t for _, t in got)


def test_a_helper_protein_bound_and_sped_up_then_its_own_targets() -> None:
    x = _x("## How it Works\n\nZoravir binds to heparin cofactor II, the body's slow clotting brake, and greatly "
           "speeds up its action. Heparin cofactor II then inactivates thrombin and, to a lesser degree, factor XIa.\n")
    got = _mech(x)
    assert ("activates", "heparin cofactor II") in got
    assert {("inhibits", "thrombin"), ("inhibits", "factor XIa")} <= got
    assert not any(t in ("action", "its action") for _, t in got)
