"""Rules firstcontact76-77's misses showed, pinned on invented pages: a slide deck ("Slide 2: Usage" over round
bullets, en-dash bullets under them as their sub-items); an item that only names a group of uses ("Approved uses
(adults)") over its sub-list; a group's name with a note in brackets ("Serious (rare)"); a class field with its
abbreviation inside ("Interleukin-23 (IL-23) inhibitor"), its target then inhibited; a form's fields in square brackets
("[Usage]", "[Common] a; b; c"); a table of run-in fields; a serious group that says to get help after a
dash ("Serious — get help")."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_slide_deck_with_round_bullets_over_dash_bullets() -> None:
    x = _x("Slide 1: Generic Name\n\u2022 Generic name: Zoravir\n\u2022 Drug class: Interleukin-23 (IL-23) inhibitor; "
           "a human monoclonal antibody\n\nSlide 2: Usage\n\u2022 Approved uses (adults)\n\u2013 Plaque psoriasis\n"
           "\u2013 Active psoriatic arthritis\n\u2022 Off-label uses\n\u2013 Hidradenitis suppurativa\n\n"
           "Slide 3: Side Effects\n\u2022 Common\n\u2013 Headache\n\u2013 Diarrhea\n\u2022 Serious (rare)\n"
           "\u2013 Liver injury\n\nSlide 4: How It Works\n\u2022 Targets interleukin-23 (IL-23), a cytokine "
           "that drives inflammation\n")
    assert x.drug_class is not None and x.drug_class.label == "Interleukin-23 inhibitor"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Plaque psoriasis", None), ("Psoriatic arthritis", None),
                                                         ("Hidradenitis suppurativa", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Diarrhea", "Common", False), ("Liver injury", "Serious", True)]
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("inhibits", "interleukin-23")]


def test_a_form_with_fields_in_square_brackets() -> None:
    x = _x("Here is the information laid out as a form:\n\n[Generic Name] Zoravir\n[Brand Names] Zorex (United "
           "States); Zoramed (Japan)\n[Route] Oral\n\n[Usage]\nZoravir is a phosphate binder.\n- Hyperphosphatemia "
           "(high phosphate levels in the blood) in adults on dialysis\n\n[Side Effects]\n[Common] Diarrhea; "
           "nausea; constipation\n[Serious] Iron overload\n")
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed"]
    assert [u.label for u in x.treats] == ["Hyperphosphatemia"]
    assert [(e.label, e.serious) for e in x.side_effects] == [("Diarrhea", False), ("Nausea", False),
                                                              ("Constipation", False), ("Iron overload", True)]


def test_a_two_column_table_whose_first_cells_are_run_in_fields() -> None:
    x = _x("| The facts | What it means for you |\n|---|---|\n| **Generic name:** Zoravir (1%); brands: Zorex, Zoramed "
           "| You can buy it without a prescription. |\n| **Used for:** Athlete's foot (tinea pedis); jock itch (tinea "
           "cruris); ringworm of the body (tinea corporis) | Zoravir is a topical antifungal. |\n"
           "| **Common side effects:** Mild stinging; burning; "
           "redness | These are usually mild. |\n| **Serious side effects:** Blistering; oozing | Stop using it. |\n"
           "| **How it works:** Blocks squalene epoxidase, an enzyme fungi need | The fungus cannot grow. |\n")
    assert [u.label for u in x.treats] == ["Athlete's foot", "Jock itch", "Ringworm of the body"]
    assert [(e.label, e.serious) for e in x.side_effects] == [("Mild stinging", False), ("Burning", False),
                                                              ("Redness", False), ("Blistering", True),
                                                              ("Oozing", True)]


def test_a_serious_group_that_says_to_get_help_after_a_dash() -> None:
    x = _x("## 3) Side effects\n**Common**\n- Nausea\n- Headache\n\n**Serious \u2014 get help**\n"
           "- Severe allergic reaction (hives, swelling of the face or throat, trouble breathing)\n"
           "- Low blood counts (unusual bruising or bleeding, frequent infections)\n")
    assert [(e.label, e.serious) for e in x.side_effects] == [("Nausea", False), ("Headache", False),
                                                              ("Severe allergic reaction", True),
                                                              ("Low blood counts", True)]
    assert "unusual bruising or bleeding" in [s.label for s in x.serious_signs]
