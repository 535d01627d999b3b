"""Answer formats firstcontact99's pages showed the reader had never seen, pinned on invented pages (other drugs,
other words): a Logseq page, JSON Lines, a Prolog knowledge base and Turtle RDF, each rewritten line for line
(:mod:`kg.formats`)."""
from __future__ import annotations

import json

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


_LOGSEQ = "\n".join([
    "generic-name:: Tavorilast", "brand-names:: [[Tavlex]]", "drug-class:: [[Leukotriene receptor antagonist]]",
    "route:: oral", "tags:: asthma, allergy", "",
    "- ## Generic Name", "\t- **Tavorilast** is a once-daily tablet for the airways",
    "- ## Usage",
    "\t- Approved use: [[Asthma]] in adults #approved", "\t\t- taken every evening to prevent attacks",
    "\t- Off-label uses #off-label", "\t  collapsed:: true", "\t\t- [[Chronic hives]], when antihistamines fail",
    "- ## Side Effects",
    "\t- Common #common", "\t\t- Stomach ache", "\t\t- Sore throat",
    "\t- Serious #warning", "\t  collapsed:: true", "\t\t- Mood changes", "\t\t- [[Liver injury]]",
    "- ## How it Works",
    "\t- Tavorilast blocks the [[CysLT1 receptor]] on airway muscle, so the airways stay open.",
    "- ## FAQs",
    "\t- Can I use it for a sudden attack?", "\t\t- No, keep a rescue inhaler for that.",
    "\t- Should I take it with food?", "\t\t- Either way is fine.",
    "", "Not medical advice."])


def test_a_logseq_page() -> None:
    _same_lines(_LOGSEQ)
    x = _x(_LOGSEQ, "Tavorilast")
    assert x.drug is not None and x.drug.label == "Tavorilast"
    assert [b.label for b in x.brand_names] == ["Tavlex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "leukotriene receptor antagonist"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Asthma", None), ("Chronic hives", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Stomach ache", "Common", False), ("Sore throat", "Common", False), ("Mood changes", "Serious", True),
        ("Liver injury", "Serious", True)]
    assert _mech(x) == {("blocks", "CysLT1 receptor")}
    assert [f.question for f in x.faqs] == ["Can I use it for a sudden attack?", "Should I take it with food?"]
    assert "collapsed" not in formats.rewrite(_LOGSEQ) and "#common" not in formats.rewrite(_LOGSEQ)


def test_an_ordinary_page_with_a_double_colon_line_is_untouched() -> None:
    page = ("## Usage\n\n- Asthma\n- route:: oral\n- note:: see below\n\n## Side Effects\n\n- Headache\n\n"
            "## FAQs\n\n- Is it safe?\n")
    assert formats.rewrite(page) == page
    outline = "- Usage\n  - Asthma\n- Side Effects\n  - Headache\n- FAQs\n  - Is it safe?\n"
    assert formats.rewrite(outline) == outline


def _record(**keys: object) -> str:
    return json.dumps({"drug": "ombrazine", **keys})


_JSONL = "\n".join([
    "Ombrazine as records, one per line:", "",
    _record(type="generic_name", name="Ombrazine", synonyms=["OMZ-12"]),
    _record(type="brand", name="Ombrex", note="tablets, Canada"),
    _record(type="drug_class", name="Proton pump inhibitor"),
    _record(type="indication", name="Reflux esophagitis", approved=True),
    _record(type="indication", name="Stress ulcer prophylaxis", approved=False, note="in intensive care"),
    _record(type="adverse_effect", name="Bloating", category="common"),
    _record(type="adverse_effect", name="Low magnesium", category="rare", serious=True,
            note="after more than a year"),
    _record(type="adverse_effect", name="Loose stools", category="common"),
    _record(type="warning_signs", name="Get help at once for black stools or vomiting blood."),
    _record(type="target", name="H+/K+ ATPase", action="inhibits"),
    _record(type="target", name="gastric acid secretion", action="blocks"),
    _record(type="target", name="stomach acid production", action="reduces"),
    _record(type="faq", question="Should I take it before breakfast?", answer="Yes, 30 minutes before."),
    _record(type="faq", question="Can I stop it suddenly?", answer="Acid can rebound for a few days."),
    "", "Not medical advice."])


