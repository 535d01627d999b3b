"""Mechanism of action: drug-target relations and the downstream effects the text states.

A relation needs a relation cue (verb or "agonist of"-style noun), a subject that is the
drug (or its metabolite/complex: not another named agent), no negation, and an object that
looks like a molecular target (an abbreviation in parentheses, a target head noun such as
"receptor" or "-ase", or an appositive/"called" phrase naming an enzyme or protein).
Certainty is "hedged" only inside a sentence with a hedge cue.
"""
from __future__ import annotations

import re

from kg.extract_text import (
    Folded,
    Quoter,
    find_section,
    is_symbol,
    list_items,
    norm,
    sentences,
    split_top,
    strip_example_cue,
    strip_parens,
)
from kg.model import Block, Document, Extraction, Mechanism, Section

MECH_KEYS = ("how it works", "mechanism", "pharmacolog", "mode of action", "how does it work")

_ROLE = {"agonist": "activates", "activator": "activates", "stimulator": "activates",
         "antagonist": "blocks", "blocker": "blocks", "inhibitor": "inhibits",
         "modulator": "modulates", "opener": "opens", "binder": "binds"}
_ROLE_RE = re.compile(
    r"\b(?:agonist|activator|stimulator|antagonist|blocker|inhibitor|modulator|opener|binder)s?"
    r"\s+(?:of|at|for)\s+", re.I)
_VERB_RE = re.compile(
    r"\b(?P<v>activat(?:e|es|ed|ing)|stimulat(?:e|es|ed|ing)|inhibit(?:s|ed|ing)?|block(?:s|ed|ing)?|"
    r"bind(?:s|ing)?(?:\s+(?:to|with))?|open(?:s|ed|ing)?|modulat(?:e|es|ed|ing)|"
    r"act(?:s|ing)?\s+(?:mainly\s+|primarily\s+|directly\s+|selectively\s+)?(?:on|at))\s+", re.I)
_COORD_VERB = re.compile(r"^(?:and|or)\s+(?:then\s+)?(?:activat|stimulat|inhibit|block|bind|open|modulat)", re.I)
_VERB_REL = (("activat", "activates"), ("stimulat", "activates"), ("inhibit", "inhibits"),
             ("block", "blocks"), ("bind", "binds"), ("open", "opens"), ("modulat", "modulates"),
             ("act", "modulates"))
_NEGATION = re.compile(r"\b(?:not|never|no|cannot|without|n't)\s+(?:\w+\s+){0,2}$|\bfrom\s+$", re.I)
_HEDGE = re.compile(r"\b(?:thought|believed|presumed|proposed|suggested|hypothesi[sz]ed)\s+to\b|"
                    r"\bnot\s+(?:fully\s+|precisely\s+|completely\s+|well\s+|exactly\s+|entirely\s+)?"
                    r"(?:understood|known|clear|established)\b|\bunclear\b|\bunknown\b|\b(?:may|might)\b|"
                    r"\b(?:appears|seems)\s+to\b|\bprobably\b|\bpossibly\b|\blikely\b", re.I)
_ASSERT = re.compile(r"\b(?:is|are)\s+known\s+to\b|\bhas\s+been\s+shown\s+to\b", re.I)
_CLAUSE_START = re.compile(r"(?:;|:|\bbut\b|\bwhereas\b|\bwhile\b|\balthough\b|,\s+and\b|\bthen\b)", re.I)
_FUNCTION_CAPS = frozenset({"it", "its", "this", "these", "that", "they", "together", "inside", "in", "once",
                            "when", "after", "because", "by", "within", "as", "at", "first", "second",
                            "then", "thus", "however", "also", "both", "the", "a", "an", "like", "unlike",
                            "through", "on", "instead"})
_PROCESS_OBJ = re.compile(r"^(?:the|their|its)\s+(?:production|release|synthesis|formation|absorption|uptake|"
                          r"transmission|amount|levels?|number|activation|breakdown|reuptake)\s+of\s+", re.I)
