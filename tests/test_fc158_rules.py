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
