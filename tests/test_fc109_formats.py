"""Answer formats firstcontact109's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Windows batch file that prints the answer, a TypeScript object literal, a KDL
document, a PHP array and NestedText, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _dexoprin(page: str, rare: str = "Serious"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Dexoprin")
    assert [b.label for b in x.brand_names] == ["Dexolin", "Prinodex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "calcium channel blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Angina", None),
                                                          ("Raynaud's phenomenon", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Ankle swelling", "Frequent", False), ("Flushing", "Frequent", False), ("Liver injury", rare, True)]
    assert _mech(x) == {("blocks", "L-type calcium channel")}
    assert [f.question for f in x.faqs] == ["Can I drink grapefruit juice?", "Can I stop it suddenly?"]
    return x


_BATCH = "\n".join([
    "```cmd", "@ECHO OFF", "REM dexoprin.cmd - a drug card", "setlocal", "set NAME=Dexoprin",
    'set "BRANDS=Dexolin, Prinodex"', "", 'call :title "Generic Name"', "echo %NAME%",
    "echo Brand names: %BRANDS%", "echo Drug class: calcium channel blocker", "", 'call :title "Usage"',
    "echo %NAME% is used for:", 'call :bullet "High blood pressure - in adults"', 'call :bullet "Angina"',
    "echo Off-label:", 'call :bullet "Raynaud\'s phenomenon"', "", 'call :title "Side Effects"', "echo Frequent:",
    'call :bullet "Ankle swelling"', 'call :bullet "Flushing"', "echo Serious:", 'call :bullet "Liver injury"',
    "echo.", "echo ^>^> Call a doctor at once if your skin or eyes turn yellow.", "", 'call :title "How it Works"',
    "echo %NAME% blocks L-type calcium channels in the artery wall, so the arteries relax.", "",
    'call :title "FAQs"', 'call :qa "Can I drink grapefruit juice?" "No, it raises the level in the blood."',
    'call :qa "Can I stop it suddenly?" "No, ask your doctor first."', "exit /b 0", "", ":title",
    "echo ---- %~1 ----", "goto :eof", ":bullet", "echo  * %~1", "goto :eof", ":qa", "echo Q: %~1", "echo A: %~2",
    "goto :eof", "```"])


def test_a_batch_file_that_prints_the_answer() -> None:
    x = _dexoprin(_BATCH)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]


def test_a_page_with_a_batch_snippet_is_left_alone() -> None:
    page = ("## Usage\n\nDexoprin treats high blood pressure. To log your readings on Windows:\n\n```bat\n@echo off\n"
            "echo Reading 1\necho Reading 2\necho Reading 3\necho Usage: log NAME\necho.\necho Done\n```\n\n"
            "## Side Effects\n\n- Ankle swelling\n")
    assert formats.rewrite(page) == page


_TYPESCRIPT = "\n".join([
    "```ts", "// dexoprin.ts", 'type HowOften = "frequent" | "rare";', "", "interface Indication {",
    "  disease: string;", "  unlicensed?: boolean;", "}", "", "export const dexoprin: DrugCard = {",
    "  inn: 'Dexoprin',", '  tradeNames: ["Dexolin", "Prinodex"],', '  pharmacologicClass: "calcium channel blocker",',
    "  indications: {", "    overview: `Dexoprin lowers blood pressure by relaxing the", "arteries.`,",
    "    list: [", '      { disease: "High blood pressure", unlicensed: false, comment: "in adults" },',
    '      { disease: "Angina", unlicensed: false },', "      { disease: \"Raynaud's phenomenon\", unlicensed: true },",
    "    ],", "  },", "  adverseReactions: [", '    { symptom: "Ankle swelling", howOften: "frequent" },',
    '    { symptom: "Flushing", howOften: "frequent" },',
    '    { symptom: "Liver injury", howOften: "rare", serious: true },', "  ],",
    "  /* the target */", '  mechanism: { target: "L-type calcium channel", action: "blocker" },', "  faqs: [",
    '    { q: "Can I drink grapefruit juice?", a: "No, it raises the level in the blood." },',
    '    { q: "Can I stop it suddenly?", a: "No, ask your doctor first." },', "  ],", "};", "```"])


def test_a_typescript_object_after_its_interfaces() -> None:
    _dexoprin(_TYPESCRIPT, rare="Rare")
    assert formats.rewrite(_TYPESCRIPT).split("\n")[:9] == [""] * 9  # (the fence, the types, the interface)


def test_a_page_with_a_javascript_settings_object_is_left_alone() -> None:
    page = ("## Usage\n\nDexoprin treats high blood pressure. A reminder app can store the dose:\n\n```js\n"
            "const reminder = {\n  drug: 'Dexoprin',\n  dose: '5 mg',\n  time: '08:00',\n  repeat: true,\n"
            "  snooze: 10,\n  sound: 'bell',\n  vibrate: false,\n  label: 'Blood pressure',\n};\n```\n\n"
            "## Side Effects\n\n- Ankle swelling\n")
    assert formats.rewrite(page) == page


_PHP = "\n".join([
    "```php", "<?php", "// dexoprin.php", "/* A card for the drug. */", "$card = array(",
    "    \"identity\" => array(", "        \"inn\"          => 'Dexoprin',",
    "        \"trade_names\"  => array('Dexolin', 'Prinodex'),",
    "        \"category\"     => 'calcium channel blocker',", "    ),", "    'indications' => [",
    "        'licensed' => [",
    "            ['disease' => 'High blood pressure', 'comment' => 'in adults'],",
    "            ['disease' => 'Angina'],",
    "        ],", "        'unlicensed' => [['disease' => 'Raynaud\\'s phenomenon']],", "    ],",
    "    'adverse_reactions' => [", "        # by how often", "        'frequent' => ['Ankle swelling', 'Flushing'],",
    "        'serious'  => ['Liver injury'],", "    ],", "    'mechanism' => <<<EOT", "Dexoprin blocks L-type calcium",
    "channels in the artery wall, so the arteries relax.", "EOT,", "    'faqs' => [",
    "        ['q' => 'Can I drink grapefruit juice?', 'a' => 'No, it raises ' . 'the level in the blood.'],",
    "        ['q' => 'Can I stop it suddenly?', 'a' => 'No, ask your doctor first.'],", "    ],", ");", "```"])


def test_a_php_array() -> None:
    x = _dexoprin(_PHP)
    assert x.faqs[0].answer == "No, it raises the level in the blood."


def test_a_page_with_a_php_config_array_is_left_alone() -> None:
    page = ("## Usage\n\nDexoprin treats high blood pressure. The clinic's site stores its reminder settings:\n\n"
            "```php\n<?php\nreturn [\n    'drug' => 'Dexoprin',\n    'dose' => '5 mg',\n    'time' => '08:00',\n"
            "    'repeat' => true,\n    'snooze' => 10,\n    'sound' => 'bell',\n    'vibrate' => false,\n"
            "    'label' => 'Blood pressure',\n];\n```\n\n## Side Effects\n\n- Ankle swelling\n")
    assert formats.rewrite(page) == page


_KDL = "\n".join([
    "```kdl", "// dexoprin.kdl", "card version=2 {", '    drug "Dexoprin" acronym="DXP" {',
    '        trade-name "Dexolin"; trade-name "Prinodex"', '        pharmacologic-class "calcium channel blocker"',
    "    }", "    indications {", '        licensed {',
    '            disease "High blood pressure" lay-term="hypertension"',
    '            disease "Angina"', "        }", '        unlicensed { disease r#"Raynaud\'s phenomenon"# }',
    '        /-disease "Gout"', "    }", "    adverse-reactions {", '        frequent { symptom "Ankle swelling"',
    '            symptom "Flushing" }', '        serious { symptom "Liver injury" comment="rare" }', "    }",
    "    mechanism {", '        target "L-type calcium channel" \\', '            action="blocker"', "    }",
    "    faqs {", '        faq q="Can I drink grapefruit juice?" a="No, it raises the level in the blood."',
    '        faq q="Can I stop it suddenly?" a="No, ask your doctor first."', "    }", "}", "```"])


def test_a_kdl_document() -> None:
    x = _dexoprin(_KDL)
    assert [s.label for s in x.drug.synonyms] == ["DXP"]
    assert [u.synonyms for u in x.treats][0] == ["hypertension"]


def test_a_page_with_a_kdl_settings_file_is_left_alone() -> None:
    page = ("## Usage\n\nDexoprin treats high blood pressure. The reminder app reads this file:\n\n```kdl\n"
            'reminder "morning" {\n    drug "Dexoprin"\n    dose "5 mg"\n    time "08:00"\n}\n'
            'reminder "evening" {\n    drug "Dexoprin"\n    dose "5 mg"\n    time "20:00"\n}\n'
            'sound "bell" {\n    volume "low"\n}\n```\n\n## Side Effects\n\n- Ankle swelling\n')
    assert formats.rewrite(page) == page


_NESTEDTEXT = "\n".join([
    "```nt", "# dexoprin card", "drug: Dexoprin", "trade names:", "    - Dexolin", "    - Prinodex",
    "category: calcium channel blocker", "", "indications:", "    overview:",
    "        > Dexoprin lowers blood pressure by relaxing", "        > the arteries.", "    licensed:", "        -",
    "            disease: High blood pressure", "            comment: in adults", "        -",
    "            disease: Angina", "    unlicensed:", "        - Raynaud's phenomenon", "",
    "adverse reactions:", "    frequent:", "        - Ankle swelling", "        - Flushing", "    serious:",
    "        - Liver injury", "", "mechanism:", "    target: L-type calcium channel", "    action: blocker", "",
    "faqs:", "    -", "        q: Can I drink grapefruit juice?", "        a:", "            > No, it raises the level",
    "            > in the blood.", "    -", "        q: Can I stop it suddenly?",
    "        a: No, ask your doctor first.",
    "```"])


def test_nestedtext() -> None:
    x = _dexoprin(_NESTEDTEXT)
    assert x.faqs[0].answer == "No, it raises the level in the blood."


def test_a_page_with_a_nestedtext_settings_file_is_left_alone() -> None:
    page = ("## Usage\n\nDexoprin treats high blood pressure. The reminder app reads this file:\n\n```nestedtext\n"
            "reminders:\n    -\n        drug: Dexoprin\n        time: 08:00\n    -\n        drug: Dexoprin\n"
            "        time: 20:00\nsound: bell\n```\n\n## Side Effects\n\n- Ankle swelling\n")
    assert formats.rewrite(page) == page


def test_a_note_that_says_prevention_is_the_uses_qualifier() -> None:
    page = _NESTEDTEXT.replace("disease: Angina", "disease: Angina\n            comment: prevention of attacks")
    _same_lines(page)
    assert [(u.label, u.qualifier) for u in _x(page, "Dexoprin").treats][1] == ("Angina", "prevention")
