"""Rules from the misses of firstcontact264 and firstcontact265 (retail, marketplace, food-delivery, banking and
sports-retail assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _mech, _page


def test_a_use_said_before_a_list_of_whom_it_is_for() -> None:
    assert _uses("Zorvane is used together with other antiviral medicines to treat hepatitis B in adults who:\n"
                 "\u30fbhave already tried several medicines, and\n\u30fbhave a resistant virus.") == ["Hepatitis B"]


def test_a_question_field_that_says_what_kind_of_medicine_it_is() -> None:
    x = _x("**Generic Name:** Zorvane\n\n**Brand name:** Velqor\n\n**What kind of medicine is it?** An antidote – "
           "specifically an antibody fragment that switches off the blood thinner apixaban. It's given into a vein in "
           "hospital, usually as two vials.\n\n**Usage:**\n\nZorvane is used for bleeding.\n", "Zorvane")
    assert x.drug_class is not None and x.drug_class.label == "antidote"
    assert [r.label for r in x.routes] == ["intravenous"]
    assert [f.label for f in x.formulations] == ["vials"]


def test_the_condition_a_treatment_it_comes_before_is_for() -> None:
    assert _uses("Zorvane is used for bleeding.\n\nIt has also been used off-label:\n\n- **Before clot-dissolving "
                 "therapy for pulmonary embolism** – in people on apixaban") == ["Bleeding", "Pulmonary embolism"]


def test_an_antidote_binds_the_drug_it_reverses() -> None:
    assert _mech("Apixaban thins the blood by blocking factor Xa. Zorvane is a decoy protein designed to bind "
                 "apixaban (and rivaroxaban) far more tightly than apixaban binds factor Xa.") == [
        ("binds", "apixaban")]
    assert _mech("Zorvane is an antibody fragment that binds digoxin.") == [("binds", "digoxin")]


def test_a_brand_sold_in_some_countries() -> None:
    x = _page(gen="**Zorvane** is an anthelmintic. It comes as chewable tablets and is sold in some countries as "
                  "Wormex.")
    assert [b.label for b in x.brand_names] == ["Wormex"]


def test_the_inn_and_us_names_of_one_salt() -> None:
    x = _page(gen="**Zorvane pamoate** (also called zorvane embonate)")
    assert [s.label for s in x.drug.synonyms] == ["zorvane embonate"]


def test_whom_it_was_studied_in_is_no_use() -> None:
    assert _uses("Usage:\n\n- Pinworm infection. This is the main use.\n- Studied in school-age children together "
                 "with mebendazole for pinworm, with higher cure rates.") == ["Pinworm infection"]


def test_a_form_with_its_strength_after_it_is_listed_bare() -> None:
    x = _page(gen="**Zorvane**\n\n| Field | Detail |\n| --- | --- |\n| Forms | Vaginal tablets (100 mg), vaginal "
                  "cream 1%, cream 1% and a powder for the skin |")
    assert {f.label for f in x.formulations} >= {"vaginal cream", "cream"}
    assert {r.label for r in x.routes} >= {"vaginal", "topical"}


def test_chemical_groups_of_a_protein_and_the_proteins_of_a_coat() -> None:
    assert _mech("Zorvane binds to the amino groups of collagen, the main protein of the scar.") == [
        ("binds", "collagen")]
    assert _mech("Zorvane binds to the proteins of the viral envelope.") == [
        ("binds", "proteins of the viral envelope")]


def test_a_bodily_function_that_changes_is_a_sign() -> None:
    x = _page(effects="- Nausea\n\nTell a nurse right away if breathing becomes very shallow, you feel extremely "
                      "confused, or your lips turn blue.")
    assert [s.label for s in x.serious_signs] == ["breathing becoming very shallow", "feeling extremely confused",
                                                  "lips turning blue"]
    x = _page(effects="- Nausea\n\nSee your doctor if you have vision changes that do not go away.")
    assert [s.label for s in x.serious_signs] == ["vision changes that do not go away"]  # (a noun, no verb)
