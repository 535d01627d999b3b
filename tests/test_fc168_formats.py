"""Answer formats firstcontact168's pages showed the reader had never seen (helper A's three), pinned on invented pages
(another drug, other words, other key names): a Modelica class whose constants hold the answer, an Isabelle/HOL
theory whose definitions hold it, and a REXX program that fills one stem with it, each rewritten line for line
(:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _kalmistra(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target, questions and a sign as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Kalmistra")
    assert [b.label for b in x.brand_names] == ["Kalmix", "Nauvella"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "antiemetic"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Chemotherapy-induced nausea", None),
                                                          ("Postoperative vomiting", None),
                                                          ("Motion sickness", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Constipation", "Frequent", False), ("Headache", "Frequent", False),
        ("Irregular heartbeat", "Serious", True)]
    assert ("blocks", "5-HT3 receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I drive after a dose?", "Does it make me sleepy?"]
    assert "fainting" in [s.label for s in x.serious_signs]
    return x


_MODELICA = "\n".join([
    "Here is Kalmistra as a Modelica model; the enumerations tag each indication and reaction.", "",
    "```modelica", "within Pharmacy.Antiemetics;", "", 'model KalmistraCard "Kalmistra drug card"',
    '  type Licence = enumeration(Licensed "In the label", Unlicensed "Outside the label");',
    "  type Band = enumeration(Frequent, Serious);", "", "  record Indication", "    String disease;",
    "    Licence licence = Licence.Licensed;", '    String comment = "";', "  end Indication;", "",
    "  record Reaction", "    String effect;", "    Band band;", "  end Reaction;", "",
    "  record Qa", "    String q;", "    String a;", "  end Qa;", "",
    "  // ---- Generic Name ----", '  constant String inn = "Kalmistra" "International name";',
    '  constant String tradeNames[2] = {"Kalmix", "Nauvella"} "Trade names";',
    '  constant String pharmClass = "Antiemetic";', "", "  // ---- Usage ----",
    "  constant Indication indications[:] = {",
    '    Indication(disease = "Chemotherapy-induced nausea", comment = "Given before each cycle"),',
    '    Indication(disease = "Postoperative vomiting"),',
    '    Indication(disease = "Motion sickness", licence = Licence.Unlicensed,',
    '               comment = "Small trials on ships")};',
    '  constant String notUsedIn[:] = {"Long QT syndrome"};', "", "  // ---- Side Effects ----",
    "  constant Reaction reactions[:] = {", '    Reaction("Constipation", Band.Frequent),',
    '    Reaction("Headache", Band.Frequent),', '    Reaction("Irregular heartbeat", Band.Serious)};',
    '  constant String getHelp = "Get help at once for fainting, "', '    + "chest pain or a racing heartbeat.";', "",
    "  // ---- FAQs ----", "  constant Qa questions[:] = {",
    '    Qa(q = "Can I drive after a dose?", a = "Yes, unless it makes you dizzy."),',
    '    Qa(q = "Does it make me sleepy?", a = "Rarely; it does not act on histamine.")};', "",
    '  annotation(Documentation(info = "<html>', "<h3>How it Works</h3>",
    "<p>Kalmistra blocks 5-HT3 receptors in the gut and the brain stem,",
    "so the vomiting reflex is damped.</p>", '</html>"));', "end KalmistraCard;", "```", "",
    "An indication that leaves `licence` out is licensed."])


def test_a_modelica_model_whose_constants_hold_the_answer() -> None:
    _kalmistra(_MODELICA)  # ("licence" keyed by its enumeration type; 'Reaction("Headache", Band.Frequent)' by
    out = formats.rewrite(_MODELICA).split("\n")  # position; the description strings aside)
    assert out[26:28] == ["**Kalmistra**", "- **Brand names:** Kalmix, Nauvella"]  # (no description string)
    assert out[34:36] == ["- **Motion sickness** (off-label)", "  \u2013 Small trials on ships"]
    assert out[52:55] == ["## How it Works", "Kalmistra blocks 5-HT3 receptors in the gut and the brain stem,",
                          "so the vomiting reflex is damped."]  # (the Documentation's HTML: its heading, its text)
    assert out[2:25] == [""] * 23 and out[55:59] == [""] * 4  # (the fence, the types, the records, the end)
    unclosed = _MODELICA.replace("end ", "// ")
    assert formats.rewrite(unclosed) == unclosed  # (no class closed by its "end": no Modelica)


_ISABELLE = "\n".join([
    "The Kalmistra card as an Isabelle/HOL theory:", "", "```isabelle", "theory Kalmistra_Card",
    "  imports Main", "begin", "", "datatype licence = Licensed | Unlicensed", "datatype band = Frequent | Serious",
    "", "record indication =", "  disease :: string", "  licence :: licence", "  comment :: string", "",
    "section \\<open>Generic Name\\<close>", "", "definition inn :: string where", "  \"inn = ''Kalmistra''\"",
    "definition \"trade_names = [''Kalmix'', ''Nauvella'']\"",
    "definition pharm_class :: string where \"pharm_class \\<equiv> ''Antiemetic''\"", "",
    "section \\<open>Usage\\<close>", "", "definition indications :: \"indication list\" where",
    "  \"indications = [", "     \\<lparr>disease = ''Chemotherapy-induced nausea'', licence = Licensed,",
    "      comment = ''Given before each cycle''\\<rparr>,",
    "     \\<lparr>disease = ''Postoperative vomiting'', licence = Licensed, comment = ''''\\<rparr>,",
    "     \\<lparr>disease = ''Motion sickness'', licence = Unlicensed, comment = ''Small trials on ships''\\<rparr>",
    "   ]\"", "", "definition not_used_in :: \"string list\" where \"not_used_in = [''Long QT syndrome'']\"", "",
    "section \\<open>Side Effects\\<close>", "", "definition reactions :: \"(string \\<times> band) list\" where",
    "  \"reactions = [(''Constipation'', Frequent), (''Headache'', Frequent),",
    "                (''Irregular heartbeat'', Serious)]\"", "", "definition get_help :: string where",
    "  \"get_help = ''Get help at once for fainting, chest pain or a racing heartbeat.''\"",
    "", "section \\<open>How it Works\\<close>", "", "text \\<open>",
    "  Kalmistra blocks 5-HT3 receptors in the gut and the brain stem,", "  so the vomiting reflex is damped.",
    "\\<close>", "", "section \\<open>FAQs\\<close>", "",
    "definition questions :: \"(string \\<times> string) list\" where",
    "  \"questions = [(''Can I drive after a dose?'', ''Yes, unless it makes you dizzy.''),",
    "                (''Does it make me sleepy?'', ''Rarely; it does not act on histamine.'')]\"", "",
    "lemma \"length questions = 2\" by (simp add: questions_def)", "", "end", "```"])


def test_an_isabelle_theory_whose_definitions_hold_the_answer() -> None:
    _kalmistra(_ISABELLE)  # (ASCII symbols; a definition with no type; "\<equiv>"; pairs of a question and answer)
    out = formats.rewrite(_ISABELLE).split("\n")
    assert out[15] == "## Generic Name" and out[18:20] == ["**Kalmistra**", "- **Brand names:** Kalmix, Nauvella"]
    assert out[28:30] == ["- **Postoperative vomiting**",  # (its empty note "''''" nothing)
                          "- **Motion sickness** (off-label) \u2013 Small trials on ships"]
    assert out[37] == "- **Frequent:** Constipation; Headache"  # (two pairs on one line)
    assert out[46:48] == ["Kalmistra blocks 5-HT3 receptors in the gut and the brain stem,",
                          "so the vomiting reflex is damped."]  # (the text block)
    assert out[2:15] == [""] * 13 and out[55:60] == [""] * 5  # (the fence, the types, the lemma, "end")
    hol = _ISABELLE.replace("theory Kalmistra_Card", "(* card *)").replace(", comment = ''''", "")
    assert formats.rewrite(hol) == hol  # (no theory header: no Isabelle)


_REXX = "\n".join([
    "Kalmistra as a REXX program that fills the stem CARD.:", "", "```rexx", "/* REXX: the Kalmistra card */",
    "CARD. = ''", "/* ---- Generic Name ---- */", 'CARD.INN = "Kalmistra"', "CARD.TRADE.0 = 2",
    'CARD.TRADE.1 = "Kalmix"', 'CARD.TRADE.2 = "Nauvella"', 'CARD.PHARMCLASS = "Antiemetic"', "",
    "/* ---- Usage ---- */", "CARD.IND.0 = 3",
    'CARD.IND.1.DISEASE = "Chemotherapy-induced nausea"; CARD.IND.1.LICENCE = "licensed"',
    'CARD.IND.2.DISEASE = "Postoperative vomiting"; CARD.IND.2.LICENCE = "licensed"',
    'CARD.IND.3.DISEASE = "Motion sickness"; CARD.IND.3.LICENCE = "unlicensed"',
    'CARD.IND.3.COMMENT = "Small trials " || "on ships"', 'CARD.NOTUSEDIN.1 = "Long QT syndrome"', "",
    "/* ---- Side Effects ---- */", 'CARD.REACTION.FREQUENT.1 = "Constipation"',
    'CARD.REACTION.FREQUENT.2 = "Headache"', 'CARD.REACTION.SERIOUS.1 = "Irregular heartbeat"',
    'CARD.GETHELP = "Get help at once for fainting,",', '               "chest pain or a racing heartbeat."', "",
    "/* ---- How it Works ---- */", 'CARD.ACTION = "Kalmistra blocks 5-HT3 receptors in the gut and the",',
    '              "brain stem, so the vomiting reflex is damped."', "", "/* ---- FAQs ---- */",
    'CARD.QA.1.Q = "Can I drive after a dose?"', 'CARD.QA.1.A = "Yes, unless it makes you dizzy."',
    'CARD.QA.2.Q = "Does it make me sleepy?"', 'CARD.QA.2.A = "Rarely; it does not act on histamine."', "",
    "DO i = 1 TO CARD.IND.0", "  SAY CARD.IND.i.DISEASE", "END", "EXIT 0", "```"])


def test_a_rexx_stem_filled_with_the_answer() -> None:
    _kalmistra(_REXX)  # (a tail in words of its own, "LICENCE", read by its value; groups as tails; "||" and ",")
    out = formats.rewrite(_REXX).split("\n")
    assert out[8:10] == ["- **Brand names:** Kalmix", "- **Brand names:** Nauvella"]  # (the ".0" count aside)
    assert out[16:18] == ["- **Motion sickness** (off-label)", "  \u2013 Small trials on ships"]  # ("||": no blank)
    assert out[24:26] == ["- **Seek help:** Get help at once for fainting,", "  chest pain or a racing heartbeat."]
    assert out[2:5] == ["", "", ""] and out[36:42] == [""] * 6  # (the fence, the header, "CARD. = ''", the loop)
    rexx = _REXX.replace("```rexx", "```").replace("/* REXX:", "/*").replace("DO i = 1 TO CARD.IND.0", "") \
        .replace("  SAY CARD.IND.i.DISEASE", "").replace("END", "").replace("EXIT 0", "")
    assert formats.rewrite(rexx) == rexx  # (no REXX header, fence, SAY or EXIT: dotted assignments of any language)
