"""Wordings firstcontact46's misses showed (six blind pages of patient-facing prose), pinned on invented pages: a
relative clause ending a list (", in which the immune system reacts to old, hidden infections"); ", even in people
without diabetes" after an effect; "Most people tolerate X well, but side effects can happen" naming none; "With any
form, some people also get ..."; "Mouth rinses and gels can also cause ..."; "A large overdose, for example when ...,
can cause X, with A, B and, in severe cases, C and D"; "X is also common in children who ..."."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Osmarel"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "osmarel.md"))


def _effects(text: str) -> list[tuple[str, str, bool]]:
    x = _x(f"**Usage:** Osmarel treats gout.\n\n**Side Effects:** {text}\n")
    return [(e.label, e.category, e.serious) for e in x.side_effects]


@pytest.mark.parametrize(("text", "found"), [
    ("Serious side effects are rare but may include liver problems including hepatitis, and immune reconstitution "
     "inflammatory syndrome (IRIS), in which the strengthening immune system reacts to old, hidden infections.",
     [("Liver problems", "Serious", True), ("Hepatitis", "Serious", True),
      ("Immune reconstitution inflammatory syndrome", "Serious", True)]),
    ("Less common effects include:\n\n- High blood sugar (hyperglycemia), even in people without diabetes\n"
     "- Hair loss\n", [("High blood sugar", "Less common effects include", False),
                       ("Hair loss", "Less common effects include", False)]),
    ("Most people tolerate Osmarel well, but side effects can happen, especially the next morning. The most common "
     "are headache and drowsiness. With any form, some people also get dizziness or nausea.",
     [("Headache", "Common", False), ("Drowsiness", "Common", False), ("Dizziness", "Common", False),
      ("Nausea", "Common", False)]),
    ("The most common side effect is an upset stomach. Mouth rinses and gels can also cause mouth irritation and a "
     "mild burning feeling. Dental fluorosis is also common in children who swallow too much while their teeth are "
     "forming.", [("Upset stomach", "Common", False), ("Mouth irritation", "Common", False),
                  ("Mild burning feeling", "Common", False), ("Dental fluorosis", "Common", False)]),
    ("Serious side effects are rare and usually come from swallowing too much. A large overdose, for example when a "
     "child eats many tablets, can cause osmarel poisoning, with stomach pain, vomiting, drooling and, in severe "
     "cases, seizures and an irregular heartbeat.",
     [("Osmarel poisoning", "Serious", True), ("Stomach pain", "Serious", True), ("Vomiting", "Serious", True),
      ("Drooling", "Serious", True), ("Seizures", "Serious", True), ("Irregular heartbeat", "Serious", True)]),
])
def test_effect_wordings(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _effects(text) == found


def test_a_binding_that_makes_the_receptor_respond_more_strongly() -> None:
    x = _x("## Usage\n\nOsmarel treats insomnia.\n\n## How it Works\n\nIt binds to a specific spot on the GABA-A "
           "receptor, called the benzodiazepine site, and makes the receptor respond more strongly to GABA.\n")
    assert [(m.relation, m.target) for m in x.mechanism] == [("activates", "GABA-A receptor")]


def test_two_levels_and_a_reason_before_the_serious_list() -> None:
    assert _effects("Less commonly, people notice dizziness. Blood tests may show low white blood cell counts and "
                    "raised liver enzymes.\n\nSerious side effects are uncommon. Because Osmarel dampens part of the "
                    "immune system, it can lead to serious infections, including pneumonia and tuberculosis (TB).") == [
        ("Dizziness", "Less common", False), ("Low white blood cell counts", "Less common", False),
        ("Raised liver enzymes", "Less common", False), ("Serious infections", "Serious", True),
        ("Pneumonia", "Serious", True), ("Tuberculosis", "Serious", True)]


def test_the_class_short_name_the_page_goes_on_with_and_a_stage_said_back() -> None:
    x = _x("**Usage:** Osmarel is a stop-smoking medicine that belongs to a group of treatments called osmine "
           "replacement therapy (ORT). It is used as an aid to smoking cessation. Off-label, doctors recommend ORT for "
           "vaping cessation. For most patients it is now the first treatment for advanced disease.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Smoking cessation", None), ("Vaping cessation", "off-label")]


def test_for_whom_and_itself_point_back() -> None:
    x = _x("**Usage:** The FDA approved Osmarel to treat gout flares in adults who cannot take NSAIDs or colchicine, "
           "or for whom these medicines don't work well. It treats the flare itself but does not lower uric acid "
           "levels.\n")
    assert [u.label for u in x.treats] == ["Gout flares"]
