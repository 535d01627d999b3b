"""Rules from the misses of firstcontact149 and firstcontact150 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-148), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def test_a_target_also_called_by_another_name_then_this_name() -> None:
    """"binds to the enzyme H+/K+-ATPase, also called the proton pump, ... By blocking this pump, ...": one target,
    blocked; "called MT1 and MT2" after "receptors in the brain" names no brain."""
    x = _x("## How it Works\n\nZorvane binds to the enzyme Na+/K+-ATPase, also called the sodium pump, in heart cells. "
           "By blocking this pump, zorvane raises calcium inside the cells.\n", "Zorvane")
    assert _targets(x) == [("blocks", "Na+/K+-ATPase")]
    x = _x("## How it Works\n\nZorvane works by activating two orexin receptors in the brain, called OX1 and OX2.\n",
           "Zorvane")
    assert "brain" not in [t for _, t in _targets(x)]


def test_what_an_enzyme_turns_the_drug_into_acts_for_it() -> None:
    """"the enzyme 1-alpha-hydroxylase converts calcifediol into calcitriol ... Calcitriol binds to and activates the
    vitamin D receptor": the drug's active form, its action the drug's."""
    x = _x("## How it Works\n\nIn the liver, the enzyme carboxylesterase converts zorvane into zorvanic acid, the "
           "active form. Zorvanic acid binds to and blocks the AT1 receptor.\n", "Zorvane")
    assert _targets(x) == [("blocks", "AT1 receptor")]


def test_a_chemical_names_bare_locants_keep_their_comma() -> None:
    """"lowers the level of 2,3-diphosphoglycerate (2,3-DPG)": one substance, its symbol whole."""
    x = _x("## How it Works\n\n1. **Activation:** Zorvane activates glucokinase.\n2. **Less 1,2-diacylglycerol:** It "
           "lowers the level of **1,2-diacylglycerol (1,2-DAG)** in liver cells.\n", "Zorvane")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism if not m.is_target] == [
        ("decreases", "1,2-diacylglycerol", "1,2-DAG")]


def test_a_numbered_bold_use_whose_words_name_a_section_kind() -> None:
    """"2. **Termination of pregnancy between 13 and 20 weeks** – to start contractions" in Usage's numbered list: a
    use, described after a dash, not a precautions section its word "pregnancy" would open; its range one use."""
    x = _x("**Usage:**\nZorvane is used for:\n\n1. **Postpartum bleeding** – after delivery\n"
           "2. **Nausea of pregnancy between 6 and 14 weeks** – when diet changes fail\n"
           "3. **Hyperemesis gravidarum** – severe vomiting\n\n**Side Effects:**\n- Headache\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Postpartum bleeding", "Nausea of pregnancy between 6 and 14 weeks",
                                           "Hyperemesis gravidarum"]


def test_a_studied_use_listed_under_a_uses_lead() -> None:
    """"is used to treat the following conditions:" over "3. It has also been studied for A and B, but ...": both
    uses, off-label."""
    x = _x("Usage:\nZorvane is used to treat the following conditions:\n\n1. Strongyloidiasis, in adults.\n"
           "2. It has also been studied for toxocariasis and trichuriasis, but other drugs work better.\n", "Zorvane")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Strongyloidiasis", None), ("Toxocariasis", "off-label"), ("Trichuriasis", "off-label")]


def test_the_readers_signs_after_another_persons_event() -> None:
    """"If a child swallows the medicine, or if you have A or B, get medical help right away": the reader's signs."""
    x = _x("## Side Effects\n\n- Headache\n\nIf a pet licks the gel, or if you have fainting or a pounding heartbeat, "
           "get medical help right away.\n", "Zorvane")
    assert [s.label for s in x.serious_signs] == ["fainting or a pounding heartbeat"]


def test_two_conditions_each_with_its_head_either_side_of_or() -> None:
    """"**Missed abortion or intrauterine fetal death**": two uses; "**Incomplete or inevitable miscarriage**" and
    "**Agitation or aggression in dementia**" one each (an adjective's "or", a shared place)."""
    x = _x("Usage:\nZorvane is used for:\n- **Retained placenta or uterine atony** – after delivery\n"
           "- **Partial or complete molar pregnancy** – evacuation\n- **Nausea or vomiting after surgery** – rescue\n",
           "Zorvane")
    assert [u.label for u in x.treats] == ["Retained placenta", "Uterine atony", "Partial or complete molar pregnancy",
                                           "Nausea or vomiting after surgery"]


def test_what_goes_down_under_when_the_drug_acts() -> None:
    """"When esmolol blocks these receptors:" over "* The heart rate slows down": what it lowers, each item; an item
    that names no measured thing's rise or fall gives nothing."""
    x = _x("## How it Works\n\nZorvane blocks alpha-1 receptors on blood vessels. When zorvane blocks these receptors:"
           "\n\n* Blood pressure falls\n* The urine flow rises\n* The vessels relax\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if not m.is_target] == [
        ("decreases", "blood pressure"), ("increases", "urine flow")]
