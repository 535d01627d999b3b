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
