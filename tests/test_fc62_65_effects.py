"""Side effects, signs and uses firstcontact62-65's misses showed, pinned on invented pages: formal prose groups
("More commonly, people experience A, B and C", "Less often, D and a bluish E may occur", "Rarely, but seriously, it
can cause F, particularly with long-term use, as well as G"); a clause after a semicolon whose subject is a gerund
("; taking the tablets with food reduces stomach upset") is no effect; "Anyone who notices A, B or C should stop ..."
gives signs, each quoted where the signs are listed, not where an earlier sentence names the effect; "Its principal
use today is the prevention of X in travelers ..." is X with `prevention`; "for X it is combined with Y" is co-therapy,
no use."""
from __future__ import annotations

from kg.extract import extract
from kg.extractors.prose_uses import prose_uses
from kg.parse import parse_text


def _x(body: str):  # type: ignore[no-untyped-def]
    page = f"---\ntitle: Quenzol\n---\n\n# Quenzol\n\n## Usage\nIt treats malaria.\n\n## Side Effects\n{body}\n"
    return extract(parse_text(page, "quenzol.md"))


def test_formal_prose_groups() -> None:
    x = _x("Quenzol is generally well tolerated. More commonly, people experience nausea, stomach cramps and "
           "itching, the last being frequent in older adults; taking the tablets with food reduces stomach upset. Less "
           "often, blurred vision, vivid dreams and a bluish-gray darkening of the skin may occur. Rarely, but "
           "seriously, Quenzol can cause damage to the retina, particularly with long-term use, as well as heart "
           "rhythm problems and seizures.")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Nausea", "Common", False), ("Stomach cramps", "Common", False), ("Itching", "Common", False),
        ("Blurred vision", "Less common", False), ("Vivid dreams", "Less common", False),
        ("Bluish-gray darkening of the skin", "Less common", False),
        ("Damage to the retina", "Serious", True), ("Heart rhythm problems", "Serious", True),
        ("Seizures", "Serious", True)]


def test_an_aside_with_its_own_list_keeps_it() -> None:
    x = _x("Rare but serious risks are abnormal bleeding, especially with aspirin, NSAIDs or warfarin; and low sodium "
           "levels, mainly in older adults.")
    assert [e.label for e in x.side_effects] == ["Abnormal bleeding", "Low sodium levels"]


def test_anyone_who_notices_gives_signs_quoted_where_listed() -> None:
    x = _x("Rarely, but seriously, Quenzol can cause seizures and fainting. Anyone who notices changes in vision, a "
           "fast or irregular heartbeat, fainting or a seizure should stop the medication and seek medical attention.")
    assert [s.label for s in x.serious_signs] == ["changes in vision", "fast or irregular heartbeat", "fainting",
                                                  "seizure"]
    for s in x.serious_signs:
        assert s.evidence.sentence.startswith("Anyone who notices"), s.label


def test_the_principal_use_today_and_a_co_therapy_clause() -> None:
    assert [(u.label, u.qualifier) for u in prose_uses(
        "Its principal use today is the prevention of malaria in travelers visiting the few regions where the "
        "parasite remains sensitive to it.")] == [("Malaria", "prevention")]
    assert [u.label for u in prose_uses(
        "It treats malaria; for vivax and ovale malaria it is combined with primaquine to clear the liver forms.")] \
        == ["Malaria"]


def _effects(body: str) -> list[tuple[str, str, bool]]:
    return [(e.label, e.category, e.serious) for e in _x(body).side_effects]


def test_a_table_whose_first_column_only_groups_the_rows() -> None:
    assert _effects("| System | Side effect | Frequency |\n|---|---|---|\n| Gastrointestinal | Nausea | Common |\n"
                    "| Kidney | Kidney problems, including Fanconi syndrome | Uncommon |\n"
                    "| Liver | Severe hepatitis flare after stopping treatment | Rare (serious) |") == [
        ("Nausea", "Common", False), ("Kidney problems", "Uncommon", False),
        ("Severe hepatitis flare after stopping treatment", "Rare", True)]
    assert _effects("| **Common** | **Serious (rare)** |\n|---|---|\n| Bitter taste | Wheezing |\n| Headache | |") == [
        ("Bitter taste", "Common", False), ("Wheezing", "Serious", True), ("Headache", "Common", False)]


def test_what_an_effect_comes_after_stays_when_it_is_something_done() -> None:
    assert _effects("- Sneezing right after spraying\n- Withdrawal symptoms after removing the patch\n"
                    "- Return of symptoms after the medicine wears off\n- Bronchospasm right after inhalation\n"
                    "- Kidney disease after many years of use") == [
        ("Sneezing right after spraying", "Other", False),
        ("Withdrawal symptoms after removing the patch", "Other", False),
        ("Return of symptoms after the medicine wears off", "Other", False), ("Bronchospasm", "Other", False),
        ("Kidney disease", "Other", False)]


