"""Wordings firstcontact39's misses showed (six blind pages in the most ordinary layouts), pinned on invented pages: a
lead-in that names its use before the people it lists ("used to prevent X infection and disease in people who have
received a transplant:" over the kinds of transplant); "* Reduce the risk of X"; a disease's genetic kind and its
risk grade ("with a t(11;14) translocation", "higher-risk"); "allergic reactions and angioedema" as two; "and,
rarely, a brain infection called X" in a labelled line; "Heart attack, stroke, and death from heart problems", and
no "heart attack or stroke" named back; "binds to X and blocks it"; "binds to soluble X"; "B-cell activating factor"
as a name; "Unlike Y, which ... by binding to Z" as another drug's doing."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Pendravir"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "pendravir.md"))


def test_a_lead_in_that_names_its_use_before_the_people_it_lists() -> None:
    x = _x("**Usage:** Pendravir is used to prevent Epstein-Barr (EBV) infection and disease in people who have "
           "received a transplant:\n\n- **Liver transplant:** Adults who are EBV-negative.\n"
           "- **Heart transplant:** Children at high risk.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Epstein-Barr infection", "prevention"), ("Epstein-Barr disease", "prevention")]


def test_an_item_that_reduces_the_risk_of_a_condition() -> None:
    x = _x("**Usage:** Pendravir is used to:\n\n* Treat osteoporosis in men at high risk for fracture\n"
           "* Reduce the risk of falls (tripping), including falls at night\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Osteoporosis", None), ("Falls", "prevention")]


def test_a_genetic_kind_and_a_risk_grade_are_no_part_of_the_name() -> None:
    x = _x("## Usage\n\nDoctors also use pendravir off-label for hairy cell leukemia, acute myeloid leukemia with a "
           "FLT3 mutation, and lower-risk myelofibrosis (MF).\n")
    assert [u.label for u in x.treats] == ["Hairy cell leukemia", "Acute myeloid leukemia", "Myelofibrosis"]


def _effects(text: str) -> list[tuple[str, str, bool]]:
    x = _x(f"**Usage:** Pendravir treats gout.\n\n**Side Effects:**\n\n{text}\n")
    return [(e.label, e.category, e.serious) for e in x.side_effects]


def test_serious_lines_and_lists() -> None:
    assert _effects("* **Common:** Nausea, diarrhea.\n* **Serious:** Serious infections, depression, and, rarely, a "
                    "brain infection called progressive multifocal leukoencephalopathy (PML).\n"
                    "* **Also serious:** Infusion reactions and lymphedema (swelling of a limb)") == [
        ("Nausea", "Common", False), ("Diarrhea", "Common", False), ("Serious infections", "Serious", True),
        ("Depression", "Serious", True), ("Progressive multifocal leukoencephalopathy", "Serious", True),
        ("Infusion reactions", "Also serious", True), ("Lymphedema", "Also serious", True)]


def test_death_from_a_cause_and_no_listing_named_back() -> None:
    assert _effects("Common side effects include headache.\n\nSerious side effects include:\n\n"
                    "* Heart attack, stroke, and death from heart problems\n\nGet emergency help right away if you "
                    "have symptoms of a heart attack or stroke, such as chest pain.") == [
        ("Headache", "Common", False), ("Heart attack", "Serious", True), ("Stroke", "Serious", True),
        ("Death from heart problems", "Serious", True)]


@pytest.mark.parametrize(("text", "found"), [
    ("Pendravir binds to hepcidin and blocks it.", [("blocks", "hepcidin")]),
    ("Pendravir targets a protein called B-cell maturation ligand (BCML), also known as T-cell activating factor "
     "(TAF). Pendravir binds to soluble BCML and stops it from attaching to its receptors.",
     [("inhibits", "B-cell maturation ligand")]),
    ("Unlike rituximab, which destroys B cells directly by binding to CD20 on their surface, pendravir does not "
     "attach to B cells.", []),
])
def test_mechanism_wordings(text: str, found: list[tuple[str, str]]) -> None:
    x = _x(f"## Usage\n\nPendravir treats gout.\n\n## How it Works\n\n{text}\n")
    assert [(m.relation, m.target) for m in x.mechanism] == found
