"""Identity firstcontact62-65's misses showed, pinned on invented pages: forms a Usage bullet names with the drug's
name before them or a brand after ("zoravir tablets (Zorvix, 18 mg)", "a nasal spray (Zorvane)", "an injection
(formerly sold as Zorvex)"); a bold name alone under "Generic Name" with its abbreviation; "X and a prodrug of Y" is
no class; a brand list that runs on into the drug's own other name; "the class of medications known as X"; a class
the page names after a description ("It belongs to a class of drugs called X"), also one ending in a form's word;
"older US brands included X"; a combination's brands in its brackets; a strength, then its brand; a Usage bullet whose
bold label is a form."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _page(usage: str, generic: str = "**Generic Name:** Zoravir") -> object:
    return _x(f"{generic}\n\n**Usage:** {usage}\n\n**How it Works:** It blocks xanthine oxidase.", title="Zoravir")


def test_forms_a_usage_bullet_names() -> None:
    x = _page("Zoravir is a gout medicine.\n\n*   **Gout:** In Europe, zoravir tablets (Zorvix, 18 mg) are taken as "
              "needed.\n*   **Kidney stones:** In the US, a nasal spray (Zorvane) is approved.\n*   **Flares:** In "
              "hospitals, an injection (formerly sold as Zorvex) is used.\n*   **Scaly skin patches:** they clear.")
    assert [f.label for f in x.formulations] == ["tablets", "nasal spray", "injection"]  # type: ignore[attr-defined]


def test_a_bold_name_alone_and_what_is_no_class_or_brand() -> None:
    x = _page("Zoravir disoproxil is a xanthine oxidase inhibitor (XOI) and a prodrug of zoravir. The "
              "single-ingredient brand is **Zorvix**, and ZDF is also part of many combination pills.",
              generic="## Generic Name\n**Zoravir Disoproxil (ZDF)**")
    assert x.drug.label == "Zoravir Disoproxil"  # type: ignore[attr-defined]
    assert [s.label for s in x.drug.synonyms] == ["ZDF"]  # type: ignore[attr-defined]
    assert x.drug_class.label == "xanthine oxidase inhibitor"  # type: ignore[attr-defined]
    assert [b.label for b in x.brand_names] == ["Zorvix"]  # type: ignore[attr-defined]


def test_classes_the_page_names() -> None:
    assert _page("Zoravir belongs to the class of medications known as xanthine oxidase inhibitors. It treats gout."
                 ).drug_class.label == "xanthine oxidase inhibitor"  # type: ignore[attr-defined]
    assert _page("Zoravir is a synthetic purine used as a type of gout therapy for adults. It belongs to a class of "
                 "drugs called selective urate regulators (SURs).").drug_class.label == \
        "selective urate regulator"  # type: ignore[attr-defined]
    assert _page("Zoravir complex concentrate belongs to a class of medicines called urate factor concentrates; it "
                 "is made from plasma.").drug_class.label == "urate factor concentrate"  # type: ignore[attr-defined]


def test_brands_older_ones_a_combinations_and_a_strengths() -> None:
    x = _page("Zoravir is sold under brand names such as Zorvix and Zorvane; older US brands included Zorvol and "
              "Zorvin. Zoravir is also one of the two ingredients of co-zoravir (probenecid-zoravir, sold as Gouta and "
              "Urix).\n\n- **Nasal spray** – 0.1% (Zorspray) and 0.15% (Zorspray Max)\n- **Eye drops** – 0.05% "
              "(Zoreye)")
    assert [b.label for b in x.brand_names] == [  # type: ignore[attr-defined]
        "Zorvix", "Zorvane", "Zorvol", "Zorvin", "Zorspray", "Zorspray Max", "Zoreye"]
    assert [f.label for f in x.formulations] == ["Nasal spray", "Eye drops"]  # type: ignore[attr-defined]


def test_a_bold_name_alone_before_the_forms_listed_under_it() -> None:
    x = _x("Zoravir: Drug Overview\n==========================\n\nGeneric Name\n------------\n\n**Zoravir**\n\n"
           "- Ophthalmic solution (eye drops), 0.01% and 0.03%\n- Brand names: **Zorvix** (eye drops)\n\n"
           "Usage\n-----\n\nIt treats glaucoma.", title="Zoravir")
    assert x.drug.label == "Zoravir"  # type: ignore[attr-defined]
