"""Rules from the misses of firstcontact218 and firstcontact219 (in-car, fitness, telehealth and pharmacy
assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _effects(text: str) -> tuple[list[str], list[str]]:
    x = _x(f"## Side Effects\n\n{text}\n\n## How it Works\n\nIt blocks XO.\n", "Zorvane")
    return [e.label for e in x.side_effects], [s.label for s in x.serious_signs]


def test_a_coachs_aside_is_no_effect() -> None:
    assert _effects("Common:\n- Nausea\n\n**Training note:** Sun sensitivity matters for outdoor rides, so cover "
                    "up.\n\nRecovery tip: drink water with each dose.")[0] == ["Nausea"]


def test_signs_of_someone_who_received_the_drug() -> None:
    assert _effects("- Drowsiness\n\nIf someone who received zorvane has grey lips, breathes very slowly or cannot be "
                    "roused, call emergency services at once.")[1] == ["grey lips", "breathes very slowly",
                                                                     "being unable to be roused"]


def _mech(text: str) -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\nIt is used for seizures.\n\n## How it Works\n\n{text}\n", "Zorvane")
    return [(m.relation, m.target) for m in x.mechanism]


def test_the_poisons_action_is_not_the_drugs() -> None:
    assert _mech("Zorvane binds to the GABA-A receptor. In nerve agent poisoning, the agent blocks "
                 "acetylcholinesterase and acetylcholine builds up; zorvane calms the brain.") == [
        ("binds", "GABA-A receptor")]


def test_a_prodrugs_share_of_a_dose_made_into_its_active_form() -> None:
    assert _mech("Zorvane itself is weak. In the liver, CYP2D6 converts about a tenth of a dose into oxymorphone, "
                 "which does most of the work.\n\n- Oxymorphone activates mu-opioid receptors in the brain.") == [
        ("activates", "mu-opioid receptor")]


def _uses(usage: str) -> list[str]:
    x = _x(f"## Usage\n\n{usage}\n\n## Side Effects\n\n- Headache\n", "Zorvane")
    return [u.label for u in x.treats]


def test_what_a_body_part_is_used_for_is_no_use() -> None:
    assert _uses("Zorvane is used to treat myasthenia gravis (MG), a disease that weakens the muscles used for "
                 "chewing, talking and breathing.") == ["Myasthenia gravis"]


def test_how_a_condition_was_found_is_no_part_of_it() -> None:
    assert _uses("It is approved for:\n- Congenital hypothyroidism detected by newborn screening, before symptoms "
                 "start") == ["Congenital hypothyroidism"]


def test_a_bold_use_that_is_a_sentence_of_its_own() -> None:
    assert _uses("It has been used for:\n\n- **Pelvic pain caused by adenomyosis.** This was the main trial.\n"
                 "- **Adenomyosis.** Smaller studies.") == ["Pelvic pain caused by adenomyosis", "Adenomyosis"]


def _brands(gen: str, faq: str = "") -> list[str]:
    faq = faq or "**Can I drive?**\nYes."
    x = _x(f"## Generic Name\n\n{gen}\n\n## Usage\n\nIt is used for gout.\n\n## FAQs\n\n{faq}\n", "Zorvane")
    return [b.label for b in x.brand_names]


def test_brand_fields_said_with_when_or_for_whom() -> None:
    assert _brands("Zorvane.\n- Former human brand: Korvex\n- Current veterinary brands: Korvex-V, Zycort") == [
        "Korvex", "Korvex-V", "Zycort"]


def test_another_drugs_salt_and_its_brand() -> None:
    assert _brands("Zorvane. Brand: Korvia.", "**Is it the same as velaprine?**\nNo: velaprine acetate (Velmya) is "
                   "a different drug.") == ["Korvia"]
    assert _brands("Zorvane is a tablet.", "**Which salt is it?**\nThe tablets hold zorvane acetate (Korvia) in most "
                   "countries.") == ["Korvia"]
