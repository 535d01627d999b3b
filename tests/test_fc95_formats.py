"""Answer formats firstcontact95's pages showed the reader had never seen, pinned on invented pages (other drugs,
other words): an Anki deck export, an HL7 FHIR Bundle, LaTeX beamer slides, SSML and a multiple-choice quiz, each
rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

import json

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


_ANKI = "\n".join([
    "My zoravir cards, ready to import:", "", "```", "#separator:tab", "#html:true", "#columns:Front\tBack",
    "What is the generic name of Zorivex?\t<b>Zoravir</b>",
    "What are the brand names of zoravir?\t<ul><li><b>Zorivex</b>: film-coated tablets</li>"
    "<li><b>Zoracin</b>: oral suspension</li></ul>Note: Zoraplex combines it with another drug.",
    "Which drug class is zoravir in?\tA <b>nucleoside analogue</b>.<br>Prescription only.",
    "What is zoravir used for?\t<ul><li><b>Shingles</b> in adults</li><li><b>Cold sores</b></li></ul>",
    "What are the off-label uses of zoravir?\t<ul><li>Bell's palsy, with a steroid</li></ul>",
    "What are the common side effects of zoravir?\t<ul><li>Headache</li><li>Nausea</li><li>Tiredness</li></ul>",
    "What are the serious side effects of zoravir?\t<ul><li><b>Kidney injury</b>: little or no urine</li>"
    "<li><b>Confusion</b></li></ul>",
    "How does zoravir work?\tIt inhibits the <b>viral DNA polymerase</b>, so the virus cannot copy its genes.",
    "FAQ: Can I drink alcohol with zoravir?\tYes, in moderation.",
    "FAQ: Should I drink more water?\tYes, to protect the kidneys.",
    "```", "", "Import it with File, Import."])


def test_an_anki_deck_export() -> None:
    _same_lines(_ANKI)
    x = _x(_ANKI)
    assert [b.label for b in x.brand_names] == ["Zorivex", "Zoracin"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "nucleoside analogue"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Cold sores", None),
                                                          ("Bell's palsy", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Common", False), ("Tiredness", "Common", False),
        ("Kidney injury", "Serious", True), ("Confusion", "Serious", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol with zoravir?", "Should I drink more water?"]


def _use(disease: str, category: str, effect: str) -> dict[str, object]:
    return {"resource": {"resourceType": "ClinicalUseDefinition", "type": "indication",
                         "category": [{"text": category}],
                         "indication": {"diseaseSymptomProcedure": {"concept": {"text": disease}},
                                        "intendedEffect": {"concept": {"text": effect}}}}}


def _effect(name: str, often: str, serious: bool = False) -> dict[str, object]:
    effect: dict[str, object] = {"symptomConditionEffect": {"concept": {"text": name}},
                                 "frequencyOfOccurrence": {"text": often}}
    if serious:
        effect["classification"] = {"text": "Serious"}
    return {"resource": {"resourceType": "ClinicalUseDefinition", "type": "undesirable-effect",
                         "undesirableEffect": effect}}


_FHIR = "A FHIR Bundle:\n\n```json\n" + json.dumps({"resourceType": "Bundle", "type": "collection", "entry": [
    {"resource": {"resourceType": "MedicationKnowledge",
                  "extension": [{"url": "http://example.org/mechanism-of-action",
                                 "valueString": "Zoravir inhibits the viral DNA polymerase."}],
                  "code": {"text": "Zoravir"}, "synonym": ["Zorivex"],
                  "intendedRoute": [{"text": "Oral"}],
                  "medicineClassification": [{"classification": [{"text": "Nucleoside analogue"}]}]}},
    _use("Shingles", "Approved indication", "Treatment"),
    _use("Genital herpes", "Approved indication", "Prophylaxis of recurrences"),
    _use("Bell's palsy", "Off-label use", "Treatment"),
    _effect("Headache", "Common"), _effect("Nausea", "Uncommon"), _effect("Kidney injury", "Rare", serious=True),
    {"resource": {"resourceType": "Basic", "extension": [{"url": "faq", "extension": [
        {"url": "question", "valueString": "Can I drink alcohol?"},
        {"url": "answer", "valueString": "Yes, in moderation."}]}]}},
]}, indent=2) + "\n```"


def test_a_fhir_bundle() -> None:
    _same_lines(_FHIR)
    x = _x(_FHIR)
    assert [b.label for b in x.brand_names] == ["Zorivex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "nucleoside analogue"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Genital herpes", "prevention"),
                                                          ("Bell's palsy", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Uncommon", False), ("Kidney injury", "Rare", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


_BEAMER = r"""Slides for your talk:

