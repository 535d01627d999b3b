"""A page written as "chip" lines (firstcontact18's layout, written here for a made-up drug): a bold key, then its
items each after a middle dot, no blank lines between keys; the identity fields as keys inside Usage; seek-help keys
that end in "if"; FAQ questions as keys. Also the Usage wordings met there: "moderate-to-severe X not controlled well
enough by creams" (the grade and the failed treatments are no part of the name, nor are the creams its forms)."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text

_PAGE = """## Generic Name
Zoravir · zoravir-xqzt on the US label

## Usage
**Class** · hiccup-receptor inhibitor · fully human monoclonal antibody
**Brands** · Hicstop (US) · Hiccan (EU)
**Forms** · 100 mg/mL prefilled syringe · 200 mg autoinjector pen
**Approved for** · moderate-to-severe chronic hiccups not controlled well enough by creams and ointments, in adults
**Off-label** · belching disorder (case reports only)
**Not for** · asthma · mild hiccups

## Side Effects
**Very common (more than 1 in 10)** · sore throat (mostly mild)
**Common (up to 1 in 10)** · headache · injection-site reactions (redness or pain)
**Same-day clinic visit if** · ear pain · ringing that stays after an hour
**Emergency help if** · swollen face · struggling to breathe

## How it Works
**Action** · binds hiccupin tightly and neutralises it

## FAQs
**Can I drive?** · Yes, unless it makes you dizzy.
**Can I drink alcohol?** · In moderation.
**Is it safe in pregnancy?** · Ask your doctor.
"""


def _x():
    return extract(parse_text(f"---\ntitle: Zoravir\n---\n\n# Zoravir\n\n{_PAGE}", "zoravir.md"))


def test_the_identity_keys_of_a_chip_usage() -> None:
    x = _x()
    assert x.drug.label == "Zoravir" and [s.label for s in x.drug.synonyms] == ["zoravir-xqzt"]
    assert [b.label for b in x.brand_names] == ["Hicstop", "Hiccan"]
    assert x.drug_class is not None and x.drug_class.label.startswith("hiccup-receptor inhibitor")
    assert {f.label for f in x.formulations} == {"prefilled syringe", "autoinjector pen"}


def test_the_uses_of_a_chip_usage() -> None:
    assert {(t.label, t.qualifier) for t in _x().treats} == {("Chronic hiccups", None),
                                                             ("Belching disorder", "off-label")}


def test_chip_side_effects_signs_and_faqs() -> None:
    x = _x()
    assert {e.label for e in x.side_effects} == {"Sore throat", "Headache", "Injection-site reactions"}
    assert {s.label for s in x.serious_signs} >= {"ear pain", "swollen face", "struggling to breathe"}
    assert len(x.faqs) == 3


def test_a_legends_mark_makes_an_effect_serious_and_more_seek_help_sentences() -> None:
    from tests.test_extract_layouts5 import _x
    x = _x("## Side Effects\n\nItems marked \u2020 are serious.\n\n- Headache\n"
           "- Hepatitis (liver inflammation)\u2020\n\n"
           "Treat these as reasons to ring your clinic that same day: dark urine, pale stools or itching all over. "
           "Chest pain, sudden breathlessness or a seizure warrant an emergency call. Let your team know at once if "
           "you have black stools. If you carry an inhaler, tell your doctor: it may work less well.\n")
    assert [(e.label, e.serious) for e in x.side_effects] == [("Headache", False), ("Hepatitis", True)]
    assert {s.label for s in x.serious_signs} == {"dark urine", "pale stools", "itching all over", "Chest pain",
                                                 "sudden breathlessness", "seizure", "black stools"}
