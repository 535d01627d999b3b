"""Rules from the misses of firstcontact179 and firstcontact180 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-178), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_binding_made_to_work_more_in_the_next_sentence_activates() -> None:
    """"Temazepam binds to the benzodiazepine site on the GABA-A receptor ... When temazepam binds, it makes the
    receptor respond more strongly to GABA": activated."""
    x = _x("## How it Works\n\nZorvane binds to a site on the glycine receptor in the spinal cord. Glycine calms "
           "nerves. When zorvane binds, it makes the receptor respond more strongly to glycine.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("activates", "glycine receptor")]


def test_a_class_with_its_potency_before_it() -> None:
    """"Halobetasol is a super-high-potency (Class I) topical corticosteroid": the class."""
    x = _x("Usage:\nZorvane is a mid-potency (Class IV) topical corticosteroid. It is used for eczema.\n", "Zorvane")
    assert x.drug_class is not None and x.drug_class.label == "corticosteroid"


def test_where_another_spelling_is_used_is_no_part_of_it() -> None:
    """"(also spelled ulobetasol in some countries)": ulobetasol."""
    x = _x("## 1. Generic Name\n\nZorvane (also spelled zorvan in some countries)\n\n## 2. Usage\n\nZorvane is "
           "used for gout.\n", "Zorvane")
    assert [s.label for s in x.drug.synonyms] == ["zorvan"]