_ACTIVITY_OBJ = re.compile(r"^(?:the\s+)?(?:activity|action|function|effects?)\s+of\s+", re.I)
_CLASS_WORDS = r"enzymes?|proteins?|receptors?|transporters?|kinases?|channels?|pumps?|molecules?"
_CALLED = re.compile(rf"^(?:an?|the)\s+(?:[\w-]+\s+)?(?P<cls>{_CLASS_WORDS})\s+(?:called|known as|named)\s+",
                     re.I)
_CLASS_PREFIX = re.compile(rf"^(?:the\s+)?(?P<cls>{_CLASS_WORDS})\s+(?=\S)", re.I)
_ANAPHORA = re.compile(r"^(?:these|those|the same|such|this|that|them|it|both receptors)\b", re.I)
_DETERMINERS = re.compile(r"^(?:the|a|an|both|its|their|several|specific|certain|key)\s+", re.I)
_TARGET_HEAD = re.compile(r"(?:receptors?|subunits?|transporters?|enzymes?|kinases?|channels?|pumps?|ases?|"
                          r"proteins?\s*\d*|synthases?|reductases?|tubulin|calcineurin|integrins?)$", re.I)
_APPOSITIVE_CLASS = re.compile(rf"^(?:an?|the)\s+(?:[\w-]+\s+)?(?:{_CLASS_WORDS})\b|^(?:{_CLASS_WORDS})\s+that\b",
                               re.I)
_TRAILING_PP = re.compile(r"\s+(?:in|on|inside|within|throughout|from|into|at|of\s+the\s+\w+\s+cells?|"
                          r"which|that|to|so|thereby|and\s+(?:is|are|prevents?|reduces?|increases?|causes?))\b.*$",
                          re.I)
_GENERIC_TARGET = re.compile(rf"^(?:(?:same|these|those|such|both|two|other|immune|its)\s+)*(?:{_CLASS_WORDS})$",
                             re.I)

DOWNSTREAM = (
    ("decreases", re.compile(r"\b(?:reduc|decreas|lower|block|prevent|suppress|inhibit|slow)(?:e|es|s|ed|ing)?\s+"
                             r"(?:the|their|its)\s+(?P<proc>production|release|synthesis|formation|absorption|"
                             r"transmission|amount|levels?|number|activation)\s+of\s+", re.I)),
    ("decreases", re.compile(r"\b(?:prevent|stop|keep)(?:s|ed|ing)?\s+(?P<pre>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+from\s+"
                             r"(?P<proc>forming|becoming\s+activated|being\s+activated|being\s+released|being\s+made|"
                             r"dividing|growing|multiplying)\b", re.I)),
    ("decreases", re.compile(r"\b(?:reduc|decreas|lower)(?:e|es|s|ed|ing)\s+(?!(?:the|their|its|a|an)\s)(?P<pre>[\w\u0370-\u03ff-]+(?:\s+\([^)]*\))?)"
                             r"\s+(?:levels?|production|release)\b", re.I)),
    ("decreases", re.compile(r"\bmakes?\s+less\s+(?:of\s+)?(?:the\s+)?", re.I)),
    ("increases", re.compile(r"\bmakes?\s+more\s+(?:of\s+)?(?:the\s+)?", re.I)),
    ("increases", re.compile(r"\b(?:increas|rais|boost|enhanc)(?:e|es|ed|ing)\s+(?:the\s+)?"
                             r"(?:(?:amount|levels?|number|production|release)\s+of\s+)?", re.I)),
    ("triggers", re.compile(r"\b(?:trigger|induc)(?:e|es|s|ed|ing)?\s+(?:the\s+|an?\s+)?"
                            r"(?:(?:production|release|synthesis)\s+of\s+)?", re.I)),
)
#: The same patterns, run over lower-cased ASCII text (see :class:`kg.extract_text.Folded`).
DOWNSTREAM_F = tuple((relation, Folded(rx)) for relation, rx in DOWNSTREAM)
_DOWN_STOP = re.compile(r"\s+(?:which|that|to|so|inside|in|on|from|thereby|because|between|but|while|whereas)\b.*$|[,;.].*$", re.I)
#: "proteins needed for growth and development": "and" inside a prepositional phrase joins its objects.
_PP_AND = re.compile(r"\b(?:for|with|by|needed|used)\s+[\w-]+\s+and\s+$", re.I)
_VAGUE = re.compile(r"^(?:(?:it|them|this|these|that|those|the body|pain|symptoms?|side effects?)$|"
                    r"(?:the )?(?:risk|effects?|more|less)\b)", re.I)
