"""Rules from the misses of firstcontact115 (ordinary answers of six models not imitated before), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _page(effects: str = "Headache.", how: str = "Korvalin blocks the H2 receptor.",
          usage: str = "Korvalin treats gout.", more: str = "") -> str:
    return (f"**Generic Name:** Korvalin\n\n**Usage:** {usage}\n\n**Side Effects:** {effects}\n\n"
            f"**How it Works:** {how}\n{more}")


def test_contact_dermatitis_is_no_call_for_help() -> None:
    """"Less common side effects are contact dermatitis, ... and irritation of the eyes if the cream gets into them":
    "contact" names the dermatitis, not a call to a doctor; the list is effects, no signs."""
    x = _x(_page("Less common side effects are contact dermatitis, hives, cracked skin and irritation of the eyes if "
                 "the cream gets into them."), "Korvalin")
    assert [e.label for e in x.side_effects] == ["Contact dermatitis", "Hives", "Cracked skin",
                                                 "Irritation of the eyes"]
    assert x.serious_signs == []


def test_patients_seek_help_if_they_develop() -> None:
    """"Patients should stop ... and seek medical help immediately if they develop A, B, or C": the patients' signs;
    "Tell your doctor if they become severe" (of effects) gives none."""
    x = _x(_page("Headache. Patients should stop using the cream and seek medical help immediately if they develop "
                 "wheezing, a swollen tongue, or fainting."), "Korvalin")
    assert [s.label for s in x.serious_signs] == ["wheezing", "swollen tongue", "fainting"]
    y = _x(_page("Headache and nausea. Tell your doctor if they become severe or persist."), "Korvalin")
    assert y.serious_signs == []


def test_signs_told_to_patients_stay_advice() -> None:
    """"Tell patients to call their doctor right away if they notice A, B or C": advice to whoever gives the drug, kept
    among the precautions."""
    x = _x(_page("Headache. Tell patients to call their doctor right away if they notice muscle pain, dark urine or "
                 "yellow eyes."), "Korvalin")
    assert any("call their doctor" in p.text for p in x.precautions)


def test_in_combination_with_is_no_part_of_the_use() -> None:
    """"for bullous impetigo in combination with oral cefalexin": the co-therapy cut from the use, and its route is
    the other medicine's."""
    x = _x(_page(usage="Korvalin is applied to the skin. Off-label, it is used for bullous impetigo in combination "
                       "with oral cefalexin."), "Korvalin")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Bullous impetigo", "off-label")]
    assert [r.label for r in x.routes] == ["topical"]


def test_cannot_take_oral_names_another_medicine() -> None:
    """"a good option for people who cannot take oral antifungal medicines": the route of what it replaces."""
    x = _x(_page(usage="Korvalin is applied to the skin once a day for ringworm. It is a good option for people who "
                       "cannot take oral antifungal medicines such as itraconazole."), "Korvalin")
    assert [r.label for r in x.routes] == ["topical"]


def test_the_use_named_again_by_its_head() -> None:
    """"> **Key point:** It treats the *itch*, not the underlying cause": the itch named before, nothing new, and ", not
    the underlying cause" no use."""
    x = _x(_page(usage="Korvalin is used for chronic itch in kidney disease.\n\n> **Key point:** Korvalin treats the "
                       "*itch*, not the underlying cause."), "Korvalin")
    assert [u.label for u in x.treats] == ["Chronic itch in kidney disease"]


def test_tolerance_to_another_medicine_is_no_use() -> None:
    """"used in patients who have developed tolerance to opioids": how they respond to another medicine; "used in
    patients who have heart failure" still names the use."""
    x = _x(_page(usage="Korvalin treats gout. It is often used in patients who have developed tolerance to opioids, "
                       "because it keeps working."), "Korvalin")
    assert [u.label for u in x.treats] == ["Gout"]
    y = _x(_page(usage="Korvalin treats gout. It is used in patients who have heart failure."), "Korvalin")
    assert [u.label for u in y.treats] == ["Gout", "Heart failure"]


def test_route_in_an_item_of_the_name_section() -> None:
    """"* It comes as capsules and an oral solution, all taken by mouth." under the generic name: its routes and
    forms."""
    x = _x("**Generic Name**\n\n* The generic name is **korvalin**.\n* It comes as capsules and an oral solution, all "
           "taken by mouth.\n\n**Usage**\n\nKorvalin treats gout.\n\n**Side Effects**\n\nHeadache.\n", "Korvalin")
    assert [r.label for r in x.routes] == ["oral"]
    assert [f.label for f in x.formulations] == ["capsules", "oral solution"]


