"""Wordings of the blind set firstcontact20 (measured once at 0.713), each pinned with invented pages of the same
shapes: prose uses whose verb is "applied to the skin for", "sold over the counter as Brand, for", "prescribed the
tablets for", "cut the number of" (prevention), "used off-label, alongside other treatments, for"; a condition "of
the" places listed with commas; "mild to moderate"; purposes that belong to the medicines given beside the drug; a
new clause with its own subject after a population; routes that are other treatments' or no route at all; and a
brand in parentheses right after the drug's name."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(usage: str) -> set[tuple[str, str | None]]:
    return {(t.label, t.qualifier) for t in _x("## Usage\n\n" + usage + "\n").treats}


def test_fewer_episodes_is_prevention() -> None:
    got = _uses("As a 10 mg capsule, it is approved to cut the number of asthma attacks (exacerbations) in adults "
                "who have had them before. Another form is licensed to reduce the frequency of cluster headaches.")
    assert got == {("Asthma attacks", "prevention"), ("Cluster headaches", "prevention")}


def test_applied_to_the_skin_for_and_a_condition_spread_over_places() -> None:
    got = _uses("As an ointment sold under the name Dermavol, zoravir is applied to the skin for chronic hand "
                "eczema, including on the palms, for lichen planus of the mouth, lips and genitals, and for mild to "
                "moderate rosacea in adults.")
    assert got == {("Chronic hand eczema", None), ("Lichen planus of the mouth, lips and genitals", None),
                   ("Rosacea", None)}


def test_a_form_as_the_object_of_the_use_verb_and_alongside() -> None:
    got = _uses("Zoravir treats gout. Off-label, rheumatologists have prescribed the tablets for pseudogout and "
                "for calcium deposits. Off-label, doctors now prescribe low-dose zoravir capsules, typically 0.5 to "
                "1 mg a day, for the same gout. The gel is also used off-label, alongside other treatments, for "
                "tendinitis.")
    assert got == {("Gout", None), ("Pseudogout", "off-label"), ("Calcium deposits", "off-label"),
                   ("Gout", "off-label"), ("Tendinitis", "off-label")}


def test_sold_as_a_brand_then_for_a_use() -> None:
    assert _uses("On the skin: Zoravir lotion is sold over the counter as Scalpix in the US and Scalpex in Europe, "
                 "for dandruff in adults.") == {("Dandruff", None)}
    # a product sold for something else, and a form "for" how it is made, are no uses
    assert _uses("Zoravir treats gout. The sprays sold for treating shoes, tents and boots are another product. "
                 "It is sold as Gouta and comes as granules for oral solution.") == {("Gout", None)}


def test_purposes_of_the_medicines_given_beside_it() -> None:
    got = _uses("Zoravir tablets are approved for severe angina. Because it is strong, it is always taken together "
                "with a nitrate, to stop the chest tightening, and a statin, to stop plaque from building up.")
    assert got == {("Angina", None)}


def test_a_clause_with_its_own_subject_after_a_population() -> None:
    got = _uses("Cardiologists also use it off-label for microvascular angina in older women, where it relaxes the "
                "small vessels, and neurologists occasionally prescribe it off-label for cluster headache.")
    assert got == {("Microvascular angina", "off-label"), ("Cluster headache", "off-label")}
    assert _uses("Zoravir treats gout. It is not a cure for joint pain caused by injury - those need treatment of "
                 "their own.") == {("Gout", None)}


def test_routes_of_other_treatments_and_a_schedule_are_no_routes() -> None:
    x = _x("## Usage\n\nZoravir (Gouta) is a uricase modulator. It comes as tablets taken by mouth, and in the US it "
           "is a Schedule IV controlled substance. It is an add-on to long-acting inhalers, not a replacement for "
           "them. It is not for severe attacks, which are treated with intravenous saline in hospital.\n")
    assert [r.label for r in x.routes] == ["oral"]
    assert [f.label for f in x.formulations] == ["tablets"]
    assert [b.label for b in x.brand_names] == ["Gouta"]
    # an abbreviation in parentheses is no brand
    assert _x("## Usage\n\nZoravir (ZRV) is a uricase modulator taken by mouth.\n").brand_names == []


def _mech(how: str) -> list[tuple[str, str, str | None, str]]:
    x = _x("## Usage\n\nZoravir treats gout.\n\n## How it Works\n\n" + how + "\n")
    return [(m.relation, m.target, m.symbol, m.certainty) for m in x.mechanism]


def test_slots_into_and_turns_them_on_and_fits_into_without_switching_them_on() -> None:
    assert _mech("Zoravir slots into the H4 histamine receptors on mast cells and turns them on.") == [
        ("activates", "H4 histamine receptor", None, "asserted")]
    assert _mech("Zoravir is a decoy: it fits into both melanin receptors, melanin receptor 1 (MR1) and melanin "
                 "receptor 2 (MR2), without switching them on, and so shuts the hormone out.") == [
        ("blocks", "melanin receptor 1", "MR1", "asserted"), ("blocks", "melanin receptor 2", "MR2", "asserted")]


def test_out_of_action_and_held_in_the_off_position() -> None:
    assert _mech("An enzyme, phosphodiesterase-7 (PDE7), breaks cAMP down. Zoravir, together with its active "
                 "metabolite zoravir N-oxide, puts PDE7 out of action.") == [
        ("inhibits", "phosphodiesterase-7", "PDE7", "asserted")]
    assert _mech("Zoravir gets to the oxytocin receptors first and holds them in their \"off\" position, so "
                 "oxytocin cannot switch them on.") == [("blocks", "oxytocin receptor", None, "asserted")]


def test_other_medicines_named_by_apposition_or_by_they() -> None:
    assert _mech("Zoravir inhibits PDE7. Unlike theophylline, an older drug that blocks many phosphodiesterases, it "
                 "is selective.")[1:] == []
    assert _mech("Zoravir activates the H4 receptor. This is the opposite of what anticholinergic medicines such as "
                 "oxybutynin do: they block muscarinic receptors.") == [("activates", "H4 receptor", None, "asserted")]


def test_a_hedge_qualifies_what_follows_it() -> None:
    got = _mech("The hormone drives the growth of the cysts through a messenger called cyclic AMP (cAMP). By "
                "shutting the hormone out, zoravir lowers cAMP in the cells lining the cysts, which is thought to "
                "slow how quickly the cysts enlarge and the kidneys lose function.")
    assert got == [("decreases", "cyclic AMP", "cAMP", "asserted")]


def _fx(body: str) -> tuple[list[tuple[str, str, bool]], list[str]]:
    x = _x("## Side Effects\n\n" + body + "\n")
    return [(e.label, e.category, e.serious) for e in x.side_effects], [s.label for s in x.serious_signs]


def test_sentences_that_explain_the_side_effects_name_none() -> None:
    effects, _ = _fx("Most side effects are the flip side of what the drug does - it turns up body secretions, not "
                     "just tears. Many side effects are simply the result of losing more salt than usual.\n\n"
                     "- Headache")
    assert effects == [("Headache", "Other", False)]


def test_a_grade_before_a_colon_and_a_group_before_its_verb() -> None:
    effects, signs = _fx("With the gel, the usual complaints are mild: burning, dry skin and itching. More serious, "
                         "though uncommon, are low mood, suicidal thoughts and marked weight loss - these are linked "
                         "mainly to the tablets. Call your doctor promptly if you or the people close to you notice "
                         "low mood or agitation.")
    assert effects == [("Burning", "Common", False), ("Dry skin", "Common", False), ("Itching", "Common", False),
                       ("Low mood", "Serious", True), ("Suicidal thoughts", "Serious", True),
                       ("Marked weight loss", "Serious", True)]
    assert signs == ["low mood or agitation"]


def test_how_an_effect_is_is_no_effect_and_places_stay_with_theirs() -> None:
    effects, _ = _fx("Serious: sudden jaw weakness, lasting seconds to minutes and similar to a stroke; seizures\n\n"
                     "Common:\n- Unwanted hair growth on the face, arms and back, which affects most people\n"
                     "- Headache")
    assert [e[0] for e in effects] == ["Sudden jaw weakness", "Seizures",
                                       "Unwanted hair growth on the face, arms and back", "Headache"]


def test_whole_body_signs_take_no_place_and_amounts_in_other_units_are_no_signs() -> None:
    _, signs = _fx("- Headache\n\nGet medical help straight away if you have chest pain, fainting, wheezing or "
                   "tightness in the chest. Contact your doctor if you gain more than 3 kg (7 lb) in a week.")
    assert signs == ["chest pain", "fainting", "wheezing or tightness in the chest", "gaining more than 3 kg in a week"]


def test_a_class_named_by_its_members_a_brand_under_the_name_and_courses_added() -> None:
    x = _x("## Usage\n\nZoravir belongs to the calcium channel openers, a small group of medicines that relax muscle. "
           "As a gel sold under the name Zorvex, zoravir is applied to the skin for chronic hand eczema. Some "
           "specialists have added short courses of zoravir to loop diuretics off-label for fluid overload.\n")
    assert x.drug_class is not None and x.drug_class.label == "calcium channel opener"
    assert [b.label for b in x.brand_names] == ["Zorvex"]
    assert {(t.label, t.qualifier) for t in x.treats} == {("Chronic hand eczema", None),
                                                          ("Fluid overload", "off-label")}


def test_feel_governs_an_adjective_after_or() -> None:
    _, signs = _fx("- Headache\n\nCall your doctor if you feel dizzy or faint, or feel sick or vomit.")
    assert signs == ["feeling dizzy or faint", "feeling sick or vomiting"]
