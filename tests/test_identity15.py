"""Identity wordings of firstcontact15, pinned with invented pages: a brand named before what it is, a form named
after another drug with a brand in parentheses, and a class followed by what else the drug is."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_brand_named_before_it_is_called_the_brand() -> None:
    for sentence in ("Zorvix is the best-known brand.", "Zorvix was the original brand; today it is a generic.",
                     "It comes as tablets; Zorvix is the best-known brand."):
        x = _x(f"**Generic Name:** Zoravir\n\n**Usage:** Zoravir is an antiviral taken by mouth. {sentence} It treats "
               "shingles.")
        assert [b.label for b in x.brand_names] == ["Zorvix"], sentence


def test_a_form_of_another_drug_with_its_brand_in_parentheses_is_no_brand_of_this_one() -> None:
    x = _x("**Generic Name:** Zoravir\n\n**Usage:** It treats shingles. It comes as zoravir tablets (Zorvix).\n\n"
           "**FAQs:**\n\nQ: Is it the same as penciclovir cream (Denavir)?\nA: No.")
    assert [b.label for b in x.brand_names] == ["Zorvix"]


def test_the_class_stops_before_what_else_the_drug_is() -> None:
    x = _x("**Generic Name:** Zoravir\n\n**Usage:** Zoravir is a direct-acting vasodilator and one of the oldest blood "
           "pressure medicines still in use. It treats high blood pressure.")
    assert x.drug_class is not None and x.drug_class.label == "direct-acting vasodilator"


def test_brands_marketed_launched_or_called_the_brand() -> None:
    for sentence, brand in (("It is marketed as Zorvix and is taken by mouth.", "Zorvix"),
                            ("In the US it was launched as Zorvix and renamed in 2016.", "Zorvix"),
                            ("In the US it is sold as Zorvix; in many other countries the brand is Zorex.", "Zorex")):
        x = _x(f"**Generic Name:** Zoravir\n\n**Usage:** {sentence} It treats shingles.")
        assert brand in [b.label for b in x.brand_names], sentence
