"""Rules from the misses of firstcontact230 and firstcontact231 (browser sidebars, document-chat and meeting tools),
pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _mech(text: str) -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\nIt is used for hay fever.\n\n## How it Works\n\n{text}\n", "Zorvane")
    return [(m.relation, m.target) for m in x.mechanism]


def test_a_lead_in_whose_own_verb_names_its_target() -> None:
    assert _mech("Zorvane works by **blocking histamine H2 receptors**:\n\n1. **Acid** – parietal cells make acid.\n"
                 "2. **Blockade** – it sits on the receptors.") == [("blocks", "histamine H2 receptor")]
    assert ("inhibits", "2 of these enzyme") not in _mech(
        "Cells signal through kinases.\n\nZorvane blocks 2 of these enzymes:\n\n- **JAK1** – carries IL-6 signals\n"
        "- **TYK2** – carries IL-23 signals")


def test_items_that_open_with_a_targets_symbol() -> None:
    assert _mech("Zorvane is a kinase inhibitor that blocks several of these at once, mainly:\n\n- ALK (anaplastic "
                 "lymphoma kinase), which drives growth;\n- ROS1, a kinase switched on in some lung cancers.") == [
        ("inhibits", "ALK"), ("inhibits", "ROS1")]


def _names(gen: str) -> list[str]:
    x = _x(f"## Generic Name\n\n{gen}\n\n## Usage\n\nIt is used for otitis.\n", "Zorvane")
    return [s.label for s in x.drug.synonyms]


def test_a_strength_in_brackets_is_no_name() -> None:
    assert _names("**Zorvane** (ear drops, 0.5%)\n\nIt is an antibiotic.") == []
    assert _names("**Zorvane** (eye drops, 2 mg/mL)\n\nIt is an antibiotic.") == []
