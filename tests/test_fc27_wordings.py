"""What firstcontact27 (six blind pages in six chat-model house styles) missed at first contact, pinned in invented
pages: the rules are general, the pages only showed where they were missing."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc20_wordings import _mech


def _treats(body: str, title: str = "Zoravir") -> list[tuple[str, str | None]]:
    return [(t.label, t.qualifier) for t in _x(body, title).treats]


def test_the_people_a_use_is_for_spans_of_time_and_co_therapy_are_no_uses() -> None:
    assert _treats("### Usage:\nZoravir is an oral antiviral used to treat **mild to moderate influenza B** in "
                   "adults at high risk.\n\nPeople at higher risk include those who:\n- Are 65 or older\n"
                   "- Have conditions such as asthma or diabetes\n- Are pregnant\n\n**Key points:**\n"
                   "- Start it **within 3 days of the first symptoms**.\n- The course lasts **7 days**.\n\n"
                   "**Off-label uses** include **viral pneumonia**, in combination with other antivirals.\n") == [
        ("Influenza B", None), ("Viral pneumonia", "off-label")]


def test_the_drugs_a_combination_joins_are_not_its_uses() -> None:
    assert _treats("### Generic Name:\n**Zoravir and boostorin**\n\n### Usage:\nZoravir and boostorin treats "
                   "**hepatitis D**.\n\n| Component | Tablet | Role |\n| --- | --- | --- |\n"
                   "| Zoravir | 100 mg | The antiviral |\n| Boostorin | 50 mg | The booster |\n",
                   title="Zoravir-Boostorin") == [("Hepatitis D", None)]


def test_routes_and_forms_of_the_other_medicines_of_its_kind_are_not_its_own() -> None:
    x = _x("## Usage\n\nZoravir tablets are taken by mouth to treat influenza. Other antivirals for influenza include "
           "peramivir (Rapivab), which is given by IV infusion, and baloxavir.\n")
    assert ([r.label for r in x.routes], [f.label for f in x.formulations]) == (["oral"], ["tablets"])


def test_what_acts_on_itself_the_drugs_own_levels_and_the_medicines_it_complements() -> None:
    assert _mech("Zoravir inhibits the viral protease, so the virus cannot make copies of itself. Boostorin slows "
                 "the breakdown of zoravir. This raises zoravir levels in the blood.") == [
        ("inhibits", "viral protease", None, "asserted")]
    assert _mech("Zoravir binds to a transport protein called ZT1 and blocks this uptake. This approach complements "
                 "fibrates, which activate PPAR-alpha.") == [("inhibits", "ZT1", None, "asserted")]


def test_a_process_blocked_in_the_passive_and_one_interfered_with() -> None:
    assert _mech("Zoravir binds the bacterial ribosome, so protein synthesis is blocked. It may also interfere with "
                 "bacterial DNA synthesis.") == [
        ("binds", "bacterial ribosome", None, "asserted"), ("decreases", "protein synthesis", None, "asserted"),
        ("decreases", "bacterial DNA synthesis", None, "hedged")]


def test_a_bold_effect_described_after_a_colon_outside_the_bold() -> None:
    x = _x("### Side Effects\n\n**Common side effects:**\n- **Constipation**: The most frequent side effect, seen in "
           "about 3 in 100 people.\n- **Dry mouth**\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Constipation", "Common side effects"), ("Dry mouth", "Common side effects")]


def test_a_side_effect_group_that_says_to_seek_help_in_parentheses_gives_effects_and_signs() -> None:
    x = _x("**Side Effects:**\n\n*   **Common Side Effects:**\n    *   Nausea\n*   **Serious Side Effects (call your "
           "doctor right away if you notice these):**\n    *   Bloody or black stools\n    *   Severe stomach pain\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Nausea", "Common Side Effects", False), ("Bloody or black stools", "Serious Side Effects", True),
        ("Severe stomach pain", "Serious Side Effects", True)]
    assert [s.label for s in x.serious_signs] == ["Bloody or black stools", "Severe stomach pain"]


def test_a_bold_uses_gloss_after_the_bold_and_another_name_said_so() -> None:
    x = _x("## Usage\n\nGiven by IV infusion for:\n- **Bloodstream infections** (bacteremia)\n- **Heart valve "
           "infections** (also called infective endocarditis), in adults\n- **Pneumonia** and other lung infections\n")
    assert [(t.label, t.synonyms) for t in x.treats] == [
        ("Bloodstream infections", ["bacteremia"]), ("Heart valve infections", ["infective endocarditis"]),
        ("Pneumonia", [])]


def test_the_places_of_one_effect_inside_a_list_and_a_bold_group_under_a_serious_one() -> None:
    x = _x("### Side Effects\n\n**Serious side effects (rare):**\n- **Skin reactions**: Rash, blistering, peeling "
           "of the hands, feet, or lips, and mouth sores.\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Rash", "Skin reactions", True), ("Blistering", "Skin reactions", True),
        ("Peeling of the hands, feet, or lips", "Skin reactions", True), ("Mouth sores", "Skin reactions", True)]


def test_a_binder_of_a_metal_ion() -> None:
    assert _mech("Zoravir also binds magnesium, which is why magnesium levels can drop during treatment.") == [
        ("binds", "magnesium", None, "asserted")]
