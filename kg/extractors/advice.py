"""FAQs, precautions, interactions and the page's own reliability note."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.extract_text import (
    EXAMPLE_CUE,
    Folded,
    Guarded,
    Quoter,
    capitalise,
    could_match,
    key,
    norm,
    sentences,
    split_top,
    strip_parens,
)
from kg.extractors.effects import gerund, seek_help, side_effects_section
from kg.extractors.identity import usage_section
from kg.model import FAQ, Block, Document, Extraction, Interaction, Name, Precaution, Section, Span
from kg.sections import clean_label

_IMPERATIVE = re.compile(
    r"^(?:do not|don't|never|avoid|wash|use|apply|keep|take|tell|ask|talk|discuss|stop|follow|report|limit|"
    r"swallow|call|check|store|dispose|protect|let|flush|leave|prime|clean|dilute|seek|contact|see|consult|"
    r"remove|shake|rinse|drink|eat|wear|inform|make sure|be careful|only use|always|skip|continue|keep taking|"
    r"wait|allow|cover|monitor|get|carry|read|remember|try|give|treat|inspect|rotate|throw|stand|sit|restart|"
    r"finish|separate|space|measure|mention|return|pour|dissolve|mix|stir|sprinkle|chew|crush|place|insert|inject|"
    r"put|hold|press|tilt|breathe|rub|massage|pat|refrigerate|discard|shield|schedule|plan|brush|floss|replace|watch|"
    r"stay|be\s+(?:careful|cautious|aware|sure)|have\s+regular|bring|choose|wipe|spit|gargle|swish|elevate|"
    r"reduce|cut\s+(?:down|back)|switch|change|notify|alert|record|write|learn|set|open|prepare)\b(?!-)", re.I)
# (a verb, not the first part of a compound: "Open-angle glaucoma has no symptoms", "Set-up")
_MODAL = re.compile(r"\bshould (?:\w+ )?(?:not )?be\b|\bshould not\b|\bshould (?:(?:usually|generally|only|also|still|"
                    r"always)\s+)?(?!be\b|have\s+been\b|go\s+(?:down|away|up|back)\b|start|begin|improve|help|work|clear|fade|disappear|feel|notice|"
                    r"see\b|get\s+better|last|resolve|subside|ease|settle|return|come)[a-z]+\b|"
                    r"\bmust\b|\bnot recommended\b|\bis not for\b|\bis only for\b|\bonly for\b|\bneeds? to\b|\bwill need\b|"
                    r"\bneeds?\s+(?:a\s+)?(?:lower|higher|smaller|reduced|different|regular|dose)\b|"
                    r"\b(?:is|are)\s+(?:usually\s+|generally\s+|best\s+|often\s+)?avoided\b|\bmay need\b|"
                    r"\b(?:is|are)\s+(?:usually\s+|often\s+)?needed\b|\b(?:is|are)\s+(?:usually\s+|generally\s+|also\s+)?"
                    r"recommended\b", re.I)
_SKIP = re.compile(r"\bas soon as you remember\b|\bprecise instructions\b|\bseek immediate medical\b.*\bif you\b|"
                   r"^(?:this information|always consult)|^let me know\b|\bnot a substitute for (?:medical )?advice\b",
                   re.I)  # (the writer's sign-off: "Let me know if you'd like more detail", "... not a substitute
#: for advice from your doctor")
_SKIP_NEEDLES = ("as soon as you remember", "precise instructions", "seek immediate medical", "this information",
                 "always consult", "let me know", "not a substitute for")
_MODAL_NEEDLES = ("should", "must", "not recommended", "is not for", "only for", "need", "avoided",
                  "recommended")
_YES_NO = re.compile(r"^(?:(?:A\d*|Answer)\s*[):.]\s+)?(?:(?:no|yes)[.,]\s*)?", re.I)  # ("A) No. ...": the answer's
# mark, then its yes or no)
#: (One character of ``[,\s]`` and a lookbehind for which one, as in _SPLIT_IMPERATIVE below, for
#: ``,?\s+(?:because|since|so that|to weigh)\b.*$|,\s+(?:who|which)\b.*$|,\s+as\s+(?!soon|...)\w.*$``.)
_REASON_TAIL = Guarded(re.compile(r"[,\s](?:(?:(?<=,)\s+|(?<=\s)\s*)(?:because|since|so that|to weigh)\b.*$|"
                                  r"(?<=,)\s+(?:who|which|where)\b.*$|(?<=,)\s+as\s+(?!soon|much|needed|directed)\w.*$)",
                                  re.I))
_IMPERATIVE_WORDS = (r"(?:do not|don't|never|avoid|wash|keep|use|apply|let|protect|report|ask|talk|tell|take|limit|stop|"
                     r"check|clean|dispose|swallow)\b")
#: ", and do not ...", " and keep ...", ", avoid ...", "; ...". Written as one character of ``[,;\s]`` and a
#: lookbehind for which one (the same matches as ``(?:,?\s+and\s+|,\s+)(?=...)|;\s+``): a pattern that starts
#: with a character class is scanned for it by the engine instead of being tried at every position.
_SPLIT_IMPERATIVE = re.compile(r"[,;\s](?:(?:(?<=,)\s+|(?<=\s)\s*)and\s+(?=" + _IMPERATIVE_WORDS + r")|"
                               r"(?<=,)\s+(?=" + _IMPERATIVE_WORDS + r")|(?<=;)\s+)", re.I)
_DISCUSS = re.compile(r"^(?:the\s+)?use of .+? (?P<when>(?:during|in|while) .+?) should be discussed with "
                      r"(?:a|your) (?P<who>[\w ]+?)(?:\s+to\b.*)?$", re.I)
_PREGNANCY_Q = Guarded(re.compile(r"\bpregnan\w*|\bbreastfeed\w*", re.I))
#: a conjunction left at the end of a clause cut off before its second half ("INR should be checked, and")
_DANGLING = re.compile(r"[,;]?\s+(?:and|or|but)$|[,;]$", re.I)
_EXAMPLE_TAIL = re.compile(r",\s+such as\b[^;]*$", re.I)
_RISKS = re.compile(r"\b(?:the )?risks and benefits\b", re.I)
_THIS = re.compile(r"\b(?:this|it)\b(?= with (?:a|your|the))", re.I)
_RELIABILITY = re.compile(r"AI-generated|crowd-sourced|may not be accurate", re.I)
_RELIABILITY_NEEDLES = ("ai-generated", "crowd-sourced", "may not be accurate")
_INTERACT_Q = Guarded(re.compile(r"\binteract|\bother (?:medicines|medications|drugs)|\balcohol\b|\bdrink|\bgrapefruit|"
                         r"\bfood\b|\bwith other\b", re.I))
_SUBJECT_AGENT = Guarded(re.compile(
    r"^(?:some\s+|certain\s+)?(?P<agent>[A-Za-z][\w' /-]*?(?:\s+\([^)]*\))?(?:\s+(?:or|and)\s+[A-Za-z][\w' /-]*?"
    r"(?:\s+\([^)]*\))?)?)(?:,?\s+such as\s+(?P<ex>[^,]+),)?\s+"
    r"(?:can|may|might|could|increases?|raises?|reduces?|lowers?|makes?|blocks?)\b(?P<effect>.*)$", re.I))
_WITH_AGENT = re.compile(
    r"\bwith\s+(?:a\s+|an\s+)?(?P<agent>(?:other\s+)?[A-Za-z][\w' -]*?(?:\s+\([A-Z]+s?\))?)"
    r"(?:,?\s+such as\s+(?P<ex>[^,.;]+?(?:,\s+[^,.;]+?)*?))?(?=,|\.|;|\s+unless\b|\s+or within\b|\s+increases\b|$)",
    re.I)
_NOT_AGENT = re.compile(r"^(?:food|meals?|water|milk|a doctor|your doctor|diet|exercise|it|them|they|you|the|which|"
                        r"symptoms?|caution|its|their|his|her|this|that|these|those|effects?|people|patients|"
                        r"some|other\s+medicines?|(?:or|and)\s+without)\b", re.I)  # ("with or without food": no agent)


def faq_section(doc: Document) -> Section | None:
    return doc.first_of("faqs")


def extract_faqs(doc: Document, result: Extraction) -> None:
    sec = faq_section(doc)
    if sec is None:
        return
    q = Quoter(doc)
    open_depth = -1  # the depth of a question item with no answer of its own: its sub-items answer it
    for block in sec.blocks:
        if block.depth > 0:
            if 0 <= open_depth < block.depth and result.faqs and block.text:
                last = result.faqs[-1]  # "* **How do I inject it?**" over "+ Pinch a fold of skin ...": the answer
                last.answer = f"{last.answer} {norm(block.text)}".strip()
            continue
        open_depth = -1
        lines = doc.lines[block.span.start - 1:block.span.end] if block.span.end > block.span.start else []
        asked = [_BOLD_QUESTION_LINE.match(line) for line in lines]
        if len(lines) > 1 and all(asked):  # "**Can I ...?** No — ..." line after line, no blank line between: one
            result.faqs += [FAQ(question=norm(m.group("q")), answer=norm(m.group("a")),  # FAQ per line
                                evidence=q.evidence(sec, block.span, norm(m.group("q")))) for m in asked if m]
            continue
        run = _qa_lines(lines) or _run_together(block)
        if run:  # "Is it X? Not really. Should I Y? Yes." in one paragraph: one FAQ per question; "Q. ...?" / "A. ..."
            # line after line, no blank line between: one FAQ per "Q." line
            result.faqs += [FAQ(question=qn, answer=an, evidence=q.evidence(sec, block.span, qn)) for qn, an in run]
            continue
        told = _INDIRECT_ASK.match(norm(block.text)) if block.kind == "paragraph" and not block.label else None
        if told:  # "People often ask whether it is the same as lidocaine. The answer is no. ...": a question told
            said = sentences(norm(block.text))  # as a sentence, then its answer
            result.faqs.append(FAQ(question=said[0], answer=" ".join(said[1:]),
                                   evidence=q.evidence(sec, block.span, said[0])))
            continue
        question, answer = _question(block, doc.lines[block.span.start - 1] if block.span.end > block.span.start
                                     else "")
        if question:
            result.faqs.append(FAQ(question=question, answer=answer, evidence=q.evidence(sec, block.span, question)))
            open_depth = block.depth if block.kind == "item" and not answer else -1
        elif result.faqs and block.text and (block.label is None or _A_LABEL.match(block.label)):
            last = result.faqs[-1]  # "A: ..." or an answer paragraph below its question
            last.answer = f"{last.answer} {norm(block.text)}".strip()
    while result.faqs and _OFFER.search(result.faqs[-1].question) and (
            not result.faqs[-1].answer or _REPLY_PROMPT.match(result.faqs[-1].answer)):
        result.faqs.pop()  # "Is there anything else I can help you with today?", "Did this answer your question? Reply
        # Yes or No.": the assistant's sign-off after the last question, no question of the page's


#: a question the assistant asks its reader about the conversation: "anything else I can help you with", "Did this
#: answer your question?", "Would you like me to ..."
_OFFER = re.compile(r"\b(?:(?:help|assist)\s+you\s+with|anything\s+else|(?:this|that)\s+(?:answer|help|was\s+helpful)|"
                    r"(?:would|do)\s+you\s+(?:like|want)\s+me\s+to|shall\s+I|can\s+I\s+(?:help|assist))\b", re.I)
#: how the reader is asked to answer the assistant: "Reply Yes or No."
_REPLY_PROMPT = re.compile(r"^(?:please\s+)?(?:reply|answer|respond|type|click|tap|select)\b", re.I)


_BOLD_QUESTION_LINE = re.compile(r"^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\*\*|__)(?P<q>[^*_]+?\?)(?:\*\*|__)\s*(?P<a>.*)$")
_Q_LABEL = re.compile(r"^(?:q|question|faq)\s*#?\d*\.?$", re.I)  # ("FAQ 1: Can I take it with ...?")
#: words in quotation marks, whole: a question or answer said aloud ('"How do I take it?"')
_QUOTED = re.compile(r"^[\"\u201c](?P<q>[^\"\u201c\u201d]+)[\"\u201d]$")
#: a question's number before it: "1. ", "2) "
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+")
_A_LABEL = re.compile(r"^(?:a|answer)\s*\d*\.?$", re.I)
_ANSWER_CUE = re.compile(r"\s*\b(?:A|Answer)\s*\d*\s*[:.]\s+")
_ASKS = re.compile(r"^(?:q\s*\d*[.:)]\s*)?(?:can|could|is|are|does|do|did|how|what|why|when|where|should|will|would|may|"
                   r"who|which|whom|whose|am|has|have)\b", re.I)


#: a lead-in before a question the paragraph asks and answers ("You might wonder:", "People often ask,")
_ASK_LEAD = re.compile(r"^(?:you\s+(?:might|may|could)\s+(?:also\s+)?(?:wonder|ask)|(?:many\s+)?people\s+(?:often\s+)?"
                       r"ask|a\s+(?:common|frequent)\s+question(?:\s+is)?)\s*[:,\u2014-]\s*", re.I)
_Q_NUMBER = re.compile(r"^q\s*\d+\s*[.:)]\s*\S", re.I)
#: a question told as a sentence: "People often ask whether ...", "Another common question is how long ...", "Some
#: people wonder if ...", "And lastly, people ask whether ..."
_INDIRECT_ASK = re.compile(r"^(?:(?:and\s+)?(?:lastly|finally|also|next),?\s+)?(?:(?:many|some|a\s+lot\s+of)\s+)?"
                           r"(?:people|patients|parents|you)\s+(?:(?:often|also|sometimes|commonly|might|may)\s+)*"
                           r"(?:ask|wonder|want\s+to\s+know)\s+(?:whether|if|how|what|why|when|where|which)\b|"
                           r"^(?:(?:and\s+)?(?:lastly|finally|also|next),?\s+)?another\s+(?:common\s+|frequent\s+|big\s+)?"
                           r"question\s+is\s+(?:whether|if|how|what|why|when|where|which)\b", re.I)
_ABOUT_QUESTIONS = re.compile(r"\bquestions\b", re.I)


def _qa_lines(lines: list[str]) -> list[tuple[str, str]]:
    """The questions and answers of a block whose lines are marked "Q." / "A." (or "Q1)" / "Answer:"), each mark at a
    line's start, an answer's other lines after it; [] unless it opens with a question mark and holds an answer's."""
    marks = [_QA_MARK.match(line) for line in lines]
    if len(lines) < 2 or not marks[0] or marks[0].group("w")[0].upper() != "Q" \
            or not any(m and m.group("w")[0].upper() == "A" for m in marks):
        return []
    pairs: list[tuple[str, list[str]]] = []
    for line, m in zip(lines, marks):
        text = norm(line[m.end():] if m else line)
        if m and m.group("w")[0].upper() == "Q":
            pairs.append((text, []))
        elif text:
            pairs[-1][1].append(text)
    return [(qn, " ".join(an)) for qn, an in pairs]


