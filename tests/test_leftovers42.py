"""Leftovers of earlier sets' mechanisms (bindings whose direction the page states apart from the binding, a polyene's
sterol) and of every set's FAQ answers, pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def test_a_carrier_bound_and_kept_from_its_work() -> None:
    """"... a carrier protein called lipid transferase ... Zorvane binds to this carrier and stops it from being
    recycled": inhibits."""
    x = _x("## How it Works\n\nTo build their membranes, bacteria use a carrier protein called lipid transferase to "
           "move lipids. Zorvane binds to this carrier and stops it from being recycled, which blocks membrane "
           "synthesis.\n", "Zorvane")
    assert _targets(x) == [("inhibits", "lipid transferase")]


def test_a_protein_bound_and_stabilised_so_it_cannot_change() -> None:
    """"It binds to neuraminidase (NA) ... The drug stabilizes neuraminidase so it cannot change shape": inhibits."""
    x = _x("## How it Works\n\nZorvane is an entry inhibitor. It binds to neuraminidase (NA), a protein on the virus. "
           "The drug stabilizes neuraminidase so it cannot change shape, which traps the virus.\n", "Zorvane")
    assert _targets(x) == [("inhibits", "neuraminidase")]


def test_receptors_bound_which_switch_on_genes() -> None:
    """"It binds vitamin D receptors in the nucleus, which switch on genes that ...": activates."""
    x = _x("## How it Works\n\n- It enters cells and binds vitamin D receptors in the cell nucleus, which switch on "
           "genes that raise calcium absorption.\n", "Zorvane")
    assert _targets(x) == [("activates", "vitamin D receptor")]


def test_the_polyene_sterol_and_another_agents_relative_clause() -> None:
    """"Zorvane binds to ergosterol, a sterol that fungi use ..." binds ergosterol; "..., and from natamycin, which
    binds to ergosterol" is another agent's."""
    x = _x("## How it Works\n\nZorvane binds to ergosterol, a sterol that fungi use in their membranes.\n", "Zorvane")
    assert _targets(x) == [("binds", "ergosterol")]
    x = _x("## How it Works\n\nZorvane inhibits chitin synthase. This is different from azoles such as fluconazole, "
           "which block the making of ergosterol, and from natamycin, which binds to ergosterol.\n", "Zorvane")
    assert _targets(x) == [("inhibits", "chitin synthase")]


def test_an_answers_mark_is_no_part_of_its_advice() -> None:
    """"Q) Can children take it?" / "A) Zorvane should never be given to children under 2 years.": the advice
    without its "A)"."""
    x = _x("## FAQs\n\nQ) Can children take it?\nA) Zorvane should never be given to children under 2 years.\n",
           "Zorvane")
    assert x.precautions and not any(p.text.startswith(("A)", "A:")) for p in x.precautions)


def test_plurals_after_a_hissing_sound() -> None:
    """"abscesses", "rashes", "eyelashes": the "-es" of the plural dropped whole ("aches" keeps its "e"), so "Dental
    abscesses" finds the Disease Ontology's dental abscess."""
    from kg.config import load_config
    from kg.link import is_direct, load_linker
    from kg.linking.normalize import singular
    assert [singular(w) for w in ("dental abscesses", "rashes", "eyelashes", "aches", "stress")] == [
        "dental abscess", "rash", "eyelash", "ache", "stress"]
    out = load_linker(load_config(environ={})).explain("side-effect", "Tooth abscesses", (), None)
    assert "DOID:0060324" in {x.curie for x in out.links if is_direct(x) and x.predicate == "skos:exactMatch"}


def test_a_lay_row_keeps_every_term_the_words_name() -> None:
    """"Increased pressure around the brain" (a held-out label) names HPO's increased intracranial pressure and the
    Disease Ontology's intracranial hypertension alike: the lay-terms row for "raised pressure around the brain" leads
    to both, so neither is lost."""
    from kg.config import load_config
    from kg.link import is_direct, load_linker
    out = load_linker(load_config(environ={})).explain("side-effect", "Increased pressure around the brain", (), None)
    exact = {x.curie for x in out.links if is_direct(x) and x.predicate == "skos:exactMatch"}
    assert {"HP:0002516", "DOID:9428"} <= exact
