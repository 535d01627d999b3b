"""Rules from the misses of firstcontact260 and firstcontact261 (note-taking, task-app, shopping, payment and
food-delivery assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _mech, _page


def test_what_the_drug_is_for_people_with_a_condition() -> None:
    assert _uses("Zorvane is a long-acting enzyme replacement for people with **Fabry disease** (alpha-galactosidase "
                 "A deficiency). It is approved for adults.") == ["Fabry disease"]
    assert _uses("Zorvane is a nasal corticosteroid for patients with chronic rhinosinusitis.") == [
        "Chronic rhinosinusitis"]


def test_an_option_for_people_with_a_condition_is_whom_it_suits() -> None:
    assert _uses("Zorvane is used for gout. It is a good option for people with kidney disease.") == ["Gout"]
    assert _uses("Zorvane is used for gout. It is a safer choice for patients with heart failure.") == ["Gout"]


def test_regimens_under_the_condition_are_no_uses() -> None:
    usage = ("Zorvane is a clotting factor concentrate for people with **von Willebrand disease**.\n\n"
             "- **Routine prophylaxis** – twice-weekly doses to prevent bleeds\n"
             "- **On-demand treatment** – to stop a bleed once it starts\n"
             "- **Perioperative management** – to control bleeding around surgery")
    assert _uses(usage) == ["Von Willebrand disease"]
    assert _uses("It is used for:\n\n- **Maintenance therapy** for schizophrenia\n- Bipolar disorder") == [
        "Schizophrenia", "Bipolar disorder"]


def test_items_under_the_listed_name_say_what_it_is_and_how_it_comes() -> None:
    x = _page(gen="- **Zorvane**\n- Long-acting growth hormone analogue, given as a slow injection into a vein\n"
                  "- Brand name: **Vonzor**\n- Supplied as a freeze-dried powder in a glass vial")
    assert x.drug_class is not None and x.drug_class.label == "long-acting growth hormone analogue"
    assert [r.label for r in x.routes] == ["intravenous"]
    assert {f.label for f in x.formulations} >= {"injection", "freeze-dried powder", "vial"}
    x = _page(gen="- **Zorvane**\n- Zorvane sodium\n- Brand name: **Vonzor**")
    assert x.drug_class is None  # its own name, a salt: no class


def test_a_form_it_cannot_be_taken_as_is_none_of_its_own() -> None:
    x = _page(usage="Zorvane is used for spasticity. It is given only through a pump into the fluid around the spinal "
                    "cord; it cannot be taken as a capsule or an ordinary injection.")
    assert [r.label for r in x.routes] == ["intrathecal"]
    assert x.formulations == []


def test_a_route_before_other_treatments_named_as_examples() -> None:
    x = _page(usage="Zorvane is used for spasticity in adults who need intrathecal therapy and whose symptoms are not "
                    "controlled by other treatments such as oral baclofen.")
    assert [r.label for r in x.routes] == ["intrathecal"]


def test_cases_named_by_how_hard_they_are_are_no_use() -> None:
    assert _uses("Zorvane is used for difficult cases such as resistant epilepsy.") == []


def test_a_demonstrative_over_a_kind_named_by_a_letter() -> None:
    assert _mech("Zorvane blocks these L-type calcium channels in the heart.") == [
        ("blocks", "L-type calcium channel")]
    assert _mech("Zorvane blocks these T-type voltage-gated calcium channels.") == [
        ("blocks", "T-type voltage-gated calcium channel")]


def test_its_a_class_with_forms_as_nose_drops_and_a_brand_given_as_an_example() -> None:
    x = _page(gen="**Zorvane**\n\nIt's a decongestant, sold as eye drops (for example **Clearzor**) and, in some "
                  "countries, as nose drops (**Nazor**).")
    assert x.drug_class is not None and x.drug_class.label == "decongestant"
    assert [r.label for r in x.routes] == ["ophthalmic", "nasal"]
    assert [f.label for f in x.formulations] == ["eye drops", "nose drops"]
    assert [b.label for b in x.brand_names] == ["Clearzor", "Nazor"]
