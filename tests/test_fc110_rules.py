"""Rules from the misses of firstcontact110 (ordinary answers of six models not imitated before), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x


def test_list_items_that_finish_the_lead_is_used() -> None:
    """"Belmoxan is used:" over "- for tinnitus ...;", "- in adults with restless legs ...", "- as second-line therapy
    for ...": each item finishes the lead's sentence; where a symptom comes from is no part of its name."""
    x = _x("## Usage\n\nBelmoxan is used:\n\n- for tinnitus of vascular or metabolic origin;\n"
           "- in adults with restless legs syndrome (RLS), together with iron tablets;\n"
           "- as second-line therapy for cluster headache;\n"
           "- off-label: to lower the number of painful crises in thalassaemia.\n\n"
           "## Side effects\n\n- Nausea\n", "Belmoxan")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Tinnitus", None), ("Restless legs syndrome", None), ("Cluster headache", None),
        ("Painful crises in thalassaemia", "off-label")]


def test_fever_of_unknown_origin_keeps_its_origin() -> None:
    x = _x("## Usage\n\nBelmoxan is used:\n\n- for fever of unknown origin in adults;\n- for gout.\n\n"
           "## Side effects\n\n- Nausea\n", "Belmoxan")
    assert [u.label for u in x.treats] == ["Fever of unknown origin", "Gout"]


def test_fields_run_on_in_the_generic_name_paragraph() -> None:
    """A reference book's paragraph: "X (INN). Trade names: ... Pharmacotherapeutic group: ... Release forms: ...",
    each field after the first sentence its own, to its sentence's end."""
    x = _x("## Generic name\n\nBelmoxan (international nonproprietary name). Trade names: «Belmox», «Oxanil». "
           "Pharmacotherapeutic group: vasodilating agent. Chemically, it is a xanthine derivative. Release forms: "
           "tablets 100 mg, solution for intravenous infusion.\n\n## Usage\n\n- Intermittent claudication\n\n"
           "## Side effects\n\n- Flushing\n", "Belmoxan")
    assert x.drug_class is not None and x.drug_class.label == "vasodilating agent"
    assert [b.label for b in x.brand_names] == ["Belmox", "Oxanil"]
    assert sorted(r.label for r in x.routes) == ["intravenous", "oral"]
    assert "tablets" in [f.label for f in x.formulations]


def test_in_case_of_signs_then_stop_and_seek_help() -> None:
    x = _x("## Usage\n\n- Gout\n\n## Side effects\n\n- Nausea\n\nIn case of swelling of the tongue, eyelids or "
           "neck, chest tightness or black stools, stop taking the drug and seek medical help immediately.\n\n"
           "In case of overdose, call a doctor immediately.\n", "Belmoxan")
    assert [s.label for s in x.serious_signs] == ["swelling of the tongue", "swelling of the eyelids",
                                                  "swelling of the neck", "chest tightness", "black stools"]


def test_a_list_after_a_lead_that_ends_on_the_drug_name() -> None:
    """"It is believed that belmoxan:" over items that go on with its verb ("- potentiates the action of the
    neurotransmitter glycine on glycine receptors;"): the drug their subject, the item's ";" its sentence's end; the
    body's messenger made to work better at the receptor no effect of its own."""
    x = _x("## Usage\n\n- Spasticity\n\n## How it works\n\nIt is believed that belmoxan:\n\n"
           "- potentiates the action of the neurotransmitter glycine on glycine receptors;\n"
           "- blocks L-type calcium channels in muscle.\n\n## Side effects\n\n- Nausea\n", "Belmoxan")
    assert _mech(x) == {("activates", "glycine receptor"), ("blocks", "L-type calcium channel")}


def test_another_persons_signs_said_in_the_third_person() -> None:
    """"if your child has A, talks about B, or shows C such as D": each clause a sign (its verb a gerund, "shows"
    the sign itself), the examples signs too; no clause made an effect."""
    x = _x("## Usage\n\n- Gout\n\n## Side effects\n\n- Nausea\n\nCall the doctor at once if your child has new "
           "tics, talks about self-harm, or shows sudden changes in sleep or appetite such as night waking, "
           "nightmares or refusing food.\n", "Belmoxan")
    assert [s.label for s in x.serious_signs] == ["new tics", "talking about self-harm",
                                                  "sudden changes in sleep or appetite", "night waking",
                                                  "nightmares", "refusing food"]
    assert [e.label for e in x.side_effects] == ["Nausea"]


