"""Rules firstcontact74-75's misses showed, pinned on invented pages: a bold item label that is the drug's action with
its subject left out ("**Activates the aryl hydrocarbon receptor (AhR):** This receptor ...") is read as the drug's
action, unless the item says it again ("**Blocks H1 receptors** – it blocks histamine H1 receptors ..."); an answer
written as YAML with no fence ("generic_name: X", "usage:" over "  approved_uses:"); a whole answer in a fence of plain
text ("USAGE:" over its lines); a Notion export's task boxes, callouts under an item and plain group names
right after an item."""
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


def test_an_answer_written_as_yaml_with_no_fence() -> None:
    x = _x("Sure, here is the information in a YAML-style format:\n\ngeneric_name: Zoravir\n"
           "brand_names: Zorex, Zoramed\n\nusage:\n  summary: Zoravir is a corticosteroid. It replaces cortisol.\n"
           "  approved_uses:\n    - Primary adrenal insufficiency (Addison's disease)\n"
           "    - Congenital adrenal hyperplasia (CAH)\n\nside_effects:\n  note: Side effects are uncommon at low "
           "doses.\n  common:\n    - Trouble sleeping\n    - Weight gain\n  serious:\n    - Stomach ulcers\n\n"
           "how_it_works:\n  - It binds to and activates glucocorticoid receptors.\n\nfaqs:\n"
           "  - q: Can I stop it suddenly?\n    a: No.\n  - q: Can I take it in pregnancy?\n    a: Yes.\n")
    assert [u.label for u in x.treats] == ["Primary adrenal insufficiency", "Congenital adrenal hyperplasia"]
    assert [(e.label, e.serious) for e in x.side_effects] == [("Trouble sleeping", False), ("Weight gain", False),
                                                              ("Stomach ulcers", True)]
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed"]
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("activates",
                                                                             "glucocorticoid receptor")]
    assert len(x.faqs) == 2


def test_a_whole_answer_in_a_fence_of_plain_text() -> None:
    x = _x("```\nGENERIC NAME:\nZoravir\n\nUSAGE:\nZoravir is an antimalarial taken by mouth.\n\nIt is used to "
           "treat:\n* Uncomplicated falciparum malaria\n* Vivax malaria\n\nSIDE EFFECTS:\nCommon:\n* Headache\n"
           "* Dizziness\n```\n")
    assert [u.label for u in x.treats] == ["Uncomplicated falciparum malaria", "Vivax malaria"]
    assert [e.label for e in x.side_effects] == ["Headache", "Dizziness"]


def test_a_notion_export_with_task_boxes_callouts_and_plain_group_names() -> None:
    x = _x("Here's a quick reference, laid out for your notes.\n\n\u25b8 Generic Name\n  Zoravir vaccine\n\n"
           "\u25b8 Usage\n  Zoravir is a vaccine. It is approved to help prevent:\n  - Genital warts\n"
           "  \U0001f4a1 The vaccine works best when it is given before any exposure to the virus.\n  - Anal cancer\n\n"
           "\u25b8 Side Effects\n  Common\n  - [ ] Headache\n  - [ ] Tiredness\n  Less common\n  - [ ] Stomach pain\n"
           "  Serious (rare)\n  - [x] Severe allergic reaction (anaphylaxis)\n")
    assert [u.label for u in x.treats] == ["Genital warts", "Anal cancer"]
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Headache", "Common"), ("Tiredness", "Common"), ("Stomach pain", "Less common"),
        ("Severe allergic reaction", "Serious")]
    assert x.side_effects[-1].serious


def test_a_serious_group_named_before_a_colon_and_examples_after_like() -> None:
    x = _x("**Usage**\n\nZoravir treats type 2 diabetes.\n\n**Side Effects**\n\nCommon ones include nausea and "
           "headache.\n\nLess often, people get burping, gas, and injection-site reactions like redness or "
           "itching.\n\nThe serious stuff is rare but real: pancreatitis, kidney injury, and severe allergic "
           "reactions.\n")
    assert [(e.label, e.serious) for e in x.side_effects] == [
        ("Nausea", False), ("Headache", False), ("Burping", False), ("Gas", False), ("Injection-site reactions", False),
        ("Pancreatitis", True), ("Kidney injury", True), ("Severe allergic reactions", True)]


def test_a_sentence_after_a_serious_groups_colon_is_no_list_and_looks_like_is_no_example() -> None:
    x = _x("## Usage\nZoravir treats epilepsy.\n\n## Side Effects\nSerious side effects are uncommon: zoravir can "
           "slow the electrical signals in the heart, causing heart block.\n\n- Vomiting material that looks like "
           "coffee grounds\n")
    labels = [e.label for e in x.side_effects]
    assert "Vomiting material that looks like coffee grounds" in labels
    assert not any(label.casefold().startswith("zoravir") for label in labels)



def test_a_bold_heading_that_targets_a_structure_is_no_action() -> None:
    x = _x("## Usage\nZoravir treats ear infections.\n\n## How it Works\n*   **Targets the cell wall:** Bacteria are "
           "protected by a rigid cell wall. Zoravir binds to penicillin-binding proteins (PBPs), the bacterial "
           "enzymes that build this wall, and blocks them.\n")
    assert "cell wall" not in [m.target for m in x.mechanism]
    assert "penicillin-binding protein" in [m.target for m in x.mechanism]
