"""Rules from the misses of firstcontact212 to firstcontact215 (ordinary answers of twenty-four models not imitated
before, measured after the rules from sets 140-211), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _names(gen: str, title: str = "Zorvane") -> list[str]:
    x = _x(f"## Generic Name\n\n{gen}\n\n## Usage\n\nIt is used for gout.\n", title)
    return [s.label for s in x.drug.synonyms]


def test_another_name_with_a_word_before_the_base_is_no_salt() -> None:
    assert _names("Heparin sodium (also called unfractionated heparin or porcine heparin). It is an anticoagulant.",
                  "Heparin sodium") == ["unfractionated heparin", "porcine heparin"]
    assert _names("Toxin beta (also called purified beta toxin). It is a thing.", "Toxin beta") == [
        "purified beta toxin"]


def test_a_salt_after_the_base_is_still_no_other_name() -> None:
    assert _names("Zorvane (usually as zorvane mesylate). It is a thing.") == []
    assert _names("Zorvane (also available as zorvane tosylate). It is a thing.") == []
    assert _names("Zorvane ethyl (its active metabolite is zorvane). It is a thing.", "Zorvane ethyl") == []


def test_other_names_end_where_the_sentence_says_what_it_is() -> None:
    assert _names("**Zorvane**, also known as QX-17 or Korvamine, is a synthetic peptide.") == ["QX-17", "Korvamine"]
    assert _names("Zorvane, also called zoravin, which is a long-acting form, is given weekly.") == ["zoravin"]


def _effects(text: str) -> tuple[list[tuple[str, str | None]], list[str]]:
    x = _x(f"## Side Effects\n\n{text}\n\n## How it Works\n\nIt blocks XO.\n", "Zorvane")
    return [(e.label, e.category) for e in x.side_effects], [s.label for s in x.serious_signs]


def test_a_lead_that_only_points_at_the_list_is_no_effect() -> None:
    effects, _ = _effects("The main problem is dizziness. Here's what to look out for:\n\n*Common*\n- Dry mouth\n"
                          "- Constipation\n\n*Rare*\n- Fainting")
    assert ("Here's what to look out for", "Common") not in effects
    assert [label for label, _ in effects][-3:] == ["Dry mouth", "Constipation", "Fainting"]
    effects, _ = _effects("### Common reactions\n\nMost people had reactions where the shot went in. These "
                          "included:\n\n- Soreness\n- Warmth")
    assert [label for label, _ in effects if label.startswith("These")] == []


def test_what_a_named_effect_shows_as_is_no_effect_of_the_drug() -> None:
    effects, _ = _effects("*Common*\n- Weight gain\n\n*Serious*\n- Low sodium\n\nSymptoms of low sodium include "
                          "headache, muddled thinking, cramps and unsteadiness. Drink less water until it is checked.")
    assert [label for label, _ in effects] == ["Weight gain", "Low sodium"]


def test_a_state_someone_is_found_in_is_a_sign() -> None:
    _, signs = _effects("- Drowsiness\n\nIf the person is unresponsive or cannot stay awake, call 911 at once.")
    assert signs == ["unresponsive", "being unable to stay awake"]
    _, signs = _effects("- Drowsiness\n\nIf someone using zorvane is hard to wake up, breathing very slowly, or has "
                        "grey lips, phone an ambulance.")
    assert signs == ["hard to wake up", "breathing very slowly", "grey lips"]
    _, signs = _effects("- Drowsiness\n\nIf you are pregnant, call your doctor before the next dose.")
    assert signs == []


def test_a_group_label_closed_by_a_full_stop() -> None:
    effects, _ = _effects("**Frequent.** Sleepiness, a dry mouth and blurred vision.\n\n**Serious.** Seizures.")
    assert ("Sleepiness", "Frequent") in effects and ("Seizures", "Serious") in effects


def test_a_sentence_of_what_the_effects_are_like_is_no_list() -> None:
    effects, _ = _effects("Most side effects are an extension of what the drug does: it lowers blood pressure, so "
                          "some people feel faint.\n\n- Dizziness\n- Tiredness")
    assert [label for label, _ in effects] == ["Dizziness", "Tiredness"]


def test_a_group_of_bare_effects_after_the_list() -> None:
    effects, _ = _effects("### Frequent adverse events\n\n- Rash\n\nOther common effects were back pain, cough and "
                          "sore throat.")
    assert [label for label, _ in effects][1:] == ["Back pain", "Cough", "Sore throat"]


def _faqs(text: str) -> list[str]:
    x = _x(f"## Usage\n\nIt is used for gout.\n\n## FAQs\n\n{text}\n", "Zorvane")
    return [f.question for f in x.faqs]


def test_the_assistants_sign_off_is_no_question() -> None:
    assert _faqs("**Can I drink alcohol?**\nBest not.\n\n**Is it safe in pregnancy?**\nAsk first.\n\n"
                 "Can I help you with anything else?") == ["Can I drink alcohol?", "Is it safe in pregnancy?"]
    assert _faqs("Q1: Can I drive?\nA: Not at first.\n\nWas this helpful? Reply Y or N.") == ["Can I drive?"]
    assert _faqs("**Can I drive?**\nNot at first.\n\n**Would you like me to compare it with others?**\nYes: it lasts "
                 "longer than most.") == ["Can I drive?", "Would you like me to compare it with others?"]


def _mech(text: str) -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\nIt is used for gout.\n\n## How it Works\n\n{text}\n", "Zorvane")
    return [(m.relation, m.target) for m in x.mechanism]


def test_the_diseases_antibodies_are_no_subject_of_the_drug() -> None:
    assert _mech("Zorvane inhibits cholinesterase.\n\n- In this disease, autoantibodies attack or block the "
                 "nicotinic receptors on muscle.") == [("inhibits", "cholinesterase")]


def test_a_binding_that_acts_as_an_allosteric_modulator() -> None:
    assert _mech("It binds to the neurosteroid site on the GABA-A receptor, a channel found on most neurons, and acts "
                 "as a positive allosteric modulator.") == [("activates", "GABA-A receptor")]
    assert _mech("It binds to the mGlu5 receptor and acts as a negative allosteric modulator.") == [
        ("inhibits", "mGlu5 receptor")]


def _uses(usage: str) -> list[tuple[str, str | None]]:
    x = _x(f"## Usage\n\n{usage}\n\n## Side Effects\n\n- Headache\n", "Zorvane")
    return [(u.label, u.qualifier) for u in x.treats]


def test_a_use_as_an_adjunct_in_the_people_who_have_it() -> None:
    assert _uses("Zorvane is indicated as an adjunct to diet and exercise in adults with homozygous familial "
                 "hypercholesterolemia (HoFH), who need more lowering.") == [("Homozygous familial "
                                                                              "hypercholesterolemia", None)]


def test_a_use_studied_off_label() -> None:
    assert _uses("Zorvane is used for gout. It has also been studied off-label in pseudogout and in familial "
                 "Mediterranean fever.") == [("Gout", None), ("Pseudogout", "off-label"),
                                             ("Familial Mediterranean fever", "off-label")]
