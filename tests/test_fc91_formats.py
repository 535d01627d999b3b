"""Answer formats firstcontact91's pages showed the reader had never seen, pinned on invented pages (other drugs,
other words). Each is rewritten line for line (:mod:`kg.formats`), so evidence keeps its lines."""
from __future__ import annotations

import json

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _cell(kind: str, *lines: str) -> dict:
    return {"cell_type": kind, "metadata": {}, "source": [line + "\n" for line in lines[:-1]] + [lines[-1]]}


_NOTEBOOK = "Save this as `zoravir.ipynb`:\n\n" + json.dumps({"cells": [
    _cell("markdown", "## Usage", "**Approved uses:**", "- Shingles in adults", "- Cold sores"),
    _cell("markdown", "## Side Effects", "**Common:**", "- Headache", "- Nausea, often \"mild\""),
    _cell("code", "import pandas as pd", "pd.DataFrame({\"Dose\": [\"800 mg\"]})"),
    _cell("markdown", "## How it Works", "Zoravir inhibits viral DNA polymerase."),
    _cell("markdown", "## FAQs", "**Can I drink alcohol?**", "Yes, in moderation."),
], "metadata": {"kernelspec": {"name": "python3"}}, "nbformat": 4, "nbformat_minor": 5}, indent=1)


def test_a_jupyter_notebook_is_read_as_its_markdown_cells() -> None:
    x = _x(_NOTEBOOK)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common")]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


def test_the_notebook_keeps_its_lines_and_its_code_says_nothing() -> None:
    out = formats.rewrite(_NOTEBOOK)
    assert out.count("\n") == _NOTEBOOK.count("\n")
    assert "pandas" not in out and "cell_type" not in out and "- Headache" in out.split("\n")


_PLANTUML = """Paste this into a PlantUML renderer:

```plantuml
@startmindmap
<style>
mindmapDiagram {
  node { BackgroundColor #FFFFFF }
}
</style>
* <b>Zoravir</b>
** Usage
*** Approved
**** <b>Shingles</b>
***** within 72 hours of the rash
**** Cold sores
*** Off-label
**** Eczema herpeticum
left side
** Side Effects
*** Common
**** Headache
**** Nausea
*** Call a doctor right away if you notice
**** Confusion
**** Very little urine
** How it Works
***:Zoravir inhibits <b>viral DNA polymerase</b>,
so the virus cannot copy itself.;
** FAQs
*** Can I drink alcohol?
**** Yes, in moderation.
@endmindmap
```"""


def test_a_plantuml_mind_map() -> None:
    x = _x(_PLANTUML)
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Cold sores", None),
                                                           ("Eczema herpeticum", "off-label")]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common")]
    assert [s.label.lower() for s in x.serious_signs] == ["confusion", "very little urine"]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


_RTF = r"""{\rtf1\ansi\deff0 {\fonttbl {\f0\fswiss Arial;}}
\f0\fs22
{\b\fs32 Zoravir: Patient Sheet\b0\par}
{\b\fs28 Usage\b0\par}
Zoravir is an antiviral. It is used for:\par
\bullet\tab Shingles\par
\bullet\tab Cold sores\par
{\b\fs28 Side Effects\b0\par}
{\b Common side effects:}\par
\bullet\tab Headache\par
\bullet\tab Nausea\par
{\b\fs28 How it Works\b0\par}
Zoravir inhibits {\i viral DNA polymerase}, so the virus cannot copy itself.\par
{\b\fs28 FAQs\b0\par}
{\b Can I drink alcohol?}\par
Yes, in moderation.\par
}"""


def test_an_rtf_document() -> None:
    x = _x(_RTF)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common side effects"),
                                                               ("Nausea", "Common side effects")]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


_TSV = "Here it is as a spreadsheet:\n\n" + "\n".join("\t".join(row) for row in [
    ("section", "group", "item", "notes"),
    ("generic name", "name", "Zoravir", ""), ("generic name", "brand", "Zorivex", "The first brand"),
    ("usage", "approved", "Shingles", "In adults"), ("usage", "off-label", "Eczema herpeticum", ""),
    ("usage", "not for", "Colds", "It does not work on them"),
    ("side effects", "common", "Headache", ""), ("side effects", "serious", "Kidney injury", "Rare"),
    ("how it works", "target", "Viral DNA polymerase", "Zoravir inhibits viral DNA polymerase."),
    ("faq", "question", "Can I drink alcohol?", "Yes, in moderation."),
])

