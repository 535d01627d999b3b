"""Rules from the misses of firstcontact308 and firstcontact309 (energy, steel, furniture, fashion, outdoor, footwear
and piano makers' assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc234_rules import _page
from tests.test_link_coverage import exact


def _uses(text: str) -> list[tuple[str, list[str]]]:
    return [(u.label, u.synonyms) for u in _page(usage=text).treats]


def _effects(text: str) -> list[tuple[str, str | None]]:
    return [(e.label, e.category) for e in _page(effects=text).side_effects]


def test_the_main_ones_of_a_class_of_conditions_are_the_uses() -> None:
    assert _uses("Zorvane is a strong steroid cream.\n\nDoctors prescribe it for inflammatory skin conditions that "
                 "have not settled. The main ones are psoriasis on small areas such as the hands, feet and nail "
                 "folds, pompholyx (a blistering rash of the palms, soles and fingers), and lichen simplex.") == [
        ("Psoriasis", []), ("Pompholyx", []), ("Lichen simplex", [])]


def test_the_examples_of_where_a_condition_shows_are_no_uses() -> None:
    assert [u for u, _ in _uses("It is used for vitiligo on limited areas such as the face and neck, and for "
                                "alopecia areata.")] == ["Vitiligo", "Alopecia areata"]


def test_a_plain_group_item_over_items_at_its_own_depth() -> None:
    assert _effects("Most problems come from the drip.\n\n\u25a0 Common\n- Sore arm\n- Thirst\n\n\u25a0 Serious\n"
                    "- Fluid overload") == [("Sore arm", "Common"), ("Thirst", "Common"), ("Fluid overload", "Serious")]


def test_a_body_system_column_groups_its_rows_effects() -> None:
    assert _effects("| Body system | Side effects |\n|---|---|\n| Eyes | Dry eyes, thicker or darker eyelashes |\n"
                    "| Gut | Constipation |") == [
        ("Dry eyes", "Eyes"), ("Thicker or darker eyelashes", "Eyes"), ("Constipation", "Gut")]


def test_where_a_name_is_used_before_its_form() -> None:
    x = _x("# Zorvane\n\n## Generic Name:\nZorvane nitrate (ZN), applied to the skin as a 10% paint\n\n## Usage:\n"
           "It is used for warts.\n\n## Side Effects\n- Stinging\n", "Zorvane")
    assert x.drug.label == "Zorvane nitrate"


def test_a_change_glossed_by_one_kind_of_it_is_no_exact_link(default_linker) -> None:  # type: ignore[no-untyped-def]
    glossed = default_linker.explain("side-effect", "Changes in the heart rhythm", ("QT prolongation",), None)
    assert exact(glossed) == set()
    assert exact(default_linker.explain("side-effect", "Changes in taste", (), None)) != set()
