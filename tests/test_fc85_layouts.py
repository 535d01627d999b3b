"""Layouts firstcontact85 read as nothing, pinned on invented pages (other drugs, other words): Jira / Confluence
markup, an answer given as CSV lines under a "Section,Item,Detail" header, a box-drawing tree view in a fence, a
tutorial's "Step 2: Understand what it's used for" labels, and a nested "Get emergency help if ..." item."""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x


def test_jira_markup() -> None:
    x = _x("h1. Zoravir\n\nh2. Generic Name\n*Zoravir*\n\n{panel:title=Quick facts}\n"
           "* *Brand names:* Zorex, Zoramed\n{panel}\n\nh2. Usage\nIt is used for:\n"
           "# *Ulcerative proctitis* - mild to moderate\n# *Pouchitis*\n\n"
           "h2. Side Effects\n||Effect||Frequency||\n|Headache|Common|\n|Gas|Less common|\n"
           "|Pancreatitis|Rare (serious)|\n"
           "\nh2. FAQs\n*How do I take it?*\nWith food.\n\n*Is it safe in pregnancy?*\nAsk your doctor.\n")
    assert [u.label for u in x.treats] == ["Ulcerative proctitis", "Pouchitis"]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Gas", "Less common", False), ("Pancreatitis", "Rare", True)]
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed"]
    assert len(x.faqs) == 2


def test_an_answer_in_csv_lines() -> None:
    x = _x("Here it is as CSV:\n\nSection,Item,Detail\nGeneric Name,Zoravir,\"An oral chemotherapy medicine\"\n"
           "Generic Name,Brand name,Zorex\nUsage,Colorectal cancer,\"After surgery, alone or with oxaliplatin\"\n"
           "Usage (off-label),Anal cancer,\"With radiation\"\nSide effect (common),Diarrhea,\n"
           "Side effect (common),Mouth sores,(stomatitis)\nSide effect (serious),Heart problems,\"Chest pain\"\n"
           "How it works,Main target,\"Zoravir blocks thymidylate synthase, the enzyme cells need to make thymidine\"\n"
           "FAQ,How should I take it?,\"After meals.\"\nFAQ,Can I take it with warfarin?,\"Only with INR checks.\"\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Colorectal cancer", None), ("Anal cancer", "off-label")]
    assert _effects(x) == {"Diarrhea": "Common", "Mouth sores": "Common", "Heart problems": "Serious"}
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("inhibits", "thymidylate synthase")]
    assert [b.label for b in x.brand_names] == ["Zorex"]
    assert len(x.faqs) == 2


def test_a_tree_view_in_a_fence() -> None:
    x = _x("Here is zoravir as a tree view:\n\n```\nZoravir\n\u251c\u2500\u2500 Generic Name\n"
           "\u2502   \u2514\u2500\u2500 Brand names: Zorex\n\u251c\u2500\u2500 Usage\n"
           "\u2502   \u251c\u2500\u2500 Hay fever\n\u2502   \u2514\u2500\u2500 Off-label\n"
           "\u2502       \u2514\u2500\u2500 Chronic hives\n\u251c\u2500\u2500 Side Effects\n"
           "\u2502   \u251c\u2500\u2500 Common\n\u2502   \u2502   \u251c\u2500\u2500 Headache\n"
           "\u2502   \u2502   \u2514\u2500\u2500 Nausea\n\u2502   \u2514\u2500\u2500 Rare but serious\n"
           "\u2502       \u251c\u2500\u2500 Severe allergic reaction\n\u2502       \u2514\u2500\u2500 Get emergency "
           "help if you have swelling of the face or trouble breathing\n\u2514\u2500\u2500 How it Works\n"
           "    \u2514\u2500\u2500 Blocks histamine H1 receptors\n```\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Hay fever", None), ("Chronic hives", "off-label")]
    assert _effects(x) == {"Headache": "Common", "Nausea": "Common", "Severe allergic reaction": "Rare but serious"}
    assert [s.label for s in x.serious_signs] == ["swelling of the face or trouble breathing"]  # (a two-item "or")


def test_a_tutorials_steps() -> None:
    x = _x("**Step 1: Know the generic name**\nZoravir.\n\n**Step 2: Understand what it's used for**\n- Gout\n"
           "- Tendinitis\n\n**Step 3: Be aware of side effects**\n- Heartburn\n\n**Step 4: Learn how it works**\n"
           "Zoravir blocks COX-1 and COX-2.\n")
    assert [u.label for u in x.treats] == ["Gout", "Tendinitis"]
    assert list(_effects(x)) == ["Heartburn"]
