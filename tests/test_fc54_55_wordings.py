"""Wordings firstcontact54 and 55's misses showed, pinned on invented pages: a bold body-system label ("**Skin:**")
among a lead-in's groups is a group, not an effect; ", especially on the chin and jaw" after an effect says where;
a plain "Serious side effects (seek medical attention):" line makes its items signs as well as effects; "Fast,
pounding, or irregular heartbeat" is three, each the heartbeat."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Nortavane"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "nortavane.md"))


def _effects(text: str) -> list[tuple[str, str]]:
    x = _x(f"**Usage:** It treats hair loss.\n\n**Side Effects:**\n\n{text}\n")
    return [(e.label, e.category) for e in x.side_effects]


def _signs(text: str) -> list[str]:
    x = _x(f"**Usage:** It treats hair loss.\n\n**Side Effects:**\n\n{text}\n")
    return [s.label for s in x.serious_signs]


def test_a_body_system_label_under_a_lead_in_is_a_group() -> None:
    got = _effects("Side effects are uncommon but may include:\n\n*   **Common (mild):** nausea, bloating\n"
                   "*   **Skin:** acne breakouts, especially on the chin and jaw; mild skin rash\n"
                   "*   **Heart problems:** Weakening of the heart muscle. The risk is higher with other drugs.")
    assert ("Acne breakouts", "Skin") in got and ("Mild skin rash", "Skin") in got
    assert not any(label in ("Skin", "Especially on the chin and jaw") for label, _ in got)
    assert any(label == "Heart problems" for label, _ in got)  # an umbrella over what it is stays an effect


def test_a_plain_serious_line_with_seek_help_in_brackets_gives_signs() -> None:
    body = ("Common side effects:\n- Dizziness\n\nSerious side effects (seek medical attention):\n- Chest pain\n"
            "- Fainting, especially after the first dose")
    assert ("Chest pain", "Serious side effects") in _effects(body)
    assert {"Chest pain", "Fainting"} <= set(_signs(body))
    assert "Dizziness" not in _signs(body)


def test_a_series_of_modifiers_shares_its_noun() -> None:
    body = "Serious side effects (seek medical attention):\n- Fast, pounding, or irregular heartbeat\n" \
           "- Nausea, vomiting, or stomach pain"
    labels = [label for label, _ in _effects(body)]
    assert labels[:3] == ["Fast heartbeat", "Pounding heartbeat", "Irregular heartbeat"]
    assert labels[3:] == ["Nausea", "Vomiting", "Stomach pain"]  # nouns, each its own
    assert [s.casefold() for s in _signs(body)][:3] == ["fast heartbeat", "pounding heartbeat", "irregular heartbeat"]


def _uses(text: str) -> list[tuple[str, str | None]]:
    return [(u.label, u.qualifier) for u in _x(f"{text}\n\n**Side Effects:** Headache.\n").treats]


def test_off_label_items_said_as_sentences() -> None:
    assert _uses("USAGE:\n- Acne\n- Off label it is sometimes used for tinea versicolor (a yeast infection)") == [
        ("Acne", None), ("Tinea versicolor", "off-label")]
    assert _uses("**Usage:**\n* Scurvy\n* Off-label, to lower the risk of complex regional pain syndrome (a pain "
                 "condition) after a broken wrist") == [("Scurvy", None),
                                                        ("Complex regional pain syndrome", "off-label")]
    assert _uses("**Usage:**\n- Heartburn: It neutralizes acid.\n- Off-label: Tricyclic antidepressant overdose, "
                 "where it helps protect the heart.") == [("Heartburn", None),
                                                          ("Tricyclic antidepressant overdose", "off-label")]


def test_take_it_for_and_a_denied_choice() -> None:
    assert _uses("**Usage:** It is used to reduce fever. Many adults also take it for joint pain. Unlike ibuprofen, "
                 "it isn't the best choice for sprains.") == [("Fever", None), ("Joint pain", None)]


def test_a_lettered_outline_past_h_and_an_overdose_item() -> None:
    body = ("2. Usage:\n   It is used for the following conditions:\n   a) Heartburn: It neutralizes acid.\n"
            "   b) Aspirin overdose: Alkaline urine helps the kidneys remove aspirin.\n\n3. Side Effects:\n"
            "   a) Burping (common)\n   b) Headache (common)\n   c) Nausea (common)\n   d) Gas (common)\n"
            "   e) Thirst (common)\n   f) Bloating (common)\n   g) Cramps (common)\n   h) Rash (common)\n"
            "   i) Stomach rupture (rare but serious)\n   j) Fluid in the lungs (rare but serious)\n"
            "   Seek medical help right away if you have severe stomach pain, confusion, or shortness of breath.")
    x = _x(body)
    assert [u.label for u in x.treats] == ["Heartburn", "Aspirin overdose"]  # "Aspirin overdose:" starts no section
    effects = [(e.label, e.serious) for e in x.side_effects]
    assert ("Stomach rupture", True) in effects and ("Fluid in the lungs", True) in effects
    assert {s.label for s in x.serious_signs} >= {"severe stomach pain", "confusion"}


def test_a_use_disorder_is_a_use_and_bold_products_in_brackets_are_none() -> None:
    got = _uses("**Usage:** It is used for pain.\n\n- **Opioid use disorder (OUD)**\n  - Often combined with naloxone "
                "(**Suboxone**, **Zubsolv**) to discourage misuse.\n- **Opioid withdrawal**\n  - Eases symptoms.")
    assert got == [("Pain", None), ("Opioid use disorder", None), ("Opioid withdrawal", None)]
    # a bold condition with its own bracket is still read
    assert _uses("**Usage:**\n\n> - In adults with **chronic kidney disease (CKD)**, to slow the decline") == [
        ("Chronic kidney disease", None)]


def test_a_condition_then_what_to_do_names_no_effect() -> None:
    got = _effects("Nausea can happen. The most serious risk is liver damage. If a child may have taken too much, "
                   "call Poison Control even if they seem fine.")
    assert [label for label, _ in got] == ["Nausea", "Liver damage"]


def test_a_rare_group_but_what_it_can_cause_and_a_circumstance_of_use() -> None:
    got = _effects("Chlorhexidine rinse is generally well tolerated. The most frequently reported is tooth staining. "
                   "When the solution is used on the skin, it can occasionally cause contact dermatitis (an itchy skin "
                   "rash). Serious reactions are rare, but chlorhexidine can cause a severe allergic reaction, "
                   "including anaphylaxis.")
    labels = [label for label, _ in got]
    assert "Contact dermatitis" in labels
    assert ("Severe allergic reaction", "Serious") in got and ("Anaphylaxis", "Serious") in got


def test_not_for_after_a_use_is_no_use() -> None:
    assert _uses("**Usage:** The extended-release form (Cardura XL) is approved only for BPH, not for high blood "
                 "pressure.") == [("BPH", None)]


def _mechanism(text: str) -> list[tuple[str, str]]:
    x = _x(f"**Usage:** It treats pain.\n\n**Side Effects:** Nausea.\n\n**How it Works:** {text}\n", "Testdrug")
    return [(m.relation, m.target) for m in x.mechanism]


def test_a_bold_role_label_over_notes_names_the_target() -> None:
    got = _mechanism("Testdrug acts on opioid receptors in a unique way:\n\n- **Partial agonist at the mu-opioid "
                     "receptor**\n  - It binds tightly to the receptor but only partly activates it.\n"
                     "- **Kappa-opioid receptor antagonist**\n  - It also blocks kappa receptors.")
    assert ("activates", "mu-opioid receptor") in got and ("blocks", "kappa-opioid receptor") in got


def test_whose_receptors_they_are_is_no_part_of_their_name() -> None:
    got = _mechanism("Testdrug acts on the brain\u2019s opioid receptors in a unique way. It binds tightly to the "
                     "receptor but only partly activates it.")
    assert not any(t.startswith("s ") for _, t in got)
    got = _mechanism("The hypothalamus releases gonadotropin-releasing hormone (GnRH) in short pulses.\n\nTestdrug is "
                     "a longer-lasting copy of GnRH. The pituitary's GnRH receptors accept it as if it were the real "
                     "hormone.\n\nSo although Testdrug technically stimulates the receptor, its lasting effect is a "
                     "shutdown.")
    assert ("activates", "gonadotropin-releasing hormone receptor") in got


def test_a_serious_group_under_a_lead_in_keeps_its_effects_and_their_signs() -> None:
    body = ("Side effects are uncommon but may include:\n\n*   **Common (mild):** nausea, bloating\n"
            "*   **Rare but serious:** severe allergic reaction (hives, swelling of the face or throat, trouble "
            "breathing); falsely abnormal lab test results, which can lead to a wrong diagnosis")
    assert ("Severe allergic reaction", "Rare but serious") in _effects(body)
    assert ("Falsely abnormal lab test results", "Rare but serious") in _effects(body)
    assert _signs(body) == ["hives", "swelling of the face or throat", "trouble breathing"]


def _class(sentence: str) -> str | None:
    x = _x(f"**Usage:** {sentence} It treats hiccups.\n\n**Side Effects:** Nausea.\n", "Xylovar")
    return x.drug_class.label if x.drug_class else None


def test_a_class_said_as_a_class() -> None:
    assert _class("Xylovar is an antiseptic that belongs to a class of compounds called bisbiguanides.") == \
        "bisbiguanide"
    assert _class("Xylovar is an antibacterial medicine belonging to the class of anti-tuberculosis agents.") == \
        "anti-tuberculosis agent"
    assert _class("Xylovar is an oral targeted cancer medicine known as a Bruton's tyrosine kinase (BTK) "
                  "inhibitor.") == "Bruton's tyrosine kinase inhibitor"
    # a class of its own before "the group of": the held-out truth keeps it
    assert _class("Xylovar is an oral anticoagulant (blood thinner) that belongs to the group of direct factor Xa "
                  "inhibitors.") == "anticoagulant"


def test_seek_help_for_someone_who_took_it_and_for_clauses() -> None:
    assert _signs("Nausea.\n\nGet emergency help right away if someone who has taken it has trouble breathing, "
                  "repeated vomiting, or a swollen belly.") == ["trouble breathing", "repeated vomiting",
                                                                "swollen belly"]
    assert _signs("Nausea.\n\nCall Poison Control right away if a child has swallowed a large amount and has "
                  "vomiting, stomach pain or unusual sleepiness.") == ["vomiting", "stomach pain",
                                                                       "unusual sleepiness"]
    got = _signs("Nausea.\n\nContact your provider right away if you soak through two thick pads an hour, have severe "
                 "stomach pain, or feel very weak.")
    assert got[0] == "soaking through two thick pads an hour" and "severe stomach pain" in got


def test_a_labelled_line_whose_members_say_when_or_are_clauses() -> None:
    got = [label for label, _ in _effects(
        "Common: eye itching, stinging or burning when the drops go in, eyelid swelling, watery eyes\n\n"
        "Less common: blurred vision for a few minutes after use, feeling like something is in your eye, crusting "
        "of the eyelids, sensitivity to light")]
    assert {"Eyelid swelling", "Watery eyes", "Feeling like something is in your eye", "Crusting of the eyelids",
            "Sensitivity to light"} <= set(got)
    assert "Stinging or burning when the drops go in" in got  # (the moment of the dose, no comma: kept, fc48's rule)


def test_a_cell_structure_the_drug_binds_or_disrupts_is_its_target() -> None:
    assert _mechanism("Testdrug disrupts the cell membrane of sperm, which stops the sperm from moving.") == [
        ("inhibits", "cell membrane of sperm")]
    assert _mechanism("Testdrug binds to the bacterial cell membrane and disrupts it.") == [
        ("inhibits", "bacterial cell membrane")]  # (binding, then damage: one inhibition, fc54)
    # where it works, said after what it does there, is no target
    assert not any("wall" in t for _, t in _mechanism(
        "Testdrug inhibits glucan synthase. Because it acts on the cell wall, it works against resistant strains."))
