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
