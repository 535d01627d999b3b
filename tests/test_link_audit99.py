"""The audit of links of the blind sets ``tests/fixtures/firstcontact98`` and ``firstcontact99`` (2026-12-05): one
identifier of another thing at first contact (HPO's episodic hypersomnia for "Idiopathic hypersomnia", by that term's
EXACT synonym, now refused), and the links of labels that keep the moment of a dose or a posture ("Pain when the drops
are put in", as the truths read them): a kind of what the rest names, never the thing itself."""
from __future__ import annotations

import pytest

from kg.link import BROAD_MATCH, EXACT_MATCH
from kg.linking.normalize import context_core
from tests.test_link_audit12 import direct


def test_idiopathic_hypersomnia_is_not_episodic_hypersomnia(default_linker) -> None:  # type: ignore[no-untyped-def]
    out = default_linker.explain("condition", "Idiopathic hypersomnia", ())
    assert "HP:0007200" not in {x.curie for x in out.links}
    assert any("HP:0007200" in r for r in out.refused), out.refused
    assert "HP:0007200" in direct(default_linker.explain("condition", "Episodic hypersomnia", ()), EXACT_MATCH)


@pytest.mark.parametrize(("label", "core"), [
    ("Pain when the drops are put in", "Pain"),
    ("Blurred vision right after using the drops", "Blurred vision"),
    ("Light-headedness when you stand up", "Light-headedness"),
    ("Tingling when applied", "Tingling"),
    ("Nausea when starting", None),  # (a moment said by its -ing word alone is read before: no context here)
])
def test_the_moment_of_a_dose_is_a_narrowing_context(label: str, core: str | None) -> None:
    assert context_core(label) == core


def test_an_effect_at_the_moment_of_a_dose_is_a_kind_of_it(default_linker) -> None:  # type: ignore[no-untyped-def]
    out = default_linker.explain("side-effect", "Pain when the drops are put in", ())
    assert not out.linked and "HP:0012531" in direct(out, BROAD_MATCH)
