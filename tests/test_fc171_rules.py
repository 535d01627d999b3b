"""Rules from the misses of firstcontact171 and firstcontact172 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-170), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(x) -> list[str]:  # type: ignore[no-untyped-def]
    return [u.label for u in x.treats]


def _actions(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism]


def test_a_japanese_middle_dot_opens_a_list_item() -> None:
    """"・Multiple myeloma (MM): for patients whose ...": a list item, with or without a space after the dot."""
    x = _x("Usage:\nZorvane is a kinase inhibitor.\n\nMain uses:\n・Chronic myeloid leukemia (CML): for adults.\n"
           "・ Gastrointestinal stromal tumor: after surgery.\n", "Zorvane")
    assert _uses(x) == ["Chronic myeloid leukemia", "Gastrointestinal stromal tumor"]


def test_what_it_treats_only_the_symptoms_of_is_no_use() -> None:
    """"It treats only the symptoms and not the cause of the congestion": of the use named before."""
    x = _x("Usage:\nZorvane is used for hay fever. Zorvane treats only the symptoms and not the underlying allergy.\n",
           "Zorvane")
    assert _uses(x) == ["Hay fever"]


def test_brands_each_for_a_part_of_the_body() -> None:
    """"Brand names include **Privine** for the nose and **Naphcon** and **Clear Eyes** for the eyes": three."""
    x = _x("Usage:\nZorvane is used for redness. Brand names include **Rhinovex** for the nose and **Oculvex** and "
           "**Bright Eyes** for the eyes.\n", "Zorvane")
    assert [b.label for b in x.brand_names] == ["Rhinovex", "Oculvex", "Bright Eyes"]


def test_members_acted_on_after_the_familys_role_take_its_direction() -> None:
    """"X is an agonist of alpha-adrenergic receptors. It acts mainly on the alpha-1 receptors, and to a lesser degree
    on alpha-2 receptors": both activated, the family no target of its own."""
    x = _x("## How it Works\n\nZorvane is an antagonist of muscarinic receptors. It acts mainly on the M3 receptors, "
           "and to a lesser degree on M2 receptors, in the bladder wall.\n", "Zorvane")
    assert _actions(x) == [("blocks", "M3 receptor"), ("blocks", "M2 receptor")]


def test_the_drug_said_by_what_it_is_is_the_subject_of_the_next_it() -> None:
    """"The resin is not selective. It can also bind calcium and magnesium": the drug binds them."""
    x = _x("## How it Works\n\nZorvane is a polymer that binds phosphate in the gut.\n\nThe polymer is not selective. "
           "It can also bind bile acids, which lowers cholesterol a little.\n", "Zorvane")
    assert ("binds", "bile acids") in _actions(x)


def test_what_the_drug_is_turned_into_acts_for_it() -> None:
    """"the enzyme tyrosinase turns monobenzone into a reactive quinone. This quinone binds to tyrosinase": the
    drug's form binds."""
    x = _x("## How it Works\n\nZorvane acts on liver cells. Inside these cells, the enzyme CYP2E1 turns zorvane into a "
           "reactive imine. This imine binds to CYP2E1 and to other proteins of the cell.\n", "Zorvane")
    assert ("binds", "CYP2E1") in _actions(x)


def test_where_another_name_is_written_is_no_part_of_it() -> None:
    """"(as articaine hydrochloride; also spelled carticaine in older literature)": carticaine."""
    x = _x("## 1. Generic Name\n\n**Zorvane** (as zorvane sodium; also spelled zorvan in older textbooks)\n\n"
           "## 2. Usage\n\nZorvane is used for gout.\n", "Zorvane")
    assert [s.label for s in x.drug.synonyms] == ["zorvan"]
