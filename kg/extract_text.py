"""Text helpers for the claim extractors (layer 1, standard library only).

Sentence and list splitting that respects parentheses, label clean-up, abbreviation tests,
and :class:`Quoter`, which finds a verbatim quote for a claim in the cited source lines.
All regular expressions are compiled once, at import.
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from re import _constants as _sre  # the parsed pattern's opcodes (read by required_literals)
from re import _parser as _sre_parser
from typing import Any

from kg.anatomy import APPLIED_VERBS, BODY_PARTS
from kg.model import Document, Evidence, Extraction, Section, Span
from kg.sections import BULLET_GLYPHS, ITEM_LETTER

#: Typographic hyphens folded to ASCII '-' in labels (one character each, so offsets survive).
HYPHENS = str.maketrans({"\u207a": "+", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-"})
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"'})
_FOLD = str.maketrans({"\u207a": "+", "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2212": "-",
                       "\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u00ab": '"', "\u00bb": '"',
                       "\t": " "})  # (guillemets are quotes: \u00abHeminevrin\u00bb)

_NO_BREAK_BEFORE = re.compile(r"(?:\be\.g|\bi\.e|\betc|\bvs|\bapprox|\bDr|\bSt|\bU\.S|\bNo)\.$", re.I)
_WS = re.compile(r"\s+")
_BREAK = re.compile(r"[.!?](?= |$)")
_LEAD_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.I)
_LEAD_AN = re.compile(r"^an?\s+", re.I)
_LEAD_CONJ = re.compile(r"^(?:and|or|and/or|as well as|plus)\s+", re.I)
_PAREN = re.compile(r"\s*\([^()]*\)")
_EG = re.compile(r"^(?:e\.g\.|i\.e\.|eg|ie|for example|such as|including)[,:]?\s*", re.I)
_ABBREV_TOKEN = re.compile(r"^[\w\u0370-\u03ff+/-]+$")
_SMALL_WORDS = re.compile(r"\b(?:that|which|who|where|when|if|because)\b", re.I)
_SHARED_TAIL = re.compile(r"\s(?:with|of|in|on|from|after|for)\s|\w\s+\w+ing$", re.I)
_INTENSIFIER = re.compile(r"^(?:very|extremely|unusually|abnormally|too|really)\s", re.I)
_PAREN_CHARS = re.compile(r"[()]")
_AS_WELL_AS = re.compile(r",?\s+as well as\s+")
_WORD_RE = re.compile(r"[\w\u0370-\u03ff'-]+")

#: the section of a claim read before the page's first section (an opening paragraph under the
#: title): every statement names the section it came from (the shapes want a non-empty title)
UNTITLED = "(before the first section)"


@lru_cache(maxsize=8192)
def norm(text: str) -> str:
    """Fold typographic hyphens and quotes; collapse whitespace."""
    # (both tables map only characters outside ASCII: an ASCII text skips their per-character look-ups)
    return " ".join((text if text.isascii() else text.translate(HYPHENS).translate(_QUOTES)).split())


def spaced_dashes(text: str) -> str:
    """An em dash glued to its words ("pain—for example after a strain—alongside rest") spaced, as it sets off
    an aside as a spaced one does (for the readers of prose; labels and statements keep the page's text)."""
    return _GLUED_DASH.sub(" \u2014 ", text) if "\u2014" in text else text


_GLUED_DASH = re.compile(r"(?<=\S)\u2014(?=\S)")


def sentences(text: str) -> list[str]:
    """Split prose into sentences, never inside parentheses or after "e.g."."""
    return list(_sentences(text))


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[str, ...]:
    """:func:`sentences`, computed once per text (several rules split the same paragraph)."""
    out: list[str] = []
    start = 0
    for m in _BREAK.finditer(text):
        i = m.start()
        if text.count("(", start, i) > text.count(")", start, i):
            continue
        nxt = text[i + 1:i + 3].lstrip()
        if nxt and not (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"'(\u201c"):
            continue
        if text[i] == "." and _NO_BREAK_BEFORE.search(text, max(start, i - 8), i + 1):
            continue
        piece = text[start:i + 1].strip()
        if piece:
            out.append(piece)
        start = i + 1
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return tuple(out)


def split_top(text: str, sep: str) -> list[str]:
    """Split ``text`` at ``sep`` outside parentheses."""
    if "(" not in text:
        return text.split(sep)
    parts, depth, start = [], 0, 0
    for m in _split_top_rx(sep).finditer(text):
        ch = m.group()
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth:
                depth -= 1
        elif depth == 0:
            parts.append(text[start:m.start()])
            start = m.end()
    parts.append(text[start:])
    return parts


@lru_cache(maxsize=64)
def _split_top_rx(sep: str) -> re.Pattern[str]:
    """Parentheses and ``sep`` (which holds no parenthesis), left to right, non-overlapping."""
    assert "(" not in sep and ")" not in sep
    return re.compile(r"\(|\)|" + re.escape(sep))


@dataclass
class Item:
    """One member of a comma list; ``conj`` when it was introduced by "and"/"or"."""

    text: str
    conj: bool = False


def list_items(text: str, *, appositives: bool = True, split_and: bool = False, split_or: bool = True) -> list[Item]:
    """Split "A, B, and C" / "A; B" into members (parenthesis-aware).

    Without a coordinating conjunction, "A, a B" reads as an apposition and only A is kept.
    A member "X and Y" / "X or Y" is split when both halves have the same shape
    (both one word, or both two to three words without a relative clause); with
    ``split_and`` every top-level "X and Y" is split.
    """
    return list(_list_items(text, appositives, split_and, split_or))


@lru_cache(maxsize=4096)
def _list_items(text: str, appositives: bool, split_and: bool, split_or: bool = True) -> tuple[Item, ...]:
    """:func:`list_items`, once per text and options (its items are never modified in place)."""
    out: list[Item] = []
    for chunk in split_top(text, ";"):
        for piece in _AS_WELL_AS.split(chunk):
            out.extend(_comma_list(piece, appositives, split_and, split_or))
    return tuple(i for i in out if i.text)


#: an example after a comma, said with "like": "upper respiratory tract infections, like the common cold"
_LIKE_EXAMPLE = re.compile(r"^like\s+(?:the|a|an)\s", re.I)


def _comma_list(text: str, appositives: bool, split_and: bool = False, split_or: bool = True) -> list[Item]:
    raw = [p.strip() for p in split_top(text, ",")]
    raw = [p for k, p in enumerate(raw) if p and not (k and _LIKE_EXAMPLE.match(p))]  # ", like the common cold": an
    # example of the item before, no item of its own
    items = []
    for p in raw:
        m = _LEAD_CONJ.match(p)  # anchored: ``sub`` would remove just this match
        items.append(Item(p[m.end():].strip(), conj=True) if m else Item(p.strip(), conj=False))
    has_conj = any(i.conj for i in items) or any(_binary(i.text) for i in items[-1:])
    ends_list = len(items) >= 3 and len(split_top(items[-1].text, " and ")) == 2  # "A, a B, C, loss of appetite and D"
    last = APPLIED_PLACE.sub("", items[-1].text) if len(items) == 2 else ""
    pair = split_top(last, " and ") if last else []
    if len(pair) == 2 and len(pair[0].split()) <= 4 and 0 < len(pair[1].split()) <= 3 and not _SMALL_WORDS.search(last):
        ends_list = True  # "skin redness, a burning feeling and irritation": the list's last two, no apposition
    if appositives and len(items) > 1 and not has_conj and not ends_list and _LEAD_ARTICLE.match(items[1].text):
        last = _last_or(items[-1].text)
        if last is None:
            items = items[:1]
        else:  # "itching, a temporary rash or sunburn": a list whose last link is "or", no apposition
            items[-1:] = [Item(last[0]), Item(last[1], True)]
    if appositives and len(items) > 2 and not items[-1].conj and _LEAD_AN.match(items[-1].text) and (
            items[-2].conj or len(split_top(items[-2].text, " and ")) == 2):
        items = items[:-1]  # "A, B and C, a smelly infection of the feet": what the last member is, no member
    if not has_conj and len(items) > 1:
        halves = [h.strip() for h in split_top(items[-1].text, " and ")]
        bare = [APPLIED_PLACE.sub("", h) for h in halves]  # ("redness where the injection was given": one effect)
        if len(halves) == 2 and all(0 < len(h.split()) <= 4 for h in bare) and not _SMALL_WORDS.search(bare[1]) \
                and not repeats_word(*bare) and not _shares_levels_head(*bare):
            items[-1:] = [Item(halves[0]), Item(halves[1], True)]
    out: list[Item] = []
    for it in items:
        if split_and:
            halves = [h.strip() for h in split_top(it.text, " and ") if h.strip()]
            if len(halves) > 1:
                for k, h in enumerate(halves):
                    out.extend(_split_binary(Item(h, it.conj or k > 0), split_or))
                continue
        out.extend(_split_binary(it, split_or))
    return out


def _last_or(text: str) -> tuple[str, str] | None:
    """The two halves of a list's last member "B or C" (C a short phrase), else None."""
    halves = [h.strip() for h in split_top(text, " or ")]
    if len(halves) == 2 and 0 < len(halves[0].split()) <= 6 and 0 < len(halves[1].split()) <= 4 \
            and not _SMALL_WORDS.search(text):
        return halves[0], halves[1]
    return None


def _binary(text: str) -> bool:
    return len(_split_binary(Item(text))) > 1


def _split_binary(item: Item, split_or: bool = True) -> list[Item]:
    for conj in (" and ", " or ") if split_or else (" and ",):
        halves = split_top(item.text, conj)
        if len(halves) != 2:
            continue
        left, right = (h.strip() for h in halves)
        nl, nr = len(drop_article(left).split()), len(right.split())
        same_shape = (nl == nr == 1) or (2 <= nl <= 3 and 2 <= nr <= 3)
        if same_shape and _SHARED_TAIL.search(left) and not _SHARED_TAIL.search(right):
            same_shape = False  # "rash with fever or swollen glands", "trouble getting or keeping an erection"
        if same_shape and _INTENSIFIER.match(drop_article(left)):
            same_shape = False  # "very fast or irregular heartbeat"
        if same_shape and _shares_levels_head(left, right):
            same_shape = False  # "raised cholesterol and triglyceride levels": two substances, one head
        if same_shape and repeats_word(left, right):
            same_shape = False  # "complicated skin and skin structure infections": one category
        if same_shape and shares_part_head(left, right):
            same_shape = False  # "minor muscle and joint pain": two body parts, one complaint
        if same_shape and not _SMALL_WORDS.search(right) and "(" not in left:
            return [Item(left, item.conj), Item(right, True)]
    return [item]


#: a head that two substances before it share ("cholesterol and triglyceride levels", "red and white cell counts")
_LEVELS_HEAD = re.compile(r"\s(?:levels|counts|values|readings)$", re.I)


def _shares_levels_head(left: str, right: str) -> bool:
    """Whether "X and Y levels" names the levels of two substances, one entry ("Raised cholesterol and
    triglyceride levels", "low sodium and potassium levels"), not X and then "Y levels"."""
    return len(right.split()) == 2 and bool(_LEVELS_HEAD.search(right)) and not _LEVELS_HEAD.search(left)


#: the place a skin or injection effect happens, run on to it: "where the injection was given", "where it is applied"
APPLIED_PLACE = re.compile(r"\s+where\s+" + APPLIED_VERBS + "$", re.I)
#: a grade that may stand before the first of two body parts sharing a head ("minor muscle and joint pain")
_PART_GRADE = frozenset("minor mild moderate severe chronic acute occasional temporary general".split())


def shares_part_head(left: str, right: str) -> bool:
    """Whether "X and Y pain" names one complaint of two body parts ("muscle and joint pain", "minor muscle and
    joint pain"), not X and then "Y pain": X is only a body part (after a grade), Y opens with one and ends with a head
    that is not ("relief of minor muscle" counts from its "of")."""
    a, b = drop_article(re.split(r"\s(?:of|for|in)\s", left)[-1]).casefold().split(), right.casefold().split()
    while len(a) > 1 and a[0] in _PART_GRADE:
        a = a[1:]
    return len(a) == 1 and a[0] in BODY_PARTS and len(b) == 2 and b[0] in BODY_PARTS and b[1] not in BODY_PARTS


def repeats_word(left: str, right: str) -> bool:
    """Whether the second half of "X and Y" opens with the word the first ends with ("skin and skin structure"):
    the first half is then a modifier of the second's head, not a thing of its own."""
    a, b = left.split(), right.split()
    return bool(a and len(b) >= 2) and a[-1].casefold() == b[0].casefold()


def inside_parens(text: str, at: int) -> bool:
    """Whether position ``at`` of ``text`` is inside parentheses."""
    return text.count("(", 0, at) > text.count(")", 0, at)


def search_outside_parens(text: str, rx: re.Pattern[str], pos: int = 0) -> re.Match[str] | None:
    """The first match of ``rx`` from ``pos`` on that is not inside parentheses. Each position is
    tried, so a match inside the brackets that runs past them hides none after them."""
    m = rx.search(text, pos)
    while m is not None and inside_parens(text, m.start()):
        m = rx.search(text, m.start() + 1)
    return m


def cut_outside_parens(text: str, rx: re.Pattern[str]) -> str:
    """``text`` up to the first match of ``rx`` that is not inside parentheses ("Gout (joint pain
    caused by uric acid)" keeps its gloss whole)."""
    m = search_outside_parens(text, rx, 1)  # (a match at the very start cuts nothing)
    return text[:m.start()].rstrip(" ,") if m is not None else text


#: an ampersand between two lower-case words of a list ("Glaucoma & cataracts", "Eczema & psoriasis"): "and"
AMPERSAND = re.compile(r"\s+&\s+(?=[a-z])")


def strip_parens(text: str) -> tuple[str, list[str]]:
    """``"X (A) Y"`` -> ``("X Y", ["A"])``."""
    if "(" not in text:
        return " ".join(text.split()), []
    found = [m.group(0).strip()[1:-1].strip() for m in _PAREN.finditer(text)]
    return " ".join(_PAREN.sub("", text).split()), found


def could_match(text: str, needles: tuple[str, ...]) -> bool:
    """False only when a case-insensitive pattern that needs one of ``needles`` cannot match ``text``.

    ``needles`` are lower-case ASCII literals, one of which every match of the pattern contains.
    For ASCII text ``str.lower`` folds case exactly as ``re.IGNORECASE`` does; other text
    (where ``re.I`` also equates e.g. U+017F with "s") always passes to the pattern itself.
    """
    if not text.isascii():
        return True
    low = text.lower()
    for n in needles:
        if n in low:
            return True
    return False


class Folded:
    """A case-insensitive pattern, run case-sensitively over lower-cased ASCII text (several times faster).

    For ASCII text ``str.lower`` keeps every offset and folds case exactly as ``re.IGNORECASE``
    does for a pattern whose literal letters are lower case; other text goes to the pattern
    itself. A match found on the lower-cased copy gives true positions but lower-cased groups:
    use :meth:`search` for truth and offsets only, :meth:`finditer_spans` to slice the original.
    With ``guard``, both are :class:`Guarded` (for a pattern searched mostly where it cannot match).
    """

    __slots__ = ("rx", "cs")

    def __init__(self, rx: re.Pattern[str], guard: bool = False) -> None:
        bare = re.sub(r"\\.|\(\?P<\w+>", "", rx.pattern)
        if not rx.flags & re.IGNORECASE or re.search(r"[A-Z]", bare):
            raise ValueError(f"not a lower-case case-insensitive pattern: {rx.pattern!r}")
        cs = re.compile(rx.pattern, rx.flags & ~re.IGNORECASE)
        self.rx: re.Pattern[str] | Guarded = Guarded(rx) if guard else rx
        self.cs: re.Pattern[str] | Guarded = Guarded(cs) if guard else cs

    def search(self, text: str) -> re.Match[str] | None:
        return self.cs.search(text.lower()) if text.isascii() else self.rx.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.cs.match(text.lower()) if text.isascii() else self.rx.match(text)

    def finditer(self, text: str):
        """Every match, as ``finditer`` on ``text`` finds them (groups lower-cased for ASCII text)."""
        return self.cs.finditer(text.lower()) if text.isascii() else self.rx.finditer(text)

    def split(self, text: str) -> list[str]:
        """``re.split`` of ``text`` by a pattern without groups that never matches the empty string."""
        if not text.isascii():
            return self.rx.split(text)
        out, prev = [], 0
        for m in self.cs.finditer(text.lower()):
            out.append(text[prev:m.start()])
            prev = m.end()
        out.append(text[prev:])
        return out

    def finditer_spans(self, text: str):
        """``(span, span of group 1, ...)`` of every match, as ``finditer`` on ``text`` finds them."""
        it = self.cs.finditer(text.lower()) if text.isascii() else self.rx.finditer(text)
        n = self.rx.groups
        return [tuple(m.span(g) for g in range(n + 1)) for m in it]


class Guarded:
    """A compiled pattern that first checks the text holds one of the literals every match needs.

    Most patterns are searched in sentences they cannot match, and the engine tries every start
    position before it says so; a substring test is many times cheaper. The literals come from the
    pattern itself (:func:`required_literals`), so no match is ever lost: without one of them in
    the text the pattern cannot match, and the answer is the one the pattern would give (no match,
    the text unchanged, the text unsplit). A pattern that needs no literal is run as it is.
    Case-insensitive patterns are checked on the lower-cased text; text holding one of the few
    characters that such a pattern equates with an ASCII letter ("\u0130", "\u0131", "\u017f",
    "\u212a") always goes to the pattern.
    """

    __slots__ = ("rx", "needles", "fold", "pattern", "flags", "groups", "groupindex")

    def __init__(self, rx: re.Pattern[str]) -> None:
        self.rx = rx
        self.needles = required_literals(rx)
        self.fold = bool(rx.flags & re.IGNORECASE)
        self.pattern, self.flags, self.groups, self.groupindex = rx.pattern, rx.flags, rx.groups, rx.groupindex

    def _absent(self, text: str, pos: int = 0, endpos: int | None = None) -> bool:
        """True when no literal the pattern needs is in ``text[pos:endpos]`` (so it cannot match)."""
        needles = self.needles
        if needles is None:
            return False
        if self.fold:
            if not text.isascii() and _ASCII_FOLDS.search(text):
                return False
            text = text.lower()  # one character for one (U+0130 excepted, above): offsets kept
        end = len(text) if endpos is None else endpos
        for n in needles:
            if text.find(n, pos, end) >= 0:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text, pos, endpos) else self.rx.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text, pos, endpos) else self.rx.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return None if self._absent(text, pos, endpos) else self.rx.fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(text, pos, endpos) else self.rx.finditer(text, pos, endpos)

    def findall(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return [] if self._absent(text, pos, endpos) else self.rx.findall(text, pos, endpos)

    def sub(self, repl: Any, text: str, count: int = 0) -> str:
        return text if self._absent(text) else self.rx.sub(repl, text, count)

    def split(self, text: str, maxsplit: int = 0) -> list[str]:
        return [text] if self._absent(text) else self.rx.split(text, maxsplit)


class StartOr:
    """``^(?:start)|inside`` searched as ``start`` matched at the text's start, else ``inside`` searched.

    The same first match (the anchored branches come first, and only they can match at the start
    before the others are tried there), without trying the anchored branches at every position; and
    ``inside`` alone has literals a :class:`Guarded` check can use, where the anchored words ("no",
    "it") are in almost every text.
    """

    __slots__ = ("start", "inside")

    def __init__(self, start: str, inside: str, flags: int = 0) -> None:
        self.start = Folded(re.compile(start, flags)) if flags & re.IGNORECASE else re.compile(start, flags)
        self.inside = Folded(re.compile(inside, flags), guard=True) if flags & re.IGNORECASE \
            else Guarded(re.compile(inside, flags))

    def search(self, text: str) -> re.Match[str] | None:
        return self.start.match(text) or self.inside.search(text)


#: Characters outside ASCII that a case-insensitive pattern matches with an ASCII letter (all of
#: them: tests/test_extract_text.py scans every code point): str.lower() does not give that letter.
_ASCII_FOLDS = re.compile("[\u0130\u0131\u017f\u212a]")


def required_literals(rx: re.Pattern[str]) -> tuple[str, ...] | None:
    """ASCII strings one of which every match of ``rx`` contains (lower-cased for a case-insensitive
    pattern), or None when the pattern needs none. Read from the parsed pattern: literal runs,
    alternations (one literal per branch), repeats of at least one, groups and lookaheads; the text
    a lookbehind or a negative assertion reads is never counted."""
    tree = _sre_parser.parse(rx.pattern, rx.flags)
    found = _required(list(tree), bool(rx.flags & re.IGNORECASE))
    return tuple(sorted(found)) if found else None


def _required(items: list[tuple[Any, Any]], fold: bool) -> set[str] | None:
    """:func:`required_literals` of a sequence of parsed items: the best of its items' sets (the
    one whose shortest literal is longest, then the smallest)."""
    options: list[set[str]] = []
    run = ""
    for op, av in items:
        if op is _sre.LITERAL and chr(av).isascii():
            run += chr(av).lower() if fold else chr(av)
            continue
        if run:
            options.append({run})
            run = ""
        got: set[str] | None = None
        if op is _sre.SUBPATTERN:
            add, drop = av[1], av[2]
            got = _required(list(av[3]), (fold or bool(add & re.IGNORECASE)) and not drop & re.IGNORECASE)
        elif op is _sre.BRANCH:
            alts = [_required(list(b), fold) for b in av[1]]
            got = set().union(*alts) if all(alts) else None  # type: ignore[arg-type]
        elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT) and av[0] >= 1:
            got = _required(list(av[2]), fold)
        elif op is _sre.ASSERT and av[0] == 1:  # a lookahead: its text is in the string too
            got = _required(list(av[1]), fold)
        elif op is _sre.ATOMIC_GROUP:
            got = _required(list(av), fold)
        if got:
            options.append(got)
    if run:
        options.append({run})
    return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=None)


