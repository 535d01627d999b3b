"""Answer formats firstcontact144's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): an Apache Thrift IDL file whose constant holds the answer, a HOCON config and Gleam
custom types with a value of them, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _velmorast(page: str, rare: str = "Rare"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Velmorast")
    assert [b.label for b in x.brand_names] == ["Velmor", "Rastiva"]
    assert x.drug_class is not None and x.drug_class.label == "leukotriene receptor antagonist"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Asthma", None), ("Hay fever", None),
                                                          ("Chronic hives", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Stomach ache", "Frequent", False), ("Mood changes", rare, True)]
    assert _mech(x) == {("blocks", "leukotriene receptor")}
    assert [(f.question, f.answer) for f in x.faqs] == [("Can I take it with food?", "Yes, with or without food."),
                                                       ("Does it stop an attack?", "No, it only prevents them.")]
    return x


_THRIFT = "\n".join([
    "Velmorast as a Thrift file:", "", "```thrift", "# velmorast.thrift", "namespace java org.example.velmorast", "",
    "enum Often {", "  FREQUENT = 1,", "  RARE = 2", "}", "", "struct Indication {", "  1: required string disease,",
    "  2: optional string comment,", "  3: optional bool unlicensed = false", "}", "", "struct Reaction {",
    "  1: required string symptom,", "  2: required Often howOften,", "  3: optional bool serious = false", "}", "",
    "struct Card {", "  1: string inn,", "  2: list<string> tradeNames,", "  3: string pharmClass,",
    "  4: list<Indication> indications,", "  5: list<Reaction> reactions,", "  6: string action,",
    "  7: map<string, string> questions", "}", "", "const Card VELMORAST = {", "  /* ---- Generic Name ---- */",
    '  "inn": "Velmorast",', '  "tradeNames": ["Velmor", "Rastiva"],',
    '  "pharmClass": "leukotriene receptor antagonist",', "  // ---- Usage ----", '  "indications": [',
    '    {"disease": "Asthma", "comment": "to prevent attacks"},', '    {"disease": "Hay fever"},',
    '    {"disease": "Chronic hives", "unlicensed": true}', "  ],", "  // ---- Side Effects ----", '  "reactions": [',
    '    {"symptom": "Headache", "howOften": Often.FREQUENT},',
    '    {"symptom": "Stomach ache", "howOften": Often.FREQUENT},',
    '    {"symptom": "Mood changes", "howOften": Often.RARE, "serious": true}', "  ],", "  // ---- How it Works ----",
    '  "action": "Velmorast blocks the leukotriene receptor in the airways.",', "  // ---- FAQs ----",
    '  "questions": {', '    "Can I take it with food?": "Yes, with or without food.",',
    '    "Does it stop an attack?": "No, it only prevents them."', "  }", "}", "```"])


def test_a_thrift_constant_with_its_enum_values_named() -> None:
    _velmorast(_THRIFT)  # ("Often.RARE": the enum value's name, "Rare")
    assert formats.rewrite(_THRIFT).split("\n")[3:33] == [""] * 30  # (the fence, the namespace, the schema)


def test_a_markdown_answer_with_a_thrift_schema_is_left_alone() -> None:
    page = ("## Usage\n\n- Asthma\n\n## Side Effects\n\n- Headache\n\nThe same card as a Thrift constant:\n\n"
            "```thrift\nstruct Card {\n  1: string inn,\n  2: list<string> tradeNames,\n  3: string pharmClass,\n"
            "  4: list<string> uses,\n  5: list<string> sideEffects,\n  6: string action\n}\n\n"
            "const Card VELMORAST = {\n  \"inn\": \"Velmorast\",\n  \"tradeNames\": [\"Velmor\"],\n"
            "  \"pharmClass\": \"leukotriene receptor antagonist\",\n  \"uses\": [\"Asthma\"],\n"
            "  \"sideEffects\": [\"Headache\"],\n  \"action\": \"It blocks the leukotriene receptor.\"\n}\n```\n")
    assert formats.rewrite(page) == page
    assert formats._thrift(page) != page  # (the reader itself would read it: the page's headings keep it out)


_HOCON = "\n".join([
    "```", "# velmorast.conf", "velmorast {", "  # ----- Generic Name -----", "  inn = Velmorast",
    "  trade-names = [Velmor, Rastiva]", '  pharm-class: "leukotriene receptor antagonist"',
    '  forms { us = "Chewable tablets", eu = "Granules" }', "  # ----- Usage -----", "  indications {",
    "    licensed = [", '      { disease = "Asthma", comment = "to prevent attacks" }',
    '      { disease = "Hay fever" }', "    ]", '    unlicensed = [ { disease = "Chronic hives" } ]', "  }",
    "  # ----- Side Effects -----", "  adverse-reactions {", "    frequent = [", "      Headache",
    '      "Stomach ache"', "    ]", "    serious = [ Mood changes ]", "  }", "  # ----- How it Works -----",
    '  how-it-works = """Velmorast blocks', '  the leukotriene receptor in the airways."""', "  # ----- FAQs -----",
    "  questions = [", '    { q = "Can I take it with food?", a = "Yes, with or without food." }',
    '    { q = Does it stop an attack?, a = "No, it only prevents them." }', "  ]", "}", "```"])


def test_a_hocon_config() -> None:
    x = _velmorast(_HOCON, rare="Serious")  # (items one a line, unquoted strings, a string in three quotes)
    assert [f.label for f in x.formulations] == ["Chewable tablets", "Granules"]  # (an object of forms by market)
    assert formats.rewrite(_HOCON).split("\n")[24:27] == ["## How it Works", "Velmorast blocks",
                                                          "the leukotriene receptor in the airways."]


def test_hocon_members_joined_by_dots_and_plus_equals() -> None:
    page = _HOCON.replace("  forms { us = \"Chewable tablets\", eu = \"Granules\" }",
                          "  forms.us = \"Chewable tablets\"\n  forms.eu = \"Granules\"")
    page = page.replace("    serious = [ Mood changes ]", "    serious = []\n    serious += \"Mood changes\"")
    x = _velmorast(page, rare="Serious")
    assert [f.label for f in x.formulations] == ["Chewable tablets", "Granules"]


def test_a_markdown_answer_with_some_hocon_is_left_alone() -> None:
    page = ("## Usage\n\n- Asthma\n\n## Side Effects\n\n- Headache\n\nAs a config for your app:\n\n```hocon\n"
            "velmorast {\n  trade-names = [Velmor, Rastiva]\n  pharm-class = \"leukotriene receptor antagonist\"\n"
            "  usage {\n    licensed = [Asthma]\n  }\n  adverse-reactions {\n    frequent = [Headache]\n  }\n"
            "  how-it-works = \"\"\"Velmorast blocks the leukotriene receptor.\"\"\"\n}\n```\n")
    assert formats.rewrite(page) == page
    assert formats._hocon(page) != page  # (the reader itself would read it: the page's headings keep it out)


_GLEAM = "\n".join([
    "```gleam", "import gleam/option.{type Option, None, Some}", "", "pub type Often {", "  Frequent", "  Rare", "}",
    "", "pub type Indication {", "  Licensed(disease: String, comment: Option(String))",
    "  Unlicensed(disease: String, comment: Option(String))", "}", "", "pub type Reaction {",
    "  Reaction(String, Often, serious: Bool)", "}", "", "pub type Card {",
    "  Card(inn: String, trade_names: List(String), pharm_class: String, indications: List(Indication),",
    "    reactions: List(Reaction), action: String, questions: List(#(String, String)))", "}", "",
    "pub fn velmorast() -> Card {", "  Card(", "    // ---- Generic Name ----", '    inn: "Velmorast",',
    '    trade_names: ["Velmor", "Rastiva"],', '    pharm_class: "leukotriene receptor antagonist",',
    "    // ---- Usage ----", "    indications: [",
    '      Licensed(disease: "Asthma", comment: Some("to prevent attacks")),',
    '      Licensed(disease: "Hay fever", comment: None),',
    '      Unlicensed(disease: "Chronic hives", comment: None),', "    ],", "    // ---- Side Effects ----",
    "    reactions: [", '      Reaction("Headache", Frequent, serious: False),',
    '      Reaction("Stomach ache", Frequent, serious: False),',
    '      Reaction("Mood changes", Rare, serious: True),', "    ],", "    // ---- How it Works ----",
    '    action: "Velmorast blocks the leukotriene receptor "', '      <> "in the airways.",',
    "    // ---- FAQs ----", "    questions: [", '      #("Can I take it with food?", "Yes, with or without food."),',
    '      #("Does it stop an attack?", "No, it only " <> "prevents them."),', "    ],", "  )", "}", "```"])


def test_gleam_custom_types_and_a_value_of_them() -> None:
    _velmorast(_GLEAM)  # (arguments by position named by their fields, "Unlicensed(...)" an off-label use, "<>")
    assert formats.rewrite(_GLEAM).split("\n")[:24] == [""] * 24  # (the fence, the import, the types)


def test_gleam_values_named_by_a_let_and_a_function() -> None:
    lines = _GLEAM.split("\n")
    page = "\n".join([*lines[:22], "fn indications() -> List(Indication) {", "  [", *lines[30:33], "  ]", "}", "",
                      "pub fn main() {", "  let reactions = [", *lines[36:39], "  ]", "  let card = Card(",
                      *lines[24:28], "    indications: indications(),", "    reactions: reactions,", *lines[40:49],
                      "  io.debug(card)", "}", "```"])
    _velmorast(page)  # ("indications()", "reactions": the values the function and the "let" give)


def test_a_markdown_answer_with_a_gleam_value_is_left_alone() -> None:
    page = ("## Usage\n\n- Asthma\n\n## Side Effects\n\n- Headache\n\nIn Gleam:\n\n```gleam\n"
            "pub type Often {\n  Frequent\n}\n\npub type Card {\n  Card(inn: String, trade_names: List(String))\n}\n\n"
            "pub fn velmorast() -> Card {\n  Card(\n    inn: \"Velmorast\",\n    trade_names: [\"Velmor\"],\n"
            "    pharm_class: \"leukotriene receptor antagonist\",\n    uses: [\"Asthma\"],\n"
            "    side_effects: [\"Headache\"],\n    action: \"It blocks the leukotriene receptor.\",\n  )\n}\n```\n")
    assert formats.rewrite(page) == page
    assert formats._gleam(page) != page  # (the reader itself would read it: the page's headings keep it out)
