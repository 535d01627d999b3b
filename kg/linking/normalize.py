"""Normalised lookup keys for labels, synonyms and gene symbols (pure functions).

Two labels match when their keys are equal. The key folds what carries no meaning in a name:
Unicode compatibility forms, case, dash variants, punctuation and spacing. A second, looser
key (:func:`singular`) folds a plural ``s`` on the last word; the linker tries it only after
the exact key found nothing, so "Seizures" finds HPO "Seizure" but never beats an exact hit.
"""
from __future__ import annotations

import re
import unicodedata

_DASHES = re.compile(r"[\u2010-\u2015\u2212\u00ad\ufe63\uff0d]")
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc'`]")
_NON_WORD = re.compile(r"[\W_]+")
_SPACE = re.compile(r"\s+")
#: last words whose final "s" is not a plural ending
_NOT_PLURAL = ("ss", "us", "is", "os", "as", "ys")
#: words that end in "s" in the singular
_INVARIANT = frozenset({"herpes", "diabetes", "rabies", "scabies", "measles", "mumps", "rickets",
                        "shingles", "hives", "feces", "faeces", "series", "species", "tabes",
                        "pes", "caries", "ascites", "mellitus", "plus", "bronchiectasis"})


def normalize(text: str) -> str:
    """The exact lookup key: ``"Flu-like  symptoms"`` -> ``"flu like symptoms"``.

    NFKC, case-folded, dashes and punctuation become spaces, apostrophes vanish
    (``Crohn's`` -> ``crohns``), Greek and other letters are kept as they are.
    """
    text = unicodedata.normalize("NFKC", text)
    text = _APOSTROPHES.sub("", _DASHES.sub("-", text)).casefold()
    return _SPACE.sub(" ", _NON_WORD.sub(" ", text)).strip()


def singular(key: str) -> str:
    """The key with a plural last word made singular (``"stomach ulcers"`` -> ``"stomach ulcer"``).

    Careful on purpose: only ``-ies`` -> ``-y`` and a plain final ``-s`` on words longer than
    three letters, never after ``ss``/``us``/``is``/``os``/``as``/``ys`` (``stress``,
    ``sepsis``) nor on words that end in ``s`` in the singular (``herpes``, ``diabetes``).
    Returns ``key`` unchanged otherwise.
    """
    head, _, last = key.rpartition(" ")
    if (len(last) <= 3 or not last.endswith("s") or last.endswith(_NOT_PLURAL)
            or last in _INVARIANT):
        return key
    stem = last[:-3] + "y" if last.endswith("ies") and len(last) > 4 else last[:-1]
    return f"{head} {stem}" if head else stem


def tokens(key: str) -> frozenset[str]:
    """The words of a key, plurals folded, for the "does the match drop a qualifier?" check."""
    return frozenset(singular(w) for w in key.split())


def drops_qualifier(specific: str, general: str) -> bool:
    """True when ``general``'s words are a strict subset of ``specific``'s.

    Used to refuse matches that lose meaning: HPO gives "Hypersensitivity" as an exact synonym
    of *Emotional hypersensitivity*, and "Chronic urticaria (hives)" must not become Urticaria.
    """
    general_words, specific_words = tokens(general), tokens(specific)
    return bool(general_words) and general_words < specific_words


def symbol_key(symbol: str) -> str:
    """The key of a gene symbol: NFKC, case-folded, dashes unified, spaces dropped.

    Hyphens are kept on purpose: "COX-1" (cyclooxygenase 1, PTGS1) must not meet the
    mitochondrial gene symbol ``COX1`` (MT-CO1).
    """
    text = _DASHES.sub("-", unicodedata.normalize("NFKC", symbol)).casefold()
    return _SPACE.sub("", text)
