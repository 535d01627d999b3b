"""A page whose sections are all nested bullets (Mistral Nemo, firstcontact66's alprostadil), pinned on an invented
page: a bullet that says what class the drug belongs to, naming it, is no use; a "Forms and brands" item heads
products, not uses, and the brands in its items' closing brackets are brands; a urethral suppository is not rectal.
And from the same set's nintedanib: "inhibits three families of growth-factor receptors: A (X), B (Y) and C (Z)" names
its members; "a small-molecule tyrosine kinase inhibitor" names no small molecule. And from its upadacitinib: "**Upper
respiratory infections:** colds, sinus infections, sore throat" under a group is one effect, its kinds none of their
own; "**Serious infections:** including tuberculosis, ..." too."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x

_NESTED = """- **Generic Name**
  - Zoravir (also known as prostaglandin Z1)

- **Usage**
  - Zoravir belongs to a class of drugs called prostaglandins. It widens blood vessels.
  - Forms and brands:
    - Injection into the side of the penis (Zorject, Zoredex)
    - Urethral suppository, a tiny pellet placed in the tip of the penis (ZUSE)
  - Main uses:
    - Erectile dysfunction (ED), especially in men who did not respond to tablets
    - Raynaud's phenomenon with finger ulcers (off-label)

- **Side Effects**
  - **Common**
    - Penile pain
    - Dizziness
"""


def test_a_nested_page_names_its_uses_brands_and_routes() -> None:
    x = _x(_NESTED)
    assert [(u.label, u.qualifier) for u in x.treats] == [("Erectile dysfunction", None),
                                                         ("Raynaud's phenomenon with finger ulcers", "off-label")]
    assert [b.label for b in x.brand_names] == ["Zorject", "Zoredex", "ZUSE"]
    assert "rectal" not in [r.label for r in x.routes]
    assert x.drug_class is not None and x.drug_class.label == "prostaglandin"


def test_families_of_receptors_announced_before_a_colon() -> None:
    x = _x("## Usage\n\nZoravir treats IPF.\n\n## How it Works\n\nZoravir is a small-molecule tyrosine kinase "
           "inhibitor. It works inside cells and inhibits three families of growth-factor receptors: vascular "
           "endothelial growth factor receptor (VEGFR), fibroblast growth factor receptor (FGFR) and "
           "platelet-derived growth factor receptor (PDGFR).")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism] == [
        ("inhibits", "tyrosine kinase", None),
        ("inhibits", "vascular endothelial growth factor receptor", "VEGFR"),
        ("inhibits", "fibroblast growth factor receptor", "FGFR"),
        ("inhibits", "platelet-derived growth factor receptor", "PDGFR")]


def test_a_named_infection_with_its_kinds_is_one_effect() -> None:
    x = _x("### 3) Side Effects\n\n**Common**\n- **Upper respiratory infections:** colds, sinus infections, sore "
           "throat\n- **Nausea**\n\n**Rare but serious**\n- **Serious infections:** including tuberculosis, "
           "pneumonia and fungal infections\n- **Blood clots**")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Upper respiratory infections", "Common"), ("Nausea", "Common"), ("Serious infections", "Rare but serious"),
        ("Blood clots", "Rare but serious")]
