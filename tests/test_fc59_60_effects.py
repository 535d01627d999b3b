"""Side-effect wordings firstcontact59 and 60's misses showed, pinned on invented pages: a second clause after a list
with its own verb of causing; "if ..., it can leave X"; a note's label; a reason before the effects it explains; a
"when" aside inside a list; ", called X" after an effect; the places of one effect at the end of a labelled line; a
sentence about the page's own layout."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _effects(body: str) -> list[tuple[str, bool]]:
    page = f"---\ntitle: Quenzol\n---\n\n# Quenzol\n\n## Usage\nIt treats anemia.\n\n## Side Effects\n{body}\n"
    return [(e.label, e.serious) for e in extract(parse_text(page, "quenzol.md")).side_effects]


def test_a_second_clause_with_its_own_verb_of_causing() -> None:
    assert _effects("Serious side effects are uncommon. Rarely, it can cause a severe allergic reaction, and taking "
                    "more than the body needs over many years can lead to zinc overload.") == [
        ("Severe allergic reaction", True), ("Zinc overload", True)]
    assert _effects("Serious side effects are uncommon. Long-term use can cause kidney problems, and in children "
                    "recovering from a viral illness such as measles it can cause liver failure.") == [
        ("Kidney problems", True), ("Liver failure", True)]
    assert _effects("Serious side effects are uncommon. Daily use for months can lead to dependence, and stopping "
                    "suddenly can cause rebound insomnia.") == [("Dependence", True), ("Rebound insomnia", True)]


def test_what_it_can_leave_and_a_notes_label() -> None:
    assert _effects("The most common side effects are nausea and headache. If the drip leaks out of the vein, it can "
                    "leave a grey mark on the skin that may last for weeks.\n\n> **Important:** Tell your nurse right "
                    "away if you feel faint during the drip.") == [
        ("Nausea", False), ("Headache", False), ("Grey mark on the skin", False)]


def test_a_reason_before_the_effects_and_a_when_aside_inside_a_list() -> None:
    assert ("Gum bleeding", False) in _effects(
        "The most common side effects are nausea and heartburn. Because it thins the blood, gum bleeding is also "
        "common.")
    assert _effects("Serious side effects are rare but include slow breathing, especially when it is taken with "
                    "alcohol, memory loss and sudden agitation.") == [
        ("Slow breathing", True), ("Memory loss", True), ("Sudden agitation", True)]
    # a "with" aside names things, which may be a list of their own: no aside to drop
    assert ("Warfarin", True) not in _effects(
        "Other rare but serious risks are abnormal bleeding, especially with aspirin, NSAIDs or warfarin; low sodium "
        "levels.")


def test_a_name_after_called_and_the_places_of_one_effect() -> None:
    assert _effects("- Jerky eye movements, called nystagmus (common)\n\n**Common:** gas, dizziness, swelling of "
                    "the ankles and feet") == [("Jerky eye movements", False), ("Gas", False), ("Dizziness", False),
                                                ("Swelling of the ankles and feet", False)]


def test_a_sentence_about_the_pages_layout_names_no_effect() -> None:
    assert _effects("Many side effects depend on the dose. How often each one happens is shown in brackets.\n\n"
                    "- Dizziness (common)") == [("Dizziness", False)]


def test_people_using_it_who_have_developed_effects() -> None:
    assert _effects("Common side effects include burning.\n\nSerious side effects are rare. A small number of people "
                    "using similar creams have developed skin cancer and lymphoma (a cancer of the immune system), "
                    "although it is not known whether the cream caused them.") == [
        ("Burning", False), ("Skin cancer", True), ("Lymphoma", True)]


def test_signs_in_someone_named_by_what_they_have() -> None:
    page = ("---\ntitle: Quenzol\n---\n\n# Quenzol\n\n## Usage\nIt treats lead poisoning.\n\n## Side Effects\nNausea "
            "is common.\n\nGet emergency care if a person with mercury poisoning has a severe headache, confusion or "
            "seizures.\n")
    assert [s.label for s in extract(parse_text(page, "quenzol.md")).serious_signs] == [
        "severe headache", "confusion", "seizures"]


def test_signs_of_an_effect_the_list_described() -> None:
    page = ("---\ntitle: Quenzol\n---\n\n# Quenzol\n\n## Usage\nIt treats worms.\n\n## Side Effects\n"
            "**Rare but serious:**\n- Liver injury — yellow eyes, dark urine, pale stools\n- Seizures\n\n"
            "Get medical help right away if you notice signs of liver injury, or if you have a seizure.\n")
    x = extract(parse_text(page, "quenzol.md"))
    assert [s.label for s in x.serious_signs] == ["yellow eyes", "dark urine", "pale stools", "seizure"]
    assert [e.label for e in x.side_effects] == ["Liver injury", "Seizures"]


def test_risks_a_product_brings_in_a_serious_paragraph() -> None:
    assert _effects("Common side effects include headache.\n\nSerious problems are uncommon. With the ring, rare risks "
                    "include toxic shock syndrome, which usually happens in the first weeks, vaginal tears, and blood "
                    "clots, mostly in smokers.") == [("Headache", False), ("Toxic shock syndrome", True),
                                                     ("Vaginal tears", True), ("Blood clots", True)]


def test_signs_of_an_effect_a_paragraph_described_in_brackets() -> None:
    page = ("---\ntitle: Quenzol\n---\n\n# Quenzol\n\n## Usage\nIt treats acne.\n\n## Side Effects\n*Common:* nausea."
            "\n\n*Rare but serious:* Liver reactions (yellow eyes, dark urine, itching); low blood pressure. Seek help "
            "right away if you have signs of a serious liver reaction.\n")
    assert [s.label for s in extract(parse_text(page, "quenzol.md")).serious_signs] == [
        "yellow eyes", "dark urine", "itching"]
    # a graver form's signs are its own: "signs of severe low blood sugar" is not the milder list
    page = ("---\ntitle: Quenzol\n---\n\n# Quenzol\n\n## Usage\nIt treats diabetes.\n\n## Side Effects\n"
            "* Low blood sugar – shakiness, sweating, hunger\n\nGet emergency help if you have signs of severe low "
            "blood sugar.\n")
    assert "shakiness" not in [s.label for s in extract(parse_text(page, "quenzol.md")).serious_signs]
