"""Answer formats firstcontact147's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a GraphQL mutation whose argument holds the answer, an awk script whose BEGIN block
fills the answer's variables and arrays before it prints them, and an AppleScript whose "set x to" statements hold it,
each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _trelodine(page: str, rare: str = "Serious"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Trelodine")
    assert [b.label for b in x.brand_names] == ["Trelo", "Delodyn"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "alpha-2 agonist"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Spasticity", None), ("Tension headache", None),
                                                          ("Opioid withdrawal", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Drowsiness", "Frequent", False), ("Dry mouth", "Frequent", False), ("Slow heartbeat", rare, True)]
    assert ("activates", "alpha-2 adrenergic receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I drive while taking it?", "Should I stop it suddenly?"]
    return x


_GRAPHQL = "\n".join([
    "Sure, here is the card as a GraphQL mutation.", "", "```graphql", "# Adds the Trelodine card",
    "mutation AddTrelodineCard {", "  addMedicine(", "    data: {", "      # ----- Generic Name -----",
    '      inn: "Trelodine"', '      tradeNames: ["Trelo" "Delodyn"]', '      pharmClass: "Alpha-2 agonist"',
    "      administration: [ORAL]", "", "      # ----- Usage -----", "      indications: [",
    '        { disease: "Spasticity" approval: LICENSED }',
    '        { disease: "Tension headache" approval: LICENSED }',
    "        {", '          disease: "Opioid withdrawal"', "          approval: OFF_LABEL",
    '          comment: "to ease symptoms during tapering"', "        }", "      ]", "",
    "      # ----- Side Effects -----", "      adverseReactions: [",
    '        { effect: "Drowsiness", incidence: FREQUENT }',
    '        { effect: "Dry mouth", incidence: FREQUENT }', '        { effect: "Slow heartbeat", incidence: SERIOUS }',
    "      ]", '      emergencySigns: "Call a doctor if you have fainting spells, a very slow pulse or chest pain."',
    "",
    "      # ----- How it Works -----", '      action: """',
    "      Trelodine activates the alpha-2 adrenergic receptor in the spinal cord,",
    "      so fewer nerve signals reach the muscles.", '      """', "", "      # ----- FAQs -----",
    "      questions: [",
    '        { q: "Can I drive while taking it?", a: "Not until you know how drowsy it makes you." }',
    '        { q: "Should I stop it suddenly?", a: "No, taper it over a week or two." }', "      ]", "    }",
    "  ) {", "    id", "  }", "}", "```", "", "Enum values are written without quotes."])


def test_a_graphql_mutations_argument() -> None:
    x = _trelodine(_GRAPHQL)
    assert [r.label for r in x.routes] == ["oral"]  # (the enum value ORAL, read as its word)
    assert "chest pain" in [s.label for s in x.serious_signs]  # (the "emergencySigns" string, labelled)
    out = formats.rewrite(_GRAPHQL).split("\n")
    assert out[2:7] == [""] * 5 and out[-8:-2] == [""] * 6  # (the fence, the operation, the selection set)


def test_a_markdown_answer_that_quotes_a_graphql_mutation_is_left_alone() -> None:
    page = "## Usage\n\n- Spasticity\n\n## Side Effects\n\n- Drowsiness\n\nThe same as a mutation:\n\n" + _GRAPHQL
    assert formats.rewrite(page) == page
    assert formats._graphql(page) != page  # (the reader itself would read it: the page's headings keep it out)


_AWK = "\n".join([
    "Save this as `trelodine.awk` and run `awk -f trelodine.awk`.", "", "```awk", "#!/usr/bin/awk -f",
    "# Prints the Trelodine card. Records are \"a;b\" strings.", "BEGIN {", "    # ----- Generic Name -----",
    '    inn = "Trelodine"', '    tradenames = "Trelo, Delodyn"', '    pharmclass = "Alpha-2 agonist"', "",
    "    # ----- Usage -----", "    # disease;licence;comment",
    '    ind[1] = "Spasticity;licensed;after spinal injury"',
    '    ind[2] = "Tension headache;licensed;"', '    ind[3] = "Opioid withdrawal;off-label;to ease symptoms"',
    '    notused = "Children under 12"', "", "    # ----- Side Effects -----", "    # incidence;effect",
    '    adr[1] = "Frequent;Drowsiness"', '    adr[2] = "Frequent;Dry mouth"',
    '    adr[3] = "Serious (rare);Slow heartbeat"',
    '    seekhelp = "Call a doctor if you have fainting spells, a very slow pulse or chest pain."', "",
    "    # ----- How it Works -----",
    '    mech[1] = "Trelodine activates the alpha-2 adrenergic receptor in the spinal cord."',
    '    mech[2] = "Fewer nerve signals then reach the muscles."', "", "    # ----- FAQs -----",
    '    qa[1] = "Can I drive while taking it?;Not until you know how drowsy it makes you."',
    '    qa[2] = "Should I stop it suddenly?;No, taper it over a week or two."', "",
    '    print "== Trelodine =="', '    print "Brands: " tradenames',
    '    for (i = 1; i in ind; i++) { n = split(ind[i], f, ";"); print "* " f[1] " (" f[2] ")" }',
    '    for (i = 1; i in adr; i++) { split(adr[i], f, ";"); print f[1] ": " f[2] }',
    '    for (i = 1; i in qa; i++) { split(qa[i], f, ";"); print "Q. " f[1]; print "A. " f[2] }', "}", "```", "",
    "The whole card is built in BEGIN, so the script reads no input."])


