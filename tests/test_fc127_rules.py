"""Rules from the misses of firstcontact127 (ordinary answers of six models not imitated before, written after every
rule of the session), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _page(usage: str = "- Gout", effects: str = "Headache is common.", works: str = "", head: str = "") -> object:
    return _x(f"{head}\n\n## Usage\n\n{usage}\n\n## Side Effects\n\n{effects}\n\n## How it Works\n\n{works}\n",
              "Calvirex")


def test_other_side_effects_are_a_group_of_their_own() -> None:
    """"Other side effects that can happen are:" after the common ones: the group Other."""
    x = _page(effects="The most common side effects are:\n\n1. Dry mouth\n2. Nausea\n\nOther side effects that can "
                      "happen are:\n\n1. Rash\n2. Dry mouth\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Dry mouth", "Common"), ("Nausea", "Common"), ("Rash", "Other"), ("Dry mouth", "Other")]


def test_whatever_the_cause_is_no_use() -> None:
    """"| Chronic itching, whatever the cause | Approved |": every cause, no use of its own."""
    x = _page(usage="| Indication | Status |\n| --- | --- |\n| Chronic itching, whatever the cause | Approved |\n"
                    "| Nausea of any cause | Approved |\n")
    assert [u.label for u in x.treats] == ["Chronic itching", "Nausea"]


def test_a_chemical_name_with_a_stereo_descriptor_is_another_name() -> None:
    """"Calvirex (acetyl-DL-calvirine)": another name (not a name said as it sounds, "(kal-VY-rex)")."""
    x = _x("## Generic Name\n\nCalvirex (acetyl-DL-calvirine)\n\n## Usage\n\n- Gout\n", "Calvirex")
    assert [s.label for s in x.drug.synonyms] == ["acetyl-DL-calvirine"]
    x = _x("## Generic Name\n\nCalvirex (kal-VY-rex)\n\n## Usage\n\n- Gout\n", "Calvirex")
    assert x.drug.synonyms == []


def test_a_childs_signs_said_with_becomes() -> None:
    """"Go to the emergency department if a child becomes unusually sleepy, confused or keeps vomiting": each a sign,
    without "becomes"."""
    x = _page(effects="Headache is common.\n\nGo to the emergency department if a child becomes unusually drowsy, "
                      "floppy, irritable or keeps crying, since these can be signs of low sugar.")
    assert [s.label for s in x.serious_signs] == ["unusually drowsy", "floppy", "irritable", "keeps crying"]


def test_a_generic_version_and_an_older_product_are_brands() -> None:
    """"A generic version, Nexolan, is available in Europe.", "An older 0.1% cream called Dermovar was also used.":
    brands of the drug."""
    x = _x("Calvirex is sold as **Calvix**. A generic version, Nexolan, is available in Europe. An older 0.1% cream "
           "called Dermovar was also used before.\n\n## Usage\n\n- Gout\n", "Calvirex")
    assert [b.label for b in x.brand_names] == ["Calvix", "Nexolan", "Dermovar"]


def test_the_doing_of_a_subordinate_clauses_own_subject_is_no_target() -> None:
    """"It activates CPS1 even when toxic acids block the NAGS enzyme": the acids block it, not the drug."""
    x = _page(works="Calvirex activates the enzyme glucokinase (GK) even when excess fatty acids block the "
                    "hexokinase enzyme.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("activates", "glucokinase")]


def test_a_broad_aim_in_the_plural_over_the_disorders_listed() -> None:
    """"X is a Y activator used for rare inherited metabolic disorders in which ..." over the disorders, bullet by
    bullet: their kind, no use of its own."""
    x = _page(usage="Calvirex is a **chaperone** used for rare inherited storage disorders in which fat builds up in "
                    "cells.\n\n- **Fabry disease** \u2014 long-term\n- **Gaucher disease** \u2014 type 1 only\n")
    assert [u.label for u in x.treats] == ["Fabry disease", "Gaucher disease"]


def test_stopping_two_enzymes_named_after_a_comma() -> None:
    """"It works by stopping two enzymes in the bacteria, DNA gyrase and topoisomerase IV": each enzyme, its roman
    number part of its name."""
    x = _page(works="Calvirex works by stopping two enzymes in the parasite, thymidylate synthase and "
                    "topoisomerase II.")
    assert [(m.relation, m.target) for m in x.mechanism] == [
        ("inhibits", "thymidylate synthase"), ("inhibits", "topoisomerase II")]


def test_the_main_uses_of_the_drug_after_a_summary() -> None:
    """"It is used to treat fungal infections of the skin. The main uses of X are:" over a list: the summary no use."""
    x = _page(usage="Calvirex is an antifungal. It is used to treat fungal infections of the skin. The main uses of "
                    "calvirex are:\n\n1. Athlete's foot\n2. Ringworm\n")
    assert [u.label for u in x.treats] == ["Athlete's foot", "Ringworm"]


def test_a_name_with_brackets_glued_inside() -> None:
    """"inhibits the enzyme poly(ADP-ribose) polymerase-2 (PARP-2)": the enzyme's whole name, its brackets its own."""
    x = _page(works="At high doses it inhibits the enzyme poly(ADP-ribose) polymerase-2 (PARP-2), which repairs DNA.")
    assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "poly(ADP-ribose) polymerase-2")]


def test_elderly_patients_are_no_part_of_a_use_or_an_effect() -> None:
    """"**Confusion and wandering in elderly patients**": the conditions without the patients; "stroke in elderly
    patients with dementia" among effects: the stroke."""
    x = _page(usage="1. **Confusion and wandering in elderly patients**, for example in dementia.\n"
                    "2. **Tics and Tourette syndrome**, especially in children.",
              effects="**Serious**: seizures, stroke in elderly patients with dementia.")
    assert [u.label for u in x.treats] == ["Confusion", "Wandering", "Tics", "Tourette syndrome"]
    assert [e.label for e in x.side_effects] == ["Seizures", "Stroke"]


def test_two_pairs_of_signs_and_signs_that_also_need_care() -> None:
    """"if you have leg cramps or spasms, numbness or tingling, or fainting": two pairs, neither shared with the
    other; "Black stools or coughing blood also need urgent care.": its signs, without "also"."""
    x = _page(effects="Headache is common.\n\nTell your nurse right away if you have leg cramps or spasms, numbness or "
                      "tingling, a slow heartbeat, or fainting. Coughing up blood or black stools also need urgent "
                      "care.")
    assert [s.label for s in x.serious_signs] == [
        "leg cramps or spasms", "numbness or tingling", "slow heartbeat", "fainting",
        "Coughing up blood or black stools"]
