"""Normalised lookup keys for labels, synonyms and gene symbols (pure functions).

Two labels match when their keys are equal. The key (:func:`normalize`) folds what carries no
meaning in a name: Unicode compatibility forms, case, dash variants, punctuation and spacing.
A second, looser key (:func:`loose`) folds what a reader would accept as the same name too —
plurals, British spellings, accents, a possessive "'s", a trailing "level(s)" — and
:func:`inverted` turns "Pain, joint" into "joint pain"; :func:`disease_variant` gives "X" for
"X disease" and back. The linker tries the loose key only
after the exact keys found nothing, so "Seizures" finds HPO "Seizure" but never beats an exact
hit, and two candidates under a loose key are a tie, not a guess.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from kg.anatomy import APPLIED_VERBS, BODY_PARTS, PARTS_AND_ORGANS

_DASHES = re.compile(r"[\u2010-\u2015\u2212\u00ad\ufe63\uff0d]")
_APOSTROPHES = re.compile(r"[\u2018\u2019\u02bc'`]")
_NON_WORD = re.compile(r"[\W_]+")
_SPACE = re.compile(r"\s+")
#: last words whose final "s" is not a plural ending
_NOT_PLURAL = ("ss", "us", "is", "os", "as", "ys")
#: plural endings of names in "-ia", "-oma", "-ema" (whose "-as" is otherwise kept: "pancreas")
_LATIN_A_PLURALS = ("ias", "omas", "emas")
#: words that end in "s" in the singular
_INVARIANT = frozenset({"herpes", "diabetes", "rabies", "scabies", "measles", "mumps", "rickets",
                        "shingles", "hives", "feces", "faeces", "series", "species", "tabes",
                        "pes", "caries", "ascites", "mellitus", "plus", "bronchiectasis"})


@functools.lru_cache(maxsize=1 << 16)  # a build asks for the same label's key once per vocabulary
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

    Careful on purpose: only ``-ies`` -> ``-y``, ``-ias``/``-omas``/``-emas`` -> ``-ia``/``-oma``/
    ``-ema`` ("arrhythmias", "lymphomas", "edemas"), ``-oses`` -> ``-osis`` ("keratoses") and a plain final
    ``-s`` on words longer than three letters, never after ``ss``/``us``/``is``/``os``/``as``/``ys`` (``stress``,
    ``sepsis``) nor on words that end in ``s`` in the singular (``herpes``, ``diabetes``).
    Returns ``key`` unchanged otherwise.
    """
    head, _, last = key.rpartition(" ")
    if len(last) > 5 and last.endswith(_LATIN_A_PLURALS) and not last.endswith("spadias"):
        # "arrhythmias", "carcinomas", "edemas" (but "hypospadias" is one)
        return f"{head} {last[:-1]}" if head else last[:-1]
    if len(last) > 6 and last.endswith("oses") \
            and not last.endswith(("overdoses", "noses", "roses", "poses", "closes", "loses", "chooses")):
        # "actinic keratoses", "GM2 gangliosidoses": the Greek plural of -osis (not "overdoses", "noses")
        return f"{head} {last[:-4]}osis" if head else f"{last[:-4]}osis"
    if len(last) > 5 and last.endswith(("sses", "shes")) and last not in _INVARIANT:
        # "dental abscesses", "rashes", "eyelashes": the "-es" after a hissing sound ("aches" keeps its "e")
        return f"{head} {last[:-2]}" if head else last[:-2]
    if (len(last) <= 3 or not last.endswith("s") or last.endswith(_NOT_PLURAL)
            or last in _INVARIANT):
        return key
    stem = last[:-3] + "y" if last.endswith("ies") and len(last) > 4 else last[:-1]
    return f"{head} {stem}" if head else stem


#: words whose absence changes nothing ("Abnormal lip" is "Abnormal lip morphology")
_FILLER = frozenset({"of", "the", "a", "an", "in", "on", "at", "to", "with", "morphology", "onset",
                     "concentration", "circulating", "serum", "level", "tract"})


