"""Side effects: a series of lone words over one noun with no comma before its "or", and a bold effect whose own
phrase goes on with a participle (invented pages of other drugs and other words)."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _effects(body: str) -> list[tuple[str, str, bool]]:
    x = _x("## Usage\n\nIt treats chronic gout.\n\n## Side Effects\n\n" + body)
    return [(e.label, e.category, e.serious) for e in x.side_effects]


def test_lone_words_over_one_noun_share_it_with_no_comma_before_the_or() -> None:
    got = _effects("**Less common**\n\n- Dry, burning or itchy eyes\n- Sore, stiff or swollen joints\n"
                   "- Nausea, vomiting or dry mouth\n- Headache, dizziness or blurred vision\n")
    assert [g[0] for g in got] == ["Dry eyes", "Burning eyes", "Itchy eyes", "Sore joints", "Stiff joints",
                                   "Swollen joints", "Nausea", "Vomiting", "Dry mouth", "Headache", "Dizziness",
                                   "Blurred vision"]


def test_two_lone_words_stay_one_sign() -> None:
    assert [g[0] for g in _effects("**Common**\n\n- Stuffy or runny nose\n- Itchy or watery eyes\n")] == [
        "Stuffy or runny nose", "Itchy or watery eyes"]


def test_a_bold_effect_goes_on_with_what_it_is_linked_to() -> None:
    got = _effects("**Serious**\n\n- **Low mood** linked to the change in skin colour; suicides have been reported\n"
                   "- **Hearing loss** caused by high doses\n- **Bleeding** that will not stop\n")
    assert got == [("Low mood", "Serious", True), ("Hearing loss", "Serious", True), ("Bleeding", "Serious", True)]


def test_an_effect_told_by_a_participle_keeps_the_next_told_effect() -> None:
    """After "**Acne:** seen mostly in ...", the next bold effect told by its sentence is one more effect, not a
    group of what its sentence says."""
    got = _effects("**Common**\n\n- **Cough**\n- **Pimples:** seen mostly in teenagers\n- **Headache**\n"
                   "- **High triglycerides:** found on routine blood tests\n- **Raised liver enzymes**\n")
    assert [g[0] for g in got] == ["Cough", "Pimples", "Headache", "High triglycerides", "Raised liver enzymes"]


def test_the_moment_of_a_dose_or_a_posture_stays_with_its_effect() -> None:
    """A timing clause with no comma before it describes the effect (the corpora's rule): the moment drops go in, a
    cream is applied, one stands up, right after using an inhaler; a circumstance ("when the gel is used on large
    areas", "when you stop it suddenly") is still cut."""
    got = _effects("**Common**\n\n- Smarting when the drops go in\n- Aching when the solution is instilled\n"
                   "- Tingling when applied\n- Light-headedness when you stand up fast\n"
                   "- Coughing fits right after using the inhaler\n- Grey skin when the gel is used on large areas\n"
                   "- Shakiness when you stop it suddenly\n")
    assert [g[0] for g in got] == [
        "Smarting when the drops go in", "Aching when the solution is instilled", "Tingling when applied",
        "Light-headedness when you stand up fast", "Coughing fits right after using the inhaler", "Grey skin",
        "Shakiness"]


def test_comparatives_over_one_noun_share_it() -> None:
    got = _effects("**Gradual changes**\n\n- Longer, fuller and darker eyebrows\n")
    assert [g[0] for g in got] == ["Longer eyebrows", "Fuller eyebrows", "Darker eyebrows"]


def test_a_sentence_that_says_graver_problems_can_occur_opens_their_group() -> None:
    """"Rarely, more serious problems can occur." names no effect: it opens the serious group the next sentence lists
    (or its "such as" examples), each effect without its cause ("because ...")."""
    got = _effects("Most people have no trouble. Rarely, more serious problems can occur. These include kidney "
                   "stones (nephrolithiasis), because it raises calcium in the urine; gout; and hair loss, with "
                   "patches.\n\nLess commonly, more severe effects may occur, such as fits and fainting.\n")
    assert got == [("Kidney stones", "Serious", True), ("Gout", "Serious", True), ("Hair loss", "Serious", True),
                   ("Fits", "Serious", True), ("Fainting", "Serious", True)]


def test_a_care_setting_after_a_use_is_where_not_what() -> None:
    x = _x("## Usage\n\n- **Hiccups in palliative care**: when other measures fail.\n"
           "- **Agitation in the intensive care unit**: for short sedation.\n- Vomiting in hospice\n\n"
           "## Side Effects\n\n- Rash\n")
    assert [u.label for u in x.treats] == ["Hiccups", "Agitation", "Vomiting"]
