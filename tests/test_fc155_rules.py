"""Rules from the misses of firstcontact155 and firstcontact156 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-154), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def test_uses_go_on_after_the_brands_inside_usage() -> None:
    """"### Usage" over a class sentence, "Brand names:" over bold brands, then "Used for:" over the uses: the same
    Usage, its brands read as brands and its uses as uses."""
    x = _x("### Usage\nZorvane is a long-acting bronchodilator taken once daily.\n\nBrand names:\n"
           "- **Zorvex Ellipta** (US)\n- **Zorvane Breezer** (EU)\n\nUsed for:\n"
           "- **Chronic gout** - long-term treatment\n- **Kidney stones** - reduces the risk of new stones\n",
           "Zorvane")
    assert [u.label for u in x.treats] == ["Chronic gout", "Kidney stones"]
    assert {b.label for b in x.brand_names} == {"Zorvex Ellipta", "Zorvane Breezer"}


def test_three_words_before_a_forms_head() -> None:
    """"from a multi-dose dry powder inhaler": one form, not "multi-dose dry powder" and "inhaler"."""
    x = _x("Generic Name:\nZorvane\n\nUsage:\nZorvane is inhaled once daily from a single-dose dry powder inhaler. "
           "It treats asthma.\n", "Zorvane")
    assert [f.label for f in x.formulations] == ["single-dose dry powder inhaler"]


def test_an_action_label_before_its_colon() -> None:
    """"1. **Blocks M3 receptors**: ..." (the colon after the bold): the label is the drug's action."""
    x = _x("## How it Works\n\n1. **Inhibits H2 receptors**: Zorvane lowers the acid the stomach makes.\n"
           "2. **Less acid**: Ulcers heal.\n", "Zorvane")
    assert ("inhibits", "H2 receptor") in _targets(x) or ("blocks", "H2 receptor") in _targets(x)


def test_the_family_gives_way_to_the_member_it_names() -> None:
    """"an antagonist of histamine receptors, mainly at the H1 receptor" with "Blocks H1 receptors": the member."""
    x = _x("## How it Works\n\nZorvane blocks H1 receptors. It is a competitive antagonist of histamine receptors, "
           "with the longest hold at the H1 receptor in the airways.\n", "Zorvane")
    assert _targets(x) == [("blocks", "H1 receptor")]


def test_what_the_binding_makes_stronger_activates() -> None:
    """"It binds to the GABA-A receptor ... This makes the effect of GABA stronger": the bound receptor, activated."""
    x = _x("## How it Works\n\nZorvane binds to the glycine receptor in the spinal cord. This makes the calming effect "
           "of glycine stronger.\n", "Zorvane")
    assert _targets(x) == [("activates", "glycine receptor")]


def test_a_state_of_use_stands_alone_before_and() -> None:
    """"Dependence and withdrawal symptoms": two effects, no "dependence symptoms"."""
    x = _x("Side Effects:\nSome side effects can be serious:\n\n* Seizures\n* Tolerance and withdrawal symptoms\n",
           "Zorvane")
    assert [e.label for e in x.side_effects] == ["Seizures", "Tolerance", "Withdrawal symptoms"]


def test_an_extended_course_for_a_while_is_the_condition() -> None:
    """"can be used for extended treatment of blood clots for up to 6 months": the clots, no "Extended" and no
    "for up to"."""
    x = _x("Usage:\nZorvane is used for gout. In people with kidney disease, zorvane can be used for extended "
           "treatment of kidney stones for up to 12 months, because it is well tolerated.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Gout", "Kidney stones"]
