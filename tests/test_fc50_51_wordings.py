"""Wordings firstcontact50 and 51's misses showed, pinned on invented pages: one sentence of semicolon clauses, one
group each ("..., common ones are A; less common are B; serious but rare side effects include C"); "With the daily
doses used for X, common side effects include ..."; "Less commonly, blood tests show A, and some women develop B";
"They include A, a B, an C that needs a procedure to finish, and, with Brand, D"."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Corvalenib"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "corvalenib.md"))


def _effects(text: str) -> list[tuple[str, str, bool]]:
    x = _x(f"**Usage:** Corvalenib treats asthma.\n\n### Side Effects\n\n{text}\n")
    return [(e.label, e.category, e.serious) for e in x.side_effects]


def test_one_sentence_of_groups() -> None:
    x = _x("**Usage:** Corvalenib treats asthma.\n\n### Side Effects\n\nSide effects of corvalenib are often "
           "related to how high the level in your blood is, common ones are nausea, headache and trouble sleeping; "
           "less common are vomiting, tremor (shaking) and a fast heartbeat; serious but rare side effects include "
           "irregular heartbeat and seizures, which can happen when the level gets too high, so call your doctor "
           "right away if you have vomiting that won't stop, confusion or a seizure.\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Nausea", "Common"), ("Headache", "Common"), ("Trouble sleeping", "Common"), ("Vomiting", "Less common"),
        ("Tremor", "Less common"), ("Fast heartbeat", "Less common"), ("Irregular heartbeat", "Serious"),
        ("Seizures", "Serious")]
    assert [s.label for s in x.serious_signs] == ["vomiting that won't stop", "confusion", "seizure"]


def test_one_group_in_a_sentence_with_semicolons_is_read_as_before() -> None:
    assert _effects("Common side effects are nausea and headache; these usually fade.") == [
        ("Nausea", "Common", False), ("Headache", "Common", False)]


@pytest.mark.parametrize(("text", "found"), [
    ("Nausea is common. With the daily doses used for Cushing's syndrome, common side effects include joint pain and "
     "high blood pressure.", [("Nausea", "Common", False), ("Joint pain", "Common", False),
                              ("High blood pressure", "Common", False)]),
    ("Nausea is common. Less commonly, blood tests show low potassium (hypokalemia), and some women develop thickening "
     "of the uterine lining, which may cause unexpected bleeding.",
     [("Nausea", "Common", False), ("Low potassium", "Less common", False),
      ("Thickening of the uterine lining", "Less common", False)]),
    ("Serious side effects are uncommon. They include very heavy bleeding, a serious infection, an incomplete abortion "
     "that needs a procedure to finish, and, with Corvex, adrenal insufficiency (too little cortisol activity).",
     [("Very heavy bleeding", "Serious", True), ("Serious infection", "Serious", True),
      ("Incomplete abortion", "Serious", True), ("Adrenal insufficiency", "Serious", True)]),
])
def test_effect_wordings(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _effects(text) == found


def _uses(text: str) -> list[tuple[str, str | None]]:
    return [(u.label, u.qualifier) for u in _x(f"**Usage:** {text}\n\n**Side Effects:** Headache.\n").treats]


@pytest.mark.parametrize(("text", "found"), [
    ("\n* Athlete's foot\n* Most skin and vaginal products are sold over the counter.\n* Corvex is a different "
     "product: it combines corvalenib with a strong steroid.", [("Athlete's foot", None)]),
    ("It is used to treat beef tapeworm infection and dwarf tapeworm infection, which people pick up by eating "
     "undercooked beef or, for the dwarf tapeworm, through contaminated hands, food or water. It can also treat pork "
     "tapeworm infection, but it does not treat cysticercosis.",
     [("Beef tapeworm infection", None), ("Dwarf tapeworm infection", None), ("Pork tapeworm infection", None)]),
    ("It is used for bile acid diarrhea, which can follow gallbladder removal, and occasionally as a short-term add-on "
     "in hyperthyroidism.", [("Bile acid diarrhea", None), ("Hyperthyroidism", None)]),
    ("It is used to treat type 1 diabetes. It is taken at mealtimes to control the rise in blood sugar after eating. "
     "Off-label, some hospitals use it under the skin to treat mild diabetic ketoacidosis (DKA).",
     [("Type 1 diabetes", None), ("Diabetic ketoacidosis", "off-label")]),
])
def test_use_wordings(text: str, found: list[tuple[str, str | None]]) -> None:
    assert _uses(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Its best-known use is for medical abortion, that is, ending an intrauterine pregnancy of up to 10 weeks.",
     [("Medical abortion", None)]),
    ("Doctors also use it off-label, for example to manage early pregnancy loss (miscarriage) together with "
     "misoprostol, and to shrink uterine fibroids.",
     [("Early pregnancy loss", "off-label"), ("Uterine fibroids", "off-label")]),
    ("Off-label, doctors sometimes use the nasal spray to help stop nosebleeds and to shrink the lining of the nose "
     "before surgery.", [("Nosebleeds", "off-label")]),
    ("\n- **Head and neck cancer** - Given together with radiation therapy\n- **Hip and knee osteoarthritis**",
     [("Head and neck cancer", None), ("Hip osteoarthritis", None), ("Knee osteoarthritis", None)]),
    ("Corvalenib is used to treat dry eye disease.\n\n**Off-label uses:** Eye doctors sometimes prescribe corvalenib "
     "for meibomian gland dysfunction and for contact lens discomfort.",
     [("Dry eye disease", None), ("Meibomian gland dysfunction", "off-label"),
      ("Contact lens discomfort", "off-label")]),
])
def test_more_use_wordings(text: str, found: list[tuple[str, str | None]]) -> None:
    assert _uses(text) == found


def test_a_group_said_to_occur_such_as() -> None:
    found = _effects("Corvalenib is usually well tolerated. Rarely, more serious problems can occur, such as a "
                     "severe allergic reaction (especially in people who are allergic to shellfish) and higher blood "
                     "sugar.")
    assert found == [("Severe allergic reaction", "Serious", True), ("Higher blood sugar", "Serious", True)]


def test_a_feeling_that_and_a_moment_after() -> None:
    assert [e for e, _, _ in _effects(
        "The most common side effects include eye irritation, a feeling that something is in the eye, eye discomfort "
        "and blurred vision right after putting in the drops.")] == [
        "Eye irritation", "Feeling that something is in the eye", "Eye discomfort",
        "Blurred vision right after putting in the drops"]


def _signs(body: str) -> list[str]:
    return [s.label for s in _x(f"**Usage:** Corvalenib treats asthma.\n\n{body}\n").serious_signs]


def test_sign_wordings() -> None:
    found = _signs("**Side Effects:** Nausea is common. If a vaginal yeast infection comes with fever, chills, lower "
                   "belly pain or foul-smelling discharge, see a doctor, because you may have a different infection.")
    assert found == ["fever", "chills", "lower belly pain", "foul-smelling discharge"]
    found = _signs("**Side Effects:** Nausea is common.\n\n**Warnings:**\n- **Mood:** Watch for new or worsening "
                   "depression, unusual changes in behavior, or thoughts of self-harm, especially in the first few "
                   "months, and call the doctor right away if they appear.")
    assert found == ["new or worsening depression", "unusual changes in behavior", "thoughts of self-harm"]
    assert _signs("**Side Effects:**\n- Nausea (troches)\n- Abnormal liver tests (troches, seen mainly with long-term "
                  "use)\n- **Serious:** severe allergic reaction (hives, swelling of the face, trouble breathing)") == [
        "hives", "swelling of the face", "trouble breathing"]


def _mechanism(text: str) -> list[tuple[str, str]]:
    x = _x(f"**Usage:** It treats pain.\n\n**Side Effects:** Headache.\n\n**How it Works:** {text}\n")
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


@pytest.mark.parametrize(("text", "found"), [
    ("Corvalenib blocks muscarinic acetylcholine receptors only weakly.",
     [("blocks", "muscarinic acetylcholine receptor")]),
    ("Corvalenib also blocks dopamine D2 receptors (receptors in the chemoreceptor trigger zone, the part of the brain "
     "that senses toxins) and muscarinic acetylcholine receptors (receptors that pass on signals from the inner ear).",
     [("blocks", "dopamine D2 receptor"), ("blocks", "muscarinic acetylcholine receptor")]),
    ("Corvalenib may slow the breakdown of cartilage by reducing the activity of enzymes called matrix "
     "metalloproteinases (MMPs).", [("inhibits", "matrix metalloproteinases")]),
])
def test_mechanism_wordings(text: str, found: list[tuple[str, str]]) -> None:
    assert _mechanism(text) == found


def test_nausea_and_vomiting_of_pregnancy_is_one_use() -> None:
    found = _uses("\n- **Nausea and vomiting of pregnancy**, including hyperemesis gravidarum.\n"
                  "- **Nausea and vomiting**")
    assert found == [("Nausea and vomiting of pregnancy", None), ("Nausea", None), ("Vomiting", None)]
