"""Rules from the misses of firstcontact186 and firstcontact187 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-185), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_animals_a_drug_is_given_to_are_no_uses() -> None:
    x = _x("## Usage\n\nZorvane is an old anthelmintic, still used in veterinary medicine for horses and sheep. It is "
           "used for roundworm.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Roundworm"]


def test_signs_of_whoever_needed_emergency_care() -> None:
    """"Anyone who took terodiline and experienced fainting, ... or seizures needed emergency medical care"."""
    x = _x("## Side Effects\n\nSerious side effects:\n- Heart block\n\nAnyone who took zorvane and developed chest "
           "pain, a slow pulse, or confusion needed urgent medical attention.\n", "Zorvane")
    assert [e.label for e in x.side_effects] == ["Heart block"]
    assert [s.label for s in x.serious_signs] == ["chest pain", "slow pulse", "confusion"]


def test_a_boxed_warning_said_as_a_label_groups_serious_effects() -> None:
    x = _x("## Side Effects\n\nCommon side effects are headache.\n\nZorvane carries a **boxed warning**: it raises "
           "the risk of heart attack, stroke and liver failure.\n", "Zorvane")
    assert {e.label: e.category for e in x.side_effects} == {"Headache": "Common", "Heart attack": "Serious",
                                                             "Stroke": "Serious", "Liver failure": "Serious"}


def test_a_use_said_off_label_though_not_approved() -> None:
    x = _x("## Usage\n\nIt is used for:\n\n* **Scabies:** the main use.\n* **Head lice:** Sometimes used off-label, "
           "though it is not approved for lice.\n", "Zorvane")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Scabies", None), ("Head lice", "off-label")]


def test_channels_kept_open() -> None:
    x = _x("## How it Works\n\n* **Zorvane:** Acts on the **voltage-gated sodium channels** of insect nerves. It "
           "keeps these channels open for too long, so the nerves fire again and again.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("opens", "voltage-gated sodium channel")]
