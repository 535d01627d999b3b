"""Answer formats firstcontact116's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): an Android strings.xml resource file, a MIME e-mail with a quoted-printable part, a
vCard, a Fortran namelist and a Ren'Py script, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _quenorel(page: str, rare: str = "Serious"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Quenorel")
    assert [b.label for b in x.brand_names] == ["Quenara", "Relvix"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "xanthine oxidase inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Gout", None), ("Kidney stones", None),
                                                          ("Tumour lysis syndrome", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Itchy rash", "Frequent", False), ("Upset stomach", "Frequent", False), ("Liver injury", rare, True)]
    assert _mech(x) == {("inhibits", "xanthine oxidase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?", "How long until it works?"]
    return x


_STRINGS_XML = "\n".join([
    "```xml", '<?xml version="1.0" encoding="utf-8"?>', "<resources>", "    <!-- == Generic Name == -->",
    '    <string name="drug_name" translatable="false">Quenorel</string>',
    '    <string-array name="trade_names">', "        <item>Quenara</item>", "        <item>Relvix</item>",
    "    </string-array>", '    <string name="drug_class">Xanthine oxidase inhibitor</string>', "",
    "    <!-- == Usage == -->", '    <string-array name="usage_licensed">',
    "        <item>Gout - to lower uric acid</item>", "        <item>Kidney stones</item>", "    </string-array>",
    '    <string-array name="usage_off_label">',
    "        <item>Tumour lysis syndrome</item>", "    </string-array>", "",
    "    <!-- == Side Effects == -->", '    <string-array name="side_effects_frequent">',
    "        <item>Itchy rash</item>", "        <item>Upset stomach</item>", "    </string-array>",
    '    <string-array name="side_effects_serious">', "        <item>Liver injury</item>", "    </string-array>",
    '    <string name="side_effects_get_help">Call a doctor at once if your skin or eyes turn yellow.</string>', "",
    "    <!-- == How it Works == -->",
    '    <string name="how_it_works">Quenorel inhibits xanthine oxidase in the liver.\\nIt is taken once a',
    "        day.</string>", "", "    <!-- == FAQs == -->",
    '    <string name="faq_1_q">Can I drink alcohol?</string>',
    '    <string name="faq_1_a">Only a little: it can bring on a gout attack.</string>',
    '    <string name="faq_2_q">How long until it works?</string>',
    '    <string name="faq_2_a">It takes a few months, and attacks can come at first. Don\\\'t stop it.</string>',
    "</resources>", "```"])


def test_an_android_strings_file_with_section_comments() -> None:
    x = _quenorel(_STRINGS_XML)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]
    assert "Don't stop it." in formats.rewrite(_STRINGS_XML)


def test_a_page_with_a_strings_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nQuenorel treats gout. Our app shows its labels from:\n\n```xml\n<resources>\n"
            '    <string name="app_name">Pill Timer</string>\n    <string name="ok">OK</string>\n'
            '    <string name="cancel">Cancel</string>\n    <string name="remind">Remind me</string>\n'
            '    <string name="later">Later</string>\n    <string name="done">Done</string>\n</resources>\n```\n\n'
            "## Side Effects\n\n- Itchy rash\n")
    assert formats._android(page) == page


_VCARD = "\n".join([
    "```vcard", "BEGIN:VCARD", "VERSION:4.0", "KIND:application", "FN:Quenorel", "N:Quenorel;;;;",
    "ORG:Quen Labs\\, Inc.", "X-TRADE-NAME:Quenara", "X-TRADE-NAME:Relvix", "X-CLASS:Xanthine oxidase inhibitor",
    "X-INDICATION;TYPE=licensed:Gout - to lower uric acid in people with ", " repeated attacks",
    "X-INDICATION;TYPE=licensed:Kidney stones", "X-INDICATION;TYPE=off-label:Tumour lysis syndrome",
    "X-ADVERSE-EFFECT;TYPE=frequent:Itchy rash", "X-ADVERSE-EFFECT;TYPE=frequent:Upset stomach",
    "X-ADVERSE-EFFECT;TYPE=serious:Liver injury",
    "X-GET-HELP:Call a doctor at once if your skin or eyes turn yel", " low.",
    "X-MECHANISM:Quenorel inhibits xanthine oxidase in the liver\\, so it is ", " taken once a day.",
    "X-FAQ;INDEX=1:Q: Can I drink alcohol? A: Only a little\\, it can bring on ", " a gout attack.",
    "X-FAQ;INDEX=2:Q: How long until it works? A: A few months.", "END:VCARD", "```"])


def test_a_vcard_whose_extension_properties_hold_the_sections() -> None:
    x = _quenorel(_VCARD)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]
    assert [f.answer for f in x.faqs][0] == "Only a little, it can bring on a gout attack."


def test_a_page_with_a_contact_card_is_left_alone() -> None:
    page = ("## Usage\n\nQuenorel treats gout. Your clinic's card:\n\n```vcard\nBEGIN:VCARD\nVERSION:4.0\n"
            "FN:Gout Clinic\nTEL:+1 555 0100\nX-ROOM:12\nX-FLOOR:2\nX-WING:East\nX-DESK:A\nX-HOURS:9-5\n"
            "X-PARKING:yes\nEND:VCARD\n```\n\n## Side Effects\n\n- Itchy rash\n")
    assert formats.rewrite(page) == page


_NAMELIST = "\n".join([
    "```fortran", "! quenorel.nml", "&drug", "  inn          = 'Quenorel'", "  trade_names  = 'Quenara',",
    "                 'Relvix'", "  pharm_class  = 'Xanthine oxidase inhibitor'", "/", "", "! ---- Usage ----",
    "&indications", "  item(1)%disease  = 'Gout'", "  item(1)%unlicensed = .false.",
    "  item(2)%disease  = 'Kidney stones'", "  item(2)%unlicensed = .false.",
    "  item(3)%disease  = 'Tumour lysis syndrome'", "  item(3)%unlicensed = .true.", "/", "",
    "&adverse_effects", "  frequent = 'Itchy rash', 'Upset stomach'", "  serious  = 'Liver injury'",
    "  get_help = 'Call a doctor at once if your skin or eyes turn yellow.'", "/", "", "&mechanism",
    "  text = 'Quenorel inhibits xanthine oxidase, so the body makes less of it''s uric acid.'", "/", "",
    "&questions", "  q(1) = 'Can I drink alcohol?'", "  a(1) = 'Only a little, it can bring on a gout attack.'",
    "  q(2) = 'How long until it works?'", "  a(2) = 'A few months.'", "/", "```"])


def test_a_fortran_namelist_with_a_group_per_section() -> None:
    x = _quenorel(_NAMELIST)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]
    assert "it's uric acid" in formats.rewrite(_NAMELIST)


def test_a_page_with_a_namelist_of_settings_is_left_alone() -> None:
    page = ("## Usage\n\nQuenorel treats gout. The model was run with:\n\n```fortran\n&time\n  dt = 0.5\n/\n&grid\n"
            "  nx = 100, ny = 100\n/\n&output\n  file = 'gout.dat'\n  every = 10\n/\n```\n\n"
            "## Side Effects\n\n- Itchy rash\n")
    assert formats.rewrite(page) == page


_MIME = "\n".join([
    "```eml", "From: Drug Desk <desk@example.org>", "To: You <you@example.com>", "Subject: Quenorel",
    "Date: Tue, 1 Apr 2025 08:00:00 +0000", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b42"', "",
    "This is a multi-part message in MIME format.", "", "--b42", 'Content-Type: text/plain; charset="utf-8"',
    "Content-Transfer-Encoding: quoted-printable", "", "GENERIC NAME", "Quenorel", "Brand names: Quenara, Relvix",
    "Drug class: xanthine oxidase inhibitor", "", "USAGE", "Approved uses:", "  - Gout =E2=80=93 to lower uric =",
    "acid", "  - Kidney stones", "Off-label use:", "  - Tumour lysis syndrome", "", "SIDE EFFECTS", "Frequent:",
    "  - Itchy rash", "  - Upset stomach", "Serious:", "  - Liver injury", "",
    "Call a doctor at once if your skin or eyes turn yel=", "low.", "", "HOW IT WORKS",
    "Quenorel inhibits xanthine oxidase in the liver, so it is taken once a =", "day.", "", "--b42",
    'Content-Type: text/plain; name="faqs.txt"', 'Content-Disposition: attachment; filename="faqs.txt"', "",
    "QUENOREL - FREQUENTLY ASKED QUESTIONS", "", "1. Can I drink alcohol?", "Only a little.", "",
    "2. How long until it works?", "A few months.", "", "--b42--", "```"])


def test_a_mime_mail_with_a_quoted_printable_part_and_an_attachment() -> None:
    x = _quenorel(_MIME)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]
    out = formats.rewrite(_MIME).split("\n")
    assert out[21:23] == ["  - Gout \u2013 to lower uric acid", ""]  # (the soft break: the next line's words here)


def test_a_page_with_a_from_line_keeps_it_before_the_mail() -> None:
    page = ("## Usage\n\nFrom: the leaflet.\nQuenorel treats gout.\n\n```eml\nFrom: a\nTo: b\nSubject: c\n"
            "Date: today\nContent-Transfer-Encoding: quoted-printable\n\nHi =\nthere\n```\n")
    assert formats.rewrite(page).split("\n") == ["## Usage", "", "From: the leaflet.", "Quenorel treats gout.", "",
                                                 "", "", "", "", "", "", "", "Hi there", "", "", ""]


_RENPY = "\n".join([
    "```renpy", "# quenorel.rpy", 'define d = Character("Dr Ames")', 'define p = Character("Sam")', "",
    "label start:", "    scene bg clinic", '    p "The doctor gave me Quenorel."', "    call generic_name",
    "    call usage", "    call side_effects", "    call how_it_works", "    call faqs", "    return", "",
    "label generic_name:", '    d "{b}Generic name:{/b} Quenorel"', '    d "Brand names: Quenara, Relvix"',
    '    d "Drug class: xanthine oxidase inhibitor"', "    return", "", "label usage:", '    d "It is used for:"',
    '    d "- Gout"', '    d "- Kidney stones"', '    p "Anything else?"', '    d "Off-label:"',
    '    d "- Tumour lysis syndrome"', "    return", "", "label side_effects:", "    show ames serious",
    '    d "Frequent:"', '    d "- Itchy rash"', '    d "- Upset stomach"', '    p "And the serious ones?"',
    '    d "- Liver injury"', '    d "Call a doctor at once if your skin or eyes turn yellow."', "    return", "",
    "label how_it_works:", '    d "Quenorel {i}inhibits{/i} xanthine oxidase in the liver."', "    return", "",
    "label faqs:", "    menu questions:", '        d "Ask me anything."', '        "Can I drink alcohol?":',
    '            d "Only a little."', "            jump questions", '        "How long until it works?":',
    '            d "A few months."', "            jump questions", '        "That\'s all.":',
    '            d "Take care, Sam."', "    return", "```"])


def test_a_renpy_script_with_a_label_per_section_and_a_menu_of_questions() -> None:
    x = _quenorel(_RENPY)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]
    assert "Take care" not in formats.rewrite(_RENPY)  # (the exit choice's words)


def test_a_page_with_a_renpy_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nQuenorel treats gout. Our game's first scene:\n\n```renpy\n"
            'define e = Character("Eileen")\n\nlabel start:\n    e "Hello!"\n    jump park\n\nlabel park:\n'
            '    e "Nice day."\n    jump home\n\nlabel home:\n    e "Goodbye."\n    return\n```\n\n'
            "## Side Effects\n\n- Itchy rash\n")
    assert formats.rewrite(page) == page
