"""Answer formats firstcontact132's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): an AutoHotkey v2 script that fills a Map, and a Pascal program whose typed constants
(or whose "begin ... end." block) hold the answer, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


_AHK = "\n".join([
    "```ahk", "; talmeprex.ahk", "#Requires AutoHotkey v2.0", "", "Card := Map()", "", "; ----- Generic Name -----",
    'Card["Name"] := "Talmeprex"', 'Card["TradeNames"] := ["Talmex", "Prexolan"]',
    'Card["PharmacologicClass"] := "Proton pump inhibitor"', "", "; ----- Usage -----",
    'Card["Indications"] := [', '    ["Stomach ulcers", "Healing in adults"],',
    '    ["Reflux disease", "Long-term control"]', "]",
    'Card["Unlicensed"] := [["Barrett\'s oesophagus", "To protect the gullet lining"]]', "",
    "; ----- Side Effects -----", 'Card["AdverseEffects"] := Map(', '    "Frequent", ["Headache", "Bloating"],',
    '    "Serious",  ["Low magnesium"]', ")",
    'Card["WhenToCall"] := "Call a doctor at once if you have muscle cramps " . "or a fast heartbeat."', "",
    "; ----- How it Works -----", 'Card["Mechanism"] := "', "(",
    "Talmeprex blocks the proton pump in the cells of the stomach lining,", "so the stomach makes less acid.", ')"',
    "", "; ----- FAQs -----", 'Card["Questions"] := [',
    '    {Question: "Can I take it with food?", Answer: "Take it before breakfast."},',
    '    {Question: "Is it safe for long use?", Answer: "Ask your doctor; it is `"usually`" fine."}', "]", "",
    'MsgBox Card["Name"], "Talmeprex"', "```"])


def test_an_autohotkey_script_that_fills_a_map() -> None:
    _same_lines(_AHK)
    x = _x(_AHK, "Talmeprex")
    assert [b.label for b in x.brand_names] == ["Talmex", "Prexolan"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "proton pump inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Stomach ulcers", None), ("Reflux disease", None),
                                                          ("Barrett's oesophagus", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Bloating", "Frequent", False), ("Low magnesium", "Serious", True)]
    assert ("blocks", "proton pump") in _mech(x)
    assert [s.label for s in x.serious_signs] == ["muscle cramps or a fast heartbeat"]  # (". " joins the strings)
    assert [f.question for f in x.faqs] == ["Can I take it with food?", "Is it safe for long use?"]
    assert 'it is "usually" fine.' in formats.rewrite(_AHK)  # ("`"" an escaped quote)


def test_a_page_with_an_autohotkey_settings_script_is_left_alone() -> None:
    page = ("Talmeprex treats stomach ulcers. **Reminder:** this script pops up a reminder each morning:\n\n```ahk\n"
            "#Requires AutoHotkey v2.0\nReminder := Map()\nReminder[\"Drug\"] := \"Talmeprex\"\n"
            "Reminder[\"Dose\"] := \"20 mg\"\nReminder[\"Time\"] := \"07:30\"\nReminder[\"Sound\"] := \"chime\"\n"
            "Reminder[\"Repeat\"] := \"daily\"\nReminder[\"Title\"] := \"Before breakfast\"\n"
            "MsgBox Reminder[\"Drug\"] \" \" Reminder[\"Dose\"]\n```\n\n**Side effects:** headache.\n")
    assert formats.rewrite(page) == page


def _corvantil(page: str) -> None:
    """The page read, line for line, as the invented beta blocker's answer (brands, class, uses with one off-label,
    effects two frequent and one serious, target, questions)."""
    _same_lines(page)
    x = _x(page, "Corvantil")
    assert [b.label for b in x.brand_names] == ["Corvex", "Antilor"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "beta blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Angina", None),
                                                          ("Performance anxiety", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Cold hands", "Frequent", False), ("Tiredness", "Frequent", False), ("Very slow heartbeat", "Serious", True)]
    assert _mech(x) == {("blocks", "beta-1 adrenergic receptor")}
    assert [f.question for f in x.faqs] == ["Can I stop it suddenly?", "Can I drink alcohol?"]


_PASCAL = "\n".join([
    "```delphi", "(* corvantil.dpr *)", "program CorvantilCard;", "", "type",
    "  TSeverity = (svFrequent, svSerious);", "  TIndication = packed record", "    Disease, Comment: string;",
    "    Unlicensed: Boolean;", "  end;", "  TEffect = record", "    Effect: string;", "    HowOften: TSeverity;",
    "  end;", "  TQuestion = record Question, Answer: string; end;", "", "const", "  // Generic Name",
    "  Name = 'Corvantil';", "  TradeNames: array[1..2] of string = ('Corvex', 'Antilor');",
    "  PharmacologicClass = 'Beta blocker';", "", "  // Usage", "  Indications: array[1..3] of TIndication = (",
    "    (Disease: 'High blood pressure'; Comment: 'In adults'; Unlicensed: False),",
    "    (Disease: 'Angina'; Comment: 'Fewer attacks'; Unlicensed: False),",
    "    (Disease: 'Performance anxiety'; Comment: 'Shaking before a talk'; Unlicensed: True)", "  );", "",
    "  // Side Effects", "  Effects: array[1..3] of TEffect = (", "    (Effect: 'Cold hands'; HowOften: svFrequent),",
    "    (Effect: 'Tiredness'; HowOften: svFrequent),", "    (Effect: 'Very slow heartbeat'; HowOften: svSerious)",
    "  );", "", "  // How it Works", "  Action = 'Corvantil blocks beta-1 adrenergic receptors in the heart, ' +",
    "           'so the heart beats more slowly and with less force.';", "", "  // FAQs",
    "  Questions: array[1..2] of TQuestion = (",
    "    (Question: 'Can I stop it suddenly?'; Answer: 'No, that can bring on chest pain.'),",
    "    (Question: 'Can I drink alcohol?'; Answer: 'A little; it can make you dizzier, and it''s best avoided.')",
    "  );", "", "begin", "  WriteLn(Name);", "end.", "```"])


def test_a_pascal_program_of_typed_record_constants() -> None:
    _corvantil(_PASCAL)
    out = formats.rewrite(_PASCAL)
    assert "and it's best avoided." in out  # ("''" a quote)
    assert "Corvantil blocks beta-1 adrenergic receptors in the heart," in out.split("\n")  # ("+" joins, line kept)


_PASCAL_BEGIN = "\n".join([
    "```pascal", "program Corvantil;", "", "type", "  TCard = record", "    Name, DrugClass: string;", "  end;", "",
    "var", "  Card: TCard;", "", "begin", "  { ===== Generic Name ===== }", "  Card.Name := 'Corvantil';",
    "  Card.TradeNames[0] := 'Corvex';", "  Card.TradeNames[1] := 'Antilor';", "  Card.DrugClass := 'Beta blocker';",
    "  { ===== Usage ===== }", "  Card.Uses[0].Condition := 'High blood pressure';",
    "  Card.Uses[1].Condition := 'Angina';", "  Card.OffLabel[0].Condition := 'Performance anxiety';",
    "  { ===== Side Effects ===== }", "  Card.Frequent[0] := 'Cold hands';", "  Card.Frequent[1] := 'Tiredness';",
    "  Card.Serious[0] := 'Very slow heartbeat';", "  { ===== How it Works ===== }",
    "  Card.Summary := 'Corvantil blocks beta-1 adrenergic receptors in the heart, so the heart beats ' +",
    "    'more slowly.';", "  { ===== FAQs ===== }", "  Card.Faq[0].Q := 'Can I stop it suddenly?';",
    "  Card.Faq[0].A := 'No, that can bring on chest pain.';", "  Card.Faq[1].Q := 'Can I drink alcohol?';",
    "  Card.Faq[1].A := 'A little; it can make you dizzier.';", "  WriteLn(Card.Name);", "end.", "```"])


def test_a_pascal_program_that_sets_a_records_fields() -> None:
    _corvantil(_PASCAL_BEGIN)


def test_a_page_with_a_pascal_dose_program_is_left_alone() -> None:
    page = ("Corvantil lowers blood pressure. **Dosing:** a pharmacist's helper program:\n\n```pascal\n"
            "program DoseHelper;\nconst\n  DrugName = 'Corvantil';\n  Strength = '5 mg';\n  Unit_ = 'tablet';\n"
            "  Morning = 'one tablet';\n  Evening = 'none';\n  MaxDose = '20 mg';\n  Note = 'With water';\n"
            "begin\n  WriteLn(DrugName, ' ', Strength);\nend.\n```\n\n**Side effects:** cold hands.\n")
    assert formats.rewrite(page) == page
