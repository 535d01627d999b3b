"""Identity wordings and layouts of firstcontact14 (measured blind once; these rules came after), each with
invented variants of the same shape."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _identity(body: str):
    x = _x(body)
    return {"synonyms": [s.label for s in x.drug.synonyms], "brands": [b.label for b in x.brand_names],
            "class": x.drug_class.label if x.drug_class else None, "routes": [r.label for r in x.routes],
            "forms": [f.label for f in x.formulations]}


def test_a_brand_name_in_the_generic_name_parentheses_is_a_brand_not_a_synonym() -> None:
    for line, brand in (("Zoravir (brand name: Zorex)", "Zorex"), ("Zoravir (brand names: Zorex, Zorin)", "Zorex"),
                        ("Zoravir (trade name Zorex)", "Zorex")):
        got = _identity(f"### 1. Generic Name\n{line}\n\n### 2. Usage\nIt is used for gout.")
        assert got["synonyms"] == [] and brand in got["brands"], (line, got)


def test_a_product_containing_both_drugs_is_a_combination() -> None:
    got = _identity("**Usage:** Zoravir is used for gout. Together with probenecid it is given for severe gout; a "
                    "tablet containing both is sold as Zorbecid. It is also sold as Zorex.")
    assert got["brands"] == ["Zorex"]


def test_the_class_ends_before_licensed_and_belong_to_the_class() -> None:
    assert _identity("**Usage:** Zoravir is a xanthine oxidase inhibitor licensed for adults with gout.")["class"] \
        == "xanthine oxidase inhibitor"
    assert _identity("**Usage:** Zoravir tablets belong to the statin class (an HMG-CoA reductase inhibitor). "
                     "They are used for high cholesterol.")["class"] == "statin"


def test_form_words_gelatin_gel_forming_and_how_often() -> None:
    assert _identity("**Usage:** It comes as 10 mg soft gelatin capsules.")["forms"] == ["soft gelatin capsules"]
    assert _identity("**Usage:** It comes as eye drops and as a once-daily gel-forming solution.")["forms"] == [
        "eye drops", "gel-forming solution"]
    assert _identity("**Usage:** It comes as a twice-daily extended-release tablet.")["forms"] == [
        "extended-release tablet"]


def test_a_plain_form_beside_its_kinds_when_listed_with_strengths_or_called_ordinary() -> None:
    assert _identity("**Usage:** It is taken as 5 mg tablets, 10 mg chewable tablets or an oral solution.")["forms"] \
        == ["tablets", "chewable tablets", "oral solution"]
    assert _identity("**Usage:** Orally disintegrating tablets were sold as Zorex Melt. Most people take ordinary "
                     "tablets once a day.")["forms"] == ["Orally disintegrating tablets", "tablets"]


def test_brands_prescribed_as_and_a_place_between_commas() -> None:
    assert _identity("**Usage:** In the UK it is prescribed as Zorex, Zorin or Zoramax.")["brands"] == [
        "Zorex", "Zorin", "Zoramax"]
    assert _identity("**Usage:** Brand names include Zorex and Zorex-XL, Zorin and, in the UK, Zoramax; Zorvan "
                     "contains zoravir hemihydrate.")["brands"] == ["Zorex", "Zorex-XL", "Zorin", "Zoramax", "Zorvan"]


def test_a_usage_table_gives_brands_from_its_product_column_and_forms_from_its_form_column() -> None:
    got = _identity("**Usage:** Zoravir is an antihistamine. It depends on the product:\n\n"
                    "| Product | Form | Used for |\n|---|---|---|\n"
                    "| Zorex Forte | Film-coated tablets, 10 mg | Hay fever |\n"
                    "| Generic zoravir | Oral solution, 1 mg/mL | Hives |\n"
                    "| Zorex 1% (Zorin in the UK) | Cream | Itchy skin |\n")
    assert got["brands"] == ["Zorex Forte", "Zorex", "Zorin"]
    assert got["forms"] == ["Film-coated tablets", "Oral solution", "Cream"]
    other = _identity("**Usage:** It is used as follows:\n\n| Brand | Dosage form | Indication |\n|---|---|---|\n"
                      "| Calmora XR | Extended-release capsules | Anxiety |\n")
    assert other["brands"] == ["Calmora XR"] and other["forms"] == ["Extended-release capsules"]
