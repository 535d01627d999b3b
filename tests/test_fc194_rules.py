"""Rules from the misses of firstcontact194 and firstcontact195 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-193), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_both_members_of_a_class_said_with_a_full_stop_then_listed_with_greek_letters() -> None:
    """"Isoproterenol activates both major beta-adrenergic receptors ..." over "- **β1-adrenergic receptors
    (heart)**: ...": each member, the class no target."""
    x = _x("## How it Works\n\nZorvane blocks both major alpha-adrenergic receptors and has little effect on beta "
           "receptors.\n\n- **α1-adrenergic receptors (vessels)**: relaxes the vessel wall.\n- **α2-adrenergic "
           "receptors (nerve endings)**: raises noradrenaline release.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [
        ("blocks", "α1-adrenergic receptor"), ("blocks", "α2-adrenergic receptor")]


def test_used_alongside_a_treatment_in_people_aged_and_older_with_a_condition() -> None:
    x = _x("## Usage\n\nZorvane is used alongside thyroxine (T4) treatment in adults and children aged 6 years and "
           "older with congenital hypothyroidism (CH) caused by thyroid dysgenesis.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Congenital hypothyroidism"]
