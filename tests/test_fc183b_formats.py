"""Answer formats firstcontact183's pages showed the reader had never seen (helper B's three), pinned on invented pages
(another drug, other words, other key names): a Robot Framework suite whose variable table holds the answer, a Twee
(Twine) story whose passages hold it, in Harlowe's markup and in SugarCube's, and a Vim help file, each rewritten line
for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _halmetrine(page: str, group: str = "Frequent"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two of ``group``, one serious), target, questions and seek-help signs as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Halmetrine")
    assert [b.label for b in x.brand_names] == ["Halmex", "Trinovan"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "dopamine antagonist"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Vertigo", None), ("Gastroparesis", None),
                                                          ("Hiccups", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Restlessness", group, False), ("Tiredness", group, False), ("Muscle spasms", "Serious", True)]
    assert ("blocks", "D2 receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I take it with alcohol?", "How long can I use it?"]
    assert [f.answer for f in x.faqs] == ["No, alcohol makes the tiredness worse.",
                                          "No longer than five days in a row."]
    assert [s.label for s in x.serious_signs] == ["stiff neck", "high fever", "jerky movements of the face"]
    return x


_ROBOT = "\n".join([
    "Below is Halmetrine's card as a Robot Framework resource; its values live in the variable table.", "",
    "```robot", "*** Settings ***", "Documentation    Reference card for halmetrine.",
    "...              Checked by the keyword below.", "Resource         common.resource", "",
    "*** Variables ***", "${INN}                        Halmetrine", "@{TRADE_NAMES}                Halmex    Trinovan",
    "${PHARM_CLASS}                Dopamine antagonist",
    "${USES_SUMMARY}               Halmetrine settles the stomach and the balance organ of the inner ear;",
    "...                           it is given for a short time only.",
    "@{INDICATIONS}                Vertigo", "...                           Gastroparesis",
    "@{UNLICENSED_INDICATIONS}     Hiccups", "@{NEVER_FOR}                  Parkinson's disease",
    "@{ADVERSE_EFFECTS_FREQUENT}   Restlessness    Tiredness", "@{ADVERSE_EFFECTS_SERIOUS}    Muscle spasms",
    "${WHEN_TO_CALL_A_DOCTOR}      Call your doctor at once if you get a stiff neck,",
    "...                           a high fever or jerky movements of the face.",
    "${MECHANISM}                  ${INN} blocks the D2 receptor in the brain's vomiting centre.",
    "&{FAQ1}    q=Can I take it with alcohol?    a=No, alcohol makes", "...        the tiredness worse.",
    "&{FAQ2}    q=How long can I use it?", "...        a=No longer than five days in a row.",
    "@{ALL_FAQS}    ${FAQ1}    ${FAQ2}", "", "*** Keywords ***", "Card Is Complete",
    "    Should Not Be Empty    ${INDICATIONS}", "    Length Should Be    ${ALL_FAQS}    2", "```"])


def test_a_robot_framework_variable_table_with_no_section_comments() -> None:
    _halmetrine(_ROBOT)  # (no comment names a section: each variable's name names it, "@{ADVERSE_EFFECTS_FREQUENT}"
    # the group "Frequent" of Side Effects, "@{UNLICENSED_INDICATIONS}" off-label uses, "&{FAQ1}" a question; "..."
    # rows continue a list, a string and a dictionary's value; "${INN}" in a string its value)
    out = formats.rewrite(_ROBOT).split("\n")
    assert out[2:10] == [""] * 6 + ["## Generic Name", "**Halmetrine**"]  # (the fence, the settings and the
    # table's header; the section's heading on the free line before its first fact)
    assert out[14:17] == ["- **Vertigo**", "- **Gastroparesis**", "- **Hiccups** (off-label)"]
    assert out[17] == "> It is not used for parkinson's disease"  # ("NEVER_FOR": a negation)
    assert out[18:21] == ["> **Side Effects:** **Frequent:** Restlessness; Tiredness", "- **Serious:** Muscle spasms",
                          "- **Seek help:** Call your doctor at once if you get a stiff neck,"]  # (no free line
    # before the section's first fact: its label run in)
    assert out[-7:] == [""] * 7  # (the list of references to the questions, the keywords and the fence)


def test_a_robot_framework_variable_table_under_section_comments() -> None:
    titles = {"${INN}": "Generic Name", "${USES_SUMMARY}": "Usage", "@{ADVERSE_EFFECTS_FREQUENT}": "Side Effects",
              "${MECHANISM}": "How it Works", "&{FAQ1}": "FAQs"}
    page = "\n".join(f"# ===== {titles[line.split()[0]]} =====\n{line}" if line.split()[:1] and
                      line.split()[0] in titles else line for line in _ROBOT.split("\n"))
    _halmetrine(page)  # (each comment a section's heading, the names' words that repeat it dropped)
    out = formats.rewrite(page).split("\n")
    assert out[8:11] == ["", "## Generic Name", "**Halmetrine**"]
    assert out[20:22] == ["## Side Effects", "- **Frequent:** Restlessness; Tiredness"]


def test_a_markdown_answer_that_quotes_robot_framework_is_left_alone() -> None:
    page = "## Usage\n\n- Vertigo\n\n## Side Effects\n\n- Tiredness\n\nThe same in Robot Framework:\n\n" + _ROBOT
    assert formats.rewrite(page) == page
    assert formats._robot(page) != page  # (the reader itself would read it: the page's headings keep it out)


_HARLOWE = "\n".join([
    "Halmetrine as an interactive Twine story (Twee 3, Harlowe):", "", "```twee", ":: StoryTitle", "Halmetrine card",
    "", ":: StoryData", "{", '  "ifid": "0F6A1B2C-3D4E-4F50-8A6B-7C8D9E0F1A2B",', '  "format": "Harlowe",',
    '  "format-version": "3.3.8"', "}", "", ":: Menu", "(set: $seen to 0)", "# Halmetrine", "Choose a topic:",
    "[[Names->Generic Name]] | [[Usage]] | [[Side Effects]] | [[How it Works]] | [[FAQs]]", "",
    ":: Generic Name [topic]", "''Generic name:'' Halmetrine", "''Brand names:'' Halmex, Trinovan",
    "''Drug class:'' Dopamine antagonist", "[[Menu<-Back]]", "", ":: Usage [topic]", "Used for:", "* ''Vertigo''",
    "* ''Gastroparesis''", "* ''Hiccups'' //(off-label)//", "[[Menu<-Back]]", "", ":: Side Effects [topic]",
    "(set: $seen to it + 1)", "## Frequent", "* Restlessness", "* Tiredness", "## Serious", "* Muscle spasms", "",
    "Call your doctor at once if you get a stiff neck, a high fever or jerky movements of the face.",
    "[[Menu<-Back]]", "", ":: How it Works [topic]",
    "Halmetrine blocks the D2 receptor in the brain's vomiting centre.", "", ":: FAQs [topic]",
    "* [[Can I take it with alcohol?]]", "* [[How long can I use it?]]", "",
    ":: Can I take it with alcohol? [faq]", "No, alcohol makes the tiredness worse.", "[[FAQs<-Back]]", "",
    ":: How long can I use it? [faq]", "No longer than five days in a row.", "[[FAQs<-Back]]", "```"])


def test_a_twee_story_in_harlowe() -> None:
    _halmetrine(_HARLOWE)  # (a passage that names a section its heading, one whose name asks a question a question
    # over its answer; Harlowe's "## Frequent" a group's heading a level under its passage's; "''X:'' value" a field)
    out = formats.rewrite(_HARLOWE).split("\n")
    assert out[2:13] == [""] * 11  # (the fence, StoryTitle and StoryData)
    assert out[13:18] == ["## Menu", "", "### Halmetrine", "Choose a topic:", ""]  # (a macro and a menu of links
    # blank)
    assert out[19:21] == ["## Generic Name", "- **Generic name:** Halmetrine"]
    assert out[29:31] == ["* **Hiccups** *(off-label)*", ""]  # (a link back blank)
    assert out[32:35] == ["## Side Effects", "", "### Frequent"]
    assert out[46:51] == ["## FAQs", "", "", "", "### Can I take it with alcohol?"]


def test_a_twee_story_in_sugarcube_with_questions_under_no_faqs_passage() -> None:
    page = "\n".join([
        "A SugarCube version of the Halmetrine story:", "", "```twee",
        ':: StoryData', '{"ifid": "9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D", "format": "SugarCube", "start": "Intro"}',
        "", ":: StoryInit", "<<set $visits to 0>>", "", ":: Intro", "!Halmetrine card",
        "[[Generic Name]] - [[Usage]] - [[Side Effects]] - [[How it Works]]", "", ":: Generic Name [info]",
        "''Generic name:'' Halmetrine", "''Brand names:'' Halmex, Trinovan", "''Drug class:'' Dopamine antagonist", "",
        ":: Usage [info]", "<<set $visits++>>", "# ''Vertigo''", "# ''Gastroparesis''", "# ''Hiccups'' //(off-label)//",
        "", ":: Side Effects [info]", "!!Frequent", "* Restlessness", "* Tiredness", "!!Serious", "* Muscle spasms", "",
        "@@.warning;Call your doctor at once if you get a stiff neck, a high fever or jerky movements of the face.@@",
        "", ":: How it Works [info]",
        "Halmetrine blocks the D2 receptor in the brain's vomiting centre.<<if $visits gt 1>> Read before.<</if>>", "",
        ":: Can I take it with alcohol? [faq]", "No, alcohol makes the tiredness worse.", "[[Back->Intro]]", "",
        ":: How long can I use it? [faq]", "No longer than five days in a row.", "[[Back->Intro]]", "```"])
    _halmetrine(page)  # (SugarCube's "!!Frequent" a group's heading, "# X" a numbered item, "@@.class;X@@" its words;
    # the questions' passages under a heading "## FAQs" on the free line before the first)
    out = formats.rewrite(page).split("\n")
    assert out[7] == ""  # (StoryInit's macro)
    assert out[9:13] == ["", "### Halmetrine card", "", ""]  # (the start passage's header and its links)
    assert out[20] == "1. **Vertigo**"
    assert out[31] == "Call your doctor at once if you get a stiff neck, a high fever or jerky movements of the face."
    assert out[34:37] == ["Halmetrine blocks the D2 receptor in the brain's vomiting centre. Read before.", "## FAQs",
                          "### Can I take it with alcohol?"]


def test_a_markdown_answer_that_quotes_a_twee_story_is_left_alone() -> None:
    page = "## Usage\n\n- Vertigo\n\n## Side Effects\n\n- Tiredness\n\nThe same as a Twine story:\n\n" + _HARLOWE
    assert ":: Usage [topic]" in formats.rewrite(page)  # (the story not read as the answer)
    assert formats._twee(page) != page


_VIMHELP = "\n".join([
    "Here is the card as a Vim help file (save it under `doc/` and run `:helptags`).", "", "```vimhelp",
    "*halmetrine.txt*  Card for halmetrine, an antiemetic", "", "=" * 78, "AT A GLANCE\t\t\t\t\t\t*halmetrine*", "",
    "Name:\t\tHalmetrine", "Trade names:\tHalmex, Trinovan", "Class:\t\tDopamine antagonist", "",
    "See |halmetrine-faq| for questions.", "", "=" * 78, "USAGE\t\t\t\t\t\t\t*halmetrine-usage*", "",
    "Licensed uses ~", "- Vertigo", "- Gastroparesis", "", "Off-label ~", "- Hiccups", "", "=" * 78,
    "SIDE EFFECTS\t\t\t\t\t\t*halmetrine-adverse*", "", "Frequent ~", "* Restlessness", "* Tiredness", "",
    "Serious ~", "* Muscle spasms", "", "Call your doctor at once if you get a stiff neck, a high fever or jerky",
    "movements of the face.", "", "=" * 78, "MECHANISM\t\t\t\t\t\t*halmetrine-mechanism*", "",
    "Halmetrine blocks the D2 receptor in the brain's vomiting centre.", "", "=" * 78,
    "QUESTIONS\t\t\t\t\t\t*halmetrine-faq*", "", "Can I take it with alcohol?\t\t\t\t*halmetrine-alcohol*",
    "\tNo, alcohol makes the tiredness worse.", "", "How long can I use it?\t\t\t\t\t*halmetrine-duration*",
    "\tNo longer than five days in a row.", "", " vim:tw=78:ts=8:noet:ft=help:norl:", "```"])


def test_a_vim_help_file() -> None:
    _halmetrine(_VIMHELP)  # (a line with a tag at its end a heading, "Frequent ~" a group's, a tagged line that asks
    # a question one over its indented answer, "Label:<Tab>value" a field; the first line, rules and modeline blank)
    out = formats.rewrite(_VIMHELP).split("\n")
    assert out[2:7] == ["", "", "", "", "## AT A GLANCE"]
    assert out[8] == "- **Name:** Halmetrine"
    assert out[12] == "See halmetrine-faq for questions."  # (a link its words)
    assert out[17] == "### Licensed uses"
    assert out[45:47] == ["- **Can I take it with alcohol?**", "  No, alcohol makes the tiredness worse."]
    assert out[-2:] == ["", ""]


def test_a_markdown_answer_that_quotes_a_vim_help_file_is_left_alone() -> None:
    page = "## Usage\n\n- Vertigo\n\n## Side Effects\n\n- Tiredness\n\nThe same as Vim help:\n\n" + _VIMHELP
    assert formats.rewrite(page) == page
    assert formats._vimhelp(page) != page
