"""A layout firstcontact66's misses showed (Llama 3.1 405B), pinned on an invented page: uses and side effects written
as lines that each open on a bold term, a dash and what it is ("**Idiopathic pulmonary fibrosis** — a long-term lung
disease ..."), two or more in a row, with blank lines between them or none, are the items of a list; a page whose
sections are bold names before dashes still reads its sections."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_bold_term_dash_lines_are_items() -> None:
    x = _x("## Generic Name\n\nZoravir\n\n## Usage\n\nZoravir is a kinase inhibitor. It is used for:\n\n"
           "**Idiopathic pulmonary fibrosis (IPF)** — a long-term lung disease in which the lungs scar.\n\n"
           "**Post-COVID lung fibrosis** — some doctors use it off-label after severe COVID-19.\n\n"
           "## Side Effects\n\nThe most common side effects affect the digestive system:\n"
           "**Diarrhea** — the most frequent side effect, affecting more than half of patients.\n"
           "**Nausea** — usually mild.\n\n## How it Works\n\nIt inhibits three kinases.", title="Zoravir")
    assert [u.label for u in x.treats] == ["Idiopathic pulmonary fibrosis", "Post-COVID lung fibrosis"]
    assert [e.label for e in x.side_effects] == ["Diarrhea", "Nausea"]


def test_a_bold_section_name_before_a_dash_stays_a_label() -> None:
    x = _x("**Generic Name** — Zoravir\n\n**Usage** — Zoravir treats gout.\n\n**Side Effects** — Common side effects "
           "include nausea and headache.", title="Zoravir")
    assert [u.label for u in x.treats] == ["Gout"]
    assert [e.label for e in x.side_effects] == ["Nausea", "Headache"]