def tokens(key: str) -> frozenset[str]:
    """The content words of a key, plurals folded, for the "does the match drop a qualifier?"
    check (filler words such as "of", "morphology", "circulating" left out)."""
    return frozenset(singular(w) for w in key.split()) - _FILLER


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
    mitochondrial gene symbol ``COX1`` (MT-CO1). A plural written on a symbol in capitals is
    dropped ("RARs" is the retinoic acid receptors, not arginyl-tRNA synthetase RARS).
    """
    text = _DASHES.sub("-", unicodedata.normalize("NFKC", symbol))
    if _PLURAL_SYMBOL.match(text):  # "RARs" (retinoic acid receptors) is no gene "RARS"
        text = text[:-1]
    return _SPACE.sub("", text.casefold())


#: an abbreviation in capitals with a plural "s": "RARs", "PPARs", "GABA-Rs"
_PLURAL_SYMBOL = re.compile(r"^[A-Z][A-Z0-9-]*[A-Z]s$")


# -- the loose key ------------------------------------------------------------------------------

_POSSESSIVE = re.compile(r"(?<=\w)[\u2019\u02bc'`]s\b", re.IGNORECASE)
#: British -> American spelling, as parts of words (medical vocabularies are American)
_SPELLING = (("haem", "hem"), ("aemia", "emia"), ("aemic", "emic"), ("oedem", "edem"),
             ("oesophag", "esophag"), ("oestr", "estr"), ("rrhoea", "rrhea"), ("pnoea", "pnea"),
             ("paediatr", "pediatr"), ("orthopaed", "orthoped"), ("anaesth", "anesth"),
             ("coeliac", "celiac"), ("foetal", "fetal"), ("foetus", "fetus"), ("faec", "fec"),
             ("aesthesi", "esthesi"), ("gynaec", "gynec"), ("caesar", "cesar"), ("naev", "nev"),
             ("praevi", "previ"),
             ("sulph", "sulf"), ("leucocyt", "leukocyt"), ("leucopen", "leukopen"),
             ("tumour", "tumor"), ("colour", "color"), ("behaviour", "behavior"),
             ("odour", "odor"), ("humour", "humor"), ("vapour", "vapor"), ("labour", "labor"))
_SPELLING_WORDS = {"fibre": "fiber", "centre": "center", "ageing": "aging", "grey": "gray",
                   "greying": "graying"}
#: the British "-ise" / "-yse" of a verb made American ("generalised", "hospitalisation", "paralysed"), after
#: the endings of stems that take it ("-al", "-il", "-it", "-er", ...), never "raised", "bruised", "exercise" or
#: "compromised"
_ISE = re.compile(r"(?<=\w{3}(?:al|il|ol|ll|it|er|or|ar|as|es|an|on|in|en|ur|et|id|ic|im|gn|ys))"
                  r"is(?=(?:e|ed|es|ing|ation|ations)$)")
_YSE = re.compile(r"(?<=\w{2})lys(?=(?:e|ed|es|ing)$)")
#: Latin and Greek plurals of names of lesions ("Staghorn calculi", "condylomata"), made singular
#: ("nevi" stays: HPO's "Nevi" are *Multiple melanocytic nevi*, not one *Nevus*)
_LATIN_PLURALS = {"calculi": "calculus", "emboli": "embolus", "thrombi": "thrombus", "tophi": "tophus",
                  "diverticula": "diverticulum", "condylomata": "condyloma", "carcinomata": "carcinoma",
                  "lice": "louse"}
#: numerals written in Roman letters after a word ("Gaucher disease type I", "factor VIII"), as figures
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8", "ix": "9"}
#: words for a colour before "coloured": "Red-coloured urine" names what "Red urine" names
_COLOURS = frozenset({"red", "green", "blue", "black", "brown", "orange", "yellow", "pink", "purple", "white",
                      "gray", "dark", "pale", "light", "tea", "cola", "rust", "reddish", "brownish", "greenish"})
#: a colour said "-ish" before another colour, which names the same mixed colour ("reddish-brown" is "red-brown")
_ISH_COLOURS = {"reddish": "red", "brownish": "brown", "yellowish": "yellow", "greenish": "green", "bluish": "blue",
                "purplish": "purple", "pinkish": "pink", "greyish": "gray", "grayish": "gray", "whitish": "white"}
#: words that say nothing at the end of a name ("low blood sodium levels" is "low blood sodium")
_TRAILING = ("levels", "level")
#: where a level was measured, said at the end of a name (loose keys: singular words): "Raised
#: liver enzymes on blood tests" names what "Raised liver enzymes" names
_WHERE_MEASURED = tuple(tuple(t.split()) for t in (
    "in the blood", "in your blood", "in blood", "in the blood test", "on blood test", "on a blood test",
    "on test", "on lab test", "on laboratory test", "in blood test",
    # ("Shortening of the QT interval on the heart tracing": the QT interval, read where it is measured)
    "on the ecg", "on an ecg", "on ecg", "on the heart tracing", "on a heart tracing", "on heart tracing",
    "on the electrocardiogram", "on an electrocardiogram", "on the heart rhythm tracing"))

#: where a taste is felt, said after it (loose keys): "Strange taste in the mouth" names what "Strange taste" names
_WHERE_TASTED = tuple(tuple(t.split()) for t in ("taste in the mouth", "taste in your mouth", "taste in mouth"))


#: the first word of a measured level, as one word per direction ("Elevated", "Raised",
#: "Increased" and "High" potassium name one finding), and the media it is measured in, which a
#: level's name may or may not say ("high blood ammonia", "high ammonia")
_DIRECTION = {"raised": "high", "elevated": "high", "increased": "high", "high": "high", "higher": "high",
              "decreased": "low", "reduced": "low", "lowered": "low", "low": "low", "lower": "low"}
_MEDIUM = frozenset({"blood", "serum", "plasma", "circulating"})


def american(word: str) -> str:
    """``"oedema"`` -> ``"edema"``, ``"tumours"`` -> ``"tumors"``; other words unchanged."""
    stem, plural = (word[:-1], "s") if word.endswith("s") and word[:-1] in _SPELLING_WORDS else (word, "")
    if stem in _SPELLING_WORDS:
        return _SPELLING_WORDS[stem] + plural
    for uk, us in _SPELLING:
        if uk in word:
            word = word.replace(uk, us)
    return _YSE.sub("lyz", _ISE.sub("iz", word))


def fold_accents(text: str) -> str:
    """``"Behçet"`` -> ``"Behcet"``: letters without their combining marks."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.lru_cache(maxsize=1 << 16)
def loose(text: str) -> str:
    """The loose key of a name (raw text in): ``"Behçet's diseases"`` -> ``"behcet"``,
    ``"Oedema"`` -> ``"edema"``, ``"Low blood sodium levels"`` -> ``"low blood sodium"``.

    On top of :func:`normalize`: an inverted heading put in natural order (:func:`inverted`), a
    possessive ``'s`` dropped, accents folded, British spellings made American, every word
    singular (as :func:`singular` does it), where a level was measured dropped ("... in the
    blood", "... on blood tests") and where a taste is felt ("... taste in the mouth"), and then a
    last word "level(s)", when other words remain.
    """
    key = normalize(fold_accents(_POSSESSIVE.sub("", inverted(text) or text)))
    words = [_LATIN_PLURALS.get(w) or singular(american(w)) for w in key.split()]
    words = [_ROMAN.get(w, w) if n else w for n, w in enumerate(words)]  # ("I" first is no numeral)
    words = [_ISH_COLOURS.get(w, w) if words[n + 1:n + 2] and words[n + 1] in _COLOURS else w
             for n, w in enumerate(words)]  # ("reddish-brown urine" is HPO's "Red-brown urine")
    words = [w for n, w in enumerate(words)  # "type 3" of "Long QT syndrome type 3" (DOID: "long QT syndrome 3")
             if not (w == "type" and n and words[n + 1:n + 2] and words[n + 1].isdigit())
             and not (w in ("colored", "coloured") and n and words[n - 1] in _COLOURS)]
    for tail in _WHERE_MEASURED:
        if len(words) > len(tail) + 1 and tuple(words[-len(tail):]) == tail:
            del words[-len(tail):]
            break
    for tail in _WHERE_TASTED:  # "a metallic taste in the mouth" is a metallic taste: nothing is tasted elsewhere
        if len(words) > len(tail) and tuple(words[-len(tail):]) == tail:
            del words[-len(tail) + 1:]
            break
    while len(words) > 1 and words[-1] in _TRAILING:
        words.pop()
    return " ".join(words)


