"""Rules from the misses of firstcontact145 (ordinary answers of six models not imitated before, measured after the
rules from sets 140-143), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def test_what_kind_the_bound_receptor_is_and_blocking_this_receptor() -> None:
    """"The active metabolite binds to the P2Y1 receptor, a type of purine receptor on platelets. Blocking this
    receptor prevents ...": one target, blocked; the appositive's kind no other."""
    x = _x("## How it Works\n\nZorvane is a prodrug. The active metabolite binds to the P2Y1 receptor, a type of "
           "purine receptor on the platelet surface. Blocking this receptor prevents platelet shape change.\n",
           "Zorvane")
    assert _targets(x) == [("blocks", "P2Y1 receptor")]


def test_scientists_know_that_it_binds_and_a_gerund_phrase_is_no_mention() -> None:
    """"Scientists know that zorvane binds to a protein called DCAF15. DCAF15 is part of the cell's system for
    breaking down proteins, and when zorvane binds to it, ...": one target."""
    x = _x("## How it Works\n\nScientists know that zorvane binds to a protein called DCAF15. DCAF15 is part of the "
           "cell's system for breaking down proteins, and when zorvane binds to it, some proteins are broken down.\n",
           "Zorvane")
    assert _targets(x) == [("binds", "DCAF15")]


def test_uses_said_by_what_it_induces_for_whom_and_where() -> None:
    """"used to induce and maintain deep sedation ...", "and for ICU sedation of patients who are ventilated",
    "low doses have been used for X and Y and for Z in the emergency department": each use, without its people or
    its place."""
    x = _x("Usage:\nZorvane is mainly used to induce and maintain deep sedation during procedures in adults. It is "
           "also used for dental anxiety, for example before extractions, and for ICU sedation of patients who are "
           "ventilated. Off-label, low doses have been used for alcohol withdrawal and for cluster headache in the "
           "emergency department.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Deep sedation", "Dental anxiety", "ICU sedation", "Alcohol withdrawal",
                                           "Cluster headache"]
