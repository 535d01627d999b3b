"""Side Effects written as prose on an ordinary page, a probe written before the reader saw it (2026-12-03): a
sentence that only says some side effects are common, then "These include ...", "X and Y can also occur", and
"Rarely, <drug> can cause ..." gave nothing at first."""
from __future__ import annotations

from tests.test_fc20_wordings import _fx


def test_a_group_stated_then_listed_and_a_rare_cause() -> None:
    effects, signs = _fx("Most people tolerate zoravir well, but some side effects are common, especially when "
                         "starting the dose. These include nausea, loss of appetite and trouble sleeping. Leg cramps "
                         "and tiredness can also occur.\n\nRarely, zoravir can cause stomach ulcers, seizures, or "
                         "difficulty passing urine.")
    assert effects == [("Nausea", "Common", False), ("Loss of appetite", "Common", False),
                       ("Trouble sleeping", "Common", False), ("Leg cramps", "Common", False),
                       ("Tiredness", "Common", False), ("Stomach ulcers", "Rare", False), ("Seizures", "Rare", False),
                       ("Difficulty passing urine", "Rare", False)]
    assert signs == []


def test_seek_help_lists_after_the_following_and_parts_shared_after_your() -> None:
    _, signs = _fx("- Headache\n\nIf you notice swelling of your face, lips or eyelids, or have trouble swallowing, "
                   "get emergency help. Contact your healthcare provider if you experience any of the following: "
                   "fainting, a very slow heartbeat, or seizures.")
    assert signs == ["swelling of your face", "swelling of lips", "swelling of eyelids", "trouble swallowing",
                     "fainting", "very slow heartbeat", "seizures"]
