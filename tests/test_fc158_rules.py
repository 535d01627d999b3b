"""Rules from the misses of firstcontact158 and firstcontact159 (ordinary answers of twelve models not imitated before,
six of them medical fine-tunes, measured after the rules from sets 140-154), pinned by invented pages of other drugs
and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def test_a_withdrawn_drugs_lead_in_in_the_past() -> None:
    """"Common side effects of X included:" over a list: the common group, said in the past."""
    x = _x("Side Effects:\n\nCommon side effects of zorvane included:\n\n* Back pain\n* Hiccups\n", "Zorvane")
    assert [(e.label, e.category) for e in x.side_effects] == [("Back pain", "Common"), ("Hiccups", "Common")]


def test_blocking_the_attachment_told_before() -> None:
    """"X binds to CD2 ... Normally, CD2 attaches to LFA-3 ... By blocking this attachment, X:": CD2 blocked."""
    x = _x("## How it Works\n\nZorvane binds to CD2 on the surface of T cells. Normally, CD2 attaches to another "
           "protein, LFA-3, on other cells. By blocking this attachment, zorvane:\n\n"
           "* reduces the activation of T cells\n", "Zorvane")
    assert _targets(x) == [("blocks", "CD2")]


def test_signs_told_in_the_past() -> None:
    """"Patients were told to call their doctor if they had A, B or C": the signs, without the verb."""
    x = _x("Side Effects:\n\n- Nausea\n\nPatients were told to call their doctor at once if they had dark urine, "
           "yellow eyes, or a high fever.\n", "Zorvane")
    assert x.serious_signs and [s.label for s in x.serious_signs][:2] == ["dark urine", "yellow eyes"]


def test_the_rna_of_a_ribosomal_subunit() -> None:
    """"binds to the 23S ribosomal RNA of the bacterial 50S ribosomal subunit": the RNA, where it sits no part."""
    x = _x("## How it Works\n\n1. Zorvane **binds to the 16S ribosomal RNA** of the bacterial "
           "**30S ribosomal subunit**.\n2. Proteins are misread.\n", "Zorvane")
    assert _targets(x) == [("binds", "16S ribosomal RNA")]


def _effects(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(e.label, e.category) for e in x.side_effects]


def test_sentences_as_items_with_a_short_lead_in() -> None:
    """"- Common side effects include A, B and C." and "- Serious side effects may include:" over its own sub-list:
    the sentence read as prose, the short lead-in its group."""
    x = _x("Side Effects:\n\n- Common side effects include hiccups, thirst and rash.\n"
           "- Serious side effects may include:\n  - Pancreatitis\n  - Kidney stones\n", "Zorvane")
    assert _effects(x) == [("Hiccups", "Common"), ("Thirst", "Common"), ("Rash", "Common"),
                           ("Pancreatitis", "Serious"), ("Kidney stones", "Serious")]


def test_how_often_the_drug_raises_a_level() -> None:
    """"- Zorvane often raises the level of lipase (LPS), a gut enzyme, in blood tests.": the raised level, no
    effect named "Zorvane often raises ..." nor "Gut enzyme"."""
    x = _x("Side Effects:\n\n- Hiccups\n"
           "- Zorvane often raises the level of lipase (LPS), a gut enzyme, in blood tests.\n", "Zorvane")
    assert [e.label for e in x.side_effects] == ["Hiccups", "Increased level of lipase"]


def test_numbered_group_labels_over_plain_lists() -> None:
    """"1) Local reactions at the application site:" over "- a", "2) With long-term use:" over "- b", "(3) Nicotinic
    effects:" after a list: each label the group of the list under it."""
    x = _x("Side Effects:\n\nPossible side effects include:\n\n1) Reactions where the gel is applied:\n- Burning\n"
           "- Itching\n\n2) With long-term use:\n- Thinning of the skin\n\n(3) Nicotinic effects:\n- Muscle cramps\n",
           "Zorvane")
    where = "Reactions where the gel is applied"
    assert _effects(x) == [("Burning", where), ("Itching", where), ("Thinning of the skin", "With long-term use"),
                           ("Muscle cramps", "Nicotinic effects")]


def test_signs_for_which_treatment_is_needed() -> None:
    """"If the patient has A, B, or C, emergency medical treatment is needed immediately.": the signs."""
    x = _x("Side Effects:\n\n- Nausea\n\nIf the patient has chest pain, a very fast pulse, or seizures, emergency "
           "medical treatment is needed immediately.\n", "Zorvane")
    assert [s.label for s in x.serious_signs] == ["chest pain", "very fast pulse", "seizures"]
