"""Mechanism sentences of shapes first met in firstcontact14, each written here for other drugs and in other
words: a pronoun after a colon whose sentence opened with the drug, a comparison with no comma ("Like other
antipsychotics it blocks ..."), a class announced before a colon ("several other receptors too: A, B and C"),
isoenzymes named after a dash for "both forms of this enzyme", a cytokine bound and neutralised, a negated
verb whose means ("by acting on") is negated with it. Each test is a small page."""
from __future__ import annotations

import pytest

from tests.test_extract_layouts5 import _x
from tests.test_layouts_fc8 import _mech


def _how(body: str, title: str = "Zoravir") -> set[tuple[str, str, str]]:
    return _mech(_x("## How it Works\n\n" + body + "\n", title))


def _targets(body: str, title: str = "Zoravir") -> set[tuple[str, str, str]]:
    return {m for m in _how(body, title) if m[0] not in ("triggers", "increases", "decreases")}


@pytest.mark.parametrize("body", [
    "The eye constantly makes a clear fluid called aqueous humor. Zoravir is a non-selective beta-blocker: it blocks "
    "beta-1 and beta-2 adrenergic receptors.",
    "The heart muscle is driven by adrenaline. Zoravir is a cardioselective agent; it blocks beta-1 "
    "adrenergic receptors and, to a lesser degree, beta-2 adrenergic receptors.",
])
def test_it_after_a_colon_is_the_drug_its_sentence_opened_with(body: str) -> None:
    """The sentence before is about another thing ("The eye ... makes"), but this one opens with the drug: the
    "it" after its colon or semicolon is the drug, not the eye."""
    assert _targets(body) == {("blocks", "beta-1 adrenergic receptor", "asserted"),
                              ("blocks", "beta-2 adrenergic receptor", "asserted")}


def test_it_right_after_another_agents_sentence_is_still_that_agent() -> None:
    assert _targets("Histamine is released by mast cells. It activates H1 receptors on blood vessels. Zoravir blocks "
                    "H2 receptors.") == {("blocks", "H2 receptor", "asserted")}


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir is a second-generation antipsychotic. Like other antipsychotics it blocks dopamine D2 receptors, but "
     "only weakly and briefly.", {("blocks", "dopamine D2 receptor", "asserted")}),
    ("Like most tricyclic antidepressants it also inhibits the norepinephrine transporter (NET).",
     {("inhibits", "norepinephrine transporter", "asserted")}),
])
def test_a_comparison_with_no_comma_keeps_the_drug_as_subject(body: str, found: set) -> None:
    """"Like other antipsychotics it blocks ...": the comparison names a class the drug belongs to, and the
    pronoun after it is the drug, comma or not."""
    assert _targets(body) == found


def test_a_comparison_whose_subject_is_another_agent_is_not_the_drug() -> None:
    assert _targets("Like dopamine itself, apomorphine activates D2 receptors. Zoravir blocks D2 receptors.") == {
        ("blocks", "D2 receptor", "asserted")}


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir blocks several other receptors too: histamine H1 receptors (causing sleepiness), alpha-1 adrenergic "
     "receptors (causing dizziness on standing) and muscarinic acetylcholine receptors (causing constipation).",
     {("blocks", "histamine H1 receptor", "asserted"), ("blocks", "alpha-1 adrenergic receptor", "asserted"),
      ("blocks", "muscarinic acetylcholine receptor", "asserted")}),
    ("It also blocks two other channels as well: L-type calcium channels and hERG potassium channels.",
     {("blocks", "L-type calcium channel", "asserted"), ("blocks", "hERG potassium channel", "asserted")}),
    ("The drug inhibits a number of enzymes: monoamine oxidase A (MAO-A) and monoamine oxidase B (MAO-B).",
     {("inhibits", "monoamine oxidase A", "asserted"), ("inhibits", "monoamine oxidase B", "asserted")}),
])
def test_a_class_announced_before_a_colon_is_followed_by_its_members(body: str, found: set) -> None:
    """"blocks several other receptors too: A, B and C": the members after the colon are the targets, the class
    word before it names none."""
    assert _targets(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Testosterone is converted into dihydrotestosterone (DHT) by the enzyme 5-alpha reductase. Zoravir inhibits "
     "both forms of this enzyme — type 1 and type 2 5-alpha reductase — whereas finasteride blocks mainly type 2.",
     {("inhibits", "type 1 5-alpha reductase", "asserted"), ("inhibits", "type 2 5-alpha reductase", "asserted")}),
    ("Zoravir blocks both subtypes of this receptor - type I and type II angiotensin receptors - with equal strength.",
     {("blocks", "type I angiotensin receptor", "asserted"), ("blocks", "type II angiotensin receptor", "asserted")}),
    ("It inhibits type 1 and type 2 iodothyronine deiodinase.",
     {("inhibits", "type 1 iodothyronine deiodinase", "asserted"),
      ("inhibits", "type 2 iodothyronine deiodinase", "asserted")}),
])
def test_isoforms_named_after_a_dash_or_as_type_1_and_type_2(body: str, found: set) -> None:
    """"both forms of this enzyme — type 1 and type 2 X —": the forms are named after the dash, each a target with
    the shared name; "forms of this enzyme" itself names none."""
    assert _targets(body) == found


