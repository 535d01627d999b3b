"""Answer notations firstcontact103's pages showed the reader had never seen, pinned on invented pages (other drugs,
other key names, other words): a Lua table, EDN, Protocol Buffers text format, an Apple property list, an INI file and
MoinMoin's own markup, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _effects(x) -> list[tuple[str, str | None, bool]]:
    return [(e.label, e.category, e.serious) for e in x.side_effects]


_LUA = "\n".join([
    "```lua", "-- tolvexin.lua: the monograph as a table", "", "return {", "  identity = {",
    '    generic = "Tolvexin",', '    trade_names = { "Tolvix", "Vexamor" },',
    '    pharmacologic_class = "Lipase inhibitor",',
    "  },", "  indications = {", '    overview = "Tolvexin is a lipase inhibitor taken with meals to cut fat "',
    '      .. "absorption.",', "    licensed = {",
    '      { disease = "Obesity", short = "BMI30", note = "With a diet." },',
    "    },", "    unlicensed = {", '      { disease = "Type 2 diabetes", note = "As an add-on." },', "    },",
    "  },",
    "  adverse_effects = {", '    frequent = { "Oily stools", "Flatulence" },',
    '    severe = { { item = "Liver injury", note = "Rare; stop the drug." } },', "  },", "  mechanism = {",
    "    text = [[", "It stops the gut from splitting dietary fat, so less of it is absorbed.", "]],",
    '    targets = { { name = "pancreatic lipase", action = "inhibits" } },', "  },", "  questions = {",
    '    { question = "Should I take vitamins?", answer = "Yes, a multivitamin at bedtime." },',
    '    { question = "Can I skip a meal?", answer = "Then skip the dose too." },', "  },", "}", "```"])


def test_a_lua_table() -> None:
    _same_lines(_LUA)
    x = _x(_LUA, "Tolvexin")
    assert [b.label for b in x.brand_names] == ["Tolvix", "Vexamor"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "lipase inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Obesity", None), ("Type 2 diabetes", "off-label")]
    assert x.treats[0].abbreviation == "BMI30"
    assert _effects(x) == [("Oily stools", "Frequent", False), ("Flatulence", "Frequent", False),
                           ("Liver injury", "Severe", True)]
    assert _mech(x) == {("inhibits", "pancreatic lipase")}
    assert [f.question for f in x.faqs] == ["Should I take vitamins?", "Can I skip a meal?"]


def test_lua_assignments_in_a_page_of_prose_are_left_alone() -> None:
    page = ("## Usage\n\nIn a script you might write `dose = { morning = 1 }`:\n\nconfig = {\n  a = 1,\n  b = 2,\n"
            "  c = 3,\n  d = 4,\n  e = 5,\n  f = 6,\n  g = 7,\n  h = 8,\n}\n\nIt treats gout.")
    assert formats.rewrite(page) == page


_EDN = "\n".join([
    "```clojure", ";; the monograph as EDN", "{:drug/name \"Parvocaine\"", " :trade-names [\"Parvex\" \"Caino\"]",
    " :class \"Local anaesthetic\"", " :routes #{:topical :infiltration}", "",
    " :indications", " {:overview \"Parvocaine numbs the skin before minor procedures and stitches.\"",
    "  :licensed [{:disease \"Skin biopsy pain\" :note \"Applied an hour before.\"}]",
    "  :unlicensed [{:disease \"Postherpetic neuralgia\"}]}", "",
    " :adverse-effects", " {:frequent [\"Skin redness\"   ; where it was applied", "            \"Itching\"]",
    "  :rare [\"Methaemoglobinaemia\"]", "  :get-help \"Get help at once if your lips turn blue.\"}", "",
    " :mode-of-action {:targets [{:name \"voltage-gated sodium channels\" :action :blocker}]}", "",
    " :questions [{:q \"Can I use it on broken skin?\" :a \"No.\"}",
    "             {:q \"Does it sting?\" :a \"Rarely.\"}]}",
    "```"])


def test_an_edn_map() -> None:
    _same_lines(_EDN)
    x = _x(_EDN, "Parvocaine")
    assert [b.label for b in x.brand_names] == ["Parvex", "Caino"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "local anaesthetic"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Skin biopsy pain", None),
                                                          ("Postherpetic neuralgia", "off-label")]
    assert _effects(x) == [("Skin redness", "Frequent", False), ("Itching", "Frequent", False),
                           ("Methaemoglobinaemia", "Rare", False)]
    assert [s.label for s in x.serious_signs] == ["lips turning blue"]
    assert _mech(x) == {("blocks", "voltage-gated sodium channel")}
    assert [f.question for f in x.faqs] == ["Can I use it on broken skin?", "Does it sting?"]


def test_keywords_in_a_clojure_snippet_without_sections_are_left_alone() -> None:
    page = ("## Usage\n\nIt treats gout. A config map:\n\n{:port 8080\n :host \"x\"\n :user \"y\"\n :mode :dev\n"
            " :debug true\n :retries 3\n :timeout 10}\n")
    assert formats.rewrite(page) == page


_PROTO = "\n".join([
    "```textproto", "# proto-message: Monograph", "", "# ====== Generic Name ======", 'inn: "Quembrisant"',
    'trade_name: "Quembra"', 'trade_name: "Brisa"', 'pharmacologic_class: "Endothelin receptor antagonist"',
    "", "# ====== Usage ======", "indications {", '  disease: "Pulmonary arterial hypertension" short: "PAH"',
    "  approval: LICENSED", "}", "indications {", '  disease: "Digital ulcers"', "  approval: OFF_LABEL", "}",
    "", "# ====== Side Effects ======", 'adverse { label: "Headache" frequency: VERY_COMMON }',
    'adverse { label: "Anaemia" frequency: UNCOMMON serious: true note: "Check blood counts." }', "",
    "# ====== How it Works ======", 'targets { name: "endothelin A receptors" action: ANTAGONIST }', "",
    "# ====== FAQs ======", 'questions { question: "Is it safe in pregnancy?" answer: "No." }',
    'questions { question: "Do I need liver tests?" answer: "Yes, monthly." }', "```"])


def test_a_protocol_buffers_text_message() -> None:
    _same_lines(_PROTO)
    x = _x(_PROTO, "Quembrisant")
    assert [b.label for b in x.brand_names] == ["Quembra", "Brisa"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "endothelin receptor antagonist"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Pulmonary arterial hypertension", None),
                                                          ("Digital ulcers", "off-label")]
    assert x.treats[0].abbreviation == "PAH"
    assert _effects(x) == [("Headache", "Very common", False), ("Anaemia", "Uncommon", True)]
    assert _mech(x) == {("blocks", "endothelin A receptor")}
    assert [f.question for f in x.faqs] == ["Is it safe in pregnancy?", "Do I need liver tests?"]


def test_css_rules_are_no_messages() -> None:
    page = ("## Usage\n\nIt treats gout.\n\n```css\nbody {\n  color: red;\n}\nh1 {\n  margin: 0;\n}\n"
            "p { padding: 2px; }\n```\n")
    assert formats.rewrite(page) == page


_PLIST = "\n".join([
    '<?xml version="1.0" encoding="UTF-8"?>', '<plist version="1.0">', "<dict>",
    "\t<key>Name</key>", "\t<string>Loravimab</string>", "\t<key>TradeNames</key>",
    "\t<array><string>Lorava</string></array>", "\t<key>PharmacologicClass</key>",
    "\t<string>Anti-IL-13 monoclonal antibody</string>", "\t<key>Indications</key>", "\t<dict>",
    "\t\t<key>Licensed</key>", "\t\t<array>", "\t\t\t<dict>", "\t\t\t\t<key>Disease</key>",
    "\t\t\t\t<string>Atopic dermatitis</string>", "\t\t\t</dict>", "\t\t</array>",
    "\t\t<key>OffLabel</key>", "\t\t<array>", "\t\t\t<string>Eosinophilic oesophagitis</string>", "\t\t</array>",
    "\t</dict>", "\t<key>AdverseEffects</key>", "\t<dict>", "\t\t<key>VeryCommon</key>", "\t\t<array>",
    "\t\t\t<string>Conjunctivitis</string>", "\t\t</array>", "\t\t<key>Rare</key>", "\t\t<array>",
    "\t\t\t<string>Eye inflammation</string>", "\t\t</array>", "\t</dict>", "\t<key>MechanismOfAction</key>",
    "\t<dict>", "\t\t<key>Target</key>", "\t\t<string>interleukin-13 receptor</string>", "\t\t<key>Action</key>",
    "\t\t<string>Antagonist</string>", "\t</dict>", "\t<key>Questions</key>", "\t<array>",
    "\t\t<dict><key>Q</key><string>Is it an injection?</string><key>A</key><string>Yes.</string></dict>",
    "\t</array>", "</dict>", "</plist>"])


def test_an_apple_property_list() -> None:
    _same_lines(_PLIST)
    x = _x(_PLIST, "Loravimab")
    assert [b.label for b in x.brand_names] == ["Lorava"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "anti-il-13 monoclonal antibody"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Atopic dermatitis", None),
                                                          ("Eosinophilic oesophagitis", "off-label")]
    assert _effects(x) == [("Conjunctivitis", "Very common", False), ("Eye inflammation", "Rare", False)]
    assert _mech(x) == {("blocks", "interleukin-13 receptor")}
    assert [f.question for f in x.faqs] == ["Is it an injection?"]


_INI = "\n".join([
    "```ini", "; sombrelin.ini", "", "[Identity]", "generic = Sombrelin", "trade_names = Sombra, Nocta",
    "pharmacologic_class = Orexin receptor antagonist", "", "[Indications]",
    "overview = Sombrelin is taken at bedtime by people who cannot fall asleep.",
    "licensed_1 = Insomnia", "licensed_1_note = Trouble falling or staying asleep.",
    "unlicensed_1 = Jet lag", "", "[Adverse.VeryCommon]", "item_1 = Drowsiness the next day", "item_2 = Headache", "",
    "[Adverse.Severe]", "item_1 = Sleep paralysis", "", "[Action]",
    "main = Sombrelin blocks orexin receptors in the brain, switching off the wake signal.", "", "[Questions]",
    "question_1 = Can I drive the next day?", "answer_1 = Not until you feel fully awake.",
    "question_2 = Is it habit-forming?", "answer_2 = Less than older sleeping pills.", "```"])


def test_an_ini_file() -> None:
    _same_lines(_INI)
    x = _x(_INI, "Sombrelin")
    assert [b.label for b in x.brand_names] == ["Sombra", "Nocta"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "orexin receptor antagonist"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Insomnia", None), ("Jet lag", "off-label")]
    assert _effects(x) == [("Drowsiness the next day", "Very common", False), ("Headache", "Very common", False),
                           ("Sleep paralysis", "Severe", True)]
    assert ("blocks", "orexin receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I drive the next day?", "Is it habit-forming?"]


def test_a_toml_answer_and_a_page_naming_a_section_are_left_to_their_readers() -> None:
    toml = ('[usage]\nuses = "Gout"\n[side_effects]\nitems = "Rash"\n[faqs]\nq1 = "Why?"\na1 = "Because."\n'
            'x = "1"\ny = "2"\n')
    assert formats.rewrite(toml) == toml
    page = ("## Usage\n\nSet these in [settings]:\n\n[a]\nx = 1\n[b]\ny = 2\n[c]\nz = 3\nw = 4\nv = 5\nu = 6\n\n"
            "It treats gout.")
    assert formats.rewrite(page) == page


_MOIN = "\n".join([
    "#format wiki", "#language en", "", "= Tamsudrine =", "", "<<TableOfContents(2)>>", "", "== Generic Name ==",
    "", " Brand name:: Tamsa", " Drug class:: Alpha blocker", "", "== Usage ==", "", " * Benign prostatic enlargement",
    "", "== Side Effects ==", "", "=== Common ===", " * Dizziness", "", "{{{#!wiki caution",
    "Get help at once if you faint.", "}}}", "", "== FAQs ==", "", "=== Can I drink alcohol? ===",
    "Better not."])


def test_moinmoin_fields_and_boxes() -> None:
    _same_lines(_MOIN)
    out = formats.rewrite(_MOIN).split("\n")
    assert out[0] == out[5] == out[21] == out[23] == ""
    assert out[9] == "**Brand name:** Tamsa"
    x = _x(_MOIN, "Tamsudrine")
    assert [b.label for b in x.brand_names] == ["Tamsa"]
    assert [s.label for s in x.serious_signs] == ["fainting"]
