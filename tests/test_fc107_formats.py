"""Answer formats firstcontact107's pages showed the reader had never seen, pinned on invented pages (other drugs,
other words): a Ruby hash, a BibTeX-style record, a Bash script that prints the answer, a DocBook article and Djot
markup, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _zoravir(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), target and
    questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page)
    assert [b.label for b in x.brand_names] == ["Zorivex", "Zoracin"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "nucleoside analogue"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Cold sores", None),
                                                          ("Bell's palsy", "off-label")]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol with it?", "Should I drink more water?"]
    return x


_RUBY = "\n".join([
    "```ruby", "# frozen_string_literal: true", "", "ZORAVIR = {", "  identity: {", '    generic: "Zoravir",',
    '    :trade_names => %w[Zorivex Zoracin],', '    pharmacologic_class: "nucleoside analogue",',
    "    route: :oral", "  },", "", "  indications: {", "    overview: <<~DOC.strip,",
    "      Zoravir is a nucleoside analogue that stops herpes viruses from copying",
    "      themselves inside infected cells.", "    DOC",
    '    licensed: [ { condition: "Shingles", abbreviation: "HZ", note: "In adults over 50" },',
    '                { condition: "Cold sores" } ],', '    off_label: [ { condition: "Bell\'s palsy" } ],',
    '    not_for: "Flu or colds"', "  },", "", "  adverse_effects: {", '    frequent: ["Headache", "Nausea"],',
    '    in_children: ["Sleepiness"],', '    serious: [ { effect: "Kidney injury", note: "Drink plenty of water" } ],',
    '    seek_help: "Call a doctor at once if you pass very little urine " \\',
    '               "or notice swelling of the legs."', "  },", "",
    "  mechanism: {", '    summary: "Zoravir is taken up by infected cells and turned into its active form there.",',
    '    target: { name: "viral DNA polymerase", action: :inhibitor }', "  },", "",
    "  faqs: [", '    { q: "Can I drink alcohol with it?", a: "Yes, in moderation." },',
    '    { q: "Should I drink more water?", a: "Yes, to protect the kidneys." }', "  ]", "}.freeze", "",
    "puts ZORAVIR.dig(:identity, :generic)", "```"])


def test_a_ruby_hash() -> None:
    x = _zoravir(_RUBY)
    assert [r.label for r in x.routes] == ["oral"]
    assert [u.abbreviation for u in x.treats][0] == "HZ"
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Nausea", "Frequent", False), ("Sleepiness", "In children", False),
        ("Kidney injury", "Serious", True)]


def test_a_page_with_a_few_key_lines_is_no_ruby_hash() -> None:
    page = ("## Usage\n\nname: Zoravir\nclass: antiviral\nroute: oral\n\nThe tablets are coated so the dose is "
            "frozen in place (see `}.freeze` in the app's code).\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_BIBTEX = "\n".join([
    "```bibtex", "@comment{Custom fields: inn, tradenames, drugclass, indications, offlabeluses,",
    "         adverseeffects*, seekhelp, howitworks, q1--q3.}", "", "@article{zoravir2025,",
    "  title        = {{Zoravir}: a summary},", "  year         = 2025,", "  inn          = {Zoravir},",
    "  tradenames   = {Zorivex (UK); Zoracin},", "  drugclass    = {Nucleoside analogue},",
    "  indications  = {Zoravir is taken by mouth for herpes infections:",
    "                  \\textbf{Shingles} -- in adults over~50;",
    "                  \\textbf{Cold sores} -- when they keep coming back.},",
    "  offlabeluses = {\\textbf{Bell's palsy} -- with a steroid.},",
    "  keywords     = {antiviral; herpes},",
    "  adverseeffectsfrequent = {Headache; Nausea},",
    "  adverseeffectsrare     = {Kidney injury (drink plenty of",
    "                            water); Hair loss},",
    "  seekhelp     = {Call a doctor at once if you pass very little urine.},",
    "  howitworks   = {Zoravir inhibits the viral DNA polymerase, so the virus",
    "                  cannot copy its DNA.},",
    "  q1           = {Q: Can I drink alcohol with it? A: Yes, in moderation.},",
    "  q2           = {Q: Should I drink more water? A: Yes, to protect",
    "                  the kidneys.}", "}", "```"])


def test_a_bibtex_record() -> None:
    x = _zoravir(_BIBTEX)
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Nausea", "Frequent", False), ("Kidney injury", "Rare", False),
        ("Hair loss", "Rare", False)]


def test_a_page_citing_one_reference_is_no_bibtex_record() -> None:
    page = ("## Usage\n\nZoravir treats shingles.\n\n```bibtex\n@article{smith2020,\n  title = {Zoravir in shingles},\n"
            "  author = {Smith, J.},\n  journal = {Lancet},\n  year = {2020},\n  volume = {3},\n  pages = {1--9}\n}\n"
            "```\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_SHELL = "\n".join([
    "```sh", "#!/bin/sh", "# zoravir.sh - prints a card", "NAME='Zoravir'", 'BRANDS="Zorivex, Zoracin"', "",
    "heading() { printf '\\n## %s\\n' \"$1\"; }", "bullet()  { printf ' * %s\\n' \"$1\"; }",
    "qa()      { printf 'Q: %s\\nA: %s\\n' \"$1\" \"$2\"; }", "", "heading \"Generic Name\"",
    'echo "${NAME} (brand names: ${BRANDS})"', 'echo "Drug class: nucleoside analogue"', "", "heading \"Usage\"",
    "cat <<EOF", "${NAME} is used for:", "EOF", 'bullet "Shingles - in adults over 50"', 'bullet "Cold sores"',
    'echo "Off-label:"', "bullet \"Bell's palsy\"", "", "heading \"Side Effects\"",
    'FREQUENT=("Headache" "Nausea")', 'RARE=("Kidney injury")', "",
    'echo "Frequent:"; for e in "${FREQUENT[@]}"; do bullet "$e"; done',
    'echo "Rare:"; for e in "${RARE[@]}"; do bullet "$e"; done',
    'echo "Call a doctor at once if you pass very little urine."', "", 'echo "=== HOW IT WORKS ==="',
    "cat <<'TXT'", "Zoravir inhibits the viral DNA polymerase, so the virus cannot copy itself.", "TXT", "",
    "heading FAQs", 'qa "Can I drink alcohol with it?" "Yes, in moderation."', 'qa "Should I drink more water?" \\',
    '   "Yes, to protect the kidneys."'])


def test_a_shell_script_that_prints_the_answer() -> None:
    x = _zoravir(_SHELL)
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Nausea", "Frequent", False), ("Kidney injury", "Rare", False)]


def test_a_page_with_a_shell_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nZoravir treats shingles. To check the pharmacy's stock:\n\n```bash\n#!/bin/bash\n"
            'echo "Checking"\necho "Usage: stock NAME"\nprintf "%s\\n" "$1"\necho "Done"\n```\n\n## Side Effects\n\n'
            "- Headache\n")
    assert formats.rewrite(page) == page


_DOCBOOK = "\n".join([
    '<?xml version="1.0"?>', '<article xmlns="http://docbook.org/ns/docbook" version="5.0">',
    "  <info><title>Zoravir</title></info>", "  <section>", "    <title>Generic Name</title>",
    '    <para><emphasis role="strong">Zoravir</emphasis></para>', "    <variablelist>",
    "      <varlistentry><term>Brand names</term>", "        <listitem><para>Zorivex, Zoracin</para></listitem>",
    "      </varlistentry>", "      <varlistentry><term>Drug class</term>",
    "        <listitem><para>Nucleoside analogue</para></listitem>", "      </varlistentry>", "    </variablelist>",
    "  </section>", "  <section>", "    <title>Usage</title>", "    <itemizedlist>",
    '      <listitem><para><emphasis role="strong">Shingles</emphasis> &#8211; in adults',
    "        over 50</para></listitem>", "      <listitem><para>Cold sores</para></listitem>", "    </itemizedlist>",
    "    <section><title>Off-label use</title>",
    "      <itemizedlist><listitem><para>Bell&#8217;s palsy</para></listitem></itemizedlist>", "    </section>",
    "  </section>", "  <section>", "    <title>Side Effects</title>", "    <table><title>Effects</title>",
    "      <tgroup cols=\"2\">", "        <thead><row><entry>Effect</entry><entry>How often</entry></row></thead>",
    "        <tbody>", "          <row><entry>Headache</entry><entry>common</entry></row>",
    "          <row><entry>Nausea</entry><entry>common</entry></row>",
    "          <row><entry>Kidney injury</entry><entry>rare</entry></row>", "        </tbody>", "      </tgroup>",
    "    </table>", "  </section>", "  <section>", "    <title>How it Works</title>",
    "    <para>Zoravir inhibits the viral DNA polymerase, so the virus cannot copy itself.</para>",
    "  </section>", "  <section>", "    <title>FAQs</title>", "    <qandaset>",
    "      <qandaentry><question><para>Can I drink alcohol with it?</para></question>",
    "        <answer><para>Yes, in moderation.</para></answer></qandaentry>",
    "      <qandaentry><question><para>Should I drink more water?</para></question>",
    "        <answer><para>Yes, to protect", "          the kidneys.</para></answer></qandaentry>",
    "    </qandaset>", "  </section>", "</article>"])


def test_a_docbook_article() -> None:
    x = _zoravir(_DOCBOOK)
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Common", False), ("Kidney injury", "Rare", False)]


def test_a_page_that_mentions_docbook_is_left_alone() -> None:
    page = ("## Usage\n\nThe leaflet is kept as DocBook (see docbook.org): each `<para>` of it is a paragraph and "
            "each `<itemizedlist>` a list.\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_DJOT = "\n".join([
    "```djot", "{#zoravir}", "## Generic Name", "", "*Zoravir*", "", ": Brand names", "", "  Zorivex, Zoracin", "",
    ": Drug class", "", "  nucleoside analogue", "", "{#usage}", "## Usage", "",
    "- *Shingles* -- in adults over 50", "- *Cold sores* -- when they keep coming back", "",
    "It is sometimes used off-label for *Bell's palsy*.", "", "## Side Effects", "", "*Frequent*", "", "- Headache",
    "- Nausea", "", "*Rare*", "", "- Kidney injury", "", "::: warning", "{=Call a doctor at once=} if you pass very "
    "little urine.", ":::", "", "## How it Works", "", "Zoravir inhibits the viral DNA polymerase, so the virus cannot "
    "copy itself.", "", "## FAQs", "", "### Can I drink alcohol with it?", "", "Yes, in moderation.", "",
    "### Should I drink more water?", "", "Yes, to protect the kidneys.", "```"])


def test_djot_markup() -> None:
    x = _zoravir(_DJOT)
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Nausea", "Frequent", False), ("Kidney injury", "Rare", False)]


def test_a_pandoc_page_with_divs_is_no_djot() -> None:
    page = ("## Usage\n\n::: note\nZoravir is *not* for flu.\n:::\n\n{.small}\nIt treats shingles -- in adults.\n\n"
            "## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_TIDDLER = "\n".join([
    "```", "created: 20250101000000000", "tags: Medicines [[Antivirals]]", "title: Zoravir",
    "type: text/vnd.tiddlywiki", "", "! Generic Name", "", "''Zoravir''", "", "|!Brand |!Form |!Route |",
    "|Zorivex |tablets |oral |", "|Zoracin |cream |topical |", "", "! Usage", "",
    "Zoravir is a [[nucleoside analogue|Nucleoside analogues]].", "", "* ''Shingles'' – in adults over 50",
    "* ''Cold sores''", "", "!! Off-label uses", "", "* ''Bell's palsy''", "", "! Side Effects", "", "!! Frequent",
    "", "* Headache", "* Nausea", "", "!! Rare", "", "* Kidney injury", "", "<<<",
    "@@Call a doctor at once@@ if you pass //very// little urine.", "<<<", "", "! How it Works", "",
    "Zoravir inhibits the viral DNA polymerase, so the virus cannot copy itself.", "", "! FAQs", "",
    "; Can I drink alcohol with it?", ": Yes, in moderation.", "", "; Should I drink more water?",
    ": Yes, to protect the kidneys.", "```"])


def test_a_tiddlywiki_tiddler() -> None:
    x = _zoravir(_TIDDLER)
    assert [r.label for r in x.routes] == ["oral", "topical"]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Nausea", "Frequent", False), ("Kidney injury", "Rare", False)]


def test_a_page_with_bangs_and_quotes_is_no_tiddler() -> None:
    page = ("## Usage\n\n! Important: take it with food!\n\n! Do not crush the tablets.\n\n! Store it cold.\n\n"
            "The label says ''shake well'' and //see leaflet//.\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page
