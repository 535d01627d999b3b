"""Answer formats firstcontact89's pages showed the reader had never seen, pinned on invented pages (other drugs,
other words): troff man-page source, Texinfo, a Python dictionary, a fact sheet with dot leaders, DokuWiki (with a table
of effects), a Graphviz DOT graph. Each is rewritten line for line (:mod:`kg.formats`), so evidence keeps its lines."""
from __future__ import annotations

from kg import formats
from kg.parse import parse_text
from tests.test_extract_layouts5 import _mech, _x

_TROFF = r""".TH ZORAVIR 7
.SH NAME
zoravir \- antiviral used for shingles
.SH USAGE
.B Approved uses:
.IP \(bu 2
Shingles in adults
.IP \(bu 2
Cold sores
.SH "SIDE EFFECTS"
.SS Common
.IP \(bu 2
Headache
.IP \(bu 2
Nausea
.SH "HOW IT WORKS"
Zoravir inhibits viral DNA polymerase.
.SH FAQS
.TP
.B Can I drink alcohol?
Yes, in moderation."""


def test_troff_man_page_source() -> None:
    x = _x(_TROFF)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common")]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


_TEXI = """\\input texinfo
@setfilename zoravir.info
@node Top
@top Zoravir
@menu
* Usage::
@end menu

@node Usage
@chapter Usage
@section Approved uses
@itemize @bullet
@item
Shingles
@item Cold sores
@end itemize

@node Side Effects
@chapter Side Effects
@section Common side effects
@itemize @bullet
@item Headache
@item Nausea
@end itemize

@chapter How it Works
@strong{Zoravir} inhibits viral DNA polymerase.

@chapter FAQs
@table @asis
@item Can I drink alcohol?
Yes, in moderation.
@end table
@bye"""


def test_texinfo() -> None:
    x = _x(_TEXI)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [e.label for e in x.side_effects] == ["Headache", "Nausea"]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


_PY = '''```python
zoravir = {
    "generic_name": "Zoravir",
    "brand_names": ["Zorax"],

    "usage": [
        "Shingles in adults",
        "Cold sores",  # at the first tingle
    ],
    "side_effects": {
        "common": [
            "Headache",
            "Nausea",
        ],
        "serious": [
            "Kidney injury",
        ],
    },
    "mechanism": (
        "Zoravir inhibits viral DNA "
        "polymerase."
    ),
    "faqs": [
        ("Can I drink alcohol?",
         "Yes, in moderation."),
    ],
}
```'''


def test_a_python_dictionary() -> None:
    x = _x(_PY)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Common", False), ("Kidney injury", "Serious", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]
    assert [b.label for b in x.brand_names] == ["Zorax"]


def test_a_json_object_is_not_read_as_python() -> None:
    body = '```json\n{\n  "generic_name": "Zoravir",\n  "usage": ["Shingles", "Cold sores"],\n' \
           '  "side_effects": {"common": ["Headache"]},\n  "mechanism": "It inhibits viral DNA polymerase."\n}\n```'
    assert [u.label for u in _x(body).treats] == ["Shingles", "Cold sores"]


_LEADERS = """```text
ZORAVIR - FACT SHEET
====================

Generic name .......... Zoravir
Brand names ........... Zorax

USAGE
Description ........... An antiviral tablet that
                        stops the virus copying itself.
Used for .............. Shingles in adults over
                        fifty
                        Cold sores
Not for ............... Chickenpox in children

SIDE EFFECTS
Side effects (common) .. Headache, nausea, tiredness

FAQS
Q  Can I drink alcohol?
A  Yes, in moderation.
```"""


def test_a_fact_sheet_with_dot_leaders() -> None:
    x = _x(_LEADERS)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common"),
                                                               ("Tiredness", "Common")]
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


_DOKU = """====== Zoravir ======

===== Usage =====

==== Approved uses ====
  * **Shingles** – in adults
  * **Cold sores**

===== Side Effects =====

==== Common ====
  * Headache
  * Nausea

==== Serious ====

^ Risk ^ What to know ^
| Kidney injury | more likely in older adults |
| Confusion | mostly with high doses |
"""


def test_dokuwiki_and_its_table_of_effects() -> None:
    x = _x(_DOKU)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [(e.label, e.serious) for e in x.side_effects] == [("Headache", False), ("Nausea", False),
                                                              ("Kidney injury", True), ("Confusion", True)]


_DOT = """digraph zoravir {
    rankdir=LR;
    node [shape=box];

    // Identity
    "zoravir" [label="Zoravir\\n(generic name)"];
    "zoravir" -> "Zorax" [label="brand name"];

    // Uses
    "zoravir" -> "shingles" [label="treats"];
    "zoravir" -> "cold sores" [label="treats"];
    "zoravir" -> "Bell's palsy" [label="off-label"];
    "zoravir" -> "chickenpox" [label="not used for", style=dashed];

    // Side effects
    "zoravir" -> "headache" [label="causes (common)"];
    "zoravir" -> "nausea" [label="causes (common)"];
    "zoravir" -> "kidney injury" [label="causes (serious)"];

    // How it works
    "zoravir" -> "viral DNA polymerase" [label="inhibits"];
}

// Q: Can I drink alcohol?
// A: Yes, in moderation."""


def test_a_dot_graph() -> None:
    x = _x(_DOT)
    assert x.drug.label == "Zoravir"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Cold sores", None),
                                                          ("Bell's palsy", "off-label")]
    assert [(e.label, e.serious) for e in x.side_effects] == [("Headache", False), ("Nausea", False),
                                                              ("Kidney injury", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


def test_every_format_keeps_its_lines() -> None:
    for body in (_TROFF, _TEXI, _PY, _LEADERS, _DOKU, _DOT):
        text = f"---\ntitle: Zoravir\n---\n\n# Zoravir\n\n{body}\n"
        doc = parse_text(text, "zoravir.md")
        assert len(doc.lines) == text.count("\n")


def test_ellipses_in_an_ordinary_page_are_no_leaders() -> None:
    body = ("## Usage\n\nWell... it is used for shingles.\nAnd... cold sores too.\nAlso... Bell's palsy.\n"
            "So... that is all.\n\n## Side Effects\n\n- Headache\n")
    text = f"---\ntitle: Zoravir\n---\n\n# Zoravir\n\n{body}"
    assert formats.rewrite(text) == text
