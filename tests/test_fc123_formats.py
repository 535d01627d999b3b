"""Answer formats firstcontact123's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a COBOL data division, a GEDCOM record and a Pkl module, each rewritten line for line
(:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _dalverotan(page: str, serious: str = "Serious"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``serious``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Dalverotan")
    assert [b.label for b in x.brand_names] == ["Dalvera", "Rotanex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "angiotensin receptor blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Heart failure", None),
                                                          ("Diabetic kidney disease", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dizziness", "Frequent", False), ("Headache", "Frequent", False), ("Angioedema", serious, True)]
    assert ("blocks", "angiotensin II type 1 receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I take it with potassium tablets?", "Why do I feel dizzy?"]
    return x


_COBOL = "\n".join([
    "The card below is a COBOL copybook.", "", "```cobol", "      * DALVEROTAN DRUG CARD", "       DATA DIVISION.",
    "       WORKING-STORAGE SECTION.", "      *> ===== Generic Name =====", "       01  CARD-IDENT.",
    '           03  ID-INN            PIC X(10) VALUE "Dalverotan".',
    '           03  ID-TRADE-NAMES    PIC X(16) VALUE "Dalvera, Rotanex".',
    "           03  ID-CLASS          PIC X(28) VALUE", '               "angiotensin receptor blocker".',
    '           03  ID-ROUTE          PIC X(04) VALUE "Oral".', "      *> ===== Usage =====", "       01  CARD-USES.",
    "           03  IU-INTRO.", "               05  FILLER PIC X(60) VALUE",
    '                   "Dalverotan is an angiotensin receptor blocker taken once a ".',
    "               05  FILLER PIC X(20) VALUE", '                   "day with water.".',
    '           03  IU-LICENSED-1       PIC X(19) VALUE "High blood pressure".',
    "           03  IU-LICENSED-DESC-1  PIC X(30) VALUE", '               "in adults, alone or with others".',
    '           03  IU-LICENSED-2       PIC X(13) VALUE "Heart failure".',
    '           03  IU-OFF-LABEL-1      PIC X(23) VALUE "Diabetic kidney disease".',
    "           03  IU-OFF-LABEL-DESC-1 PIC X(30) VALUE", '               "to slow the loss of kidney function".',
    "      *> ===== Side Effects =====", "       01  CARD-ADVERSE-ROWS.",
    '           03  FILLER PIC X(30) VALUE "F Dizziness".', '           03  FILLER PIC X(30) VALUE "F Headache".',
    '           03  FILLER PIC X(30) VALUE "X Angioedema".', "       01  CARD-ADVERSE REDEFINES CARD-ADVERSE-ROWS.",
    "           03  AD-ROW OCCURS 3 TIMES.", "               05  AD-CODE PIC X(01).",
    '                   88  AD-FREQUENT  VALUE "F".', '                   88  AD-SERIOUS   VALUE "X".',
    "               05  FILLER  PIC X(01).", "               05  AD-TEXT PIC X(28).",
    "      *> ===== How it Works =====", "       01  CARD-ACTION.", "           03  FILLER PIC X(70) VALUE",
    '               "Dalverotan blocks the angiotensin II type 1 receptor, so blood vessels ".',
    "           03  FILLER PIC X(40) VALUE", '               "relax and the blood pressure falls.".',
    "      *> ===== FAQs =====", "       01  CARD-QA-1.",
    '           03  QA-1-Q PIC X(37) VALUE "Can I take it with potassium tablets?".',
    '           03  QA-1-A PIC X(40) VALUE "Only if your doctor says so.".', "       01  CARD-QA-2.",
    '           03  QA-2-Q PIC X(20) VALUE "Why do I feel dizzy?".', "           03  QA-2-A.",
    "               05  FILLER PIC X(40) VALUE", '                   "Your blood pressure is falling; stand up ".',
    "               05  FILLER PIC X(20) VALUE", '                   "slowly.".', "       PROCEDURE DIVISION.",
    "           STOP RUN.", "```"])


def test_a_cobol_data_division_with_filler_pieces_and_88_level_codes() -> None:
    x = _dalverotan(_COBOL)
    out = formats.rewrite(_COBOL).split("\n")
    assert out[2:6] == [""] * 4 and out[6] == "## Generic Name"  # (the fence, the banner, the divisions; a comment)
    assert "stand up slowly" in " ".join(x.faqs[1].answer.split())  # (one answer in two FILLER pieces)


def test_cobol_filler_items_that_stand_alone_are_entries_of_their_own() -> None:
    start, end = _COBOL.index("       01  CARD-ADVERSE-ROWS."), _COBOL.index("      *> ===== How it Works")
    table = "\n".join(["       01  CARD-ADVERSE.", "           03  AD-FREQUENT.",
                       '               05  FILLER PIC X(10) VALUE "Dizziness".',
                       '               05  FILLER PIC X(10) VALUE "Headache".',
                       '           03  AD-SERIOUS PIC X(10) VALUE "Angioedema".', ""])
    _dalverotan(_COBOL[:start] + table + _COBOL[end:])


def test_a_page_with_a_cobol_record_layout_is_left_alone() -> None:
    page = ("Dalverotan lowers blood pressure. The pharmacy system stores a dose as:\n\n```cobol\n"
            "       01  DOSE-RECORD.\n           05  DR-DRUG   PIC X(20).\n           05  DR-MG     PIC 9(4).\n"
            "           05  DR-TIMES  PIC 9(2).\n           05  DR-NOTE   PIC X(40).\n"
            '           05  DR-UNIT   PIC X(2) VALUE "MG".\n           05  DR-FLAG   PIC X VALUE "N".\n```\n\n'
            "Take it once a day.\n")
    assert formats.rewrite(page) == page
