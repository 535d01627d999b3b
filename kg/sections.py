"""What a section is about, whatever its markup (layer 1, standard library only).

A monograph is a model's answer to "Generic Name / Usage / Side Effects / How it Works / FAQs",
so its sections carry those labels in many spellings and markups: ``**Usage:**``,
``**2. Usage:**``, ``## Usage``, ``### Usage:``, a plain ``USAGE:`` line, ``## 💊 What is it used
for?``. :func:`section_kind` maps a label, stripped of its markup, to one *kind*;
:func:`split_label` finds a label at the start of a source line, whatever its markup.

Kinds: ``identity`` (Generic Name), ``brands``, ``uses``, ``side_effects``, ``mechanism``,
``faqs``, ``precautions``, ``interactions``, ``dosage``, ``note`` (the site's closing note),
``other`` (a section we recognise as not holding claims: storage, overdose, ...). Two more are
given by the parser, never by a label: ``preamble`` (text before the first section) and
``unknown`` (a section whose label is none of these: it is reported, never guessed).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["KINDS", "CLAIM_KINDS", "BULLET_GLYPHS", "ITEM_LETTER", "LabelLine", "clean_label", "is_group_label",
           "section_kind", "split_label"]

#: Bullets a model types as glyphs, which Markdown does not read as list markers ("• item",
#: "▪ item", "→ step", "– item"): the parser gives them to markdown-it as "-", the evidence locator
#: keeps them out of a sentence.
BULLET_GLYPHS = ("\u25b6\u25b7"  # ("▶ **Kawasaki disease**", a triangle)
                 "\u2022\u25aa\u25ab\u25e6\u2023\u2043\u2192\u27a4\u25ba\u25b8\u25cf\u25cb\u25a0\u25a1\u2013\u00b7")
#: (the middle dot too, opening a line: "· Headache"; between words it parts a crib sheet's items, kg.parse)
#: An item's letter or Roman number, which Markdown does not read as a list marker either ("a)",
#: "b.", "(iv)"): a regular-expression alternation.
#: (past "h", only with a bracket: "i." may be a numeral; and a bracketed number: "(1)", "(2)" under "1. Approved
#: uses", as some models number sub-items)
ITEM_LETTER = r"[a-z]\)|[a-h]\.|\((?:[ivx]{1,5}|[a-z]|\d{1,2})\)"
#: a list entry's place said as a word, before its comma: "First, X", "Secondly, Y", "Finally, Z"
ORDINAL_WORD = r"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth|fifth|sixth|next|finally|lastly)"

#: Labels -> kind, first match wins (so "Serious side effects (boxed warning)" is side effects).
_KIND_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p)) for k, p in (
    ("identity", r"^(?:the\s+)?(?:generic(?:\s+drug)?(?:\s+name)?|drug\s+name|name|(?:generic|chemical|active)\s+"
                 r"(?:ingredient|substance)|name\s+of\s+the\s+(?:drug|medicine|medication)|basics|at\s+a\s+glance)$"),
    ("brands", r"^(?:common\s+|other\s+)?(?:brand|trade|proprietary)(?:\s+names?|s)?(?:\s+and\s+.*)?$|"
               r"^(?:also\s+)?(?:sold|marketed)\s+(?:as|under)\b"),
    ("side_effects", r"\bside[\s-]*effects?\b|\badverse\s+(?:effects?|reactions?|events?|drug\s+reactions?)\b|"
                     r"\bunwanted\s+effects\b|\btoxicity\b|\bdownsides?\b|^(?:ades?|adrs?|aes?)$"),  # ADRs
    ("mechanism", r"\bhow\s+(?:it|does\s+it|does\s+\S+|\S+)\s+works?\b|\bhow\s+it\s+acts\b|\bmechanisms?\b|"
                  r"\bmode\s+of\s+action\b|\bpharmacolog|\bpharmacodynamic|\bhow\s+it\s+helps\b|^the\s+science\b|"
                  r"\bscience\s+behind\b|^what\s+(?:it|\S+)\s+does(?:\s+in\s+the\s+body)?$|^moa$"),
    ("uses", r"^(?:usage|uses?|indications?|indicated\s+uses?|(?:main|common|medical|clinical|therapeutic|approved|"
             r"primary|key)\s+(?:uses?|indications?)|what\s+(?:is\s+it|it\s+is|\S+\s+is|is\s+\S+|are\s+they)\s+used\s+for|"
             r"used\s+for|what\s+(?:it'?s|it\s+is|is\s+it|\S+\s+is)\s+(?:used\s+)?for|what\s+(?:it|\S+)\s+treats|"
             r"when\s+(?:it'?s|it\s+is)\s+used|purpose|why\s+(?:it\s+is|is\s+it)\s+(?:used|prescribed)|usage\s+and\s+indications?|"
             r"uses?\s+and\s+indications?|indications?\s+and\s+usage|conditions?\s+treated|"
             # a package leaflet's "What X is and what it is used for"
             r"what\s+[\w-]+(?:\s+[\w-]+)?\s+is\s+and\s+what\s+(?:it|[\w-]+)\s+is\s+used\s+for)\b"),
    ("faqs", r"\bfaqs?\b|\bfrequently\s+asked\b|\bcommon(?:ly\s+asked)?\s+questions\b|^questions\b|"
             r"\bquestions\s+and\s+answers\b|\bq\s*&\s*a\b|"
             # a search page's "People Also Ask"
             r"^(?:what\s+)?(?:people|patients|readers|users)\s+(?:also|often|commonly|frequently)\s+ask$"),
    ("interactions", r"\binteractions?\b|\binteracts?\b"),
    ("precautions", r"\bprecautions?\b|\bwarnings?\b|\bconsiderations\b|\bcontraindications?\b|"
                    r"\bbefore\s+(?:taking|using|you\s+(?:take|use|start))\b|\bsafety\b|\bcautions?\b|"
                    r"\bspecial\s+populations\b|\bpregnan|\bwho\s+should\s+not\b|\bthings\s+to\s+(?:know|watch)\b|"
                    r"\bimportant\s+(?:information|notes?|points)\b|\bboxed\s+warning\b|\bmonitoring\b|"
                    r"\blifestyle\b|\bwhat\s+to\s+avoid\b|\btips\b"),
    # ("**Low doses -> the gut.**": a step of how it works, by its dose, no dosage section)
    ("dosage", r"\bdosage\b|\bdosing\b|(?<!low\s)(?<!lower\s)(?<!high\s)(?<!higher\s)(?<!small\s)(?<!large\s)"
               r"\bdoses?\b|\bhow\s+to\s+(?:take|use)\b|\badministration\b|\bdirections\b|"
               r"\bstrengths?\b"),
    ("note", r"^(?:note|disclaimer|important\s+note)$"),
    # ("Overdose", "In case of overdose"; not a lettered use "e) Aspirin overdose:", nor a use named as the overdose of
    # a kind of medicine: "(3) **Overdose of anticholinesterase medicines**:")
    ("other", r"\bstorage\b|^(?:signs\s+of\s+(?:an\s+)?|in\s+case\s+of\s+(?:an\s+)?|if\s+you\s+take\s+)?"
              r"(?:an\s+)?overdos(?!es?\s+(?:of|with)\s+[\w-]+\s+(?:medicines|medications|drugs|agents|insecticides)\b)|\bmissed\s+dose\b|\breferences?\b|\bsummary\b|\bconclusion\b|"
              r"\bkey\s+(?:points|takeaways)\b|\bavailab|\bforms?\b|\bformulations?\b|\bpharmacokinetic|"
              r"\balternatives?\b|\bcost\b|\bbottom\s+line\b|\boverview\b|\bdescription\b|\bclass\b|\bsources?\b"),
))

KINDS = tuple(k for k, _ in _KIND_RULES) + ("preamble", "unknown")
#: The kinds whose sections are read for claims (their lines count towards coverage).
CLAIM_KINDS = frozenset({"identity", "brands", "uses", "side_effects", "mechanism", "faqs", "precautions",
                         "interactions"})

_LEAD_NOISE = re.compile(r"^[^\w(]+|^\d\ufe0f?\u20e3|"  # emoji and keycap digits ("1️⃣")
                         # ("Step 2 -", "Slide 1: ...")
                         r"^(?:part|section|step|slide|chapter|card)\s+\d+\s*[-:.)\u2013\u2014]?\s*|"
                         r"^\d{1,2}(?:\.\d{1,2})+\.?\s+|"  # a decimal outline number ("2.1 Approved uses")
                         r"^(?:\d{1,2}|[ivx]{1,4}|[a-h])"
                         r"\s*[.)\]:-]\s*", re.I)
_TRAIL_NOISE = re.compile(r"[\s:.\-\u2013\u2014\u3011]+$")  # (and a full-width bracket: "【Usage】")
_PAREN = re.compile(r"\s*\([^()]*\)")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
                          "\u2019": "'"})


def clean_label(label: str) -> str:
    """``**2. Side Effects:**`` -> ``Side Effects``; emoji, numbering and trailing colons dropped."""
    text = label.replace("**", "").replace("__", "")
    text = " ".join((text if text.isascii() else text.translate(_HYPHENS)).split())  # (no ASCII key)
    text = text.strip("*_ ")
    prev = None
    while prev != text:
        prev = text
        text = _LEAD_NOISE.sub("", text).strip()
    return _TRAIL_NOISE.sub("", text).strip()


#: a tutorial step's verb before the section it names ("Know the generic name", "Be aware of side effects")
_STEP_VERB = re.compile(r"^(?:know|understand|learn|be\s+aware\s+of|review|check|explore|consider|recognize|"
                        r"recognise|read)\s+(?:about\s+)?(?:the\s+)?(?=\S)")
#: a line that introduces the whole answer ("Here is an FAQ page about X", "Below is a summary of ...")
_WHOLE_ANSWER = re.compile(r"^(?:here\s+is|here'?s|below\s+is)\s+(?:an?|the|your|my)\s")

#: A question that names a section ("**What side effects can it cause?**", "What is it used
#: for?", "How does it work?", "What else do people often ask?") -> kind; any other question is
#: not a section label (inside FAQs it is a question).
_QUESTION_RULES: tuple[tuple[str, re.Pattern[str]], ...] = tuple((k, re.compile(p)) for k, p in (
    ("identity", r"\bgeneric\s+name\b"),
    ("side_effects", r"\bside[\s-]*effects?\b|\bunwanted\s+effects\b|\badverse\s+(?:effects?|reactions?)\b"),
    ("uses", r"\bused\s+for$|^what\s+(?:does|do)\s+(?:it|they|\S+)\s+treat$|"
             r"^why\s+is\s+(?:it|\S+)\s+(?:used|prescribed)$"),
    ("mechanism", r"^how\s+(?:does|do)\s+(?:it|they|\S+)\s+work$|\bworks?$"),
    ("faqs", r"\b(?:people|patients)\s+(?:\w+\s+)?ask$|^(?:any\s+)?(?:other|common|frequently\s+asked)\s+questions$"),
    ("interactions", r"\binteract"),
    ("precautions", r"^who\s+should\s+not\b|\bprecautions?\b|\bwarnings?\b"),
))


@lru_cache(maxsize=4096)
def section_kind(label: str) -> str | None:
    """The kind of a section label (already cleaned or not), or None when it names no section."""
    text = clean_label(label)
    if not text:
        return None
    if " | " in text:  # a heading in two languages ("Generic Name | الاسم العلمي"): each part names the same section
        return next((kind for part in text.split(" | ") if (kind := section_kind(part))), None)
    if text.endswith("?"):
        low = _PAREN.sub("", text[:-1]).casefold().strip()
        if len(low.split()) > 9:
            return None
        return next((kind for kind, rx in _QUESTION_RULES if rx.search(low)), None)
    low = _PAREN.sub("", text).casefold().strip() or text.casefold()
    low = _STEP_VERB.sub("", low)  # a tutorial's "Step 2: Understand what it's used for": what it's used for
    if len(low.split()) > 9 or _WHOLE_ANSWER.match(low):
        return None  # ("Here is an FAQ page about fluoxetine:": the answer introduced, no section of it)
    for kind, rx in _KIND_RULES:
        if rx.search(low):
            return kind
    return None


@dataclass(frozen=True)
class LabelLine:
    """A label at the start of a source line: ``label`` as written (markup removed), the text
    after it on the line (``rest``, markup kept), how it was written (``bold``, ``plain``), and
    the column where ``rest`` starts."""

    label: str
    rest: str
    markup: str
    rest_col: int


# "**Label:** rest", "**Label**: rest", "__Label:__", "*Label:*", "**1. Label:**"
_BOLD_LABEL = re.compile(r"^(\s*)(\*\*|__|\*|_)(?=\S)(?P<label>[^*_\n]{1,90}?)(?P<c1>\s*:)?(?<=\S)\2"
                         r"(?P<colon>\s*:)?(?P<rest>.*)$")
# "Label: rest", "USAGE:", "3) Side Effects:", "Q: ..." (a short label, no sentence punctuation)
_PLAIN_LABEL = re.compile(r"^(\s*)(?P<label>(?:\d{1,2}[.)]\s+)?[A-Z\u00c0-\u024f][^:.!?;\n]{0,60}?)(?:\s?:-|:)(?=\s|$)"
                          r"(?P<rest>.*)$")  # ("Usage :- text": a colon and a hyphen, as some writers set a label)


#: the same in lower case (a group's or a section's name only: see :func:`split_label`)
_LOWER_LABEL = re.compile(r"^(\s*)(?P<label>[a-z][^:.!?;\n]{0,40}?):(?=\s|$)(?P<rest>.*)$")


_DASH_AFTER = re.compile(r"\s+[-\u2013\u2014]\s+")
# "Usage — text", "Common – a, b, c", "Q — ...": a plain label closed by an en or em dash
_DASH_LABEL = re.compile(r"^(\s*)(?P<label>[A-Z\u00c0-\u024f][^:.!?;\n\u2013\u2014]{0,40}?)\s+[\u2013\u2014](?:\s+|$)"
                         r"(?P<rest>.*)$")
#: "Usage - text": a plain label closed by a spaced hyphen (read only when it names a section)
_HYPHEN_LABEL = re.compile(r"^(\s*)(?P<label>[A-Z][A-Za-z ]{1,30}?)\s+-\s+(?P<rest>\S.*)$")
#: a side-effect group named by how often or how bad ("Common", "Less common", "Rare but serious")
#: a share of the people who take it, a group's name as a label ("**Some people:** nausea, ...")
_SHARE = r"^(?:most|many|some|a\s+few|few)\s+(?:people|patients)$"
SHARE_OF_PEOPLE = re.compile(_SHARE, re.I)
_GROUP = (r"^(?:(?:very|less|more|most)\s+)?(?:common(?:ly)?|uncommon|rare(?:ly)?|frequent|infrequent|"
          r"occasional)(?:(?:,?\s+but|,|\s+and)\s+(?:serious|important|severe|dangerous)|\s+side\s+effects)?$|"
          # ("rare, serious": a tag; "Rare but important")
          r"^(?:(?:possible|potential)\s+)?(?:serious|severe|mild|other)(?:(?:,?\s+but|,|\s+and)\s+(?:rare|uncommon|"
          r"common))?(?:\s+side\s+effects)?$|"
          # ("Possible serious risks (based on how such medicines work)": a group of effects not yet seen)
          r"^(?:(?:possible|potential|rare(?:\s+but)?)\s+)?(?:serious|severe)\s+risks$|"
          r"^(?:frequency|how\s+often)\s+(?:not\s+known|unknown)$|"  # (a leaflet's "Frequency not known")
          # ("- Mostly mild" over its effects, "- Needs monitoring" over others: how bad, and what is watched for)
          r"^(?:mostly|usually|generally)\s+(?:mild|minor)$|^(?:needs?|requires?)\s+(?:close\s+)?monitoring$|"
          + _SHARE)  # ("**Some people:** nausea, ...": how often)
#: what a dash label may be besides a section's name: a side-effect group or a question/answer
_DASH_SUB = re.compile(_GROUP + r"|^(?:q|a|question|answer)$", re.I)
_GROUP_LABEL = re.compile(_GROUP, re.I)


def is_group_label(text: str) -> bool:
    """``Common``, ``B. Less common``, ``Rare but serious``, ``Serious (rare)``: a side-effect group's name alone (a
    note in brackets after it is no part of the name)."""
    label = clean_label(text)
    return _GROUP_LABEL.match(_PAREN.sub("", label).strip() if "(" in label else label) is not None


#: a run of emoji and other symbols (and keycap digits, "1️⃣") that opens a line before its label or item: markup
SYMBOL_RUN = r"(?:(?:[\u2190-\u2bff\u2600-\u27bf\U0001f000-\U0001faff][\ufe0f\u20e3]?|\d\ufe0f?\u20e3)\s*)+"
#: the marks that make a digit a keycap ("1" + U+FE0F + U+20E3)
KEYCAP_MARKS = ("\ufe0f", "\u20e3")
#: emoji and other symbols opening a line before its label ("🟢 Common: ...", "⚠️ SIDE EFFECTS:", "1️⃣ **Usage**")
_SYMBOL_LEAD = re.compile(r"^\s*" + SYMBOL_RUN)


def opens_on_symbol(text: str) -> bool:
    """Whether ``text`` opens on an emoji or other symbol, or on a keycap digit (a cheap first test)."""
    return text[:1] >= "\u2190" or text[1:2] in KEYCAP_MARKS


#: the noun after a group's name ("Common effects", "Serious but rare side effects")
_EFFECTS_WORD = re.compile(r"\s+(?:side\s+)?(?:effects|reactions)$", re.I)


def split_label(line: str) -> LabelLine | None:
    """A label that opens ``line``, or None. A bold label needs a colon (inside or after the
    bold) unless it is the whole line; a plain label needs a colon and at most eight words.
    Emoji before the label are markup ("🟢 Common: dry mouth" is the label ``Common``)."""
    if opens_on_symbol(line.lstrip()):
        lead = _SYMBOL_LEAD.match(line)
        if lead and lead.end() < len(line):
            ll = split_label(line[lead.end():])
            return None if ll is None else LabelLine(ll.label, ll.rest, ll.markup, ll.rest_col + lead.end())
    m = _BOLD_LABEL.match(line)
    if m:
        label = m.group("label").strip()
        rest = m.group("rest")
        has_colon = bool(m.group("c1") or m.group("colon"))
        if has_colon or not rest.strip():
            return LabelLine(label, rest.strip(), "bold", m.end() - len(rest) + (len(rest) - len(rest.lstrip())))
        dash = _DASH_AFTER.match(rest)
        if (label.endswith((".", "\u2014", "\u2013")) or dash) and (section_kind(label.rstrip(".")) is not None
                                                                    or dash and _DASH_SUB.match(label)
                                                                    or label.endswith(".") and is_group_label(
                                                                        _EFFECTS_WORD.sub("", label.rstrip(".")))):
            # "**Usage.** Lacosamide is ...", "**Usage** - Lacosamide is ...", "**Usage —** Lacosamide is ...":
            # a section name, then its text; "*Common* — a, b and c", "*Common effects.* These include a and b": a
            # group's name, then its effects
            body = rest[dash.end():] if dash else rest
            col = m.end() - len(body) + (len(body) - len(body.lstrip()))
            return LabelLine(label.rstrip("."), body.strip(), "bold", col)
        return None
    m = _DASH_LABEL.match(line) if "\u2013" in line[:60] or "\u2014" in line[:60] else None
    sub = m is not None and _DASH_SUB.match(m.group("label").strip()) is not None
    if m and (sub or section_kind(m.group("label")) is not None):
        rest = m.group("rest")
        if sub and rest.rstrip().endswith(":"):  # "Common – most are mild:" over a list: the label, its comment dropped
            return LabelLine(m.group("label").strip(), "", "plain", len(line))
        return LabelLine(m.group("label").strip(), rest.strip(), "plain",
                         m.start("rest") + (len(rest) - len(rest.lstrip())))
    m = _HYPHEN_LABEL.match(line) if " - " in line[:48] else None
    if m and section_kind(m.group("label")) is not None:  # "Usage - Benzocaine is ...": a section's name, a spaced
        rest = m.group("rest")  # hyphen, its text (only a section's name: "Nausea - common" stays a line of text)
        return LabelLine(m.group("label").strip(), rest.strip(), "plain",
                         m.start("rest") + (len(rest) - len(rest.lstrip())))
    m = _PLAIN_LABEL.match(line)
    if m is None and line.lstrip()[:1].islower():  # "common: nausea, ...", "serious (rare): ...": a group's name (or a
        m = _LOWER_LABEL.match(line)  # section's) in lower case, as an all-lower-case answer writes it
        m = m if m and (is_group_label(m.group("label")) or section_kind(m.group("label")) is not None) else None
    if m:
        label = m.group("label").strip()
        if len(_PAREN.sub("", label).split()) > 8 or "http" in label.casefold():  # (a rate in brackets is no sentence)
            return None
        if label.count("(") > label.count(")"):
            return None  # "Beclomethasone dipropionate (international name: beclometasone)": a colon inside a gloss
        rest = m.group("rest")
        return LabelLine(label, rest.strip(), "plain", m.start("rest") + (len(rest) - len(rest.lstrip())))
    return None
