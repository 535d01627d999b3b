"""Layouts of firstcontact94's ordinary answers, pinned on invented pages (other drugs, other words): a conversational
answer with no headings and no lists, "Q." / "A." lines with no blank line between, and a list of receptor codes that
share the head named after the last."""
from __future__ import annotations

from tests.test_extract_layouts5 import _mech, _x

_CHAT = (
    "Glad you asked! The generic name is zoravir, often shortened to ZRV. As a prescription medicine it's sold as "
    "Zorivex in the US. It comes as an oral suspension that you take by mouth once a day.\n\n"
    "So, what's it used for? Mostly skin. Prescription zoravir is an antifungal medicine, and it's approved for two "
    "stubborn, deep fungal infections that usually follow an injury: sporotrichosis and chromoblastomycosis, for "
    "people aged two years and older.\n\n"
    "As for side effects, most people notice nausea, a metallic taste and headache, especially early on. Less often, "
    "people get a rash or dizziness.\n\n"
    "Now, how does it work? Scientists believe it starves the fungus in two ways: it seems to block an enzyme called "
    "CYP51, and it may slow the uptake of ergosterol, a natural membrane sterol, by blocking the Aus1 transporter.\n\n"
    "You might also be wondering about a few practical things, so here goes.\n\n"
    "Can I drink alcohol? Best not. It can upset your stomach more.\n\n"
    "Is it safe in pregnancy? Talk to your doctor first.\n\n"
    "Anything else you'd like to know?"
)


def test_a_conversational_answer_is_read_by_its_spoken_topics() -> None:
    x = _x(_CHAT)
    assert x.drug.label.casefold() == "zoravir" and [s.label for s in x.drug.synonyms] == ["ZRV"]
    assert x.drug_class is not None and x.drug_class.label == "antifungal"
    assert [u.label for u in x.treats] == ["Sporotrichosis", "Chromoblastomycosis"]  # (no "Two stubborn", no "Older")
    got = {e.label: e.category for e in x.side_effects}
    assert got.get("Nausea") == "Common" and got.get("Headache") == "Common"
    assert got.get("Rash") == "Less common"
    assert {("blocks", "CYP51"), ("blocks", "Aus1 transporter")} <= _mech(x)
    assert [f.question for f in x.faqs][:2] == ["Can I drink alcohol?", "Is it safe in pregnancy?"]


def test_a_colon_after_someone_elses_words_is_no_split_of_another_agents_clause() -> None:
    x = _x("## How it Works\n\nZoravir blocks the Q7 receptor. Aspirin, which is often taken with zoravir, works "
           "differently: it inhibits cyclooxygenase-1 in platelets.\n")
    assert ("inhibits", "cyclooxygenase-1") not in _mech(x)


def test_q_and_a_lines_with_no_blank_line_between_are_one_faq_each() -> None:
    x = _x("## Usage\n\nIt treats gout.\n\n## FAQs\nQ. How do I take it?\nA. Once a day. With food.\n"
           "Q. Can I drink alcohol?\nA. Yes, in moderation.\n")
    assert [(f.question, f.answer) for f in x.faqs] == [("How do I take it?", "Once a day. With food."),
                                                       ("Can I drink alcohol?", "Yes, in moderation.")]


def test_receptor_codes_listed_with_commas_share_the_head_named_last() -> None:
    x = _x("## How it Works\n\nZoravir blocks H1, H2 and H4 histamine receptors in the gut.\n")
    assert {("blocks", f"{c} histamine receptor") for c in ("H1", "H2", "H4")} <= _mech(x)


def test_items_numbered_in_brackets_are_one_list() -> None:
    x = _x("## Usage\n\nZoravir is a TNF blocker. It is used in adults for the following conditions:\n\n"
           "(1) Hidradenitis suppurativa: moderate to severe disease.\n(2) Behcet's disease: mouth ulcers that come "
           "back.\n(3) Sarcoidosis: when steroids fail.\n")
    assert [u.label for u in x.treats] == ["Hidradenitis suppurativa", "Behcet's disease", "Sarcoidosis"]


def test_binding_then_neutralizing_both_forms_is_an_inhibition() -> None:
    x = _x("## How it Works\n\nInterleukin-23 (IL-23) drives the disease. Zoravir binds to IL-23 with high affinity "
           "and neutralizes both free and receptor-bound IL-23.\n")
    assert ("inhibits", "Interleukin-23") in {(r, t[:1].upper() + t[1:]) for r, t in _mech(x)}


def test_a_warning_of_whom_to_tell_after_falling_asleep_gives_signs() -> None:
    x = _x("## Side Effects\n\n- **Common:** nausea, headache\n- If you fall asleep without warning, see or hear "
           "things that are not there, or have urges you cannot control, tell your doctor immediately.\n")
    assert {e.label for e in x.side_effects} == {"Nausea", "Headache"}
    signs = {s.label for s in x.serious_signs}
    assert "falling asleep without warning" in signs and "urges you cannot control" in signs


def test_an_item_that_says_the_drug_does_not_slow_a_disease_names_no_use() -> None:
    x = _x("## Usage\n\nZoravir is used for:\n\n- Gout \u2013 on its own or with colchicine\n"
           "- The cream does not slow the progression of gout; it treats the symptoms.\n")
    assert [u.label for u in x.treats] == ["Gout"]


def test_an_item_that_says_how_an_effect_is_names_no_effect() -> None:
    x = _x("## Side Effects\n\n- **Common:** nausea, injection site reactions\n"
           "- Injection site reactions are usually mild; changing the site every day helps.\n")
    assert {e.label for e in x.side_effects} == {"Nausea", "Injection site reactions"}


def test_a_prose_paragraph_opening_on_a_question_is_still_read_by_its_answer() -> None:
    x = _x("Zoravir is a tablet.\n\nWhat is it? It is used to treat gout in adults.\n\n"
           "Side effects are usually mild: nausea and rash.\n")
    assert [u.label for u in x.treats] == ["Gout"]


def test_on_its_own_after_a_use_is_how_it_is_given() -> None:
    x = _x("## Usage\n\nZoravir is used for:\n\n- Gout, on its own or with colchicine\n- Pseudogout\n")
    assert [u.label for u in x.treats] == ["Gout", "Pseudogout"]


def test_a_remark_on_effects_not_named_before_names_them() -> None:
    x = _x("## Side Effects\n\n- Nausea\n- Headache and dizziness are usually mild.\n")
    assert {"Nausea", "Headache"} <= {e.label for e in x.side_effects}
    x = _x("## Usage\n\nZoravir is used for:\n\n- Status epilepticus, when seizures do not stop after lorazepam\n"
           "- Common cold, although it does not prevent colds in most people\n")
    assert [u.label for u in x.treats] == ["Status epilepticus", "Common cold"]
