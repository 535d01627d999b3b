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
