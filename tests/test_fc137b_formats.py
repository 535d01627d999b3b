"""Answer formats firstcontact137's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a GNU recutils database, a Red block and a Solidity contract, each rewritten line for
line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _ruvotide(page: str, rare: str = "Severe"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label, one with
    a note), effects (two frequent, one severe), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Ruvotide")
    assert [b.label for b in x.brand_names] == ["Ruvexa", "Tidoral"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "potassium channel opener"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Tinnitus", None), ("Meniere's disease", None),
                                                          ("Motion sickness", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dry eyes", "Frequent", False), ("Hiccups", "Frequent", False), ("Pancreatitis", rare, True)]
    assert _mech(x) == {("activates", "KCNQ4 potassium channel")}
    assert [f.question for f in x.faqs] == ["Can I drive on it?", "Is it safe in pregnancy?"]
    return x


_RECUTILS = "\n".join([
    "```", "# ruvotide.rec", "", "# --- Generic Name ---", "%rec: Medicine", "%mandatory: Inn", "",
    "Inn: Ruvotide", "TradeName: Ruvexa", "TradeName: Tidoral", "PharmacologicClass: potassium channel opener",
    "", "# --- Usage ---", "%rec: Indication", "%type: Unlicensed bool", "", "Condition: Tinnitus",
    "Note: Adults and teenagers with hearing loss, alone or with a hearing aid", "Unlicensed: no", "",
    "Condition: Meniere's disease", "Unlicensed: no", "", "Condition: Motion sickness", "Unlicensed: yes", "",
    "# --- Side Effects ---", "%rec: AdverseReaction", "", "Name: Dry eyes", "Frequency: Frequent", "",
    "Name: Hiccups", "Frequency: Frequent", "", "Name: Pancreatitis", "Frequency: Severe", "",
    "# --- How it Works ---", "%rec: Action", "",
    "Text: Ruvotide activates the KCNQ4 potassium channel on the hair cells of", "+ the inner ear, so they fire less.",
    "", "# --- FAQs ---", "%rec: Faq", "", "Question: Can I drive on it?", "Answer: Yes, unless it makes you",
    "+ sleepy.", "", "Question: Is it safe in pregnancy?", "Answer: Ask your doctor first.", "```"])


def test_a_recutils_database() -> None:
    x = _ruvotide(_RECUTILS)
    assert x.faqs[0].answer == "Yes, unless it makes you sleepy."


def test_a_page_with_a_recutils_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nRuvotide treats tinnitus. The clinic keeps its appointments in a rec file:\n\n```\n"
            "%rec: Visit\n\nPatient: A\nDate: 2024-01-02\nDrug: Ruvotide\n\nPatient: B\nDate: 2024-01-03\n"
            "Drug: Ruvotide\n\n%rec: Room\n\nName: Blue\nFloor: 2\n```\n\n## Side Effects\n\n- Dry eyes\n")
    assert formats.rewrite(page) == page


_RED = "\n".join([
    "```red", "Rebol [", '    Title: "Ruvotide card"', "    Date: 1-Mar-2024", "]", "", "card: [",
    "    ; ---- Generic Name ----", '    inn: "Ruvotide"', '    trade-names: ["Ruvexa" "Tidoral"]',
    '    pharmacologic-class: "potassium channel opener"', "", "    ; ---- Usage ----", "    indications: [",
    '        [disease: "Tinnitus" comment: "in adults" unlicensed: no]', '        [disease: "Meniere\'s disease"]',
    '        [disease: "Motion sickness" unlicensed: yes]', "    ]", "", "    ; ---- Side Effects ----",
    "    adverse-reactions: [", '        frequent: ["Dry eyes" "Hiccups"]', '        severe: ["Pancreatitis"]',
    "    ]", "", "    ; ---- How it Works ----", "    mechanism: {Ruvotide activates the KCNQ4 potassium channel",
    "on the hair cells of the inner ear, so they fire less.}", "", "    ; ---- FAQs ----", "    questions: [",
    '        "Can I drive on it?" {Yes, unless it makes you sleepy.}',
    '        "Is it safe in pregnancy?" "Ask your doctor first."', "    ]", "]", "",
    'probe card/questions', "```"])


def test_a_red_block() -> None:
    x = _ruvotide(_RED)
    assert x.faqs[1].answer == "Ask your doctor first."


def test_a_page_with_a_red_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nRuvotide treats tinnitus. A reminder script in Red:\n\n```red\nRed [Title: \"Reminder\"]\n"
            "reminder: [\n    drug: \"Ruvotide\"\n    dose: \"5 mg\"\n    time: \"08:00\"\n    repeat: [\"daily\"]\n"
            "    sound: \"bell\"\n    label: \"Ears\"\n]\nprint reminder/drug\n```\n\n## Side Effects\n\n- Dry eyes\n")
    assert formats.rewrite(page) == page


_SOLIDITY = "\n".join([
    "```solidity", "// SPDX-License-Identifier: GPL-3.0", "pragma solidity >=0.8.0;", "",
    "contract RuvotideCard {", "    enum HowOften { Frequent, Severe }", "",
    "    struct Indication { string disease; string comment; bool unlicensed; }",
    "    struct Reaction { string symptom; HowOften howOften; }", "    struct Question { string q; string a; }", "",
    "    // ---- Generic Name ----", '    string public constant INN = "Ruvotide";',
    '    string public constant PHARMACOLOGIC_CLASS = "potassium channel opener";', "    string[] public tradeNames;",
    "", "    // ---- Usage ----", "    Indication[] public indications;", "", "    // ---- Side Effects ----",
    "    Reaction[] public adverseReactions;", "", "    // ---- How it Works ----",
    '    string public constant MECHANISM = "Ruvotide activates the KCNQ4 potassium channel on the hair cells of "',
    '        "the inner ear, so they fire less.";', "", "    // ---- FAQs ----", "    Question[] public questions;", "",
    "    constructor() {", '        tradeNames.push("Ruvexa");', '        tradeNames.push("Tidoral");',
    '        indications.push(Indication("Tinnitus", "in adults", false));',
    "        indications.push(Indication({disease: \"Meniere's disease\", comment: \"\", unlicensed: false}));",
    '        indications.push(Indication("Motion sickness", "", true));',
    '        adverseReactions.push(Reaction("Dry eyes", HowOften.Frequent));',
    '        adverseReactions.push(Reaction("Hiccups", HowOften.Frequent));',
    '        adverseReactions.push(Reaction("Pancreatitis", HowOften.Severe));',
    '        questions.push(Question("Can I drive on it?", "Yes, unless it makes you " "sleepy."));',
    '        questions.push(Question("Is it safe in pregnancy?", "Ask your doctor first."));', "    }", "",
    "    function count() external view returns (uint256) {", "        return questions.length;", "    }", "}",
    "```"])


def test_a_solidity_contract_filled_in_its_constructor() -> None:
    x = _ruvotide(_SOLIDITY)
    assert x.faqs[0].answer == "Yes, unless it makes you sleepy."


def test_a_page_with_a_solidity_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nRuvotide treats tinnitus. A pharmacy keeps its stock on chain:\n\n```solidity\n"
            "pragma solidity ^0.8.0;\n\ncontract Stock {\n    string public constant DRUG = \"Ruvotide\";\n"
            "    string public constant DOSE = \"5 mg\";\n    string public constant SHELF = \"B2\";\n"
            "    string[] public batches;\n    constructor() {\n        batches.push(\"A1\");\n"
            "        batches.push(\"A2\");\n        batches.push(\"A3\");\n    }\n}\n```\n\n"
            "## Side Effects\n\n- Dry eyes\n")
    assert formats.rewrite(page) == page
