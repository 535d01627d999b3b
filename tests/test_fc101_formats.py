"""Answer formats firstcontact101's pages showed the reader had never seen, pinned on invented pages (other drugs,
other words): SPARQL Update, an OPML outline, Perl POD, a BSD mdoc man page, a Mermaid flowchart and a Typst table
call, each rewritten line for line (:mod:`kg.formats`)."""
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


_OPML = "\n".join([
    '<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', "  <head>",
    "    <title>Zoravir outline</title>", "  </head>", "  <body>", '    <outline text="Generic Name">',
    '      <outline text="Zoravir" _note="Also called zoravirine. Made from a fungus."/>',
    '      <outline text="Brand names: Zorivex, Zoracin"/>', '      <outline text="Drug class: nucleoside analogue"/>',
    "    </outline>", '    <outline text="Usage">', '      <outline text="Licensed uses">',
    '        <outline text="Shingles" _note="In adults over 50."/>', '        <outline text="Cold sores"/>',
    "      </outline>", '      <outline text="Off-label uses">', '        <outline text="Bell&apos;s palsy"/>',
    "      </outline>", "    </outline>", '    <outline text="Side Effects">', '      <outline text="Common">',
    '        <outline text="Headache"/>', '        <outline text="Nausea &amp; vomiting"/>', "      </outline>",
    '      <outline text="Serious">', '        <outline text="Kidney injury" _note="Drink plenty of water."/>',
    "      </outline>", "    </outline>", '    <outline text="How it Works">',
    '      <outline text="Zoravir blocks the viral DNA polymerase, so the virus cannot copy itself."/>',
    "    </outline>", '    <outline text="FAQs">',
    '      <outline text="Can I drink alcohol with it?" _note="Yes, in moderation."/>',
    '      <outline text="Is it safe in pregnancy?" _note="Ask your doctor."/>', "    </outline>", "  </body>",
    "</opml>"])