def level_key(key: str) -> str | None:
    """A measured level's key in one wording (a loose key in): ``"raised serum cholesterol"``
    -> ``"high cholesterol"``, ``"decreased blood sodium"`` -> ``"low sodium"``: the direction
    word made one per direction, the medium it is measured in dropped. None when ``key`` does
    not start with a direction word or names nothing after it."""
    words = key.split()
    if len(words) < 2 or words[0] not in _DIRECTION:
        return None
    rest = [w for n, w in enumerate(words[1:], start=1)  # (not "plasma" of "plasma cell")
            if w not in _MEDIUM or words[n + 1:n + 2] == ["cell"]]
    return " ".join([_DIRECTION[words[0]], *rest]) if rest else None


#: the first words of a name that say something is off without saying which way
_UNDIRECTED = frozenset({"abnormal", "abnormality", "altered", "changed", "disturbed"})
#: the first words of a name that say which way: a level, a time, a tendency ("Prolonged PR
#: interval", "Increased susceptibility to fractures")
_DIRECTED = frozenset({*(set(_DIRECTION) - {"lower", "higher"}),  # "Lower cranial nerve ...": a place
                       "prolonged", "shortened", "excessive", "excess", "enhanced", "diminished",
                       "impaired", "deficient", "absent", "hyperactive", "hypoactive"})


def loses_direction(synonym: str, label: str) -> bool:
    """True when a synonym says only that something is off ("Abnormal liver function tests",
    "Abnormal fertility") and its term's label says which way ("Elevated circulating hepatic
    transaminase concentration", "Decreased fertility"): the synonym names a broader thing, a
    change either way. "Abnormally high ..." says the way, so it is not such a synonym."""
    first = normalize(synonym).split(" ", 1)[0]
    return first in _UNDIRECTED and normalize(label).split(" ", 1)[0] in _DIRECTED


#: what a vocabulary writes after a name to say it is the name unspecified: SIDER's (MedDRA's)
#: "Mood alteration NOS", HPO's "Generalized tonic-clonic seizure (without specification of onset)"
_UNSPECIFIED = re.compile(r"\s*(?:\(\s*(?:NOS|without specification of [^()]*)\)|,?\s+NOS)\s*$")


def unspecified_name(text: str) -> str | None:
    """``"Mood alteration NOS"`` -> ``"Mood alteration"``: a name said to be unspecified ("not
    otherwise specified", "without specification of onset") is the name without that note;
    None for a name without one."""
    plain = _UNSPECIFIED.sub("", text)
    return plain if plain != text and plain.strip() else None


def disease_variant(text: str) -> str:
    """``"Anthrax"`` -> ``"Anthrax disease"``, ``"Lyme disease"`` -> ``"Lyme"``."""
    head, _, last = text.rstrip().rpartition(" ")
    return head if head and last.casefold() == "disease" else f"{text.rstrip()} disease"


#: last words that make a name an umbrella over whatever goes wrong with a part of the body
_UMBRELLA = frozenset({"problem", "problems", "issue", "issues", "trouble", "troubles", "condition", "conditions"})


def is_umbrella(text: str) -> bool:
    """True for "Liver problems", "Kidney issues", "Chronic lung conditions": a part of the body and that something is
    wrong with it (what the page puts in brackets after it is an example, not another name); and for "Changes in the
    heart rhythm": that something about it changes, any way."""
    words = text.split()
    return len(words) >= 2 and words[-1].casefold() in _UMBRELLA or bool(_CHANGES_IN.match(text))


#: a change of something, no way said: "Changes in the heart rhythm", "Change in vision"
_CHANGES_IN = re.compile(r"^changes?\s+(?:in|to|of)\s+(?:the\s+|your\s+)?[a-z-]+(?:\s+[a-z-]+)?$", re.I)


def umbrella_names(text: str) -> list[str]:
    """``"Liver problems"`` -> ``["Liver disease", "Liver disorder"]``: the names vocabularies
    give the same umbrella ("liver disease": any disease of the liver), or none."""
    if not is_umbrella(text) or text.split()[-1].casefold() not in _UMBRELLA:
        return []
    head = " ".join(text.split()[:-1])
    return [f"{head} disease", f"{head} disorder"]


def inverted(text: str) -> str | None:
    """``"Pain, joint"`` -> ``"joint Pain"``, ``"Keratosis, Actinic"`` -> ``"Actinic Keratosis"``:
    the natural order of an inverted heading (one comma, at most three words after it), or
    None when ``text`` is not one."""
    head, sep, tail = text.partition(",")
    if not sep or "," in tail or not head.strip() or not tail.strip() or len(tail.split()) > 3:
        return None
    return f"{tail.strip()} {head.strip()}"


# -- what a page says a name means ---------------------------------------------------------------

_GLOSS_AFTER = "\\s*\\(([^()]{4,60})\\)"
#: first words of a parenthesis that is a comment, an example or a cause, not another name
_NOT_A_NAME = frozenset({"a", "an", "the", "e", "eg", "i", "ie", "such", "especially", "usually",
                         "for", "including", "which", "that", "who", "in", "with", "at", "on",
                         "if", "when", "rare", "serious", "common", "mild", "severe", "possible",
                         "often", "sometimes", "see", "like", "as", "or", "and", "from", "due",
                         # a frequency tag ("(less common)", "(very common)", "(uncommon)"): how often, no name
                         "less", "more", "very", "uncommon", "frequent", "infrequent", "occasional", "occasionally",
                         "rarely", "likely", "unlikely", "seen", "reported",
                         # a comparison or comment on the thing ("(this can look like cyanosis)", "(not an allergy)")
                         "this", "it", "these", "not", "looks", "resembles", "mimics", "unlike"})


_GLOSS = re.compile(_GLOSS_AFTER)


def _glossed(label: str, text: str) -> list[re.Match[str]]:
    """The brackets right after each place ``text`` says ``label`` (case aside). Found by a
    search on the lower-cased text and one pattern compiled once: a pattern per label, as
    ``re.finditer(re.escape(label) + ...)`` had it, was compiled anew for almost every label
    (Python keeps 512), 7 ms a monograph. Text whose lower case changes its length (a few
    letters outside ASCII) takes the pattern per label, which finds the same places."""
    lower, needle = text.lower(), label.lower()
    if len(lower) != len(text) or len(needle) != len(label):
        return list(re.finditer(re.escape(label) + _GLOSS_AFTER, text, re.IGNORECASE))
    found, at = [], lower.find(needle)
    while at >= 0:
        m = _GLOSS.match(text, at + len(needle))
        if m:
            found.append(m)
        at = lower.find(needle, m.end() if m else at + 1)
    return found


