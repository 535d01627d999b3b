"""Rules from the misses of firstcontact338 to firstcontact341 (department stores', online retailers', electronics
retailers' and art-supply makers' assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc234_rules import _page


def _signs(effects: str) -> list[str]:
    return [s.label for s in _page(effects=f"Common: headache\n\n{effects}").serious_signs]


def test_the_use_its_label_gives_it() -> None:
    assert [u.label for u in _page(usage="Its approved use is for hidradenitis suppurativa (painful boils in the "
                                         "armpits) in adults whose disease is moderate.").treats] == [
        "Hidradenitis suppurativa"]
    assert [u.label for u in _page(usage="Its only use is for lead poisoning.").treats] == ["Lead poisoning"]


def test_the_bound_enzymes_said_blocked_after_it() -> None:
    x = _page(how="Zorvane kills fungi by attaching to glucan synthases, the enzymes that build the fungal wall. With "
                  "these enzymes inhibited, the wall leaks and the cell dies.")
    assert [m.relation for m in x.mechanism] == ["blocks"]  # (bound, then blocked: no "binds" left)


def test_signs_after_there_is_and_a_part_said_doing_something() -> None:
    assert _signs("Call a doctor straight away if there's blood in the urine, a stiff neck, or a very high "
                  "temperature.") == ["blood in the urine", "stiff neck", "very high temperature"]
    assert _signs("Get urgent medical help if your heart is pounding or skipping beats, you faint, or you notice "
                  "swelling of the eyes, lips or tongue.") == [
        "heart pounding or skipping beats", "fainting", "swelling of the eyes", "swelling of the lips",
        "swelling of the tongue"]


def test_an_answer_that_opens_on_the_form_and_route() -> None:
    x = _x("## Usage\n\nZorvane is an investigational PDE10A inhibitor for stuttering.\n\n## FAQs\n\n"
           "- **Q:** How is it given in the studies?\n  **A:** As a tablet by mouth twice a day.\n", "Zorvane")
    assert [r.label for r in x.routes] == ["oral"] and [f.label for f in x.formulations] == ["tablet"]


def test_a_maker_that_withdrew_it_from_the_market() -> None:
    x = _page(usage="Zorvane is used for Huntington's disease. In 2023, after a second trial failed, the maker, "
                    "Neurogen, withdrew it from the market in Europe.")
    assert x.status is not None and x.status.label == "withdrawn"
