"""Rules from the misses of firstcontact270 and firstcontact271 (car makers' assistants), pinned by invented pages
of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _mech, _page


def test_the_names_the_first_sentence_gives_under_a_plain_label() -> None:
    x = _x("Generic Name:\nZorvane, also called menaquinone-7 (MK-7) or vitamin K2. It is a vitamin-like substance "
           "that gut bacteria make. It is sold as Kaynor in Japan.\n\nUsage:\nZorvane is used for osteoporosis.\n",
           "Zorvane")
    assert [s.label for s in x.drug.synonyms] == ["menaquinone-7", "vitamin K2", "MK-7"]
    assert [b.label for b in x.brand_names] == ["Kaynor"]


def test_a_status_between_commas_is_no_use() -> None:
    assert _uses("Zorvane is used for the following:\n- Cluster headache prevention, off-label, in adults.\n"
                 "- Tension headache") == ["Cluster headache prevention", "Tension headache"]


def test_notes_that_point_back_at_a_bold_actions_target() -> None:
    assert _mech("Its action centres on one enzyme:\n\n- **Inhibits xanthine oxidase (XO)**: it binds very tightly "
                 "to this enzyme and blocks it almost completely.") == [("inhibits", "xanthine oxidase")]
    assert _mech("It works:\n\n- **Blocks H2 receptors** – it blocks histamine H2 receptors on stomach cells.") == [
        ("blocks", "histamine H2 receptor")]


def test_what_people_who_took_a_withdrawn_drug_were_told() -> None:
    x = _page(effects="- Rash\n\nAnyone who took it and developed yellowing of the skin, a high fever or mouth ulcers "
                      "was told to stop it and see a doctor at once.")
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin", "high fever", "mouth ulcers"]


def test_nausea_and_vomiting_from_a_cause_is_one_use() -> None:
    assert _uses("Uses:\n\n- **Nausea and vomiting from chemotherapy**\n- **Motion sickness**") == [
        "Nausea and vomiting from chemotherapy", "Motion sickness"]
