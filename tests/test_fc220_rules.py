"""Rules from the misses of firstcontact220 and firstcontact221 (study, course and teaching assistants), pinned by
invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _mech(text: str) -> list[tuple[str, str, str | None]]:
    x = _x(f"## Usage\n\nIt is used for gout.\n\n## How it Works\n\n{text}\n", "Zorvane")
    return [(m.relation, m.target, m.symbol) for m in x.mechanism]


def test_an_item_that_counts_the_targets_its_sub_items_name() -> None:
    assert _mech("1. Zorvane blocks two potassium channels in the heart:\n   - the **hERG potassium channel** (human "
                 "ether-a-go-go related gene)\n   - the **slow delayed rectifier channel (IKs)**, also called KCNQ1\n"
                 "2. The heart then takes longer to reset.")[:2] == [
        ("blocks", "hERG potassium channel", None), ("blocks", "slow delayed rectifier channel", "IKs")]


def test_a_step_labelled_by_its_dose_is_no_dosage_section() -> None:
    assert _mech("It works in two stages:\n\n1. **Low doses -> the gut.** Zorvane inhibits the TRPV1 channel in the "
                 "gut.\n2. **Higher doses -> the brain.** It blocks the NK1 receptor.") == [
        ("inhibits", "TRPV1 channel", None), ("blocks", "NK1 receptor", None)]


def test_a_receptor_the_drug_turns_on_is_activated() -> None:
    assert _mech("1. Zorvane attaches to and turns on the **amylin receptor** in the brain.") == [
        ("activates", "amylin receptor", None)]
    assert ("activates", "neutrophil serine protease", None) not in _mech(
        "Zorvane blocks DPP1. DPP1 normally switches on the neutrophil serine proteases.")


def test_what_a_disease_causing_mutation_does_is_not_the_drugs() -> None:
    assert _mech("The disease comes from mutations in the GAA gene that sharply reduce the activity of acid "
                 "alpha-glucosidase.\n\n- Zorvane binds to mannose-6-phosphate receptors on muscle cells.") == [
        ("binds", "mannose-6-phosphate receptor", None)]


def _signs(text: str) -> list[str]:
    x = _x(f"## Side Effects\n\n- Nausea\n\n{text}\n\n## How it Works\n\nIt blocks XO.\n", "Zorvane")
    return [s.label for s in x.serious_signs]


def test_a_thing_that_gets_worse_then_what_the_reader_has() -> None:
    assert _signs("Call your doctor if itching gets worse or you have a fever, mouth sores, or peeling skin.") == [
        "itching getting worse", "fever", "mouth sores", "peeling skin"]


def test_what_someone_sees_after_taking_the_medicine() -> None:
    assert _signs("If someone has a fit, becomes very drowsy, or notices dark urine after taking the tablets, they "
                  "should get medical help right away.") == ["fit", "very drowsy", "dark urine"]


def test_a_prodrug_is_no_class_of_its_own() -> None:
    from kg.extractors.identity import _clean_class
    assert _clean_class("a prodrug of zorvane") is None
    assert _clean_class("a prodrug of zorvane, a penem antibacterial") == "penem antibacterial"
