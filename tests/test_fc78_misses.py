"""Rules firstcontact78's misses showed, pinned on invented pages (other drugs, other words): a labelled list whose
last member says where it comes ("... where the gel is applied"); "A, B and C are also fairly common, and some people
notice D"; uses said with when or where they were approved ("approved in 2019 for", "in some countries for") or at
what dose ("at much higher doses to treat"); an abbreviation whose first word gives two initials ("PONV"); what a
nutrient is needed for; genes "turned down" and "turned up"; an item's "(rare, serious)" tag; a cause after "from";
"commonly known as" a name with the word "salt"; "into a vein (IV) or a muscle"; a use's item "Taken by mouth, it
..."."""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x


def test_a_labelled_list_whose_last_member_says_where_it_comes() -> None:
    x = _x("## Side Effects\n\n**Common:** Rash, dizziness, dry skin, and stinging or redness where the gel has been "
           "rubbed in.\n")
    assert _effects(x) == {"Rash": "Common", "Dizziness": "Common", "Dry skin": "Common",
                           "Stinging or redness where the gel has been rubbed in": "Common"}


def test_a_list_said_fairly_common_then_what_some_people_notice() -> None:
    x = _x("## Side Effects\n\nThe most common side effects are nausea and tiredness. Back pain, cough and a runny "
           "nose are also fairly common, and some people notice hair thinning.\n")
    assert _effects(x) == {"Nausea": "Common", "Tiredness": "Common", "Back pain": "Common", "Cough": "Common",
                           "Runny nose": "Common", "Hair thinning": "Common"}


def test_uses_said_with_when_where_and_at_what_dose() -> None:
    x = _x("## Usage\n\nIn Canada it is sold as a tablet, approved in 2019 for the treatment of chronic insomnia in "
           "adults, alone or with sleep hygiene advice. In many other countries, the capsules are used at much higher "
           "doses to treat narcolepsy. It is also approved in some countries for restless legs syndrome (an urge to "
           "move the legs).\n")
    assert [u.label for u in x.treats] == ["Chronic insomnia", "Narcolepsy", "Restless legs syndrome"]


def test_an_abbreviation_whose_prefixed_word_gives_two_initials() -> None:
    x = _x("## Usage\n\nIt is approved for the prevention of postoperative nausea and vomiting (PONV) in adults. It "
           "is also approved to treat PONV in patients who still feel sick after surgery.\n")
    assert [(u.label, u.abbreviation) for u in x.treats][:1] == [("Postoperative nausea and vomiting", "PONV")]
    assert "Vomiting" not in [u.label for u in x.treats]


def test_what_a_nutrient_is_needed_for_genes_turned_down_and_a_bound_acyl_group() -> None:
    x = _x("## How it Works\n\nZoravir is needed for the transport of short-chain fatty acids into the cells (their "
           "fuel), where they are burned. It binds excess acyl groups and forms esters. Inside the nucleus it turns "
           "down genes that make inflammatory proteins, such as interleukins and prostaglandins, and turns up genes "
           "for repair proteins.\n")
    got = [(m.relation, m.target) for m in x.mechanism]
    assert ("increases", "transport of short-chain fatty acids into the cells") in got
    assert ("binds", "acyl groups") in got
    assert ("decreases", "inflammatory proteins") in got and ("decreases", "interleukins") in got
    assert ("increases", "repair proteins") in got


def test_an_items_rare_serious_tag_and_a_cause_after_from() -> None:
    x = _x("## Side Effects\n\n1. Headache (common)\n2. Fainting from hypotension (rare, serious)\n"
           "3. Kidney damage from dehydration (rare, serious)\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Fainting", "Rare", True),  # (how often the group, serious the flag, as
        ("Kidney damage", "Rare", True)]  # set 78's methadone truth reads "(rare, serious)")


def test_a_common_name_with_salt_routes_in_a_parenthesis_and_an_items_taken_by_mouth() -> None:
    x = _x("**Generic Name:** Sodium sulfate (commonly known as Glauber's salt)\n\n## Usage\n\nIn hospitals it is "
           "given as an injection into a vein (IV) or a muscle, and it is also sold as a powder (Glauber's salt).\n\n"
           "- **Constipation:** Taken by mouth, it works as a saline laxative.\n")
    assert [s.label for s in x.drug.synonyms] == ["Glauber's salt"]
    assert "Glauber's" not in [b.label for b in x.brand_names]
    assert [r.label for r in x.routes] == ["intravenous", "intramuscular", "oral"]
