"""Wordings firstcontact41's misses showed (six blind pages in the most ordinary layouts), pinned on invented pages:
bold use labels that say when it is used or for whom ("After Eye Surgery", "Switching from X", "Eye surgery",
"Women who prefer to avoid hormones"); "Hip and shoulder X" as two uses (a category's places stay one); "and in
hospitals for X"; "used in saliva substitutes for X"; a serious group led in by a sentence ("Serious side effects that
need medical attention:"); "binds to the X protein and holds the channel open"; "consult a doctor if ..."; "or if
your X worsens"; local signs before the place they share; a class "called" in the plural or after "a ... medication
called a"."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Quelvimod"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "quelvimod.md"))


def test_labels_that_say_when_or_for_whom_are_no_uses() -> None:
    x = _x("## Usage\n\nQuelvimod is used for:\n\n"
           "1. **Chronic Dry Mouth**: To relieve dryness.\n"
           "2. **After Dental Surgery**: To keep the mouth moist while it heals.\n"
           "3. **Switching from Pilocarpine**: Patients moving from pilocarpine may use it.\n"
           "4. **Mouth surgery:** Used as a rinse during oral operations.\n\n"
           "It may be a good option for:\n\n"
           "* **Women who cannot take hormone therapy:** For example, those with breast cancer.\n"
           "* **Hand and wrist osteoarthritis (off-label):** Sometimes injected into these joints.\n"
           "* **Throat and ear infections:** Short courses.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Chronic Dry Mouth", None), ("Hand osteoarthritis", "off-label"), ("Wrist osteoarthritis", "off-label"),
        ("Throat and ear infections", None)]


@pytest.mark.parametrize(("sentence", "labels"), [
    ("Doctors may also use it off-label for chronic migraine that does not respond to other drugs, and in hospitals "
     "for status migrainosus (SM).", ["Chronic migraine", "Status migrainosus"]),
    ("Quelvimod is also used in eye drop products for dry eye (keratitis sicca) and as a thickener in foods.",
     ["Dry eye"]),
])
def test_prose_uses(sentence: str, labels: list[str]) -> None:
    assert [u.label for u in _x(f"## Usage\n\n{sentence}\n").treats] == labels


def test_a_serious_group_led_in_by_a_sentence() -> None:
    x = _x("## Usage\n\nQuelvimod treats gout.\n\n## Side Effects\n\nCommon side effects include:\n- Headache\n\n"
           "Serious side effects that need medical attention:\n- Cataracts\n- Serious allergic reactions\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Cataracts", "Serious", True), ("Serious allergic reactions", "Serious", True)]


def test_holding_the_channel_open_after_its_symbol() -> None:
    x = _x("## Usage\n\nQuelvimod treats gout.\n\n## How it Works\n\nThe disease comes from a faulty protein called "
           "the calcium-activated chloride channel (CaCC). Quelvimod binds to the CaCC protein and holds the channel "
           "open for longer.\n")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism] == [
        ("opens", "calcium-activated chloride channel", "CaCC")]


@pytest.mark.parametrize(("sentence", "signs"), [
    ("Stop using it and consult a doctor if you experience ear pain, or continued ringing in the ear, or if your "
     "condition worsens or lasts more than 5 days.",
     ["ear pain", "continued ringing in the ear", "condition that worsens or lasts more than 5 days"]),
    ("Call your doctor if you have black stools or if your heartburn lasts more than 14 days.",
     ["black stools", "heartburn that lasts more than 14 days"]),
    ("Contact your doctor right away if you have severe pain, redness, or swelling at the injection site, or fever "
     "after the injection.", ["severe pain at the injection site", "redness at the injection site",
                              "swelling at the injection site", "fever"]),
])
def test_sign_wordings(sentence: str, signs: list[str]) -> None:
    x = _x(f"**Usage:** Quelvimod treats gout.\n\n**Side Effects:** Common side effects include nausea. {sentence}\n")
    assert x.serious_signs and [s.label for s in x.serious_signs] == signs


@pytest.mark.parametrize(("sentence", "cls"), [
    ("Quelvimod is a nonhormonal medication called a neurokinin 1 (NK1) receptor antagonist.",
     "neurokinin 1 receptor antagonist"),
    ("Quelvimod belongs to a class of drugs called **endothelin receptor antagonists**.",
     "endothelin receptor antagonist"),
])
def test_a_class_called_by_its_name(sentence: str, cls: str) -> None:
    x = _x(f"## Usage\n\n{sentence} It is used for gout.\n")
    assert x.drug_class is not None and x.drug_class.label == cls