#: where a group's examples begin ("an allergic reaction like hives", "NSAIDs such as ibuprofen")
EXAMPLE_CUE = re.compile(r",?\s+(?:like|such\s+as|including)\s+", re.I)


def strip_example_cue(text: str) -> str:
    """Drop a leading "e.g.," / "such as" from a parenthetical."""
    return _EG.sub("", text.strip())


def is_abbreviation(text: str) -> bool:
    """True for "BCC", "sBCC", "T2DM", "5-FU", "β2-AR", "H1", "c-Mpl"; False for "hay fever", "hives"."""
    t = text.strip()
    if not t.isascii():
        t = t.translate(HYPHENS)
    if not t or " " in t or not _ABBREV_TOKEN.match(t):
        return False
    upper = sum(c.isupper() for c in t)
    greek = sum("\u0370" <= c <= "\u03ff" for c in t)
    return upper >= 2 or ((upper >= 1 or greek >= 1) and any(c.isdigit() for c in t)) \
        or bool(_CELLULAR_GENE.fullmatch(t))


#: a gene's symbol with its cellular or viral prefix: "c-Mpl", "c-Kit", "v-Src"
_CELLULAR_GENE = re.compile(r"[cv]-[A-Z][a-z]{1,4}\d?")


def is_symbol(text: str) -> bool:
    """An abbreviation, or a short phrase that starts with one ("HMG-CoA reductase")."""
    words = text.split()
    return bool(words) and len(words) <= 3 and is_abbreviation(words[0])