def test_numbered_on_items_under_a_lead_in_and_superscript_citations() -> None:
    assert _effects("Very common (more than 10%):\n1) Nausea (about 28%)\n2) Dizziness\n\nCommon (1-10%):\n"
                    "3) Hallucinations (about 9%)\n4) Dry mouth²\n\nRare but serious:\n5) Impulse control disorders - "
                    "compulsive gambling\n") == [
        ("Nausea", "Very common", False), ("Dizziness", "Very common", False), ("Hallucinations", "Common", False),
        ("Dry mouth", "Common", False), ("Impulse control disorders", "Rare but serious", True)]


def test_the_examples_that_end_a_labelled_line() -> None:
    assert _effects("- **Common**: nausea and vomiting\n- **Very rare but serious**: severe allergic reactions "
                    "(anaphylaxis) and severe skin reactions, including Stevens-Johnson syndrome and AGEP³") == [
        ("Nausea", "Common", False), ("Vomiting", "Common", False),
        ("Severe allergic reactions", "Very rare but serious", True),
        ("Severe skin reactions", "Very rare but serious", True)]


def _signs(body: str) -> list[str]:
    return [s.label for s in _x(body).serious_signs]


def test_a_serious_group_that_says_to_call_and_an_item_shown_by_its_symptoms() -> None:
    assert _signs("The usual suspects:\n- Drowsiness\n\nThe serious stuff (call a doctor):\n- Severe allergic reaction "
                  "— hives, swelling of your face or throat, trouble breathing\n- Seizures\n- Withdrawal — anxiety, "
                  "insomnia and, rarely, hallucinations if you stop suddenly after weeks of use") == [
        "hives", "swelling of your face or throat", "trouble breathing", "Seizures", "anxiety", "insomnia",
        "hallucinations"]


def test_tell_the_care_team_immediately_about() -> None:
    assert _signs("Serious risks include blood clots. Patients should tell the care team immediately about sudden "
                  "chest pain, shortness of breath, weakness on one side of the body, or hives during or after the "
                  "infusion.") == ["sudden chest pain", "shortness of breath", "weakness on one side of the body",
                                   "hives"]


def test_a_seek_help_sentence_that_points_back_at_the_list_above() -> None:
    assert _signs("| Frequency | Effects |\n|---|---|\n| **Common** | Back pain, headache |\n| **Rare but serious** | "
                  "Severe allergic reaction (hives, swelling of the face or throat, trouble breathing) |\n\n"
                  "Seek medical help right away if any of these allergy signs appear after an injection.") == [
        "hives", "swelling of the face or throat", "trouble breathing"]
    assert _signs("1. Headache\n2. Kidney problems (rare but serious)\n3. Seizures (rare but serious)\n\nIf you "
                  "experience any of these rare but serious side effects, seek medical attention immediately.") == [
        "kidney problems", "seizures"]


def test_prose_lists_that_go_on_and_advice_among_them() -> None:
    assert _effects("The most frequent are **nausea**, **vomiting** and **diarrhea**, often together with **loss of "
                    "appetite** and **weight loss**. Taking each dose with food and drinking plenty of fluids makes "
                    "these problems less likely. Wearing the patch overnight can cause vivid dreams.") == [
        ("Nausea", "Common", False), ("Vomiting", "Common", False), ("Diarrhea", "Common", False),
        ("Loss of appetite", "Common", False), ("Weight loss", "Common", False), ("Vivid dreams", "Common", False)]
    assert [e[0] for e in _effects(
        "Serious side effects are uncommon but can include fainting, heart block (a problem with the heart's signals "
        "that causes a very slow heartbeat), seizures and difficulty urinating.")] == [
        "Fainting", "Heart block", "Seizures", "Difficulty urinating"]
    assert _effects("Most patients tolerate it well; the most common side effects are headache and nausea; less "
                    "common effects include fever and rash.") == [
        ("Headache", "Common", False), ("Nausea", "Common", False), ("Fever", "Less common", False),
        ("Rash", "Less common", False)]


def test_labelled_lines_a_relative_clause_two_adjectives_and_a_tip() -> None:
    assert _effects("Very common: retrograde ejaculation (little or no semen comes out), which affects about 1 in 4 "
                    "men and is harmless.\n\nCommon: dizziness, stuffy or runny nose.\n\n💡 **Tip:** Take it first "
                    "thing in the morning, and go easy on caffeine.") == [
        ("Retrograde ejaculation", "Very common", False), ("Dizziness", "Common", False),
        ("Stuffy or runny nose", "Common", False)]


def test_an_ampersand_joins_two_effects() -> None:
    assert [e[0] for e in _effects("- Skin thinning\n- Glaucoma & cataracts (with long use near the eyes)")] == [
        "Skin thinning", "Glaucoma", "Cataracts"]
