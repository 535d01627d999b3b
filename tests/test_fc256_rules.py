"""Rules from the misses of firstcontact256 and firstcontact257 (form-builder, legal-research, survey, scheduling,
search-marketing and writing assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _mech, _page


def test_a_step_opened_by_next_is_the_drugs() -> None:
    assert _mech("Zorvane works inside cells. First, it passes through the cell membrane. Next, it binds to the "
                 "**mineralocorticoid receptor**.") == [("binds", "mineralocorticoid receptor")]


def test_transcription_factors_named_and_a_factors_activation_prolonged() -> None:
    assert _mech("Zorvane:\n\n- Activates the transcription factors NRF2 and ATF4 in stressed cells.\n"
                 "- Prolongs the activation of **hypoxia-inducible factor 1 (HIF1)**, the master switch.") == [
        ("activates", "NRF2"), ("activates", "ATF4"), ("activates", "hypoxia-inducible factor 1")]


def test_the_plant_a_class_comes_from_is_no_part_of_it() -> None:
    x = _page(usage="Zorvane is a plant alkaloid from Ephedra sinica. It treats nasal congestion.")
    assert x.drug_class is not None and x.drug_class.label == "plant alkaloid"


def test_doctors_aim_over_the_list_after_a_question_heading() -> None:
    x = _page(usage="What Is Zorvane Used For?\n\nDoctors prescribe zorvane to lower blood fats when diet has not been "
                    "enough. Its main uses are:\n\n- **Hypercholesterolemia**\n- **Mixed dyslipidemia**")
    assert [u.label for u in x.treats] == ["Hypercholesterolemia", "Mixed dyslipidemia"]
