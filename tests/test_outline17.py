"""A whole answer as one numbered outline: the identity block's fields as the first bullets of Usage ("Class:",
"Brand and forms:", "How it is taken:"), "Approved for:" over the uses, initials glossed after a comma ("TEN, a
severe skin reaction with ..."), and a seek-help sentence as a bullet under "When to get help:". A small page of
its own with made-up words."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text

_PAGE = """1. **Generic Name**
   - Zoravir

2. **Usage**
   - Class: selective Q7 receptor antagonist (an anti-hiccup medicine)
   - Brand and forms: Hicstop, as chewable tablets and an oral solution
   - How it is taken: by mouth, twice a day
   - Approved for:
     - Chronic hiccups (also called singultus), in adults
     - Post-operative hiccups, as add-on therapy
   - Sometimes used off-label for:
     - Belching disorder

3. **Side Effects**
   - Common:
     - Dry mouth
   - Serious:
     - TEN, a severe skin reaction with blisters, peeling and fever
   - When to get help:
     - Call your doctor at once, or 911 in an emergency, if you or your partner notice new confusion,
       fainting, or a rash with fever

4. **How it Works**
   - Zoravir blocks the Q7 receptor.
"""


def _x():
    return extract(parse_text(f"---\ntitle: Zoravir\n---\n\n# Zoravir\n\n{_PAGE}", "zoravir.md"))


def test_the_fields_atop_usage_are_identity_not_uses() -> None:
    x = _x()
    assert [b.label for b in x.brand_names] == ["Hicstop"]
    assert x.drug_class is not None and x.drug_class.label == "selective Q7 receptor antagonist"
    assert {(t.label, t.qualifier) for t in x.treats} == {("Chronic hiccups", None), ("Post-operative hiccups", None),
                                                          ("Belching disorder", "off-label")}


def test_initials_glossed_after_a_comma_are_one_effect() -> None:
    assert [(e.label, e.serious) for e in _x().side_effects] == [("Dry mouth", False), ("TEN", True)]


def test_a_seek_help_bullet_gives_its_sentences_signs() -> None:
    assert [s.label for s in _x().serious_signs] == ["new confusion", "fainting", "rash with fever"]
