"""The twenty-ninth audit of links (2026-12-04, twelfth session): the links of the blind sets
``tests/fixtures/firstcontact54`` and ``firstcontact55`` read against their link truths. One identifier of another
thing: "Recurrent mouth ulcers (aphthous ulcers)" took the gloss, which drops the label's "recurrent", as the node's
exact name and was exactly HPO's *Aphthous ulcer*. A course word that begins a label ("recurrent", "chronic") and that
neither the gloss nor the term it links says makes the gloss name what the node is a kind of, as a grade does
("Severe itching (pruritus)"); a course word the term says too ("Recurrent canker sores", "Chronic urticaria") keeps
the link exact. Judged differently and kept: *Waldenström's macroglobulinemia* (MONDO's term of that name), *Severe
infections* (HPO's *Severe infection*) and *Bruising* (HPO's *Ecchymosis*), which the truth left unlinked; *High blood
pressure* as hypertension (the reading earlier sets record)."""
from __future__ import annotations

import pytest

from kg.link import BROAD_MATCH, EXACT_MATCH
from tests.test_link_audit12 import direct


def test_a_gloss_that_drops_the_labels_course_is_no_exact_name(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("condition", "Recurrent mouth ulcers", ("aphthous ulcers",))
    assert not direct(outcome, EXACT_MATCH)
    assert "HP:0000155" in direct(outcome, BROAD_MATCH)  # Oral ulcer: the label without its course
    assert any("Recurrent mouth ulcers" in r and "HP:0032154" in r for r in outcome.refused)  # said, not silent


def test_recurrent_cold_sores_are_recurrent_herpes_labialis(default_linker) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("condition", "Recurrent cold sores", ("herpes labialis",))
    assert direct(outcome, EXACT_MATCH) == {"HP:0410028"}  # Recurrent herpes labialis, never plain herpes labialis


@pytest.mark.parametrize(("label", "gloss", "curie"), [
    ("Recurrent mouth ulcers", "recurrent canker sores", "HP:0011107"),  # the gloss says the course
    ("Chronic urticaria", "hives", "DOID:0080747"),                      # the label itself is a term
    ("Acute kidney injury", "AKI", "MONDO:0002492"),                     # an abbreviation says it all
])
def test_a_course_the_term_says_stays_exact(default_linker, label: str, gloss: str, curie: str) -> None:  # type: ignore[no-untyped-def]
    assert curie in direct(default_linker.explain("condition", label, (gloss,)), EXACT_MATCH)


@pytest.mark.parametrize("label", ["Feeling like something is in your eye", "Feeling as if something is in the eye"])
def test_a_feeling_said_as_a_likeness_finds_the_lexicons_row(default_linker, label: str) -> None:  # type: ignore[no-untyped-def]
    outcome = default_linker.explain("side-effect", label)
    assert direct(outcome, EXACT_MATCH) == direct(default_linker.explain(
        "side-effect", "Feeling that something is in the eye"), EXACT_MATCH) != set()
