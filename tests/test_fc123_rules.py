"""Rules from the misses of firstcontact123 (six notations never seen; the extractor's side, once the readers gave the
pages as Markdown), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _forms(field: str) -> list[str]:
    x = _x(f"## Generic Name\n\nCalvirex\n\n- **Forms:** {field}\n\n## Usage\n\n- Gout\n", "Calvirex")
    return [f.label for f in x.formulations]


def test_a_product_named_for_how_it_is_given() -> None:
    """"solution for subcutaneous infusion", "concentrate for solution for infusion", "solution for inhalation": one
    form each, as labels name them; a bare "solution for injection" is an injection."""
    assert _forms("solution for subcutaneous infusion (200 mg/20 mL)") == ["solution for subcutaneous infusion"]
    assert _forms("concentrate for solution for infusion") == ["concentrate for solution for infusion"]
    assert _forms("solution for inhalation (nebuliser)") == ["solution for inhalation"]
    assert "solution for injection" not in _forms("50 mg/mL solution for injection")


def test_what_comes_with_an_effect_is_no_effect() -> None:
    """"**Serious:** Severe allergic reaction, often with fever, rash and joint pain": one effect, what comes with it
    no effects of their own."""
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\n- **Common:** Headache\n- **Serious:** Serum sickness, usually "
           "with fever, hives and swollen glands\n", "Calvirex")
    assert [(e.label, e.serious) for e in x.side_effects] == [("Headache", False), ("Serum sickness", True)]
