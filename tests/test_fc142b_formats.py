"""Answer formats firstcontact142's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): Swift structs and a memberwise initialiser, a Go composite literal and an ABAP report's
data (a VALUE constructor expression, or statements that fill a structure), each rewritten line for line
(:mod:`kg.formats`)."""
from __future__ import annotations

import pytest

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _felmodrine(page: str, rare: str = "Serious"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Felmodrine")
    assert [b.label for b in x.brand_names] == ["Felmora", "Drinex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "calcium channel blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Angina", None),
                                                          ("Raynaud's phenomenon", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Ankle swelling", "Frequent", False), ("Flushing", "Frequent", False), ("Liver injury", rare, True)]
    assert _mech(x) == {("blocks", "L-type calcium channel")}
    assert [(f.question, f.answer) for f in x.faqs] == [
        ("Can I drink grapefruit juice?", "No, it raises the drug's level."),
        ("How long until it works?", "About one week.")]
    return x


_SWIFT = "\n".join([
    "```swift", "import Foundation", "", "// MARK: - Schema", "", "enum Rate: String {",
    '    case often = "Frequent"', '    case seldom = "Rare"', "}", "", "struct Indication {",
    "    let disease: String",
    '    var comment: String = ""', "    var unlicensed: Bool = false", "}", "", "struct Reaction {",
    "    let symptom: String", "    let howOften: Rate", "    var serious: Bool = false", "",
    "    init(_ symptom: String, _ howOften: Rate, serious: Bool = false) {", "        self.symptom = symptom",
    "        self.howOften = howOften", "        self.serious = serious", "    }", "}", "", "struct Leaflet {",
    "    let inn: String", "    let tradeNames: [String]", "    let pharmClass: String",
    "    let indications: [Indication]", "    let notFor: [String]", "    let reactions: [Reaction]",
    "    let action: String", "    let questions: [(String, String)]", "}", "", "let felmodrine = Leaflet(",
    '    inn: "Felmodrine",', '    tradeNames: ["Felmora", "Drinex"],', '    pharmClass: "Calcium channel blocker",',
    "    // Usage", "    indications: [",
    '        Indication(disease: "High blood pressure", comment: "alone or with a diuretic"),',
    '        Indication(disease: "Angina"),', "        Indication(disease: \"Raynaud's phenomenon\", unlicensed: true)",
    "    ],", '    notFor: ["Migraine", "Heart failure"],', "    // Side Effects", "    reactions: [",
    '        Reaction("Ankle swelling", .often),', '        Reaction("Flushing", Rate.often),',
    '        Reaction("Liver injury", .seldom, serious: true)', "    ],", "    // How it Works", '    action: """',
    "        Felmodrine blocks L-type calcium channels in the smooth \\", "        muscle of the arteries.",
    '        """,', "    questions: [",
    '        ("Can I drink grapefruit juice?", "No, it raises the drug\'s level."),',
    '        ("How long until it works?", "About one week.")', "    ]", ")", "", "print(felmodrine.inn)", "```"])


def test_swift_structs_and_a_memberwise_initialiser() -> None:
    _felmodrine(_SWIFT, rare="Rare")  # ("Frequent" and "Rare" the raw values of ".often" and ".seldom")
    out = formats.rewrite(_SWIFT).split("\n")
    assert out[:39] == [""] * 39  # (the fence, the import, the schema)
    assert out[58:60] == ["Felmodrine blocks L-type calcium channels in the smooth", "muscle of the arteries."]
    assert out[49] == "It is not used for migraine, Heart failure"  # (one negation, no use)


_GO = "\n".join([
    "```go", "package leaflet", "", "type Severity string", "", "const (", '\tFrequent Severity = "Frequent"',
    '\tRare     Severity = "Rare"', ")", "", "type Indication struct {", "\tDisease    string", "\tComment    string",
    "\tUnlicensed bool", "}", "", "type Reaction struct {", "\tSymptom string", "\tOften   Severity",
    "\tSerious bool", "}", "", "type QA struct{ Q, A string }", "", "type Leaflet struct {", "\tInn         string",
    "\tTradeNames  []string", "\tPharmClass  string", "\tIndications []Indication", "\tNotFor      []string",
    "\tReactions   []Reaction", "\tAction      string", "\tQuestions   []QA", "}", "",
    "// Felmodrine is the leaflet's data.", "var Felmodrine = Leaflet{", '\tInn:        "Felmodrine",',
    '\tTradeNames: []string{"Felmora", "Drinex"},', '\tPharmClass: "Calcium channel blocker",', "\t// ---- Usage ----",
    "\tIndications: []Indication{", '\t\t{Disease: "High blood pressure", Comment: "alone or with a diuretic"},',
    '\t\t{Disease: "Angina"},', "\t\t{Disease: \"Raynaud's phenomenon\", Unlicensed: true},", "\t},",
    '\tNotFor: []string{"Migraine", "Heart failure"},', "\t// ---- Side Effects ----", "\tReactions: []Reaction{",
    '\t\t{"Ankle swelling", Frequent, false},', '\t\t{"Flushing", Frequent, false},',
    '\t\t{"Liver injury", Rare, true},',
    "\t},", "\t// ---- How it Works ----", '\tAction: "Felmodrine blocks L-type calcium channels " +',
    '\t\t"in the smooth muscle of the arteries.",', "\tQuestions: []QA{",
    '\t\t{"Can I drink grapefruit juice?", "No, it raises the drug\'s level."},',
    '\t\t{"How long until it works?", `About one week.`},', "\t},", "}", "", "func main() {}", "```"])


def test_a_go_composite_literal_with_elements_by_position() -> None:
    _felmodrine(_GO, rare="Rare")  # ('{"Liver injury", Rare, true}': Symptom, the Severity, Serious)
    out = formats.rewrite(_GO).split("\n")
    assert out[:36] == [""] * 36 and out[-3:] == [""] * 3  # (the fence, the types, the constants, main)
    assert out[49:52] == ["- **Frequent:** Ankle swelling", "- **Frequent:** Flushing",
                          "- Liver injury (rare, serious)"]


_ABAP = "\n".join([
    "```abap", "REPORT zleaflet_felmodrine.", "", "TYPES: BEGIN OF ty_indication,", "         disease    TYPE string,",
    "         comment    TYPE string,", "         unlicensed TYPE abap_bool,", "       END OF ty_indication,",
    "       BEGIN OF ty_reactions,", "         how_often TYPE string,", "         symptoms  TYPE string_table,",
    "       END OF ty_reactions,", "       BEGIN OF ty_qa,", "         q TYPE string,", "         a TYPE string,",
    "       END OF ty_qa,", "       BEGIN OF ty_leaflet,", "         inn         TYPE string,",
    "         trade_names TYPE string_table,", "         pharm_class TYPE string,",
    "         indications TYPE STANDARD TABLE OF ty_indication WITH EMPTY KEY,",
    "         reactions   TYPE STANDARD TABLE OF ty_reactions WITH EMPTY KEY,", "         action      TYPE string,",
    "         questions   TYPE STANDARD TABLE OF ty_qa WITH EMPTY KEY,", "       END OF ty_leaflet.", "",
    "DATA(ls_leaflet) = VALUE ty_leaflet(", "  inn         = 'Felmodrine'",
    "  trade_names = VALUE #( ( `Felmora` ) ( `Drinex` ) )", "  pharm_class = `Calcium channel blocker`",
    '  " ===== Usage =====', "  indications = VALUE #(",
    "    ( disease = `High blood pressure` comment = `alone or with a diuretic` )", "    ( disease = `Angina` )",
    "    ( disease = 'Raynaud''s phenomenon' unlicensed = abap_true ) )", '  " ===== Side Effects =====',
    "  reactions = VALUE #(",
    "    ( how_often = `Frequent` symptoms = VALUE #( ( `Ankle swelling` ) ( `Flushing` ) ) )",
    "    ( how_often = `Serious` symptoms = VALUE #( ( `Liver injury` ) ) ) )", '  " ===== How it Works =====',
    "  action = |Felmodrine blocks L-type calcium channels in the smooth | &&", "           |muscle of the arteries.|",
    '  " ===== FAQs =====', "  questions = VALUE #(",
    "    ( q = `Can I drink grapefruit juice?` a = `No, it raises the drug's level.` )",
    "    ( q = `How long until it works?` a = `About one week.` ) ) ).", "", "cl_demo_output=>display( ls_leaflet ).",
    "```"])


def test_an_abap_value_constructor_expression() -> None:
    _felmodrine(_ABAP)
    out = formats.rewrite(_ABAP).split("\n")
    assert out[:26] == [""] * 26 and out[-3:] == [""] * 3  # (the fence, the report, the types, the display)
    assert out[30] == "## Usage" and out[37] == "- **Frequent:** Ankle swelling; Flushing"


_ABAP_STATEMENTS = "\n".join([
    "```abap", "* Felmodrine leaflet", "REPORT zleaflet.", "", "DATA ls_leaflet TYPE zleaflet.", "",
    "START-OF-SELECTION.", "  ls_leaflet-inn = 'Felmodrine'.", "  APPEND 'Felmora' TO ls_leaflet-trade_names.",
    "  APPEND 'Drinex' TO ls_leaflet-trade_names.", "  ls_leaflet-pharm_class = 'Calcium channel blocker'.",
    '  " ===== Usage =====', "  APPEND VALUE #( disease = 'High blood pressure' comment = 'alone or with a diuretic' )",
    "    TO ls_leaflet-indications.", "  APPEND VALUE #( disease = 'Angina' ) TO ls_leaflet-indications.",
    "  APPEND VALUE #( disease = 'Raynaud''s phenomenon' unlicensed = abap_true ) TO ls_leaflet-indications.",
    '  " ===== Side Effects =====',
    "  APPEND VALUE #( how_often = 'Frequent' symptoms = VALUE #( ( `Ankle swelling` ) ( `Flushing` ) ) )",
    "    TO ls_leaflet-reactions.",
    "  APPEND VALUE #( how_often = 'Serious' symptoms = VALUE #( ( `Liver injury` ) ) ) TO ls_leaflet-reactions.",
    '  " ===== How it Works =====',
    "  ls_leaflet-action = `Felmodrine blocks L-type calcium channels in the smooth ` &",
    "                      `muscle of the arteries.`.", '  " ===== FAQs =====',
    "  APPEND VALUE #( q = 'Can I drink grapefruit juice?' a = 'No, it raises the drug''s level.' )",
    "    TO ls_leaflet-questions.", "  APPEND VALUE #( q = 'How long until it works?' a = 'About one week.' )",
    "    TO ls_leaflet-questions.", "", "  cl_demo_output=>display( ls_leaflet ).", "```"])


def test_abap_statements_that_fill_a_structure() -> None:
    _felmodrine(_ABAP_STATEMENTS)


@pytest.mark.parametrize("code,reader", [(_SWIFT, "_swift"), (_GO, "_go"), (_ABAP, "_abap")],
                         ids=["swift", "go", "abap"])
def test_a_markdown_answer_with_its_data_also_in_code_is_left_alone(code: str, reader: str) -> None:
    page = ("## Usage\n\n- High blood pressure\n- Angina\n\n## Side Effects\n\n- Ankle swelling\n\n## FAQs\n\n"
            "**Can I drink grapefruit juice?** No.\n\nThe same leaflet as data for your app:\n\n" + code + "\n")
    assert formats.rewrite(page) == page
    assert getattr(formats, reader)(page) != page  # (the reader itself would read the data: the page's headings
    # keep it out)
