"""Mechanism wordings of firstcontact12 (measured blind once, mechanism 0.701; these rules came after)."""
from __future__ import annotations

import pytest

from tests.test_extract_layouts5 import _x
from tests.test_layouts_fc8 import _mech


def _how(text: str):  # type: ignore[no-untyped-def]
    return _x(f"**How it Works:**\n{text}\n\n**Side Effects:**\n- Headache\n")


# --- the drug's name opens the clause, the cue is its second verb -------------------------------------------


@pytest.mark.parametrize(("how_it_works", "found"), [
    ("Zoravir triphosphate competes with the natural building block deoxyguanosine triphosphate (dGTP) and "
     "inhibits the hepatitis B virus DNA polymerase (HBV polymerase) at all three of its steps.",
     ("inhibits", "hepatitis B virus DNA polymerase", "asserted")),
    ("Zoravir competes with the natural hormone angiotensin II and blocks the angiotensin II type 1 (AT1) receptor.",
     ("blocks", "angiotensin II type 1 receptor", "asserted")),
    ("Zoravir resembles the endogenous transmitter GABA and activates GABA-B receptors in the spinal cord.",
     ("activates", "GABA-B receptor", "asserted")),
])
def test_a_natural_ligand_inside_the_drugs_first_verb_is_not_the_subject_of_its_second(
        how_it_works: str, found: tuple[str, str, str]) -> None:
    assert found in _mech(_how(how_it_works))


def test_the_active_forms_second_verb_is_read_in_a_table_cell_of_glyph_items() -> None:
    x = _x("| Section | Details |\n| --- | --- |\n| **Generic Name** | Zoravir |\n"
           "| **Usage** | Used to treat chronic hepatitis B. |\n"
           "| **How it Works** | \u25aa Zoravir is a nucleoside analogue. Inside liver cells, kinases convert it into "
           "its active form, zoravir triphosphate.<br>\u25aa Zoravir triphosphate competes with the natural building "
           "block dGTP and inhibits the hepatitis B virus DNA polymerase (HBV polymerase).<br>\u25aa This blocks HBV "
           "DNA synthesis. |\n| **FAQs** | **Can I stop?** No. |\n")
    assert {(m.relation, m.target, m.symbol) for m in x.mechanism} == {
        ("inhibits", "hepatitis B virus DNA polymerase", "HBV polymerase"),
        ("decreases", "HBV DNA synthesis", None)}


@pytest.mark.parametrize("how_it_works", [
    "Natural dGTP competes with zoravir and inhibits the viral DNA polymerase.",
    "Zoravir mimics the natural hormone, which binds and activates the estrogen receptor.",
    "Zoravir looks like the natural transmitter that activates GABA-B receptors.",
])
def test_a_natural_ligands_own_verb_is_still_not_the_drugs(how_it_works: str) -> None:
    assert _mech(_how(how_it_works)) == set()


# --- a process named by a compound noun ------------------------------------------------------------------------


@pytest.mark.parametrize(("how_it_works", "found"), [
    ("Zoravir binds the viral polymerase. This blocks HBV DNA synthesis.", "HBV DNA synthesis"),
    ("Zoravir binds the viral polymerase and stops viral replication.", "viral replication"),
    ("Zoravir binds the 30S subunit and inhibits bacterial protein synthesis.", "bacterial protein synthesis"),
    ("Zoravir binds the 50S subunit, which halts protein synthesis in the bacterium.", "protein synthesis"),
])
def test_a_process_named_by_a_compound_noun_is_decreased(how_it_works: str, found: str) -> None:
    assert ("decreases", found) in {(m.relation, m.target) for m in _how(how_it_works).mechanism}


@pytest.mark.parametrize("how_it_works", [
    "Zoravir binds the viral polymerase. It does not stop DNA synthesis in human cells.",
    "Zoravir binds the viral polymerase. Unlike penicillin, which blocks cell wall synthesis, it has no effect there.",
    "Zoravir binds the viral polymerase. Stress hormones inhibit protein synthesis in muscle.",
])
def test_a_negated_or_anothers_process_is_not_decreased(how_it_works: str) -> None:
    assert not any(m.relation == "decreases" for m in _how(how_it_works).mechanism)


# --- a participle inside a hyphenated name is no verb --------------------------------------------------------


