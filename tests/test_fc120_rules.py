"""Rules from the misses of firstcontact120 (ordinary answers of six models not imitated before), pinned by invented
pages of other drugs and other words."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def _page(how: str, effects: str = "- Headache", uses: str = "- Gout") -> str:
    return f"## Usage\n\n{uses}\n\n## Side Effects\n\n{effects}\n\n## How it Works\n\n{how}\n"


def _targets(how: str) -> list[tuple[str, str]]:
    return [(m.relation, m.target) for m in _x(_page(how), "Velastrin").mechanism if m.is_target]


def test_members_named_after_their_class() -> None:
    """"It binds to the GDNF receptors ... These receptors are called RET and GFRA1. This activates the receptors": the
    class acted on is its members, each activated; words are no members."""
    assert _targets("Velastrin works by binding to the GDNF receptors on nerve cells. These receptors are called RET "
                    "and GFRA1. This activates the receptors and helps the nerves grow.") == [
        ("activates", "RET"), ("activates", "GFRA1")]
    assert _targets("Velastrin blocks the histamine receptors in the nose. These receptors are called H1 and H4.") == [
        ("blocks", "H1"), ("blocks", "H4")]
    kept = _targets("Velastrin blocks the histamine receptors in the nose. These receptors are called by many names.")
    assert kept == [("blocks", "histamine receptor")] or kept == [("blocks", "histamine receptors")]


def test_messenger_rna_named_by_its_gene() -> None:
    """"targets the messenger RNA (mRNA) made from the APOC3 gene and causes it to be destroyed": that messenger,
    named by its gene, inhibited."""
    assert _targets("Inside liver cells, velastrin targets the messenger RNA (mRNA) made from the APOC3 gene and "
                    "causes it to be destroyed.") == [("inhibits", "messenger RNA made from the APOC3 gene")]
    assert _targets("Velastrin targets the EGFR protein.") == [("binds", "EGFR protein")]


def test_an_eye_drop_solution() -> None:
    """"It is an eye drop solution (20 micrograms/mL) that is used in the eye only": the form as written and the route
    it gives."""
    x = _x("## Generic Name\n\nVelastrin\n\nVelastrin is an eye drop solution (0.1%) for the eye only.\n\n"
           "## Usage\n\n- Dry eye\n", "Velastrin")
    assert [f.label for f in x.formulations] == ["eye drop solution"]
    assert [r.label for r in x.routes] == ["ophthalmic"]


def test_other_names_and_a_brand_no_longer_sold() -> None:
    """"Velastrin is also known as 4-aminoquinoline (4-AQ)", "(formerly known as ABX-7)", "also called meclozine in the
    UK": the drug's other names; "Another brand, Restora, was used ... no longer available": a brand all the same."""
    x = _x("Generic Name: Velastrin\n\nVelastrin is also known as 2,6-dimethylquinoline (2,6-DMQ). It is sold under "
           "the brand name Quinora. Another brand, Restora, was used for children but it is no longer available.\n\n"
           "Usage: gout\n", "Velastrin")
    assert [s.label for s in x.drug.synonyms] == ["2,6-dimethylquinoline", "2,6-DMQ"]
    assert [b.label for b in x.brand_names] == ["Quinora", "Restora"]
    y = _x("## Generic Name\n\n**Velastrin** (formerly known as ABX-7)\n\n## Usage\n\n- Gout\n", "Velastrin")
    assert [s.label for s in y.drug.synonyms] == ["ABX-7"]
    z = _x("Generic Name: Velastrin\n\nIt is also called velastrine in the UK.\n\nUsage: gout\n", "Velastrin")
    assert [s.label for s in z.drug.synonyms] == ["velastrine"]


def test_first_in_class_is_no_word_of_the_class() -> None:
    x = _x("## Usage\n\nVelastrin is a first-in-class attachment inhibitor used to treat HIV.\n", "Velastrin")
    assert x.drug_class is not None and x.drug_class.label == "attachment inhibitor"


def test_a_purpose_label_for_children_with_a_disease() -> None:
    """"**Stroke Prevention in Children with SCD**: ...": the condition prevented, without the patients."""
    x = _x("## Usage\n\nVelastrin is used for:\n\n1. **Seizure Prevention in Adults with Brain Tumors**: given before "
           "surgery.\n", "Velastrin")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Seizure", "prevention")]


def _signs(effects: str) -> list[str]:
    return [s.label for s in _x(_page("It blocks the H2 receptor.", effects), "Velastrin").serious_signs]


def test_a_sign_said_by_what_it_becomes_goes_on() -> None:
    """"... or a wound that becomes very red, warm, or keeps spreading": each state and what it goes on to do, with
    the wound; a noun after such a sign is a sign of its own."""
    assert _signs("Headache is common. Call your doctor if you notice fever, or a wound that becomes very red, warm, "
                  "or keeps spreading.") == ["fever", "wound that becomes very red", "wound that becomes warm",
                                             "wound that keeps spreading"]
    assert _signs("Headache is common. Call your doctor if you have wheezing that gets worse, hives or "
                  "fainting.") == ["wheezing that gets worse", "hives", "fainting"]


def test_signs_of_an_allergic_reaction_said_back() -> None:
    """"- **Hypersensitivity reactions**: Signs can include hives, ..." then "If you experience any signs of a serious
    allergic reaction, stop ...": the signs the bullet listed."""
    assert _signs("Serious side effects may include:\n\n- **Hypersensitivity reactions**: Signs can include itching, "
                  "wheezing and swollen lips.\n- **Liver injury**: A rare reaction with yellow skin.\n\nIf you "
                  "experience any signs of a serious allergic reaction, stop it and get help.") == [
        "itching", "wheezing", "swollen lips"]


def test_a_substances_levels_are_no_use() -> None:
    """"used to lower oxalate levels in people with ..." over its uses: a measure the drug moves, no condition; "High
    uric acid levels" and "Dangerously high calcium levels in the blood" are conditions."""
    x = _x("## Usage\n\nVelastrin is a medicine used to lower cystine levels in people with a rare kidney disorder. It "
           "is used for:\n\n1. Cystinuria\n2. High uric acid levels\n3. Dangerously high calcium levels in the blood\n",
           "Velastrin")
    assert [u.label for u in x.treats] == ["Cystinuria", "High uric acid levels",
                                           "Dangerously high calcium levels in the blood"]


def test_the_allergic_reaction_named_back_is_the_one_listed() -> None:
    """"- **Hypersensitivity reactions**: Signs can include ..." then "any signs of a serious allergic reaction": the
    listed effect, not a second one."""
    x = _x(_page("It blocks the H2 receptor.", "Serious side effects may include:\n\n- **Hypersensitivity reactions**: "
                 "Signs can include itching, wheezing and swollen lips.\n- **Liver injury**: A rare reaction with "
                 "yellow skin.\n\nIf you experience any signs of a serious allergic reaction, stop taking it and seek "
                 "medical attention immediately."), "Velastrin")
    assert [e.label for e in x.side_effects] == ["Hypersensitivity reactions", "Liver injury"]
