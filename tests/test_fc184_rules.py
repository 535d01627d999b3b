"""Rules from the misses of firstcontact184 and firstcontact185 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-182), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(text: str) -> list[str]:
    return [u.label for u in _x(f"## Usage\n\n{text}\n", "Zorvane").treats]


def _effects(text: str) -> dict[str, str]:
    return {e.label: e.category for e in _x(f"## Side Effects\n\n{text}\n", "Zorvane").side_effects}


def test_a_table_of_groups_whose_names_are_no_effects() -> None:
    """"| **Electrolyte** | Hypokalemia, ... |", "| **Rectal use** | ... |" under "| Category | Side effects |": groups;
    "| **Other** | X if particles are breathed in |": X."""
    got = _effects("| Category | Side effects |\n|---|---|\n| **Electrolytes** | Hyponatremia (low sodium), "
                   "hyperkalemia |\n| **Vaginal use** | Vaginal itching, discharge |\n| **Other** | Chemical "
                   "pneumonitis if the liquid is inhaled |")
    assert got == {"Hyponatremia": "Electrolytes", "Hyperkalemia": "Electrolytes", "Vaginal itching": "Vaginal use",
                   "Discharge": "Vaginal use", "Chemical pneumonitis": "Other"}


def test_a_setting_of_surgery_is_kept_with_the_use() -> None:
    """"Reduction of blood loss during cardiac surgery:": the surgery tells the use apart; a list of settings after it
    ("during heart surgery, kidney dialysis and blood transfusions") still is no part of it."""
    assert _uses("Its main uses are:\n\n1. Blood loss during spinal surgery: It is given as an infusion.\n"
                 "2. Gout: for flares.") == ["Blood loss during spinal surgery", "Gout"]
    assert _uses("Its main uses are:\n\n* Clot prevention during lung surgery, plasma exchange and apheresis\n"
                 "* Gout") == ["Clot prevention", "Gout"]


def test_both_isoforms_listed_by_their_codes() -> None:
    x = _x("## How it Works\n\nZorvane inhibits nitric oxide synthase (NOS). It inhibits both isoforms, NOS1 "
           "(neuronal, in the brain) and NOS3 (endothelial), but it does not enter cells easily.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("inhibits", "NOS1"), ("inhibits", "NOS3")]


def test_a_combination_part_is_the_drug() -> None:
    """"Doxylamine-pyridoxine": "Doxylamine ... It blocks histamine H1 receptors" is the drug's doing."""
    x = _x("## How it Works\n\n- Zorvane is an old antihistamine. It blocks histamine H1 receptors in the gut.\n"
           "- Thiamine is vitamin B1.\n", "Zorvane-thiamine")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("blocks", "histamine H1 receptor")]


def test_thoughts_or_behavior_is_one_effect() -> None:
    got = _effects("Serious: agranulocytosis (no white cells), hepatitis, suicidal thoughts or behaviour.")
    assert list(got) == ["Agranulocytosis", "Hepatitis", "Suicidal thoughts or behaviour"]


def test_seizures_associated_with_a_syndrome_are_the_syndrome() -> None:
    assert _uses("It is used for:\n\n- Seizures associated with CDKL5 deficiency disorder syndrome in patients 2 "
                 "years and older.\n- Seizures associated with Angelman syndrome (AS) in children.") == [
        "CDKL5 deficiency disorder syndrome", "Angelman syndrome"]


def test_vitamin_letters_are_no_signs() -> None:
    x = _x("## Side Effects\n\nSerious side effects:\n- Low levels of vitamins (A, D, E and K)\n\nCall your doctor "
           "if you notice signs of low vitamin levels.\n", "Zorvane")
    assert not [s.label for s in x.serious_signs if len(s.label) < 3]
