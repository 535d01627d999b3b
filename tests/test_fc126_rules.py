"""Rules from the misses of firstcontact126 (ordinary answers of six models not imitated before, written after every
rule of the last session), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _effects(text: str) -> list[tuple[str, str, bool]]:
    x = _x(f"## Usage\n\n- Gout\n\n## Side Effects\n\n{text}\n", "Calvirex")
    return [(e.label, e.category, e.serious) for e in x.side_effects]


def _signs(text: str) -> list[str]:
    x = _x(f"## Usage\n\n- Gout\n\n## Side Effects\n\nHeadache is common.\n\n{text}\n", "Calvirex")
    return [s.label for s in x.serious_signs]


def _targets(text: str) -> list[tuple[str, str]]:
    x = _x(f"## Usage\n\n- Gout\n\n## How it Works\n\n{text}\n", "Calvirex")
    return [(m.relation, m.target) for m in x.mechanism]


def test_items_of_a_lead_that_names_groups_are_groups() -> None:
    """"The reactions fall into three groups:" over "(1) Frequent adverse reactions: a, b and c.": each item's label
    is a group, its text the effects (a label ending in "reactions" is no effect here), and a remark after the list
    ("These usually ...") no effect."""
    assert _effects("The reactions seen in trials fall into three groups:\n\n"
                    "(1) Frequent adverse reactions: back pain, cough and tiredness.\n\n"
                    "(2) Injection-site reactions: swelling, bruising and soreness. These fade within a day.\n\n"
                    "(3) Serious adverse reactions: kidney injury and seizures.") == [
        ("Back pain", "Frequent adverse reactions", False), ("Cough", "Frequent adverse reactions", False),
        ("Tiredness", "Frequent adverse reactions", False), ("Swelling", "Injection-site reactions", False),
        ("Bruising", "Injection-site reactions", False), ("Soreness", "Injection-site reactions", False),
        ("Kidney injury", "Serious adverse reactions", True), ("Seizures", "Serious adverse reactions", True)]
    # without such a lead, a label that names an effect over its symptoms stays the effect
    assert _effects("Less common but serious:\n\n- Severe allergic reactions: wheezing, hives.")[0][0] == \
        "Severe allergic reactions"


def test_help_first_then_the_signs_as_the_if_clause_subject() -> None:
    """"Stop the drip and get help at once if hives, a tight chest or fainting occur": the signs, subject of "occur"."""
    assert _signs("Stop the drip and get medical help at once if hives, a tight chest or fainting occur.") == [
        "hives", "tight chest", "fainting"]
    assert _signs("Call your doctor if side effects occur.") == []
    assert _signs("Call your doctor if these symptoms develop.") == []


def test_a_thing_that_lasts_or_comes_with_signs() -> None:
    """"See a doctor if your sore throat lasts more than 3 days or comes with A, B or C": the thing that goes on too
    long, then what it comes with, each a sign."""
    assert _signs("See a doctor if your sore throat lasts more than 3 days or comes with a rash, a stiff neck, or "
                  "vomiting.") == ["your sore throat lasting more than 3 days", "rash", "stiff neck", "vomiting"]


def test_a_bold_effects_description_or_kinds_are_no_signs() -> None:
    """Under a group that says to get help, "**Aplastic anaemia** — the marrow stops making blood cells" and
    "**Severe skin reactions** such as toxic epidermal necrolysis" give the effects, and no signs."""
    text = ("**Serious (get help at once)**\n- **Aplastic anaemia** \u2014 the marrow stops making blood cells\n"
            "- **Severe skin reactions** such as toxic epidermal necrolysis\n"
            "- **Liver problems** \u2014 yellow skin, dark urine")
    x = _x(f"## Usage\n\n- Gout\n\n## Side Effects\n\n{text}\n", "Calvirex")
    assert [e.label for e in x.side_effects] == ["Aplastic anaemia", "Severe skin reactions", "Liver problems"]
    assert [s.label for s in x.serious_signs] == ["yellow skin", "dark urine"]


def test_a_sign_graded_after_or_is_another_sign() -> None:
    """"fainting or severe stomach pain": a sign, then another that says how bad it is (no word shared); "feel chest
    pain": the pain felt; "unusual bleeding or bruising" and "peeling or severe burning of the skin" stay one."""
    assert _signs("Tell your doctor if you have palpitations, fainting or severe back pain.") == [
        "palpitations", "fainting", "severe back pain"]
    assert _signs("If you feel chest pain, palpitations or fainting, tell the doctor immediately.") == [
        "chest pain", "palpitations", "fainting"]
    assert _signs("Tell your doctor if you have unusual bleeding or bruising.") == ["unusual bleeding or bruising"]
    assert _signs("If you feel dizzy or faint, tell the doctor immediately.") == ["feeling dizzy or faint"]


