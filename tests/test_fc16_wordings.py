"""Wordings of the blind set firstcontact16 (measured once at 0.812), each pinned with invented pages of the same
shape: uses given by new purpose verbs and by "repeated doses for", prose side effects said by who mentions them and
by a boxed warning, and "get medical help straight away for"."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(body: str) -> list[tuple[str, str | None]]:
    return [(t.label, t.qualifier) for t in _x(body + "\n\n## Side Effects\n\n- Headache").treats]


def test_uses_by_new_purpose_verbs_and_by_the_doses_given() -> None:
    assert _uses("## Usage\n\nIt treats gout. Off-label, doctors sometimes use it to delay the onset of type 2 "
                 "diabetes in people with prediabetes, and to ease dumping syndrome.") == [
        ("Gout", None), ("Type 2 diabetes", "off-label"), ("Dumping syndrome", "off-label")]
    assert _uses("## Usage\n\nIt treats acne. Dermatologists also use it off-label to fade melasma and freckles.") == [
        ("Acne", None), ("Melasma", "off-label"), ("Freckles", "off-label")]
    assert _uses("## Usage\n\nIt treats cystitis. Off-label, specialists sometimes give repeated doses for "
                 "complicated kidney infections, and for chronic prostatitis.") == [
        ("Cystitis", None), ("Complicated kidney infections", "off-label"), ("Chronic prostatitis", "off-label")]


def test_prose_effects_said_by_who_mentions_them_and_by_a_boxed_warning() -> None:
    x = _x("## Side Effects\n\nHeadache is the side effect people mention most; it fades. Other common ones include "
           "dry mouth. More serious effects are uncommon. Like other stimulants, it carries a boxed warning about "
           "misuse and addiction in teenagers and young adults. Get medical help straight away for chest pain, "
           "severe dizziness or a racing heartbeat.")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Headache", "Common"), ("Dry mouth", "Common"), ("Misuse and addiction", "Serious")]
    assert [s.label for s in x.serious_signs] == ["chest pain", "severe dizziness", "racing heartbeat"]
