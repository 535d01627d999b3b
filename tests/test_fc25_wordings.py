"""What firstcontact25 (six blind pages written as typical 2024 models answer, each in one model's house style) missed
at first contact, pinned in invented pages: the rules are general, the pages only showed where they were missing."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc20_wordings import _fx, _mech


def test_a_terse_page_of_plain_label_lines() -> None:
    x = _x("Generic Name: Zoravir\n\nUsage:\nClass: cytoprotective agent.\nUsed to prevent hemorrhagic cystitis "
           "(bladder bleeding) caused by ifosfamide chemotherapy.\nGiven with every dose of ifosfamide.\nOff-label: to "
           "prevent hemorrhagic cystitis with high-dose cyclophosphamide.\nForms: injection (IV) and 400 mg tablets.\n"
           "Brand: Zorex.\n")
    assert [(t.label, t.qualifier) for t in x.treats] == [("Hemorrhagic cystitis", "prevention"),
                                                          ("Hemorrhagic cystitis", "off-label")]
    assert (x.drug_class.label, [b.label for b in x.brand_names]) == ("cytoprotective agent", ["Zorex"])


def test_a_bold_disease_described_under_its_group() -> None:
    effects, _ = _fx("Common side effects include:\n\n- **Weakness** (asthenia)\n- **Elevated liver enzymes** on "
                     "blood tests\n\n**Serious side effects (less common):**\n- **Neutropenia**: A severe drop in "
                     "white blood cells, which raises the risk of infections.\n- **Interstitial lung disease**: "
                     "Inflammation and "
                     "scarring of the lungs, including hypersensitivity pneumonitis.\n- **Severe allergic reactions**: "
                     "Rare, but possible.")
    assert effects == [("Weakness", "Common", False), ("Elevated liver enzymes", "Common", False),
                       ("Neutropenia", "Serious side effects", True),
                       ("Interstitial lung disease", "Serious side effects", True),
                       ("Severe allergic reactions", "Serious side effects", True)]
    # a group's bold label over its own list stays a group
    effects, _ = _fx("- **Digestive problems:** nausea, vomiting, diarrhea")
    assert [e[:2] for e in effects] == [("Nausea", "Digestive problems"), ("Vomiting", "Digestive problems"),
                                        ("Diarrhea", "Digestive problems")]


def test_a_hedged_lead_in_ending_in_by_over_bold_gerunds() -> None:
    assert _mech("The exact way zoravir works is not fully understood. Zoravir is thought to protect motor neurons "
                 "by:\n\n1. **Reducing the release of glutamate** from nerve endings.\n2. **Blocking voltage-gated "
                 "sodium channels** on nerve cells, which makes them less excitable.")[:2] == [
        ("decreases", "glutamate release", None, "hedged"),
        ("blocks", "voltage-gated sodium channel", None, "hedged")]


def test_key_points_and_forms_available_inside_usage() -> None:
    x = _x("### Generic Name:\n**Zoravir**\n\n### Usage:\nZoravir is used to treat:\n\n"
           "- **Amyotrophic lateral sclerosis (ALS)** in adults.\n\n"
           "**Key points about its use:**\n- **Other conditions**: Zoravir has been studied in spinal cord injury, but "
           "these uses are still experimental and are not approved.\n- **Forms available**:\n  - Tablets (50 mg) – "
           "**Zorex** and generics\n  - Oral suspension (50 mg/10 mL) – **Zorsus**\n")
    assert [(t.label, t.qualifier) for t in x.treats] == [("Amyotrophic lateral sclerosis", None)]
    assert [b.label for b in x.brand_names] == ["Zorex", "Zorsus"]
    assert ({r.label for r in x.routes}, [f.label for f in x.formulations]) == ({"oral"},
                                                                                ["Tablets", "Oral suspension"])


def test_mechanisms_of_a_reported_clause_a_named_receptor_and_a_second_infinitive() -> None:
    assert _mech("Recent research suggests that zoravir may do this by activating a specific TRP channel (a type of "
                 "calcium-permeable ion channel) found in flatworms.") == [("activates", "TRP channel", None, "hedged")]
    assert _mech("Studies suggest that aspirin blocks COX-1.") == []
    assert _mech("It fits into bradykinin's receptor, the bradykinin B2 receptor, but doesn't switch it on.") == [
        ("blocks", "bradykinin B2 receptor", None, "asserted")]
    assert [(r, t) for r, t, _, _ in _mech(
        "Once inside, it is thought to bind to the organism's DNA, especially in the minor groove, and to inhibit its "
        "topoisomerase enzymes, which blocks DNA replication.")][:2] == [("binds", "DNA"),
                                                                          ("inhibits", "topoisomerase enzyme")]


def test_uses_under_a_bold_lead_in_another_drugs_choice_and_a_stage() -> None:
    x = _x("## Usage\n\n**Off-label uses:** Doctors also prescribe zoravir for:\n\n* **Intestinal tapeworm "
           "infections** (such as beef tapeworms)\n* **Neurocysticercosis**\n")
    assert [(t.label, t.qualifier) for t in x.treats] == [("Intestinal tapeworm infections", "off-label"),
                                                          ("Neurocysticercosis", "off-label")]
    x = _x("## Usage\n\nZoravir treats leishmaniasis. Zoravir is usually a second-line choice. "
           "Trimethoprim-sulfamethoxazole (Bactrim) is the first choice for both treating and preventing PCP. It is a "
           "first-choice treatment for scabies.\n")
    assert [(t.label, t.qualifier) for t in x.treats] == [("Leishmaniasis", None), ("Scabies", None)]


def test_what_an_attack_involves_is_a_sign() -> None:
    _, signs = _fx("- Nausea\n\nIf your attack involves swelling in your throat (a laryngeal attack), inject it and "
                   "then go to the nearest emergency department right away, even if you start to feel better, because "
                   "throat swelling can block your airway.")
    assert signs == ["swelling in your throat"]
