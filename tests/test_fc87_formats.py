"""Answer formats firstcontact87's pages showed the reader had never seen, pinned on invented pages (other drugs,
other words): an unfenced XML document, study flashcards, a plain-text grid table, a Mermaid mind map, a Slack message,
a Marp slide deck with speaker notes. Each is rewritten line for line (:mod:`kg.formats`), so evidence keeps its
lines."""
from __future__ import annotations

from kg.parse import parse_text
from tests.test_extract_layouts5 import _x


def _cats(x) -> list[tuple[str, str, bool]]:
    return [(e.label, e.category, e.serious) for e in x.side_effects]


_XML = """<?xml version="1.0" encoding="UTF-8"?>
<drugMonograph>
  <genericName>Zoravir</genericName>
  <brandNames>
    <brand>Zorax</brand>
    <brand>Viroza</brand>
  </brandNames>
  <usage>
    <indication>Shingles</indication>
    <indication>Cold sores</indication>
    <indication offLabel="true">Bell's palsy</indication>
  </usage>
  <sideEffects>
    <group name="common">
      <effect>Headache</effect>
      <effect>Nausea</effect>
    </group>
    <group name="serious">
      <effect>Kidney injury</effect>
    </group>
  </sideEffects>
  <mechanism>Zoravir inhibits viral DNA polymerase.</mechanism>
  <faqs>
    <faq>
      <question>Can I drink alcohol?</question>
      <answer>Yes, in moderation.</answer>
    </faq>
  </faqs>
</drugMonograph>"""


def test_an_xml_document() -> None:
    x = _x(_XML)
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Cold sores", None),
                                                          ("Bell's palsy", "off-label")]
    assert _cats(x) == [("Headache", "common", False), ("Nausea", "common", False), ("Kidney injury", "serious", True)]
    assert {(m.relation, m.target) for m in x.mechanism} == {("inhibits", "viral DNA polymerase")}
    assert [b.label for b in x.brand_names] == ["Zorax", "Viroza"]
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]
    # line for line: the off-label use is quoted from its own source line
    assert x.treats[2].evidence.span.start == _XML.split("\n").index(
        '    <indication offLabel="true">Bell\'s palsy</indication>') + 7


_CARDS = """Card 1
Front: What is the generic name of this drug?
Back: Zoravir.

Card 2
Front: What brand names is it sold under?
Back: Zorax.

Card 3
Front: What is zoravir used for?
Back: Shingles.

Card 4
Front: What are the common side effects?
Back: Headache; nausea; dizziness.

Card 5
Front: When should a patient get medical help right away?
Back: If they have a rash with blisters, trouble breathing or dark urine.

Card 6
Front: How does zoravir work?
Back: It inhibits viral DNA polymerase.

Card 7
Front: FAQ: Can I drink alcohol?
Back: Yes, in moderation."""


def test_study_flashcards() -> None:
    x = _x(_CARDS)
    assert [u.label for u in x.treats] == ["Shingles"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common"),
                                                               ("Dizziness", "Common")]
    assert [s.label for s in x.serious_signs] == ["rash with blisters", "trouble breathing", "dark urine"]
    assert [b.label for b in x.brand_names] == ["Zorax"]
    assert {(m.relation, m.target) for m in x.mechanism} == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


_GRID = """+--------------+--------------------------------------+
| Section      | Details                              |
+==============+======================================+
| Generic Name | Zoravir                              |
|              | Brand names: Zorax (US), Viroza (EU, |
|              | UK and Canada)                       |
+--------------+--------------------------------------+
| Usage        | Approved uses:                       |
|              | - Shingles in adults over 50 who     |
|              |   have a weak immune system          |
|              | - Cold sores                         |
+--------------+--------------------------------------+
| Side Effects | Common:                              |
|              | - Headache                           |
|              | - Nausea                             |
+--------------+--------------------------------------+"""


def test_a_plain_text_grid_table_of_sections() -> None:
    x = _x(_GRID)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common")]
    assert [b.label for b in x.brand_names] == ["Zorax", "Viroza"]


_MIND = """```mermaid
mindmap
  root((Zoravir))
    Usage
      Approved in Canada and Mexico
        Shingles
        Cold sores
    Side effects
      Common
        Headache
        Nausea
      Serious
        Kidney injury
    How it works
      Inhibits viral DNA polymerase
```"""


def test_a_mermaid_mind_map() -> None:
    x = _x(_MIND)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert _cats(x) == [("Headache", "Common", False), ("Nausea", "Common", False), ("Kidney injury", "Serious", True)]
    assert {(m.relation, m.target) for m in x.mechanism} == {("inhibits", "viral DNA polymerase")}


_SLACK = """Hey all :wave: quick notes on zoravir for Friday.

*:pill: Usage*
• *Shingles* in older adults
• *Cold sores*

*:warning: Side effects*
_Common:_
• Headache
• Nausea
_Serious:_
• Kidney injury
:rotating_light: Call the doctor right away if the patient has wheezing, a swollen face or dark urine.

*:gear: How it works*
Zoravir inhibits viral DNA polymerase."""


def test_a_slack_message() -> None:
    x = _x(_SLACK)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert _cats(x) == [("Headache", "Common", False), ("Nausea", "Common", False), ("Kidney injury", "Serious", True)]
    assert [s.label for s in x.serious_signs] == ["wheezing", "swollen face", "dark urine"]


_MARP = """---
marp: true
paginate: true
---

# Usage

- Treatment of **shingles**

<!-- Start it within three days of the rash. -->

---

# Side Effects

- **Common:** headache, nausea

<!-- Tell patients to call their doctor right away if they notice blisters near the eye, a stiff neck or
confusion. -->"""


def test_a_marp_deck_and_its_speaker_notes() -> None:
    x = _x(_MARP)
    assert [u.label for u in x.treats] == ["Shingles"]
    assert [e.label for e in x.side_effects] == ["Headache", "Nausea"]
    assert [s.label for s in x.serious_signs] == ["blisters near the eye", "stiff neck", "confusion"]


def test_every_format_keeps_its_lines() -> None:
    for body in (_XML, _CARDS, _GRID, _MIND, _SLACK, _MARP):
        text = f"---\ntitle: Zoravir\n---\n\n# Zoravir\n\n{body}\n"
        doc = parse_text(text, "zoravir.md")
        assert len(doc.lines) == text.count("\n")
        for sec in doc.sections:
            for b in sec.blocks:
                assert 1 <= b.span.start <= b.span.end <= len(doc.lines)


def test_a_label_line_whose_bracket_goes_on_to_the_next_line() -> None:
    x = _x("## Generic Name\n\nZoravir\nBrand names: Zorax (US), Viroza (Europe, UK,\nAustralia and Canada)\n\n"
           "## Usage\n\nIt is used for shingles.\n")
    assert [b.label for b in x.brand_names] == ["Zorax", "Viroza"]


def test_a_patient_or_a_child_told_of_and_the_child_who_seems_fine() -> None:
    x = _x("## Side Effects\n\n- Nausea\n\nStop the drip and call the nurse if the patient has hives, a swollen "
           "tongue or wheezing. If a child swallows a tablet, call Poison Control at once, even if the child seems "
           "well.\n")
    assert [s.label for s in x.serious_signs] == ["hives", "swollen tongue", "wheezing"]
