"""What firstcontact26 (six more blind pages written as typical models answer) missed at first contact, pinned in
invented pages: the rules are general, the pages only showed where they were missing."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc20_wordings import _uses


def _treats(body: str) -> list[tuple[str, str | None]]:
    return [(t.label, t.qualifier) for t in _x(body).treats]


def test_forms_and_groups_of_uses_over_their_own_lists() -> None:
    assert _treats("**Usage:**\n\nZoravir is used to *prevent* allergic and inflammatory symptoms rather than to "
                   "relieve them.\n\n* **Nasal spray (Zorex, over the counter):**\n    * Prevention and relief of "
                   "nasal symptoms of **allergic rhinitis** (hay fever)\n* **Eye drops (prescription):**\n"
                   "    * Treatment of **vernal keratoconjunctivitis**\n* **Hospital uses:** Given as an intravenous "
                   "injection to:\n    + Treat congestive heart failure in people who are having a heart attack\n"
                   "    + Control perioperative hypertension\n") == [
        ("Allergic rhinitis", None), ("Vernal keratoconjunctivitis", None), ("Congestive heart failure", None),
        ("Perioperative hypertension", None)]


def test_helping_people_with_a_disorder_and_a_use_for_the_long_term() -> None:
    assert _uses("Zoravir is used to help people with alcohol use disorder (alcoholism) stay sober.") == {
        ("Alcohol use disorder", None)}
    assert _uses("Urinary antiseptic used long term to prevent recurrent urinary tract infections (UTIs).") == {
        ("Recurrent urinary tract infections", "prevention")}
    # "that use is not approved" is said of a use, not of the drug
    x = _x("## Usage\n\nZoravir is used to help people with alcohol use disorder stay sober. Researchers have also "
           "studied it for cocaine use disorder, but that use is not approved.\n")
    assert [(t.label, t.qualifier) for t in x.treats] == [("Alcohol use disorder", None)]


def test_how_it_is_used_forms_and_brands_and_the_class_in_the_second_sentence() -> None:
    x = _x("### Generic Name\nZoravir\n\n### Usage\nZoravir is a prescription medication used to treat the signs of "
           "**Parkinson's disease (PD)**. It belongs to a class of drugs called **monoamine oxidase type B (MAO-B) "
           "inhibitors**.\n\nIt can be used in two ways:\n- **As monotherapy** – on its own in early Parkinson's "
           "disease.\n- **As adjunct therapy** – added to levodopa.\n\nIt helps control symptoms, but it **does not "
           "cure Parkinson's disease**.\n\n**Forms and brands:**\n- Tablets: 0.5 mg and 1 mg, taken by mouth once a "
           "day\n- Brand name: **Zorex**\n", title="Zoravir")
    assert [(t.label, t.qualifier) for t in x.treats] == [("Parkinson's disease", None)]
    assert x.drug_class.label == "monoamine oxidase type B inhibitor"
    assert ([b.label for b in x.brand_names], [f.label for f in x.formulations], [r.label for r in x.routes]) == (
        ["Zorex"], ["Tablets"], ["oral"])


def test_a_bold_effect_and_the_rest_of_its_phrase() -> None:
    x = _x("## Side Effects\n\n- Low white blood cell count and anemia, found on blood tests\n\n**Serious:**\n"
           "- **Miscarriage and birth defects** if taken during pregnancy\n- **Hallucinations** and confused "
           "behavior\n- **Strong urges** to gamble, shop, or binge eat\n- **Digestive problems:** nausea, vomiting\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Low white blood cell count", "Other"), ("Anemia", "Other"),  # two, as the truth splits them
        ("Miscarriage and birth defects", "Serious"),
        ("Hallucinations", "Serious"), ("Strong urges", "Serious"), ("Nausea", "Digestive problems"),
        ("Vomiting", "Digestive problems")]


def test_products_of_another_medicine_in_a_products_table_and_form_labels_with_brands() -> None:
    x = _x("### Generic Name\nZoravir mofetil\n\n### Usage\nZoravir treats transplant rejection.\n\n"
           "| Product | What it contains | Forms |\n| --- | --- | --- |\n"
           "| Zorex and generics | Zoravir mofetil | 250 mg capsules, IV injection |\n"
           "| Zorfort and generics | Zoravirnic acid | delayed-release tablets |\n",
           title="Zoravir mofetil")
    assert [b.label for b in x.brand_names] == ["Zorex"]
    assert ({r.label for r in x.routes}, [f.label for f in x.formulations]) == ({"oral", "intravenous"},
                                                                                ["capsules", "injection"])
    x = _x("### Generic Name\nZoravir\n\n### Usage\nIt comes in several forms:\n\n* **Nasal spray (Zorex, over the "
           "counter):**\n    * Prevention of **allergic rhinitis**\n\nA quick-relief inhaler such as albuterol is "
           "needed for attacks.\n", title="Zoravir")
    assert ([b.label for b in x.brand_names], [f.label for f in x.formulations]) == (["Zorex"], ["Nasal spray"])


def test_a_products_table_without_a_use_column_names_no_use() -> None:
    assert _treats("**Usage:**\n\nZoravir is used to prevent organ rejection after a kidney transplant.\n\n"
                   "| Product | What it contains | Forms | Notes |\n| --- | --- | --- | --- |\n"
                   "| Zorex and generics | Zoravir mofetil | 250 mg capsules | Taken twice a day |\n"
                   "| Zorfort | Zoravir sodium | 180 mg tablets | Not interchangeable with Zorex |\n") == [
        ("Organ rejection", "prevention")]


def test_an_effect_and_a_named_disease_after_it_are_two() -> None:
    x = _x("**Side Effects:**\n\nCommon side effects:\n- Low white blood cell count and anemia, found on blood tests\n"
           "- Swelling of the hands and feet\n")
    assert [e.label for e in x.side_effects] == ["Low white blood cell count", "Anemia",
                                                 "Swelling of the hands and feet"]