#: An "item" that is really a new clause ("and changes how the brain perceives pain").
_CLAUSE_ITEM = re.compile(r"\b(?:how|what|why|whether)\b|^(?:changes|makes|helps|causes|allows|lets|is|are)\b", re.I)
_LEAD_MORE = re.compile(r"^(?:other|more|less)\s+", re.I)
_DOWN_STOP_PAREN = re.compile(r"^[^,;.]*?(?=\s+(?:from|in|by)\s+the\s)", re.I)
_PLACE = re.compile(r"^\s+(?P<pp>(?:from|in|by)\s+the\s+[\w-]+(?:\s+[\w-]+)?)(?=$|[,;.]|\s+(?:and|which|that|so)\b)", re.I)
_PROCESS_NAMES = {"production": "production", "release": "release", "synthesis": "synthesis",
                  "formation": "formation", "absorption": "absorption", "transmission": "transmission",
                  "activation": "activation", "forming": "formation", "becoming activated": "activation",
                  "being activated": "activation", "being released": "release", "being made": "production",
                  "dividing": "division", "growing": "growth", "multiplying": "growth"}


#: The same patterns, run over lower-cased ASCII text (see :class:`kg.extract_text.Folded`).
_HEDGE_F, _ASSERT_F = Folded(_HEDGE), Folded(_ASSERT)
_ROLE_RE_F, _VERB_RE_F = Folded(_ROLE_RE), Folded(_VERB_RE)

def mechanism_section(doc: Document) -> Section | None:
    return doc.first_of("mechanism")


def extract_mechanism(doc: Document, result: Extraction) -> None:
    sec = mechanism_section(doc)
    if sec is None:
        return
    q = Quoter(doc)
    others = _other_agent_check(result)
    for block in sec.blocks:
        if not block.text:
            continue
        for sent in sentences(norm(block.text)):
            certainty = "hedged" if _HEDGE_F.search(sent) and not _ASSERT_F.search(sent) else "asserted"
            for mech in _direct(sent, others):
                mech.certainty = certainty
                _add(result, q, sec, block, sent, mech)
            for mech, frag in _downstream(sent, others):
                mech.certainty = certainty
                _add(result, q, sec, block, sent, mech, frag)


# ---------------------------------------------------------------------------
# Direct relations
# ---------------------------------------------------------------------------


def _direct(sent: str, other_agent) -> list[Mechanism]:
    out: list[Mechanism] = []
    # Folded: the cue words are lower-cased anyway, and only offsets of the sentence are read.
    cues = [(m, _ROLE[m.group(0).split()[0].lower().rstrip("s")]) for m in _ROLE_RE_F.finditer(sent)]
    cues += [(m, _verb_relation(m.group("v"))) for m in _VERB_RE_F.finditer(sent)]
    for m, relation in sorted(cues, key=lambda c: c[0].start()):
        before = sent[:m.start()]
        if _NEGATION.search(before) or _about_other(before, other_agent):
            continue
        obj = sent[m.end():]
        if _PROCESS_OBJ.match(obj) or _COORD_VERB.match(obj):
            continue  # "binds to and inhibits X": the last verb of the pair carries the relation
        obj = _ACTIVITY_OBJ.sub("", obj)
        for name, symbol in _targets(obj):
            out.append(Mechanism(relation=relation, target=name, symbol=symbol,
                                 evidence=None))  # type: ignore[arg-type]
    return out


def _verb_relation(verb: str) -> str:
    v = verb.lower()
    return next(rel for stem, rel in _VERB_REL if v.startswith(stem))


#: "Unlike X, which ...", "X, which ...": a relative clause whose antecedent is what precedes ", which".
_RELATIVE = re.compile(r"^(?P<ante>.*?),\s+(?:which|who)\s+(?:[\w-]+\s+){0,3}$", re.I)
_UNLIKE = re.compile(r"^\s*(?:unlike|like|as with|compared with)\b", re.I)
_PRONOUN = re.compile(r"^\s*(?:it|they)\s+(?:\w+\s+){0,2}$", re.I)


