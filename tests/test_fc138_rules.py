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