def test_an_effect_said_to_be_reported_without_its_cause() -> None:
    """"Sudden death due to heart problems is reported with high doses." in a serious paragraph: the effect, its cause
    no part of its name."""
    assert ("Sudden death", "Serious", True) in _effects(
        "Serious side effects are liver damage and low blood counts. Sudden death due to heart problems is reported "
        "with high doses.")


def test_members_named_after_a_bare_plural_class() -> None:
    """"activates receptors called TRPM8 and TRPA1", "inhibits enzymes called PDE3 and PDE4": each member, by name."""
    assert _targets("Calvirex activates receptors called TRPM8 and TRPA1, which gives a cool feeling.") == [
        ("activates", "TRPM8"), ("activates", "TRPA1")]


def test_a_target_without_what_it_is_joined_to() -> None:
    """"the TYK2 enzyme linked to the receptor": the enzyme; the receptor it is joined to no target of this sentence."""
    assert _targets("Calvirex activates the TYK2 enzyme attached to the receptor, which helps cells grow.") == [
        ("activates", "TYK2 enzyme")]


def test_an_enzyme_numbered_in_roman_and_a_germs_enzyme() -> None:
    """"DNA topoisomerase II of the parasite": the enzyme, its roman number part of its name, the germ it belongs to
    not."""
    assert _targets("Calvirex inhibits DNA topoisomerase II of the parasite, so it cannot copy its DNA.") == [
        ("inhibits", "DNA topoisomerase II")]
    assert _targets("Calvirex inhibits dihydrofolate reductase of the bacteria.") == [
        ("inhibits", "dihydrofolate reductase")]


def test_single_ingredient_products_are_brands() -> None:
    """"Single-ingredient products include Mentholix gel and Coolspray": the drug's own brands ("combination
    products such as ..." are not)."""
    x = _x("Calvirex is a cooling agent. Single-ingredient products include Mentholix gel and Coolspray. It is also in "
           "combination products such as Deep Heat.\n\n## Usage\n\n- Muscle aches\n", "Calvirex")
    assert x.brand_names and [b.label for b in x.brand_names] == ["Mentholix", "Coolspray"]


def test_a_summary_before_common_uses_and_one_complaint_of_two_words() -> None:
    """"It is used for the relief of a dry, irritating cough. Common uses include:" over a list: the summary is no use;
    "a dry, irritating cough" alone is one complaint, two words that say how it is."""
    x = _x("## Usage\n\nCalvirex is used for the short-term relief of a sore, scratchy throat. Common uses include:\n\n"
           "- Tonsillitis\n- Pharyngitis\n", "Calvirex")
    assert [u.label for u in x.treats] == ["Tonsillitis", "Pharyngitis"]
    x = _x("## Usage\n\nCalvirex is used for the relief of a dry, irritating cough.\n", "Calvirex")
    assert [u.label for u in x.treats] == ["Dry, irritating cough"]


def test_the_aim_said_after_the_class_sentence_is_a_summary() -> None:
    """"X is a nitroimidazole. X is used to treat trichomoniasis, a parasite infection. It is used in the following
    conditions:" over kinds of it: the aim in the sentence after the class is no use of its own."""
    x = _x("## Usage\n\nCalvirex is an antiprotozoal medicine. Calvirex is used to treat trypanosomiasis, which is "
           "spread by flies. It is used in the following conditions:\n\n1) African trypanosomiasis\n2) American "
           "trypanosomiasis\n", "Calvirex")
    assert [u.label for u in x.treats] == ["African trypanosomiasis", "American trypanosomiasis"]
