"""A whole ordinary page written as a probe before the reader saw it (2026-12-03, seed-style bold labels over bullets,
italic group labels, bold FAQ questions with their answers on the same line): three things it missed, pinned in
invented wordings."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc20_wordings import _fx, _uses


def test_bold_questions_line_after_line_are_one_faq_each() -> None:
    x = _x("## FAQs\n\n**Can I stop it suddenly?** No, the dose is lowered slowly.\n**Can I drive?** Yes, once you "
           "know how it affects you.\n**Is it safe with alcohol?** Alcohol makes dizziness worse.\n")
    assert [f.question for f in x.faqs] == ["Can I stop it suddenly?", "Can I drive?", "Is it safe with alcohol?"]
    assert x.faqs[1].answer == "Yes, once you know how it affects you."


def test_if_you_then_whom_to_call_with_other_verbs() -> None:
    _, signs = _fx("- Headache\n\nIf you faint, feel very short of breath, or notice swelling in your ankles, contact "
                   "your doctor straight away. If you miss a dose, take it when you remember.")
    assert signs == ["fainting", "feeling very short of breath", "swelling in your ankles"]


def test_after_an_event_to_lower_the_risk_of_another() -> None:
    assert _uses("Zoravir treats angina. It is also used after a heart attack to lower the risk of another one.") == {
        ("Angina", None), ("Heart attack", "prevention")}


def test_brand_names_including() -> None:
    x = _x("## Usage\n\nZoravir comes as capsules and is sold under brand names including Zorvex, Zoragel and "
           "Zorin. Other brand names include Zorix.\n")
    assert [b.label for b in x.brand_names] == ["Zorvex", "Zoragel", "Zorin", "Zorix"]


def test_a_third_probe_page_plain_labels_and_prose() -> None:
    effects, _ = _fx("Common side effects include nausea, stomach upset, gas and a bitter taste in the mouth; these "
                     "usually improve. A rare but serious side effect is lactic acidosis, a build-up of lactic acid in "
                     "the blood.")
    assert effects == [("Nausea", "Common", False), ("Stomach upset", "Common", False), ("Gas", "Common", False),
                       ("Bitter taste in the mouth", "Common", False), ("Lactic acidosis", "Serious", True)]
    x = _x("## Usage\n\nZoravir is the first-line medication for type 2 diabetes.\n")
    assert x.drug_class is None


def test_a_bold_name_glossed_under_its_heading() -> None:
    x = _x("### Generic Name\n**Zoravir** (zoravir mesylate)\n\n### Usage\nIt treats gout.\n\n### How it Works\n"
           "Zoravir blocks L-type calcium channels in the smooth muscle of blood vessels.\n")
    assert x.drug.label == "Zoravir"
    assert [(m.relation, m.target) for m in x.mechanism] == [("blocks", "L-type calcium channel")]


def test_an_unreadable_generic_name_value_falls_back_to_the_title() -> None:
    assert _x("### Generic Name\n(see below)\n\n### Usage\nIt treats gout.\n", title="Zoravir").drug.label == "Zoravir"


def test_a_fifth_probe_page_plain_inline_labels() -> None:
    from tests.test_mechanism20 import _mech

    assert _mech("Zoravir is a weak agonist at the kappa-opioid receptor. It also inhibits the reuptake of serotonin "
                 "and norepinephrine.") == [("activates", "kappa-opioid receptor", None),
                                             ("inhibits", "serotonin transporter", None),
                                             ("inhibits", "norepinephrine transporter", None)]
    assert _uses("Zoravir is used for moderate to moderately severe pain in adults.") == {("Pain", None)}
    effects, _ = _fx("The most frequently reported side effects are nausea and headache. Sweating, itching and dry "
                     "mouth can also happen.")
    assert effects == [("Nausea", "Common", False), ("Headache", "Common", False), ("Sweating", "Common", False),
                       ("Itching", "Common", False), ("Dry mouth", "Common", False)]


def test_a_sixth_probe_page_numbered_family_members_and_prevention_and_treatment() -> None:
    from tests.test_mechanism20 import _mech

    assert _mech("Zoravir may block toll-like receptors 3 and 8 (TLR3 and TLR8), reducing inflammation.")[:2] == [
        ("blocks", "toll-like receptor 3", None), ("blocks", "toll-like receptor 8", None)]
    assert _uses("It is indicated for:\n- Gout\n- Prevention and treatment of malaria in areas where the parasite is "
                 "still sensitive\n") == {("Gout", None), ("Malaria", None)}


def test_a_seventh_probe_page_an_antibiotic() -> None:
    from tests.test_mechanism20 import _mech

    assert _uses("It is used to treat:\n- Ear, nose and throat infections (such as sinusitis)\n- Skin infections\n\n"
                 "It is also given before dental procedures to prevent endocarditis in some high-risk patients.") == {
        ("Ear, nose and throat infections", None), ("Skin infections", None), ("Endocarditis", "prevention")}
    assert _uses("It treats acne, rosacea and skin infections.") == {("Acne", None), ("Rosacea", None),
                                                                     ("Skin infections", None)}
    assert _mech("Zoravir binds to penicillin-binding proteins (PBPs) and stops them from building the cell wall.") \
        == [("inhibits", "penicillin-binding protein", "PBPs")]
