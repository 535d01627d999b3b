"""Answer formats firstcontact147's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Stata do-file whose "input ... end" block is the answer's dataset, a Bencode dictionary
written one element per line and a Ballerina program's typed mapping constructor, each rewritten line for line
(:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _calvenor(page: str, named: bool = True):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target and questions as every test's page gives them (its name too when
    ``named``)."""
    _same_lines(page)
    x = _x(page, "Calvenor")
    if named:
        assert x.drug.label == "Calvenor"
    assert [b.label for b in x.brand_names] == ["Calvex", "Norvana"]
    assert x.drug_class is not None and x.drug_class.label == "carbonic anhydrase inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Glaucoma", None), ("Altitude sickness", None),
                                                          ("Idiopathic intracranial hypertension", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Tingling", "Frequent", False), ("Taste changes", "Frequent", False), ("Kidney stones", "Serious", True)]
    assert _mech(x) == {("inhibits", "carbonic anhydrase")}
    assert [(f.question, f.answer) for f in x.faqs] == [
        ("Can I drink soda with it?", "It may taste flat while you take it."),
        ("How fast does it work?", "Within two hours.")]
    return x


_STATA = "\n".join([
    "The card as a Stata dataset:", "", "```stata", "* calvenor.do -- one row per fact", "clear", "set more off", "",
    "input str14 part str12 kind str120 value str200 extra",
    '"Generic Name" "inn"        "Calvenor"                      ""',
    '"Generic Name" "brand"      "Calvex"                        "Lakeside Pharma"',
    '"Generic Name" "brand"      "Norvana"                       ""',
    '"Generic Name" "class"      "carbonic anhydrase inhibitor"  ""',
    '"Usage"        "approved"   "Glaucoma"                      "to lower eye pressure"',
    '"Usage"        "approved"   "Altitude sickness"             "taken before the climb"',
    '"Usage"        "unlicensed" "Idiopathic intracranial hypertension" "with weight loss"',
    '"Usage"        "not for"    "Sulfa allergy"                 ""',
    '"Side Effects" "frequent"   "Tingling"                      "in the fingers"',
    '"Side Effects" "frequent"   "Taste changes"                 ""',
    '"Side Effects" "serious"    "Kidney stones"                 ""',
    '"How it Works" "text"       "Calvenor inhibits carbonic anhydrase in the eye and the kidney." ""',
    '"FAQs"         "faq"        "Can I drink soda with it?"     "It may taste flat while you take it."',
    '"FAQs"         "faq"        "How fast does it work?"        "Within two hours."',
    "end", "", "list part kind value, sepby(part) noobs", "```"])


def test_a_stata_input_block_with_a_section_and_a_field_column() -> None:
    x = _calvenor(_STATA)  # ("unlicensed": an off-label use; "not for": a negation, no use)
    assert all(b.label != "Lakeside Pharma" for b in x.brand_names)  # (the extra cell of a brand: its maker)
    out = formats.rewrite(_STATA).split("\n")
    assert out[2:8] == [""] * 5 + ["## Generic Name"]  # (the fence, the comment, the statements; "input" free)
    assert out[-4:] == [""] * 4  # ("end", the list statement, the fence)


def test_an_unfenced_do_file_from_its_first_statement() -> None:
    page = _STATA.replace("```stata\n", "").replace("\n```", "")
    _calvenor(page)
    assert formats.rewrite(page).split("\n")[:7] == ["The card as a Stata dataset:", "", "", "", "", "",
                                                     "## Generic Name"]  # (the comment read as no list item)


_STATA_BLOCKS = "\n".join([
    "```stata", "* ---------- Generic Name ----------", "clear", "input str12 field str60 value",
    '"generic" "Calvenor"', '"brand" "Calvex"', '"brand" "Norvana"', '"class" "carbonic anhydrase inhibitor"', "end",
    'save "identity.dta", replace', "", "* ---------- Usage ----------", "clear",
    "input str40 condition str12 status str60 note", '"Glaucoma" "approved" "to lower eye pressure"',
    '"Altitude sickness" "approved" ""', '"Idiopathic intracranial hypertension" "off-label" "with weight loss"',
    "end", 'save "uses.dta", replace', "", "clear", "input str30 effect str12 frequency", '"Tingling" "Frequent"',
    '"Taste changes" "Frequent"', '"Kidney stones" "Serious"', "end", 'save "side_effects.dta", replace', "", "clear",
    "input strL mechanism", '"Calvenor inhibits carbonic anhydrase in the eye and the kidney."', "end",
    'save "how_it_works.dta", replace', "", "clear", "input str60 question str80 answer",
    '"Can I drink soda with it?" "It may taste flat while you take it."',
    '"How fast does it work?" "Within two hours."',
    "end", 'save "faqs.dta", replace', "```"])


def test_stata_input_blocks_one_per_section_named_by_comment_or_file() -> None:
    _calvenor(_STATA_BLOCKS)  # (no section column: a comment above the block or the file it is saved to)


def test_a_markdown_answer_with_a_stata_snippet_is_left_alone() -> None:
    page = ("## Usage\n\n- Glaucoma\n\n## Side Effects\n\n- Tingling\n\nAs a Stata dataset:\n\n```stata\n"
            "input str20 section str40 item\n" + "".join(f'"{s}" "Item {n}"\n' for n in range(2) for s in (
                "Usage", "Side Effects", "How it Works", "FAQs")) + "end\n```")
    assert formats.rewrite(page) == page
    assert formats._stata(page) != page  # (the reader itself would read the block: the page's headings keep it out)


_BENCODE = "\n".join([
    "Bencode takes no whitespace; the breaks below are only for reading.", "", "```", "d", "  6:brandsl",
    "    6:Calvex", "    7:Norvana", "  e", "  5:class28:carbonic anhydrase inhibitor", "  11:doses_a_dayi2e",
    "  3:faql", "    d",
    "      1:a36:It may taste flat while you take it.", "      1:q25:Can I drink soda with it?", "    e", "    d",
    "      1:a17:Within two hours.", "      1:q22:How fast does it work?", "    e", "  e",
    "  9:mechanism57:It inhibits carbonic anhydrase in the eye and the kidney.", "  4:name8:Calvenor",
    "  12:side_effectsd", "    8:frequentl", "      8:Tingling", "      13:Taste changes", "    e", "    7:seriousl",
    "      13:Kidney stones", "    e", "  e", "  4:usesd", "    8:approvedl", "      8:Glaucoma",
    "      17:Altitude sickness", "    e", "    9:off_labell", "      36:Idiopathic intracranial hypertension", "    e",
    "    7:not_forl", "      12:Sulfa allergy", "    e", "  e", "e", "```"])


def test_a_bencode_dictionary_one_element_per_line() -> None:
    _calvenor(_BENCODE)  # (the sorted keys put the name after the brands: it goes on their section's heading)
    out = formats.rewrite(_BENCODE).split("\n")
    assert out[12:14] == ["- **Can I drink soda with it?**", "  It may taste flat while you take it."]  # (the
    # answer's key sorts first: the question heads the item on the first of their lines)
    assert "sulfa allergy" in formats.rewrite(_BENCODE)  # (a length one byte short, "12:Sulfa allergy": mended)


_ZANTHOREL = "\n".join([
    "In Bencode; one element a line, indented only to be read.", "", "```", "d", "  6:brandsl", "    7:Zanthex", "  e",
    "  8:category26:xanthine oxidase inhibitor", "  3:faql", "    d",
    "      1:a54:Yes, keep taking it unless your doctor says otherwise.",
    "      1:q39:Should I keep taking it during a flare?", "    e", "    d",
    "      1:a39:To check your uric acid and your liver.", "      1:q26:Why do I need blood tests?", "    e", "  e",
    "  3:inn9:Zanthorel",
    "  19:mechanism_of_action69:Zanthorel inhibits xanthine oxidase, the enzyme that makes uric acid.",
    "  5:route4:oral", "  12:side_effectsd", "    6:commonl", "      13:Upset stomach", "      8:Headache", "    e",
    "    9:seek_help59:Call a doctor at once for a blistering rash or yellow skin.", "    7:seriousl",
    "      21:Severe skin reactions", "    e", "  e", "  5:usaged", "    8:approvedl", "      d",
    "        7:comment17:to prevent flares", "        9:condition4:Gout", "      e", "      d",
    "        9:condition20:Tumor lysis syndrome", "      e", "    e", "    7:not_forl",
    "      46:Acute attacks (colchicine is a quicker remedy)", "    e", "    9:off_labell", "      d",
    "        9:condition23:Uric acid kidney stones", "      e", "    e",
    "    8:overview66:Zanthorel is a xanthine oxidase inhibitor taken by mouth for gout.", "  e", "e", "```", "",
    "Reading the encoding:", "", "- `3:inn` is a key three bytes long.", "- `l` opens a list and `e` closes it."])


def test_bencode_sections_in_byte_order_each_under_its_key() -> None:
    page = _ZANTHOREL
    _same_lines(page)
    x = _x(page, "Zanthorel")
    assert x.drug.label == "Zanthorel"  # (not the brand: the name, sorted after the brands, on their section's heading)
    assert [b.label for b in x.brand_names] == ["Zanthex"]
    assert x.drug_class is not None and x.drug_class.label == "xanthine oxidase inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Gout", None), ("Tumor lysis syndrome", None),
                                                          ("Uric acid kidney stones", "off-label")]  # (no use
    # of the notes after the fence; the comment sorted before its condition no item of its own)
    assert _mech(x) == {("inhibits", "xanthine oxidase")}
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Upset stomach", "Common", False), ("Headache", "Common", False), ("Severe skin reactions", "Serious", True)]
    assert [f.question for f in x.faqs] == ["Should I keep taking it during a flare?", "Why do I need blood tests?"]
    out = formats.rewrite(page).split("\n")
    assert out[4] == "## Generic Name: Zanthorel"
    assert out[18:21] == ["## How it Works", "Zanthorel inhibits xanthine oxidase, the enzyme that makes uric acid.",
                          "## Route: oral"]  # (the name's own line free for the heading; a field sorted after a
    # section a section of its own, no run-in label in How it Works)
    assert out[34:36] == ["- **Gout**", "  \u2013 to prevent flares"]
    assert out[52] == "## Notes"  # (the closing fence: the notes under no section)