def drop_article(text: str) -> str:
    return _LEAD_ARTICLE.sub("", text.strip())


#: words that, alone, name no condition or effect: what is left when a clause was cut wrongly
#: ("Those", "Mainly", "Even while driving")
_NOT_A_NAME = frozenset({"those", "these", "this", "that", "it", "they", "them", "mainly", "mostly", "usually",
                         "especially", "only", "often", "rarely", "also", "some", "others", "other", "both", "all",
                         # how sure the condition is ("Cyanide poisoning, known or suspected"): no condition of its own
                         "known", "suspected", "confirmed", "proven", "possible", "probable", "presumed",
                         # when, how often and how long, cut off from the use it was said of ("tuberculosis, always
                         # together with other TB medicines", "uterine fibroids, short-term before surgery")
                         "always", "sometimes", "occasionally", "generally", "typically", "alone", "initially",
                         "whether",
                         "short-term", "long-term", "short term", "long term", "routine", "regular",
                         # whether it is new ("High blood pressure, new or worsening"): no effect of its own
                         "new", "worsening", "worse", "new or worsening", "new or worse", "new or worsened",
                         # a conjunction left alone once the clause after it was cut (", and that last one is ...")
                         "and", "or", "but", "and/or",
                         # who, cut from what it was said of ("approved in the US for men only"): people, no condition
                         "men", "women", "adults", "children", "men only", "women only", "adults only",
                         "children only", "anyone", "everyone", "someone",
                         # animals a veterinary drug is given to ("used in veterinary medicine for dogs and cats")
                         "dogs", "cats", "horses", "cattle", "pets", "animals", "livestock", "sheep", "pigs",
                         "poultry"})


