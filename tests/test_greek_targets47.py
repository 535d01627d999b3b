"""Targets named with a Greek letter's form ("TNF-α", "PPAR-γ", "RAR-β", "TGF-β1") and the binding whose participle
blocks the bound thing's contact with its partners; found by probing the earlier sets' pages (luspatercept, tazarotene,
tecovirimat), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _mech(text: str) -> list[tuple[str, str, str | None]]:
    x = _x(f"## Usage\n\nIt is used for gout.\n\n## How it Works\n\n{text}\n", "Zorvane")
    return [(m.relation, m.target, m.symbol) for m in x.mechanism]


def test_a_symbol_with_a_greek_letter_after_a_hyphen_is_a_target() -> None:
    assert _mech("Zorvane blocks TNF-\u03b1.") == [("blocks", "TNF-\u03b1", None)]
    assert _mech("Zorvane activates PPAR-\u03b3 and PPAR-\u03b4.") == [("activates", "PPAR-\u03b3", None),
                                                                    ("activates", "PPAR-\u03b4", None)]
    assert [t for _, t, _ in _mech("Zorvane blocks TGF-\u03b21.")] == ["TGF-\u03b21"]


def test_a_role_noun_after_a_greek_symbol_or_a_name_with_its_symbol() -> None:
    assert _mech("Zorvane is a TNF-alpha blocker.") == [("blocks", "TNF-alpha", None)]
    assert _mech("Zorvane is a PPAR-\u03b3 agonist.") == [("activates", "PPAR-\u03b3", None)]
    assert _mech("Zorvane is a tumor necrosis factor (TNF) blocker.") == [("blocks", "tumor necrosis factor", "TNF")]
    assert _mech("Zorvane is a sodium-glucose cotransporter-2 (SGLT2) inhibitor.") == [
        ("inhibits", "sodium-glucose cotransporter-2", "SGLT2")]
    assert _mech("Zorvane is a nonsteroidal anti-inflammatory drug (NSAID) inhibitor.") == []


def test_binding_that_blocks_the_bound_things_interaction_with_partners() -> None:
    assert _mech("Zorvane binds to TNF-\u03b1, blocking its interaction with receptors on immune cells.") == [
        ("blocks", "TNF-\u03b1", None)]
    assert _mech("Zorvane binds IL-23 and blocks its interaction with the IL-23 receptor.") == [
        ("blocks", "IL-23", None)]
    assert _mech("Zorvane attaches to PD-1, thereby blocking its binding to PD-L1.") == [("blocks", "PD-1", None)]


def test_a_participle_after_a_target_is_no_downstream_process() -> None:
    assert _mech("Zorvane inhibits KX12, blocking its interaction with the host's transport proteins (Rab5 and "
                 "VPS4).") == [("inhibits", "KX12", None)]