_QA_MARK = re.compile(r"^\s*(?P<w>Q|A|Question|Answer)\s*\d{0,2}\s*[.:)]\s+(?=\S)")


def _run_together(block: Block) -> list[tuple[str, str]]:
    """The questions and answers of a paragraph that runs several together ("Is it stronger than
    ibuprofen? Not really, ... Should I take it with food? Yes, ..."), or [] for any other block."""
    if block.kind != "paragraph" or block.label or block.text.count("?") < 2:
        return []
    pairs: list[tuple[str, list[str]]] = []
    pieces = sentences(norm(block.text))
    if pieces and _ABOUT_QUESTIONS.search(pieces[0]) and not pieces[0].endswith("?"):
        pieces = pieces[1:]  # "People often ask a few questions about it. Can I ...? ...": the run's lead-in
    for piece in pieces:
        if piece.endswith("?") and _ASKS.match(piece):
            pairs.append((piece, []))
        elif pairs:
            pairs[-1][1].append(piece)
        else:
            return []  # it opens with a statement: not a run of questions
    return [(qn, " ".join(an)) for qn, an in pairs] if len(pairs) > 1 else []


def _question(block: Block, first_line: str = "") -> tuple[str, str]:
    """(question, answer) of a FAQ block, or ("", "") for a block that is not a question: an
    answer line ("A: ..."), a closing remark ("**Remember:** ..."), an answer paragraph.
    ``first_line`` is the block's first source line when it has more: a line that ends with "?"
    over its answer asks, whatever its first word."""
    text = norm(block.text)
    if len(block.cells) >= 2:  # a "Question | Answer" table row
        return (norm(block.cells[0]), norm(block.cells[1])) if block.cells[0].rstrip().endswith("?") else ("", "")
    if block.label:
        label = _QUOTED.sub(r"\g<q>", block.label.strip())  # ('**"How do I take it?"**': a question in quotation marks)
        if _A_LABEL.match(label):
            return "", ""
        if _Q_LABEL.match(label):
            parts = _ANSWER_CUE.split(text, maxsplit=1)
            pos = text.find("?")
            if len(parts) == 1 and pos > 0 and text[pos + 1:].strip():  # "FAQ 1: Can I ...?" over its answer's line,
                return text[:pos + 1].strip(), text[pos + 1:].strip()  # no "A:" before it: the answer after the "?"
            return parts[0].strip(), (parts[1].strip() if len(parts) > 1 else "")
        if label.rstrip().endswith("?") or _ASKS.match(label):
            return label, _QUOTED.sub(r"\g<q>", text)
        return "", ""
    lead = _ASK_LEAD.match(text)
    if lead and _ASKS.match(text[lead.end():]):  # "You might wonder: will it make me sleepy? It can, ...": the
        text = capitalise(text[lead.end():])  # question after its lead-in
    pos = text.find("?")
    numbered = _NUMBERED.match(text)  # ("**1. how fast does it work?**" over its answer: its number no part of it)
    if numbered and pos > numbered.end() and _ASKS.match(text[numbered.end():]):
        text, pos = text[numbered.end():], pos - numbered.end()
    if pos > 0 and (block.kind == "item" or _ASKS.match(text) or _Q_NUMBER.match(text)
                    or first_line.rstrip().rstrip("*_").rstrip().endswith("?")):
        # ("Q5. My heart sometimes races — is that normal?"; "I have asthma — is it safe?" over its answer line)
        return re.sub(r"^q\s*\d*[.:)]\s*", "", text[:pos + 1], flags=re.I), text[pos + 1:].strip()
    return "", ""


