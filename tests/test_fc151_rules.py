"""Rules from the misses of firstcontact151 and firstcontact152 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-150), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target, m.symbol) for m in x.mechanism if m.is_target]


def test_targets_each_with_its_article_in_one_list() -> None:
    """"the serotonin transporter (SERT), the norepinephrine transporter (NET) and the dopamine transporter (DAT)":
    three targets, no appositive among them; after "their transporters:" the members, not the class."""
    x = _x("## How it Works\n\nZorvane blocks the H1 receptor, the M1 receptor and the alpha-1 receptor.\n", "Zorvane")
    assert _targets(x) == [("blocks", "H1 receptor", None), ("blocks", "M1 receptor", None),
                           ("blocks", "alpha-1 receptor", None)]
    x = _x("## How it Works\n\nZorvane raises amine levels by blocking their enzymes: the **monoamine oxidase A "
           "(MAO-A)**, the **monoamine oxidase B (MAO-B)** and the **catechol-O-methyltransferase (COMT)**.\n",
           "Zorvane")
    assert [t for _, t, _ in _targets(x)] == ["monoamine oxidase A", "monoamine oxidase B",
                                              "catechol-O-methyltransferase"]


def test_an_appositive_class_after_one_target_stays_one() -> None:
    """"binds CD20, the B-cell protein": one target, its class after the comma."""
    x = _x("## How it Works\n\nZorvane binds CD38, a protein on myeloma cells, and marks them.\n", "Zorvane")
    assert [t for _, t, _ in _targets(x)] == ["CD38"]


def test_bold_symbols_named_in_brackets_under_a_bold_count() -> None:
    """"blocks **two** glucose transporters:" over "1. **SGLT2 (sodium-glucose cotransporter 2)** in the kidneys ->
    ...": each transporter by the name its brackets give, its symbol the bold one."""
    x = _x("## How It Works\n\nZorvane blocks **two** potassium channels:\n\n"
           "1. **KCNQ2 (potassium channel subunit 2)** in nerve cells → fewer impulses.\n"
           "2. **KCNQ3 (potassium channel subunit 3)** in the brain → less firing.\n", "Zorvane")
    assert _targets(x) == [("blocks", "potassium channel subunit 2", "KCNQ2"),
                           ("blocks", "potassium channel subunit 3", "KCNQ3")]


def test_what_an_enzyme_turns_it_into_the_active_one_by_either_name() -> None:
    """"converts it into hydrocortisone (cortisol), the active hormone. Cortisol ... activates the glucocorticoid
    receptor": "it" is the drug, its active form named twice, its action the drug's."""
    x = _x("## How it Works\n\nZorvane itself is inactive. In the gut wall, esterases convert it into zorvanilate "
           "(zoranol), the active hormone. Zoranol enters cells and activates the thyroid hormone receptor (TR).\n",
           "Zorvane")
    assert [(r, t) for r, t, _ in _targets(x)] == [("activates", "thyroid hormone receptor")]


def test_a_bold_effect_then_its_kind_in_lower_case() -> None:
    """"**Meningioma:** a usually benign brain tumor; the risk increases with higher doses": the effect, described
    (its kind in lower case after the colon, a remark after the semicolon)."""
    x = _x("## Side Effects\n\n**Serious side effects:**\n\n* **Lipoma:** a usually harmless fatty tumour; the risk "
           "increases with higher doses and longer use\n", "Zorvane")
    assert [(e.label, e.serious) for e in x.side_effects] == [("Lipoma", True)]


def test_a_target_then_the_means_by_a_gerund() -> None:
    """"blocks the BCR-ABL kinase by binding to the place where ATP normally binds": the kinase, inhibited; "the
    transport of X across the membrane by blocking Y" no target named by the membrane."""
    x = _x("## How it Works\n\nZorvane blocks the FLT3 kinase by binding to the pocket where ATP normally sits. Unlike "
           "older drugs, it can bind to both the active and the inactive form of the enzyme.\n", "Zorvane")
    assert [(r, t) for r, t, _ in _targets(x)] == [("inhibits", "FLT3 kinase")]  # (a form of it no other target)