_SQL = """```sql
CREATE TABLE facts (section TEXT, category TEXT, item TEXT, detail TEXT);
-- Usage
INSERT INTO facts (section, category, item, detail) VALUES
  ('usage', 'approved', 'Shingles', 'In adults'),
  ('usage', 'off-label', 'Eczema herpeticum', NULL),
  ('usage', 'not_for', 'Colds', 'It doesn''t work on them');
-- Side effects
INSERT INTO facts (section, category, item, detail) VALUES ('side_effects', 'common', 'Headache', NULL);
INSERT INTO facts (section, category, item, detail) VALUES ('side_effects', 'serious', 'Kidney injury', 'Rare');
INSERT INTO facts (section, category, item, detail) VALUES ('how_it_works', 'target', 'Viral DNA polymerase',
  'Zoravir inhibits viral DNA polymerase.');
INSERT INTO facts (section, category, item, detail) VALUES ('faq', 'faq', 'Can I drink alcohol?',
  'Yes, in moderation.');
INSERT INTO facts (section, category, item, detail) VALUES
  ('faq', 'faq', 'Can I take it with food?', 'Yes.'),
  ('faq', 'faq', 'Is it safe in pregnancy?', 'Ask your doctor.');
```"""


def test_tab_separated_fact_rows() -> None:
    x = _x(_TSV)
    assert x.brand_names and [b.label for b in x.brand_names] == ["Zorivex"]
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Eczema herpeticum", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [("Headache", "Common", False),
                                                                         ("Kidney injury", "Serious", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


def test_sql_insert_rows() -> None:
    x = _x("Here are the rows:\n\n" + _SQL)
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Eczema herpeticum", "off-label")]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Kidney injury", "Serious")]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}  # (its row runs on over two lines, as the FAQ's)
    # (each question once: the statement's line is not read as the row under it)
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?", "Can I take it with food?",
                                            "Is it safe in pregnancy?"]


_SCRIPT = """[A pharmacy counter.]

NURSE: Good morning. You have a new prescription for Zoravir. Shall we go through it?

PARENT: Yes please. Is Zoravir the same as Zorivex?

NURSE: Yes, Zorivex is the brand name. It is an antiviral tablet taken by mouth.

PARENT: What exactly is it used for?

NURSE: It is approved for two main conditions. The first is shingles, in adults. The second is cold sores.

PARENT: Right. What side effects should we expect?

NURSE: Most children do fine, but here are the common ones:

- Headache
- Nausea

And a few rare but serious ones:

- Kidney injury

PARENT: How does it actually work?

NURSE: Zoravir inhibits viral DNA polymerase, so the virus cannot copy itself.

PARENT: Can I ask a couple more questions?

NURSE: [smiling] Of course.

PARENT: Can she have it with milk?

NURSE: Yes, food and milk are fine.

PARENT: And if she misses a dose?

NURSE: Give it when you remember, unless the next dose is near."""


def test_a_scripted_dialogue() -> None:
    x = _x(_SCRIPT)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common"),
                                                               ("Kidney injury", "Serious")]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can she have it with milk?", "And if she misses a dose?"]


def test_every_format_of_set_91_keeps_its_lines() -> None:
    for page in (_PLANTUML, _RTF, _TSV, _SQL, _SCRIPT, _NOTEBOOK):
        assert formats.rewrite(page).count("\n") == page.count("\n")
        assert formats.rewrite(page) != page


def test_binding_a_receptor_and_keeping_its_messenger_off_is_a_block() -> None:
    # (basiliximab's "binds to the alpha chain of the IL-2 receptor, also called CD25, and blocks IL-2 from attaching")
    x = _x("## How it Works\n\nZoravir binds to the beta chain of the IL-9 receptor, also called CD129, and blocks "
           "IL-9 from attaching. It also binds to the GPR7 receptor and keeps its messenger from docking.")
    assert _mech(x) == {("blocks", "beta chain of the IL-9 receptor"), ("blocks", "GPR7 receptor")}