#: what a label begins with when it is a clause, a span of time or a frequency, never a name: "Are older"
#: and "Have a weakened immune system" (the items of "those who:"), "Within 5 days of the first symptoms",
#: "5 days", "Affecting about 2 in 100 people", "The most frequent side effect", "Combination with other antibiotics",
#: "Need for red blood cell transfusions" (what a use spares, not a condition), "Both short-term" (how long),
#: "Unlike many other sleep medications" (a comparison), "Diagnostic aid" (help with an exam), "Already had a
#: fracture" (who the patients are), "Dying from heart problems" (an outcome a trial counted)
_NOT_A_NAME_START = re.compile(
    r"^(?:(?:are|is|was|were|have|has|had)\s"  # a clause
    r"|make\s+[\w\s-]{1,40}\s(?:easier|possible|better|harder)$"  # ("make exercise easier": a purpose)
    r"|(?:within|after|before|for|up\s+to|over|about|around|in)\s+\d"  # a span of time
    r"|\d+(?:\.\d+)?\s*(?:-\s*\d+\s*)?(?:days?|weeks?|months?|years?|hours?|minutes?|doses?|times?|percent|%)\b"
    # ("taken for five days", "a few weeks": a span of time in words)
    r"|(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fourteen|a\s+few|several|many|a\s+couple\s+of)"
    r"|(?:a|an)(?=\s+(?:day|week|month|year)s?$))\s+(?:more\s+)?(?:days?|weeks?|months?|years?|hours?)$"
    r"|(?:affecting|occurring|reported|seen)\s+in\b|(?:about|around|up\s+to|roughly|nearly)\s+\d"  # a frequency
    r"|(?:the\s+)?(?:most|least)\s+(?:common|frequent|usual)\s+side\s+effects?\b"
    r"|(?:(?:always|sometimes|usually|often|occasionally|generally|typically|mostly)\s+)?(?:in\s+)?combination\s+with\b"
    r"|(?:(?:always|sometimes|usually|often|occasionally|generally|typically|mostly)\s+)?(?:(?:together|along)\s+)?"
    r"with\s+(?:an?|the|other|another|some)?\b"  # co-therapy ("sometimes with a cream")
    r"|as\s+with\s+(?:other|all|any|most|many)\b"  # a comparison ("As with other corticosteroids, ...")
    # where a use is made ("Endometriosis, again mainly in France"), what it was first ("..., its first approved use"),
    # a region ("West and Central Africa"), a stage ("the late stage") or how it works ("works differently"): asides
    r"|(?:again\s+)?(?:mainly|mostly|chiefly|largely|only|especially)\s+in\s+\w"
    r"|(?:its|their|the)\s+(?:first|main|original|newest|latest|only|best-known|oldest)\s+(?:approved\s+|licensed\s+)?use\b"
    r"|(?:(?:west|east|north|south|central|southern|northern|eastern|western|sub-saharan)\s+)?(?:africa|asia|europe|"
    r"america|australia)$"
    r"|(?:the\s+)?(?:early|late|first|second|final)\s+stages?$"
    r"|(?:the\s+)?(?:form|type|kind|variant)\s+(?:of\s+the\s+(?:disease|infection|condition|illness)\s+)?(?:found|seen|common)"
    r"\s+in\b"
    r"|works?\s+differently\b"
    r"|(?:(?:always|sometimes|usually|often|occasionally)\s+)?alongside\b"  # ("sometimes alongside other drugs")
    r"|(?:the\s+)?need\s+for\b"  # what a use spares
    r"|both\s+(?:short|long)[- ]term\b"  # how long
    # how many uses a sentence announces ("approved for two main conditions"), no use of its own
    r"|(?:two|three|four|five|six|several|a\s+few|many)\s+(?:main\s+|major\s+|key\s+|different\s+|other\s+)?"
    r"(?:conditions|uses|things|purposes|indications|diseases|illnesses)$"
    r"|(?:short|long)[- ]term\s+(?:and\s+(?:short|long)[- ]term\s+)?(?:treatment|use|therapy|management)\b"
    r"|unlike\b"  # a comparison
    r"|whether\s"  # a cause or a case cut off from the use ("muscle spasms, whether from a local injury or ...")
    r"|cause\s"  # a verb phrase, what the drug does ("to ease anxiety and cause sedation")
    # the product that gives it ("Contraception, through the IUDs", "With the IUD"; "hormonal intrauterine devices
    # (IUDs) placed in the uterus", a form named in a list of forms)
    r"|(?:through|via|using|with)\s+(?:the|an?|its|their)\s"
    r"|(?:[\w-]+\s+){0,3}(?:devices|IUDs)\b"  # (not "Tablets sticking in the gullet", "Lighter patches of skin")
    # what the conditions before it are ("A and B, rare conditions that damage the optic nerve"): an appositive
    r"|(?:rare|uncommon|common|serious|other|related|similar)\s+(?:conditions|diseases|disorders|problems|illnesses)\b"
    r"|diagnostic\s+(?:aids?|uses?|agents?|tests?|testing)\b"  # a use that is a procedure's aid, no condition
    r"|already\s|(?:of\s+)?(?:dying|death|being\s+hospitali[sz]ed)\b"  # who the people are; an outcome avoided
    r"|to\s+(?:improve|increase|boost|enhance|help|make|keep|allow|let)\b"  # a purpose left whole: a benefit, no name
    # who or when, cut off from the effect it was said of ("especially in men treated for ...")
    r"|(?:especially|particularly|notably|mainly|mostly)\s+(?:in|with|when|if|after|during|for|on|around|at|near|over|"
    r"under|across)\s"  # (or where: "acne breakouts, especially on the chin and jaw")
    # "the disease getting worse" after the use is named: the use again, by a word that points back at it
    # (or its stage: "the first treatment for advanced disease")
    r"|(?:the\s+|this\s+|that\s+)?(?:(?:advanced|metastatic|early|late|later|active)(?:[\s-]stage)?\s+)?"
    r"(?:disease|condition|illness)(?:\s+(?:getting|becoming|growing)\s+worse|"
    r"\s+(?:progressing|progression|worsening))?$)",
    re.I)


