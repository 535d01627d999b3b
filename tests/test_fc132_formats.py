"""Answer formats firstcontact132's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Terraform variables file, a Zig struct literal and Common Lisp structures, each
rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

import pytest

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _veltorin(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Veltorin")
    assert [b.label for b in x.brand_names] == ["Veltra", "Orinex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "calcium channel blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Angina", None),
                                                          ("Raynaud's phenomenon", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Ankle swelling", "Frequent", False), ("Flushing", "Frequent", False), ("Liver injury", "Serious", True)]
    assert _mech(x) == {("blocks", "L-type calcium channel")}
    assert [f.question for f in x.faqs] == ["Can I drink grapefruit juice?", "Can I stop it suddenly?"]
    return x


_TERRAFORM = "\n".join([
    "```terraform", "// ==== Generic Name ====", 'variable "inn" {', '  description = "The drug\'s name"',
    "  type        = string", '  default     = "Veltorin"', "}", "", 'variable "trade_names" {',
    "  type    = list(string)", '  default = ["Veltra", "Orinex"]', "}", "", 'variable "pharmacologic_class" {',
    '  default = "Calcium channel blocker"', "}", "", "// ==== Usage ====", 'variable "indications" {',
    "  type = list(object({ disease = string, comment = string, unlicensed = bool }))", "  default = [",
    '    { disease = "High blood pressure", comment = "in adults", unlicensed = false },',
    '    { disease = "Angina", comment = "stable angina only", unlicensed = false },',
    '    { disease = "Raynaud\'s phenomenon", comment = "small trials", unlicensed = true },', "  ]", "}", "",
    "// ==== Side Effects ====", 'variable "adverse_reactions" {', "  type = map(list(string))", "  default = {",
    '    frequent = ["Ankle swelling", "Flushing"]', '    serious  = ["Liver injury"]', "  }", "}", "",
    'variable "when_to_call" {', '  default = "Call a doctor at once if your skin or eyes turn yellow."', "}", "",
    "// ==== How it Works ====", 'variable "mechanism" {', "  type    = string", "  default = <<EOT",
    "Veltorin blocks L-type calcium channels in the artery wall,", "so the arteries relax and blood pressure falls.",
    "EOT", "}", "", "// ==== FAQs ====", 'variable "questions" {', "  default = [",
    '    { question = "Can I drink grapefruit juice?", answer = "No, it raises the level in the blood." },',
    '    { question = "Can I stop it suddenly?", answer = "No, ask your doctor first." },', "  ]", "}", "```"])


def test_a_terraform_variables_file() -> None:
    x = _veltorin(_TERRAFORM)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]
    assert formats.rewrite(_TERRAFORM).split("\n")[2:5] == ["", "", ""]  # (the variable, its description, its type)


_ZIG = "\n".join([
    "```zig", "const std = @import(\"std\");", "", "pub const HowOften = enum { frequent, rare, serious };", "",
    "pub const Indication = struct {", "    disease: []const u8,", "    comment: []const u8 = \"\",",
    "    unlicensed: bool = false,", "};", "", "pub const card = DrugCard{", "    // ---- Generic Name ----",
    '    .inn = "Veltorin",', '    .trade_names = &[_][]const u8{ "Veltra", "Orinex" },',
    '    .pharmacologic_class = "Calcium channel blocker",', "", "    // ---- Usage ----",
    "    .indications = &[_]Indication{",
    '        .{ .disease = "High blood pressure", .comment = "in adults" },', '        .{ .disease = "Angina" },',
    "        .{ .disease = \"Raynaud's phenomenon\", .comment = \"small trials\", .unlicensed = true },", "    },",
    "", "    // ---- Side Effects ----", "    .adverse_reactions = &.{",
    '        .{ .symptom = "Ankle swelling", .how_often = .frequent },',
    '        .{ .symptom = "Flushing", .how_often = .frequent },',
    '        .{ .symptom = "Liver injury", .how_often = .serious },', "    },",
    '    .when_to_call = "Call a doctor at once if your skin " ++', '        "or eyes turn yellow.",', "",
    "    // ---- How it Works ----", "    .mechanism =",
    "        \\\\Veltorin blocks L-type calcium channels in the artery wall,",
    "        \\\\so the arteries relax and blood pressure falls.", "    ,", "", "    // ---- FAQs ----",
    "    .questions = &.{",
    '        .{ .q = "Can I drink grapefruit juice?", .a = "No, it raises the level in the blood." },',
    '        .{ .q = "Can I stop it suddenly?", .a = "No, ask your doctor first." },', "    },", "};", "",
    "pub fn main() void {", '    std.debug.print("{s}\\n", .{card.inn});', "}", "```"])


def test_a_zig_struct_literal_after_its_types() -> None:
    x = _veltorin(_ZIG)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]
    assert formats.rewrite(_ZIG).split("\n")[:12] == [""] * 12  # (the fence, the import, the types, the literal)


_COMMON_LISP = "\n".join([
    "```lisp", ";;;; veltorin.lisp -- a drug card", "", "(defstruct indication disease comment (unlicensed nil))",
    "(defstruct reaction symptom how-often)   ; how-often: :frequent or :serious", "(defstruct qa q a)",
    "(defstruct card inn trade-names pharmacologic-class routes indications adverse-reactions mechanism questions)",
    "", "(defvar *card*", "  (make-card", "   ;; ==== Generic Name ====", '   :inn "Veltorin"',
    "   :trade-names '(\"Veltra\" \"Orinex\")", '   :pharmacologic-class "Calcium channel blocker"',
    "   :routes '(:oral)", "", "   ;; ==== Usage ====", "   :indications (list",
    '     (make-indication :disease "High blood pressure" :comment "in adults")',
    '     (make-indication :disease "Angina")',
    "     (make-indication :disease \"Raynaud's phenomenon\" :comment \"small trials\" :unlicensed t))", "",
    "   ;; ==== Side Effects ====", "   :adverse-reactions (list",
    '     (make-reaction :symptom "Ankle swelling" :how-often :frequent)',
    '     (make-reaction :symptom "Flushing" :how-often :frequent)',
    '     (make-reaction :symptom "Liver injury" :how-often :serious))', "", "   ;; ==== How it Works ====",
    '   :mechanism "Veltorin blocks L-type calcium channels in the artery wall,',
    'so the arteries relax and blood pressure falls."', "", "   ;; ==== FAQs ====", "   :questions (list",
    '     (make-qa :q "Can I drink grapefruit juice?" :a "No, it raises the level in the blood.")',
    '     (make-qa :q "Can I stop it suddenly?" :a "No, ask your doctor first."))))', "```"])


def test_common_lisp_structures() -> None:
    x = _veltorin(_COMMON_LISP)
    assert [r.label for r in x.routes] == ["oral"]  # ("'(:oral)": a quoted list of keywords, their words)
    assert formats.rewrite(_COMMON_LISP).split("\n")[:10] == [""] * 10  # (the fence, the defstructs, the binding)


#: a snippet in each notation on an ordinary page: each reader's gate finds it, and it holds no answer
_SERVER_VARIABLES = (
    "## Usage\n\nVeltorin treats high blood pressure. The clinic's reminder service is deployed with:\n\n"
    '```hcl\nvariable "region" {\n  type    = string\n  default = "eu-west-1"\n}\n\n'
    'variable "instance_type" {\n  default = "t3.micro"\n}\n\nvariable "tags" {\n'
    '  default = { team = "pharmacy", usage = "reminders" }\n}\n```\n\n## Side Effects\n\n- Flushing\n')
_ZIG_SETTINGS = (
    "## Usage\n\nVeltorin treats high blood pressure. A dose reminder written in Zig keeps its settings in:\n\n"
    '```zig\npub const Config = struct { name: []const u8, hour: u8 };\n\npub const config = Config{\n'
    '    .name = "Veltorin",\n    .dose = "5 mg",\n    .hour = 8,\n    .minute = 30,\n'
    '    .sound = "bell",\n    .repeat = true,\n};\n```\n\n## Side Effects\n\n- Flushing\n')
_LISP_SETTINGS = (
    "## Usage\n\nVeltorin treats high blood pressure. The reminder script keeps its settings in:\n\n"
    "```lisp\n(defstruct reminder drug hour sound)\n(defparameter *reminder*\n"
    '  (make-reminder :drug "Veltorin" :hour 8 :sound "bell"))\n(defparameter *backup*\n'
    '  (make-reminder :drug "Veltorin" :hour 20 :sound "chime"))\n```\n\n## Side Effects\n\n- Flushing\n')


@pytest.mark.parametrize("page", [_SERVER_VARIABLES, _ZIG_SETTINGS, _LISP_SETTINGS],
                         ids=["terraform", "zig", "common-lisp"])
def test_a_page_with_a_settings_snippet_in_the_notation_is_left_alone(page: str) -> None:
    """The reader runs (its gate finds the notation) and finds no answer in the snippet: the page stays."""
    assert formats.rewrite(page) == page