def test_an_opml_outline() -> None:
    _same_lines(_OPML)
    x = _x(_OPML)
    assert x.drug.label == "Zoravir" and [s.label for s in x.drug.synonyms] == ["zoravirine"]
    assert [b.label for b in x.brand_names] == ["Zorivex", "Zoracin"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "nucleoside analogue"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Cold sores", None),
                                                          ("Bell's palsy", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Common", False), ("Vomiting", "Common", False),
        ("Kidney injury", "Serious", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol with it?", "Is it safe in pregnancy?"]


_POD = "\n".join([
    "=head1 NAME", "", "Zoravir - an antiviral for herpes infections", "", "=head1 GENERIC NAME", "",
    "B<Zoravir> (also called I<zoravirine>)", "", "=over 4", "", "=item Brand names", "", "Zorivex, Zoracin", "",
    "=back", "", "=head1 USAGE", "", "Zoravir is a C<nucleoside analogue> used for:", "", "=over 4", "",
    "=item * Shingles", "", "=item * Cold sores", "", "=back", "", "=head2 Off-label uses", "", "=over 4", "",
    "=item * Bell's palsy", "", "=back", "", "=head1 SIDE EFFECTS", "", "=head2 Common side effects", "", "=over",
    "", "=item * Headache", "", "=item * Nausea", "", "=back", "", "=head2 Serious side effects", "", "=over 4", "",
    "=item Kidney injury", "", "Stop taking it and call a doctor at once if you have little or no urine.", "",
    "=back", "", "=head1 HOW IT WORKS", "", "Zoravir inhibits the viral DNA polymerase.", "", "=head1 FAQS", "",
    "=head2 Can I drink alcohol?", "", "Yes, in moderation.", "", "=head2 Should I drink more water?", "",
    "Yes, B<always>.", "", "=cut"])


def test_perl_pod() -> None:
    _same_lines(_POD)
    x = _x(_POD)
    assert x.drug.label == "Zoravir" and [s.label for s in x.drug.synonyms] == ["zoravirine"]
    assert [b.label for b in x.brand_names] == ["Zorivex", "Zoracin"]
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Cold sores", None),
                                                          ("Bell's palsy", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common side effects", False), ("Nausea", "Common side effects", False),
        ("Kidney injury", "Serious side effects", True)]
    assert [s.label for s in x.serious_signs] == ["little or no urine"]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?", "Should I drink more water?"]


_MDOC = "\n".join([
    ".Dd June 1, 2024", ".Dt ZORAVIR 7", ".Os", ".Sh NAME", ".Nm zoravir", ".Nd antiviral for herpes infections",
    ".Sh DESCRIPTION", ".Sy Brand names :", "Zorivex, Zoracin.", ".Sh USAGE", ".Nm", "is a",
    ".Em nucleoside analogue .", "It is used for:", ".Bl -bullet", ".It", ".Sy Shingles", "in adults over 50",
    ".It", ".Sy Cold sores ,", "on the lips", ".El", ".Pp", "Off-label, it is used for", ".Sy Bell's palsy .",
    ".Sh SIDE EFFECTS", ".Ss Common",
    ".Bl -bullet", ".It", "Headache", ".It", "Nausea", ".El", ".Ss Serious", ".Bl -bullet", ".It",
    ".Sy Kidney injury", ".El", ".Sh HOW IT WORKS", ".Nm", "inhibits the", ".Em viral DNA polymerase .",
    ".Sh FAQS", ".Bl -tag -width Ds", ".It Sy Can I drink alcohol?", "Yes, in moderation.",
    ".It Sy Should I drink more water?", "Yes, to protect the kidneys.", ".El", ".Sh SEE ALSO", ".Xr valzoravir 7"])


def test_a_bsd_mdoc_man_page() -> None:
    _same_lines(_MDOC)
    x = _x(_MDOC)
    assert x.drug.label.casefold() == "zoravir"
    assert [b.label for b in x.brand_names] == ["Zorivex", "Zoracin"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "nucleoside analogue"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Cold sores", None),
                                                          ("Bell's palsy", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Common", False), ("Kidney injury", "Serious", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?", "Should I drink more water?"]


_FLOWCHART = "\n".join([
    "A diagram of zoravir:", "", "```mermaid", "graph LR", "    %% Generic Name", '    subgraph Name["Generic Name"]',
    "        Z[Zoravir]", "        K((Nucleoside analogue))", "        R1[Zorivex]", "    end", "    Z -- class --> K",
    "    Z -->|brand| R1", "    %% Usage", "    subgraph Uses", "        U1[Shingles]", "        U2[Genital herpes]",
    "    end", '    subgraph Off["Off-label uses"]', "        U3[Bell's palsy]", "    end", "    Z -->|treats| U1",
    "    Z -->|prevents| U2", "    Z -->|treats| U3", '    subgraph Often["Common side effects"]',
    "        S1(Headache)", "        S2(Nausea)", "    end", '    subgraph Bad["Serious side effects"]',
    "        S3(Kidney injury)", "    end",
    "    Z -.->|may cause| Often", "    %% How it Works", "    Z ==>|inhibits| P[viral DNA polymerase]",
    "    classDef warn fill:#fdd", "    class S3 warn", "```", "", "**FAQs**", "",
    "- **Can I drink alcohol?** Yes, in moderation.", "- **Should I drink more water?** Yes, to protect the kidneys."])


def test_a_mermaid_flowchart() -> None:
    _same_lines(_FLOWCHART)
    x = _x(_FLOWCHART)
    assert x.drug.label == "Zoravir"
    assert [b.label for b in x.brand_names] == ["Zorivex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "nucleoside analogue"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Genital herpes", "prevention"),
                                                          ("Bell's palsy", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common side effects", False), ("Nausea", "Common side effects", False),
        ("Kidney injury", "Serious side effects", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?", "Should I drink more water?"]


_TYPST = "\n".join([
    "= Zoravir", "", "== Generic Name", "", "*Zoravir*", "", "== Usage", "", "- Shingles", "- Cold sores", "",
    "== Side Effects", "", "#table(", "  columns: (auto, auto, auto),", "  [*Side effect*], [*Frequency*], [*Note*],",
    "  [Headache], [very common], [],", "  [Nausea],", "  [uncommon], [take with food],",
    "  [#strong[Kidney injury]], [rare], [drink water],", ")", "", "== How it Works", "",
    "Zoravir inhibits the viral DNA polymerase."])


def test_a_typst_table_call() -> None:
    _same_lines(_TYPST)
    x = _x(_TYPST)
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Headache", "Very common"), ("Nausea", "Uncommon"), ("Kidney injury", "Rare")]
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}


def test_markdown_naming_the_notations_is_untouched() -> None:
    page = "\n".join([
        "## Usage", "", "- Shingles", "- Cold sores", "", "## How it Works", "",
        "A lab loads facts like this with `INSERT DATA { ... }` after lines such as", "",
        "PREFIX med: <http://example.com/med#>", "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>", "",
        "INSERT DATA {", "  med:zoravir rdfs:label \"Zoravir\" .", "}", "",
        "It inhibits the viral DNA polymerase.", "", "## FAQs", "", "**Can I keep my notes in an outliner?**",
        "Yes: `<opml version=\"2.0\">` files hold lines such as", "",
        '<outline text="Usage">', '<outline text="Shingles"/>', '<outline text="Cold sores"/>', "</outline>",
        '<outline text="Side Effects">', '<outline text="Headache"/>', '<outline text="Nausea"/>', "</outline>",
        "", "**Is the leaflet written in POD?**", "Its source opens with", "", "=head1 NAME", "", "=head1 USAGE", "",
        "=over 4", "", "=item * Shingles", "", "=back", "", "=cut", "", "and is printed as Markdown.", "",
        "**And the man page?**", "", "```", ".Sh NAME", ".Nm zoravir", ".Sh USAGE", ".Bl -bullet", ".It", "Shingles",
        ".El", ".Sh SIDE EFFECTS", "```", "", "**Is there a flowchart?**", "", "```mermaid", "flowchart TD",
        "    A[Start] --> B[Take the tablet]", "    B --> C[Drink water]", "    C --> D[Rest]", "    D --> E[Eat]",
        "    E --> F[Sleep]", "    F --> G[Repeat]", "```", "", "**And in Typst?**", "", "```typst",
        "#table(", "  columns: 2,", "  [Effect], [How often],", "  [Headache], [common],", ")", "```"])
    assert formats.rewrite(page) == page


_TYPST_PAGE = "\n".join([
    "// Leaflet, Typst source", "#set page(margin: 2cm)", "", "= Zoravir", "", "== Generic Name", "",
    "*Zoravir* (also called _ZRV_)", "", "/ Brand name: #strong[Zorivex]", "/ Drug class: xanthine oxidase inhibitor",
    "/ Route: by mouth", "", "== Usage", "", "*Approved uses*", "+ *Chronic gout*: to lower uric acid", "",
    "#rect(inset: 8pt)[", "  Zoravir is _not_ a painkiller.", "]", "", "== Side Effects", "",
    "Common side effects include rash and nausea.", "", "== How it Works", "",
    "Zoravir blocks the enzyme xanthine oxidase.", ""])


def test_typst_markup() -> None:
    """Typst's own markup around the tables: "=" headings, a term list's "/ Brand name: X" fields, "#strong[X]" and
    Typst's "*X*" bold; code lines, comments and a block's delimiters blank, line for line."""
    _same_lines(_TYPST_PAGE)
    x = _x(_TYPST_PAGE)
    assert [b.label for b in x.brand_names] == ["Zorivex"]
    assert x.drug_class is not None and x.drug_class.label == "xanthine oxidase inhibitor"
    assert [u.label for u in x.treats] == ["Chronic gout"]
    assert _mech(x) == {("inhibits", "xanthine oxidase")}
    # a Markdown page with a "== " line and no Typst markup is left alone
    page = "## Usage\n\nIt treats gout.\n\n== not a heading ==\n"
    assert formats.rewrite(page) == page
