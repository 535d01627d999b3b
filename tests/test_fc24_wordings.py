"""What firstcontact24 (six blind pages in more layouts of the wild set, How it Works in unusual verbs) missed at first
contact, pinned in invented wordings: the rules are general, the pages only showed where they were missing."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc20_wordings import _fx, _mech, _uses


def _signs(text: str) -> list[str]:
    return _fx("- Nausea\n\n" + text)[1]


def test_sensitising_a_receptor_and_combining_with_a_toxin() -> None:
    assert [(r, t) for r, t, _, _ in _mech(
        "Zoravir sensitizes the calcium-sensing receptor: it attaches to a site on the receptor separate from where "
        "calcium binds, so the receptor reacts to lower calcium levels.")] == [
        ("activates", "calcium-sensing receptor")]
    assert _mech("It may also combine with NAPQI directly and act as an antioxidant itself.") == [
        ("binds", "NAPQI", None, "hedged")]


def test_an_enzyme_named_after_its_class_word() -> None:
    assert [(r, t) for r, t, _, _ in _mech(
        "It competes with para-aminobenzoic acid (PABA), the raw material bacteria normally use, for the bacterial "
        "enzyme dihydropteroate synthase and blocks it.")] == [("inhibits", "dihydropteroate synthase")]


def test_uses_given_in_hospitals_by_mouth_or_as_an_enema_and_the_prevention_treated_too() -> None:
    assert _uses("Off-label, it is widely used in hospitals to control bleeding esophageal varices in people with "
                 "cirrhosis (usually alongside endoscopic banding), to treat low blood sugar caused by a sulfonylurea "
                 "overdose, and for chemotherapy-induced diarrhea.") == {
        ("Bleeding esophageal varices", "off-label"), ("Low blood sugar", "off-label"),
        ("Chemotherapy-induced diarrhea", "off-label")}
    assert _uses("Off-label, zoravir is given by mouth or as an enema for distal intestinal obstruction syndrome "
                 "(DIOS), a blockage of thickened bowel contents.") == {
        ("Distal intestinal obstruction syndrome", "off-label")}
    assert _uses("It is used to control blood sugar in people with type 2 diabetes.") == {("Type 2 diabetes", None)}
    assert _uses("It is also used to prevent and treat hepatic encephalopathy (portal-systemic encephalopathy), the "
                 "confusion, drowsiness and personality changes caused by ammonia, in people with cirrhosis.") == {
        ("Hepatic encephalopathy", None)}


def test_a_use_of_the_past_and_a_course_of_days() -> None:
    assert _uses("It was once widely given to prevent kidney injury from X-ray contrast dye, but large trials found "
                 "no benefit.") == set()
    assert _uses("A 3% gel is applied to the skin twice a day for 60 to 90 days to treat actinic keratoses.") == {
        ("Actinic keratoses", None)}


def test_a_serious_sentence_with_consequences_then_more_effects() -> None:
    effects, _ = _fx("Serious side effects include low blood calcium (hypocalcemia), which can trigger muscle spasms "
                     "and seizures, as well as upper gastrointestinal bleeding and worsening heart failure.")
    assert [e[0] for e in effects] == ["Muscle spasms", "Seizures", "Low blood calcium",
                                       "Upper gastrointestinal bleeding", "Worsening heart failure"]
    effects, _ = _fx("Serious side effects are uncommon but can include severe diarrhea that leads to dehydration, and "
                     "imbalances of blood salts such as low potassium (hypokalemia), mostly in older adults.")
    assert [e[0] for e in effects] == ["Dehydration", "Severe diarrhea", "Imbalances of blood salts", "Low potassium"]


def test_an_items_reason_is_no_effect() -> None:
    effects, _ = _fx("- Nausea and vomiting, partly because of the strong rotten-egg smell")
    assert [e[0] for e in effects] == ["Nausea", "Vomiting"]


def test_signs_across_an_especially_clause_and_in_an_faq() -> None:
    assert _signs("Call your doctor right away if you have severe pain in your belly, especially if it spreads to "
                  "your back, a very slow heartbeat, fainting, or shakiness.") == [
        "severe pain in your belly", "very slow heartbeat", "fainting", "shakiness"]
    x = _x("## Side Effects\n\n- Nausea\n\n## FAQs\n\n**Why are my lips bluish?**\nIt is usually harmless at low "
           "doses, but call your doctor if you also have shortness of breath, headache, or unusual tiredness.\n")
    assert [s.label for s in x.serious_signs] == ["shortness of breath", "headache", "unusual tiredness"]


def test_a_colour_to_each_part_vomit_described_and_feeling_faint() -> None:
    assert _signs("Call your doctor right away if you notice a blue or gray color to your lips, nail beds, or skin, "
                  "vomit that looks like coffee grounds, or if you feel faint.") == [
        "blue or gray color to your lips", "blue or gray color to nail beds", "blue or gray color to skin",
        "vomit that looks like coffee grounds", "feeling faint"]


def test_routes_of_related_and_hospital_medicines_and_a_buttock_muscle() -> None:
    x = _x("## Usage\n\nZoravir comes as tablets taken by mouth. Zorix is a related calcimimetic given into a vein "
           "at the end of dialysis. An overdose is treated in the hospital with deferoxamine given into a vein. A "
           "long-acting suspension is injected into a buttock muscle once a month.\n")
    assert {r.label for r in x.routes} == {"oral", "intramuscular"}


def test_a_contrast_medicines_second_verb_is_theirs() -> None:
    assert _mech("Vitamin D medicines such as calcitriol lower PTH through a different route, the vitamin D receptor, "
                 "and tend to raise calcium and phosphorus instead.") == []
