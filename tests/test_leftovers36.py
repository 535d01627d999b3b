"""Misses left from sets 102-105, each rule pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def _how(body: str) -> set[tuple[str, str]]:
    return _mech(_x("## How it Works\n\n" + body + "\n"))


def test_the_kinase_activity_of_a_receptor_is_the_receptor_inhibited() -> None:
    """"inhibits the tyrosine kinase activity of X receptors": the receptor, as "the activity of X" gives it."""
    assert _how("Zoravir inhibits the tyrosine kinase activity of the stem cell factor receptors (SCFR1 and SCFR2).") \
        == {("inhibits", "stem cell factor receptor")}
    assert _how("Zoravir inhibits the enzymatic activity of the enzyme cathepsin K.") == {("inhibits", "cathepsin K")}


def test_a_state_that_lasts_names_no_object() -> None:
    """"keeps X switched on all the time" describes the disease: no "increases all the time"."""
    assert _how("In some tumours a fusion gene keeps the KQ2 receptor switched on all the time. Zoravir blocks the "
                "KQ2 receptor.") == {("blocks", "KQ2 receptor")}


def test_a_pathway_shut_down_is_a_downstream_decrease_each_named() -> None:
    """A pathway is no molecular target: "shuts down the A and B pathways" decreases each, the head noun shared, and
    "the pathways downstream of X, including A" names A."""
    assert _how("Zoravir inhibits KQ2. This shuts down the JNK and NF-kB pathways.") == {
        ("inhibits", "KQ2"), ("decreases", "JNK pathway"), ("decreases", "NF-kB pathway")}
    assert _how("Zoravir inhibits KQ2. This blocks the signalling pathways downstream of the kinase, including the "
                "Wnt pathway, so the cells stop growing.") == {("inhibits", "KQ2"), ("decreases", "Wnt pathway")}
    assert _how("Zoravir blocks the hedgehog signalling pathway.") == {("decreases", "hedgehog pathway")}


def _signs(body: str) -> list[str]:
    return [s.label for s in _x(body).serious_signs]


def test_a_note_in_brackets_written_as_a_sentence_gives_no_signs() -> None:
    """"Pancreatitis (Can begin with belly pain, nausea or ...)" is a note about the effect, not its list of signs;
    a list of signs in brackets still is."""
    page = ("## Side Effects\n\n**Serious:**\n\n- Pancreatitis (Usually begins with belly pain, vomiting or a fever; "
            "rare.)\n- Angioedema (swelling of the lips, tongue, throat)\n")
    assert [e.label for e in _x(page).side_effects] == ["Pancreatitis", "Angioedema"]
    assert "vomiting" not in _signs(page) and "swelling of the lips" in _signs(page)


def test_what_a_germ_or_its_purpose_clause_does_is_no_action_of_the_drug() -> None:
    """"To enter a liver cell, the parasite first binds to X" and "The virus first attaches to X": the germ's steps."""
    assert _how("To enter a liver cell, the parasite first binds to the CD81 receptor. Zoravir blocks the KQ2 "
                "receptor.") == {("blocks", "KQ2 receptor")}
    assert _how("The virus first attaches to the ACE2 receptor. Zoravir blocks the KQ2 receptor.") == {
        ("blocks", "KQ2 receptor")}


def test_viral_entry_blocked_is_a_downstream_decrease() -> None:
    assert _how("Zoravir blocks the KQ2 receptor. This prevents viral entry, the first step of infection.") == {
        ("blocks", "KQ2 receptor"), ("decreases", "viral entry")}


def test_the_first_of_two_short_names_in_brackets_is_the_symbol_and_a_fact_line_by_it_is_said_once() -> None:
    """"activating small-conductance calcium-activated potassium channels (SK or KCa2 channels)" gives the symbol SK,
    and a list of facts after it saying "Activates SK channel" names the same target."""
    x = _x("## How it Works\n\nZoravir works by activating small-conductance calcium-activated potassium channels (SK "
           "or KCa2 channels) in nerve cells.\n\n- Activates SK channel\n")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism] == [
        ("activates", "small-conductance calcium-activated potassium channel", "SK")]


def test_makes_these_receptors_respond_more_is_a_positive_modulator() -> None:
    """"binds to the X site on Y receptors and makes these receptors respond more strongly": activates Y; "boosting
    the effect of GABA" beside it names the body's messenger, no target."""
    assert _how("Zoravir works by boosting the effect of gamma-aminobutyric acid (GABA), the brain's main calming "
                "messenger. It binds to a site on GABA-A receptors and makes these receptors respond more strongly "
                "when GABA attaches.") == {("activates", "GABA-A receptor")}


def test_call_your_specialist_now_for_is_a_seek_help_label() -> None:
    x = _x("## Side Effects\n\n**Common:** tiredness, diarrhoea.\n\n**Call your oncologist now for:** yellow eyes, "
           "chest pain, black stools.\n")
    assert [e.label for e in x.side_effects] == ["Tiredness", "Diarrhoea"]
    assert [s.label for s in x.serious_signs] == ["yellow eyes", "chest pain", "black stools"]
