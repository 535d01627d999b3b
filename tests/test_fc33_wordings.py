"""Wordings firstcontact33's misses showed (six blind pages in new house styles), pinned on invented pages: section
text indented four spaces under plain names, a side-effect table whose first column is the group, clinical Usage fields
("Indication:", "Dosing:"), bold effects over notes in lower case, a definition list with italic conditions and a
seek-help line after the groups, "like the common cold", and a purpose's qualifiers ("post-exposure prevention of
X")."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extract_text import not_a_name
from kg.parse import parse_text


def _x(body: str, title: str = "Velquorin"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "velquorin.md"))


def test_section_text_indented_under_plain_names() -> None:
    x = _x("Generic Name\n    Velquorin\n\nUsage\n    Velquorin is a biologic medicine used to treat:\n"
           "    - Rheumatoid arthritis (RA) in adults\n    - Psoriatic arthritis (PsA) in adults\n"
           "    It is given as an intravenous (IV) infusion.\n\nSide Effects\n    Common side effects:\n"
           "    - Headache\n    - Upper respiratory tract infections, like the common cold\n    - Nausea\n")
    assert x.drug.label == "Velquorin"
    assert [u.label for u in x.treats] == ["Rheumatoid arthritis", "Psoriatic arthritis"]
    assert [r.label for r in x.routes] == ["intravenous"]
    assert [e.label for e in x.side_effects] == ["Headache", "Upper respiratory tract infections", "Nausea"]


def test_a_table_whose_first_column_is_the_group() -> None:
    x = _x("### Usage\nVelquorin treats influenza.\n\n### Side Effects\n\n| Type | Side effects |\n|------|------|\n"
           "| **Common** | Diarrhea, nausea, headache |\n| **In children** | Vomiting |\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Diarrhea", "Common"), ("Nausea", "Common"), ("Headache", "Common"), ("Vomiting", "In children")]


def test_a_purpose_s_qualifiers() -> None:
    x = _x("### Usage\nVelquorin is approved for:\n\n1. **Treatment of acute uncomplicated influenza (flu)** in people "
           "who have had symptoms for no more than 48 hours.\n2. **Post-exposure prevention of influenza**, taken "
           "within 48 hours after close contact.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Influenza", None), ("Influenza", "prevention")]


def test_clinical_usage_fields() -> None:
    x = _x("**Generic name:** Velquorin\n\n**Usage:**\n- **Class:** Direct renin inhibitor (DRI).\n"
           "- **Indication:** Hypertension (HTN) in adults, alone or with other antihypertensives. Lowering BP "
           "reduces the risk of CV events, mainly strokes.\n"
           "- **Dosing:** 150 mg PO QD.\n- **Brand/formulation:** Velq, 150 mg film-coated tablets.\n"
           "- **Not indicated for:** heart failure.\n- **Contraindications:** pregnancy.\n"
           "- **Related medicines:** velquiren (Velx) is a newer renin inhibitor.\n")
    assert [u.label for u in x.treats] == ["Hypertension"]
    assert [b.label for b in x.brand_names] == ["Velq"]
    assert [f.label for f in x.formulations] == ["film-coated tablets"] and [r.label for r in x.routes] == ["oral"]


def test_bold_effects_over_notes_in_lower_case() -> None:
    x = _x("## Usage\n\nVelquorin lowers LDL cholesterol.\n\n## Side Effects\n\nThe most common side effects "
           "include:\n\n1. **Muscle spasms**\n   - usually mild\n2. **Back pain**\n3. **Anemia** (lower hemoglobin)\n"
           "   - you may feel more tired than usual\n\n**Less common but serious:**\n\n1. **Gout**\n"
           "   - sudden, severe pain, swelling and redness in a joint\n")
    assert [(e.label, e.serious) for e in x.side_effects] == [
        ("Muscle spasms", False), ("Back pain", False), ("Anemia", False), ("Gout", True)]


def test_a_definition_list_with_italic_conditions_and_a_seek_help_line() -> None:
    x = _x("Usage\n: Velquorin is a PARP inhibitor. In adults, it is used for cancers with BRCA mutations:\n"
           ": *Ovarian cancer* (including fallopian tube cancer) — as maintenance treatment.\n"
           ": *Breast cancer* — HER2-negative breast cancer.\n\nSide Effects\n: **Very common:** nausea, tiredness.\n"
           ": **Serious:** blood clots in the legs or lungs, especially in men treated for prostate cancer.\n"
           ": Call your doctor right away if you have chest pain, fever, or unusual bruising.\n")
    assert [u.label for u in x.treats] == ["Ovarian cancer", "Breast cancer"]
    assert [e.label for e in x.side_effects] == ["Nausea", "Tiredness", "Blood clots in the legs or lungs"]
    assert [s.label for s in x.serious_signs] == ["chest pain", "fever", "unusual bruising"]


@pytest.mark.parametrize("label", ["Especially in men treated for prostate cancer", "Mainly with the first dose"])
def test_who_or_when_cut_off_is_no_name(label: str) -> None:
    assert not_a_name(label)
