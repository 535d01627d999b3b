"""Rules from the misses of firstcontact112 (ordinary answers of six models not imitated before), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _effects(x) -> list[tuple[str, str, bool]]:  # type: ignore[no-untyped-def]
    return [(e.label, e.category, e.serious) for e in x.side_effects]


def test_groups_said_with_their_verb_before_the_colon() -> None:
    """"Common side effects are: A, B" and "Less common side effects are: C" in plain paragraphs: each group's list;
    "Serious side effects are rare. They are: D and E": the serious ones."""
    x = _x("Side Effects:\n\nBelmoxan can cause side effects. Not everybody gets them.\n\nCommon side effects are: "
           "constipation, sweating and yawning.\n\nLess common side effects are: hiccups, hair thinning and "
           "nosebleeds.\n\nSerious side effects are rare. They are: seizures (fits) and low sodium.\n\n"
           "How it Works:\n\nIt blocks the serotonin transporter.\n", "Belmoxan")
    assert _effects(x) == [("Constipation", "Common", False), ("Sweating", "Common", False),
                           ("Yawning", "Common", False), ("Hiccups", "Less common", False),
                           ("Hair thinning", "Less common", False), ("Nosebleeds", "Less common", False),
                           ("Seizures", "Serious", True), ("Low sodium", "Serious", True)]


def test_signs_of_patients_and_if_you_faint() -> None:
    """"If patients have A, B or C, they should stop taking the drug and go to hospital": the patients' signs; "...
    or if you faint": fainting."""
    x = _x("## Usage\n\n- Vertigo\n\n## Side effects\n\n- Dry mouth\n\nIf patients have fits, a stiff neck or dark "
           "urine, they should stop taking the drug and go to hospital in time. Get medical help right away if you "
           "have chest pain, a fast heartbeat or if you faint.\n", "Belmoxan")
    assert [s.label for s in x.serious_signs] == ["fits", "stiff neck", "dark urine", "chest pain", "fast heartbeat",
                                                  "fainting"]


def test_a_class_stated_so_over_what_else_the_prose_calls_it() -> None:
    x = _x("Generic Name: Belmoxan\n\nBelmoxan is the generic name. It is sold under brand name Belmox. Belmoxan is a "
           "centrally acting muscle relaxant. It belongs to the class of GABA-B receptor agonists.\n\nUsage:\n\n"
           "Belmoxan is used to treat spasticity.\n\nSide Effects:\n\nCommon side effects are: drowsiness and "
           "weakness.\n", "Belmoxan")
    assert x.drug_class is not None and x.drug_class.label == "GABA-B receptor agonist"


def test_a_class_field_written_as_a_sentence() -> None:
    x = _x("## Generic Name\n\n**Belmoxan**\n\n- Drug class: Belmoxan is a gastric acid pump inhibitor. Chemically it "
           "is a benzimidazole, a compound related to omeprazole.\n\n## Usage\n\n- Reflux\n\n## Side effects\n\n"
           "- Headache\n", "Belmoxan")
    assert x.drug_class is not None and x.drug_class.label == "gastric acid pump inhibitor"


def test_how_strongly_against_another_agent_is_no_agent_of_the_sentence() -> None:
    """"binds to and activates X about 100 times more strongly than <another agent>": X activated; a comparison of
    two targets ("binds worm tubulin much more strongly than human tubulin") stays a selectivity, no new target."""
    x = _x("## Usage\n\n- Gout\n\n## How it works\n\nPXR is a nuclear receptor in the liver. Belmoxan binds to and "
           "activates PXR about 50 times more strongly than rifampicin.\n\n## Side effects\n\n- Headache\n",
           "Belmoxan")
    assert {(m.relation, m.target) for m in x.mechanism} == {("activates", "PXR")}
