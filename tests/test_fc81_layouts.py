"""Layouts firstcontact81's misses showed, pinned on invented pages (other drugs, other words): a Roman-numeral outline
with no Markdown, a page of question headings after a line that introduces it, a thread of numbered posts, a LaTeX
handout (sections, itemize, a tabular, \\paragraph questions) and an AsciiDoc document (nested stars, a labelled list,
admonitions); and smaller things of the same pages: "e.g." after a use, "your rescue inhaler", a field labelled by how
the drug is taken, a class "with ... activity", a use "from other" diseases, "the cells stay smaller and X falls"."""
from __future__ import annotations

from tests.test_extract_layouts5 import _effects, _x


def test_a_roman_numeral_outline() -> None:
    x = _x("Here is an outline of the generic medication zoravir:\n\nI. Generic Name\n"
           "   A. Zoravir (zoravir mesylate)\n   B. Brand name: Zorex\n\nII. Usage\n   A. Zoravir is an alpha "
           "blocker. It is approved for:\n"
           "      1. Raynaud phenomenon: to relieve cold, white fingers\n      2. Essential tremor\n"
           "   B. Off-label uses\n      1. Kidney stones: to help them pass\n\nIII. Side Effects\n"
           "   A. Common side effects\n      1. Dizziness\n      2. Headache\n   B. Serious side effects\n"
           "      1. Fainting\n\nIV. How it Works\n   A. Zoravir blocks alpha-1 adrenergic receptors.\n\nV. FAQs\n"
           "   A. Can I drive?\n      1. Not until you know how it affects you.\n   B. Is it habit-forming?\n"
           "      1. No.\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [("Raynaud phenomenon", None), ("Essential tremor", None),
                                                         ("Kidney stones", "off-label")]
    assert _effects(x) == {"Dizziness": "Common side effects", "Headache": "Common side effects",
                           "Fainting": "Serious side effects"}
    assert [b.label for b in x.brand_names] == ["Zorex"]
    assert len(x.faqs) == 2


def test_a_page_of_question_headings_after_a_line_that_introduces_it() -> None:
    x = _x("Here is an FAQ page about zoravir:\n\n## What is zoravir?\n\nZoravir is a prescription antidepressant "
           "sold as "
           "Zorex.\n\n## What is zoravir used for?\n\nIt is approved to treat:\n\n- Major depressive disorder\n"
           "- Bulimia nervosa\n\n## What are the side effects of zoravir?\n\nCommon side effects include:\n\n- Nausea\n"
           "- Headache\n\n## How does zoravir work?\n\nZoravir blocks the serotonin transporter.\n\n"
           "## Other common questions\n\n### Can I drink alcohol?\n\nIt is best avoided.\n\n### Is it addictive?\n\n"
           "No.\n")
    assert [(s["title"], s["kind"]) for s in x.to_json()["coverage"]["sections"]][:3] == [
        ("", "preamble"), ("What is zoravir?", "identity"), ("What is zoravir used for?", "uses")]
    assert [u.label for u in x.treats] == ["Major depressive disorder", "Bulimia nervosa"]
    assert set(_effects(x)) == {"Nausea", "Headache"}
    assert len(x.faqs) == 2


def test_a_thread_of_numbered_posts() -> None:
    x = _x("1/6 \U0001f9f5 Zoravir, explained. Here's the rundown \U0001f447\n\n2/6 Generic name: zoravir\nBrands: "
           "Zorex\n"
           "Taken by mouth once a day: 10 mg tablets and an oral solution.\n\n3/6 Usage \U0001f447\nApproved for:\n"
           "\u2192 Hay fever (seasonal allergic rhinitis)\n\u2192 Chronic hives\n\n4/6 Side effects \U0001f447\n"
           "Common:\n\u2022 Drowsiness\n\u2022 Headache\n\n5/6 Rare but serious \U0001f6a8\n\u2022 Fast heartbeat\n\n"
           "6/6 FAQs \U0001f447\nQ: Will it make me sleepy?\nA: Less than older antihistamines.\n")
    assert [u.label for u in x.treats] == ["Hay fever", "Chronic hives"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Drowsiness", "Common"), ("Headache", "Common"),
                                                               ("Fast heartbeat", "Rare but serious")]
    assert [r.label for r in x.routes] == ["oral"]
    assert [f.label for f in x.formulations] == ["tablets", "oral solution"]


