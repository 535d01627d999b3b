"""Layouts and wordings of firstcontact12 (measured blind once, at 0.728; these rules came after)."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(x) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(t.label, t.qualifier) for t in x.treats]


def test_a_products_line_atop_usage_is_a_field_of_it_and_names_the_brands() -> None:
    x = _x("#### Generic Name:\nZoravir\n\n#### Usage:\n"
           "Available as: Zorex (tablets), Zorex Melt (orally disintegrating tablets) and Zorex Depot (a long-acting "
           "injection given every 4 weeks). Generic tablets are widely available.\n\n"
           "Zoravir is an atypical antipsychotic. It is approved for schizophrenia in adults.\n\n"
           "#### Side Effects:\nHeadache.\n")
    assert _uses(x) == [("Schizophrenia", None)]
    assert [b.label for b in x.brand_names] == ["Zorex", "Zorex Melt", "Zorex Depot"]
    assert x.drug_class is not None and x.drug_class.label == "atypical antipsychotic"


def test_a_use_of_a_combination_capsule_and_a_use_to_calm() -> None:
    x = _x("**Usage:** Zoravir is used for schizophrenia. The injection is used to calm agitation in people with "
           "schizophrenia. Together with fluoxetine (as the combination capsule Duozor) it is also used for "
           "treatment-resistant depression.\n\n**Side Effects:** Headache.\n")
    assert _uses(x) == [("Schizophrenia", None), ("Agitation", None)]


def test_a_condition_again_with_one_more_and_the_episodes_of_a_disorder() -> None:
    y = _x("**Usage:** It is used for nausea. It is used for nausea and vomiting of pregnancy.\n\n"
           "**Side Effects:** Rash.")
    assert _uses(y) == [("Nausea", None), ("Nausea and vomiting of pregnancy", None)]  # "of pregnancy": both words
    x = _x("**Usage:** It is approved for schizophrenia and bipolar I disorder in adults, and for schizophrenia "
           "and manic or mixed episodes of bipolar I disorder in adolescents.\n\n**Side Effects:** Headache.\n")
    assert _uses(x) == [("Schizophrenia", None), ("Bipolar I disorder", None)]


def test_two_glossed_complexes_of_nausea_and_vomiting() -> None:
    for body in ("It is approved to prevent chemotherapy-induced nausea and vomiting (CINV) and postoperative nausea "
                 "and vomiting (PONV) in adults, and to prevent CINV in children 6 months and older.",
                 "It is used to prevent:\n\n- Chemotherapy-induced nausea and vomiting (CINV), including with "
                 "cisplatin\n- Postoperative nausea and vomiting (PONV)\n"):
        x = _x(f"**Usage:** {body}\n\n**Side Effects:** Headache.\n")
        assert [(t.label, t.qualifier, t.abbreviation) for t in x.treats] == [
            ("Chemotherapy-induced nausea and vomiting", "prevention", "CINV"),
            ("Postoperative nausea and vomiting", "prevention", "PONV")], body


def test_a_use_told_in_the_second_person_under_your_doctor_may_suggest_it_if() -> None:
    x = _x("### Usage\nYou might be prescribed zoravir if your cholesterol is too high. It's a PCSK9 inhibitor, a type "
           "of monoclonal antibody. You inject it under your skin every 2 weeks.\n\nYour doctor may suggest it if:\n\n"
           "➤ You already have cardiovascular disease (for example, you've had a heart attack or stroke) – here it "
           "lowers your risk of another heart attack or stroke.\n"
           "➤ You have high LDL cholesterol (primary hyperlipidemia) that diet has not brought down far enough.\n"
           "➤ You or your child (10 years or older) have familial hypercholesterolemia, the inherited form of high "
           "cholesterol, in either its heterozygous (HeFH) or homozygous (HoFH) form.\n\n### Side Effects\nRash.\n")
    assert [(t.label, t.qualifier, t.synonyms) for t in x.treats] == [
        ("Cardiovascular disease", "prevention", []), ("High LDL cholesterol", None, ["primary hyperlipidemia"]),
        ("Familial hypercholesterolemia", None, [])]
    assert x.drug_class is not None and x.drug_class.label == "PCSK9 inhibitor"
    assert [r.label for r in x.routes] == ["subcutaneous"]


def test_a_gloss_with_a_colon_in_the_generic_name_and_products_listed_brand_first() -> None:
    x = _x("1. **Generic Name**\n\n   Zoravir dipropionate (international name: zoravirum)\n\n2. **Usage**\n\n"
           "   Zoravir is a corticosteroid. It comes as:\n\n"
           "   - ZORA RediHaler – a breath-actuated inhalation aerosol for the lungs\n"
           "   - Zorase AQ – a nasal spray\n\n"
           "   The inhaler is used for asthma. The nasal sprays treat the sneezing, itching and runny nose of "
           "allergic rhinitis (hay fever), both seasonal and year-round.\n\n3. **Side Effects**\n\n   - Headache\n")
    assert (x.drug.label, [s.label for s in x.drug.synonyms]) == ("Zoravir dipropionate", ["zoravirum"])
    assert [b.label for b in x.brand_names] == ["ZORA RediHaler", "Zorase AQ"]
    assert {f.label for f in x.formulations} >= {"breath-actuated inhalation aerosol", "nasal spray"}
    assert [(t.label, t.synonyms) for t in x.treats] == [("Asthma", []), ("Allergic rhinitis", ["hay fever"])]


def test_a_prevention_named_as_a_noun_and_a_list_that_goes_on_after_a_population() -> None:
    x = _x("**Usage:** It is approved for the treatment of deep vein thrombosis (DVT), pulmonary embolism (PE) and "
           "stroke prevention in nonvalvular atrial fibrillation in adults.\n\n"
           "▪ Combination tablets: Zorex Met (with metformin) and Zorex Duo (with glimepiride).\n"
           "▪ Off-label: nonalcoholic steatohepatitis (NASH), in people with or without diabetes, and polycystic "
           "ovary syndrome (PCOS).\n\n**Side Effects:** Headache.\n")
    assert [(t.label, t.qualifier) for t in x.treats] == [
        ("Deep vein thrombosis", None), ("Pulmonary embolism", None), ("Stroke", "prevention"),
        ("Nonalcoholic steatohepatitis", "off-label"), ("Polycystic ovary syndrome", "off-label")]


def test_a_brand_named_before_its_form_after_comes_as() -> None:
    x = _x("**Usage:** Zoravir is an antiemetic. It comes as Zorend capsules (40 mg and 80 mg) and as an injectable "
           "emulsion given into a vein. It is used to prevent postoperative nausea and vomiting.\n\n"
           "**Side Effects:** Headache.\n")
    assert [b.label for b in x.brand_names] == ["Zorend"]


def test_the_bouts_of_a_use_already_named_are_no_use_of_their_own() -> None:
    x = _x("**Usage:** The inhaler is used for the maintenance treatment of asthma in adults, to prevent symptoms and "
           "asthma attacks. It is also used for the acute treatment of migraine attacks and for migraine in "
           "teenagers, and to prevent heart attacks. It is used to prevent gout flares.\n\n"
           "- Gout\n\n**Side Effects:** Headache.\n")
    assert [(t.label, t.qualifier) for t in x.treats] == [("Asthma", None), ("Migraine", None),
                                                          ("Heart attacks", "prevention"),
                                                          ("Gout flares", "prevention"), ("Gout", None)]
