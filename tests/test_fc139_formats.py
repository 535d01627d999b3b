"""Answer formats firstcontact139's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a VHDL package, each rewritten line for line (:mod:`kg.formats`)."""
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
