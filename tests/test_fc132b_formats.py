"""Answer formats firstcontact132's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): an AutoHotkey v2 script that fills a Map, rewritten line for line (:mod:`kg.formats`)."""
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