@pytest.mark.parametrize(("how_it_works", "found"), [
    ("Zoravir may also modulate high-voltage-activated calcium channels.",
     {("modulates", "high-voltage-activated calcium channel", "hedged")}),
    ("Zoravir binds the calcium-activated potassium channel (BK channel).",
     {("binds", "calcium-activated potassium channel", "asserted")}),
    ("Zoravir switches on peroxisome proliferator-activated receptor gamma (PPAR-\u03b3), a receptor in fat cells.",
     {("activates", "peroxisome proliferator-activated receptor gamma", "asserted")}),
])
def test_a_participle_inside_a_hyphenated_target_name_is_no_relation(
        how_it_works: str, found: set[tuple[str, str, str]]) -> None:
    assert _mech(_how(how_it_works)) == found


# --- analogies: the noun an analogy names, a lay verb of capture ---------------------------------------------


@pytest.mark.parametrize(("how_it_works", "found"), [
    ("Imagine each cell has a master switch. Zoravir is the key that flips that switch on. The switch is a receptor "
     "called peroxisome proliferator-activated receptor gamma (PPAR-\u03b3), found mainly in fat cells.",
     ("activates", "peroxisome proliferator-activated receptor gamma", "PPAR-\u03b3")),
    ("Think of a pump in the stomach wall. The pump is an enzyme called the proton pump (H+/K+-ATPase). "
     "Zoravir turns that pump off for the whole day.", ("inhibits", "proton pump", "H+/K+-ATPase")),
])
def test_a_phrasal_verb_on_an_analogys_noun_reaches_the_target_the_noun_is(
        how_it_works: str, found: tuple[str, str, str]) -> None:
    assert {(m.relation, m.target, m.symbol) for m in _how(how_it_works).mechanism} == {found}


@pytest.mark.parametrize("how_it_works", [
    "Insulin is the key that flips that switch on. The switch is a receptor called the insulin receptor (IR).",
    "Zoravir does not flip that switch on. The switch is a receptor called the insulin receptor (IR).",
    "Zoravir is the key that flips that switch on.",
])
def test_an_analogys_noun_is_no_target_for_another_agent_a_negation_or_when_never_named(how_it_works: str) -> None:
    assert _mech(_how(how_it_works)) == set()


def test_an_antibody_that_grabs_a_protein_before_it_can_act_inhibits_it() -> None:
    x = _how("Your body makes a protein that acts like a tag: it latches onto the LDL receptors and sends them off to "
             "be destroyed. That protein is PCSK9.\n\nZoravir is an antibody \u2013 picture a pair of handcuffs that "
             "only fits PCSK9 \u2013 that grabs PCSK9 in your blood before it can latch on.")
    assert _mech(x) == {("inhibits", "PCSK9", "asserted")}


@pytest.mark.parametrize(("how_it_works", "found"), [
    ("That protein is IL-5. Zoravir grabs IL-5 before it can reach its receptor on eosinophils.",
     {("inhibits", "IL-5", "asserted")}),
    ("That protein is IL-5. Zoravir neutralizes IL-5 in the blood.", {("inhibits", "IL-5", "asserted")}),
    ("That protein is IL-5. Zoravir grabs IL-5 in the blood.", {("binds", "IL-5", "asserted")}),
    ("That protein is IL-5. The receptors grab IL-5 in the blood.", set()),
    ("Zoravir grabs LDL cholesterol before it can reach the artery wall.", set()),
])
def test_a_lay_verb_of_capture_on_a_protein_the_page_names(how_it_works: str,
                                                           found: set[tuple[str, str, str]]) -> None:
    assert _mech(_how(how_it_works)) == found


# --- genes switched on and off; examples after "such as" -----------------------------------------------------


def _down(x) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return {(m.relation, m.target) for m in x.mechanism if m.relation in ("increases", "decreases", "triggers")}