def own_names(result: Extraction) -> set[str]:
    """The drug's names, folded (its label, the page's title, its synonyms), and each drug a combination's name
    joins ("Nirmatrelvir and ritonavir", "Amoxicillin-clavulanate"): what a page names the drug itself by, not a use
    or an action of it."""
    names = {n.casefold() for n in [result.drug.label, result.title, *(s.label for s in result.drug.synonyms)] if n}
    salts = {m.group(2) for n in names if (m := _SALT_NAME.fullmatch(n))}  # "Perchlorate is ...": the part paired
    # with the metal names the drug (not the metal: "raises magnesium levels" is its effect)
    return names | salts | {part.strip() for n in names for part in _JOINED_NAMES.split(n) if len(part.strip()) > 3}


def combined_parts(label: str) -> list[str]:
    """The drugs a combination's name joins ("Oxycodone-naloxone", "Nirmatrelvir and ritonavir"), folded; [] for one
    drug's name."""
    parts = [p.strip().casefold() for p in _JOINED_NAMES.split(label) if len(p.strip()) > 3]
    return parts if len(parts) > 1 else []


#: a salt's name: a metal, then the part it is paired with
_SALT_NAME = re.compile(r"(potassium|sodium|calcium|magnesium|lithium|zinc|ferrous|ferric|aluminium|aluminum|ammonium|"
                        r"silver|bismuth)\s+([a-z]{5,})")


