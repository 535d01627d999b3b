"""Rules from the misses of firstcontact134 (ordinary answers of six models not imitated before), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_heading_for_the_effects_of_one_form_stays_in_side_effects() -> None:
    """"#### With the injection form:" between "#### Common:" and "#### Less common:" under "### Side Effects": the
    effects of that form, and the groups after it still side effects."""
    x = _x("### Side Effects\n\n#### Common:\n- Headache\n\n#### With the injection form:\n- Pain where it is "
           "injected\n\n#### Less common:\n- Dizziness\n\n### How It Works\n\nIt blocks the H2 receptor.\n", "Calvirex")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Headache", "Common"), ("Pain where it is injected", "With the injection form"), ("Dizziness", "Less common")]


def test_a_gloss_on_the_signs_before_it_then_one_more_sign() -> None:
    """"Get help if you have trembling, hunger, or blurred vision (signs of low blood sugar) or chest pain":
    four signs, the gloss no part of any."""
    x = _x("## Side Effects\n\n- Low blood sugar\n\nGet emergency help if you have trembling, hunger, or blurred "
           "vision (signs of low blood sugar) or chest pain.\n", "Calvirex")
    assert [s.label for s in x.serious_signs] == ["trembling", "hunger", "blurred vision", "chest pain"]


def test_a_trademark_sign_is_no_part_of_the_brand() -> None:
    """"- **Brand name:** ZAVRIX®", "Ondiva™ and Pelcor®": the names without the signs."""
    x = _x("### Generic Name\n**Calvirex**\n- **Brand name:** ZAVRIX®\n\n### Usage\nIt treats gout.\n", "Calvirex")
    assert [b.label for b in x.brand_names] == ["ZAVRIX"]
    x = _x("**Generic Name:** Calvirex\n\n**Brand Names:** Ondiva™ and Pelcor®\n\n**Usage:** It treats gout.\n",
           "Calvirex")
    assert [b.label for b in x.brand_names] == ["Ondiva", "Pelcor"]


def test_effects_grouped_by_where_or_by_tests() -> None:
    """"- **Injection site**: pain after ...", "- **Laboratory changes**: raised A, raised B" after "Reported effects
    include:": a place and the tests group their effects, no effect of their own; "Many side effects are hard to
    separate from ..." names none."""
    x = _x("## Side Effects\n\nMany side effects are hard to tell apart from the illness itself. Reported effects "
           "include:\n\n- **Skin**: rash\n- **Infusion site**: swelling where the drip goes in\n- **Lab changes**: "
           "raised bilirubin, raised amylase\n", "Calvirex")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Rash", "Skin"), ("Swelling where the drip goes in", "Infusion site"), ("Raised bilirubin", "Lab changes"),
        ("Raised amylase", "Lab changes")]
    x = _x("## Side Effects\n\nUnwanted effects include tremor and thirst.\n", "Calvirex")
    assert [(e.label, e.category) for e in x.side_effects] == [("Tremor", "Common"), ("Thirst", "Common")]


def test_signs_the_patient_being_treated_develops_and_the_team_alerted() -> None:
    """"If the person being treated develops A, B, or C, alert the medical team immediately": signs."""
    x = _x("## Side Effects\n\nNausea is common. If the patient develops slurred speech, a very slow pulse, or "
           "new chest pain, alert the care team at once.\n", "Calvirex")
    assert [s.label for s in x.serious_signs] == ["slurred speech", "very slow pulse", "new chest pain"]


def test_a_use_named_as_the_overdose_of_a_kind_of_medicine() -> None:
    """"(2) **Overdose of tricyclic medicines**: ..." among numbered uses: a use, no "Overdose"
    section."""
    x = _x("## Usage\n\nIt is an antidote used:\n\n(1) **Cyanide poisoning**: in smoke inhalation.\n\n(2) **Overdose "
           "of tricyclic medicines**: such as amitriptyline.\n\n(3) **Methanol poisoning (off-label)**: rarely.\n",
           "Calvirex")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Cyanide poisoning", None), ("Overdose of tricyclic medicines", None), ("Methanol poisoning", "off-label")]