@pytest.mark.parametrize(("how_it_works", "found"), [
    ("Zoravir binds to glucocorticoid receptors. The activated receptor switches off genes for inflammatory "
     "substances such as cytokines and chemokines and switches on anti-inflammatory genes.",
     {("decreases", "inflammatory substances"), ("decreases", "cytokines"), ("decreases", "chemokines"),
      ("increases", "anti-inflammatory genes")}),
    ("Zoravir binds to the glucocorticoid receptor. The complex moves into the nucleus, where it switches off genes "
     "for pro-inflammatory cytokines such as interleukin-1, interleukin-6 and tumor necrosis factor (TNF), and "
     "switches on genes for anti-inflammatory proteins.",
     {("decreases", "pro-inflammatory cytokines"), ("decreases", "interleukin-1"), ("decreases", "interleukin-6"),
      ("decreases", "tumor necrosis factor"), ("increases", "anti-inflammatory proteins")}),
    ("Zoravir activates thyroid hormone receptors, which turn on genes.", set()),
])
def test_genes_switched_on_or_off_give_what_they_make_and_no_target(how_it_works: str,
                                                                    found: set[tuple[str, str]]) -> None:
    x = _how(how_it_works)
    assert _down(x) == found
    assert not any("gene" in m.target or m.target in ("tumor necrosis factor",) for m in x.mechanism
                   if m.relation not in ("increases", "decreases"))


@pytest.mark.parametrize(("how_it_works", "found"), [
    ("Zoravir binds the alpha-2-delta subunit, which decreases the release of excitatory neurotransmitters such as "
     "glutamate, noradrenaline and substance P. Calmer nerves send fewer pain signals.",
     {("decreases", "excitatory neurotransmitter release"), ("decreases", "glutamate"),
      ("decreases", "noradrenaline"), ("decreases", "substance P")}),
    ("Zoravir blocks IL-4R. The body makes less IgE and fewer inflammatory chemicals such as eotaxin-3 and TARC, "
     "and the skin barrier can recover.",
     {("decreases", "IgE"), ("decreases", "inflammatory chemicals"), ("decreases", "eotaxin-3"),
      ("decreases", "TARC")}),
    ("Zoravir binds the 50S subunit. It may reduce the production of inflammatory cytokines such as interleukin-8 "
     "(IL-8) and by reducing neutrophil activity.",
     {("decreases", "inflammatory cytokine production"), ("decreases", "interleukin-8")}),
])
def test_examples_after_such_as_are_entries_of_their_own_over_commas(how_it_works: str,
                                                                    found: set[tuple[str, str]]) -> None:
    assert _down(_how(how_it_works)) == found


@pytest.mark.parametrize("how_it_works", [
    "Zoravir blocks the histamine-2 (H2) receptors, so histamine can't switch on acid production.",
    "Zoravir blocks the histamine-2 (H2) receptors, so histamine can\u2019t raise acid production.",
    "Zoravir blocks the histamine-2 (H2) receptors. It doesn't switch off genes for cytokines.",
])
def test_a_contracted_negation_names_no_downstream_effect(how_it_works: str) -> None:
    assert _down(_how(how_it_works)) == set()


# --- an object with a relative clause and no "that"; a ligand kept from passing on its signal ----------------


@pytest.mark.parametrize(("how_it_works", "found"), [
    ("Zoravir directly inhibits factor Xa. By inhibiting factor Xa, zoravir reduces the amount of thrombin the blood "
     "makes, so clots form less easily and existing clots are less likely to grow.",
     ("decreases", "thrombin", "asserted")),
    ("Zoravir lowers blood sugar by reducing the amount of glucose (sugar) the liver produces.",
     ("decreases", "glucose production by the liver", "asserted")),
    ("Zoravir blocks H2 receptors, which reduces the amount of acid the stomach makes.",
     ("decreases", "acid production by the stomach", "asserted")),
    ("Zoravir blocks H2 receptors. It is likely to reduce the amount of acid the stomach makes.",
     ("decreases", "acid production by the stomach", "hedged")),
])
def test_an_object_before_a_relative_clause_without_that_ends_before_it(how_it_works: str,
                                                                       found: tuple[str, str, str]) -> None:
    assert found in _mech(_how(how_it_works))


@pytest.mark.parametrize(("how_it_works", "found"), [
    ("Zoravir blocks neurokinin-1 (NK1) receptors. By occupying these receptors, zoravir stops substance P from "
     "passing on its signal.", {("decreases", "substance P signal")}),
    ("Zoravir binds IL-5 and prevents IL-5 from sending its signal to eosinophils.", {("decreases", "IL-5 signal")}),
    ("Zoravir blocks NK1 receptors. It does not stop serotonin from passing on its signal.", set()),
    ("Zoravir blocks NK1 receptors. Normally substance P binds them and passes on its signal.", set()),
])
def test_a_ligand_kept_from_passing_on_its_signal_is_a_decreased_signal(how_it_works: str,
                                                                       found: set[tuple[str, str]]) -> None:
    assert _down(_how(how_it_works)) == found
