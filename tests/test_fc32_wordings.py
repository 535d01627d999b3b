"""Wordings firstcontact32's misses showed (six blind pages in new house styles), pinned on invented pages: group
names in italics before an em dash, a paragraph that runs into bold groups, who a medicine is used in before the
purpose, an "At a glance" box over the Generic Name line, a gerund subject, a colon after a downstream effect, a
target's other name given "(also called ...)", a protein by its symbol in a list, and descriptions that are no uses."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.extractors.prose_uses import prose_uses
from kg.parse import parse_text


def _x(body: str, title: str = "Velquorin"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "velquorin.md"))


def test_group_names_in_italics_before_an_em_dash() -> None:
    x = _x("**Usage** — Velquorin treats pulmonary arterial hypertension.\n\n**Side Effects** — Most are mild.\n"
           "- *Common* — swelling in the legs and ankles (fluid retention), stuffy nose, and headache.\n"
           "- *Serious* — liver problems and birth defects (if taken during pregnancy).\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Swelling in the legs and ankles", "Common", False), ("Stuffy nose", "Common", False),
        ("Headache", "Common", False), ("Liver problems", "Serious", True), ("Birth defects", "Serious", True)]


def test_a_paragraph_that_runs_into_bold_groups() -> None:
    x = _x("**Usage:** Velquorin treats migraine.\n\n**Side Effects:** Most fade within hours. **Most common:** "
           "dizziness, sleepiness, and nausea. **Less common:** a spinning sensation (vertigo) and anxiety. **Serious "
           "but rare:** serotonin syndrome, especially with antidepressants; and allergic reactions.")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dizziness", "Most common", False), ("Sleepiness", "Most common", False), ("Nausea", "Most common", False),
        ("Spinning sensation", "Less common", False), ("Anxiety", "Less common", False),
        ("Serotonin syndrome", "Serious but rare", True), ("Allergic reactions", "Serious but rare", True)]


@pytest.mark.parametrize(("sentence", "uses"), [
    ("It is used in adults to treat breast cancer that has spread.", [("Breast cancer", None)]),
    ("It is used in adults and children 12 years and older to treat gout.", [("Gout", None)]),
    ("It is given to children to prevent migraine.", [("Migraine", "prevention")]),
    ("It is approved in adults aged 65 and over for shingles.", [("Shingles", None)]),
    ("It is used in women with osteoporosis.", [("Osteoporosis", None)]),
    ("Lower doses are used in people with kidney problems.", []),  # a dose for who they are
    ("A lower dose is used for people with liver disease.", []),
    ("It is used in patients who have had a heart attack to prevent another.", [("Heart attack", "prevention")]),
    ("It is also used off-label for myopic choroidal neovascularization, abnormal blood vessel growth linked to "
     "severe nearsightedness.", [("Myopic choroidal neovascularization", "off-label")]),  # a description, no use
    ("It is used for gout, kidney stones and high uric acid caused by cancer treatment.",
     [("Gout", None), ("Kidney stones", None), ("High uric acid", None)]),  # a list, its last item's cause after
])
def test_who_it_is_used_in_and_what_a_use_is_described_by(sentence: str, uses: list[tuple[str, str | None]]) -> None:
    assert [(u.label, u.qualifier) for u in prose_uses(sentence)] == uses


def test_purposes_that_name_no_condition_are_no_uses() -> None:
    x = _x("**Usage** — Velquorin is used to treat pulmonary arterial hypertension (PAH). It is used:\n"
           "- on its own, to improve the ability to exercise and to delay worsening of the disease;\n"
           "- together with tadalafil, to lower the risk of the disease getting worse, and to improve exercise "
           "ability.\n")
    assert [u.label for u in x.treats] == ["Pulmonary arterial hypertension"]


def test_an_at_a_glance_box_over_the_generic_name_line() -> None:
    x = _x("> **At a glance**\n> * **What it is:** a kinase inhibitor, taken by mouth\n> * **Brand names:** Velq\n\n"
           "**Generic Name:** Velquorin\n\n**Usage:** Velquorin treats gout.")
    assert x.drug.label == "Velquorin" and [b.label for b in x.brand_names] == ["Velq"]


def test_a_gerund_subject_a_colon_and_another_name_given_before() -> None:
    x = _x("**Usage:** Velquorin treats immune thrombocytopenia.\n\n**How it Works:** Platelet production is "
           "controlled by a hormone, thrombopoietin (TPO), which acts on the thrombopoietin receptor (also called "
           "c-Mpl) on these cells.\n\nVelquorin binds to and activates the thrombopoietin receptor. Activating the "
           "receptor switches on the JAK-STAT signaling pathway inside the cell. This increases platelet production: "
           "bone marrow cells grow and mature into megakaryocytes.")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism] == [
        ("activates", "thrombopoietin receptor", "c-Mpl"), ("increases", "JAK-STAT signaling pathway", None),
        ("increases", "platelet production", None)]


def test_a_protein_by_its_symbol_listed_with_a_named_target() -> None:
    x = _x("**Usage:** Velquorin treats wet macular degeneration.\n\n**How it Works:** It acts as a decoy receptor: "
           "it binds VEGF-A and placental growth factor (PlGF) more tightly than the body's own receptors do.")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism] == [
        ("binds", "VEGF-A", None), ("binds", "placental growth factor", "PlGF")]


def test_a_binding_the_next_sentence_says_blocks_the_enzyme_s_activity() -> None:
    x = _x("**Usage:** Velquorin treats HIV-1 infection.\n\n**How it Works:** Velquorin binds directly to a small "
           "pocket on HIV-1 reverse transcriptase, close to the enzyme's active site. This changes the enzyme's "
           "shape and blocks its activity, which stops the copying of viral RNA into DNA.")
    assert [(m.relation, m.target) for m in x.mechanism][:1] == [("inhibits", "HIV-1 reverse transcriptase")]
    y = _x("**Usage:** Velquorin treats gout.\n\n**How it Works:** Velquorin binds to the XO enzyme. This lowers uric "
           "acid.")
    assert [(m.relation, m.target) for m in y.mechanism][:1] == [("binds", "XO enzyme")]  # nothing said of the enzyme


def test_a_usage_bullet_saying_how_it_is_taken_gives_routes_and_forms() -> None:
    x = _x("USAGE:\nVelquorin is an antiviral used to treat HIV-1 infection.\n"
           "- It is taken by mouth once a day as 600 mg tablets or as 50 mg and 200 mg capsules.\n"
           "- It is used to treat scaly skin patches.\n")
    assert [r.label for r in x.routes] == ["oral"]
    assert [f.label for f in x.formulations] == ["tablets", "capsules"]  # (not the patches a use describes)


def test_an_injection_into_the_eye_another_product_s_brand_and_a_lead_on_what_effects_come_from() -> None:
    x = _x("Usage\n-----\n\nVelquorin is a VEGF inhibitor. It is given as an injection into the eye (intravitreal "
           "injection) to treat wet macular degeneration. It is sold as Velq. A different product made from the same "
           "protein, ziv-velquorin (Zaltraq), is given by IV infusion for colorectal cancer.\n\nSide Effects\n"
           "------------\n\nMost side effects affect the treated eye and are linked to the injection itself.\n\n"
           "Common side effects:\n* Eye pain\n\nCall your eye doctor right away if you have vision changes, eye "
           "redness, or new floaters in the days after an injection.")
    assert [r.label for r in x.routes] == ["intravitreal"]
    assert [b.label for b in x.brand_names] == ["Velq"]  # (not Zaltraq, the different product's)
    assert [e.label for e in x.side_effects] == ["Eye pain"]
    assert [s.label for s in x.serious_signs] == ["vision changes", "eye redness", "new floaters"]


def test_two_names_of_two_words_sharing_their_first_word_stay_one_entry() -> None:
    """A two-item "X or Y" stays one entry even when both open with one word ("Hair thinning or hair loss"); a
    longer name said again after "or" is two ("Bleeding in the gut or bleeding in the brain")."""
    x = _x("**Usage:** Velquorin treats breast cancer.\n\n**Side Effects:**\n- Hair thinning or hair loss\n"
           "- Atrial fibrillation or atrial flutter\n- Bleeding in the gut or bleeding in the brain\n")
    assert [e.label for e in x.side_effects] == [
        "Hair thinning or hair loss", "Atrial fibrillation or atrial flutter", "Bleeding in the gut",
        "Bleeding in the brain"]
