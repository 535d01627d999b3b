"""Wordings the blind sets' remaining misses showed, pinned on invented pages: two adjectives of one noun with a
comma between them ("Dry, itchy skin"), in a list item and in a sentence; ", like A, B or C" after an effect (its
examples); an appositive after a list's last member ("..., hidradenitis and pitted keratolysis, a smelly infection of
the feet"); a use said by "its" ("to reduce its spread"); two symbols sharing one head noun ("severe LH and FSH
deficiency"); "a kinase inhibitor that targets X" (inhibits X); "the mutated X" after "X" (one target)."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Veltrazine"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "veltrazine.md"))


def _effects(text: str) -> list[str]:
    x = _x(f"**Usage:** Veltrazine treats hives.\n\n**Side Effects:**\n{text}\n")
    return [e.label for e in x.side_effects]


def _uses(text: str) -> list[tuple[str, str | None]]:
    return [(u.label, u.qualifier) for u in _x(f"**Usage:** {text}\n\n**Side Effects:** Headache.\n").treats]


def _mechanism(text: str) -> list[tuple[str, str]]:
    x = _x(f"**Usage:** It treats melanoma.\n\n**Side Effects:** Headache.\n\n**How it Works:** {text}\n")
    return [(m.relation, m.target) for m in x.mechanism]


@pytest.mark.parametrize(("text", "found"), [
    ("- Dry, itchy skin\n- Wrinkled, fragile skin with long-term use\n- Nausea, sore throat",
     ["Dry, itchy skin", "Wrinkled, fragile skin", "Nausea", "Sore throat"]),
    ("The most common side effects are dry, itchy skin, headache and nausea. Less often, people get wrinkled, fragile "
     "skin.", ["Dry, itchy skin", "Headache", "Nausea", "Wrinkled, fragile skin"]),
    ("- Abnormal thoughts and behavior, like acting out of character, agitation or hallucinations\n- Dizziness",
     ["Abnormal thoughts and behavior", "Dizziness"]),
])
def test_effect_wordings(text: str, found: list[str]) -> None:
    assert _effects(text) == found


def test_an_appositive_after_the_lists_last_member_is_no_use() -> None:
    assert _uses("Doctors may also suggest veltrazine washes off-label for folliculitis (inflamed hair follicles), "
                 "hidradenitis suppurativa and pitted keratolysis, a smelly bacterial infection of the soles of the "
                 "feet.") == [("Folliculitis", "off-label"), ("Hidradenitis suppurativa", "off-label"),
                              ("Pitted keratolysis", "off-label")]


def test_a_use_said_by_its_is_no_condition() -> None:
    assert _uses("It treats vivax malaria. In some countries, a single low dose is added to the treatment of "
                 "falciparum malaria to reduce its spread.") == [("Vivax malaria", None), ("Falciparum malaria", None)]


def test_two_symbols_sharing_a_head_noun_are_one_use() -> None:
    assert _uses("Together with lutropin alfa, it is used to treat severe LH and FSH deficiency in women. It also "
                 "treats severe acne and rosacea.") == [("LH and FSH deficiency", None), ("Acne", None),
                                                         ("Rosacea", None)]


@pytest.mark.parametrize(("text", "found"), [
    ("Veltrazine is a kinase inhibitor that targets the BRAF protein. Veltrazine binds to the mutated BRAF protein "
     "and blocks it.", [("inhibits", "BRAF protein")]),
    ("Veltrazine is a selective agonist that targets the GLP-1 receptor.", [("activates", "GLP-1 receptor")]),
    ("Veltrazine targets the BRAF protein. It binds to the mutant BRAF protein and blocks it.",
     [("blocks", "BRAF protein")]),
])
def test_what_a_role_targets(text: str, found: list[tuple[str, str]]) -> None:
    assert _mechanism(text) == found


@pytest.mark.parametrize(("value", "label", "synonyms"), [
    ("Veltrazine (otic)", "Veltrazine", []),                                   # how it is given
    ("Veltrazine propionate (vel-TRAY-zeen)", "Veltrazine propionate", []),     # how it is said
    ("**Veltrazine/ozapril** (a fixed-dose combination of veltrazine and ozapril)", "Veltrazine/ozapril", []),
    ("Veltrazine (in the US, veltrazine-abcd)", "Veltrazine", ["veltrazine-abcd"]),
    ("Veltrazine (also called veltrazone outside the US)", "Veltrazine", ["veltrazone"]),
    ("Rho(V) Veltrazine Globulin", "Rho(V) Veltrazine Globulin", []),          # a parenthesis glued to a word
    ("Veltrazine (VTZ)", "Veltrazine", ["VTZ"]),
])
def test_what_the_generic_name_lines_parenthesis_is(value: str, label: str, synonyms: list[str]) -> None:
    x = _x(f"**Generic Name:** {value}\n\n**Usage:** It treats hives.\n")
    assert (x.drug.label, [s.label for s in x.drug.synonyms]) == (label, synonyms)


@pytest.mark.parametrize(("sentence", "cls"), [
    ("Veltrazine is an antimalarial medication belonging to the 8-aminoquinoline class.", "8-aminoquinoline"),
    ("Veltrazine is a polypeptide antibiotic produced by the bacterium Bacillus subtilis.", "polypeptide antibiotic"),
    ("Veltrazine is an antidepressant that belongs to a class of drugs called reversible inhibitors of monoamine "
     "oxidase A (RIMAs).", "reversible inhibitor of monoamine oxidase A"),
])
def test_class_wordings(sentence: str, cls: str) -> None:
    x = _x(f"**Generic Name:** Veltrazine\n\n**Usage:** {sentence} It treats hives.\n")
    assert x.drug_class is not None and x.drug_class.label == cls


def _prose_effects(text: str) -> list[tuple[str, str, bool]]:
    x = _x(f"**Usage:** Veltrazine treats hives.\n\n**Side Effects:** The most common side effects are nausea and "
           f"headache. {text}\n")
    return [(e.label, e.category, e.serious) for e in x.side_effects][2:]


@pytest.mark.parametrize(("text", "found"), [
    ("Serious side effects are rare. A severe allergic reaction is possible but uncommon.",
     [("Severe allergic reaction", "Serious", True)]),
    ("Serious side effects appear to be rare. As with any medicine, a severe allergic reaction is possible.",
     [("Severe allergic reaction", "Serious", True)]),
    ("Serious side effects include major bleeding, such as bleeding in the brain, which can be fatal, and severe "
     "allergic reactions.", [("Major bleeding", "Serious", True), ("Bleeding in the brain", "Serious", True),
                             ("Severe allergic reactions", "Serious", True)]),
    ("Less common but more serious side effects include depression and suicidal thoughts, which were reported more "
     "often than with a placebo.", [("Depression", "Serious", True), ("Suicidal thoughts", "Serious", True)]),
    ("Long-term use slightly increases the risk of skin cancer and of lymphoma (a cancer of the immune system).",
     [("Skin cancer", "Common", False), ("Lymphoma", "Common", False)]),
    ("Wearing the patch overnight can cause vivid dreams and trouble sleeping, so some people take it off before bed.",
     [("Vivid dreams", "Common", False), ("Trouble sleeping", "Common", False)]),
    ("Serious side effects are rare. They include confusion, especially in older people, and a sudden rise in blood "
     "pressure if veltrazine is combined with certain medicines.",
     [("Confusion", "Serious", True), ("Sudden rise in blood pressure", "Serious", True)]),
])
def test_prose_effect_wordings(text: str, found: list[tuple[str, str, bool]]) -> None:
    assert _prose_effects(text) == found


def _signs(text: str) -> list[str]:
    x = _x(f"**Usage:** Veltrazine treats hives.\n\n**Side Effects:** Nausea is common. {text}\n")
    return [s.label for s in x.serious_signs]


@pytest.mark.parametrize(("text", "found"), [
    ("Tell your nurse right away if you feel faint, have chest pain, notice a pounding or racing heartbeat, or become "
     "more short of breath, including in the days after the infusion, since its effects last for about a week.",
     ["feeling faint", "chest pain", "pounding or racing heartbeat", "becoming more short of breath"]),
    ("Get medical help right away if you notice dark urine, or have swelling of your face, lips, or throat or trouble "
     "breathing.", ["dark urine", "swelling of your face", "swelling of lips", "swelling of throat",
                    "trouble breathing"]),
    ("Get medical help right away if you have swelling of the face, lips or tongue.",
     ["swelling of the face", "swelling of the lips", "swelling of the tongue"]),
    ("Call your doctor right away if you have rapid weight gain (more than about 1 kg or 2 pounds in a day), nausea "
     "that won't stop, or chest pain.", ["rapid weight gain", "nausea that won't stop", "chest pain"]),
    ("Get medical help right away if you have shortness of breath, reduced urination, or pain, warmth, or swelling in "
     "one leg.", ["shortness of breath", "reduced urination", "pain in one leg", "warmth in one leg",
                  "swelling in one leg"]),
    ("Get medical help right away if you have chest pain, shortness of breath, or pain or swelling in one leg.",
     ["chest pain", "shortness of breath", "pain or swelling in one leg"]),
])
def test_sign_wordings(text: str, found: list[str]) -> None:
    assert _signs(text) == found


@pytest.mark.parametrize(("text", "found"), [
    ("Off-label, it is often perscribed at low doses for insomnia, although guidelines advise against this.",
     [("Insomnia", "off-label")]),
    ("It is sometimes prescribed in small doses for tension headaches.", [("Tension headaches", None)]),
    ("Off-label, it is used to end an ectopic pregnancy.", [("Ectopic pregnancy", "off-label")]),
])
def test_use_wordings(text: str, found: list[tuple[str, str | None]]) -> None:
    assert _uses(text) == found
