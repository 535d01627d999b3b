"""Pages written as probes before the reader saw them (2026-12-03, fourth session): emoji `##` headings and `---`
rules; a clinician's register ("Indications", "Adverse Effects", "Mechanism of Action"); bold labels on their own
lines over numbered lists; `###` headings with a side-effect table; a terse page of plain-text labels with their
content inline. What they missed, pinned in invented wordings."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc20_wordings import _fx, _mech, _uses


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


def test_the_sentences_before_a_lead_in_name_effects_of_their_own() -> None:
    effects, _ = _fx("Most people tolerate it well. The most frequently reported problem is dry mouth, which affects "
                     "about one in three people. Other side effects may include:\n\n1. Constipation\n2. Headache")
    assert [e[0] for e in effects] == ["Dry mouth", "Constipation", "Headache"]
    effects, signs = _fx("The most common side effect is dry mouth. Serious side effects are rare. Call your doctor "
                         "right away if you:\n\n- faint\n- have chest pain")
    assert ([e[0] for e in effects], signs) == (["Dry mouth"], ["fainting", "chest pain"])


def test_a_section_that_is_a_bare_list() -> None:
    x = _x("Usage: Zoravir treats insomnia.\n\nSide Effects: Drowsiness, dizziness, tiredness, and worsening "
           "insomnia. Rarely, it can cause severe allergic reactions.\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Drowsiness", "Other"), ("Dizziness", "Other"), ("Tiredness", "Other"), ("Worsening insomnia", "Other"),
        ("Severe allergic reactions", "Serious")]
    effects, _ = _fx("In clinical studies, the gel most often caused reactions at the application site, which were "
                     "mild. Most people tolerate it well.")
    assert effects == []


def test_what_characterises_a_condition_and_initials_in_its_name() -> None:
    assert _uses("Zoravir is used to treat insomnia characterized by difficulty falling asleep.") == {
        ("Insomnia", None)}
    assert _uses("- Asthma characterised by wheezing at night") == {("Asthma", None)}
    assert _uses("It treats H. pylori infection and C. diff infection, and is used for the prevention of recurrent "
                 "C. diff in high-risk patients.") == {("H. pylori infection", None), ("C. diff infection", None),
                                                       ("Recurrent C. diff", "prevention")}


def test_a_binding_that_mimics_the_messenger_or_stops_the_target_working() -> None:
    assert _mech("Zoravir binds to MT1 and MT2 receptors in the brain's body clock, mimicking the action of "
                 "melatonin.") == [("activates", "MT1 receptor", None, "asserted"),
                                   ("activates", "MT2 receptor", None, "asserted")]
    assert _mech("Zoravir attaches to the bacterial RNA polymerase and prevents it from starting to copy DNA into "
                 "RNA.") == [("inhibits", "bacterial RNA polymerase", None, "asserted")]


def test_effects_said_as_what_the_drug_does_to_a_measure_or_an_organ() -> None:
    effects, _ = _fx("- Nausea\n\nIt may increase the risk of bleeding. It can worsen heart failure. Long-term use may "
                     "reduce bone density. Zoravir can also prolong the QT interval. It may damage the liver in rare "
                     "cases. It can increase the effects of alcohol.")
    assert effects == [("Nausea", "Other", False), ("Bleeding", "Serious", True),
                       ("Worsening heart failure", "Serious", True), ("Decreased bone density", "Serious", True),
                       ("QT prolongation", "Serious", True), ("Liver damage", "Serious", True)]
    effects, _ = _fx("Common side effects include nausea. It can also prolong the QT interval.")
    assert effects == [("Nausea", "Common", False), ("QT prolongation", "Common", False)]


def test_activity_at_a_receptor() -> None:
    assert _mech("Zoravir is an inverse agonist and antagonist at 5-HT2A receptors. It has weaker activity at 5-HT2C "
                 "receptors, and partial agonist activity at D2 receptors.") == [
        ("blocks", "5-HT2A receptor", None, "asserted"), ("binds", "5-HT2C receptor", None, "asserted"),
        ("activates", "D2 receptor", None, "asserted")]
    assert _mech("Zoravir has virtually no affinity for histamine or muscarinic receptors, little or no affinity for "
                 "D2 receptors and no meaningful activity at alpha-1 receptors.") == []


def test_a_type_of_medicine_known_as_a_class() -> None:
    x = _x("## Usage\n\nZoravir is a type of medicine known as a statin. It is available as 10 mg and 20 mg tablets.\n")
    assert (x.drug_class.label, [f.label for f in x.formulations]) == ("statin", ["tablets"])


def test_a_group_label_with_a_warning_sign() -> None:
    effects, _ = _fx("**Common (\u22651%):**\n- Diarrhea\n\n**\u26a0\ufe0f Serious:**\n- Severe allergic reaction")
    assert effects == [("Diarrhea", "Common", False), ("Severe allergic reaction", "Serious", True)]
