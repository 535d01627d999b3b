"""Adverbs after a target, a changed level as a sentence's subject, and a level in a place (invented pages of other
drugs and other words than firstcontact95's beamer slides whose misses led to them)."""
from tests.test_extract_layouts5 import _mech, _x


def test_an_adverb_of_manner_after_the_target_is_the_verbs() -> None:
    for adverb in ("non-selectively", "nonselectively", "non-competitively", "allosterically", "covalently"):
        x = _x(f"## How it Works\n\nZoravir inhibits cyclooxygenase enzymes {adverb} in the stomach lining.\n")
        assert any(r == "inhibits" and t.casefold().startswith("cyclooxygenase") for r, t in _mech(x)), adverb


def test_a_changed_level_as_the_subject_does_not_take_the_next_pronoun() -> None:
    # "Less glucose is available ..." is a level, not another agent: the "It" after it is still the drug
    x = _x("## How it Works\n\nZoravir inhibits hexokinase. Less glucose is available in the tumour cell. "
           "It may also block potassium channels.\n")
    got = _mech(x)
    assert ("blocks", "potassium channel") in got
    # another agent's sentence still takes it: "Histamine is a messenger. It binds H1 receptors."
    x = _x("## How it Works\n\nZoravir blocks mast cells. Histamine is a messenger. It binds H1 receptors.\n")
    assert not any(t.startswith("H1") for _, t in _mech(x))


def test_more_or_less_of_a_substance_in_a_place_is_a_level_there() -> None:
    x = _x("## How it Works\n\nZoravir blocks the sodium pump, so more sodium is left inside the muscle cells and "
           "the heart beats more strongly.\n")
    assert ("increases", "sodium inside the muscle cells") in _mech(x)
    x = _x("## How it Works\n\nZoravir blocks siderophore uptake. Less iron is present in the bacterial cell.\n")
    assert ("decreases", "iron in the bacterial cell") in _mech(x)
    # "less likely", "more common": no level
    x = _x("## How it Works\n\nZoravir binds iron. Less damage is likely in the liver.\n")
    assert not any(r == "decreases" and "damage" in t for r, t in _mech(x))


def test_a_receptor_named_with_its_ligand_after_for() -> None:
    x = _x("## How it Works\n\nZoravir blocks H2 receptors. It also blocks nicotinic receptors for acetylcholine, "
           "which explains the weakness.\n")
    assert ("blocks", "nicotinic receptor") in _mech(x)
    x = _x("## How it Works\n\nZoravir blocks the receptor for IL-23 on T cells.\n")
    assert ("blocks", "IL-23 receptor") in _mech(x)
    x = _x("## How it Works\n\nZoravir blocks the receptors for several messengers.\n")
    assert not any(t.startswith("for ") for _, t in _mech(x))


def test_an_arrow_chain_the_drug_opens_is_read_step_by_step() -> None:
    # (firstcontact96's DeepSeek-style chain led to it; other drug, other steps)
    x = _x("## How it Works\n\n1. **Primary action:**\n   Binds to and blocks **H2 receptors** on parietal cells → "
           "inhibits **adenylyl cyclase** → ↓ cyclic AMP → less acid is made → **acid suppression**.\n")
    got = _mech(x)
    assert ("blocks", "H2 receptor") in got
    assert ("inhibits", "adenylyl cyclase") in got
    assert ("decreases", "cyclic AMP") in got
    x = _x("## How it Works\n\nZoravir inhibits DPP-4 → ↑ GLP-1 levels → more insulin after meals.\n")
    assert ("increases", "GLP-1 levels") in _mech(x) or ("increases", "GLP-1") in _mech(x)


def test_an_arrow_chain_of_another_agent_is_not_the_drugs() -> None:
    x = _x("## How it Works\n\nZoravir blocks AT1 receptors. Normally, angiotensin II → activates AT1 receptors → "
           "vasoconstriction.\n")
    got = _mech(x)
    assert ("blocks", "AT1 receptor") in got
    assert not any(r in ("activates", "triggers") for r, _ in got)


def test_a_step_label_over_a_subjectless_action_and_another_agents_label() -> None:
    x = _x("## How it Works\n\n- **Main target:** Inhibits **protein kinase C** in immune cells.\n")
    assert ("inhibits", "protein kinase C") in _mech(x)
    x = _x("## How it Works\n\nZoravir blocks H1 receptors.\n\n- **Histamine:** Activates H1 receptors on nerves.\n")
    assert ("activates", "H1 receptor") not in _mech(x)


def test_a_lengthened_potential_and_a_place_after_including() -> None:
    # (firstcontact97's dalfampridine led to it; other drug, other words)
    x = _x("## How it Works\n\nZoravir blocks sodium channels. This prolongs the action potential in heart cells. It "
           "also increases the release of hormones, including in the gut wall.\n")
    got = _mech(x)
    assert any(r == "increases" and t.startswith("action potential") for r, t in got)
    assert not any(t.startswith(("in the", "at the")) for _, t in got)
    assert any(r == "increases" and "hormones" in t for r, t in got)
