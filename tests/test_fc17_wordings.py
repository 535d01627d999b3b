"""Wordings of the blind set firstcontact17 (measured once at 0.673), each pinned with invented pages of the same
shapes: a Usage table with a Status column, a prevention lead-in that "heads off" its list, "X-induced nausea and
vomiting" as one syndrome, off-label uses a specialist "reaches for it in" or "suggests it for", and seek-help
sentences that phone a clinic about a body part's clauses, call an ambulance for a sign, see a doctor in a second
clause, or share one "feel" among adjectives."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _uses(usage: str) -> set[tuple[str, str | None]]:
    return {(t.label, t.qualifier) for t in _x("## Usage\n\n" + usage + "\n").treats}


def _signs(sentence: str) -> list[str]:
    return [s.label for s in _x("## Side Effects\n\n- Headache\n\n" + sentence + "\n").serious_signs]


def test_a_status_column_qualifies_or_denies_the_row() -> None:
    got = _uses("| Use | Status | Notes |\n| --- | --- | --- |\n| Chronic hiccups | Approved | Twice a day |\n"
                "| Belching disorder | Off-label | Small studies |\n| Hiccups in infants | Not established | Unsafe |\n"
                "| Night cough | Not proven | Trials failed |\n")
    assert got == {("Chronic hiccups", None), ("Belching disorder", "off-label")}


def test_a_lead_in_that_heads_off_its_list_is_prevention() -> None:
    got = _uses("Its main job is prevention: it is given ahead of time to head off:\n\n"
                "- **Opioid-induced nausea and vomiting** – with strong painkillers\n- **Motion sickness** – at sea\n")
    assert got == {("Opioid-induced nausea and vomiting", "prevention"), ("Motion sickness", "prevention")}


def test_off_label_uses_a_specialist_reaches_for_or_suggests() -> None:
    got = _uses("Zoravir treats hiccups. Beyond this, neurologists sometimes reach for it off-label in severe "
                "belching of infancy (infantile aerophagia) and in cyclic hiccup syndrome. Off-label, surgeons "
                "suggest it for drain-site discomfort and for bladder spasms, though the evidence is thin.")
    assert got == {("Hiccups", None), ("Belching of infancy", "off-label"), ("Cyclic hiccup syndrome", "off-label"),
                   ("Drain-site discomfort", "off-label"), ("Bladder spasms", "off-label")}
    # "in children" after off-label is who, not what
    assert _uses("Zoravir treats hiccups. It is used off-label in children.") == {("Hiccups", None)}


def test_a_body_parts_clauses_after_phone_your_clinic() -> None:
    assert _signs("Phone your clinic the same day if the ear becomes very painful, your hearing gets suddenly "
                  "worse, or your lips swell up.") == ["ear becoming very painful", "hearing getting suddenly worse",
                                                       "lips swelling up"]


def test_second_help_clauses_and_a_shared_feel() -> None:
    got = _signs("Tell the nurse at once if you feel dizzy, shivery, sweaty or short-winded during or soon after an "
                 "infusion, and see a doctor urgently if you develop a cough that will not settle or black stools, "
                 "and call an ambulance for any chest pain.")
    assert got == ["feeling dizzy", "feeling shivery", "feeling sweaty", "feeling short-winded",
                   "cough that will not settle or black stools", "chest pain"]


def test_off_label_uses_tried_or_added_and_a_clause_subject() -> None:
    got = _uses("Zoravir treats hiccups. Off the label, intensive-care teams sometimes add it for serotonin storm "
                "(SST), a dangerous reaction. Some neurologists have also tried it off-label, with mixed results, for "
                "cluster hiccups and belching disorder. Surgeons also prescribe it off-label for drain pain in people "
                "who are not yet walking, and specialists have used it for bladder spasms, a rare condition.")
    assert got == {("Hiccups", None), ("Serotonin storm", "off-label"), ("Cluster hiccups", "off-label"),
                   ("Belching disorder", "off-label"), ("Drain pain", "off-label"), ("Bladder spasms", "off-label")}


def test_a_use_to_dissolve_and_a_condition_kept_from_forming() -> None:
    got = _uses("Zoravir is approved to dissolve small uric acid stones in people who cannot have surgery, and to "
                "prevent kidney stones from forming in people who are losing weight quickly.")
    assert got == {("Small uric acid stones", None), ("Kidney stones", "prevention")}