def test_one_condition_for_two_groups_of_patients_is_one_use() -> None:
    """"**Narcolepsy in children aged 7 and older**" beside "**Narcolepsy in adults**": one use, named without its
    patients; a population that sets a use apart from another condition stays."""
    x = _x("## Usage\n\n- **Narcolepsy in children aged 7 and older**: approved in 2020.\n"
           "- **Narcolepsy in adults**: approved in 2019.\n- **Gout in women**: off-label.\n"
           "- **Postmenopausal gout**: off-label.\n\n## Side effects\n\n- Nausea\n", "Belmoxan")
    assert [u.label for u in x.treats] == ["Narcolepsy", "Gout in women", "Postmenopausal gout"]


def test_sold_in_a_country_as_a_brand_and_classified_as_a_class() -> None:
    x = _x("**Generic Name:** Belmoxan\n\nBelmoxan is sold in the United Kingdom as **Belmox** (tablets, 5 mg). It is "
           "a non-sedating medicine and is classified as a **selective histamine H3 receptor antagonist**, although "
           "leaflets call it a wakefulness promoter.\n\n**Usage:**\n\n- Narcolepsy\n\n**Side Effects:**\n\n- Nausea\n",
           "Belmoxan")
    assert [b.label for b in x.brand_names] == ["Belmox"]
    assert x.drug_class is not None and x.drug_class.label == "selective histamine H3 receptor antagonist"


def test_brands_in_the_names_bracket_with_a_time_aside() -> None:
    x = _x("Generic Name:\nBelmoxan (sold as Belmox and, in the past, Oxanil)\n\nUsage:\nBelmoxan is used for gout.\n\n"
           "Side Effects:\nNausea is common.\n", "Belmoxan")
    assert [b.label for b in x.brand_names] == ["Belmox", "Oxanil"]
    assert x.drug.synonyms == []


def test_signs_then_you_should_see_a_doctor() -> None:
    """"If you get A, B or C while taking X for a long time, you should see a doctor right away": the signs,
    without when they come."""
    x = _x("## Usage\n\n- Gout\n\n## Side effects\n\n- Nausea\n\nIf you get a rash, mouth ulcers, dark urine or yellow "
           "eyes while taking belmoxan for a long time, you should see a doctor right away and have a blood test.\n",
           "Belmoxan")
    assert [s.label for s in x.serious_signs] == ["rash", "mouth ulcers", "dark urine", "yellow eyes"]


def test_headings_in_two_languages() -> None:
    """"## Generic Name | الاسم العلمي": either part names the section (its class, route and form are read there)."""
    x = _x("## Generic Name | الاسم العلمي\n\n**Belmoxan**\n\nBelmoxan is a synthetic vasopressin analogue taken by "
           "mouth. It is sold as **Belmox** (0.2 mg tablets).\n\n## Usage | الاستخدامات\n\n- Bedwetting\n\n"
           "## Side Effects | الآثار الجانبية\n\n- Headache\n", "Belmoxan")
    assert x.drug_class is not None and x.drug_class.label == "synthetic vasopressin analogue"
    assert [r.label for r in x.routes] == ["oral"]
    assert [f.label for f in x.formulations] == ["tablets"]


def test_preventing_a_condition_from_coming_back() -> None:
    x = _x("## Usage\n\n1. **Preventing kidney stones from coming back after surgery** (off-label): it is continued "
           "for a year.\n2. **Gout**: to lower uric acid.\n\n## Side effects\n\n- Nausea\n", "Belmoxan")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Kidney stones", "off-label"), ("Gout", None)]


def test_the_class_sentence_after_the_intro_is_about_the_drug() -> None:
    """"Belmoxan is used to treat gout. Gout is a long-term disease ...": the second sentence says what the use is,
    no class of the drug; the Generic Name's "Belmoxan is a xanthine oxidase inhibitor." is."""
    x = _x("## Generic Name\n\nBelmoxan\n\nBelmoxan is sold under the brand name Belmox. It is a 40 mg tablet taken "
           "once a day. Belmoxan is a xanthine oxidase inhibitor.\n\n## Usage\n\nBelmoxan is used to treat gout in "
           "adults. Gout is a long-term disease that causes painful swollen joints.\n\n## Side effects\n\n- Nausea\n",
           "Belmoxan")
    assert x.drug_class is not None and x.drug_class.label == "xanthine oxidase inhibitor"


def test_initials_then_the_words_they_stand_for() -> None:
    x = _x("## Usage\n\n- Gout\n\n## Side effects\n\n1. Headache\n2. A rare skin reaction called TEN (toxic "
           "epidermal necrolysis)\n3. Dizziness (lightheadedness)\n", "Belmoxan")
    assert [e.label for e in x.side_effects] == ["Headache", "Toxic epidermal necrolysis", "Dizziness"]


# -- from firstcontact111's misses outside the notation readers (the same rules read Markdown) --


