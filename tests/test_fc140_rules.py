"""Rules from the misses of firstcontact140 (ordinary answers of six models not imitated before, measured at the last
session's end), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _targets(x) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(m.relation, m.target) for m in x.mechanism if m.is_target]


def test_these_channels_after_a_clause_that_uses_them() -> None:
    """"Worms use glutamate-gated chloride channels to move. Vermexin opens these channels.": the clause's verb is no
    part of the name the demonstrative points back to; "Some fungi make enzymes" names none."""
    x = _x("## How it Works\n\nNerve cells in worms use **glutamate-gated chloride channels** to control movement. "
           "Vermexin **opens these channels**.\n", "Vermexin")
    assert _targets(x) == [("opens", "glutamate-gated chloride channel")]
    x = _x("## How it Works\n\nSome fungi make enzymes. Vermexin blocks these enzymes.\n", "Vermexin")
    assert _targets(x) == []


def test_a_consequence_and_then_the_next() -> None:
    """"causing depolarization and then flaccid paralysis of the worm": each step of the sequence."""
    x = _x("## How it Works\n\nVermexin blocks GABA-gated chloride channels, leading to hyperexcitation and then "
           "flaccid paralysis.\n", "Vermexin")
    assert ("triggers", "flaccid paralysis") in [(m.relation, m.target) for m in x.mechanism]


def test_the_first_approved_treatment_is_no_class_and_its_use_stays() -> None:
    """"Zorvane is the first FDA-approved treatment for Netherton syndrome. Let's unpack that:" over "- *Netherton
    syndrome* means ..." and "So it treats the **cause** (the enzyme)": the use, no class, no glossary use, no
    "Cause"."""
    x = _x("## Usage\n\nZorvane is the first FDA-approved treatment for **Netherton syndrome**. Let's unpack that:\n\n"
           "- *Netherton syndrome* means a rare inherited skin disease.\n- *Kallikreins* are enzymes that loosen the "
           "skin.\n\nSo Zorvane treats the **cause** (the overactive enzymes) rather than the scaling.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Netherton syndrome"]
    assert x.drug_class is None


def test_a_doubt_that_it_helps_is_no_use() -> None:
    """"..., but there is little evidence that it helps with a sore throat": no second use."""
    x = _x("Usage:\nZorvane is used for hay fever. It is also sometimes used off label for the common cold, but there "
           "is little evidence that it helps with a sore throat.\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Hay fever", "Common cold"]


def test_two_adjectives_of_one_condition_share_its_head() -> None:
    """"1. Allergic and nonallergic rhinitis - a stuffy nose": one use."""
    x = _x("Usage:\nZorvane is used to treat:\n\n1. Allergic and nonallergic rhinitis - a stuffy nose\n2. Hives\n",
           "Zorvane")
    assert [u.label for u in x.treats] == ["Allergic and nonallergic rhinitis", "Hives"]


def test_a_summary_over_the_following_conditions() -> None:
    """"Zorvane is used for the relief of itching. It is used to treat the following conditions:" over the list: the
    first sentence a summary, no use."""
    x = _x("Usage:\nZorvane is a second generation antihistamine. Zorvane is used for the relief of itching. It is "
           "used to treat the following conditions:\n\n1. Chronic urticaria\n2. Atopic dermatitis\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Chronic urticaria", "Atopic dermatitis"]


def test_less_common_but_more_serious_and_who_gets_it_more() -> None:
    """"Some side effects are less common but more serious. These include A, B (this happens more in older adults),
    and C.": serious, the aside no part of B; "can cause D which can be very dangerous": D."""
    x = _x("Side Effects:\nThe most common side effects are nausea and headache.\n\nSome side effects are less common "
           "but more serious. These include fainting, agitation (this happens more in older adults), and jaundice. In "
           "older adults Zorvane can cause falls which can be very dangerous.\n", "Zorvane")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Nausea", "Common", False), ("Headache", "Common", False), ("Fainting", "Serious", True),
        ("Agitation", "Serious", True), ("Jaundice", "Serious", True), ("Falls", "Serious", True)]


