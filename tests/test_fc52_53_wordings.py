"""Wordings firstcontact52 and 53's misses showed, pinned on invented pages: "the prevention and treatment of X";
"prevent and control X"; an appositive "the A, B and C that ... cause" after a use; "..., and an extended-release tablet
is also available" (a clause, no use); "**Preparation for X surgery**" (no use); "Against X, it blocks the Y protein, an
ion channel ..."; "two melatonin receptors in the brain, called MT1 and MT2"; "acts on more receptors" (no target);
"..., but the common ones are A; less common are B; and rare but serious side effects include C"; "Most people notice
X"; "Products that contain sorbitol can also cause X"; "If the powder gets into the eyes, it can cause X"."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Nortavane"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "nortavane.md"))


def _uses(text: str) -> list[tuple[str, str | None]]:
    return [(u.label, u.qualifier) for u in _x(f"**Usage:** {text}\n\n**Side Effects:** Headache.\n").treats]


@pytest.mark.parametrize(("text", "found"), [
    ("It is still approved for the prevention and treatment of influenza A, although it is rarely used for the flu "
     "today. It is now used mostly for Parkinson's disease and for drug-induced extrapyramidal symptoms, the "
     "stiffness, tremor and restlessness that some antipsychotic medications cause.",
     [("Influenza A", None), ("Parkinson's disease", None), ("Drug-induced extrapyramidal symptoms", None)]),
    ("An extended-release capsule is approved for dyskinesia in people with Parkinson's disease who take levodopa, and "
     "an extended-release tablet (Nortex ER) is also available.", [("Dyskinesia", None)]),
    ("Nortavane is an antiarrhythmic medication used to prevent and control abnormal heart rhythms.",
     [("Abnormal heart rhythms", None)]),
    ("\n- **Thyroid storm** – a rare flare.\n- **Preparation for thyroid surgery or radioactive iodine** – to bring "
     "hormone levels back to normal.", [("Thyroid storm", None)]),
])
def test_use_wordings(text: str, found: list[tuple[str, str | None]]) -> None:
    assert _uses(text) == found


def _mechanism(text: str) -> list[tuple[str, str]]:
    x = _x(f"**Usage:** It treats flu.\n\n**Side Effects:** Headache.\n\n**How it Works:** {text}\n")
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


@pytest.mark.parametrize(("text", "found"), [
    ("Nortavane works in two ways. Against influenza A, it blocks the M2 protein, an ion channel in the outer coat of "
     "the virus.", [("blocks", "M2 protein")]),
    ("Nortavane works by activating two melatonin receptors in the brain, called MT1 and MT2.",
     [("activates", "MT1"), ("activates", "MT2")]),
    ("It works in a similar way to triptans such as sumatriptan, but it acts on more receptors and lasts longer.", []),
])
def test_mechanism_wordings(text: str, found: list[tuple[str, str]]) -> None:
    assert _mechanism(text) == found


def _effects(text: str) -> list[tuple[str, str]]:
    x = _x(f"**Usage:** Nortavane treats gas.\n\n**Side Effects:** {text}\n")
    return [(e.label, e.category) for e in x.side_effects]


@pytest.mark.parametrize(("text", "found"), [
    ("Nortavane is generally very safe and most people dont notice any side effects, but the common ones are gas and "
     "bloating (usually because the dose was too small); less common are headache and hives; and rare but serious side "
     "effects include a severe allergic reaction (anaphylaxis).",
     [("Gas", "Common"), ("Bloating", "Common"), ("Headache", "Less common"), ("Hives", "Less common"),
      ("Severe allergic reaction", "Serious")]),
    ("Most people notice black stools and a black tongue. Products that contain sorbitol can also cause diarrhea. If "
     "the powder gets into the eyes, it can cause corneal abrasions (scratches on the surface of the eye).",
     [("Black stools", "Common"), ("Black tongue", "Common"), ("Diarrhea", "Common"), ("Corneal abrasions", "Common")]),
])
def test_effect_wordings(text: str, found: list[tuple[str, str]]) -> None:
    assert _effects(text) == found


def test_the_prevention_and_long_term_treatment_of() -> None:
    assert _uses("It is used for the prevention and long-term treatment of asthma in adults.") == [("Asthma", None)]


def test_a_dash_labelled_lead_in_over_its_list_of_signs() -> None:
    x = _x("**Usage:** It treats asthma.\n\n### Side Effects:\nLiver injury is the main risk.\n\nWarning signs – stop "
           "taking nortavane and call your doctor right away if you have:\n"
           "- Pain in the upper right part of your belly\n- Dark urine\n")
    found = [s.label.casefold() for s in x.serious_signs]
    assert found == ["pain in the upper right part of your belly", "dark urine"]
