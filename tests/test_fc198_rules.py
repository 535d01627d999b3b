"""Rules from the misses of firstcontact198 to firstcontact201 (ordinary answers of twenty-four models not imitated
before, measured after the rules from sets 140-198), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(usage: str) -> list[tuple[str, str | None]]:
    x = _x(f"## Usage\n\n{usage}\n\n## Side Effects\n\n- Headache\n", "Zorvane")
    return [(u.label, u.qualifier) for u in x.treats]


def test_a_paragraph_that_finishes_a_lead_of_uses() -> None:
    assert _uses("Zorvane is a calcium mimetic. It is used for:\n\nSecondary hyperparathyroidism (SHPT), which is "
                 "when the glands make too much hormone because the kidneys fail. It was approved in 2017.") == [
        ("Secondary hyperparathyroidism", None)]
    assert _uses("It is used for:\n\nGout that has not responded to other medicines, in adults.") == [("Gout", None)]


def test_a_paragraph_with_a_clause_of_its_own_is_no_use() -> None:
    assert _uses("It is used for:\n\nMost patients in the trials had kidney stones before "
                 "treatment.") == []


def _names(gen: str) -> tuple[list[str], list[str]]:
    x = _x(f"## Generic Name\n\n{gen}\n\n## Usage\n\nIt is used for gout.\n", "Zorvane")
    return [s.label for s in x.drug.synonyms], [b.label for b in x.brand_names]


def test_a_development_code_said_in_a_sentence() -> None:
    assert _names("Zorvane. It is also known by its development code QX401.")[0] == ["QX401"]
    assert _names("Zorvane. It is sold as Korvia, and during development it was called ABT-2215.") == (
        ["ABT-2215"], ["Korvia"])
    assert _names("Zorvane. Back when it was being tested it went by LY-88213.")[0] == ["LY-88213"]
    assert _names("*He flips a page.* \"It comes as tablets. Approved in 2024. In the trials it was called "
                  "PF06651.\"")[0] == ["PF06651"]
    assert _names("Zorvane is given as tablets. It is called Zorvane in every country.")[0] == []


def test_a_development_code_in_a_run_in_value_or_a_field() -> None:
    x = _x("Generic Name: Zorvane. It was called SAGE-912 while it was being tested. The brand name is Korvia.\n\n"
           "Usage: It is used for gout.\n", "Zorvane")
    assert [s.label for s in x.drug.synonyms] == ["SAGE-912"]
    assert _names("| Item | Details |\n| --- | --- |\n| Generic name | Zorvane |\n| Former code | MBX-3310 |\n"
                  "| Brand name | Korvia |") == (["MBX-3310"], ["Korvia"])


def test_a_name_said_for_the_us_with_dots() -> None:
    assert _names("Zorvamab (zorvamab-kxtb in the U.S.) is a monoclonal antibody.")[0] == ["zorvamab-kxtb"]


def _signs(effects: str) -> list[str]:
    x = _x(f"## Side Effects\n\n- Headache\n\n{effects}\n\n## How it Works\n\nIt blocks XO.\n", "Zorvane")
    return [s.label for s in x.serious_signs]


def test_signs_of_someone_in_a_setting() -> None:
    assert _signs("If you're on a study drug and notice black stools, vomiting blood or severe belly pain, get "
                  "medical care right away.") == ["black stools", "vomiting blood", "severe belly pain"]
    assert _signs("If someone in a trial notices yellow eyes, dark urine or pale stools, they should contact the study "
                  "team right away.") == ["yellow eyes", "dark urine", "pale stools"]
    assert _signs("If you're a carer and you notice the child's lips turning blue, tell the nurse right away.") == [
        "child's lips turning blue"]


def test_signs_said_with_ever_and_a_tag_question() -> None:
    assert _signs("If you ever get a high fever, a spreading rash or a stiff neck, please call your doctor, okay?") == [
        "high fever", "spreading rash", "stiff neck"]


def test_signs_in_a_note_of_their_own() -> None:
    assert _signs("**Note:** Anyone in the study who has fainting, chest pain or a racing heart should go to the "
                  "emergency room straight away.") == ["fainting", "chest pain", "racing heart"]


def test_a_list_spoken_line_by_line() -> None:
    x = _x("## Usage\n\nDoctors use it for a few things.\n\nGout flares. That's when crystals inflame a joint.\n"
           "Familial Mediterranean fever.\nPericarditis that keeps coming back.\n\n## Side Effects\n\nHere are the "
           "common ones.\n\nDiarrhea\nCramps\nSore throat\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Gout flares", "Familial Mediterranean fever", "Pericarditis"]
    assert [e.label for e in x.side_effects] == ["Diarrhea", "Cramps", "Sore throat"]


def test_prose_wrapped_at_a_width_is_no_list() -> None:
    wrapped = ("Most people have no trouble with it. Some get diarrhea,\ncramps or a sore throat in the first week. "
               "These\nusually settle without treatment.")
    one = _x(f"## Side Effects\n\n{wrapped.replace(chr(10), ' ')}\n", "Zorvane")
    x = _x(f"## Side Effects\n\n{wrapped}\n", "Zorvane")
    assert [e.label for e in x.side_effects] == [e.label for e in one.side_effects]
    q = _x("## FAQs\n\nIs it safe?\nYes, for most people.\nTalk to your doctor first.\n", "Zorvane")
    assert len(q.faqs) == 1


def test_the_prompts_section_names_in_lower_case() -> None:
    x = _x("generic name\nzorvane. it's a xanthine oxidase inhibitor.\n\nusage\ndoctors use it for:\n\n- gout - the "
           "painful kind\n- kidney stones made of uric acid\n\nside effects\n- nausea\n- rash\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Gout", "Kidney stones made of uric acid"]
    assert [e.label for e in x.side_effects] == ["Nausea", "Rash"]
    y = _x("## Usage\n\nIt is used for gout.\n\n## Side Effects\n\nmost people do fine.\nusage varies by country\n"
           "- nausea\n", "Zorvane")
    assert [e.label for e in y.side_effects] == ["Nausea"]  # (a line that only starts with a name is no section)


def test_uses_researchers_studied_listed_among_the_uses() -> None:
    assert _uses("Doctors use it for:\n\n- Gout\n- it's also been studied for familial Mediterranean fever (FMF), "
                 "but that's not an approved use") == [("Gout", None), ("Familial Mediterranean fever", "off-label")]
    assert _uses("- Gout flares\n- Researchers also tested it in pericarditis (swelling of the heart's sac), and "
                 "there's interest in other inflammatory problems.") == [("Gout flares", None),
                                                                         ("Pericarditis", "off-label")]
    assert _uses("Doctors use it for:\n\n- Gout\n- Scientists have also studied it for Behcet's disease and "
                 "pericarditis.") == [("Gout", None), ("Behcet's disease", "off-label"), ("Pericarditis", "off-label")]


def _faqs(body: str) -> list[str]:
    x = _x(f"## Usage\n\nIt is used for gout.\n\n## FAQs\n\n{body}\n", "Zorvane")
    return [f.question for f in x.faqs]


def test_questions_numbered_in_lower_case_or_in_quotation_marks() -> None:
    assert _faqs("**1. can i drink on it?**\nbest not.\n\n**2. does it stain teeth?**\nno.") == [
        "can i drink on it?", "does it stain teeth?"]
    assert _faqs("**\"Can I take it at night?\"**\n\"Yes, with water.\"\n\n**\"Is it safe in pregnancy?\"**\n"
                 "\"Ask first.\"\n\n**\"Will it upset my stomach?\"**\n\"Sometimes.\"") == [
        "Can I take it at night?", "Is it safe in pregnancy?", "Will it upset my stomach?"]


def _mechs(text: str) -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\nIt is used for gout.\n\n## How it Works\n\n{text}\n", "Zorvane")
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def test_a_binding_that_makes_the_receptors_messenger_work_better() -> None:
    assert _mechs("Zorvane attaches to a site on the glycine receptor and makes glycine work better there.") == [
        ("activates", "glycine receptor")]


def test_a_receptor_bound_whose_complex_moves_into_the_nucleus() -> None:
    assert _mechs("Zorvane is converted in the liver. The active form binds to the mineralocorticoid receptor in "
                  "kidney cells. The drug-receptor complex then moves into the nucleus and switches genes on.") == [
        ("activates", "mineralocorticoid receptor")]


def test_citation_marks_after_a_space() -> None:
    x = _x("## Side Effects\n\n**Most common** (reported in at least 5% of patients) [4]:\n\n- Nausea [2]\n- Headache "
           "[2, 5]\n", "Zorvane")
    assert [(e.label, e.category) for e in x.side_effects] == [("Nausea", "Most common"), ("Headache", "Most common")]


def test_reuptake_blocked_through_their_transporters() -> None:
    assert _mechs("Zorvane inhibits the reuptake of dopamine and norepinephrine by blocking their transporters (DAT "
                  "and NET) in the brain.") == [("inhibits", "dopamine transporter"),
                                                 ("inhibits", "norepinephrine transporter")]


def test_signs_in_advice_a_source_gives() -> None:
    assert _signs("The medication guide advises calling a doctor right away for dark urine, pale stools or yellow "
                  "eyes.") == ["dark urine", "pale stools", "yellow eyes"]


def test_a_reassurance_before_a_list_is_no_effect() -> None:
    x = _x("## Side Effects\n\nMost people handle it fine, but here's what can happen:\n\n- Drowsiness\n- Headache\n",
           "Zorvane")
    assert [e.label for e in x.side_effects] == ["Drowsiness", "Headache"]


def test_a_purpose_verbs_particle_and_how_long_it_is_taken() -> None:
    assert _uses("Zorvane is used to calm down an overactive bladder. Some people take it for a year or more.") == [
        ("Overactive bladder", None)]
    assert _uses("It is given for life-threatening overdoses of iron.") != []


def test_uses_counted_out_in_words() -> None:
    assert _uses("Here's where it's used.\n\nFirst, chronic gout with tophi. That's for adults whose gout keeps "
                 "coming back.\n\nSecond, tumor lysis syndrome prophylaxis, or TLS. That means preventing it in people "
                 "starting chemotherapy.\n\nThird, and this one's still being studied, doctors are trying it in "
                 "kidney stones.") == [("Chronic gout with tophi", None), ("Tumor lysis syndrome", "prevention")]
    assert [u for u, _ in _uses("Zorvane is used mostly in adults with gout.\nFirst, chronic gout with tophi, also "
                                "called tophaceous gout. This is its best-known use, and it often works on its own.\n"
                                "Second, acute gout flares in people who cannot take colchicine. It can shorten them.\n"
                                "It's not a first choice for pseudogout.")] == ["Chronic gout with tophi",
                                                                              "Acute gout flares"]


def test_signs_felt_then_got_please_go_to_the_doctor() -> None:
    assert _signs("If you feel your chest tightening or fainting, or you get hives, wheezing and a high fever, please "
                  "go to the doctor right away!") == ["your chest tightening or fainting", "hives", "wheezing",
                                                      "high fever"]


def test_an_outliners_page_with_one_root_node() -> None:
    x = _x("- Zorvane #medicine\n  - **Generic Name**\n    - Generic name:: zorvane sodium\n"
           "    - Drug class:: xanthine oxidase inhibitor\n  - **Usage**\n    - Gout\n"
           "    - Kidney stones made of uric acid\n  - **Side Effects**\n    - Common\n      - Rash\n      - Nausea\n"
           "  - **How it Works**\n    - It inhibits xanthine oxidase.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Gout", "Kidney stones made of uric acid"]
    assert [e.label for e in x.side_effects] == ["Rash", "Nausea"]
    assert x.drug_class is not None and x.drug_class.label == "xanthine oxidase inhibitor"


def test_signs_for_a_childs_doctor() -> None:
    assert _signs("### Serious\n- Severe low platelets\n\nContact your child's doctor right away for easy bruising, "
                  "nosebleeds, black stools, or fainting.") == ["easy bruising", "nosebleeds", "black stools",
                                                                "fainting"]