def extract_precautions(doc: Document, result: Extraction) -> None:
    q = Quoter(doc)
    seen: set[str] = set()
    refused: list[Precaution] = []  # the "Do not ..." read from a "no" to a "Can I ...?" question
    drug = tuple(n.casefold() for n in [result.drug.label] + [s.label for s in result.drug.synonyms] if n)
    for sec, block, text, question in _advice_sources(doc, result):
        if question is None or sec.kind == "dosage":  # "It is taken by mouth once daily, ..." -> "Take ... once daily"
            for sent in sentences(text):
                m = _TAKEN.match(sent)
                if m and _FORMS_ONLY.match(m.group("rest")):
                    continue  # "It is taken by mouth as tablets (A) or capsules (B)": the forms, no advice
                rest = _COMES_AS.sub("", m.group("rest")).rstrip(".") if m else ""
                if m and key(m.group(0)) not in seen and not _BY_MOUTH_ONLY.match(rest):
                    seen.add(key(m.group(0)))
                    verb = {"appli": "Apply", "give": "Give", "inject": "Inject", "inhale": "Inhale"}.get(
                        m.group("verb").casefold(), "Take")
                    advice = f"{verb} {rest}"
                    result.precautions.append(Precaution(advice, q.evidence(sec, block.span, m.group("rest"))))
        if question == "" and block.kind == "item" and not _MODAL.search(text.split(",")[0]):
            said, text = text, _WHO_NOT.sub(_who_not, text, count=1)  # "- People who are allergic to X" under "Who
            # should not ..." (and the people named again: "..., unless they are closely supervised")
            text = _THEY_ARE.sub(r"you \1", text) if text != said else text
            # (not "- People with X should not use Y": a sentence with its own advice)
        sents = sentences(text)
        if question == "" and block.kind == "item" and sents and not any(
                _IMPERATIVE.match(x) or _MODAL.search(x) for x in sents):
            if _INTERACTS.search(sents[0]):
                continue  # "Theophylline lowers lithium levels": an interaction (read as one), no precaution
            if sec.kind == "dosage" and _DOSE_AMOUNT.search(text):
                continue  # "**Edema (adults):** usually 20-80 mg as a single dose": the dose, no advice
            sents = ["; ".join(x.rstrip(".") for x in sents)]  # a Precautions bullet that states a fact: keep it whole
            whole = True
        else:
            whole = False
        last: Precaution | None = None
        if question is None and sec.kind == "side_effects":  # "Call your doctor right away if you have a, b or c":
            sents = [_advice_after_signs(x) if _lists_signs(x) else x for x in sents]  # the section's signs,
            # no advice (an advice clause after them stays: "..., and do not take anti-diarrhea medicine ...")
        first = len(result.precautions)
        neg = _refused(question, text, drug) if question and not whole else None
        if neg and key(neg) not in seen:  # "Can I crush the tablets? No." -> "Do not crush the tablets"
            seen.add(key(neg))
            result.precautions.append(Precaution(neg, q.evidence(sec, block.span, sents[0])))
            refused.append(result.precautions[-1])
        opening = 1 if neg and len(sents) > 1 and _YES_NO.sub("", sents[0] + " ").strip() == "" else 0
        for i, sent in enumerate(sents):
            follow = _FOLLOW_UP.match(sent)
            if follow and last is not None:  # "Do not stop suddenly. Your doctor will lower the dose gradually ..."
                last.text += "; " + _PURPOSE_TAIL.sub("", "a doctor " + sent[follow.end():]).rstrip(".")
                last = None
                continue
            last = None
            parts = _join_same_object(_advice(sent, question, drug, whole))
            if not parts and question == "" and sec.kind == "precautions" and len(sent.split()) >= 4 \
                    and not sent.endswith(":"):  # a Precautions paragraph's statement ("Low doses can be used while
                stated_here = _generic_people(sent.rstrip("."), drug)  # breastfeeding"): the page's caution as said
                parts = [stated_here[:1].upper() + stated_here[1:]]
            stated = _caveat(sent, drug) if not whole and could_match(sent, _CAVEAT_NEEDLES) else None
            if stated and not any(_same_clause(stated, p) for p in parts):
                # "It helps control seizures but does not cure epilepsy, so it needs to be taken every day" -> the
                # advice, with the caveat that explains it; a caveat with no advice beside it stands alone
                parts = ([f"{parts[0]}; {stated[:1].lower()}{stated[1:]}"] + parts[1:] if parts and _NO_CURE.search(stated)
                         else parts + [stated])
            taper = _tapered(sent) if could_match(sent, _TAPER_NEEDLES) else None
            if taper and any(_STOP_ADVICE.match(p) for p in parts):  # "Never stop it suddenly - your doctor will
                parts = [_with_taper(p, taper) if _STOP_ADVICE.match(p) else p  # taper the dose slowly"
                         for p in parts if _STOP_ADVICE.match(p) or not _TAPER.search(p)]
            elif taper:  # "No; stopping suddenly can bring on seizures, so your doctor will lower the dose gradually"
                prev = result.precautions[-1] if len(result.precautions) > first else None  # this answer's last
                parts = [p for p in parts if not _TAPER.search(p)]
                if prev is not None and _STOP_ADVICE.match(prev.text):  # "Do not stop it suddenly. The dose is
                    prev.text = f"{prev.text}; {taper.split('; ', 1)[1]}"  # tapered over 2 weeks.": one piece
                elif key(taper) not in seen:
                    seen.add(key(taper))
                    result.precautions.append(Precaution(taper, q.evidence(sec, block.span, sent)))
            if neg and i == opening and parts and _says_again(neg, parts):
                del result.precautions[first]  # "Can I drink grapefruit juice? No. Avoid grapefruit juice.": the
                neg = None  # answer's own words
            if neg and i == opening and parts and len(result.precautions) == first + 1:
                # "Can I crush the tablets? No. Swallow them whole." -> "Do not crush the tablets; swallow them whole"
                more = [p for p in parts if key(p) not in key(result.precautions[-1].text)]
                result.precautions[-1].text += "".join(f"; {p[:1].lower()}{p[1:]}" for p in more)
                seen.update(key(p) for p in parts)
                neg = None  # (kept: it opens the answer's own advice)
                continue
            for advice in parts:
                k = key(advice)
                if k and k not in seen:
                    seen.add(k)
                    last = Precaution(advice, q.evidence(sec, block.span, _frag(advice, sent)))
                    result.precautions.append(last)
        if neg and len(result.precautions) > first + 1 and result.precautions[first].text == neg:
            del result.precautions[first]  # "Can I use it for an attack? No. ... Always carry your rescue inhaler.":
            # the answer's own advice says it
    for p in refused:  # "Can I drive? Not until you know how it affects you." and the page's Precautions saying
        if any(o is not p and _says_again(p.text, [o.text]) for o in result.precautions):  # "Do not drive until
            result.precautions = [o for o in result.precautions if o is not p]  # ...": the page's own words
    result.precautions = _distinct(result.precautions)


def _distinct(found: list[Precaution]) -> list[Precaution]:
    """The page's advice once: a piece that says again, in nearly the same words, what one before it said ("Drink
    plenty of water to stay hydrated" in the FAQs, "Drink plenty of fluids while taking it" in Precautions) goes."""
    kept: list[tuple[Precaution, set[str]]] = []
    for p in found:
        words = set(_WORD.findall(p.text.casefold())) - _LITTLE_WORDS
        if not any(len(words & w) >= max(2, _SAME_ADVICE * max(len(words), len(w))) for _, w in kept):
            kept.append((p, words))
    return [p for p, _ in kept]


_WORD = re.compile(r"[a-z0-9]+")
#: the words that say nothing of what the advice is about
#: (and the verbs that make any advice: "Do not take it with X" and "Do not take a double dose" are two)
_LITTLE_WORDS = frozenset("a an the it it's to of and or with while you your when if is are be do not never take use "
                          "avoid".split())
#: the share of the longer piece's words the shorter must say for the two to be the same advice
_SAME_ADVICE = 0.6


def _refused(question: str, answer: str, drug: tuple[str, ...]) -> str | None:
    """The advice a "no" to a "Can I ...?" question gives: "Can I crush the tablets?" answered "No." is "Do not
    crush the tablets"; "Not until you know how it affects you" to "Can I drive?" is "Do not drive until you know
    how it affects you". Not for what the reader cannot do anyway ("Can I buy it without a prescription?")."""
    m = _MAY_I.match(question.strip())
    no = _NO_ANSWER.match(answer.strip()) if m else None
    if m is None or no is None or _NOT_A_CHOICE.match(m.group("vp")):
        return None
    vp = _I_TO_YOU.sub(lambda w: _YOU[w.group(0).casefold()], m.group("vp"))
    vp = _STOP_TAKING.sub("stop", _generic_people(vp, drug))
    if m.group("pos"):
        return None  # "Should I take it with food? No. Take it on an empty stomach": the answer says what to do
    tail = f" {no.group('cond')}" if no.group("cond") else ""
    return _CONTRACTION.sub(lambda w: _EXPANDED[w.group(0).casefold()],
                            _generic_people(f"Do not {vp}{_REASON_TAIL.sub('', tail)}", drug)).rstrip(" .,;")


_MAY_I = re.compile(r"^(?:q\s*\d*[.:)]\s*)?(?:(?:can|may|could)\s+I|is\s+it\s+(?:ok|okay|safe|alright)\s+to|"
                    r"(?P<pos>should|do)\s+I(?:\s+need\s+to)?)\s+(?P<vp>[a-z][^?]*?)\s*\?$", re.I)
#: "No.", "No -", "Not until ...", "Not unless ...", "It's best not to.", but not "No routine tests are needed"
_NO_ANSWER = re.compile(r"^(?:(?:a|answer)\s*[:.]\s*)?(?:no(?:pe)?\s*(?:[.;,:!]|[-\u2013\u2014]\s)|(?:it(?:'s|\s+is)\s+)?best\s+not\s+to\b|"
                        r"not\s+(?P<cond>(?:until|unless|without|before)\b[^.;]*))", re.I)
_NOT_A_CHOICE = re.compile(r"^(?:get|buy|find|have|be|expect|see|feel|use\s+it\s+for|take\s+it\s+for|take\s+\w+\s+for)\b",
                           re.I)
_I_TO_YOU = re.compile(r"\b(?:I|me|my|mine|I'm|I've|am)\b", re.I)
_YOU = {"i": "you", "me": "you", "my": "your", "mine": "yours", "i'm": "you are", "i've": "you have", "am": "are"}
_STOP_TAKING = re.compile(r"^stop\s+(?:taking|using)\s+it\b", re.I)


def _says_again(neg: str, parts: list[str]) -> bool:
    """Whether the answer's own advice says what the refused question asks about (half its words or more)."""
    asked = {w for w in _ASKED_WORD.findall(neg.casefold())} - {"with", "this", "that", "your"}
    said = {w for p in parts for w in _ASKED_WORD.findall(p.casefold())}
    both = asked & said  # (two words at least when it asks two: "Do not drink alcohol" is not said again by
    return bool(asked) and 2 * len(both) >= len(asked) and len(both) >= min(2, len(asked))  # "alcohol misuse")


#: a word of what a question asks, a compound as one ("extended-release")
_ASKED_WORD = re.compile(r"[a-z]{4,}(?:-[a-z]+)*")


def _tapered(sent: str) -> str | None:
    """A sentence that says the dose is lowered step by step when stopping ("your doctor will taper the dose
    slowly", "the dose must be reduced gradually over 2 weeks") is the advice not to stop suddenly, in one
    wording whatever the page's, with the period it gives."""
    m = _TAPER.search(sent)
    if m is None:
        return None
    over = _OVER.search(sent, m.start())
    return "Do not stop suddenly; the dose is lowered gradually" + (f" {over.group(0)}" if over else "")


