"""Three prose Side Effects sections written as a probe before the reader saw them (2026-12-03, fourth session): an
assistant's chatty paragraph, a short paragraph in the second person, a summary of trial results. At first they gave
7 of 20 effects and wrong signs. Pinned here as they are read now."""
from __future__ import annotations

from tests.test_fc20_wordings import _fx


def test_a_chatty_paragraph() -> None:
    effects, signs = _fx(
        "Most people tolerate zoravir well, but some side effects are possible. The ones people notice most are "
        "drowsiness, dry mouth and weight gain, which tend to ease after the first few weeks. Some people also feel "
        "dizzy when they stand up quickly. Less often, zoravir can cause constipation, blurred vision or trouble "
        "urinating. Rarely, it leads to a serious drop in white blood cells (agranulocytosis), so tell your doctor "
        "straight away if you develop a fever, sore throat or mouth ulcers. Very rarely, people develop neuroleptic "
        "malignant syndrome, with high fever, stiff muscles and confusion.")
    assert effects == [("Drowsiness", "Common", False), ("Dry mouth", "Common", False),
                       ("Weight gain", "Common", False), ("Dizziness", "Common", False),
                       ("Constipation", "Less common", False),
                       ("Blurred vision", "Less common", False), ("Trouble urinating", "Less common", False),
                       ("Serious drop in white blood cells", "Serious", True),
                       ("Neuroleptic malignant syndrome", "Rare", False)]
    assert signs == ["fever", "sore throat", "mouth ulcers"]


def test_the_reader_as_the_one_who_notices_and_a_serious_risk_before_whom_to_call() -> None:
    effects, signs = _fx(
        "You might notice a headache during the first week. Hot flashes and leg cramps are also common. A small "
        "number of women develop blood clots in the legs or lungs, which is the most serious risk; get emergency "
        "help if you have sudden shortness of breath, chest pain, or swelling and pain in one leg.")
    assert effects == [("Headache", "Other", False), ("Hot flashes", "Common", False), ("Leg cramps", "Common", False),
                       ("Blood clots in the legs or lungs", "Serious", True)]
    assert signs == ["sudden shortness of breath", "chest pain", "swelling and pain in one leg"]
    assert _fx("You may notice an improvement within two weeks. You might feel better soon.") == ([], [])


def test_a_summary_of_trial_results() -> None:
    effects, signs = _fx(
        "In studies, the most frequent complaints were nausea (about 20% of patients), diarrhea (10%) and "
        "injection-site reactions such as redness or itching. Headache and tiredness occurred in fewer than 5% of "
        "patients. Cases of pancreatitis have been reported; stop the medicine and seek medical care if you have "
        "severe stomach pain that spreads to your back, with or without vomiting.")
    assert effects == [("Nausea", "Common", False), ("Diarrhea", "Common", False),
                       ("Injection-site reactions", "Common", False), ("Headache", "Common", False),
                       ("Tiredness", "Common", False), ("Pancreatitis", "Rare", False)]
    assert signs == ["severe stomach pain that spreads to your back"]


def test_the_ones_people_notice_first_and_what_some_also_get() -> None:
    effects, _ = _fx("The side effects people notice first are usually dizziness on standing, trouble sleeping and "
                     "restlessness; some also get dry mouth, nausea or weight changes.")
    assert [e[0] for e in effects] == ["Dizziness on standing", "Trouble sleeping", "Restlessness", "Dry mouth",
                                       "Nausea", "Weight changes"]
