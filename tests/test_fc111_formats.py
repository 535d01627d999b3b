"""Answer formats firstcontact111's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Java .properties file, a JATS article, a Fountain screenplay and an Elixir map's sigil
strings, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _velotrex(page: str, serious: tuple[str, ...] = ("Urinary retention",)):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, ``serious`` serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Velotrex")
    assert [b.label for b in x.brand_names] == ["Velomax", "Trexol"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "potassium channel opener"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Overactive bladder", None), ("Urge incontinence", None),
                                                          ("Interstitial cystitis", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dry mouth", "Frequent", False), ("Constipation", "Frequent", False),
        *((label, "Serious", True) for label in serious)]
    assert ("opens", "ATP-sensitive potassium channel") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I take it at night?", "Will it make me sleepy?"]
    return x


_PROPERTIES = "\n".join([
    "The card as a Java resource bundle:", "", "```properties", "# velotrex.properties", "! generated, do not edit",
    "# ---- Generic Name ----", "drug.name = Velotrex", "drug.brands = Velomax, Trexol",
    "drug.class = Potassium channel opener", "", "# ---- Usage ----",
    "indications.1 = Overactive bladder", "indications.1.note = in adults who cannot take antimuscarinic drugs",
    "indications.2 = Urge incontinence", "unlicensed.1 = Interstitial cystitis", "",
    "# ---- Side Effects ----", "adverse.frequent = Dry mouth, \\", "    Constipation",
    "adverse.serious = Urinary retention, Angioedema", "", "# ---- How it Works ----",
    "action.summary = Velotrex opens ATP-sensitive potassium channels in the bladder wall, \\",
    "    so the detrusor muscle relaxes.", "", "# ---- FAQs ----",
    "questions.1.q = Can I take it at night?", "questions.1.a = Yes, at any time of day.",
    "questions.2.q = Will it make me sleepy?", "questions.2.a = Rarely \\u2013 tell your doctor if it does.", "```"])


def test_a_java_properties_file_read_as_a_tree_of_its_dotted_keys() -> None:
    x = _velotrex(_PROPERTIES, ("Urinary retention", "Angioedema"))  # (a "\\" continuation one value)
    assert _mech(x) == {("opens", "ATP-sensitive potassium channel")}


def test_a_properties_value_with_an_escaped_trademark_sign_and_a_target_row() -> None:
    page = _PROPERTIES.replace("Velomax, Trexol", "Velomax\\u00AE").replace(
        "# ---- FAQs ----", "action.target.1 = SUR2B subunit|activator\n# ---- FAQs ----")
    _same_lines(page)
    x = _x(page, "Velotrex")
    assert [b.label for b in x.brand_names] == ["Velomax"]  # (no "Velomax®")
    assert ("activates", "SUR2B subunit") in _mech(x)


def test_a_page_with_a_properties_snippet_is_left_alone() -> None:
    page = ("Velotrex treats an overactive bladder. A reminder app reads its settings from a file:\n\n```properties\n"
            "# reminder.properties\napp.name = Pill reminder\napp.time.morning = 08:00\napp.time.evening = 20:00\n"
            "app.sound = bell\napp.snooze.minutes = 10\napp.vibrate = true\napp.label = Bladder pill\n"
            "app.repeat = daily\n```\n\nSide effects: dry mouth and constipation.\n")
    assert formats.rewrite(page) == page


_JATS = "\n".join([
    "```xml", '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving DTD v1.2//EN" "JATS-archivearticle1.dtd">',
    '<article article-type="review-article">', "  <front>", "    <article-meta>",
    "      <title-group><article-title>Velotrex</article-title></title-group>", "    </article-meta>", "  </front>",
    "  <body>", '    <sec id="a">', "      <title>Generic Name</title>",
    "      <p><bold>Velotrex</bold>. Brand names: <italic>Velomax</italic>, <italic>Trexol</italic>. Drug class: "
    "potassium channel opener.</p>", "    </sec>", '    <sec id="b">', "      <title>Usage</title>",
    '      <list list-type="order">', "        <list-item><p>Overactive bladder</p></list-item>",
    "        <list-item><p>Urge incontinence</p></list-item>", "      </list>", '      <sec id="b1">',
    "        <title>Off-label</title>", "        <list list-type=\"bullet\">",
    "          <list-item><p>Interstitial cystitis</p></list-item>", "        </list>", "      </sec>", "    </sec>",
    '    <sec id="c">', "      <title>Side Effects</title>", "      <def-list>", "        <def-item>",
    "          <term>Frequent</term>", "          <def><p>Dry mouth, constipation</p></def>", "        </def-item>",
    "        <def-item>", "          <term>Serious</term>", "          <def><p>Urinary retention</p></def>",
    "        </def-item>", "      </def-list>", "    </sec>", '    <sec id="d">', "      <title>How it Works</title>",
    "      <p>Velotrex opens ATP-sensitive potassium channels in the bladder wall, so the detrusor muscle "
    'relaxes<xref ref-type="bibr" rid="r1"><sup>1</sup></xref>.</p>', "    </sec>", '    <sec id="e">',
    "      <title>FAQs</title>", "      <question-wrap-group>", "        <question-wrap>",
    "          <question><p>Can I take it at night?</p></question>",
    "          <answer><p>Yes, at any time of day.</p></answer>", "        </question-wrap>", "        <question-wrap>",
    "          <question><p>Will it make me sleepy?</p></question>", "          <answer><p>Rarely.</p></answer>",
    "        </question-wrap>", "      </question-wrap-group>", "    </sec>", "  </body>", "  <back>",
    '    <ref-list><ref id="r1"><mixed-citation>Smith A. <italic>Urol J</italic>. 2020.</mixed-citation></ref>'
    "</ref-list>", "  </back>", "</article>", "```"])


def test_a_jats_article_read_as_docbook_is() -> None:
    x = _velotrex(_JATS)
    assert _mech(x) == {("opens", "ATP-sensitive potassium channel")}  # (no "relaxes1": the reference dropped)
    assert "Smith" not in formats.rewrite(_JATS)  # (the references in "<back>")


def test_a_page_quoting_a_jats_fragment_is_left_alone() -> None:
    page = ("## Usage\n\nVelotrex treats an overactive bladder. A journal tags its abstract like this:\n\n```xml\n"
            "<sec><title>Background</title>\n<p>Velotrex was studied.</p></sec>\n<sec><title>Methods</title>\n"
            "<list><list-item><p>Adults</p></list-item></list></sec>\n```\n\n## Side Effects\n\n- Dry mouth\n")
    assert formats.rewrite(page) == page


_FOUNTAIN = "\n".join([
    "```fountain", "Title: The Bladder Talk", "Author: Clinic Shorts", "", "# GENERIC NAME", "",
    "INT. UROLOGY CLINIC - DAY", "", "DR. OKAFOR sits across from JUNE (60s), who clutches a leaflet.", "",
    "JUNE", "What exactly is this new pill?", "", "DR. OKAFOR",
    "Velotrex. Brand names: Velomax, Trexol. It is a potassium channel opener.", "", "# USAGE", "",
    "DR. OKAFOR (CONT'D)", "It is used for:", "- Overactive bladder", "- Urge incontinence", "",
    "JUNE", "(doubtful)", "Anything else?", "", "DR. OKAFOR", "Off-label:", "- Interstitial cystitis", "",
    "# SIDE EFFECTS", "", "DR. OKAFOR", "Frequent:", "- Dry mouth", "- Constipation", "",
    "JUNE", "And the serious ones?", "", "DR. OKAFOR", "- Urinary retention", "",
    "# HOW IT WORKS", "", "EXT. CARTOON BLADDER - CONTINUOUS", "",
    "DR. OKAFOR (V.O.)", "Velotrex opens ATP-sensitive potassium channels in the bladder wall,",
    "so the detrusor muscle relaxes.", "", "CUT TO:", "", "# FAQS", "", "JUNE", "Can I take it at night?", "",
    "DR. OKAFOR", "Yes, at any time of day.", "", "JUNE", "Will it make me sleepy?", "", "DR. OKAFOR",
    "Rarely.", "", "[[end on a smile]]", "", "FADE OUT.", "```"])


def test_a_fountain_screenplay_whose_sections_are_its_section_lines() -> None:
    _velotrex(_FOUNTAIN)  # (the patient's "And the serious ones?" the group of the effects answered)
    assert "JUNE" not in formats.rewrite(_FOUNTAIN)


def test_a_fountain_screenplay_whose_sections_the_patient_asks_for() -> None:
    page = _FOUNTAIN
    for section, asked in (("USAGE", "What is it used for?"), ("SIDE EFFECTS", "What side effects should I expect?"),
                           ("HOW IT WORKS", "How does it work?"), ("FAQS", "Can I ask a few more questions?")):
        page = page.replace(f"# {section}", f"JUNE\n{asked}")
    _velotrex(page.replace("# GENERIC NAME", ""))


def test_a_plain_text_page_with_capital_headings_and_an_int_reference_is_left_alone() -> None:
    page = ("GENERIC NAME\nVelotrex\n\nUSAGE\nOveractive bladder\n\nSIDE EFFECTS\nDry mouth\n\nHOW IT WORKS\n"
            "It opens potassium channels.\n\nFAQS\nCan I take it at night? Yes.\n\nSOURCES\n"
            "INT. J. UROL. 2021;28:1-9.\n\nNOTE\nAsk your pharmacist.\n")
    assert formats.rewrite(page) == page


_ELIXIR_SIGILS = "\n".join([
    "```elixir", "defmodule Cards.Velotrex do", "  def card do", "    %{", "      inn: ~s\"Velotrex\",",
    "      trade_names: [\"Velomax\", \"Trexol\"],", "      class: ~S(potassium channel opener),",
    "      indications: %{", "        licensed: [\"Overactive bladder\", \"Urge incontinence\"],",
    "        off_label: [\"Interstitial cystitis\"]", "      },", "      adverse_effects: %{",
    "        frequent: [\"Dry mouth\", \"Constipation\"],", "        serious: [\"Urinary retention\"]", "      },",
    "      mechanism: ~S\"\"\"", "      Velotrex opens ATP-sensitive potassium channels in the bladder wall,",
    "      so the detrusor muscle relaxes.", "      \"\"\",", "      faqs: [",
    "        %{q: ~s(Can I take it at night?), a: \"Yes, at any time of day.\"},",
    "        %{q: \"Will it make me sleepy?\", a: ~s\"Rarely.\"}", "      ]", "    }", "  end", "end", "```"])


def test_an_elixir_map_whose_strings_are_sigils() -> None:
    x = _velotrex(_ELIXIR_SIGILS)  # (the mechanism a '~S"""' heredoc: before, the "~" was the value and the words
    assert _mech(x) == {("opens", "ATP-sensitive potassium channel")}  # lost)


