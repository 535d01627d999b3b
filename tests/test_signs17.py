"""Signs in a seek-help sentence whose groups are cut by semicolons ("; if you have X, Y; or if you see Z"), a
list of body parts sharing the last member's noun ("new knee, hip or groin pain"), a series of adjectives after
"with" ("fever with hot, red, puffy skin"), and a body part's participle ("your wrists swelling"). Each test is a
small page of its own with made-up words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _signs(sentence: str) -> list[str]:
    x = _x("## Side Effects\n\n- Headache\n\n" + sentence + "\n")
    return [s.label for s in x.serious_signs]


def test_each_semicolon_group_drops_its_own_if_you_have() -> None:
    got = _signs("Call your doctor at once if you faint; if you have pale stools, itchy skin or a high fever; or if "
                 "you see blood in your stools or notice your wrists swelling.")
    assert "pale stools" in got and "itchy skin" in got and "blood in your stools" in got
    assert "wrist swelling" in got
    assert not any(s.startswith(("if ", "your ")) for s in got)


def test_body_parts_share_the_last_members_noun() -> None:
    got = _signs("Get medical help right away if you notice new knee, thigh or groin pain.")
    assert {"new knee pain", "new thigh pain", "new groin pain"} <= set(got)


def test_a_series_of_adjectives_after_with_is_one_sign() -> None:
    got = _signs("Get medical help right away if you have loose teeth, or fever with hot, red, puffy skin.")
    assert "fever with hot, red, puffy skin" in got
    assert not any(s in ("red", "puffy skin") for s in got)
    # a list of nouns after "with" is still a list of signs
    got = _signs("Get medical help right away if you have a sore throat with chills, sweats or body aches.")
    assert "body aches" in got


def test_a_seek_help_label_over_a_bare_list_gives_signs() -> None:
    for page in ("**When to get help:** Chills, a stiff neck or unusual bruising.",
                 "**Get help now:**\nChills, a stiff neck or unusual bruising.",
                 "**Seek help immediately for:** Chills, a stiff neck or unusual bruising."):
        x = _x("## Side Effects\n\n- Headache\n- Nausea\n\n" + page + "\n")
        assert {"Chills", "stiff neck", "unusual bruising"} <= {s.label for s in x.serious_signs}, page
        assert [e.label for e in x.side_effects] == ["Headache", "Nausea"]
    # a sentence under such a label is read as a sentence: its own seek-help clause names the signs
    x = _x("## Side Effects\n\n- Headache\n\n**When to get help:** Most effects are mild, but call your doctor if you "
           "have fainting.\n")
    assert [s.label for s in x.serious_signs] == ["fainting"]


def test_parts_that_look_a_colour_and_clauses_of_their_own() -> None:
    got = _signs("Get medical help straight away if your lips, toenails or tongue look blue or purple, you feel "
                 "faint or confused, you notice your skin or eyes turning yellow, or you are passing dark urine.")
    assert {"blue or purple lips", "blue or purple toenails", "blue or purple tongue", "feeling faint or confused",
            "skin or eyes turning yellow", "passing dark urine"} <= set(got)
    assert not any(s.startswith("your ") or s.endswith("eding") for s in got)
    # a verb ending in -eed is a verb: "you bruise or bleed easily"
    assert "bruising or bleeding easily" in _signs("Call your doctor if you have a fever, or you bruise or bleed "
                                                   "easily.")
