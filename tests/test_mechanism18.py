"""Other words for the drug's relation to its target, met in firstcontact18 and written here for made-up drugs:
binding said figuratively ("latches onto", "docks onto", "soaks up", "grabs") with what it then does ("holds the
channel in its closed state", "switches them on"), "disables" any enzyme, a binder's small molecules (phosphate,
potassium, bile acids), and downstream verbs ("kicks off", "promotes", "disrupts", "trims") and a possessive
subject before "grinds to a halt". A figurative binding word said of another molecule gives nothing."""
from __future__ import annotations

from tests.test_downstream14 import _down
from tests.test_mechanism17 import _m


def test_figurative_binding_and_what_it_then_does() -> None:
    assert _m("Zoravir latches onto the Q7 channel and holds the channel in its closed state.") == {
        ("blocks", "Q7 channel", "asserted")}
    assert _m("Zoravir docks onto hiccup receptors (HCR) on nerve cells and switches them on.") == {
        ("activates", "hiccup receptor", "asserted")}
    assert ("inhibits", "thymidine kinase", "asserted") in _m("Zoravir disables thymidine kinase.")


def test_a_binder_takes_up_small_molecules() -> None:
    got = _m("In the gut, Zoravir grabs the negatively charged phosphate released from food. It also soaks up bile "
             "acids and mops up excess potassium.")
    assert {("binds", "phosphate", "asserted"), ("binds", "bile acids", "asserted"),
            ("binds", "potassium", "asserted")} <= got


def test_a_figurative_binding_word_said_of_another_molecule_is_not_the_drugs() -> None:
    got = _m("An adhesion molecule on T cells acts as an address label: it latches on to a partner protein on the "
             "vessel wall. Zoravir blocks the Q7 integrin.")
    assert got == {("blocks", "Q7 integrin", "asserted")}


def test_downstream_verbs() -> None:
    got = _down("Zoravir blocks the Q7 receptor. This kicks off JAK2 signalling. It promotes the breakdown of stored "
                "fat. It may also disrupt the maturation of viral proteins. As a result, the parasite's energy "
                "metabolism grinds to a halt.")
    assert {("triggers", "JAK2 signalling", "asserted"), ("increases", "breakdown of stored fat", "asserted"),
            ("decreases", "maturation of viral proteins", "hedged"),
            ("decreases", "parasite's energy metabolism", "asserted")} <= got


def test_a_consequence_after_so_and_a_reported_clause_are_the_drugs() -> None:
    got = _down("Zoravir blocks the Q7 enzyme. Thrombin is the enzyme that turns fibrinogen into fibrin, so zoravir "
                "reduces the conversion of fibrinogen to fibrin. Laboratory work suggests it may also disrupt the "
                "maturation of viral proteins. Phosphate bound this way cannot cross the gut wall, so phosphate "
                "absorption drops. More water is reabsorbed, so less of it is made.")
    assert {("decreases", "conversion of fibrinogen", "asserted"),
            ("decreases", "maturation of viral proteins", "hedged"),
            ("decreases", "phosphate absorption", "asserted")} <= got
    assert not any(t.startswith("of ") for _, t, _ in got)


def test_a_drug_set_against_it_is_another_agent_whatever_its_case() -> None:
    assert _m("Zoravir binds interleukin-99 (IL-99) tightly and neutralises it. It leaves IL-98 alone; celtomab, by "
              "contrast, blocks the shared IL-98R receptor.") == {("inhibits", "interleukin-99", "asserted")}


def test_a_protein_named_by_its_symbol_alone() -> None:
    assert _m("Zoravir inhibits COX-2.") == {("inhibits", "COX-2", "asserted")}
    assert _m("Zoravir inhibits JAK1 and JAK2 inside immune cells.") == {("inhibits", "JAK1", "asserted"),
                                                                       ("inhibits", "JAK2", "asserted")}
    assert _m("Zoravir binds IL-99 tightly and neutralises it.") == {("inhibits", "IL-99", "asserted")}
    # a symbol before a noun is a modifier, a virus kept from entering cells no target
    assert not any(t == "DNA" for _, t, _ in _m("Zoravir blocks DNA synthesis."))
    assert _m("Zoravir blocks HIV from entering cells.") == set()


def test_them_after_a_demonstrative_points_to_the_channels_named_before() -> None:
    got = _m("Pacemaker cells carry a current that flows through QRS channels. Zoravir enters these channels from "
             "inside the cell and blocks them, reducing the pacing current.")
    assert ("blocks", "QRS channel", "asserted") in got
    assert ("decreases", "pacing current", "asserted") in _down(
        "Pacemaker cells carry a current that flows through QRS channels. Zoravir enters these channels from inside "
        "the cell and blocks them, reducing the pacing current.")


def test_two_modifiers_share_a_head_that_a_place_follows() -> None:
    assert {t for _, t, _ in _m("Zoravir binds to gastric and pancreatic lipases in the stomach and small intestine "
                                "and inactivates them.")} == {"gastric lipases", "pancreatic lipases"}


def test_a_capitalised_word_that_opens_a_process_is_no_agent() -> None:
    assert ("triggers", "JAK9 signalling", "asserted") in _down(
        "Zoravir docks onto growth receptors and switches them on. Receptor activation kicks off JAK9 signalling "
        "inside the cell.")
    # a study's claim that later work refuted stays unread, as before
    assert not any(t.startswith("collapsin") for _, t, _ in _m(
        "Zoravir blocks the Q7 channel. Early research suggested that it also binds collapsin protein-9 (CP-9), but "
        "later studies did not confirm this."))
