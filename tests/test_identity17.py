"""Identity: a brand named for other countries ("and as Skinoren in many other countries") and a combination
product's form ("the combination capsule Duozor"), which is not the drug's. Small pages of their own."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x

_HEAD = "## Generic Name\n\nZoravir\n\n## Usage\n\n"


def test_a_brand_for_other_countries() -> None:
    x = _x(_HEAD + "Zoravir is a hiccup remedy. It is used as a cream or gel, and is available on prescription as "
                   "Hicstop and Hiccan in the United States and as Singulto in many other countries.\n")
    assert {b.label for b in x.brand_names} == {"Hicstop", "Hiccan", "Singulto"}


def test_a_combination_products_form_is_not_the_drugs() -> None:
    x = _x(_HEAD + "Zoravir is a hiccup remedy taken by mouth as tablets. In the combination capsule Duozor, "
                   "extended-release zoravir is paired with baclofen. It is one of the ingredients of the combination "
                   "inhalers Breathix and Triax.\n")
    assert [f.label for f in x.formulations] == ["tablets"]
