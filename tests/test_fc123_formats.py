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


_GEDCOM = "\n".join([
    "Dalverotan as a GEDCOM file with custom tags:", "", "```", "0 HEAD", "1 CHAR UTF-8",
    "1 NOTE Custom tags start with an underscore.", "0 @M7@ _MONOGRAPH", "1 NAME Dalverotan", "1 _TRADENAME Dalvera",
    "1 _TRADENAME Rotanex", "1 _CLASS angiotensin receptor blocker", "1 _USES",
    "2 NOTE Dalverotan is taken once a day", "3 CONT with water.", "2 _INDICATION High blood pressure",
    "3 NOTE in adults, alone or with other", "4 CONC medicines", "2 _INDICATION Heart failure",
    "2 _OFFLABEL Diabetic kidney disease", "3 NOTE to slow the loss of kidney function", "1 _ADVERSE",
    "2 _FREQUENT Dizziness", "2 _FREQUENT Headache", "2 _SERIOUS Angioedema",
    "2 _SEEKHELP Get help at once if your lips or tongue swell.", "1 _MECHANISM",
    "2 NOTE Dalverotan blocks the angiotensin II type 1 receptor, so blood",
    "3 CONT vessels relax and the blood pressure falls.", "2 _TARGET angiotensin II type 1 receptor",
    "3 _ACTION blocks", "1 _QUESTIONS", "2 _Q Can I take it with potassium tablets?",
    "3 _A Only if your doctor says so.", "2 _Q Why do I feel dizzy?", "3 _A Your blood pressure is falling; stand up",
    "4 CONT slowly.", "0 TRLR", "```"])


def test_a_gedcom_record_with_custom_tags_and_continuation_lines() -> None:
    x = _dalverotan(_GEDCOM)
    out = formats.rewrite(_GEDCOM).split("\n")
    assert out[2:6] == [""] * 4 and out[-2:] == [""] * 2  # (the fence, the header record, the trailer)
    assert "stand up slowly" in " ".join(x.faqs[1].answer.split())  # (a CONT line continues the answer)
    assert [s.label for s in x.serious_signs] == ["swelling of the lips or tongue"]  # (a "_SEEKHELP" text)


def test_a_gedcom_tag_that_runs_words_together_is_read_as_them() -> None:
    page = _GEDCOM.replace("2 _SEEKHELP Get help", "2 _NOTUSED Low blood pressure; it\n2 _SEEKHELP Get help")
    assert "It is not used for low blood pressure; it" in formats.rewrite(page)
    assert [u.label for u in _x(page, "Dalverotan").treats] == ["High blood pressure", "Heart failure",
                                                                "Diabetic kidney disease"]


def test_a_page_with_a_family_tree_record_is_left_alone() -> None:
    page = ("Dalverotan runs in no family. A GEDCOM export of a family tree looks like this:\n\n```\n0 HEAD\n"
            "1 CHAR UTF-8\n0 @I1@ INDI\n1 NAME John /Smith/\n1 SEX M\n1 BIRT\n2 DATE 1 JAN 1900\n2 PLAC London\n"
            "1 FAMS @F1@\n0 @F1@ FAM\n1 HUSB @I1@\n0 TRLR\n```\n\nTake it once a day.\n")
    assert formats.rewrite(page) == page


_PKL = "\n".join([
    "The drug card as a Pkl module:", "", "```pkl", "/// Dalverotan drug card", "amends \"cards/Base.pkl\"", "",
    "class Indication {", "  disease: String", "  comment: String?", "  unlicensed: Boolean = false", "}", "",
    "local reviewed = \"2026-01-01\"", "", "// ===== Generic Name =====",
    "inn = \"Dalverotan\"", "tradeNames = List(\"Dalvera\", \"Rotanex\")",
    "pharmacologicClass: String = \"angiotensin receptor blocker\"", "", "// ===== Usage =====",
    "indications = new Listing<Indication> {", "  new { disease = \"High blood pressure\"; comment = \"in adults\" }",
    "  new { disease = \"Heart failure\" }",
    "  new { disease = \"Diabetic kidney disease\"; comment = \"to slow the loss of kidney function\"; "
    "unlicensed = true }", "}", "", "// ===== Side Effects =====",
    "adverseEffects = new Mapping<String, Listing<String>> {", "  [\"frequent\"] = new Listing {", "    \"Dizziness\"",
    "    \"Headache\"", "  }", "  [\"serious\"] = new Listing {", "    \"Angioedema\"", "  }", "}", "",
    "// ===== How it Works =====", "howItWorks = \"\"\"", "  Dalverotan blocks the angiotensin II type 1 receptor,",
    "  so blood vessels relax and the blood pressure falls.", "  \"\"\"", "", "// ===== FAQs =====",
    "faqs = new Listing {",
    "  new { q = \"Can I take it with potassium tablets?\"; a = \"Only if your doctor says so.\" }",
    "  new { q = \"Why do I feel dizzy?\"; a = \"Your blood pressure is falling; \" + \"stand up slowly.\" }", "}",
    "", "output { renderer = new JsonRenderer {} }", "```"])


def test_a_pkl_module_with_listings_a_mapping_and_a_schema() -> None:
    x = _dalverotan(_PKL)
    out = formats.rewrite(_PKL).split("\n")
    assert out[2:14] == [""] * 12 and out[-3:] == [""] * 3  # (the header, the class, the local, the output block)
    assert "stand up slowly" in x.faqs[1].answer  # (strings joined by "+")


def test_a_pkl_element_that_leaves_the_default_out_has_no_qualifier() -> None:
    page = _PKL.replace('new { disease = "Heart failure" }', 'new { disease = "Heart failure"; unlicensed = false }')
    assert [(u.label, u.qualifier) for u in _x(page, "Dalverotan").treats][1] == ("Heart failure", None)
    assert formats.rewrite(page) == formats.rewrite(_PKL)


def test_a_page_with_a_pkl_app_configuration_is_left_alone() -> None:
    page = ("Dalverotan is taken once a day. A reminder app reads its settings from a Pkl module:\n\n```pkl\n"
            "module reminders\n\nappName = \"Pill Pal\"\ntimes = new Listing {\n  new { at = \"08:00\"; label = "
            "\"Dalverotan\" }\n  new { at = \"20:00\"; label = \"Water\" }\n}\nsounds = new Mapping {\n"
            "  [\"soft\"] = \"bell.wav\"\n}\n```\n\nAsk your pharmacist about the app.\n")
    assert formats.rewrite(page) == page
