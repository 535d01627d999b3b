"""Rules from the misses of firstcontact326 to firstcontact329 (British retailers', supermarket chains', Japanese
retailers' and publishers' assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _page


def test_italic_group_labels_closed_by_a_period() -> None:
    x = _page(effects="Most effects are mild.\n\n*Common effects.* These include hoarseness and a dry throat.\n\n"
                      "*Rare effects.* These include thrush of the mouth.")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Hoarseness", "Common effects"), ("Dry throat", "Common effects"), ("Thrush of the mouth", "Rare effects")]


def test_group_labels_in_lower_case() -> None:
    x = _page(effects="Most people have no problems.\n\ncommon: heartburn, bloating\nless common: hiccups\n"
                      "serious (rare): black stools")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Heartburn", "common"), ("Bloating", "common"), ("Hiccups", "less common"), ("Black stools", "serious")]


def test_typical_indications_and_no_field_of_medicine() -> None:
    x = _page(usage="Its principal use is in dermatology, where it is painted on the skin. Typical indications are "
                    "lichen planus (\"oral lichen\"), discoid lupus and alopecia areata.")
    assert [(u.label, u.synonyms) for u in x.treats] == [
        ("Lichen planus", ["oral lichen"]), ("Discoid lupus", []), ("Alopecia areata", [])]


def test_kinds_counted_then_told_first_and_second() -> None:
    x = _page(usage="Doctors use zorvane to treat two kinds of fungal skin infections in adults. The first is tinea "
                    "versicolor (TV), meaning patches of paler skin; the usual course is 2 weeks. The second is "
                    "seborrhoeic dermatitis (SD), when yeast on the skin causes flaky, itchy patches.")
    assert [u.label for u in x.treats] == ["Tinea versicolor", "Seborrhoeic dermatitis"]