def _with_taper(stop: str, taper: str) -> str:
    """Advice not to stop, with the taper its sentence gives: the one wording when the advice holds the taper
    itself ("Never stop it suddenly - your doctor will taper it"), else the taper added ("Do not stop it after
    long-term use; lower the dose slowly" -> "...; the dose is lowered gradually")."""
    return taper if _TAPER.search(stop) else f"{stop}; {taper.split('; ', 1)[1]}"


_TAPER_NEEDLES = ("gradual", "slowly", "taper", "wean")
_TAPER = re.compile(
    r"\b(?:lower|reduc|decreas|taper|wean)\w*\s+(?:(?:the|your|their|its)\s+)?(?:dose|dosage|doses|them|it)\b"
    r"(?:\s+off)?[^.;]{0,40}?\b(?:gradually|slowly|step\s+by\s+step)\b|"
    r"\b(?:gradually|slowly)\s+(?:lower|reduc|decreas|taper)\w*\s+(?:(?:the|your)\s+)?(?:dose|dosage)\b|"
    r"\b(?:dose|dosage)\s+(?:\w+\s+){0,3}?(?:lowered|reduced|decreased|tapered)\s+(?:gradually|slowly)\b|"
    r"\b(?:dose|dosage)\s+(?:\w+\s+){0,3}?tapered\b|\btaper(?:s|ed)?\s+(?:(?:the|your)\s+)?(?:dose|dosage|them|it)\b",
    re.I)
_OVER = re.compile(r"\bover\s+(?:at\s+least\s+|about\s+|several\s+|a\s+few\s+)?(?:\d+(?:\s*(?:-|to)\s*\d+)?\s+|a\s+|one\s+|"
                   r"two\s+|three\s+|several\s+|a\s+few\s+)?(?:days?|weeks?|months?)\b", re.I)
#: advice not to stop ("Do not stop it suddenly", "Never stop taking it on your own")
_STOP_ADVICE = re.compile(r"^(?:do\s+not|don't|never)\s+stop\b", re.I)


def _join_same_object(parts: list[str]) -> list[str]:
    """Advice clauses of one sentence about the same thing are one precaution ("Swallow the tablets whole; do not
    crush or chew them", "Skip the missed dose; take the next one at the usual time"): a clause that points back
    with "them" or "one" joins the clause before it. Clauses about different things stay apart ("Wash your hands
    after applying it; keep it away from the eyes")."""
    out: list[str] = []
    for part in parts:
        if out and _POINTS_BACK.search(part):
            out[-1] = f"{out[-1]}; {part[:1].lower()}{part[1:]}"
        else:
            out.append(part)
    return out


_POINTS_BACK = re.compile(r"\b(?:them|(?:the\s+)?(?:next|other)\s+one)\b", re.I)


#: a bullet of a precautions list that only names who ("Women who are pregnant or breastfeeding", "Anyone allergic
#: to X", "People with severe liver disease"): the people it is not for, read as advice to them
_WHO_NOT = re.compile(r"^(?:people|persons|patients|women|men|adults|anyone|those|someone)\s+"
                      r"(?:(?P<be>who\s+(?:are|is)\s+|(?=allergic\s))|(?P<have>who\s+(?:have|has)\s+|with\s+)|"
                      r"(?P<in>in\s+(?=(?:\w+\s+){0,2}(?:pregnancy|labou?r|trimester)\b)))(?=\S)", re.I)


_THEY_ARE = re.compile(r"\bthey\s+(are|have)\b", re.I)


def _who_not(m: re.Match[str]) -> str:
    """"People who are ..." / "People with ..." / "Women in late pregnancy" under "Who should not take it" as
    advice: "Do not take it if you are ...", "... if you have ...", "Do not take it in late pregnancy"."""
    if m.group("in") is not None:
        return "Do not take it in "
    return "Do not take it if you are " if m.group("be") is not None else "Do not take it if you have "


def _lists_signs(sent: str) -> bool:
    """A seek-help sentence that lists the signs to get help for ("Call your doctor right away if you have
    a, b or c"), as opposed to advice with a short object ("Call a doctor right away if you get a rash")
    or one that says to stop the medicine ("Stop taking it and seek ...")."""
    m = seek_help(sent.rstrip(". "))
    if m is not None and _THIRD_PARTY.search(m.group(0)):
        m = None  # "Tell patients to call their doctor if they notice A, B or C": advice to whoever gives it
    if m is not None and bool(m.groupdict().get("l")) and "," in m.group(0) \
            and (not sent.lstrip().casefold().startswith("stop") or _SUCH_AS.sub("", m.group(0)).count(",") >= 2):
        return True
    m = _HELP_FOR.match(sent.strip())  # "Get emergency help for a, b, c or d", "Stop it and call a doctor if you a, b, c"
    return m is not None and _SUCH_AS.sub("", m.group("l")).count(",") >= 2


#: signs said of the patient in the third person ("if they notice", "if the patient has"): the sentence is advice
_THIRD_PARTY = re.compile(r"\bif\s+(?:patients|the\s+patient|they)\s", re.I)
#: a seek-help sentence and the signs it names after "for" or "if you": "Get emergency help for a, b or c"
_HELP_FOR = re.compile(r"^(?:stop\s+(?:\w+\s+){1,3}?and\s+)?(?:(?:get|seek)\s+(?:\w+\s+)?(?:help|attention|care)|"
                       r"(?:call|contact|see)\s+(?:a|your)\s+doctor)\b[^,;:]*?\s(?:for|if\s+you)\s+(?P<l>.+)$", re.I)
#: a list's examples ("a severe skin reaction, such as open sores, severe pain, or blistering"): one sign
_SUCH_AS = re.compile(r",?\s+(?:such\s+as|e\.g\.|for\s+example|including)\b.*$|\([^)]*\)", re.I)


def _advice_after_signs(sent: str) -> str:
    m = _AFTER_SIGNS.search(sent)
    return sent[m.end():] if m else ""


_AFTER_SIGNS = re.compile(r",\s+and\s+(?=(?:do\s+not|don't|never|avoid)\b)", re.I)


_TAKEN = re.compile(r"^(?:it|this\s+(?:medicine|medication|drug)|[A-Z][\w-]+(?:\s+[a-z]+)?)\s+(?:is|are)\s+"
                    r"(?:usually\s+|typically\s+|generally\s+|normally\s+|best\s+)?"
                    r"(?P<verb>take|appli|give|inject|inhale)(?:n|d|ed)?\s+(?P<rest>(?:by\s+mouth|once|twice|three|"
                    r"with|without|at|in\s+the|every|daily|as\s+a|on\s+an?)\b.*)$")
#: a statement that another agent changes the drug's levels or effect
_INTERACTS = re.compile(r"^(?!(?:it|this|the\s+(?:medicine|drug|dose))\b)[^.;:]{2,120}?\s(?:raises?|lowers?|increases?|"
                        r"decreases?|reduces?)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:levels?|effects?|concentrations?)\b", re.I)
_FORMS_ONLY = re.compile(r"^(?:by\s+mouth\s+)?as\s+(?!soon\b|needed\b|directed\b|prescribed\b)", re.I)
#: what a "taken by mouth" sentence goes on to say of the forms it comes in ("..., and comes as ...", "... once a
#: day as tablets (10 mg) or capsules", "..., either as tablets ..., sold as X"): no advice
_COMES_AS = re.compile(r",?\s+and\s+(?:comes|is\s+(?:available|sold))\b.*$|,?\s+(?:either\s+)?as\s+(?:an?\s+)?"
                       r"(?:[\w-]+\s+){0,2}?(?:tablets?|capsules?|solutions?|suspensions?|liquids?|syrups?|injections?|"
                       r"patch(?:es)?|creams?|gels?|sprays?|drops|inhalers?|powders?|granules)\b.*$", re.I)
#: an amount of a dose ("20-80 mg", "10 units", "0.2 units/kg")
_DOSE_AMOUNT = re.compile(r"\d\s*(?:mg|mcg|micrograms?|g|units?|ml|mL|iu|IU)\b", re.I)
#: a "taken by mouth" sentence that gives no more than the route ("It is taken by mouth, usually in two or three
#: divided doses"): how it is taken is the route's and the dose's, no advice
_BY_MOUTH_ONLY = re.compile(r"^by\s+mouth(?:,?\s+(?:usually\s+|often\s+|typically\s+)?in\s+(?:\w+\s+){1,4}?"
                            r"(?:divided\s+)?doses)?$", re.I)
_FOLLOW_UP = re.compile(r"^(?:your|the) doctor\s+(?=will|may|can)(?!.*\bprecise instructions\b)", re.I)
_PURPOSE_TAIL = re.compile(r"\s+(?:to (?:prevent|avoid|reduce|lower)|such as|so that|because)\b.*$", re.I)


def _advice_sources(doc: Document, result: Extraction):
    faq = faq_section(doc)
    if faq is not None:  # each answer with the block it is written in ("A: ..." lines, paragraphs below)
        question: str | None = None
        for block in faq.blocks:
            if block.depth > 0:
                if question is not None and block.text and block.label is None:
                    yield faq, block, norm(block.text), question  # "- **Q?**" over "  - the answer": nested
                continue
            run = _run_together(block)
            if run:
                for qn, an in run:
                    question = qn
                    if an:
                        yield faq, block, an, qn
                continue
            q, a = _question(block)
            if q:
                question = q
                if a:
                    yield faq, block, a, q
            elif question is not None and block.text and (block.label is None or _A_LABEL.match(block.label)):
                yield faq, block, norm(block.text), question
    for sec in doc.sections_of("precautions", "dosage", "note"):
        done: set[int] = set()
        for block in sec.blocks:
            if id(block) in done or sec.kind == "note" and could_match(block.text, _RELIABILITY_NEEDLES) \
                    and _RELIABILITY.search(block.text):
                continue  # (the site's own note on every page: no advice of the writer's)
            text = norm(" ".join(x for x in (block.label, block.text) if x)).replace(" ,", ",")
            if block.label and block.text and not block.children and _OWN_SENTENCE.match(norm(block.text)) \
                    and not _OWN_SENTENCE.match(clean_label(block.label)):
                text = norm(block.text)  # "**Heart and blood pressure:** It should not be used by ...": the label
                # names the topic, the sentence says it all
            if block.children and (text.endswith(":") or block.label and not block.text):
                # "Tell your doctor if you have:", "**Do not use if:**" over its list
                done.update(id(c) for c in block.children)
                yield from ((sec, b, t, "") for b, t in _lead_in_list(block, text.rstrip(": ")))
                continue
            yield sec, block, text, ""
    for sec in (usage_section(doc), side_effects_section(doc)):
        if sec is not None:
            for block in sec.blocks:
                if block.kind == "paragraph" and block.text:
                    yield sec, block, norm(block.text), None


