"""Rules from the misses of firstcontact342 to firstcontact345 (coffee makers' and restaurant chains', hotel
companies', travel companies' and theme parks' assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _page


def _effects(effects: str) -> list[tuple[str, str]]:
    return [(e.label, e.category) for e in _page(effects=effects).side_effects]


def _signs(effects: str) -> list[str]:
    return [s.label for s in _page(effects=f"Common: headache\n\n{effects}").serious_signs]


def test_a_member_said_with_that_inside_a_list_keeps_the_list() -> None:
    assert _effects("Less common side effects include a burning tongue, nails that split easily, thinning hair and "
                    "mild anxiety.") == [
        ("Burning tongue", "Less common"), ("Nails that split easily", "Less common"),
        ("Thinning hair", "Less common"), ("Mild anxiety", "Less common")]


def test_groups_named_effects_alone_after_an_aside_and_like_other_medicines() -> None:
    assert _effects("Less common effects included hiccups and a dry cough.") == [
        ("Hiccups", "Less common"), ("Dry cough", "Less common")]
    assert _effects("The most common side effects were similar to those of other statins: muscle aches, wind.") == [
        ("Muscle aches", "Common"), ("Wind", "Common")]
    x = _page(effects="Serious problems seen with other gliptins, and possible with long use of zorvane, include "
                      "pancreatitis and joint pain.")
    assert [(e.label, e.serious) for e in x.side_effects] == [("Pancreatitis", True), ("Joint pain", True)]


def test_serious_effects_trial_participants_were_monitored_for() -> None:
    x = _page(effects="Common side effects include thirst.\n\nSerious side effects were rare, but study participants "
                      "were closely monitored for low mood and seizures, because other such medicines caused them.")
    assert [(e.label, e.serious) for e in x.side_effects] == [("Thirst", False), ("Low mood", True), ("Seizures", True)]


def test_signs_of_someone_who_took_it_and_of_those_told_what_to_do() -> None:
    assert _signs("Call 112 if someone who has taken zorvane keeps shaking for more than ten minutes, chokes on "
                  "food, or faints.") == ["shaking for more than ten minutes", "choking on food", "fainting"]
    assert _signs("Participants in the study were asked to call the study nurse at once if they felt very confused, "
                  "had chest pain, or developed a rash.") == ["feeling very confused", "chest pain", "rash"]


# -- from the misses of firstcontact346 to firstcontact349 (Danish homeware, porcelain, kitchen-appliance and toy
# makers' assistants) --------------------------------------------------------------------------------------------------

def test_what_an_investigational_drug_was_developed_for_and_an_earlier_study_looked_at() -> None:
    x = _page(usage="Zorvane is an investigational antibody. It has never been approved.\n\nIt was developed mainly "
                    "for chronic spontaneous urticaria, in which hives come and go for months. An earlier phase 2 "
                    "study also looked at bullous pemphigoid (blisters of the skin in older people).")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Chronic spontaneous urticaria", "investigational"), ("Bullous pemphigoid", "investigational")]


def test_the_types_a_use_is_said_of_are_no_uses() -> None:
    x = _page(usage="Zorvane is used for:\n\n- Mucopolysaccharidosis (MPS), types 1 and 2\n- Glycogen storage "
                    "disease, type 3")
    assert [u.label for u in x.treats] == ["Mucopolysaccharidosis", "Glycogen storage disease"]


def test_a_studied_use_denied_approval_after_but_keeps_its_name_only() -> None:
    x = _page(usage="Zorvane is used for gout. It has also been studied for restless legs but is not approved for it.")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Gout", None), ("Restless legs", "off-label")]


def test_minerals_name_a_group_under_a_lead_in() -> None:
    x = _page(effects="Few people have taken it. Reported effects include:\n\n- **Potassium and salts:** high blood "
                      "potassium if the dose is too high, low blood sodium\n- **Gut:** nausea")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("High blood potassium", "Potassium and salts"), ("Low blood sodium", "Potassium and salts"), ("Nausea", "Gut")]
