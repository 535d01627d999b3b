"""Answer formats firstcontact118's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): an Atom feed entry whose content is escaped HTML, an XLIFF translation file, an SVG
infographic and a Jsonnet file, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _tavemirol(page: str, frequent: str = "Frequent"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two in the group ``frequent``, one serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Tavemirol")
    assert [b.label for b in x.brand_names] == ["Tavix", "Mirolen"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "proton pump inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Heartburn", None), ("Stomach ulcers", None),
                                                          ("Barrett's esophagus", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", frequent, False), ("Bloating", frequent, False), ("Low magnesium", "Serious", True)]
    assert _mech(x) == {("inhibits", "proton pump")}
    assert [f.question for f in x.faqs] == ["Should I take it before breakfast?", "Can I take it for years?"]
    return x


_ATOM = "\n".join([
    "Here is the entry as an Atom feed.", "", "```xml", '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">', "  <title>Pharmacy leaflets</title>", "  <entry>",
    "    <title>Tavemirol</title>", "    <author><name>Leaflet desk</name></author>",
    '    <category term="reflux" label="Reflux"/>', '    <content type="html">',
    "      &lt;h2&gt;Generic Name&lt;/h2&gt;",
    "      &lt;p&gt;&lt;strong&gt;Tavemirol&lt;/strong&gt;. Brand names: Tavix, Mirolen.",
    "      Drug class: proton pump inhibitor.&lt;/p&gt;", "      &lt;h2&gt;Usage&lt;/h2&gt;", "      &lt;ul&gt;",
    "      &lt;li&gt;&lt;strong&gt;Heartburn&lt;/strong&gt; &amp;ndash; in adults&lt;/li&gt;",
    "      &lt;li&gt;&lt;strong&gt;Stomach ulcers&lt;/strong&gt;&lt;/li&gt;", "      &lt;/ul&gt;",
    "      &lt;p&gt;Off-label:&lt;/p&gt;",
    "      &lt;ul&gt;&lt;li&gt;&lt;strong&gt;Barrett's esophagus&lt;/strong&gt;&lt;/li&gt;&lt;/ul&gt;",
    "      &lt;h2&gt;Side Effects&lt;/h2&gt;", "      &lt;h3&gt;Frequent&lt;/h3&gt;", "      &lt;ul&gt;",
    "      &lt;li&gt;Headache&lt;/li&gt;", "      &lt;li&gt;Bloating&lt;/li&gt;", "      &lt;/ul&gt;",
    "      &lt;h3&gt;Serious&lt;/h3&gt;", "      &lt;ul&gt;", "      &lt;li&gt;Low magnesium&lt;/li&gt;",
    "      &lt;/ul&gt;", "      &lt;p&gt;Get help at once if you have black stools.&lt;/p&gt;",
    "      &lt;h2&gt;How it Works&lt;/h2&gt;",
    "      &lt;p&gt;Tavemirol inhibits the proton pump in the stomach lining,&lt;/p&gt;",
    "      &lt;h2&gt;FAQs&lt;/h2&gt;", "      &lt;h3&gt;Should I take it before breakfast?&lt;/h3&gt;",
    "      &lt;p&gt;Yes, 30 minutes before the first meal.&lt;/p&gt;",
    "      &lt;h3&gt;Can I take it for years?&lt;/h3&gt;", "      &lt;p&gt;Only if your doctor says so.&lt;/p&gt;",
    "    </content>", "  </entry>", "</feed>", "```",
])


def test_an_atom_entry_whose_content_is_escaped_html() -> None:
    x = _tavemirol(_ATOM)
    assert [s.label for s in x.serious_signs] == ["black stools"]
    said = formats.rewrite(_ATOM)
    assert "<h2>Usage</h2>" in said and "Leaflet desk" not in said  # (the feed's own elements are no answer)


def test_a_page_with_a_short_atom_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nTavemirol treats heartburn. The pharmacy's news feed announced it:\n\n```xml\n"
            '<feed xmlns="http://www.w3.org/2005/Atom">\n  <entry>\n    <title>New: Tavemirol</title>\n'
            '    <content type="html">Now in stock: &lt;b&gt;20 mg&lt;/b&gt; tablets.</content>\n'
            "  </entry>\n</feed>\n```\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_XLIFF = "\n".join([
    "The leaflet as XLIFF 2.0:", "", "```xml", '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="fr">',
    '  <file id="leaflet">', "    <notes><note>Keep the brand names.</note></notes>",
    '    <group id="name" name="Generic Name">',
    '      <unit id="name.inn" translate="no"><segment><source>Tavemirol</source></segment></unit>',
    '      <unit id="name.tradeNames"><segment><source>Tavix, Mirolen</source></segment></unit>',
    '      <unit id="name.class"><segment><source>Proton pump inhibitor</source></segment></unit>', "    </group>",
    '    <group id="use" name="Usage">', '      <unit id="use.a">',
    '        <segment><source><pc id="b1" type="fmt" subType="xlf:b">Heartburn</pc> in adults.</source></segment>',
    "      </unit>", '      <unit id="use.b">',
    '        <segment><source><pc id="b1" type="fmt" subType="xlf:b">Stomach ulcers</pc>.</source></segment>',
    "      </unit>", '      <unit id="use.c">', '        <notes><note category="status">Unlicensed use.</note></notes>',
    "        <segment><source><pc id=\"b1\" type=\"fmt\" subType=\"xlf:b\">Barrett's esophagus</pc>.</source>",
    '          <target><pc id="b1" type="fmt" subType="xlf:b">Oesophage de Barrett</pc>.</target></segment>',
    "      </unit>", "    </group>", '    <group id="adverse" name="Side Effects">',
    '      <unit id="adverse.frequent"><segment><source>Frequent: headache; bloating.</source></segment></unit>',
    '      <unit id="adverse.serious"><segment><source>Serious: low magnesium.</source></segment></unit>',
    "    </group>", '    <group id="moa" name="How it Works">',
    '      <unit id="moa.text"><segment><source>Tavemirol inhibits the proton pump',
    "        in the stomach lining.</source></segment></unit>", "    </group>", '    <group id="qa" name="FAQs">',
    '      <unit id="qa1.question"><segment><source>Should I take it before breakfast?</source></segment></unit>',
    '      <unit id="qa1.answer"><segment><source>Yes, 30 minutes before the first meal.</source></segment></unit>',
    '      <unit id="qa2.question"><segment><source>Can I take it for years?</source></segment></unit>',
    '      <unit id="qa2.answer"><segment><source>Only if your doctor says so.</source></segment></unit>',
    "    </group>", "  </file>", "</xliff>", "```",
])


def test_an_xliff_file_of_groups_and_units() -> None:
    _tavemirol(_XLIFF)
    assert "Oesophage" not in formats.rewrite(_XLIFF)  # (a unit's target is the translation, not the answer)


def test_a_page_with_an_xliff_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nTavemirol treats heartburn. The label's strings are sent for translation:\n\n```xml\n"
            '<xliff version="2.0" srcLang="en">\n  <file id="f">\n    <unit id="u1"><segment><source>Take before '
            'food.</source></segment></unit>\n    <unit id="u2"><segment><source>Keep dry.</source></segment></unit>'
            "\n  </file>\n</xliff>\n```\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_SVG = "\n".join([
    "An infographic you can print:", "", "```svg", '<svg xmlns="http://www.w3.org/2000/svg" width="800" height="900">',
    "  <title>Tavemirol at a glance</title>", "  <desc>A poster about Tavemirol.</desc>", "  <style>",
    "    .section-title { font-size: 24px; font-weight: 700; }", "    .group { font-size: 18px; font-weight: bold; }",
    "    .body { font-size: 14px; }", "    .em { font-weight: bold; }", "  </style>", "  <!-- identity -->",
    '  <text x="20" y="40" class="section-title">Generic Name</text>',
    '  <text x="20" y="70" class="body">Tavemirol. Brand names: <tspan class="em">Tavix</tspan>,',
    '    <tspan class="em">Mirolen</tspan>.</text>',
    '  <text x="20" y="95" class="body">Drug class: proton pump inhibitor.</text>',
    '  <text x="20" y="140" class="section-title">Usage</text>', '  <text x="20" y="170" class="body">',
    '    <tspan x="30"><tspan class="em">&#8226; Heartburn</tspan> in adults</tspan>',
    '    <tspan x="30" dy="20"><tspan class="em">&#8226; Stomach ulcers</tspan></tspan>',
    "    <tspan x=\"30\" dy=\"20\"><tspan class=\"em\">&#8226; Off-label:</tspan> Barrett's esophagus</tspan>",
    "  </text>", '  <text x="20" y="260" class="section-title">Side Effects</text>',
    '  <g transform="translate(20,290)">', '    <text class="group">Frequent</text>',
    '    <text y="22" class="body"><tspan x="0">&#8226; Headache</tspan><tspan x="0" dy="18">&#8226; Bloating</tspan>',
    "    </text>", "  </g>", '  <g transform="translate(400,290)">', '    <text class="group">Serious</text>',
    '    <text y="22" class="body"><tspan x="0">&#8226; Low magnesium</tspan></text>', "  </g>",
    '  <text x="20" y="400" class="section-title">How it Works</text>', '  <text x="20" y="430" class="body">',
    '    <tspan x="20">Tavemirol inhibits the proton pump</tspan>',
    '    <tspan x="20" dy="18">in the stomach lining.</tspan>', "  </text>",
    '  <text x="20" y="500" class="section-title">FAQs</text>', '  <text x="20" y="530" class="body">',
    '    <tspan x="20" class="em">Should I take it before breakfast?</tspan>',
    '    <tspan x="20" dy="18">Yes, 30 minutes before the first meal.</tspan>',
    '    <tspan x="20" dy="30" class="em">Can I take it for years?</tspan>',
    '    <tspan x="20" dy="18">Only if your doctor says so.</tspan>', "  </text>", "</svg>", "```",
])


def test_an_svg_infographic_of_text_and_tspans() -> None:
    _tavemirol(_SVG)
    said = formats.rewrite(_SVG).split("\n")
    assert "### Frequent" in said and "Headache; Bloating" in said  # (a group's class, its column on one line)
    assert not any("at a glance" in line or "font-size" in line for line in said)  # (title and style unseen)


def test_a_page_with_a_small_svg_label_is_left_alone() -> None:
    page = ("## Usage\n\nTavemirol treats heartburn. The pharmacy's shelf label:\n\n```svg\n"
            '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="80">\n'
            '  <text x="10" y="20" class="h2">Tavemirol 20 mg</text>\n'
            '  <text x="10" y="40"><tspan x="10">Take before breakfast</tspan>'
            '<tspan x="10" dy="16">Keep dry</tspan></text>\n</svg>\n```\n\n'
            "## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_JSONNET = "\n".join([
    "Here is the card as Jsonnet:", "", "```jsonnet", "// tavemirol.jsonnet",
    "local indication(name, offLabel=false) = { disease: name, unlicensed: offLabel };",
    "local reactions(group, names) = [", "  { symptom: n, how_often: group, serious: group == 'serious' }",
    "  for n in names", "];", "", "{", "  inn: 'Tavemirol',", "  trade_names: ['Tavix'] + ['Mirolen'],",
    "  category: 'proton pump inhibitor',", "  indications: {", "    list: [", "      indication('Heartburn'),",
    "      indication('Stomach ulcers'),", "      indication(\"Barrett's esophagus\", offLabel=true),", "    ],",
    "  },", "  adverse_reactions:", "    reactions('frequent', ['Headache', 'Bloating'])",
    "    + reactions('serious', ['Low magnesium']),", "  mechanism: |||", "    Tavemirol inhibits the proton pump",
    "    in the stomach lining.", "  |||,", "  faqs: [",
    "    { q: 'Should I take it before breakfast?', a: 'Yes, 30 minutes ' + 'before the first meal.' },",
    "    { q: std.join(' ', ['Can I take', 'it for years?']), a: 'Only if your doctor says so.' },", "  ],", "}", "```",
])


def test_a_jsonnet_file_built_by_local_functions() -> None:
    _tavemirol(_JSONNET)
    said = formats.rewrite(_JSONNET).split("\n")
    assert "- **Barrett's esophagus** (off-label)" in said  # (the call's words on its line, its flag from the function)
    assert "- **Frequent:** Headache; Bloating" in said  # (a comprehension's items on the list's line)


def test_a_page_with_a_jsonnet_config_is_left_alone() -> None:
    page = ("## Usage\n\nTavemirol treats heartburn. A reminder app reads this config:\n\n```jsonnet\n"
            "local app = import 'reminders.libsonnet';\nlocal every(hours) = { interval: hours * 60 };\n{\n"
            "  drug: 'Tavemirol',\n  dose: '20 mg',\n  time: '07:30',\n  repeat: every(24),\n  snooze: 10,\n"
            "  sound: 'bell',\n  label: |||\n    Take before breakfast.\n  |||,\n}\n```\n\n"
            "## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page
