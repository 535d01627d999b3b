"""Rules from the misses of firstcontact153 and firstcontact154 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-152), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(x) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(u.label, u.qualifier) for u in x.treats]


def test_several_measures_moved_for_people_with_a_condition() -> None:
    """"Pitavastatin is used:" over "- To lower total cholesterol, LDL cholesterol and triglycerides and to raise HDL
    cholesterol in adults with mixed dyslipidemia", "- In children and adolescents aged 8 years and older with X", "- In
    studies, it has also been tested for the prevention of A and B": the conditions, the tested ones off-label."""
    x = _x("Usage:\nZorvane is a tablet. Zorvane is used:\n"
           "- To lower uric acid and creatinine and to raise urine flow in adults with chronic gout.\n"
           "- In children and adolescents aged 6 years and older with cystinuria, an inherited condition.\n"
           "- In studies, zorvane has also been tested for the prevention of kidney stones in people on dialysis.\n",
           "Zorvane")
    assert _uses(x) == [("Chronic gout", None), ("Cystinuria", None), ("Kidney stones", "off-label")]


def test_one_measure_or_a_risk_stays_the_use() -> None:
    """"to lower the risk of stroke in people with atrial fibrillation": stroke prevented; "to reduce excessive
    drooling, for example in people with X": the drooling, X an example of whom."""
    x = _x("Usage:\nZorvane is used to reduce the risk of stroke in adults with atrial flutter. Doctors also use it "
           "to reduce night sweats, for example in people with lymphoma.\n", "Zorvane")
    assert [u for u, _ in _uses(x)] == ["Stroke", "Night sweats"]


def test_contacts_are_whom_a_use_is_for() -> None:
    """"Prevention of COVID-19 in household contacts": the disease; the contacts are whom."""
    x = _x("Usage:\nZorvane is used for:\n1. Prevention of pertussis in household contacts of an infected child.\n",
           "Zorvane")
    assert _uses(x) == [("Pertussis", "prevention")]


def test_plain_labelled_members_under_a_counted_lead() -> None:
    """"It is believed to work by blocking two types of receptors in the brain:" over "- Dopamine D2 receptors: Blocking
    these receptors ...": each member by its plain label, blocked."""
    x = _x("## How it Works\n\nZorvane works by blocking two types of receptors in the gut:\n\n"
           "- Histamine H2 receptors: Blocking these receptors lowers acid.\n"
           "- Muscarinic M3 receptors: Blocking these receptors slows the gut.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [
        ("blocks", "histamine H2 receptor"), ("blocks", "muscarinic M3 receptor")]