def test_json_lines() -> None:
    _same_lines(_JSONL)
    x = _x(_JSONL, "Ombrazine")
    assert x.drug is not None and x.drug.label == "Ombrazine"
    assert [s.label for s in x.drug.synonyms] == ["OMZ-12"]
    assert [b.label for b in x.brand_names] == ["Ombrex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "proton pump inhibitor"
    # (a purpose noun after the condition goes, the use keeps one qualifier: tests/test_fc102_layouts.py)
    assert [(u.label, u.qualifier) for u in x.treats] == [("Reflux esophagitis", None),
                                                          ("Stress ulcer", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Bloating", "Common", False), ("Low magnesium", "Rare", True), ("Loose stools", "Common", False)]
    assert [s.label for s in x.serious_signs] == ["black stools or vomiting blood"]
    assert _mech(x) == {("inhibits", "H+/K+ ATPase"), ("decreases", "gastric acid secretion"),
                        ("decreases", "stomach acid production")}
    assert [f.question for f in x.faqs] == ["Should I take it before breakfast?", "Can I stop it suddenly?"]


def test_an_ordinary_page_with_json_objects_on_lines_is_untouched() -> None:
    page = ("## Usage\n\nThe app logs events like these:\n\n" + "\n".join(
        json.dumps({"event": "dose", "time": f"0{n}:00"}) for n in range(8)) + "\n\n## Side Effects\n\n- Headache\n")
    assert formats.rewrite(page) == page


_PROLOG = "\n".join([
    "The facts, as Prolog:", "", "```prolog", "% ===== Generic Name =====", "drug(quellomab).",
    "generic_name(quellomab, 'Quellomab').", "brand(quellomab, 'Quellix').",
    "drug_class(quellomab, 'anti-IL-17A monoclonal antibody').", "",
    "% ===== Usage =====", "treats(quellomab, plaque_psoriasis, approved).   % moderate to severe",
    "treats(quellomab, 'Hidradenitis suppurativa', off_label).",
    "not_indicated(quellomab, 'Crohn\\'s disease').", "",
    "% ===== Side Effects =====", "side_effect(quellomab, upper_respiratory_infections, very_common).",
    "side_effect(quellomab, oral_thrush, common).", "side_effect(quellomab, 'inflammatory bowel disease', serious).",
    "get_help_now(quellomab, S) :- danger_sign(quellomab, S).", "danger_sign(quellomab, 'bloody diarrhoea').",
    "danger_sign(quellomab, 'fever with a stiff neck').", "",
    "% ===== How it Works =====", "mechanism(quellomab, blocks, 'interleukin-17A').   % IL17A, a cytokine",
    "infection_risk(Drug) :- mechanism(Drug, blocks, _).", "",
    "% ===== FAQs =====", "faq(quellomab, 'How often is it injected?', 'Every four weeks after the first doses.').",
    "faq(quellomab, 'Can I have live vaccines?', 'No, avoid them while on treatment.').", "```"])


def test_a_prolog_knowledge_base() -> None:
    _same_lines(_PROLOG)
    x = _x(_PROLOG, "Quellomab")
    assert x.drug is not None and x.drug.label == "Quellomab"
    assert [b.label for b in x.brand_names] == ["Quellix"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "anti-il-17a monoclonal antibody"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Plaque psoriasis", None),
                                                          ("Hidradenitis suppurativa", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Upper respiratory infections", "Very common", False), ("Oral thrush", "Common", False),
        ("Inflammatory bowel disease", "Serious", True)]
    assert [s.label for s in x.serious_signs] == ["bloody diarrhoea", "fever with a stiff neck"]
    assert {(m.relation, m.target, m.symbol) for m in x.mechanism} == {("blocks", "interleukin-17A", "IL17A")}
    assert [f.question for f in x.faqs] == ["How often is it injected?", "Can I have live vaccines?"]
    rewritten = formats.rewrite(_PROLOG).split("\n")
    assert rewritten[_PROLOG.split("\n").index("infection_risk(Drug) :- mechanism(Drug, blocks, _).")] == ""


def test_an_ordinary_page_that_mentions_prolog_facts_is_untouched() -> None:
    page = ("## Usage\n\nIn our notes we wrote treats(x, acne). as a fact.\n\n- treats(a, b).\n- treats(c, d).\n"
            "- side_effect(a, b).\n\nThe rule f(x) :- g(x). says nothing.\n")
    assert formats.rewrite(page) == page


_TURTLE = "\n".join([
    "The drug as RDF:", "", "```ttl", "@prefix ex: <http://example.org/med/> .",
    "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .", "@prefix schema: <https://schema.org/> .", "",
    "ex:Brivenol a schema:Drug ;", '    rdfs:label "Brivenol"@en ;', '    ex:brandName "Brivex" ;',
    '    ex:drugClass "beta blocker" ;', "    ex:indication ex:Hypertension ;", "    ex:offLabelUse ex:Migraine ;",
    "    ex:adverseEffect ex:ColdHands , ex:SlowPulse ;",
    '    ex:whenToSeekHelp "Get help right away if you faint or feel short of breath." ;',
    "    ex:blocks ex:Beta1 ;",
    '    ex:faq [ ex:question "Can I stop it suddenly?" ;', '             ex:answer "No, taper it over two weeks." ] .',
    "", "ex:Hypertension rdfs:label \"high blood pressure\"@en ;",
    '    rdfs:comment "Alone or with a diuretic." .', 'ex:Migraine rdfs:label "migraine prevention"@en .', "",
    'ex:ColdHands rdfs:label "cold hands and feet"@en ; ex:frequency "common" .',
    'ex:SlowPulse rdfs:label "very slow pulse"@en ; ex:frequency "rare" ; ex:serious true .', "",
    'ex:Beta1 rdfs:label "beta-1 adrenergic receptor"@en .', "```"])


def test_turtle_rdf() -> None:
    _same_lines(_TURTLE)
    x = _x(_TURTLE, "Brivenol")
    assert x.drug is not None and x.drug.label == "Brivenol"
    assert [b.label for b in x.brand_names] == ["Brivex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "beta blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None),
                                                          ("Migraine", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Cold hands and feet", "Common", False), ("Very slow pulse", "Rare", True)]
    assert [s.label for s in x.serious_signs] == ["fainting or feeling short of breath"]
    assert _mech(x) == {("blocks", "beta-1 adrenergic receptor")}
    assert [f.question for f in x.faqs] == ["Can I stop it suddenly?"]


def test_an_ordinary_page_that_shows_a_prefix_line_is_untouched() -> None:
    page = ("## Usage\n\n- Hypertension ; angina\n- See @prefix ex: <http://example.org/> .\n"
            "- @prefix a: <http://a.org/> .\n- gout ; fever ; pain\n\n## FAQs\n\n- Is it safe? Yes.\n")
    assert formats.rewrite(page) == page
