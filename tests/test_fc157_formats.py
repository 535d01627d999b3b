"""Answer formats firstcontact157's pages showed the reader had never seen (helper A's three), pinned on invented pages
(another drug, other words, other key names): a MUMPS routine that sets a global's nodes, a Chapel module of records and
constants and a Zeek record filled in an event, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _x
from tests.test_fc147b_formats import _mech


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _merovane(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target, questions and signs as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Merovane")
    assert [b.label for b in x.brand_names] == ["Merol", "Vanexa"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "angiotensin receptor blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Heart failure", None),
                                                          ("Diabetic kidney disease", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dizziness", "Frequent", False), ("Headache", "Frequent", False), ("High potassium", "Serious", True)]
    assert ("blocks", "angiotensin II type 1 receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I take it in pregnancy?", "Should I avoid salt substitutes?"]
    assert "very slow pulse" in [s.label for s in x.serious_signs]
    return x


_MUMPS = "\n".join([
    'The card below is an M routine that files Merovane under ^DRUGINFO.',
    '',
    '```mumps',
    'MEROV ; Merovane card ; builds ^DRUGINFO("MEROVANE")',
    ' ; Layout:',
    ' ;   ^DRUGINFO(ID,"INDICATION",i) = disease|approval|comment',
    ' ;   ^DRUGINFO(ID,"ADR",band,i) = reaction',
    ' N ID S ID="MEROVANE"',
    ' K ^DRUGINFO(ID)',
    ' ; ----- Generic Name -----',
    ' S ^DRUGINFO(ID,"NAME")="Merovane"',
    ' S ^DRUGINFO(ID,"TRADENAME",1)="Merol",^DRUGINFO(ID,"TRADENAME",2)="Vanexa"',
    ' S ^DRUGINFO(ID,"DRUGCLASS")="Angiotensin receptor blocker"',
    ' S ^DRUGINFO(ID,"ROUTE",1)="Oral"',
    ' ; ----- Usage -----',
    ' S ^DRUGINFO(ID,"INDICATION",1)="High blood pressure|LICENSED|Alone or with a diuretic"',
    ' S ^DRUGINFO(ID,"INDICATION",2)="Heart failure|LICENSED|"',
    ' S ^DRUGINFO(ID,"INDICATION",3)="Diabetic kidney disease|UNLICENSED|To slow the loss of kidney function"',
    ' ; ----- Side Effects -----',
    ' S ^DRUGINFO(ID,"ADR","FREQUENT",1)="Dizziness"',
    ' S ^DRUGINFO(ID,"ADR","FREQUENT",2)="Headache"',
    ' S ^DRUGINFO(ID,"ADR","SERIOUS",1)="High potassium"',
    ' S ^DRUGINFO(ID,"EMERGENCY")="Call a doctor at once for fainting, a very slow pulse or swelling of the lips."',
    ' ; ----- How it Works -----',
    ' S ^DRUGINFO(ID,"ACTION",1)="Merovane blocks the angiotensin II type 1 receptor in blood vessels."',
    ' S ^DRUGINFO(ID,"ACTION",2)="The vessels relax, so blood pressure falls."',
    ' ; ----- FAQs -----',
    ' S ^DRUGINFO(ID,"QA",1,"QUESTION")="Can I take it in pregnancy?"',
    ' S ^DRUGINFO(ID,"QA",1,"ANSWER")="No, it can harm the baby."',
    ' S ^DRUGINFO(ID,"QA",2,"QUESTION")="Should I avoid salt substitutes?"',
    ' S ^DRUGINFO(ID,"QA",2,"ANSWER")="Yes, most of them contain potassium."',
    ' Q',
    '```',
    '',
    'Each comment line says how a node is laid out; `$P(^DRUGINFO(ID,"INDICATION",i),"|",2)` gives the approval.',
])


def test_a_mumps_routine_that_sets_a_globals_nodes() -> None:
    _merovane(_MUMPS)  # (the "|" pieces the layout comment names; "$P" is only in the prose after the fence)
    out = formats.rewrite(_MUMPS).split("\n")
    assert out[15] == "- **High blood pressure** \u2013 Alone or with a diuretic"
    assert out[11] == "- **Brand names:** Merol, Vanexa"  # (two SETs on one line)
    assert out[2:9] == [""] * 7 and out[31] == ""  # (the fence, the label line, comments, NEW, KILL and QUIT)


_UNFENCED = "\n".join([
    "MEROV ; Merovane card",
    ' ; ^RX("MEROVANE","FX",grade,n) = side effect',
    ' S ^RX("MEROVANE","NAME")="Merovane"',
    ' S ^RX("MEROVANE","BRANDS",1)="Merol"',
    ' S ^RX("MEROVANE","BRANDS",2)="Vanexa"',
    ' S ^RX("MEROVANE","CLASS")="Angiotensin receptor blocker"',
    ' S ^RX("MEROVANE","USE",1)="High blood pressure^APPROVED"',
    ' S ^RX("MEROVANE","USE",2)="Heart failure^APPROVED"',
    ' S ^RX("MEROVANE","USE",3)="Diabetic kidney disease^OFF-LABEL^to slow the loss of kidney function"',
    ' S ^RX("MEROVANE","FX","FREQUENT",1)="Dizziness"',
    ' S ^RX("MEROVANE","FX","FREQUENT",2)="Headache"',
    ' S ^RX("MEROVANE","FX","SERIOUS",1)="High potassium"',
    ' S ^RX("MEROVANE","NOTFOR",1)="Pregnancy"',
    ' S ^RX("MEROVANE","GETHELP")="Call a doctor at once for fainting, a very slow pulse or swelling of the lips."',
    ' S ^RX("MEROVANE","MECHANISM")="Merovane blocks the angiotensin II type 1 receptor in blood vessels."',
    ' S ^RX("MEROVANE","FAQ",1,"Q")="Can I take it in pregnancy?",^RX("MEROVANE","FAQ",1,"A")="No, it can harm the"_'
    '" baby."',
    ' S ^RX("MEROVANE","FAQ",2,"Q")="Should I avoid salt substitutes?"',
    ' S ^RX("MEROVANE","FAQ",2,"A")="Yes, most of them contain potassium."',
    " Q",
    "",
    'Load it with `D ^MEROV`; the grade subscript is how often an effect is seen.'])


def test_an_unfenced_routine_its_nodes_named_by_a_layout_comment() -> None:
    x = _merovane(_UNFENCED)  # ("FX" named "side effect" by the comment; "^" pieces read by what they are)
    assert x.faqs[0].answer == "No, it can harm the baby."  # ('"a"_"b"': one string)
    out = formats.rewrite(_UNFENCED).split("\n")
    assert out[13].startswith("- **Seek help:** Call a doctor")  # ("GETHELP": the words run together)
    assert out[12] == "> It is not used for pregnancy"  # ("NOTFOR")
    assert out[0] == out[18] == "" and out[-1] == _UNFENCED.split("\n")[-1]  # (the label, QUIT; the prose after)


def test_a_markdown_answer_that_quotes_a_mumps_routine_is_left_alone() -> None:
    page = "## Usage\n\n- High blood pressure\n\n## Side Effects\n\n- Dizziness\n\nAs a routine:\n\n" + _MUMPS
    assert formats.rewrite(page) == page


_CHAPEL = "\n".join([
    'Here is Merovane as a Chapel program; records give the shape and constants carry the card.',
    '',
    '```chapel',
    '// Merovane card',
    'module MerovaneCard {',
    '  enum Incidence { frequent, infrequent, serious }',
    '',
    '  record Indication {',
    '    var disease: string;',
    '    var comment: string = "";',
    '    var unlicensed: bool = false;',
    '  }',
    '',
    '  record Reaction {',
    '    var effect: string;',
    '    var incidence: Incidence;',
    '  }',
    '',
    '  record Question {',
    '    var q, a: string;',
    '  }',
    '',
    '  // ===== Generic Name =====',
    '  const inn = "Merovane";',
    '  const tradeNames: [1..2] string = ["Merol", "Vanexa"];',
    '  const pharmClass = "Angiotensin receptor blocker";',
    '  const administration = ["oral"];',
    '',
    '  // ===== Usage =====',
    '  const indications = [',
    '    new Indication("High blood pressure", "Alone or with a diuretic"),',
    '    new Indication("Heart failure"),',
    '    new Indication("Diabetic kidney disease", "To slow the loss of " +',
    '                   "kidney function", unlicensed=true)',
    '  ];',
    '',
    '  // ===== Side Effects =====',
    '  const reactions = [',
    '    new Reaction("Dizziness", Incidence.frequent),',
    '    new Reaction("Headache", Incidence.frequent),',
    '    new Reaction("High potassium", Incidence.serious)',
    '  ];',
    '  const emergency = "Call a doctor at once for fainting, a very slow pulse or swelling of the lips.";',
    '',
    '  // ===== How it Works =====',
    '  const action = """',
    '    Merovane blocks the angiotensin II type 1 receptor in blood vessels.',
    '    The vessels relax, so blood pressure falls.""";',
    '',
    '  // ===== FAQs =====',
    '  const questions = [',
    '    new Question("Can I take it in pregnancy?", "No, it can harm the baby."),',
    '    new Question("Should I avoid salt substitutes?", "Yes, most of them contain potassium.")',
    '  ];',
    '',
    '  proc main() {',
    '    for r in reactions do writeln(r.effect);',
    '  }',
    '}',
    '```',
    '',
    'The `unlicensed` field defaults to `false`.',
])


