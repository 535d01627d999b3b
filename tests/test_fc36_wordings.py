"""Wordings firstcontact36's misses showed (six blind pages, three of them prose of everyday sentences), pinned on
invented pages: "Some people notice ..." as a section's first list, "Women may also get ...", "it can raise the risk
of X, such as Y", "a lung problem called X", "which can rarely lead to X", "including a rare reaction called X"; an
opening use kept beside a sibling that shares its words but not its head; "two rare conditions: A and B"; an
appositive saying what a use is; a name its abbreviation spells whole; "if you or your child develops ..."; "warm,
red, painful skin"; "A or swelling of your face, lips, or throat"; "both act by ..." said of the body's own
messengers; and a short name whose symbol the section spelled out."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extractors.prose_uses import prose_uses
from kg.parse import parse_text


def _x(body: str, title: str = "Velquorin"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "velquorin.md"))


def _effects(text: str) -> list[tuple[str, str, bool]]:
    x = _x(f"**Usage:** Velquorin treats gout.\n\n**Side Effects:** {text}\n")
    return [(e.label, e.category, e.serious) for e in x.side_effects]


def test_everyday_sentences_that_list_effects() -> None:
    assert _effects("Velquorin is usually well tolerated. Some people notice diarrhea, an upset stomach, or pain in "
                    "the upper part of the belly, and some get urinary tract infections. Women may also get vaginal "
                    "yeast infections. Less often, people report nausea or gas.") == [
        ("Diarrhea", "Common", False), ("Upset stomach", "Common", False),
        ("Pain in the upper part of the belly", "Common", False), ("Urinary tract infections", "Common", False),
        ("Vaginal yeast infections", "Common", False), ("Nausea", "Less common", False), ("Gas", "Less common", False)]


def test_a_serious_sentence_names_what_it_is_called_what_it_leads_to_and_its_examples() -> None:
    assert _effects("More serious side effects are uncommon but include muscle damage (myopathy), which can rarely "
                    "lead to rhabdomyolysis; a lung problem called eosinophilic pneumonia; severe allergic reactions, "
                    "including a rare reaction called drug reaction with eosinophilia and systemic symptoms (DRESS); "
                    "and a serious intestinal infection called C. difficile-associated diarrhea.") == [
        ("Rhabdomyolysis", "Serious", True), ("Muscle damage", "Serious", True),
        ("Eosinophilic pneumonia", "Serious", True), ("Severe allergic reactions", "Serious", True),
        ("Drug reaction with eosinophilia and systemic symptoms", "Serious", True),
        ("C. difficile-associated diarrhea", "Serious", True)]


def test_a_raised_risk_names_effects() -> None:
    assert _effects("More serious side effects are uncommon. Because velquorin dampens part of the immune system, it "
                    "can raise the risk of serious infections, such as pneumonia and skin infections.") == [
        ("Serious infections", "Serious", True), ("Pneumonia", "Serious", True), ("Skin infections", "Serious", True)]


def test_an_opening_use_stays_beside_a_sibling_and_yields_to_a_kind_of_it() -> None:
    x = _x("**Usage:** Velquorin is a transthyretin stabilizer used to treat transthyretin amyloid cardiomyopathy "
           "(ATTR-CM) in adults.\n\nVelquorin is also approved to treat hereditary transthyretin amyloid "
           "polyneuropathy (ATTR-PN).\n")
    assert [u.label for u in x.treats] == ["Transthyretin amyloid cardiomyopathy",
                                          "Hereditary transthyretin amyloid polyneuropathy"]
    x = _x("**Usage:** Velquorin is a mucosal protectant used mainly to treat ulcers in the upper digestive tract.\n\n"
           "- **Active duodenal ulcers**: short-term treatment.\n")
    assert [u.label for u in x.treats] == ["Duodenal ulcers"]


@pytest.mark.parametrize(("sentence", "uses"), [
    ("It is also approved for two rare inherited inflammatory conditions: neonatal-onset multisystem inflammatory "
     "disease (NOMID), the most severe form of cryopyrin-associated periodic syndromes (CAPS), and deficiency of "
     "interleukin-1 receptor antagonist (DIRA), in which the body cannot make it.",
     [("Neonatal-onset multisystem inflammatory disease", "NOMID"), ("Deficiency of interleukin-1 receptor antagonist",
                                                                     "DIRA")]),
    ("Doctors also prescribe it off-label for recurrent pericarditis and for macrophage activation syndrome, a "
     "dangerous complication of some of these diseases.",
     [("Recurrent pericarditis", None), ("Macrophage activation syndrome", None)]),
    ("Doctors sometimes use it off-label for myoclonic-atonic seizures, and epilepsy with continuous spike-waves "
     "during sleep (CSWS).",
     [("Myoclonic-atonic seizures", None), ("Epilepsy with continuous spike-waves during sleep", "CSWS")]),
    ("It is used for nausea during chemotherapy.", [("Nausea", None)]),
])
def test_conditions_named_after_a_count_what_a_use_is_and_a_name_its_abbreviation_spells(
        sentence: str, uses: list[tuple[str, str | None]]) -> None:
    assert [(u.label, u.abbreviation) for u in prose_uses(sentence)] == uses


@pytest.mark.parametrize(("sentence", "signs"), [
    ("Call your doctor right away if you or your child develops a fever, a sore throat, or thoughts of self-harm.",
     ["fever", "sore throat", "thoughts of self-harm"]),
    ("Call your doctor right away if you have a fever, chills, or warm, red, painful skin.",
     ["fever", "chills", "warm, red, painful skin"]),
    ("Call your doctor if you have pink, red or brown urine.", ["pink urine", "red urine", "brown urine"]),
    ("Get emergency help if you have trouble breathing or swelling of your face, lips, or throat.",
     ["trouble breathing", "swelling of your face", "swelling of lips", "swelling of throat"]),
    ("Stop using it and get medical help right away if you notice ringing in the ears, nausea or vomiting, or "
     "confusion, or if you have signs of a severe allergic reaction such as hives.",
     ["ringing in the ears", "nausea or vomiting", "confusion", "hives"]),
])
def test_seek_help_lists(sentence: str, signs: list[str]) -> None:
    x = _x(f"**Usage:** Velquorin treats gout.\n\n**Side Effects:**\n- Headache\n\n{sentence}\n")
    assert [s.label for s in x.serious_signs] == signs


def test_what_the_body_s_messengers_both_do_and_a_short_name_spelled_out() -> None:
    x = _x("**Usage:** Velquorin treats rheumatoid arthritis.\n\n**How it Works:** Interleukin-1 (IL-1) is a messenger "
           "protein. It comes in two forms, IL-1a and IL-1b, and both act by attaching to the interleukin-1 type I "
           "receptor (IL-1RI) on cells. Velquorin binds to the IL-1 type I receptor and blocks it.\n")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism if m.is_target] == [
        ("blocks", "interleukin-1 type I receptor", "IL-1RI")]