def glosses(label: str, text: str) -> list[str]:
    """The names a page gives in parentheses right after ``label`` in ``text``: "Swelling of the
    ankles or feet (edema)" -> ``["edema"]``. A parenthesis that lists (commas, "or"), gives an
    example or a comment ("e.g., hives", "which can bring on gout", "rare"), holds digits or is
    an abbreviation of three letters or fewer is not a name and is left out."""
    if not label.strip() or not text:
        return []
    found = []
    for m in _glossed(label.strip(), text):
        gloss = m.group(1).strip()
        words = normalize(gloss).split()
        if (not words or len(words) > 5 or words[0] in _NOT_A_NAME or "or" in words
                or any(c in gloss for c in ",;:/") or any(c.isdigit() for c in gloss)
                or len(normalize(gloss)) <= 3):
            continue
        if gloss not in found:
            found.append(gloss)
    return found


def in_context(label: str, category: str) -> list[str]:
    """The name a one-word effect has in its group: "Erosion" under "Skin reactions" is skin
    erosion, "Irritation" under "Application site reactions" is application site irritation.
    Empty when the group names no site or the label already says more than one word."""
    words = normalize(label).split()
    group = normalize(category)
    if len(words) != 1 or "skin" in words or "site" in words:
        return []
    if "application site" in group:
        return [f"application site {words[0]}"]
    if "skin" in group.split():
        return [f"skin {words[0]}"]
    return []


def effect_names(label: str, category: str, sentence: str) -> list[str]:
    """What a page says an effect is besides its label: the names in parentheses after it
    (:func:`glosses`) and its name in its group (:func:`in_context`)."""
    return [*glosses(label, sentence), *in_context(label, category)]


#: words around a name that say how it shows, not what it is: "Migraine attacks" names
#: migraine, "Signs of serotonin syndrome" names serotonin syndrome
_EPISODE = re.compile(r"\s+(?:attacks?|episodes?|flares?|flare-ups?|exacerbations?)$", re.IGNORECASE)
_SIGNS_OF = re.compile(r"^(?:the\s+)?(?:signs?|symptoms?)\s+of(?:\s+(?:an?|the))?\s+(?=\w)", re.IGNORECASE)


def is_episode(text: str) -> bool:
    """True for a name of an episode of a thing ("Asthma attacks", "Migraine episodes", "Eczema
    flares"): it is no name of the thing itself (:func:`core_name` gives the thing)."""
    return bool(_EPISODE.search(text.strip())) and core_name(text) is not None


def core_name(text: str) -> str | None:
    """``text`` without the words that say how a thing shows ("... attacks", "... flare-ups",
    "Signs of ..."), or None when it has none of them."""
    core = _SIGNS_OF.sub("", _EPISODE.sub("", text.strip()))
    return core if core != text.strip() and core else None


_OF_PHRASE = re.compile(r"^(?P<a>[A-Za-z-]+)\s+of\s+(?:the\s+|your\s+)?(?P<b>[A-Za-z-]+)$", re.I)


def of_reordered(text: str) -> str | None:
    """``"Swelling of the ankles"`` -> ``"ankles Swelling"`` (its loose key is HPO's "ankle
    swelling"): a two-word name said with "of", in the other order; None for any other name."""
    m = _OF_PHRASE.match(text.strip())
    return f"{m.group('b')} {m.group('a')}" if m else None


#: the adjective vocabularies name an organ's trouble by ("Rupture of the uterus" is HPO's "Uterine rupture")
_PART_ADJECTIVES = {"uterus": "uterine", "womb": "uterine", "liver": "hepatic", "kidney": "renal", "kidneys": "renal",
                    "heart": "cardiac", "lung": "pulmonary", "lungs": "pulmonary", "stomach": "gastric",
                    "spleen": "splenic", "pancreas": "pancreatic", "ovary": "ovarian", "ovaries": "ovarian",
                    "prostate": "prostatic", "cornea": "corneal", "retina": "retinal", "esophagus": "esophageal",
                    "gums": "gingival", "colon": "colonic", "rectum": "rectal", "testicle": "testicular",
                    "testicles": "testicular", "placenta": "placental"}


#: a type said first: "Type 1 Gaucher disease"
_TYPE_FIRST = re.compile(r"^type\s+(?P<n>\d+|[IV]{1,3})\s+(?P<x>\S+(?:\s+\S+)+)$", re.I)


def type_last(text: str) -> str | None:
    """``"Type 1 Gaucher disease"`` -> ``"Gaucher disease type 1"`` (DOID's "Gaucher's disease type I"): a type said
    first, said after the name as vocabularies write it; None for other names (and for a type and one word)."""
    m = _TYPE_FIRST.match(text.strip())
    return f"{m.group('x')} type {m.group('n')}" if m else None


#: one or two words said with "of" an organ: "Rupture of the uterus", "Neuroendocrine tumours of the lung"
_OF_PART = re.compile(r"^(?P<a>[A-Za-z-]+(?:\s+[A-Za-z-]+)?)\s+of\s+(?:the\s+|your\s+)?(?P<b>[A-Za-z-]+)$", re.I)


def part_adjective(text: str) -> str | None:
    """``"Rupture of the uterus"`` -> ``"uterine Rupture"``, ``"Neuroendocrine tumours of the lung"`` -> ``"pulmonary
    Neuroendocrine tumours"``: a name of one or two words said with "of" an organ, said with the organ's adjective
    first, as vocabularies name it; None for other names."""
    m = _OF_PART.match(text.strip())
    adjective = _PART_ADJECTIVES.get(m.group("b").casefold()) if m else None
    return f"{adjective} {m.group('a')}" if adjective else None


#: words that make a phrase more than a name of a thing ("Thoughts of suicide or self-harm",
#: "Swelling of the face in the morning"): no other phrasing is read into such a phrase
_FUNCTION_WORDS = frozenset({"of", "the", "your", "a", "an", "and", "or", "in", "on", "at", "to",
                             "with", "from", "by", "for", "after", "before", "during", "when"})