def test_route_said_only_in_an_answer() -> None:
    """Where nothing before says how it is given, "Korvalin is injected under the skin once a week" in an answer does;
    another medicine's route in an answer does not."""
    faq = "\n**FAQs:**\n\n**How is it given?** Korvalin is injected under the skin once a week.\n"
    x = _x(_page(more=faq), "Korvalin")
    assert [r.label for r in x.routes] == ["subcutaneous"]
    other = "\n**FAQs:**\n\n**Can I take painkillers?** Ibuprofen is taken by mouth and is fine with it.\n"
    assert _x(_page(more=other), "Korvalin").routes == []


def test_enzyme_numbers() -> None:
    """An enzyme's member by its number ("phosphodiesterase 4", "cyclooxygenase-1", "phosphodiesterase type 5"), and
    numbers after one name each with that name ("phosphodiesterase 3 and 4", "the enzymes type 1 and type 2
    5'-deiodinase")."""
    def targets(how: str) -> list[tuple[str, str]]:
        return [(m.relation, m.target) for m in _x(_page(how=how), "Korvalin").mechanism if m.is_target]
    assert targets("Korvalin inhibits phosphodiesterase 4 in immune cells.") == [("inhibits", "phosphodiesterase 4")]
    assert targets("Korvalin inhibits cyclooxygenase-1 and cyclooxygenase-2.") == [
        ("inhibits", "cyclooxygenase-1"), ("inhibits", "cyclooxygenase-2")]
    assert targets("Korvalin inhibits phosphodiesterase 3 and 4.") == [
        ("inhibits", "phosphodiesterase 3"), ("inhibits", "phosphodiesterase 4")]
    assert targets("Korvalin inhibits the enzymes type 1 and type 2 11-beta-hydroxylase in the adrenal gland.") == [
        ("inhibits", "type 1 11-beta-hydroxylase"), ("inhibits", "type 2 11-beta-hydroxylase")]


def test_symbol_before_a_gloss_and_named_again() -> None:
    """"phosphodiesterase type 5 (PDE5, an enzyme that breaks down cGMP)": PDE5 its symbol; "PDE5" later is the same
    target; "(M1, M2 and M3)" lists members, no symbol."""
    x = _x(_page(how="Korvalin blocks phosphodiesterase type 5 (PDE5, an enzyme that breaks down a messenger called "
                     "cGMP). By stopping PDE5 from breaking it down, korvalin keeps cGMP levels higher."), "Korvalin")
    assert [(m.target, m.symbol) for m in x.mechanism if m.is_target] == [("phosphodiesterase type 5", "PDE5")]
    y = _x(_page(how="Korvalin blocks muscarinic receptors (M1, M2 and M3) in the gut."), "Korvalin")
    assert [m.symbol for m in y.mechanism if m.is_target] == [None]


def test_the_active_form_competes_and_inhibits() -> None:
    """"The triphosphate competes with natural guanosine and inhibits the viral DNA polymerase": the drug's active
    form is the subject of both verbs, the natural building block only the first verb's object."""
    x = _x(_page(how="Inside cells korvalin is turned into its triphosphate. The triphosphate competes with natural "
                     "guanosine and inhibits the viral DNA polymerase."), "Korvalin")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("inhibits", "viral DNA polymerase")]


def test_symbols_named_by_a_class_in_brackets() -> None:
    """"blocks FLT3, RET and KIT (receptor tyrosine kinases)": each symbol a target, what they are said after them."""
    x = _x(_page(how="Korvalin blocks FLT3, RET and KIT (receptor tyrosine kinases) at their ATP-binding pocket."),
           "Korvalin")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [
        ("blocks", "FLT3"), ("blocks", "RET"), ("blocks", "KIT")]


def test_binds_and_makes_it_more_active() -> None:
    """"binds to plasminogen ... and makes it up to 100 times more active": an activator."""
    x = _x(_page(how="Korvalin binds to plasminogen, a natural protein in the blood, and makes it up to 100 times more "
                     "active."), "Korvalin")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("activates", "plasminogen")]


def test_symbol_glossed_by_its_class_and_a_sentence_opening_on_and() -> None:
    """"also weakly blocks PDE10 (an enzyme found in the brain)": the gloss says what the symbol is, a target; "And it
    blocks histamine H1 receptors to a lesser degree": "And" opens the sentence, the drug its subject."""
    x = _x(_page(how="Korvalin blocks NMDA receptors. It also weakly blocks PDE10 (an enzyme found in the brain), "
                     "which may explain the tiredness. And it blocks histamine H1 receptors to a lesser degree."),
           "Korvalin")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [
        ("blocks", "NMDA receptor"), ("blocks", "PDE10"), ("blocks", "histamine H1 receptor")]
