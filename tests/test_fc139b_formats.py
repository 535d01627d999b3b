"""Answer formats firstcontact139's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a LilyPond file's markup, Lean 4 structures and a value of them, and a Rego text joined
by 'concat(" ", [...])', each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _quilodine(page: str, rare: str = "Serious"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Quilodine")
    assert [b.label for b in x.brand_names] == ["Quilex", "Dinoquil"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "proton pump inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Stomach ulcers", None), ("Reflux disease", None),
                                                          ("Barrett's esophagus", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Bloating", "Frequent", False), ("Kidney inflammation", rare, True)]
    assert _mech(x) == {("inhibits", "gastric proton pump")}
    assert [f.question for f in x.faqs] == ["Can I take it with antacids?", "How long until it works?"]
    return x


_LILYPOND = "\n".join([
    "```lilypond", '\\version "2.22.1"', "", "\\header {", '  title = "Quilodine"', '  composer = "Pharmacy team"',
    "}", "", "% ---- Generic Name ----", "\\markup \\column {", '  \\huge \\bold "Generic Name"',
    "  \\wordwrap { Quilodine }", '  \\wordwrap { \\bold "Trade names:" Quilex, Dinoquil }',
    '  \\wordwrap { \\bold "Drug class:" proton pump inhibitor }', "}", "", "% ---- Usage ----", "\\markup \\column {",
    "  \\vspace #0.5", '  \\huge \\bold "Usage"', '  \\bold "Licensed"',
    '  \\wordwrap { - \\bold "Stomach ulcers:" to heal them }', '  \\wordwrap { - \\bold "Reflux disease" }',
    '  \\bold "Off-label"', "  \\wordwrap { - \\bold \"Barrett's esophagus\" }",
    "  \\wordwrap { Quilodine does not treat infections by itself. }", "}", "", "\\markup \\column {",
    '  \\huge \\bold "Side Effects"', '  \\wordwrap { \\bold "Frequent:" headache; bloating }',
    '  \\wordwrap { \\bold "Serious:" kidney inflammation }', "}", "", "\\markup \\column {",
    '  \\huge \\bold "How it Works"', "  \\wordwrap {", "    Quilodine inhibits the gastric proton pump",
    "    in the lining of the stomach.", "  }", "}", "", "\\markup \\column {", '  \\huge \\bold "FAQs"',
    '  \\wordwrap { \\bold "Can I take it with antacids?" Yes, they act at once. }',
    '  \\wordwrap { \\bold "How long until it works?" \\italic "About" two days. }', "}", "", "\\score {",
    "  \\new Staff \\relative c'' { a4 b c d | e1 }", "  \\addlyrics { Qui -- lo -- dine heals }", "}", "```"])


def test_a_lilypond_files_markup() -> None:
    x = _quilodine(_LILYPOND)
    assert x.faqs[1].answer == "About two days."
    out = formats.rewrite(_LILYPOND).split("\n")
    assert out[:8] == [""] * 8 and out[-5:] == [""] * 5  # (the fence, the version, the header, the tune)


def test_a_page_that_quotes_some_lilypond_is_left_alone() -> None:
    page = ("## Usage\n\nQuilodine treats stomach ulcers. A music therapist wrote its dosing song in LilyPond:\n\n"
            "```lilypond\n\\markup \\bold \"Dose song\"\n\\score {\n  \\relative c' { c4 d e f }\n"
            "  \\addlyrics { one a day }\n}\n```\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page
    assert formats._lilypond(page) != page  # (the reader itself would read it: one markup is too few for it)


_LEAN = "\n".join([
    "```lean", "/-! Quilodine as Lean data -/", "", "inductive HowOften where", "  | frequent | rare", "",
    "structure Indication where", "  disease    : String", "  comment    : String := \"\"",
    "  unlicensed : Bool   := false", "", "structure Reaction where", "  symptom : String", "  often   : HowOften",
    "  serious : Bool := false", "", "structure Card where", "  inn        : String", "  tradeNames : List String",
    "  pharmClass : String", "  indications : List Indication", "  reactions  : List Reaction",
    "  action     : String", "  questions  : List (String × String)", "", "def quilodine : Card := {",
    '  inn := "Quilodine",', '  tradeNames := ["Quilex", "Dinoquil"],', '  pharmClass := "proton pump inhibitor",',
    "  -- ---- Usage ----", "  indications := [", '    { disease := "Stomach ulcers", comment := "to heal them" },',
    '    { disease := "Reflux disease" },', "    { disease := \"Barrett's esophagus\", unlicensed := true }", "  ],",
    "  reactions := [", '    ⟨"Headache", .frequent, false⟩, ⟨"Bloating", HowOften.frequent, false⟩,',
    '    ⟨"Kidney inflammation", .rare, true⟩', "  ],",
    '  action := "Quilodine inhibits the gastric proton pump " ++', '    "in the lining of the stomach.",',
    "  questions := [", '    ("Can I take it with antacids?", "Yes, they act at once."),',
    '    ("How long until it works?", "About " ++ "two days.")', "  ]", "}", "", "#eval quilodine.inn", "```"])


def test_lean_structures_and_a_value_of_them() -> None:
    x = _quilodine(_LEAN, rare="Rare")
    assert x.faqs[1].answer == "About two days."
    assert formats.rewrite(_LEAN).split("\n")[:24] == [""] * 24  # (the fence, the comment, the schema)


def test_a_markdown_answer_with_its_data_also_in_lean_is_left_alone() -> None:
    page = ("## Usage\n\n- Stomach ulcers\n\n## Side Effects\n\n- Headache\n\n## FAQs\n\n**Can I take it with "
            "antacids?** Yes.\n\nThe same card as Lean data for your app:\n\n```lean\nstructure Card where\n"
            "  inn : String\n  pharmClass : String\n  route : String\n  uses : List String\n"
            "  sideEffects : List String\n  faqs : List (String × String)\n\n"
            "def card : Card where\n  inn := \"Quilodine\"\n  pharmClass := \"proton pump inhibitor\"\n"
            "  route := \"oral\"\n  uses := [\"Stomach ulcers\"]\n"
            "  sideEffects := [\"Headache\"]\n  faqs := [(\"Can I take it with antacids?\", \"Yes.\")]\n"
            "```\n")
    assert formats.rewrite(page) == page
    assert formats._lean(page) != page  # (the reader itself would read the data: the page's headings keep it out)


_REGO = "\n".join([
    "```rego", "package drugs.quilodine", "", "import rego.v1", "", "# ---- Generic Name ----", 'inn := "Quilodine"',
    "", 'trade_names := ["Quilex", "Dinoquil"]', "", 'pharm_class := "proton pump inhibitor"', "",
    "# ---- Usage ----", "indications := [", '\t{"disease": "Stomach ulcers", "comment": "to heal them"},',
    '\t{"disease": "Reflux disease", "unlicensed": false},',
    "\t{\"disease\": \"Barrett's esophagus\", \"unlicensed\": true},",
    "]", "", "# ---- Side Effects ----", "adverse_reactions := {", '\t"frequent": ["Headache", "Bloating"],',
    '\t"serious": ["Kidney inflammation"],', "}", "", "# ---- How it Works ----", 'action := concat(" ", [',
    '\t"Quilodine inhibits the gastric proton pump",', '\t"in the lining of the stomach.",', "])", "",
    "# ---- FAQs ----", "questions := [", '\t{"q": "Can I take it with antacids?", "a": "Yes, they act at once."},',
    '\t{"q": "How long until it works?", "a": "About two days."},', "]", "", "deny contains msg if {",
    "\tinput.patient.kidney_inflammation", '\tmsg := "Do not dispense"', "}", "```"])


def test_a_rego_text_joined_by_concat_is_one_string() -> None:
    _quilodine(_REGO)
    assert formats.rewrite(_REGO).split("\n")[26:30] == ["", "Quilodine inhibits the gastric proton pump",
                                                        "in the lining of the stomach.", ""]
