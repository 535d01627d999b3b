"""Rules firstcontact74-75's misses showed, pinned on invented pages: a bold item label that is the drug's action with
its subject left out ("**Activates the aryl hydrocarbon receptor (AhR):** This receptor ...") is read as the drug's
action, unless the item says it again ("**Blocks H1 receptors** – it blocks histamine H1 receptors ...")."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_bold_labels_that_are_the_drugs_actions() -> None:
    x = _x("## Usage\nZoravir treats psoriasis.\n\n## How it Works\nIt appears to work in several ways:\n\n"
           "- **Activates the aryl hydrocarbon receptor (AhR):** This receptor in skin cells increases the production "
           "of filaggrin.\n- **Blocks histamine H1 receptors:** This stops the itch.\n")
    got = [(m.relation, m.target, m.symbol) for m in x.mechanism if m.is_target]
    assert got == [("activates", "aryl hydrocarbon receptor", "AhR"), ("blocks", "histamine H1 receptor", None)]


def test_a_bold_action_the_item_says_again_is_read_once() -> None:
    x = _x("## Usage\nZoravir treats hay fever.\n\n## How it Works\n1. **Blocks H1 receptors** \u2013 it blocks "
           "histamine H1 receptors on nerve endings in the nose.\n")
    assert [m.target for m in x.mechanism if m.is_target] == ["histamine H1 receptor"]