#: a sentence with its own subject or verb, which needs no label before it
_OWN_SENTENCE = re.compile(r"(?:it|this|these|they|you|your|people|patients|anyone|if|do|don't|never|avoid|tell|take|"
                           r"use|talk|ask|keep|stop)\b", re.I)


def _lead_in_list(block: Block, lead: str) -> list[tuple[Block, str]]:
    """A lead-in bullet and its sub-list read as sentences: clauses each complete the lead-in ("Do not use if:"
    over "you are pregnant", "you are breastfeeding": two pieces of advice); the things of a noun list are one
    ("Tell your doctor if you have:" over "kidney problems", "glaucoma": one)."""
    kids = [c for c in block.children if c.text]
    if not kids:
        return [(block, lead)]
    if all(_CLAUSE_ITEM.match(c.text) for c in kids):
        return [(Block(kind="item", text=c.text, span=Span(block.span.start, c.span.end)),
                 f"{lead} {norm(c.text).rstrip('.;')}") for c in kids]
    span = Span(block.span.start, kids[-1].span.end)
    return [(Block(kind="item", text=lead, span=span), f"{lead} " + ", ".join(norm(c.text).rstrip(".;") for c in kids))]


#: a sub-item that is a clause completing its lead-in ("you are pregnant", "your blood pressure is high")
_CLAUSE_ITEM = re.compile(r"^(?:you|your\s+\w+|it|they)\s+(?:are|is|have|has|take|use|had|were|was|can|could|"
                          r"plan|will|need|drink|smoke|get)\b", re.I)


#: what a doctor or the care team will check, or what is checked ("Your doctor will check your thyroid function every
#: 4 to 6 weeks", "Liver enzymes are checked every 3 months", "regular blood tests")
_MONITORED = re.compile(r"\b(?:doctor|nurse|pharmacist|care\s+team|team)\s+(?:will|may|can|should)\s+(?:also\s+|usually\s+|regularly\s+)?"
                        r"(?:check|monitor|test|measure|order|watch|do|arrange|take)\b|\b(?:is|are)\s+(?:usually\s+|often\s+|also\s+)?"
                        r"(?:checked|monitored|tested|measured)\b|\bregular\s+(?:blood\s+|eye\s+|liver\s+)?(?:tests|checks|monitoring)\b", re.I)


def _advice(sent: str, question: str | None, drug: tuple[str, ...] = (), whole: bool = False) -> list[str]:
    """Imperative/modal advice in ``sent``, rewritten as a short precaution.

    Only imperatives when ``question`` is None (Usage and Side Effects prose); modal advice
    ("should not be used") too in FAQ answers and Precautions sections. With ``whole`` (a
    Precautions-section bullet), a statement that is not advice is kept as written.
    """
    sent = _YES_NO.sub("", sent.strip()).rstrip(".")
    if not sent or could_match(sent, _SKIP_NEEDLES) and _SKIP.search(sent) and not _STOP_AND_SEEK.match(sent):
        return []
    out: list[str] = []
    parts = [(p, "") for p in _clauses(sent)]
    if not whole:
        parts = [p for part, _ in parts for p in _consequence(part, drug)]
    for part, why in parts:
        part = _LEAD_IN.sub("", part.strip(" ,"))
        if _sign_off(part):
            continue  # ("Please let me know if ...": the writer's sign-off, seen once its "please" is gone)
        part, cond = _condition(part)
        said = part  # (the modal as written: "it is usually avoided" is rewritten "usually avoided")
        part = _rewrite_modal(part, drug)
        either = _EITHER_WAY.search(part) if could_match(part, ("without",)) else None
        if either and either.group("plain"):  # "You can take it with or without food" -> "Can be taken with ..."
            part = "Can be taken " + part[either.end("plain"):].lstrip()
        imperative = bool(either or _IMPERATIVE.match(part))
        if not imperative and not whole and question is not None and _MONITORED.search(part):
            imperative = True  # "Your doctor will check the level when you start": what is checked, and when
        if not imperative and not whole and (question is None or not any(
                could_match(x, _MODAL_NEEDLES) and _MODAL.search(x) for x in (part, said))):
            continue
        m = _DISCUSS.match(part)
        if m:
            part = f"Discuss use {m.group('when')} with a {m.group('who')}"
        if question and _PREGNANCY_Q.search(question) and _THIS.search(part) and not _PREGNANCY_Q.search(part):
            part = _THIS.sub("use during pregnancy or breastfeeding", part, count=1)
        if question and _PREGNANCY_Q.search(question) and not _PREGNANCY_Q.search(part) \
                and _RISKS.search(part):
            part = _RISKS.sub(lambda m: m.group(0) + " during pregnancy or breastfeeding", part, count=1)
        part = _DANGLING.sub("", _EXAMPLE_TAIL.sub("", _REASON_TAIL.sub("", part)))
        if cond:
            part = f"{part} {cond}"
        if why:  # "It can cause drowsiness, so be careful driving": the short reason stays with its advice
            part = f"{why}; {part[:1].lower()}{part[1:]}"
        part = _CONTRACTION.sub(lambda m: _EXPANDED[m.group(0).casefold()], _generic_people(part, drug))
        part = _WHILE_ON_IT.sub("", part)  # "Drink plenty of fluids while taking it": all its advice is for then
        first = _ASK_FIRST.match(part) if not _ONLY_ASK.match(part) else None
        if first:  # "Can I take it with my antidepressant?" "Tell your doctor first." -> "Tell a doctor before
            part = _before_asked(first.group("ask"), question or "", drug) or part  # taking it with an
            # antidepressant" (kept as written for any other question: "Is it safe in pregnancy?")
        if (len(part.split()) >= 3 or _SHORT_ADVICE.match(part)) and not _ONLY_ASK.match(part) \
                and not part.endswith(":"):  # (a lead-in, no advice)
            out.append(part[:1].upper() + part[1:])
    return out


#: a dose's timing left to the reader ("You can take it with or without food", "The tablets can be taken at any
#: time, with or without meals"): advice as a page gives it, though no imperative
_EITHER_WAY = re.compile(r"^(?:(?P<plain>you\s+can\s+(?:take|use)\s+(?:it|them)|(?:it|they)\s+can\s+be\s+taken)\s+|"
                         r"(?:you\s+can\s+(?:take|use)\s+(?:the\s+)?[\w-]+|(?:the\s+)?[\w .-]{1,40}?\s+can\s+be\s+"
                         r"taken)\s+)(?:[^,;]{1,40},\s+)?"
                         r"with\s+or\s+without\s+(?:food|meals?|a\s+meal)\b", re.I)
#: "while taking it", "while you are on it" at the end of a piece of advice or before its "until": padding
_WHILE_ON_IT = re.compile(r",?\s+(?:while|when)\s+(?:you\s+are\s+|you're\s+)?(?:taking|using|on)\s+(?:it|this\s+medicine|"
                          r"them)(?=\s+until\b|$)", re.I)
#: advice to ask someone first that says nothing of what about: what about is the question's
_ASK_FIRST = re.compile(r"^(?P<ask>(?:tell|ask|check\s+with|talk\s+to|speak\s+to)\s+(?:a|an|the)\s+(?:doctor|pharmacist)"
                        r"(?:\s+or\s+(?:a\s+)?pharmacist)?)(?:\s+(?:first|beforehand))?$", re.I)


def _before_asked(ask: str, question: str, drug: tuple[str, ...]) -> str:
    """"Tell a doctor" first, before doing what the question asks ("Can I take it if I am allergic to sulfa drugs?"
    -> "Tell a doctor before taking it if you are allergic to sulfa drugs"), or "" when it asks no "Can I ...?"."""
    m = _MAY_I.match(question.strip())
    if m is None:
        return ""
    vp = _MY.sub(lambda w: "an" if w.group(1)[:1].casefold() in "aeiou" else "a", m.group("vp"))
    vp = _generic_people(_I_TO_YOU.sub(lambda w: _YOU[w.group(0).casefold()], vp), drug)
    verb, _, rest = vp.partition(" ")
    return f"{ask} before {gerund(verb.casefold())} {rest}".strip()


_MY = re.compile(r"\bmy\b(?=\s+(\w))", re.I)
_EXPANDED = {"don't": "do not", "doesn't": "does not", "can't": "cannot", "won't": "will not", "isn't": "is not",
             "aren't": "are not", "shouldn't": "should not", "didn't": "did not"}
_CONTRACTION = re.compile(r"\b(?:" + "|".join(re.escape(k) for k in _EXPANDED) + r")\b", re.I)
#: two words that are advice of their own ("Avoid alcohol", "Limit caffeine"), not a fragment ("Keep it")
_SHORT_ADVICE = re.compile(r"^(?:avoid|limit)\s+(?!it\b|them\b|this\b|that\b)[\w-]{4,}$", re.I)
#: advice that only sends the reader to someone, with nothing to do ("Contact a doctor", "Follow a doctor's
#: instructions"): no precaution of its own
_ONLY_ASK = re.compile(r"^(?:follow|contact|call|ask|talk\s+to|see|consult)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?"
                       r"(?:doctor|pharmacist|psychiatrist|nurse|oncologist|prescriber|specialist|healthcare\s+"
                       r"(?:provider|professional))(?:'s)?(?:\s+or\s+(?:a\s+)?pharmacist(?:'s)?)?"
                       r"(?:\s+(?:advice|instructions|directions))?$", re.I)


#: Lead-ins that carry no advice of their own.
_LEAD_IN = re.compile(r"^(?:it(?: is|'s) (?:very |also |usually |generally )?(?:important|best|wise|better|advisable|"
                      r"a good idea|essential|safest) (?:to|that you)|"
                      r"make sure (?:to|that you|you)|be sure to|remember to|try to|always|please|"
                      r"i hope (?:this|that) helps\s*[-\u2013\u2014!.,]?)\s+(?:please\s+)?", re.I)
