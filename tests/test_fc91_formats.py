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