_R_WITH_NA = "\n".join([
    "```r", "velotrex <- list(", "  inn = \"Velotrex\",", "  trade_names = c(\"Velomax\", \"Trexol\"),",
    "  class = \"potassium channel opener\",", "  indications = list(", "    licensed = list(",
    "      list(disease = \"Overactive bladder\", short = \"OAB\"),",
    "      list(disease = \"Urge incontinence\", short = NA)", "    ),",
    "    off_label = list(list(disease = \"Interstitial cystitis\", short = NULL))", "  ),",
    "  adverse_effects = list(", "    frequent = c(\"Dry mouth\", \"Constipation\"),",
    "    serious = c(\"Urinary retention\")", "  ),", "",
    "  mechanism = \"Velotrex opens ATP-sensitive potassium channels in the bladder wall, so the detrusor muscle "
    "relaxes.\",", "  faqs = list(", "    list(q = \"Can I take it at night?\", a = \"Yes, at any time of day.\"),",
    "    list(q = \"Will it make me sleepy?\", a = \"Rarely.\")", "  )", ")", "```"])


def test_an_r_list_whose_missing_values_are_na() -> None:
    x = _velotrex(_R_WITH_NA)
    assert [u.abbreviation for u in x.treats] == ["OAB", None, None]  # (before, "NA" was the second one's)
