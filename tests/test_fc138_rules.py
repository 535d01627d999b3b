"""Rules from the misses of firstcontact138 (ordinary answers of six models not imitated before, written after the
session's rules), pinned by invented pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_uses_under_being_studied_not_approved() -> None:
    """"**Being studied (not approved):**" over bullets: the uses under study, no denial."""
    x = _x("### **Usage**\n- **Gout**: approved for adults.\n\n**Being studied (not approved):**\n- **Pseudogout**, "
           "with colchicine.\n- **Kidney stones**.\n\nIt is **not** used for rheumatoid arthritis.\n", "Calvirex")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Gout", None), ("Pseudogout", "investigational"), ("Kidney stones", "investigational")]


def test_a_use_denied_after_the_one_stated() -> None:
    """"It is used for the symptoms of reflux and not for the stomach ulcer": one use."""
    x = _x("Usage:\nCalvirex is used for heartburn and not for the stomach ulcer. It is also used for bloating but "
           "not for gallstones.\n", "Calvirex")
    assert [u.label for u in x.treats] == ["Heartburn", "Bloating"]


def test_the_drugs_own_salt_beside_its_name_is_no_brand() -> None:
    """"Generic Name: Calvirex (Calvirex Hydrochloride)": the drug's salt, no brand."""
    x = _x("Generic Name: Calvirex (Calvirex Hydrochloride)\n\nUsage:\nCalvirex treats acne.\n", "Calvirex")
    assert x.brand_names == []


def test_signs_of_you_or_your_child_and_of_someone_taking_it() -> None:
    """"If you or your child has A, B or C after an injection, get medical help right away" and "Get emergency help if
    someone taking this medicine has D, cannot be woken up, or has E": signs."""
    x = _x("## Side Effects\n\nNausea is common. If you or your child has wheezing, a tight throat or hives after an "
           "injection, get medical help right away.\n", "Calvirex")
    assert [s.label for s in x.serious_signs] == ["wheezing", "tight throat", "hives"]
    x = _x("## Side Effects\n\nNausea is common. Get emergency help right away if someone taking this medicine has "
           "very slow breathing, cannot be woken up, or has a seizure.\n", "Calvirex")
    assert [s.label for s in x.serious_signs] == ["very slow breathing", "being unable to be woken up", "seizure"]


def test_bold_targets_keep_their_symbols_and_a_gerund_subjects_clause_is_no_object() -> None:
    """"... blocks two different receptors:" over "- **Histamine type 2 receptor (H2R)**: ... By blocking the H2R
    receptor, ...": one target, its symbol kept (the second naming the same); "Blocking both receptors together lowers
    acid more than ..." no downstream effect of its words."""
    x = _x("## How it Works\n\nCalvirex is a single molecule that blocks two different receptors:\n\n- **Histamine "
           "type 2 receptor (H2R)**: By blocking the H2R receptor, it lowers acid.\n- **Gastrin receptor (CCK2)**: It "
           "also "
           "blocks the effects of gastrin.\n\nBlocking both receptors together lowers acid more than blocking the "
           "histamine receptor alone, which is thought to help heal ulcers.\n", "Calvirex")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism if m.is_target] == [
        ("blocks", "histamine type 2 receptor", "H2R"), ("blocks", "gastrin receptor", "CCK2")]
    assert not any("together" in m.target for m in x.mechanism)


def test_an_organ_is_no_class() -> None:
    """"Calvirex is a first-in-class kidney medicine." beside "**Drug class:** Dual X antagonist": the field's
    class."""
    x = _x("### Generic Name\n- **Drug class:** Dual bradykinin receptor antagonist\n\n### Usage\nCalvirex is a "
           "first-in-class kidney medicine. It is used for IgA nephropathy.\n", "Calvirex")
    assert x.drug_class is not None and x.drug_class.label == "Dual bradykinin receptor antagonist"


def test_a_brands_lower_case_strength_word_is_part_of_it() -> None:
    """"**Brand names:** Calvix, Calvix forte" and "Morvan retard": the strength or release word part of the name."""
    x = _x("**Generic Name:** Calvirex\n\n**Brand names:** Calvix, Calvix forte and Morvan retard\n\n**Usage:** It "
           "treats gout.\n", "Calvirex")
    assert [b.label for b in x.brand_names] == ["Calvix", "Calvix forte", "Morvan retard"]


def test_a_chemical_name_field_gives_another_name() -> None:
    """"- **Chemical name:** 4-amino-2-nitrophenol": another name of the drug."""
    x = _x("## Generic Name\n\n- **Generic name:** Calvirex\n- **Chemical name:** 4-amino-2-nitrophenol\n\n## Usage\n\n"
           "It treats gout.\n", "Calvirex")
    assert [s.label for s in x.drug.synonyms] == ["4-amino-2-nitrophenol"]


def test_a_place_in_brackets_is_no_brand() -> None:
    """"- **Forms:** Tablets and granules (Japan)": where they are sold, no brand."""
    x = _x("## Generic Name\n\n- **Generic name:** Calvirex\n- **Brand names:** Calvix\n- **Forms:** Tablets and "
           "granules (Japan)\n\n## Usage\n\nIt treats gout.\n", "Calvirex")
    assert [b.label for b in x.brand_names] == ["Calvix"]


def test_an_answer_that_says_to_swallow_the_tablets() -> None:
    """Nothing else says how it is given; an answer "Take it with food and swallow the capsules whole.": by mouth, as
    capsules."""
    x = _x("**Usage:** It treats gout.\n\n**FAQs:**\n\n**Q: Should it be taken with food?**\nA: Yes. Take it with food "
           "and swallow the capsules whole.\n", "Calvirex")
    assert [r.label for r in x.routes] == ["oral"]
    assert [f.label for f in x.formulations] == ["capsules"]
