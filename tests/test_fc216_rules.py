"""Rules from the misses of firstcontact212 to firstcontact217 (ordinary answers of thirty-six models not imitated
before), the second batch, pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _mech(text: str, title: str = "Zorvane") -> list[tuple[str, str, str | None]]:
    x = _x(f"## Usage\n\nIt is used for gout.\n\n## How it Works\n\n{text}\n", title)
    return [(m.relation, m.target, m.symbol) for m in x.mechanism]


def test_an_item_that_names_the_drugs_action_as_a_noun() -> None:
    assert _mech("Its actions:\n\n1. **Inhibition of thrombin (FIIa)** – this stops clot growth.\n2. **Inhibition of "
                 "FXa and FIXa** – the proteases earlier in the cascade.") == [
        ("inhibits", "thrombin", "FIIa"), ("inhibits", "FXa", None), ("inhibits", "FIXa", None)]
    assert _mech("- Blockade of the H2 receptor.\n- Inhibition of bacterial growth.") == [
        ("blocks", "H2 receptor", None)]


def test_a_combinations_two_drugs_acting_oppositely_on_one_target() -> None:
    text = ("The two act in different places:\n\n- **Zorvane** activates mu-opioid receptors in the brain.\n"
            "- **Naltrexone** blocks mu-opioid receptors in the gut.")
    assert _mech(text, "Zorvane and naltrexone") == [("activates", "mu-opioid receptor", None),
                                                      ("blocks", "mu-opioid receptor", None)]
    assert _mech("Zorvane activates mu-opioid receptors. At high doses it blocks mu-opioid receptors.") == [
        ("activates", "mu-opioid receptor", None)]


def test_a_verb_label_over_a_sentence_that_says_it_again() -> None:
    assert _mech("1. **Binds the proteasome:** it attaches to the beta-5 subunit of the proteasome (PSMB5), the "
                 "complex that breaks down proteins.") == [("binds", "beta-5 subunit of the proteasome", "PSMB5")]


def _uses(usage: str) -> list[tuple[str, str | None]]:
    x = _x(f"## Usage\n\n{usage}\n\n## Side Effects\n\n- Headache\n", "Zorvane")
    return [(u.label, u.qualifier) for u in x.treats]


def test_a_way_of_using_it_is_no_use() -> None:
    assert _uses("It is indicated for:\n\n- **Acute gout flares** in adults.\n- **Self-injection at home** after "
                 "training.\n- **Home infusion** for stable patients.") == [("Acute gout flares", None)]


def test_a_label_that_says_off_label_and_studied_together() -> None:
    assert _uses("- **Gout** in adults\n- **Studied / off-label:** familial Mediterranean fever (FMF) in children who "
                 "cannot take colchicine, and pseudogout in small trials") == [
        ("Gout", None), ("Familial Mediterranean fever", "off-label"), ("Pseudogout", "off-label")]
    assert _uses("- **Gout** in adults\n- **Studied (off-label):** giving a dose during a gout flare, and "
                 "pseudogout") == [("Gout", None), ("Gout flare", "off-label"), ("Pseudogout", "off-label")]


def test_a_plain_item_that_opens_with_an_off_label_verb() -> None:
    assert _uses("- Treats **gout** in adults\n- Used off-label for pseudogout in older people\n- Not used for "
                 "ordinary joint pain") == [("Gout", None), ("Pseudogout", "off-label")]


def test_a_second_purpose_and_when_it_is_started_are_no_uses() -> None:
    assert _uses("Zorvane is used to reduce swelling and dampen the immune response. Main uses:\n\n- **Gout flares**"
                 "\n\nIt is also used off-label for sarcoidosis, started within a week of the diagnosis.") == [
        ("Swelling", None), ("Gout flares", None), ("Sarcoidosis", "off-label")]


def test_two_single_word_diseases_in_a_bold_label() -> None:
    assert _uses("- **Insulinoma or gastrinoma** that has spread\n- **Gastric or duodenal ulcers**") == [
        ("Insulinoma", None), ("Gastrinoma", None), ("Gastric or duodenal ulcers", None)]


def test_how_a_use_was_found_and_whom_it_is_for_are_no_uses() -> None:
    assert _uses("Approved:\n- Urea cycle disorders (UCD), genetically confirmed, peds and adults: for nitrogen "
                 "control") == [("Urea cycle disorders", None)]


def _effects(text: str) -> tuple[list[str], list[str]]:
    x = _x(f"## Side Effects\n\n{text}\n\n## How it Works\n\nIt blocks XO.\n", "Zorvane")
    return [e.label for e in x.side_effects], [s.label for s in x.serious_signs]


def test_report_the_signs_to_the_care_team() -> None:
    assert _effects("**Rare but serious**\n- Seizures\n\nReport confusion, a pounding headache, or sudden weakness to "
                    "the nurse immediately.") == (["Seizures"], ["confusion", "pounding headache", "sudden weakness"])


def test_a_clinicians_counsel_label_is_no_effect() -> None:
    effects, signs = _effects("Serious:\n- kidney stones\n\nCounsel: seek care for blood in the urine or severe flank "
                              "pain.")
    assert effects == ["Kidney stones"] and signs == ["blood in the urine or severe flank pain"]


def test_how_the_effects_go_is_no_list() -> None:
    assert _effects("Most side effects are reversible with a lower dose.\n\n- Rash\n- Nausea")[0] == ["Rash", "Nausea"]


def _faqs(body: str) -> list[str]:
    x = _x(f"## Usage\n\nIt is used for gout.\n\n## How it Works\n\nIt blocks XO.\n\n{body}\n", "Zorvane")
    return [f.question for f in x.faqs]


def test_people_also_ask() -> None:
    assert _faqs("## People Also Ask\n\n### How long does it take to work?\n\nA few weeks.\n\n### Does it interact "
                 "with other drugs?\n\nYes, with azathioprine.") == ["How long does it take to work?",
                                                                  "Does it interact with other drugs?"]


def test_a_section_of_another_name_that_holds_only_questions() -> None:
    assert _faqs("## Dig deeper\n\n**How does it compare with allopurinol?**\nIt is stronger.\n\n**What drug "
                 "interactions are important?**\nAzathioprine and mercaptopurine.\n\n**Should it be taken with "
                 "food?**\nEither way.\n\n## References\n\n1. A paper.") == [
        "How does it compare with allopurinol?", "What drug interactions are important?", "Should it be taken with "
        "food?"]
    assert _faqs("## Dig deeper\n\n**How does it compare with allopurinol?**\nIt is stronger.\n\n**Background**\nA "
                 "paragraph.") == []


def _names(gen: str) -> list[str]:
    x = _x(f"## Generic Name\n\n{gen}\n\n## Usage\n\nIt is used for gout.\n", "Zorvamab")
    return [s.label for s in x.drug.synonyms]


def test_a_name_said_for_the_label_it_is_written_in() -> None:
    assert _names("- **Zorvamab** (zorvamab-kqtr in the US label)\n- **Brand name:** Korvia") == ["zorvamab-kqtr"]
