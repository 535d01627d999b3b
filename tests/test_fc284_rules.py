"""Rules from the misses of firstcontact284 and firstcontact285 (bank and insurance assistants), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _mech, _page


def test_where_in_the_body_labels_a_group_under_a_lead_in() -> None:
    x = _page(effects="Most side effects stay in the ear:\n\n- **In the ear:** burning or stinging after the drops, "
                      "ear redness, itching\n- **Rest of the body:** dizziness, headache")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Burning or stinging after the drops", "In the ear"), ("Ear redness", "In the ear"), ("Itching", "In the ear"),
        ("Dizziness", "Rest of the body"), ("Headache", "Rest of the body")]


def test_lowering_a_pressure_in_a_condition_treats_the_condition() -> None:
    assert _uses("It is used to lower raised pressure inside the eye in pigmentary glaucoma and in ocular "
                 "hypertension.") == ["Pigmentary glaucoma", "Ocular hypertension"]


def test_it_can_also_help_in_a_condition() -> None:
    assert _uses("It is used for pigmentary glaucoma. It can also help in pseudoexfoliation glaucoma, for example "
                 "when pressure rises quickly.") == ["Pigmentary glaucoma", "Pseudoexfoliation glaucoma"]


def test_the_body_and_limbs_a_condition_shows_on_and_a_market_note_are_no_uses() -> None:
    assert _uses("Zorvane is used for:\n\n• Nummular eczema (coin-shaped patches) on the body, arms and legs\n"
                 "• Lichen planus (very itchy, flat bumps), also approved in Japan") == [
        "Nummular eczema", "Lichen planus"]


def test_a_gloss_of_an_intensified_describing_word_is_one() -> None:
    x = _page(usage="Zorvane is used for:\n\n- Xerosis (very dry, cracked skin)")
    assert [(u.label, u.synonyms) for u in x.treats] == [("Xerosis", ["very dry, cracked skin"])]


def test_enzymes_a_germ_needs_then_named_after_a_colon() -> None:
    assert _mech("It blocks two enzymes that the fungus needs: squalene epoxidase and lanosterol demethylase.") == [
        ("inhibits", "squalene epoxidase"), ("inhibits", "lanosterol demethylase")]


def test_binding_then_making_the_natural_messenger_work_more_strongly_activates() -> None:
    assert _mech("Zorvane binds to the neurosteroid site on the GABA-A receptor. This makes the natural messenger GABA "
                 "work more strongly.") == [("activates", "GABA-A receptor")]