def test_an_awk_scripts_begin_block() -> None:
    x = _trelodine(_AWK)  # ("Serious (rare)": the group "Serious")
    assert "chest pain" in [s.label for s in x.serious_signs]  # ("seekhelp": "seek help")
    out = formats.rewrite(_AWK).split("\n")
    assert out[13] == "- **Spasticity** \u2013 after spinal injury"  # (the "# disease;licence;comment" layout)
    assert out[36:40] == [""] * 4  # (the print statements)


_APPLESCRIPT = "\n".join([
    "Here is the Trelodine card as an AppleScript.", "", "```applescript", "(* Trelodine card *)",
    "-- Generic Name", 'property inn : "Trelodine"', 'set tradeNames to {"Trelo", "Delodyn"}',
    'set pharmClass to "Alpha-2 agonist"', "", "-- Usage", "set indications to {\u00ac",
    '\t{disease:"Spasticity", approval:"licensed"}, \u00ac',
    '\t{disease:"Tension headache", approval:"licensed"}, \u00ac',
    '\t{disease:"Opioid withdrawal", approval:"off-label", |why it helps|:"eases " & \u00ac',
    '\t\t"symptoms during tapering"}}', "", "-- Side Effects",
    'set adverseReactions to {\u00ac', '\tfrequent:{"Drowsiness", "Dry mouth"}, \u00ac',
    '\tserious:{"Slow heartbeat"}}',
    'set getHelp to "Call a doctor if you have fainting spells, " & return & \u00ac',
    '\t"a very slow pulse or chest pain."',
    "", "-- How it Works",
    'set action to "Trelodine activates the alpha-2 adrenergic receptor in the spinal cord, " & \u00ac',
    '\t"so fewer nerve signals reach the muscles."', "", "-- FAQs", "set questions to {\u00ac",
    '\t{q:"Can I drive while taking it?", a:"Not until you know how drowsy it makes you."}, \u00ac',
    '\t{q:"Should I stop it suddenly?", a:"No, taper it over a week or two."}}', "",
    "set trelodineCard to {inn:inn, tradeNames:tradeNames, pharmClass:pharmClass, indications:indications, \u00ac",
    "\tadverseReactions:adverseReactions, getHelp:getHelp, action:action, questions:questions}",
    "return trelodineCard", "```", "", "Run it in Script Editor to see the record."])


def test_an_applescripts_statements_read_once() -> None:
    x = _trelodine(_APPLESCRIPT)
    assert "chest pain" in [s.label for s in x.serious_signs]  # ('"a " & return & "b"': one string)
    out = formats.rewrite(_APPLESCRIPT).split("\n")
    assert out[24] == "Trelodine activates the alpha-2 adrenergic receptor in the spinal cord,"  # (once, though the
    assert out[32:36] == [""] * 4  # last record names every variable again)


_ONE_RECORD = "\n".join([
    "The card is one AppleScript record:", "", "```applescript", "set trelodineCard to {\u00ac",
    '\tinn:"Trelodine", \u00ac', '\ttradeNames:{"Trelo", "Delodyn"}, \u00ac', '\tpharmClass:"Alpha-2 agonist", \u00ac',
    "\tindications:{\u00ac", '\t\t{disease:"Spasticity"}, \u00ac', '\t\t{disease:"Tension headache"}, \u00ac',
    '\t\t{disease:"Opioid withdrawal", offLabel:true}}, \u00ac', "\t|adverse reactions|:{\u00ac",
    '\t\tfrequent:{"Drowsiness", "Dry mouth"}, \u00ac', '\t\tserious:{"Slow heartbeat"}}, \u00ac',
    '\tgetHelp:"Call a doctor if you have fainting spells, " & linefeed & \u00ac',
    '\t\t"a very slow pulse or chest pain.", \u00ac',
    '\taction:"Trelodine activates the alpha-2 adrenergic receptor in the spinal cord.", \u00ac',
    "\tquestions:{\u00ac",
    '\t\t{q:"Can I drive while taking it?", a:"Not until you know how drowsy it makes you."}, \u00ac',
    '\t\t{q:"Should I stop it suddenly?", a:"No, taper it over a week or two."}}}', "return trelodineCard", "```"])


def test_an_applescript_of_one_record() -> None:
    x = _trelodine(_ONE_RECORD)  # (a key in bars, "|adverse reactions|", its words)
    assert "chest pain" in [s.label for s in x.serious_signs]  # ('"a " & linefeed & "b"': one string, labelled)
