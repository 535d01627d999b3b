"""Rules from the misses of firstcontact118 (six notations never seen; the extractor's side, once the readers gave the
pages as Markdown), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _page(effects: str = "- Headache", how: str = "It blocks the H2 receptor.") -> str:
    return f"## Usage\n\n- Gout\n\n## Side Effects\n\n{effects}\n\n## How it Works\n\n{how}\n"


def test_active_form_made_in_one_step() -> None:
    """"The liver converts it in one step into calcifediol ... Calcifediol binds to and activates the vitamin D
    receptor": the active form the page names is the drug at work."""
    x = _x(_page(how="The liver converts it in one step into calcifediol, the active hormone.\n\nCalcifediol binds to "
                     "and activates the vitamin D receptor (VDR) in the gut."), "Ostavin")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("activates", "vitamin D receptor")]


def test_role_noun_with_a_symbol() -> None:
    """"a non-selective phosphodiesterase (PDE) inhibitor", "a selective COX-2 inhibitor", "an ACE inhibitor": the
    target the role names; "an NSAID" is a class's initials, no target."""
    def targets(how: str) -> list[tuple[str, str]]:
        return [(m.relation, m.target) for m in _x(_page(how=how), "Ostavin").mechanism if m.is_target]
    assert targets("Ostavin is a non-selective phosphodiesterase (PDE) inhibitor.") == [
        ("inhibits", "phosphodiesterase")]
    assert targets("Ostavin is a selective COX-2 inhibitor.") == [("inhibits", "COX-2")]
    assert targets("Ostavin is an ACE inhibitor.") == [("inhibits", "ACE")]
    assert targets("Ostavin is an NSAID inhibitor of pain.") == []


def test_adverb_and_participle_after_an_adjective() -> None:
    """"Dry, easily cracked skin": the adjectives of one noun, one effect."""
    x = _x(_page("- **Long-term use:** Dry, easily cracked skin; hair loss"), "Ostavin")
    assert [e.label for e in x.side_effects] == ["Dry, easily cracked skin", "Hair loss"]


def test_what_an_effect_causes_is_no_effect() -> None:
    """"Muscle damage causing pain, weakness or dark urine": the effect; not inside a gloss."""
    x = _x(_page("- **Serious:** Muscle damage causing pain, weakness or dark urine; low copper\n"
                 "- **Serious:** Neuropathy (nerve damage causing pain, burning or numbness)"), "Ostavin")
    assert [e.label for e in x.side_effects] == ["Muscle damage", "Low copper", "Neuropathy"]


def _class(body: str) -> str | None:
    x = _x(body, "Ostavin")
    return x.drug_class.label if x.drug_class else None


def test_a_kind_of_treatment_is_no_class() -> None:
    """"Ostavin is a targeted cancer medicine" (or "an oral targeted therapy") says what kind of treatment it is: the
    class field the page gives wins; "the only antimalarial" ranks it, no class."""
    field = ("## Generic Name\n\nOstavin\n\n- Drug class: Anaplastic lymphoma kinase (ALK) inhibitor, a kind of "
             "targeted therapy\n\n")
    assert _class(field + "## Usage\n\nOstavin is a targeted cancer medicine used to treat lung cancer.\n") == \
        "Anaplastic lymphoma kinase inhibitor"
    assert _class(field + "## Usage\n\nOstavin is an oral targeted therapy used to treat lung cancer.\n") == \
        "Anaplastic lymphoma kinase inhibitor"
    assert _class("## Generic Name\n\n- Class: Benzodiazepine\n\n## Usage\n\nOstavin is the only sedative given by "
                  "the nose.\n") == "Benzodiazepine"
    # a class in the opening still wins over the field (truths of earlier sets)
    assert _class("## Generic Name\n\n- Class: Kinase inhibitor\n\n## Usage\n\nOstavin is an imidazole-derived "
                  "hypnotic used for sleep.\n") == "imidazole-derived hypnotic"


def test_class_named_after_a_new_class() -> None:
    """"an antifungal of a new class, the echinocandins": the class named after the phrase, one of them."""
    assert _class("## Usage\n\nOstavin is an injected antifungal of a new class, the glucan synthase inhibitors. It "
                  "treats candidiasis.\n") == "glucan synthase inhibitor"
