"""Answer formats firstcontact130's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): an Objective-C NSDictionary literal and an F# record value, each rewritten line for
line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_fc109_formats import _dexoprin

_OBJC = "\n".join([
    "```objectivec", "// DXCard.m", "#import <Foundation/Foundation.h>", "", "@implementation DXCard",
    "+ (NSDictionary *)card {", "    return @{", "        // MARK: - Identity", '        @"inn" : @"Dexoprin",',
    '        @"tradeNames" : @[@"Dexolin", @"Prinodex"],   // both in use',
    '        @"pharmClass" : @"calcium channel blocker",', "", "        // MARK: - Indications",
    '        @"indications" : @{', '            @"overview" : @"Dexoprin relaxes the arteries, so the heart "',
    '                          @"pumps against less pressure.",', '            @"licensed" : @[',
    '                @{ @"disease" : @"High blood pressure", @"comment" : @"in adults" },',
    '                @{ @"disease" : @"Angina" },', "            ],",
    '            @"unlicensed" : @[ @{ @"disease" : @"Raynaud\'s phenomenon" } ],', "        },", "",
    "        // MARK: - Adverse Effects", '        @"adverseEffects" : @[',
    '            @{ @"symptom" : @"Ankle swelling", @"howOften" : @"frequent" },',
    '            @{ @"symptom" : @"Flushing", @"howOften" : @"frequent" },',
    '            @{ @"symptom" : @"Liver injury", @"howOften" : @"rare", @"serious" : @YES },', "        ],", "",
    "        // MARK: - Mechanism", '        @"mechanism" : @"Dexoprin blocks L-type calcium channels in the "',
    '                       @"artery wall, so the arteries relax.",', '        @"faqs" : @[',
    '            @{ @"question" : @"Can I drink grapefruit juice?", @"answer" : @"No, it raises the level."},',
    '            @{ @"question" : @"Can I stop it suddenly?", @"answer" : @"No, ask your doctor first." },',
    "        ],", "    };", "}", "@end", "```"])


def test_an_objective_c_dictionary_literal() -> None:
    _dexoprin(_OBJC, rare="Rare")
    out = formats.rewrite(_OBJC).split("\n")
    assert out[12] == "## Indications"  # ("// MARK: - Indications": Xcode's mark names the section)
    assert out[14:16] == ["Dexoprin relaxes the arteries, so the heart", "pumps against less pressure."]


def test_a_page_with_an_objective_c_settings_dictionary_is_left_alone() -> None:
    page = ("## Usage\n\nDexoprin treats high blood pressure. The reminder app stores the dose:\n\n```objc\n"
            'NSDictionary *reminder = @{\n    @"drug" : @"Dexoprin",\n    @"dose" : @"5 mg",\n'
            '    @"time" : @"08:00",\n    @"repeat" : @YES,\n    @"sound" : @"bell",\n    @"label" : @"Pressure",\n'
            "};\n```\n\n## Side Effects\n\n- Ankle swelling\n")
    assert formats.rewrite(page) == page


_FSHARP = "\n".join([
    "```fsharp", "// Dexoprin.fsx", "type Indication =", "    | Licensed of disease: string * comment: string",
    "    | Unlicensed of string", "", "type HowOften =", "    | Frequent", "    | Serious", "",
    "type Card = { Inn: string; TradeNames: string list; Indications: Indication list }", "", "let dexoprin =",
    "    { // ---- Identity ----", '      Inn = "Dexoprin"', '      TradeNames = [ "Dexolin"; "Prinodex" ]',
    '      PharmacologicClass = "calcium channel blocker"', "      // ---- Indications ----", "      Indications =",
    '          [ Licensed("High blood pressure", "in adults")', '            Licensed("Angina", "stable angina")',
    '            Unlicensed("Raynaud\'s phenomenon") ]', "      AdverseEffects =",
    '          [ (Frequent, [ "Ankle swelling"; "Flushing" ])', '            (Serious, [ "Liver injury" ]) ]',
    "      Mechanism =", '          """Dexoprin blocks L-type calcium channels in the artery wall,',
    'so the arteries relax."""', "      Faqs =",
    '          [ { Q = "Can I drink grapefruit juice?"; A = "No, it raises the level in the blood." }',
    '            { Q = "Can I stop it suddenly?"', '              A = "No, ask your doctor first." } ] }', "",
    "dexoprin.Faqs |> List.iter (fun f -> printfn \"%s\" f.Q)", "```"])


def test_an_fsharp_record_value_with_union_cases() -> None:
    _dexoprin(_FSHARP)
    out = formats.rewrite(_FSHARP).split("\n")
    assert out[2:13] == [""] * 11  # (the types)
    assert out[21] == "- **Raynaud's phenomenon** (off-label)"


def test_a_page_with_an_fsharp_settings_record_is_left_alone() -> None:
    page = ("## Usage\n\nDexoprin treats high blood pressure. A reminder script holds the dose:\n\n```fsharp\n"
            "type Reminder = { Drug: string; Dose: string }\n\nlet reminder =\n    { Drug = \"Dexoprin\"\n"
            "      Dose = \"5 mg\"\n      Time = \"08:00\"\n      Days = [ \"Mon\"; \"Thu\" ]\n      Sound = \"bell\"\n"
            "      Label = \"Pressure\" }\n\nreminder |> printfn \"%A\"\n```\n\n## Side Effects\n\n- Ankle swelling\n")
    assert formats.rewrite(page) == page