def _about_other(before: str, other_agent) -> bool:
    """True when the verb's subject is another agent (named, in an "unlike" phrase, or by pronoun)."""
    subject = _subject(before)
    if other_agent(subject):
        return True
    rel = _RELATIVE.match(subject)
    if rel and (_UNLIKE.match(rel.group("ante")) or other_agent(rel.group("ante"))):
        return True  # "Unlike proton pump inhibitors, which block the proton pump, ..."
    if _PRONOUN.match(subject):  # "Aspirin, which ..., works differently: it inhibits COX-1"
        head = re.split(r"[,:;]", before, maxsplit=1)[0]
        return head != before and (other_agent(head) or bool(_UNLIKE.match(head)))
    return False


def _subject(before: str) -> str:
    parts = _CLAUSE_START.split(before)
    return parts[-1] if parts else before


def _other_agent_check(result: Extraction):
    names = {w.casefold() for n in [result.drug.label] + [s.label for s in result.drug.synonyms]
             for w in n.split()}

    def other(subject: str) -> bool:
        bare = re.sub(r"\([^)]*\)", " ", subject)
        for tok in re.findall(r"[A-Za-z][\w-]*", bare):
            low = tok.casefold()
            if low in names or low in _FUNCTION_CAPS or len(tok) < 3 or low.endswith("ing"):
                continue  # "T cells", "Activating these receptors ..." are not other agents
            if tok[0].isupper() and not tok.isupper() and not any(c.isdigit() for c in tok):
                return True
        return False
    return other


def _targets(obj: str) -> list[tuple[str, str | None]]:
    """Target names and symbols at the start of an object phrase."""
    out: list[tuple[str, str | None]] = []
    segments = [s.strip() for s in split_top(obj, ",")]
    pending: list[tuple[str, str | None, str | None]] = []
    for i, seg in enumerate(segments):
        seg = seg.rstrip(".")
        if i > 0 and _APPOSITIVE_CLASS.match(seg):
            cls = seg
            pending = [(n, s, c or cls) for n, s, c in pending]
            break
        if i > 0 and not re.match(r"^(?:and|or)\s+", seg) and not _looks_like_target_start(seg):
            break
        if i > 0 and (_VERB_RE.search(seg) or re.search(r"\b(?:they|it|which|that|this)\b", seg, re.I)):
            break
        for conj in re.split(r"^(?:and|or)\s+|\s+(?:and|or)\s+(?![^(]*\))", seg):
            if conj and conj.strip():
                parsed = _one_target(conj.strip())
                if parsed:
                    pending.append(parsed)
                elif i == 0 and not pending:
                    return []
        if not seg or re.search(r"\s(?:which|that|to|so)\s", seg):
            break
    for name, symbol, cls in pending:
        if symbol or cls or _TARGET_HEAD.search(name):
            out.append((name, symbol))
    return out


def _looks_like_target_start(seg: str) -> bool:
    return bool(re.match(r"^[\w\u0370-\u03ff-]+(?:\s+[\w\u0370-\u03ff-]+){0,4}\s*\(", seg))


def _one_target(text: str) -> tuple[str, str | None, str | None] | None:
    cls: str | None = None
    m = _CALLED.match(text)
    if m:
        cls, text = m.group("cls"), text[m.end():]
    if _ANAPHORA.match(text):
        return None
    text = _DETERMINERS.sub("", text)
    m = _CLASS_PREFIX.match(text)
    if m and not _TARGET_HEAD.fullmatch(text.strip()):
        cls, text = m.group("cls"), text[m.end():]
    symbol: str | None = None
    pm = re.match(r"^(?P<a>[^()]+?)\s*\((?P<s>[^)]+)\)\s*(?P<b>receptors?|channels?|transporters?|subunits?(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:channels?|receptors?|transporters?))?)?(?!\w)", text)
    if pm:
        if is_symbol(pm.group("s")):
            symbol = pm.group("s").strip()
        name = pm.group("a") + (" " + pm.group("b") if pm.group("b") else "")
    else:
        name = _TRAILING_PP.sub("", text.split("(")[0])
    name = _TRAILING_PP.sub("", name).strip(" .,;")
    name = _DETERMINERS.sub("", name)
    head = re.match(r"^(?P<h>.+?)\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?$", name)
    if head and not _TARGET_HEAD.search(name) and _STRUCTURE_HEAD.search(head.group("h")):
        name = head.group("h")  # "30S ribosomal subunit of bacteria" -> "30S ribosomal subunit"
    if not name or _GENERIC_TARGET.match(name) or len(name.split()) > 8:
        return None
    return _singular(name), symbol, cls