_STOP_AND_SEEK = re.compile(r"^stop\s+(?:taking|using|applying)\b.*\bseek\b", re.I)
#: Modal advice rewritten as an imperative: "<subject> should not be used ..." -> "Do not use ...".
_MODAL_REWRITES = (
    (re.compile(r"^(?P<s>[^,;]{1,60}?)\s+(?:should|must)\s+(?P<adv>usually\s+|generally\s+|only\s+)?(?P<neg>not|never)\s+"
                r"be\s+(?P<v>used|taken|given|applied|stopped|combined|crushed|chewed|mixed|shared)\b", re.I), "not"),
    (re.compile(r"^(?P<s>[^,;]{1,60}?)\s+(?:should|must)\s+(?P<adv>usually\s+|generally\s+|only\s+)?be\s+"
                r"(?P<v>used|taken|given|applied|stopped|avoided|swallowed|stored|kept)\b", re.I), ""),
    (re.compile(r"^(?P<s>[^;]{1,120}?)\s+(?:should|must)\s+(?P<adv>usually\s+|generally\s+)?(?P<neg>not|never)\s+"
                r"(?P<v>take|use|apply)\b", re.I), "notact"),
    (Guarded(re.compile(r"^(?P<s>[^,;]{1,60}?)\s+(?:is|are)\s+(?P<adv>)not\s+(?P<v>recommended)\b", re.I)), "notrec"),
    (Guarded(re.compile(r"^(?P<s>[^,;]{1,60}?)\s+(?:is|are)\s+(?P<adv>only\s+)?(?P<v>for)\b", re.I)), "for"),
    (Guarded(re.compile(r"^(?P<s>[^,;]{1,60}?)\s+(?:is|are)\s+(?P<adv>)(?=(?:(?:usually|generally|often|also|not|only|"
                        r"normally|typically)\s+)*(?P<v>recommended|approved|used|meant|suitable|advised)\b)",
                        re.I)), "desc"),
)
#: "<something> is best avoided", "<something> should be avoided": what to avoid is the subject
_AVOIDED = re.compile(r"^(?P<s>[^,;:]{1,80}?)\s+(?:should\s+be|must\s+be|is|are)\s+(?:usually\s+|generally\s+|best\s+|"
                      r"often\s+|also\s+)?avoided\b(?P<rest>.*)$", re.I)
_PARTICIPLE_OR = re.compile(r"^\s+or\s+(kept|limited|reduced)\b", re.I)
_BASE = {"limited": "limit", "reduced": "reduce", "used": "use", "taken": "take", "given": "give", "applied": "apply", "stopped": "stop",
         "combined": "combine", "mixed": "mix", "shared": "share", "crushed": "crush", "chewed": "chew", "avoided": "avoid", "swallowed": "swallow",
         "stored": "store", "kept": "keep"}
_PEOPLE_SUBJECT = re.compile(r"^(?:people|patients|adults|children|anyone|those)\b\s*(?:who|with)?\s*(?P<who>.*)$", re.I)
_YOUR_ADVISER = re.compile(r"\byour\s+(?:own\s+)?(?P<who>doctor|pharmacist|healthcare (?:provider|professional)|"
                           r"nurse|dentist|surgeon|eye doctor|eye surgeon|cardiologist|prescriber)\b", re.I)


def _clauses(sent: str) -> list[str]:
    """Split compound advice at "; " and before a new imperative, but keep a leading condition attached."""
    out: list[str] = []
    chunks = _SPLIT_IMPERATIVE_F.split(sent) if could_match(sent, (";", ",", "and")) else [sent]
    for part in (p for chunk in chunks for p in (_SPLIT_MODAL.split(chunk) if "," in chunk else [chunk])):
        if out and _CONDITION_OPEN.match(out[-1]) and "," not in out[-1] and ":" not in out[-1]:
            out[-1] = f"{out[-1]}, {part.strip(' ,')}"  # "If X, talk to your doctor" (not "When using it: a; b")
        else:
            out.append(part)
    return out


def _consequence(part: str, drug: tuple[str, ...]) -> list[tuple[str, str]]:
    """A statement, then the advice it leads to: "Alcohol adds to the dizziness, so it is best avoided" ->
    ["Alcohol adds to the dizziness", "alcohol is best avoided"] (the statement is no advice of its own and is dropped
    by the caller); "It is safe in small amounts, but check with your doctor first" -> the check. A "so" clause
    that is no advice ("Take it with food, so your stomach is not upset") is split off too: it is the purpose."""
    m = _SO_BUT.search(part)
    if m is None:
        return [(part, "")]
    head, tail = part[:m.start()], part[m.end():]
    if m.group(1).casefold() == "but" and not _is_advice(tail):
        return [(part, "")]  # "Take it with food, but not with milk": one piece of advice
    subj = _HEAD_SUBJECT.match(head)
    np = strip_parens(subj.group("np"))[0].strip() if subj and len(subj.group("np").split()) <= 6 else ""
    if np and (np.casefold() in drug or _NOT_SUBJECT.match(np)):
        np = ""  # "It can raise your potassium, so ...": "it" after "so" is the drug itself
    if np:
        np = np[:1].lower() + np[1:] if np[1:2].islower() else np  # "Alcohol" -> "alcohol", not "NSAIDs"
        tail = _LEAD_IN.sub("", tail)
        pron, obj = _TAIL_PRONOUN.match(tail), _OBJECT_PRONOUN.match(tail)
        if pron:  # "..., so they should be avoided" -> "omeprazole and esomeprazole should be avoided"
            tail = np + tail[pron.end("p"):]
        elif obj:  # "..., so limit it" -> "limit alcohol"
            tail = f"{tail[:obj.start('p')]}{np}{tail[obj.end('p'):]}"
        elif m.group(1).casefold() == "so" and _IT_BACK.search(tail) and len(head.split()) <= 2 * _SHORT_REASON:
            return [(tail, head)]  # "Sudden weight gain can be a sign of heart failure, so report it to your
            # doctor": what "it" is, is the reason; the two stay one
    elif subj and m.group(1).casefold() == "so" and len(head.split()) <= _SHORT_REASON \
            and len(tail.split()) <= _SHORT_ADVICE_WORDS and not _is_advice(head):
        return [(tail, head)]  # "It can cause drowsiness, so be careful driving": both short, the reason stays
    return [(head, ""), (tail, "")]


#: advice that points back to the statement before "so" ("report it", "tell them")
_IT_BACK = re.compile(r"^\w+\s+(?:it|them|this)\b", re.I)
#: the most words of a reason before "so", and of the advice after it, for the reason to stay with the advice
_SHORT_REASON, _SHORT_ADVICE_WORDS = 8, 6


def _is_advice(text: str) -> bool:
    text = _LEAD_IN.sub("", _YES_NO.sub("", text.strip(" ,")))
    return bool(_IMPERATIVE.match(text) or _MODAL.search(text))


_SO_BUT = re.compile(r",\s+(so|but)\s+(?!that\b|as\b|much\b|far\b|long\b|many\b|not\b|only\b|also\b)", re.I)
#: the subject of a clause after "so": a pronoun that may point back to the subject before it
_TAIL_PRONOUN = re.compile(r"^(?P<p>it|they)\s+(?=(?:is|are|should|must|need|needs|may)\b)", re.I)
#: the object of advice after "so" that points back to the statement's subject ("so limit it", "avoid them")
_OBJECT_PRONOUN = re.compile(r"^(?:avoid|limit|reduce|minimi[sz]e|cut\s+(?:down|back)\s+on)\s+(?P<p>it|them)\b", re.I)
#: the subject of the statement before "so": the words up to its verb, skipping a ", such as ...," aside
_HEAD_SUBJECT = re.compile(r"^(?P<np>[A-Za-z][^,;]*?)(?:,[^,;]*,)?\s+(?:(?:also|strongly|often|can|may|might|could|will)\s+)*"
                           r"(?:adds?|increases?|raises?|lowers?|reduces?|blocks?|binds?|makes?|interacts?|weakens?|"
                           r"worsens?|causes?|affects?|interferes?|changes?|stops?|slows?|decreases?|boosts?|harms?|"
                           r"damages?|is|are|has|have|does|do|can|may|might|could|will)\b", re.I)
_NOT_SUBJECT = re.compile(r"^(?:it|this|that|these|those|they|you|we|there|the\s+(?:medicine|drug|dose|combination)|"
                          r"this\s+\w+)$", re.I)


_SPLIT_IMPERATIVE_F = Folded(_SPLIT_IMPERATIVE)  # see :class:`kg.extract_text.Folded`
_SPLIT_MODAL = re.compile(r",\s+and\s+(?=(?:it|this medicine|they)\s+should\b)", re.I)
_CONDITION_OPEN = re.compile(r"^\s*(?:if|when|unless|before|after|once|while)\s", re.I)


def _condition(part: str) -> tuple[str, str]:
    """"If X, talk to your doctor" -> ("talk to your doctor", "if X"). The condition may hold commas of its own
    ("If it has not improved, or if you develop fever, chills or back pain, contact your doctor"): the advice
    starts at the first comma followed by an imperative."""
    if not _CONDITION_OPEN.match(part):
        return part, ""
    for comma in _COMMA.finditer(part):
        rest = part[comma.end():]
        if _IMPERATIVE.match(rest):
            c = part[:comma.start()].strip()
            return rest, c[:1].lower() + c[1:]
    return part, ""


_COMMA = re.compile(r",\s+")


