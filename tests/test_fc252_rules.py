"""Rules from the misses of firstcontact252 and firstcontact253 (call-centre, sales-data, customer-chat, messaging
and chatbot-builder assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_fc234_rules import _mech, _page


def test_symbols_with_an_aside_in_brackets_between_them() -> None:
    assert _mech("1. **Blocks kinases** – it inhibits KIT (normal and D816V-mutant forms) and **PDGFRA**.") == [
        ("inhibits", "KIT"), ("inhibits", "PDGFRA")]


def test_a_choice_or_a_separate_product_is_no_class() -> None:
    x = _page(gen="- **Zorvane** – a hypnotic of the imidazopyridine class",
              usage="Zorvane is not recommended on its own; sleep therapy is the first choice. It treats insomnia.")
    assert x.drug_class is not None and x.drug_class.label == "imidazopyridine"
    x = _page(gen="- Drug class: anthracycline antibiotic (a cytotoxic drug)",
              usage="A liposomal combination (Zorvex) is a separate product for older adults. It treats leukaemia.")
    assert x.drug_class is not None and x.drug_class.label == "anthracycline antibiotic"


def test_a_positive_modulator_of_what_it_binds_activates_it() -> None:
    assert _mech("- **Target:** Zorvane binds to a site on the GABA-A receptor. It is a positive allosteric modulator: "
                 "it makes the receptor respond more strongly to GABA.") == [("activates", "GABA-A receptor")]


def test_a_sentence_on_the_uses_status_names_no_use() -> None:
    x = _page(usage="In people, it is being studied for:\n\n- Hookworm infection\n- Strongyloidiasis\n\nThese "
                    "human uses are off-label and experimental.")
    assert [u.label for u in x.treats] == ["Hookworm infection", "Strongyloidiasis"]
