"""Answer formats firstcontact168's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a QML object tree whose properties and list models hold the answer, a Javadoc comment
whose HTML holds it and a TypeSpec file whose example value holds it, each rewritten line for line
(:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _quenolast(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one unlicensed), effects
    (two frequent, one serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Quenolast")
    assert [b.label for b in x.brand_names] == ["Quenor", "Lastiva"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "leukotriene receptor antagonist"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Asthma", None), ("Allergic rhinitis", None),
                                                          ("Chronic urticaria", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Stomach upset", "Frequent", False), ("Mood changes", "Serious", True)]
    assert ("blocks", "cysteinyl leukotriene receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can it stop an asthma attack?", "Should I take it at night?"]
    assert [s.label for s in x.serious_signs] == ["thoughts of self-harm or a rash with blisters"]
    return x


_QML = "\n".join([
    "## Quenolast as QML", "", "```qml", "// QuenolastCard.qml", "import QtQuick 2.12", "import QtQuick.Controls 2.5",
    "", "QtObject {", "    id: card", "    objectName: \"quenolastCard\"", "",
    "    // ===== Generic Name =====", '    readonly property string inn: qsTr("Quenolast")',
    '    property var tradeNames: ["Quenor", "Lastiva"]',
    '    property string pharmClass: "Leukotriene receptor antagonist"',
    "", "    // ===== Usage =====", "    property ListModel indications: ListModel {",
    '        ListElement { disease: "Asthma"; approval: "licensed" }',
    '        ListElement { disease: "Allergic rhinitis"; approval: "licensed"; comment: "Seasonal and year-round" }',
    '        ListElement { disease: "Chronic urticaria"; approval: "unlicensed" }', "    }",
    '    property var neverFor: ["Acute asthma attacks"]', "",
    "    // ===== Side Effects =====", "    ListModel {", "        id: reactionsList",
    '        ListElement { effect: "Headache"; frequency: "frequent" }',
    '        ListElement { effect: "Stomach upset"; frequency: "frequent" }',
    '        ListElement { effect: "Mood changes"; frequency: "serious" }', "    }",
    '    property string whenToCallADoctor: "Call a doctor at once if you have " +',
    '                                       "thoughts of self-harm or a rash with blisters."', "",
    "    // ===== How it Works =====",
    '    property string mechanism: "Quenolast blocks the cysteinyl leukotriene receptor in the airways, " +',
    '                               "so the airways swell and tighten less."', "",
    "    // ===== FAQs =====", "    ListModel {", "        id: questionsModel",
    '        ListElement { q: "Can it stop an asthma attack?"; a: "No, use your reliever inhaler for that." }',
    '        ListElement { q: "Should I take it at night?"; a: "Yes, one tablet in the evening." }', "    }", "",
    "    Component.onCompleted: console.log(inn)", "}", "```", "",
    "Each `ListElement` is one row of its model."])


def test_a_qml_object_tree_of_properties_and_list_models() -> None:
    _quenolast(_QML)  # ("property ListModel indications: ListModel {" a list of its elements' roles;
    # "approval: "unlicensed"" an off-label use; "ListModel { id: reactionsList" the effects by its id, each
    # element's "frequency" its group; 'qsTr("X")' the string; strings joined by "+")
    out = formats.rewrite(_QML).split("\n")
    assert out[2:11] == [""] * 9  # (the fence, the imports, the root object's brace, its id and objectName)
    assert out[22] == "It is not used for acute asthma attacks"  # ("neverFor": a negation)
    assert out[-5:-2] == ["", "", ""]  # (the handler, the closing brace and the fence)


def test_a_markdown_answer_that_quotes_qml_is_left_alone() -> None:
    page = "## Usage\n\n- Asthma\n\n## Side Effects\n\n- Headache\n\nThe same as QML:\n\n" + _QML
    assert formats.rewrite(page) == page
    assert formats._qml(page) != page  # (the reader itself would read it: the page's headings keep it out)


_JAVADOC = "\n".join([
    "Below is the Quenolast card written as a Javadoc comment.", "", "```java", "package org.example.cards;", "",
    "import java.util.List;", "", "/**", " * Patient card for <em>Quenolast</em>.", " *",
    " * <h2>Generic Name</h2>", " * <p><strong>Brand names:</strong> Quenor, Lastiva</p>",
    " * <p><strong>Drug class:</strong> Leukotriene receptor antagonist</p>", " *", " * <h2>Usage</h2>",
    " * <p>Quenolast is taken once a day, by mouth.</p>", " * <ol>", " *   <li>Asthma, as a controller</li>",
    " *   <li>Allergic rhinitis</li>", " *   <li>Chronic urticaria (off-label), when antihistamines",
    " *       alone are not enough</li>", " * </ol>", " *", " * <h2>Side Effects</h2>",
    " * <p><strong>Frequent:</strong></p>", " * <ul>", " *   <li>Headache</li>", " *   <li>Stomach upset</li>",
    " * </ul>", " * <p><strong>Serious:</strong></p>", " * <ul>", " *   <li>Mood changes</li>", " * </ul>",
    " * <p>Call a doctor at once if you have thoughts of self-harm or a rash",
    " * with blisters.</p>", " *", " * <h2>How it Works</h2>",
    " * <p>Quenolast blocks the cysteinyl leukotriene receptor in the airways, so the airways",
    " * swell and tighten less. See {@link AsthmaCard#steps the asthma steps}.</p>", " *", " * <h2>FAQs</h2>",
    " * <dl>", " *   <dt>Can it stop an asthma attack?</dt>", " *   <dd>No, use your reliever inhaler",
    " *       for that.</dd>", " *   <dt>Should I take it at night?</dt>",
    " *   <dd>Yes, one tablet in the evening.</dd>", " * </dl>", " *", " * @author Card Writer",
    " * @see AsthmaCard", " */", "public interface QuenolastCard {", "}", "```", "",
    "Run {@code javadoc} over the file to see it as a web page."])


def test_a_javadoc_comment_whose_html_holds_the_answer() -> None:
    x = _quenolast(_JAVADOC)  # ("<h2>" sections, "<li>" items run on over lines, "<p><strong>Frequent:</strong></p>"
    # a group's label, "<dt>" / "<dd>" the questions)
    assert x.faqs[0].answer == "No, use your reliever inhaler for that."
    out = formats.rewrite(_JAVADOC).split("\n")
    assert out[2:8] == [""] * 6  # (the fence, the package, the import and the "/**")
    assert out[19:21] == ["- Chronic urticaria (off-label), when antihistamines", "  alone are not enough"]
    assert out[38] == "swell and tighten less. See the asthma steps."  # ("{@link X#y label}": its label)
    assert out[-9:-2] == [""] * 7  # (the block tags, the "*/", the interface and the fence)


_JAVADOC_BARE = "\n".join([
    "Here you go:", "", "/**", " * <h3>Generic Name</h3>", " * <p>Quenolast</p>",
    " * <p><b>Brand names:</b> Quenor, Lastiva</p>", " * <p><b>Drug class:</b> Leukotriene receptor antagonist</p>",
    " * <h3>Usage</h3>", " * <ul>", " * <li>Asthma</li>", " * <li>Allergic rhinitis</li>",
    " * <li>Chronic urticaria (off-label)</li>", " * </ul>", " * <h3>Side Effects</h3>", " * <ul>",
    " *   <li><b>Frequent:</b>", " *     <ul>", " *       <li>Headache</li>", " *       <li>Stomach upset</li>",
    " *     </ul>", " *   </li>", " *   <li><b>Serious:</b>", " *     <ul><li>Mood changes</li></ul>", " *   </li>",
    " * </ul>", " * <p>Call a doctor at once if you have thoughts of self-harm or a rash with blisters.</p>",
    " * <h3>How it Works</h3>", " * <p>Quenolast blocks the cysteinyl leukotriene receptor.</p>", " * <h3>FAQs</h3>",
    " * <p><b>Can it stop an asthma attack?</b> No, use your reliever inhaler", " * for that.</p>",
    " * <p><b>Should I take it at night?</b> Yes, one tablet in the evening.</p>", " * @since 2.0", " */",
    "public final class Quenolast {", "    private Quenolast() {", "    }", "}", "", "Hope this helps."])


def test_an_unfenced_javadoc_comment_with_nested_lists_and_questions_in_paragraphs() -> None:
    x = _quenolast(_JAVADOC_BARE)  # (a group's "<li><b>Frequent:</b>" over its own "<ul>"; a paragraph that opens
    # with a bold question one question, not run on with the next)
    assert x.faqs[0].answer == "No, use your reliever inhaler for that."
    out = formats.rewrite(_JAVADOC_BARE).split("\n")
    assert out[15:18] == ["- **Frequent:**", "", "  - Headache"]
    assert out[29:31] == ["- **Can it stop an asthma attack?** No, use your reliever inhaler", "  for that."]
    assert out[-7:] == ["", "", "", "", "", "", "Hope this helps."]  # (the class the comment documents blank)


def test_a_markdown_answer_that_quotes_javadoc_is_left_alone() -> None:
    page = "## Usage\n\n- Asthma\n\n## Side Effects\n\n- Headache\n\nThe same in Javadoc:\n\n" + _JAVADOC
    assert formats.rewrite(page) == page
    assert formats._javadoc(page) != page


_TYPESPEC = "\n".join([
    "Here is a TypeSpec description of Quenolast; the example carries the content.", "", "```tsp",
    'import "@typespec/http";', "", "using TypeSpec.Http;", "", "namespace Cards;", "",
    "enum Approval { licensed, unlicensed, studied }", "", "enum Incidence {", '  frequent: "Frequent",',
    '  serious: "Serious",', "}", "", "model Indication {", "  disease: string;",
    "  approval: Approval = Approval.licensed;", "}", "", "model Reaction {", "  effect: string;",
    "  level: Incidence;", "}", "", "model Qa {", "  q: string;", "  a: string;", "}", "",
    "@example(#{", "  // ===== Generic Name =====", '  inn: "Quenolast",',
    '  tradeNames: #["Quenor", "Lastiva"],',
    '  pharmClass: "Leukotriene receptor antagonist",', "  // ===== Usage =====", "  indications: #[",
    '    #{ disease: "Asthma" },', '    #{ disease: "Allergic rhinitis" },',
    '    #{ disease: "Chronic urticaria", approval: Approval.studied }', "  ],",
    '  neverFor: #["Acute asthma attacks"],', "  // ===== Side Effects =====", "  reactions: #[",
    '    #{ effect: "Headache", level: Incidence.frequent },',
    '    #{ effect: "Stomach upset", level: Incidence.frequent },',
    '    #{ effect: "Mood changes", level: Incidence.serious }', "  ],",
    '  whenToCallADoctor: "Call a doctor at once if you have thoughts of self-harm or a rash with blisters.",',
    "  // ===== How it Works =====", '  mechanism: """', "    Quenolast blocks the cysteinyl leukotriene receptor in",
    "    the airways, so the airways swell and tighten less.", '    """,', "  // ===== FAQs =====", "  faqs: #[",
    '    #{ q: "Can it stop an asthma attack?", a: "No, use your reliever inhaler for that." },',
    '    #{ q: "Should I take it at night?", a: "Yes, one tablet in the evening." }', "  ]", "})",
    "model Card {", "  inn: string;", "  indications: Indication[];", "  reactions: Reaction[];", "  faqs: Qa[];", "}",
    "", '@get op getCard(): Card;', "```"])


def test_a_typespec_example_value() -> None:
    _quenolast(_TYPESPEC)  # ("@example(#{ ... })" the value; "approval: Approval.studied" a studied, off-label
    # use, a use that leaves it out the model's default; "Incidence.frequent" the enum member's string "Frequent";
    # "level: Incidence" the effect's group by its type; a '"""' string its lines)
    out = formats.rewrite(_TYPESPEC).split("\n")
    assert out[2:31] == [""] * 29  # (the fence, the imports, the namespace, the enums and the models)
    assert out[42] == "It is not used for acute asthma attacks"  # ("neverFor": a negation)
    assert out[-10:] == [""] * 10  # (the model after the example, the operation and the fence)


def test_a_markdown_answer_that_quotes_typespec_is_left_alone() -> None:
    page = "## Usage\n\n- Asthma\n\n## Side Effects\n\n- Headache\n\nThe same in TypeSpec:\n\n" + _TYPESPEC
    assert formats.rewrite(page) == page
    assert formats._typespec(page) != page