```latex
\documentclass{beamer}
\usetheme{Warsaw}
\title{Zoravir}
\author{}
\begin{document}
\frame{\titlepage}

\begin{frame}{Generic Name}
\begin{itemize}
  \item \textbf{Generic name:} Zoravir
  \item \textbf{Brand name:} Zorivex
  \item \textbf{Drug class:} Nucleoside analogue
\end{itemize}
\end{frame}

\begin{frame}{Usage}
\begin{itemize}
  \item \textbf{Shingles} in adults
  \item \textbf{Cold sores}, e.g.\ on the lips
\end{itemize}
\end{frame}

\begin{frame}{Side Effects}
\textbf{Common:}
\begin{itemize}
  \item Headache
  \item Nausea
\end{itemize}
\begin{block}{Serious}
\begin{itemize}
  \item Kidney injury
\end{itemize}
\end{block}
\end{frame}

\begin{frame}{How it Works}
Zoravir inhibits the \emph{viral} DNA polymerase, so the virus cannot copy itself.
\end{frame}

\begin{frame}{FAQs (1/2)}
\textbf{Can I drink alcohol?}\\
Yes, in moderation.
\end{frame}

\begin{frame}{FAQs (2/2)}
\textbf{Can I drive?}\\
Yes, if you do not feel dizzy.
\end{frame}
\end{document}
```"""


def test_latex_beamer_slides() -> None:
    _same_lines(_BEAMER)
    x = _x(_BEAMER)
    assert [b.label for b in x.brand_names] == ["Zorivex"]
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Common", False), ("Kidney injury", "Serious", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?", "Can I drive?"]


_SSML = """For your voice app:

```xml
<speak>
  <p>
    <s>Let's begin with zoravir.</s>
    <s>Its brand name is Zorivex.</s>
  </p>
  <break time="400ms"/>
  <p>
    <s>Now, here is what it is used for.</s>
    <s>Zoravir treats shingles.</s>
  </p>
  <p>
    <s>Next, let's talk about side effects.</s>
    <s>Common side effects are <emphasis>headache</emphasis> and nausea.</s>
  </p>
  <p>
    <s>Here is how it works.</s>
    <s>Zoravir inhibits the viral <say-as interpret-as="characters">DNA</say-as> polymerase.</s>
  </p>
  <p>
    <s>Finally, here are answers to common questions.</s>
  </p>
  <p>
    <s>Can I drink alcohol?</s>
    <break time="300ms"/>
    <s>Yes, in moderation.</s>
  </p>
</speak>
```"""


def test_ssml_with_spoken_section_openings() -> None:
    _same_lines(_SSML)
    x = _x(_SSML)
    assert [u.label for u in x.treats] == ["Shingles"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common")]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


_QUIZ = """Test yourself on zoravir:

**1. What is zoravir used for?**
A) Shingles
B) Gout
C) Asthma
D) Acne

**Answer: A**
**Explanation:** Zoravir treats shingles.

**2. Which side effect is most common?**
A) Hair loss
B) Headache
C) Cough
D) Rash

**Answer: B**
**Explanation:** The most common side effects are headache and nausea.

**3. How does zoravir work?**
A) It blocks the beta receptor
B) It inhibits the viral DNA polymerase
C) It activates the Q7 receptor
D) It blocks sodium channels

**Answer: B**
**Explanation:** Zoravir inhibits the viral DNA polymerase, so the virus cannot copy itself.

**4. "Can I drink alcohol with it?"**
A) Never
B) Yes, in moderation
C) Only at night
D) Only with food

**Answer: B**
**Explanation:** Small amounts do not change how it works."""


def test_a_multiple_choice_quiz_reads_answers_and_explanations_only() -> None:
    _same_lines(_QUIZ)
    x = _x(_QUIZ)
    assert [u.label for u in x.treats] == ["Shingles"]
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common")]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol with it?"]
