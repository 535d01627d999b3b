"""Data literals of programming languages no reader of :mod:`kg.formats` names, read by the one generic reader of
literals (:func:`kg.formats._literal`): a Perl hash, an Elixir map, an R list, a Haskell record, a Go struct literal, a
Swift dictionary, a PowerShell hashtable, an Erlang property list, JSON5 and a Kotlin map, each an invented page of the
same invented drug, each rewritten line for line; settings written in the same notations inside an ordinary page are
left alone."""
from __future__ import annotations

import pytest

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _dexoprin(page: str) -> None:
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two common, one serious), target and questions."""
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))
    x = _x(page, "Dexoprin")
    assert [b.label for b in x.brand_names] == ["Dexolin", "Prinodex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "calcium channel blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Angina", None),
                                                          ("Raynaud's phenomenon", "off-label")]
    assert [(e.label, e.serious) for e in x.side_effects] == [
        ("Ankle swelling", False), ("Flushing", False), ("Liver injury", True)]
    assert _mech(x) == {("blocks", "L-type calcium channel")}
    assert [f.question for f in x.faqs] == ["Can I drink grapefruit juice?", "Can I stop it suddenly?"]


_PERL = """```perl
#!/usr/bin/perl
use strict;
use warnings;

# Dexoprin, as a Perl hash
my %drug = (
    generic_name => 'Dexoprin',
    brand_names  => [ qw(Dexolin Prinodex) ],
    drug_class   => 'calcium channel blocker',
    uses => {
        approved  => [ 'High blood pressure', 'Angina' ],
        off_label => [ "Raynaud's phenomenon" ],
    },
    side_effects => {
        common  => [ 'Ankle swelling', 'Flushing' ],
        serious => [ 'Liver injury' ],
    },
    how_it_works => 'Dexoprin blocks L-type calcium channels in the artery wall, '
                  . 'so the arteries relax.',
    faqs => [
        { q => 'Can I drink grapefruit juice?', a => 'No, it raises the level in the blood.' },
        { q => 'Can I stop it suddenly?',       a => 'No, ask your doctor first.' },
    ],
);

print "$drug{generic_name}\\n";
```"""

_ELIXIR = """```elixir
defmodule Drugs.Dexoprin do
  @moduledoc "A drug card."

  def card do
    %{
      generic_name: "Dexoprin",
      brand_names: ~w(Dexolin Prinodex),
      drug_class: "calcium channel blocker",
      usage: %{
        approved: ["High blood pressure", "Angina"],
        off_label: ["Raynaud's phenomenon"]
      },
      # how often each one happens
      side_effects: %{
        common: ["Ankle swelling", "Flushing"],
        serious: ["Liver injury"]
      },
      how_it_works: \"\"\"
      Dexoprin blocks L-type calcium channels in the artery wall,
      so the arteries relax.
      \"\"\",
      faqs: [
        %{question: "Can I drink grapefruit juice?", answer: "No, it raises the level in the blood."},
        %{question: "Can I stop it suddenly?", answer: "No, ask your doctor first."}
      ]
    }
  end
end
```"""

_R = """```r
# Dexoprin as an R list
dexoprin <- list(
  generic_name = "Dexoprin",
  brand_names = c("Dexolin", "Prinodex"),
  drug_class = "calcium channel blocker",
  usage = list(
    approved = c("High blood pressure", "Angina"),
    off_label = c("Raynaud's phenomenon")
  ),
  side_effects = list(
    common = c("Ankle swelling", "Flushing"),
    serious = c("Liver injury")
  ),
  how_it_works = paste(
    "Dexoprin blocks L-type calcium channels in the artery wall,",
    "so the arteries relax."
  ),
  faqs = list(
    list(q = "Can I drink grapefruit juice?", a = "No, it raises the level in the blood."),
    list(q = "Can I stop it suddenly?", a = "No, ask your doctor first.")
  )
)

str(dexoprin)
```"""

_HASKELL = """```haskell
module Dexoprin where

data Use = Use { condition :: String, offLabel :: Bool }

data Card = Card
  { genericName :: String
  , brandNames  :: [String]
  }

-- | The card itself.
dexoprin :: Card
dexoprin = Card
  { genericName = "Dexoprin"
  , brandNames  = ["Dexolin", "Prinodex"]
  , drugClass   = "calcium channel blocker"
  , uses =
      [ Use { condition = "High blood pressure", offLabel = False }
      , Use { condition = "Angina", offLabel = False }
      , Use { condition = "Raynaud's phenomenon", offLabel = True }
      ]
  , sideEffects =
      [ Effect { name = "Ankle swelling", severity = Common }
      , Effect { name = "Flushing", severity = Common }
      , Effect { name = "Liver injury", severity = Serious }
      ]
  , howItWorks = "Dexoprin blocks L-type calcium channels in the artery wall, "
              ++ "so the arteries relax."
  , faqs =
      [ ("Can I drink grapefruit juice?", "No, it raises the level in the blood.")
      , ("Can I stop it suddenly?", "No, ask your doctor first.")
      ]
  }
```"""

_GO = """```go
package drugs

// Dexoprin is the drug's card.
var Dexoprin = Card{
	GenericName: "Dexoprin",
	BrandNames:  []string{"Dexolin", "Prinodex"},
	DrugClass:   "calcium channel blocker",
	Uses: []Use{
		{Condition: "High blood pressure"},
		{Condition: "Angina"},
		{Condition: "Raynaud's phenomenon", OffLabel: true},
	},
	SideEffects: map[string][]string{
		"common":  {"Ankle swelling", "Flushing"},
		"serious": {"Liver injury"},
	},
	HowItWorks: `Dexoprin blocks L-type calcium channels in the artery wall,