_OF_NAME = re.compile(r"^(?P<a>[A-Za-z-]+(?:\s+[A-Za-z-]+)?)\s+of\s+(?P<the>(?:the|your)\s+)?"
                      r"(?P<b>[A-Za-z0-9-]+(?:\s+[A-Za-z0-9-]+){0,2})$", re.IGNORECASE)


def of_phrasings(text: str) -> list[str]:
    """The same name said the other way round, one word of "of" and articles aside, as
    vocabularies write it: ``"Osteonecrosis of the jaw"`` -> ``"Osteonecrosis of jaw"`` (SIDER),
    ``"Reactivation of hepatitis B"`` -> ``"hepatitis B Reactivation"`` (SIDER), ``"Brain
    swelling"`` -> ``"swelling of brain"`` (an HPO synonym of *Cerebral edema*) and ``"swelling of
    the brain"``. Only for "A of B" with one word before "of" and at most three after it, and for
    a two-word name; none of the words a function word (:data:`_FUNCTION_WORDS`). The two-word
    "A of B" in the other order is :func:`of_reordered`'s."""
    words = text.split()
    m = _OF_NAME.match(text.strip())
    if m:
        b = m.group("b")
        if _FUNCTION_WORDS.intersection(w.casefold() for w in b.split()):
            return []
        if " " in m.group("a"):  # "Fibrous dysplasia of bone": with and without the article, in the same order,
            if b.casefold() not in PARTS_AND_ORGANS:  # of a part of the body (not "Increased risk of bleeding")
                return []
            return [f"{m.group('a')} of {b}" if m.group("the") else f"{m.group('a')} of the {b}"]
        found = [f"{m.group('a')} of {b}"] if m.group("the") else []
        if len(b.split()) > 1:  # the two-word one is of_reordered's
            found.append(f"{b} {m.group('a')}")
        return found
    if len(words) == 2 and not _FUNCTION_WORDS.intersection(w.casefold() for w in words):
        return [f"{words[1]} of {words[0]}", f"{words[1]} of the {words[0]}"]
    return []


_OR = re.compile(r"\s+(?:and/or|or|and)\s+", re.IGNORECASE)
#: words after which "A with B or C" joins B and C inside the phrase, not A-with-B and C
_ATTENDING = frozenset({"with", "after", "before", "when", "while", "during", "from", "that", "which"})
#: words that open a phrase saying when, how or where a thing happens: what follows them is
#: said of both halves of "A or B" ("numbness or tingling in your hands"), so neither half is a
#: name alone
_CIRCUMSTANCE = _ATTENDING | {"in", "on", "at", "straight", "right", "around", "under"}
#: ... and "of", which binds a shared head ("Redness or swelling of the skin")
_BINDING = _CIRCUMSTANCE | {"of"}
#: a modifier naming a cause, which binds both halves of what it modifies
_CAUSED = re.compile(r"\w-(?:induced|related|associated|caused|provoked)\b", re.IGNORECASE)


def _share_the_last_head(items: list[str]) -> list[bool]:
    """Which items of a list share the head of its last ("Bone, joint or muscle pain": bone pain, joint pain): the
    body parts alone in a run just before a last item that is a body part and its head ("Headache, muscle or joint
    pain": not the headache)."""
    last = items[-1].casefold().split()
    shared = [False] * len(items)
    if len(last) != 2 or last[0] not in BODY_PARTS or last[1] in BODY_PARTS:
        return shared
    k = len(items) - 2
    while k >= 0 and items[k].casefold() in BODY_PARTS:
        shared[k] = True
        k -= 1
    return shared


def alternatives(text: str) -> list[tuple[str, ...]] | None:
    """The things "A or B" (or "A, B, or C", or "A and B": a label that lists two things names
    the group of them) names, each as its readings, most likely first; None for any other name
    (no conjunction or more than one, a slash or brackets in it, or a list whose items have
    phrases).

    A word that two nouns share is read into the other half: "Stuffy or runny nose" names
    ("Stuffy nose", "Stuffy") and ("runny nose",); "Muscle cramps or weakness" names
    ("Muscle cramps",) and ("Muscle weakness", "weakness"); "Rash or itching" names ("Rash",)
    and ("itching",). A half is read alone only when no phrase of circumstance or "of"
    (:data:`_BINDING`) ties it to the other ("Thoughts of suicide or self-harm" names thoughts
    of self-harm, never self-harm), and a conjunction inside a "with"/"after" phrase
    (:data:`_ATTENDING`: "stomach pain with nausea or vomiting") gives None."""
    if re.search(r"(?<!and)/|\(", text, re.IGNORECASE) or len(_OR.findall(text)) != 1:
        return None
    head, tail = (p.strip(" ,") for p in _OR.split(text.strip()))
    if _ATTENDING.intersection(w.casefold() for w in head.split()[1:]):
        return None  # "fever with a rash and swollen glands": the conjunction is inside the phrase
    items = [p.strip() for p in head.split(",")] + [tail]
    if not all(items):
        return None
    if len(items) > 2:  # a list: "Nausea, vomiting, or diarrhea"
        if any(_CIRCUMSTANCE.intersection(i.casefold().split()) for i in items):
            return None
        place = _ENDS_IN_PLACE.match(items[0])
        if place and all(len(i.split()) == 1 for i in items[1:]):  # "Swelling of the face, lips, or throat": the
            return [(items[0],), *((f"{place.group('head')}{i}",) for i in items[1:])]  # places share the words before
        return [(f"{i} {' '.join(items[-1].split()[1:])}",) if shared else (i,)
                for i, shared in zip(items, _share_the_last_head(items))]
    first, second = items
    if ARTICLE.match(second):  # "Tiredness or a lack of energy": a whole noun phrase of its own, nothing shared
        return [(first,), (ARTICLE.sub("", second),)]
    a, b = first.split(), second.split()
    if len(a) == 1 and _OF_A_FACULTY.match(second):
        return [(first,), (second,)]  # "Nausea or loss of appetite": nothing shared
    if len(a) == 1 and len(b) > 1:  # "Joint or muscle pain", "Skin and soft tissue infections"
        bound = b[1].casefold() in _BINDING  # "Redness or swelling of the skin"
        shared = [" ".join(b[1:])] + ([b[-1]] if len(b) > 2 and not bound else [])  # "... infections"
        return [(*(f"{first} {tail}" for tail in shared), *(() if bound else (first,))), (second,)]
    if len(a) > 1 and len(b) == 1:  # "Cleft lip or palate", "Swelling of the ankles or feet"
        shared = " ".join(a[:-1])  # ("Thoughts of suicide or self-harm": thoughts of self-harm)
        # "Chemotherapy-induced nausea and vomiting": a cause bound to both halves; the second
        # alone (vomiting) would be broader than what the label names, never part of it
        alone = () if _BINDING.intersection(w.casefold() for w in a[1:]) or _CAUSED.search(shared) else (second,)
        if _OF_A_FACULTY.match(first):  # "Loss of appetite or diarrhea": loss of diarrhea names nothing
            alone = (second,)
        return [(first,), (f"{shared} {second}", *alone)]
    # "Low white blood cell or platelet counts": the direction before the first half and the head
    # noun after the second are both halves' (low white blood cell counts, low platelet counts)
    head = b[-1] if b[-1].casefold() in _SHARED_HEADS and a[-1].casefold() not in _SHARED_HEADS else ""
    lead = a[0] if a[0].casefold() in _DIRECTIONS and b[0].casefold() not in _DIRECTIONS else ""
    if head or lead:
        # "Low white or red blood cell counts": the first half's last word may share all the
        # second's words after its first (low white blood cell counts), or only its head
        longer = (f"{first} {' '.join(b[1:])}",) if head and lead and len(a) == 2 and len(b) > 2 else ()
        return [(*longer, f"{first} {head}".strip(), first), (f"{lead} {second}".strip(), second)]
    return [(first,), (second,)]


