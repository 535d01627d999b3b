"""What firstcontact28 (six blind pages written as the most ordinary model answers) missed at first contact, pinned in
invented pages: the rules are general, the pages only showed where they were missing."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc20_wordings import _mech


def test_the_form_bullets_of_a_products_lead_in_give_forms_brands_and_routes() -> None:
    x = _x("**Generic Name:** Zoravir\n\n**Usage:**\n\nZoravir is used to treat severe hypoglycemia.\n\n"
           "Zoravir is available as:\n\n* **Emergency injection kit (Zorakit):** A powder mixed with a liquid and "
           "injected under the skin or into a muscle.\n* **Nasal powder (Zorasal):** A single dose sprayed into one "
           "nostril. It does not need to be inhaled.\n")
    assert [b.label for b in x.brand_names] == ["Zorakit", "Zorasal"]
    assert [r.label for r in x.routes] == ["subcutaneous", "intramuscular", "nasal"]  # (in the page's order)
    assert "Nasal powder" in [f.label for f in x.formulations]


def test_the_plain_items_under_a_forms_label() -> None:
    x = _x("### Generic Name:\n**Zoravir**\n\n### Usage:\nZoravir is an expectorant used to relieve chest "
           "congestion.\n\n**Available forms:**\n- Immediate-release tablets\n- Extended-release tablets (12-hour), "
           "such as **Zorex**\n")
    assert ([b.label for b in x.brand_names], [r.label for r in x.routes], [f.label for f in x.formulations]) == (
        ["Zorex"], ["oral"], ["Immediate-release tablets", "Extended-release tablets"])


def test_a_condition_whose_causes_are_listed_and_what_a_use_spares() -> None:
    x = _x("**Usage:**\nZoravir is used to treat **anemia** (low red blood cell count) caused by:\n\n"
           "- **Chronic kidney disease (CKD)** – in people on dialysis\n- **Chemotherapy** – in people with cancer\n\n"
           "It is also used to **reduce the need for red blood cell transfusions** before planned surgery.\n")
    assert [(t.label, t.synonyms) for t in x.treats] == [("Anemia", ["low red blood cell count"])]


def test_how_long_and_a_comparison_are_no_uses() -> None:
    x = _x("**Usage:**\n\nZoravir is used to treat insomnia. It can be used for both short-term and long-term "
           "treatment, and unlike many other sleep medications, it is not a controlled substance.\n")
    assert [t.label for t in x.treats] == ["Insomnia"]
    kept = _x("## Usage\n\n- Short-term trouble sleeping\n").treats
    assert [t.label for t in kept] == ["Short-term trouble sleeping"]


def test_members_named_after_a_counted_class_with_a_place_and_pointed_back_at() -> None:
    assert _mech("Zoravir binds to and activates two melatonin receptors in the brain, MT1 and MT2. Zoravir binds to "
                 "these receptors much more strongly than melatonin itself.") == [
        ("activates", "MT1", None, "asserted"), ("activates", "MT2", None, "asserted")]


def test_a_messenger_named_after_it_is_described_and_an_outcome_by_its_means() -> None:
    assert _mech("Zoravir raises blood sugar by telling the liver to release its sugar. It binds to and activates "
                 "glucagon receptors on liver cells. This raises the level of a messenger inside the cells called "
                 "cyclic AMP (cAMP).") == [
        ("activates", "glucagon receptor", None, "asserted"), ("increases", "cyclic AMP", "cAMP", "asserted")]


def test_a_pocket_where_another_molecule_binds_and_the_enzymes_activity() -> None:
    assert _mech("Zoravir fits into the pocket of BCR-ABL where ATP, the cell's energy molecule, normally binds, and "
                 "blocks the enzyme's activity.") == [("inhibits", "BCR-ABL", None, "asserted")]


def test_a_member_by_its_symbol_then_an_aside_then_the_next_member() -> None:
    assert _mech("Zoravir also inhibits two other tyrosine kinases: KIT, which is abnormally active in most GISTs, and "
                 "the platelet-derived growth factor receptor (PDGFR), which plays a role in DFSP.") == [
        ("inhibits", "KIT", None, "asserted"),
        ("inhibits", "platelet-derived growth factor receptor", "PDGFR", "asserted")]


def test_medicines_it_differs_from_named_at_length() -> None:
    assert _mech("Zoravir activates CB1 receptors. It works differently from ondansetron and similar anti-nausea "
                 "medicines, which block serotonin (5-HT3) receptors.") == [
        ("activates", "CB1 receptor", None, "asserted")]


def test_who_makes_a_process_and_a_contrast_after_it() -> None:
    assert _mech("In rosacea, it is thought to work by reducing the production of reactive oxygen species by "
                 "neutrophils rather than by killing bacteria.") == [
        ("decreases", "reactive oxygen species production by neutrophils", None, "hedged")]


def test_a_copy_of_a_natural_substance_is_no_class_and_the_next_sentence_gives_it() -> None:
    x = _x("**Usage:**\nZoravir is a synthetic form of delta-9-tetrahydrocannabinol (THC). It belongs to a class of "
           "medications called cannabinoids and is approved by the FDA for two uses:\n\n1. Weight loss in AIDS\n")
    assert x.drug_class.label == "cannabinoid"


def test_a_diagnostic_aid_is_no_condition() -> None:
    x = _x("**Usage:**\n\n* **Severe hypoglycemia:** Zoravir treats very low blood sugar.\n* **Diagnostic aid:** In "
           "hospitals, it is given before some X-ray exams of the stomach.\n")
    assert [t.label for t in x.treats] == ["Severe hypoglycemia"]


def test_the_processes_a_lead_in_switches_on_named_by_bold_keys() -> None:
    x = _x("## Usage\n\nZoravir treats gout.\n\n## How it Works\n\nIt raises the level of cyclic AMP (cAMP), which "
           "switches on two processes:\n\n* **Glycogen breakdown (glycogenolysis):** The liver breaks down glycogen.\n"
           "* **Glucose production (gluconeogenesis):** The liver makes new glucose.\n")
    assert [(m.relation, m.target) for m in x.mechanism] == [
        ("increases", "cyclic AMP"), ("increases", "glycogen breakdown"), ("increases", "glucose production")]
