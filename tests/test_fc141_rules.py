"""Rules from the misses of firstcontact141 (ordinary answers of six models not imitated before, measured after the
rules from set 140), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

import pytest

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def test_what_it_binds_kept_from_its_work() -> None:
    """"**Binds directly to kallikrein** ..." then "**Stops kallikrein's jobs**, so kallikrein can no longer: ...":
    the binding's direction is the stopping's."""
    x = _x("## How it Works\n\n1. **Binds directly to kallikrein** — zorvane attaches to the active site of "
           "**kallikrein**, an enzyme of the contact system.\n2. **Stops kallikrein's jobs**, so kallikrein can no "
           "longer:\n   - cut kininogen into bradykinin\n   - activate factor XII\n", "Zorvane")
    assert _targets(x) == [("inhibits", "kallikrein")]


def test_the_bold_name_then_a_dash_and_what_it_is() -> None:
    """"**Zorvane** — a synthetic **direct renin inhibitor (DRI)** given by **intravenous (IV) infusion**.": the name
    is the bold one; the brackets of what it is and how it is given are no names of the drug."""
    x = _x("### 1) Generic Name\n**Zorvane** — a synthetic **direct renin inhibitor (DRI)** given by **intravenous "
           "(IV) infusion**.\nBrand names: **Renova**.\n\n### 2) Usage\nZorvane treats high blood pressure.\n",
           "Zorvane")
    assert x.drug.label == "Zorvane"
    assert [s.label for s in x.drug.synonyms] == []


def test_a_symbols_plural_said_again() -> None:
    """"blocks the Rho kinase (ROCK) family of enzymes (ROCK1 and ROCK2)" then "When zorvane blocks the ROCKs, ...":
    one target."""
    x = _x("## How it Works\n\nZorvane blocks the Rho kinase (ROCK) family of enzymes (ROCK1 and ROCK2). These "
           "enzymes sit inside eye cells.\n\nWhen zorvane blocks the ROCKs, it relaxes the trabecular meshwork.\n",
           "Zorvane")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism if m.is_target] == [
        ("inhibits", "Rho kinase", "ROCK")]


def test_a_place_closing_a_list_is_not_a_headaches() -> None:
    """"- **Other:** headache, chills, bruising at the infusion site": a headache and chills have no place on the
    skin; "pain, redness, swelling at the infusion site" share it."""
    x = _x("## Side Effects\n\n- **Other:** headache, chills, bruising at the infusion site\n", "Zorvane")
    assert [e.label for e in x.side_effects] == ["Headache", "Chills", "Bruising at the infusion site"]
    x = _x("## Side Effects\n\n- **Other:** pain, redness, swelling at the infusion site\n", "Zorvane")
    assert [e.label for e in x.side_effects] == [
        "Pain at the infusion site", "Redness at the infusion site", "Swelling at the infusion site"]


def test_an_effect_and_the_sites_reactions_with_examples() -> None:
    """"Some people also have flushing, dizziness and reactions at the injection site like redness or itching.":
    dizziness and the site's reactions, two, the examples dropped."""
    x = _x("Side Effects:\nThe most common side effects are nausea and gas. Some people also have flushing, dizziness "
           "and reactions at the injection site like redness or itching.\n", "Zorvane")
    assert [e.label for e in x.side_effects] == [
        "Nausea", "Gas", "Flushing", "Dizziness", "Reactions at the injection site"]


@pytest.mark.parametrize(("kind", "label", "curie"), [
    ("condition", "Cushing's disease", "DOID:3946"),  # pituitary-dependent, by definition
    ("side-effect", "QT shortening", "HP:0012232"),  # Shortened QT interval, as QT prolongation is a prolonged one
])
def test_lay_terms_of_set_141(kind: str, label: str, curie: str) -> None:
    from kg.config import load_config
    from kg.link import is_direct, load_linker
    linker = load_linker(load_config(environ={}))
    out = linker.explain(kind, label, (), None)
    assert curie in {x.curie for x in out.links if is_direct(x) and x.predicate == "skos:exactMatch"}
    assert "lay-terms.tsv" in out.via[curie]