def _rewrite_modal(part: str, drug: tuple[str, ...]) -> str:
    m = _AVOIDED.match(part) if could_match(part, ("avoided",)) else None
    if m and m.group("s").casefold() not in drug and not _NOT_SUBJECT.match(m.group("s")) \
            and not _PEOPLE_SUBJECT.match(m.group("s")):  # "Alcohol is best avoided or kept to a minimum"
        rest = _PARTICIPLE_OR.sub(lambda p: f" or {_BASE.get(p.group(1).casefold(), p.group(1))} it", m.group("rest"))
        return f"Avoid {m.group('s')}{rest}"  # -> "Avoid alcohol or keep it to a minimum"
    if could_match(part, ("should", "must")):
        rewrites = _MODAL_REWRITES
    elif could_match(part, ("is", "are")):
        rewrites = _MODAL_REWRITES[3:]  # the "should" forms cannot match
    else:
        return part
    for rx, kind in rewrites:
        m = rx.match(part)
        if not m:
            continue
        subject, rest = m.group("s").strip(), part[m.end():]
        adv = (m.group("adv") or "").strip()
        people = _PEOPLE_SUBJECT.match(subject)
        is_drug = subject.casefold() in drug or subject.casefold() in ("it", "this medicine", "this medication",
                                                                       "the medicine")
        if kind == "for":
            return f"{adv} for{rest}".strip() if is_drug else part
        if kind == "notrec":
            return f"Not recommended{rest}" if is_drug else part
        if kind == "desc":  # "It is usually avoided in pregnancy" -> "Usually avoided in pregnancy"
            return rest if is_drug else part
        if not is_drug and not people:
            return part
        verb = _BASE.get(m.group("v").lower(), m.group("v").lower())
        neg = ("never " if (m.group("neg") or "").casefold() == "never" else "do not ") if kind in ("not", "notact") \
            else ""
        head = f"{adv.capitalize() + ' ' if adv else ''}{neg}{verb}".strip()
        if people:
            who = people.group("who").strip()
            have = "have " if re.search(r"\bwith\s", subject, re.I) else \
                "are " if re.match(r"(?:under|over|aged|younger|older|\d)", who, re.I) else ""  # "Children under 12"
            first = rest.split()[0].casefold() if rest.split() else ""
            own = first in drug or first in ("it", "them") or kind == "notact" and _OWN_OBJECT.match(rest) is not None
            obj = "" if own else " it"  # "should not use the syrup", "... take it": the sentence's own object
            rest = _RELATIVE_TAIL.sub("", rest)  # "..., which contains phenylalanine": why, no advice
            return f"{head}{obj}{rest} if you {have}{who}".strip() if who else f"{head}{rest}"
        return f"{head}{rest}"
    return part


#: what follows "should not use" when the sentence names its own object ("the oral suspension", "this form")
_RELATIVE_TAIL = re.compile(r",\s+(?:which|as|because|since)\b.*$", re.I)
_OWN_OBJECT = re.compile(r"^\s+(?:the|this|these|that|those|any|its|a|an)\s+\w", re.I)


def _generic_people(part: str, drug: tuple[str, ...]) -> str:
    """"your doctor" -> "a doctor"; the drug's own name -> "it"; other "your" dropped."""
    part = _YOUR_ADVISER.sub(lambda m: ("an " if m.group("who")[0] in "aeiouAEIOU" else "a ") + m.group("who"), part)
    part = _YOUR.sub("", part)
    folded = part.casefold()
    for name in drug:
        # (a pattern per drug name: compiled only for a part that holds the name, 0.5 ms a page saved)
        if name and name.casefold() in folded:  # (not after a form's modifier: "extended-release morphine" is
            part = _own_name(name).sub(  # a product, as "morphine tablets" is)
                lambda m: m.group(0) if _FORM_MODIFIER.search(m.string, 0, m.start()) else "it", part)
    return part


_FORM_MODIFIER = re.compile(r"\b(?:extended|immediate|modified|delayed|sustained|controlled)-release\s+$", re.I)


_YOUR = Guarded(re.compile(r"\byour\s+"))


@lru_cache(maxsize=1024)
def _own_name(name: str) -> re.Pattern[str]:
    """The drug's own name as a word, not "other <name>" nor "<name> gel" (a product)."""
    return re.compile(rf"(?<!other )\b{re.escape(name)}\b(?!\s+(?:products?|gels?|creams?|tablets?|capsules?|"
                      r"solutions?|ointments?|inhalers?|injections?|levels?)\b)", re.I)


#: A statement that bounds what the drug does or who it is for, or what comes with taking it, in a sentence with no
#: imperative, yet advice a reader acts on, kept as the page says it: "it does not cure epilepsy", "It is not a
#: substitute for the yearly flu vaccine", "It is not recommended for people with mechanical heart valves", "It is
#: not used to treat diabetic ketoacidosis", "Liver tests may be checked during long courses", "the full effect
#: usually takes 4-6 weeks", "Acetaminophen is usually a safer choice for occasional pain".
_CAVEAT = Guarded(re.compile(
    r"\b(?:does|do|will|did)\s*(?:not|n't)\s+(?:(?:usually|always|directly)\s+)?(?:cure|replace|rebuild|reverse|undo|"
    r"restore|shrink|dissolve|break\s+down|give\s+immediate)\b|"
    r"\b(?:does|do|will)\s*(?:not|n't)\s+protect\s+(?:you\s+)?against\b|\bnot\s+a\s+(?:cure|substitute|replacement)\b|"
    r"\b(?:is|are)\s+(?:(?:usually|generally|also)\s+)?not\s+(?:(?:usually|generally)\s+)?(?:approved|recommended|meant|"
    r"intended|used\s+(?:for|to|in|as|on)|for\b)|"
    r"\b(?:is|are|be)\s+(?:(?:usually|regularly|also|often|closely)\s+)?(?:checked|monitored|measured)\b|"
    r"\bfull\s+(?:effect|benefit)\b|"
    r"\b(?:(?:is|are)\s+(?:usually\s+)?(?:a\s+)?safer|(?:a\s+)?safer\s+(?:choice|option))\b", re.I))
#: the writer's disclaimer ("This is general information and not a substitute for medical advice"): no advice
_NOT_ADVICE = re.compile(r"\b(?:general\s+(?:\w+\s+)?(?:information|purposes)|(?:replace|substitute\s+for)\s+"
                         r"(?:\w+\s+){0,2}?advice)\b", re.I)
#: a caveat that explains the advice beside it ("..., so it needs to be taken every day"): one precaution with it
_NO_CURE = re.compile(r"\bnot\s+(?:(?:usually|always|directly)\s+)?(?:cure|replace)\b", re.I)
#: a sentence adverb before a caveat clause ("However, it is not approved for insomnia")
_HOWEVER = re.compile(r"^(?:however|also|still|unfortunately|importantly|note\s+that),?\s+", re.I)
#: a caveat clause whose subject is the clause before ("... but does not shrink the prostate")
_NO_SUBJECT = re.compile(r"(?:does|do|is|are|will|can)(?:\s+not|n't)\b", re.I)
#: where one clause of a sentence ends and another begins ("..., but ...", "; ", " - ")
_CLAUSE_CUT = re.compile(r"\s*;\s+|,?\s+but\s+|,\s+(?:so|and|while|although|though|whereas|which)\s+|"
                         r"\s+[\u2013\u2014-]\s+|:\s+")
_CAVEAT_NEEDLES = ("not", "n't", "checked", "monitored", "measured", "full", "safer")


def _sign_off(text: str) -> bool:
    """Whether ``text`` is the writer's sign-off or disclaimer (:data:`_SKIP`, :data:`_NOT_ADVICE`), no advice; a
    sentence that says to stop and seek help is advice whatever else it says."""
    return bool(could_match(text, _SKIP_NEEDLES) and _SKIP.search(text) and not _STOP_AND_SEEK.match(text)
                or _NOT_ADVICE.search(text))


def _caveat(sent: str, drug: tuple[str, ...]) -> str | None:
    """The sentence as a precaution when it states a caveat (_CAVEAT), or None."""
    m = _CAVEAT.search(sent)
    if m is None or _sign_off(sent):
        return None  # (the writer's "This is general information and not a substitute for medical advice")
    cuts = list(_CLAUSE_CUT.finditer(sent))  # (the clause that says it: "..., but the full effect ... takes 4-6 weeks")
    start = max((c.end() for c in cuts if c.end() <= m.start()), default=0)
    end = min((c.start() for c in cuts if c.start() >= m.end()), default=len(sent))
    text = _HOWEVER.sub("", _YES_NO.sub("", sent[start:end].strip())).rstrip(". ")
    if _NO_SUBJECT.match(text):
        text = f"it {text}"
    text = _CONTRACTION.sub(lambda w: _EXPANDED[w.group(0).casefold()], _generic_people(text, drug))
    return text[:1].upper() + text[1:] if len(text.split()) >= 3 else None


def _same_clause(stated: str, advice: str) -> bool:
    """Whether a piece of advice read from a sentence already says its caveat, or the caveat the advice (most of
    the shorter one's words)."""
    a, b = set(_WORD.findall(stated.casefold())) - _LITTLE_WORDS, set(_WORD.findall(advice.casefold())) - _LITTLE_WORDS
    return bool(a) and bool(b) and len(a & b) >= 0.6 * min(len(a), len(b))


def _frag(advice: str, sent: str) -> str:
    return advice if advice.casefold() in sent.casefold() else sent


def extract_interactions(doc: Document, result: Extraction) -> None:
    q = Quoter(doc)
    for sec in doc.sections_of("interactions"):
        for block in sec.blocks:
            if block.label:
                _section_interaction(q, sec, block, result)
    for sec in doc.sections_of("interactions", "precautions"):
        for block in sec.blocks:
            if sec.kind == "precautions" or not block.label:
                for sent in sentences(norm(" ".join(x for x in (block.label, block.text) if x))):
                    _stated_interactions(q, sec, block, sent, result)
    faq = faq_section(doc)
    if faq is None:
        return
    for block, item in zip([b for b in faq.blocks if b.depth == 0 and _question(b)[0]], result.faqs):
        if _INTERACT_Q.search(item.question):
            for sent in sentences(item.answer):
                _sentence_interactions(q, faq, block, _YES_NO.sub("", sent), result)


def _section_interaction(q: Quoter, sec: Section, block: Block, result: Extraction) -> None:
    agent, _ = strip_parens(norm(block.label or ""))
    text = norm(block.text)
    examples = []
    m = re.search(r"\((?:such as|e\.g\.,?)\s+([^)]+)\)|\bsuch as\s+([^,.;]+(?:,\s*[^,.;]+)*)", text)
    if m:
        examples = _names(m.group(1) or m.group(2))
    effect = re.split(r"\b(?:can|may|will)\s+", text, maxsplit=1)[-1].rstrip(".")
    _add(result, Interaction(agent, q.evidence(sec, block.span, agent), examples, effect))


