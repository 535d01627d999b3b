"""Rules from the misses of firstcontact286 and firstcontact287 (telecom, broadcaster and bank assistants), pinned by
invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _page


def test_how_potent_said_with_an_adverb_is_no_part_of_the_class() -> None:
    x = _page(usage="Zorvane is a mildly potent topical corticosteroid, a steroid you put on the skin. It is used for "
                    "eczema.")
    assert x.drug_class is not None and x.drug_class.label == "corticosteroid"


def test_what_a_reaction_is_to_is_part_of_its_name() -> None:
    assert _uses("Doctors also use it for skin reactions to jellyfish stings.") == [
        "Skin reactions to jellyfish stings"]


def test_what_someone_finds_you_is_the_sign() -> None:
    x = _page(effects="- Headache\n\nCall a doctor straight away if you have chest pain, or if someone finds you "
                      "confused and hard to wake.")
    assert [s.label for s in x.serious_signs] == ["chest pain", "confused and hard to wake"]


def test_when_a_premedication_is_given_is_no_use() -> None:
    assert _uses("It is also given as a premedication for dental anxiety, typically the evening before or about an "
                 "hour before the appointment.") == ["Dental anxiety"]


def test_a_use_doctors_have_studied_it_for_is_off_label() -> None:
    x = _page(usage="Zorvane is used for gout. Doctors in Japan have also studied it for kidney stones caused by uric "
                    "acid.")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Gout", None), ("Kidney stones", "off-label")]
    # research under way is no use yet
    assert _uses("Zorvane is used for gout. It is being tested in clinical trials for early kidney disease.") == [
        "Gout"]


def test_having_no_side_effects_or_only_mild_ones_names_none() -> None:
    x = _page(effects="Many people have no side effects or only mild ones. Those reported most often include:\n\n"
                      "- Headache\n- Tremor")
    assert [e.label for e in x.side_effects] == ["Headache", "Tremor"]
