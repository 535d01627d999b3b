"""Wordings firstcontact30's misses showed, each pinned on invented pages (no sentence of that set).

Mechanism: a bold sentence that goes on after its bold words; a cofactor an enzyme needs; a pronoun of a
later clause in a sentence about another thing; a ligand kept from attaching. Uses: "moderately to
severely active". Side effects: the place an effect is run on to; a lead that names only a group;
the examples a serious paragraph names; a common group that says where it shows.
"""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extractors.prose_uses import prose_uses
from kg.parse import parse_text


def _page(how: str = "", effects: str = "", title: str = "Velquorin") -> str:
    return (f"---\ntitle: {title}\n---\n\n# {title}\n\n## Usage\n\n{title} treats gout.\n\n"
            f"## Side Effects\n\n{effects or 'Headache.'}\n\n## How it Works\n\n{how or 'It works.'}\n")


def _mechanism(how: str) -> list[tuple[str, str]]:
    return [(m.relation, m.target) for m in extract(parse_text(_page(how=how), "velquorin.md")).mechanism]


def _effects(effects: str) -> list[tuple[str, str, bool]]:
    x = extract(parse_text(_page(effects=effects), "velquorin.md"))
    return [(e.label, e.category, e.serious) for e in x.side_effects]


# -- mechanism ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("how", [
    "1. Nerve cells carry a receptor called TRPM8.\n2. **Velquorin binds to TRPM8 and blocks it**, so menthol can no "
    "longer open it.",
    "- **Velquorin binds to TRPM8 and blocks it**; the channel stays shut.",
])
def test_a_bold_sentence_that_goes_on_after_its_bold_words_is_read_whole(how: str) -> None:
    assert ("blocks", "TRPM8") in _mechanism(how)


@pytest.mark.parametrize(("how", "target"), [
    ("Velquorin acts as a cofactor, a helper molecule that the enzyme lysyl oxidase needs in order to work.",
     "lysyl oxidase"),
    ("It is a cofactor for the enzyme methionine synthase.", "methionine synthase"),
])
def test_a_cofactor_makes_its_enzyme_work(how: str, target: str) -> None:
    assert _mechanism(how) == [("activates", target)]


def test_a_pronoun_of_a_later_clause_about_another_thing_is_not_the_drug() -> None:
    how = ("Velquorin acts as a cofactor for the enzyme lysyl oxidase. This enzyme switches the collagen fibres into "
           "their mature form so they can bind calcium and stiffen.")
    assert _mechanism(how) == [("activates", "lysyl oxidase")]  # the fibres bind calcium, not the drug


def test_the_drug_s_own_later_clause_still_counts() -> None:
    assert ("binds", "phosphate") in _mechanism("The tablet dissolves in the gut, where it binds phosphate.")


def test_a_ligand_kept_from_attaching_is_no_target() -> None:
    how = ("Velquorin binds to the IL-17 receptor (IL-17R). By blocking the receptor, it keeps IL-17 from attaching "
           "and switching on inflammatory signals.")
    assert [t for r, t in _mechanism(how) if r in ("blocks", "inhibits", "binds")] == ["IL-17 receptor"]


def test_keeping_an_enzyme_from_its_work_still_inhibits_it() -> None:
    assert _mechanism("It keeps the enzyme DPP-4 from breaking down incretins.") == [("inhibits", "DPP-4")]


# -- uses --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "use"), [
    ("It is approved to treat moderately to severely active psoriatic arthritis (PsA), usually after another drug.",
     "Psoriatic arthritis"),
    ("It is used for mildly to moderately active ulcerative colitis.", "Ulcerative colitis"),
])
def test_an_adverb_range_of_grades_is_no_use(sentence: str, use: str) -> None:
    assert [u.label for u in prose_uses(sentence)] == [use]


# -- side effects --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("effects", "label"), [
    ("The most common side effects are headache and redness or swelling where the injection was given.",
     "Redness or swelling where the injection was given"),
    ("Common side effects include dry skin where the gel is applied.", "Dry skin where the gel is applied"),
])
def test_the_place_an_effect_runs_on_to_is_part_of_it(effects: str, label: str) -> None:
    assert label in [e[0] for e in _effects(effects)]


def test_a_place_after_a_comma_is_still_dropped() -> None:
    assert "Skin redness" in [e[0] for e in _effects("Common side effects include skin redness, where it is applied.")]


def test_a_lead_that_names_a_group_only_is_no_effect_and_its_examples_are() -> None:
    found = _effects("Less often, velquorin can cause serious problems. These include serious infections, such as "
                     "shingles (herpes zoster) and pneumonia, which can be life-threatening; serious liver injury; "
                     "and severe allergic reactions, including angioedema.")
    assert found == [(x, "Serious", True) for x in ("Serious infections", "Shingles", "Pneumonia",
                                                    "Serious liver injury", "Severe allergic reactions", "Angioedema")]


