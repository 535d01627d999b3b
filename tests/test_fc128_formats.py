"""Answer formats firstcontact128's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Tcl script that builds a nested dict, an OCaml record and a Pharo Smalltalk
dictionary, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _velorin(page: str, rare: str = "Serious"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Velorin")
    assert [b.label for b in x.brand_names] == ["Velodex", "Orinal"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "potassium channel opener"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Tinnitus", None), ("Motion sickness", None),
                                                          ("Cluster headache", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dry skin", "Frequent", False), ("Hiccups", "Frequent", False), ("Kidney stones", rare, True)]
    assert _mech(x) == {("activates", "KCNQ potassium channel")}
    assert [f.question for f in x.faqs] == ["Can I drive while taking it?", "Is it safe with alcohol?"]
    return x


_TCL = "\n".join([
    "```tcl", "# velorin.tcl: a drug card", "set card [dict create]", "", "# ===== Generic Name =====",
    'dict set card inn "Velorin"', "dict set card trade_names {Velodex Orinal}",
    'dict set card category "potassium channel opener"', "", "# ===== Usage =====",
    "dict set card indications licensed {", '    {"Tinnitus" "ringing in the ears that lasts"}',
    '    {"Motion sickness" "on ships or planes"}', "}", "dict set card indications unlicensed {",
    '    {"Cluster headache" "short courses only"}', "}", "", "# ===== Side Effects =====",
    'dict set card adverse_reactions frequent {"Dry skin" "Hiccups"}',
    'dict set card adverse_reactions serious {"Kidney stones"}',
    "dict set card adverse_reactions get_help {Call a doctor at once if you notice blood in your urine.}", "",
    "# ===== How it Works =====",
    "dict set card mechanism {Velorin activates KCNQ potassium channels in the inner ear,",
    "so the nerve cells calm down.}",
    "", "# ===== FAQs =====", "dict set card questions 1 q {Can I drive while taking it?}",
    "dict set card questions 1 a {Yes, once you know how it affects you.}",
    "dict set card questions 2 q {Is it safe with alcohol?}", "dict set card questions 2 a {Keep to small amounts.}",
    "", 'dict for {k v} $card { puts "$k: $v" }', "```"])


def test_a_tcl_script_that_builds_a_dict() -> None:
    x = _velorin(_TCL)
    assert [s.label for s in x.serious_signs] == ["blood in your urine"]


def test_a_page_with_a_tcl_settings_script_is_left_alone() -> None:
    page = ("## Usage\n\nVelorin treats tinnitus. The reminder app is set up with a Tcl script:\n\n```tcl\n"
            "set cfg [dict create]\ndict set cfg drug Velorin\ndict set cfg dose {5 mg}\ndict set cfg time 08:00\n"
            "dict set cfg repeat 1\ndict set cfg sound bell\ndict set cfg label {Ear drops}\n```\n\n"
            "## Side Effects\n\n- Dry skin\n")
    assert formats.rewrite(page) == page


_OCAML = "\n".join([
    "```ocaml", "(* velorin.ml: a drug card *)", "type how_often = Frequent | Rare", "",
    "type indication = { disease : string; comment : string; unlicensed : bool }", "",
    "let reaction symptom how_often serious = { symptom; how_often; serious }", "",
    "let card : drug_card = {", "  (* ==== Generic Name ==== *)", '  inn = "Velorin";',
    '  trade_names = [ "Velodex"; "Orinal" ];', '  category = "potassium channel opener";', "",
    "  (* ==== Usage ==== *)", "  indications = [",
    '    { disease = "Tinnitus"; comment = "ringing in the ears " ^ "that lasts"; unlicensed = false };',
    '    { disease = "Motion sickness"; comment = "on ships or planes"; unlicensed = false };',
    '    { disease = "Cluster headache"; comment = "short courses only"; unlicensed = true };', "  ];", "",
    "  (* ==== Side Effects ==== *)", "  adverse_reactions = [", '    reaction "Dry skin" Frequent false;',
    '    reaction "Hiccups" Frequent false;', '    reaction "Kidney stones" Rare true;', "  ];",
    '  get_help = "Call a doctor at once if you notice blood in your urine.";', "",
    "  (* ==== How it Works ==== *)",
    '  mechanism = "Velorin activates KCNQ potassium channels in the inner ear, \\',
    '     so the nerve cells calm down.";', "", "  (* ==== FAQs ==== *)", "  questions = [",
    '    { q = "Can I drive while taking it?"; a = "Yes, once you know how it affects you." };',
    '    { q = "Is it safe with alcohol?"; a = "Keep to small amounts." };', "  ];", "}", "```"])


def test_an_ocaml_record_with_a_helper_that_builds_its_effects() -> None:
    x = _velorin(_OCAML, rare="Rare")
    assert [s.label for s in x.serious_signs] == ["blood in your urine"]
    assert "**Tinnitus** \u2013 ringing in the ears that lasts" in formats.rewrite(_OCAML)  # (joined by "^")
    assert x.faqs[1].answer == "Keep to small amounts."


def test_a_page_with_an_ocaml_settings_record_is_left_alone() -> None:
    page = ("## Usage\n\nVelorin treats tinnitus. The reminder app keeps its settings in an OCaml record:\n\n"
            "```ocaml\n(* settings.ml *)\ntype settings = { drug : string; dose : string }\n\nlet settings = {\n"
            '  drug = "Velorin";\n  dose = "5 mg";\n  time = "08:00";\n  repeat = true;\n  sound = "bell";\n'
            '  label = "Ear drops";\n}\n```\n\n## Side Effects\n\n- Dry skin\n')
    assert formats.rewrite(page) == page


_SMALLTALK = "\n".join([
    "```smalltalk", '"Velorin as nested Smalltalk dictionaries"', "| card indications reactions questions |",
    "card := Dictionary new.", "", '"=== Generic Name ==="', "card", "    at: #inn put: 'Velorin';",
    "    at: #tradeNames put: #('Velodex' 'Orinal');", "    at: #notABrand put: 'Velocomb (with a diuretic)';",
    "    at: #category put: 'potassium channel opener'.", "", '"=== Usage ==="', "indications := Dictionary new.",
    "indications", "    at: #licensed put: {", "        'Tinnitus' -> 'ringing in the ears that lasts'.",
    "        'Motion sickness' -> 'on ships or planes' };",
    "    at: #studied put: { 'Cluster headache' -> 'short courses only' }.",
    "card at: #indications put: indications.", "", '"=== Side Effects ==="', "reactions := Dictionary new.",
    "reactions", "    at: #frequent put: #('Dry skin' 'Hiccups');", "    at: #serious put: #('Kidney stones');",
    "    at: #getHelp put: 'Call a doctor at once if you notice blood in your urine.'.",
    "card at: #adverseReactions put: reactions.", "", '"=== How it Works ==="',
    "card at: #mechanism put: 'Velorin activates KCNQ potassium channels, so the ear''s nerve cells calm down.'.",
    "", '"=== FAQs ==="', "questions := OrderedCollection new.", "questions",
    "    add: 'Can I drive while taking it?' -> 'Yes, once you know how it affects you.';",
    "    add: 'Is it safe with alcohol?' -> 'Keep to small amounts.'.", "card at: #questions put: questions.", "",
    "card inspect.", "```"])


def test_a_smalltalk_script_that_fills_dictionaries() -> None:
    x = _velorin(_SMALLTALK)  # (not "Velocomb": a "notABrand" key is no brand; "studied" uses are off-label)
    assert [s.label for s in x.serious_signs] == ["blood in your urine"]
    assert "the ear's nerve cells" in formats.rewrite(_SMALLTALK)


def test_a_page_with_a_smalltalk_settings_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nVelorin treats tinnitus. The reminder app is set up in Pharo:\n\n```smalltalk\n"
            "settings := Dictionary new.\nsettings\n    at: #drug put: 'Velorin';\n    at: #dose put: '5 mg';\n"
            "    at: #time put: '08:00';\n    at: #sound put: #bell;\n    at: #label put: 'Ear drops';\n"
            "    at: #repeat put: true.\n```\n\n## Side Effects\n\n- Dry skin\n")
    assert formats.rewrite(page) == page