#: a loss or lack "of" a faculty, a whole phrase ("loss of appetite", "shortness of breath", "lack of
#: energy"), unlike "swelling of the skin" or "loss of hair", whose place or thing a shared head may bind
_OF_A_FACULTY = re.compile(r"^(?:loss|lack|shortness|changes?)\s+of\s+(?:appetite|breath|balance|consciousness|"
                           r"energy|memory|coordination|concentration|interest|libido|smell|taste|vision|sight|"
                           r"hearing|sleep|weight|sensation|feeling|strength|motivation)$", re.IGNORECASE)


#: the first item of a list of places, the words the others share: "Swelling of the " of "Swelling of the face"
_ENDS_IN_PLACE = re.compile(r"^(?P<head>.+?\s(?:of|in|on|around)\s+(?:the\s+|your\s+)?)[a-z]+$", re.I)
#: head nouns two halves of "A or B" share when only the second says it ("... cell or platelet counts")
_SHARED_HEADS = frozenset("counts count levels level infections infection ulcers ulcer cancers cancer".split())
#: a direction before the first half that the second shares ("Low white blood cell or platelet counts")
_DIRECTIONS = frozenset("low high decreased increased reduced raised elevated abnormal".split())


#: an article opening a phrase, which then names a thing of its own ("... or a lack of energy")
ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)


#: how adjectives of medical names end ("postoperative", "paradoxical", "ulcerative", "chronic",
#: "vascular", "infectious", "inflammatory", "febrile", "lymphoid", "impaired")
_ADJECTIVE_ENDINGS = ("al", "ic", "ive", "ous", "ary", "ory", "ular", "ile", "oid", "ed")


def excess_said_other_way(text: str) -> str | None:
    """``"Excess salivation"`` -> ``"Excessive salivation"`` (HPO's name) and the other way round: a noun of too
    much said as the adjective, or the adjective as the noun; None for any other name."""
    m = re.match(r"(?P<w>excess|excessive)\s+(?=[a-z])", text.strip(), re.I)
    if m is None:
        return None
    other = "excessive" if m.group("w").casefold() == "excess" else "excess"
    return other.capitalize() + " " + text.strip()[m.end():]


def head_first(text: str) -> str | None:
    """``"Postoperative nausea"`` -> ``"nausea Postoperative"``, ``"Low estrogen levels"`` ->
    ``"estrogen Low"``: a two-word name (a trailing "level(s)" aside) whose first word is an
    adjective, said with the adjective after its noun, as MedDRA names are in SIDER ("Nausea
    postoperative", "Oestrogen low"). None when the first word does not look like an adjective
    (it ends in none of :data:`_ADJECTIVE_ENDINGS` and is no direction word) or a word is plural:
    "Mouth sores" (ulcers) is not SIDER's "Sore mouth" (pain)."""
    words = text.split()
    while len(words) > 2 and normalize(words[-1]) in _TRAILING:
        words.pop()
    if len(words) != 2:
        return None
    first, second = (normalize(w) for w in words)
    if not first.isalpha() or not second.isalpha() or any(singular(w) != w for w in (first, second)):
        return None
    if first not in _DIRECTION and not first.endswith(_ADJECTIVE_ENDINGS):
        return None
    return f"{words[1]} {words[0]}"


#: MedDRA's words for a direction, said after what moved ("Blood pressure increased", "White
#: blood cell count low"): the page's word first, then MedDRA's usual ones
_MEDDRA_DIRECTION = {"high": ("increased", "high"), "low": ("decreased", "low")}
#: words of a phrase, not of a measured thing's name ("Increased risk of bleeding")
_PHRASE_WORDS = frozenset({"of", "the", "a", "an", "and", "or", "in", "on", "at", "to", "with", "from",
                           "by", "for", "after", "during", "your", "risk", "chance"})


def direction_last(text: str) -> list[str]:
    """``"Low white blood cell count"`` -> ``["white blood cell count Low", "white blood cell
    count decreased"]``: a name of three to five words (a trailing "level(s)" aside) whose first
    word says which way a measured thing moved or that it is abnormal, said as MedDRA names are
    in SIDER, the direction last ("White blood cell count low", "Liver function test
    abnormal"). Empty for a phrase (a function word, "risk") or another first word; two-word
    names are :func:`head_first`'s."""
    words = text.split()
    while len(words) > 2 and normalize(words[-1]) in _TRAILING:
        words.pop()
    keys = [normalize(w) for w in words]
    if not 3 <= len(words) <= 5 or any(k in _PHRASE_WORDS for k in keys):
        return []
    first, rest = keys[0], " ".join(words[1:])
    way = _DIRECTION.get(first) or ("abnormal" if first == "abnormal" else None)
    if way is None:
        return []
    return list(dict.fromkeys([f"{rest} {words[0]}", *(f"{rest} {w}" for w in _MEDDRA_DIRECTION.get(way, ()))]))


