"""Set 103's misses in the extractor (its notations are read by kg.formats: tests/test_fc103_formats.py), each rule
pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def test_a_binding_then_what_it_does_to_the_bound_thing() -> None:
    """"binds to the zinc in the active site of X, blocking it": the drug blocks X (an enzyme blocked is inhibited)."""
    x = _x("## How it Works\n\nZoravir binds to the zinc in the active site of viral neuraminidase, blocking it.\n")
    assert _mech(x) == {("inhibits", "viral neuraminidase")}
    x = _x("## How it Works\n\nZoravir binds to a pocket on the Q7 receptor, activating it.\n")
    assert _mech(x) == {("activates", "Q7 receptor")}
    x = _x("## How it Works\n\nZoravir resembles folic acid and binds tightly to dihydrofolate reductase, inhibiting "
           "it.\n")
    assert _mech(x) == {("inhibits", "dihydrofolate reductase")}


def test_what_the_effects_come_from_is_the_drugs_action() -> None:
    x = _x("## How it Works\n\nIts effects are thought to come mainly from activation of the ghrelin receptor (GHSR) "
           "in the brain.\n")
    assert _mech(x) == {("activates", "ghrelin receptor")}
    assert x.mechanism[0].certainty == "hedged"
    x = _x("## How it Works\n\nZoravir slows cell growth through inhibition of thymidylate synthase.\n")
    assert _mech(x) == {("inhibits", "thymidylate synthase")}
    # another drug's action is not this one's
    x = _x("## How it Works\n\nUnlike drugs that work through inhibition of the proton pump, zoravir blocks the H2 "
           "receptor.\n")
    assert _mech(x) == {("blocks", "H2 receptor")}


def test_every_section_about_how_it_works_is_read() -> None:
    """A page with two "How it Works" sections (an answer's prose, and a notation's list of facts after it): both are
    read, and what the second says again is said once."""
    x = _x("## How it Works\n\nZoravir is a prodrug that blocks the Q7 receptor.\n\n## Usage\n\nIt treats gout.\n\n"
           "## How it Works\n\n- Inhibits the enzyme xanthine oxidase\n- Blocks the Q7 receptors\n")
    assert sorted(_mech(x)) == [("blocks", "Q7 receptor"), ("inhibits", "xanthine oxidase")]


def test_a_procedure_keeps_its_setting() -> None:
    """"Sedation in intensive care" is what the drug does there (a procedure and its setting); "Nausea in palliative
    care" is nausea, wherever it is treated."""
    x = _x("## Usage\n\n- **Sedation in the intensive care unit**\n- **Nausea in palliative care**\n")
    assert [u.label for u in x.treats] == ["Sedation in the intensive care unit", "Nausea"]


def test_a_heading_of_off_label_and_investigational_uses_gives_off_label() -> None:
    """"Off-label and investigational uses" over a list: each prescribed outside the label (one qualifier); a heading of
    investigational uses alone gives investigational."""
    x = _x("## Usage\n\n### Approved uses\n- Gout\n\n### Off-label and investigational uses\n- Kidney stones\n\n"
           "### Investigational uses\n- Psoriasis\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Gout", None), ("Kidney stones", "off-label"), ("Psoriasis", "investigational")]
