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
