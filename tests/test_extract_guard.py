"""kg.extract_text.Guarded: a literal pre-check that never changes what a pattern finds.

The literals are read from the parsed pattern; these tests pin that reading on small patterns,
check the list of characters that fold to ASCII letters against every code point, and run every
guarded pattern of the extractors, guarded and bare, over every sentence of every corpus.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

import kg.extractors.advice
import kg.extractors.effects
import kg.extractors.identity
import kg.extractors.mechanism
import kg.extractors.prose_uses
import kg.extractors.uses
from kg.extract_text import _ASCII_FOLDS, Folded, Guarded, required_literals, sentences
from kg.parse import parse_file

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT / "data" / "monographs", ROOT / "tests" / "fixtures" / "heldout",
           ROOT / "tests" / "fixtures" / "heldout-wild", ROOT / "tests" / "fixtures" / "firstcontact",
           ROOT / "tests" / "fixtures" / "firstcontact2", ROOT.parent / "shared" / "monographs-wild"]


@pytest.mark.parametrize("pattern, flags, expected", [
    (r"\bpregnan\w*|\bbreastfeed\w*", re.I, ("breastfeed", "pregnan")),
    (r"\bDoctor\b", re.I, ("doctor",)),
    (r"\bDoctor\b", 0, ("Doctor",)),
    (r"(?:a|b)?x", 0, ("x",)),
    (r"(?:ab|cd)+e?", 0, ("ab", "cd")),
    (r"a*", 0, None),
    (r"a|b*", 0, None),
    (r"(?<=foo)bar", 0, ("bar",)),           # a lookbehind may read before ``pos``: not counted
    (r"x(?=long)", 0, ("long",)),             # a lookahead's text is in the string
    (r"x(?!long)", 0, ("x",)),
    (r"(?i:Foo)x", 0, ("foo",)),
    (r"caf\u00e9s", 0, ("caf",)),            # only ASCII literals are counted
    (r"\d+\s+mg", 0, ("mg",)),
])
def test_required_literals(pattern: str, flags: int, expected: tuple[str, ...] | None) -> None:
    assert required_literals(re.compile(pattern, flags)) == expected


def test_ascii_folds_are_every_character_that_ignorecase_equates_with_an_ascii_letter() -> None:
    everything = "".join(chr(c) for c in range(0x80, sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    folding = set(re.compile("[a-z]", re.I).findall(everything))
    assert folding == set(_ASCII_FOLDS.findall(everything))


@pytest.mark.parametrize("text, word", [("Take it with \u017fome food", "some"), ("\u0130NDICATED for", "indicated"),
                                        ("a \u212aINASE inhibitor", "kinase")])
def test_text_with_an_ascii_fold_goes_to_the_pattern(text: str, word: str) -> None:
    rx = re.compile(rf"\b{word}\b", re.I)
    found, bare = Guarded(rx).search(text), rx.search(text)
    assert bare is not None and found is not None and found.span() == bare.span()


def _guarded_patterns() -> list[tuple[str, Guarded]]:
    """Every Guarded pattern of the extractors: module names, tuples of them, Folded halves."""
    found: dict[int, tuple[str, Guarded]] = {}

    def visit(name: str, value: object) -> None:
        if isinstance(value, Guarded):
            found[id(value)] = (name, value)
        elif isinstance(value, Folded):
            visit(name + ".rx", value.rx)
            visit(name + ".cs", value.cs)
        elif isinstance(value, tuple):
            for k, v in enumerate(value):
                visit(f"{name}[{k}]", v)

    for module in (kg.extractors.advice, kg.extractors.effects, kg.extractors.identity, kg.extractors.mechanism,
                   kg.extractors.prose_uses, kg.extractors.uses):
        for attr, value in vars(module).items():
            visit(f"{module.__name__}.{attr}", value)
    return sorted(found.values(), key=lambda x: x[0])


def _texts() -> list[str]:
    out: set[str] = set()
    for corpus in CORPORA:
        for path in sorted(corpus.glob("*.md")):
            if path.name in ("INDEX.md", "README.md"):
                continue
            doc = parse_file(path)
            for sec in doc.sections:
                for block in sec.blocks:
                    for text in (block.text, block.label or ""):
                        out.add(text)
                        out.update(sentences(text))
    out |= {t.lower() for t in out}  # the copies a Folded pattern reads
    return sorted(out)


def test_the_extractors_guard_patterns() -> None:
    names = [name for name, _ in _guarded_patterns()]
    assert len(names) >= 30, names
    assert all(g.needles for _, g in _guarded_patterns()), "a pattern that needs no literal gains nothing"


def test_guarded_patterns_find_what_the_bare_patterns_find_in_every_sentence_of_every_corpus() -> None:
    texts = _texts()
    assert len(texts) > 3000
    for name, g in _guarded_patterns():
        rx = g.rx
        for text in texts:
            bare = [m.span() for m in rx.finditer(text)]
            assert [m.span() for m in g.finditer(text)] == bare, (name, text)
            m = g.search(text)
            assert (m.span() if m else None) == (bare[0] if bare else None), (name, text)
            assert g.split(text) == rx.split(text), (name, text)
            assert g.sub("<>", text) == rx.sub("<>", text), (name, text)
            m, b = g.match(text), rx.match(text)
            assert (m and m.span()) == (b and b.span()), (name, text)
            if len(text) > 12:  # a window: ``pos`` and ``endpos`` as prose_uses passes them
                m, b = g.search(text, 5, len(text) - 3), rx.search(text, 5, len(text) - 3)
                assert (m and m.span()) == (b and b.span()), (name, text)


@pytest.mark.parametrize("ahead, back", [
    (kg.extractors.mechanism._MENTION_WORDS, kg.extractors.mechanism._MENTION_WORDS_BACK),
    (kg.extractors.mechanism._SYMBOL_LEAD, kg.extractors.mechanism._SYMBOL_LEAD_BACK),
])
def test_words_read_backwards_are_the_words_the_pattern_finds_forwards(ahead: re.Pattern[str],
                                                                         back: re.Pattern[str]) -> None:
    """``_words_before`` matches the mirror pattern on the reversed window: the same words as the
    forward search, on random texts of word characters, Greek, signs, spaces, tabs and punctuation,
    and at every word end of every corpus sentence."""
    import random

    rnd = random.Random(8)
    alphabet = "ab  ,(-+/\u03b1\u207a\t."
    texts = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 120))) for _ in range(20000)]
    for text in texts + _texts():
        for end in ({rnd.randint(0, len(text))} | {m.end() for m in re.finditer(r"\w+", text)}):
            m = ahead.search(text, max(0, end - 80), end)
            got = kg.extractors.mechanism._words_before(text, end, ahead, back)
            assert got == (m.group(0) if m else None), (text, end)


def test_start_or_finds_the_first_match_of_the_whole_pattern() -> None:
    """``StartOr(a, b)`` finds what ``^(?:a)|b`` finds first, in every corpus sentence and in texts
    made to match either part."""
    from kg.extract_text import StartOr

    start, inside = r"(?:not|no)\b", r"\b(?:is|are) not (?:used|effective)\b|\bdoes not (?:treat|cure)\b"
    both, split = re.compile(rf"^(?:{start})|{inside}", re.I), StartOr(start, inside, re.I)
    extra = ["No effect on pain", "Not for children", "It is not used for colds", "nothing is not effective",
             "Sometimes it does not cure", "noted: \u0130S NOT USED here"]
    for text in _texts() + extra:
        a, b = both.search(text), split.search(text)
        assert (a and a.span()) == (b and b.span()), text
