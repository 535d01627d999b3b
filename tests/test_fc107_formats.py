"""Answer formats firstcontact107's pages showed the reader had never seen, pinned on invented pages (other drugs,
other words): a Ruby hash, a BibTeX-style record, a Bash script that prints the answer, a DocBook article and Djot
markup, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


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
    _same_lines(_RUBY)
    x = _x(_RUBY)
    assert [b.label for b in x.brand_names] == ["Zorivex", "Zoracin"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "nucleoside analogue"
    assert [r.label for r in x.routes] == ["oral"]
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Cold sores", None),
                                                          ("Bell's palsy", "off-label")]
    assert [u.abbreviation for u in x.treats][0] == "HZ"
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Frequent", False), ("Nausea", "Frequent", False), ("Sleepiness", "In children", False),
        ("Kidney injury", "Serious", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol with it?", "Should I drink more water?"]


def test_a_page_with_a_few_key_lines_is_no_ruby_hash() -> None:
    page = ("## Usage\n\nname: Zoravir\nclass: antiviral\nroute: oral\n\nThe tablets are coated so the dose is "
            "frozen in place (see `}.freeze` in the app's code).\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page
