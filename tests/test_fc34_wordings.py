"""Wordings firstcontact34's misses showed (six blind pages in the most ordinary layouts), pinned on invented pages:
a lead-in over a list of a use's causes, "treats the cough itself", and a test a medicine is given for; a hedged
action after a comparison ("Like other local anesthetics, it is thought to block ..."), a part of a molecule as what
an antibody binds ("the outer part (extracellular domain) of HER2"), and a symbol's name of more than five words."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract_text import not_a_name
from kg.parse import parse_text


def _x(body: str, title: str = "Velquorin"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "velquorin.md"))


def test_a_list_of_what_causes_a_use_names_no_uses() -> None:
    x = _x("**Usage:** Velquorin is a potassium supplement used to treat **hypokalemia** (low potassium levels).\n\n"
           "Common causes of low potassium include:\n\n*   **Diuretics (\"water pills\"):** such as furosemide\n"
           "*   **Vomiting or diarrhea** that lasts a long time\n*   **Some other medicines**, such as steroids\n")
    assert [u.label for u in x.treats] == ["Hypokalemia"]


def test_the_thing_itself() -> None:
    x = _x("**Usage:** Velquorin relieves cough. Velquorin treats the cough itself; it does not treat the infection "
           "that causes it.")
    assert [u.label for u in x.treats] == ["Cough"]


@pytest.mark.parametrize(("label", "no_name"), [
    ("Oxytocin challenge test", True), ("Contraction stress test", True), ("Glucose tolerance test", True),
    ("Stress incontinence", False), ("Test anxiety", False),
])
def test_a_test_is_no_condition(label: str, no_name: bool) -> None:
    assert not_a_name(label) is no_name


def test_a_maintenance_use_is_not_cancelled_by_its_attacks_denied() -> None:
    x = _x("**Usage:** Velquorin is used to treat:\n* **Severe eosinophilic asthma:** add-on maintenance treatment for "
           "people 6 years and older. It is not used to treat sudden asthma attacks or breathing problems.\n"
           "* **Gout:** long-term control. It is not used to treat gout.\n")
    assert [u.label for u in x.treats] == ["Severe eosinophilic asthma"]  # (the second denies its own label)


@pytest.mark.parametrize(("sentence", "certainty"), [
    ("Like other local anesthetics, it is thought to block sodium channels in these nerve endings.", "hedged"),
    ("Like other local anesthetics, velquorin is thought to block sodium channels.", "hedged"),
    ("Like lidocaine, it may block sodium channels.", "hedged"),
    ("Like other local anesthetics, velquorin also blocks sodium channels.", "asserted"),
])
def test_a_hedged_action_after_a_comparison_is_the_drug_s(sentence: str, certainty: str) -> None:
    x = _x(f"## Usage\n\nVelquorin relieves cough.\n\n## How it Works\n\n{sentence}\n")
    assert [(m.relation, m.target, m.certainty) for m in x.mechanism] == [("blocks", "sodium channel", certainty)]


def test_what_a_comparison_s_agent_does_stays_its_own() -> None:
    x = _x("## Usage\n\nVelquorin relieves cough.\n\n## How it Works\n\nLike lidocaine, which is thought to block "
           "sodium channels, it numbs the airways.\n")
    assert not x.mechanism


def test_a_part_of_a_molecule_is_bound_on_the_molecule() -> None:
    x = _x("## Usage\n\nVelquorin treats breast cancer.\n\n## How it Works\n\nHuman epidermal growth factor receptor 2 "
           "(HER2) is a protein on the surface of cells. Velquorin is a monoclonal antibody that binds to the outer "
           "part (extracellular domain) of HER2. It blocks HER2 signaling.\n")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism] == [
        ("blocks", "Human epidermal growth factor receptor 2", "HER2")]  # (bound, then blocked: one target)
