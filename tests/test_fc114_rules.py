"""Rules from the misses of firstcontact114 (ordinary answers of six models not imitated before), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_many_side_effects_is_no_effect() -> None:
    """"Many side effects happen because the sodium level falls.": the effects, spoken of as a group, no effect."""
    x = _x("## Usage\n\n- Gout\n\n## Side effects\n\nMany side effects happen because the sodium level falls.\n\n"
           "- Nausea\n- Cramps\n", "Belmoxan")
    assert [e.label for e in x.side_effects] == ["Nausea", "Cramps"]


def _page(effects: str, how: str = "Belmoxan blocks the H2 receptor.", usage: str = "Belmoxan treats gout.") -> str:
    return (f"**Generic Name:** Belmoxan\n\n**Usage:** {usage}\n\n**Side Effects:** {effects}\n\n"
            f"**How it Works:** {how}\n")


def test_last_member_examples_to_the_end() -> None:
    """"..., and application site reactions such as itching, stinging or peeling": the list's last member, after its
    "and", gives examples to the end of the list; they are no effects of their own."""
    x = _x(_page("The most common side effects are dizziness, dry mouth, and application site reactions such as "
                 "itching, stinging or peeling. Less common side effects include fatigue."), "Belmoxan")
    assert [e.label for e in x.side_effects] == ["Dizziness", "Dry mouth", "Application site reactions", "Fatigue"]


def test_mid_list_examples_still_close_at_their_or() -> None:
    """A member mid-list keeps its examples out, and the list goes on after their "or"."""
    x = _x(_page("Side effects include reactions at the injection site such as pain, swelling, or itching, headache, "
                 "and vomiting."), "Belmoxan")
    assert [e.label for e in x.side_effects] == ["Reactions at the injection site", "Headache", "Vomiting"]


def test_hormone_at_its_own_receptor_activates() -> None:
    """"The TSH in it acts on TSH receptors": a messenger at the receptor named by it, an agonist's action; "acts on"
    a receptor named by something else stays a modulation."""
    x = _x(_page("Headache.", how="Belmoxan contains thyrotropin. The TSH in belmoxan acts on TSH receptors and helps "
                                  "the thyroid take up iodine."), "Belmoxan")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("activates", "TSH receptor")]
    y = _x(_page("Headache.", how="Belmoxan acts on GABA-A receptors in the brain."), "Belmoxan")
    assert [m.relation for m in y.mechanism if m.is_target] == ["modulates"]


def test_studied_use_is_no_use() -> None:
    """"It has also been studied as an add-on treatment for X, but this is not an approved use": a use tried, none."""
    x = _x(_page("Headache.", usage="Belmoxan treats gout. It has also been studied as an add-on treatment for "
                                    "psoriasis, but this is not an approved use."), "Belmoxan")
    assert [u.label for u in x.treats] == ["Gout"]


def test_a_thing_first_then_if_you() -> None:
    """"see a doctor if a rash has not cleared after 2 weeks, or if you get A or B": the thing's condition is a sign,
    as a noun phrase, before the list."""
    x = _x(_page("Headache. Stop using belmoxan and see a doctor if a rash has not cleared after 2 weeks, or if you "
                 "get a fever, hives or trouble breathing."), "Belmoxan")
    assert [s.label for s in x.serious_signs] == ["rash not cleared after 2 weeks", "fever", "hives",
                                                  "trouble breathing"]
    y = _x(_page("Headache. See a doctor if your wheeze lasts longer, or if you have a high fever."), "Belmoxan")
    assert [s.label for s in y.serious_signs] == ["wheeze lasting longer", "high fever"]
    z = _x(_page("Headache. Call your doctor if your vision is not better after 3 days, or if you notice eye pain."),
           "Belmoxan")
    assert [s.label for s in z.serious_signs] == ["your vision not being better after 3 days", "eye pain"]


def test_two_signs_each_with_its_clause() -> None:
    """"skin redness that keeps getting worse or joint pain that does not go away": two signs, the "or" between
    them no part of either."""
    x = _x(_page("Headache. If you notice skin redness that keeps getting worse or joint pain that does not go away, "
                 "stop using the cream and contact your doctor immediately."), "Belmoxan")
    assert [s.label for s in x.serious_signs] == ["skin redness that keeps getting worse",
                                                  "joint pain that does not go away"]
