"""Rules from what the readers of firstcontact130's formats left (answers in six notations never seen), pinned by
invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_another_spelling_of_the_same_salt_is_another_name() -> None:
    """"Ecothiopate iodide" for "Echothiophate iodide": the same salt, its base spelled another way, another name (a
    salt of the drug, "Calvirex hydrochloride", is none)."""
    x = _x("## Generic Name\n\n**Calvirex bromide**\n- **Also known as:** calvyrex bromide\n\n## Usage\n\n- Gout\n",
           "Calvirex bromide")
    assert [s.label for s in x.drug.synonyms] == ["calvyrex bromide"]
    x = _x("## Generic Name\n\n**Calvirex**\n- **Also known as:** calvirex hydrochloride\n\n## Usage\n\n- Gout\n",
           "Calvirex")
    assert x.drug.synonyms == []


def test_two_adjectives_of_one_class_set_apart_by_a_comma() -> None:
    """"an irreversible, long-acting cholinesterase inhibitor": one class."""
    x = _x("## Usage\n\nCalvirex is a selective, long-acting muscarinic antagonist given as eye drops.\n\n- Glaucoma\n",
           "Calvirex")
    assert x.drug_class is not None and x.drug_class.label == "selective long-acting muscarinic antagonist"


def test_how_an_effect_is_found_is_no_effect() -> None:
    """"**Serious:** Liver problems, shown by raised enzymes": how it is found."""
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\n- **Serious:** Liver problems, shown by raised liver enzymes\n",
           "Calvirex")
    assert [e.label for e in x.side_effects] == ["Liver problems"]


def test_examples_to_the_end_of_a_labelled_line() -> None:
    """"**Common:** Injection-site reactions such as pain, redness or swelling": one effect, its examples."""
    x = _x("## Usage\n\n- Gout\n\n## Side Effects\n\n- **Common:** Infusion reactions such as chills, flushing or "
           "fever\n- **Common:** Headache\n", "Calvirex")
    assert [e.label for e in x.side_effects] == ["Infusion reactions", "Headache"]
