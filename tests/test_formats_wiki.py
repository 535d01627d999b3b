"""MediaWiki's inline markup (firstcontact77's isosorbide mononitrate page showed it unread): bold in triple quotes,
italic in double ones and internal links ("[[target|shown words]]") are read as the words they show, so a mechanism
sentence of "'''bold'''" targets reads as the same sentence in Markdown. Pinned on an invented page."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x

_WIKI = """'''Velmorin''' is a long-acting [[vasodilator]] taken by mouth for [[angina pectoris|angina]].

== Usage ==
* '''Chronic stable angina''' – taken every day to prevent attacks.
* '''Raynaud's phenomenon''' (off-label) – in cold weather.

== Side Effects ==
=== Common ===
* '''Headache''' – often eases after a week.
* ''Flushing'' of the face

== How it Works ==
Velmorin activates the enzyme '''soluble guanylate cyclase''' in the [[smooth muscle]] of vessel walls, which raises
the level of '''cyclic GMP''' (cGMP).

== FAQs ==
; Can I drink alcohol?
: Not much: it adds to the dizziness."""


def test_mediawiki_bold_italic_and_links_are_their_words() -> None:
    x = _x(_WIKI, "Velmorin")
    assert [u.label for u in x.treats] == ["Chronic stable angina", "Raynaud's phenomenon"]
    assert {e.label for e in x.side_effects} >= {"Headache", "Flushing of the face"}
    assert _mech(x) >= {("activates", "soluble guanylate cyclase"), ("increases", "cyclic GMP")}


def test_the_rewrite_keeps_every_line_and_leaves_markdown_alone() -> None:
    assert formats.rewrite(_WIKI).count("\n") == _WIKI.count("\n")
    assert "[[" not in formats.rewrite(_WIKI) and "'''" not in formats.rewrite(_WIKI)
    plain = "**Usage:** It's used for 'dry' eyes and ''quoted'' text once.\n\n* Headache\n* Nausea"
    assert formats.rewrite(plain) == plain


def test_a_bold_effect_over_a_parenthesis_of_symptoms_gives_them_as_signs() -> None:
    x = _x("## Side Effects\n\n**Serious:**\n\n* **Agranulocytosis** (uncommon; fever, mouth ulcers, sore throat)\n"
           "* **Blood clots in the legs** (deep vein thrombosis)\n"
           "* **Fainting** (very rare, as part of an allergic reaction)\n\n**Common:**\n\n"
           "* **Sinus infections** (blocked nose, facial pain, headache)")
    assert {(e.label, e.serious) for e in x.side_effects} >= {("Agranulocytosis", True), ("Sinus infections", False)}
    assert [s.label for s in x.serious_signs] == ["fever", "mouth ulcers", "sore throat"]
