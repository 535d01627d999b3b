"""Side effects: a series of lone words over one noun with no comma before its "or", and a bold effect whose own
phrase goes on with a participle (invented pages of other drugs and other words)."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _effects(body: str) -> list[tuple[str, str, bool]]:
    x = _x("## Usage\n\nIt treats chronic gout.\n\n## Side Effects\n\n" + body)
    return [(e.label, e.category, e.serious) for e in x.side_effects]


def test_lone_words_over_one_noun_share_it_with_no_comma_before_the_or() -> None:
    got = _effects("**Less common**\n\n- Dry, burning or itchy eyes\n- Sore, stiff or swollen joints\n"
                   "- Nausea, vomiting or dry mouth\n- Headache, dizziness or blurred vision\n")
    assert [g[0] for g in got] == ["Dry eyes", "Burning eyes", "Itchy eyes", "Sore joints", "Stiff joints",
                                   "Swollen joints", "Nausea", "Vomiting", "Dry mouth", "Headache", "Dizziness",
                                   "Blurred vision"]


def test_two_lone_words_stay_one_sign() -> None:
    assert [g[0] for g in _effects("**Common**\n\n- Stuffy or runny nose\n- Itchy or watery eyes\n")] == [
        "Stuffy or runny nose", "Itchy or watery eyes"]


def test_a_bold_effect_goes_on_with_what_it_is_linked_to() -> None:
    got = _effects("**Serious**\n\n- **Low mood** linked to the change in skin colour; suicides have been reported\n"
                   "- **Hearing loss** caused by high doses\n- **Bleeding** that will not stop\n")
    assert got == [("Low mood", "Serious", True), ("Hearing loss", "Serious", True), ("Bleeding", "Serious", True)]


def test_an_effect_told_by_a_participle_keeps_the_next_told_effect() -> None:
    """After "**Acne:** seen mostly in ...", the next bold effect told by its sentence is one more effect, not a
    group of what its sentence says."""
    got = _effects("**Common**\n\n- **Cough**\n- **Pimples:** seen mostly in teenagers\n- **Headache**\n"
                   "- **High triglycerides:** found on routine blood tests\n- **Raised liver enzymes**\n")
    assert [g[0] for g in got] == ["Cough", "Pimples", "Headache", "High triglycerides", "Raised liver enzymes"]
