"""Rules from the misses of firstcontact314 and firstcontact315 (airlines' assistants) and a leftover of
firstcontact312, pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _page


def test_a_class_named_by_another_class_word_is_found_by_either() -> None:
    x = _page(how="Fungi build their membranes with enzymes called sterol-making proteins (SMPs). Zorvane binds "
                  "tightly to these proteins and inhibits them, so the membrane leaks.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "sterol-making protein")]


def test_what_a_drug_only_in_trials_is_being_studied_for_is_its_use() -> None:
    x = _page(usage="Zorvane is an investigational antibody. It is being studied for systemic sclerosis (scleroderma), "
                    "a rare disease of the skin. It has also been tested in lupus nephritis, where a small trial "
                    "helped. It has not been studied in pregnancy.")
    assert [u.label for u in x.treats] == ["Systemic sclerosis", "Lupus nephritis"]


def test_an_approved_drugs_studied_use_is_an_off_label_use_but_not_whom_or_what_it_was_studied_in() -> None:
    # (the truths since set 303 count an approved drug's studied use as off-label: 14 of 15 such sentences)
    x = _page(usage="Zorvane is used for gout. It has also been studied for migraine. It has been studied in younger "
                    "boys, and it has been studied for improving sleep.")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Gout", None), ("Migraine", "off-label")]


def test_the_first_kind_after_a_class_of_uses_and_a_plain_kind_without_its_cause() -> None:
    x = _page(usage="Zorvane is an investigational peptide. It has mainly been studied for skin problems. The first is "
                    "chronic hand eczema (a long-lasting rash of the hands), where it eased itching. It has also been "
                    "tested in hives without a known cause, where it helped some people.")
    assert [u.label for u in x.treats] == ["Chronic hand eczema", "Hives"]


def test_a_use_said_in_a_disease_and_for_how_long() -> None:
    x = _page(usage="It is used for chronic kidney failure. It is also used for a short time in acute liver failure, "
                    "once the patient can swallow. The gel is used in cancer care.")
    assert [u.label for u in x.treats] == ["Chronic kidney failure", "Acute liver failure"]


def test_a_lead_that_names_its_use_before_the_kinds() -> None:
    x = _page(usage="It is prescribed to treat narcolepsy, in particular:\n\n- Sudden sleep attacks during the "
                    "daytime\n- Waking at night and being unable to settle again")
    assert [u.label for u in x.treats] == ["Narcolepsy", "Sudden sleep attacks during the daytime",
                                           "Waking at night and being unable to settle again"]


def test_a_part_named_as_the_drugs_active_ingredient_acts_for_it() -> None:
    x = _page(how="In the gut, enzymes split it and release undecenoic acid, its active ingredient. Undecenoic acid "
                  "binds to and blocks TRPM8 cold receptors on nerve endings.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("blocks", "TRPM8 cold receptor")]


def test_a_channel_named_with_dots_and_helped_open() -> None:
    x = _page(how="Nav1.8 and Nav1.9 sodium channels sit in pain nerves. Zorvane binds to these channels and helps "
                  "them open. It works in the same way as flupirtine (Katadolon), which was withdrawn because it "
                  "caused liver damage.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("activates", "Nav1.9 sodium channel")]


def test_another_drug_named_before_a_colon_is_its_clauses_subject() -> None:
    x = _page(how="1. Zorvane blocks the H4 receptor on mast cells.\n2. This calms the itch.\n\nCetirizine works "
                  "differently: it blocks H1 receptors for histamine, which mainly drive sneezing.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("blocks", "H4 receptor")]


def test_a_plants_family_is_no_class() -> None:
    x = _page(gen="Zorvane is a herbal remedy made from the flowers of the arnica plant, a member of the sunflower "
                  "family that grows in the Alps.")
    assert x.drug_class is None or "sunflower" not in x.drug_class.label


def test_signs_listed_before_help_if_these_appear_and_when_is_no_sign() -> None:
    x = _page(effects="Common: headache.\n\nSigns of an overdose include drowsiness, slow breathing and pinpoint "
                      "pupils. Get emergency help if these appear, especially if you have been drinking alcohol.")
    assert [s.label for s in x.serious_signs] == ["drowsiness", "slow breathing", "pinpoint pupils"]


def test_parts_that_turn_a_colour_or_you_develop_a_sign_in_the_days_after() -> None:
    x = _page(effects="Common: headache.\n\nIf your skin or eyes turn yellow or you develop a rash and swollen glands "
                      "in the days afterwards, contact a doctor promptly.")
    assert [s.label for s in x.serious_signs] == ["skin or eyes turning yellow", "rash and swollen glands"]
