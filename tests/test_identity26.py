"""Other names in the Generic Name line and the drug's intro, pinned on invented pages: "(called X outside the United
States and Canada)" and "(spelled X in the UK and some other countries)" name X alone; "(Y, often abbreviated YZ)"
gives YZ; a chemical name with a comma between digits ("meso-2,3-dimercapto...") is one name; "belongs to a class of
drugs called X" names the class, not the drug; "sold as X" in the intro is a brand, not another name; another name in
the Generic Name line is no brand there, while a page that also lists it among the brands keeps both."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _names(value: str, usage: str = "It treats gout.") -> tuple[list[str], list[str]]:
    x = _x(f"**Generic Name:** {value}\n\n**Usage:** {usage}\n\n**How it Works:** It blocks xanthine oxidase.",
           title="Zoravir")
    return [s.label for s in x.drug.synonyms], [b.label for b in x.brand_names]


def test_a_name_used_elsewhere_is_the_name_alone() -> None:
    assert _names("Zoravir (called zoravol outside the United States and Canada)")[0] == ["zoravol"]
    assert _names("Zoravir (spelled zoravire in the UK and some other countries)")[0] == ["zoravire"]


def test_an_abbreviation_and_a_chemical_name_with_a_digit_comma() -> None:
    assert _names("Zoravir (zoravic acid, often abbreviated ZVA)")[0] == ["zoravic acid", "ZVA"]
    assert _names("Zoravir (also known as meso-2,3-dizoravic acid, or DZA)")[0] == ["meso-2,3-dizoravic acid", "DZA"]


def test_a_class_called_so_and_a_brand_sold_so_are_no_other_names() -> None:
    names, brands = _names("Zoravir", usage="Zoravir belongs to a class of drugs called xanthines, and it is used "
                                            "for gout.")
    assert names == []
    names, brands = _names("Zoravir", usage="Zoravir, sold as Zorvix and Zorvane, is used for gout.")
    assert names == [] and brands == ["Zorvix", "Zorvane"]


def test_another_name_is_no_brand_where_it_is_given_as_a_name() -> None:
    names, brands = _names("Zoravir (Vitamin Z7, also known as Vitamin Q)")
    assert names == ["Vitamin Z7", "Vitamin Q"] and brands == []
    names, brands = _names("Zoravir, also known as ZRX", usage="It treats gout. Brands include ZRX and Zorvix.")
    assert names == ["ZRX"] and brands == ["ZRX", "Zorvix"]