def test_a_common_group_that_says_where_it_shows_lists_its_effects() -> None:
    found = _effects("The most common side effects are headache and nausea. Other common effects show up only on "
                     "blood tests: raised liver enzymes, a low platelet count, and high triglycerides.")
    assert [e[0] for e in found] == ["Headache", "Nausea", "Raised liver enzymes", "Low platelet count",
                                     "High triglycerides"]
    assert {e[1] for e in found} == {"Common"}


# -- links ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("label", "found"), [
    ("Skin reactions where the patch is worn", {"umls:C0151505"}),  # MedDRA's Application site reaction
    ("Reactions where the needle went in", {"umls:C0151735"}),  # Injection site reaction
])
def test_the_place_an_effect_runs_on_to_is_the_vocabularies_site(default_linker, label: str, found: set[str]) -> None:  # type: ignore[no-untyped-def]
    out = default_linker.explain("side-effect", label)
    assert out.linked and {x.curie for x in out.links if x.predicate == "skos:exactMatch"} == found


def test_a_listing_at_a_site_lists_each_thing_at_it(default_linker) -> None:  # type: ignore[no-untyped-def]
    c = default_linker.composition("side-effect", "Pain or swelling where the shot was given")
    assert c is not None and c.parts == ("Pain at the injection site", "Swelling at the injection site")


# -- the second round: identity, uses, signs ---------------------------------------------------------------

def _x(usage: str = "Velquorin treats gout.", effects: str = "Headache.", how: str = "It works."):
    page = (f"---\ntitle: Velquorin\n---\n\n# Velquorin\n\n## Usage\n\n{usage}\n\n## Side Effects\n\n{effects}\n\n"
            f"## How it Works\n\n{how}\n")
    return extract(parse_text(page, "velquorin.md"))


def test_a_companion_s_relative_clause_is_not_the_drug_s_action() -> None:
    how = ("Velquorin blocks the enzyme MAO-B. It is usually given with benserazide, which blocks a different enzyme "
           "(dopa decarboxylase), so the two protect levodopa in different ways.")
    assert [(m.relation, m.target) for m in _x(how=how).mechanism] == [("blocks", "MAO-B")]


def test_a_closing_line_to_consult_the_pharmacist_is_no_serious_effect() -> None:
    x = _x(effects="Serious side effects may include hallucinations and fainting. This is not a complete list of "
                   "side effects. Consult your doctor or pharmacist for more information.")
    assert [e.label for e in x.side_effects] == ["Hallucinations", "Fainting"]


def test_the_class_said_a_few_sentences_after_the_use() -> None:
    x = _x(usage="Velquorin is a prescription medication used to treat Parkinson's disease. It is used together "
                 "with levodopa in people who have wearing-off symptoms. It belongs to a class of drugs called "
                 "monoamine oxidase B (MAO-B) inhibitors.")
    assert x.drug_class is not None and x.drug_class.label == "monoamine oxidase B inhibitor"


def test_a_purpose_shortening_a_condition_and_a_procedure_it_serves() -> None:
    x = _x(usage="Velquorin is a growth factor. It is used to:\n\n- Prevent febrile neutropenia in people with cancer\n"
                 "- Reduce the length of neutropenia in people having a bone marrow transplant\n"
                 "- Collect stem cells: it moves stem cells into the blood so they can be collected\n"
                 "- Mobilize stem cells for collection")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Febrile neutropenia", "prevention"), ("Neutropenia", None)]


def test_a_sentence_under_a_serious_effect_tells_about_it_and_gives_no_signs() -> None:
    x = _x(effects="- **Serious side effects**\n  - Spleen rupture\n    - The spleen can become enlarged and, "
                   "rarely, burst.\n  - Capillary leak syndrome\n    - Fluid leaks out of the blood vessels, causing "
                   "swelling.\n  - Liver problems\n    - yellowing of the skin or eyes")
    assert [e.label for e in x.side_effects] == ["Spleen rupture", "Capillary leak syndrome", "Liver problems"]
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]  # a bare list: its signs


@pytest.mark.parametrize(("usage", "uses"), [
    ("Velquorin is a vitamin used to treat and prevent bleeding problems caused by low clotting factors. Its main uses "
     "are:\n\n- Vitamin K deficiency bleeding\n- Hypoprothrombinemia", ["Vitamin K deficiency bleeding",
                                                                       "Hypoprothrombinemia"]),
    ("Velquorin is a hormone therapy for advanced breast cancer. It is approved to treat metastatic hormone "
     "receptor-positive breast cancer.", ["Metastatic hormone receptor-positive breast cancer"]),
    # the opening's use is kept when nothing later is a kind of it, or when it lists several
    ("Velquorin is an antidepressant used to treat depression. It is also approved for panic disorder.",
     ["Depression", "Panic disorder"]),
    ("Velquorin is used to treat type 2 diabetes. Off-label, it is used for gestational diabetes.",
     ["Type 2 diabetes", "Gestational diabetes"]),
])
def test_a_general_aim_before_the_specific_uses_is_no_use(usage: str, uses: list[str]) -> None:
    assert [u.label for u in _x(usage=usage).treats] == uses


