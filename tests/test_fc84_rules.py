"""Rules firstcontact84's misses showed, pinned on invented pages (other drugs, other words): a use "X symptoms (ABBR)
from Y" is the symptoms; a bold effect under a seek-help group whose text names its symptoms in a later sentence
("Symptoms include ...", "Watch for ...", "..., causing ...") gives those, and one that names none but opens on a clause
("If you have hepatitis B, ...") gives the effect itself; "1/2 tablet" lines are no thread of posts."""
from __future__ import annotations

from kg.parse import parse_text
from tests.test_extract_layouts5 import _x


def test_symptoms_from_a_cause() -> None:
    x = _x("## Usage\n\nIt is used for:\n\n- Overactive bladder\n- Lower urinary tract symptoms (LUTS) from a "
           "narrowed urethra\n")
    assert [u.label for u in x.treats] == ["Overactive bladder", "Lower urinary tract symptoms"]


def test_symptoms_told_in_a_later_sentence_of_a_serious_item() -> None:
    x = _x("## Side Effects\n\nSerious side effects (seek medical attention):\n\n- **Lactic acidosis:** A rare "
           "build-up of "
           "acid in the blood. Symptoms include muscle pain, fast breathing and feeling cold.\n- **Liver damage:** "
           "Including a swollen liver. Watch for dark urine and pale stools.\n- **Hepatitis C flare-ups:** If you "
           "have hepatitis C, it can get worse after stopping.\n- **Immune reconstitution:** As immunity recovers, "
           "old infections may return, causing fever or swollen glands.\n")
    assert [s.label for s in x.serious_signs] == ["muscle pain", "fast breathing", "feeling cold", "dark urine",
                                                  "pale stools", "Hepatitis C flare-ups", "fever or swollen glands"]


def test_half_tablet_lines_are_no_thread() -> None:
    doc = parse_text("---\ntitle: Zoravir\n---\n\n# Zoravir\n\n## Dosage\n\n1/2 tablet in the morning\n"
                     "1/2 tablet at noon\n1/2 tablet at night\n", "zoravir.md")
    said = " ".join(b.text for sec in doc.sections for b in sec.blocks)
    assert said.count("1/2 tablet") == 3