#: what joins two drugs' names in a combination's; not a hyphen that makes a word an adjective ("digoxin-specific
#: antibody fragments" name no digoxin of the drug's own)
_JOINED_NAMES = re.compile(r"\s+(?:and|plus|with)\s+|\s*[/+]\s*|-(?!(?:specific|based|derived|containing|like|free|"
                           r"induced|related|resistant|sensitive|dependent|acting|releasing|lowering)\b)")


def not_a_name(label: str) -> bool:
    """True for a label no page means as a condition or an effect: a lone pronoun or adverb, a
    circumstance ("even while driving"), or a clause, a span of time or a frequency
    (:data:`_NOT_A_NAME_START`)."""
    low = label.strip().casefold()
    return low in _NOT_A_NAME or low.startswith("even ") or bool(_NOT_A_NAME_START.match(low)) \
        or bool(_A_TEST.search(low)) or bool(_CASES_ONLY.fullmatch(low))


#: cases named by how hard or how many they are, not by what they are: "difficult cases", "selected situations"
_CASES_ONLY = re.compile(r"(?:(?:difficult|hard|complex|complicated|selected|certain|some|special|rare|severe|"
                         r"refractory|resistant|tough|serious)\s+){1,2}(?:cases|situations|circumstances)")


#: a test a medicine is given for, no condition ("oxytocin challenge test", "contraction stress test")
_A_TEST = re.compile(r"\b(?:challenge|stress|tolerance|stimulation|suppression)\s+tests?$")


#: words an abbreviation may skip ("DRESS": drug reaction *with* eosinophilia *and* systemic symptoms)
_INITIAL_SMALL_WORDS = frozenset({"with", "and", "of", "the", "to", "in", "or", "a", "an", "for", "on", "by"})


def spells_initials(abbrev: str, phrase: str) -> bool:
    """Whether ``abbrev`` spells the initials of ``phrase``, its small words counted or not
    ("CINV" of "chemotherapy-induced nausea and vomiting")."""
    words = [w.casefold() for w in re.findall(r"[A-Za-z]+", phrase)]
    want = abbrev.casefold()
    return any(_spells(want, ws) for ws in (words, [w for w in words if w not in _INITIAL_SMALL_WORDS]))


