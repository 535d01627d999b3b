"""More rules from the misses of sets 86, 87 and 89, pinned on invented pages (other drugs, other words): a span of
time in words is no use ("taken for five days"); where a use holds ("in the UK, Canada and many other countries")
names no use; the Greek-lettered subunit of an enzyme is the enzyme (a receptor's subunit stays a protein of its own);
"By blocking it, ..." after a sentence describing what was bound is what the binding does; "shuts down X synthesis";
an item that says what the drug is ("A nucleoside reverse transcriptase inhibitor") is no use."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def test_a_span_of_time_in_words_is_no_use() -> None:
    x = _x("## Usage\n\nZoravir is an antiviral tablet taken for five days. It is used for shingles and is usually "
           "taken for a few weeks after a flare.\n")
    assert [u.label for u in x.treats] == ["Shingles"]


def test_where_a_use_holds_is_no_use() -> None:
    x = _x("## Usage\n\n- Bedwetting, in the UK, Australia and many other countries\n- Overactive bladder\n")
    assert [u.label for u in x.treats] == ["Bedwetting", "Overactive bladder"]


def test_an_enzyme_subunit_bound_then_blocked() -> None:
    x = _x("## How it Works\n\nZoravir binds to the alpha subunit of the bacterial enzyme DNA gyrase. This enzyme "
           "unwinds the bacteria's DNA. By blocking it, zoravir shuts down bacterial DNA synthesis.\n")
    assert _mech(x) == {("inhibits", "DNA gyrase"), ("decreases", "bacterial DNA synthesis")}
    y = _x("## How it Works\n\nZoravir binds to the alpha subunit of the IL-5 receptor (IL-5RA) and blocks it.\n")
    assert _mech(y) == {("blocks", "alpha subunit of the IL-5 receptor")}


def test_an_item_that_says_what_the_drug_is_is_no_use() -> None:
    x = _x("## Usage\n\n- A **non-nucleoside reverse transcriptase inhibitor (NNRTI)**\n- Treatment of **HIV-1 "
           "infection** in adults\n")
    assert [u.label for u in x.treats] == ["HIV-1 infection"]
