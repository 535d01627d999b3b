"""Wordings of the blind set firstcontact21 (five of the most ordinary pages, measured once at 0.925), each pinned
with invented pages of the same shapes."""
from __future__ import annotations

from tests.test_fc20_wordings import _fx, _uses


def test_uses_said_around_a_list_and_after_an_adverb() -> None:
    got = _uses("It is approved for:\n- Migraine, used alone or added to other medicines, including menstrual "
                "migraine\n- Cluster headache\n\nOff-label, doctors prescribe it for tinnitus, in which people hear "
                "ringing, and sometimes for vertigo. Doctors also prescribe it off-label for bile acid diarrhea, and "
                "occasionally as a short-term add-on in thyroid storm to bring hormone levels down.")
    assert got == {("Migraine", None), ("Cluster headache", None), ("Tinnitus", "off-label"),
                   ("Vertigo", "off-label"), ("Bile acid diarrhea", "off-label"), ("Thyroid storm", "off-label")}


def test_purposes_and_a_rare_choice_name_no_condition() -> None:
    got = _uses("It comes in two forms that are used for quite different purposes: tablets and a suspension. The "
                "tablets are approved for the treatment of advanced kidney cancer. It is also rarely a first choice "
                "for bladder cancer today, since newer treatments work better.")
    assert got == {("Advanced kidney cancer", None)}


def test_signs_of_someone_else_a_place_shared_by_a_list_and_a_tail_inside_one_part() -> None:
    _, signs = _fx("- Headache\n\nGet emergency help right away if someone taking zoravir is very hard to wake up, "
                   "has slow or shallow breathing, or has bluish lips. Get medical help if you notice pain, swelling "
                   "or warmth in one arm. Call your doctor if you have unexplained muscle pain, especially with fever; "
                   "yellowing of your skin or eyes; or dark urine.")
    assert signs == ["very hard to wake up", "slow or shallow breathing", "bluish lips", "pain in one arm",
                     "swelling in one arm", "warmth in one arm", "unexplained muscle pain",
                     "yellowing of your skin or eyes", "dark urine"]


def test_a_bold_effect_glossed_in_parentheses_after_it() -> None:
    effects, _ = _fx("**Serious:**\n- **Gallstones**\n- **Clots in the veins of the legs** (deep vein thrombosis)\n"
                     "- **Pancreatitis**")
    assert effects == [("Gallstones", "Serious", True), ("Clots in the veins of the legs", "Serious", True),
                       ("Pancreatitis", "Serious", True)]


def test_a_brand_after_the_older_brand_name_and_a_bare_form_after_and_as() -> None:
    from tests.test_extract_layouts5 import _x

    x = _x("## Usage\n\nZoravir comes as an oral suspension, including a concentrated version sold as Zorvex ES. The "
           "older brand name for both forms is Zorvex. It also comes as tablets and as orally disintegrating "
           "tablets that dissolve on the tongue.\n")
    assert [b.label for b in x.brand_names] == ["Zorvex ES", "Zorvex"]
    assert [f.label for f in x.formulations] == ["oral suspension", "tablets", "orally disintegrating tablets"]