def test_a_latex_handout() -> None:
    x = _x("\\documentclass{article}\n\\begin{document}\n\\section*{Generic Name}\nZoravir\n\n"
           "\\textbf{Brand name:} Zorex (intravenous infusion).\n\n\\section*{Usage}\nZoravir is used for:\n"
           "\\begin{itemize}\n  \\item \\textbf{Multiple sclerosis:} relapsing forms.\n  \\item Neuromyelitis optica\n"
           "\\end{itemize}\n\n\\section*{Side Effects}\n\\begin{tabular}{|l|l|}\n\\hline\n\\textbf{Side effect} & "
           "\\textbf{How common} \\\\\n\\hline\nHeadache & Very common \\\\\nFever & Common \\\\\n\\hline\n"
           "\\end{tabular}\n\n\\section*{How it Works}\nZoravir binds to CD20 on B cells.\n\n\\section*{FAQs}\n\n"
           "\\paragraph{How long does an infusion take?}\nAbout 4 hours.\n\n\\paragraph{Can I get vaccines?}\n"
           "Not live ones.\n\\end{document}\n")
    assert [u.label for u in x.treats] == ["Multiple sclerosis", "Neuromyelitis optica"]
    assert _effects(x) == {"Headache": "Very common", "Fever": "Common"}
    assert [b.label for b in x.brand_names] == ["Zorex"]
    assert len(x.faqs) == 2


def test_an_asciidoc_document() -> None:
    x = _x("= Zoravir\n:toc:\n\n== Generic Name\n\nZoravir\n\nBrand names:: Zorex, Zoramed\nForms:: 8% medicated nail "
           "lacquer\n\n== Usage\n\n* *Fungal nail infections (onychomycosis)*: mild ones.\n* *Athlete's foot*: with "
           "the "
           "cream.\n\n== Side Effects\n\n* Rare:\n** Nail discoloration\n** Brittle nails\n* Frequency not known:\n"
           "** Redness\n\nWARNING: Stop using zoravir and get help if your face swells.\n\n== FAQs\n\n"
           "How do I apply it?:: File the nail first.\nHow long will it take?:: About 6 months.\n"
           "Can I wear nail polish?:: Yes, after 10 minutes.\n")
    assert [u.label for u in x.treats] == ["Fungal nail infections", "Athlete's foot"]
    assert _effects(x) == {"Nail discoloration": "Rare", "Brittle nails": "Rare", "Redness": "Frequency not known"}
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed"]
    assert [f.label for f in x.formulations] == ["medicated nail lacquer"]
    assert len(x.faqs) == 3


def test_smaller_things_of_the_same_pages() -> None:
    x = _x("**Generic Name:** Zoravir\n\nClass: third-generation antihistamine with mast-cell stabilising activity\n\n"
           "## Usage\n\nApproved for:\n\n- Perennial allergic rhinitis, e.g. from house dust\n"
           "- **Thrombocytosis from other bone marrow diseases (MPNs),** such as polycythemia vera.\n\n"
           "It does not stop an asthma attack. That's what your rescue inhaler is for.\n\n## How it Works\n\n"
           "Zoravir slows the maturation of marrow cells, so the cells stay smaller and red cell production falls.\n")
    assert [u.label for u in x.treats] == ["Perennial allergic rhinitis", "Thrombocytosis"]
    assert x.drug_class is not None and x.drug_class.label == "third-generation antihistamine"
    assert not x.routes and not x.formulations
    assert ("decreases", "red cell production") in [(m.relation, m.target) for m in x.mechanism]
