"""Answer formats firstcontact128's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Bazel BUILD file whose rule call holds the answer, a Puppet manifest and a Visual
Basic .NET module, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_fc109_formats import _dexoprin, _same_lines

_STARLARK = "\n".join([
    "```python", "# cards/dexoprin/BUILD", 'load("//cards:rules.bzl", "drug_card", "indication", "adverse", "qa")', "",
    'drug_card(', '    name = "dexoprin_card",', "    # ---- Generic Name ----", '    generic_name = "Dexoprin",',
    '    trade_names = ["Dexolin", "Prinodex"],', '    drug_class = "calcium channel blocker",', "",
    "    # ---- Usage ----", "    indications = [", '        indication(condition = "High blood pressure"),',
    '        indication(condition = "Angina", note = "fewer chest pain attacks"),',
    '        indication(condition = "Raynaud\'s phenomenon", off_label = True),', "    ],",
    '    not_indicated_for = ["Heart failure", "Low blood pressure"],', "", "    # ---- Side Effects ----",
    "    adverse_effects = [", '        adverse("Ankle swelling", "frequent"),',
    '        adverse("Flushing", "frequent"),',
    '        adverse("Liver injury", "serious"),', "    ],", "", "    # ---- How it Works ----",
    '    how_it_works = "Dexoprin blocks L-type calcium channels in the artery wall, " +',
    '                   "so the arteries relax.",', "", "    # ---- FAQs ----", "    faqs = [",
    '        qa("Can I drink grapefruit juice?", "No, it raises the level in the blood."),',
    '        qa("Can I stop it suddenly?", "No, ask your doctor first."),', "    ],", ")", "```"])


def test_bazel_rule_call_with_positional_helper_calls() -> None:
    x = _dexoprin(_STARLARK)
    assert not any(u.label in ("Heart failure", "Low blood pressure") for u in x.treats)


def test_a_page_that_loads_one_macro_is_left_alone() -> None:
    page = "\n".join(["Load the rules first:", "", "```python", 'load("//tools:defs.bzl", "py_binary")', "```", "",
                      "## Usage", "", "- name = the target", "- srcs = its files"])
    _same_lines(page)
    assert formats.rewrite(page) == page


_PUPPET = "\n".join([
    "```puppet", "# dexoprin.pp", "class cards::dexoprin (", "  String        $generic_name = 'Dexoprin',",
    "  Array[String] $trade_names  = ['Dexolin', 'Prinodex'],",
    "  String        $drug_class   = 'calcium channel blocker',",
    ") {", "  $root = '/srv/cards/dexoprin'", "  file { $root: ensure => directory }", "",
    "  # ---- Usage ----", "  $indications = {", "    'licensed'  => {",
    "      'High blood pressure' => 'alone or with a diuretic',", "      'Angina'              => 'fewer attacks',",
    "    },", "    'off_label' => {", "      'Raynaud\\'s phenomenon' => 'cold, white fingers in winter',", "    },",
    "    'never_for' => 'It is not given for heart failure.',", "  }", "", "  # ---- Side Effects ----",
    "  $adverse = {", "    'frequent' => ['Ankle swelling', 'Flushing'],", "    'serious'  => ['Liver injury'],",
    "  }", "", "  # ---- How it Works ----", "  $action = @(END)", "    Dexoprin blocks L-type calcium channels in the",
    "    artery wall, so the arteries relax.", "    | END", "", "  # ---- FAQs ----", "  $questions = [",
    "    { 'q' => 'Can I drink grapefruit juice?', 'a' => 'No, it raises the level in the blood.' },",
    "    { 'q' => 'Can I stop it suddenly?', 'a' => 'No, ask your doctor first.' },", "  ]", "",
    "  $questions.each |Hash $qa| {", "    notify { $qa['q']: message => $qa['a'] }", "  }", "}", "```"])


def test_puppet_class_parameters_hashes_and_heredoc() -> None:
    x = _dexoprin(_PUPPET)
    assert x.drug is not None and x.drug.label == "Dexoprin"
    assert not any("heart failure" in u.label.casefold() for u in x.treats)


def test_a_page_that_shows_one_puppet_resource_is_left_alone() -> None:
    page = "\n".join(["Install it with Puppet:", "", "```puppet", "class dexoprin::install (", ") {",
                      "  $pkg = 'dexoprin'", "  package { $pkg: ensure => installed }", "}", "```", "",
                      "## Usage", "", "- High blood pressure"])
    _same_lines(page)
    assert formats.rewrite(page) == page


_VBNET = "\n".join([
    "```vb", "' DexoprinCard.vb", "Imports System.Collections.Generic", "", "Public Module DexoprinCard", "",
    "    ' ===== Generic Name =====", '    Public Const DrugName As String = "Dexoprin"',
    '    Public ReadOnly TradeNames As String() = {"Dexolin", "Prinodex"}',
    '    Public Const DrugClass As String = "calcium channel blocker"', "", "    ' ===== Usage =====",
    "    Public ReadOnly Licensed As New List(Of String) From {",
    '        "High blood pressure - alone or with a diuretic",', '        "Angina"', "    }",
    "    Public ReadOnly OffLabel As New List(Of String) From {",
    '        "Raynaud\'s phenomenon - for cold, white fingers"', "    }",
    '    Public Const NeverFor As String = "Heart failure"', "", "    ' ===== Side Effects =====",
    "    Public ReadOnly Adverse As New Dictionary(Of String, String()) From {",
    '        {"Frequent", {"Ankle swelling", "Flushing"}},', '        {"Serious", {"Liver injury"}}', "    }", "",
    "    ' ===== How it Works =====", "    Public Const Action As String =",
    '        "Dexoprin blocks L-type calcium channels in the artery wall, " &',
    '        "so the arteries relax."', "", "    ' ===== FAQs =====",
    "    Public ReadOnly Questions As New List(Of KeyValuePair(Of String, String)) From {",
    '        New KeyValuePair(Of String, String)("Can I drink grapefruit juice?",',
    '            "No, it raises the level in the blood."),',
    '        New KeyValuePair(Of String, String)("Can I stop it suddenly?", "No, ask your doctor first.")', "    }",
    "", "End Module", "```"])


def test_vbnet_module_of_constants_lists_and_dictionaries() -> None:
    x = _dexoprin(_VBNET)
    assert not any("heart failure" in u.label.casefold() for u in x.treats)


def test_a_page_with_one_vb_snippet_is_left_alone() -> None:
    page = "\n".join(["A tip for developers:", "", "```vb", "Public Module Card",
                      '    Public Const Name As String = "Dexoprin"', "End Module", "```", "", "## Usage", "",
                      "- High blood pressure"])
    _same_lines(page)
    assert formats.rewrite(page) == page