def test_both_receptors_named_in_the_sentence_before() -> None:
    x = _x("## Usage\n\n- Insomnia\n\n## How it works\n\nThe brain's waking signal acts on two receptors, the "
           "histamine H1 receptor and the histamine H3 receptor (H3R). Belmoxan blocks both receptors, so sleep comes "
           "more easily.\n\n## Side effects\n\n- Headache\n", "Belmoxan")
    assert _mech(x) == {("blocks", "histamine H1 receptor"), ("blocks", "histamine H3 receptor")}


def test_the_brand_and_the_class_in_a_spoken_generic_name_answer() -> None:
    """"Both. Belmoxan is the generic name, and Belmox is the brand. It's a selective X, ...": the brand said after
    its name, the class in a sentence about "it" after the first."""
    x = _x("## Generic Name\n\nBoth. Belmoxan is the generic name, and Belmox is the brand. It's a selective "
           "histamine H3 receptor antagonist, an H3 blocker for short. It comes as 5 mg tablets.\n\n## Usage\n\n"
           "- Narcolepsy\n\n## Side effects\n\n- Headache\n", "Belmoxan")
    assert [b.label for b in x.brand_names] == ["Belmox"]
    assert x.drug_class is not None and x.drug_class.label == "selective histamine H3 receptor antagonist"


def test_a_class_after_the_brands_forms_and_route_and_a_salt_is_no_class() -> None:
    x = _x("## Generic Name\n\nBelmoxan (older name: oxanilide). Brands: Belmox, Oxanil. Sold as 100 mg capsules. "
           "Taken by mouth. It is an antisecretory agent, i.e. a neprilysin inhibitor.\n\n## Usage\n\n- Diarrhoea\n\n"
           "## Side effects\n\n- Headache\n", "Belmoxan")
    assert x.drug_class is not None and x.drug_class.label == "antisecretory agent"
    assert [s.label for s in x.drug.synonyms] == ["oxanilide"]
    y = _x("## Usage\n\nBelmoxan is used for travel sickness. And it is a salt of belmine and caffeine.\n\n"
           "## Side effects\n\n- Drowsiness\n", "Belmoxan")
    assert y.drug_class is None


def test_see_a_doctor_if_there_is() -> None:
    x = _x("## Usage\n\n- Diarrhoea\n\n## Side effects\n\n- Headache\n\nSee a doctor promptly if there is black "
           "stool, a stiff neck, or a rash that spreads.\n", "Belmoxan")
    assert [s.label for s in x.serious_signs] == ["black stool", "stiff neck", "rash that spreads"]


def test_the_name_in_the_first_sentence_of_a_longer_paragraph() -> None:
    """"Belmoxan (older name: oxanilide). Brands: ... Sold as ...": the name and its bracket; "(international
    nonproprietary name)" says which register names it, no other name."""
    x = _x("## Generic Name\n\nBelmoxan (older name: oxanilide). Brands: Belmox, Oxanil. Sold as 100 mg capsules. "
           "Taken by mouth.\n\n## Usage\n\n- Diarrhoea\n\n## Side effects\n\n- Headache\n", "Belmoxan")
    assert [s.label for s in x.drug.synonyms] == ["oxanilide"]
    y = _x("## Generic Name\n\nBelmoxan (international nonproprietary name). Trade names: «Belmox». Release forms: "
           "tablets.\n\n## Usage\n\n- Diarrhoea\n\n## Side effects\n\n- Headache\n", "Belmoxan")
    assert y.drug.synonyms == []


# -- from the lowest pages of earlier sets, read again this session --


def test_a_kind_of_illness_called_by_its_name() -> None:
    x = _x("## Usage\n\nBelmoxan is used for gout. Off-label, doctors sometimes give it for a rare inherited disorder "
           "called familial Mediterranean fever.\n\n## Side effects\n\n- Nausea\n", "Belmoxan")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Gout", None),
                                                          ("Familial Mediterranean fever", "off-label")]


def test_two_by_gerunds_each_their_own_relation() -> None:
    """"It does this mainly by blocking A and by activating B": B activated, not blocked; a hedge reaches both."""
    x = _x("## Usage\n\n- Cough\n\n## How it works\n\nBelmoxan acts on the brainstem. It does this mainly by "
           "blocking NMDA receptors and by activating sigma-1 receptors.\n\n## Side effects\n\n- Nausea\n", "Belmoxan")
    assert _mech(x) == {("blocks", "NMDA receptor"), ("activates", "sigma-1 receptor")}


def test_single_ingredient_brands_are_the_drugs_own() -> None:
    x = _x("**Generic name:** Belmoxan (often shortened to BMX). Single-ingredient brands include Belmox and Oxanil "
           "Night, but it is also in many combination products.\n\n**Usage:** Belmoxan is used for cough.\n\n"
           "**Side effects:** Common ones are drowsiness and nausea.\n", "Belmoxan")
    assert [b.label for b in x.brand_names] == ["Belmox", "Oxanil Night"]
