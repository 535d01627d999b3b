"""An organ or region of the body named alone is no use ("approved for the heart", "the hands, feet and limbs"); pinned
by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_an_organ_alone_is_no_use() -> None:
    x = _x("Usage:\nZorvane is used to treat chronic gout. In some countries it is also approved for the kidneys.\n",
           "Zorvane")
    assert [u.label for u in x.treats] == ["Chronic gout"]


def test_a_region_after_a_list_of_places_is_no_use() -> None:
    x = _x("Usage:\nZorvane treats psoriasis. The cream is also used for cold sores on the lips, face and limbs.\n",
           "Zorvane")
    assert "Limbs" not in [u.label for u in x.treats]
    assert "Psoriasis" in [u.label for u in x.treats]
