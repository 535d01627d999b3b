"""Rules from the misses of firstcontact266 and firstcontact267 (dating, travel-search, navigation, outdoor,
wellbeing, language-learning and music assistants), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x
from tests.test_fc218_rules import _uses
from tests.test_fc234_rules import _mech, _page


def _signs(effects: str) -> list[str]:
    return [s.label for s in _page(effects=effects).serious_signs]


def test_question_headings_after_the_last_section_are_its_faqs() -> None:
    x = _x("**How it Works:**\n\nZorvane blocks the H2 receptor.\n\n---\n\n### How long do I take it?\n\n"
           "Four weeks.\n\n### Can I drink coffee?\n\nYes.\n\n### Does it interact with other medicines?\n\nA few.\n\n"
           "### Is it safe in pregnancy?\n\nAsk your doctor.\n", "Zorvane")
    assert [f.question for f in x.faqs] == ["How long do I take it?", "Can I drink coffee?",
                                            "Does it interact with other medicines?", "Is it safe in pregnancy?"]
    assert [(m.relation, m.target) for m in x.mechanism] == [("blocks", "H2 receptor")]


def test_a_labelled_enzyme_whose_activity_it_boosts_and_one_also_activated() -> None:
    assert _mech("Zinc is built into many enzymes. Zorvane raises zinc levels, especially for:\n\n"
                 "- **Superoxide dismutase (SOD1):** zorvane boosts the activity of this antioxidant enzyme, which "
                 "clears superoxide.\n- **Carbonic anhydrase II:** also activated, helping cells handle acid.") == [
        ("increases", "zinc levels"), ("activates", "superoxide dismutase"), ("activates", "carbonic anhydrase II")]


def test_what_someone_takes_and_has() -> None:
    assert _signs("- Nausea\n\nSeek emergency care if someone takes a large overdose, or has severe vomiting, "
                  "shaking, or trouble breathing.") == ["taking a large overdose", "severe vomiting", "shaking",
                                                        "trouble breathing"]


def test_let_the_nurse_know_and_reach_out_for_care() -> None:
    assert _signs("- Nausea\n\nLet the nurse or doctor know straight away about chest pain, feeling faint or a very "
                  "slow pulse.") == ["chest pain", "feeling faint", "very slow pulse"]
    assert _signs("- Nausea\n\nPlease reach out for urgent medical care if you notice a pounding heartbeat, "
                  "fainting or a seizure.") == ["pounding heartbeat", "fainting", "seizure"]


def test_signs_to_report_and_what_they_could_mean() -> None:
    assert _signs("- Rash\n\nAlso report new bruising, dark urine, or confusion, which could be signs of a "
                  "relapse.") == ["new bruising", "dark urine", "confusion"]
    assert _signs("- Rash\n\nReport any unexplained muscle pain straight away.") == ["unexplained muscle pain"]
    assert _signs("- Rash\n\nReport side effects to your pharmacist.") == []


def test_less_common_ones_included() -> None:
    x = _page(effects="In trials, the most common side effects were headache and nausea. Less common ones included "
                      "dizziness and back pain.")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Headache", "Common"), ("Nausea", "Common"), ("Dizziness", "Less common"), ("Back pain", "Less common")]


def test_a_name_used_outside_a_region() -> None:
    x = _page(gen="**Zorvane** (known outside the US as **zorvamide**)")
    assert [s.label for s in x.drug.synonyms] == ["zorvamide"]


def test_two_adjectives_of_one_head() -> None:
    assert _uses("It is used for:\n\n- **SCN2A developmental and epileptic encephalopathy**, a rare epilepsy\n"
                 "- **Focal seizures**") == ["SCN2A developmental and epileptic encephalopathy", "Focal seizures"]
