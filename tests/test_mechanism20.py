"""How it Works sentences of ordinary pages, written as a probe before the reader saw them (2026-12-03): of twelve
one-line mechanisms for drugs no corpus has, seven were read right at first; these pin the five it missed, in
invented wordings of the same shapes."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _mech(how: str, title: str = "Zoravir") -> list[tuple[str, str, str | None]]:
    x = _x(f"## Usage\n\n{title} treats gout.\n\n## How it Works\n\n" + how + "\n", title=title)
    return [(m.relation, m.target, m.symbol) for m in x.mechanism]


def test_a_ligand_named_before_two_subtype_codes() -> None:
    assert _mech("Zoravir stimulates dopamine D2 and D3 receptors in the brain.") == [
        ("activates", "dopamine D2 receptor", None), ("activates", "D3 receptor", None)]
    assert _mech("Zoravir blocks histamine H1 and H4 receptors.") == [
        ("blocks", "histamine H1 receptor", None), ("blocks", "H4 receptor", None)]


def test_a_capitalised_word_after_the_drug_is_no_other_agent() -> None:
    assert _mech("Zoravir acts on the loop of Henle, where it blocks the sodium-chloride cotransporter (NCC).") == [
        ("blocks", "sodium-chloride cotransporter", "NCC")]
    # the drug joined to another agent is still read as before: not the drug alone
    assert _mech("Zoravir and Aspirex both block the thromboxane receptor.") == []


def test_interfering_with_and_targeting() -> None:
    assert _mech("Zoravir stops the gland from making hormone by interfering with thyroid peroxidase (TPO).") == [
        ("inhibits", "thyroid peroxidase", "TPO")]
    assert _mech("Zoravir targets lanosterol synthase, a fungal enzyme needed to make ergosterol.") == [
        ("inhibits", "lanosterol synthase", None)]
    assert _mech("Zoravir targets the HER3 receptor on cancer cells.") == [("binds", "HER3 receptor", None)]
    assert _mech("Zoravir targets the immune system broadly.") == []


def test_an_active_form_made_in_the_body_and_a_target_named_by_its_class() -> None:
    assert _mech("Zoravir is converted in the body to nitric oxide. Nitric oxide activates guanylate cyclase.") == [
        ("activates", "guanylate cyclase", None)]
    assert _mech("Zoravir switches on a nuclear receptor called PPAR-delta in muscle cells.") == [
        ("activates", "PPAR-delta", None)]