def test_biosimilars_named_after_the_original_brand_are_brands() -> None:
    x = _x(usage="Velquorin treats neutropenia. The original brand is Quorvex, and biosimilars include Zelquo, "
                 "Nivquor, and Relquo.")
    assert [b.label for b in x.brand_names] == ["Quorvex", "Zelquo", "Nivquor", "Relquo"]


def test_the_list_goes_on_after_what_it_says_of_a_use_named_with_its_abbreviation() -> None:
    sentence = ("It is approved to treat relapsing multiple sclerosis (RMS), which is the form that comes and goes, "
                "and primary progressive multiple sclerosis (PPMS), which worsens steadily.")
    assert [u.label for u in prose_uses(sentence)] == ["Relapsing multiple sclerosis",
                                                        "Primary progressive multiple sclerosis"]
    # without the parallel abbreviation the clause may still be going on: nothing more is read
    assert [u.label for u in prose_uses("It is used to treat gout, which is caused by uric acid, and kidney "
                                        "stones.")] == ["Gout"]


def test_most_reactions_is_no_effect_and_a_newborn_is_who_gets_it() -> None:
    x = _x(effects="The tablets rarely cause side effects. Most reactions happen with the injection.\n\nCommon:\n"
                   "- Flushing\n\nSerious (rare):\n- Jaundice (yellow skin) in newborns, mainly after large doses")
    assert [(e.label, e.category) for e in x.side_effects] == [("Flushing", "Common"), ("Jaundice", "Serious")]


def test_a_preposition_said_again_opens_another_sign() -> None:
    x = _x(effects="Serious side effects include liver injury. Get emergency help for trouble breathing or for "
                   "swelling of the face, lips, or tongue.")
    assert [s.label for s in x.serious_signs] == ["trouble breathing", "swelling of the face", "swelling of the lips",
                                                  "swelling of the tongue"]


def test_a_serious_but_frequent_problem_and_its_consequences() -> None:
    x = _x(effects="The most common side effects are dizziness and nausea. A serious but fairly frequent problem is "
                   "low sodium in the blood (hyponatremia), which can cause confusion and seizures; your doctor may "
                   "check your sodium levels.")
    assert sorted((e.label, e.serious) for e in x.side_effects) == [
        ("Confusion", True), ("Dizziness", False), ("Low sodium in the blood", True), ("Nausea", False),
        ("Seizures", True)]


def test_a_group_that_says_how_rare_it_is_before_its_colon() -> None:
    x = _x(effects="The most common side effects are dizziness and nausea. Other serious side effects are rare: severe "
                   "skin reactions such as Stevens-Johnson syndrome, and suicidal thoughts.")
    assert [(e.label, e.category) for e in x.side_effects if e.serious] == [
        ("Severe skin reactions", "Serious"), ("Stevens-Johnson syndrome", "Serious"), ("Suicidal thoughts", "Serious")]


def test_a_clause_after_a_group_s_colon_is_read_as_a_sentence() -> None:
    x = _x(effects="Serious side effects are uncommon: velquorin can slow the heart, causing heart block.")
    assert not any(e.label.startswith("Velquorin") for e in x.side_effects)


@pytest.mark.parametrize(("sentence", "uses"), [
    ("Its one purpose is to keep phosphate in check: it controls high phosphate levels (hyperphosphatemia) in adults "
     "on dialysis.", ["High phosphate levels"]),
    ("Velquorin controls seizures in adults.", ["Seizures"]),
    # what it does for conditions named before, no use of its own
    ("Velquorin does not cure any of these conditions; it controls the inflammation while you take it.", []),
])
def test_the_drug_controls_a_condition(sentence: str, uses: list[str]) -> None:
    assert [u.label for u in prose_uses(sentence)] == uses


def test_an_effect_said_by_its_gerund_and_the_complaint_doctors_hear_most() -> None:
    x = _x(effects="Headache is the complaint doctors hear about most, particularly in the first week; it usually "
                   "fades. Other common effects are nausea and rash.\n\nSerious side effects (rare):\n"
                   "- Being unable to pass urine (urinary retention)")
    assert [(e.label, e.serious) for e in x.side_effects] == [
        ("Headache", False), ("Nausea", False), ("Rash", False), ("Being unable to pass urine", True)]


def test_a_bold_effect_listing_its_symptoms_among_effects_told_by_sentences() -> None:
    x = _x(effects="Less common but more serious side effects include:\n"
                   "- **Kidney stones:** Velquorin can raise calcium in the urine, which may lead to stones.\n"
                   "- **Allergic reactions:** Rash, hives, or swelling of the face or lips.\n\n"
                   "Other effects:\n- **Digestive problems:** nausea, vomiting\n")
    assert [e.label for e in x.side_effects] == ["Kidney stones", "Allergic reactions", "Nausea", "Vomiting"]
    assert not x.serious_signs  # no seek-help: the symptoms are no signs
