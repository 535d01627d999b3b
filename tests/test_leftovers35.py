"""Misses left from sets 98-101, each rule pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(body: str) -> list[str]:
    return [u.label for u in _x(body).treats]


def _effects(body: str) -> list[str]:
    return [e.label for e in _x(body).side_effects]


def test_associated_with_one_disease_is_part_of_the_use() -> None:
    """"Restlessness associated with Huntington's disease" names the use whole; in a list it stays an item."""
    assert _uses("## Usage\n\nZoravir is used to treat restlessness associated with Huntington's disease.\n") == [
        "Restlessness associated with Huntington's disease"]
    assert _uses("## Usage\n\nZoravir treats migraine, nerve pain associated with a stroke, and shingles.\n") == [
        "Migraine", "Nerve pain associated with a stroke", "Shingles"]


def test_associated_with_a_list_of_causes_is_cut() -> None:
    assert _uses("## Usage\n\n- Swelling associated with liver disease, kidney problems, or steroid treatment\n"
                 "- Glaucoma\n") == ["Swelling", "Glaucoma"]


def test_an_age_closes_a_population_and_the_list_goes_on() -> None:
    """"X in adults and teenagers 12 years and older, Y in adults, and Z": the comma after the age is the list's."""
    assert _uses("## Usage\n\nIt is approved to treat hay fever in adults and teenagers 12 years and older, chronic "
                 "hives (CSU) in adults, and nasal polyps.\n") == ["Hay fever", "Chronic hives", "Nasal polyps"]
    # an article after the age opens a description of the use, not the next use
    assert _uses("## Usage\n\nThe drops are indicated for lazy eye in children aged 3 years and older, a vision "
                 "problem caused by a squint.\n") == ["Lazy eye"]


def test_an_effect_and_a_one_word_disease_are_two() -> None:
    assert _effects("## Side Effects\n\nSerious side effects include liver damage, raised blood sugar and diabetes, "
                    "and fainting.\n") == ["Liver damage", "Raised blood sugar", "Diabetes", "Fainting"]


def test_the_examples_of_urges_are_behaviours_not_effects() -> None:
    """A serious sentence's examples are effects of their own ("infections such as pneumonia"), but what urges are
    urges to do is not ("urges such as gambling, overeating or compulsive spending")."""
    assert _effects("## Side Effects\n\nSerious side effects include fainting, strong urges such as gambling, "
                    "overeating or compulsive spending, and seizures.\n") == ["Fainting", "Strong urges", "Seizures"]
    assert _effects("## Side Effects\n\nSerious side effects include impulse-control problems, including sex or "
                    "gambling, and serious infections, such as pneumonia.\n") == [
        "Impulse-control problems", "Serious infections", "Pneumonia"]


def test_a_field_heading_over_one_short_paragraph_is_that_field() -> None:
    """"### Brand Name" over "Zorex (capsules of 5 mg, taken by mouth twice daily)": its forms and route, as a
    bold "**Brand name:**" line with the same words gives them."""
    x = _x("### Generic Name\nZoravir\n\n### Brand Name\nZorex (capsules of 5 mg and 10 mg, taken by mouth twice "
           "daily)\n\n### Usage\nIt treats gout.\n")
    assert [b.label for b in x.brand_names] == ["Zorex"]
    assert [r.label for r in x.routes] == ["oral"] and [f.label for f in x.formulations] == ["capsules"]


def test_a_seek_help_line_in_a_summary_names_signs() -> None:
    """"Seek care quickly for ..." (urgent by its own words) in a "Key Takeaways" list: signs, as anywhere on a page."""
    x = _x("## Side Effects\n\n- Headache\n\n## Key Takeaways\n\n* Works within a week\n"
           "* Seek care quickly for sudden hearing loss or a racing heartbeat\n")
    assert [s.label for s in x.serious_signs] == ["sudden hearing loss or a racing heartbeat"]
    x = _x("## Side Effects\n\n- Headache\n\n## Summary\n\nTell your doctor if you have kidney disease.\n")
    assert x.serious_signs == []


def test_an_example_said_as_a_sentence_of_its_own_is_no_effect() -> None:
    """Under an effect's heading, "Such as toxic epidermal necrolysis." is its example, no effect "Such as ..."."""
    x = _x("## Side Effects\n\n### Serious skin reactions\n\nSuch as toxic epidermal necrolysis. Stop the medicine if "
           "your skin blisters.\n\n### Headache\n\nUsually mild.\n")
    assert not any(e.label.casefold().startswith("such as") for e in x.side_effects)


def test_a_colour_and_a_look_before_one_noun_are_one_sign() -> None:
    x = _x("## Side Effects\n\n- Rash\n\nGet help straight away if you cough up blood or pass dark, sticky stools.\n")
    assert [s.label for s in x.serious_signs] == ["coughing up blood", "passing dark, sticky stools"]
