"""Rules from the misses of firstcontact300 to firstcontact303 (chemical, mining, tyre, football, cosmetics, fashion,
electronics, newspaper, building, grocery and airport companies' assistants), pinned by invented pages of other drugs
and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc234_rules import _mech
from tests.test_fc296_rules import _signs, _uses


def test_a_binding_said_permanent_then_the_enzyme_switched_off() -> None:
    assert _mech("Zorvane binds permanently (covalently) to JAK3 at a spot called cysteine 909 and switches the enzyme "
                 "off.") == [("inhibits", "JAK3")]


def test_the_next_enzyme_of_a_chain_by_its_name() -> None:
    assert _mech("Zorvane inhibits the first enzyme of the pathway, squalene epoxidase, and the next enzyme in the "
                 "same pathway, lanosterol demethylase.")[-1] == ("inhibits", "lanosterol demethylase")


def test_enzymes_counted_then_named_after_a_colon_have_their_activity_lowered() -> None:
    assert _mech("It is thought to reduce the activity of two enzyme systems that tumour (cancer) cells use to spread: "
                 "cathepsin K (CTSK) and heparanase.") == [("inhibits", "cathepsin K"), ("inhibits", "heparanase")]


def test_a_later_step_than_another_agent_is_no_target() -> None:
    assert _mech("Zorvane slows lymphangiogenesis, acting at a later step than transforming growth factor beta "
                 "(TGF-beta) rather than blocking TGF-beta itself.") == [("decreases", "lymphangiogenesis")]


def test_a_chelator_wraps_around_a_metal() -> None:
    assert _mech("Zorvane is a chelator: two molecules of the drug wrap around one atom of zinc (Zn2+), holding it "
                 "tightly.") == [("binds", "zinc")]


def test_a_combinations_ingredients_act_for_it() -> None:
    x = _x("# Zorvane\n\n## Generic Name\n\nZorvane\n\n## Usage\n\nZorvane is a combined medicine containing two "
           "active ingredients: drospirenone (3 mg), a progestogen, and estetrol (15 mg), a natural oestrogen. It is "
           "used for contraception.\n\n## Side Effects\n\n- Headache\n\n## How it Works\n\nDrospirenone blocks "
           "mineralocorticoid receptors in the kidney. Estetrol raises the level of sex hormone-binding globulin "
           "(SHBG).\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism] == [
        ("blocks", "mineralocorticoid receptor"), ("increases", "sex hormone-binding globulin")]


def test_uses_approved_in_two_places_and_studied_it_off_label() -> None:
    assert _uses("Zorvane is a sedative.\n\nIt is approved in the US and Japan for dental anxiety in adults. "
                 "Researchers have also studied it, off-label, for alcohol withdrawal.") == [
        ("Dental anxiety", None), ("Alcohol withdrawal", "off-label")]


def test_parts_that_swell_and_a_rash_come_out_in() -> None:
    assert _signs("Tell the nurse at once if you feel dizzy, your tongue or throat swell, you come out in a blotchy "
                  "rash, or you look grey.") == [
        "feeling dizzy", "swelling of the tongue or throat", "blotchy rash", "looking grey"]
    assert _signs("Phone the clinic the same day if your ankles swell up.") == ["ankles swelling up"]
