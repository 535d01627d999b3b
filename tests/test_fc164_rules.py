"""Rules from the misses of firstcontact164 and firstcontact165 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-163), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_what_the_people_took_before_is_no_condition() -> None:
    """"It can be used in patients who have never taken a JAK inhibitor and in patients previously treated with X":
    who, by what they took, no use."""
    x = _x("Usage:\nZorvane is used for psoriasis. It can be used in people who have never taken a biologic and in "
           "people previously treated with methotrexate.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Psoriasis"]


def test_whom_it_works_less_well_for_is_no_use() -> None:
    """"It is less effective in people with genotype 1a infection who carry ...": who it works less well for."""
    x = _x("Usage:\nZorvane is used for chronic hepatitis B. It is less effective in people with HIV coinfection, so "
           "doctors check for it first.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Chronic hepatitis B"]


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def test_some_of_two_families_sharing_their_head() -> None:
    """"It may also act on some serotonin and adrenergic receptors": both families."""
    x = _x("## How it Works\n\nZorvane blocks NMDA receptors. It may also act on some histamine and muscarinic "
           "receptors, but this is less important.\n", "Zorvane")
    assert [t for _, t in _targets(x)] == ["NMDA receptor", "histamine receptor", "muscarinic receptor"]


def test_especially_before_a_member_is_no_part_of_its_name() -> None:
    """"stimulates dopamine receptors, especially the D2 receptors and the D1 receptors": no "especially the D2"."""
    x = _x("## How it Works\n\nZorvane blocks serotonin receptors, especially the 5-HT3 receptors and the 5-HT4 "
           "receptors.\n", "Zorvane")
    assert not [t for _, t in _targets(x) if t.casefold().startswith(("especially", "the "))]


def test_an_adjective_alone_before_risk_reduction_keeps_the_label() -> None:
    """"* **Cardiovascular risk reduction:** To lower the risk of heart attack ...": the label whole, prevented."""
    x = _x("Usage:\nZorvane is used for:\n\n* **Gout:** alone.\n* **Renal risk reduction:** To lower the risk of "
           "kidney failure in people with diabetes.\n", "Zorvane")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Gout", None), ("Renal risk reduction", "prevention")]


def test_uses_under_study_listed_among_the_uses() -> None:
    """"* **Under study:** Because of ..., X has been studied for **A** and B, but it is not approved for these": each
    an off-label use, no use named "Under study"."""
    x = _x("Usage:\nZorvane is used for:\n\n* **Gout:** alone.\n* **Being studied:** Because it lowers urate, zorvane "
           "has been studied for **kidney stones** and pseudogout, but it is not approved for these.\n", "Zorvane")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Gout", None), ("Kidney stones", "off-label"),
                                                          ("Pseudogout", "off-label")]
