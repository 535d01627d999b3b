"""Layouts of the second first-contact set (tests/fixtures/firstcontact2), each as a small page of
its own with other words: what the extractor must read from it, and what it must not."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Zedamab"):
    text = f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n\n**Note:** This information is AI-generated."
    return extract(parse_text(text, f"{title.lower()}.md"))


def _effects(x) -> dict[str, tuple[str, bool]]:
    return {e.label: (e.category, e.serious) for e in x.side_effects}


def test_side_effect_matrix_table_columns_are_the_groups() -> None:
    x = _x("## Side Effects\n\n"
           "| Organ | Common | Uncommon | Rare but serious |\n|---|---|---|---|\n"
           "| Stomach | Nausea, heartburn | Bloating | Stomach bleeding (black stools) |\n"
           "| Skin | – | Itching | – |\n"
           "| Nerves | Headache | — | Seizures |\n")
    got = _effects(x)
    assert got == {"Nausea": ("Common", False), "Heartburn": ("Common", False), "Bloating": ("Uncommon", False),
                   "Stomach bleeding": ("Rare but serious", True), "Itching": ("Uncommon", False),
                   "Headache": ("Common", False), "Seizures": ("Rare but serious", True)}
    # the row labels only group: never effects, nor are the empty cells
    assert not {"Stomach", "Skin", "Nerves", "Organ", "–", "—"} & set(got)


def test_outline_usage_sentence_items_are_prose_and_lead_in_items_open_their_sub_list() -> None:
    x = _x("1. **Generic Name**\n   - Zedamab\n\n"
           "2. **Usage**\n"
           "   - Zedamab is an oral antifungal (OAF) for nail infections.\n"
           "   - It is used to treat:\n"
           "     - **Tinea unguium** in adults, including people with diabetes\n"
           "     - **Tinea pedis relapse** – after a course of cream, it is given to prevent the fungus coming back\n"
           "   - It is never used on its own: it is combined with a lacquer.\n"
           "   - Zedamab is also inside the combination tablet Fungex (with terbinafine).\n\n"
           "3. **Side Effects**\n   - Common:\n     - Headache\n")
    got = {(t.label, t.qualifier) for t in x.treats}
    assert got == {("Tinea unguium", None), ("Tinea pedis relapse", "prevention")}


def test_list_item_sentences_under_a_label_are_not_conditions() -> None:
    x = _x("**Usage:**\n\n- It is used to treat:\n  - Gout\n  - Psoriasis\n- It is not used for acne.\n")
    assert [t.label for t in x.treats] == ["Gout", "Psoriasis"]