#: a change said as a noun before what changed ("A rise in creatinine", "Drop in platelets"), and the
#: word vocabularies put first for it ("Increased creatinine", "Decreased platelets")
_CHANGE_IN = re.compile(r"^(?:an?\s+)?(?P<way>rises?|increases?|jumps?|spikes?|elevations?|drops?|falls?|decreases?|"
                        r"reductions?|declines?)\s+in\s+(?:the\s+|your\s+)?(?:levels?\s+of\s+(?:the\s+|your\s+)?)?"
                        r"(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3})$", re.IGNORECASE)
_UP = ("rise", "increase", "jump", "spike", "elevation")
#: the same change said after what changed ("Liver enzyme increase", "Platelet count drop")
_CHANGE_AFTER = re.compile(r"^(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?P<way>rises?|increases?|elevations?|drops?|"
                           r"decreases?|reductions?|declines?)$", re.IGNORECASE)


def change_named(text: str) -> str | None:
    """``"Rise in creatinine"`` -> ``"Increased creatinine"``, ``"A drop in platelet count"`` ->
    ``"Decreased platelet count"``, ``"Liver enzyme increase"`` -> ``"Increased liver enzyme"``: a measured thing's
    change said as a noun before or after it, in the
    words vocabularies name it with (the direction first, as :func:`level_key` and
    :func:`direction_last` then read it). Up to four words for what changed, none a phrase word
    ("Increase in the risk of bleeding" is a risk); None for any other name."""
    m = _CHANGE_IN.match(text.strip()) or _CHANGE_AFTER.match(text.strip())
    if not m or _PHRASE_WORDS.intersection(normalize(w) for w in m.group("x").split()):
        return None
    way = "Increased" if singular(m.group("way").casefold()) in _UP else "Decreased"
    return f"{way} {m.group('x')}"


#: two words for one thing at the head of a lay name ("Trouble breathing" is HPO's "Difficulty
#: breathing", "Difficulty walking" its "Trouble walking")
_SAME_HEAD = {"trouble": "Difficulty", "difficulty": "Trouble"}


def same_head(text: str) -> str | None:
    """``"Trouble chewing"`` -> ``"Difficulty chewing"`` and back; None for other names."""
    first, _, rest = text.strip().partition(" ")
    other = _SAME_HEAD.get(first.casefold())
    return f"{other} {rest}" if other and rest else None


#: where a skin or injection effect happens, said as a clause: "where the injection was given", "where it is applied"
_WHERE_GIVEN = re.compile(r"^(?P<x>.+?)\s+where\s+(?P<how>" + APPLIED_VERBS + ")$", re.IGNORECASE)
_INJECTED = re.compile(r"\b(?:injections?|shots?|needle|infusion|injected|given|goes\s+in|went\s+in)\b", re.IGNORECASE)
#: a drip into a vein ("where the IV goes in"; "IV" in capitals only)
_INFUSED = re.compile(r"\bIV\b|(?i:\b(?:drip|infusions?|infused|intravenous\s+line|cannula)\b)")


def site_phrase(text: str) -> str | None:
    """``"Redness or itching where the injection was given"`` -> ``"Redness or itching at the injection
    site"``, ``"Skin reactions where the patch is worn"`` -> ``"Skin reactions at the application site"``:
    the place said as the vocabularies (MedDRA's *Injection site* and *Application site* terms) say it;
    None for any other name."""
    m = _WHERE_GIVEN.match(text.strip())
    if not m:
        return None
    site = "infusion" if _INFUSED.search(m.group("how")) else "injection" if _INJECTED.search(m.group("how")) \
        else "application"  # ("where the IV goes in": MedDRA's *Infusion site* terms)
    return f"{m.group('x')} at the {site} site"


_PLACE_PHRASE = re.compile(r"^(?P<a>[A-Za-z-]+(?:\s+[A-Za-z-]+)?)\s+(?:in|at|on)\s+(?:the\s+|your\s+)?"
                           r"(?P<b>[A-Za-z-]+(?:\s+[A-Za-z-]+){0,2})$", re.IGNORECASE)


def place_first(text: str) -> str | None:
    """``"Cramps in the legs"`` -> ``"legs Cramps"``, ``"Itching at the application site"`` ->
    ``"application site Itching"``, ``"Hair loss on the scalp"`` -> ``"scalp Hair loss"``: one or two words for
    what, said with where after "in", "at" or "on", in the vocabularies' order (place first); None when either
    side is more than that (a phrase: "Swelling of the face in the morning", "Pain in the arms and legs")."""
    m = _PLACE_PHRASE.match(text.strip())
    if not m or any(w.casefold() in _FUNCTION_WORDS for w in m.group("b").split()):
        return None
    return f"{m.group('b')} {m.group('a')}"


#: a change of shape or length said as a noun after what changed, and the adjective vocabularies put first for it
_STATE_NOUNS = {"prolongation": "Prolonged", "shortening": "Shortened", "enlargement": "Enlarged",
                "thickening": "Thickened", "narrowing": "Narrowed", "dilation": "Dilated", "dilatation": "Dilated",
                "widening": "Widened"}  # (not "thinning": "Hair thinning" is no one term)


def state_first(text: str) -> str | None:
    """``"QT interval prolongation"`` -> ``"Prolonged QT interval"``, ``"Liver enlargement"`` -> ``"Enlarged
    liver"``: a change of shape or length named after what changed (one to three words), in the vocabularies'
    order; None for other names."""
    words = text.strip().split()
    state = _STATE_NOUNS.get(words[-1].casefold()) if 2 <= len(words) <= 4 else None
    if state is None or any(w.casefold() in _FUNCTION_WORDS for w in words[:-1]):
        return None
    first = words[0] if words[0][1:2].isupper() else words[0][:1].lower() + words[0][1:]  # ("QT" stays)
    return " ".join([state, first, *words[1:-1]])


_HYPHEN_IN_WORD = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def unhyphenated(text: str) -> str | None:
    """``text`` with the hyphens inside its words closed up ("Light-headedness" ->
    "Lightheadedness", "Non-melanoma" -> "Nonmelanoma"), or None when it has none: the same
    word spelled solid, as vocabularies often write it (a hyphen between a number and a word,
    "Type-2", is left)."""
    joined = _HYPHEN_IN_WORD.sub("", text)
    return joined if joined != text else None