#: a prefix whose word may give two initials, its own and its stem's ("PONV": postoperative nausea and vomiting)
_INITIAL_PREFIX = re.compile(r"^(?:post|pre|peri|intra|inter|trans|sub|supra|hyper|hypo|non|extra|multi)(?=[a-z]{4})")


def _spells(want: str, words: list[str]) -> bool:
    if not words:
        return not want
    w = words[0]
    if want[:1] == w[0] and _spells(want[1:], words[1:]):
        return True
    m = _INITIAL_PREFIX.match(w)
    return bool(m) and want[:2] == w[0] + w[m.end()] and _spells(want[2:], words[1:])


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD_RE.findall(norm(text))]


@lru_cache(maxsize=8192)
def key(text: str) -> str:
    """A comparison key: folded words, parentheticals dropped, final plural 's' dropped."""
    ws = words(_PAREN.sub(" ", text) if "(" in text else text)
    while ws and ws[0] in ("a", "an", "the"):
        ws = ws[1:]
    if ws and len(ws[-1]) > 3 and ws[-1].endswith("s") and not ws[-1].endswith("ss"):
        ws[-1] = ws[-1][:-1]
    return " ".join(ws)


# ---------------------------------------------------------------------------
# Evidence
# ---------------------------------------------------------------------------