def test_forms_of_an_enzyme_named_only_by_an_anaphor_are_no_target() -> None:
    got = _targets("The enzyme makes a hormone. Zoravir inhibits both forms of this enzyme, which lowers the hormone.")
    assert not any("forms" in target or "this" in target for _, target, _ in got)


@pytest.mark.parametrize(("body", "found"), [
    ("Interleukin-17A (IL-17A) is a signaling protein made by Th17 cells. Zoravir binds selectively to IL-17A and "
     "neutralizes it, so the cytokine can no longer attach to its receptor (IL-17RA).",
     ("inhibits", "interleukin-17a", "IL-17A")),
    ("Interleukin-5 (IL-5) recruits eosinophils. Zoravir is a monoclonal antibody that binds to and neutralises IL-5.",
     ("inhibits", "interleukin-5", "IL-5")),
    ("Sclerostin (SOST) slows bone formation. Zoravir binds sclerostin and neutralises it.",
     ("inhibits", "sclerostin", "SOST")),
])
def test_a_cytokine_bound_and_neutralised_is_inhibited(body: str, found: tuple[str, str, str]) -> None:
    """A cytokine named at the start of a sentence with its symbol ("Interleukin-17A (IL-17A) is ...") is a target
    named later by the symbol; binding it and neutralising it is inhibiting it. Its own receptor is no target."""
    got = {(m.relation, m.target.casefold(), m.symbol) for m in _x("## How it Works\n\n" + body + "\n").mechanism}
    assert got == {found}


@pytest.mark.parametrize("body", [
    "Zoravir binds to the parasite's tubulin. Unlike ivermectin, it does not paralyse worms by acting on their nerve "
    "and muscle channels.",
    "Zoravir binds to the parasite's tubulin. It does not lower blood pressure by blocking calcium channels.",
    "Zoravir binds to the parasite's tubulin. It never relaxes the airways by stimulating beta-2 receptors.",
])
def test_the_means_of_a_negated_verb_is_negated_with_it(body: str) -> None:
    """"does not paralyse worms by acting on their channels": the action after "by" is denied with the verb."""
    assert _targets(body) == {("binds", "tubulin", "asserted")}


def test_the_means_of_a_plain_verb_is_the_drugs_action() -> None:
    assert _targets("Zoravir relaxes the airways by stimulating beta-2 receptors.") == {
        ("activates", "beta-2 receptor", "asserted")}


def _down(body: str) -> set[tuple[str, str, str]]:
    return {m for m in _how(body) if m[0] in ("triggers", "increases", "decreases")}


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir binds to the parasite's tubulin and blocks the assembly (polymerization) of microtubules.",
     {("decreases", "microtubule assembly", "asserted")}),
    ("Zoravir binds to the bacterial ribosome. It is also thought to block the bacteria's uptake of iron.",
     {("decreases", "iron uptake", "hedged")}),
    ("Zoravir binds to tubulin. It reduces the fungus's synthesis (production) of ergosterol.",
     {("decreases", "ergosterol synthesis", "asserted")}),
])
def test_a_process_blocked_with_a_possessive_or_a_gloss(body: str, found: set) -> None:
    """"blocks the worms' uptake of glucose", "the assembly (polymerization) of microtubules": whose process it is
    and a gloss between the process and its object do not hide the process."""
    assert _down(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir binds to tubulin. It is also believed to block the uptake of glucose, so their glycogen stores run down "
     "and they can no longer make enough ATP.",
     {("decreases", "glucose uptake", "hedged"), ("decreases", "glycogen stores", "hedged"),
      ("decreases", "ATP", "hedged")}),
    ("Zoravir inhibits squalene epoxidase. As a result the fungal cells cannot produce enough ergosterol, and their "
     "lipid reserves become depleted.",
     {("decreases", "ergosterol", "asserted"), ("decreases", "lipid reserves", "asserted")}),
])
def test_stores_that_run_down_and_what_can_no_longer_be_made(body: str, found: set) -> None:
    assert _down(body) == found


