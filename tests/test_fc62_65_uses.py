"""Uses firstcontact62-65's misses showed, pinned on invented pages: an ampersand between two conditions of a use
item; "X and other Y" names both; a Usage bullet whose bold label is a form, with its strength and brand, is a product,
no use; "It has also been tried for X and for Y" under an off-label label."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(usage: str) -> list[tuple[str, str | None]]:
    x = _x(f"**Generic Name:** Zoravir\n\n**Usage:** {usage}", title="Zoravir")
    return [(u.label, u.qualifier) for u in x.treats]


def test_an_ampersand_and_x_and_other_y() -> None:
    assert _uses("Zoravir is used for:\n\n* Vertigo\n* Raynaud's phenomenon and other circulation problems in the "
                 "hands and feet, in some countries\n* Eczema (atopic dermatitis) & psoriasis – applied to inflamed "
                 "skin") == [("Vertigo", None), ("Raynaud's phenomenon", None),
                             ("Circulation problems in the hands and feet", None), ("Eczema", None),
                             ("Psoriasis", None)]


def test_a_form_bullet_is_no_use_and_what_has_been_tried() -> None:
    assert _uses("Zoravir is an antihistamine.\n\n- **Nasal spray** – 0.1% (Zorspray)\n- **Eye drops** – 0.05% "
                 "(Zoreye)\n\n**Approved uses:**\n\n- **Hay fever** – sneezing\n\n*   **Off-label uses:** It has "
                 "also been tried for cholestatic pruritus and for gambling disorder, although the evidence is "
                 "limited.") == [("Hay fever", None), ("Cholestatic pruritus", "off-label"),
                                 ("Gambling disorder", "off-label")]
