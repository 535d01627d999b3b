"""Answer formats firstcontact174's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Maple worksheet whose table holds the answer, a Haskell module whose record value
holds it and an SCSS map, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _palostane(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one unlicensed), effects
    (two frequent, one serious), target, questions and seek-help sign as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Palostane")
    assert [b.label for b in x.brand_names] == ["Palex", "Ostavin"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "calcium channel blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Hypertension", None), ("Stable angina", None),
                                                          ("Raynaud's phenomenon", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Ankle swelling", "Frequent", False), ("Flushing", "Frequent", False), ("Fainting", "Serious", True)]
    assert ("blocks", "L-type calcium channel") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I drink grapefruit juice?", "Should I take it in the morning?"]
    assert [s.label for s in x.serious_signs] == ["chest pain that gets worse or a pulse below 50"]
    return x


_MAPLE = "\n".join([
    "Below is the Palostane card as a Maple worksheet; each field is one index of the table.", "", "```maple",
    "# Palostane card", "# each indication: [disease, licence, comment]", "restart;", "", "Card := table():", "",
    "# ===== Generic Name =====", 'Card["Inn"]        := "Palostane":', 'Card["TradeNames"] := ["Palex", "Ostavin"]:',
    'Card["PharmClass"] := "Calcium channel blocker":', "", "# ===== Usage =====", 'Card["Indications"] := [',
    '    ["Hypertension", "licensed", "alone or with a diuretic"],', '    ["Stable angina", "licensed",',
    '     "to prevent attacks"],', '    ["Raynaud\'s phenomenon", "unlicensed", "when warm gloves are not enough"]',
    "]:", 'Card["NeverFor"] := ["Cardiogenic shock"]:', "", "# ===== Side Effects =====",
    'Card["Reactions"] := table():', 'Card["Reactions"]["Frequent"] := ["Ankle swelling", "Flushing"]:',
    'Card["Reactions"]["Serious"]  := ["Fainting"]:',
    'Card["WhenToCallADoctor"] := "Call a doctor at once if you have chest pain that gets worse " ||',
    '    "or a pulse below 50.":', "", "# ===== How it Works =====", 'Card["Mechanism"] := cat(',
    '    "Palostane blocks the L-type calcium channel in artery walls, ",', '    "so the arteries relax and widen."):',
    "", "# ===== FAQs =====", 'Card["Questions"] := [',
    '    ["Can I drink grapefruit juice?", "Avoid large amounts; it raises the level in the blood."],',
    '    ["Should I take it in the morning?", "Yes, at the same time each day."]', "]:", "",
    'print(Card["Inn"]);', "```", "", "Type `Card[\"Mechanism\"];` to see one field."])


def test_a_maple_table_filled_index_by_index() -> None:
    x = _palostane(_MAPLE)  # ('Card["Key"] := value:' the fields; the list of lists the rows the comment names,
    # "unlicensed" an off-label use; 'Card["Reactions"]["Frequent"]' a group under its table; 'cat(...)' and "||"
    # one string)
    assert [u.label for u in x.treats] == ["Hypertension", "Stable angina", "Raynaud's phenomenon"]
    out = formats.rewrite(_MAPLE).split("\n")
    assert out[2:9] == [""] * 7  # (the fence, the comments, "restart;" and the table's creation)
    assert out[16:19] == ["- **Hypertension** \u2013 alone or with a diuretic", "- **Stable angina**",
                          "  \u2013 to prevent attacks"]  # (a row's note on its own line)
    assert out[21] == "It is not used for cardiogenic shock"  # ("NeverFor": a negation)
    assert out[25:27] == ["- **Frequent:** Ankle swelling; Flushing", "- **Serious:** Fainting"]
    assert out[-5:-1] == ["", "", "", ""]  # (the closing bracket, the "print(...)" input and the fence)


def test_a_markdown_answer_that_quotes_maple_is_left_alone() -> None:
    page = "## Usage\n\n- Hypertension\n\n## Side Effects\n\n- Flushing\n\nThe same in Maple:\n\n" + _MAPLE
    assert formats.rewrite(page) == page
    assert formats._maple(page) != page  # (the reader itself would read it: the page's headings keep it out)


_HASKELL = "\n".join([
    "Here is Palostane as a Haskell value.", "", "```haskell", "{-# LANGUAGE OverloadedStrings #-}",
    "module Cards.Palostane (palostane) where", "", "import Data.Text (Text)", "",
    "data Licence = Licensed | Unlicensed", "  deriving (Show, Eq)", "", "data Incidence = Frequent | Serious",
    "  deriving (Show, Eq)", "", "data Indication = Indication", "  { disease :: Text", "  , licence :: Licence",
    "  } deriving Show", "", "data Reaction = Reaction Text Incidence deriving Show", "", "data Card = Card",
    "  { inn, pharmClass :: Text", "  , tradeNames :: [Text]", "  , indications :: [Indication]",
    "  , neverFor :: [Text]", "  , reactions :: [Reaction]", "  , whenToCallADoctor :: Text",
    "  , mechanism :: Text", "  , questions :: [(Text, Text)]", "  } deriving Show", "", "palostane :: Card",
    "palostane = Card", "  { -- ===== Generic Name =====", '    inn = "Palostane"',
    '  , tradeNames = ["Palex", "Ostavin"]', '  , pharmClass = "Calcium channel blocker"',
    "    -- ===== Usage =====", "  , indications =", '      [ Indication "Hypertension" Licensed',
    '      , Indication { disease = "Stable angina", licence = Licensed }',
    '      , Indication "Raynaud\'s phenomenon" Unlicensed', "      ]", '  , neverFor = ["Cardiogenic shock"]',
    "    -- ===== Side Effects =====", "  , reactions =", '      [ Reaction "Ankle swelling" Frequent',
    '      , Reaction "Flushing" Frequent', '      , Reaction "Fainting" Serious', "      ]",
    '  , whenToCallADoctor = "Call a doctor at once if you have chest pain that gets worse " <>',
    '      "or a pulse below 50."', "    -- ===== How it Works =====", "  , mechanism = mconcat",
    '      [ "Palostane blocks the L-type calcium channel in artery walls, "',
    '      , "so the arteries relax and widen." ]', "    -- ===== FAQs =====", "  , questions =",
    '      [ ("Can I drink grapefruit juice?", "Avoid large amounts; it raises the level in the blood.")',
    '      , ("Should I take it in the morning?", "Yes, at the same time each day.")', "      ]", "  }", "```", "",
    "Load it in GHCi with `:load Palostane.hs`."])


def test_a_haskell_record_value_with_positional_constructors() -> None:
    _palostane(_HASKELL)  # ('Indication "Y" Unlicensed' the fields of the record type in order, an enumeration of
    # licences a status; 'Indication { ... }' the same by name; 'Reaction "Z" Frequent' a positional constructor,
    # its enumeration of groups the group; "<>" and "mconcat [...]" one string; tuples of two strings questions)
    out = formats.rewrite(_HASKELL).split("\n")
    assert out[2:34] == [""] * 32  # (the fence, the pragma, the module, the import, the data declarations, the
    # signature and the binding's line)
    assert out[42:44] == ["- **Raynaud's phenomenon** (off-label)", ""]
    assert out[44] == "It is not used for cardiogenic shock"  # ("neverFor": a negation)
    assert out[47:50] == ["- **Frequent:** Ankle swelling", "- **Frequent:** Flushing", "- **Serious:** Fainting"]
    assert out[-5:-1] == ["", "", "", ""]  # (the closing brackets and the fence)


def test_a_markdown_answer_that_quotes_haskell_is_left_alone() -> None:
    page = "## Usage\n\n- Hypertension\n\n## Side Effects\n\n- Flushing\n\nThe same in Haskell:\n\n" + _HASKELL
    assert formats.rewrite(page) == page
    assert formats._haskell(page) != page


_SCSS = "\n".join([
    "Sure, here is the card as an SCSS map you can `@use` in a theme.", "", "```scss", "// _palostane.scss",
    '@use "sass:map";', "", "$palostane: (", "  // ===== Generic Name =====", '  inn: "Palostane",',
    '  trade-names: ("Palex", "Ostavin"),', '  pharm-class: "Calcium channel blocker",',
    "  // ===== Usage =====", "  indications: (", '    (disease: "Hypertension", approval: licensed),',
    '    (disease: "Stable angina", approval: licensed),',
    '    (disease: "Raynaud\'s phenomenon", approval: unlicensed, comment: "when warm gloves are not enough"),',
    "  ),", '  never-for: ("Cardiogenic shock"),', "  // ===== Side Effects =====", "  reactions: (",
    '    frequent: ("Ankle swelling", "Flushing"),', '    less-frequent: (),', '    serious: ("Fainting"),', "  ),",
    '  when-to-call-a-doctor: "Call a doctor at once if you have chest pain that gets worse or a pulse below 50.",',
    "  // ===== How it Works =====",
    '  mechanism: "Palostane blocks the L-type calcium channel in artery walls, so the arteries relax and widen.",',
    "  // ===== FAQs =====", "  questions: (",
    '    (q: "Can I drink grapefruit juice?", a: "Avoid large amounts; it raises the level in the blood."),',
    '    (q: "Should I take it in the morning?", a: "Yes, at the same time each day."),', "  ),", ") !default;", "",
    ".card__title::after {", '  content: map.get($palostane, "inn");', "}", "```"])


def test_an_scss_map_with_hyphenated_keys() -> None:
    _palostane(_SCSS)  # ("trade-names", "never-for" a negation, "less-frequent" read with their hyphens as spaces;
    # "frequent: (...)" a group's list on one line; "approval: unlicensed" an off-label use; "(q: ..., a: ...)")
    out = formats.rewrite(_SCSS).split("\n")
    assert out[2:7] == [""] * 5  # (the fence, the comment, "@use" and the variable)
    assert out[9] == "- **Brand names:** Palex, Ostavin"
    assert out[17] == "It is not used for cardiogenic shock"
    assert out[20] == "- **Frequent:** Ankle swelling; Flushing"
    assert out[-6:] == [""] * 6  # (the closing parenthesis, the rule after the map and the fence)


def test_a_markdown_answer_that_quotes_scss_is_left_alone() -> None:
    page = "## Usage\n\n- Hypertension\n\n## Side Effects\n\n- Flushing\n\nThe same in SCSS:\n\n" + _SCSS
    assert formats.rewrite(page) == page
    assert formats._scss(page) != page