def _sentence_interactions(q: Quoter, sec: Section, block: Block, sent: str, result: Extraction) -> None:
    """Agents a sentence says interact: the subject of each clause ("Beta-blockers ... can block",
    "..., and MAOIs or tricyclic antidepressants can increase ...") and "with X" objects that are
    not a population ("in people with asthma") or a reference back ("interfere with its effect")."""
    sent = sent.rstrip(".")
    drug = result.drug.label.casefold()
    for clause in _CLAUSES.split(sent):
        _clause_subject(q, sec, block, clause.strip(), drug, result)
    effect = _effect(sent)
    for w in _WITH_AGENT.finditer(sent):
        agent = strip_parens(w.group("agent"))[0].strip()
        if not agent or _NOT_AGENT.match(agent) or drug in agent.casefold() or len(agent.split()) > 6:
            continue
        if _POPULATION_BEFORE.search(sent, 0, w.start()):
            continue  # "in people with asthma": who, not what it interacts with
        for part in _AGENT_OR.split(agent):  # "with warfarin or with NSAIDs": two agents
            part = re.sub(r"^with\s+", "", part.strip(), flags=re.I)
            _add(result, Interaction(part, q.evidence(sec, block.span, part), _names(w.group("ex") or ""), effect))


def _stated_interactions(q: Quoter, sec: Section, block: Block, sent: str, result: Extraction) -> None:
    """Agents a Warnings or Interactions sentence names: "Avoid combining with X, Y or Z", "Avoid large amounts of
    tyramine-rich foods, such as ...", "Do not take it with X", or a statement that an agent changes the drug's
    levels or effect ("Fluvoxamine raises duloxetine levels", "X may increase drowsiness")."""
    for m in (_AVOID_WITH.search(sent), _TAKES.search(sent)):
        if m is None:
            continue
        which = next(k for k in ("list", "list2", "list3") if m.groupdict().get(k))
        group = _AVOID_END.split(m.group(which), maxsplit=1)[0].strip(" ,")
        effect = sent[m.end(which):].strip(" ,;:.") or None
        contains = _CONTAINING.search(group)  # "cold medicines containing pseudoephedrine or X": the ingredients
        if contains:
            group, which = group[contains.end():], "list"
        _group_agents(q, sec, block, group, effect, result, whole=which == "list2")
    for clause in re.split(r";\s+", sent):
        listed = _LIST_SUBJECT.match(clause)  # "alcohol, sedatives and tranquilizers may increase drowsiness"
        if listed:
            _group_agents(q, sec, block, listed.group("list"), clause[listed.end("list"):].strip(), result)
    if _STATED_EFFECT.search(sent):
        _sentence_interactions(q, sec, block, sent, result)
    levels = _RAISES_LEVELS.search(sent)  # "It also raises digoxin levels", "it raises the levels of A, B and C"
    if levels:
        _group_agents(q, sec, block, levels.group("of") or levels.group("x"), levels.group(0), result)


def _group_agents(q: Quoter, sec: Section, block: Block, group: str, effect: str | None, result: Extraction,
                  whole: bool = False) -> None:
    """The agents of a list ("warfarin or NSAIDs such as ibuprofen": the examples go with the last); ``whole``
    keeps one noun phrase together ("tyramine-rich foods and drinks")."""
    head, *examples = EXAMPLE_CUE.split(_AVOID_END.split(group, maxsplit=1)[0].strip(" ,"), maxsplit=1)
    parts = [head] if whole else _names(head)
    for k, part in enumerate(parts):
        _add_agent(q, sec, block, part, _names(examples[0]) if examples and k == len(parts) - 1 else [], effect,
                   result)


def _add_agent(q: Quoter, sec: Section, block: Block, agent: str, examples: list[str], effect: str | None,
               result: Extraction) -> None:
    agent = re.sub(r"^(?:(?:with|other|any|an?|the|large\s+amounts\s+of|too\s+much)\s+)+", "",
                   strip_parens(agent)[0].strip(), flags=re.I)
    if agent and len(agent.split()) <= 6 and not _NOT_AGENT.match(agent) \
            and result.drug.label.casefold() not in agent.casefold():
        _add(result, Interaction(agent, q.evidence(sec, block.span, agent), examples, effect))


#: "Avoid combining with X", "Do not take it with X", "Avoid (large amounts of) X-rich foods / supplements / alcohol"
_AVOID_WITH = re.compile(
    r"\b(?:avoid|do\s+not|don't|never|should\s+not\s+be)\s+(?:combining|combine|combined|taking|take|taken|using|use|"
    r"mixing|mix)\s+(?:it\s+|this\s+(?:medicine|drug)\s+|them\s+)?(?:together\s+)?with\s+(?!it\b|them\b)(?P<list>[^.;:]+)|"
    r"\bavoid\s+(?P<list2>(?:large\s+amounts\s+of\s+|too\s+much\s+)?[\w' -]*?(?:supplements?|foods?|drinks?|juice|"
    r"alcohol|medicines?|medications?|drugs?|products?|antibiotics|pills|beverages)(?:\s+and\s+[\w-]+)?"
    r"(?:\s+(?:containing|that\s+contain)\s+[^.;:,]+)?)(?=[\s.,;:]|$)", re.I)
_AVOID_END = re.compile(r",\s+(?:which|as|because|since|so|or\s+(?:taking|within|using))\b|\s+(?:unless|without|because|"
                        r"while|during|within|for\s+\d|before|after|too|and\s+(?:both|their|its|start|check))\s|"
                        r"\s+in\s+the\s+(?:last|past)\b|\s[-\u2013\u2014]\s|,\s+and\s+(?:their|its)\b", re.I)
#: "... if you take X", "people who also take X": the agents taken with it
_TAKES = re.compile(r"\b(?:who|if\s+you)\s+(?:also\s+)?(?:take|are\s+taking|use|are\s+using|have\s+taken|have\s+used)\s+"
                    r"(?P<list3>(?!it\b|this\b|them\b|more\b|too\b)[^.;:]+)", re.I)
#: "cold medicines containing X or Y": what comes before the ingredients
_CONTAINING = re.compile(r"^.*?\s(?:containing|that\s+contain)\s+", re.I)
#: a comma list as a clause's subject, then what it does to the drug's effects
_LIST_SUBJECT = re.compile(r"^(?P<list>[a-z][\w' -]*(?:,\s*[\w' -]+)+,?\s+(?:and|or)\s+[\w' -]+?)\s+(?:may|can|will|could)\s+"
                           r"(?:increase|add\s+to|worsen|raise|lower|reduce|weaken|slow)\b", re.I)
#: the drug raising or lowering another's levels
_RAISES_LEVELS = re.compile(r"\b(?:raises?|increases?|lowers?|reduces?)\s+(?:the\s+)?(?:blood\s+)?levels?\s+of\s+"
                            r"(?P<of>[^.;:]+)|\b(?:raises?|increases?|lowers?|reduces?)\s+(?P<x>[\w-]+)\s+levels?\b", re.I)
#: a statement that an agent changes the drug's levels or effect, or adds to one of its effects
_STATED_EFFECT = re.compile(r"\b(?:raise|increase|lower|reduce|weaken|add\s+to|boost|slow|block|stop)s?\b[^.;]{0,60}?"
                            r"\b(?:levels?|effects?|drowsiness|sleepiness|bleeding|breakdown|absorption|blood\s+pressure|"
                            r"heart)\b|\btaking\s+it\s+with\b", re.I)


_CLAUSES = re.compile(r",\s+and\s+(?=[a-z])|;\s+", re.I)
_POPULATION_BEFORE = re.compile(r"\b(?:people|patients|those|someone|anyone|children|adults|women|men|persons?|"
                                r"individuals)\s+$", re.I)
_AGENT_OR = re.compile(r"\s+(?:or|and)\s+(?![^(]*\))")


def _clause_subject(q: Quoter, sec: Section, block: Block, clause: str, drug: str, result: Extraction) -> None:
    m = _SUBJECT_AGENT.match(clause)
    if not m or drug in m.group("agent").casefold() or _NOT_AGENT.match(m.group("agent")) \
            or re.match(r"^(?:taking|combining|using|drinking)\b", m.group("agent"), re.I):
        return
    effect = _effect(clause) or m.group("effect").strip()
    named, *like = EXAMPLE_CUE.split(m.group("agent"), maxsplit=1)  # "Tricyclic antidepressants such as X may ..."
    for part in _AGENT_OR.split(named):  # "MAOIs or tricyclic antidepressants": two agents
        agent = strip_parens(part)[0].strip()
        if agent and len(agent.split()) <= 6 and not _NOT_AGENT.match(agent):
            ex = m.group("ex") or (like[0] if like else "")
            _add(result, Interaction(agent, q.evidence(sec, block.span, agent), _names(ex), effect))


def _effect(sent: str) -> str | None:
    m = re.search(r"\b(?:increases?|raises?|reduces?|can cause|may cause|can make|can block)\b.*$", sent, re.I)
    return m.group(0) if m else None


def _names(text: str) -> list[str]:
    out: list[str] = []
    for part in split_top(text, ","):
        for piece in re.split(r"\s+(?:or|and)\s+", part):
            piece = piece.strip(" .;:")
            piece = re.sub(r"^(?:or|and)\s+", "", piece)
            if piece:
                out.append(piece)
    return out


def _add(result: Extraction, inter: Interaction) -> None:
    k = key(inter.agent)
    for old in result.interactions:
        if key(old.agent) == k:
            return
    result.interactions.append(inter)


def extract_reliability(doc: Document, result: Extraction) -> None:
    q = Quoter(doc)
    for sec in doc.sections:
        texts = [(sec.inline, sec.span)] + [(b.text, b.span) for b in sec.blocks]
        for text, span in texts:
            if text and could_match(text, _RELIABILITY_NEEDLES) and _RELIABILITY.search(text):
                sent = next((s for s in sentences(norm(text)) if _RELIABILITY.search(s)), text)
                result.reliability = Name(sent, q.evidence(sec, span, sent))
                return