@dataclass
class Quoter:
    """Locates a claim's quote inside the lines of the block it was read from.

    A rule reads a block (a list item, a paragraph, a label line) and passes its line span with
    the words it matched; the quote is those words as written in those lines (case-, dash- and
    whitespace-tolerant), with its character offsets in the file's text, and the evidence is the
    sentence (or list item) of that block that holds it. Only the block is looked at, never the
    rest of the page.
    """

    doc: Document
    _cache: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
    _quotes: dict[tuple[int, int, str, str], Evidence] = field(default_factory=dict)
    _starts: dict[tuple[int, int], list[int]] = field(default_factory=dict)
    _around: dict[tuple[int, int, int, int], tuple[int, int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # One folded copy per block per document, shared by every rule's Quoter (not a model field),
        # and every evidence found, by block and fragment.
        d = self.doc.__dict__
        self._cache = d.setdefault("_kg_quote_cache", self._cache)
        self._quotes = d.setdefault("_kg_quotes", self._quotes)
        self._starts = d.setdefault("_kg_sentence_starts", self._starts)
        self._around = d.setdefault("_kg_sentence_around", self._around)

    def _region(self, span: Span) -> tuple[str, str]:
        """The block's lines joined by newlines, as written and folded (same length)."""
        k = (span.start, span.end)
        got = self._cache.get(k)
        if got is None:
            lines = self.doc.lines[span.start - 1:span.end] or [""]
            raw = "\n".join(lines)
            if raw.isascii():  # a tab is the only ASCII character folded: no per-character table look-up
                folded = (raw.replace("\t", " ") if "\t" in raw else raw).lower()
            else:
                folded = raw.translate(_FOLD).lower()
            if len(folded) != len(raw):  # a rare character whose lower case is longer: keep offsets
                folded = "".join(c.lower()[:1] for c in raw.translate(_FOLD))
            got = self._cache[k] = (raw, folded)
        return got

    def evidence(self, section: Section | str, span: Span, fragment: str, within: str | None = None) -> Evidence:
        """The evidence for ``fragment`` read in the block at ``span`` (one shared, read-only value
        per section, block, fragment and sentence). Given ``within``, the sentence the claim was
        read from, the fragment is looked for from that sentence on: a block may name the same
        target in an earlier sentence that says something else of it."""
        title = (section if isinstance(section, str) else section.title) or UNTITLED
        k = (span.start, span.end, fragment, title, within)
        ev = self._quotes.get(k)
        if ev is None:
            ev = self._quotes[k] = self._locate(span, fragment, within)
            ev.section = title
        return ev

    def _locate(self, span: Span, fragment: str, within: str | None = None) -> Evidence:
        raw, folded = self._region(span)
        lo, hi = self._find_from(folded, fragment, within) or self._find(raw, folded, fragment)
        starts = self._starts.get((span.start, span.end))
        if starts is None:
            starts = self._starts[(span.start, span.end)] = [0] + [
                m.end() for m in _SENT_BREAK.finditer(raw)] if _may_break(raw) else [0]
        k = (span.start, span.end, lo, hi)
        around = self._around.get(k)
        if around is None:
            around = self._around[k] = _sentence_around(raw, lo, hi, starts)
        s0, s1 = around
        src = self.doc.source or "\n".join(self.doc.lines)
        # Region offsets -> file offsets: each newline of the region is one line break of the file
        # (one or two characters there: CR LF).
        if "\n" in raw:
            start, end = self._file_offset(span, raw, lo), self._file_offset(span, raw, hi)
            sent_start, sent_end = self._file_offset(span, raw, s0), self._file_offset(span, raw, s1)
            first = span.start + raw.count("\n", 0, s0)
            last = span.start + raw.count("\n", 0, s1 - 1 if s1 - 1 > s0 else s0)
        else:  # one line: a column is an offset from the line's start
            base = self._offset(span.start, 0)
            start, end, sent_start, sent_end = base + lo, base + hi, base + s0, base + s1
            first = last = span.start
        # (conditionals, not max(): the builtin parses its arguments as keywords, several times the cost)
        lines = span if (first == span.start and last == span.end) else Span(first, last if last > first else first)
        # (positional: keywords to a class's __init__ cost a dict per call)
        return Evidence("", lines, src[start:end], start, end, src[sent_start:sent_end],
                        src[start - 32 if start > 32 else 0:start], src[end:end + 32])

    def _offset(self, line: int, col: int) -> int:
        offsets = self.doc.line_offsets
        if 1 <= line <= len(offsets):
            return offsets[line - 1] + col
        return col

    def _file_offset(self, span: Span, raw: str, pos: int) -> int:
        line = span.start + raw.count("\n", 0, pos)
        col = pos - (raw.rfind("\n", 0, pos) + 1)
        return self._offset(line, col)

    @staticmethod
    def _find_from(folded: str, fragment: str, within: str | None) -> tuple[int, int] | None:
        """``fragment`` as written, in or after the sentence ``within`` (found by its opening words)."""
        if not within:
            return None
        at = folded.find(norm(within).lower()[:48])
        want = norm(fragment).lower()
        pos = folded.find(want, at) if at > 0 and want else -1
        return (pos, pos + len(want)) if pos >= 0 else None

    def _find(self, raw: str, folded: str, fragment: str) -> tuple[int, int]:
        want = norm(fragment).lower()
        pos = folded.find(want) if want else -1
        if pos >= 0:
            return pos, pos + len(want)
        if "(" in want:
            bare = _PAREN.sub("", want).strip()
            pos = folded.find(bare) if bare else -1
            if pos >= 0:
                return pos, pos + len(bare)
        spread = _spread(folded, want)  # "swelling of the lips" from "swelling of the face, lips, or tongue"
        if spread is not None:
            return spread
        for cand in _candidates(want):
            pos = folded.find(cand)
            if pos >= 0:
                return pos, pos + len(cand)
            if " " in cand:
                m = _spaced(cand).search(folded)
                if m:
                    return m.start(), m.end()
        first = raw.split("\n", 1)[0]
        lead = len(first) - len(first.lstrip())
        return lead, max(lead, len(first.rstrip()))


#: Where a sentence of a block starts: after a full stop and space before a capital, or at a line
#: that opens a list item or a label; a list marker or quote marker at a line's start is not part of it.
# (Only the ends of matches are used: consuming the full stop, rather than looking behind for it,
# lets the engine skip to the next candidate character, several times faster on a long paragraph.
# Both branches start with one character of one class, and the lookbehind tells which branch it
# opened: a pattern that starts with a character class is scanned for it by the engine, where
# two branches starting with a class and a character are tried at every position.)
#: (a list marker is Markdown's or a glyph a model types as one: "• ", "▪ ", "→ ", "– ")
_MARKS = "-*+>" + BULLET_GLYPHS
#: (and an item's number: "1.", "2)", "a)", "(iv)")
_NUMBER = r"\d{1,2}[.)]|" + ITEM_LETTER
_SENT_BREAK = re.compile(r"[.!?\n](?:(?<=[.!?])[\"'\u201d)*_]*[ \t]+(?=[\"'\u201c(*_]*[A-Z0-9])|"
                         rf"(?<=\n)(?=\s*(?:[{_MARKS}]|{_NUMBER})\s|\s*(?:\*\*|__)?[A-Z][^:\n]{{0,60}}:))")
_LINE_MARK = re.compile(rf"^(?:\s*(?:[{_MARKS}]|{_NUMBER})\s+)+|^\s+")


def _may_break(raw: str) -> bool:
    """False when ``raw`` holds none of the characters every :data:`_SENT_BREAK` match starts with."""
    return "." in raw or "\n" in raw or "!" in raw or "?" in raw


#: The characters other than whitespace and digits that can open a :data:`_LINE_MARK` match.
_LINE_OPENERS = frozenset(_MARKS + "abcdefgh(")


def _sentence_around(raw: str, lo: int, hi: int, starts: list[int]) -> tuple[int, int]:
    """The ``[start, end)`` of the sentence of ``raw`` that holds ``[lo, hi)`` (widened to hold it);
    ``starts`` are the offsets where the sentences of ``raw`` start, in order."""
    k = bisect_right(starts, lo) - 1
    s0 = starts[k if k > 0 else 0]
    j = bisect_right(starts, hi - 1 if hi - 1 > lo else lo)
    s1 = starts[j] if j < len(starts) else len(raw)
    c = raw[s0:s0 + 1]
    if c and (c in _LINE_OPENERS or c.isspace() or c.isdecimal()):  # else no list marker can open it
        mark = _LINE_MARK.match(raw[s0:s1])
        if mark and s0 + mark.end() <= lo:
            s0 += mark.end()
    floor = hi if hi > s0 else s0
    while s1 > floor and raw[s1 - 1].isspace():
        s1 -= 1
    return s0, (s1 if s1 > hi else hi)


def _spread(folded: str, want: str) -> tuple[int, int] | None:
    """The shortest verbatim span that starts with the words of ``want`` but its last, and ends
    with its last word, within one clause: a distributed list item ("swelling of the ... lips")."""
    words = want.split()
    if len(words) < 2:
        return None
    head, last = " ".join(words[:-1]), words[-1]
    pos = folded.find(head)
    if pos < 0:
        return None
    m = re.compile(r"\b" + re.escape(last) + r"\b").search(folded, pos + len(head))
    if m is None or m.start() - pos > 120 or any(c in folded[pos:m.start()] for c in ".;:"):
        return None
    return pos, m.end()


@lru_cache(maxsize=4096)
def _spaced(cand: str) -> re.Pattern[str]:
    """``cand`` with each space matching any run of whitespace."""
    return re.compile(re.escape(cand).replace("\\ ", r"\s+"))


@lru_cache(maxsize=4096)
def _candidates(want: str) -> tuple[str, ...]:
    """The fragment, then shorter verbatim pieces of it (its parts around parentheses)."""
    out = [want] if want else []
    bare = (_PAREN.sub("", want) if "(" in want else want).strip()
    if bare and bare != want:
        out.append(bare)
    for piece in _PAREN_CHARS.split(want):
        piece = piece.strip(" ,;:")
        if len(piece) >= 3 and piece not in out:
            out.append(piece)
    ws = want.split()
    while len(ws) > 2:
        ws = ws[:-1]
        out.append(" ".join(ws))
    return tuple(out)
