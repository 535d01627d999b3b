"""Rules from the misses of firstcontact250 and firstcontact251 (legal, translation-management, telecom, site-builder
and email-marketing assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _mech, _page


def test_enzymes_a_counted_lead_targets_are_inhibited() -> None:
    assert _mech("Zorvane targets two fungal enzymes that the fungus needs to build its wall:\n\n- **Glucan "
                 "synthase** – makes the wall's main sugar.\n- **Chitin synthase** – makes its second sugar.") == [
        ("inhibits", "glucan synthase"), ("inhibits", "chitin synthase")]


def test_patches_of_skin_and_patches_and_plaques_are_no_form() -> None:
    x = _page(usage="It is used for:\n\n- **Tinea versicolor** – patches of lighter or darker skin caused by yeast\n"
                    "- **Psoriasis** – starts as patches and plaques on the skin")
    assert [f.label for f in x.formulations] == []
    x = _page(gen="**Zorvane** comes as a skin patch worn for 24 hours.")
    assert [f.label for f in x.formulations] == ["patch"]


def test_a_run_in_of_prose_reads_each_sentence_as_prose() -> None:
    x = _page(usage="It treats community-acquired pneumonia.\n\n**Off-label uses:** Zorvane is used together with "
                    "rifampicin in **leprosy**, a slow skin and nerve infection. Current guidance lists dapsone plus "
                    "rifampicin as the first choice and rifampicin plus zorvane as an alternative.")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Community-acquired pneumonia", None),
                                                          ("Leprosy", "off-label")]


def test_how_likely_a_use_is_to_come_back_is_no_part_of_it() -> None:
    x = _page(usage="Uses:\n\n・Wilson disease: to lower copper.\n・Colon cancer with a high risk of coming back: "
                    "studied after surgery, to lower copper.")
    assert [u.label for u in x.treats] == ["Wilson disease", "Colon cancer"]
