"""Wordings firstcontact43's misses showed (six blind pages in the most ordinary layouts), pinned on invented pages:
"binds to and activates the same receptor, called the X receptor"; "binds tightly to (chelates) A and B" and no target
in "acts on many enzymes"; an enzyme with its code blocked is inhibited ("topoisomerase II beta", "monoamine oxidase
A", also after "binds to X and blocks it"); "a humectant and keratolytic agent" is the first class; an effect's
population "in boys treated for ..." no part of it."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Norvalide"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "norvalide.md"))


@pytest.mark.parametrize(("text", "found"), [
    ("Norvalide is very similar to follicle-stimulating hormone (FSH). It binds to and activates the same receptor, "
     "called the FSH receptor, on cells in the ovaries.", [("activates", "FSH receptor")]),
    ("Norvalide binds tightly to (chelates) copper and zinc inside the cell. Because it acts on many enzymes at once, "
     "resistance is rare.", [("binds", "copper"), ("binds", "zinc")]),
    ("Some antibiotics act on an enzyme in bacteria called topoisomerase IV (TOP4). Norvalide itself binds to "
     "topoisomerase IV and blocks it, which stops the bacteria copying their DNA.", [("inhibits", "topoisomerase IV")]),
    ("There are two main types, glutaminase A (GLS-A) and glutaminase B (GLS-B). Norvalide blocks GLS-A.",
     [("inhibits", "glutaminase A")]),
])
def test_mechanism_wordings(text: str, found: list[tuple[str, str]]) -> None:
    x = _x(f"## Usage\n\nNorvalide treats gout.\n\n## How it Works\n\n{text}\n")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == found


def test_two_classes_the_first() -> None:
    x = _x("## Usage\n\nNorvalide is a humectant and keratolytic agent used to treat dry, rough skin.\n")
    assert x.drug_class is not None and x.drug_class.label == "humectant"


def test_who_an_effect_happened_in_is_no_part_of_it() -> None:
    x = _x("**Usage:** Norvalide treats gout.\n\n**Side Effects:**\n\n**Serious side effects:**\n"
           "- Early puberty in boys treated for short stature\n- Blood clots\n")
    assert [e.label for e in x.side_effects] == ["Early puberty", "Blood clots"]
