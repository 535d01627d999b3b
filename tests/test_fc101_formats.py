"""Answer formats firstcontact101's pages showed the reader had never seen, pinned on invented pages (other drugs,
other words): SPARQL Update, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


_SPARQL = "\n".join([
    "```sparql", "PREFIX med: <http://example.com/med#>", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>", "",
    "INSERT DATA {", "  # ===== Generic Name =====", "  med:zoravir a med:Medicine ;", '      rdfs:label "Zoravir" ;',
    '      med:tradeName "Zorivex" , "Zoracin" ;', '      med:pharmacologicClass "nucleoside analogue" ;', "",
    "  # ===== Usage =====", "      med:indication med:shingles , med:coldSores ;", "      med:offLabelUse med:bells ;",
    "", "  # ===== Side Effects =====", "      med:adverseEffect med:headache , med:nausea , med:kidney ;", "",
    "  # ===== How it Works =====", "",
    "      med:inhibits med:pol .", "", "  # --- nodes ---",
    '  med:shingles rdfs:label "Shingles" ; rdfs:comment "In adults over 50." .',
    '  med:coldSores rdfs:label "Recurrent cold sores" ; med:abbreviation "RCS" .',
    '  med:bells rdfs:label "Bell\'s palsy" .', "",
    '  med:headache rdfs:label "Headache" ; med:frequency "common" .',
    '  med:nausea rdfs:label "Nausea" ; med:frequency "uncommon" .',
    '  med:kidney rdfs:label "Kidney injury" ; med:frequency "rare" ; med:serious true .',
    "", '  med:pol rdfs:label "viral DNA polymerase" ; med:symbol "UL30" .', "}", ";", "# ===== FAQs =====",
    "INSERT DATA {", "  med:zoravir med:faq med:q1 , med:q2 .",
    '  med:q1 med:question "Can I drink alcohol with it?" ; med:answer "Yes, in moderation." .',
    '  med:q2 med:question "Should I drink more water?" ; med:answer "Yes, to protect the kidneys." .', "}", "```"])


def test_a_sparql_update_of_data_blocks() -> None:
    _same_lines(_SPARQL)
    x = _x(_SPARQL)
    assert [b.label for b in x.brand_names] == ["Zorivex", "Zoracin"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "nucleoside analogue"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Recurrent cold sores", None),
                                                          ("Bell's palsy", "off-label")]
    assert [u.abbreviation for u in x.treats][1] == "RCS"
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Uncommon", False), ("Kidney injury", "Rare", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [m.symbol for m in x.mechanism] == ["UL30"]
    assert [f.question for f in x.faqs] == ["Can I drink alcohol with it?", "Should I drink more water?"]


def test_markdown_naming_the_notations_is_untouched() -> None:
    page = "\n".join([
        "## Usage", "", "- Shingles", "- Cold sores", "", "## How it Works", "",
        "A lab loads facts like this with `INSERT DATA { ... }` after lines such as", "",
        "PREFIX med: <http://example.com/med#>", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>", "",
        "INSERT DATA {", "  med:zoravir rdfs:label \"Zoravir\" .", "}", "",
        "It inhibits the viral DNA polymerase."])
    assert formats.rewrite(page) == page
