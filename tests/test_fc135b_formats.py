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
    assert x.faqs[1].answer == "About two weeks."  # (two strings joined)


def _left_alone(fence: str, snippet: str) -> None:
    """An ordinary page whose fenced snippet (a reminder app's settings) is in the notation stays as it is."""
    page = (f"## Usage\n\nVelnorin prevents migraine. The clinic's app keeps a reminder like this:\n\n```{fence}\n"
            f"{snippet}\n```\n\n## Side Effects\n\n- Dry mouth\n")
    assert formats.rewrite(page) == page


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
    _velnorin(_CSHARP)


def test_a_page_with_a_csharp_snippet_is_left_alone() -> None:
    _left_alone("csharp", 'var reminder = new\n{\n    Drug = "Velnorin",\n    Dose = "10 mg",\n'
                '    Times = new[] { "08:00", "20:00" },\n    Sound = new { Name = "bell", Volume = "low" },\n'
                '    Repeat = new[] { "Mon", "Tue" },\n    Label = "Migraine",\n};')


_ELM = "\n".join([
    "```elm", "module Velnorin exposing (card)", "", "{- Velnorin as an Elm record -}", "", "type HowOften",
    "    = Frequent", "    | Serious", "", "", "type alias Indication =",
    "    { disease : String, comment : String, unlicensed : Bool }", "", "", "type alias Reaction =",
    "    { symptom : String, howOften : HowOften }", "", "", "type alias Qa =", "    { q : String, a : String }", "",
    "", "card : Card", "card =", "    -- ===== Generic Name =====", '    { inn = "Velnorin"',
    '    , tradeNames = [ "Velnor", "Norvelin" ]', '    , category = "Potassium channel opener"', "",
    "    -- ===== Usage =====", "    , overview =", '        "Velnorin calms overactive nerve cells in the brain "',
    '            ++ "and the inner ear."', "    , indications =",
    '        [ Indication "Migraine" "prevention of attacks" False',
    '        , Indication "Tinnitus" "Prevention and treatment of flare-ups" False',
    '        , Indication "Cluster headache" "Studied in small trials" True', "        ]", "",
    "    -- ===== Side Effects =====", "    , adverseReactions =", '        [ Reaction "Dry mouth" Frequent',
    '        , Reaction "Sleepiness" Frequent', '        , Reaction "Low sodium level" Serious', "        ]", "",
    "    -- ===== How it Works =====", '    , mechanism = """Velnorin opens KCNQ potassium channels on nerve cells,',
    'which makes the cells less likely to fire."""', "", "    -- ===== FAQs =====", "    , faqs =",
    '        [ Qa "Can I take it with coffee?" "Yes, in moderate amounts."',
    '        , Qa "How long until it works?" ("About " ++ "two weeks.")', "        ]", "    }", "```"])


def test_an_elm_record_value_built_by_its_type_aliases() -> None:
    _velnorin(_ELM)  # ("Prevention and treatment of flare-ups": no qualifier, it treats as well)


def test_a_page_with_an_elm_snippet_is_left_alone() -> None:
    _left_alone("elm", 'type alias Reminder =\n    { drug : String, time : String }\n\n\nreminder =\n'
                '    { drug = "Velnorin"\n    , dose = "10 mg"\n    , times = [ "08:00", "20:00" ]\n'
                '    , sound = { name = "bell", volume = "low" }\n    , days = [ "Mon", "Tue" ]\n'
                '    , label = "Migraine"\n    }')