def test_what_cannot_be_made_for_another_reason_is_no_effect() -> None:
    assert _down("Zoravir inhibits squalene epoxidase. Human cells cannot make ergosterol, and the body's iron stores "
                 "do not run down.") == set()


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir inhibits phosphodiesterase 3 (PDE3). PDE3 normally breaks down cyclic AMP (cAMP); with the enzyme "
     "inhibited, cAMP levels rise inside these cells.", ("increases", "cyclic AMP", "cAMP")),
    ("Zoravir inhibits phosphodiesterase 5 (PDE5), which breaks down cyclic GMP (cGMP). With this enzyme blocked, "
     "cGMP levels rise in the smooth muscle.", ("increases", "cyclic GMP", "cGMP")),
])
def test_a_messenger_that_rises_once_its_enzyme_is_inhibited(body: str, found: tuple[str, str, str]) -> None:
    """"with the enzyme inhibited, cAMP levels rise": the absolute clause is the cue, and the messenger's symbol
    names it in full."""
    got = {(m.relation, m.target, m.symbol) for m in _x("## How it Works\n\n" + body + "\n").mechanism
           if m.relation == "increases"}
    assert got == {found}


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir binds IL-17A. This reduces the release of pro-inflammatory cytokines, chemokines and antimicrobial "
     "peptides, and lets the skin and joints settle.",
     {("decreases", "pro-inflammatory cytokine release", "asserted"), ("decreases", "chemokine release", "asserted"),
      ("decreases", "antimicrobial peptide release", "asserted")}),
    ("Zoravir blocks the IL-6 receptor. It may lower the production of C-reactive protein, fibrinogen and hepcidin in "
     "the liver.",
     {("decreases", "C-reactive protein production", "hedged"), ("decreases", "fibrinogen production", "hedged"),
      ("decreases", "hepcidin production", "hedged")}),
])
def test_every_member_of_a_short_list_after_a_process_is_an_effect(body: str, found: set) -> None:
    """"reduces the release of A, B and C": each of the three, not only the first before the comma."""
    assert _down(body) == found


@pytest.mark.parametrize(("body", "found"), [
    ("Zoravir inhibits PDE3. In platelets, higher cAMP reduces platelet aggregation — the platelets become less "
     "sticky.", {("decreases", "platelet aggregation", "asserted")}),
    ("Zoravir blocks beta-1 receptors. It slows the heart rate – which lowers the oxygen the heart needs.",
     {("decreases", "heart rate", "asserted")}),
])
def test_a_dash_aside_ends_a_consequences_object(body: str, found: set) -> None:
    assert _down(body) == found


def test_an_appositive_after_a_process_object_is_no_member() -> None:
    assert _down("Zoravir inhibits cyclooxygenase-2 (COX-2), which reduces the production of prostaglandins, "
                 "substances involved in inflammation and in the growth of abnormal cells.") == {
        ("decreases", "prostaglandin production", "asserted")}


@pytest.mark.parametrize(("body", "found"), [
    ("Testosterone is converted into dihydrotestosterone (DHT) by 5-alpha reductase. Zoravir inhibits this enzyme. "
     "As a result it lowers DHT in the blood by about 90%.", ("decreases", "dihydrotestosterone", "DHT")),
    ("Zoravir inhibits thyroid peroxidase, the enzyme that makes thyroxine (T4). It therefore reduces T4 in the "
     "blood over several weeks.", ("decreases", "thyroxine", "T4")),
])
def test_a_molecule_the_section_named_with_a_symbol_changes(body: str, found: tuple[str, str, str]) -> None:
    """"lowers DHT in the blood": a verb of change on a molecule the section defined by its symbol is a downstream
    effect, named in full; a bare word ("lowers testosterone") is not read as one."""
    got = {(m.relation, m.target, m.symbol) for m in _x("## How it Works\n\n" + body + "\n").mechanism
           if m.relation == "decreases"}
    assert got == {found}
