"""Mechanisms told as chemistry or with a likeness, pinned on invented pages: a drug "drawn to" its target like a
magnet, binding a membrane and disrupting it; a property it changes said with its adjective ("so the membrane becomes
more permeable"); a process named in brackets that it makes harder; a coenzyme whose enzymes the next sentence names."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _mech(how: str, title: str = "Velnacin") -> list[tuple[str, str]]:
    page = f"---\ntitle: {title}\n---\n\n# {title}\n\n## Usage\nIt treats thrush.\n\n## How it Works\n\n{how}\n"
    return [(m.relation, m.target) for m in extract(parse_text(page, "velnacin.md")).mechanism]


def test_a_likeness_is_no_other_agent_and_what_it_binds_and_disrupts_is_inhibited() -> None:
    assert _mech("Like a sponge soaking up water, Velnacin is pulled toward the yeast, attaches to the fungal cell "
                 "membrane and breaks it open.") == [("inhibits", "fungal cell membrane")]
    # a comparison with another drug still names the other agent's doing
    assert _mech("Like nystatin, which binds to ergosterol, it is an antifungal. Velnacin itself binds to the fungal "
                 "cell membrane.") == [("binds", "fungal cell membrane")]


def test_a_property_said_with_its_adjective() -> None:
    assert _mech("Velnacin binds to the fungal cell membrane and damages it, so the membrane becomes more porous "
                 "and the cell leaks.") == [("inhibits", "fungal cell membrane"),
                                            ("increases", "porosity of the fungal cell membrane")]
    assert _mech("Velnacin makes the mucus in the airways less sticky.") == [
        ("decreases", "stickiness of the mucus in the airways")]
    assert _mech("It also makes the nerve endings in the airways less sensitive to cold air.") == [
        ("decreases", "sensitivity of the nerve endings to cold air")]
    # another's doing is none of the drug's
    assert _mech("Velnacin is a polyene. Sweat and soap can make the skin less acidic, which lets yeast grow.") == []
    assert _mech("Velnacin blocks the H1 receptor. Histamine is a messenger that can make the skin more sensitive.") \
        == [("blocks", "H1 receptor")]


def test_a_process_made_harder_named_in_brackets() -> None:
    assert _mech("Velnacin makes it harder for yeast to cling to the lining of the mouth (fungal adhesion).") == [
        ("decreases", "fungal adhesion")]


def test_a_coenzyme_whose_enzymes_the_next_sentence_names() -> None:
    assert _mech("Velnacin is a coenzyme, a small helper that several enzymes need in order to work. The main ones are "
                 "transketolase, which helps cells use sugar, and pyruvate dehydrogenase, which feeds the energy "
                 "cycle.") == [("activates", "transketolase"), ("activates", "pyruvate dehydrogenase")]
    assert _mech("Velnacin is a coenzyme for glutamate decarboxylase.") == [("activates", "glutamate decarboxylase")]
    # a sentence naming enzymes with no coenzyme said before it gives none
    assert _mech("Velnacin is absorbed in the gut. The main ones are transketolase and pyruvate dehydrogenase.") == []
