"""Answer formats firstcontact183's pages showed the reader had never seen (helper A's three), pinned on invented pages
(another drug, other words, other key names): a Linux Kconfig file whose entries and help texts hold the answer, a
ChordPro sheet whose lyric lines (chords in them) hold it, and an RPM spec file whose "%description" sections hold it,
each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _travoxin(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target, questions and signs as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Travoxin")
    assert [b.label for b in x.brand_names] == ["Travol", "Noxatra"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "antiemetic"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Chemotherapy-induced nausea", None),
                                                          ("Postoperative vomiting", None),
                                                          ("Motion sickness", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Constipation", "Frequent", False), ("Headache", "Frequent", False), ("Seizures", "Serious", True)]
    assert ("blocks", "5-HT3 receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I take it with food?", "Will it make me drowsy?"]
    assert [s.label for s in x.serious_signs] == ["fainting", "chest pain", "racing heartbeat"]
    return x


_KCONFIG = "\n".join([
    "Travoxin as a Kconfig tree, one menu per part of the card:", "", "```", 'mainmenu "Travoxin drug card"', "",
    "config TRAVOXIN", "\tdef_bool y", '\tprompt "Travoxin"', "\thelp", "\t  INN:          Travoxin",
    "\t  Trade names:  Travol, Noxatra", "\t  Class:        Antiemetic", "", 'menu "Indications"', "",
    "config TRAVOXIN_IND_CINV", '\ttristate "Chemotherapy-induced nausea"', "\tdepends on TRAVOXIN", "\t---help---",
    "\t  Given half an hour before each cycle,", "\t  with a steroid.", "", "config TRAVOXIN_IND_PONV",
    '\ttristate "Postoperative vomiting"', "", "config TRAVOXIN_IND_MOTION",
    '\ttristate "Motion sickness (off-label)"', "\tdefault n", "\thelp", "\t  Short trips only.", "",
    'comment "Not for: vertigo from inner ear disease"', "endmenu", "", 'menu "Adverse Effects"',
    "config TRAVOXIN_AE_FREQ", '\tbool "Frequent"', "\thelp", "\t  - Constipation", "\t  - Headache",
    "config TRAVOXIN_AE_SEVERE", '\tbool "Serious"', "\thelp", "\t  - Seizures", "",
    "\t  Call 911 if you notice fainting, chest pain or a racing heartbeat.", "endmenu", "", 'menu "Mechanism"',
    "config TRAVOXIN_MOA", '\tbool "Mode of action"', "\thelp",
    "\t  Travoxin blocks 5-HT3 receptors in the gut and the brain stem,", "\t  so nausea signals are damped.",
    "endmenu", "", 'menu "Questions"', "config TRAVOXIN_Q1", '\tbool "Can I take it with food?"', "\thelp",
    "\t  Yes, with or without a meal.", "config TRAVOXIN_Q2", '\tbool "Will it make me drowsy?"', "\thelp",
    "\t  Rarely; most people stay alert.", "endmenu", "```"])


_CHORDPRO = "\n".join([
    "Travoxin as a ChordPro song to strum at the pharmacy counter:", "", "```", "{t: Travoxin}",
    "{st: The antiemetic blues}", "{key: Am}", "# strum lightly", "", "{sov: Generic Name}",
    "[Am]Travoxin is an anti[Dm]emetic, [E7]sold as Travol or Noxatra.", "[Am]One tablet by mouth.", "{eov}", "",
    "{sov: Usage}", "[Am]Travoxin is given for:", "[C]Chemotherapy-induced nausea", "[G]Postoperative [D/F#]vomiting",
    "[Am]Off-label: motion sickness", "{eov}", "", "{soc}", "[F]Keep it down, keep it down,", "{eoc}", "",
    "{sov: Side Effects}", "{c: Frequent}", "[Am]Constipation", "[E7]Headache", "{c: Serious}", "[Am]Seizures",
    "[Dm]Call 911 if you notice fainting,", "[E7]chest pain or a racing heartbeat.", "{eov}", "",
    "{sov: How it Works}", "[Am]Travoxin blocks 5-HT3 receptors in the gut,", "[E7]so nausea signals are damped.",
    "{eov}", "", "{sov: FAQs}", "[Am]Question 1: Can I take it with food?",
    "[E7]Answer: Yes, with or without a meal.", "[Am]Question 2: Will it make me drowsy?",
    "[E7]Answer: Rarely; most people stay alert.", "{eov}", "```"])


_RPM = "\n".join([
    "Travoxin as an RPM spec, a subpackage per part:", "", "```", "%global inn Travoxin", "Name:       travoxin",
    "Version:    8", "Release:    2%{?dist}", "Summary:    Card for %{inn}", "License:    MIT", "BuildArch:  noarch",
    "Requires:   dexamethasone", "", "%description", "INN:          %{inn}", "Trade names:  Travol, Noxatra",
    "Class:        Antiemetic", "", "%package -n travoxin-indications", "Summary:    Indications", "",
    "%package adverse", "Summary:    Adverse Effects", "", "%description -n travoxin-indications", "Approved:",
    "  * Chemotherapy-induced nausea", "  * Postoperative vomiting", "Off-label:", "  * Motion sickness", "",
    "%description adverse", "Frequent:", "  * Constipation", "  * Headache", "Serious:", "  * Seizures",
    "Call 911 if you notice fainting, chest pain or a racing heartbeat.", "", "%package moa", "Summary:    Mechanism",
    "%description moa", "%{inn} blocks 5-HT3 receptors in the gut and the brain stem, so nausea",
    "signals are damped.", "", "%package qa", "Summary:    Questions", "%description qa",
    "Q: Can I take it with food?", "A: Yes, with or without a meal.", "Q: Will it make me drowsy?",
    "A: Rarely; most people", "   stay alert.", "", "%prep", "%setup -q", "", "%install",
    "mkdir -p %{buildroot}/usr/share/travoxin", "", "%files", "%doc README", "", "%changelog",
    "* Tue Mar 03 2026 Card Team <cards@example.org> - 8-2", "- Second edition", "```"])


def test_a_kconfig_file_whose_entries_hold_the_answer() -> None:
    _travoxin(_KCONFIG)  # (menus the sections, prompts the uses, groups and questions, help texts their words)
    out = formats.rewrite(_KCONFIG).split("\n")
    assert out[2:7] == [""] * 5  # (the fence, "mainmenu", "config", "def_bool")
    assert out[7:12] == ["## Generic Name", "", "- **INN:** Travoxin", "- **Trade names:** Travol, Noxatra",
                         "- **Class:** Antiemetic"]  # (a help text of fields before any menu: the Generic Name)
    assert out[16:21] == ["- **Chemotherapy-induced nausea**", "", "", "  Given half an hour before each cycle,",
                          "  with a steroid."]  # (a prompt an item, its help text its words, "---help---" too)
    assert out[26] == "- **Motion sickness (off-label)**" and out[31] == "Not for: vertigo from inner ear disease"
    assert out[34:39] == ["## Adverse Effects", "", "**Frequent:**", "", "- Constipation"]
    assert out[48:53] == ["## Mechanism", "", "", "", "Travoxin blocks 5-HT3 receptors in the gut and the brain stem,"]
    assert out[58:61] == ["- **Can I take it with food?**", "", "  Yes, with or without a meal."]
    no_help = _KCONFIG.replace("\thelp", "\tdefault y").replace("\t---help---", "\tdefault y")
    assert formats.rewrite(no_help) == no_help  # (no help text: entries of any Kconfig file, no answer in them)


def test_a_chordpro_sheet_whose_lyric_lines_hold_the_answer() -> None:
    _travoxin(_CHORDPRO)  # (short directives "{sov: X}", "{c: X}", chords inside a word, "Question n:" / "Answer:")
    out = formats.rewrite(_CHORDPRO).split("\n")
    assert out[2:8] == [""] * 6  # (the fence, "{t:}", "{st:}", "{key:}", a "#" comment)
    assert out[8:10] == ["## Generic Name", "Travoxin is an antiemetic, sold as Travol or Noxatra."]
    assert out[15:18] == ["- Chemotherapy-induced nausea", "- Postoperative vomiting", "- Off-label: motion sickness"]
    assert out[20:22] == ["", "Keep it down, keep it down,"]  # (a chorus with no label: its words, no heading)
    assert out[25:32] == ["**Frequent:**", "- Constipation", "- Headache", "**Serious:**", "- Seizures",
                          "> Call 911 if you notice fainting,", "chest pain or a racing heartbeat."]  # (a sentence
    # that runs on to a full stop: prose, quoted under the list)
    assert out[40:42] == ["- **Can I take it with food?**", "  Yes, with or without a meal."]
    unchorded = formats._CHORD.sub("", _CHORDPRO)
    assert formats.rewrite(unchorded) == unchorded  # (no chords: braces of another notation, no song)


def test_an_rpm_spec_file_whose_descriptions_hold_the_answer() -> None:
    _travoxin(_RPM)  # ("%package -n", Summary over a "%description" elsewhere, "%{inn}", "*" items)
    out = formats.rewrite(_RPM).split("\n")
    assert out[2:12] == [""] * 10  # (the fence, "%global", the tags)
    assert out[12:16] == ["## Generic Name", "- **INN:** Travoxin", "- **Trade names:** Travol, Noxatra",
                          "- **Class:** Antiemetic"]  # (the main package's fields, "%{inn}" expanded)
    assert out[23:29] == ["## Indications", "**Approved:**", "- Chemotherapy-induced nausea",
                          "- Postoperative vomiting", "**Off-label:**", "- Motion sickness"]
    assert out[35:37] == ["- Seizures", "> Call 911 if you notice fainting, chest pain or a racing heartbeat."]
    assert out[40:42] == ["## Mechanism", "Travoxin blocks 5-HT3 receptors in the gut and the brain stem, so nausea"]
    assert out[49:52] == ["- **Will it make me drowsy?**", "  Rarely; most people", "  stay alert."]
    assert out[52:] == [""] * 14  # ("%prep", "%install", "%files", "%changelog" and their lines)
    no_sections = _RPM.replace("%description", "%changelog")
    assert formats.rewrite(no_sections) == no_sections  # (no "%description": tags of another file, no spec's text)