so the arteries relax.`,
	FAQs: []FAQ{
		{Q: "Can I drink grapefruit juice?", A: "No, it raises the level in the blood."},
		{Q: "Can I stop it suddenly?", A: "No, ask your doctor first."},
	},
}
```"""

_SWIFT = """```swift
// Dexoprin.swift
let dexoprin: [String: Any] = [
    "genericName": "Dexoprin",
    "brandNames": ["Dexolin", "Prinodex"],
    "drugClass": "calcium channel blocker",
    "usage": [
        "approved": ["High blood pressure", "Angina"],
        "offLabel": ["Raynaud's phenomenon"],
    ],
    "sideEffects": [
        "common": ["Ankle swelling", "Flushing"],
        "serious": ["Liver injury"],
    ],
    "howItWorks": "Dexoprin blocks L-type calcium channels in the artery wall, so the arteries relax.",
    "faqs": [
        ["question": "Can I drink grapefruit juice?", "answer": "No, it raises the level in the blood."],
        ["question": "Can I stop it suddenly?", "answer": "No, ask your doctor first."],
    ],
]
```"""

_POWERSHELL = """```powershell
# Dexoprin.ps1
$Drug = [ordered]@{
    GenericName = 'Dexoprin'
    BrandNames  = @('Dexolin', 'Prinodex')
    DrugClass   = 'calcium channel blocker'
    Usage       = @{
        Approved = @('High blood pressure', 'Angina')
        OffLabel = @("Raynaud's phenomenon")
    }
    SideEffects = @{
        Common  = @('Ankle swelling', 'Flushing')
        Serious = @('Liver injury')
    }
    HowItWorks  = @"
Dexoprin blocks L-type calcium channels in the artery wall,
so the arteries relax.
"@
    FAQs = @(
        @{ Q = 'Can I drink grapefruit juice?'; A = 'No, it raises the level in the blood.' }
        @{ Q = 'Can I stop it suddenly?'; A = 'No, ask your doctor first.' }
    )
}

$Drug | ConvertTo-Json -Depth 5
```"""

_ERLANG = """```erlang
%% dexoprin.erl -- the drug's card as a property list
-module(dexoprin).
-export([card/0]).

card() ->
    [{generic_name, "Dexoprin"},
     {brand_names, ["Dexolin", "Prinodex"]},
     {drug_class, "calcium channel blocker"},
     {usage, [{approved, ["High blood pressure", "Angina"]},
              {off_label, ["Raynaud's phenomenon"]}]},
     {side_effects, [{common, ["Ankle swelling", "Flushing"]},
                     {serious, ["Liver injury"]}]},
     {how_it_works, "Dexoprin blocks L-type calcium channels in the artery wall, "
                    "so the arteries relax."},
     {faqs, [{"Can I drink grapefruit juice?", "No, it raises the level in the blood."},
             {"Can I stop it suddenly?", "No, ask your doctor first."}]}].
```"""

_JSON5 = """```json5
// dexoprin.json5
{
  genericName: 'Dexoprin',
  brandNames: ['Dexolin', 'Prinodex',],
  drugClass: 'calcium channel blocker',
  usage: {
    approved: ['High blood pressure', 'Angina'],
    offLabel: ["Raynaud's phenomenon"],
  },
  sideEffects: {
    common: ['Ankle swelling', 'Flushing'],
    serious: ['Liver injury'],
  },
  howItWorks: 'Dexoprin blocks L-type calcium channels in the artery wall, \\
so the arteries relax.',
  faqs: [
    {q: 'Can I drink grapefruit juice?', a: 'No, it raises the level in the blood.'},
    {q: 'Can I stop it suddenly?', a: 'No, ask your doctor first.'},
  ],
}
```"""

_KOTLIN = """```kotlin
// Dexoprin.kt
val dexoprin = mapOf(
    "genericName" to "Dexoprin",
    "brandNames" to listOf("Dexolin", "Prinodex"),
    "drugClass" to "calcium channel blocker",
    "usage" to mapOf(
        "approved" to listOf("High blood pressure", "Angina"),
        "offLabel" to listOf("Raynaud's phenomenon"),
    ),
    "sideEffects" to mapOf(
        "common" to listOf("Ankle swelling", "Flushing"),
        "serious" to listOf("Liver injury"),
    ),
    "howItWorks" to "Dexoprin blocks L-type calcium channels in the artery wall, " +
        "so the arteries relax.",
    "faqs" to listOf(
        mapOf("q" to "Can I drink grapefruit juice?", "a" to "No, it raises the level in the blood."),
        mapOf("q" to "Can I stop it suddenly?", "a" to "No, ask your doctor first."),
    ),
)
```"""


@pytest.mark.parametrize("page", [_PERL, _ELIXIR, _R, _HASKELL, _GO, _SWIFT, _POWERSHELL, _ERLANG, _JSON5, _KOTLIN],
                         ids=["perl", "elixir", "r", "haskell", "go", "swift", "powershell", "erlang", "json5",
                              "kotlin"])
def test_a_data_literal_of_a_language_no_reader_names(page: str) -> None:
    _dexoprin(page)


_SETTINGS = {
    "perl": "my %reminder = (\n    drug => 'Dexoprin',\n    dose => '5 mg',\n    time => '08:00',\n"
            "    repeat => 1,\n    sound => 'bell',\n    label => 'Blood pressure',\n);",
    "elixir": '%{\n  drug: "Dexoprin",\n  dose: "5 mg",\n  time: "08:00",\n  repeat: true,\n  sound: "bell",\n'
              '  label: "Blood pressure"\n}',
    "r": 'reminder <- list(\n  drug = "Dexoprin",\n  dose = "5 mg",\n  time = "08:00",\n  repeat = TRUE,\n'
         '  sound = "bell",\n  label = "Blood pressure"\n)',
}


@pytest.mark.parametrize("lang", sorted(_SETTINGS))
def test_a_page_with_settings_in_such_a_literal_is_left_alone(lang: str) -> None:
    page = (f"## Usage\n\nDexoprin treats high blood pressure. A reminder app can store the dose:\n\n```{lang}\n"
            f"{_SETTINGS[lang]}\n```\n\n## Side Effects\n\n- Ankle swelling\n")
    assert formats.rewrite(page) == page


def test_a_literal_without_three_sections_is_left_alone() -> None:
    page = ("Dexoprin, in short:\n\n```perl\nmy %drug = (\n    generic_name => 'Dexoprin',\n"
            "    brand_names => [ 'Dexolin', 'Prinodex' ],\n    drug_class => 'calcium channel blocker',\n"
            "    uses => [ 'High blood pressure', 'Angina' ],\n);\n```\n")
    assert formats.rewrite(page) == page


def test_an_unfenced_literal_after_an_intro_sentence() -> None:
    page = "Here is Dexoprin as an R list:\n\n" + _R.split("\n", 1)[1].rsplit("\n", 1)[0]
    assert "```" not in page
    _dexoprin(page)
    assert formats.rewrite(page).split("\n")[0] == "Here is Dexoprin as an R list:"
    assert "# Dexoprin as an R list" not in formats.rewrite(page)  # (its comment is code, no heading)
