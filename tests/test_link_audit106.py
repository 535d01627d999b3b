"""The audit of links of the blind sets ``tests/fixtures/firstcontact106`` and ``firstcontact107`` (2026-12-06): no
identifier of another thing at first contact (*Bruising* as HPO's *Ecchymosis*, judged so since the twenty-ninth
audit, where the truth gives none). Their misses showed everyday names that earlier sets' link truths give again and
again and the linker never joined: "Eye redness" (13 truths), "Stomach cramps" (16), "Stomach ache", "Sneezing",
"Acne vulgaris", "Vernal keratoconjunctivitis", "Gas" (20), "Increased thirst", "Fractures", "Swelling of the hands
or feet" (peripheral edema covers both); each is a lay-terms row now, naming the term by what it is, only where every
link truth that gives the label agrees ("Allergic reaction", "Redness" and "Numbness or tingling ..." are left: some
truths give none). Across every corpus the rows change those labels' nodes only (none where a truth gives no
identifier; "Penile fracture" gains only a broader match). Left as decided before: an attack of a thing is no name of
it ("Migraine attacks", tests/test_link_audit12.py), a swelling of two places is each place's ("Swelling of the legs
and ankles"), and HPO's exact synonyms that a SIDER label contradicts by its UMLS concept ("Raised liver enzymes",
"Dry eyes", "Fluid retention") stay unlinked to HPO and the conflict is said (tests/test_link_audit25.py), though
most link truths give the HPO terms."""
from __future__ import annotations

import pytest

from kg.link import EXACT_MATCH
from tests.test_link_audit12 import direct


@pytest.mark.parametrize(("kind", "label", "term"), [
    ("side-effect", "Eye redness", "HP:0025337"),  # Red eye
    ("side-effect", "Stomach cramps", "HP:0032155"),  # Abdominal cramps ("pain in stomach" is abdominal pain in HPO)
    ("side-effect", "Stomach ache", "HP:0002027"),  # Abdominal pain
    ("side-effect", "Sneezing", "HP:0025095"),  # Sneeze
    ("condition", "Acne vulgaris", "DOID:6543"),  # acne
    ("condition", "Vernal keratoconjunctivitis", "DOID:2474"),  # vernal conjunctivitis
    ("side-effect", "Gas", "HP:0033589"),  # Flatulence (20 truths), as "excess gas" was
    ("side-effect", "Increased thirst", "HP:0001959"),  # Polydipsia
    ("side-effect", "Fractures", "HP:0020110"),  # Bone fracture
    ("side-effect", "Swelling of the hands or feet", "HP:0012398"),  # Peripheral edema
])
def test_everyday_names_the_truths_give_are_linked(default_linker, kind: str, label: str, term: str) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain(kind, label)
    assert term in direct(outcome, EXACT_MATCH) and "lay-terms.tsv:" in outcome.via[term]


def test_a_graded_name_stays_broader(default_linker) -> None:  # type: ignore[no-untyped-def]
    """"Mild stomach cramps" is a grade of the term, no exact name of it."""
    assert "HP:0032155" not in direct(default_linker.explain("side-effect", "Mild stomach cramps"), EXACT_MATCH)


def test_a_class_word_alone_is_no_thing_to_link(default_linker) -> None:  # type: ignore[no-untyped-def]
    """Set 109 at first contact: "- condition", a fragment of a notation not yet read, was MONDO's root *disease*
    exactly. A class word alone ("Condition", "Disease", "Reaction") names nothing of its own: refused, and said;
    a real term named by one word stays ("Falls")."""
    for label in ("- condition", "Disease", "Reactions", "Side effects"):
        outcome = default_linker.explain("condition", label)
        assert not direct(outcome, EXACT_MATCH), label
        assert any("class word alone" in r for r in outcome.refused), label
    assert "HP:0002527" in direct(default_linker.explain("side-effect", "Falls"), EXACT_MATCH)
