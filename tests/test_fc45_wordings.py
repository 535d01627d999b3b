"""Wordings firstcontact45's misses showed (six blind pages in ordinary layouts), pinned on invented pages: "an X
medicine that belongs to a class called Y" (Y, as every truth takes it); bold labels that say how it is used ("Use with
Barrier Methods", "Backup Birth Control") or name a procedure ("Percutaneous coronary intervention (PCI)"); "use it
off-label during emergency PCI for X"; a sentence whose subject is another molecule's symbol ("IL-31 acts on
receptors found on ..."), not the drug's active form named so ("its active metabolite, the 10-monohydroxy derivative
(MHD, ...)"); "the NK3 receptor" after "neurokinin 3 (NK3) receptors"."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Osmarel"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "osmarel.md"))


@pytest.mark.parametrize(("sentence", "cls"), [
    ("Osmarel is an antiplatelet medicine that belongs to a class called glycoprotein IIb/IIIa inhibitors.",
     "glycoprotein IIb/IIIa inhibitor"),
    ("Osmarel is a stop-smoking medicine that belongs to a group of treatments called nicotine replacement therapy "
     "(NRT).", "nicotine replacement therapy"),
])
def test_the_class_called(sentence: str, cls: str) -> None:
    x = _x(f"**Usage:** {sentence} It treats angina.\n")
    assert x.drug_class is not None and x.drug_class.label == cls


def test_labels_that_name_no_condition() -> None:
    x = _x("### Usage\n\nOsmarel is a spermicide. Its main uses are:\n\n"
           "- **Preventing Pregnancy**: Osmarel is used as a non-hormonal birth control method.\n"
           "- **Use with Barrier Methods**: It is often used with a diaphragm or cervical cap.\n"
           "- **Backup Birth Control**: It can serve as a backup method after missed pills.\n"
           "- **Percutaneous coronary intervention (PCI):** To prevent blood clots during procedures.\n\n"
           "Doctors may also use it off-label during emergency PCI for an ST-elevation heart attack (STEMI), "
           "especially when a large clot is seen.\n")
    assert [(u.label, u.abbreviation, u.qualifier) for u in x.treats] == [
        ("Pregnancy", None, "prevention"), ("ST-elevation heart attack", "STEMI", "off-label")]


def _mechanism(text: str) -> list[tuple[str, str, str | None]]:
    x = _x(f"## Usage\n\nOsmarel treats itch.\n\n## How it Works\n\n{text}\n")
    return [(m.relation, m.target, m.symbol) for m in x.mechanism if m.is_target]


def test_another_molecules_symbol_as_the_subject() -> None:
    assert _mechanism("- Interleukin-31 (IL-31) is a signaling protein made by immune cells.\n"
                      "- IL-31 acts on receptors found on itch-sensing nerve fibers in the skin.\n"
                      "- Osmarel binds to the alpha subunit of the IL-31 receptor (IL-31RA) and blocks it.") == [
        ("blocks", "alpha subunit of the IL-31 receptor", "IL-31RA")]


def test_the_active_metabolite_named_by_its_symbol() -> None:
    assert _mechanism("Osmarel is a prodrug that the liver converts to its active metabolite, the 10-monohydroxy "
                      "derivative (MHD, also called licarbazepine). MHD blocks voltage-gated sodium channels in the "
                      "brain.") == [("blocks", "voltage-gated sodium channel", None)]


def test_a_receptor_named_by_the_symbol_the_page_spelled_out() -> None:
    assert _mechanism("NKB acts on neurokinin 3 (NK3) receptors in the temperature control center. Osmarel blocks "
                      "the NK3 receptor, so NKB can no longer bind to it.") == [
        ("blocks", "neurokinin 3 receptor", "NK3")]
