"""Answer formats firstcontact137's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Wolfram Language association, a Vim script dictionary and an ASN.1 module's value,
each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _morvalin(page: str, rare: str = "Serious"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Morvalin")
    assert [b.label for b in x.brand_names] == ["Morvex", "Valtora"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "xanthine oxidase inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Gout", None), ("Kidney stones", None),
                                                          ("Tumor lysis syndrome", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Joint pain", "Frequent", False), ("Diarrhea", "Frequent", False), ("Liver injury", rare, True)]
    assert _mech(x) == {("inhibits", "xanthine oxidase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?", "Why do my joints hurt at first?"]
    return x


_WOLFRAM = "\n".join([
    "```mathematica", "(* morvalin.wl: a drug card *)", "card = <|", "  (* ---- Generic Name ---- *)",
    '  "Inn" -> "Morvalin",', '  "TradeNames" -> {"Morvex", "Valtora"},',
    '  "PharmacologicClass" -> "xanthine oxidase inhibitor",', "", '  "Indications" -> <|',
    '    "Licensed" -> {', '      <|"Disease" -> "Gout", "Comment" -> "long-term, in adults"|>,',
    '      <|"Disease" -> "Kidney stones"|>', "    },",
    '    "Unlicensed" -> {<|"Disease" -> "Tumor lysis syndrome"|>}', "  |>,", '  "AdverseReactions" -> <|',
    '    "Frequent" -> {"Joint pain", "Diarrhea"},', '    "Serious" :> {"Liver injury"}', "  |>,",
    '  "Mechanism" -> "Morvalin inhibits xanthine oxidase, " <>', '    "the enzyme that makes uric acid.",',
    '  "Questions" -> {',
    '    <|"Question" -> "Can I drink alcohol?", "Answer" -> "Only a little: it raises uric acid."|>,',
    '    <|"Question" -> "Why do my joints hurt at first?", "Answer" -> "Falling uric acid can " <>',
    '      "set off a flare; it passes."|>', "  }", "|>;", "", "Dataset[card]", "```"])


def test_a_wolfram_association() -> None:
    x = _morvalin(_WOLFRAM)
    assert x.faqs[1].answer == "Falling uric acid can set off a flare; it passes."
    assert formats.rewrite(_WOLFRAM).split("\n")[-3:] == ["", "", ""]  # (the code after it, the fence)


def test_a_page_with_a_wolfram_settings_association_is_left_alone() -> None:
    page = ("## Usage\n\nMorvalin treats gout. To plot your uric acid readings in Mathematica:\n\n```wolfram\n"
            'opts = <|"PlotLabel" -> "Uric acid", "PlotRange" -> {0, 12},\n  "Joined" -> "yes",\n'
            '  "Frame" -> "true", "AxesLabel" -> {"week", "mg/dL"},\n  "ImageSize" -> "Medium",\n'
            '  "PlotStyle" -> "Red"|>;\nListPlot[readings, Normal[opts]]\n```\n\n## Side Effects\n\n- Joint pain\n')
    assert formats.rewrite(page) == page


_VIM = "\n".join([
    "```vim", '" morvalin.vim: a drug card', "let s:card = {", '      "\\ ==== Generic Name ====',
    "      \\ 'inn': 'Morvalin',", "      \\ 'trade_names': ['Morvex', 'Valtora'],",
    "      \\ 'category': 'xanthine oxidase inhibitor',", '      "\\ ==== Usage ====', "      \\ 'indications': {",
    "      \\   'licensed': [{'disease': 'Gout', 'comment': 'long-term, in adults'},",
    "      \\     {'disease': 'Kidney stones'}],", "      \\   'unlicensed': [{'disease': 'Tumor lysis syndrome'}],",
    "      \\ },", "      \\ 'adverse_reactions': {", "      \\   'frequent': ['Joint pain', 'Diarrhea'],",
    "      \\   'serious': ['Liver injury'],", "      \\ },", "      \\ 'mechanism': join([",
    "      \\   'Morvalin inhibits xanthine oxidase,',", "      \\   'the enzyme that makes uric acid.',",
    "      \\ ]),",
    "      \\ 'faqs': [", "      \\   {'q': 'Can I drink alcohol?', 'a': 'Only a little: it raises uric acid.'},",
    "      \\   {'q': 'Why do my joints hurt at first?', 'a': 'Falling uric acid can '",
    "      \\     .. 'set off a flare; it''s brief.'},", "      \\ ],", "      \\ }", "",
    "function! s:Show() abort", "  echo s:card.inn", "endfunction", "```"])


def test_a_vim_script_dictionary() -> None:
    x = _morvalin(_VIM)
    assert x.faqs[1].answer == "Falling uric acid can set off a flare; it's brief."
    assert formats.rewrite(_VIM).split("\n")[-5:] == [""] * 5  # (the function after it, the fence)


def test_a_page_with_a_vim_settings_dictionary_is_left_alone() -> None:
    page = ("## Usage\n\nMorvalin treats gout. My reminder plugin is set up like this:\n\n```vim\n"
            "let g:reminder = {\n      \\ 'drug': 'Morvalin',\n      \\ 'dose': '100 mg',\n      \\ 'time': '08:00',\n"
            "      \\ 'repeat': 'daily',\n      \\ 'sound': 'bell',\n      \\ 'label': 'Uric acid',\n      \\ }\n"
            "```\n\n## Side Effects\n\n- Joint pain\n")
    assert formats.rewrite(page) == page


_ASN1 = "\n".join([
    "```asn1", "MorvalinCard DEFINITIONS ::= BEGIN", "", "Often ::= ENUMERATED { frequent, rare }",
    "Indication ::= SEQUENCE { disease UTF8String, comment UTF8String OPTIONAL, unlicensed BOOLEAN DEFAULT FALSE }",
    "Reaction ::= SEQUENCE { symptom UTF8String, howOften Often, serious BOOLEAN DEFAULT FALSE }",
    "Card ::= SEQUENCE { inn UTF8String, tradeNames SEQUENCE OF UTF8String }", "",
    "morvalin Card ::= {", "    -- ---- Generic Name ----", '    inn "Morvalin",',
    '    tradeNames { "Morvex", "Valtora" },',
    '    category "xanthine oxidase inhibitor",', "    -- ---- Usage ----", "    indications {",
    '        { disease "Gout", comment "long-term, in adults" },', '        { disease "Kidney stones" },',
    '        { disease "Tumor lysis syndrome", unlicensed TRUE }', "    },", "    adverseReactions {",
    '        { symptom "Joint pain", howOften frequent },', '        { symptom "Diarrhea", howOften frequent },',
    '        { symptom "Liver injury", howOften rare, serious TRUE }', "    },",
    '    mechanism "Morvalin inhibits xanthine oxidase, the enzyme that makes uric acid.",', "    faqs {",
    '        { q "Can I drink alcohol?", a "Only a little: it raises uric acid." },',
    '        { q "Why do my joints hurt at first?", a "A ""flare"" can come as uric acid falls; it passes." }',
    "    }", "}", "", "END", "```"])


def test_an_asn1_value_after_its_types() -> None:
    x = _morvalin(_ASN1, rare="Rare")
    assert x.faqs[1].answer == 'A "flare" can come as uric acid falls; it passes.'
    assert formats.rewrite(_ASN1).split("\n")[:8] == [""] * 8  # (the fence, the header, the types)


def test_a_page_with_an_asn1_dose_record_is_left_alone() -> None:
    page = ("## Usage\n\nMorvalin treats gout. The pump sends each dose as this ASN.1 record:\n\n```asn1\n"
            "Unit ::= ENUMERATED { mg, mcg }\nDose ::= SEQUENCE { amount INTEGER, unit Unit }\n"
            "Log ::= SEQUENCE { drug UTF8String, doses SEQUENCE OF Dose }\n"
            'today Log ::= { drug "Morvalin", doses { { amount 100, unit mg }, { amount 50, unit mg } } }\n'
            "```\n\n## Side Effects\n\n- Joint pain\n")
    assert formats.rewrite(page) == page
