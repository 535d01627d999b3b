"""Rules from the misses of firstcontact181 and firstcontact182 (ordinary answers of twelve models not imitated before,
measured after the rules from sets 140-180), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(text: str) -> list[tuple[str, str | None]]:
    x = _x(f"## Usage\n\n{text}\n", "Zorvane")
    return [(u.label, u.qualifier) for u in x.treats]


def _targets(text: str) -> list[tuple[str, str]]:
    x = _x(f"## How it Works\n\n{text}\n", "Zorvane")
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def _effects(text: str) -> list[str]:
    return [e.label for e in _x(f"## Side Effects\n\n{text}\n", "Zorvane").side_effects]


def test_uses_listed_for_whom_with_the_following_diseases() -> None:
    """"approved for adults, and for some conditions also for children, with the following diseases: A (AB); B (BC),
    to ...; C (CD) in adults who are anti-X antibody positive; and D": each disease, whoever has them."""
    got = _uses("Zorvane is licensed for adults, and in some cases also for adolescents, with the following diseases: "
                "cold agglutinin disease (CAD); membranous nephropathy (MN), to slow the loss of kidney function; "
                "bullous pemphigoid (BP) in adults who are anti-BP180 antibody positive; and IgG4-related disease "
                "(IgG4-RD) in adults who have failed steroids.")
    assert [label for label, _ in got] == ["Cold agglutinin disease", "Membranous nephropathy", "Bullous pemphigoid",
                                          "IgG4-related disease"]


def test_the_people_a_procedure_is_done_to_then_what_it_prevents() -> None:
    """"Patients undergoing percutaneous coronary intervention (PCI), to prevent blood clots from forming ...": blood
    clots, prevented."""
    got = _uses("Zorvane is used for the following conditions:\n\n* Unstable angina.\n* People undergoing "
                "carotid stenting (CAS), to prevent a stroke from happening during and after the stenting.")
    assert got == [("Unstable angina", None), ("Stroke", "prevention")]


def test_a_boxed_warning_with_what_it_can_become_after_a_comma() -> None:
    got = _effects("The most common side effects are headache and rash. Zorvane has a boxed warning for serious "
                   "pneumococcal infections, which can become fatal within hours.")
    assert "Serious pneumococcal infections" in got


def test_a_boxed_warning_about_kinds_of_risk_names_no_effect() -> None:
    got = _effects("The most common side effects are headache and rash. Zorvane carries a boxed warning about "
                   "liver and kidney risks, which rise with age.")
    assert got == ["Headache", "Rash"]


def test_reactions_at_the_injection_site_said_common_with_the_form() -> None:
    got = _effects("The most common side effects are headache and rash. With the pen form, reactions at the "
                   "injection site are common.")
    assert got == ["Headache", "Rash", "Reactions at the injection site"]


def test_who_the_effects_come_more_often_in_are_no_effects() -> None:
    got = _effects("Serious side effects are rare. These serious problems occur more often in people who have had "
                   "stomach surgery, gallstones or a history of ulcers.")
    assert got == []


def test_a_label_that_names_a_target_and_the_drugs_role_at_it() -> None:
    """"- **Serotonin 5-HT1A receptor agonist** – This may contribute to its effect": activates it; the class the
    lead-in names is no target once its members are."""
    got = _targets("Zorvane acts mainly on **histamine receptors** in the body:\n\n- **Histamine H3 receptor "
                   "antagonist** – This keeps the brain alert.\n- **Sigma-1 receptor agonist** – This may add to its "
                   "effect on memory.")
    assert got == [("blocks", "histamine H3 receptor"), ("activates", "sigma-1 receptor")]


def test_blocks_rather_than_activates() -> None:
    assert _targets("Unlike older drugs, zorvane blocks rather than activates the kappa opioid receptor.") == [
        ("blocks", "kappa opioid receptor")]


def test_a_report_of_a_finding_without_that() -> None:
    """"Lab studies suggest lodoxamide may also activate a receptor called GPR35": the drug's own clause."""
    assert _targets("Animal studies suggest zorvane may also activate a receptor called GPR84, but its role is "
                    "unclear.") == [("activates", "GPR84")]


def test_a_channel_blocking_action_the_drug_has() -> None:
    assert _targets("Zorvane may also have a weak potassium channel blocking action, which adds to its effect.") == [
        ("blocks", "potassium channel")]


def test_a_level_of_a_messenger_said_to_rise_when_its_enzyme_is_blocked() -> None:
    """"When PDE4 is inhibited, the level of cAMP increases in the cells": cAMP up, and "in the cells" no thing."""
    x = _x("## How it Works\n\nZorvane inhibits an enzyme called phosphodiesterase 3 (PDE3). This enzyme breaks "
           "down cyclic AMP (cAMP) in heart cells. When PDE3 is inhibited, the level of cAMP increases in the "
           "cells.\n", "Zorvane")
    assert [(m.relation, m.target) for m in x.mechanism] == [("inhibits", "phosphodiesterase 3"),
                                                             ("increases", "cyclic AMP")]
