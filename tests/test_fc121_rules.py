"""Rules from the misses of firstcontact121 (six notations never seen; the extractor's side, once the readers gave the
pages as Markdown), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _page(effects: str = "- Headache", how: str = "It blocks the H2 receptor.", uses: str = "- Gout") -> str:
    return f"## Usage\n\n{uses}\n\n## Side Effects\n\n{effects}\n\n## How it Works\n\n{how}\n"


def _targets(how: str) -> list[tuple[str, str, str | None]]:
    return [(m.relation, m.target, m.symbol) for m in _x(_page(how=how), "Corvenol").mechanism if m.is_target]


def test_a_symbol_between_a_name_and_its_kind_and_head() -> None:
    """'Corvenol is a "pure" sodium channel blocker. It blocks the Nav1.5 (SCN5A) sodium channels ...': the channel
    named in full, its symbol in brackets; the grade in quotes no word of the target."""
    assert _targets('Corvenol is a "pure" sodium channel blocker. It blocks the Nav1.5 (SCN5A) sodium channels in '
                    'heart cells.') == [("blocks", "Nav1.5 sodium channel", "SCN5A")]
    assert _targets("Corvenol is a pure calcium channel blocker.") == [("blocks", "calcium channel", None)]
    assert _targets("Corvenol blocks the GLUT1 (SLC2A1) and sodium channels.")[0][:2] == ("blocks", "GLUT1")


def test_a_plural_owner_is_no_part_of_the_target() -> None:
    """"binds to the parasites' beta-tubulin": the protein, not whose it is."""
    assert _targets("Corvenol binds to the parasites' beta-tubulin.") == [("binds", "beta-tubulin", None)]


def test_when_an_effect_is_worst_is_no_effect() -> None:
    """"Low blood sugar, highest in the first week": when the risk is highest, no second effect."""
    x = _x(_page("- Low blood sugar (hypoglycemia), highest in the first week\n- Rash, worst at the start"), "Corvenol")
    assert [e.label for e in x.side_effects] == ["Low blood sugar", "Rash"]


def test_the_form_another_condition_needs() -> None:
    """"It is not used for nail infections, which need tablets": the tablets are the other condition's."""
    x = _x("## Usage\n\nCorvenol is a cream for athlete's foot. It is not used for nail infections, which need "
           "tablets.\n", "Corvenol")
    assert [f.label for f in x.formulations] == ["cream"] and [r.label for r in x.routes] == ["topical"]


def test_age_words_are_no_words_of_a_class() -> None:
    """"an older antihistamine", "an old medicine": the class without its age; an age alone names none."""
    x = _x("## Usage\n\nCorvenol is an older antihistamine used for hay fever.\n", "Corvenol")
    assert x.drug_class is not None and x.drug_class.label == "antihistamine"
    y = _x("## Generic Name\n\n- Drug class: Antiprotozoal\n\n## Usage\n\nCorvenol is an old medicine that is "
           "rarely made now.\n", "Corvenol")
    assert y.drug_class is not None and y.drug_class.label == "Antiprotozoal"
