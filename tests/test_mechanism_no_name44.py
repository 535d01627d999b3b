"""A target's name that is no name (a negation, a verb, a second agent's act run on into it) is no target; pinned by
invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism]


def test_a_negated_need_names_no_enzyme() -> None:
    """"unlike aciclovir it needs no viral kinase to activate it": no kinase is activated."""
    x = _x("## How it Works\n\nZorvane blocks the viral DNA polymerase. Zorvane already carries a phosphate group, so "
           "unlike aciclovir it needs no viral kinase to activate it.\n", "Zorvane")
    assert "viral DNA polymerase" in [t for _, t in _targets(x)]
    assert not [t for _, t in _targets(x) if t.lower().startswith("no ")]


def test_what_the_binding_prevents_is_no_target() -> None:
    """"This binding prevents messenger RNA from ...": the verb is no part of a name."""
    x = _x("## How it Works\n\nZorvane binds to the 50S ribosomal subunit of bacteria. This binding prevents messenger "
           "RNA (mRNA) from moving along the ribosome, so proteins are not made.\n", "Zorvane")
    assert not [t for _, t in _targets(x) if t.lower().startswith("prevents")]


def test_another_agents_next_act_is_no_name() -> None:
    """"Activated plasmin then dissolves other clot proteins": plasmin's act, no target of the drug's."""
    x = _x("## How it Works\n\nZorvane inhibits plasminogen activator. Activated plasmin then dissolves other clot "
           "proteins, and bleeding follows.\n", "Zorvane")
    assert not [t for _, t in _targets(x) if " then " in t]
