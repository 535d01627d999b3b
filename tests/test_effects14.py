"""Side-effect layouts of the blind set firstcontact14, each pinned with invented pages of the same
shape: plain body-system parents over nested effects; a bold name followed by where it happens."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _effects(body: str) -> list[tuple[str, str, bool]]:
    return [(e.label, e.category, e.serious) for e in _x(body).side_effects]


def test_plain_body_system_parents_are_the_groups_of_their_nested_effects() -> None:
    body = ("## Side Effects\n\nGrouped by body system:\n\n- Skin and hair\n  - Rash\n  - Hair thinning\n"
            "- Heart and circulation\n  - Slow heartbeat\n- Other\n  - Tiredness")
    assert _effects(body) == [("Rash", "Skin and hair", False), ("Hair thinning", "Skin and hair", False),
                              ("Slow heartbeat", "Heart and circulation", False), ("Tiredness", "Other", False)]


def test_an_effect_over_its_own_sub_points_stays_an_effect() -> None:
    body = "## Side Effects\n\n- Liver problems\n  - yellowing of the skin or eyes\n- Stomach upset\n  - nausea"
    assert [label for label, _, _ in _effects(body)] == ["Liver problems", "Stomach upset"]


def test_a_bold_name_followed_by_where_it_happens_is_one_effect() -> None:
    body = ("## Side Effects\n\n**Serious:**\n\n- **Blood clots** in the legs or lungs\n"
            "- **Bleeding** from the gums or nose\n- **Pancreatitis** \u2014 severe stomach pain")
    assert [label for label, _, _ in _effects(body)] == ["Blood clots", "Bleeding", "Pancreatitis"]


def test_a_table_row_per_effect_splits_its_lists_and_reads_signs_in_any_notes_column() -> None:
    body = ("## Side Effects\n\n| Side effect | How often | Notes |\n|---|---|---|\n"
            "| Headache | Very common | Usually fades |\n| Nausea/vomiting | Common | |\n"
            "| Palpitations/fast heartbeat | Common | |\n| Indigestion, gas or stomach pain | Common | |\n"
            "| Rash, itching | Common | |\n| Tightness or pressure in the chest, throat, neck or jaw | Common | |\n"
            "| TTP/HUS | Rare | |\n"
            "| Serious bleeding | Rare but serious | Get emergency help for black stools or vomiting blood |")
    x = _x(body)
    assert [e.label for e in x.side_effects] == [
        "Headache", "Nausea", "Vomiting", "Palpitations", "Fast heartbeat", "Indigestion", "Gas", "Stomach pain",
        "Rash", "Itching", "Tightness or pressure in the chest, throat, neck or jaw", "TTP/HUS", "Serious bleeding"]
    assert [s.label for s in x.serious_signs] == ["black stools or vomiting blood"]


def test_any_before_a_sign_is_a_determiner_unless_it_points_elsewhere() -> None:
    x = _x("## Side Effects\n\n- Headache\n\nGet medical help straight away if you have chest pain, fainting, or any "
           "unusual bleeding or bruising. Call your doctor if you notice any of these symptoms.")
    assert [s.label for s in x.serious_signs] == ["chest pain", "fainting", "unusual bleeding or bruising"]


def test_prose_groups_said_in_other_words() -> None:
    body = ("## Side Effects\n\nWith the tablets, the most common ones are dry mouth, headache and a bitter taste; "
            "cough and dizziness are also reported. With the cream the usual complaints are redness, peeling and "
            "itching. Less often, it causes blurred vision, muscle or joint pain, constipation or a fast heartbeat "
            "\u2014 mainly at high doses. Rarely it causes serious problems: liver injury (yellow skin); severe "
            "allergic reactions; and pancreatitis, if you drink heavily.")
    assert _effects(body) == [
        ("Dry mouth", "Common", False), ("Headache", "Common", False), ("Bitter taste", "Common", False),
        ("Cough", "Common", False), ("Dizziness", "Common", False), ("Redness", "Common", False),
        ("Peeling", "Common", False), ("Itching", "Common", False), ("Blurred vision", "Less common", False),
        ("Muscle or joint pain", "Less common", False), ("Constipation", "Less common", False),
        ("Fast heartbeat", "Less common", False), ("Liver injury", "Serious", True),
        ("Severe allergic reactions", "Serious", True), ("Pancreatitis", "Serious", True)]


def test_a_labelled_line_drops_its_examples_and_how_the_group_is() -> None:
    body = ("## Side Effects\n\n**Serious side effects** \u2014 uncommon, but important: serious infections, including "
            "reactivation of tuberculosis (TB); new or worsening colitis; severe allergic reactions (anaphylaxis).\n\n"
            "**Rare but serious:** skin reactions such as Stevens-Johnson syndrome; liver injury.\n\n"
            "Skin side effects are the most frequent and usually appear in the first weeks.")
    assert [label for label, _, _ in _effects(body)] == [
        "Serious infections", "New or worsening colitis", "Severe allergic reactions", "Skin reactions", "Liver injury"]


def test_signs_after_a_second_seek_help_clause_and_no_sign_for_what_they_may_mean() -> None:
    x = _x("## Side Effects\n\n- Headache\n\nSee your doctor promptly if you notice lumps in the breasts, and get "
           "emergency help for swelling of the face, lips or tongue or difficulty breathing. Seek help at once if "
           "you develop fever or mouth ulcers (possible signs of low blood cells), or a cough that won't go away "
           "(possible TB).")
    assert [s.label for s in x.serious_signs] == [
        "lumps in the breasts", "swelling of the face", "swelling of the lips", "swelling of the tongue",
        "difficulty breathing", "fever or mouth ulcers", "cough that won't go away"]


def test_signs_said_as_clauses_with_fall_and_a_dash_comment_after_the_list() -> None:
    x = _x("## Side Effects\n\n- Headache\n\nTell your doctor straight away if you fall asleep while eating, notice "
           "urges you cannot control, or faint. Get emergency help if you have muscle weakness or severe confusion "
           "\u2014 these can be signs of high potassium.")
    assert [s.label for s in x.serious_signs] == [
        "falling asleep while eating", "urges you cannot control", "fainting", "muscle weakness or severe confusion"]
