"""The drug's relation to a target said by what the binding then does ("binds X ... and so shuts the enzyme
down", "binds X and blocks its interaction with Y", "attaches to X and stops its channel from opening"), by a
pronoun for a target the sentence just named ("sits in those Q7 receptors and blocks them"), and relations that
are not the drug's: a natural messenger's ("Histamine then switches on ..."), a noun's ("trigger zone"), a verb
with no object. Each test is a small page of its own with made-up words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_layouts_fc8 import _mech


def _m(body: str, title: str = "Zoravir") -> set[tuple[str, str, str]]:
    return _mech(_x("## How it Works\n\n" + body + "\n", title=title))


def test_what_the_binding_then_does_names_the_relation() -> None:
    assert _m("Zoravir binds to the catalytic site of thymidine kinase, where it holds a zinc ion, and so shuts the "
              "enzyme down.") == {("inhibits", "thymidine kinase", "asserted")}
    assert _m("Zoravir binds thymidine kinase and then switches it off.") == {
        ("inhibits", "thymidine kinase", "asserted")}
    assert _m("Zoravir binds selectively to Q9 integrin and blocks its interaction with VCAM-1.") == {
        ("blocks", "Q9 integrin", "asserted")}
    assert _m("Zoravir attaches to a pocket on the NMDA receptor that lies apart from where glycine binds "
              "(allosteric) and keeps its channel from opening.") == {("blocks", "NMDA receptor", "asserted")}


def test_a_pronoun_object_is_the_target_the_sentence_named() -> None:
    assert _m("Zoravir settles into those nicotinic receptors and blocks them, so the signal fades.") == {
        ("blocks", "nicotinic receptor", "asserted")}


def test_a_natural_messengers_action_is_not_the_drugs() -> None:
    got = _m("Histamine then switches on H4 receptors in the chemoreceptor trigger zone of the brainstem. Zoravir "
             "blocks H4 receptors.")
    assert got == {("blocks", "H4 receptor", "asserted")}


def test_the_enzyme_a_page_named_is_the_one_it_points_back_to() -> None:
    assert _m("The cutting is done by a viral enzyme called scissorase. Zoravir binds to the active site of "
              "scissorase, where it holds a zinc ion, and so shuts the enzyme down.") == {
        ("inhibits", "scissorase", "asserted")}
