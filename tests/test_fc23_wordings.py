"""What firstcontact23 (six blind pages in the layouts of the wild set) missed at first contact, pinned in invented
wordings: the rules are general, the pages only showed where they were missing."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc20_wordings import _fx, _uses


def _signs(text: str) -> list[str]:
    return _fx("- Nausea\n\n" + text)[1]


def test_an_enteral_form_and_the_routes_of_other_products() -> None:
    x = _x("## Usage\n\nZoravir is taken by mouth as tablets. For advanced disease, an enteral suspension (Zorapump) "
           "is pumped through a tube into the small intestine. Zorix is a different product that also contains "
           "entacapone, and Zorinh is inhaled zoravir alone, used for sudden freezing episodes.\n")
    assert {r.label for r in x.routes} == {"oral", "enteral"}
    assert [f.label for f in x.formulations] == ["tablets", "enteral suspension"]
    assert [t.label for t in x.treats] == []


def test_off_label_combined_with_another_medicine_to_treat() -> None:
    assert _uses("It is also used off-label, combined with a macrolide such as azithromycin or clarithromycin, to "
                 "treat Mycobacterium avium complex (MAC) lung disease, and disseminated MAC infection in people with "
                 "advanced HIV.") == {("Mycobacterium avium complex lung disease", "off-label"),
                                      ("Disseminated MAC infection", "off-label")}


def test_the_use_of_a_medicine_it_goes_with_and_a_role_is_no_condition() -> None:
    assert _uses("It is often given together with or after oxytocin, the first-choice medicine for preventing "
                 "postpartum bleeding. Off-label, it is sometimes used to treat bleeding after a miscarriage, and "
                 "occasionally as a preventive treatment for migraine.") == {
        ("Bleeding after a miscarriage", "off-label"), ("Migraine", "off-label")}


def test_a_bold_label_names_the_disease_without_its_state() -> None:
    x = _x("## Usage\n\nIt is used for:\n\n* **Active tuberculosis:** during the first two months of treatment\n"
           "* **Drug-resistant tuberculosis:** as part of longer regimens\n")
    assert [t.label for t in x.treats] == ["Tuberculosis", "Drug-resistant tuberculosis"]


def test_what_an_effect_causes_after_a_comma_is_no_effect() -> None:
    effects, _ = _fx("- Nerve damage in the feet and hands, causing numbness or tingling")
    assert [e[0] for e in effects] == ["Nerve damage in the feet and hands"]


def test_the_most_common_reason_to_stop_and_the_most_important_serious_risk() -> None:
    effects, _ = _fx("Flushing is by far the most common reason people stop taking it. Common side effects include "
                     "nausea. The most important serious risk is a heart rhythm change called QT prolongation, which "
                     "can lead to a dangerous irregular heartbeat.")
    assert effects == [("Nausea", "Common", False), ("QT prolongation", "Serious", True)]


def test_signs_to_get_help_quickly_for_and_which_ones_in_parentheses() -> None:
    assert _signs("Call your doctor right away if you notice blurred vision, trouble seeing colors (especially red "
                  "and green), or eye pain. Also get help quickly for dark urine, a rash with fever, or swelling of "
                  "the face, lips, or throat.") == [
        "blurred vision", "trouble seeing colors", "eye pain", "dark urine", "rash with fever", "swelling of the face",
        "swelling of the lips", "swelling of the throat"]


def test_signs_in_an_faq_answer_calling_about_what_happens() -> None:
    x = _x("## Side Effects\n\n- Cramping\n\n## FAQs\n\n**Is cramping normal?**\nSome cramping is expected. Call your "
           "doctor if the bleeding gets heavier, you soak a pad in an hour, or you pass large clots.\n\n"
           "**Can I take it when pregnant?**\nNo. "
           "Call your doctor if you become pregnant or miss a dose.\n")
    assert [s.label for s in x.serious_signs] == ["bleeding getting heavier", "soaking a pad in an hour",
                                                  "passing large clots"]


def test_parts_that_turn_and_an_example_before_a_sign_of_places() -> None:
    assert _signs("Get emergency help if you have chest pain, fingers or toes that turn cold, numb or blue, or signs "
                  "of an allergic reaction such as hives or swelling of the face or throat.") == [
        "chest pain", "fingers or toes that turn cold", "fingers or toes that turn numb",
        "fingers or toes that turn blue", "hives", "swelling of the face or throat"]
    # (a clause each as the page said it, as the wild set's truths and most later ones read "fingers or toes that
    # feel ...")


def test_only_what_a_body_part_can_have_is_shared_out() -> None:
    assert _signs("Call your doctor right away if you have chest pain, dizziness, or fainting.") == [
        "chest pain", "dizziness", "fainting"]
    assert _signs("Call your doctor right away if you have severe stomach pain, vomiting, or fainting.") == [
        "severe stomach pain", "vomiting", "fainting"]
    assert _signs("Call your doctor right away if you have tendon pain, swelling, or inflammation.") == [
        "tendon pain", "tendon swelling", "tendon inflammation"]
    assert _signs("Stop and call your doctor right away if you have unexplained muscle pain, tenderness or weakness, "
                  "yellowing of the skin or eyes, or dark urine.") == [
        "unexplained muscle pain", "unexplained muscle tenderness", "unexplained muscle weakness",
        "yellowing of the skin or eyes", "dark urine"]


def test_adjectives_joined_by_and_are_signs_each() -> None:
    assert _signs("Contact your doctor at once if you develop pale stools, or a hot, swollen and painful joint.") == [
        "pale stools", "hot joint", "swollen joint", "painful joint"]
    assert _signs("Get help right away if you have eye pain, or black, tarry stools.") == ["eye pain",
                                                                                            "black, tarry stools"]
