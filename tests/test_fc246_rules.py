"""Rules from the misses of firstcontact246 to firstcontact249 (legal, agent-builder, automation, site-builder,
marketing and social-media assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _mech, _page


def _class(**parts: str) -> str | None:
    x = _page(**parts)
    return x.drug_class.label if x.drug_class is not None else None


def test_who_prescribes_it_or_how_fast_it_acts_is_no_class() -> None:
    assert _class(usage="Zorvane is a specialist medicine used mainly by rheumatologists. It treats lupus.") is None
    assert _class(usage="Zorvane is a fast-acting inhaled medicine. It treats asthma attacks.") is None


def test_a_setting_class_narrowed_by_the_class_field() -> None:
    assert _class(gen="| Field | Details |\n|---|---|\n| Generic name | Zorvane |\n| Drug class | Glycylcycline "
                      "tetracycline antibiotic |",
                  usage="Zorvane is a hospital antibiotic reserved for infections that resist other drugs.") == \
        "Glycylcycline tetracycline antibiotic"


def test_families_named_by_their_first_symbol_under_a_counted_lead() -> None:
    assert _mech("Zorvane blocks several of the receptor tyrosine kinases involved:\n\n- **FGFR-1, -2 and -3** "
                 "(fibroblast growth factor receptors) — drive cell growth.\n- **RET** — a receptor found on some "
                 "tumours.") == [("blocks", "FGFR-1"), ("blocks", "RET")]


def test_what_it_will_not_treat_is_no_use() -> None:
    x = _page(usage="What it's used for:\n\n- Athlete's foot.\n- Ringworm of the body.\n\nA few things it doesn't "
                    "do:\n\n- It won't treat nail fungus, scalp ringworm or bacterial skin infections.")
    assert [u.label for u in x.treats] == ["Athlete's foot", "Ringworm of the body"]


def test_the_aims_of_a_sentence_over_the_list_of_uses_are_a_summary() -> None:
    x = _page(usage="Zorvane is an antiemetic used to control nausea and vomiting caused by cancer treatment. Uses "
                    "include:\n\n- **Chemotherapy-induced nausea and vomiting**\n- **Radiation-induced nausea and "
                    "vomiting**")
    assert [u.label for u in x.treats] == ["Chemotherapy-induced nausea and vomiting",
                                           "Radiation-induced nausea and vomiting"]


def test_a_condition_and_the_list_of_what_it_follows_is_one_use() -> None:
    x = _page(usage="Its uses include:\n\n- Muscle wasting after major surgery, long illness or severe burns, with "
                    "a high-protein diet\n- Protein loss caused by long-term steroid treatment")
    assert [u.label for u in x.treats] == ["Muscle wasting", "Protein loss"]
