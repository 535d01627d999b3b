"""Answer formats firstcontact163's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a SystemVerilog package whose constants hold the answer as assignment patterns of
declared structs, and a Smithy model whose "@examples" trait holds it as one node object with no commas, each
rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _trospadil(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one unlicensed),
    effects (two frequent, one serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Trospadil")
    assert [b.label for b in x.brand_names] == ["Trospa", "Urelda"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "antimuscarinic"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Overactive bladder", None), ("Nocturia", None),
                                                          ("Interstitial cystitis", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dry mouth", "Frequent", False), ("Constipation", "Frequent", False), ("Urinary retention", "Serious", True)]
    assert ("blocks", "muscarinic M3 receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I drive while taking it?", "Does it help at once?"]
    return x


_SV = "\n".join([
    "Sure, here is the Trospadil card as a SystemVerilog package.", "", "```systemverilog", "// trospadil_card.sv",
    "package trospadil_card;", "", "  typedef enum {LICENSED, UNLICENSED} licence_e;",
    "  typedef enum {FREQUENT, SERIOUS} incidence_e;", "",
    "  typedef struct {", "    string      disease;", "    licence_e   licence;", "    string      comment;",
    "  } indication_t;", "", "  typedef struct { string effect; incidence_e level; } reaction_t;", "",
    "  typedef struct {", "    string q;", "    string a;", "  } qa_t;", "",
    "  // ===== Generic Name =====", '  localparam string INN = "Trospadil";',
    "  localparam string TRADE_NAMES [2] = '{\"Trospa\", \"Urelda\"};",
    '  localparam string PHARM_CLASS = "Antimuscarinic";', "",
    "  // ===== Usage =====", "  localparam indication_t INDICATIONS [3] = '{",
    "    '{\"Overactive bladder\", LICENSED, \"\"},",
    "    '{\"Nocturia\", LICENSED, \"In adults who wake to pass urine\"},",
    "    '{\"Interstitial cystitis\", UNLICENSED, \"To ease urgency\"}", "  };",
    "  localparam string NOT_USED_IN [2] = '{\"Narrow-angle glaucoma\", \"Myasthenia gravis\"};", "",
    "  // ===== Side Effects =====", "  localparam reaction_t REACTIONS [3] = '{",
    "    '{\"Dry mouth\",         FREQUENT},", "    '{\"Constipation\",      FREQUENT},",
    "    '{\"Urinary retention\", SERIOUS}", "  };",
    '  localparam string GET_HELP = {"Call a doctor if you cannot pass urine, ",',
    '                                "have eye pain or chest pain."};', "",
    "  // ===== How it Works =====", "  localparam string ACTION = {",
    '    "Trospadil blocks muscarinic M3 receptors in the bladder wall, ",',
    '    "so the bladder muscle contracts less often."};', "",
    "  // ===== FAQs =====", "  localparam qa_t QUESTIONS [2] = '{",
    "    '{\"Can I drive while taking it?\", \"Yes, unless it blurs your vision.\"},",
    "    '{\"Does it help at once?\", \"It takes two to four weeks to work fully.\"}", "  };", "",
    "endpackage : trospadil_card", "```", "", "Import the package and print any constant with `$display`."])


def test_a_systemverilog_package_of_constants() -> None:
    x = _trospadil(_SV)  # (each "'{...}" of "indication_t" a map of the struct's members in order; "licence_e
    # licence", an enum-typed member whose name says nothing, the use's status: "UNLICENSED" an off-label use;
    # "incidence_e level" the effect's group by its type)
    assert "chest pain" in [s.label for s in x.serious_signs]  # ('{"a ", "b"}' a concatenation: one string)
    out = formats.rewrite(_SV).split("\n")
    assert out[3:22] == [""] * 19  # (the fence, the package line and the typedefs)
    assert out[33].startswith("It is not used for narrow-angle glaucoma")  # ("NOT_USED_IN": a negation)
    assert out[-4:-2] == ["", ""]  # (the fence and "endpackage")


def test_a_markdown_answer_that_quotes_systemverilog_is_left_alone() -> None:
    page = "## Usage\n\n- Overactive bladder\n\n## Side Effects\n\n- Dry mouth\n\nThe same in SystemVerilog:\n\n" + _SV
    assert formats.rewrite(page) == page
    assert formats._systemverilog(page) != page  # (the reader itself would read it: the page's headings keep it out)


_SMITHY = "\n".join([
    "The Trospadil card as a Smithy model; the example holds the content.", "", "```smithy", '$version: "2.0"', "",
    "namespace demo.cards", "", "enum Licence {", "    LICENSED", "    UNLICENSED", "}", "",
    "enum Incidence {", '    FREQUENT = "Frequent"', '    SERIOUS = "Serious"', "}", "",
    "structure Indication {", "    @required", "    disease: String", '    licence: Licence = "LICENSED"',
    "    comment: String", "}", "", "structure Reaction {", "    effect: String", "    incidence: Incidence", "}", "",
    "list Indications { member: Indication }", "list Reactions { member: Reaction }", "",
    "@examples([", "    {", '        title: "Trospadil"', '        input: { inn: "trospadil" }', "        output: {",
    "            // ===== Generic Name =====", '            inn: "Trospadil"',
    '            tradeNames: ["Trospa" "Urelda"]', '            pharmClass: "Antimuscarinic"', "",
    "            // ===== Usage =====", "            indications: [",
    '                { disease: "Overactive bladder" }',
    '                { disease: "Nocturia", comment: "In adults who wake to pass urine" }', "                {",
    '                    disease: "Interstitial cystitis"', '                    licence: "UNLICENSED"',
    '                    comment: "To ease urgency"', "                }", "            ]",
    "            notUsedIn: [", '                "Narrow-angle glaucoma"', '                "Myasthenia gravis"',
    "            ]", "", "            // ===== Side Effects =====", "            reactions: [",
    '                { effect: "Dry mouth", incidence: "FREQUENT" }',
    '                { effect: "Constipation", incidence: "FREQUENT" }',
    '                { effect: "Urinary retention", incidence: "SERIOUS" }', "            ]",
    '            getHelp: "Call a doctor if you cannot pass urine, have eye pain or chest pain."', "",
    "            // ===== How it Works =====", '            action: """',
    "                Trospadil blocks muscarinic M3 receptors in the bladder wall,",
    '                so the bladder muscle contracts less often."""', "",
    "            // ===== FAQs =====", "            questions: [",
    '                { q: "Can I drive while taking it?" a: "Yes, unless it blurs your vision." }',
    '                { q: "Does it help at once?" a: "It takes two to four weeks to work fully." }', "            ]",
    "        }", "    }", "])", "operation GetCard {", "    input := { inn: String }", "    output := {",
    "        inn: String", "    }", "}", "```", "", "Indications without a licence use the default."])


def test_a_smithy_model_whose_example_holds_the_answer() -> None:
    x = _trospadil(_SMITHY)  # (no commas between members or items; '"UNLICENSED"' a member of the enum that types
    # "licence", whose name says nothing: the use's status; '"FREQUENT"' its enum's value "Frequent")
    assert "chest pain" in [s.label for s in x.serious_signs]
    out = formats.rewrite(_SMITHY).split("\n")
    assert out[2:36] == [""] * 34  # (the fence, the shapes and the trait's opening)
    assert out[53].startswith("It is not used for narrow-angle glaucoma")  # ("notUsedIn": a negation)
    assert out[-12:-2] == [""] * 10  # (the example's close, the operation and the fence)


def test_a_markdown_answer_that_quotes_smithy_is_left_alone() -> None:
    page = "## Usage\n\n- Overactive bladder\n\n## Side Effects\n\n- Dry mouth\n\nThe same in Smithy:\n\n" + _SMITHY
    assert formats.rewrite(page) == page
    assert formats._smithy(page) != page
