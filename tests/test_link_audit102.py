"""The audit of links of the blind sets ``tests/fixtures/firstcontact102`` and ``firstcontact103`` (2026-12-05): one
identifier of another thing at first contact, *Lymphatic filariasis* as the Disease Ontology's elephantiasis (a kind of
lymphedema) by the page's gloss "(elephantiasis)": the swelling the disease causes, not the infection. The label's own
words say what it is a kind of (filariasis); a gloss's Disease Ontology term outside that branch is refused, and
said."""
from __future__ import annotations

from kg.link import BROAD_MATCH, EXACT_MATCH
from tests.test_link_audit12 import direct


def test_a_gloss_naming_what_the_disease_causes_is_not_its_name(default_linker) -> None:  # type: ignore[no-untyped-def]
    out = default_linker.explain("condition", "Lymphatic filariasis", ("elephantiasis",))
    assert "DOID:4976" not in {x.curie for x in out.links}
    assert "DOID:1080" in direct(out, BROAD_MATCH)  # filariasis, by the label's own words
    assert any("DOID:4976" in r and "DOID:1080" in r for r in out.refused), out.refused  # said, not silent
    # the gloss alone, as a label, is the Disease Ontology's elephantiasis
    assert "DOID:4976" in direct(default_linker.explain("condition", "Elephantiasis", ()), EXACT_MATCH)


def test_a_gloss_that_is_a_kind_of_what_the_words_say_is_still_taken(default_linker) -> None:  # type: ignore[no-untyped-def]
    """The rule reads the Disease Ontology's hierarchy only: HPO's sorts signs by body system, and a gloss it does not
    put under the label's words can still be the label's name ("Fetal tachycardia")."""
    out = default_linker.explain("condition", "Fast heartbeat in an unborn baby", ("fetal tachycardia",))
    assert "HP:6000264" in direct(out, EXACT_MATCH)


def test_swelling_of_the_retina_is_retinal_edema_not_the_narrower_gloss(default_linker) -> None:  # type: ignore[no-untyped-def]
    """Set 105 (after its readers): "Swelling of the retina (macular edema)" had been macular edema exactly, by the
    page's gloss, a kind of retinal edema; the label's own words now name retinal edema (a lay-terms row), and the gloss
    is no exact name of the node."""
    out = default_linker.explain("side-effect", "Swelling of the retina", ("macular edema",))
    assert {"HP:0031527", "DOID:6929"} <= direct(out, EXACT_MATCH)
    assert "HP:0040049" not in direct(out, EXACT_MATCH)
