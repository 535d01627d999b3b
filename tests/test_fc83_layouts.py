"""Layouts firstcontact83's misses showed, pinned on invented pages (other drugs, other words): INI / TOML tables with
no fence, a pasted chat whose user asks for each section, a forum post's BBCode, a package leaflet's "What X is and what
it is used for" and its "Serious side effects – stop taking X and talk to a doctor straight away if you notice:" group,
a man page's "NAME" line ("zoravir - ...") and its "Contact your eye doctor the same day for ..." sentence, and a drug
that binds "all active forms of" a protein."""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x


def test_ini_tables_with_no_fence() -> None:
    x = _x('Here it is in TOML:\n\n[generic_name]\nname = "Zoravir"\nbrand_names = ["Zorex", "Zoramed"]\n'
           'drug_class = "Long-acting muscarinic antagonist"\n\n[usage]\nsummary = "Zoravir opens the airways. It is '
           'used every day to keep them open."\nuses = [\n  "Asthma",\n'
           '  "Chronic obstructive pulmonary disease (COPD)",\n'
           ']\n\n[side_effects.common]\nitems = ["Dry mouth", "Headache", "Cough"]\n\n[side_effects.serious]\n'
           'items = ["Urinary retention", "Angle-closure glaucoma"]\n\n[how_it_works]\nsummary = "Zoravir blocks '
           'muscarinic M3 receptors on the airway muscle."\n\n[faqs]\nq1 = "Is it a rescue inhaler?"\na1 = "No."\n'
           'q2 = "Can I use it in pregnancy?"\na2 = "Ask your doctor."\n')
    assert [u.label for u in x.treats] == ["Asthma", "Chronic obstructive pulmonary disease"]
    assert _effects(x) == {"Dry mouth": "Common", "Headache": "Common", "Cough": "Common",
                           "Urinary retention": "Serious", "Angle-closure glaucoma": "Serious"}
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed"]
    assert len(x.faqs) == 2


def test_a_pasted_chat_whose_user_asks_for_each_section() -> None:
    x = _x("User: Provide details about the generic zoravir. Let's start with the generic name and its uses.\n\n"
           "Assistant: Sure! Here's the first part.\n\n**Generic Name:** Zoravir\n\n**Usage:** It is used to treat "
           "overactive bladder and bedwetting.\n\nUser: And the side effects?\n\nAssistant: Common side effects "
           "include:\n\n- Dry mouth\n- Constipation\n\nUser: How does it work?\n\nAssistant: Zoravir blocks muscarinic "
           "receptors in the bladder.\n\nUser: Great. Any FAQs people usually have?\n\nAssistant: Of course!\n\n"
           "**1. Can I drink alcohol?**\nBest avoided.\n\n**2. Is it safe for older adults?**\nUse with care.\n\n"
           "User: Thanks!\n\nAssistant: You're welcome!\n")
    assert [u.label for u in x.treats] == ["Overactive bladder", "Bedwetting"]
    assert set(_effects(x)) == {"Dry mouth", "Constipation"}
    assert [(m.relation, m.target) for m in x.mechanism][:1] == [("blocks", "muscarinic receptor")]
    assert len(x.faqs) == 2


def test_a_forum_posts_bbcode() -> None:
    x = _x("Here's a rundown for the forum:\n\n[b]Generic Name[/b]\nZoravir. Brand name: [b]Zorex[/b].\n\n"
           "[b]Usage[/b]\nIt is used for:\n[list]\n[*][b]Depression[/b] – especially atypical depression\n"
           "[*]Panic disorder\n[/list]\n\n[b]Side Effects[/b]\n[u]Common[/u]\n[list]\n[*]Dizziness\n[*]Weight gain\n"
           "[/list]\n[u]Serious[/u]\n[list]\n[*]Hypertensive crisis\n[/list]\n\n[b]How it Works[/b]\nZoravir inhibits "
           "monoamine oxidase.\n")
    assert [u.label for u in x.treats] == ["Depression", "Panic disorder"]
    assert _effects(x) == {"Dizziness": "Common", "Weight gain": "Common", "Hypertensive crisis": "Serious"}


def test_a_package_leaflets_headings_and_its_serious_group() -> None:
    x = _x("## 1. What Zoravir is and what it is used for\n\nZoravir is used:\n- to treat Paget's disease of bone\n"
           "- to prevent osteoporosis in women at risk\n\n## 4. Possible side effects\n\n**Serious side effects – stop "
           "taking Zoravir and talk to a doctor straight away if you notice:**\n- Severe irritation of the gullet – "
           "severe pain in the chest or difficulty swallowing\n- Eye inflammation – painful, red eyes\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Paget's disease of bone", None),
                                                         ("Osteoporosis", "prevention")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Severe irritation of the gullet", "Serious side effects", True),
        ("Eye inflammation", "Serious side effects", True)]


def test_a_man_page() -> None:
    x = _x("ZORAVIR(7)                Drug Information Manual                ZORAVIR(7)\n\nNAME\n"
           "       zoravir - VEGF inhibitor for injection into the eye\n\nINDICATIONS\n"
           "       -  Wet age-related macular degeneration (AMD)\n       -  Diabetic macular edema (DME)\n\n"
           "ADVERSE EFFECTS\n       Common:\n       -  Eye pain\n       -  Floaters\n\n"
           "       Contact your eye doctor the same day for increasing eye pain or redness, worsening vision,\n"
           "       or flashes of light.\n\nMECHANISM\n       zoravir binds to all active forms of VEGF-A, such as "
           "VEGF121,\n       and keeps them from attaching to their receptors.\n")
    assert x.drug.label.casefold() == "zoravir"
    assert [u.label for u in x.treats] == ["Wet age-related macular degeneration", "Diabetic macular edema"]
    assert [s.label for s in x.serious_signs] == ["increasing eye pain or redness", "worsening vision",
                                                  "flashes of light"]
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("inhibits", "VEGF-A")]
