"""Answer formats firstcontact125's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a CMake script whose variables hold the answer and an Ada package specification whose
constants hold it, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _norvastide(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target, serious sign and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Norvastide")
    assert x.drug.label == "Norvastide"
    assert [b.label for b in x.brand_names] == ["Norvex", "Tastide"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "beta blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Fast heartbeat", None),
                                                          ("Essential tremor", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Cold hands", "Frequent", False), ("Tiredness", "Frequent", False), ("Slow heartbeat", "Serious", True)]
    assert _mech(x) == {("blocks", "beta-1 adrenergic receptor")}
    assert [s.label for s in x.serious_signs] == ["fainting"]
    assert len(x.faqs) == 2
    return x


_CMAKE = "\n".join([
    "```cmake", "# norvastide card: cmake -P card.cmake", "cmake_minimum_required(VERSION 3.16)", "",
    "# ==== Generic Name ====", 'set(NV_NAME "Norvastide")', "set(NV_BRANDS Norvex Tastide)",
    'set(NV_CLASS "beta blocker")', "", "# ==== Usage ====", 'list(APPEND NV_USES "High blood pressure: in adults")',
    'list(APPEND NV_USES "Fast heartbeat")', 'set(NV_UNLICENSED_USES "Essential tremor")', "",
    "# ==== Side Effects ====", 'set(NV_SIDE_EFFECTS_FREQUENT "Cold hands;Tiredness")',
    'set(NV_SIDE_EFFECTS_SERIOUS "Slow heartbeat")', 'set(NV_GET_HELP "Call a doctor at once if you faint.")', "",
    "# ==== How it Works ====", "string(CONCAT NV_MECHANISM",
    '  "Norvastide blocks beta-1 adrenergic receptors in the heart, "', '  "so it beats more slowly.")', "",
    "# ==== FAQs ====", 'set(NV_FAQ_1_Q "Can I stop it suddenly?")', 'set(NV_FAQ_1_A "No, lower the dose slowly.")',
    'set(NV_FAQ_2_Q "Can I exercise?")', 'string(CONCAT NV_FAQ_2_A "Yes, but your pulse " "will rise less.")', "",
    "foreach(v NV_NAME NV_BRANDS NV_USES)", '  message(STATUS "${v}: ${${v}}")', "endforeach()", "```"])


def test_a_cmake_script_whose_variables_hold_the_answer() -> None:
    x = _norvastide(_CMAKE)
    assert x.faqs[1].answer == "Yes, but your pulse will rise less."
    rewritten = formats.rewrite(_CMAKE).split("\n")
    assert rewritten[:4] == [""] * 4 and rewritten[-5:] == [""] * 5  # (the fence, the header, the printing loop)


def test_a_page_with_a_cmake_build_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nNorvastide lowers blood pressure. The dose calculator builds with CMake:\n\n```cmake\n"
            "cmake_minimum_required(VERSION 3.20)\nproject(DoseCalc CXX)\nset(CMAKE_CXX_STANDARD 17)\n"
            "set(CMAKE_CXX_STANDARD_REQUIRED ON)\nset(SOURCES main.cpp dose.cpp)\nset(HEADERS dose.h)\n"
            'set(APP_NAME "dosecalc")\nset(APP_VERSION "1.2")\nlist(APPEND SOURCES units.cpp)\n'
            'message(STATUS "Building ${APP_NAME}")\nadd_executable(${APP_NAME} ${SOURCES})\n```\n\n'
            "## Side Effects\n\n- Cold hands\n")
    assert formats.rewrite(page) == page


_ADA = "\n".join([
    "```ada", "with Ada.Strings.Unbounded; use Ada.Strings.Unbounded;", "", "package Norvastide_Card is", "",
    "   type Band is (Frequent, Serious);", "", "   type Indication is record", "      Disease    : Unbounded_String;",
    "      Unlicensed : Boolean := False;", "   end record;", "", "   type Effect is record",
    "      Symptom : Unbounded_String;", "      Level   : Band;", "   end record;", "",
    "   type QA is record", "      Q, A : Unbounded_String;", "   end record;", "",
    "   type Names is array (Positive range <>) of Unbounded_String;",
    "   type Indications is array (Positive range <>) of Indication;",
    "   type Effects is array (Positive range <>) of Effect;", "   type QAs is array (Positive range <>) of QA;", "",
    "   --  Generic Name", '   Name       : constant String := "Norvastide";',
    '   Trade_Names : constant Names := (To_Unbounded_String ("Norvex"), To_Unbounded_String ("Tastide"));',
    '   Drug_Class : constant String := "beta blocker";', "", "   --  Usage", "   Indicated : constant Indications :=",
    '     ((Disease => To_Unbounded_String ("High blood pressure"), Unlicensed => False),',
    '      (Disease => To_Unbounded_String ("Fast heartbeat"), Unlicensed => False),',
    '      (Disease => To_Unbounded_String ("Essential tremor"), Unlicensed => True));', "",
    "   --  Side Effects", "   Adverse : constant Effects :=",
    '     ((To_Unbounded_String ("Cold hands"), Frequent),', '      (To_Unbounded_String ("Tiredness"), Frequent),',
    '      (To_Unbounded_String ("Slow heartbeat"), Serious));',
    '   When_To_Call : constant String := "Call a doctor at once if you faint.";', "", "   --  How it Works",
    '   Action : constant String := "Norvastide blocks beta-1 adrenergic receptors in the heart, " &',
    '     "so it beats more slowly.";', "", "   --  FAQs", "   Questions : constant QAs :=",
    '     ((To_Unbounded_String ("Can I stop it suddenly?"), To_Unbounded_String ("No, lower the dose slowly.")),',
    '      (To_Unbounded_String ("Can I exercise?"),', '       To_Unbounded_String ("Yes, but your pulse " &',
    '         "will rise less.")));', "", "end Norvastide_Card;", "```"])


def test_an_ada_package_whose_constants_hold_the_answer() -> None:
    x = _norvastide(_ADA)
    assert x.faqs[1].answer == "Yes, but your pulse will rise less."
    assert formats.rewrite(_ADA).split("\n")[:26] == [""] * 26  # (the fence, the with clause, the types)


def test_a_page_with_an_ada_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nNorvastide lowers blood pressure. The pump's firmware keeps its limits in Ada:\n\n```ada\n"
            "package Pump_Limits is\n   Max_Rate  : constant := 120;\n   Min_Rate  : constant := 40;\n"
            '   Unit_Name : constant String := "beats per minute";\n   Alarm_On  : constant Boolean := True;\n'
            "   Retries   : constant := 3;\nend Pump_Limits;\n```\n\n## Side Effects\n\n- Cold hands\n")
    assert formats.rewrite(page) == page
