"""Rules from the misses of firstcontact136 (ordinary answers of six models not imitated before), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from kg.model import REASONING_SKIPPED
from kg.parse import parse_text
from tests.test_extract_layouts5 import _x


def test_the_models_reasoning_before_its_answer_is_not_read() -> None:
    """"<think> ... Uses: gout is the approved one ... Side effects: lots of GI stuff ... </think>" before the answer:
    not read (its labels would open sections the answer's own come after), and said with its lines."""
    page = ("<think>\nOkay, the user wants Calvirex.\n\nUses: gout is the approved one. Maybe kidney stones?\n\n"
            "Side effects: lots of GI stuff, rash.\n</think>\n\n**Generic Name:** Calvirex\n\n**Usage:** It is used "
            "for gout.\n\n**Side Effects:** Common side effects include nausea and headache.\n\n**How it Works:** "
            "It blocks xanthine oxidase.\n")
    x = _x(page, "Calvirex")
    assert [u.label for u in x.treats] == ["Gout"]
    assert [e.label for e in x.side_effects] == ["Nausea", "Headache"]
    doc = parse_text("---\ntitle: Calvirex\n---\n\n# Calvirex\n\n" + page, "calvirex.md")
    assert [(n.kind, n.line) for n in doc.notes] == [(REASONING_SKIPPED, 7)]
    assert "7-13" in doc.notes[0].message


def test_a_chemical_name_with_positions_is_one_other_name() -> None:
    """"**Generic Name:** Calvirex (also known as o,p'-DDE)": one other name, its comma part of it."""
    x = _x("**Generic Name:** Calvirex (also known as m,p'-DDT)\n\n**Usage:** It treats gout.\n", "Calvirex")
    assert [s.label for s in x.drug.synonyms] == ["m,p'-DDT"]


def test_a_use_after_surgery_for_a_condition_is_that_condition() -> None:
    """"2. **After surgery for RCC (off-label):** ..." after "1. **Renal cell carcinoma (RCC):** ...": the condition,
    its own qualifier."""
    x = _x("**Usage:** It is used for:\n\n1. **Renal Cell Carcinoma (RCC):** Advanced disease.\n2. **After surgery for "
           "RCC (off-label):** To lower the risk of it coming back.\n", "Calvirex")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Renal Cell Carcinoma", None),
                                                          ("Renal Cell Carcinoma", "off-label")]


def test_trouble_doing_two_things_is_one_effect() -> None:
    """"Dizziness, trouble reading or writing (a sign of toxicity)": two effects, the trouble one."""
    x = _x("## Side Effects\n\n- **Serious:**\n  - Dizziness, trouble reading or writing (a sign of toxicity)\n"
           "  - Fainting\n", "Calvirex")
    assert [e.label for e in x.side_effects] == ["Dizziness", "Trouble reading or writing", "Fainting"]


def test_proteases_named_without_ase_are_targets() -> None:
    """"It mainly inhibits trypsin", "also inhibits kallikrein, which lowers ...", "inhibits plasmin": enzymes named
    without "-ase", targets as "elastase" is."""
    x = _x("## How it Works\n\nCalvirex mainly inhibits plasmin. It also inhibits kallikrein, which lowers the making "
           "of bradykinin.\n", "Calvirex")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("inhibits", "plasmin"),
                                                                            ("inhibits", "kallikrein")]


def test_uses_listed_after_in_the_following_situations() -> None:
    """"(3) In addition, it has been used off-label or studied in the following situations: prevention of X after Y,
    COVID-19 and Z in W.": each an off-label use, the disease named by its code no head shared with the next."""
    x = _x("## Usage\n\nCalvirex is mainly used for the following diseases:\n\n(1) Chronic gastritis;\n\n(2) In "
           "addition, Calvirex has been used off-label or studied in the following situations: prevention of "
           "nephropathy after angiography, COVID-19 and itching in chronic liver disease.\n", "Calvirex")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Chronic gastritis", None), ("Nephropathy after angiography", "off-label"), ("COVID-19", "off-label"),
        ("Itching in chronic liver disease", "off-label")]


def test_another_name_glossed_after_the_generic_name_in_its_sentence() -> None:
    """"Calvirex mesilate (also called calvirex mesylate) is ...": the same salt spelled another way, another name;
    "(also known as morvanil outside the United States and Canada)": the name, not where."""
    x = _x("1. Generic Name: Calvirex Mesilate\n\nCalvirex mesilate (also called calvirex mesylate) is an oral "
           "protease inhibitor.\n\n2. Usage: It treats gout.\n", "Calvirex Mesilate")
    assert [s.label for s in x.drug.synonyms] == ["calvirex mesylate"]
    x = _x("**Generic Name:** Calvirex\n\nCalvirex (also known as morvanil outside the United States and Canada) is an "
           "analgesic.\n\n**Usage:** It treats pain.\n", "Calvirex")
    assert [s.label for s in x.drug.synonyms] == ["morvanil"]
