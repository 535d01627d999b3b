"""Two pages written as probes before the reader saw them (2026-12-03, fourth session): one with emoji `##` headings
and `---` rules, one in a clinician's register ("Indications", "Adverse Effects", "Mechanism of Action"). What they
missed, pinned in invented wordings."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc20_wordings import _fx, _mech


def test_a_place_of_the_list_may_bring_its_own_preposition() -> None:
    effects, _ = _fx("- Tingling in the fingers, toes or around the mouth\n- Numbness in the hands, feet or face")
    assert [e[0] for e in effects] == ["Tingling in the fingers, toes or around the mouth",
                                       "Numbness in the hands, feet or face"]


def test_a_feeling_of_being_unwell_is_an_effect() -> None:
    effects, _ = _fx("- Tiredness and a general feeling of being unwell")
    assert [e[0] for e in effects] == ["Tiredness", "General feeling of being unwell"]


def test_the_forms_of_treatments_that_were_not_enough_are_not_the_drugs() -> None:
    x = _x("## Usage\n\nZoravir is an oral carbonic anhydrase inhibitor. It is usually added when eye drops alone do "
           "not control the pressure well enough, or when creams have not helped the rash.\n")
    assert ([r.label for r in x.routes], [f.label for f in x.formulations]) == (["oral"], [])
    x = _x("## Usage\n\nZoravir tablets are often combined with eye drops. The gel does not stain clothes.\n")
    assert ({r.label for r in x.routes}, [f.label for f in x.formulations]) == ({"oral", "topical"}, ["tablets", "gel"])


def test_who_reports_the_effects_and_that_they_occur() -> None:
    effects, _ = _fx("Anticholinergic effects predominate and are dose-related. Patients commonly report dry mouth, "
                     "blurred vision and urinary hesitancy. Less frequently, tachycardia, decreased sweating and "
                     "drowsiness occur. In elderly patients, confusion and agitation may develop. Heat prostration "
                     "can occur in hot environments because sweating is reduced.")
    assert effects == [("Dry mouth", "Common", False), ("Blurred vision", "Common", False),
                       ("Urinary hesitancy", "Common", False), ("Tachycardia", "Less common", False),
                       ("Decreased sweating", "Less common", False), ("Drowsiness", "Less common", False),
                       ("Confusion", "Less common", False), ("Agitation", "Less common", False),
                       ("Heat prostration", "Less common", False)]
    effects, _ = _fx("Symptoms usually occur within hours. These can develop quickly. Side effects may occur.")
    assert effects == []


def test_a_messenger_antagonised_at_its_receptor() -> None:
    assert _mech("Zoravir is a quaternary ammonium compound that competitively antagonizes acetylcholine at muscarinic "
                 "receptors in smooth muscle, secretory glands and the central nervous system.") == [
        ("blocks", "muscarinic receptor", None, "asserted")]
    # at the end of the sentence, with or without "the"
    assert _mech("Zoravir blocks the action of acetylcholine at muscarinic receptors.") == [
        ("blocks", "muscarinic receptor", None, "asserted")]
    assert _mech("Zoravir blocks the action of leukotriene D4 at the CysLT1 receptor.") == [
        ("blocks", "CysLT1 receptor", None, "asserted")]
    # a target before "at" stays the target; a list of roles keeps each receptor
    assert _mech("Zoravir blocks NMDA receptors at the glutamate site.") == [
        ("blocks", "NMDA receptor", None, "asserted")]
    assert _mech("Zoravir is a partial agonist at 5-HT1B receptors and an agonist at 5-HT1A receptors.") == [
        ("activates", "5-HT1B receptor", None, "asserted"), ("activates", "5-HT1A receptor", None, "asserted")]


def test_modifiers_in_a_series_belong_to_one_sign() -> None:
    _, signs = _fx("- Nausea\n\nSeek medical attention if you develop eye pain, inability to urinate, or a rapid, "
                   "pounding heartbeat.")
    assert signs == ["eye pain", "inability to urinate", "rapid, pounding heartbeat"]
    _, signs = _fx("- Nausea\n\nCall your doctor if you have eye pain, fast, irregular heartbeat, or fainting.")
    assert signs == ["eye pain", "fast, irregular heartbeat", "fainting"]
