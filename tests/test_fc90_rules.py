"""What set 90's ordinary answers showed the reader missing, pinned on invented pages of other drugs and other words:
a purpose said as prophylaxis ("Pre-exposure prophylaxis of X (PrEP)", "X post-exposure prophylaxis (PEP)"), a use
not approved "on its own", a Generic Name sentence that opens with the name and a parenthesis, a note among the
side-effect groups that says when to get help, "new or worsening" after an effect, and whom a drug suits."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_prophylaxis_is_a_prevention_of_the_condition_it_names() -> None:
    x = _x("## Usage\n\n- **Pre-exposure prophylaxis of malaria (PEM):** taken daily by travellers.\n"
           "- **Rabies post-exposure prophylaxis (RPEP):** given after a bite, an off-label use.\n"
           "- **Prophylaxis against pneumocystis pneumonia:** in people with low CD4 counts.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Malaria", "prevention"), ("Rabies", "off-label"), ("Pneumocystis pneumonia", "prevention")]


def test_a_use_not_approved_on_its_own_stands() -> None:
    x = _x("## Usage\n\n- **Chronic hepatitis C:** used off-label together with ribavirin. It is not approved to treat "
           "hepatitis C on its own.\n- **Influenza:** It is not used to treat influenza.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Chronic hepatitis C", "off-label")]


def test_a_generic_name_sentence_opening_with_the_name_and_a_parenthesis() -> None:
    x = _x("## Generic Name\n\nZoravir (often abbreviated ZRV) is sold on its own as Zorivex, as 400 mg capsules and "
           "an oral suspension taken by mouth twice daily. It is more often taken inside combination tablets.\n\n"
           "## Usage\n\n- Shingles\n")
    assert x.drug.label == "Zoravir" and [s.label for s in x.drug.synonyms] == ["ZRV"]
    assert [f.label for f in x.formulations] == ["capsules", "oral suspension"]
    assert [r.label for r in x.routes] == ["oral"]


def test_a_note_among_the_groups_that_says_when_to_get_help_gives_signs() -> None:
    x = _x("## Side Effects\n\n+ **Common:**\n    - Nausea\n+ **Serious (Rare):**\n"
           "    - Low blood sugar, new or worsening\n"
           "+ **Important:** Get emergency help if you have a seizure, fainting, or yellow skin.\n")
    assert [(e.label, e.category) for e in x.side_effects] == [("Nausea", "Common"), ("Low blood sugar", "Serious")]
    assert [s.label for s in x.serious_signs] == ["seizure", "fainting", "yellow skin"]


def test_whom_a_drug_suits_is_no_use() -> None:
    x = _x("## Usage\n\n+ **Approved Indication:**\n    - Cluster headache in adults\n"
           "+ **Who May Benefit Most:** people who cannot take triptans because of heart disease\n")
    assert [u.label for u in x.treats] == ["Cluster headache"]


def test_identity_fields_whose_bold_label_is_followed_by_a_dash() -> None:
    x = _x("## Generic Name\n\n**Zoravir**\n\n- **Brand name** — Zorivex\n- **Drug class** — nucleoside analogue\n"
           "- **Form** — single-dose prefilled pen\n- **Route** — subcutaneous injection, once a week\n\n"
           "## Usage\n\n- Shingles\n")
    assert [b.label for b in x.brand_names] == ["Zorivex"]
    assert x.drug_class is not None and x.drug_class.label == "nucleoside analogue"
    assert [r.label for r in x.routes] == ["subcutaneous"]
    assert "single-dose prefilled pen" in [f.label for f in x.formulations]


def test_a_bold_name_glossed_by_its_salt_then_where_it_is_sold() -> None:
    x = _x("## Generic Name\n\n**Zoravir** (as zoravir sodium). In the US it is sold as **Zorivex** eye drops; "
           "elsewhere it is available as tablets and a syrup.\n\n## Usage\n\n- Shingles\n")
    assert [f.label for f in x.formulations] == ["eye drops", "tablets", "syrup"]
    assert {r.label for r in x.routes} == {"ophthalmic", "oral"}
