"""Answer formats firstcontact135's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a C# anonymous object and an Elm module's record value, each rewritten line for line
(:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _velnorin(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one for prevention, one
    off-label), effects (two frequent, one serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Velnorin")
    assert [b.label for b in x.brand_names] == ["Velnor", "Norvelin"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "potassium channel opener"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Migraine", "prevention"), ("Tinnitus", None),
                                                          ("Cluster headache", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dry mouth", "Frequent", False), ("Sleepiness", "Frequent", False), ("Low sodium level", "Serious", True)]
    assert _mech(x) == {("opens", "KCNQ potassium channel")}
    assert [f.question for f in x.faqs] == ["Can I take it with coffee?", "How long until it works?"]
    return x


_CSHARP = "\n".join([
    "```csharp", "// Velnorin as an anonymous object", "using System;", "", "var card = new", "{",
    "    // ===== Generic Name =====", '    Inn = "Velnorin",', '    TradeNames = new[] { "Velnor", "Norvelin" },',
    '    Category = "Potassium channel opener",', "", "    // ===== Usage =====", "    Indications = new", "    {",
    '        Overview = "Velnorin calms overactive nerve cells in the brain " +',
    '                   "and the inner ear.",', "        Items = new[]", "        {",
    '            new { Disease = "Migraine", Comment = "prevention of attacks", Unlicensed = false },',
    '            new { Disease = "Tinnitus", Comment = "In adults with chronic ringing", Unlicensed = false },',
    '            new { Disease = "Cluster headache", Comment = "Studied in small trials", Unlicensed = true },',
    "        },", "    },", "", "    // ===== Side Effects =====", "    AdverseReactions = new", "    {",
    '        Frequent = new[] { "Dry mouth", "Sleepiness" },', '        Serious = new string[] { "Low sodium level" },',
    "    },", "", "    // ===== How it Works =====", '    Mechanism = """',
    "        Velnorin opens KCNQ potassium channels on nerve cells, which makes the cells",
    "        less likely to fire.", '        """,', "", "    // ===== FAQs =====", "    Faqs = new[]", "    {",
    '        new { Question = "Can I take it with coffee?", Answer = "Yes, in moderate amounts." },',
    '        new { Question = "How long until it works?", Answer = "About " + "two weeks." },', "    },", "};", "",
    "Console.WriteLine(card);", "```"])


def test_a_csharp_anonymous_object() -> None:
    x = _velnorin(_CSHARP)
    assert x.faqs[1].answer == "About two weeks."


def test_a_page_with_a_csharp_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nVelnorin prevents migraine. The clinic's app stores a reminder like this:\n\n```csharp\n"
            'var reminder = new\n{\n    Drug = "Velnorin",\n    Dose = "10 mg",\n'
            '    Times = new[] { "08:00", "20:00" },\n'
            '    Sound = new { Name = "bell", Volume = "low" },\n    Repeat = new[] { "Mon", "Tue" },\n'
            '    Label = "Migraine",\n};\n```\n\n## Side Effects\n\n- Dry mouth\n')
    assert formats.rewrite(page) == page
