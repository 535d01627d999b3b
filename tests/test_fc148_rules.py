"""Rules from the misses of firstcontact148 (ordinary answers of six models not imitated before, measured after the
rules from sets 140-145), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def _all(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism]


def test_a_site_named_after_its_receptors_possessive() -> None:
    """"It blocks the GABA-A receptor's benzodiazepine site": the receptor holding the site is the target; "the
    enzyme's active site", a class word, names none."""
    x = _x("## How it Works\n\nZorvane is a competitive antagonist. It occupies the NMDA receptor's glycine site and "
           "keeps glycine off the receptor.\n", "Zorvane")
    assert _targets(x) == [("binds", "NMDA receptor")]
    x = _x("## How it Works\n\nZorvane blocks the AMPA receptor's binding pocket.\n", "Zorvane")
    assert _targets(x) == [("blocks", "AMPA receptor")]
    x = _x("## How it Works\n\nZorvane binds to a small pocket on thymidylate synthase, near the enzyme's active "
           "site.\n", "Zorvane")
    assert _targets(x) == [("binds", "thymidylate synthase")]


def test_an_agonist_at_counted_receptors_over_bold_members() -> None:
    """"Naratriptan is an **agonist at two serotonin receptors**:" over "- **5-HT1B receptors** (on ...) → ...":
    each bullet's receptor is activated (an antagonist's blocked)."""
    x = _x("## How it Works\n\nZorvane is an **agonist at two dopamine receptors**:\n\n"
           "- **D2 receptors** (in the pituitary) → **lowers prolactin**\n"
           "- **D3 receptors** (in the limbic system) → calms movement\n", "Zorvane")
    assert _targets(x) == [("activates", "D2 receptor"), ("activates", "D3 receptor")]
    x = _x("## How it Works\n\nZorvane is a selective antagonist of two histamine receptors:\n\n"
           "- **H1 receptors** on nerve endings\n- **H4 receptors** on mast cells\n", "Zorvane")
    assert _targets(x) == [("blocks", "H1 receptor"), ("blocks", "H4 receptor")]


def test_a_chemical_names_locants_in_brackets_are_part_of_it() -> None:
    """"inhibits β-(1,3)-D-glucan synthase", "blocks the synthesis of β-(1,3)-D-glucan": the bracketed locants
    between hyphens belong to the name, neither cut at the bracket nor split at the comma."""
    x = _x("## How it Works\n\nZorvane inhibits α-(1,4)-glucan synthase in the fungal wall. This blocks the synthesis "
           "of α-(1,4)-glucan, which holds the wall together.\n", "Zorvane")
    assert _targets(x) == [("inhibits", "α-(1,4)-glucan synthase")]
    assert ("decreases", "α-(1,4)-glucan synthesis") in _all(x)


def test_another_drug_in_brackets_with_a_relative_clause() -> None:
    """"works differently from azoles (which block ergosterol production) and from amphotericin B (which binds
    ergosterol)": the other drugs' doings, none of the drug's."""
    x = _x("## How it Works\n\nZorvane inhibits chitin synthase. It works differently from the echinocandins (which "
           "block glucan synthesis) and from nystatin (which binds ergosterol), so it still works on resistant "
           "strains.\n", "Zorvane")
    assert _targets(x) == [("inhibits", "chitin synthase")]
