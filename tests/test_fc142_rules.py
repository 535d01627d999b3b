"""Rules from what set 142's readers left (whole answers in six new notations; the notations now read, their words
read as Markdown prose is), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _mech(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism]


def test_several_kinases_then_its_main_targets_named() -> None:
    """"Zorvane blocks several kinases, enzymes that pass growth signals. Its main targets are ALK, including its
    fusion forms, and ROS1, including the G2032R mutant." : each inhibited; "triggers their death (apoptosis)" the
    process by its name."""
    x = _x("## How it Works\n\nZorvane blocks several kinases, enzymes that pass growth signals inside cells. Its main "
           "targets are ALK, including the EML4-ALK fusion forms that drive tumour growth, and ROS1, including the "
           "G2032R mutant. Shutting down these signals triggers their death (apoptosis).\n", "Zorvane")
    assert [m for m in _mech(x) if m[0] in ("inhibits", "blocks")] == [("inhibits", "ALK"), ("inhibits", "ROS1")]
    assert ("triggers", "apoptosis") in _mech(x)


def test_the_end_of_the_cell_walls_building_blocks_bound() -> None:
    """"Zorvane binds to the D-alanyl-D-alanine end of the building blocks ...": a glycopeptide's target."""
    x = _x("## How it Works\n\nZorvane binds to the D-alanyl-D-alanine end of the building blocks that bacteria use to "
           "make their cell wall.\n", "Zorvane")
    assert ("binds", "D-alanyl-D-alanine end") in _mech(x)
