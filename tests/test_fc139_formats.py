"""Answer formats firstcontact139's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a VHDL package, a PostScript dictionary and SAS DATA steps, each rewritten line for
line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _vestoran(page: str, rare: str = "Serious"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Vestoran")
    assert [b.label for b in x.brand_names] == ["Vestol", "Oranex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "proton pump inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Peptic ulcer", None), ("Heartburn", None),
                                                          ("Laryngitis", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Diarrhea", "Frequent", False), ("Liver injury", rare, True)]
    assert _mech(x) == {("inhibits", "proton pump")}
    assert [f.question for f in x.faqs] == ["Can I take it with food?", "Can I stop it suddenly?"]
    return x


_VHDL = "\n".join([
    "```vhdl", "-- vestoran_card.vhd", "library ieee;", "use ieee.std_logic_1164.all;", "",
    "package vestoran_card is", "  type level_t is (FREQUENT, SERIOUS);", "", "  -- ===== Generic Name =====",
    '  constant INN          : string := "Vestoran";', '  constant TRADE_NAMES  : string := "Vestol, Oranex";',
    '  constant PHARM_CLASS  : string := "Proton pump inhibitor";', "", "  -- ===== Usage =====",
    '  constant LICENSED_1   : string := "Peptic ulcer - heals it in four to eight weeks";',
    '  constant LICENSED_2   : string := "Heartburn";',
    '  constant UNLICENSED_1 : string := "Laryngitis - when reflux is " &', '    "the cause";', "",
    "  -- ===== Side Effects =====", "  constant N_EFFECTS : natural := 3;",
    "  function ae_text (n : natural) return string;", "  function ae_level (n : natural) return level_t;", "",
    "  -- ===== How it Works =====", '  constant MECHANISM : string :=',
    '    "Vestoran inhibits the proton pump in the stomach lining, " &', '    "the last step of acid production.";',
    "", "  -- ===== FAQs =====", '  constant QUESTION_1 : string := "Can I take it with food?";',
    '  constant ANSWER_1   : string := "Yes, but it works best before breakfast.";',
    '  constant QUESTION_2 : string := "Can I stop it suddenly?";',
    '  constant ANSWER_2   : string := "Ask your doctor first; the acid can come back.";', "end vestoran_card;", "",
    "package body vestoran_card is", "  function ae_text (n : natural) return string is", "  begin",
    "    case n is", '      when 0 => return "Headache";', '      when 1 => return "Diarrhea";',
    '      when 2 => return "Liver injury";', '      when others => return "";', "    end case;", "  end ae_text;",
    "", "  function ae_level (n : natural) return level_t is", "  begin", "    case n is",
    "      when 0 | 1 => return FREQUENT;", "      when others => return SERIOUS;", "    end case;",
    "  end ae_level;", "end package body vestoran_card;", "```"])


def test_a_vhdl_package_whose_body_gives_the_effects() -> None:
    x = _vestoran(_VHDL)
    assert x.treats[2].label == "Laryngitis"  # ("&" joins one string; " - " parts the use from its note)
    assert formats.rewrite(_VHDL).split("\n")[:6] == [""] * 6  # (the fence, comment, library clauses, package)


def test_a_page_with_a_vhdl_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nVestoran treats heartburn. A dose timer written in VHDL:\n\n```vhdl\npackage timer_pkg is\n"
            "  constant CLOCK_HZ : integer := 50_000_000;\n"
            '  constant LABEL_A : string := "Dose 1";\n  constant LABEL_B : string := "Dose 2";\n'
            '  constant LABEL_C : string := "Dose 3";\n  constant LABEL_D : string := "Usage";\n'
            "end package timer_pkg;\n```\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_POSTSCRIPT = "\n".join([
    "```postscript", "%!PS-Adobe-3.0", "%%Title: Vestoran card", "%%EndComments", "/vestoran 8 dict def",
    "vestoran begin", "% ---- Generic Name ----", "/INN (Vestoran) def", "/TradeNames [ (Vestol) (Oranex) ] def",
    "/PharmacologicClass (Proton pump inhibitor) def", "/Route /oral def", "", "% ---- Usage ----", "/Indications <<",
    "  /Licensed [", "    << /Disease (Peptic ulcer) /Comment (heals it in four to eight weeks) >>",
    "    << /Disease (Heartburn) >>", "  ]", "  /Unlicensed [ << /Disease (Laryngitis) >> ]", ">> def", "",
    "% ---- Side Effects ----", "/AdverseReactions <<", "  /Frequent [ (Headache) (Diarrhea) ]",
    "  /Serious [ (Liver injury \\(yellow skin or eyes\\)) ]", ">> def", "", "% ---- How it Works ----",
    "/Mechanism (Vestoran inhibits the proton pump in the stomach lining,", "the last step of acid production.) def",
    "", "% ---- FAQs ----", "/Questions [",
    "  [ (Can I take it with food?) (Yes, but it works best before breakfast.) ]",
    "  [ (Can I stop it suddenly?) (Ask your doctor first; the acid can come back.) ]", "] def", "end", "",
    "/Times-Roman findfont 14 scalefont setfont", "72 700 moveto vestoran /INN get show", "showpage", "```"])


def test_a_postscript_dictionary() -> None:
    x = _vestoran(_POSTSCRIPT)
    assert [r.label for r in x.routes] == ["oral"]  # ("/oral": a name, its word)
    assert "- **Serious:** Liver injury (yellow skin or eyes)" in formats.rewrite(_POSTSCRIPT).split("\n")  # ("\\(")
    assert formats.rewrite(_POSTSCRIPT).split("\n")[-5:] == [""] * 5  # (the drawing code, the fence)


def test_a_page_with_a_postscript_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nVestoran treats heartburn. A label for the pharmacy printer:\n\n```postscript\n%!PS\n"
            "/Label (Vestoran 20 mg) def\n/Dose (one a day) def\n/Time (before breakfast) def\n"
            "/Usage (heartburn) def\n/Font /Helvetica def\n/Size [ (12) (14) ] def\n"
            "Font findfont 12 scalefont setfont\n72 700 moveto Label show\nshowpage\n```\n\n"
            "## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_SAS = "\n".join([
    "```sas", "/*====== Vestoran drug card ======*/", "", "/* ---- Generic Name ---- */", "data card.ident;",
    "  infile datalines4 dlm='~' truncover;", "  input attribute $ content $;", "datalines4;", "INN~Vestoran",
    "Trade names~Vestol, Oranex", "Pharmacologic class~Proton pump inhibitor", ";;;;", "run;", "",
    "/* ---- Usage ---- */", "data card.indications;", "  infile datalines4 dlm='~' truncover;",
    "  input status $ disease $ comment $;", "datalines4;", "LICENSED~Peptic ulcer~heals it in four to eight weeks",
    "LICENSED~Heartburn~", "UNLICENSED~Laryngitis~when reflux is the cause",
    "AVOID~Stomach pain with weight loss~see a doctor first", ";;;;", "run;", "", "/* ---- Side Effects ---- */",
    "data card.adverse;", "  infile datalines4 dlm='~';", "  input level $ symptom $;", "datalines4;",
    "Frequent~Headache", "Frequent~Diarrhea", "Serious~Liver injury", ";;;;", "run;", "",
    "/* ---- How it Works ---- */", "data card.mode;", "  input n text $80.;", "cards;",
    "1 Vestoran inhibits the proton pump in the stomach lining,", "2 the last step of acid production.", ";",
    "run;", "", "/* ---- FAQs ---- */", "data card.faq;", "  infile datalines4 dlm='~';",
    "  input question $ answer $;", "datalines4;", "Can I take it with food?~Yes, but it works best before breakfast.",
    "Can I stop it suddenly?~Ask your doctor first; the acid can come back.", ";;;;", "run;", "",
    "proc print data=card.faq noobs; run;", "```"])


def test_sas_data_steps() -> None:
    x = _vestoran(_SAS)
    assert x.treats[0].label == "Peptic ulcer"  # (a row led by "AVOID" a negation, no use)
    assert formats.rewrite(_SAS).split("\n")[-3:] == ["", "", ""]  # (the proc step, the fence)


def test_a_page_with_sas_readings_is_left_alone() -> None:
    page = ("## Usage\n\nVestoran treats heartburn. Log your symptoms in SAS:\n\n```sas\n"
            + "".join(f"data work.week{n};\n  input day $ score;\ndatalines;\nMon 3\nTue 2\n;\nrun;\n"
                      for n in (1, 2, 3))
            + "```\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page