def test_an_enzyme_reactivated_and_a_poison_bound_where_it_circulates() -> None:
    """"..., reactivating butyrylcholinesterase": the enzyme switched on again; "may also bind directly to nerve-agent
    molecules still circulating in the blood": the molecules bound, hedged."""
    x = _x("## How it Works\n\nCalvirex pulls the poison off the enzyme, reactivating butyrylcholinesterase. It may "
           "also bind directly to nerve-agent molecules still circulating in the blood.\n", "Calvirex")
    assert [(m.relation, m.target, m.certainty) for m in x.mechanism if m.is_target] == [
        ("activates", "butyrylcholinesterase", "asserted"), ("binds", "nerve-agent", "hedged")]


def test_a_described_effect_among_bold_effects_named_alone() -> None:
    """"* **Headache**", then "* **Telangiectasia:** Small, spider-like widened blood vessels ..." in the same list:
    one more effect, its description no effects."""
    x = _x("## Side Effects\n\n### Common Side Effects\n* **Headache**\n* **Livedo:** Blotchy, net-like purple "
           "pattern on the skin, often on the legs.\n* **Nausea**\n", "Calvirex")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Headache", "Common Side Effects"), ("Livedo", "Common Side Effects"), ("Nausea", "Common Side Effects")]


def test_a_ligand_trap_blocks_the_lettered_proteins_it_soaks_up() -> None:
    """"It binds to and soaks up inhibin B and bone morphogenetic protein 9 (BMP9), so they cannot switch on their
    receptors": each held off its receptors (blocked); a protein's name in "-in" and its letter a target, no verb."""
    x = _x("## How it Works\n\nIt binds to and soaks up inhibin B and bone morphogenetic protein 9 (BMP9), so they "
           "cannot switch on their receptors in the bone.\n", "Calvirex")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [
        ("blocks", "inhibin B"), ("blocks", "bone morphogenetic protein 9")]
    x = _x("## How it Works\n\nIt binds activin B.\n", "Calvirex")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("binds", "activin B")]


def test_add_on_therapy_is_no_use() -> None:
    """"* **Add-on therapy:** It is not used on its own ..." and "- **Add-on after surgery** — ..." among uses: how it
    is given with others, no condition."""
    x = _x("## Usage\n\n* **Gout:** to lower uric acid.\n* **Add-on therapy:** It is not used on its own; it is added "
           "to allopurinol.\n* **Add-on after surgery** — sometimes given after joint surgery.\n", "Calvirex")
    assert [u.label for u in x.treats] == ["Gout"]


def test_a_body_systems_group_listed_then_a_remark_on_them_all() -> None:
    """"* **Ear problems:** Ringing in the ears, muffled hearing, and ear pain. These happen when levels get too high.":
    the group's effects, the remark no effect, the label no effect."""
    x = _x("## Side Effects\n\n* **Common:**\n    * **Ear problems:** Ringing in the ears, muffled hearing, and ear "
           "pain. These happen when levels get too high.\n    * **Headache**\n", "Calvirex")
    assert [e.label for e in x.side_effects] == ["Ringing in the ears", "Muffled hearing", "Ear pain", "Headache"]


def test_a_decoy_receptor_is_what_the_drug_is() -> None:
    """"It works as a soluble decoy receptor: it binds IL-6 and IL-11 and blocks them": both blocked; the decoy no
    target."""
    x = _x("## How it Works\n\nIt works as a soluble decoy receptor: it binds IL-6 and IL-11 in the blood and blocks "
           "them before they can reach the real receptors on cells.\n", "Calvirex")
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("blocks", "IL-6"), ("blocks", "IL-11")]
