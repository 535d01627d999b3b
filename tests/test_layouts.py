"""The extractor reads a page whatever its layout: each case is a small page in one markup, with
what it must yield. Plus the wrong claims found by reading the bundled graph, pinned as fixed."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract, extract_file
from kg.parse import parse_text

DATA = Path(__file__).resolve().parent.parent / "data" / "monographs"

BODY = {  # one page in many markups: (generic-name line, label template)
    "bold": ("**Generic Name:** Zedamab", "**{}:**"),
    "bold-colon-outside": ("**Generic Name**: Zedamab", "**{}**:"),
    "numbered-bold": ("**1. Generic Name:** Zedamab", "**{n}. {}:**"),
    "heading": ("## Generic Name\n\nZedamab", "## {}"),
    "heading-colon": ("### Generic Name:\n\nZedamab", "### {}:"),
    "plain": ("Generic Name: Zedamab", "{}:"),
    "plain-caps": ("GENERIC NAME: Zedamab", "{upper}:"),
    "plain-alone": ("Generic Name:\nZedamab", "{}:"),
    "emoji-heading": ("## 💊 Generic Name\n\nZedamab", "## 💊 {}"),
    "em-dash": ("Generic Name — Zedamab", "{} —"),
    "en-dash-inline": ("Generic Name – Zedamab", "{} –"),
    "bold-em-dash": ("**Generic Name —** Zedamab", "**{} —**"),
}
SECTIONS = [
    ("Usage", "Zedamab is used to treat gout and psoriasis in adults. Doctors also prescribe it off-label for acne."),
    ("Side Effects", "Common side effects include headache, nausea, and dry mouth. Serious side effects can include "
                     "liver damage."),
    ("How it Works", "Zedamab blocks the histamine H2 receptor (H2R)."),
    ("FAQs", "Q: Can I drink alcohol?\nA: Avoid it.\n\nQ: Is it safe in pregnancy?\nA: Ask a doctor."),
]


def _page(layout: str) -> str:
    generic, label = BODY[layout]
    parts = ["---\ntitle: Zedamab\n---", "# Zedamab", "Here is the information you asked for:", generic]
    for n, (title, text) in enumerate(SECTIONS, start=2):
        parts.append(label.format(title, n=n, upper=title.upper()) + "\n" + text)
    parts.append("**Note:** This information is AI-generated or crowd-sourced and may not be accurate.")
    return "\n\n".join(parts)


@pytest.mark.parametrize("layout", sorted(BODY))
def test_every_markup_gives_the_same_claims(layout: str) -> None:
    x = extract(parse_text(_page(layout), "zed.md"))
    kinds = [s.kind for s in x.coverage.sections]
    assert kinds[-5:] == ["uses", "side_effects", "mechanism", "faqs", "note"], kinds
    assert x.drug.label == "Zedamab"
    assert [(t.label, t.qualifier) for t in x.treats] == [("Gout", None), ("Psoriasis", None), ("Acne", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Common", False), ("Dry mouth", "Common", False),
        ("Liver damage", "Serious", True)]
    assert [(m.relation, m.symbol) for m in x.mechanism if m.is_target] == [("blocks", "H2R")]
    assert len(x.faqs) == 2 and x.faqs[0].answer == "Avoid it."
    assert not x.coverage.warnings


def test_an_empty_page_is_warned_about_with_its_line() -> None:
    x = extract(parse_text("# Zedamab\n\nZedamab is a nice medicine.\n", "zed.md"))
    assert {w.kind for w in x.coverage.warnings} == {"no-uses", "no-mechanism", "no-side-effects"}
    assert all(w.line >= 1 for w in x.coverage.warnings)


def test_an_unknown_section_is_warned_about() -> None:
    x = extract(parse_text("# Zed\n\n**Usage:** Zed is used to treat gout.\n\n## Fun Facts\n\nIt is blue.\n", "z.md"))
    assert [(w.kind, w.line) for w in x.coverage.warnings if w.kind == "unknown-section"] == [("unknown-section", 5)]


@pytest.mark.parametrize("sentence, want", [
    ("It is used to reduce the risk of heart attack and stroke in people who have had a stroke.",
     [("Heart attack", "prevention"), ("Stroke", "prevention")]),
    ("It is approved to treat major depressive disorder (MDD) in adults aged 18 and older, and generalized "
     "anxiety disorder (GAD) in children.",
     [("Major depressive disorder", None), ("Generalized anxiety disorder", None)]),
    ("Zed does not cure gout.", []),
    ("It is not used to treat diabetic ketoacidosis.", []),
    ("Zed is also an ingredient of Combix (zed/other), which is approved for weight management.", []),
    ("It is used to treat edema caused by heart failure or kidney disease.", [("Edema", None)]),
    ("Lowering blood pressure helps prevent strokes.", []),
    ("After hip surgery, it is given to prevent DVT and PE.", [("DVT", "prevention"), ("PE", "prevention")]),
    ("It is used to treat venous thromboembolism (VTE) and to prevent it from coming back.",
     [("Venous thromboembolism", None)]),
    ("It is approved to prevent blood clots after knee surgery, and US doctors sometimes use it off-label for that.",
     [("Blood clots", "off-label")]),
    ("It is used to prevent influenza in people 1 year and older, for example after close contact with a patient.",
     [("Influenza", "prevention")]),
    ("Doctors also use it off-label, together with other medicines, for toxoplasmosis and malaria.",
     [("Toxoplasmosis", "off-label"), ("Malaria", "off-label")]),
    ("Doctors use it off-label for trigeminal neuralgia and to help manage alcohol withdrawal.",
     [("Trigeminal neuralgia", "off-label"), ("Alcohol withdrawal", "off-label")]),
    ("It is used to treat gout and to manage pain in adults.", [("Gout", None)]),
])
def test_prose_uses(sentence: str, want: list) -> None:
    x = extract(parse_text(f"# Zed\n\n**Usage:**\n\n{sentence}\n", "z.md"))
    assert [(t.label, t.qualifier) for t in x.treats] == want


@pytest.mark.parametrize("how, want", [
    ("The serotonin transporter (SERT) takes serotonin back up. Zed blocks this transporter.", [("blocks", "SERT")]),
    ("Zed is a prodrug of zedrin. Zedrin triphosphate inhibits the viral DNA polymerase.",
     [("inhibits", "viral DNA polymerase")]),
    ("This differs from aspirin, which inhibits the enzyme cyclooxygenase-1 (COX-1).", []),
    ("It inhibits two bacterial enzymes, DNA gyrase and topoisomerase IV, that bacteria need.",
     [("inhibits", "DNA gyrase"), ("inhibits", "topoisomerase IV")]),
    ("When it binds to H2 receptors, cells pump acid. Zed blocks the H2 receptor (H2R).", [("blocks", "H2R")]),
])
def test_mechanism_reading(how: str, want: list) -> None:
    x = extract(parse_text(f"# Zed\n\n**How it Works:**\n\n{how}\n", "z.md"))
    got = [(m.relation, m.symbol or m.target) for m in x.mechanism if m.is_target]
    assert got == want


# -- wrong claims once in the bundled graph -------------------------------------------------------

def test_ibuprofen_does_not_interact_with_its_effect() -> None:
    x = extract_file(DATA / "ibuprofen.md")
    agents = {i.agent.casefold() for i in x.interactions}
    assert "its effect" not in agents and {"other nsaids", "blood thinners", "corticosteroids"} <= agents


def test_albuterol_interacts_with_maois_and_tricyclics_not_asthma() -> None:
    x = extract_file(DATA / "albuterol.md")
    agents = {i.agent.casefold() for i in x.interactions}
    assert "asthma" not in agents
    assert {"monoamine oxidase inhibitors", "tricyclic antidepressants", "beta-blockers"} <= agents


def test_ingenol_mebutate_activates_protein_kinase_c() -> None:
    x = extract_file(DATA / "ingenol-mebutate.md")
    assert ("activates", "protein kinase C", "PKC") in [(m.relation, m.target, m.symbol) for m in x.mechanism]


@pytest.mark.parametrize("path", sorted(DATA.glob("*.md")), ids=lambda p: p.name)
def test_warning_sign_quotes_hold_every_word_of_the_sign(path: Path) -> None:
    if path.name == "INDEX.md":
        pytest.skip("not a monograph")
    for sign in extract_file(path).serious_signs:
        quote = sign.evidence.quote.casefold()
        assert sign.label.split()[-1].casefold().strip(".,") in quote, (sign.label, sign.evidence.quote)


def _signs(sentence: str) -> list[str]:
    effects = f"**Side Effects:** Common side effects include headache. {sentence}\n"
    return [s.label for s in _x("**Usage:** Zedamab is used to treat gout.\n\n" + effects).serious_signs]


@pytest.mark.parametrize(("sentence", "signs"), [
    # a two-item "X or Y" in a seek-help list is one sign; the last item of a longer list splits
    ("Call your doctor right away if you have eye pain or changes in vision, hives, or a rash.",
     ["eye pain or changes in vision", "hives", "rash"]),
    # a distributive list shares its first item's modifier ...
    ("Stop taking it and call your doctor if you have tendon pain, swelling, or inflammation.",
     ["tendon pain", "tendon swelling", "tendon inflammation"]),
    # ... or its last item's head noun
    ("Get emergency help if you have sudden chest, stomach, or back pain.",
     ["sudden chest pain", "sudden stomach pain", "sudden back pain"]),
    # "swelling of the face, lips, or tongue" after a conjoined item still distributes
    ("Call your doctor if you have fever with swollen glands, or swelling of the face, lips, or tongue.",
     ["fever with swollen glands", "swelling of the face", "swelling of the lips", "swelling of the tongue"]),
    # no shared word where the items are not body parts
    ("Call your doctor if you have a severe rash, fever, or joint pain.", ["severe rash", "fever", "joint pain"]),
    # single modifiers before "W or V noun" share the noun; a lone "red or black stools" is one sign
    ("Get help right away if you have signs of bleeding: pink, red or brown urine; red or black stools; or a slow, "
     "fast or irregular heartbeat.",
     ["pink urine", "red urine", "brown urine", "red or black stools", "slow heartbeat", "fast heartbeat",
      "irregular heartbeat"]),
    # sensations before "X or Y in your legs" share the place; no shared noun for nouns ("fever, chills or ...")
    ("Call your doctor at once if you notice tingling, numbness or muscle weakness in your legs, or fever, chills "
     "or sore throat.", ["tingling in your legs", "numbness in your legs", "muscle weakness in your legs", "fever",
                         "chills or sore throat"]),
    # the "or" closing a longer list splits two phrases of two words; shared words keep a pair one sign
    ("Get help right away if you have nausea, vomiting, unusual tiredness or trouble breathing.",
     ["nausea", "vomiting", "unusual tiredness", "trouble breathing"]),
    ("Get help right away if you have fever, chest pain, unusual bleeding or bruising.",
     ["fever", "chest pain", "unusual bleeding or bruising"]),
    ("Get help at once if you have fever or malaise together with pain, tenderness or swelling between the legs.",
     ["fever or malaise", "pain between the legs", "tenderness between the legs", "swelling between the legs"]),
    # ... but not across a list closed by "or"
    ("Call your doctor right away if you have tendon pain, swelling, or inflammation, tingling or numbness in your "
     "feet.", ["tendon pain", "tendon swelling", "tendon inflammation", "tingling or numbness in your feet"]),
])
def test_seek_help_lists_share_out_their_words(sentence: str, signs: list[str]) -> None:
    assert _signs(sentence) == signs


def _kinds(page: str) -> list[tuple[str, str]]:
    doc = parse_text("# Zedamab\n\n" + page, "zed.md")
    return [(s.kind, s.title) for s in doc.sections if s.kind not in ("preamble", "note")]


def test_bold_labels_ending_in_a_period_or_a_dash_open_sections() -> None:
    page = ("**Generic Name.** Zedamab\n\n**Usage.** Zedamab is used to treat gout.\n\n"
            "**Side Effects** – Common side effects include headache.\n\n**Important.** This is not a section.\n")
    assert _kinds(page) == [("identity", "Generic Name"), ("uses", "Usage"), ("side_effects", "Side Effects")]
    x = extract(parse_text("# Zedamab\n\n" + page, "zed.md"))
    assert [t.label for t in x.treats] == ["Gout"] and x.side_effects[0].label == "Headache"


def test_keycap_numbers_and_title_case_headings_name_sections() -> None:
    page = ("1️⃣ **Generic Name**\n\nZedamab\n\n## What It's For\n\nZedamab is used to treat gout.\n\n"
            "## Possible Downsides\n\nCommon side effects include headache.\n\n## The Science\n\n"
            "Zedamab blocks the histamine H2 receptor (H2R).\n")
    assert [k for k, _ in _kinds(page)] == ["identity", "uses", "side_effects", "mechanism"]


def test_a_table_whose_rows_are_the_sections() -> None:
    page = ("| Section | Details |\n|---|---|\n| **Generic Name** | Zedamab |\n"
            "| **Usage** | It is used for:<br>• **Gout** – flares and prevention<br>• Psoriasis in adults |\n"
            "| **Side Effects** | **Common:** headache, nausea<br>**Serious:** liver damage |\n"
            "| **How it Works** | Zedamab blocks the histamine H2 receptor (H2R). |\n")
    x = extract(parse_text("# Zedamab\n\n" + page, "zed.md"))
    assert x.drug.label == "Zedamab"
    assert [t.label for t in x.treats] == ["Gout", "Psoriasis"]
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Headache", "Common"), ("Nausea", "Common"), ("Liver damage", "Serious")]
    assert [(m.relation, m.symbol) for m in x.mechanism if m.is_target] == [("blocks", "H2R")]


def test_a_numbered_column_is_not_the_rows_text() -> None:
    page = ("## FAQs\n\n| # | Question | Short answer |\n|---|---|---|\n| 1 | Can I drink alcohol? | Avoid it. |\n"
            "| 2 | Is it safe in pregnancy? | Ask a doctor. |\n")
    x = extract(parse_text("# Zedamab\n\n" + page, "zed.md"))
    assert [(f.question, f.answer) for f in x.faqs] == [("Can I drink alcohol?", "Avoid it."),
                                                        ("Is it safe in pregnancy?", "Ask a doctor.")]


def test_definition_lists_and_emoji_bullets() -> None:
    page = ("## Usage\n\nZedamab is a cream.\n\nGout\n: Applied twice a day.\n\nPsoriasis (plaque type)\n"
            ": Applied once a day.\n\n## Side Effects\n\n- 🔸 Burning<br>where it is applied\n- ✅ **Dry skin**\n")
    doc = parse_text("# Zedamab\n\n" + page, "zed.md")
    items = [(b.label, b.text) for b in doc.sections[0].blocks if b.kind == "item"]
    assert items == [("Gout", "Applied twice a day."), ("Psoriasis (plaque type)", "Applied once a day.")]
    effects = [b for b in doc.sections[1].blocks]
    # text after "<br>" is the item's description, as text after a dash is
    assert [(b.label, b.text) for b in effects] == [(None, "Burning \u2013 where it is applied"), ("Dry skin", "")]
    assert [e.label for e in extract(doc).side_effects][:1] == ["Burning"]


def _x(body: str):
    return extract(parse_text("# Zedamab\n\n**Generic Name:** Zedamab\n\n" + body, "zed.md"))


def test_signs_outside_side_effects_need_an_urgent_seek_help_sentence() -> None:
    x = _x("**Usage:** Zedamab is used to treat gout.\n\n**Side Effects:** Common side effects include headache.\n\n"
           "**Precautions:** Tell your doctor if you have kidney disease. Stop using it and see a doctor right away if "
           "you have trouble swallowing, bloody vomit, or black stools, which may be signs of bleeding.\n")
    assert [s.label for s in x.serious_signs] == ["trouble swallowing", "bloody vomit", "black stools"]
    assert [e.label for e in x.side_effects] == ["Headache"]  # signs elsewhere add no side effect


def test_list_endings_and_example_tails() -> None:
    x = _x("**Brand Names:** Zedex, Zedamax, and Zedlo.\n\n**Usage:**\n\n"
           "- Inhalational anthrax, to prevent disease after exposure, and plague\n"
           "- Hypercalcemia, once the patient has been given enough fluids\n\n"
           "**Side Effects:**\n\n- Signs of excess steroid such as acne or easy bruising\n"
           "- Skin redness where the patch is applied\n")
    assert [b.label for b in x.brand_names] == ["Zedex", "Zedamax", "Zedlo"]
    assert [(t.label, t.qualifier) for t in x.treats] == [("Inhalational anthrax", "prevention"), ("Plague", None),
                                                          ("Hypercalcemia", None)]
    # the place a skin effect is run on to stays (seven blind truths keep it, firstcontact17 to 30; the wild
    # methylphenidate's drops it)
    assert [e.label for e in x.side_effects] == ["Signs of excess steroid", "Skin redness where the patch is applied"]


def test_names_that_hold_their_own_and_or_parenthesis() -> None:
    x = _x("**Usage:** Zedamab is an atypical antidepressant from the norepinephrine-dopamine reuptake inhibitor "
           "(NDRI) class. It is used to treat gout. Off-label, zedamab is sometimes added to saline sinus rinses "
           "for chronic rhinosinusitis.\n\n**Side Effects:**\n\n**Serious:**\n\n"
           "- Drug reaction with eosinophilia and systemic symptoms (DRESS)\n"
           "- Severe allergic reactions, more likely in people allergic to sulfonamides\n"
           "- Severe electrolyte imbalance\n\n"
           "Get medical help right away if you have signs of an electrolyte imbalance (dry mouth, thirst).\n")
    assert x.drug_class is not None and x.drug_class.label == "norepinephrine-dopamine reuptake inhibitor"
    assert [(t.label, t.qualifier) for t in x.treats] == [("Gout", None), ("Chronic rhinosinusitis", "off-label")]
    assert [e.label for e in x.side_effects] == [  # the seek-help sentence names an effect already listed
        "Drug reaction with eosinophilia and systemic symptoms", "Severe allergic reactions",
        "Severe electrolyte imbalance"]
    assert [s.label for s in x.serious_signs] == ["dry mouth", "thirst"]


def test_a_plain_item_that_is_a_label_heads_its_nested_items() -> None:
    x = _x("**Usage:** Zedamab is used to treat gout.\n\n**Side Effects:**\n\n- Common:\n  - Headache\n  - Nausea\n"
           "- Serious (rare):\n  - Liver damage\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Common", False), ("Liver damage", "Serious", True)]


# -- layouts first met in tests/fixtures/firstcontact3 --------------------------------------------------

def test_glyph_bullets_are_lists_and_their_marks_stay_out_of_the_evidence() -> None:
    x = _x("**Usage:**\n\n• Gout\n   → taken once a day\n▪ Psoriasis\n\n**Side Effects:**\n\n"
           "• Common: headache, nausea\n→ Zedamab can also cause dry mouth.\n")
    assert [t.label for t in x.treats] == ["Gout", "Psoriasis"]
    assert [(e.label, e.category) for e in x.side_effects][:2] == [("Headache", "Common"), ("Nausea", "Common")]
    doc = parse_text("# Zedamab\n\n**Generic Name:** Zedamab\n\n**Usage:**\n\n• Gout\n", "zed.md")
    for claim in (*x.treats, *x.side_effects):
        assert not claim.evidence.sentence.startswith(("•", "▪", "→")), claim.evidence.sentence
    gout = extract(doc).treats[0].evidence
    assert gout.quote == "Gout" and doc.source[gout.start:gout.end] == "Gout"  # offsets in the file as written


def test_em_dash_labels_open_sections_groups_and_questions_but_not_prose() -> None:
    x = _x("Usage — Zedamab is used to treat gout.\n\nSide Effects — Most people feel fine.\n\n"
           "Common — headache, nausea\nSerious — liver damage\n\nHow it Works — Zedamab blocks the histamine H2 "
           "receptor (H2R). Zedamab — a small molecule — is taken once a day.\n\nFAQs —\n\n"
           "Q — Can I drink alcohol?\nA — Avoid it.\n")
    kinds = [s.kind for s in x.coverage.sections]
    assert kinds[-4:] == ["uses", "side_effects", "mechanism", "faqs"], kinds
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common"),
                                                                ("Liver damage", "Serious")]
    assert len(x.faqs) == 1 and x.faqs[0].answer == "Avoid it."
    assert [t.label for t in x.treats] == ["Gout"]  # from the sentence on the label's line


def test_a_dash_group_label_over_a_list_keeps_the_group_not_its_comment() -> None:
    x = _x("**Side Effects:**\n\nCommon – most are mild:\n\n- Headache\n- Nausea\n")
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common")]


@pytest.mark.parametrize(("label", "kind"), [
    ("What is the generic name?", "identity"), ("What is zedamab used for?", "uses"),
    ("What side effects can it cause?", "side_effects"), ("How does it work?", "mechanism"),
    ("What else do people often ask?", "faqs"), ("Can I drink alcohol?", None), ("Is it safe in pregnancy?", None),
])
def test_a_question_names_a_section_when_it_asks_for_one(label: str, kind: str | None) -> None:
    from kg.sections import section_kind
    assert section_kind(label) == kind


def test_bold_question_labels_open_sections_and_questions_inside_faqs_stay_questions() -> None:
    x = _x("**What is zedamab used for?**\n\nZedamab is used to treat gout.\n\n**What side effects can it cause?**\n\n"
           "- Headache\n- Nausea\n\n**How does it work?**\n\nZedamab blocks the histamine H2 receptor (H2R).\n\n"
           "**What else do people often ask?**\n\n**What are the side effects in children?**\nThe same as in adults.\n")
    kinds = [s.kind for s in x.coverage.sections]
    assert kinds[-4:] == ["uses", "side_effects", "mechanism", "faqs"], kinds
    assert [e.label for e in x.side_effects] == ["Headache", "Nausea"]
    assert [f.question for f in x.faqs] == ["What are the side effects in children?"]


def test_lettered_and_roman_items_are_lists_and_a_group_name_alone_heads_its_list() -> None:
    x = _x("II. Usage\n\na) Gout — for flares\nb) Psoriasis — plaque type\n\nIII. Side Effects\n\nA. Common\n"
           "- Headache\n- Nausea\n\nB. Rare but serious\n- Liver damage\n\nV. FAQs\n\n(i) Can I drink alcohol?\n"
           "Avoid it.\n\n(ii) Is it safe in pregnancy?\nAsk a doctor.\n")
    assert [t.label for t in x.treats] == ["Gout", "Psoriasis"]
    assert not x.treats[0].evidence.sentence.startswith("a)"), x.treats[0].evidence.sentence
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common"),
                                                                ("Liver damage", "Rare but serious")]
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?", "Is it safe in pregnancy?"]


def test_a_lone_lettered_line_is_left_as_written() -> None:
    """One "a)" line is not a list (prose can start so); a Markdown list needs two."""
    from kg.parse import parse_text as parse
    doc = parse("# Zedamab\n\n**Usage:**\n\na) gout is treated.\n", "zed.md")
    assert [b.kind for s in doc.sections for b in s.blocks] == ["paragraph"]


def test_groups_run_together_in_one_paragraph_are_split_by_their_names() -> None:
    x = _x("**Side Effects:** Common – indigestion, nausea; serious – stomach ulcers; heart attack; get medical help "
           "right away for black stools or chest pain.\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Indigestion", "Common"), ("Nausea", "Common"), ("Stomach ulcers", "Serious"), ("Heart attack", "Serious")]
    assert [s.label for s in x.serious_signs] == ["black stools or chest pain"]


def test_one_group_with_semicolons_stays_one_group() -> None:
    x = _x("**Side Effects:**\n\nSerious — bronchospasm in people with asthma; worsening heart failure; heart block\n")
    assert {e.category for e in x.side_effects} == {"Serious"} and len(x.side_effects) == 3


def test_a_family_named_then_its_members_by_code() -> None:
    x = extract(parse_text("# Zedamab\n\n**Generic Name:** Zedamab\n\n**How it Works:** Zedamab blocks the "
                           "cyclooxygenase enzymes COX-1 and COX-2, so the body makes fewer prostaglandins.\n", "z.md"))
    assert [(m.target, m.symbol) for m in x.mechanism if m.is_target] == [("cyclooxygenase-1", "COX-1"),
                                                                          ("cyclooxygenase-2", "COX-2")]
    x = _x("**How it Works:** Zedamab inhibits the Janus kinase enzymes JAK1 and JAK3.\n")
    assert [(m.target, m.symbol) for m in x.mechanism] == [("Janus kinase 1", "JAK1"), ("Janus kinase 3", "JAK3")]


def test_products_in_the_generic_names_parenthesis_are_not_other_names() -> None:
    x = extract(parse_text("# Zedamab\n\nGeneric Name: Zedamab (Zedex tablets and oral suspension, Zedlo capsules).\n\n"
                           "Usage: Zedamab is used to treat gout.\n", "z.md"))
    assert x.drug.label == "Zedamab" and x.drug.synonyms == []


def test_a_page_written_in_html_reads_as_its_markdown_would() -> None:
    x = _x("<h3>Usage</h3>\n<p>Zedamab is used to treat gout.</p>\n\n<h3>Side Effects</h3>\n<ul>\n"
           "  <li><strong>Common:</strong> headache, nausea</li>\n  <li><strong>Serious:</strong> liver damage</li>\n"
           "</ul>\n\n<h3>How it Works</h3>\n<p>Zedamab closes potassium channels (K<sub>ATP</sub>). "
           "Zedamab blocks the histamine H2 receptor (H2R).</p>\n\n<h3>FAQs</h3>\n<h4>Can I drink alcohol?</h4>\n"
           "<p>Avoid it &amp; rest.</p>\n")
    assert [s.kind for s in x.coverage.sections][-4:] == ["uses", "side_effects", "mechanism", "faqs"]
    assert [t.label for t in x.treats] == ["Gout"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common"),
                                                                ("Liver damage", "Serious")]
    assert [(m.relation, m.symbol) for m in x.mechanism] == [("blocks", "KATP"), ("blocks", "H2R")]
    assert [(f.question, f.answer) for f in x.faqs] == [("Can I drink alcohol?", "Avoid it & rest.")]
    line = next(e.evidence for e in x.side_effects if e.label == "Headache")
    assert line.span.start == line.span.end == 10  # the line it is on in the file


def test_questions_run_together_in_one_paragraph_are_one_faq_each() -> None:
    x = _x("**Usage:** Zedamab is used to treat gout.\n\nFAQs: Is it stronger than ibuprofen? Not really. It lasts "
           "longer. Should I take it with food? Yes, take it with food.\n")
    assert [(f.question, f.answer) for f in x.faqs] == [
        ("Is it stronger than ibuprofen?", "Not really. It lasts longer."),
        ("Should I take it with food?", "Yes, take it with food.")]
    x = _x("**FAQs:**\n\nZedamab is safe. Is it? Yes. Really? Yes.\n")  # opens with a statement: not a run
    assert len(x.faqs) <= 1


def test_a_page_of_prose_paragraphs_is_read_by_each_paragraphs_first_sentence() -> None:
    x = extract(parse_text(
        "# Zedamab\n\nGeneric name: zedamab. It is sold as Zedex tablets.\n\n"
        "Zedamab is a histamine blocker that is used to treat gout and psoriasis.\n\n"
        "Side effects are usually mild. The most common ones are headache and nausea.\n\n"
        "As for how it works, zedamab blocks the histamine H2 receptor (H2R).\n\n"
        "A few questions people often ask:\n\nCan I drink alcohol? Avoid it.\n\n"
        "Is it safe in pregnancy? Ask a doctor.\n",
        "z.md"))
    assert [(s.title, s.kind) for s in x.coverage.sections][1:] == [
        ("Usage (prose)", "uses"), ("Side effects (prose)", "side_effects"), ("How it works (prose)", "mechanism"),
        ("FAQs (prose)", "faqs")]
    assert [t.label for t in x.treats] == ["Gout", "Psoriasis"]
    assert [e.label for e in x.side_effects] == ["Headache", "Nausea"]
    assert [(m.relation, m.symbol) for m in x.mechanism] == [("blocks", "H2R")]
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?", "Is it safe in pregnancy?"]


def test_a_page_with_sections_is_not_read_by_first_sentences() -> None:
    x = _x("**Usage:** Zedamab is used to treat gout.\n\nSide effects are rare with it, and mild.\n")
    assert [s.kind for s in x.coverage.sections][-1] == "uses"


# -- mechanisms in the words firstcontact2 used ----------------------------------------------------

def _mechs(text: str) -> list[tuple[str, str, str | None]]:
    x = _x("**How it Works:** " + text + "\n")
    return [(m.relation, m.target, m.symbol) for m in x.mechanism if m.is_target]


def test_a_target_named_after_a_relative_clause() -> None:
    assert _mechs("Zedamab attaches to and inactivates the bacterial enzymes that cross-link the wall, called "
                  "penicillin-binding proteins (PBPs).") == [("inhibits", "penicillin-binding protein", "PBPs")]


def test_an_acid_named_before_which_is_another_agent() -> None:
    assert _mechs("That is why co-amoxiclav adds clavulanic acid, which blocks beta-lactamase.") == []


def test_binding_that_makes_the_target_work_faster_activates_it() -> None:
    assert _mechs("Zedamab binds to antithrombin, a natural anticoagulant protein in the blood, and makes it work "
                  "about a thousand times faster.") == [("activates", "antithrombin", None)]
    # binding to albumin carries a drug in the blood: no target (tests/test_fc104_rules.py)
    assert _mechs("Zedamab binds to albumin, a carrier protein in the blood.") == []


def test_clotting_factors_are_targets_whatever_their_modifier() -> None:
    assert _mechs("Zedamab inhibits factor Xa. By inhibiting free factor Xa, it lowers thrombin.") == [
        ("inhibits", "factor Xa", None)]


def test_a_table_of_fields_reads_as_labelled_lines() -> None:
    x = extract(parse_text("# Zedamab\n\n## Generic Name\n\n| Field | Details |\n|---|---|\n"
                           "| Generic name | Zedamab sodium |\n| Brand names | Zedex, Zedlo |\n\n"
                           "## Usage\n\nZedamab is used to treat gout.\n", "z.md"))
    assert x.drug.label == "Zedamab sodium"
    assert [b.label for b in x.brand_names] == ["Zedex", "Zedlo"]


def test_a_two_column_side_effect_table_is_not_a_table_of_fields() -> None:
    x = _x("**Side Effects:**\n\n| Side effect | How common |\n|---|---|\n| Headache | Common |\n| Nausea | Rare |\n")
    assert [e.label for e in x.side_effects] == ["Headache", "Nausea"]


def test_a_heading_that_carries_its_value() -> None:
    x = extract(parse_text("# Zedamab\n\n## Generic Name: Zedamab sodium\n\n"
                           "## Usage: Zedamab is used to treat gout.\n\n"
                           "## Side Effects: What to Watch For\n\n- Headache\n", "z.md"))
    assert x.drug.label == "Zedamab sodium"
    assert [(s.title, s.kind) for s in x.coverage.sections] == [
        ("Generic Name", "identity"), ("Usage", "uses"), ("Side Effects", "side_effects")]
    assert [t.label for t in x.treats] == ["Gout"]
    assert [e.label for e in x.side_effects] == ["Headache"]  # a subtitle is not an effect


def test_an_answer_given_as_one_fenced_yaml_block() -> None:
    doc = parse_text(
        "# Zedamab\n\nHere it is:\n\n```yaml\ngeneric_name: Zedamab  # the salt is not named\nbrand_names:\n"
        "  - Zedex\nusage:\n  approved:\n    - Gout: in adults with flares\n  off_label:\n    - Psoriasis\n"
        "  not_for:\n    - Acute attacks\nside_effects:\n  common:\n    - Headache\n    - Nausea\n"
        "how_it_works: |\n  Zedamab blocks the histamine H2 receptor (H2R).\nfaqs:\n  - q: Can I drink alcohol?\n"
        "    a: Avoid it.\n```\n", "z.md")
    x = extract(doc)
    assert x.drug.label == "Zedamab" and [b.label for b in x.brand_names] == ["Zedex"]
    assert [(t.label, t.qualifier) for t in x.treats] == [("Gout", None), ("Psoriasis", "off-label")]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common")]
    assert [(m.relation, m.symbol) for m in x.mechanism] == [("blocks", "H2R")]
    assert [(f.question, f.answer) for f in x.faqs] == [("Can I drink alcohol?", "Avoid it.")]
    gout = x.treats[0].evidence  # quoted from the file as written, on its own line
    assert doc.source[gout.start:gout.end] == gout.quote == "Gout" and gout.span.start == 11


def test_a_fenced_block_that_is_not_yaml_is_left_alone() -> None:
    doc = parse_text("# Zedamab\n\n**Usage:** Zedamab is used to treat gout.\n\n```\nprint('hello')\n```\n", "z.md")
    assert "print('hello')" in " ".join(b.text for s in doc.sections for b in s.blocks)


def test_what_is_left_of_a_clause_cut_wrongly_is_not_a_claim() -> None:
    x = _x("**Usage:** Zedamab is used to treat depression only. It is also used for those.\n\n**Side Effects:**\n\n"
           "- Liver problems (mainly in older people)\n- Mainly\n- Even while driving\n")
    assert [t.label for t in x.treats] == ["Depression"]
    assert [e.label for e in x.side_effects] == ["Liver problems"]


def test_an_effect_named_twice_with_or_is_two_effects() -> None:
    x = _x("**Side Effects:**\n\n- Serious: bleeding in the stomach or intestines or bleeding in the brain\n")
    assert [e.label for e in x.side_effects] == ["Bleeding in the stomach or intestines", "Bleeding in the brain"]


def test_a_process_and_its_place_are_named_once() -> None:
    x = _x("**How it Works:** In the eye, Zedamab reduces the production of aqueous humor by the ciliary body, "
           "which lowers eye pressure.\n")
    assert [(m.relation, m.target) for m in x.mechanism] == [
        ("decreases", "aqueous humor production by the ciliary body")]


def test_a_second_verb_after_and_is_not_part_of_the_first_target() -> None:
    assert _mechs("Zedamab binds to the sulfonylurea receptor 1 (SUR1) on these cells and closes potassium "
                  "channels.") == [("binds", "sulfonylurea receptor 1", "SUR1"), ("blocks", "potassium channel", None)]


def test_improving_control_in_people_with_a_condition_treats_it() -> None:
    x = _x("**Usage:** It is used with diet and exercise to improve blood sugar control in adults with type 2 "
           "diabetes mellitus. It lowers blood pressure in adults with diabetes.\n")
    assert [t.label for t in x.treats] == ["Type 2 diabetes mellitus"]  # a population elsewhere stays one


def test_em_dash_run_in_paragraphs_with_inline_enumerations() -> None:
    x = extract(parse_text(
        "# Zedamab\n\n**Generic Name —** Zedamab\n\n"
        "**Usage —** Zedamab is a cream. It is used (1) to treat gout, including flares; (2) to reduce dark spots and "
        "rough skin caused by sun; and (3) as tablets, in hospital, to bring multiple myeloma (MM) into remission. "
        "Doctors also use the cream off-label for melasma.\n\n"
        "**Side Effects —** Most people get used to it. Common side effects are (a) dryness and peeling, (b) redness, "
        "and (c) a burning feeling, often called stinging. Less common are (d) darkening of the skin, (e) sensitivity "
        "to sunlight, so sunburn happens more easily, and (f) hair loss. The tablets cause different and serious side "
        "effects: (g) liver damage (yellow skin), which can be fatal; and (h) birth defects, if taken in pregnancy. "
        "With the cream, stop using it and see a doctor if your skin blisters.\n\n"
        "**How it Works —** Zedamab blocks the histamine H2 receptor (H2R).\n", "zed.md"))
    assert [s.kind for s in x.coverage.sections] == ["identity", "uses", "side_effects", "mechanism"]
    assert [(t.label, t.abbreviation, t.qualifier) for t in x.treats] == [
        ("Gout", None, None), ("Dark spots", None, None), ("Rough skin", None, None),
        ("Multiple myeloma", "MM", None), ("Melasma", None, "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dryness", "Common", False), ("Peeling", "Common", False), ("Redness", "Common", False),
        ("Burning feeling", "Common", False), ("Darkening of the skin", "Less common", False),
        ("Sensitivity to sunlight", "Less common", False), ("Hair loss", "Less common", False),
        ("Liver damage", "Serious", True), ("Birth defects", "Serious", True)]


def test_inline_markers_are_dropped_only_from_a_run_in_order() -> None:
    from kg.parse import _unenumerate

    assert _unenumerate("are (a) dryness, (b) redness; (i) x and (ii) y") == "are dryness, redness; x and y"
    assert _unenumerate("used (1) to treat a; (2) to ease b") == "used to treat a; to ease b"
    assert _unenumerate("rich in vitamin (a) only, see (c) and (d)") == "rich in vitamin (a) only, see (c) and (d)"


def test_level_one_section_headings_and_bracketed_frequency_tags() -> None:
    x = extract(parse_text(
        "# Zedamab\n\n# Generic Name\n\nZedamab\n\n# Usage\n\nZedamab is a tablet.\n\n## Approved uses\n\n"
        "- Gout – in adults\n\n## Off-label uses\n\n- Psoriasis\n\n# Side Effects\n\n"
        "- Headache [common]\n- Nausea and vomiting [common]\n- Dizziness when standing up (low blood pressure) "
        "[less common]\n- Weight gain, usually mild [less common]\n- Seizures [rare but serious]\n\n"
        "# How It Works (Mechanism)\n\nZedamab blocks the histamine H2 receptor (H2R).\n\n# FAQs\n\n"
        "## 1. Can I drink alcohol?\n\nAvoid it.\n\n## 2. Is it safe in pregnancy?\n\nAsk a doctor.\n", "zed.md"))
    assert x.drug.label == "Zedamab"
    assert [s.kind for s in x.coverage.sections] == ["identity", "uses", "side_effects", "mechanism", "faqs"]
    assert [(t.label, t.qualifier) for t in x.treats] == [("Gout", None), ("Psoriasis", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Common", False), ("Vomiting", "Common", False),
        ("Dizziness when standing up", "Less common", False), ("Weight gain", "Less common", False),
        ("Seizures", "Rare but serious", True)]
    assert [(m.relation, m.symbol) for m in x.mechanism] == [("blocks", "H2R")]
    assert [(f.question, f.answer) for f in x.faqs] == [("Can I drink alcohol?", "Avoid it."),
                                                         ("Is it safe in pregnancy?", "Ask a doctor.")]


def test_mediawiki_headings_and_a_wiki_definition_list_of_questions() -> None:
    doc = parse_text(
        "# Zedamab\n\n== Generic Name ==\n\nZedamab\n\n== Usage ==\n\nIt is used for:\n\n* Gout\n\n"
        "Doctors also use it off-label for chronic psoriasis once the skin has been treated with light.\n\n"
        "== Side Effects ==\n\n=== Common ===\n* Eye redness\n* Blurred vision, for a few minutes after a dose\n\n"
        "=== Serious ===\n* Inflammation inside the eye (iritis or uveitis)\n\n"
        "== FAQs ==\n\n; Can I drink alcohol?\n: Avoid it.\n\n; Is it safe in pregnancy?\n: Ask a doctor.\n", "zed.md")
    x = extract(doc)
    assert [(s.title, s.kind, s.level) for s in doc.sections] == [
        ("Generic Name", "identity", 2), ("Usage", "uses", 2), ("Side Effects", "side_effects", 2),
        ("FAQs", "faqs", 2)]
    assert x.drug.label == "Zedamab"
    assert [(t.label, t.qualifier) for t in x.treats] == [("Gout", None), ("Chronic psoriasis", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Eye redness", "Common", False), ("Blurred vision", "Common", False),
        ("Inflammation inside the eye", "Serious", True)]
    assert not x.serious_signs  # two names of one effect are not its signs
    assert [(f.question, f.answer) for f in x.faqs] == [("Can I drink alcohol?", "Avoid it."),
                                                         ("Is it safe in pregnancy?", "Ask a doctor.")]


def test_binding_a_target_and_blocking_its_activity_inhibits_it() -> None:
    x = _x("**How it Works:** Zedamab binds directly to thrombin (factor IIa) and blocks its activity, so it reduces "
           "thrombin-induced platelet aggregation.\n")
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism if m.is_target] == [
        ("inhibits", "thrombin", "factor IIa")]  # (the aggregation it reduces: a downstream effect)


def test_the_or_that_closes_a_comma_list_of_effects_joins_two_of_them() -> None:
    x = _x("**Side Effects:**\n\n- Indigestion, heartburn or stomach pain\n- Itching or rash\n"
           "- Increased risk of fractures of the hip, wrist or spine\n- Rash, blurred or double vision\n")
    assert [e.label for e in x.side_effects] == [
        "Indigestion", "Heartburn", "Stomach pain", "Itching or rash",
        "Increased risk of fractures of the hip, wrist or spine", "Rash", "Blurred or double vision"]


def test_brands_after_such_as_after_a_salt_and_of_rings_and_inserts() -> None:
    x = _x("**Usage:** Zedamab is sold under brand names such as Zedex, Zedex XR and Zedol. It comes as a vaginal "
           "ring (Zedring), vaginal inserts (Zedins) and an injection into a muscle as zedamab valerate (Zedval). It "
           "is also found in combination products such as Combix (with other).\n")
    assert [b.label for b in x.brand_names] == ["Zedex", "Zedex XR", "Zedol", "Zedring", "Zedins", "Zedval"]
    assert [f.label for f in x.formulations] == ["vaginal ring", "vaginal inserts", "injection"]


def test_serious_effects_after_a_colon_with_their_examples_and_a_most_common_effect() -> None:
    x = _x("**Side Effects:** Side effects are most common when treatment is started and often ease later. Nausea is "
           "the most common side effect, especially on an empty stomach, and some people get headache or gas.\n\n"
           "* **Other effects:** Itching\n\n"
           "Rarely, zedamab can cause serious side effects: severe skin reactions, including Stevens-Johnson syndrome; "
           "a drop in blood cells (aplastic anemia); and liver inflammation.\n")
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Nausea", "Common", False), ("Headache", "Common", False), ("Gas", "Common", False),
        ("Itching", "Other effects", False), ("Severe skin reactions", "Serious", True),
        ("Stevens-Johnson syndrome", "Serious", True), ("Drop in blood cells", "Serious", True),
        ("Liver inflammation", "Serious", True)]


def test_a_class_word_before_a_clause_is_the_target_named_before() -> None:
    x = _x("**How it Works:** Zedamab blocks voltage-gated sodium channels. It binds to the channels while they are "
           "inactive, which is one reason the dose is raised gradually.\n")
    assert [(m.relation, m.target) for m in x.mechanism] == [("blocks", "voltage-gated sodium channel")]


def test_plain_group_labels_of_circumstance_and_a_seek_help_list_with_its_tail() -> None:
    x = _x("Usage:\nZedamab is a skin product used to treat acne. It is given by injection into a vein or a muscle, "
           "or used as a vaginal suppository.\n\nSide Effects:\n\n"
           "Most common: nausea, stomach pain, a metallic taste\n\nWith skin products: dryness, peeling\n\n"
           "Serious:\n- Severe diarrhea\n\nCall your doctor right away if you get watery diarrhea, stomach cramps, "
           "or fever, even weeks after finishing the medicine, and do not take anti-diarrhea medicine such as "
           "loperamide unless your doctor says so.\n")
    assert [(e.label, e.category) for e in x.side_effects] == [
        ("Nausea", "Most common"), ("Stomach pain", "Most common"), ("Metallic taste", "Most common"),
        ("Dryness", "With skin products"), ("Peeling", "With skin products"), ("Severe diarrhea", "Serious")]
    assert [s.label for s in x.serious_signs] == ["watery diarrhea", "stomach cramps", "fever"]
    assert sorted(r.label for r in x.routes) == ["intramuscular", "intravenous", "topical", "vaginal"]


def test_a_shared_head_a_therapy_for_a_population_a_participle_and_a_prompt_report() -> None:
    x = _x("**Usage:**\n\n- **Vulvar and vaginal atrophy** – after menopause\n- **Acne and rosacea**\n\n"
           "It is also used off-label as part of feminizing hormone therapy for transgender women.\n\n"
           "**Side Effects:** Common side effects include headache. Tell your doctor promptly about any unusual "
           "bleeding.\n\n**How it Works:** Zedamab binds to and activates estrogen receptors (ER). The activated "
           "receptor moves into the cell nucleus.\n")
    assert [(t.label, t.qualifier) for t in x.treats] == [
        ("Vulvar and vaginal atrophy", None), ("Acne", None), ("Rosacea", None),
        ("Feminizing hormone therapy", "off-label")]
    assert [s.label for s in x.serious_signs] == ["unusual bleeding"]
    assert [(m.relation, m.target, m.symbol) for m in x.mechanism] == [("activates", "estrogen receptor", "ER")]


def test_a_stressed_negation_in_a_plain_use_bullet_is_no_use() -> None:
    x = _x("**Usage:**\n\n- Asthma\n- It is **not** a rescue medicine for a sudden asthma attack\n")
    assert [t.label for t in x.treats] == ["Asthma"]


def test_a_class_named_with_its_abbreviation_inside_and_a_noun_before_and() -> None:
    x = _x("**Usage:** Zedamab is an oral diabetes medicine from the sodium-glucose co-transporter 2 (SGLT2) inhibitor "
           "class.\n\n**Side Effects:**\n\n**Serious:**\n- Dehydration and sudden kidney problems\n"
           "- Kidney and liver problems\n")
    assert x.drug_class is not None and x.drug_class.label == "sodium-glucose co-transporter 2 inhibitor"
    assert [e.label for e in x.side_effects] == ["Dehydration", "Sudden kidney problems", "Kidney and liver problems"]


def test_a_protein_named_by_an_appositive_code_then_by_anaphora() -> None:
    assert _mechs("In APL, the cells make an abnormal fusion protein, PML-RARα, that stops them from maturing; "
                  "zedamab binds to this protein and releases the block.") == [
        ("binds", "abnormal fusion protein", "PML-RARα")]


def test_a_target_named_again_by_its_symbol_is_one_target() -> None:
    assert _mechs("Zedamab is a selective agonist of the prostaglandin F receptor (FP). Activating FP receptors in the "
                  "ciliary muscle relaxes it.") == [("activates", "prostaglandin F receptor", "FP")]


@pytest.mark.parametrize(("sentence", "forms"), [
    ("It is taken as tablets, chewable tablets or an oral suspension.", ["tablets", "chewable tablets",
                                                                          "oral suspension"]),
    ("It comes as film-coated tablets. The tablets are white.", ["film-coated tablets"]),
    ("It is sold as capsules and, for children, as oral pellets.", ["capsules", "oral pellets"]),
    ("It comes as extended-release tablets. In hospital it is given by IV injection and then as tablets, and "
     "continued long-term.", ["extended-release tablets", "injection"]),
])
def test_a_bare_form_is_kept_only_when_listed_among_forms(sentence: str, forms: list[str]) -> None:
    assert [f.label for f in _x(f"**Usage:** {sentence}\n").formulations] == forms
