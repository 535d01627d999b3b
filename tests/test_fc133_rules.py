"""Rules from the misses of firstcontact133 (ordinary answers of six models not imitated before, the session's last
blind set), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_condition_secondary_to_another_is_one_use() -> None:
    """"1. Geographic atrophy (GA) secondary to age-related macular degeneration (AMD) - ...": one use, named whole;
    its "to" no purpose."""
    x = _x("## Usage\n\nIt is used for:\n\n1. Pulmonary hypertension (PH) secondary to interstitial lung disease - in "
           "adults.\n2. Gout - long term.\n", "Calvirex")
    assert [u.label for u in x.treats] == ["Pulmonary hypertension secondary to interstitial lung disease", "Gout"]


def test_the_routes_of_the_products_a_brand_field_names() -> None:
    """"**Brand Names:** Calvix (subcutaneous injection, twice daily) and Calvix LAR (intramuscular injection every 4
    weeks)": each brand's product says how it is given."""
    x = _x("## Generic Name\n\n*   **Generic Name:** Calvirex\n*   **Brand Names:** Calvix (subcutaneous injection, "
           "twice daily) and Calvix LAR (long-acting, intramuscular injection every 4 weeks).\n\n## Usage\n\n- Gout\n",
           "Calvirex")
    assert sorted(r.label for r in x.routes) == ["intramuscular", "subcutaneous"]


def _effects(x) -> list[tuple[str, str]]:
    return [(e.label, e.category) for e in x.side_effects]


def test_a_group_told_in_sentences_keeps_its_group() -> None:
    """"1. Digestive complaints: cramps, bloating, gas and a bitter taste are the most common. Some people develop
    heartburn." under a lead that says its items are groups: the first sentence's list and the effects the
    later sentences name, all in the item's group."""
    x = _x("## Side Effects\n\nThe unwanted effects of it fall into the following groups:\n\n"
           "1. Digestive complaints: cramps, bloating, gas, a bitter taste and a dry throat are the most common. "
           "Some people develop heartburn.\n"
           "2. Skin changes: itching. Rarely, long-term use causes thinning of the skin and easy bruising.\n"
           "3. Laboratory findings: low platelet count and abnormal kidney tests.\n", "Calvirex")
    assert _effects(x) == [("Cramps", "Digestive complaints"), ("Bloating", "Digestive complaints"),
                           ("Gas", "Digestive complaints"), ("Bitter taste", "Digestive complaints"),
                           ("Dry throat", "Digestive complaints"), ("Heartburn", "Digestive complaints"),
                           ("Itching", "Skin changes"), ("Thinning of the skin", "Skin changes"),
                           ("Easy bruising", "Skin changes"), ("Low platelet count", "Laboratory findings"),
                           ("Abnormal kidney tests", "Laboratory findings")]


def test_how_often_said_without_its_comma_in_a_list() -> None:
    """"- Nervous system: tremor, dizziness, and in rare cases fainting": how often, then the member."""
    x = _x("## Side Effects\n\n- Nervous system: tremor, dizziness, and in rare cases fainting\n"
           "- Skin: dryness, and rarely hair loss\n", "Calvirex")
    assert [e.label for e in x.side_effects] == ["Tremor", "Dizziness", "Fainting", "Dryness", "Hair loss"]


def test_a_long_list_said_most_common_and_high_doses_that_cause() -> None:
    """"Headache, dizziness, dry mouth, blurred vision and trouble sleeping are the most common." (a list longer than
    sixty letters) and "Rarely, high doses cause A and B": effects; "Because it thins the blood, bleeding is the main
    risk" says why, no list of the most common."""
    x = _x("## Side Effects\n\nHeadache, dizziness, dry mouth, blurred vision, muscle cramps and trouble sleeping are "
           "the most common. Rarely, high doses cause tremor and confusion.\n", "Calvirex")
    assert [e.label for e in x.side_effects] == ["Headache", "Dizziness", "Dry mouth", "Blurred vision",
                                                 "Muscle cramps", "Trouble sleeping", "Tremor", "Confusion"]


def test_what_the_section_says_the_drug_does_to_what_it_binds() -> None:
    """"It binds to complement protein C3 and its active fragment C3b. ... By inhibiting C3, it:" (sentences apart):
    both inhibited ("By blocking F7": blocked); "This stops X from ..." inhibited; a part named by its code after
    "and its active fragment" a target of its own."""
    x = _x("## How it Works\n\nCalvirex is a small cyclic peptide. It binds to coagulation protein F7 and its active "
           "form F7a. Levels of thrombin then fall.\n\nBy blocking F7, Calvirex:\n- Reduces clot formation\n",
           "Calvirex")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [
        ("blocks", "coagulation protein F7"), ("blocks", "F7a")]
    x = _x("## How it Works\n\nIt binds to the enzyme lipoxidase K2. This stops K2 from making leukotrienes.\n",
           "Calvirex")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("inhibits", "lipoxidase K2")]


def test_a_chelated_metal_is_bound_and_it_is_thought_that_hedges() -> None:
    """"It is thought that it chelates (binds) copper in the gut": copper bound, hedged; "It chelates zinc."
    asserted."""
    x = _x("## How it Works\n\nIt is thought that Calvirex chelates (binds) copper in the gut, which the worm needs.\n",
           "Calvirex")
    assert [(m.relation, m.target, m.certainty) for m in x.mechanism if m.is_target] == [("binds", "copper", "hedged")]
    x = _x("## How it Works\n\nCalvirex chelates zinc.\n", "Calvirex")
    assert [(m.relation, m.target, m.certainty) for m in x.mechanism if m.is_target] == [("binds", "zinc", "asserted")]


def test_receptor_subtypes_named_by_one_code_and_the_others_numbers() -> None:
    """"It binds to three of the four melanocortin receptor subtypes (MC1, 3 and 4) and activates them": each subtype
    activated, named by its number, its code the first's prefix."""
    x = _x("## How it Works\n\nIt binds to three of the four melanocortin receptor subtypes (MC1, 3 and 4) and "
           "activates them.\n", "Calvirex")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism if m.is_target] == [
        ("activates", "melanocortin receptor subtype 1", "MC1"),
        ("activates", "melanocortin receptor subtype 3", "MC3"),
        ("activates", "melanocortin receptor subtype 4", "MC4")]
