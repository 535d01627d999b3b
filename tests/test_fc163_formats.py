"""Answer formats firstcontact163's pages showed the reader had never seen (helper A's three), pinned on invented pages
(another drug, other words, other key names): a Coq record value built with its records' constructors, a Haxe
anonymous structure typed by typedefs and enums, and a Maxima session whose variables hold the answer, each rewritten
line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _quenadrol(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target, questions and a sign as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Quenadrol")
    assert [b.label for b in x.brand_names] == ["Quenex", "Adrolin"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "calcium channel blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Stable angina", None),
                                                          ("Raynaud phenomenon", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Ankle swelling", "Frequent", False), ("Flushing", "Frequent", False),
        ("Very low blood pressure", "Serious", True)]
    assert ("blocks", "L-type calcium channel") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I drink grapefruit juice?", "Will it slow my pulse?"]
    assert "fainting" in [s.label for s in x.serious_signs]
    return x


_COQ = "\n".join([
    "Quenadrol as a Coq record: the inductive types tag each indication and reaction.", "", "```coq",
    "(* quenadrol.v *)", "Require Import Coq.Strings.String Coq.Lists.List.", "Import ListNotations.",
    "Open Scope string_scope.", "", "Inductive approval := Licensed | Unlicensed.",
    "Inductive band := Frequent | Serious.", "",
    "Record indication := ind { disease : string; licence : approval; comment : string }.",
    "Record reaction := rx { effect : string; seen : band }.", "Record qa := mk_qa { q : string; a : string }.", "",
    "Record card := mk_card {", "  inn : string;", "  trade_names : list string;", "  pharm_class : string;",
    "  indications : list indication;", "  not_used_in : list string;", "  reactions : list reaction;",
    "  get_help : string;", "  action : string;", "  questions : list qa", "}.", "",
    "Definition quenadrol_card : card := {|", "  (* ===== Generic Name ===== *)", '  inn := "Quenadrol";',
    '  trade_names := ["Quenex"; "Adrolin"];', '  pharm_class := "Calcium channel blocker";', "",
    "  (* ===== Usage ===== *)", "  indications := [",
    '    ind "High blood pressure" Licensed "Alone or with a diuretic";',
    '    ind "Stable angina" Licensed', '      "To prevent chest pain on exertion";',
    '    ind "Raynaud phenomenon" Unlicensed "For cold, white fingers in winter"', "  ];",
    '  not_used_in := ["Cardiogenic shock"; "Severe aortic stenosis"];', "",
    "  (* ===== Side Effects ===== *)", "  reactions := [", '    rx "Ankle swelling" Frequent;',
    '    rx "Flushing" Frequent;', '    rx "Very low blood pressure" Serious', "  ];",
    '  get_help := "Get help at once for fainting, chest pain or a very fast heartbeat.";', "",
    "  (* ===== How it Works ===== *)", '  action := "Quenadrol blocks L-type calcium channels in the muscle of',
    'artery walls, so the arteries relax and blood pressure falls.";', "", "  (* ===== FAQs ===== *)",
    "  questions := [", '    mk_qa "Can I drink grapefruit juice?" "No, it raises the level of the drug.";',
    '    mk_qa "Will it slow my pulse?" "No, it acts on the arteries, not the heart."', "  ]", "|}.", "",
    "Compute length (questions quenadrol_card).", "```", "", "`Compute` gives `2 : nat`."])


def test_a_coq_record_built_with_its_records_constructors() -> None:
    _quenadrol(_COQ)  # ("licence : approval" keyed by its type; "seen : band" a reaction's group by its inductive type)
    out = formats.rewrite(_COQ).split("\n")
    assert out[36:38] == ["- **Stable angina**", "  \u2013 To prevent chest pain on exertion"]  # (the note below)
    assert out[51:53] == ["Quenadrol blocks L-type calcium channels in the muscle of",
                          "artery walls, so the arteries relax and blood pressure falls."]  # (a string over two lines)
    assert out[2:28] == [""] * 26 and out[58:63] == [""] * 5  # (the fence, the schema, "Compute")


_HAXE = "\n".join([
    "Sure! Here is Quenadrol as a Haxe anonymous structure.", "", "```haxe", "// QuenadrolCard.hx", "",
    "enum Licence { Licensed; Unlicensed; }", "", "enum abstract Band(String) {", '  var Frequent = "Frequent";',
    '  var Severe = "Serious";', "}", "", "typedef Indication = { disease:String, ?licence:Licence, ?comment:String }",
    "typedef Reaction = { effect:String, band:Band }", "typedef Qa = { q:String, a:String }", "",
    "typedef DrugCard = {", "  inn:String,", "  tradeNames:Array<String>,", "  pharmClass:String,",
    "  indications:Array<Indication>,", "  notUsedIn:Array<String>,", "  reactions:Array<Reaction>,",
    "  getHelp:String,", "  action:String,", "  questions:Array<Qa>", "}", "", "class Main {",
    "  static final card:DrugCard = {", "    // ----- Generic Name -----", '    inn: "Quenadrol",',
    '    tradeNames: ["Quenex", "Adrolin"],', '    pharmClass: "Calcium channel blocker",', "",
    "    // ----- Usage -----", "    indications: [",
    '      {disease: "High blood pressure", comment: "Alone or with a diuretic"},',
    '      {disease: "Stable angina", comment: "To prevent chest pain on exertion"},',
    '      {disease: "Raynaud phenomenon", licence: Unlicensed, comment: "For cold, white fingers in winter"}',
    "    ],",
    '    notUsedIn: ["Cardiogenic shock", "Severe aortic stenosis"],', "", "    // ----- Side Effects -----",
    "    reactions: [", '      {effect: "Ankle swelling", band: Frequent},',
    '      {effect: "Flushing", band: Frequent},',
    '      {effect: "Very low blood pressure", band: Severe}', "    ],",
    '    getHelp: "Get help at once for fainting, chest pain " +', '      "or a very fast heartbeat.",', "",
    "    // ----- How it Works -----", '    action: "Quenadrol blocks L-type calcium channels in the muscle of "',
    '      + "artery walls, so the arteries relax and blood pressure falls.",', "", "    // ----- FAQs -----",
    "    questions: [", '      {q: "Can I drink grapefruit juice?", a: "No, it raises the level of the drug."},',
    '      {q: "Will it slow my pulse?", a: "No, it acts on the arteries, not the heart."}', "    ]", "  };", "",
    "  static function main() {", "    trace(card.inn);", "  }", "}", "```", "",
    "Approved indications simply leave `licence` out."])


def test_a_haxe_anonymous_structure_typed_by_typedefs_and_enums() -> None:
    _quenadrol(_HAXE)  # ("band: Severe" the enum abstract's string "Serious"; "licence: Unlicensed" an off-label use
    out = formats.rewrite(_HAXE).split("\n")  # of the field an enum types)
    assert out[39] == "- **Raynaud phenomenon** (off-label) \u2013 For cold, white fingers in winter"
    assert out[49:51] == ["- **Seek help:** Get help at once for fainting, chest pain", "  or a very fast heartbeat."]
    assert out[2:30] == [""] * 28 and out[60:68] == [""] * 8  # (the fence, the enums, the typedefs, the class, main)


_MAXIMA = "\n".join([
    "Here is the Quenadrol card as a Maxima session.", "", "```maxima", "(%i1) /* ---- Generic Name ---- */",
    '      inn : "Quenadrol"$', '(%i2) trade_names : ["Quenex", "Adrolin"]$',
    '(%i3) pharm_class : "Calcium channel blocker"$', "(%i4) /* ---- Usage ---- */",
    "      /* rows: [disease, licence, comment] */", "      indications : [",
    '        ["High blood pressure", "licensed", "Alone or with a diuretic"],',
    '        ["Stable angina", "licensed", "To prevent chest pain on exertion"],',
    '        ["Raynaud phenomenon", "unlicensed",', '         "For cold, white fingers in winter"]', "      ]$",
    '(%i5) not_used_in : ["Cardiogenic shock", "Severe aortic stenosis"]$', "(%i6) /* ---- Side Effects ---- */",
    '      reactions : [["Ankle swelling", "frequent"], ["Flushing", "frequent"],',
    '                   ["Very low blood pressure", "serious"]]$',
    '(%i7) get_help : sconcat("Get help at once for fainting, chest pain ",',
    '                         "or a very fast heartbeat.")$', "(%i8) /* ---- How it Works ---- */",
    '      action : sconcat("Quenadrol blocks L-type calcium channels in the muscle of ",',
    '                       "artery walls, so the arteries relax and blood pressure falls.")$',
    "(%i9) /* ---- FAQs ---- */", "      questions : [",
    '        ["Can I drink grapefruit juice?", "No, it raises the level of the drug."],',
    '        ["Will it slow my pulse?", "No, it acts on the arteries, not the heart."]', "      ]$",
    "(%i10) length(indications);", "(%o10)                               3", "```", "",
    "`indications[3][2]` gives the licence of the third row."])


def test_a_maxima_session_whose_variables_hold_the_answer() -> None:
    _quenadrol(_MAXIMA)  # (the rows' fields by the comment; the reactions' and questions' by what their parts are)
    out = formats.rewrite(_MAXIMA).split("\n")
    assert out[12:14] == ["- **Raynaud phenomenon** (off-label)", "  \u2013 For cold, white fingers in winter"]
    assert out[17] == "- **Frequent:** Ankle swelling; Flushing"  # (two rows on one line)
    assert out[2:4] == ["", "## Generic Name"] and out[29:32] == ["", "", ""]  # (the fence; the label, its output)


_BATCH = "\n".join([
    "/* quenadrol.mac: load with batchload */", "/* ---- Generic Name ---- */", 'inn : "Quenadrol"$',
    'trade_names : ["Quenex", "Adrolin"]$', 'pharm_class : "Calcium channel blocker"$', "/* ---- Usage ---- */",
    "/* each: [disease, licence, comment] */",
    'indications : [["High blood pressure", "licensed", "Alone or with a diuretic"],',
    '               ["Stable angina", "licensed", "To prevent chest pain on exertion"],',
    '               ["Raynaud phenomenon", "unlicensed", "For cold, white fingers in winter"]]$',
    "/* ---- Side Effects ---- */", "/* each: [effect, band] */",
    'reactions : [["Ankle swelling", "Frequent"], ["Flushing", "Frequent"],',
    '             ["Very low blood pressure", "Serious"]]$',
    'get_help : "Get help at once for fainting, chest pain or a very fast heartbeat."$', "/* ---- How it Works ---- */",
    'action : "Quenadrol blocks L-type calcium channels, so the arteries relax and blood pressure falls."$',
    "/* ---- FAQs ---- */", 'questions : [["Can I drink grapefruit juice?", "No, it raises the level of the drug."],',
    '             ["Will it slow my pulse?", "No, it acts on the arteries, not the heart."]]$'])


def test_an_unfenced_maxima_batch_file_without_labels() -> None:
    _quenadrol(_BATCH)  # (no "(%iN)": the "$" ends and the assignments name it)
    yaml = _BATCH.replace("$\n", "\n").replace("/* ", "# ").replace(" */", "")
    assert formats.rewrite(yaml) != formats.rewrite(_BATCH)  # (without "$" ends, no Maxima)

