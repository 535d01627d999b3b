"""Rules from what the notation readers left of firstcontact139 (six new notations), pinned by invented pages of other
drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_complaint_felt_across_two_places_is_one_use() -> None:
    """"- **Jaw and neck tension**" one use; "- **Hip and knee osteoarthritis**" the disease of each joint."""
    x = _x("## Usage\n\nIt is used for:\n\n- **Jaw and neck tension**: from clenching\n- **Hip and knee "
           "osteoarthritis**\n", "Calvirex")
    assert [u.label for u in x.treats] == ["Jaw and neck tension", "Hip osteoarthritis", "Knee osteoarthritis"]


def test_a_stereo_descriptor_in_brackets_is_part_of_another_name() -> None:
    """"**Also known as:** L-calvirex, (S)-calvirex": both names, the bracketed descriptor kept."""
    x = _x("## Generic Name\n\n- **Generic name:** Calvirex\n- **Also known as:** L-calvirex, (S)-calvirex\n\n"
           "## Usage\n\nIt treats pain.\n", "Calvirex")
    assert [s.label for s in x.drug.synonyms] == ["L-calvirex", "(S)-calvirex"]


def test_a_population_by_what_it_cannot_take_is_no_part_of_a_bold_use() -> None:
    """"- **Migraine in people who cannot take triptans**: ...": the condition; "in children" may still tell a use
    apart and is not this."""
    x = _x("## Usage\n\nIt is used for:\n\n- **Migraine in people who cannot take triptans**: tested alone\n"
           "- **Cluster headache**\n", "Calvirex")
    assert [u.label for u in x.treats] == ["Migraine", "Cluster headache"]