def test_a_group_cell_that_says_how_often_or_how_bad_in_brackets() -> None:
    """"| **Gastrointestinal (most common)** | a, b |" and "| **Cardiovascular (serious)** | c, new or worsening d |":
    the groups' words, no effect of their own; the serious group's effects serious; "new or worsening d" one."""
    x = _x("## Side Effects\n\n| Category | Side effects |\n|---|---|\n| **Gastrointestinal (most common)** | Nausea, "
           "diarrhea |\n| **Cardiovascular (serious)** | Fainting, new or worsening heart failure |\n", "Zorvane")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Nausea", "Gastrointestinal", False), ("Diarrhea", "Gastrointestinal", False),
        ("Fainting", "Cardiovascular", True), ("New or worsening heart failure", "Cardiovascular", True)]


def test_an_aim_whose_kinds_have_names_of_their_own() -> None:
    """"... used to control abnormal heart rhythms" over "Atrial flutter" and "Ventricular tachycardia": the aim is
    their kind, no use of its own."""
    x = _x("## Usage\n\nZorvane is a **class IC antiarrhythmic** used to control abnormal heart rhythms.\n\n"
           "**Approved uses:**\n- **Atrial flutter:** in adults\n- **Ventricular tachycardia:** when "
           "life-threatening\n", "Zorvane")
    assert [u.label for u in x.treats] == ["Atrial flutter", "Ventricular tachycardia"]


def test_a_studied_use_said_not_approved_stays() -> None:
    """"Zorvane has also been studied for:" over "3. Lupus nephritis - the trials did not show enough benefit, so it
    is not approved for this.": the use studied, its status, no denial."""
    x = _x("Usage:\nZorvane is used to treat:\n1. Rheumatoid arthritis - in adults.\n\nZorvane has also been studied "
           "for:\n3. Lupus nephritis - the trials did not show enough benefit, so it is not approved for this.\n"
           "4. Sjogren syndrome\n", "Zorvane")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Rheumatoid arthritis", None), ("Lupus nephritis", "investigational"), ("Sjogren syndrome", "investigational")]


def test_a_kind_of_product_it_is_not_and_uses_that_differ_by_country() -> None:
    """"It is not a biologic injection" gives no form; "so the approved uses are different from country to country"
    no use."""
    x = _x("Usage:\nZorvane comes as tablets. It is not a steroid and it is not a biologic injection. It is used for "
           "psoriasis, and the approved uses are different from country to country.\n", "Zorvane")
    assert [f.label for f in x.formulations] == ["tablets"]
    assert [u.label for u in x.treats] == ["Psoriasis"]


def test_parts_that_become_cold_numb_or_change_colour() -> None:
    """"..., or if your hands or feet become cold, numb or change color": each, the parts shared."""
    x = _x("## Side Effects\n\n- Nausea\n\nCall your doctor at once if you have chest pain, or if your hands or feet "
           "become cold, numb or change color.\n", "Zorvane")
    assert [s.label for s in x.serious_signs] == [
        "chest pain", "hands or feet that become cold", "hands or feet that become numb",
        "hands or feet that change color"]


def test_a_use_named_by_its_initials_is_no_class_nor_is_a_verdict() -> None:
    """"Quick context: HAE is a rare genetic condition ..." and "Zorvane is a niche drug": no class; the Generic Name
    section's "It is a plasma kallikrein inhibitor" is."""
    x = _x("Zorvane is a niche drug, but an important one.\n\n## Generic Name\n\n**Zorvane**\n\n## Usage\n\n| Use | "
           "Status |\n|---|---|\n| Hereditary angioedema (HAE) | Approved |\n\nQuick context: HAE is a rare genetic "
           "condition where swelling comes in attacks.\n", "Zorvane")
    assert x.drug_class is None


def test_an_eye_drop() -> None:
    """"It is an **antibiotic** eye drop": the class, and the form."""
    x = _x("## Generic Name\n\n**Zorvane** (zorvane ophthalmic solution 0.5%), sold under the brand name **Oculix**. "
           "It is an **antibiotic** eye drop.\n\n## Usage\n\nIt treats bacterial conjunctivitis.\n", "Zorvane")
    assert [f.label for f in x.formulations] == ["ophthalmic solution", "eye drop"]


def test_a_lone_participle_before_a_swelling_of_a_place() -> None:
    """"signs of an allergic reaction like hives, itching or swelling of the tongue": three signs, the place the
    swelling's ("unusual bleeding or bruising" stays one)."""
    x = _x("## Side Effects\n\n- Nausea\n\nGet emergency help if you have signs of an allergic reaction like hives, "
           "itching or swelling of the tongue.\n", "Zorvane")
    assert [s.label for s in x.serious_signs] == ["hives", "itching", "swelling of the tongue"]