def test_a_bencode_negation_sorted_before_the_summary_is_an_item() -> None:
    page = _ZANTHOREL.replace("        7:comment17:to prevent flares\n", "")
    x = _x(page, "Zanthorel")  # (its bracket, "colchicine is a quicker remedy", no class: the summary after it the
    assert x.drug_class is not None and x.drug_class.label == "xanthine oxidase inhibitor"  # first paragraph)
    assert "- It is not used for acute attacks (colchicine is a quicker remedy)" in formats.rewrite(page).split("\n")


def test_text_with_a_few_length_prefixes_is_left_alone() -> None:
    page = "## Usage\n\n" + "\n".join(f"{n}:{'x' * n}\ne" for n in range(1, 12))
    assert formats.rewrite(page) == page
    assert formats._ben_lengths(page) == 11  # (every prefix right: the page's heading keeps the reader out)


_BALLERINA = "\n".join([
    "```ballerina", "import ballerina/io;", "", "public enum Often {", '    OFTEN = "Frequent",',
    '    GRAVE = "Serious"', "}", "", "type Indication record {|", "    string disease;", "    string comment?;",
    "    boolean unlicensed = false;",
    "|};", "", "type Reaction record {|", "    string symptom;", "    Often howOften;", "|};", "",
    "type Card record {|", "    string inn;", "    string[] tradeNames;", "    string pharmClass;",
    "    Indication[] indications;", "    Reaction[] reactions;", "    string action;", "    map<string> questions;",
    "|};", "", "final Card calvenor = {", "    inn: \"Calvenor\",", '    tradeNames: ["Calvex", "Norvana"],',
    '    pharmClass: "carbonic anhydrase inhibitor",', "    indications: [",
    '        {disease: "Glaucoma", comment: "to lower eye pressure"},', '        {disease: "Altitude sickness"},',
    '        {disease: "Idiopathic intracranial hypertension", unlicensed: true}', "    ],", "    reactions: [",
    '        {symptom: "Tingling", howOften: OFTEN},', '        {symptom: "Taste changes", howOften: OFTEN},',
    '        {symptom: "Kidney stones", howOften: GRAVE}', "    ],", "    action: string `Calvenor inhibits carbonic",
    "        anhydrase in the eye and the kidney.`,", "    questions: {",
    '        "Can I drink soda with it?": "It may taste flat while you take it.",',
    '        "How fast does it work?": "Within two hours."', "    }", "};", "", "public function main() {",
    "    io:println(calvenor);", "}", "```"])


def test_a_ballerina_mapping_constructor_with_a_string_template_and_enum_values() -> None:
    _calvenor(_BALLERINA)  # (the template's two lines the mechanism; "GRAVE" the "Serious" it stands for)
    out = formats.rewrite(_BALLERINA).split("\n")
    assert out[:29] == [""] * 29  # (the fence, the import, the enum and the record types)


def test_a_markdown_answer_with_a_ballerina_record_is_left_alone() -> None:
    page = ("## Usage\n\n- Glaucoma\n\n## Side Effects\n\n- Tingling\n\nThe same in Ballerina:\n\n```ballerina\n"
            "type Use record {|\n    string condition;\n|};\n\n"
            "type Card record {|\n    string inn;\n    Use[] uses;\n|};\n\n"
            "final Card x = {\n    inn: \"Calvenor\",\n    brand: \"Calvex\",\n    klass: \"x\",\n"
            "    route: \"oral\",\n"
            "    form: \"tablet\",\n    uses: [\n        {condition: \"Glaucoma\"}\n    ]\n};\n```")
    assert formats.rewrite(page) == page
    assert len(formats._BAL_RECORD.findall(page)) == 2  # (the reader's marks are there: the headings keep it out)