def test_a_chapel_modules_records_and_constants() -> None:
    _merovane(_CHAPEL)  # (positional arguments named by the record's fields, "unlicensed=true" by its name,
    out = formats.rewrite(_CHAPEL).split("\n")  # "Incidence.frequent" the enum member's words)
    assert out[24] == "- **Brand names:** Merol, Vanexa"  # ("const tradeNames: [1..2] string = [...]")
    assert out[32:34] == ["- **Diabetic kidney disease** (off-label) \u2013 To slow the loss of", "  kidney function"]
    assert out[46] == "Merovane blocks the angiotensin II type 1 receptor in blood vessels."  # (in three quotes)
    assert out[3:22] == [""] * 19 and out[54:60] == [""] * 6  # (the module, enum, records and the procedure)


def test_a_markdown_answer_with_a_chapel_module_is_left_alone() -> None:
    page = "## Usage\n\n- High blood pressure\n\n## How it Works\n\nIt blocks a receptor.\n\n" + _CHAPEL
    assert formats.rewrite(page) == page


_ZEEK = "\n".join([
    'The Merovane card as a Zeek script:',
    '',
    '```zeek',
    '##! Merovane card kept in Zeek records.',
    'module Card;',
    '',
    'export {',
    '    type Incidence: enum { FREQUENT, INFREQUENT, SERIOUS };',
    '',
    '    type Indication: record {',
    '        disease:    string;',
    '        comment:    string &optional;',
    '        unlicensed: bool &default=F;',
    '    };',
    '',
    '    type Reaction: record {',
    '        effect: string;',
    '        level:  Incidence;',
    '    };',
    '',
    '    type Question: record {',
    '        q: string;',
    '        a: string;',
    '    };',
    '',
    '    type Card: record {',
    '        inn:            string;',
    '        trade_names:    set[string];',
    '        pharm_class:    string;',
    '        administration: string;',
    '        indications:    vector of Indication;',
    '        reactions:      vector of Reaction;',
    '        emergency:      string;',
    '        action:         string;',
    '        questions:      vector of Question;',
    '    };',
    '',
    '    global merovane: Card;',
    '}',
    '',
    'event zeek_init()',
    '    {',
    '    merovane = Card(',
    '        # === Generic Name ===',
    '        $inn = "Merovane",',
    '        $trade_names = set("Merol", "Vanexa"),',
    '        $pharm_class = "Angiotensin receptor blocker",',
    '        $administration = "oral",',
    '        # === Usage ===',
    '        $indications = vector(',
    '            Indication($disease="High blood pressure", $comment="Alone or with a diuretic"),',
    '            Indication($disease="Heart failure"),',
    '            Indication($disease="Diabetic kidney disease", $unlicensed=T)',
    '        ),',
    '        # === Side Effects ===',
    '        $reactions = vector(',
    '            Reaction($effect="Dizziness", $level=FREQUENT),',
    '            Reaction($effect="Headache", $level=FREQUENT),',
    '            Reaction($effect="High potassium", $level=SERIOUS)',
    '        ),',
    '        $emergency = "Call a doctor at once for fainting, a very slow pulse " +',
    '                     "or swelling of the lips.",',
    '        # === How it Works ===',
    '        $action = "Merovane blocks the angiotensin II type 1 receptor in blood vessels. " +',
    '                  "The vessels relax, so blood pressure falls.",',
    '        # === FAQs ===',
    '        $questions = vector(',
    '            Question($q="Can I take it in pregnancy?", $a="No, it can harm the baby."),',
    '            Question($q="Should I avoid salt substitutes?", $a="Yes, most of them contain potassium.")',
    '        )',
    '    );',
    '    print merovane$inn;',
    '    }',
    '```',
    '',
    'Only the unlicensed use sets `$unlicensed=T`.',
])


def test_a_zeek_record_filled_in_an_event() -> None:
    _merovane(_ZEEK)  # ("$level=FREQUENT": the field named by its type, Incidence; "$unlicensed=T" an off-label use)
    out = formats.rewrite(_ZEEK).split("\n")
    assert out[45] == "- **Brand names:** Merol, Vanexa"  # ('set("Merol", "Vanexa")')
    assert out[56:59] == ["- **Frequent:** Dizziness", "- **Frequent:** Headache", "- **Serious:** High potassium"]
    assert out[2:43] == [""] * 41 and out[69:74] == [""] * 5  # (the export block, the event, the print statement)


def test_a_markdown_answer_with_a_zeek_script_is_left_alone() -> None:
    page = "## Usage\n\n- High blood pressure\n\n## Side Effects\n\n- Dizziness\n\nIn Zeek:\n\n" + _ZEEK
    assert formats.rewrite(page) == page