_FEELING_OF = re.compile(r"(?i)^(?:a\s+)?feeling\s+of\s+(?:(?:a|an)\s+)?(\w+)$")


def feeling_phrasings(text: str) -> list[str]:
    """A feeling said as SIDER (MedDRA) names feelings: ``"Jittery feeling"`` -> ``["Feeling
    jittery"]``, ``"Feeling of warmth"`` -> ``["Sensation of warmth"]``. One word for what is
    felt, nothing else (``"Feeling of pressure in the chest"`` is a phrase); a likeness said as the
    lexicon says it: ``"Feeling like something is in your eye"`` -> ``["Feeling that something is in
    the eye"]``; empty otherwise."""
    words = text.split()
    if len(words) == 2 and words[1].casefold() == "feeling" and words[0].isalpha():
        return [f"Feeling {words[0].lower()}"]
    like = _FEELING_LIKE.match(text.strip())
    if like:  # "Feeling like something is in your eye": the lexicon's "feeling that something is in the eye"
        return [f"Feeling that {_YOUR_PART.sub('the', like.group(1))}"]
    m = _FEELING_OF.match(text.strip())
    return [f"Sensation of {m.group(1).lower()}"] if m and m.group(1).isalpha() else []


#: a feeling said as a likeness of a clause ("Feeling like something is in your eye", "Feeling as if ...")
_FEELING_LIKE = re.compile(r"^(?:a\s+)?feeling\s+(?:like|as\s+if|as\s+though)\s+(\S.*)$", re.IGNORECASE)
#: whose a part is, said to the reader ("your eye"): the part itself
_YOUR_PART = re.compile(r"\byour\b", re.IGNORECASE)


# -- a name narrowed by when, in whom or from what ------------------------------------------------

#: who a name is said of ("Hair loss in women", "High-altitude pulmonary edema in climbers"): a
#: group of people, never a place ("Bleeding in the brain" is where, and :func:`place_first`'s)
_POPULATION = (r"(?:people|persons|patients|adults|children|kids|teenagers|adolescents|men|women|"
               r"boys|girls|infants|babies|newborns|neonates|climbers|athletes|travell?ers|"
               r"the\s+elderly|older\s+(?:people|adults)|pregnancy|pregnant\s+women|smokers|"
               r"an?\s+unborn\s+baby|unborn\s+babies)")
#: what opens a phrase saying when ("after heart surgery", "during anesthesia"), in whom ("in
#: people with hemophilia", "in climbers"), from what ("caused by Clostridioides difficile",
#: "due to nocturnal polyuria", "from low back pain") or with what ("with nasal polyps") a thing
#: happens, said after the thing's name
_CONTEXT_AFTER = re.compile(r"^(?P<core>\S.*?)\s+(?:(?:(?:right|just|shortly|soon|immediately)\s+)?"
                            r"(?:after|during|following|caused\s+by|due\s+to|from|with)\s+\S"
                            # the moment of a dose or a posture ("Pain when the drops are put in", "Dizziness when
                            # you stand up")
                            r"|when\s+(?:the|a|your|you|applied|sprayed|injected|inhaled|instilled)\b"
                            rf"|in\s+{_POPULATION}\b)", re.IGNORECASE)
#: a cause said before a name, its hyphen joining it: "Radiation-induced nausea and vomiting"
_CAUSE_BEFORE = re.compile(r"^\S+-(?:induced|related|associated|caused|provoked)\s+(?P<core>\w.*)$",
                           re.IGNORECASE)


_OR_WORD = re.compile(r"\bor\b", re.IGNORECASE)


def context_core(text: str) -> str | None:
    """``"Atrial fibrillation after heart surgery"`` -> ``"Atrial fibrillation"``, ``"Nocturia due to
    nocturnal polyuria"`` -> ``"Nocturia"``, ``"Radiation-induced nausea and vomiting"`` -> ``"nausea
    and vomiting"``: the name without the phrase that narrows it to a time, a group of people, a
    cause or a companion (:data:`_CONTEXT_AFTER`, :data:`_CAUSE_BEFORE`), whose name is therefore a
    kind of the rest; None when it has no such phrase, the phrase has an "or" in it, or nothing
    would remain."""
    m = _CONTEXT_AFTER.match(text.strip()) or _CAUSE_BEFORE.match(text.strip())
    if not m or _OR_WORD.search(text.strip()[m.end("core"):]):
        return None  # "Unusual vaginal bleeding after menopause or a new breast lump": the "or" may
    core = m.group("core").strip(" ,")  # join a second thing to the whole, not to the phrase
    return core if core and normalize(core) not in _FUNCTION_WORDS else None


# -- a condition getting worse, as MedDRA names it --------------------------------------------------

_WORSE = r"(?:worsening|worsened|exacerbations?|aggravation|flare[- ]?ups?|flares?)"
_WORSE_BEFORE = re.compile(rf"^{_WORSE}\s+(?:of\s+(?:your\s+|the\s+)?)?(?P<x>[\w'-]+(?:\s+[\w'-]+){{0,3}})$",
                           re.IGNORECASE)
_WORSE_AFTER = re.compile(rf"^(?P<x>[\w'-]+(?:\s+[\w'-]+){{0,3}}?)\s+{_WORSE}$", re.IGNORECASE)


def worsening_names(text: str) -> list[str]:
    """``"COPD flare-ups"`` -> ``["COPD aggravated", "COPD exacerbated", "COPD exacerbation",
    "Exacerbation of COPD", "COPD worsened"]``: a condition said to get worse ("Worsening of X",
    "X flare-ups", "X exacerbations"), in the words MedDRA (SIDER) names its worsening, which means
    just that (*Asthma aggravated*, *Eczema exacerbated*, *COPD exacerbation*). Up to four words
    for the condition, none of them a function word; empty for any other name."""
    m = _WORSE_BEFORE.match(text.strip()) or _WORSE_AFTER.match(text.strip())
    if not m or _FUNCTION_WORDS.intersection(w.casefold() for w in m.group("x").split()):
        return []
    x = m.group("x")
    return [f"{x} aggravated", f"{x} exacerbated", f"{x} exacerbation", f"Exacerbation of {x}", f"{x} worsened"]
