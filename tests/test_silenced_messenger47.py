"""A silencing drug's messenger RNA, which its section says is cut, destroyed or silenced, is inhibited, named by what
it makes (the misses of eplontersen, olezarsen, givosiran, nedosiran and fitusiran in earlier sets), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _mech(text: str, cls: str = "") -> list[tuple[str, str]]:
    gen = f"## Generic Name\n\nZorvisiran ({cls})\n\n" if cls else ""
    x = _x(f"{gen}## Usage\n\nIt is used for gout.\n\n## How it Works\n\n{text}\n", "Zorvisiran")
    return [(m.relation, m.target) for m in x.mechanism if m.relation in ("inhibits", "binds")]


def test_a_messenger_bound_then_cleaved_is_inhibited() -> None:
    assert _mech("Zorvisiran is an antisense oligonucleotide. Inside the cell, the ASO pairs with and binds to KLKB1 "
                 "mRNA. The duplex recruits RNase H1, which cleaves the KLKB1 mRNA.") == [("inhibits", "KLKB1 mRNA")]


def test_a_messenger_silenced_or_directed_against() -> None:
    assert _mech("Inside the liver, it silences the F12 messenger RNA, the instructions for making factor XII.",
                 "small interfering RNA") == [("inhibits", "F12 messenger RNA")]
    assert _mech("Zorvisiran is a double-stranded siRNA directed against angiopoietin-like 3 (ANGPTL3) mRNA.") == [
        ("inhibits", "angiopoietin-like 3 mRNA")]


def test_a_messenger_named_by_what_it_makes() -> None:
    assert _mech("Zorvisiran is an RNAi medicine. In liver cells it guides the silencing complex to the messenger RNA "
                 "for hydroxyacid oxidase 1 (HAO1) and has it cut.") == [("inhibits", "messenger RNA for hydroxyacid "
                                                                          "oxidase 1")]
    assert _mech("Zorvisiran is an antisense drug. Once inside, it binds to the messenger RNA (mRNA) that carries "
                 "instructions to make ANGPTL3. This binding causes the mRNA to be broken down.") == [
        ("inhibits", "ANGPTL3 mRNA")]


def test_no_silencing_said_no_inhibited_messenger() -> None:
    assert _mech("Zorvisiran binds to the SMN2 pre-mRNA and helps the splicing machinery include exon 7.") == [
        ("binds", "SMN2 pre-mRNA")]
    assert _mech("Zorvisiran is an antisense oligonucleotide. It binds to DMPK mRNA and frees the proteins it "
                 "holds.") == [("binds", "DMPK mRNA")]
