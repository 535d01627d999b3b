"""Rules from the misses of firstcontact330 to firstcontact337 (airlines', postal and telecom companies', food
makers', clothing and tool makers', stationery makers', cosmetics makers' and consumer makers' assistants), pinned by
invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc234_rules import _page


def _signs(effects: str) -> list[str]:
    return [s.label for s in _page(effects=f"Common: headache\n\n{effects}").serious_signs]


def _uses(usage: str) -> list[tuple[str, str | None]]:
    return [(u.label, u.qualifier) for u in _page(usage=usage).treats]


# -- mechanism ---------------------------------------------------------------------------------------------------------

def test_receptors_named_after_a_colon_one_of_them_a_bare_symbol() -> None:
    x = _page(how="Signals from three kinds of receptors drive the scarring. Zorvane blocks these receptors: the "
                  "fibroblast growth factor receptors (FGFR), the vascular endothelial growth factor receptor (VEGFR) "
                  "and c-MET.")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism] == [
        ("blocks", "fibroblast growth factor receptor", "FGFR"),
        ("blocks", "vascular endothelial growth factor receptor", "VEGFR"), ("blocks", "c-MET", None)]
    x = _page(how="Zorvane inhibits the FGF receptor, the VEGF receptor and c-MET.")
    assert [m.target for m in x.mechanism] == ["FGF receptor", "VEGF receptor", "c-MET"]


def test_these_hormones_are_the_drug_when_the_page_calls_it_a_hormone_medicine() -> None:
    x = _x("## Usage\n\nConjugated zorvanes are a hormone medicine used for hot flushes.\n\n## How it Works\n\n"
           "In the liver, part of the zorvane is turned into zorvadiol, and these hormones bind to and activate "
           "progesterone receptors in the womb.\n", "Conjugated zorvanes")
    assert [(m.relation, m.target) for m in x.mechanism] == [("activates", "progesterone receptor")]


# -- uses --------------------------------------------------------------------------------------------------------------

def test_an_investigational_drugs_main_target_and_what_it_was_studied_for() -> None:
    assert _uses("Zorvane is an experimental potassium channel opener; it has not been approved anywhere. Its main "
                 "target was essential tremor, a shaking of the hands. It was also studied for spinocerebellar ataxia "
                 "(unsteady walking from nerve damage, often called Machado disease) and for cluster headache. Early "
                 "studies also tested a single dose "
                 "for tinnitus, and it has been studied in mice for prion disease.") == [
        ("Essential tremor", "investigational"), ("Spinocerebellar ataxia", "investigational"),
        ("Cluster headache", "investigational"), ("Tinnitus", "investigational"),
        ("Prion disease", "investigational")]
    x = _page(usage="Zorvane is an experimental medicine that has not been approved. It was also studied for "
                    "spinocerebellar ataxia (unsteady walking from nerve damage, often called Machado disease).")
    assert "Machado disease" in x.treats[0].synonyms  # (the cue "often called" is no part of the other name)


def test_an_approved_drugs_studied_uses_are_off_label() -> None:
    assert _uses("Zorvane is used for asthma. It has also been studied, in two small trials, for nasal polyps and "
                 "for chronic cough as well. It has been studied for lupus, without a clear benefit.") == [
        ("Asthma", None), ("Nasal polyps", "off-label"), ("Chronic cough", "off-label"), ("Lupus", "off-label")]


def test_settings_and_clauses_are_no_uses() -> None:
    assert _uses("It is used for:\n\n- Lice, the tiny insects that live in the hair\n- Preventing lice in schools, "
                 "nurseries and camps, where the shampoo is used weekly") == [("Lice", None), ("Lice", "prevention")]
    assert _uses("It is approved to treat plaque psoriasis in adults, and doctors usually continue it for a year "
                 "after the skin clears.") == [("Plaque psoriasis", None)]
    assert _uses("It is used for:\n\n1. Gout\n2. Kidney stones from uric acid, studied in two trials as an "
                 "off-label use") == [("Gout", None), ("Kidney stones from uric acid", "off-label")]


def test_a_table_of_the_combinations_it_is_sold_in_names_no_uses() -> None:
    assert _uses("Zorvane is used to treat sickle cell disease.\n\n| Combination | Brand name | Who it is for |\n"
                 "| --- | --- | --- |\n| Zorvane/voxelotor | Sicklix | Age 12 and older |\n"
                 "| Zorvane/crizanlizumab | Sickloc | Adults |\n") == [("Sickle cell disease", None)]


def test_sedation_keeps_its_setting_and_a_route_before_the_use() -> None:
    assert _uses("Zorvane is used for insomnia. It has also been used for sedation in intensive care. It is given "
                 "by rapid injection into a vein for the treatment of status epilepticus.") == [
        ("Insomnia", None), ("Sedation in intensive care", None), ("Status epilepticus", None)]


# -- side effects ------------------------------------------------------------------------------------------------------

def test_serious_effects_said_rare_but_included_and_a_reason_before_them() -> None:
    x = _page(effects="- **Gut:** nausea, wind\n\nSerious side effects are uncommon but include pancreatitis, "
                      "gallstones (hard stones that may block the bile duct) and kidney injury.")
    assert [(e.label, e.serious) for e in x.side_effects if e.serious] == [
        ("Pancreatitis", True), ("Gallstones", True), ("Kidney injury", True)]
    x = _page(effects="Common side effects include itching.\n\nRarely, because zorvane is a sulfonylurea, serious "
                      "reactions can happen, including severe low blood sugar and hepatitis.")
    assert [e.label for e in x.side_effects if e.serious] == ["Severe low blood sugar", "Hepatitis"]
    x = _page(effects="Because you are watched closely, most side effects are spotted early.\n\nCommon: itching")
    assert [e.label for e in x.side_effects] == ["Itching"]


def test_possible_serious_risks_is_a_group_and_systems_name_groups() -> None:
    x = _page(effects="- Most common\n  - Sore throat\n- Possible serious risks (from how such antibodies work)\n"
                      "  - Shingles\n  - Serious infections")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Sore throat", "Most common", False), ("Shingles", "Possible serious risks", True),
        ("Serious infections", "Possible serious risks", True)]
    x = _page(effects="Nose and throat: nosebleeds, hoarseness\nTeeth and gums: bleeding gums\n"
                      "Injection site: redness or a tender lump where the injection is given")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Nosebleeds", "Nose and throat"), ("Hoarseness", "Nose and throat"), ("Bleeding gums", "Teeth and gums"),
        ("Redness or a tender lump where the injection is given", "Injection site")]


def test_a_help_sentence_run_on_to_a_group_line() -> None:
    x = _page(effects="Less common: nightmares\nSerious: seizures, fainting\n"
                      "Get emergency help if someone who took it is very hard to wake, breathes noisily or has grey "
                      "lips.")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Nightmares", "Less common"), ("Seizures", "Serious"), ("Fainting", "Serious")]
    assert [s.label for s in x.serious_signs] == ["very hard to wake", "breathes noisily", "grey lips"]


# -- serious signs -----------------------------------------------------------------------------------------------------

def test_signs_of_people_in_a_trial_and_told_to_the_study_doctor() -> None:
    assert _signs("Anyone taking part in a study who notices dark urine, severe itching or a high fever should call "
                  "the study team at once.") == ["dark urine", "severe itching", "high fever"]
    assert _signs("Participants are asked to inform the study doctor immediately about wheezing, a rash or "
                  "swelling of the lips.") == ["wheezing", "rash", "swelling of the lips"]


def test_parts_that_swell_and_a_clause_with_an_adverb() -> None:
    assert _signs("See a doctor straight away if your ear becomes very painful, your hearing suddenly gets worse, "
                  "or your cheeks and neck swell.") == [
        "ear becoming very painful", "hearing suddenly getting worse", "swelling of the cheeks and neck"]
    assert _signs("Call a doctor if you cannot breathe, your neck or tongue swells, or you faint.") == [
        "being unable to breathe", "swelling of the neck or tongue", "fainting"]
    assert _signs("Call a doctor if your neck, lips or eyelids swell, or you have a fever.") == [
        "swelling of the neck", "swelling of the lips", "swelling of the eyelids", "fever"]


def test_a_lone_doing_before_a_part_of_the_body_is_a_sign_of_its_own() -> None:
    assert _signs("Get help if you notice yellow eyes, wheezing, fainting or stomach pain.") == [
        "yellow eyes", "wheezing", "fainting", "stomach pain"]


# -- identity, FAQs and interactions -----------------------------------------------------------------------------------

def test_how_trials_gave_it_and_a_brand_it_was_introduced_as() -> None:
    x = _x("## Usage\n\nZorvane is an investigational orexin agonist for narcolepsy.\n\n## FAQs\n\n"
           "**How is it taken?**\nIn the trials it was taken as a capsule by mouth once a day.\n", "Zorvane")
    assert [r.label for r in x.routes] == ["oral"] and [f.label for f in x.formulations] == ["capsule"]
    x = _page(gen="Zorvane is a barbiturate hypnotic and one of the strongest sleeping medicines in its class, "
                  "close to secobarbital. Bayer introduced it in the 1960s as Somnorex, and it is also sold as "
                  "Dormivan in Spain.")
    assert x.drug_class is not None and x.drug_class.label == "barbiturate hypnotic"
    assert [b.label for b in x.brand_names] == ["Somnorex", "Dormivan"]
    x = _page(gen="Zorvane is a sulfonamide. It was introduced in 1941 as RP 2255 (brand name Septazol).")
    assert [b.label for b in x.brand_names] == ["Septazol"]


def test_numbered_faq_labels_with_the_answer_on_the_next_line() -> None:
    x = _x("## Usage\n\nZorvane is used for acne.\n\nFAQS:\n\nFAQ 1: Can I use it in summer?\nYes, with sunscreen.\n\n"
           "FAQ 2: Does it stain?\nIt can bleach towels.\n", "Zorvane")
    assert [(f.question, f.answer) for f in x.faqs] == [
        ("Can I use it in summer?", "Yes, with sunscreen."), ("Does it stain?", "It can bleach towels.")]


def test_with_or_without_food_names_no_interacting_agent() -> None:
    x = _x("## Usage\n\nZorvane is used for gout.\n\n## FAQs\n\n**Can I take it with food?**\n"
           "It can be taken with or without food.\n", "Zorvane")
    assert x.interactions == []