_STRUCTURE_HEAD = re.compile(r"\b(?:receptor|subunit|transporter|channel|pump|enzyme|kinase|protein)s?$", re.I)


def _singular(name: str) -> str:
    ws = name.split()
    last = ws[-1]
    if re.fullmatch(r"(?:receptor|transporter|enzyme|channel|pump|kinase|protein)s", last, re.I):
        ws[-1] = last[:-1]
    return " ".join(ws)


# ---------------------------------------------------------------------------
# Downstream effects
# ---------------------------------------------------------------------------


def _downstream(sent: str, other_agent) -> list[tuple[Mechanism, str]]:
    out: list[tuple[Mechanism, str]] = []
    for relation, rx in DOWNSTREAM_F:
        names = rx.rx.groupindex
        for m in rx.finditer(sent):  # Folded: groups are sliced from ``sent`` by offset
            before = sent[:m.start()]
            if _NEGATION.search(before) or _about_other(before, other_agent):
                continue
            process = sent[m.start("proc"):m.end("proc")].lower() if "proc" in names and m.start("proc") >= 0 else ""
            pre = sent[m.start("pre"):m.end("pre")] if "pre" in names and m.start("pre") >= 0 else ""
            obj = pre if pre else sent[m.end():]
            if relation == "triggers" and re.match(r"^(?:the\s+)?(?:main\s+)?side effects?\b", obj):
                continue
            place = _PLACE.match(_DOWN_STOP_PAREN.sub("", obj)) if process else None
            obj = _DOWN_STOP.sub("", obj)
            items = _rejoin_pp(list_items(obj, split_and=True))
            for item in items:
                text = strip_example_cue(item.text)
                bare, parens = strip_parens(text)
                name = _LEAD_MORE.sub("", bare)
                symbol = next((p for p in parens if is_symbol(p)), None)
                if not name or _VAGUE.match(name) or _CLAUSE_ITEM.search(name) or len(name.split()) > 8:
                    continue
                frag = name
                if process in _PROCESS_NAMES:  # "the absorption of glucose" -> "glucose absorption"
                    name = f"{_compound(name)} {_PROCESS_NAMES[process]}"
                    if place and len(items) == 1:
                        name += " " + place.group("pp")
                mech = Mechanism(relation=relation, target=name, symbol=symbol, evidence=None)  # type: ignore[arg-type]
                out.append((mech, frag))
    return out


def _rejoin_pp(items: list) -> list:
    """Undo a split inside a prepositional phrase: "proteins needed for growth" + "development"."""
    out: list = []
    for it in items:
        if out and it.conj and len(it.text.split()) == 1 and _PP_AND.search(out[-1].text + " and "):
            out[-1] = type(it)(f"{out[-1].text} and {it.text}", out[-1].conj)
        else:
            out.append(it)
    return out


def _compound(noun: str) -> str:
    """"the T cells" -> "T cell", the first part of a compound noun."""
    ws = re.sub(r"^(?:the|their|its|a|an)\s+", "", noun, flags=re.I).split()
    if ws and len(ws[-1]) > 3 and ws[-1].endswith("s") and not ws[-1].endswith("ss"):
        ws[-1] = ws[-1][:-1]
    return " ".join(ws)


def _add(result: Extraction, q: Quoter, sec: Section, block: Block, sent: str, mech: Mechanism,
         frag: str | None = None) -> None:
    k = mech.target.casefold()
    for old in result.mechanism:
        if old.target.casefold() == k or (mech.symbol and old.symbol == mech.symbol):
            return
    mech.evidence = q.evidence(sec, block.span, frag or mech.target)
    result.mechanism.append(mech)
