"""Rules from the misses of firstcontact156 (ordinary answers of six models not imitated before, measured after the
rules from sets 140-154), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_what_the_drug_keeps_a_target_in() -> None:
    """"It is believed to work on voltage-gated sodium channels ... Rufinamide keeps these sodium channels in their
    inactive state": blocked."""
    x = _x("## How it Works\n\nIt is thought to act on calcium channels in nerve cells. Zorvane holds these calcium "
           "channels in their closed state for longer.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("blocks", "calcium channel")]


def test_other_side_effects_in_prose_are_their_own_group() -> None:
    """"Other side effects can include A, B and C." after the common ones: the Other group."""
    x = _x("Side Effects:\nThe most common side effects are hiccups and thirst. Other side effects can include rash "
           "and tremor.\n", "Zorvane")
    assert [(e.label, e.category) for e in x.side_effects] == [("Hiccups", "Common"), ("Thirst", "Common"),
                                                                ("Rash", "Other"), ("Tremor", "Other")]


def test_keeping_a_disease_in_remission_is_the_disease() -> None:
    """"1. **Maintenance of remission in ulcerative colitis (UC)**: ...": the disease."""
    x = _x("Usage:\nZorvane is mainly used for:\n\n1. **Maintenance of remission in Crohn's disease**: the main use.\n"
           "2. **Psoriasis**: in some countries.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Crohn's disease", "Psoriasis"]


def test_a_studied_use_not_yet_approved_stands() -> None:
    """"- X: it has also been studied in small trials in women with this cancer, but it is not approved for this use":
    a studied use, its status no denial."""
    x = _x("Usage:\nZorvane is used to treat:\n- Gout: the main use.\n- Pseudogout: it has also been studied in small "
           "trials in people with this condition, but it is not approved for this use.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Gout", "Pseudogout"]


def test_a_use_tagged_studied_not_yet_approved_stands() -> None:
    """"- **X** (studied): it improved urine output in trials but is not approved for this.": the tag says studied."""
    x = _x("Usage:\nZorvane is used to treat:\n- **Gout**: the main use.\n- **Pseudogout** (studied): it eased pain "
           "but is not approved for this.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Gout", "Pseudogout"]


def test_trials_alone_do_not_make_a_denial_a_status() -> None:
    """"- Pseudogout: trials showed no benefit, and it is not approved for this.": no use."""
    x = _x("Usage:\nZorvane is used to treat:\n- Gout: the main use.\n- Pseudogout: trials showed no benefit, and it "
           "is not approved for this.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Gout"]


def test_what_the_drug_keeps_every_bound_target_in() -> None:
    """Two bound targets of the kept class: both blocked (the reader once failed on the second, reading a match it had
    already spent)."""
    x = _x("## How it Works\n\nZorvane binds to sodium channels and calcium channels. Zorvane keeps these channels in "
           "their inactive state.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("blocks", "sodium channel"),
                                                                            ("blocks", "calcium channel")]
    assert not [w for w in x.coverage.warnings if "failed" in w.message]
