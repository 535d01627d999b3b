"""Rules from what the readers of firstcontact132's formats left, pinned by invented pages of other drugs and other
words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_messengers_doing_told_by_they_and_a_gerund() -> None:
    """"Orexin A and orexin B are messengers ... They keep us awake by switching on orexin receptors.": the
    messengers' doing, not the drug's; the drug's own sentence after it is read ("It is believed to be the part that
    helps, possibly by inhibiting X" after its active part is named stays the drug's)."""
    x = _x("## Usage\n\n- Insomnia\n\n## How it Works\n\nGalanin A and galanin B are messengers made by neurons. They "
           "keep us alert by switching on galanin receptors throughout the brain. Calvirex blocks the galanin 2 "
           "receptor (GALR2).\n", "Calvirex")
    got = [(m.relation, m.target) for m in x.mechanism]
    assert ("blocks", "galanin 2 receptor") in got and not any(r == "activates" for r, _ in got)


def test_a_symbol_with_a_greek_letter_is_a_target() -> None:
    """"binds IL-1 beta and IL-1 alpha", "blocks TNF-alpha", "IL-1β": a molecule's symbol with its Greek letter."""
    x = _x("## Usage\n\n- Gout\n\n## How it Works\n\nCalvirex binds IL-18 beta and IL-18 alpha in the blood and blocks "
           "them.\n", "Calvirex")
    assert [(m.relation, m.target) for m in x.mechanism] == [("blocks", "IL-18 beta"), ("blocks", "IL-18 alpha")]
