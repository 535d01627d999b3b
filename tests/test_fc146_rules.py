"""Rules from the misses of firstcontact146 and firstcontact148 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-145), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(x) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return [(u.label, u.qualifier) for u in x.treats]


def test_a_dosage_forms_field_inside_usage_keeps_the_uses_below_it() -> None:
    """"**Dosage forms:** 600 mg tablets; ..." between "**Drug class:**" and "**Approved indication:**": a field of
    Usage, not a dosage section that takes the uses after it away."""
    x = _x("## Usage\n\n**Drug class:** Oxazolidinone antibiotic.\n\n**Dosage forms:** 200 mg tablets; 200 mg IV "
           "infusion.\n\n**Approved indication:**\n- **Acute bacterial sinusitis** in adults.\n\n**Off-label uses:**\n"
           "- **Nocardiosis** – reported in case series.\n\n## Side Effects\n\n- Nausea\n", "Zorvane")
    assert _uses(x) == [("Acute bacterial sinusitis", None), ("Nocardiosis", "off-label")]


def test_items_that_finish_a_bare_is_used_lead() -> None:
    """"Nateglinide is used:" over "- To improve blood sugar control in adults with X, along with diet and exercise",
    "- Off-label for Y, because ...", "- It has also been studied in Z (gloss)": each item finishes the sentence; a
    studied use listed among the uses is one, off-label; "diet and exercise" no use."""
    x = _x("Usage:\nZorvane is a tablet. Zorvane is used:\n"
           "- To improve seizure control in adults with focal epilepsy, along with diet and exercise.\n"
           "- In combination with a diuretic, when one medicine alone is not enough.\n"
           "- Off-label for Raynaud phenomenon, because it widens small arteries.\n"
           "- It has also been studied in cluster headache (CH).\n", "Zorvane")
    assert _uses(x) == [("Focal epilepsy", None), ("Raynaud phenomenon", "off-label"),
                        ("Cluster headache", "off-label")]


def test_two_complaints_share_when_they_come() -> None:
    """"**Pain and inflammation after cataract surgery**": each after the surgery, two uses."""
    x = _x("Usage:\nApproved uses:\n- **Swelling and bruising after dental surgery** – for three days\n", "Zorvane")
    assert _uses(x) == [("Swelling after dental surgery", None), ("Bruising after dental surgery", None)]


def test_a_second_bold_use_in_one_item() -> None:
    """"- **Generalized pustular psoriasis (GPP)** and **Erythrodermic psoriasis** (approved in Japan)": two uses."""
    x = _x("Usage:\nOther uses:\n- **Hidradenitis suppurativa (HS)** and **Pyoderma gangrenosum** (approved in "
           "Europe)\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Hidradenitis suppurativa", "Pyoderma gangrenosum"]


def test_a_receptors_role_in_its_labels_brackets_under_a_counted_lead() -> None:
    """"acts on several neurotransmitter receptors in the brain:" over "- **Serotonin 5-HT2A receptor (antagonist):**
    ...", "- **Serotonin 5-HT1A receptor (partial agonist):** ...": each receptor as its role says, the class none."""
    x = _x("## How it Works\n\nZorvane acts on several neurotransmitter receptors in the brain:\n\n"
           "- **Histamine H1 receptor (antagonist):** This causes sleepiness.\n"
           "- **Dopamine D3 receptor (partial agonist):** This action may help mood.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [
        ("blocks", "histamine H1 receptor"), ("activates", "dopamine D3 receptor")]


def test_in_overdose_is_a_group_of_effects() -> None:
    """"- **In overdose (serious):** severe heart rhythm disturbances and seizures" under a lead: the effects in
    overdose, serious, no effect called "In overdose"."""
    x = _x("## Side Effects\n\nPossible side effects include:\n- **Stomach:** nausea, heartburn\n"
           "- **With long-term use (serious):** kidney stones and bone loss\n", "Zorvane")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Nausea", "Stomach", False), ("Heartburn", "Stomach", False),
        ("Kidney stones", "With long-term use", True), ("Bone loss", "With long-term use", True)]
