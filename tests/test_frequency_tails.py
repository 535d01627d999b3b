"""Words that say how often, when or how long, cut off from the effect or use they were said of, are no node of
their own (set 86's cariprazine, baricitinib, elagolix and rifampin pages gave "Both common", "Occasionally", "Past
smokers", "Short-term" and "Always" as effects and uses). Pinned on invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_how_often_after_an_effect_in_a_body_system_group_is_no_effect() -> None:
    x = _x("## Side Effects\n\n- **Stomach and gut:** heartburn and bloating, both common; diarrhoea, occasionally\n"
           "- **Nervous system:** dizziness, common early in treatment; tremor, sometimes; drowsiness, very common\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Heartburn", "Stomach and gut"), ("Bloating", "Stomach and gut"), ("Diarrhoea", "Stomach and gut"),
        ("Dizziness", "Nervous system"), ("Tremor", "Nervous system"), ("Drowsiness", "Nervous system")]


def test_a_sentence_comparing_the_listed_risks_names_no_effect() -> None:
    x = _x("## Side Effects\n\n### Serious risks\n- Serious infections\n- Blood clots in the lungs\n\n"
           "These risks were greater with the older tablets than with the patch in women over 60 with a history of "
           "stroke, and in current or former smokers.\n")
    assert [e.label for e in x.side_effects] == ["Serious infections", "Blood clots in the lungs"]


def test_an_adverb_of_when_or_how_long_after_a_use_is_no_use() -> None:
    x = _x("## Usage\n\n- Leprosy, always together with dapsone and clofazimine, because resistance comes quickly.\n"
           "- Endometrial thickening, short-term before a biopsy, to thin the lining.\n"
           "- Acne, sometimes with a cream, when antibiotics fail.\n")
    assert [u.label for u in x.treats] == ["Leprosy", "Endometrial thickening", "Acne"]
