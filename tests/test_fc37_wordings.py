"""Wordings firstcontact37's misses showed (six blind pages in ordinary layouts), pinned on invented pages: what the
drug contains binding its target ("contains anti-D antibodies that bind to the Rh(D) antigen"), brackets inside a
name ("Rh(D)"), a second verb that is no target ("and helps restore its GAG layer"), "Protecting future babies from
X" as X's prevention, and "a laser treatment of the eye" as no use."""
from __future__ import annotations

from kg.extract import extract
from kg.extractors.prose_uses import prose_uses
from kg.parse import parse_text


def _x(body: str, title: str = "Velquorin"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "velquorin.md"))


def _mechanism(text: str, title: str = "Velquorin") -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\n{title} treats a rare disease.\n\n## How it Works\n\n{text}\n", title)
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def test_what_the_drug_contains_binds_its_target_and_a_name_keeps_its_brackets() -> None:
    assert _mechanism("Rho(D) immune globulin contains anti-D antibodies that bind to the Rh(D) antigen on these "
                      "cells.", "Rho(D) immune globulin") == [("binds", "Rh(D) antigen")]
    assert _mechanism("It blocks phosphodiesterase type 5 (PDE5).") == [("inhibits", "phosphodiesterase type 5")]


def test_a_second_verb_is_no_target() -> None:
    assert _mechanism("It sticks to the damaged bladder lining and helps restore its glycosaminoglycan (GAG) "
                      "layer.") == []


def test_protecting_someone_from_a_condition_is_its_prevention() -> None:
    x = _x("## Usage\n\n- **Protecting future babies from hemolytic disease of the fetus and newborn (HDFN):** by "
           "preventing sensitization.\n")
    assert [(u.label, u.qualifier, u.abbreviation) for u in x.treats] == [
        ("Hemolytic disease of the fetus and newborn", "prevention", "HDFN")]


def test_a_treatment_of_a_part_of_the_body_names_no_use() -> None:
    assert prose_uses("It is given as an infusion, followed by a low-energy laser treatment of the eye.") == []
