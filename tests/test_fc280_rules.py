"""Rules from the misses of firstcontact280 and firstcontact281 (telecom, bank, food, retail and streaming assistants),
pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _mech, _page


def test_a_chelator_binds_each_metal_it_names() -> None:
    assert _mech("1. It binds cobalt, cadmium and thallium in the blood and tissue fluids.") == [
        ("binds", "cobalt"), ("binds", "cadmium"), ("binds", "thallium")]


def test_a_condition_with_a_list_of_causes_gives_each_its_head() -> None:
    assert _uses("* **Poisoning with cobalt, cadmium or thallium** – after swallowing or breathing them in") == [
        "Poisoning with cobalt", "Poisoning with cadmium", "Poisoning with thallium"]
    assert _uses("* **Frown lines, crow's feet, and forehead lines**") == [
        "Frown lines", "Crow's feet", "Forehead lines"]


def test_the_later_step_of_a_course_is_no_condition() -> None:
    assert _uses("* **Lead poisoning** – in children\n* **Follow-on treatment after succimer** – for later doses") == [
        "Lead poisoning"]


def test_given_through_a_nebuliser_is_inhaled() -> None:
    x = _page(usage="Zorvane is used for gout. It is given as an intravenous infusion, and adults can also receive it "
                    "through a nebuliser.")
    assert [r.label for r in x.routes] == ["intravenous", "inhalation"]


def test_two_describing_words_of_one_effect_one_made_with_like() -> None:
    x = _page(effects="Common:\n- Scaly, eczema-like patches\n- Redness, swelling")
    assert [e.label for e in x.side_effects] == ["Scaly, eczema-like patches", "Redness", "Swelling"]


def test_a_flaky_greasy_or_crusty_skin_is_one_effect() -> None:
    x = _page(effects="Common:\n- Crusty, itchy eyelids")
    assert [e.label for e in x.side_effects] == ["Crusty, itchy eyelids"]


def test_slowing_the_reuptake_of_messengers_lowers_each_ones_reuptake() -> None:
    assert _mech("It also slows the reuptake of dopamine and serotonin, leaving more of them in the synapse.") == [
        ("decreases", "dopamine reuptake"), ("decreases", "serotonin reuptake")]
    # a carrier named as the way: its transporter is the target, as before
    assert ("decreases", "adenosine reuptake") not in _mech(
        "It may slow the reuptake of adenosine by blocking the ENT1 transporter.")


def test_the_drug_and_even_more_its_metabolite_are_the_subject() -> None:
    assert _mech("Zorvane, and even more its active metabolite M2, activates kappa-opioid receptors in the spinal "
                 "cord.") == [("activates", "kappa-opioid receptor")]


def test_a_lay_class_in_usage_yields_to_the_class_field() -> None:
    x = _page(gen="| | |\n|---|---|\n| **Generic name** | Zorvane |\n| **Drug class** | Nitrogen mustard alkylating "
                  "agent |", usage="Zorvane is a chemotherapy drug. It is used for lymphoma.")
    assert x.drug_class is not None and x.drug_class.label == "Nitrogen mustard alkylating agent"
    x = _page(gen="- **Drug class:** Opioid analgesic", usage="Zorvane is a prescription pain reliever.")
    assert x.drug_class is not None and x.drug_class.label == "Opioid analgesic"


def test_a_release_shared_by_a_second_solid_form() -> None:
    x = _page(gen="**Zorvane**\n\n- **Forms:** Immediate-release tablets, delayed-release tablets and capsules")
    assert [f.label for f in x.formulations] == ["Immediate-release tablets", "delayed-release tablets",
                                                 "delayed-release capsules"]
    x = _page(gen="**Zorvane**\n\n- **Forms:** extended-release tablets and granules for oral suspension")
    assert "extended-release granules for oral suspension" not in [f.label for f in x.formulations]


def test_the_diseases_own_autoantibodies_named_so_are_no_subject() -> None:
    assert _mech("In acquired hemophilia B, autoantibodies (called inhibitors) block the person's own factor IX. "
                 "Zorvane replaces the missing factor IX activity.") == [("increases", "factor IX activity")]


def test_a_partner_activated_before_the_drugs_own_verb() -> None:
    assert _mech("It works together with activated factor VIII (FVIIIa) to activate factor X.") == [
        ("activates", "factor X")]


def test_or_other_procedures_widens_one_setting() -> None:
    assert _uses("- Bleeding during heart surgery or other procedures in people with the disease") == [
        "Bleeding during heart surgery or other procedures"]


def test_a_drug_made_of_several_ingredients_acts_through_them() -> None:
    assert _mech("Zorvane contains several active ingredients that act in different ways:\n\n"
                 "- **Platelets:** Zorvanolide A blocks the thromboxane receptor, reducing platelet aggregation.\n"
                 "- **Antioxidant effect:** The catechins scavenge free radicals in the gut wall.") == [
        ("blocks", "thromboxane receptor"), ("decreases", "platelet aggregation"), ("decreases", "free radicals")]
    # without the ingredients said, another named substance stays another agent
    assert _mech("Zorvanolide A blocks the thromboxane receptor.") == []


def test_a_list_of_effects_whose_first_is_graded_is_a_list() -> None:
    x = _page(effects="Most people tolerate it well. Common side effects include mild heartburn, headache and "
                      "tiredness.")
    assert [(e.label, e.category) for e in x.side_effects] == [("Mild heartburn", "Common"), ("Headache", "Common"),
                                                               ("Tiredness", "Common")]


def test_a_clause_that_names_a_form_of_the_drug_gives_the_name() -> None:
    x = _page(gen="**Zorvane** (zorvane root; the dried root extract is called ZR-12)")
    assert [s.label for s in x.drug.synonyms] == ["ZR-12"]


def test_two_place_adjectives_of_one_head_after_an_and() -> None:
    assert _uses("Zorvane relieves spasms in:\n\n- Esophagitis and esophageal or gastric varices") == [
        "Esophagitis", "Esophageal or gastric varices"]


def test_the_aim_and_how_long_are_no_condition() -> None:
    assert _uses("Zorvane relieves spasms in:\n\n- Gastritis\n\nIn all of these conditions it is used for symptom "
                 "relief, often for a short period, while the cause is treated.") == ["Gastritis"]


def test_the_best_known_brand_in_a_country() -> None:
    x = _page(gen="**Zorvane**\n\nThe best-known brand in the UK is Nail-Clear, which comes as a paint.")
    assert [b.label for b in x.brand_names] == ["Nail-Clear"]


def test_another_medicines_tablets_named_by_it() -> None:
    x = _page(usage="Zorvane is used for gout.\n\nColchicine tablets, the older standard, are often continued "
                    "alongside it.")
    assert [f.label for f in x.formulations] == []
