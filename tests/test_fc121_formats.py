"""Answer formats firstcontact121's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Rust struct literal, an Emacs Lisp plist and a C header of string macros, each
rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _velanorin(page: str, rare: str = "Rare"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Velanorin")
    assert [b.label for b in x.brand_names] == ["Velarin", "Norivel"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "xanthine oxidase inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Gout", None), ("Kidney stones", None),
                                                          ("Tumour lysis syndrome", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Rash", "Frequent", False), ("Diarrhoea", "Frequent", False), ("Bone marrow suppression", rare, True)]
    assert ("inhibits", "xanthine oxidase") in _mech(x)
    assert [f.question for f in x.faqs] == ["Should I take it with food?", "Can I drink beer?"]
    return x


_RUST = "\n".join([
    "```rust", "//! velanorin.rs: a drug card", "", "#[derive(Debug)]", "pub enum HowOften {", "    Frequent,",
    "    Rare,", "}", "", "pub struct Indication {", "    pub disease: &'static str,", "    pub comment: &'static str,",
    "    pub unlicensed: bool,", "}", "", "pub struct Card {", "    pub inn: &'static str,",
    "    pub trade_names: Vec<&'static str>,", "    pub indications: Vec<Indication>,", "}", "",
    "use HowOften::*;", "", "pub fn card() -> Card {", "    Card {", '        inn: "Velanorin",',
    '        trade_names: vec!["Velarin", "Norivel"],', '        pharmacologic_class: "xanthine oxidase inhibitor",',
    "        indications: vec![",
    '            Indication { disease: "Gout", comment: "long-term control", unlicensed: false },',
    '            Indication { disease: "Kidney stones", comment: "made of uric acid", unlicensed: false },',
    "            Indication {", '                disease: "Tumour lysis syndrome",',
    '                comment: "before chemotherapy",', "                unlicensed: true,", "            },",
    "        ],", "        adverse_reactions: &[",
    '            Reaction { name: "Rash", how_often: Frequent, serious: false },',
    '            Reaction { name: "Diarrhoea", how_often: Frequent, serious: false },',
    '            Reaction { name: "Bone marrow suppression", how_often: Rare, serious: true },', "        ],",
    '        mechanism: "Velanorin inhibits the enzyme xanthine oxidase, so the body \\',
    '            makes less uric acid.",', "        faqs: vec![",
    '            Faq { q: "Should I take it with food?", a: "Yes, after a meal." },',
    '            Faq { q: "Can I drink beer?", a: "Better not, beer raises uric acid." },', "        ],",
    "    }", "}", "```"])


def test_a_rust_struct_literal_returned_by_a_function() -> None:
    _velanorin(_RUST)
    assert formats.rewrite(_RUST).split("\n")[:24] == [""] * 24  # (the fence, the enum, the structs, the "fn")


def test_a_rust_note_that_prevents_and_relieves_is_no_prevention() -> None:
    page = _RUST.replace('comment: "long-term control"', 'comment: "prevents and relieves attacks"')
    assert [u.qualifier for u in _x(page, "Velanorin").treats if u.label == "Gout"] == [None]


def test_a_page_with_a_rust_settings_literal_is_left_alone() -> None:
    page = ("Velanorin treats gout. A reminder app can store the dose as a Rust constant:\n\n```rust\n"
            "pub struct Reminder {\n    pub drug: &'static str,\n    pub times: &'static [&'static str],\n}\n\n"
            'pub const MORNING: Reminder = Reminder {\n    drug: "Velanorin",\n    dose: "100 mg",\n'
            '    times: &["08:00", "20:00"],\n    sound: "bell",\n    label: "Gout tablets",\n'
            '    notes: vec!["with water", "after food"],\n    snooze: 10,\n};\n```\n\nTake it after a meal.\n')
    assert formats.rewrite(page) == page


_ELISP = "\n".join([
    "Here is the card as Emacs Lisp; read it with `plist-get`.", "", "```emacs-lisp",
    ";;; velanorin-card.el --- a drug card  -*- lexical-binding: t; -*-", ";;; Code:", "",
    "(defvar velanorin-card", "  '(:inn \"Velanorin\"", "    :trade-names (\"Velarin\" \"Norivel\")",
    "    :pharmacologic-class \"xanthine oxidase inhibitor\"", "    :route oral", "",
    "    :indications", "    (:licensed", "     ((\"Gout\" . \"long-term control\")",
    "      (\"Kidney stones\" . \"made of uric acid\"))", "     :unlicensed",
    "     ((\"Tumour lysis syndrome\" . \"before chemotherapy\")))", "",
    "    :adverse-reactions", "    (:frequent (\"Rash\" \"Diarrhoea\")", "     :serious (\"Bone marrow suppression\")",
    "     :call-a-doctor \"Call a doctor at once if you get a fever or a sore throat.\")", "",
    "    :mechanism ((target . \"xanthine oxidase\") (action . inhibitor))", "",
    "    :faqs", "    ((:q \"Should I take it with food?\" :a \"Yes, after a meal.\")",
    "     (:q \"Can I drink beer?\"", "      :a \"Better not, beer raises uric acid.\")))",
    "  \"Velanorin as a plist.\")", "", "(provide 'velanorin-card)", ";;; velanorin-card.el ends here", "```"])


def test_an_emacs_lisp_plist_with_dotted_pairs_and_an_alist() -> None:
    x = _velanorin(_ELISP, rare="Serious")
    assert [r.label for r in x.routes] == ["oral"]  # (a bare symbol its word)
    assert [s.label for s in x.serious_signs] == ["fever or a sore throat"]
    out = formats.rewrite(_ELISP).split("\n")
    assert out[14] == "- **Gout** \u2013 long-term control"  # (a dotted pair's cdr the use's note)
    assert out[-5:] == [""] * 5  # (the docstring, "(provide ...)", the footer and the fence)


def test_a_page_with_an_emacs_settings_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nVelanorin treats gout. An Emacs reminder can hold the dose:\n\n```elisp\n"
            "(defvar velanorin-reminder\n  '(:drug \"Velanorin\"\n    :dose \"100 mg\"\n    :time \"08:00\"\n"
            "    :repeat t\n    :sound bell\n    :label \"Gout\"\n    :days (mon tue wed)))\n```\n\n"
            "## Side Effects\n\n- Rash\n")
    assert formats.rewrite(page) == page


_C_HEADER = "\n".join([
    "```c", "/*", " * velanorin_card.h - the card as string macros", " */", "#ifndef VELANORIN_CARD_H",
    "#define VELANORIN_CARD_H", "", "/* === Generic Name === */", '#define VELANORIN_INN "Velanorin"',
    '#define VELANORIN_TRADE_NAMES { "Velarin", "Norivel" }',
    '#define VELANORIN_PHARMACOLOGIC_CLASS "xanthine oxidase inhibitor"', "", "/* === Usage === */",
    '#define VELANORIN_INDICATION_1 "Gout: long-term control"',
    '#define VELANORIN_INDICATION_2 "Kidney stones: made of uric acid"',
    '#define VELANORIN_UNLICENSED_1 "Tumour lysis syndrome: before chemotherapy"', "",
    "/* === Adverse reactions === */", '#define VELANORIN_ADVERSE_REACTIONS_FREQUENT { "Rash", \\',
    '                                                "Diarrhoea" }',
    '#define VELANORIN_ADVERSE_REACTIONS_SERIOUS { "Bone marrow suppression" }', "",
    "/* === How it Works === */", "#define VELANORIN_MECHANISM \\",
    '    "Velanorin inhibits the enzyme xanthine oxidase, so the body " \\', '    "makes less uric acid."', "",
    "/* === FAQs === */", "#define VELANORIN_QUESTION_COUNT 2",
    '#define VELANORIN_QUESTION_1 "Should I take it with food?"', '#define VELANORIN_ANSWER_1 "Yes, after a meal."',
    '#define VELANORIN_QUESTION_2 "Can I drink beer?"',
    '#define VELANORIN_ANSWER_2 "Better not, beer raises uric acid."', "", "#endif /* VELANORIN_CARD_H */", "```"])


def test_a_c_header_of_string_macros() -> None:
    _velanorin(_C_HEADER, rare="Serious")
    out = formats.rewrite(_C_HEADER).split("\n")
    assert out[13] == "- **Gout** \u2013 long-term control"  # (a use's "Condition: note" its entry and note)
    assert out[:7] == [""] * 7 and out[-3:] == [""] * 3  # (the file comment, the include guard, the fence)


def test_an_unfenced_c_header_before_a_sign_off() -> None:
    page = _C_HEADER.replace("```c\n", "").replace("\n```", "") + "\n\nInclude it with `#include`."
    _velanorin(page, rare="Serious")
    assert formats.rewrite(page).split("\n")[-1] == "Include it with `#include`."


def test_a_page_with_c_settings_macros_is_left_alone() -> None:
    page = ("## Usage\n\nVelanorin treats gout. A pill-box firmware keeps its labels as macros:\n\n```c\n"
            '#define PILLBOX_DRUG "Velanorin"\n#define PILLBOX_DOSE "100 mg"\n#define PILLBOX_TIME_1 "08:00"\n'
            '#define PILLBOX_TIME_2 "20:00"\n#define PILLBOX_SOUND "bell"\n#define PILLBOX_LABEL "Gout"\n'
            '#define PILLBOX_DAYS { "Mon", "Wed", "Fri" }\n#define PILLBOX_NOTE "after food"\n'
            "#define PILLBOX_SNOOZE 10\n```\n\n## Side Effects\n\n- Rash\n")
    assert formats.rewrite(page) == page
