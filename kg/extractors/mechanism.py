"""Mechanism of action: drug-target relations and the downstream effects the text states.

A relation needs a relation cue (verb or "agonist of"-style noun), a subject that is the
drug (or its metabolite/complex: not another named agent), no negation, and an object that
looks like a molecular target (an abbreviation in parentheses, a target head noun such as
"receptor" or "-ase", or an appositive/"called" phrase naming an enzyme or protein).
Certainty is "hedged" only inside a sentence with a hedge cue.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import partial

from kg.extract_text import (
    Folded,
    Guarded,
    Item,
    Quoter,
    combined_parts,
    is_abbreviation,
    is_symbol,
    list_items,
    norm,
    own_names,
    sentences,
    spells_initials,
    split_top,
    strip_example_cue,
    strip_parens,
)
from kg.model import Block, Document, Extraction, Mechanism, Section

_ROLE = {"agonist": "activates", "activator": "activates", "stimulator": "activates",
         "antagonist": "blocks", "blocker": "blocks", "inhibitor": "inhibits",
         "modulator": "modulates", "opener": "opens", "binder": "binds"}
_ROLE_RE = re.compile(
    r"\b(?:agonist|activator|stimulator|antagonist|blocker|inhibitor|modulator|opener|binder)s?"
    r"(?:\s+\([a-z]+\))?\s+(?:of|at|for|on)\s+", re.I)  # ("an agonist (activator) of the melatonin receptors")
#: the drug named by its role just before what it targets: "a kinase inhibitor that targets ..."
_ROLE_THAT = re.compile(r"\b(?P<r>agonist|activator|stimulator|antagonist|blocker|inhibitor)s?\s+(?:that|which)\s*$",
                        re.I)
_VERB_RE = re.compile(
    r"(?<![\w-])(?<!building\s)(?P<v>(?:block|inhibit|stimulat|activat)(?:ing|ory)\s+(?:effects?|actions?)\s+(?:on|at)|"
    # ("weaker blocking effects on histamine H1 receptors and alpha-1 adrenergic receptors": what it blocks)
    r"(?:re)?activat(?:e|es|ed|ing)|stimulat(?:e|es|ed|ing)|inhibit(?:s|ed|ing)?|block(?:s|ed|ing)?|clos(?:e|es|ing)|"
    r"inactivat(?:e|es|ing)|deactivat(?:e|es|ing)|attach(?:es|ing)?\s+(?:itself\s+)?to|"
    r"bind(?:s|ing)?(?:\s+(?:irreversibly|reversibly|selectively|tightly|strongly|directly|specifically|covalently|"
    r"competitively|preferentially|firmly|mainly|mostly|primarily|chiefly|predominantly|only|well|permanently)"
    r"(?:\s+\((?:ir)?reversibly\)|\s+\(covalently\))?)?(?:\s+(?:to|with))?|open(?:s|ed|ing)?|modulat(?:e|es|ed|ing)|"
    r"shut(?:s|ting)?\s+down|stop(?:s|ped|ping)?(?=\s+(?:the\s+|two\s+|three\s+|both\s+)?(?:(?:bacterial|viral|fungal|key)\s+)?"
    r"(?:enzymes?|proteins?|kinases?|pumps?)\s)|disabl(?:e|es|ed|ing)|"
    # other words for binding ("latches onto RyR1", "docks onto growth hormone receptors", "soaks up bile acids") and
    # for blocking ("jams the channel", "plugs the pore")
    r"chelat(?:e|es|ed|ing)(?:\s+\((?:binds?|grabs?|traps?)\))?|"  # ("chelates (binds) iron": holds a metal)
    r"latch(?:es|ed|ing)?\s+on(?:to)?|(?:(?<=molecule\s)|(?<=molecules\s)|(?<=\balso\s)|(?<=\bit\s))holds?\s+on\s*to|"
    r"dock(?:s|ed|ing)?\s+(?:onto|into|on\s+to|on|to|with)|lock(?:s|ed|ing)?\s+onto|"
    r"stick(?:s|ing)?\s+to|cling(?:s|ing)?\s+to|occup(?:y|ies|ied|ying)|ti(?:e|es|ed|ing)\s+up|tying\s+up|slot(?:s|ted|ting)?\s+(?:itself\s+)?into|"
    r"fit(?:s|ted|ting)?\s+(?:itself\s+)?into|wrap(?:s|ped|ping)?\s+(?:itself\s+|themselves\s+)?around|soak(?:s|ed|ing)?\s+up|mop(?:s|ped|ping)?\s+up|sequester(?:s|ed|ing)?|"
    r"trap(?:s|ped|ping)?|jam(?:s|med|ming)?|plug(?:s|ged|ging)?|react(?:s|ed|ing)?\s+(?:chemically\s+)?with|interfer(?:e|es|ed|ing)\s+with|antagoni[sz](?:e|es|ed|ing)|"
    r"target(?:s|ed|ing)?(?=\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+[\w-]+){0,3}?\s*(?:\(|,|\.|$|\s+(?:in|on|which|that|and)\b))|"
    r"cleav(?:e|es|ed|ing)(?:\s+\((?:cuts?|splits?)\))?|"  # "cleaves (cuts) a protein called SNAP-25": it no longer works
    r"(?<!to\s)break(?:s|ing)?\s+down(?=\s+(?:the\s+)?[\w-]+(?:,|\.|\s+\(|\s+(?:in|at)\s))|"  # ("break down collagen, the ...")
    r"slip(?:s|ped|ping)?\s+(?:itself\s+)?between|intercalat(?:e|es|ing)\s+(?:into|between)|"  # ("slips between the two
    # strands of DNA (intercalation)": it binds there)
    r"(?:insert|wedge)(?:s|ed|ing)?\s+(?:itself|themselves)\s+between|"  # ("inserts itself between the base pairs of DNA")
    r"(?:attach|add|transferr?)(?:es|s|ed|ing)?\s+(?:an?\s+)?(?:alkyl|methyl|ethyl|[\w-]+yl)\s+groups?\s+(?:on)?to|"
    # ("attaches alkyl groups to the DNA, mainly at the guanine bases": what it binds, chemically)
    r"(?:(?:is|are|gets?)\s+)?(?:taken|carried|brought)\s+(?:up\s+)?into\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?cells?\s+(?:through|via|by)"
    r"(?=\s+(?:the\s+|its\s+)?(?:[\w-]+\s+){1,4}?receptors?\b)|"  # ("is taken up into cells through the mannose-6-phosphate
    # receptor": the receptor it binds on the way in)
    r"(?:insert|embed)(?:s|ded|ed|ing)?\s+(?:itself\s+|themselves\s+)?into(?=\s+(?:the\s+|its\s+|their\s+)?\**(?:[\w-]+\s+)"
    r"{0,2}?(?:membranes?|lipid\s+bilayers?)\b)|"  # ("inserts into the outer membrane of skin cells": held there; not
    # "inserted into the skin of the upper arm")
    r"degrad(?:e|es|ing)|"  # ("it also degrades casein kinase 1α": the protein destroyed, put out of work)
    r"oxidi[sz](?:e|es|ed|ing)(?!\s+(?:the\s+)?(?:iron|ferrous|copper|metal)\b)|denatur(?:e|es|ed|ing)|"  # (not "oxidizes
    # the iron in hemoglobin": a change of the metal's charge, no protein put out of work)  # ("free iodine oxidizes microbial proteins, ...": chemistry
    # that puts them out of work)
    r"ramp(?:s|ed|ing)?\s+up|boost(?:s|ed|ing)?|acetylat(?:e|es|ed|ing)|sensiti[sz](?:e|es|ed|ing)|combin(?:e|es|ing)\s+(?:directly\s+)?with|dampen(?:s|ed|ing)?|tone(?:s|d)?\s+down|"
    r"disrupt(?:s|ed|ing)?(?=\s+(?:the\s+)?(?:enzyme|protein|kinase|receptor|channel|transporter|pump)s?\s|"
    r"\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:cell\s+)?(?:membranes?|walls?)\b)|"
    r"switch(?:es|ing)?\s+(?:off|on)|grab(?:s|bed|bing)?|neutrali[sz](?:e|es|ed|ing)|enhanc(?:e|es|ed|ing)|potentiat(?:e|es|ed|ing)|"
    r"strengthen(?:s|ed|ing)?(?=\s+the\s+(?:effects?|action|activity)\s+of\s)|"  # (not "strengthen the heartbeat")
    # "by reducing the activity of enzymes called X": the enzymes inhibited
    r"(?:reduc|lower|decreas)(?:e|es|ed|ing)(?=\s+the\s+(?:activity|action)\s+of\s)|"
    r"act(?:s|ing)?\s+(?:mainly\s+|primarily\s+|directly\s+|selectively\s+)?(?:on|at))\s+", re.I)
_COORD_VERB = re.compile(r"^(?:and|or)\s+(?:then\s+)?(?:activat|stimulat|inhibit|inactivat|deactivat|block|clos|bind|attach|open|modulat)", re.I)
#: the figurative words for binding ("latches onto", "soaks up") and blocking ("jams", "plugs"), read as the drug's
#: only when the drug (or its pronoun) is named before them (see _FIGURATIVE_BIND)
_FIGURATIVE_REL = (("latch", "binds"), ("hold", "binds"), ("dock", "binds"), ("lock", "binds"), ("stick", "binds"), ("cling", "binds"),
                   ("slot", "binds"), ("fit", "binds"), ("soak", "binds"), ("mop", "binds"), ("sequester", "binds"),
                   ("occup", "binds"), ("tie", "binds"), ("tying", "binds"),
                   ("trap", "binds"), ("jam", "blocks"), ("plug", "blocks"), ("react", "binds"))
_VERB_REL = (("activat", "activates"), ("reactivat", "activates"), ("chelat", "binds"), ("stimulat", "activates"), ("inhibit", "inhibits"), ("shut", "inhibits"),
             ("stop", "inhibits"), ("disabl", "inhibits"), ("interfer", "inhibits"), ("target", "targets"),
             ("antagoni", "blocks"), ("ramp", "activates"), ("boost", "activates"), ("sensiti", "activates"), ("acetylat", "inhibits"),
             ("combin", "binds"), ("dampen", "inhibits"), ("cleav", "inhibits"), ("break", "inhibits"),
             ("tone", "inhibits"), ("disrupt", "inhibits"), ("reduc", "inhibits"), ("lower", "inhibits"),
             ("decreas", "inhibits"), ("oxidi", "inhibits"), ("degrad", "inhibits"), ("slip", "binds"), ("intercalat", "binds"), ("insert", "binds"), ("embed", "binds"), ("taken", "binds"), ("carried", "binds"), ("brought", "binds"), ("add", "binds"), ("transfer", "binds"), ("wedge", "binds"), ("denatur", "inhibits"),
             *_FIGURATIVE_REL,
             ("inactivat", "inhibits"), ("deactivat", "inhibits"), ("attach", "binds"),
             ("enhanc", "activates"), ("potentiat", "activates"), ("strengthen", "activates"),
             ("switch", "inhibits"), ("turn", "inhibits"), ("flip", "inhibits"), ("grab", "binds"), ("wrap", "binds"), ("neutrali", "inhibits"),
             ("block", "blocks"), ("clos", "blocks"), ("bind", "binds"), ("open", "opens"), ("modulat", "modulates"),
             ("act", "modulates"))
_NEGATION = re.compile(r"(?:\b(?:not|never|no|cannot|without)|n['\u2019]t)\s+(?:\w+\s+){0,2}$|\bfrom\s+$|"
                       # "it doesn't replace estrogen or raise hormone levels": a second verb the first one's "not" denies
                       r"(?:\b(?:not|never|cannot)|n['\u2019]t)\s+[a-z]+\s+[^,;.]{1,40}?\s+(?:or|nor)\s+$|"
                       r"\b(?:less\s+likely|unlikely)\s+to\s+$|"  # ("are less likely to trigger an immune reaction")
                       # "does not paralyse worms by acting on ...": the means of a denied verb is denied with it
                       r"(?:\b(?:not|never|cannot)|n['\u2019]t)\s+[^,;:.]{0,60}?\bby\s+$", re.I)
_HEDGE = re.compile(r"\b(?:thought|believed|presumed|proposed|suggested|hypothesi[sz]ed)\s+to\b|"
                    r"\b(?:it\s+is|it['\u2019]s)\s+(?:thought|believed|presumed|suspected)\s+that\b|"  # ("It is thought that
                    # X chelates iron")
                    r"\bnot\s+(?:fully\s+|precisely\s+|completely\s+|well\s+|exactly\s+|entirely\s+)?"
                    r"(?:understood|known|clear|established)\b|\bunclear\b|\bunknown\b|\b(?:may|might)\b|"
                    r"\b(?:appears|seems)\s+to\b|\bprobably\b|\bpossibly\b|(?<!\bless\s)(?<!\bmore\s)\blikely\b|"
                    r"\b(?:possible|proposed|suggested|potential)\s+(?:ways|mechanisms|explanations|actions|routes)\b", re.I)
_ASSERT = re.compile(r"\b(?:is|are)\s+known\s+to\b|\bhas\s+been\s+shown\s+to\b", re.I)
_CLAUSE_START = Guarded(re.compile(r"(?:;|:|\bbut\b|\bwhereas\b|\bwhile\b|\balthough\b|,\s+and\b|"
                                   r"^\s*and\s+(?=(?:it|they|this)\b)|"  # ("And it blocks ...": a sentence on "And")
                                   # "This happens when acetylcholine attaches to ...": the clause after "when" has its
                                   # own subject
                                   r"\b(?:happens|occurs|starts|begins|(?:is|are)\s+(?:triggered|caused|set\s+off|"
                                   r"started))\s+when\b|"
                                   r"(?:^|[,.]\s*|\b(?:and|which|that)\s+)then\b|"  # (not "Serotonin then binds")
                                   # "Laboratory work suggests it may ...": the clause after a report of it
                                   r"\b(?:suggests?|shows?|indicates?|means?)\s+(?:that\s+)?(?=(?:it|they)\b)|"
                                   # "Studies have shown that crotamiton blocks ...": the finding's own subject
                                   r"\b(?:have|has)\s+(?:shown|found|suggested|demonstrated)\s+that\b|"
                                   r",\s+so\b|"  # ("..., so dabigatran reduces X": the consequence's own subject)
                                   # "To infect a T cell, HIV first attaches to ...": the purpose said first, its subject
                                   # after the comma
                                   r"^\s*to\s+[a-z]+\s+[^,;.]{1,60},)", re.I))
_FUNCTION_CAPS = frozenset({"it", "its", "this", "these", "that", "they", "together", "inside", "in", "once", "against",
                            "for", "before", "across", "beyond", "under",
                            "when", "after", "because", "by", "within", "as", "at", "first", "second",
                            "then", "thus", "however", "also", "both", "the", "a", "an", "like", "unlike",
                            "through", "on", "instead", "there", "here", "now", "over", "finally", "normally",
                            "specifically", "mainly", "essentially", "ultimately", "overall", "with", "without",
                            "during", "since", "while", "where", "so", "some", "several", "many", "most", "all",
                            "each", "much", "one", "two", "despite", "exactly", "how", "what", "why", "whether",
                            "precisely", "although", "though", "if",
                            # words that open a sentence about the drug's ways, never a drug's name ("Possible ways
                            # include inhibiting ...", "Other proposed actions ...")
                            "possible", "potential", "proposed", "other", "further", "additional", "key", "main",
                            "another", "such"})  # ("How it works is not fully understood")
_PROCESS_OBJ = re.compile(r"^(?:the|their|its)\s+(?:production|release|synthesis|formation|absorption|uptake|"
                          r"transmission|amount|levels?|number|activation|breakdown|reuptake)\s+of\s+", re.I)
_ACTIVITY_OBJ = re.compile(r"^(?:the\s+)?(?:(?:tyrosine\s+)?kinase\s+|enzym(?:e|atic)\s+|catalytic\s+)?"  # ("the
                           # tyrosine kinase activity of X": the enzyme's own activity, X inhibited)
                           r"(?:activity|action|function|effects?|activation|assembly|signal(?:l)?ing)\s+of\s+", re.I)
_CLASS_WORDS = r"enzymes?|proteins?|receptors?|transporters?|kinases?|channels?|pumps?|molecules?|transcription\s+factors?"
_CALLED = re.compile(rf"^(?:an?|the)\s+(?:[\w-]+\s+)?(?P<cls>{_CLASS_WORDS})(?:\s+(?:that|which)\s+[^,;.()]{{1,80}},|,|"
                     r"\s+(?:inside|in|on|within)\s+[^,;.()]{1,40}?)?"  # ("a protein inside skin and immune cells called X")
                     r"\s+(?:called|known as|named)\s+",  # ("the same receptor, called the LH/hCG receptor")
                     re.I)
#: a class with what it does, then its name after a colon: "an enzyme that bacteria need to build proteins: X (XS)"
_CLASS_COLON = re.compile(rf"^(?:an?|the|its|their)\s+(?:[\w-]+\s+)?(?:{_CLASS_WORDS})(?:\s+(?:that|which)\s+[^,;:.()]{{1,80}})?:\s+"
                          r"(?=[\w\u0370-\u03ff-]+(?:\s+[\w\u0370-\u03ff-]+){0,4}\s*(?:\(|[.;]|$))", re.I)
#: a class with what it does, then its name after a comma: "the enzyme that makes it, 1,3-beta-D-glucan synthase."
_CLASS_COMMA = re.compile(rf"^(?:an?|the)\s+(?:[\w-]+\s+)?(?:{_CLASS_WORDS})\s+(?:that|which)\s+[^,;:.()]{{1,60}},\s+"
                          r"(?!(?:called|named|known)\b)(?=[\w\u0370-\u03ff,-]+(?:\s+[\w\u0370-\u03ff-]+){0,4}\s*(?:\(|[.;]|$))", re.I)
#: a class of targets with where they are or what they do, then its members as examples: "human enzymes in the
#: adrenal glands and testes that make steroid hormones, such as 11β-hydroxylase and 17α-hydroxylase"
_CLASS_SUCH_AS = re.compile(rf"^(?:(?:the|some|several|other|certain|many|various|human|bacterial|viral|fungal|key)\s+)*"
                            rf"(?:{_CLASS_WORDS}|[a-z]{{4,}}ases)s?\b(?:(?!\bwhich\b|\bcalled\b|\bnamed\b|\bknown\b)[^;:.()]){{0,100}}?"
                            r"(?:,?\s+(?:such\s+as|including)|,\s+(?:mainly|mostly|especially|particularly|chiefly|"
                            r"primarily|notably))\s+(?=\S)", re.I)  # (not "D2 receptors ..., which reduces X such as Y";
# "phosphodiesterases, mainly PDE4 and PDE10": the members it names)
_CLASS_PREFIX = re.compile(rf"^(?:the\s+)?(?:(?:surface|cell-surface|membrane|signal(?:l)?ing|messenger|bacterial|viral|fungal|"
                           rf"parasite's|human|key)\s+)?"
                           rf"(?P<cls>{_CLASS_WORDS})\s+(?=\S)", re.I)  # ("the surface protein CD20")
_ANAPHORA = re.compile(r"^(?:(?:forms?|types?|subtypes?|isoforms?|isoenzymes?|versions?|kinds?)\s+of\s+)?"
                       r"(?:these|those|the same|such|this|that|them|it|both receptors)\b", re.I)
#: a second target said in brackets after the first: "(and also P2X2/3 receptors)", "(as well as the M2 receptor)"
_AND_ALSO_PAREN = re.compile(r"\s*\((?:and\s+also|and|as\s+well\s+as|and\s+to\s+a\s+lesser\s+(?:degree|extent))\s+"
                             r"(?P<x>[^()]{2,60}?(?:receptors?|channels?|transporters?|enzymes?|[a-z]ases?))\)", re.I)
#: a metal a chelator holds ("ferric iron": its kind first)
_METAL = r"(?:iron|copper|zinc|lead|mercury|aluminium|aluminum|calcium|magnesium|potassium|sodium)"
_DETERMINERS = re.compile(r"^also\s+(?=\S)|^(?:(?:especially|particularly|notably|also)\s+)?(?:the|a|an|both|its|their|several|specific|"
                          r"certain|key|free|circulating|only|mainly|mostly|primarily|chiefly|largely|some)\s+|"
                          r"^(?:especially|particularly|notably)\s+|"  # ("..., especially the D2 receptors")
                          # ("wrap around one atom of ferric iron": the metal, however much of it)
                          r"^(?:(?:one|two|three|each|every|a\s+single)\s+)?(?:atoms?|ions?|molecules?)\s+of\s+"
                          r"(?=(?:[a-z]+\s+)?" + _METAL + r"\b)", re.I)
_TARGET_HEAD = re.compile(r"(?:receptors?|subunits?|transporters?|enzymes?|kinases?|channels?|pumps?|ases?|"
                          r"proteins?\s*\d*|synthases?|reductases?|tubulin|calcineurin|hydroxyapatite|integrins?|inflammasomes?|complex(?:es)?|antigens?|"
                          # (proteases named without "-ase": "inhibits trypsin", "kallikrein", "thrombin")
                          r"thrombin|plasmin|(?:chymo)?trypsin|renin|kallikreins?|"
                          r"ATPases?|polymerases?|cotransporters?|symporters?|exchangers?|ribosomes?|proteasomes?|currents?|"
                          r"(?:cell\s+)?membranes?|cell\s+walls?|"  # (structures a drug binds or breaks: "the bacterial
                          # cell membrane", "the cell membrane of sperm")
                          r"(?:cell\s+)?(?:membranes?|walls?)\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?|"
                          r"factor\s+(?:[IVX]{1,4}|\d{1,2}|(?-i:[BDH]))a?|(?<!of\s)(?-i:\b(?:DNA|RNA|mRNA)))"
                          # (clotting factors: "factor Xa"; nucleic acids); a member's number after an enzyme's name:
                          # "phosphodiesterase 4", "cyclooxygenase-1", "phosphodiesterase type 5"
                          r"(?:(?<=ase)(?:\s+type)?[\s-]\d{1,2}[A-Za-z]?|(?<=ase|lex)\s(?-i:I{1,3}|IV|V))?$", re.I)
# ("DNA topoisomerase I", "complex III": a roman number after the name)
#: a cell's structure, which a drug binds or breaks but is only said to "act on" where it works
_STRUCTURE = re.compile(r"\b(?:membranes?|walls?)\b", re.I)
_APPOSITIVE_CLASS = re.compile(rf"^(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}(?:{_CLASS_WORDS})\b|^(?:{_CLASS_WORDS})\s+that\b",
                               re.I)
_TRAILING_PP = re.compile(r"\s+(?:(?:found|located|expressed|present)\s+(?=in|on|at|throughout)|"  # ("a TRP channel found in
                          # flatworms")
                          r"in|on|inside|within|throughout|from|into|at|before|until|because|of\s+the\s+\w+\s+cells?|"
                          r"when|whenever|while|only\s+when|once|after|if|unless|whether|"  # ("... channel when it is open")
                          r"which|that|to|so|thereby|and\s+(?:is|are|prevents?|reduces?|increases?|causes?)|"
                          # "stimulating D2 receptors directly": an adverb after the name is the verb's, not the name's
                          r"(?:(?:only|very|quite)\s+(?=weakly|slightly|partly|partially|mildly|strongly)|"
                          r"directly|(?:non-?)?selectively|strongly|weakly|potently|tightly|partially|fully|"
                          r"(?:non-?)?competitively|allosterically|covalently|"
                          r"reversibly|irreversibly|preferentially|specifically|mainly|primarily|too|as\s+well|"
                          # ("blocks the CXCR4 receptor with high affinity and for a long time": how well, not which)
                          r"with\s+(?:very\s+)?(?:high|low|great|strong|weak)\s+(?:affinity|selectivity|potency)|"
                          r"for\s+a\s+long\s+time))\b.*$",
                          re.I)
#: a named receptor or channel with its ligand after "for" ("muscarinic receptors for acetylcholine"); not "the
#: receptor for IL-6", whose only name is the ligand's
_FOR_LIGAND = re.compile(r"^(?P<n>(?!(?:the|a|an|its|their|these|those|this|that)\s)[\w-]+(?:\s+[\w-]+)?\s+"
                         r"(?:receptors?|channels?))\s+for\s+[\w\s-]+$", re.I)
_GENERIC_TARGET = re.compile(rf"^(?:(?:same|these|those|such|both|two|other|immune|its|many|several|various|multiple|"
                             rf"more|fewer|additional|further|"
                             rf"numerous|different|all)\s+)*(?:{_CLASS_WORDS})$",
                             re.I)

#: a state that lasts, said after "switched on" or "turned off": no object follows
_LASTING = r"(?!(?:all\s+the\s+time|permanently|constantly|continuously|for\s+too\s+long)\b)"
DOWNSTREAM = (
    # ("the worms' uptake of glucose", "the assembly (polymerization) of microtubules": whose, and a gloss)
    ("decreases", re.compile(r"\b(?:reduc|decreas|lower|block|prevent|suppress|inhibit|slow)(?:e|es|s|ed|ing)?\s+"
                             r"(?:the|their|its)\s+(?:[\w-]+(?:['\u2019]s|s['\u2019])\s+)?(?P<proc>production|release|"
                             r"synthesis|formation|absorption|transmission|amount|levels?|number|activation|uptake|"
                             r"assembly)(?:\s+\([^()]{1,40}\))?\s+of\s+", re.I)),
    # "The flavonoids mop up free radicals", "scavenges reactive oxygen species": fewer of them
    ("decreases", re.compile(r"\b(?:mop(?:s|ped|ping)?\s+up|scaveng(?:e|es|ed|ing)|neutrali[sz](?:e|es|ed|ing)|"
                             r"quench(?:es|ed|ing)?)\s+(?:the\s+)?(?=(?:harmful\s+|toxic\s+|damaging\s+)?(?:free\s+radicals|"
                             r"(?:reactive\s+)?oxygen\s+(?:radicals|species)|oxidants)\b)", re.I)),
    # "it replaces the missing factor VIII activity": the activity it supplies, more of it (a replaced enzyme itself is
    # no target)
    ("increases", re.compile(r"\breplac(?:e|es|ed|ing)\s+(?:the\s+)?(?:(?:missing|lost|deficient|absent|low)\s+)?"
                             r"(?=(?:[\w-]+\s+){1,4}activity\b(?!\s+of\b))", re.I)),
    # "slows the reuptake of serotonin and norepinephrine": less of each taken back up (a carrier blocked is read as
    # its transporter inhibited, below)
    ("decreases", re.compile(r"\b(?:reduc|decreas|lower|slow)(?:e|es|s|ed|ing)?\s+(?:the|their|its)\s+(?P<proc>reuptake)"
                             r"\s+of\s+(?![^.;]*\bby\s+(?:blocking|inhibiting)\b)", re.I)),  # (not "... by blocking the ENT1
    # transporter": the carrier named, its target)
    ("decreases", re.compile(r"\b(?:prevent|stop|keep)(?:s|ed|ing)?\s+(?P<pre>(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)\s+from\s+"
                             r"(?P<proc>forming|becoming\s+activated|being\s+activated|being\s+released|being\s+made|"
                             r"dividing|growing|multiplying|passing\s+on\s+(?:its|their)\s+signals?|"
                             r"(?:sending|passing)\s+(?:its|their)\s+signals?(?:\s+on)?|signall?ing)\b", re.I)),
    # "prevents the nerve endings from releasing CGRP": what they would have released, released less
    ("decreases", re.compile(r"\b(?:prevent|stop|keep)(?:s|ed|ing)?\s+(?:[\w-]+\s+){1,3}?from\s+(?P<proc>releasing|"
                             r"producing|absorbing|taking\s+up)\s+(?:the\s+)?", re.I)),
    # "lets bone density rise", "makes blood pressure fall": the drug's doing, named by what rises or falls
    ("increases", re.compile(r"\b(?:let|allow|make|help|cause)(?:s|ed|ing|ting)?\s+(?P<pre>(?:[\w-]+\s+){0,2}?[\w-]+"
                             r"(?:\s+\([^()]{1,20}\))?)\s+(?:to\s+)?(?:rise|increase|go\s+up|build\s+up)\b", re.I)),
    ("decreases", re.compile(r"\b(?:let|allow|make|help|cause)(?:s|ed|ing|ting)?\s+(?P<pre>(?:[\w-]+\s+){0,2}?[\w-]+"
                             r"(?:\s+\([^()]{1,20}\))?)\s+(?:to\s+)?(?:fall|drop|decrease|go\s+down)\b", re.I)),
    ("decreases", re.compile(r"\b(?:reduc|decreas|lower)(?:e|es|s|ed|ing)\s+(?!(?:the|their|its|a|an)\s)(?P<pre>[\w\u0370-\u03ff-]+(?:\s+\([^)]*\))?)"
                             r"\s+(?:levels?|production|release)\b", re.I)),
    ("decreases", re.compile(r"\b(?:reduc|decreas|lower|slow|block|prevent|inhibit)(?:e|es|s|ed|ing)?\s+"
                             r"(?!(?:the|their|its|a|an)\s)(?P<pre>[\w-]+)\s+(?P<proc>breakdown)\b", re.I)),
    # "blocks HBV DNA synthesis", "stops viral replication", "blocks viral entry", "blocks iodide uptake": a process
    # named by a compound noun, its name as written
    ("decreases", re.compile(r"\b(?:(?:reduc|decreas|lower|slow|block|prevent|inhibit|stop|halt|suppress)(?:e|es|s|ed|ing)?|"
                             r"interfer(?:e|es|ed|ing)\s+with|shut(?:s|ting)?\s+down)\s+"  # ("may also interfere with
                             # bacterial RNA synthesis", "shuts down bacterial RNA synthesis")
                             r"(?!(?:the|their|its|a|an|this|that|these|those|it|them|any|all|no)\s)"
                             r"(?P<pre>(?:[\w-]+\s+){0,3}?(?:synthesis|replication|uptake|(?<=viral\s)entry))\b", re.I)),
    # "so cell wall synthesis is blocked": the process, said in the passive
    ("decreases", re.compile(r"(?<![\w-])(?P<pre>(?:(?!(?:so|and|or|the|that|which|this|its|their|then|thus|as|is)\b)"
                             r"[\w-]+\s+){0,3}?(?:synthesis|replication))\s+(?:is|are|gets?|becomes?)\s+(?:blocked|"
                             r"inhibited|stopped|halted|prevented|reduced|slowed|disrupted)\b", re.I)),
    ("decreases", re.compile(r"\b(?:reduc|decreas|lower|slow|block|prevent|inhibit)(?:e|es|s|ed|ing)?\s+(?:the\s+)?"
                             r"(?=conversion\s+of\s)", re.I)),  # "blocks the conversion of plasminogen to plasmin"
    # "blocks the copying of viral DNA": a process named by a gerund, its name as written
    ("decreases", re.compile(r"\b(?:reduc|decreas|lower|slow|block|prevent|inhibit|stop|halt|suppress)(?:e|es|s|ed|ing)?\s+"
                             r"the\s+(?=(?!(?:building|lining|signall?ing)\b)[a-z]{3,}ing\s+of\s)", re.I)),
    ("decreases", re.compile(r"\bmakes?\s+less\s+(?:of\s+)?(?:the\s+)?", re.I)),
    ("increases", re.compile(r"\bmakes?\s+more\s+(?:of\s+)?(?:the\s+)?", re.I)),
    # "It makes the cells lining the intestine produce more of a protein called metallothionein"
    ("increases", re.compile(r"\bmakes?\s+(?:the\s+|your\s+)?(?:[\w-]+\s+){1,6}?(?:produce|make|release|secrete)\s+more\s+"
                             r"(?:of\s+)?", re.I)),
    # "↓ blood potassium" (an arrow step, read as "It decreases blood potassium."): a level the drug lowers, its
    # subject the sentence's first word (outcomes such as pain or risk are dropped as for "increases")
    ("decreases", re.compile(r"^it\s+decreases\s+(?!the\s)(?=\S)", re.I)),
    ("increases", re.compile(r"\b(?:(?:increas|rais|enhanc)(?:e|es|ed|ing)|boost(?:s|ed|ing)?)\s+(?:the\s+)?"
                             r"(?:(?:amount|levels?|number|production|release)\s+of\s+)?", re.I)),
    # "switches off genes for inflammatory substances", "switches on anti-inflammatory genes": what the genes make
    # ("turns down genes that make inflammatory proteins", "turns up genes for anti-inflammatory proteins")
    # (not a state that lasts: "keeps FGFR3 switched on all the time" names no object after "on")
    ("decreases", re.compile(r"\b(?:switch|turn)(?:es|s|ed|ing)?\s+(?:off|down(?=\s+(?:the\s+)?genes?\b))\s+"
                             rf"{_LASTING}(?:the\s+)?(?:genes?\s+(?:for|that\s+make)\s+)?", re.I)),
    ("increases", re.compile(r"\b(?:switch|turn)(?:es|s|ed|ing)?\s+(?:on|up(?=\s+(?:the\s+)?genes?\b))\s+"
                             rf"{_LASTING}(?:the\s+)?(?:genes?\s+(?:for|that\s+make)\s+)?", re.I)),
    # "Levocarnitine is needed for the transport of long-chain fatty acids into the mitochondria": what a nutrient the
    # body needs does, supplied
    # ("... for the production of clotting factors": clotting factor production)
    ("increases", re.compile(r"\b(?:is|are)\s+(?:needed|required|essential|necessary)\s+for\s+the\s+"
                             r"(?:(?P<proc>production|synthesis|formation|absorption|uptake|breakdown)\s+of\s+|"
                             r"(?=(?:transport|metabolism)\s+of\s))", re.I)),
    # "It carries the gene for human granulocyte-macrophage colony-stimulating factor (GM-CSF), so the infected cells
    # produce this protein": what a gene it delivers makes
    ("increases", re.compile(r"\b(?:carr(?:y|ies|ied|ying)|deliver(?:s|ed|ing)?|contain(?:s|ed|ing)?)\s+(?:an?\s+)?"
                             r"(?:(?:working|functional|normal|healthy)\s+)?(?:copy\s+of\s+)?the\s+(?:human\s+)?genes?\s+"
                             r"(?:for|encoding|that\s+makes?)\s+(?:the\s+)?", re.I)),
    ("triggers", re.compile(r"(?<![\w-])(?:(?:trigger|induc)(?:e|es|s|ed|ing)?|kick(?:s|ed|ing)?\s+off|"
                            r"spark(?:s|ed|ing)?|initiat(?:e|es|ed|ing))\s+(?!zones?\b|points?\b|fingers?\b)(?:the\s+|an?\s+)?"
                            r"(?:(?:production|release|synthesis)\s+of\s+)?", re.I)),
)
#: The same patterns, run over lower-cased ASCII text (see :class:`kg.extract_text.Folded`).
DOWNSTREAM_F = tuple((relation, Folded(rx, guard=True)) for relation, rx in DOWNSTREAM)
_DOWN_STOP = re.compile(r"\s+(?:which|that|to|so|inside|in|on|at|from|thereby|because|between|but|while|whereas)\b.*$|"
                        r"(?:[,;.]|:(?=\s|$)).*$|"  # ("increases platelet production: cells grow ...": what it means, after)
                        r"\s+(?:by\s+[a-z]+ing|rather\s+than|instead\s+of)\b.*$|"  # ("raises blood sugar by telling the
                        # liver ...": the means, after; "... by neutrophils rather than by killing bacteria": a contrast)
                        # "the amount of thrombin the blood makes": a relative clause with no "that"
                        r"\s+(?:(?:the|your|its|their)\s+(?:[\w-]+\s+)?|(?:they|it|we|you)\s+)(?:makes?|produces?|releases?|forms?|creates?|"
                        r"generates?|needs?|uses?)\b.*$", re.I)
#: "proteins needed for growth and development": "and" inside a prepositional phrase joins its objects.
_PP_AND = re.compile(r"\b(?:for|with|by|needed|used)\s+[\w-]+\s+and\s+$", re.I)
#: "chloride flow into the nerve and muscle cells": "and" inside a place joins its nouns
_PLACE_AND = re.compile(r"\b(?:into|inside|within|out\s+of)\s+the\s+[\w-]+\s+and\s+$", re.I)
_VAGUE = re.compile(r"^(?:(?:it|them|this|these|that|those|you|we|us|people|the body|pain|symptoms?|side effects?|substances?|chemicals?|(?:many\s+|several\s+|certain\s+)?genes?)$|"
                    r"(?:the\s+)?(?:time|amount|number|rate|length)$|"  # ("increased the time to X about two times": cut)
                    r"(?:an?\s+)?(?:protein|enzyme|receptor|molecule)$|"  # ("switching on a protein ... called X": the
                    # protein is named after)
                    r"(?:(?:the|these|those|its|their|such) )?(?:risk|effects?|more|less)\b|(?:(?:its|their)\s+)?(?:action|activity|work)s?$|"  # ("speeds up
                    # its action": the action of what it binds, said as its activation)
                    # "switches off many of the genes that drive inflammation": some of a kind, no named thing
                    r"(?:many|some|most|several|all|certain|a\s+few)\s+of\s+(?:the|these|those|its)\s+[\w-]+$)", re.I)
#: how much or how alike, read where a thing was looked for: "about equally", "roughly"
_HOW_MUCH = re.compile(r"(?:about|roughly|nearly|almost|more\s+or\s+less)?\s*[a-z]+ly", re.I)
#: An "item" that is really a new clause ("and changes how the brain perceives pain").
_CLAUSE_OPENER = re.compile(r"^(?:how|what|why|whether)\b", re.I)  # an object that is a clause: "how quickly ..."
_CLAUSE_ITEM = re.compile(r"\b(?:how|what|why|whether)\b|^(?:changes|makes|helps|causes|allows|lets|is|are|triggers|"
                          r"leads|induces|stops|prevents|eases|relieves|calms)\b", re.I)  # ("... strand breaks and triggers apoptosis")
_LEAD_MORE = re.compile(r"^(?:other|more|less|fewer)\s+", re.I)
_DOWN_STOP_PAREN = re.compile(r"^[^,;.]*?(?=\s+(?:from|in|by)\s+the\s)", re.I)
_PLACE = re.compile(r"^\s+(?P<pp>(?:from|in|by)\s+the\s+[\w-]+(?:\s+[\w-]+)?)(?=$|[,;.]|\s+(?:and|which|that|so)\b)", re.I)
_PROCESS_NAMES = {"production": "production", "release": "release", "synthesis": "synthesis",
                  "formation": "formation", "absorption": "absorption", "transmission": "transmission",
                  "activation": "activation", "uptake": "uptake", "reuptake": "reuptake", "assembly": "assembly", "forming": "formation", "becoming activated": "activation",
                  "being activated": "activation", "being released": "release", "being made": "production",
                  "dividing": "division", "signal": "signal", "growing": "growth", "multiplying": "growth", "breakdown": "breakdown",
                  "signalling": "signalling", "signaling": "signaling", "releasing": "release", "producing": "production",
                  "absorbing": "absorption", "taking up": "uptake"}


#: The same patterns, run over lower-cased ASCII text (see :class:`kg.extract_text.Folded`).
_HEDGE_F, _ASSERT_F = Folded(_HEDGE), Folded(_ASSERT, guard=True)
_ROLE_RE_F, _VERB_RE_F = Folded(_ROLE_RE, guard=True), Folded(_VERB_RE)

#: the body's own messengers, named alone (no "receptor" after them)
_MESSENGER = re.compile(r"^(?:the\s+)?(?:(?:[\w'-]+\s+){0,2}?(?:neurotransmitters?|messengers?|chemicals?)\s+)?"
                        r"(?:gamma-aminobutyric\s+acid|GABA|glutamate|glycine|serotonin|dopamine|"
                        r"noradrenaline|norepinephrine|adrenaline|epinephrine|acetylcholine|histamine|adenosine|"
                        r"melatonin)", re.I)
#: a gerund's noun after it, making a compound: "binding sites", "binding pocket"
_SITE_NOUN = re.compile(r"\s*(?:sites?|pockets?|domains?)\b", re.I)
#: a modulator said to make its target work more: "a positive allosteric modulator of X"
_POSITIVE_BEFORE = re.compile(r"\bpositive\s+(?:allosteric\s+)?$", re.I)


def _role_word_relation(sent: str, start: int, role: str) -> str:
    """The relation a role word names; a positive modulator activates (as the truths read it since fc46)."""
    relation = _ROLE[role.split()[0].lower().rstrip("s")]
    if relation == "modulates" and _POSITIVE_BEFORE.search(sent, 0, start):
        return "activates"
    if relation == "activates" and re.search(r"\binverse\s+$", sent[:start], re.I):
        return "blocks"  # "a selective inverse agonist of H1 receptors": it keeps them switched off
    return relation


def _has_subtypes(mech: Mechanism, result: Extraction) -> bool:
    """"activating serotonin (5-HT) receptors, specifically the 5-HT1B and 5-HT1D subtypes": the family, named by its
    symbol, beside members the page names by that symbol and a code, with the same action, is said by them."""
    sym = mech.symbol
    return bool(sym and mech.is_target and any(
        o is not mech and o.relation == mech.relation and o.is_target and o.target.startswith(sym)
        and o.target[len(sym):len(sym) + 1].isalnum() for o in result.mechanism))


#: a target named by a symbol and its class word: "BK channel", "D2 receptor"
_SYMBOL_AND_CLASS = re.compile(rf"^(?P<s>[^\s()]+)\s+(?:{_CLASS_WORDS})$", re.I)


def _said_by_symbol(mech: Mechanism, result: Extraction) -> bool:
    """"Activates BK channel" in a list of facts after "activating big-conductance calcium-activated potassium
    channels (BK ...)": the target the page named whole, with that symbol and the same action, said again."""
    short = _SYMBOL_AND_CLASS.match(mech.target) if mech.is_target and not mech.symbol else None
    if short and any(o is not mech and o.is_target and o.relation == mech.relation
                     and o.symbol == short.group("s") and o.target != mech.target for o in result.mechanism):
        return True
    plural = re.fullmatch(r"(?-i:[A-Z][A-Z0-9-]{1,8})s", mech.target) if mech.is_target and not mech.symbol else None
    sign = _SIGN.get(mech.relation)  # "When it blocks the JAKs" after "blocks the Janus kinase (JAK) family": the
    return bool(plural and sign and any(o is not mech and o.is_target and o.symbol == mech.target[:-1]  # symbol's
                                        and _SIGN.get(o.relation) == sign for o in result.mechanism))  # plural


#: the direction of a relation (an enzyme blocked is inhibited: one direction)
_SIGN = {"inhibits": "-", "blocks": "-", "activates": "+", "opens": "+", "stimulates": "+"}


def _messenger_boosted(mech: Mechanism, result: Extraction) -> bool:
    """"enhances the action of gamma-aminobutyric acid (GABA), the main inhibitory neurotransmitter" beside "a positive
    allosteric modulator of GABA-A receptors": the body's own messenger, made to work better at the receptor the page
    names, is no target of its own, nor its action a downstream effect."""
    named = _ACTIVITY_OBJ.sub("", mech.target) if mech.relation == "increases" else mech.target
    return mech.relation in ("activates", "increases") and bool(_MESSENGER.fullmatch(named)) and any(
        o.relation == "activates" and o.is_target and _TARGET_HEAD.search(o.target) for o in result.mechanism)


#: the blood's carrier proteins, which a drug binds to travel, not to act
_CARRIER = re.compile(r"^(?:(?:human|serum|plasma)\s+)?(?:albumin|(?:plasma|blood|serum)\s+proteins?|proteins?\s+in\s+the\s+"
                      r"blood)$", re.I)


def mechanism_section(doc: Document) -> Section | None:
    return doc.first_of("mechanism")


def extract_mechanism(doc: Document, result: Extraction) -> None:
    """The drug's actions, read from every section about how it works (a page may have two: an answer's prose and a
    notation's list of facts after it, or "How it Works" and "Pharmacology")."""
    for k, sec in enumerate(doc.sections_of("mechanism")):
        before = len(result.mechanism)
        _extract_section(doc, result, sec)
        if k:  # what a later section says again ("LDL receptor" after "LDL receptors") is said once
            said = {(m.relation, _target_key(m.target)) for m in result.mechanism[:before]}
            result.mechanism = result.mechanism[:before] + [
                m for m in result.mechanism[before:] if (m.relation, _target_key(m.target)) not in said]
    _members_take_the_familys_direction(result.mechanism)
    result.mechanism = [m for m in result.mechanism if not _family_of_member(m, result.mechanism)
                        and not _member_said_bare(m, result.mechanism)]
    binders = [m for m in result.mechanism if m.relation == "binds" and m.is_target]
    if len(binders) == 1 and any(_MAKES_WORK_AFTER.search(_block_text(b)) for sec in doc.sections_of("mechanism")
                                 for b in sec.blocks):
        binders[0].relation = "activates"  # "It binds to the GABA-A receptor. ... When it binds, it makes the receptor
        # respond more strongly to GABA": the one target it binds, made to work more (a positive modulator)
    elif blocked := _bound_then_blocked(doc, binders):
        blocked.relation = _on_enzyme("blocks", blocked.target)  # "It binds to the GP IIb/IIIa receptor ... By blocking
        # the receptor, it prevents fibrinogen from binding": the target it binds, then said to be blocked
    elif len(binders) == 1 and binders[0].target.casefold().endswith("receptor") and any(
            re.search(r"\b(?:the|this)\s+activated\s+(?:[\w-]+\s+)?receptor\b", _block_text(b), re.I)
            for sec in doc.sections_of("mechanism") for b in sec.blocks):
        binders[0].relation = "activates"  # "It binds to the glucocorticoid receptor ... The activated receptor moves
        # into the nucleus": the one receptor it binds, then said to be switched on
    carriers = [m for m in result.mechanism if m.relation == "modulates" and m.target.casefold().endswith("transporter")]
    if len(carriers) == 1 and any(_BLOCKS_ITS_REUPTAKE.search(_block_text(b)) for sec in doc.sections_of("mechanism")
                                  for b in sec.blocks):
        carriers[0].relation = "inhibits"  # "It acts on the norepinephrine transporter (NET). This ... also blocks its
        # reuptake": the one carrier it acts on, kept from taking the messenger back up


def _bound_then_blocked(doc: Document, binders: list[Mechanism]) -> Mechanism | None:
    """The bound target a later sentence of the same paragraph blocks by its class word ("By blocking the receptor"):
    the last one named before it."""
    if not binders:
        return None
    for sec in doc.sections_of("mechanism"):
        for block in sec.blocks:
            text = _block_text(block)
            m = _BY_BLOCKING_IT.search(text)
            if m:
                before = text[:m.start()].casefold()
                named = [(before.rfind(b.target.casefold().split()[0]), b) for b in binders  # (its words, whatever
                         if all(w in before for w in b.target.casefold().split())]  # symbol stands between them)
                if named:
                    return max(named, key=lambda x: x[0])[1]
    return None


#: the target named before, blocked, as the means of what follows: "By blocking the receptor, abciximab prevents ..."
_BY_BLOCKING_IT = re.compile(r"\bby\s+(?:blocking|inhibiting)\s+(?:(?:the|this|that)\s+(?:receptor|enzyme|channel|protein|"
                            r"transporter|pump)|it)\b(?!\s+(?:from|of)\b)|"
                            # "With these enzymes blocked, the wall cannot be built": the bound ones, blocked
                            r"\b(?:with|once)\s+(?:the|these|this|those|that)\s+(?:receptors?|enzymes?|channels?|proteins?|"
                            r"transporters?|pumps?)\s+(?:(?:are|is)\s+)?(?:blocked|inhibited|switched\s+off|disabled)\b",
                            re.I)
#: the reuptake a drug stops, said of a messenger after a carrier was named ("... and also blocks its reuptake")
_BLOCKS_ITS_REUPTAKE = re.compile(r"\b(?:blocks?|inhibits?|prevents?|stops?)\s+(?:its|their)\s+re-?uptake\b", re.I)


#: a receptor family named by its ligand, and the subtype codes of its members ("muscarinic receptors" and "M3";
#: "histamine receptors" and "H1")
_FAMILY_CODES = {"muscarinic": r"m[1-5]", "histamine": r"h[1-4]", "dopamine": r"d[1-5]", "serotonin": r"5-?ht",
                 "angiotensin": r"at[12]", "adrenergic": r"alpha|beta", "beta-adrenergic": r"beta",
                 "alpha-adrenergic": r"alpha"}


def _family_of_member(mech: Mechanism, mechs: list[Mechanism]) -> bool:
    """"an antagonist of muscarinic receptors, with a long residence time at the M3 receptor" beside "Blocks M3
    receptors": the family is no target of its own where the page names a member the drug acts on the same way."""
    fam = re.fullmatch(r"(?P<f>[\w-]+)\s+receptor", mech.target.casefold()) if mech.is_target else None
    codes = _FAMILY_CODES.get(fam.group("f")) if fam else None
    return bool(codes) and any(other is not mech and other.is_target and other.relation == mech.relation
                               and re.match(codes, _subtype_code(other.target, whole=False)) for other in mechs)


def _members_take_the_familys_direction(mechs: list[Mechanism]) -> None:
    """"X is an agonist of alpha-adrenergic receptors. It acts mainly on the alpha-1 receptors, and to a lesser degree
    on alpha-2 receptors": the members it acts on, with no verb of their own, are acted on as the family is (then the
    family, a member named, is no target of its own: :func:`_family_of_member`)."""
    for fam in (m for m in mechs if m.is_target and m.relation in ("activates", "blocks", "inhibits")):
        head = re.fullmatch(r"(?P<f>[\w-]+)\s+receptor", fam.target.casefold())
        codes = _FAMILY_CODES.get(head.group("f")) if head else None
        for member in (m for m in mechs if codes and m.is_target and m.relation == "modulates" and m is not fam):
            if re.match(codes, _subtype_code(member.target, whole=False)):
                member.relation = fam.relation


def _member_said_bare(mech: Mechanism, mechs: list[Mechanism]) -> bool:
    """"Clemastine blocks the histamine H1 receptor" and "it also blocks H1 receptors in the brain": the member said
    without its family's name is the same target, said once (by its fuller name)."""
    bare = mech.target.casefold()
    return mech.is_target and any(
        other is not mech and other.is_target and other.relation == mech.relation
        and (fam := other.target.casefold().removesuffix(" " + bare)) != other.target.casefold()
        and fam in _FAMILY_CODES and re.match(_FAMILY_CODES[fam], _subtype_code(mech.target, whole=False)) is not None
        for other in mechs)


def _whole_of_subunit(mechs: list[Mechanism], text: str) -> None:
    """"IL-23 is a cytokine made of two parts, the p19 and p40 subunits. X binds selectively to the p19 subunit": a
    subunit the section says a named protein is made of stands for that protein, the molecule the drug acts on."""
    for mech in mechs:
        part = re.fullmatch(r"(?P<code>[\w-]+)\s+subunit", mech.target) if mech.is_target else None
        whole = re.search(rf"(?P<x>[A-Z][\w-]*\d[\w-]*|[A-Z][\w-]+)\s+(?:\([^()]*\)\s+)?(?:is|are)\s+[^.]{{0,60}}?\b(?:made\s+"
                          rf"(?:up\s+)?of|composed\s+of|consists?\s+of|built\s+from)\b[^.]{{0,60}}?"
                          rf"\b{re.escape(part.group('code'))}\b[^.]{{0,30}}\bsubunits?\b", text) if part else None
        if whole:
            mech.target, mech.symbol = whole.group("x"), None


#: the drug acting on members of a class it does not name yet: "blocks several kinases", "inhibits a number of enzymes"
_SEVERAL_OF = re.compile(r"\b(?P<v>blocks|inhibits|activates|stimulates|targets)\s+(?:several|many|multiple|various|a\s+(?:number|"
                         r"range|family)\s+of)\s+(?:[\w-]+\s+)?(?P<cls>kinases|enzymes|receptors|channels|transporters)\b", re.I)
#: the members named after: "Its main targets are FLT3, including ..., and KIT, including ..."
_ITS_TARGETS = re.compile(r"^(?:its|the\s+drug['\u2019]s)\s+(?:main|primary|key|chief|principal|most\s+important)?\s*"
                          r"targets?\s+(?:are|is|include)\s+(?P<l>.+?)\.?$", re.I)


def _listed_targets(text: str) -> list[str]:
    """The named targets of a list whose members carry asides ("FLT3, including the FLT3-ITD ... forms, and KIT,
    including the D816V mutant ..."): each name, its asides and its examples dropped; nothing unless each is a symbol
    or a target's name."""
    text = re.sub(r",\s+(?:including|especially|such\s+as|which|that|whose)\b[^,]*", "", text)
    names = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", text) if x.strip()]
    names = [_DEMONSTRATIVE.sub("", _LEAD_DET.sub("", n)) for n in names]
    return names if names and all(is_symbol(n) or _TARGET_HEAD.search(n.split()[-1]) for n in names) else []


#: a lead over what another agent can no longer do ("Stops thrombin's jobs, so thrombin can no longer:")
_NO_LONGER_LEAD = re.compile(r"\b(?:can\s+no\s+longer|cannot|can['\u2019]t|(?:is|are)\s+(?:unable|no\s+longer\s+able)\s+to)"
                             r"\s*:\s*$", re.I)


#: how much more or less than another drug it tends to do something: "with a lower tendency to raise eye pressure
#: than prednisolone acetate", "less likely to cause X than Y"
_TENDENCY_THAN = re.compile(r"\b(?:with\s+)?(?:an?\s+)?(?:(?:lower|higher|smaller|greater|reduced|weaker|stronger)\s+"
                            r"(?:tendency|risk|chance|likelihood|potential)\s+(?:to|of)|(?:less|more)\s+likely\s+to)\s+"
                            r"[^,.;]{3,60}?\s+than\s+[^,.;]{2,60}", re.I)
#: where in a chain a drug acts, against another agent, and what it does not do: ", acting at a later step than
#: vascular endothelial growth factor (VEGF) rather than blocking VEGF itself"
_STEP_THAN = re.compile(r",?\s+(?:acting|working)\s+(?:at|on)\s+an?\s+(?:later|earlier|different|other)\s+(?:step|point|stage)"
                        r"\s+than\s+[^,;.]+?(?:\s+rather\s+than\s+[a-z]+ing\s+[^,;.]+?)?(?=[,;.]|$)", re.I)
#: lowering the activity of enzymes counted, then named after a colon: "reduce the activity of two enzyme systems that
#: ... use: uPA and MMP-3"
_ACTIVITY_OF_COUNTED = re.compile(r"\b((?:reduce|lower|decrease|dampen)s?)\s+the\s+activity\s+of\s+(?=(?:two|three|four|"
                                  r"several|a\s+few|a\s+number\s+of)\s+(?:[\w-]+\s+)?enzymes?\b[^.;]*:)", re.I)
#: an enzyme said by its place in a chain, then named: "the next enzyme in the same chain, dihydrofolate reductase"
_NEXT_ENZYME_NAMED = re.compile(r"\b(?:the\s+|a\s+)?(?:next|following|second|later|earlier|first|other)\s+enzyme"
                                r"(?:\s+(?:in|of|along|down)\s+(?:the\s+|this\s+)?(?:same\s+)?(?:chain|pathway|sequence|"
                                r"process|line|route|series))?,\s+(?=(?:[\w-]+\s+){0,3}?[\w-]+ase\b)", re.I)
#: a class of receptors, then the subtype the drug acts on most: "somatostatin receptors, mainly subtype 2"
_CLASS_MAINLY_SUBTYPE = re.compile(r"\b(?P<c>[\w-]+\s+receptor)s,?\s+(?:mainly|mostly|especially|particularly|chiefly|"
                                   r"primarily|above\s+all)\s+(?:the\s+)?subtype\s+(?P<n>[\w-]+)", re.I)
#: a drug said to be an enzyme itself: "It is an enzyme replacement therapy", "a modified form of the human enzyme"
_IS_ENZYME = re.compile(r"\b(?:is|as)\s+(?:an\s+enzyme\s+replacement|an?\s+(?:[\w-]+\s+){0,2}?form\s+of\s+the\s+"
                        r"(?:[\w-]+\s+)?enzyme\b|an?\s+(?:[\w-]+\s+){0,2}?enzyme(?=\s+(?:that|which|made|produced)\b))", re.I)
#: "the enzyme" as the subject of what it does, when the drug is an enzyme: "This lets the enzyme bind to ...", "The
#: enzyme then breaks down ..."
_THE_ENZYME_ACTS = re.compile(r"(?P<pre>^\s*|\b(?:lets|allows|helps|enables|causes)\s+)(?:the|this)\s+enzyme\s+"
                              r"(?=(?:then\s+|also\s+|to\s+)?(?:bind|binds|attach|attaches|break|breaks)\b)", re.I)


def _extract_section(doc: Document, result: Extraction, sec: Section) -> None:
    q = Quoter(doc)
    text = " ".join(norm(_block_text(b)) for b in sec.blocks if b.text)
    earlier = {id(m) for m in result.mechanism}  # (what the sections before this one said)
    intro = [x for kind in ("identity", "uses") if (part := doc.first_of(kind)) is not None
             for b in part.blocks if b.text for x in sentences(norm(b.text))]  # (the sections before, read once)
    said_before = " ".join(x for x in intro if _ACTIVE_FORM.search(x) and _about_drug_start(x, result)
                           or _ACTIVE_PARTS.search(x) or _CONTAINS_PARTS.search(x) and _about_drug_start(x, result))
    # ("Fosfluconazole is turned into fluconazole in the body, so ..." in Usage: the active form the mechanism then
    # names; "Its main active compounds are gingerols and shogaols.": its parts, the subjects of its actions later)
    what_it_is = " ".join(x for x in intro if _DRUG_IS_A.search(x) and not _MADE_OF.search(x))  # ("Esterified
    # estrogens are a hormone medicine ...": then "these hormones" in How it Works are the drug)
    others = _other_agent_check(result, _active_forms(f"{said_before} {text}", own_names(result)),
                                f"{what_it_is} {text}" if what_it_is else text)
    # an enzyme given as a medicine ("imiglucerase", "an enzyme replacement therapy"): "the enzyme" that acts is it
    is_enzyme = result.drug.label.casefold().endswith("ase") or bool(_IS_ENZYME.search(f"{said_before} {text}"))
    mentions: list[tuple[str, str | None, str]] = []
    symbols = _symbol_names(text)  # "phosphodiesterase type 5 (PDE5)": a later bare "PDE5" names it
    aliases, named = _aliases(text)
    #: a target's symbol the section gave once ("the thrombopoietin receptor (also called c-Mpl)"), by its name
    symbol_of = {name.casefold(): sym for sym, name in symbols.items() if sym != name and is_symbol(sym)}
    for k, v in named.items():
        symbols.setdefault(k, v)
    lead_hedged = False  # a list introduced by a hedge ("Several actions are thought to contribute:")
    lead_to = False  # a list of verb phrases after "... to:" ("It is thought to:", "It works to:")
    lead_subject = False  # a list of verb phrases after the drug's name ("It is believed that piracetam:")
    lead_this = False  # a list of verb phrases after "This:" ("... neutralizing them. This:")
    lead_by = False  # a list of gerund phrases after "... by:"
    lead_when = False  # a list of what changes after "When esmolol blocks these receptors:"
    lead_on: re.Match[str] | None = None  # a list of processes after "... switches on two processes:"
    prev_other = False  # the previous sentence is about another agent ("Aldosterone is a hormone.")
    classed: list[Mechanism] = []  # the targets named only in the drug's class ("an NMDA receptor antagonist")
    bound: list[Mechanism] = []  # what the sentence before said the drug binds, with no more said of it
    helper = False  # the sentence before said the drug is a coenzyme that enzymes need, and named none of them
    lead_acts: Mechanism | None = None  # "It activates adrenergic receptors throughout the body:" over its subtypes
    lead_counted: tuple[str, str] | None = None  # "It inhibits two viral enzymes:" over the enzymes, each bold
    no_longer = -2  # the depth of a lead that says what the target can no longer do ("so thrombin can no longer:")
    kind_acted: tuple[str, str] | None = None  # "Midostaurin blocks several kinases": what it does to them, and which
    rna_silenced = bool(_MESSENGER_CUT.search(text)) and bool(_RNA_DRUG.search("\n".join(doc.lines)))
    # (an siRNA's or antisense drug's section, the page saying what it is, that says the messenger is cut or silenced)
    lead_item: tuple[tuple[str, str], int] | None = None  # an item that counts the targets its sub-items name
    lead_symbols = ""  # the relation of a lead-in over items that open with a target's symbol
    for block in sec.blocks:
        if block.kind == "paragraph" and not block.text and block.label and len(block.label.split()) >= 4 \
                and _LEAD_OF_OWN.match(norm(block.label)) and _VERB_RE_F.search(block.label + " "):
            block = replace(block, text=f"{norm(block.label)}:", label=None)  # "Levocabastine works by **blocking
            # histamine H1 receptors**:" over its steps, read as a label: the drug's own sentence, a lead-in
        if block.kind == "item" and lead_item is not None and block.depth <= lead_item[1]:
            lead_item = None  # (the counting item's sub-items are over)
        sym = _SYMBOL_ITEM.match(norm(block.text)) if lead_symbols and block.kind == "item" and block.label is None \
            and block.depth == 0 else None
        if sym and is_symbol(sym.group("s")):  # "... blocks several of these at once, mainly:" over "- MET (the
            # hepatocyte growth factor receptor), which drives ...": each a target, by its symbol
            _add(result, q, sec, block, norm(block.text), Mechanism(relation=lead_symbols, target=sym.group("s"),
                                                                    symbol=None, evidence=None))  # type: ignore[arg-type]
            result.mechanism = [m for m in result.mechanism if not (m.is_target and _KINASE_CLASS.fullmatch(m.target))]
            continue  # (the class the drug's role named, "a tyrosine kinase inhibitor", no target once members are)
        if block.kind == "paragraph":
            lead = _LEAD_SEVERAL.search(norm(block.text)) if norm(block.text).endswith(":") else None
            lead_symbols = ("inhibits" if re.search(r"kinase|enzyme", block.text, re.I) else
                            _verb_relation(lead.group("v"))) if lead else ""
        noun = _NOUN_ITEM.match(norm(block.text)) if lead_item is not None and block.label is None else None
        if noun:  # "1. Crofelemer blocks two chloride channels:" over "- the CFTR chloride channel (...)": each a target
            named = replace(block, label=noun.group("n") + (f" {noun.group('p')}" if noun.group("p") else ""))
            name = _labelled_target(named, 6)
            if name:
                _add_labelled(result, q, sec, named, name, lead_item[0][0], "asserted")  # type: ignore[index]
                continue
        if block.kind == "item" and norm(block.text).rstrip().endswith(":") and (item_counted := _counted_lead(block.text)):
            lead_item = (item_counted, block.depth)
        if not _block_text(block):
            name = _labelled_target(block, 6) if block.kind == "item" and block.label and lead_counted is not None \
                and block.depth == 0 else None
            if name:  # "- **Topoisomerase IV**" alone under "... by inhibiting two bacterial enzymes:": one of them
                _add_labelled(result, q, sec, block, name, lead_counted[0], "asserted")  # type: ignore[index]
            counted = _counted_lead(f"{block.label}:") if block.kind == "paragraph" and block.label else None
            if counted:  # "Zorvane blocks **two** glucose transporters:" read as a label, its colon the label's
                lead_counted = counted
            if block.kind == "paragraph" and block.label:  # ("When esmolol blocks these receptors:", the same)
                lead_when = bool(_LEAD_WHEN.search(norm(block.label) + ":"))
            continue
        if no_longer > -2 and block.kind == "item" and block.depth > no_longer:
            continue  # "- activate factor XII" under "..., so kallikrein can no longer:": the target's jobs, not the
            # drug's doing
        no_longer = (block.depth if block.kind == "item" else -1) if _NO_LONGER_LEAD.search(norm(block.text)) else -2
        if block.kind == "item" and re.match(r"(?:it|they)\b", norm(block.text), re.I):
            prev_other = False  # "2. It also binds ...": a new item's "It" is the drug the lead named, whatever agent
            # the item before ended on ("..., which is why flumazenil does not reverse its effect")
        if block.kind == "item" and lead_counted is None and block.label and not block.text.rstrip().endswith(":"):
            name = _labelled_target(block, 6)  # "- **Serotonin 5-HT2A receptor** – it blocks this receptor ...": the
            said = norm(block.text).lstrip(" ,:\u2013\u2014-")  # bold label the target, the sentence's verb on it its
            own = _LABEL_ANAPHOR.match(said) if name else None  # relation
            mixed = _MIXED_ROLE.match(said) if name and own is None else None
            taken_up = _UPTAKE_OF.match(said) if name and own is None and name.casefold().endswith("transporter") \
                else None
            if own or mixed or taken_up:
                relation = _role_relation(own) if own else "modulates" if mixed else "inhibits"
                for one in _label_members(name):  # ("**Dopamine D2 and serotonin 5-HT2A receptors:**": each)
                    _add_labelled(result, q, sec, block, one, relation, "asserted")
                if own and (not said[own.end():].strip(" .") or any(own.groupdict().get(g) for g in ("up", "down", "p"))):
                    continue  # (what the enzyme then does, after "boosts the activity of this enzyme, which ...": its
                    # own work, no act of the drug)
        role = _TARGET_ROLE_LABEL.match(strip_parens(norm(block.label))[0].strip(" :.,")) \
            if block.kind == "item" and block.label else None
        if role:  # "- **Serotonin 5-HT1A receptor agonist** – This may add to its effect": the label says the target
            # and the drug's role at it (a member of the class a lead-in named: the class no target)
            _add_labelled(result, q, sec, block, _singular(role.group("t")), _role_relation(role), "asserted")
            if lead_counted is not None:
                _drop_class(result, lead_counted[1])
            if lead_acts is not None and _member_words(lead_acts.target) <= _member_words(role.group("t")):
                result.mechanism = [m for m in result.mechanism if m is not lead_acts]
        if block.kind == "item" and lead_counted is not None and block.depth == 0:
            plain = _PLAIN_LABEL.match(norm(block.text)) if block.label is None else None
            if plain:  # "- Dopamine D2 receptors: Blocking these receptors ..." under "... blocking two types of
                block = replace(block, label=plain.group("l") or plain.group("l2") or plain.group("l3"),  # receptors:"
                                text=norm(block.text)[plain.end():])
            name = _labelled_target(block, 6) or _symbol_label(block) or _first_symbol(block)  # ("- **KIT** –
            # especially the D816V form", "- **VEGFR-1, -2 and -3** (...)": the family by its first symbol)
            pair = norm(block.label or "").strip(" :.,")
            if not name and " and " in pair and len(_label_members(pair)) > 1:
                name = pair  # "- Muscarinic acetylcholine receptors and alpha-1 adrenergic receptors – these ...": both
            if name:  # "- **HIV-1 reverse transcriptase**, which copies ..." under "... inhibits two viral enzymes:";
                # the bullet's own verb on "these receptors" is its relation ("**Mu-opioid receptors:** It blocks
                # these receptors.")
                own = _LABEL_ANAPHOR.match(norm(block.text).lstrip(" ,:"))
                role = _LABEL_ROLE.search(norm(block.label or "")) if own is None else None
                relation = _role_relation(own) if own else _role_relation(role) if role else lead_counted[0]
                # ("**Serotonin 5-HT2A receptor (antagonist):**": the role its brackets give)
                for one in _label_members(name):
                    _add_labelled(result, q, sec, block, one, relation, "asserted")
                _drop_class(result, lead_counted[1])  # "acts on several neurotransmitter receptors:": the class no
                # target once a member is named
                if own and not own.groupdict().get("g"):  # ("Blocking these receptors reduces X": X read on)
                    continue
        if block.kind == "item" and lead_acts is not None and block.depth == 0:
            name = _labelled_target(block, 5)
            if name and _member_words(lead_acts.target) <= _member_words(name):  # (its words: a
                # member of the class, not "Histamine and muscarinic receptors" under "dopamine receptors")
                # "* **Alpha-1 adrenergic receptors** on blood vessels: ...": a member of the lead's class, acted on
                _add_labelled(result, q, sec, block, name, lead_acts.relation, lead_acts.certainty)
                result.mechanism = [m for m in result.mechanism if m is not lead_acts]
        if block.kind == "paragraph":
            lead_acts = None
            lead_counted = _counted_lead(block.text) if block.text.rstrip().endswith(":") else None
            lead_hedged = block.text.rstrip().endswith(":") and bool(_HEDGE_F.search(block.text))
            lead_to = bool(_LEAD_TO.search(block.text))
            said = _LEAD_SUBJECT.search(norm(block.text))
            lead_subject = bool(said) and (said.group("s").casefold() in {n.casefold() for n in own_names(result)}
                                           or said.group("s").casefold() in ("it", "the drug", "the medicine"))
            lead_this = bool(_LEAD_THIS.search(block.text))
            lead_by = bool(_LEAD_BY.search(block.text))
            lead_when = bool(_LEAD_WHEN.search(norm(block.text)))
            lead_on = _LEAD_PROCESSES.search(norm(block.text))
        elif block.kind == "item" and lead_on and block.label and block.depth == 0:
            # "..., which switches on two processes:" over "* **Glycogen breakdown (glycogenolysis):** The liver ...":
            # each bold key is a process the lead's verb acts on
            name = strip_parens(norm(block.label))[0].strip(" :.")
            if name and len(name.split()) <= 6 and not _VAGUE.match(name):
                relation = "decreases" if lead_on.group("down") else "increases"
                _add_labelled(result, q, sec, block, name, relation, "hedged" if lead_hedged else "asserted")
        named_act = _NOMINAL_LEAD.match(norm(block.label).strip(" :") + ".") \
            if block.kind == "item" and block.label else None
        for mech, _ in _nominal(named_act.group(0), others) if named_act else ():  # "1. **Inhibition of plasma
            _add_labelled(result, q, sec, block, mech.target, mech.relation, "asserted")  # kallikrein** – this ..."
        for k, sent in enumerate(_arrow_steps(_colon_clauses(sentences(_hold_locants(norm(_block_text(block))))),
                                              others)):
            if block.kind == "item" and sent.endswith((";", ",")):
                sent = sent[:-1] + "."  # "- binds to X;" over "- blocks Y.": a list item's punctuation ends its sentence
            if " than " in sent and ("tendency" in sent or "likely" in sent):  # "with a lower tendency to raise eye
                sent = _TENDENCY_THAN.sub(" ", sent)  # pressure than X": a side effect compared, no action of the drug
            if "enzyme" in sent:  # "inhibits the next enzyme in the same chain, dihydrofolate reductase": that enzyme
                sent = _NEXT_ENZYME_NAMED.sub("", sent)
                sent = _ACTIVITY_OF_COUNTED.sub(lambda m: "inhibits " if m.group(1).endswith("s") else "inhibit ", sent)
                # ("to reduce the activity of two enzyme systems ...: A and B": each enzyme named after, inhibited)
            if "subtype" in sent:  # "binds to somatostatin receptors, mainly subtype 2 (SSTR2)": that subtype
                sent = _CLASS_MAINLY_SUBTYPE.sub(lambda m: f"{m.group('c')} subtype {m.group('n')}", sent)
            if is_enzyme and "enzyme" in sent:  # "This lets the enzyme bind to mannose receptors": the drug binds
                sent = _THE_ENZYME_ACTS.sub(r"\g<pre>the medicine ", sent)
            if " than " in sent:  # "activates FXR about 100 times more strongly than chenodeoxycholic acid": how
                sent = _STRONGER_THAN.sub(partial(_against_agent, sent=sent), sent)  # strongly, against another agent
                sent = _STEP_THAN.sub("", sent)  # "acting at a later step than VEGF rather than blocking VEGF itself": where
                # in a chain it acts, and what it does not do
                sent = _RATHER_THAN_VERB.sub(r"\g<v> ", sent)  # "blocks rather than activates the 5-HT2B receptor":
                # the act it does, the one it does not said beside it
            if "both " in sent:  # "activates both major beta-adrenergic receptors": the class, whichever are major
                sent = _BOTH_MAJOR.sub("both ", sent)
            if ", with " in sent:  # "a full agonist at the mu-opioid receptor, with weaker action at the delta-opioid
                sent = _WITH_WEAKER_AT.sub(" and at ", sent)  # receptor": the same role at the second, more weakly
            if " open" in sent:  # "It keeps these channels open for too long": it opens them
                sent = _KEEPS_OPEN.sub(r"opens \g<t>", sent)
            if "blocking" in sent:  # "may also have a mild calcium channel blocking action": it may block them
                sent = _BLOCKING_ACTION.sub(lambda m: f"{'blocks' if m.group('h') == 'has' else 'block'} {m.group('t')}",
                                            sent)
            change = _STATE_CHANGE.match(sent.strip()) if k == 0 and block.kind == "item" and lead_when else None
            if change:  # "When esmolol blocks these receptors:" over "* The heart rate slows down": what it lowers
                relation, what = "decreases" if change.group("down") else "increases", change.group("x")
                what = what[:1].lower() + what[1:] if what[1:2].islower() else what  # ("Blood pressure falls")
                _add(result, q, sec, block, sent, Mechanism(relation=relation, target=what, symbol=None,
                                                            evidence=None, certainty="asserted"),  # type: ignore[arg-type]
                     frag=change.group("x"))
                continue
            if k == 0 and block.kind == "item" and lead_by and _GERUND_START.match(sent):
                sent = "It works by " + sent[:1].lower() + sent[1:]  # "... by:" over "- Blocking X": each item goes on
                # the lead's sentence
            if k == 0 and block.kind == "item" and lead_this and _ACTION_START.match(sent):
                sent = "This " + sent[:1].lower() + sent[1:]  # "..., neutralizing them. This:" over "- Slows the
                # overgrowth of skin cells": each item what the action before it does
            if k == 0 and block.kind == "item" and lead_to and _BASE_VERB_START.match(sent):
                sent = "It " + sent[:1].lower() + sent[1:]  # "It is thought to:" over "- Slow the growth of X, by
                # blocking Y": each item goes on the lead's sentence, the drug its subject
            if k == 0 and block.kind == "item" and lead_subject and _THIRD_PERSON_START.match(sent):
                sent = "It " + sent  # "It is believed that piracetam:" over "- enhances the action of X on Y": each
                # item finishes the lead's sentence, the drug its subject
            in_list = block.kind == "item" and lead_hedged  # (an item of a hedged lead-in's list is hedged)
            certainty = "hedged" if in_list or _HEDGE_F.search(sent) and not _ASSERT_F.search(sent) else "asserted"
            kept = _KEEPS_INACTIVE.search(sent)
            if kept and not _drug_subject(sent[:kept.start()], own_names(result)):
                kept = None  # (another agent's doing)
            held = [m for m in result.mechanism if m.is_target and m.relation in ("modulates", "binds")
                    and kept.group("cls").casefold().rstrip("s") in m.target.casefold()] if kept else []
            for mech in held:  # "It is believed to work on voltage-gated sodium channels. Rufinamide keeps these sodium
                mech.relation, mech.certainty = "blocks", certainty  # channels in their inactive state": what it does
            if held:  # to them, said after
                kept = None
            roles = _role_noun(sent, others)
            classed.extend(mech for mech, _ in roles)
            if bound and _THIS_BINDING_DOES.match(sent) and (_STOPS_WORK.search(sent) or _STOPS_ITS_STEP.match(sent)):
                for mech in bound:  # "Efavirenz binds to a pocket on HIV-1 reverse transcriptase. This changes the
                    mech.relation = "inhibits"  # enzyme's shape and blocks its activity": what the binding does to it
            elif bound and (by_it := _BY_DOING_IT.match(sent)):
                for mech in bound:  # "It binds to X. This enzyme copies DNA into RNA. By blocking it, ...": what the
                    mech.relation = _on_enzyme(_verb_relation(by_it.group("v")), mech.target)  # binding does to X
            elif bound and (_THIS_BINDING_DOES.match(sent) and _BINDING_ACTIVATES.search(sent)
                            or _ACTIVATION_OF_IT.match(sent) or _IT_IS_PAM.match(sent)):  # ("Activation of this receptor
                # raises cGMP"; "It is a positive allosteric modulator: it makes the receptor respond more strongly")
                for mech in bound:  # "It attaches to antithrombin. When it binds, it changes the shape of antithrombin
                    mech.relation = "activates"  # and activates it": the binding switches it on
            several = _SEVERAL_OF.search(sent)
            if several and (_names_drug(sent[:several.start()], others) or re.match(r"\s*(?:it|this\s+(?:drug|medicine))\b",
                                                                                     sent, re.I)):
                rel = _verb_relation(several.group("v"))
                kind_acted = ("inhibits" if rel == "blocks" and several.group("cls").casefold() in ("kinases", "enzymes")
                              else rel, several.group("cls"))  # (an enzyme blocked is inhibited)
            named_targets = _ITS_TARGETS.match(sent)
            if named_targets and kind_acted:  # "Midostaurin blocks several kinases ... Its main targets are FLT3, ...,
                for name in _listed_targets(named_targets.group("l")):  # and KIT, ...": each, so acted on
                    _add(result, q, sec, block, sent, Mechanism(
                        relation=kind_acted[0], target=name, symbol=None,
                        evidence=None, certainty=certainty), frag=name)  # type: ignore[arg-type]
                continue
            arms = _ARMS.match(sent)  # "X has two arms: one binds A and the other binds B": X binds A, and it binds B
            read = f"{arms.group('d')} {arms.group('a')}, and it {arms.group('b')}" if arms else sent
            read = _BOUND_APPOSITIVE.sub(r"\g<b> and", read)  # "binds to antithrombin, the body's natural clotting
            # inhibitor, and ...": what the bound one is, said between
            read = _BINDS_DOING_IT.sub(_binds_doing_it, _LOOKS_LIKE_AND.sub("", read))  # "binds to the nickel at the active site of X,
            # inhibiting it": binds to X and inhibits it
            read = _SPEEDS_ITS_ACTION.sub(" and activates it", read)  # "... and greatly speeds up its action": it
            # makes what it binds work more
            read = _AND_ALSO_PAREN.sub(r" and \g<x>", read)  # "blocks P2X3 receptors (and also P2X2/3 receptors)": both
            read = read[:-1] + "." if read.endswith(":") and block.kind == "paragraph" and _OBJECT_THEN_COLON.search(read) \
                else read  # "Zorvane works by blocking histamine H1 receptors:" over its steps: what it blocks
            found = _direct(read, others, mentions, prev_other, symbols, aliases) + _nominal(sent, others) + roles
            guided = _GUIDED_CUT.search(sent) if "RNA" in sent else None
            by = (guided.group("by") or guided.group("by2") or "") if guided else ""
            if guided and (_names_drug(by, others) or by.casefold() in ("it", "them")):
                # "Guided by inclisiran, RISC finds the PCSK9 mRNA and cuts it": an siRNA's target, the messenger
                found.append((Mechanism(relation="inhibits", target=guided.group("t"), symbol=None,  # it has cut
                                        evidence=None), bool(_HEDGE_F.search(sent))))  # type: ignore[arg-type]
            if rna_silenced and "RNA" in sent and not any(_IS_MRNA.search(m.target) for m in result.mechanism) \
                    and not any(_IS_MRNA.search(m.target) for m, _ in found):
                messenger = _messenger_named(sent)
                if messenger:  # "the ASO binds by complementary base pairing to TTR mRNA", "it silences the SERPINC1
                    # messenger RNA": a silencing drug's messenger, which the section says is destroyed, is inhibited
                    found.append((Mechanism(relation="inhibits", target=messenger, symbol=None, evidence=None),
                                  bool(_HEDGE_F.search(sent))))  # type: ignore[arg-type]
            for mech, _ in found:
                if rna_silenced and _IS_MRNA.search(mech.target):
                    if mech.relation in ("binds", "targets", "modulates"):
                        mech.relation = "inhibits"  # ("binds to TTR mRNA ... RNase H1 cleaves the TTR mRNA")
                    if _IS_MRNA.fullmatch(mech.target) and (messenger := _messenger_named(sent)):
                        mech.target, mech.symbol = messenger, None  # "binds to the messenger RNA (mRNA) that carries
                        # instructions to make apoC-III": that messenger, by what it makes
            chain = _ACTIVATED_ACTS.match(sent)
            if chain and any(m.relation == "activates" and m.is_target and m.target.casefold() == chain.group("x").casefold()
                             for m in result.mechanism):  # "Antithrombin then inactivates factor Xa and, to a lesser
                # degree, thrombin" after "binds to antithrombin and ... speeds up its action": what the target the
                # drug switched on does is the drug's stated effect (inhibits)
                said = re.split(r"[;:]|,\s+(?:so|which|thereby|and\s+(?:this|it|so))\b|\s+(?:so|which|to)\s",
                                _ASIDE_DEGREE.sub(" and ", chain.group("o")))[0]
                for name in (_DETERMINERS.sub("", x.strip(" .")) for x in re.split(r",\s*|\s+(?:and|or)\s+", said)):
                    if name and len(name.split()) <= 3 and not _VERB_RE_F.search(name + " "):
                        found.append((Mechanism(relation="inhibits", target=name, symbol=None, evidence=None),
                                      bool(_HEDGE_F.search(sent))))  # type: ignore[arg-type]
            conv = _CONVERTS.search(sent)
            if conv and conv.group("x").casefold().rstrip("s") in (conv.group("y").casefold() + "ogen",
                                                                    "pro" + conv.group("y").casefold()) \
                    and _drug_subject(sent[:conv.start()], own_names(result)) \
                    and not (prev_other and re.match(r"\s*(?:it|they)\b", sent, re.I)) \
                    and not _NEGATION.search(sent[:conv.start()]):  # ("Thrombin is the key enzyme. It converts
                # fibrinogen into fibrin": the enzyme's work)
                found.append((Mechanism(relation="activates", target=conv.group("x"), symbol=None,  # "converts the
                                        evidence=None), bool(_HEDGE_F.search(sent))))  # type: ignore[arg-type]
                # plasminogen trapped in the clot into plasmin": the precursor, made into its active form, activated
            _then_on_it(read, found)
            if kept:  # (a target named only so far as where it works, "works on X"): the kept one, named by the words
                found.append((Mechanism(relation="blocks", target=_singular(kept.group("t").strip()), symbol=None,
                                        evidence=None), certainty == "hedged"))  # type: ignore[arg-type]
            found = _members_over_class(found)
            if _BOOSTS_LIGAND.search(sent):  # "It acts on GABA-A receptors, boosting the calming effect of GABA": it
                for mech, _ in found:  # makes the receptor do more, a positive modulator's (activates)
                    if mech.relation == "modulates" and mech.is_target:
                        mech.relation = "activates"
            role_after = _ACTS_ON_AS.search(sent) if " as " in sent else None
            if role_after and sum(m.relation == "modulates" and m.is_target for m, _ in found) == 1:
                for mech, _ in found:  # "also acts on alpha-adrenergic receptors in the walls of blood vessels as a
                    if mech.relation == "modulates" and mech.is_target:  # partial agonist": the role it plays there
                        mech.relation = "blocks" if role_after.group("inv") else _ROLE[role_after.group("r").casefold()]
            for mech, _ in found:  # "... and at alpha-adrenergic receptors": the preposition said again, no part
                lead = _TARGET_PREP.match(mech.target)  # of the name
                if lead and _TARGET_HEAD.search(mech.target.split()[-1]):
                    mech.target = mech.target[lead.end():]
            found = [(m, h) for m, h in found if not _BARE_CLASS.fullmatch(m.target) and not _NO_NAME.match(m.target)
                     and not _WHAT_IT_IS.search(m.target) and not _CLAUSE_AS_OBJECT.search(m.target)
                     and not _HOW_MUCH.fullmatch(m.target)]  # ("acts on both enzymes about equally": how much)
            # ("It works as a soluble decoy receptor: ...": what the drug is, no target; "Blocking both pathways
            # together lowers proteinuria ...": a gerund the sentence's subject, its "object" a clause with its own verb)
            # ("open the receptor's channel directly": a class word alone names no target; nor does "thousands of
            # times more [tightly]", nor a place, "in the walls of blood vessels", the list's second "in ...")
            before_sentence = len(result.mechanism)
            for mech, hedged in found:
                if mech.relation == "modulates" and _STRUCTURE.search(mech.target):
                    continue  # "Because it acts on the cell wall, ...": where it works, said after what it does there
                short, mech.target = mech.target, _fuller_name(mech.target, mentions, symbols)
                other_name = aliases.get(mech.target.casefold()) if mech.is_target else None
                if other_name and other_name[0] != mech.target:  # "blocks this pump" after "H+/K+-ATPase, also
                    mech.target, mech.symbol = other_name  # called the proton pump": the enzyme, by its other name
                if mech.symbol is None and short != mech.target and is_symbol(short.split()[0]) \
                        and symbols.get(short.split()[0]) == mech.target.rsplit(" ", 1)[0]:
                    mech.symbol = short.split()[0]  # ("the NK3 receptor": NK3, the symbol it was named by)
                if mech.symbol is None and mech.is_target:  # "the thrombopoietin receptor (also called c-Mpl)" in a
                    mech.symbol = symbol_of.get(mech.target.casefold())  # sentence before: the same target's symbol
                mech.certainty = "hedged" if hedged or in_list else "asserted"
                _add(result, q, sec, block, sent, mech)
            if helper and not found:  # "Biotin is a coenzyme that certain enzymes need. The most important are A,
                for name in _enzymes_named(sent):  # which ..., and B": each enzyme it helps, activated
                    _add(result, q, sec, block, sent, Mechanism(relation="activates", target=name, symbol=None,
                                                                evidence=None, certainty=certainty))  # type: ignore[arg-type]
            for name in _dependent_enzymes(sent) if not found else ():  # "copper is delivered to copper-dependent
                # enzymes ..., including A, B and C": each enzyme it lets work, activated
                _add(result, q, sec, block, sent, Mechanism(relation="activates", target=name, symbol=None,
                                                            evidence=None, certainty=certainty))  # type: ignore[arg-type]
            helper = bool(_HELPER_OF_ENZYMES.search(sent)) and not found
            bound = [m for m in result.mechanism[before_sentence:] if m.relation == "binds" and m.is_target] or (
                bound if not found and (_THE_BOUND_ONE.match(sent) or _NORMALLY.match(sent)) else [])  # ("This
            # enzyme copies ...", "Normally, LFA-1 attaches to ICAM-1": the bound one described, the binding's effect
            # may follow)
            if block.kind == "paragraph" and (sent.rstrip().endswith(":") or _BOTH_OF_A_CLASS.search(sent)):
                # ("It activates both major beta-adrenergic receptors." over a list of the two: the class the list names)
                new = [m for m in result.mechanism[before_sentence:] if m.is_target]
                lead_acts = new[0] if len(new) == 1 else None  # (its class, to be replaced by the members listed)
            mentions.extend(_mentions(sent))
            prev_other = _sentence_about_other(sent, others)
            targets = {_target_key(m.target) for m in result.mechanism if m.is_target}
            for mech, frag in _downstream(sent, others) + _consequences(sent, others, symbols) + \
                    _outcome_clauses(sent, others, symbols):
                turned = re.search(rf"\b(?:turns?|switch(?:es)?)\s+on\s+(?:the\s+)?\**{re.escape(mech.target)}", sent,
                                   re.I) if mech.relation == "increases" and _TARGET_HEAD.search(mech.target.split()[-1]) \
                    else None
                if turned and (_names_drug(sent[:turned.start()], others) or _PRONOUN_SUBJECT.match(sent)):
                    mech.relation = "activates"  # "Elcatonin attaches to and turns on the calcitonin receptor": a
                    # receptor the drug switches on is activated (not "DPP1 normally switches on the proteases")
                if _target_key(mech.target) in targets or _CALLED_TARGET.search(mech.target) \
                        and any(x in mech.target.casefold() for x in targets):
                    continue  # "inhibiting the funny current (If) in the cells ...": the target itself, no effect of
                    # it; "switches on a nuclear receptor called PPAR-gamma": the target, named by its class
                named = re.search(rf"\b{re.escape(mech.target)}\s*\((?P<n>(?!(?:the|a|an)\s)[a-z][a-z-]{{3,30}}(?:\s[a-z-]+)?)\)", sent) \
                    if re.fullmatch(r"(?:their|its)\s+[a-z]+", mech.target, re.I) else None
                if named:  # "triggers their death (apoptosis)": the process, by the name the page gives it
                    mech.target = named.group("n")
                said = next((s for s in (frag, mech.symbol, mech.target) if s and s in sent), None) \
                    if certainty == "hedged" and not in_list else None
                hedge = _HEDGE_F.search(sent) if said else None
                # "tolvaptan lowers cAMP ..., which is thought to slow ...": a hedge qualifies what comes after it
                mech.certainty = "asserted" if hedge and said and hedge.start() >= sent.find(said) + len(said) \
                    else certainty
                _add(result, q, sec, block, sent, mech, frag)
    for mech in classed:  # "a leukotriene receptor antagonist. It blocks the cysteinyl leukotriene type 1 receptor":
        words = _target_words(mech.target)  # the class's target, named in full after, is that one
        code = _subtype_code(mech.target)  # ("an alpha-1 blocker. It blocks alpha1A-adrenergic receptors")
        if any(other is not mech and other.is_target and other.relation == mech.relation
               and (words < _target_words(other.target) or code and _member_code(other.target, code))
               for other in result.mechanism):
            result.mechanism = [m for m in result.mechanism if m is not mech]
            continue
        glossed = re.compile(rf"\((?:the\s+)?{re.escape(mech.target)}s?\)", re.I)
        same = next((other for other in result.mechanism if other is not mech and other.is_target and other.evidence
                     and glossed.search(other.evidence.sentence or "")), None)
        if same is not None:  # "a proton pump inhibitor. It binds to the H+/K+ ATPase (the proton pump)": one target,
            if same.relation in ("binds", "modulates"):  # the class's relation its direction
                same.relation = mech.relation
            result.mechanism = [m for m in result.mechanism if m is not mech]
    _named_members(result, q, sec, earlier)
    _bound_then_acted([m for m in result.mechanism if id(m) not in earlier],
                      " ".join(norm(f"{b.label or ''} {_block_text(b)}") for b in sec.blocks))
    _class_direction(result)
    own = own_names(result)
    result.mechanism = [m for m in result.mechanism if not _about_itself(m, own) and not _ANAPHORA.match(m.target)
                        and not (m.relation == "binds" and _CARRIER.match(m.target)) and not _has_subtypes(m, result)
                        and not _said_by_symbol(m, result) and not _messenger_boosted(m, result)]
    # (binding to albumin in the blood carries the drug, a matter of how long it lasts, not of what it acts on)
    # ("When they attach to this receptor, they make the airways swell": a pointer back, no target of its own)
    _whole_of_subunit([m for m in result.mechanism if id(m) not in earlier], text)


def _bound_then_acted(mechs: list[Mechanism], text: str) -> None:
    """"It binds to complement protein C3 ... By inhibiting C3, it ...", "This stops C3 from being cut": what the
    section says the drug does to what it binds, told apart from the binding by sentences."""
    for mech in mechs:
        if not mech.is_target:
            continue
        tail = mech.target.split()[-1]  # ("complement protein C3" ... "By inhibiting C3": its code)
        code = tail if re.fullmatch(r"[A-Z][A-Za-z]{0,3}\d[\w-]*", tail) else None
        names = "|".join(re.escape(n) for n in (mech.target, mech.symbol, code) if n)
        did = re.search(rf"\b(?:by|through|via)\s+(?P<v>inhibiting|blocking|activating|stimulating)\s+(?:the\s+)?"
                        rf"(?:{names})\b(?!-)", text, re.I)
        relation = _verb_relation(did.group("v")) if did else "inhibits" if re.search(
            rf"\b(?:this|it)\s+(?:stops|prevents|keeps)\s+(?:the\s+)?(?:{names})\s+from\b|"
            # "**Stops thrombin's jobs**, so thrombin can no longer: ...": what it binds, kept from its work
            rf"\b(?:stops|blocks|halts|shuts\s+down)\s+(?:the\s+)?(?:{names})['\u2019]s\s+(?:jobs?|work|actions?|"
            rf"activit(?:y|ies)|functions?)\b|\b(?:so|then)\s+(?:the\s+)?(?:{names})\s+(?:can\s+no\s+longer|cannot|"
            rf"can['\u2019]t)\b", text, re.I) else None
        said = mech.evidence.sentence if mech.evidence else None
        if relation is None and mech.relation == "binds" and said:
            relation = _bound_then_said(norm(said), text, names)
        if relation is None:
            continue
        for other in mechs:  # ("binds to C3 and its active fragment C3b": both, as the sentence bound them)
            if other.relation == "binds" and other.is_target and (other is mech or said and other.evidence
                                                                  and other.evidence.sentence == said):
                other.relation = _on_enzyme(relation, other.target)


def _bound_then_said(said: str, text: str, names: str) -> str | None:
    """What the binding's own sentence (or the section) says the bound thing can no longer do or starts to do:
    "binds to this carrier and stops it from being recycled", "stabilizes hemagglutinin so it cannot change shape"
    (inhibits); "binds thyroid hormone receptors in the nucleus, which switch on genes" (activates)."""
    if _BOUND_STOPPED.search(said) or re.search(rf"\bstabili[sz]es\s+(?:the\s+)?(?:{names})\s+so\s+(?:that\s+)?"
                                                rf"(?:it|they)\s+(?:cannot|can['\u2019]t|can\s+no\s+longer)\b", text, re.I) \
            or re.search(rf"\bbinds?\s+(?:to\s+)?(?:(?:the\s+)?(?:{names})|(?:this|these|that)\s+[\w-]+)\s+and\s+(?:then\s+)?"
                         rf"(?:stops|prevents|keeps|blocks)\s+(?:it|them)\s+from\b", text, re.I):
        # ("... a carrier molecule called X ... Bacitracin binds to this carrier and stops it from being recycled")
        return "inhibits"
    if _BOUND_SWITCH_ON.search(said) or _BOUND_OPENED.search(said) or re.search(
            rf"\bbinds?\s+(?:to\s+)?(?:(?:the\s+)?(?:{names})|(?:this|these|that)\s+[\w-]+)\s+and\s+{_HELPS_OPEN}", text, re.I):
        return "activates"  # ("Zorvane binds to these channels and helps them open")
    return None


#: the bound thing helped open: "... and helps them open"
_HELPS_OPEN = r"(?:helps|makes|causes|lets)\s+(?:them|it)\s+(?:to\s+)?(?:open|stay\s+open)\b"
#: "binds to the channel and helps it open": the channel, bound, opened
_BOUND_OPENED = re.compile(rf"\bbinds?\b[^.;]*?\s+and\s+{_HELPS_OPEN}", re.I)


#: "binds to this carrier and stops it from being recycled": the bound thing kept from its work
_BOUND_STOPPED = re.compile(r"\bbinds?\b[^.;]*?(?:,\s*|\s+)(?:and|which|so\s+it)\s+(?:then\s+)?(?:stops|prevents|keeps|blocks)\s+"
                            r"(?:it|them)\s+from\b", re.I)
#: "binds thyroid hormone receptors in the nucleus, which switch on genes": the receptors, bound, set to work
_BOUND_SWITCH_ON = re.compile(r"\bbinds?\s+(?:to\s+)?(?:the\s+|its\s+)?[^.;,]*?\breceptors?\b[^.;]*?,?\s+which\s+(?:then\s+)?"
                              r"(?:switch(?:es)?\s+on|turns?\s+on|activates?)\s+(?:the\s+)?(?:genes|gene\s+expression|"
                              r"transcription)\b", re.I)


#: a sentence that names the members of a class the sentence before or after acts on: "These receptors are called
#: TrkA and p75NTR."
_MEMBERS_CALLED = re.compile(r"^(?:these|those|the|both)\s+(?P<cls>receptors|enzymes|channels|transporters|proteins)\s+"
                             r"are\s+(?:called|known\s+as|named)\s+(?P<names>[^.;:()]{2,80}?)\s*\.?$", re.I)


def _named_members(result: Extraction, q: Quoter, sec: Section, earlier: set[int]) -> None:
    """"It binds to the NGF receptors. These receptors are called TrkA and p75NTR. This activates the receptors.": the
    class acted on (in the sentence before or after) is its members, each acted on so."""
    for block in sec.blocks:
        said = sentences(norm(_block_text(block))) if block.text else []
        for i, sent in enumerate(said):
            m = _MEMBERS_CALLED.match(sent.strip())
            names = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("names"))] if m else []
            if len(names) < 2 or not all(re.fullmatch(r"[\w/-]{2,15}", x) and re.search(r"[A-Z0-9]", x) for x in names):
                continue  # (codes, not words: "These receptors are called by the body's own ...")
            near = {x.strip() for x in said[max(0, i - 1):i + 2]} - {sent.strip()}
            head = m.group("cls").casefold().rstrip("s")
            acted = [x for x in result.mechanism if id(x) not in earlier and x.is_target and x.evidence is not None
                     and (x.evidence.sentence or "").strip() in near and x.target.casefold().rstrip("s").endswith(head)]
            for mech in acted:
                result.mechanism.remove(mech)
            for mech in sorted(acted, key=lambda x: x.relation in ("binds", "modulates")):
                for name in names:
                    _add(result, q, sec, block, sent, Mechanism(relation=mech.relation, target=name, symbol=None,
                                                                evidence=None, certainty=mech.certainty))  # type: ignore[arg-type]


def _drug_subject(before: str, names: set[str]) -> bool:
    """True when the clause before a verb opens on the drug ("It ...", "This medicine ...", its own name), not on
    what the body does ("Normally, factor Xa converts ...")."""
    first = re.split(r"[,;:]\s+(?:and\s+)?(?=it\b)", before, maxsplit=1)[-1].strip()
    return bool(re.match(r"(?:it|they|this\s+(?:drug|medicine|enzyme|protein)|the\s+(?:drug|medicine))\b", first, re.I)) \
        or any(first.casefold().startswith(n) for n in names)


#: a sentence whose subject is a body protein and whose verb switches something off ("Antithrombin then inactivates
#: factor Xa ...")
_ACTIVATED_ACTS = re.compile(r"^(?:the\s+)?(?:activated\s+)?(?P<x>[A-Za-z][\w-]+(?:\s+[\w-]+){0,2}?)\s+(?:then|in\s+turn|now|rapidly|"
                             r"quickly)?\s*(?:inactivates|inhibits|blocks|neutrali[sz]es|switches\s+off)\s+(?P<o>.+)$", re.I)
#: how much, said between a list's members (", to a lesser degree,", ", to a lesser extent,")
_ASIDE_DEGREE = re.compile(r"\s*,?\s*(?:\band\b\s*,?\s*)?to\s+a\s+(?:lesser|smaller|greater)\s+(?:degree|extent)\s*,\s*", re.I)
#: a precursor made into its active form ("converts the plasminogen trapped in the clot into plasmin", "turns
#: prothrombin to thrombin"): the names must spell precursor and product, checked where it is read
_CONVERTS = re.compile(r"\b(?:converts?|converting|turns?|turning|changes?|changing|cleaves?|cleaving)\s+(?:the\s+)?"
                       r"(?:inactive\s+)?(?P<x>[a-z][\w-]*ogens?|pro[a-z][\w-]*)\b(?:\s+(?!into\b|to\b)[\w,-]+){0,6}?"
                       r"\s+(?:into|to)\s+(?:the\s+|its\s+)?(?:active\s+(?:enzyme\s+|form\s+)?)?(?P<y>[\w-]+)", re.I)
#: a verb that switches something on: "switches on antithrombin" (a name alone, read as raising it until the drug is
#: said to bind it)
_SWITCHED_ON = re.compile(r"\b(?:switch|turn)(?:es|s|ed|ing)?\s+on\b", re.I)


#: a class named by what it does to a target: "epidermal growth factor receptor tyrosine kinase inhibitor"
_CLASS_ACTS = re.compile(r"^(?P<t>.+?)\s+(?P<r>inhibitor|blocker|antagonist|agonist)$", re.I)
_CLASS_RELATION = {"inhibitor": "inhibits", "blocker": "blocks", "antagonist": "blocks", "agonist": "activates"}


def _class_direction(result: Extraction) -> None:
    """A target the section says the drug binds, that the drug's class says it acts on ("Osimertinib is an
    epidermal growth factor receptor (EGFR) tyrosine kinase inhibitor" and "binds irreversibly to ... EGFR"): the
    class's relation is the binding's (inhibits); the target named by its words, or by a symbol that spells the
    initials of the class's first words."""
    m = _CLASS_ACTS.match(result.drug_class.label) if result.drug_class is not None else None
    if m is None:
        return
    words = m.group("t").casefold().split()
    glossed: list[tuple[Mechanism, str]] = []
    for mech in result.mechanism:
        if not mech.is_target or mech.relation != "binds":
            continue
        gloss = re.search(rf"{re.escape(mech.target)}\s*\((?:the|an?)\s+(?P<g>[^()]+)\)",
                          mech.evidence.sentence or "", re.I) if mech.evidence is not None else None
        names = [n for n in (mech.target, mech.symbol, gloss.group("g") if gloss else None) if n]
        # ("**Target:** H+/K+-ATPase (the proton pump)" of a proton pump inhibitor: the target, glossed by the class's
        # words)
        if gloss:
            glossed.append((mech, gloss.group("g").casefold()))
        if any(n.casefold() == " ".join(words) or set(n.casefold().split()) <= set(words) and len(n.split()) > 1
               or is_symbol(n) and any(spells_initials(n, " ".join(words[:k])) for k in range(2, len(words) + 1))
               for n in names):
            mech.relation = _CLASS_RELATION[m.group("r").casefold()]
    for named, gloss in glossed:  # "binds irreversibly to the proton pump" after the target's gloss: that target
        if named.relation != "binds":
            result.mechanism = [x for x in result.mechanism if x is named or not x.is_target
                                or _singular(x.target.casefold()) != _singular(gloss)]


_VERB_GLOSS = re.compile(r"^\([a-z]+(?:\s+[a-z]+)?\)\s+(?=[\w(])")
#: the drug's two parts, each acting: "Emicizumab has two different arms: one binds A and the other binds B"
_ARMS = re.compile(r"^(?P<d>[A-Z][\w-]*|It|This\s+(?:antibody|medicine|drug))\s+has\s+two\s+(?:different\s+|separate\s+)?"
                   r"(?:arms|ends|parts|halves|sides|binding\s+sites)[,:;]\s+one\s+(?:(?:arm|end|part|half|side)\s+)?"
                   r"(?P<a>[a-z]+s\s[^;]+?),?\s+and\s+the\s+other\s+(?:(?:arm|end|part|half|side)\s+)?(?P<b>[a-z]+s\s.+)$")
#: a downstream object that points back at what acts, not at the drug's target: "so the virus cannot make copies
#: of itself"
_REFLEXIVE = re.compile(r"\b(?:itself|themselves)\b", re.I)
#: what the body's blood holds, raised: a clinical outcome (INDEX: "no entry for ... lowers blood pressure or blood sugar")
_BLOOD_LEVEL = re.compile(r"^(?:the\s+)?(?:blood\s+(?:sugar|glucose|pressure)|blood\s+[\w-]+\s+levels?)$", re.I)
#: a class named by how many of it there are: "two melatonin receptor", "both enzymes"
_COUNTED = re.compile(r"^(?:two|three|four|five|several|both|multiple)\s", re.I)


#: a lead-in that counts the targets the bullets below it name: "It competes with dATP and inhibits two viral
#: enzymes:", "Nalmefene acts on three types of opioid receptors in the brain:"
_LEAD_COUNTED = re.compile(r"\b(?:(?P<v>inhibit(?:s|ing)?|block(?:s|ing)?|activat(?:es?|ing)|stimulat(?:es?|ing)|"
                           r"bind(?:s|ing)?(?:\s+to)?|act(?:s|ing)?\s+on|target(?:s|ing)?)|"  # ("by inhibiting two ...:")
                           # "is an agonist at two serotonin receptors:": the role says the relation
                           r"(?:partial\s+|full\s+|selective\s+|potent\s+)?(?P<r>agonist|antagonist|inhibitor|blocker)"
                           r"\s+(?:at|of|on|for))\s+"
                           r"(?:two|three|four|several|multiple|both|the\s+following)\s+(?:of\s+the\s+)?(?:different\s+|main\s+|"
                           r"key\s+)?(?:(?:types|kinds|subtypes|classes)\s+of\s+)?(?P<cls>(?:[\w-]+\s+){0,3}?(?:enzymes|"
                           r"receptors|proteins|channels|transporters|targets|kinases))\b[^:;]*:$", re.I)
# ("blocks several of the receptor tyrosine kinases involved:")
def _counted_lead(text: str) -> tuple[str, str] | None:
    """The relation and the class of a lead-in that counts the targets its bullets name ("It inhibits two viral
    enzymes:", "blocks **two** glucose transporters:", its emphasis aside), or None."""
    counted = _LEAD_COUNTED.search(re.sub(r"\*\*|__", "", norm(text)))
    if counted is None:
        return None
    relation = _role_relation(counted)
    if relation == "targets":  # "targets two bacterial enzymes that ...:": enzymes targeted are inhibited, other
        relation = "inhibits" if re.search(r"(?:enzymes|kinases)$", counted.group("cls"), re.I) else "binds"  # targets
    return relation, counted.group("cls")  # held


#: a lead-in whose own verb has its object before the colon: "works by blocking histamine H1 receptors:" (not "It
#: inhibits two viral enzymes:", a count the list below names)
_OBJECT_THEN_COLON = re.compile(r"\b(?:by\s+)?(?:block(?:s|ing)?|inhibit(?:s|ing)?|activat(?:es|ing)|bind(?:s|ing)?\s+to)\s+"
                                r"(?!(?:\d+|two|three|four|several|many|a\s+few|some|these|those|both|all)\b)(?:the\s+)?"
                                r"(?!\S*\s+of\s)[\w-]+(?:\s+(?!of\b|these\b|those\b)[\w-]+){0,3}"
                                r"\s+(?:receptors?|channels?|enzymes?|transporters?|pumps?)\s*:$", re.I)
_KINASE_CLASS = re.compile(r"(?:receptor\s+)?(?:tyrosine\s+)?kinases?", re.I)
#: a lead-in over several targets: "blocks several of these at once, mainly:", "inhibits the following kinases:"
_LEAD_SEVERAL = re.compile(r"\b(?P<v>blocks|inhibits|activates|targets)\b[^.:;]{0,60}?\b(?:several|many|multiple|these|"
                           r"the\s+following|a\s+few|two|three|four)\b[^.:;]*:$", re.I)
#: an item that opens with a target's symbol: "MET (the hepatocyte growth factor receptor), which drives ..."
_SYMBOL_ITEM = re.compile(r"^(?P<s>[A-Z][A-Za-z0-9-]{1,10})(?:\s*\([^()]{3,80}\))?\s*(?:[,;.]|$)")
#: a label that opens with the drug (its name or "it") and goes on as a sentence: "Zorvane blocks X receptors"
_LEAD_OF_OWN = re.compile(r"^(?:it|this\s+(?:drug|medicine)|[A-Z][a-z]{3,}(?:\s+[a-z]+)?)\s+(?:also\s+|mainly\s+|mostly\s+)?"
                          r"(?:works|acts|blocks|inhibits|activates|binds|stimulates|targets|is)\b")
#: a sub-item that only names a thing: "the CFTR chloride channel (cystic fibrosis ...)", "the calcium-activated
#: chloride channel (CaCC), also called TMEM16A"
_NOUN_ITEM = re.compile(r"^(?:the\s+|an?\s+)?(?P<n>[A-Za-z0-9][\w\s/-]{1,58}?)(?:\s*(?P<p>\([^()]{1,80}\)))?\s*(?:,|$)")
#: a plain label at an item's start, before its colon: "Dopamine D2 receptors: Blocking these receptors ..."
#: (or a spaced dash: "- Histamine H1 receptors – this causes ...")
_PLAIN_LABEL = re.compile(r"^(?P<l>[A-Za-z0-9][^:.;()\u2013\u2014]{2,78}?(?:\([^()]{1,30}\))?)(?::|\s+[\u2013\u2014-])\s+(?=\S)|"
                          # ("- Dopamine D2 receptors, which calms ...": a target named, then what it does; not "It
                          # activates X receptors, which ...", a sentence)
                          r"^(?!(?i:it|this|they|the\s+drug)\s)(?P<l3>[A-Za-z0-9][^:.;()\u2013\u2014,]{2,78}?\b(?:receptors?|"
                          r"channels?|enzymes?|transporters?|pumps?|kinases?)),(?=\s+(?:which|that)\s)\s+|"
                          # (or the target alone: "- Histamine H1 receptors")
                          r"^(?P<l2>[A-Za-z0-9][\w\s/+-]{2,58}?\b(?:receptors?|channels?|enzymes?|transporters?|pumps?|"
                          r"kinases?))\s*$")
#: the role a bold label's brackets give the drug at what it names: "**Dopamine D2 receptor (antagonist):**"
_LABEL_ROLE = re.compile(r"\((?:(?:partial|full|weak|selective|potent)\s+)?(?P<r>agonist|antagonist|inhibitor|"
                         r"blocker|activator)\)(?P<v>)", re.I)  # (no verb: :func:`_role_relation` reads the role)
#: a bullet's bold label that names a target and the drug's role at it: "Dopamine D2 receptor agonist"
_TARGET_ROLE_LABEL = re.compile(r"^(?P<t>(?:[\w/-]+\s+){0,5}?[\w/-]*(?:receptors?|channels?|transporters?|enzymes?|kinases?|"
                         r"pumps?))\s+(?:(?:partial|full|weak|selective|potent)\s+)?(?P<r>agonist|antagonist|inhibitor|"
                         r"blocker|activator)s?(?P<v>)$", re.I)
#: a bullet's sentence that acts on what its bold label names: "It blocks these receptors", "It acts as a partial
#: agonist, meaning ..."
_LABEL_ANAPHOR = re.compile(r"^(?:it|this\s+(?:drug|medicine)|[A-Za-z][\w-]+)\s+(?:also\s+)?(?:[a-z]+ly\s+)?"
                            r"(?:(?P<v>blocks?|activates?|stimulates?|inhibits?|binds?\s+to|antagoni[sz]es?)\s+"
                            r"(?:these|this|them|it|those|the\s+same)\b|"
                            # "**Glutathione peroxidase (GPx):** selenite boosts the activity of this antioxidant
                            # enzyme": the label's enzyme made to work more (or less)
                            r"(?:(?P<up>boosts?|increases?|enhances?|raises?)|(?P<down>reduces?|lowers?|decreases?))\s+"
                            r"the\s+activity\s+of\s+(?:these|this|those|that|the\s+same)\b|"
                            # "It has weaker blocking effects at these receptors": an act at them, however strong
                            r"(?:has|have)\s+(?:(?:some|weaker|weak|milder|mild|strong|stronger|modest|additional)\s+)?"
                            r"(?P<g2>blocking|inhibiting|activating|stimulating|inhibitory)\s+(?:effects?|actions?)\s+"
                            r"(?:at|on)\s+(?:these|this|those|them|it)\b|acts?\s+as\s+an?\s+(?:partial\s+|full\s+|weak\s+|"
                            r"strong\s+|potent\s+|selective\s+)?(?P<r>agonist|antagonist|inhibitor|blocker|activator))|"
                            # "**Histamine H1 receptors:** Blocking these receptors causes sedation": the act, its
                            # subject
                            r"^(?P<g>blocking|activating|stimulating|inhibiting|antagoni[sz]ing)\s+(?:these|this|those|"
                            r"them|it)\b|"
                            # "**Thioredoxin reductase:** also activated, helping cells ...": the participle alone
                            r"^(?:(?:it\s+)?is\s+)?also\s+(?P<p>activated|inhibited|blocked|stimulated)\b", re.I)


#: a bullet's sentence that gives the drug two opposite roles at its label's target: "it acts as a presynaptic partial
#: agonist and postsynaptic antagonist" (one `modulates`)
_MIXED_ROLE = re.compile(r"^(?:it|this\s+(?:drug|medicine))\s+acts?\s+as\s+an?\s+(?:[\w-]+\s+){0,2}(?:agonist|antagonist)\s+"
                         r"and\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:agonist|antagonist)\b", re.I)
#: a transporter's label and "it inhibits serotonin reuptake": the transporter inhibited
_UPTAKE_OF = re.compile(r"^(?:it|this\s+(?:drug|medicine))\s+(?:also\s+)?(?:inhibits|blocks)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}"
                        r"(?:re-?uptake|uptake|transport)\b", re.I)
#: a participle that says the drug makes the body's own messenger act more ("boosting the calming effect of GABA")
_BOOSTS_LIGAND = re.compile(r"\b(?:boost|enhanc|increas|strengthen|amplif|potentiat)\w*\s+the\s+(?:[\w-]+\s+)?"
                            r"(?:effects?|actions?|activity|signal(?:l)?ing)\s+of\s+(?:the\s+)?(?:body's\s+)?[\w-]+", re.I)
_TARGET_PREP = re.compile(r"(?:in|on|at|into|from|within)\s+(?:the\s+)?", re.I)
#: words that cannot open a target's name: a measure of how much, a preposition
_NO_NAME = re.compile(r"(?:thousands|hundreds|millions|dozens|tens|\d+)\s+(?:of\s+)?times\b|(?:in|on|at|into|from|within)\s|"
                      # "both the active and the inactive form of the enzyme": a form of a target named before
                      r"(?:the\s+)?(?:active|inactive|open|closed)\s+forms?\s+of\s+(?:the|this|that)\s", re.I)
#: a target that is a class word alone ("channel", "the receptors")
_BARE_CLASS = re.compile(r"(?:the\s+)?(?:(?:final|last|first|same|actual|main|key)\s+)?(?:channel|receptor|enzyme|protein|pump|transporter|target)s?", re.I)


#: an siRNA drug's action, the cell's silencing complex doing the cutting: "Guided by inclisiran, RISC finds the PCSK9
#: mRNA ... and cuts it", "it guides RISC to destroy the TTR mRNA"
_GUIDED_CUT = re.compile(r"(?:\bguided\s+by\s+(?P<by>[\w-]+)|\b(?P<by2>it|[\w-]+)\s+(?:guides|directs|leads)\s+[^.;]{1,60}?\s+to)"
                         r"\b[^.;]{0,80}?\b(?:finds|binds|destroys?|cuts?|cleaves?|breaks?\s+down|degrades?)\s+(?:the\s+)?"
                         r"(?:\*\*)?(?P<t>[\w-]+\s+m?RNA)\b", re.I)


#: a drug that silences a gene's messenger: an siRNA, an antisense oligonucleotide
_RNA_DRUG = re.compile(r"\b(?:small\s+interfering\s+RNA|siRNA|antisense|ASO|RNA\s+interference|RNAi|"
                       r"oligonucleotide|gene[\s-]silencing)s?\b", re.I)
#: the messenger cut, destroyed or silenced ("RNase H1, which cleaves the TTR mRNA", "causes the mRNA to be broken down",
#: "silences the SERPINC1 messenger RNA", "and has it cut")
_MESSENGER_CUT = re.compile(r"\b(?:cleav(?:es?|ed|ing|age)|cuts?|cut\s+up|destroy(?:s|ed|ing)?|degrad(?:es?|ed|ing|ation)|"
                            r"broken\s+down|breaks?\s+down|breakdown|silenc(?:es?|ed|ing)|knocks?\s+down|chopped|"
                            # ("triggers an enzyme called RNase H to break the mRNA down")
                            r"break(?:s|ing)?\s+(?:the\s+|this\s+)?(?:m?RNA|messenger(?:\s+RNA)?|it|them)\s+down|"
                            r"directed\s+against)\b", re.I)
#: a target that is a messenger RNA
_IS_MRNA = re.compile(r"\b(?:pre-)?mRNA\b|\bmessenger\s+RNA\b", re.I)
#: a messenger RNA named by what it makes: "TTR mRNA", "the SERPINC1 messenger RNA", "aminolevulinic acid synthase 1
#: (ALAS1) mRNA", "the messenger RNA for lactate dehydrogenase A", "the mRNA that carries instructions to make apoC-III"
_MRNA_NAMED = re.compile(
    r"(?P<x>(?-i:[A-Z][A-Za-z0-9-]*\d[A-Za-z0-9-]*|[A-Z]{2,}[A-Za-z0-9-]*|apo[A-Z][\w-]*))\s+(?P<xm>mRNA|messenger\s+RNA)\b|"
    r"(?<![\w-])(?P<n>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z0-9][\w-]*)){0,4})\s+\((?-i:[A-Z][A-Za-z0-9-]{1,8})\)\s+"
    r"(?P<nm>mRNA|messenger\s+RNA)\b|"
    r"(?P<m>messenger\s+RNA|mRNA)(?P<ab>\s*\(mRNA\))?\s+(?:(?P<of>for|of|encoding|coding\s+for)|that\s+(?:carries|holds|"
    r"contains|has|provides)\s+(?:the\s+)?(?:genetic\s+)?(?:instructions?|code|blueprint|recipe)\s+(?:for\s+making|to\s+make|"
    r"for)|that\s+(?:codes|encodes)(?:\s+for)?)\s+(?:the\s+)?(?:\*\*)?(?P<y>[^,.;()*]+?)(?:\*\*)?"
    r"(?=\s*(?:[,.;()]|$|\s+(?:and|so|which|that|in|inside|gene)\b))", re.I)


_BEFORE_MESSENGER_NAME = {"the", "a", "an", "its", "to", "of", "for", "against", "on", "targeting", "targets", "binds",
                          "silences", "silencing", "with"}


def _messenger_named(sent: str) -> str | None:
    """The first messenger RNA the sentence names by what it makes (a name the page gives, or "X mRNA" for a clause
    of instructions), or None."""
    m = _MRNA_NAMED.search(sent.replace("**", ""))
    if m is None:
        return None
    if m.group("x"):
        return f"{m.group('x')} {m.group('xm')}"
    if m.group("n"):
        words = m.group("n").split()
        cut = [i for i, w in enumerate(words) if w.casefold() in _BEFORE_MESSENGER_NAME]
        words = words[cut[-1] + 1:] if cut else words  # ("directed against aminolevulinic acid synthase 1 (ALAS1) mRNA")
        return f"{' '.join(words)} {m.group('nm')}" if words else None
    if m.group("of"):
        return f"{m.group('m')} {m.group('of')} {m.group('y').strip()}"
    short = "mRNA" if m.group("ab") or m.group("m") == "mRNA" else "messenger RNA"
    return f"{m.group('y').strip()} {short}"


def _colon_clauses(said: list[str]) -> list[str]:
    """Sentences, each split at a colon that a clause of the drug's own follows ("Researchers think it calms brain
    cells in a few ways: it seems to block a receptor called GPR55, ..."): what comes after is read as a sentence."""
    out: list[str] = []
    for sent in said:
        m = _COLON_CLAUSE.search(sent)
        lead = _COLON_LEAD.match(sent) if m else None
        out.extend([sent[:m.start()] + ".", sent[m.end():]] if lead and lead.end() <= m.start() else [sent])
    return [part for sent in out for part in _by_again(sent)]


#: a run-in label that names who works so: "Ondansetron works differently:" (over "it blocks ...")
_NAMED_WORKS = re.compile(r"^(?P<n>[A-Z][\w-]+)\s+(?:works|acts)\s+(?:quite\s+)?(?:differently|similarly|in\s+(?:a|the)\s+"
                          r"(?:different|similar|same|other)\s+way|another\s+way)\b")


#: how strongly the drug acts, against another agent: " about 100 times more strongly than X", " far more selectively
#: than Y" (the other agent is no subject of the sentence)
_STRONGER_THAN = re.compile(r",?\s+(?:(?:about|roughly|around|some|up\s+to|nearly|almost)\s+)?(?:(?:\d[\d,]*|two|three|"
                            r"four|five|ten|twenty|fifty|a\s+hundred|a\s+thousand|hundreds\s+of|thousands\s+of)\s+times\s+|"
                            r"(?:much|far|many\s+times)\s+)?(?:more|less)\s+(?:strongly|potently|tightly|selectively|"
                            r"effectively|weakly|firmly)\s+than\s+[^,.;()]+?(?:\([^()]*\))?"
                            # (up to a second verb: "... far more tightly than estrogen does and blocks it")
                            r"(?:\s+(?:does|do|can|is|are))?(?=\s+(?:and|but)\s+(?:then\s+)?[a-z]+s\b|[,.;()]|$)", re.I)
#: the kinds a class is counted in: "several kinds of receptors" is the class "receptors"
_KINDS_OF = re.compile(r"^(?:(?:several|many|different|various)\s+)?(?:kinds|types|classes|families|groups)\s+of\s+", re.I)


def _drop_class(result: Extraction, cls: str) -> None:
    """The class a lead-in counted ("acts on several neurotransmitter receptors:") is no target once a member is named."""
    key = _singular(cls).casefold()
    result.mechanism = [m for m in result.mechanism if not (m.is_target and _KINDS_OF.sub("", m.target).casefold() == key)]


#: Greek letters as a target's name spells them ("β1-adrenergic receptor" is the beta-1 adrenergic receptor)
_GREEK_SPELLED = str.maketrans({"\u03b1": "alpha", "\u03b2": "beta", "\u03b3": "gamma"})


def _member_words(name: str) -> set[str]:
    """A target's words with Greek letters spelled and subtype numbers dropped, to tell a class's member by ("beta-
    adrenergic receptor" is in "β1-adrenergic receptor")."""
    return set(re.sub(r"\d+[a-z]?(?=-|\s|$)|-", "", name.casefold().translate(_GREEK_SPELLED)).split())


#: a class counted by "both", its members to follow: "activates both (major) beta-adrenergic receptors"
_BOTH_MAJOR = re.compile(r"\bboth\s+(?:major|main|known|principal)\s+", re.I)
_BOTH_OF_A_CLASS = re.compile(r"\bboth\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:receptors|channels|enzymes|isoforms|subtypes)\b", re.I)
#: a second target of the same role, said more weakly: ", with weaker action at"
_WITH_WEAKER_AT = re.compile(r"(?<=\S),\s+with\s+(?:a\s+)?(?:weaker|lesser|less|some|weak|milder|smaller)\s+(?:action|activity|effects?|"
                             r"affinity)\s+(?:at|on|for)\s+", re.I)
#: channels named before, held open: "keeps these channels open"
_KEEPS_OPEN = re.compile(r"\bkeeps\s+(?P<t>(?:these|those)\s+channels)\s+open\b", re.I)
#: a target's blocking said as what the drug has: "has a mild calcium channel blocking action"
_BLOCKING_ACTION = re.compile(r"\b(?P<h>has|have)\s+(?:an?\s+|some\s+)?(?:(?:mild|weak|slight|modest|additional)\s+)?"
                              r"(?P<t>(?:[\w-]+\s+){0,2}?(?:channel|receptor)s?)[\s-]blocking\s+(?:actions?|effects?|"
                              r"activity|propert(?:y|ies))\b", re.I)
#: an act set against the one not done, between the verb and its object: "blocks rather than activates"
_RATHER_THAN_VERB = re.compile(r"\b(?P<v>(?:blocks|inhibits|activates|stimulates|binds(?:\s+to)?))\s+rather\s+than\s+"
                               r"(?:blocks|blocking|inhibits|inhibiting|activates|activating|stimulates|"
                               r"stimulating)\s+", re.I)


def _against_agent(m: re.Match[str], sent: str) -> str:
    """The comparison dropped when it is with another agent; kept when it compares two targets ("binds worm tubulin
    much more strongly than human tubulin": a selectivity, said of a target named before)."""
    before = sent[:m.start()].split()
    other = re.sub(r"\([^()]*\)", "", m.group(0)).split()
    same = before and other and (before[-1].casefold().rstrip("s") == other[-1].casefold().rstrip("s")
                                 or other[-1].casefold() in ("one", "ones", "version", "versions", "form", "forms"))
    return m.group(0) if same else ""  # ("... than the human one": the same noun, another kind of it)


#: a second "by" gerund after "and" ("... by blocking NMDA receptors and by activating sigma-1 receptors")
_AND_BY = re.compile(r",?\s+and\s+(?:also\s+)?by\s+(?=[a-z]+ing\s)")


def _by_again(sent: str) -> list[str]:
    """A sentence whose means are two "by" gerunds, as one sentence each ("It does this by blocking A and by activating
    B" -> "It does this by blocking A." and "It works by activating B."): the second's verb is its own relation."""
    m = _AND_BY.search(sent) if " by " in sent else None
    if m is None or " by " not in sent[:m.start()]:
        return [sent]
    hedge = "It possibly works by " if _HEDGE_F.search(sent[:m.start()]) else "It works by "  # (a hedge reaches both)
    return [sent[:m.start()] + ".", hedge + sent[m.end():]]


#: an arrow between the steps of a chain ("Binds to X → activates Y → ↑ cAMP → muscle relaxes → bronchodilation")
_ARROW = re.compile(r"\s*(?:\u2192|\u27f6|\u21d2|\u2794|\u279c|(?<=\s)->(?=\s))\s*")
#: a step that is a change of level, said by an arrow glyph ("↑ cyclic AMP", "↓ calcium inside the cell")
_LEVEL_GLYPH = re.compile(r"^(?P<g>[\u2191\u2193])\s*(?P<x>\S.*)$")
#: the last step of a chain, a process named by one noun ("bronchodilation", "muscle relaxation")
_PROCESS_STEP = re.compile(r"^(?:[\w-]+\s+)?[\w-]+(?:tion|sion|lysis|osis)$", re.I)


def _arrow_steps(said: list[str], other_agent) -> list[str]:
    """Sentences, each chain of arrows the drug's own doing opens ("Binds to and activates X → activates Y → ↑ cAMP →
    muscle relaxes → bronchodilation") read as one sentence a step: a verb or a glyph has the drug as its subject
    ("It activates Y.", "It increases cAMP."), a step with its own subject stands alone ("Muscle relaxes."), a process
    at the end is what the chain triggers. A chain opened by another agent ("Normally, thrombin → clot formation") is
    left as it is."""
    out: list[str] = []
    for sent in said:
        steps = [p.strip(" .;,") for p in _ARROW.split(sent)]
        first = steps[0]
        own = bool(first) and (_BARE_ACTION.match(first) or _ACTION_START.match(first)
                               or re.match(r"(?:it|this\s+(?:drug|medicine))\s", first, re.I)
                               or _names_drug(first.split(None, 1)[0], other_agent))
        if len(steps) < 2 or not own:
            out.append(sent)
            continue
        out.append(f"{first}.")
        for i, step in enumerate(steps[1:], 1):
            if not step:
                continue
            glyph = _LEVEL_GLYPH.match(step)
            if glyph:
                out.append(f"It {'increases' if glyph.group('g') == chr(0x2191) else 'decreases'} {glyph.group('x')}.")
            elif _BARE_ACTION.match(step) or _ACTION_START.match(step):
                out.append(f"It {step[:1].lower()}{step[1:]}.")
            elif i == len(steps) - 1 and _PROCESS_STEP.match(step):
                out.append(f"It triggers {step}.")
            else:
                out.append(f"{step[:1].upper()}{step[1:]}.")
    return out


#: who the clause before such a colon says thinks or finds something, no agent of its own ("Researchers think it calms
#: ...:", "Studies suggest it works in a few ways:")
_COLON_LEAD = re.compile(r"^(?:(?:now|so|but),?\s+)?(?:researchers|scientists|experts|doctors|studies|research|the\s+evidence)"
                         r"\s+(?:\w+ly\s+)?(?:think|believe|suggest|suspect|say|propose|show)s?\b(?![^:]*\b(?:unlike|"
                         r"differently|whereas)\b)", re.I)


_COLON_CLAUSE = re.compile(r":\s+(?=(?:it|they|this\s+(?:drug|medicine))\s+(?:\w+ly\s+)?(?:seems?|appears?|may|might|also|"
                           r"then|[a-z]+s)\s)", re.I)


def _role_relation(m: re.Match[str]) -> str:
    """The relation a bullet's anaphoric sentence states (its verb, or the role it says the drug plays)."""
    if m.group("v"):
        return _verb_relation(m.group("v"))
    if m.groupdict().get("up") or m.groupdict().get("down"):
        return "activates" if m.group("up") else "inhibits"
    if m.groupdict().get("p"):
        return {"activated": "activates", "stimulated": "activates", "inhibited": "inhibits"}.get(m.group("p").casefold(),
                                                                                                "blocks")
    if m.groupdict().get("g") or m.groupdict().get("g2"):
        return {"blocking": "blocks", "activating": "activates", "stimulating": "activates", "inhibitory": "inhibits",
                "inhibiting": "inhibits"}.get((m.group("g") or m.group("g2")).casefold(), "blocks")
    return {"agonist": "activates", "activator": "activates", "antagonist": "blocks", "blocker": "blocks",
            "inhibitor": "inhibits"}[m.group("r").casefold()]


def _labelled_target(block: Block, most_words: int) -> str | None:
    """The target a bullet's bold label names ("**Alpha-1 adrenergic receptors** on blood vessels: ..."), in the
    singular, when it ends in a target's head word and has ``most_words`` words at most; else None."""
    bare, parens = strip_parens(norm(block.label or ""))
    name = _singular(bare.strip(" :.,"))
    if " " not in name and is_symbol(name) and parens and not _TARGET_HEAD.search(name) and _TARGET_HEAD.search(
            re.sub(r"\s+\d+(?:\.\d+)?[A-Za-z]?$", "", parens[0].strip())):  # "**SGLT2 (sodium-glucose cotransporter 2)**": the
        name = parens[0].strip()  # symbol, then the name its brackets give
    words = name.split()
    head = words[-2] if len(words) > 1 and re.fullmatch(r"[IVX]{1,4}|\d{1,2}[A-Za-z]?|[A-Z]", words[-1]) else \
        words[-1] if words else ""  # ("**Topoisomerase IV**": the head, then its number)
    return name if name and _TARGET_HEAD.search(head) and len(words) <= most_words else None


def _label_members(name: str) -> list[str]:
    """The targets a label names: itself, or each member of "A and B receptors" with the head noun they share."""
    if " and " not in name:
        return [name]
    members = [_singular(n) for n, _symbol in _targets(name)]
    return members if len(members) > 1 and all(_TARGET_HEAD.search(m) for m in members) else [name]


def _first_symbol(block: Block) -> str | None:
    """The first symbol a bullet's bold label gives ("**VEGFR-1, -2 and -3**": VEGFR-1; "**c-KIT**")."""
    first = re.split(r",|\s+(?:and|or)\s+", strip_parens(norm(block.label or ""))[0].strip(" :.,"))[0].strip()
    return first if first and " " not in first and is_abbreviation(first) else None


def _symbol_label(block: Block) -> str | None:
    """A bullet's bold label that is a target's symbol alone ("**KIT**", "**PDGFRA** (platelet-derived growth factor
    receptor alpha)"), under a lead that counts the targets."""
    bare = strip_parens(norm(block.label or ""))[0].strip(" :.,")
    return bare if " " not in bare and re.fullmatch(_SYMBOL_WORD, bare) else None


def _add_labelled(result: Extraction, q: Quoter, sec: Section, block: Block, name: str, relation: str,
                  certainty: str) -> None:
    """An entry a bullet's bold label names under a lead-in that says what the drug does to each ("**Glycogen
    breakdown:**" under "... switches on two processes:"), written as it would be mid-sentence."""
    target = name[:1].lower() + name[1:] if name[1:2].islower() else name
    bare, parens = strip_parens(norm(block.label or ""))  # ("**Endothelin type A receptor (ETA)**": its symbol)
    symbol = parens[0].strip() if parens and is_symbol(parens[0].strip()) else None
    if symbol is None and " " not in bare.strip(" :.,") and is_symbol(bare.strip(" :.,")) and bare.strip(" :.,") != name:
        symbol = bare.strip(" :.,")  # ("**SGLT2 (sodium-glucose cotransporter 2)**": the symbol before the name)
    _add(result, q, sec, block, norm(block.label or ""), Mechanism(
        relation=relation, target=target, symbol=symbol, evidence=None, certainty=certainty),  # type: ignore[arg-type]
        frag=name)


def _about_itself(mech: Mechanism, own: set[str]) -> bool:
    """A downstream entry that is about the agent acting ("copies of itself") or the drug's own levels ("This raises
    nirmatrelvir levels in the blood": a booster's pharmacokinetics, no action on the body)."""
    if mech.is_target:  # "binds to these receptors" after "two melatonin receptors in the brain, MT1 and MT2":
        return bool(_COUNTED.match(mech.target))  # the count names no receptor, its members do
    target = mech.target.casefold()
    return bool(_REFLEXIVE.search(target)) or any(re.search(rf"\b{re.escape(n)}\b", target) for n in own)


def _member_code(name: str, code: str) -> bool:
    """Whether a target's subtype code names a member of the class ``code`` names ("alpha1a" of "alpha1")."""
    own = _subtype_code(name, whole=False)
    return own.startswith(code) and own != code


def _subtype_code(name: str, whole: bool = True) -> str:
    """A receptor's subtype code, Greek letters spelled and hyphens dropped: "alpha-1 receptor" -> "alpha1",
    "α1A-adrenergic receptor" -> "alpha1a" (with ``whole=False``, the code its name opens with); "" for a name that
    is not a code and "receptor" (``whole``) or opens with none."""
    key = name.casefold().translate(_GREEK_SPELLED)
    m = re.match(r"^((?:alpha|beta)-?\d?[a-d]?|h[1-4]|5-ht\d[a-f]?|d[1-5]|at[12]|m[1-5])(?:[- ]adrenergic)?"
                 + (r" receptors?$" if whole else r"\b"), key)
    return m.group(1).replace("-", "") if m else ""


#: a member's name after its class's: "orexin receptor" + " 1", " 2A", " type 5"
_MEMBER_SUFFIX = re.compile(r"^\s+(?:type\s+|subtype\s+)?[0-9]+[A-Za-z]?$|^\s+[A-Z][0-9]?$")


def _members_over_class(found: list[tuple[Mechanism, bool]]) -> list[tuple[Mechanism, bool]]:
    """"both orexin receptors, orexin receptor 1 (OX1R) and orexin receptor 2 (OX2R)": the class named before its
    members in one sentence is no target of its own beside them."""
    names = [m.target.casefold() for m, _ in found]
    return [(m, h) for m, h in found
            if not any(n.startswith(m.target.casefold()) and _MEMBER_SUFFIX.match(n[len(m.target):])
                       or _coded_member(m.target.casefold(), n) for n in names)]


def _coded_member(cls: str, name: str) -> bool:
    """"melanocortin receptors, mainly the melanocortin 4 receptor": a member named by a code before the class's
    head noun."""
    c, n = cls.split(), name.split()
    return len(c) >= 2 and len(n) == len(c) + 1 and n[:-2] == c[:-1] and n[-1] == c[-1] \
        and bool(re.fullmatch(r"[a-z]?\d{1,2}[a-z]?", n[-2]))


#: what a downstream phrase says before the target it names: "activity of the enzyme COX-2", "the receptor X"
_TARGET_LEAD = re.compile(r"^(?:the\s+)?(?:(?:activity|action|function|effects?|work)\s+of\s+(?:the\s+)?)?"
                          r"(?:(?:enzyme|receptor|protein|transporter|channel|pump)s?\s+(?=\S))?", re.I)


def _target_key(name: str) -> str:
    """A target's name as a downstream phrase may say it again: "activity of GABA-A receptors in the brain" and
    "GABA-A receptor" are one key; "enzyme xanthine oxidase" and "xanthine oxidase" too."""
    key = _TARGET_LEAD.sub("", _PLACE_TAIL.sub("", name.casefold()).strip())
    return key[:-1] if key.endswith("s") and not key.endswith("ss") else key


_CALLED_TARGET = re.compile(rf"\b(?:{_CLASS_WORDS})\s+(?:called|named|known\s+as)\s", re.I)


def _block_text(block: Block) -> str:
    """A paragraph's text with its run-in label when the label is a clause that states an action ("Zoravir blocks
    several other receptors too: A, B and C" read as a label over "A, B and C"): the label opens the sentence."""
    label = block.label or ""
    named = _NAMED_WORKS.match(label.strip()) if label and block.text else None
    if named and re.match(r"it\s", block.text.lstrip()):  # "Ondansetron works differently: it blocks ...", its lead
        return f"{named.group('n')} {block.text.lstrip()[3:]}"  # read as a run-in label: "it" is the one named
    field = _field_value(label, block.text) if label and block.text else None
    if field is not None:
        return field
    if label and block.text and label.rstrip().endswith(".") and re.match(r"(?:it|this\s+(?:drug|medicine))\s+(?:also\s+)?"
                                                                      r"[a-z]{3,}s\s", label, re.I) \
            and _VERB_RE_F.search(label + " "):
        return f"{label} {block.text}"  # "2. **It also binds tissue factor pathway inhibitor (TFPI).** This natural
        # brake ...": a bold sentence of the drug's doing, then its notes
    if label and not block.text and block.kind == "item" and _ROLE_LABEL.search(label):
        return f"It is a {label[:1].lower()}{label[1:]}".rstrip(" :")  # "- **Partial agonist at the mu-opioid
        # receptor**" over notes on it: the drug's role, said as its label
    if not label and (block.kind == "item" or block.text[:1].islower()) \
            and _BARE_ACTION.match(_LEAD_ADVERB.sub("", block.text, count=1)):  # "• Targets interleukin-23 (IL-23),
        return f"It {block.text[:1].lower()}{block.text[1:]}"  # a cytokine ...", "How it works — reversibly blocks
        # voltage-gated sodium channels ...": an item, or a run-in value, that is the drug's action
    if label and block.kind == "item" and _BARE_ACTION.match(label) and (not _SAYS_AGAIN.match(block.text)
                                                                        or _POINTS_BACK.search(block.text)):
        # ("- **Inhibits adenosine deaminase (ADA)**: it binds very tightly to this enzyme and blocks it": the notes
        # point back at the label's target, which the label names)
        text = f"It {label[:1].lower()}{label[1:]}".rstrip(" :")  # "- **Activates the aryl hydrocarbon receptor
        notes = block.text.lstrip(" :")  # ("- **Blocks M3 receptors**: ...": the colon after the bold, no word)
        return f"{text}. {notes}" if notes else f"{text}."  # (AhR):** This receptor ...": the drug's
        # action, said as the label, then its notes (unless they say it again: "**Blocks H1 receptors** – it blocks
        # histamine H1 receptors on ...")
    if label and block.text and _STEP_LABEL.search(label) and not _VERB_RE_F.search(label + " ") \
            and (_BARE_ACTION.match(block.text) or _ACTION_START.match(block.text)):
        return f"It {block.text[:1].lower()}{block.text[1:]}"  # "1. **Receptor action:** Binds to and activates X":
        # a label naming a step of the drug's doing, over its action with the subject left out
    if label and block.text[:1] in (",", ";"):  # "**Pembrolizumab binds to PD-1 and blocks it**, so PD-L1 ...": the
        return f"{label}{block.text}"  # bold words open the sentence that goes on after them
    if block.kind == "paragraph" and block.text and len(label.split()) >= 4 and _VERB_RE_F.search(label + " "):
        return f"{label}: {block.text}"
    if block.kind == "paragraph" and not block.text and label.rstrip()[-1:] in (".", "!") and len(label.split()) >= 4 \
            and _VERB_RE_F.search(label + " "):  # "**In short, zoravir switches on plasminogen.**": a sentence in
        return label  # bold, a summary the page gives, no heading
    if label and block.kind == "item" and _BARE_ACTION.match(label) and _SAYS_AGAIN.match(block.text) \
            and block.text[:1].islower():  # "1. **Binds telomerase RNA:** it attaches to the RNA template of
        return f"{block.text[:1].upper()}{block.text[1:]}"  # telomerase (hTR), ...": the sentence says it again
    if label and block.text[:1].islower() and (_GERUND_START.match(label) or _VERB_RE_F.search(label + " ")):
        return f"{label} {block.text}"  # "**Blocking voltage-gated sodium channels** on nerve cells": one phrase
    return block.text


#: notes that point back at what a bold action label names: "this enzyme", "blocks it"
_POINTS_BACK = re.compile(r"\b(?:this|that|these|those)\s+(?:enzymes?|receptors?|proteins?|channels?|transporters?|kinases?|"
                          r"pumps?)\b|\b(?:blocks?|inhibits?|activates?|binds?(?:\s+to)?)\s+(?:it|them)\b", re.I)


#: a field of the mechanism that names the drug's target ("Target ...... Glucocorticoid receptor inside cells (binds to
#: and activates it)", "**Target:** H+/K+-ATPase (the proton pump)")
_TARGET_FIELD = re.compile(r"^(?:(?:main|primary|principal|molecular|drug|key|binding)\s+)?targets?(?:\s+sites?)?$", re.I)
#: what a target field's parenthesis says the drug does there ("(binds to and activates it)")
_FIELD_RELATION = re.compile(r"\b(?:(?P<activates>activat|stimulat|agonist|switch(?:es)?\s+on)|(?P<blocks>block|antagon)|"
                             r"(?P<inhibits>inhibit))", re.I)
#: a field of the mechanism whose value is the drug's action with its subject left out ("Feedback .... Suppresses ACTH
#: release from the pituitary", "**Effect:** Lowers the production of ...")
_EFFECT_FIELD = re.compile(r"^(?:(?:main|net|overall|key|downstream|end)\s+)?(?:effects?|results?|feedback|actions?|"
                           r"outcomes?|consequences?)$|^what\s+(?:it|this)\s+does$", re.I)
_ACTION_START = re.compile(r"^(?:reduces|lowers|decreases|increases|raises|suppresses|blocks|inhibits|activates|"
                           r"stimulates|slows|prevents|stops|boosts|relaxes|widens|narrows|shuts\s+down|turns\s+(?:on|off)|"
                           r"switches\s+(?:on|off)|cuts|dampens|calms|restores|promotes|triggers|enhances|limits|"
                           r"interrupts|disrupts)\s+(?=\S)", re.I)


def _field_value(label: str, text: str) -> str | None:
    """A mechanism field's value as the sentence it stands for: a target field's opening phrase, when it names a
    target, is what the drug binds (or does what the field's parenthesis says: "(binds to and activates it)"), the
    field's other sentences after it; an effect field's verb phrase has the drug as its subject. None for other
    labels and values."""
    label = label.strip(" :.")
    if _EFFECT_FIELD.match(label) and _ACTION_START.match(text):
        return f"It {text[:1].lower()}{text[1:]}"
    if not _TARGET_FIELD.match(label):
        return None
    said = sentences(norm(text))
    head = said[0].rstrip(" .;")
    name = _PLACE_TAIL.sub("", head).strip()
    name = strip_parens(name)[0].strip(" ,") if not head.startswith("(") else ""
    words = name.split()
    if not words or len(words) > 8 or _VERB_RE_F.search(name + " ") or not (
            _TARGET_HEAD.search(words[-1]) or is_symbol(words[-1])):
        return None
    par = next((p for p in re.findall(r"\(([^()]*)\)", head) if _FIELD_RELATION.search(p)), None)
    relation = next(k for k, v in _FIELD_RELATION.search(par).groupdict().items() if v) if par else None
    if par:
        head = " ".join(head.replace(f"({par})", "").split())
    verb = {"activates": "activates", "blocks": "blocks", "inhibits": "inhibits"}.get(relation or "", "binds to")
    lower = re.match(r"[A-Z][a-z]+(?:\s|$)", head) is not None  # ("Glucocorticoid receptor", not "Na+/K+-ATPase")
    return " ".join([f"It {verb} {head[:1].lower() + head[1:] if lower else head}."] + said[1:])


#: a bold item label or a plain item that is the drug's action on a target, its subject left out ("Activates the aryl
#: hydrocarbon receptor (AhR)", "Blocks H1 receptors", "Targets interleukin-23 (IL-23)")
_BARE_ACTION = re.compile(r"^(?:activates|blocks|inhibits|binds(?:\s+to)?|stimulates|antagoni[sz]es|opens|closes|"
                         # ("Targets interleukin-23 (IL-23)": a named molecule; "Targets the cell wall" is a heading)
                         r"targets(?=\s+(?:the\s+)?[\w-]*(?:\d|(?-i:[A-Z]{2})|-)))\s+(?=\S)", re.I)
_LEAD_ADVERB = re.compile(r"^[a-z]+ly\s+(?=[a-z])")
#: a label that names a step or a part of the drug's doing ("Receptor action", "Primary mechanism", "Step 1"), not
#: another agent ("Histamine:") whose doing the text tells
_STEP_LABEL = re.compile(r"\b(?:actions?|mechanisms?|steps?|effects?|targets?|binding|activity|role|primary|main|key|"
                         r"principal|molecular|cellular|direct|first|second|third|how\s+it\s+works)\b", re.I)
_SAYS_AGAIN = re.compile(r"^[\s\-\u2013\u2014:]*(?:it|this\s+(?:drug|medicine))\s", re.I)
#: a bold item label that names the drug's role at a target ("Partial agonist at the mu-opioid receptor",
#: "Kappa-opioid receptor antagonist")
_ROLE_LABEL = re.compile(r"\b(?:agonist|antagonist|inhibitor|blocker|activator|modulator|opener)s?\b", re.I)
#: where a target is ("... in heart muscle cells", "... (If) in the cells of the sinus node")
#: the germ a protein or enzyme belongs to, after its name ("of the influenza A virus", "of the parasite")
_GERM_OWNER = re.compile(r"(?P<h>\b(?:protein|enzyme|channel|pump|receptor|[a-z]{3,}ase(?:\s+(?-i:I{1,3}|IV|V))?))\s+of\s+"
                         r"(?:the\s+)?"
                         r"(?:[\w-]+\s+){0,3}(?:virus|viruses|bacteria|bacterium|parasites?|fungus|fungi|worms?|germs?)"
                         r"(?=\s*(?:[.,;]|$))", re.I)
_PLACE_TAIL = re.compile(r"\s*(?:\([^()]*\)\s*)?\s(?:in|on|inside|within)\s.*$")
#: a lead-in whose last sentence is the action's result, its items the verb phrases that finish it ("This:", "As a
#: result, it:", "This in turn:")
_LEAD_THIS = re.compile(r"(?:^|[.!]\s+)(?:this|that|together,?\s+these|as\s+a\s+result,?\s+it)(?:\s+in\s+turn)?\s*:\s*$", re.I)
#: a lead-in that says the drug acts, its list what then changes ("When esmolol blocks these receptors:")
_LEAD_WHEN = re.compile(r"(?:^|[.!?]\s+)(?:when|once|as|because)\s+(?:it|this\s+(?:drug|medicine)|[A-Za-z][\w-]+)\s+(?:blocks|inhibits|"
                        r"activates|stimulates|binds\s+to)\b[^.:;]*:\s*$", re.I)
#: a measured thing that goes up or down, said as a clause of its own ("The heart rate slows down", "Blood pressure
#: falls"), one to four words for what changes
_STATE_CHANGE = re.compile(r"^(?:the\s+|your\s+)?(?P<x>(?!(?:it|this|they|he|she)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)\s+"
                           r"(?:(?P<down>slows?(?:\s+down)?|falls?|drops?|decreases?|goes\s+down|becomes?\s+lower)|"
                           r"(?:rises?|increases?|goes\s+up|speeds?\s+up|becomes?\s+higher))\.?$", re.I)
#: a lead-in that ends in "to:", its list items the verb phrases that finish it ("It is thought to:")
_LEAD_TO = re.compile(r"\b(?:it|this\s+(?:drug|medicine))\b[^.;:]*\bto\s*:\s*$", re.I)
#: a lead-in that ends on its subject ("It is believed that piracetam:", "In short, the drug:"), and an item that
#: goes on with that subject's verb ("- enhances the action of ...", "- binds to ...")
_LEAD_SUBJECT = re.compile(r"(?:^|\bthat\s+|[.!,]\s+)(?P<s>it|the\s+(?:drug|medicine)|[A-Za-z][\w-]{2,40})\s*:\s*$", re.I)
_THIRD_PERSON_START = re.compile(r"^(?:[a-z]+ly\s+)?[a-z]{3,}(?<!ss)(?:s|es)\s+(?=\S)")
#: a lead-in that ends in "by:" (or "through:"), its items gerunds that finish it ("Riluzole is thought to protect motor
#: neurons by:" over "Blocking voltage-gated sodium channels ...")
_LEAD_BY = re.compile(r"\b(?:by|through|via)\s*:\s*$", re.I)
#: a lead-in over a list of the processes the drug's action turns up or down, each named by an item's bold key
_LEAD_PROCESSES = re.compile(r"\b(?:(?P<up>switch(?:es)?\s+on|turns?\s+on|speeds?\s+up|boosts?|increases?|"
                             r"stimulates?|triggers?)|(?P<down>switch(?:es)?\s+off|turns?\s+off|slows?(?:\s+down)?|"
                             r"reduces?|decreases?|blocks?|inhibits?))\s+(?:(?:two|three|four|several|the\s+following|"
                             r"these|key)\s+)?(?:[\w-]+\s+)?(?:processes|steps|pathways|actions|effects)\s*:\s*$", re.I)
_GERUND_START = re.compile(r"^[A-Z][a-z]+ing\s+(?:the|a|an|its|their|[a-z][\w-]*)\b")
#: an item that opens with a verb's base form ("Slow the growth of ...", "Rein in ...", "Calm inflammation by ...")
_BASE_VERB_START = re.compile(r"^[A-Z][a-z]+(?<!s)\s+(?:in\s+|down\s+|up\s+)?(?:the|a|an|its|their|[a-z][\w-]*)\b")
#: "binds to X ... and blocks it": the drug's verb on the target it binds ("it"/"them")
#: the verbs of binding, literal and figurative, whose object a later verb of the sentence acts on
_BINDING_VERB = r"\b(?:bind|latch|dock|attach|lock|stick|cling|grab|soak|slot|fit|occup(?:y|ies|ied|ying))(?:s|es|ing|ed|ted|ting)?\b"
_THEN_ON_IT = re.compile(_BINDING_VERB + r"[^.;]*?"
                         # ("binds selectively to both IL-17A and IL-17F ..., neutralizing them so ...")
                         r"(?:,\s+(?:thereby\s+|so\s+)?(?P<v3>blocking|inhibiting|inactivating|neutrali[sz]ing)\s+(?:it|them)\b|"
                         # "fits into both receptors ... without switching them on": there, and not activating them
                         r",?\s+without\s+(?P<partial>(?:fully|completely)\s+)?(?P<x>switching|turning|activating|"
                         r"stimulating)\s+(?:it|them)\b|"
                         # "latches onto the beta-1 receptors and keeps adrenaline from stimulating them"
                         # "fits into bradykinin's receptor, ..., but doesn't switch it on"
                         r",?\s+but\s+(?:does\s+not|doesn['\u2019]t)\s+(?P<x2>switch|turn|activate|stimulate)\b|"
                         # "binds to and soaks up activin A and GDF11, so they cannot switch on their receptors": a ligand
                         # trap, what it holds kept from its receptors
                         r",\s+so\s+(?:that\s+)?(?:they|it)\s+(?:cannot|can['\u2019]t|can\s+no\s+longer|are\s+unable\s+to|"
                         r"is\s+unable\s+to)\s+(?P<x3>switch\s+on|turn\s+on|activate|stimulate|reach|bind\s+to|attach\s+to)\s+"
                         r"(?:their|its)\s+(?:own\s+)?receptors?\b|"
                         # "binds to HIV integrase, the viral enzyme that ..., and blocks the strand transfer reaction":
                         # the work of what it binds stopped
                         r"\band\s+(?:so\s+)?(?P<r>blocks|stops|inhibits|prevents)\s+(?:the|its)\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:reaction|step|activity)\b|"
                         r"\band\s+(?:so\s+)?(?P<k>keeps|stops|prevents|blocks)\s+(?:[\w-]+\s+){1,3}?from\s+(?:(?:stimulating|"
                         r"activating|reaching|binding\s+to|acting\s+on|switching\s+on|triggering)\s+(?:it|them)\b|"
                         # "binds to the alpha chain of the IL-2 receptor ... and blocks IL-2 from attaching"
                         r"(?:attaching|binding|docking|latching\s+on|interacting)(?:\s+(?:to\s+)?(?:it|them))?\b)|"
                         r"\band\s+(?:so\s+|thereby\s+|then\s+)?(?:(?:permanently|irreversibly|reversibly|completely|fully|"
                         r"partly|partially|strongly|quickly)\s+)?(?:\*{1,2})?(?:(?P<v>blocks|inhibits|"
                         r"inactivates|activates|stimulates|neutrali[sz]es)(?:\*{1,2})?\s+(?:it|them|both|(?:all|every)\s+(?:\w+\s+)?forms?)\b|"
                         # ("binds to TNF-alpha ... and neutralizes both soluble and membrane-bound TNF-alpha")
                         # "binds to the active site of integrase ... and so shuts the enzyme down"
                         r"(?P<w>(?:shuts|switches|turns)\s+(?:it|them|the\s+(?:enzyme|receptor|protein|channel|"
                         r"transporter|pump|kinase)s?)\s+(?:down|off|on))\b))", re.I)


#: a binding's object, then an appositive saying what it is, then "and" ("binds to antithrombin, the body's natural
#: clotting inhibitor, and ...")
_BOUND_APPOSITIVE = re.compile(r"(?P<b>\b(?:binds|attaches|latches|sticks)\s+(?:on\s*)?to\s+(?:the\s+)?(?:[\w-]+\s+){0,2}[\w-]+),\s+"
                               r"(?:the|an?)\s+"
                               # (not one that gives its class: "fibrin, the protein mesh that holds a clot")
                               r"(?![^,;()]*\b(?:proteins?|enzymes?|receptors?|channels?|transporters?|mesh|molecules?)\b)"
                               r"[^,;()]{3,60},\s+and\b", re.I)
#: "and greatly speeds up its action": what it binds made to work more
_SPEEDS_ITS_ACTION = re.compile(r",?\s+and\s+(?:\w+ly\s+)?(?:speeds\s+up|boosts|enhances|accelerates|amplifies|"
                                r"strengthens)\s+(?:its|their)\s+(?:action|activity|effects?|work)\b", re.I)
#: "binds to the metal at the active site of X, inhibiting it": what the binding does, said after a comma by a
#: participle whose object is the thing bound ("binds to X, blocking it")
_BINDS_DOING_IT = re.compile(r"\bbinds?\s+(?:(?:tightly|firmly|reversibly|irreversibly)\s+)?(?:to\s+)?(?:[^,;.]{0,60}?\b"
                             r"(?:site|pocket|part|region|cent(?:re|er)|subunit|groove)\s+(?:of|on)\s+)?(?P<t>[^,;.]{3,60}?),"
                             r"\s+(?:thereby\s+|so\s+)?(?P<v>inhibiting|blocking|activating|stimulating|disabling)\s+"
                             r"(?:it|them)\b", re.I)
_DOING = {"inhibiting": "inhibits", "blocking": "blocks", "activating": "activates", "stimulating": "activates",
          "disabling": "inhibits"}


#: what the drug looks like, said before what it does: "X looks like urea and binds to ..." (the likeness no action)
_LOOKS_LIKE_AND = re.compile(r"\b(?:looks\s+like|resembles|is\s+(?:similar\s+to|shaped\s+like))\s+[^,;.]{1,40}?\s+and\s+"
                             r"(?=(?:then\s+)?(?:binds|blocks|inhibits|activates|attaches)\b)", re.I)


def _binds_doing_it(m: re.Match[str]) -> str:
    return f"binds to {m.group('t')} and {_DOING[m.group('v').casefold()]} it"


#: a sentence that goes on from a binding the sentence before told: "This changes the enzyme's shape and ...",
#: "When it binds, it changes the shape of antithrombin and ..."
_THIS_BINDING_DOES = re.compile(r"^(?:this|that|doing\s+so|the\s+binding|this\s+binding|binding|"
                                r"(?:when|once|after)\s+(?:it|they)\s+(?:binds?|attach(?:es)?|is\s+bound|are\s+bound)\b|"
                                r"once\s+(?:bound|attached)\b|"
                                # "It makes the receptor respond more strongly to GABA": the bound receptor's response
                                r"(?:it|they)\s+(?=makes?\s+(?:it|them|the\s+(?:receptor|channel|enzyme|protein)s?)\s))",
                                re.I)
#: "By blocking it, ...": what the binding told before does to what was bound
_BY_DOING_IT = re.compile(r"^by\s+(?P<v>blocking|inhibiting|activating|stimulating)\s+(?:it|them|this\s+(?:enzyme|receptor|"
                          r"protein|channel)|these\s+(?:enzymes|receptors|proteins|channels)|"
                          # "Normally, LFA-1 attaches to ICAM-1. By blocking this attachment, X ...": what the bound
                          # one does, told in the sentence before, stopped
                          r"(?:this|that|the)\s+(?:attachment|interaction|binding|link|connection|contact))\b", re.I)
#: what the drug does to a target named before, said as the state it keeps it in: "keeps these sodium channels in
#: their inactive state", "holds the receptor in its closed form"
_KEEPS_INACTIVE = re.compile(r"\b(?:keeps?|holds?|locks?|stabili[sz]es?)\s+(?:these|those|the|its|them)\s+"
                             r"(?P<t>(?:[\w-]+\s+)?(?P<cls>channels?|receptors?|enzymes?|transporters?|pumps?))\s+in\s+"
                             r"(?:their|its|an?|the)\s+"
                             r"(?:inactive|closed|inactivated|resting|off)\s+(?:state|form|position|shape)", re.I)
#: the bound one said to be switched on, as the next sentence's subject: "Activation of this receptor raises ..."
_ACTIVATION_OF_IT = re.compile(r"^(?:the\s+)?(?:activation|stimulation)\s+of\s+(?:this|that|these|those|the)\s+"
                               r"(?:receptor|enzyme|channel|protein|transporter)s?\b", re.I)
#: a sentence on what happens without the drug ("Normally, LFA-1 attaches to ...")
_NORMALLY = re.compile(r"^(?:normally|usually|in\s+the\s+body|without\s+(?:the\s+)?(?:drug|medicine|treatment)),?\s", re.I)
#: a sentence about what was bound, no action of the drug: "This enzyme copies the bacteria's DNA into RNA"
#: the drug said to be a positive modulator of what it was just said to bind: "It is a positive allosteric modulator"
_IT_IS_PAM = re.compile(r"^(?:it|this\s+(?:drug|medicine))\s+(?:is|acts\s+as)\s+an?\s+positive\s+allosteric\s+modulator\b",
                        re.I)
_THE_BOUND_ONE = re.compile(r"^(?:this|that|the)\s+(?:enzyme|receptor|protein|channel|transporter|pump)s?\s", re.I)
#: what that sentence says the binding then does, when it switches what was bound on: "... and activates it"
_BINDING_ACTIVATES = re.compile(r"\b(?:activates|stimulates|(?:switches|turns)\s+on)\s+(?:it|them)\b|"
                                r"\b(?:switches|turns)\s+(?:it|them)\s+on\b|"
                                # "This makes the receptor respond more strongly to GABA": a positive modulator's
                                r"\bmakes?\s+(?:it|them|(?:the|these|those)\s+(?:receptor|channel|enzyme|protein)s?)\s+(?:respond|react|"
                                r"work)\s+(?:more\s+strongly|more|better)\b|"
                                # "This makes the effect of GABA stronger": the bound receptor's messenger works more
                                r"\bmakes?\s+the\s+(?:[\w-]+\s+)?(?:effects?|actions?)\s+of\s+[\w-]+\s+(?:stronger|greater|"
                                r"more\s+powerful)\b|"
                                # "This makes the natural messenger GABA work more strongly": the messenger at the
                                # bound receptor works more
                                r"\bmakes?\s+(?:the\s+)?(?:(?:natural|body['\u2019]s(?:\s+own)?)\s+)?(?:chemical\s+)?"
                                r"(?:messenger|neurotransmitter|transmitter|hormone)\s+[\w-]+\s+(?:work|act)\s+"
                                r"(?:more\s+strongly|more|better)\b", re.I)


def _then_on_it(sent: str, found: list[tuple[Mechanism, bool]]) -> None:
    """"binds to X and blocks it": the relation of what binds X is what the binding then does to it."""
    then = _THEN_ON_IT.search(sent) if any(mech.relation == "binds" for mech, _ in found) else None
    for mech, _ in found if then else ():
        if mech.relation != "binds":
            continue
        if then.group("partial"):  # "without fully switching it on": a partial agonist, which activates
            mech.relation = "activates"
        elif then.group("x") or then.group("k") or then.group("x2") or then.group("x3") or then.group("r"):  # kept off,
            # its work stopped, or from its
            # messenger
            mech.relation = "blocks"
        else:
            mech.relation = _verb_relation(then.group("v") or (then.group("v3") or "")[:-3]
                                           or re.sub(r"\s.*\s", " ", then.group("w")))
        mech.relation = _on_enzyme(mech.relation, mech.target)  # ("binds to topoisomerase II beta and blocks it")


# ---------------------------------------------------------------------------
# Direct relations
# ---------------------------------------------------------------------------


_ACTIVE_FORM = Guarded(re.compile(r"\b(?:prodrug\s+of|releases|converts?\s+(?:it\s+)?(?:in)?to|"
                          # ("The liver converts it in one step into calcitriol")
                          r"converts?\s+it\s+(?:[\w-]+\s+){1,4}?(?:in)?to|"
                          # ("CYP2D6 converts about 5 to 10 percent of a dose into morphine")
                          r"converts?\s+(?:[\w%-]+\s+){1,6}?of\s+(?:a|the|each|every|its)\s+dose\s+(?:in)?to|converted\s+"
                          r"(?:(?:in|by)\s+the\s+(?:body|liver|blood|gut|intestines?|tissues?|cells?)\s+)?(?:in)?to|"
                          r"active\s+(?:form|metabolite|drug|moiety)s?(?:\s*,)?(?:\s+(?:called|known\s+as|is))?|"
                          # ("enzymes split it into the active drug, isavuconazole")
                          # "It is first changed into X and then into active substances called Y nucleotides"
                          r"active\s+(?:substances?|compounds?|molecules?)\s+(?:called|known\s+as)|changed\s+(?:in)?to|"
                          r"metaboli[sz]ed\s+(?:in)?to|turned\s+into|turns?\s+it\s+into|broken\s+down\s+(?:in)?to|"
                          r"(?:reduces?|reduced|activates?|activated)\s+(?:it\s+)?(?:in)?to)\s+(?:its\s+)?"
                          r"(?:(?:reactive|toxic|active|charged|short-lived|free)\s+)?"
                          # ("convert it into its active form, des-ciclesonide": the form's name comes after it)
                          r"(?P<name>(?!(?:form|metabolite|active)s?\b)[A-Za-z][\w-]*)"
                          r"(?:\s+(?P<head>radicals?|intermediates?|metabolites?|species|ions?|compounds?|nucleotides?))?",
                          re.I))
_NOT_FORM_NAME = frozenset({"an", "a", "the", "its", "active", "form", "metabolite", "which", "it", "so", "and", "or",
                            "that", "then", "in", "of", "to", "by", "with", "is", "are", "can", "will", "when", "where"})


def _about_drug_start(sent: str, result: Extraction) -> bool:
    """Whether a sentence opens with the drug (by one of its names, or "It") as its subject."""
    low = sent.casefold()
    return low.startswith(("it ", "this medicine ", "this drug ")) or any(
        low.startswith(n.casefold() + " ") for n in own_names(result))


def _active_forms(text: str, own: Iterable[str] = ()) -> set[str]:
    """Names the text gives the drug's active form ("a prodrug of acyclovir", "its active
    metabolite, hydroxybupropion", "the kidneys convert calcifediol into calcitriol" of calcifediol, its ``own``
    names): their actions are the drug's."""
    named = {w.casefold() for m in _ACTIVE_FORM.finditer(text) for w in (m.group("name"), m.group("head")) if w
             and w.casefold() not in _NOT_FORM_NAME  # ("reduce it to reactive nitro radicals": "These radicals ...")
             and not text[:m.start()].rstrip().casefold().endswith("their")}  # ("switches the clotting factors into
    # their active form so they can ...": the factors', not the drug's)
    for m in _ACTIVE_FORM_SYMBOL.finditer(text):  # "its active metabolite, the 10-monohydroxy derivative (MHD, also called
        named.update(w.casefold() for w in (m.group("sym"), m.group("aka")) if w)  # licarbazepine)"
    for m in _ACTIVE_PARTS.finditer(text):  # "Its main active compounds are gingerols and shogaols": each part's name
        named.update(w.casefold() for w in re.findall(r"[A-Za-z][\w-]{3,}", m.group("list")) if w.casefold() != "with")
    for m in _CONTAINS_PARTS.finditer(text):  # "containing two active ingredients: cyproterone acetate (2 mg), an
        for item in re.split(r",\s*(?:and\s+)?|\s+and\s+", strip_parens(m.group("list"))[0]):  # anti-androgen, and
            words = item.split()  # ethinylestradiol": each ingredient (not what it is, set off after it)
            if words and len(words) <= 3 and words[0].casefold() not in ("a", "an", "the"):
                named.update(w.casefold() for w in words if len(w) > 3)
    for m in _SYMBOL_IS_ACTIVE.finditer(text):  # "... to mizoribine-5'-monophosphate (MZP), which is the active form"
        named.add(m.group("sym").casefold())
    for m in _NAMED_ITS_ACTIVE.finditer(text):  # "release ricinoleic acid, its active ingredient": what then opens a
        named.update(w.casefold() for w in m.group("n").split()  # sentence by that name acts for the drug
                     if len(w) > 3 and w.casefold() not in _NOT_FORM_NAME | _GENERIC_PART_WORDS)
    for m in _ACTIVE_FORMS_LISTED.finditer(text):  # "converted into its active forms, methylcobalamin and adenosylcobalamin"
        named.update(w.casefold() for w in re.split(r",\s*(?:and\s+)?|\s+and\s+", m.group("list")) if w)
    itself = {n.casefold() for n in own}
    grew = bool(named) or bool(itself)
    while grew:  # "The liver turns it into calcifediol. The kidneys then convert calcifediol into calcitriol": a form
        grew = False  # of a form is the drug's too (not "converts angiotensin I into angiotensin II", no form of it)
        for m in _FORM_INTO.finditer(text):
            said_active = _SAID_ACTIVE.match(text, m.end())  # ("converts it into hydrocortisone (cortisol), the
            # active hormone": "it" is the drug, the form the active one, by either name)
            if not (m.group("x").casefold() in named | itself or m.group("x").casefold() == "it" and said_active):
                continue
            for form in (m.group("y"), said_active.group("aka") if said_active else None):
                if form and form.casefold() not in named | itself | _NOT_FORM_NAME:
                    named.add(form.casefold())
                    grew = True
    return named


#: what follows a form's name when the page says it is the active one: " (cortisol), the active hormone"
_SAID_ACTIVE = re.compile(r"\s*(?:\((?P<aka>[A-Za-z][\w-]*)\))?,\s+(?:its|the)\s+(?:biologically\s+)?active\b", re.I)
#: one thing turned into another: "convert calcifediol into calcitriol"
_FORM_INTO = re.compile(r"\b(?:converts?|converted|turns?|turned|changes?|changed)\s+(?P<x>[A-Za-z][\w-]*)\s+(?:in)?to\s+"
                        r"(?:(?:its|an?)\s+)?(?:(?:active|reactive)\s+)?(?P<y>[A-Za-z][\w-]*)", re.I)  # ("turns
# monobenzone into a reactive quinone")


#: an active form described, then named in parentheses: "its active metabolite, the 10-monohydroxy derivative (MHD, also
#: called licarbazepine)"
_ACTIVE_FORM_SYMBOL = re.compile(r"\bactive\s+(?:form|metabolite)s?,?\s+(?:the\s+|a\s+)?[^().;]{2,60}?\((?P<sym>[A-Za-z0-9-]{2,12})"
                                 r"(?:,\s+(?:also\s+)?(?:called|known\s+as)\s+(?P<aka>[\w-]+))?\)", re.I)
#: a form named with its symbol, then said to be the active one: "to mizoribine-5'-monophosphate (MZP), which is the
#: active form"
_SYMBOL_IS_ACTIVE = re.compile(r"\((?P<sym>[A-Za-z][A-Za-z0-9-]{1,11})\),?\s+(?:which|that)\s+is\s+(?:the|its)\s+"
                               r"(?:biologically\s+)?active\s+(?:form|metabolite|drug|compound)\b", re.I)
#: a part named, then said to be the drug's active one: "release ricinoleic acid, its active ingredient"
_NAMED_ITS_ACTIVE = re.compile(r"\b(?P<n>[A-Za-z][\w-]*(?:\s+[a-z][\w-]*)?),\s+(?:its|the\s+(?:drug|medicine|oil|plant|"
                               r"extract|herb)['\u2019]s)\s+(?:main\s+|chief\s+|key\s+)?active\s+(?:ingredient|form|metabolite|"
                               r"compound|substance|principle|component|constituent)\b", re.I)
#: words of such a name that name no part by themselves ("ricinoleic acid": "acid")
_GENERIC_PART_WORDS = frozenset({"acid", "acids", "salt", "salts", "oil", "oils", "extract", "release", "releases",
                                 "releasing", "into", "from", "form", "forms", "drug", "body"})
#: the active forms named after "its active forms": "into its active forms, methylcobalamin and adenosylcobalamin"
_ACTIVE_FORMS_LISTED = re.compile(r"\bits\s+active\s+(?:forms|metabolites)\s*(?:,|:|\s+called|\s+known\s+as)\s+"
                                  r"(?P<list>[A-Za-z][\w-]*(?:(?:,\s*(?:and\s+)?|\s+and\s+)[A-Za-z][\w-]*)+)", re.I)


#: A target named by class and symbol or gloss: "the serotonin transporter (SERT)", "H+/K+-ATPase enzyme (the proton pump)".
#: A class word ending a target's name, with its parenthetical; the name's first words are found
#: by looking back from it (cheaper than a pattern that scans forward from every word).
_MENTION = re.compile(r"(?P<cls>transporter|receptor|enzyme|pump|channel|kinase|cotransporter|symporter|exchanger|"
                      r"polymerase|protein|"
                      r"ATPase|carrier(?:\s+molecule)?)s?\b(?:\s*\((?P<par>[^)]+)\)|,\s+(?P<app>[A-Z][\w\u0370-\u03ff+/-]{1,20}),)?", re.I)
# (an appositive code names it too: "an abnormal fusion protein, PML-RARα, that ...")
#: (Possessive runs: a word's characters and spaces are disjoint, so giving some back never helps a
#: match; the engine then does not retry every split of every word at every start.)
#: (A dot between a word's characters is the word's: "Kv7.3 potassium channels", "Nav1.7".)
_MENTION_WORDS = re.compile(r"(?:[\w\u0370-\u03ff\u207a+/-]++(?:\.[\w\u0370-\u03ff\u207a+/-]++)*+\s++){0,4}$")
#: The same, read backwards from the end (see :func:`_words_before`).
_MENTION_WORDS_BACK = re.compile(r"(?:\s++[\w\u0370-\u03ff\u207a+/-]++(?:\.[\w\u0370-\u03ff\u207a+/-]++)*+){0,4}")
_MENTION_NEEDLES = ("transporter", "receptor", "enzyme", "pump", "channel", "kinase", "polymerase", "protein", "atpase",
                    "carrier", "symporter", "exchanger")
_MENTION_CUT = re.compile(r"\b(?:(?:the|a|an)(?=\s)|by|into|to|from|on|in|of|that|which|and|or|with|for|at|its|their|through|via|"
                          r"across|flows?|passes|enters?|onto|another|grabs?|grabbing|attach(?:es)?|sticks?|pulls?|"
                          r"when|whenever|while|because|if|"
                          # a clause's verb before the name ("cells in mites use GABA-gated chloride channels")
                          r"(?:uses?|using|makes?|made|has|have|contains?|needs?)(?=\s)|"
                          r"irreversibly|reversibly|selectively|blocks?|inhibits?|binds?|activates?|"
                          r"selective|potent|highly|competitive|partial|strong|weak|powerful|"  # ("a selective alpha-2
                          # adrenergic receptor", "a strong D2 receptor antagonist")
                          # "works by stimulating dopamine D2 receptors": the verb is no part of the name
                          r"stimulat(?:es?|ing)|activating|blocking|inhibiting|targeting|targets?)\b", re.I)
#: the class words a demonstrative can point back with ("this transporter", "these channels")
_ANAPHOR_CLASSES = r"transporter|receptor|enzyme|pump|channel|kinase|protein|carrier|symporter|cotransporter|exchanger"
_ANAPHOR_OBJ = re.compile(rf"^(?:this|these|that|those|the\s+same|such|the)\s+(?P<cls>{_ANAPHOR_CLASSES})s?\b", re.I)


#: a possessive "'s" after a word ("the brain's", "the cell’s")
_OWNER = re.compile(r"(?<=\w)['\u2019]s\b")
#: an enzyme's name right after its class word: "the bacterial enzyme dihydropteroate synthase and blocks it"
_NAME_AFTER = re.compile(r"\s+(?P<n>(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*ase|[A-Z][A-Za-z]*\d[\w-]*)(?=[\s,.;)]|$)")


def _mentions(sent: str) -> list[tuple[str, str | None, str]]:
    """Target-like noun phrases of a sentence: (name, symbol, the class words that can refer to it)."""
    out: list[tuple[str, str | None, str]] = []
    low = sent.lower()
    if not any(n in low for n in _MENTION_NEEDLES):
        return out
    sent = _OWNER.sub(" of", sent)  # "the brain's opioid receptors": whose they are, no part of the name
    for m in _MENTION.finditer(sent):
        if _SLIGHT_ON.search(sent, max(0, m.start() - 60), m.start()):
            continue  # "It has very little effect on D1 receptors": not what "the receptors" after it points to
        if _KIND_OF_BEFORE.search(sent, max(0, m.start() - 40), m.start()):
            continue  # "the P2Y12 receptor, a type of ADP receptor on ...": the kind the receptor before is, no other
        lead = _words_before(sent, m.start(), _MENTION_WORDS, _MENTION_WORDS_BACK)
        raw = (lead or "") + sent[m.start():m.end("cls")]
        name = _MENTION_CUT.split(raw.strip())[-1].strip()
        name = _DETERMINERS.sub("", name)
        par = _ALSO_CALLED_PAR.sub("", (m.group("par") or m.group("app") or "").strip(' "\u201c\u201d'))  # "(also called c-Mpl)"
        symbol = par if par and is_symbol(par) else None
        classes = m.group("cls").casefold() + " " + par.casefold()
        called = _CALLED_AFTER.match(sent, m.end()) or (_NAME_AFTER.match(sent, m.end()) if not par else None) \
            or _CALLED_WORD.match(sent, m.end())  # ("motor proteins called myosin grab onto ...": one word, then a verb)
        if called and not par:  # "a viral enzyme called integrase": the enzyme's name is integrase, whatever the
            name = _CLASS_CALLED_LEAD.sub("", called.group("n"))  # words before say ("Bacteria need an enzyme
            # called ..."); so in "the bacterial enzyme dihydropteroate synthase" ("a carrier protein called X": X)
            classes += " " + _singular(name.split()[-1]).casefold()  # ("enzymes called penicillin-binding
            # proteins": "these proteins" are they too)
        elif not name or _GENERIC_TARGET.match(name) or len(name.split()) < 2 and not m.group("par"):
            continue
        elif re.search(r"\b(?:make|makes|made|use|uses|called|named|known)\b", name, re.I) or \
                re.match(r"[a-z]+ing\s+(?:down|up|out|off|apart)\b", name, re.I) or \
                (name[:1].isupper() and name.split()[0].isalpha() and name.split()[0][1:].islower()):
            # ("Some bacteria make enzymes"; not a symbol in mixed case: "GnRH receptors")
            continue  # "Some bacteria make enzymes": a clause, not a name
        out.append((re.sub(r"(?<=ase)\s+enzyme$", "", _singular(name), flags=re.I), symbol, classes))
    return out


#: a class noun and "called" before the name a mention's class word is followed by ("carrier protein called X")
_CLASS_CALLED_LEAD = re.compile(r"^(?:protein|molecule|enzyme)\s+(?:called|named|known\s+as)\s+", re.I)
#: an appositive that names what kind a target is: ", a type of ADP receptor", ", a member of the TNF receptor family"
_KIND_OF_BEFORE = re.compile(r",\s+(?:a|one)\s+(?:type|kind|form|member|subtype|class)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
                             re.I)
_SLIGHT_ON = re.compile(r"\b(?:little|no|minimal|hardly\s+any|negligible|weak)\s+(?:effect|activity|action|affinity)\s+"
                        r"(?:on|at|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$", re.I)
#: the name a class noun is given right after it ("... enzyme called integrase", "... receptor known as GPR40")
_CALLED_AFTER = re.compile(r"\s+(?:called|named|known\s+as)\s+(?P<n>[\w-]+(?:\s+[\w-]+){0,2}?)(?=\s*(?:[,.;:(]|$|\s+(?:and|which|that)\b))",
                           re.I)
#: the same, one word and a verb after it ("motor proteins called myosin grab onto ...")
_CALLED_WORD = re.compile(r"\s+(?:called|named|known\s+as)\s+(?P<n>[a-z][\w-]{3,})(?=\s)", re.I)


_CLASS_WORD = re.compile(r"(?:receptor|transporter|channel|enzyme|kinase|pump|protease|polymerase)s?", re.I)


def _fuller_name(name: str, mentions: list[tuple[str, str | None, str]],
                 symbols: dict[str, str] | None = None) -> str:
    """A target named short after the section gave its full name: "NS5B polymerase" after "the NS5B
    RNA-dependent RNA polymerase" is that one (same first and last word, every word of it in the full name);
    "the IL-1 type I receptor" after "Interleukin-1 (IL-1)" and "the interleukin-1 type I receptor (IL-1RI)" is
    that one (its first word a symbol the section spelled out, and the name so spelled one the section gave)."""
    first, _, rest = name.partition(" ")
    if symbols and first in symbols and symbols[first] != first and rest.casefold() in ("protein", "channel"):
        return symbols[first]  # "the CFTR protein" after "a protein called the cystic fibrosis ... regulator (CFTR)"
    if symbols and rest and first in symbols and symbols[first] != first:
        spelled = f"{symbols[first]} {rest}".casefold()
        for full, _symbol, _classes in reversed(mentions):
            if full.casefold() == spelled:
                return full
        if _CLASS_WORD.fullmatch(rest) and _abbreviates(first, symbols[first]):  # "the NK3 receptor" after "neurokinin
            # 3 (NK3) receptors": spelled as the page did (when the page's words spell the symbol)
            return f"{symbols[first]} {rest}"
    words = name.casefold().split()
    if len(words) < 2:
        return name
    for full, _symbol, _classes in reversed(mentions):
        fw = full.casefold().split()
        if len(fw) > len(words) and fw[0] == words[0] and fw[-1] == words[-1] and set(words) <= set(fw):
            return full
    return name


def _antecedent(obj: str, mentions: list[tuple[str, str | None, str]]) -> tuple[str, str | None] | None:
    """"this transporter" -> the last target mentioned that a transporter can be."""
    m = _ANAPHOR_OBJ.match(obj)
    if m is None:
        return None
    cls = m.group("cls").casefold()
    for name, symbol, classes in reversed(mentions):
        if cls in classes:
            return name, symbol
    return None


#: "both receptors", "both of them", "the two channels": the last two things named (of that class)
_BOTH_OBJ = re.compile(rf"^(?:both|the\s+two)(?:\s+(?:of\s+)?(?:these|those|the))?\s+(?P<cls>{_ANAPHOR_CLASSES})s\b|"
                       r"^both\s+of\s+them\b|^them\s+both\b", re.I)


def _both(obj: str, mentions: list[tuple[str, str | None, str]]) -> list[tuple[str, str | None]]:
    """"... two receptors, the orexin-1 receptor (OX1R) and the orexin-2 receptor (OX2R). Lemborexant blocks both
    receptors": the last two targets named that the class word can refer to (none when two are not named)."""
    m = _BOTH_OBJ.match(obj)
    if m is None:
        return []
    cls = (m.group("cls") or "").casefold()
    named = [(name, symbol) for name, symbol, classes in mentions if not cls or cls in classes]
    return named[-2:] if len(named) >= 2 else []


#: A relation described for the body's own ligand, not the drug: "When it binds ...", "Normally, ADP binds ...".
_NATURAL = re.compile(r"^\s*(?:when|whenever)\s+(?:it|they)\b|^\s*(?:normally|naturally|usually|ordinarily)\b|"
                      # "In normal clotting, activated factor IX needs ...": the body's own process
                      r"^\s*in\s+(?:normal|healthy|the\s+normal|the\s+healthy)\s+[\w-]+(?:\s+[\w-]+)?,", re.I)
#: what may stand between a subject and its verb without being another agent: "also", "probably", "may", "is thought
#: to" ("Like other local anesthetics, it is thought to block ...")
_BEFORE_VERB = (r"(?:also|too|still|\w+ly|may|might|can|could|is\s+(?:thought|believed|presumed|proposed|suggested|said)"
                r"\s+to|appears?\s+to|seems?\s+to)")
_LIGAND_SUBJECT = re.compile(r"(?<!, a )(?<!, an )\b(?:more|less|natural|endogenous)\s+(?!(?:its|their)\s)[\w-]+\b|\b(?:like|such\s+as)\s+(?!an?\s)\w"
                             # (not in an appositive: "the reuptake of adenosine, a natural calming messenger, by ...";
                             # nor "Zorvane, and even more its active metabolite (M1), activates": the drug's own form)
                             # ("Like amitriptyline, it blocks ...": a comparison, the drug the subject; "Like a
                             # magnet, zoravir is drawn to ...": a likeness, no other agent)
                             # (or with no comma: "Like other antipsychotics it blocks ...")
                             rf"(?![^,]*?(?:,\s*|\s)(?:it|they|this\s+(?:drug|medicine))(?:\s+{_BEFORE_VERB})*\s*$)",
                             re.I)
#: "Entecavir triphosphate competes with the natural building block (dGTP) and inhibits ...": the drug's name
#: opens the clause and the cue is its second verb, so a natural ligand inside the first verb's object is no subject
_SECOND_VERB = re.compile(r"^\s*(?:the\s+)?(?P<w>[A-Za-z][\w-]*)\s+(?:[\w-]+\s+)?[a-z]+s\s+[^,;:]*\band\s+$")
#: the drug's active form opening the clause ("The triphosphate competes with natural thymidine and inhibits ...",
#: "This active form competes with ... and inhibits ..."): the drug, by what the body makes of it
_ACTIVE_FORM_FIRST = re.compile(r"^\s*(?:the|this|its)\s+(?:active\s+)?(?:form|triphosphate|diphosphate|monophosphate|"
                                r"metabolite)\s+[a-z]+s\s+[^,;:]*\band\s+$", re.I)


#: a sentence opening on another thing than the drug: "This enzyme ...", "The clotting factors ..."
_OTHER_OPENING = re.compile(r"^\s*(?:the|this|these|those|that|its|their)\s+(?!(?:drug|medicine|medication|tablet|"
                            r"capsule|gel|cream|patch|injection|dose|pill|solution|suspension|powder)s?\b)[a-z]", re.I)
#: a later clause's pronoun subject, just before the verb: "... so they can ", "..., where it "
_LATER_PRONOUN = re.compile(r"(?:,|\b(?:so|and|where|because|when|then|until))\s+(?:that\s+)?(?:it|they)"
                            r"(?:\s+(?:can|could|may|might|will|would|then|also|now|no\s+longer))*\s+$", re.I)


#: a verb in the infinitive of a purpose ("T cells use a protein called LFA-1 to attach to"), whose doer is the
#: sentence's subject
_INFINITIVE_END = re.compile(r"\b(?:uses?|used|using|needs?|relies\s+on|rely\s+on)\b[^,;.]*\bto\s+$", re.I)
#: a relative clause on another medicine the drug goes with: "It is given with carbidopa, which blocks ..."
_COMPANION_WHICH = re.compile(r"\b(?:with|plus|alongside|than|like|unlike)\s+(?P<n>[A-Za-z][\w-]+),\s+(?:which|that|who)"
                              r"\s+(?:(?:also|mainly|only|instead|itself)\s+)?$", re.I)


def _companion_which(before: str, other_agent) -> bool:
    """"It is usually given with carbidopa, which blocks a different enzyme": the companion's action, not the
    drug's (unless the name is the drug's own: "together with its active form X, which ...")."""
    m = _COMPANION_WHICH.search(before)
    return bool(m) and m.group("n").casefold() not in getattr(other_agent, "names", set())


def _pronoun_of_another(before: str, other_agent) -> bool:
    """"This enzyme switches the clotting factors into their active form so they can bind calcium": a pronoun in a
    later clause of a sentence that opened on another thing, the drug unnamed, is that thing's or its object's."""
    return bool(_LATER_PRONOUN.search(before)) and bool(_OTHER_OPENING.match(before)) \
        and not _names_drug(before, other_agent)


#: "both" or "each" as a clause's subject, after what the sentence named ("It comes in two forms, IL-1α and IL-1β, and
#: both act by attaching to ..."): the things named, not the drug, unless the sentence names the drug
_BOTH_OF_THEM = re.compile(r"(?:,|\band|;)\s+(?:both|each)(?:\s+of\s+them)?\s+(?:[\w-]+\s+){0,3}$", re.I)


_WORKS_LIKE = re.compile(r"^\s*(?:it|this\s+(?:drug|medicine)|(?P<w>[A-Za-z][\w-]*))\s+(?:works|acts|behaves)\s+"
                         r"(?:much\s+|a\s+lot\s+)?like\s+[^,;]{1,40}?\s+(?:by|and)\s+$", re.I)


def _works_like(subject: str, other_agent) -> bool:
    """"Pramlintide works like amylin by activating ...": the drug, doing what the messenger it is compared with
    does (not the messenger's own doing)."""
    m = _WORKS_LIKE.match(subject)
    return bool(m) and (m.group("w") is None or m.group("w").casefold() in getattr(other_agent, "names", set()))


def _names_drug(before: str, other_agent) -> bool:
    """Whether the sentence names the drug before its pronoun ("Zoravir is a beta-blocker: it blocks ..."): the
    pronoun is then the drug, whatever the sentence before was about."""
    names = getattr(other_agent, "names", set())
    return any(w.casefold() in names for w in re.findall(r"[A-Za-z][\w-]*", before))


def _compared_drug(subject: str, other_agent) -> bool:
    """"Like the SSRIs, zoravir inhibits ...": after a comparison, the drug named is the subject."""
    lead = _CONTRAST_LEAD.match(subject)
    words = subject[lead.end():].split() if lead else []
    names = getattr(other_agent, "names", set())
    n = next((i for i, w in enumerate(words) if w.casefold() not in names), len(words))  # the drug's name, its words
    return n > 0 and re.fullmatch(rf"(?:{_BEFORE_VERB}\s*)*", " ".join(words[n:]), re.I) is not None


def _own_second_verb(subject: str, other_agent) -> bool:
    m = _SECOND_VERB.match(subject)
    return (bool(m) and m.group("w").casefold() in getattr(other_agent, "names", set())
            or bool(_ACTIVE_FORM_FIRST.match(subject))) \
        and not re.search(r"\b(?:which|that|who|whose|like|unlike)\b", subject, re.I)


#: the forms of a target named before, said with an anaphor: "both forms of this enzyme", "the two subtypes of
#: the receptor" (no name of their own; the page may name them in a dash aside)
_FORMS_OF = re.compile(r"^(?:(?:both|all|the|its|two|three|the\s+two|the\s+three|main)\s+)*(?:forms?|types?|subtypes?|"
                       r"isoforms?|isoenzymes?|isozymes?|versions?|kinds?)\s+of\s+(?:this|that|these|those|the|its|both)"
                       rf"\s+(?:{_CLASS_WORDS})$", re.I)
_DASH_CUT = re.compile(r"\s[\u2013\u2014-]\s|\u2014|;\s|:\s+(?=(?:it|they|this|that)\s)|"
                       # "Blocking NK3: elinzanetant blocks the NK3 receptor": a label, then its own sentence
                       r":\s+(?=[a-z][\w-]*\s+(?:also\s+)?(?:blocks|binds|inhibits|activates|stimulates|works|acts)\b)",
                       re.I)  # (a clause after ";", or
# after ":" on the drug, is not the object)
_VIA = re.compile(r"\b(?:through|via|by\s+(?:blocking|binding\s+to|inhibiting)|at)\s+(?=(?:the|its|their)\s)", re.I)


_FIRST_NP = re.compile(r"^(?P<np>(?:[\w\u0370-\u03ff'()-]+\s+){0,5}?)(?:is|are|was|were|acts?|binds?|works?|activates?|"
                       r"blocks?|inhibits?|carries|causes?|makes?|tells?|helps?|has|have)\b", re.I)
_PASSIVE = re.compile(r"\b(?:is|are|be|been|being|was|were|get|gets|got)\s+(?:\w+ly\s+)?$", re.I)
_DET_NOUN = re.compile(r"^\s*(?:(?i:this|that|the|these|those|extra|excess|natural|released)\s+)?"
                       r"(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s*(?:(?:then|also|itself|in\s+turn|[a-z]+ly)\s+)?$")


def _sentence_about_other(sent: str, other_agent) -> bool:
    """Whether a sentence's subject is another agent ("Aldosterone is a hormone ...", "Histamine ..."),
    so that a following "It ..." is not the drug."""
    m = _FIRST_NP.match(sent)
    if m is None or not m.group("np").strip() or sent.rstrip().endswith(":"):
        return False
    np = m.group("np").strip()
    if re.match(r"^(?:it|its|this|they|these|less|more|fewer)\b", np, re.I):
        return False  # ("Less calcium is available in the cell": a level that changed, no agent)
    names = getattr(other_agent, "names", set())
    if re.fullmatch(r"[A-Z][a-z][\w-]*", np) and np.casefold() not in names \
            and re.match(r"\S+\s+(?:is|are)\s+(?:a|an|the)\s", sent):  # "Thrombin is the key enzyme in the clotting
        return True  # process. It converts ...": the thing the sentence defines, the next "It"
    return bool(other_agent(np)) or _nominal_other(np, names)


_VERB_PHRASE = re.compile(r"(?:is|are|was|were|has|have|had|may|might|can|could|will|would|seems?|appears?|helps?)\b")


def _nominal_other(subject: str, names: set[str]) -> bool:
    """A short lowercase noun phrase that names neither the drug nor its form ("This serotonin ...")."""
    m = _DET_NOUN.match(subject)
    if m is None or _VERB_PHRASE.match(m.group("n")):
        return False  # ("This is thought to dampen ...": "this" is the action just told, "is thought to" no noun)
    words = {w.casefold() for w in re.split(r"[\s-]+", m.group("n"))}  # "the enoxaparin-antithrombin pair": the drug's
    if words - {"a", "an"} <= _ROLE_GRADES:
        return False  # "X is a weak agonist at A, and a strong antagonist at B": the same "is", a second role
    return not (words & names) and not _DRUG_NOUNS.search(m.group("n")) and not words & _FUNCTION_WORDS \
        and not _OWN_ACTION.match(m.group("n"))


#: a clause's own subject right after its subordinator: "... even when toxic acids block it", "because bacteria make"
_SUBORDINATE_SUBJECT = re.compile(r"\b(?:because|when|whenever|if|since|unless|once|until|whether)\s+"
                                  r"(?P<np>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})\s*$", re.I)


def _subordinate_other(before: str, names: set[str]) -> bool:
    """"It activates CPS1 even when toxic acids block the NAGS enzyme": the verb after a subordinate clause's own
    plain noun subject (no pronoun, no name or form of the drug) is that subject's doing, not the drug's."""
    m = _SUBORDINATE_SUBJECT.search(before)
    if m is None:
        return False
    words = {w.casefold() for w in re.split(r"[\s-]+", m.group("np"))}
    return not (words & names) and not (words & _FUNCTION_WORDS) and not _DRUG_NOUNS.search(m.group("np")) \
        and not _VERB_PHRASE.match(m.group("np")) and not re.match(r"(?:taken|given|used|combined|applied)\b",
                                                                    m.group("np"), re.I)


#: a sentence whose subject is a molecule's symbol ("IL-31 acts on receptors found on nerve fibers"): another agent
#: than the drug, whose names are words
#: an adverb between a subject and its verb ("The virus first attaches to ...")
_SUBJECT_ADVERB = re.compile(r"\s+(?:also|then|normally|first|usually)\s*$", re.I)
_SYMBOL_SUBJECT = re.compile(r"^\s*(?-i:[A-Z][A-Z0-9]*-?[0-9][A-Za-z0-9]*|[A-Z]{2,6}(?:-[0-9A-Za-z]+)?)\s+(?:also\s+|then\s+|normally\s+|first\s+)?$")


#: how strongly or in what way a drug plays a role ("a strong antagonist", "a partial agonist")
_ROLE_GRADES = frozenset({"strong", "weak", "potent", "powerful", "partial", "full", "selective", "competitive",
                          "reversible", "irreversible", "inverse", "direct", "pure", "mild", "highly", "very"})


#: "This action / binding / blockade ...": the drug's own doing, said again, not another agent
_OWN_ACTION = re.compile(r"^(?:action|effect|binding|blockade|inhibition|activity|mechanism|complex|pair)(?:s|es)?$")


_FUNCTION_WORDS = frozenset({"it", "its", "they", "this", "that", "which", "who", "and", "or", "also", "then", "by",
                             "once", "when", "as", "so", "thus", "here", "there", "first", "finally", "together", "to"})


_SYMBOL_PAREN = re.compile(r"\s\((?:(?:also\s+)?(?:called|known\s+as)\s+)?(?P<sym>[^()\s]{2,12})\)")  # ("(also called c-Mpl)")
#: the words before another name in a gloss: "(also called c-Mpl)", "(known as GPR40)"
_ALSO_CALLED_PAR = re.compile(r"^(?:also\s+)?(?:called|known\s+as)\s+(?=\S+$)", re.I)
_SYMBOL_LEAD = re.compile(r"(?:[\w\u0370-\u03ff+/-]++\s++){0,4}[\w\u0370-\u03ff+/-]++$")  # see _MENTION_WORDS
_SYMBOL_LEAD_BACK = re.compile(r"[\w\u0370-\u03ff+/-]++(?:\s++[\w\u0370-\u03ff+/-]++){0,4}")
#: a longer run, read only when the five words before a symbol do not spell it ("Human epidermal growth factor
#: receptor 2 (HER2)")
_LONG_LEAD = re.compile(r"(?:[\w\u0370-\u03ff+/-]++\s++){0,7}[\w\u0370-\u03ff+/-]++$")
_LONG_LEAD_BACK = re.compile(r"[\w\u0370-\u03ff+/-]++(?:\s++[\w\u0370-\u03ff+/-]++){0,7}")


def _words_before(text: str, end: int, ahead: re.Pattern[str], back: re.Pattern[str]) -> str | None:
    """``ahead.search(text, end - 80, end)`` (a run of words that ends at ``end``), found by matching
    ``back``, its mirror image, at the start of the reversed window: the engine otherwise tries every
    start position of the window and reads to its end from each. Text with a line break (where ``$``
    may match before it) goes to ``ahead`` itself."""
    start = end - 80 if end > 80 else 0
    if "\n" in text:
        m = ahead.search(text, start, end)
    else:
        m = back.match(text[start:end][::-1])
        return None if m is None else m.group(0)[::-1]
    return None if m is None else m.group(0)


def _symbol_names(text: str) -> dict[str, str]:
    """Symbols the section defines: "the enzyme phosphodiesterase type 5 (PDE5)" -> {"PDE5": "phosphodiesterase type 5"}.
    Found from each parenthesis backwards (a pattern scanning forward from every word is slow)."""
    out: dict[str, str] = {}
    for m in _SYMBOL_PAREN.finditer(text):
        sym = m.group("sym")
        lead = _words_before(text, m.start(), _SYMBOL_LEAD, _SYMBOL_LEAD_BACK) if is_symbol(sym) else None
        if lead is not None and sym not in out:
            name = _name_of_symbol(lead, sym)
            if not _abbreviates(sym, name):
                longer = _name_of_symbol(_words_before(text, m.start(), _LONG_LEAD, _LONG_LEAD_BACK) or "", sym)
                name = longer if _abbreviates(sym, longer) else name
            if len(name) > len(sym) and not name[:1].isupper() or " " in name or _abbreviates(sym, name):
                out[sym] = name  # ("Interleukin-17A (IL-17A) is ...": a capital that opens a sentence)
    if " called " in text or " named " in text:
        for m in _CALLED_NAME.finditer(text):  # "an enzyme called plasmin": a later bare "plasmin" is that enzyme
            out.setdefault(m.group("n"), m.group("n"))
    return out


def _name_of_symbol(lead: str, sym: str) -> str:
    """The name the words before a symbol give it: after a maker verb or a mention's cut, without determiners and
    a class prefix, and its last words alone when they spell the symbol ("... breaks down cyclic AMP (cAMP)")."""
    name = _MAKER_CUT.split(_MENTION_CUT.split(lead)[-1])[-1].strip()  # ("the enzyme that makes thyroxine (T4)")
    name = _CLASS_PREFIX.sub("", _DETERMINERS.sub("", name)).strip()
    words = name.split()
    return next((" ".join(words[i:]) for i in range(len(words) - 1, 0, -1)
                 if _abbreviates(sym, " ".join(words[i:]))), name)


_MAKER_CUT = re.compile(r"\b(?:makes?|made|produces?|produced|releases?|released|forms?|formed|called|named|known)\b",
                        re.I)


def _abbreviates(symbol: str, name: str) -> bool:
    """Whether a symbol abbreviates a name: its letters, in order, from the name's first ("IL-17A" of
    "Interleukin-17A", "SOST" of "Sclerostin", "cAMP" of "cyclic AMP")."""
    letters, low = [c for c in symbol.casefold() if c.isalpha()], name.casefold()
    if len(letters) < 2 or not low.startswith(letters[0]) or len(name) <= len(symbol):
        return False
    pos = 0
    for c in letters:
        pos = low.find(c, pos) + 1
        if not pos:
            return False
    return True


_CALLED_NAME = re.compile(rf"\b(?:(?:an?|the)\s+(?:[\w-]+\s+)?|(?:[\w-]+\s+){{1,2}})(?:{_CLASS_WORDS})\s+(?:called|named)\s+"
                          r"(?P<n>[a-z][\w-]{3,}(?:\s+(?:alpha|beta|gamma|delta|kappa|[A-Z0-9][\w-]*))?)\b")
# ("tiny motor proteins called myosin", "a protein called amyloid beta")


#: A relation stated as a noun: "dopamine D2 receptor antagonism", "carbonic anhydrase inhibition".
_NOMINAL = re.compile(r"(?P<t>(?:[\w\u0370-\u03ff-]+\s+){0,3}?(?:[\w-]+ase|receptors?|channels?|transporters?))\s+"
                      r"(?P<n>antagonism|blockade|agonism|inhibition|activation|stimulation)\b", re.I)
#: the same said with "of", after what the drug's effects come from: "through inhibition of the enzyme X", "come
#: mainly from activation of the X receptor (XR) on bone cells"
_NOMINAL_OF = re.compile(r"\b(?:from|through|by|via)\s+(?:(?:mainly|mostly|largely|partly|chiefly)\s+)?(?:the\s+)?"
                         r"(?P<n>antagonism|blockade|agonism|inhibition|activation|stimulation)\s+of\s+(?:the\s+)?"
                         r"(?P<t>(?:[\w\u0370-\u03ff-]+\s+){0,3}?(?:[\w-]+ase|receptors?|channels?|transporters?)"
                         r"(?:\s*\([A-Za-z0-9-]{2,10}\))?)", re.I)
#: an item opening with the drug's action as a noun: "Inhibition of activated factor XII (FXIIa) – this blocks ..."
_NOMINAL_LEAD = re.compile(r"^(?P<n>Inhibition|Blockade|Activation|Stimulation|Antagonism|Agonism)\s+of\s+(?:the\s+)?"
                           r"(?P<t>[^\u2013\u2014:;.()]+?(?:\s*\([^()]{1,15}\))?)\s*(?:$|[\u2013\u2014:;.]|\s-\s)")
_NOMINAL_REL = {"antagonism": "blocks", "blockade": "blocks", "agonism": "activates", "inhibition": "inhibits",
                "activation": "activates", "stimulation": "activates"}


def _nominal(sent: str, other_agent) -> list[tuple[Mechanism, bool]]:
    out: list[tuple[Mechanism, bool]] = []
    lead = _NOMINAL_LEAD.match(sent) if sent[:1] in "IBAS" else None
    if lead:  # "Inhibition of plasma kallikrein – this reduces ...", "Inhibition of C1r and C1s": an item of what the
        # drug does named by its action; a molecule each (not "Inhibition of bacterial growth", a process)
        for piece in re.split(r",\s*(?:and\s+)?|\s+and\s+", lead.group("t")):
            found = _targets(piece)
            one = _one_target(piece) if not found else None
            if one and (one[1] or _BARE_SYMBOLS.match(one[0]) or is_symbol(one[0])):
                found = [(one[0], one[1])]
            out += [(Mechanism(relation=_NOMINAL_REL[lead.group("n").casefold()], target=name, symbol=symbol,
                               evidence=None), False) for name, symbol in found]  # type: ignore[arg-type]
        return out
    if not any(n in sent for n in ("antagonism", "blockade", "agonism", "inhibition", "activation", "stimulation")):
        return out
    for m in _NOMINAL_OF.finditer(sent):  # "its effects come mainly from activation of the X receptor (XR)"
        before = sent[:m.start()]
        parsed = _one_target(m.group("t"))
        if parsed and not (_NEGATION.search(before) or _UNLIKE.search(before) or _about_other(before, other_agent)):
            hedged = bool(_HEDGE_F.search(before)) and not _ASSERT_F.search(before)
            out.append((Mechanism(relation=_NOMINAL_REL[m.group("n").casefold()], target=parsed[0], symbol=parsed[1],
                                  evidence=None), hedged))  # type: ignore[arg-type]
    for m in _NOMINAL.finditer(sent):
        name = _MENTION_CUT.split(m.group("t"))[-1].strip()
        before = sent[:m.end("t") - len(name)]
        if _NEGATION.search(before) or _UNLIKE.search(before) or _about_other(before, other_agent) \
                or re.search(r"\b(?:of|by|through|via)\s+(?:the\s+)?$", before) is None:
            continue  # only "a combination of X antagonism", "through X inhibition": the drug's own action
        parsed = _one_target(name)
        if parsed and (parsed[1] or parsed[2] or _TARGET_HEAD.search(parsed[0])):
            hedged = bool(_HEDGE_F.search(before)) and not _ASSERT_F.search(before)
            out.append((Mechanism(relation=_NOMINAL_REL[m.group("n").casefold()], target=parsed[0], symbol=parsed[1],
                                  evidence=None), hedged))  # type: ignore[arg-type]
    return out


#: the reuptake of messengers named one by one ("the reuptake of serotonin and norepinephrine")
_REUPTAKE_OF = re.compile(r"^(?:the|their|its)\s+reuptake\s+of\s+(?:(?:both|two\s+[\w\s]{1,20}?,)\s+)?(?P<x>"
                          r"(?:serotonin|norepinephrine|noradrenaline|dopamine|GABA|glutamate|adenosine)"
                          r"(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:serotonin|norepinephrine|noradrenaline|dopamine|GABA|"
                          r"glutamate|adenosine))*)\b", re.I)
_NUMERAL_ITEM = re.compile(r"(?:(?:and|or)\s+)?(?:[IVX]{1,4}a?|[A-Z]?\d{1,2}[a-z]?)")
_LIGAND_AT = re.compile(r"^[^,;()]{1,40}?\s+(?:at|on)\s+(?=(?:the|its|their)\s|(?!(?:the|its|their|a|an|low|high)\b)\w)", re.I)
#: "Memantine is an NMDA receptor antagonist": the target named before the role noun the drug is
_ROLE_NOUN = re.compile(r"\b(?:is|are|acts\s+as|works\s+as)\s+(?:an?|the)\s+(?:[\"\u201c]?(?:selective|highly\s+selective|potent|"
                        r"very|strong|weak|powerful|mild|pure|"  # ('a "pure" potassium channel blocker': its grade)
                        r"competitive|non-?competitive|uncompetitive|partial|full|reversible|irreversible|long-acting|"
                        r"short-acting|specific|moderate-affinity|low-affinity|high-affinity|direct|non-?selective|dual)"
                        r"[\"\u201d]?\s+)*"
                        # ("a non-selective phosphodiesterase (PDE) inhibitor": the symbol after the name)
                        r"(?:(?P<t>(?:[\w\u0370-\u03ff-]+\s+){0,4}?(?:receptors?|channels?|transporters?|[\w-]+ase|pumps?)"
                        r"(?:\s+\((?-i:[A-Z][A-Za-z0-9-]{1,8})\))?)|"
                        # "a selective alpha-1A blocker", "an H2 blocker": a receptor named by its subtype alone
                        r"(?P<code>(?:alpha|beta|\u03b1|\u03b2)(?:-?\d[A-Da-d]?)?|H[1-4]|5-HT\d[A-F]?|D[1-5]|AT[12]|M[1-5]|"
                        r"mu|kappa|delta)(?:-adrenergic)?|"
                        # "a selective COX-2 inhibitor", "a PDE5 inhibitor": the target by its symbol (not a class's
                        # initials: "an NSAID", "an SSRI")
                        r"(?P<sym>(?!(?-i:NSAID|SSRI|SNRI|MAOI|TCA|PPI|ARB|DMARD)s?\b)(?-i:[A-Z][A-Z0-9]{1,5}"
                        # (or with a Greek letter's form: "a TNF-alpha blocker", "a PPAR-γ agonist")
                        r"(?:-\d{1,2}[A-Za-z]?|-?[\u03b1-\u03c9]\d?|-(?:alpha|beta|gamma|delta)\b)?))|"
                        # "a tumor necrosis factor (TNF) blocker": a name in small letters, its symbol in brackets
                        r"(?P<n>(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z0-9][\w-]*)){0,4}\s+\((?!(?-i:NSAID|SSRI|SNRI|MAOI|TCA|PPI|ARB|DMARD)s?\))(?-i:[A-Z][A-Za-z0-9-]{1,8})\)))\s+"
                        r"(?P<r>antagonist|agonist|inhibitor|blocker|activator|opener|modulator)s?\b", re.I)


#: a subject that is one name (and its parenthesis) or the drug's pronoun: all there is before "is a ... antagonist"
_BARE_SUBJECT = re.compile(r"^\s*(?:[\w-]+(?:\s+\([^()]*\))?|it|this\s+(?:drug|medicine))\s*$", re.I)


#: "Zoravir is a monoclonal antibody directed against interleukin-17A": what the antibody is against
_ANTIBODY = re.compile(r"\b(?:is|are)\s+an?\s+(?:[\w-]+\s+){0,3}?antibod(?:y|ies)\s+(?:that\s+(?P<v>targets|blocks|binds\s+to|"
                       r"recognizes|neutrali[sz]es)|(?:directed\s+)?against|targeting|to)\s+(?:the\s+)?(?P<t>[^,;.()]+?)"
                       r"(?=\s*(?:[,;.(]|$|\s+(?:on|in|and|which|that|so|to)\b))", re.I)


def _antibody_target(sent: str, other_agent) -> list[tuple[Mechanism, bool]]:
    """What an antibody the drug is acts against: a receptor it blocks, a marker on cells it binds (CD20), a
    messenger it neutralises (inhibits)."""
    m = _ANTIBODY.search(sent) if "antibod" in sent else None
    if m is None or not _BARE_SUBJECT.match(sent[:m.start()]) or _about_other(sent[:m.start()], other_agent) \
            or re.match(r"(?:and|or)\b", m.group("t"), re.I) or _SITE_ON.match(sent[m.start("t"):]):
        return []  # ("an antibody that binds to and neutralises IL-5", "... binds to the outer part (extracellular
        # domain) of HER2": the verbs' own reading, which finds the molecule holding the part)
    parsed = _one_target(m.group("t"))
    if parsed is None:
        return []
    name = parsed[0]
    verb = (m.group("v") or "").casefold()
    relation = "blocks" if verb == "blocks" or re.search(r"receptors?$", name, re.I) else \
        "binds" if re.fullmatch(r"CD\d+[a-z]?", name) or verb.startswith(("binds", "recognizes")) else "inhibits"
    return [(Mechanism(relation=relation, target=name, symbol=parsed[1], evidence=None), False)]  # type: ignore[arg-type]


def _role_noun(sent: str, other_agent) -> list[tuple[Mechanism, bool]]:
    out: list[tuple[Mechanism, bool]] = _antibody_target(sent, other_agent)
    if not any(n in sent for n in ("agonist", "inhibitor", "blocker", "activator", "opener", "modulator")):
        return out
    for m in _ROLE_NOUN.finditer(sent):
        before = sent[:m.start()]
        if not _BARE_SUBJECT.match(before) or _about_other(before, other_agent):
            continue  # the drug's own class ("Memantine is ...", "It is ..."), not another's nor a clause's
        parsed = _one_target(m.group("t") or m.group("n")) if m.group("t") or m.group("n") \
            else (m.group("sym"), None, None) if m.group("sym") and is_symbol(m.group("sym")) else _one_target(f"{m.group('code')} receptor") if m.group("code") else None
        if parsed and (parsed[1] or parsed[2] or _TARGET_HEAD.search(parsed[0]) or m.group("sym")):
            hedged = bool(_HEDGE_F.search(before)) and not _ASSERT_F.search(before)
            relation = _ROLE[m.group("r").casefold()]
            if relation == "activates" and re.search(r"\binverse\s+$", sent[:m.start("r")], re.I):
                relation = "blocks"  # "a selective inverse agonist of H1 receptors": it keeps them switched off
            out.append((Mechanism(relation=relation, target=parsed[0], symbol=parsed[1],
                                  evidence=None), hedged))  # type: ignore[arg-type]
    return out


#: the carriers of the messengers just named, after "by blocking": "their transporters", "its reuptake pumps"
_THEIR_CARRIERS = re.compile(r"\s*(?:their|its|the)\s+(?:re-?uptake\s+)?(?:transporters?|carriers?|pumps?)\b", re.I)
_GENES_OBJ = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+)?genes?\b", re.I)
#: a signalling pathway as what a drug shuts down: a downstream effect, no molecular target ("the MAPK and PI3K/AKT
#: pathways", "the signalling pathways downstream of the receptor, including the MAPK pathway")
_PATHWAY_OBJ = re.compile(r"^(?:the\s+|its\s+|their\s+)?(?P<names>(?:[\w/-]+\s+){0,4}?)(?:signal(?:l)?ing\s+)?"
                          r"(?P<pl>pathways?)\b(?P<rest>[^.;:]*)", re.I)
_PATHWAY_EXAMPLES = re.compile(r",?\s+(?:including|such\s+as|like|e\.g\.,?)\s+(?:the\s+)?(?P<x>[^.;:()]+?\s+pathways?)\b",
                               re.I)
#: "It has weaker activity at 5-HT2C receptors", "partial agonist activity at D2 receptors": the kind of activity, if
#: said, is the relation (none, or "little", "no", "negligible", is no target)
_ACTIVITY_AT = re.compile(r"(?:\b(?:has|have|shows?|exerts?|possess(?:es)?|with)\s+(?:also\s+)?|"
                          r",\s+and\s+(?=(?:[\w-]+\s+){0,2}(?:activity|affinity)\s))"
                          r"(?:an?\s+)?(?!(?:(?:virtually|almost|essentially|practically)\s+)?(?:no|little|negligible|minimal|hardly\s+any|only\s+weak)\b)"
                          r"(?:(?:some|weak|weaker|strong|stronger|potent|high|higher|low|lower|moderate|modest|less|more)\s+)*"
                          r"(?P<r>(?:partial\s+|inverse\s+|full\s+)?(?:agonist|antagonist|blocking|inhibitory)\s+)?"
                          r"(?:activity|affinity|action)\s+(?:at|on|for)\s+", re.I)


def _activity_relation(kind: str | None) -> str:
    """The relation a kind of activity names: an antagonist's or inverse agonist's blocks, an agonist's activates."""
    words = (kind or "").casefold().split()
    if not words:
        return "binds"
    if "antagonist" in words or "inverse" in words or "blocking" in words:
        return "blocks"
    return "inhibits" if "inhibitory" in words else "activates"


#: a phrasal verb with its object inside: "flips that switch on", "turns these receptors off"
_PHRASAL = re.compile(r"(?<![\w-])(?P<v>flip|switch|turn|shut)(?:s|es|ed|ing|ting)?\s+(?P<o>(?:that|this|the|these|those|its|"
                      r"their)\s+[\w-]+)\s+(?P<p>on|off|down)\b", re.I)
#: "puts PDE4 out of action", "holds them in their "off" position": a verb whose object is inside the phrase
_OUT_OF_USE = re.compile(r"(?<![\w-])(?:(?P<v>puts?|putting|takes?|taking)\s+(?P<o>(?:the\s+)?(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
                         r"out\s+of\s+(?:action|commission|play)\b|"
                         r"(?P<v2>holds?|holding|keeps?|keeping|locks?|locking)\s+(?P<o2>it|them|(?:the|these|those)\s+"
                         r"(?:[\w-]+\s+){0,3}?[\w-]+)\s+in\s+(?:its|their|an?|the)\s+[\"\u201c]?(?:off|closed|shut|inactive|"
                         r"resting)[\"\u201d]?\s+(?:position|state|shape|form|conformation)\b)", re.I)
#: "keeps the enzyme DPP-4 from breaking down ...", "stops the kidney's SGLT2 transporter from pulling sugar back": the
#: target kept from its work (a noun the pattern takes that names no target gives nothing: "stops bacteria from ...")
_KEEPS_FROM = re.compile(r"(?<![\w-])(?:keeps?|keeping|stops?|stopping|prevents?|preventing)\s+(?P<o>(?:the\s+|its\s+)?"
                         r"(?:[\w'-]+\s+){0,4}?[\w-]+)\s+from\s+(?!being\b|getting\b|attaching\b|binding\b|docking\b|latching\b|"
                         r"reaching\b|sticking\b|locking\b)[a-z]+ing\b", re.I)  # ("keeps IL-6 from attaching": a
# ligand kept off its receptor, no target)
_BOUND_BEFORE = re.compile(_BINDING_VERB, re.I)
#: an analogy's noun named: "The switch is a receptor called X (XR)", "That protein is PCSK9"
_ALIAS_DEF = re.compile(r"\b(?:the|that|this)\s+(?P<n>[a-z][\w-]*)\s+(?:is|are)\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+)?"
                        rf"(?P<cls>{_CLASS_WORDS})\s+(?:called|named|known\s+as)\s+)?(?P<t>[^,;.]+?)\s*(?=[,;.]|$)",
                        re.I)


#: a target's other name after it: "the enzyme H+/K+-ATPase, also called the proton pump" (its head noun then names it)
_ALSO_CALLED = re.compile(r"\b(?:the\s+)?(?P<t>(?:(?:enzyme|receptor|protein|channel|transporter)\s+)?[^\s,;()]+),\s+"
                          r"also\s+(?:called|known\s+as)\s+(?:the\s+|an?\s+)?(?P<p>(?:[\w-]+\s+){0,2}?"
                          r"(?P<n>[a-z][\w-]*))(?=\s*[,;.]|$)", re.I)


#: a participle after the bound one that puts it out of work: ", shutting it down", ", switching them off"
_SHUTTING_IT = re.compile(r",\s+(?:(?:shutting|switching|turning)\s+(?:it|them)\s+(?:down|off)|(?:disabling|inactivating)\s+"
                          r"(?:it|them))\b", re.I)
#: a target's symbol, then its common name in brackets: "H+/K+-ATPase (the proton pump)"
_BRACKET_ALIAS = re.compile(r"(?<![\w-])(?P<t>[A-Z][^\s,;()]*[A-Z0-9][^\s,;()]*)\s*\((?:the|an?)\s+(?P<p>(?:[a-z][\w-]*\s+){0,2}?"
                            r"(?:pump|receptor|enzyme|channel|transporter|protein))\)")


#: a pump's common name, then its enzyme's name in brackets: "their proton pump (vacuolar H+-ATPase)"
_PUMP_THEN_NAME = re.compile(r"\b(?P<p>(?:[a-z][\w-]*\s+)?pump)\s*\((?P<t>[a-z][\w-]*\s+[A-Za-z0-9+/]*[+/][^\s,;()]*"
                             r"ATPase)\)")  # (a bare symbol in brackets, "(H+/K+-ATPase)", stays the pump's symbol)


def _aliases(text: str) -> tuple[dict[str, tuple[str, str | None]], dict[str, str]]:
    """Nouns an analogy names ("The switch is a receptor called X (XR)": "that switch" is X) and bare target
    names stated by their class ("That protein is PCSK9": a later "grabs PCSK9" names a target)."""
    nouns: dict[str, tuple[str, str | None]] = {}
    names: dict[str, str] = {}
    for m in _ALSO_CALLED.finditer(text):  # "the enzyme H+/K+-ATPase, also called the proton pump": "this pump"
        parsed = _one_target(m.group("t"))
        if parsed and (_TARGET_HEAD.search(parsed[0].split()[-1]) or is_symbol(parsed[0])):  # (by its whole other
            # name, and by its head noun unless that is a class word)
            nouns.setdefault(m.group("p").casefold(), (parsed[0], parsed[1]))
            if not re.fullmatch(rf"(?:{_CLASS_WORDS})", m.group("n"), re.I):
                nouns.setdefault(m.group("n").casefold(), (parsed[0], parsed[1]))
    for m in _BRACKET_ALIAS.finditer(text):  # "a pump called H+/K+-ATPase (the proton pump)": the same, by its
        if is_symbol(m.group("t")) and re.search(r"[+/\d]", m.group("t")):  # other name (a symbol of its own, not
            # "sodium-potassium ATPase (the proton pump)", whose name's last word is no symbol)
            nouns.setdefault(m.group("p").casefold(), (m.group("t"), None))
    for m in _PUMP_THEN_NAME.finditer(text):  # "blocking their proton pump (vacuolar H+-ATPase)": the pump, by the
        nouns.setdefault(m.group("p").casefold(), (m.group("t"), None))  # enzyme's own name in brackets
    for m in _ALIAS_DEF.finditer(text):
        noun, target = m.group("n").casefold(), m.group("t").strip()
        if m.group("cls"):
            parsed = _one_target(target)
            if parsed and not re.fullmatch(rf"(?:{_CLASS_WORDS})", noun, re.I):
                nouns.setdefault(noun, (parsed[0], parsed[1]))
        elif re.fullmatch(rf"(?:{_CLASS_WORDS})", noun, re.I) and re.fullmatch(r"[A-Z][A-Z0-9-]*\d[A-Z0-9-]*", target):
            names.setdefault(target, target)
    return nouns, names


#: a cofactor of an enzyme: what the enzyme needs to work, so the drug makes it work ("acts as a cofactor, a helper
#: molecule that the enzyme gamma-glutamyl carboxylase needs", "is a cofactor for glutamate decarboxylase")
_COFACTOR = re.compile(r"\b(?:co-?(?:factor|enzyme)s?|(?:methyl|phosphate|acetyl)\s+(?:group\s+)?donor)\b"  # ("is the
                       # methyl donor that the liver enzyme BHMT needs": what the enzyme needs to work)
                       r"(?:\s+(?:for|of|to)\s+|,?\s+(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:that|which)\s+)"
                       r"(?:the\s+)?(?:(?:liver|kidney|body's|cell's|human)\s+)?"
                       r"(?P<o>(?:enzymes?\s+)?(?:[\w-]+\s+){0,3}?[\w-]+ases?)\b", re.I)


#: the drug said to be what unnamed enzymes need to work: "Biotin is a coenzyme, a helper molecule that certain
#: enzymes need in order to work" (the next sentence may name them)
_HELPER_OF_ENZYMES = re.compile(r"\b(?:is|acts\s+as|serves\s+as|works\s+as)\s+an?\s+(?:essential\s+|vital\s+|key\s+)?"
                                r"(?:co-?enzyme|co-?factor|helper\s+molecule)\b.*\benzymes\b", re.I)
#: the enzymes a sentence names after "The most important are", "These include", "Examples are"
_ENZYMES_LISTED = re.compile(r"^(?:the\s+(?:most\s+important|main|key|best[- ]known|major)(?:\s+(?:ones?|enzymes))?|"
                             r"these(?:\s+enzymes)?|they|examples)\s+(?:are|include)\s+(?P<l>.+)$", re.I)
_ENZYME_ITEM = re.compile(r"^(?:the\s+)?(?P<n>(?:[\w-]+\s+){0,3}?[\w-]+ase)s?$", re.I)


def _enzymes_named(sent: str) -> list[str]:
    """The enzymes a sentence lists after "The most important are" ("A, which helps ..., and B, which ...")."""
    m = _ENZYMES_LISTED.match(sent.rstrip(". "))
    if m is None:
        return []
    return _enzyme_items(re.sub(r",\s+(?:which|that|who)\s[^,;]*", "", m.group("l")))  # (what each does, cut)


def _enzyme_items(text: str) -> list[str]:
    """The enzymes a list names ("A (what it makes), B and C"), each by its name without its gloss."""
    names = [_ENZYME_ITEM.match(strip_parens(it.text)[0].strip()) for it in list_items(text, split_and=True)]
    return [n.group("n") for n in names if n]


#: a metal or vitamin taken to the enzymes that need it, then named: "copper is delivered to copper-dependent enzymes
#: that cannot work without it, including A (what it makes), B and C"
_DEPENDENT_ENZYMES = re.compile(r"\b(?:delivered|supplied|given|brought|carried|handed)\s+to\s+(?:the\s+)?(?:body's\s+)?"
                                r"(?:[\w-]+-dependent|[\w-]+-requiring)\s+enzymes\b[^.;:]*?\b(?:including|such\s+as|"
                                r"like|namely)\s+(?P<l>.+)$", re.I)


def _dependent_enzymes(sent: str) -> list[str]:
    """The enzymes a sentence names after saying the drug is taken to the enzymes that depend on it."""
    m = _DEPENDENT_ENZYMES.search(sent.replace("*", "").rstrip(". "))
    return _enzyme_items(m.group("l")) if m else []


#: a sentence's gerund subject and its object, up to the main verb: "Activating the receptor switches on ...",
#: "Blocking this enzyme lowers ..." (the object, named before, is found as any "the receptor" is)
_GERUND_SUBJECT = re.compile(r"^\s*(?P<np>(?:the|this|these|that|those|its|their)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+"
                             r"(?=(?:switch(?:es)?|turns?|sets?|starts?|triggers?|leads?|causes?|lowers?|raises?|"
                             r"reduces?|increases?|decreases?|slows?|stops?|prevents?|helps?|allows?|lets?|makes?|"
                             r"sends?|results?|means?|relaxes?|widens?|narrows?|boosts?|blocks?|keeps?)\b)", re.I)


#: the preposition of a binding said again before its next objects ("to lead, and also to mercury"), after the first
#: object's one to three words
_AND_TO_AGAIN = re.compile(r"^(?P<first>\s*(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?),?\s+and\s+(?:also\s+)?(?:to|onto|with)\s+"
                           r"(?!(?:a|an|some|the)\s+(?:\w+\s+)?(?:extent|degree)\b)(?=[\w-])", re.I)  # (not "and to a lesser extent")


#: a clause after an object that tells what follows from the action: ", so the cells grow more slowly"
_THEN_WHAT = re.compile(r"^\s*,\s*(?:so|which|thereby|and\s+so|leading|causing|so\s+that|resulting)\b.*$", re.I)


def _pathways(m: re.Match) -> list[str]:
    """The pathways an object names: its examples after "including" or "such as" if it gives them, else itself, the
    head noun "pathway" given to each member of "the A and B pathways"."""
    examples = _PATHWAY_EXAMPLES.search(m.group("rest"))
    if examples:
        named = examples.group("x")
        names, plural = re.sub(r"\s+pathways?$", "", named, flags=re.I), named.lower().endswith("s")
    else:
        names, plural = m.group("names").strip(), m.group("pl").lower().endswith("s")
        rest = _THEN_WHAT.sub("", m.group("rest"))  # ("..., so the cancer cells grow and divide more slowly": what
        # follows from it, no part of the pathways' name)
        if not names or rest.strip(" ,"):  # "the signalling pathways downstream of the receptor": whole
            return [re.sub(r"^(?:the|its|their)\s+", "", m.group(0).strip(" ,"), flags=re.I)]
    members = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", names) if x.strip()] if plural else [names]
    return [f"{x} pathway" for x in members]


#: a participle's own subject after "by", which is no drug's pronoun: "triggered by acetylcholine acting on X"
_BY_AGENT_END = re.compile(r"\bby\s+(?:the\s+|natural\s+|its\s+own\s+)?(?!(?:it|they|this|these|itself|the\s+drug|"
                           r"the\s+medicine)\b)(?![a-z]+(?:ly|ing)\s)[A-Za-z][\w-]*(?:\s+(?![a-z]+ly\s)[\w-]+)?\s+$",
                           re.I)  # (not "works by selectively activating X": how it acts)


def _direct(sent: str, other_agent, mentions=(), prev_other: bool = False,
            symbols: dict[str, str] | None = None,
            aliases: dict[str, tuple[str, str | None]] | None = None) -> list[tuple[Mechanism, bool]]:
    out: list[tuple[Mechanism, bool]] = []
    # Folded: the cue words are lower-cased anyway, and only offsets of the sentence are read.
    cues = [(m.start(), m.end(), _role_word_relation(sent, m.start(), m.group(0)), None)
            for m in _ROLE_RE_F.finditer(sent)]
    cues += [(m.start(), m.end(), _verb_relation(m.group("v")), None) for m in _VERB_RE_F.finditer(sent)]
    cues += [(m.start(), m.end(), _verb_relation(f"{m.group('v')} {m.group('p')}"), m.group("o"))
             for m in _PHRASAL.finditer(sent)]
    cues += [(m.start(), m.end(), "inhibits" if m.group("v") else "blocks", m.group("o") or m.group("o2"))
             for m in _OUT_OF_USE.finditer(sent)  # (after a binding verb, the binding's relation: _KEEPS_SHUT)
             if m.group("v") or not _BOUND_BEFORE.search(sent, 0, m.start())]
    cues += [(m.start(), m.end(), _activity_relation(m.group("r")), None)
             for m in _ACTIVITY_AT.finditer(sent)] if "activity" in sent or "affinity" in sent else []
    cues += [(m.start(), m.end(), "activates", m.group("o")) for m in _COFACTOR.finditer(sent)] \
        if "factor" in sent or "enzyme" in sent else []
    cues += [(m.start(), m.end(), "inhibits", m.group("o")) for m in _KEEPS_FROM.finditer(sent)
             if not _BOUND_BEFORE.search(sent, 0, m.start())] if " from " in sent else []
    for start, end, relation, inner in sorted(cues, key=lambda c: c[0]):
        before = sent[:start]
        if sent[start:end].rstrip().lower().endswith("ing") and re.search(r"(?<![\w-])[A-Za-z0-9]+-[a-z]+\s$", before):
            continue  # "B-cell activating factor (BAFF)": a word of a name, after the hyphenated word it qualifies
        if sent[start:end].rstrip().lower().endswith("ed") and (_DETERMINER_END.search(before)
                                                                 or _MODIFIER_END.search(before)):
            continue  # "The activated receptor moves ...", "high-voltage activated calcium channels": a participle
            # describing a noun, not the drug's action
        if sent[start:end].rstrip().lower().endswith("ing") and _SITE_NOUN.match(sent, end):
            continue  # "the binding sites of benzodiazepines": a noun, the sites where other drugs bind
        if sent[start:end].lower().startswith("binding") and re.search(r"\b(?:its|their)\s+$", before, re.I):
            continue  # "thereby blocking its binding to PD-L1": the bound one's own binding, a noun, no act of the drug
        if _WEAKLY_AFTER.match(sent, end):
            continue  # "binds much less strongly to the M1 receptors": little effect there, no target (fc56, fc60)
        if sent[start:end].split()[0].lower().endswith("ing") and _BY_AGENT_END.search(before) \
                and not _names_drug(before[_BY_AGENT_END.search(before).start():], other_agent):
            continue  # "This contraction is triggered by acetylcholine acting on muscarinic receptors": its act
        subject = _subject(before)
        if _FIGURATIVE_BIND.match(sent, start) and not _names_drug(before, other_agent) \
                and not _PRONOUN_SUBJECT.match(before):
            continue  # "it latches on to a partner protein" said of the body's own molecule: only the drug, named
        if _NEGATION.search(before) or _about_other(before, other_agent) or _NATURAL.search(before) \
                or (_LIGAND_SUBJECT.search(subject) and not _own_second_verb(subject, other_agent)
                    and not _compared_drug(subject, other_agent) and not _works_like(subject, other_agent)) \
                or _PASSIVE.search(before) \
                or _nominal_other(subject, getattr(other_agent, "names", set())) \
                or _subordinate_other(before, getattr(other_agent, "names", set())) \
                or _SYMBOL_SUBJECT.match(subject) and subject.strip().casefold() not in getattr(other_agent, "names", set()) \
                or _ORGANISM.match(_SUBJECT_ADVERB.sub("", subject).strip()) or _DISEASE_ANTIBODIES.search(before) \
                or _AGENT_NAMED_BEFORE.search(before) or _DEFECT_THAT.search(before) \
                or (prev_other and re.match(r"^\s*(?:it|they)\b", subject, re.I)
                    and (len(subject.split()) <= 3 or re.match(r"^\s*they\b[^,;]*\bby\s*$", subject, re.I))  # ("They keep us awake by
                    # switching on orexin receptors" after "Orexin A and orexin B are messengers ...": theirs)
                    and not _names_drug(before, other_agent)) \
                or _pronoun_of_another(before, other_agent) or _companion_which(before, other_agent) \
                or (_BOTH_OF_THEM.search(before) and not _names_drug(before, other_agent)) \
                or (_INFINITIVE_END.search(before) and not _names_drug(before, other_agent)
                    and not _PRONOUN_SUBJECT.match(before)):
            continue  # ("T cells use a surface protein called LFA-1 to attach to ICAM-1": the cells' doing)
        parts = _DASH_CUT.split(sent[end:], maxsplit=2)
        obj = inner or _VERB_GLOSS.sub("", parts[0])  # "receptors - actions that may ..."; "binds tightly to (chelates)
        # iron": the verb's gloss, then its object
        if not inner and re.search(r"\b(?:to|onto|with)\s*$", sent[start:end]):  # "binds tightly to lead, and also
            obj = _AND_TO_AGAIN.sub(r"\g<first> and ", obj, count=1)  # to mercury and arsenic": one list of what it binds
        gerund = _GERUND_SUBJECT.match(obj) if not before.strip() and sent[start:end].rstrip().endswith("ing") else None
        if gerund and not inner:  # "Activating the receptor switches on X": the gerund's object ends at the main verb
            obj = gerund.group("np")
        if not inner and len(parts) > 1 and _FORMS_OF.match(obj.strip()):
            obj = parts[1]  # "both forms of this enzyme — type 1 and type 2 X —": the forms named after the dash
        elif not inner and "," in obj and _FORMS_OF.match(obj.split(",", 1)[0].strip()):
            obj = obj.split(",", 1)[1].strip()  # "both forms of the enzyme, MAO-A and MAO-B, so ...": named after the comma
        announced = _ANNOUNCED_CLASS.match(obj)
        if announced:  # "blocks several other receptors too: A, B and C": the members are the targets
            obj = obj[announced.end():]
        if _GENES_OBJ.match(obj):
            continue  # "switches on genes for X": what the genes make is a downstream effect, no target
        pathway = _PATHWAY_OBJ.match(obj) if relation in ("inhibits", "blocks") else None
        if pathway:  # "shuts down the MAPK and PI3K/AKT pathways": each pathway decreased, its head noun shared
            out.extend((Mechanism(relation="decreases", target=name, symbol=None, evidence=None),  # type: ignore[arg-type]
                        bool(_HEDGE_F.search(before))) for name in _pathways(pathway))
            continue
        if _COORD_VERB.match(obj):
            continue  # "binds to and inhibits X": the last verb of the pair carries the relation
        if _NO_OBJECT.match(obj):
            continue  # "separate from where glutamate binds (non-competitive) and stops ...": no object
        if _PROCESS_OBJ.match(obj):  # "inhibiting the reuptake of X ... through the X transporter (XT)"
            via = _VIA.search(obj)
            reuptake = _REUPTAKE_OF.match(obj) if via is None or _THEIR_CARRIERS.match(obj, via.end()) else None
            # ("inhibits the reuptake of X and Y by blocking their transporters (NET and SERT)": each one's carrier)
            if reuptake and relation in ("inhibits", "blocks"):  # "inhibits the reuptake of serotonin and
                # norepinephrine": each messenger's transporter, which takes it back up
                for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", reuptake.group("x")):
                    out.append((Mechanism(relation="inhibits", target=f"{name.strip()} transporter", symbol=None,
                                          evidence=None), bool(_HEDGE_F.search(before))))  # type: ignore[arg-type]
                continue
            if via is None:
                continue
            obj = obj[via.end():]
        acting = _ACTIVITY_OBJ.match(obj)
        obj = _ACTIVITY_OBJ.sub("", obj)
        at = _LIGAND_AT.match(obj)  # ("antagonizes acetylcholine at muscarinic receptors": the messenger itself, unless
        if at and not acting and (relation not in ("blocks", "inhibits", "activates")
                                  or any(_TARGET_HEAD.search(w) for w in at.group(0).split())):
            at = None  # it is a target: "blocks NMDA receptors at the glutamate site")
        if at and _TARGET_HEAD.search(strip_parens(_TRAILING_PP.sub("", obj[at.end():].rstrip(" .")))[0].strip()):
            obj = obj[at.end():]  # "blocking the action of leukotriene D4 at the CysLT1 receptor": the receptor the
            # messenger acts at is the target
        obj = _DEGREE_ASIDE.sub(" ", obj)  # "factor Xa and, to a lesser degree, thrombin": both objects
        if relation == "modulates" and _own_ligand(before, obj):
            relation = "activates"  # "The LH activity ... acts on LH receptors": a hormone at its own receptor
        if relation in ("activates", "modulates") and sent[start:end].lower().startswith(
                ("enhanc", "promot", "increas", "stabili", "prolong")):
            inact = _INACTIVATION_OBJ.match(obj)
            if inact:  # "enhances the slow inactivation of sodium channels": fewer channels can open, a block
                relation, obj = "blocks", obj[inact.end():]
        named_after = _CLASS_COLON.match(obj) or _CLASS_COMMA.match(obj) or _CLASS_SUCH_AS.match(obj)
        if named_after:  # "blocking an enzyme that bacteria need to build proteins: isoleucyl-tRNA synthetase"
            obj = obj[named_after.end():]
        called = _CALLED.match(obj)
        if called and ("," in called.group(0) or _PLACE_PREP.search(called.group(0)) and " and " in called.group(0)):
            # "the enzymes that cross-link ..., called X (XS)", "a protein inside skin and immune cells called X": X
            # (whose "and" would split the object)
            obj = obj[called.end():]
        hedged = bool(_HEDGE_F.search(before)) and not _ASSERT_F.search(before)
        owned = _SITE_OWNED.match(obj)
        if owned and not _GENERIC_TARGET.match(owned.group("holder")):  # "blocks the GABA-A receptor's
            # benzodiazepine site": the receptor holding the site (not "the enzyme's active site", said before)
            obj = owned.group("holder") + re.sub(r"^\s+and\s+[a-z]+s\s.*$", "", obj[owned.end():])  # (not "and keeps
            # glycine off the receptor": another verb)
        site = _SITE_ON.match(obj)
        if site:  # "attaches to the lysine-binding sites on plasminogen": the molecule holding the site (through
            obj = obj[site.end():]  # a site inside a site: "the cysteine-797 site inside the ATP pocket of EGFR")
            while (inner := _SITE_ON.match(obj)) is not None:
                obj = obj[inner.end():]
        chiefly = _MAINLY_THE.match(obj)
        if chiefly:  # "blocks muscarinic receptors, mainly the M3 receptor, on the smooth muscle": the subtype named
            obj = chiefly.group("sub") + obj[chiefly.end():]
        glued = _GLUED_PAREN.sub(lambda g: f"\uff08{g.group(1) or g.group(2)}\uff09", obj)  # "the Rh(D) antigen": a name's own brackets, held
        found = [(n.replace("\uff08", "(").replace("\uff09", ")"), y)
                 for n, y in _coded_members(glued) or _targets(glued)]
        gene_copy = _MRNA_OF_GENE.match(obj)
        if gene_copy:  # "targets the messenger RNA (mRNA) made from the HAO1 gene": that messenger, named by its gene
            found = [(f"{gene_copy.group('m')} {gene_copy.group('from')}", None)]
        first = _BARE_SYMBOLS.match(obj) if announced and found else None
        if first and first.group("s") not in (name for name, _ in found):  # "two other tyrosine kinases: KIT, which
            found = [(first.group("s"), None), *found]  # ..., and the PDGF receptor (PDGFR)": a member by its symbol
        if not found and site:
            held = _SITE_HOLDER.match(obj)  # (a class word alone, "a part of the channel that ...", is the channel
            found = [(held.group(0), None)] if held and not _GENERIC_TARGET.match(held.group(0)) else []  # named before)
        if not found and symbols:
            sym = re.match(r"^(?:the\s+)?(?:(?:soluble|free|circulating|excess)\s+)?([^\s,;.()]+)", obj)
            if sym and sym.group(1) in symbols:  # "Sildenafil inhibits PDE5" after "phosphodiesterase type 5 (PDE5)"
                name = symbols[sym.group(1)]
                found = [(name, sym.group(1) if name != sym.group(1) else None)]
            named = next(((n, k) for k, n in symbols.items() if n != k and re.match(
                # (not "the inositol trisphosphate (IP3)-triggered calcium release": a modifier of a process)
                rf"(?:the\s+)?{re.escape(n)}(?![\w-])(?!\s*\([^()]*\)-)", obj, re.I)), None) if not found else None
            if named:  # "binds sclerostin" after "Sclerostin (SOST) ...": the named target, with its symbol
                found = [named]
            kind = _KIND_OF_CALLED.match(obj) if not found else None
            if kind and symbols.get(kind.group("n")) == kind.group("n"):  # "binds to cardiac myosin" after "motor
                found = [(kind.group("t"), None)]  # proteins called myosin": a kind of the protein the section named
            form = _form_of_called(obj, symbols) if not found else None
            if form:  # "binds mainly to amyloid beta protofibrils" after "a protein called amyloid beta": its form
                found = [(form, None)]
        if not found:
            bare = _BARE_SYMBOLS.match(_ALL_FORMS_OF.sub("", _PAREN_ASIDE.sub("", obj)))  # "inhibits COX-2", "blocks TNF", "binds IL-13
            # tightly", "binds all active forms of VEGF-A": a protein's symbol alone
            found = [(x, None) for x in (bare.group("s"), bare.group("s2")) if x] if bare else []
            listed = _SYMBOL_LIST.match(obj.replace("*", "")) if bare and not bare.group("s2") else None
            if listed:  # "blocks JAK1, JAK2 and TYK2": each symbol of the list
                found = [(x, None) for x in re.findall(_SYMBOL_WORD, listed.group(0))]
        if not found and aliases:
            noun = re.match(r"^(?:the|that|this|these|those|its|their)\s+([\w-]+)", obj, re.I)
            if noun and noun.group(1).casefold() in aliases:  # "flips that switch on": the receptor the switch is
                found = [aliases[noun.group(1).casefold()]]
        if not found and not _RELATIVE.match(_subject(before)):
            ante = _antecedent(obj, list(mentions) + _mentions(before))
            found = [ante] if ante else _both(obj, list(mentions) + _mentions(before))
            said = _mentions(before) if not found and _PRONOUN_OBJ.match(obj) else []
            if said:  # "sits in those 5-HT3 receptors and blocks them": the target the sentence just named
                found = [(_DEMONSTRATIVE.sub("", said[-1][0]), said[-1][1])]
            elif not found and _PRONOUN_OBJ.match(obj):  # "enters these channels ... and blocks them": the channels
                pointed = [m for m in _ANAPHOR_IN.finditer(before)]  # an earlier sentence named
                ante = _antecedent(pointed[-1].group(0), list(mentions)) if pointed else None
                found = [ante] if ante else []
            named_dem = _NAMED_DEMONSTRATIVE.match(obj)
            if not found and named_dem:  # "blocks these alpha-glucosidase enzymes": no antecedent, the name is here
                found = _targets(obj[named_dem.end():])
        if acting and not found and relation in ("activates", "inhibits"):  # "enhances the activity of antithrombin,
            protein = _PROTEIN_NAME.match(obj)  # which ...": what has an activity is a protein, named here
            found = [(protein.group("n"), None)] if protein else []
        if relation == "binds":  # "grabs the negatively charged phosphate", "binds pepsin and bile salts"; "binds
            held = _bound_things(obj)  # trypsin, pepsin and bile acids": every member held, the enzyme named among them
            first = obj.lstrip(" *").casefold()
            found = held if len(held) > len(found) or held and first.startswith(held[0][0].casefold()) and not any(
                first.startswith(n.casefold()) for n, _ in found) else found  # ("binds to P-selectin and blocks it
            # from interacting with its partner, P-selectin glycoprotein ligand-1 (PSGL-1)": the one bound, first)
        if relation == "binds" and found and (_MAKES_WORK.search(obj) or _MIMICS.search(obj)):
            relation = "activates"  # "binds to antithrombin ... and makes it work faster", "binds to MT1 and MT2
            # receptors, mimicking the action of melatonin"
        elif relation == "binds" and found and _KEEPS_SHUT.search(obj):
            relation = "blocks"  # "binds to the X receptor and stops its channel from opening", "... and blocks its
            # interaction with Y"
        elif relation == "binds" and found and (_STOPS_WORK.search(obj) or _SHUTTING_IT.search(obj)):
            relation = "inhibits"  # "binds directly to thrombin (factor IIa) and blocks its activity", "binds
            # irreversibly to the proton pump, shutting it down"
        elif relation == "binds" and found and (shut := _CANNOT_ATTACH.search(obj)) \
                and not re.search(r"(?:\band\s+(?:\w+ly\s+)?[a-z]+(?:s|es)|[a-z]{3,}ing)\s+(?:it|them)\b",
                                  obj[:shut.start()]):
            relation = "blocks"  # "binds selectively to IL-23, so IL-23 cannot attach to its receptor" (the verb of
            # "binds to IL-17A and neutralizes it, so ..." or "..., neutralizing them so ..." is the relation)
        elif relation == "binds" and found and (role := _ACTS_AS.search(obj)):
            relation = _ROLE.get(role.group("r").casefold()) or (  # "attaches to the X receptor and acts as an antagonist"
                "activates" if role.group("r")[:1].casefold() == "p" else "inhibits")
        elif relation == "binds" and found and _HOLDS_OPEN.search(obj):
            relation = "opens"  # "binds to sodium channels ... and holds them open": an opener
        elif relation == "binds" and found:
            then = _THEN_DOES.search(obj)
            if then:  # "By binding to X, the drug blocks it": what the binding does to X
                relation = _verb_relation(then.group("v"))
        role_that = _ROLE_THAT.search(before) if relation == "targets" else None
        if role_that:  # "a kinase inhibitor that targets the BRAF protein": what the drug is, to what it targets
            relation = _ROLE[role_that.group("r").casefold()]
        elif relation == "targets":  # "targets squalene epoxidase, a fungal enzyme": an enzyme targeted is inhibited
            enzyme = found and all(re.search(r"(?:ase|enzymes?)$", n, re.I) for n, _ in found)
            relation = "inhibits" if enzyme or re.search(r"\benzymes?\b", obj[:120], re.I) \
                or _MADE_TO_GO.search(obj) else "binds"  # ("targets the mRNA ... and causes it to be destroyed")
        shut = _SHUTS_THE.search(obj) if relation == "binds" and len(found) > 1 else None
        for name, symbol in found:  # ("blocks aldose reductase": an enzyme blocked is inhibited)
            if symbol is None and symbols and symbols.get(name, name) != name and " " in symbols[name]:
                name, symbol = symbols[name], name  # "blocks MAO-A" after "monoamine oxidase A (MAO-A)": by its name
            # "binds to SUR1, part of the K-ATP channel, and closes this channel": the channel named is blocked
            own = "blocks" if shut and name.casefold().endswith(shut.group("cls").casefold()) else relation
            out.append((Mechanism(relation=_on_enzyme(own, name), target=name, symbol=symbol,
                                  evidence=None), hedged))  # type: ignore[arg-type]
    return out


#: a messenger RNA named by the gene it is copied from ("the messenger RNA (mRNA) made from the TTR gene")
_MRNA_OF_GENE = re.compile(r"^(?:the\s+|its\s+)?(?P<m>messenger\s+RNA|mRNA)(?:\s*\(mRNA\))?\s+"
                           r"(?P<from>(?:made|copied|produced|transcribed)\s+from\s+the\s+[\w-]+\s+gene)\b")
#: what is targeted is then got rid of: "and causes it to be destroyed", "so that it is broken down"
_MADE_TO_GO = re.compile(r"\b(?:and\s+(?:causes|leads|makes|gets)\s+(?:it|them)\s+(?:to\s+)?be|so\s+that\s+(?:it|they)\s+"
                         r"(?:is|are))\s+(?:destroyed|broken\s+down|degraded|cut\s+up|cut)\b", re.I)


def _on_enzyme(relation: str, target: str) -> str:
    """An enzyme blocked is inhibited ("blocks aldose reductase"), as every truth writes it; other relations as they are."""
    return "inhibits" if relation == "blocks" and _ENZYME_NAME.search(target) else relation


#: an enzyme's name, with the code that says which ("monoamine oxidase A", "phosphodiesterase 3", "topoisomerase II beta")
_ENZYME_NAME = re.compile(r"(?<!ATP)ase(?:[\s-]+(?:type\s+)?[A-Z0-9]{1,3}(?:\s+(?:alpha|beta|gamma))?)?$|\benzymes?$",
                          re.I)


#: a protein's one-word name, as the whole object of "the activity of" ("antithrombin", "thrombin", "calcineurin")
_PROTEIN_NAME = re.compile(r"^(?:the\s+)?(?P<n>[a-z][a-z-]{3,}(?:in|ase|gen))(?=\s*(?:[,.;]|$|\s+(?:in|on)\b|"
                           r"\s+and\s+(?:blocks|inhibits|inactivates|neutrali[sz]es|stops|prevents)\b))", re.I)  # ("binds to
# P-selectin and blocks it from ...")


#: a verb with no object: what follows it (after an aside in parentheses) is the next clause
_NO_OBJECT = re.compile(r"^(?:\([^()]*\)\s*)?(?:and|or|but|so)\s|"
                        # "It binds to the enzyme much more tightly than the toxic alcohols do": how, of the target named
                        r"^(?:the|this|that|its)\s+(?:enzyme|receptor|protein|channel|transporter|pump)s?\s+(?:much|far|even|"
                        r"more|less|very|so|too|many\s+times)\b|"
                        # "binds to a site that differs from the binding sites of benzodiazepines": a place on the
                        # target the sentence named, compared with other drugs' sites
                        r"^(?:a|an|its\s+own|the)\s+(?:[\w-]+\s+)?(?:site|spot|pocket|place)\s+(?:that|which)\s+"
                        r"(?:differs|is\s+(?:different|separate|distinct))\s+from\b|"
                        # "binds to TNF-alpha, blocking its interaction with receptors": the bound thing's contact
                        # with its partners, put out of use (the binding's relation: _KEEPS_SHUT), no target of its own
                        r"^(?:its|their)\s+(?:interactions?|binding|contacts?|association)\s+(?:with|to)\b", re.I)
#: a demonstrative before a name-like modifier and a class word ("these alpha-glucosidase enzymes", "this H2 receptor")
_NAMED_DEMONSTRATIVE = re.compile(rf"^(?:these|those|this|that)\s+(?=[\w-]*(?:[\w]-[\w]|\d|[A-Z])[\w-]*\s+"
                                  # ("these N-type calcium channels": a kind's letter, then the channels' words)
                                  rf"(?:[a-z][\w-]*\s+){{0,2}}(?:{_CLASS_WORDS})\b|"
                                  # "blocks these muscarinic acetylcholine receptors": two or three words of a name
                                  rf"(?!(?:same|other|two|three|four|both|specific|particular|certain|many|several|"
                                  rf"different|main|key|important|natural|normal)\b)(?:[a-z][a-z-]+\s+){{2,3}}"
                                  rf"(?:{_CLASS_WORDS})\b)")
#: a class announced by number, then its members after a colon: "several other receptors too:", "a number of enzymes:"
_ANNOUNCED_CLASS = re.compile(r"^(?:(?:the\s+following|these|several|many|some|a\s+few|a\s+number\s+of|a\s+range\s+of|"
                              r"various|multiple|two|three|four|five|other|further|additional|more|different)\s+)+"
                              # ("three families of growth-factor receptors:")
                              r"(?:(?:families|types|kinds|classes|groups)\s+of\s+)?"
                              rf"(?:[\w-]+\s+){{0,4}}?(?:{_CLASS_WORDS})(?:\s+systems)?(?:\s+(?:too|as\s+well|also))?"
                              # ("two enzymes that the bacteria need: A and B": what they are to the germ, then them;
                              # "two enzyme systems that vessel-lining (endothelial) cells use to break through tissue:")
                              r"(?:\s+(?:that|which)\s+(?:the\s+)?(?:[\w-]+\s+|\([\w\s-]+\)\s+){1,4}?(?:need|needs|use|uses|"
                              r"rely\s+on|depend\s+on)(?:\s+to\s+[^:;.()]{1,60})?)?"
                              r"\s*:\s+", re.I)
# ("three fibroblast growth factor receptors: FGFR1, FGFR2 and FGFR3": the class named in four words)
#: a site on a molecule as the object ("the lysine-binding sites on", "a pocket in the"): the molecule is the target
_SITE_ON = re.compile(r"^(?:the\s+|a\s+|an\s+|its\s+|specific\s+)?(?:(?:alpha|beta|gamma|delta|epsilon|\u03b1|\u03b2|\u03b3|"
                      r"\u03b4)(?:-?\d)?\s+subunits?\s+of\s+(?:the\s+|an?\s+)?(?=[^,;.()]{0,60}?(?:ase|enzyme)\b)|"
                      # ("the beta subunit of the enzyme X": the enzyme, a part of it named; a receptor's subunit, "the
                      # alpha subunit of the IL-31 receptor", is a protein of its own)
                      r"(?:[\w-]+\s+){0,2}?(?:binding\s+)?(?:sites?|spots?|pockets?|"
                      r"domains?|parts?|portions?|regions?)(?:\s+\([^()]*\))?\s+(?:on|of|in|within|inside)\s+"
                      r"(?:the\s+|an?\s+)?)",
                      re.I)  # ("the outer part (extracellular domain) of HER2")
#: a site named after its molecule's possessive ("the GABA-A receptor's benzodiazepine site"): the molecule is the target
_SITE_OWNED = re.compile(r"^(?:the\s+|an?\s+)?(?P<holder>(?:(?!(?:to|of|in|on|at|the|an?|by|with|from|for|and|or|near|"
                         r"close|next)\b)[\w-]+\s+){0,3}[\w-]+)['’]s\s+(?:[\w-]+\s+){0,2}?"
                         r"(?:binding\s+)?(?:sites?|pockets?|domains?|grooves?)\b", re.I)
_SITE_HOLDER = re.compile(r"^[A-Za-z][\w-]*(?:\s+(?!(?:from|than|with|for|to|of|separate)\b)[A-Za-z0-9][\w-]*){0,2}?"
                          r"(?=\s*(?:$|[,;.(]|\s+(?:and|which|that|so|to|"
                          r"in|on|of|inside|within|where)\b))")  # ("the pocket of BCR-ABL where ATP ... binds")
#: what a drug that binds a target then does to it, when that is to make it work more
_MAKES_IT_WORK = (r"(?:makes?\s+(?:it|them)\s+(?:work|act)\b[^.;]{0,40}?\b(?:faster|more|better|harder)|"
                         # "binds to antithrombin ... and makes it up to 1,000 times more active"
                         r"makes?\s+(?:it|them)\s+(?:(?:up\s+to|about|around|some|roughly)\s+)?(?:[\d,]+\s+times\s+|much\s+|far\s+)?"
                         r"more\s+active\b|"
                         r"makes?\s+(?:it|them)\s+more\s+sensitive\b|"  # ("binds to troponin C ... and makes it more
                         # sensitive to calcium": a sensitizer)
                         # "binds to a spot on the GABA-A receptor ... and makes the receptor respond more strongly to GABA"
                         r"makes?\s+(?:it|them|(?:the|these|those)\s+(?:receptor|channel|enzyme|protein)s?)\s+respond\s+"
                         r"(?:more\s+strongly|more|better|faster)\b|"
                         r"(?:greatly\s+)?(?:enhances?|boosts?|speeds?\s+up|increases?|strengthens?)\s+(?:its|their)\s+"
                         r"(?:activity|action|effect)|"
                         # "attaches to the benzodiazepine site on the GABA-A receptor and makes GABA work better there":
                         # the receptor's own messenger made to work better at it (a positive modulator)
                         r"makes?\s+(?!(?:it|them)\b)[\w-]+\s+work\s+(?:better|more\s+strongly|harder)\b)")
_MAKES_WORK = re.compile(r"\band\s+" + _MAKES_IT_WORK, re.I)
#: the same, said in a sentence of its own after the binding: "When temazepam binds, it makes the receptor respond more
#: strongly to GABA"
_MAKES_WORK_AFTER = re.compile(r"\bwhen\s+(?:it|[\w-]+)\s+(?:binds|attaches)(?:\s+(?:there|to\s+it))?,\s+it\s+"
                               + _MAKES_IT_WORK + "|"
                               # "binds to the glucocorticoid receptor inside cells. The drug-receptor complex moves into
                               # the nucleus and changes which genes are switched on": the receptor it binds, switched on
                               r"\b(?:the\s+)?(?:drug[\s-]receptor|receptor[\s-]drug|steroid[\s-]receptor|hormone[\s-]"
                               r"receptor)\s+complex\s+(?:then\s+)?(?:moves|travels|enters|goes|migrates|passes)\s+"
                               r"(?:in)?to\s+the\s+(?:cell(?:'s|\u2019s)?\s+)?nucleus\b", re.I)
#: a binding that does what the body's own messenger does: "binds to MT1 receptors, mimicking the action of melatonin"
_MIMICS = re.compile(r"(?:,|\band)\s+(?:so\s+)?(?:mimic(?:s|king)?|imitat(?:es?|ing)|copy(?:ing)?|copies|act(?:s|ing)?\s+like)"
                     r"\s+(?:the\s+(?:natural\s+)?(?:action|actions|effects?|activity)\s+of\s+)?(?:the\s+)?(?:body's\s+)?"
                     r"(?:natural\s+|own\s+)?[\w-]+", re.I)


#: the role a drug that "acts on" a target plays there, said after it: "acts on X receptors in the gut as a partial
#: agonist"
_ACTS_ON_AS = re.compile(r"\bacts?\s+on\s+[^.;:]{3,80}?\s+as\s+an?\s+(?:(?:partial|full|weak|strong|potent|selective|"
                         r"competitive)\s+)*(?P<inv>inverse\s+)?(?P<r>agonist|antagonist|blocker|inhibitor|activator)\b",
                         re.I)
#: a drug that binds a target and keeps it open (a channel opener)
#: "attaches to X and acts as an antagonist (there)": the role names the direction of the binding
_ACTS_AS = re.compile(r"^[^.;:]{0,120}?\band\s+(?:so\s+)?(?:acts?|works?|serves?)\s+as\s+(?:an?\s+)?(?:(?:full|partial|"
                      r"competitive|selective|potent|pure|weak|strong|mild)\s+)?(?P<r>agonist|antagonist|inhibitor|blocker|activator|"
                      # ("... and acts as a positive allosteric modulator": it makes the receptor work more, activated)
                      r"(?:positive|negative)\s+allosteric\s+modulator)\b"
                      r"(?!\s+(?:of|at|for)\s)", re.I)
_HOLDS_OPEN = re.compile(r"\band\s+(?:holds?|keeps?|locks?|props?)\s+(?:it|them|the\s+(?:channel|pore|gate)s?)\s+open\b",
                         re.I)  # ("binds to the CFTR protein and holds the channel open for longer")
#: "By binding to X, dupilumab blocks it": after the binding, the drug's verb on the same target ("it"/"them")
_THEN_DOES = re.compile(r"^[^.;]{0,80}?,\s+(?:[\w-]+\s+){1,2}?(?P<v>blocks|inhibits|activates|stimulates|opens)\s+"
                        r"(?:it|them)\b", re.I)
#: a verb's degree that says it hardly acts there ("binds much less strongly to", "binds poorly to"; not "weakly",
#: which a weak agonist's activation is)
_WEAKLY_AFTER = re.compile(r"\s*(?:(?:much|far|considerably|significantly|markedly)\s+)?(?:less\s+(?:strongly|tightly|"
                           r"well|readily|potently)|poorly|barely|hardly)\s+(?:to\s+|with\s+)?",
                           re.I)
#: an aside on degree inside a list of objects
_DEGREE_ASIDE = re.compile(r"(?<=\band),?\s*(?:to\s+a\s+(?:lesser|greater|smaller|larger)\s+(?:degree|extent)|"
                           r"less\s+strongly|more\s+weakly|in\s+part|partly)(?:,\s*|\s+)", re.I)  # (commas or none)
#: "the slow inactivation of ...": the state that takes a channel out of use
_INACTIVATION_OBJ = re.compile(r"^(?:the\s+)?(?:(?:slow|fast|rapid)\s+)?inactivat(?:ion|ed\s+state)\s+of\s+", re.I)
#: a modifier word right before a participle ("high-voltage activated", "ligand-gated", "voltage activated")
_MODIFIER_END = re.compile(r"(?:[a-z]+-[a-z]+|\bvoltage|\bligand|\bstore|\bstretch|\bcyclic-nucleotide)\s+$", re.I)
_DETERMINER_END = re.compile(r"\b(?:the|a|an|this|these|that|those|its|their|"
                             # "works together with activated factor IX (FIXa) to activate factor X": a partner
                             r"(?:together|along|combined)\s+with)\s+$", re.I)
#: what a drug that binds a target then does to it, when that is to stop it working
#: a binding said to stop the step the bound enzymes do: "This blocks the final cross-linking (transpeptidation) step of
#: peptidoglycan synthesis" after "It binds to penicillin-binding proteins (PBPs), the enzymes bacteria use ..."
_STOPS_ITS_STEP = re.compile(r"^(?:this|that|doing\s+so|the\s+binding|this\s+binding)\s+(?:blocks?|inhibits?|stops?|halts?)\s+"
                             r"(?:the\s+)?(?:(?:final|last|first|key|main|crucial|critical)\s+)?(?:[\w-]+\s+)?(?:\([^()]*\)\s+)?"
                             r"(?:step|reaction|stage)\b", re.I)
_STOPS_WORK = re.compile(r"\band\s+(?:(?:locks?|holds?|freezes?|traps?)\s+(?:it|them)\s+(?:in\s+place|there|stuck)\b|"
                         # ("binds to EF-G while it sits on the ribosome and locks it in place": it cannot work)
                         r"(?:blocks?|inhibits?|stops?|prevents?|shuts?\s+down|switch(?:es)?\s+off|"
                         r"neutrali[sz]es?)\s+(?:its|their|the\s+(?:enzyme|protein|kinase|receptor)['\u2019]s)\s+"
                         r"(?:activity|action|function|effects?|work)\b|"
                         # "binds to the bacterial cell membrane and disrupts it": what it binds, damaged
                         r"(?:disrupts?|damages?|destroys?|ruptures?)\s+(?:it|them)\b|breaks?\s+(?:it|them)\s+(?:down|apart|open)\b|"
                         # "binds RANKL and stops it from reaching RANK": a ligand kept from its receptor
                         # "binds to NPC1L1 and blocks this uptake": the work of the transporter it binds
                         r"(?:blocks?|inhibits?|stops?|prevents?|halts?)\s+(?:this|that|the|its|their)\s+(?:uptake|"
                         r"re-?uptake|transport|reabsorption|absorption)\b|"
                         r"(?:stops?|prevents?|keeps?|blocks?)\s+(?:it|them)\s+from\s+(?:reaching|binding|"
                         r"attaching|acting|activating|working|building|making|forming|producing|cross-linking|"
                         r"doing|carrying\s+out|starting|beginning|copying|reading|transcribing|synthesi[sz]ing|"
                         r"assembling|joining|linking|signal(?:l)?ing|sending|passing)\b)|"
                         # "grabs PCSK9 in your blood before it can latch on": caught before it acts
                         r"^[^.;]{0,40}?\bbefore\s+(?:it|they)\s+(?:can|could|gets?\s+(?:a\s+)?chance\s+to)\s+(?:\w+\s+)?"
                         r"(?:reach|bind|attach|latch|act|activate|work|do|get|stick)\w*\b", re.I)


#: what a drug that binds a target then does to it, when that is to keep it from opening or from meeting its partner
#: "... and closes this channel": what the binding does to one of the things bound, named by its class
_SHUTS_THE = re.compile(r"\band\s+(?:so\s+|thereby\s+)?(?:closes?|shuts?|plugs?|blocks?)\s+(?:this|that|the)\s+"
                        r"(?P<cls>channel|pore|pump|transporter)\b", re.I)
#: what a bound target can no longer do, after "so": reach its partner
_CANNOT_ATTACH = re.compile(r",?\s+so\s+(?:that\s+)?(?:it|they|the\s+[\w-]+|[\w-]+)\s+(?:cannot|can\s+no\s+longer|can't|"
                            r"is\s+(?:no\s+longer\s+)?(?:un)?able\s+to|are\s+unable\s+to)\s+(?:attach|bind|latch|dock|reach)\b",
                            re.I)
_KEEPS_SHUT = re.compile(r"(?:\band\s+(?:so\s+|thereby\s+)?|,\s*(?:thus\s+|thereby\s+)?(?=[a-z]+ing\s))"
                         # (or a participle: "binds to TNF-alpha, blocking its interaction with receptors")
                         r"(?:(?:closes?|shuts?|plugs?)\s+(?:it|them)\b|"
                         # ("binds to a site on the K-ATP channels of the beta cells and closes them")
                         r"(?:stop(?:s|ping)?|prevent(?:s|ing)?|keep(?:s|ing)?)\s+(?:its|their)\s+(?:ion\s+)?"
                         r"(?:channels?|pores?|gates?)\s+from\s+opening|"
                         # ("binds to GM-CSFRα and blocks GM-CSF from signaling through it": the receptor kept shut)
                         r"(?:block(?:s|ing)?|stop(?:s|ping)?|prevent(?:s|ing)?)\s+[\w-]+\s+from\s+(?:signal(?:l)?ing|binding|"
                         r"acting)\s+(?:through|to|on)\s+(?:it|them)\b|block(?:s|ing)?\s+(?:its|their)\s+(?:interactions?|"
                         r"binding|contact)\s+(?:with|to)\b|(?:holds?|keeps?|locks?)\s+(?:it|them|the\s+[\w-]+)\s+(?:in\s+(?:its|their|a|"
                         r"the)\s+)?(?:closed|shut|inactive|resting)\b)", re.I)


#: the messenger a receptor is named by, first in the object: "LH receptors", "the FSH receptor"
_LIGAND_RECEPTOR = re.compile(r"^(?:the\s+|its\s+)?(?P<l>[A-Za-z][\w-]{1,10})\s+receptors?\b", re.I)


def _own_ligand(subject: str, obj: str) -> bool:
    """A subject that names the messenger the receptor is named by ("The LH activity ... acts on LH receptors",
    "The GLP-1 in it acts on GLP-1 receptors"): the messenger itself at its receptor, an agonist's action."""
    m = _LIGAND_RECEPTOR.match(obj)
    return bool(m and not m.group("l").islower()
                and re.search(rf"(?<![\w-]){re.escape(m.group('l'))}(?![\w-])", subject.split(",")[0]))


def _verb_relation(verb: str) -> str:
    v = re.sub(r"^(?:is|are|gets?)\s+", "", verb.lower())  # ("is taken up into cells through": the verb after it)
    if re.search(r"\s(?:on|up)$", v) and v.startswith(("switch", "turn", "flip")):
        return "activates"  # "switches on PPAR-gamma", "flips that switch on"
    return next(rel for stem, rel in _VERB_REL if v.startswith(stem))


#: "Unlike X, which ...", "X, which ...": a relative clause whose antecedent is what precedes ", which".
_RELATIVE = re.compile(r"^(?P<ante>.*?),\s+(?:which|who)\s+(?:[\w-]+\s+){0,3}$", re.I)
_CONTRAST = r"(?:unlike|like|as with|compared with)"  # (the texts read here have their spaces collapsed)
_UNLIKE = re.compile(r"^\s*" + _CONTRAST + r"\b|"
                     r"^.*?\b(?:differently|different|differs?)\s+from\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,5}\s*$|"
                     # "This approach complements statins, which inhibit HMG-CoA reductase": the medicines it works beside
                     r"^.*?\b(?:complements?|complementing|adds?\s+to\s+the\s+effects?\s+of)\s+(?:the\s+)?[\w-]+"
                     r"(?:\s+[\w-]+)?\s*$", re.I)
_PRONOUN = re.compile(r"^\s*(?:it|they)\s+(?:\w+\s+){0,2}$", re.I)
#: ", which in turn ...": the relative takes up the whole action before it, not its last noun
_IN_TURN = re.compile(r",\s+which\s+(?:in\s+turn|then|consequently|ultimately|eventually)\s+(?:[\w-]+\s+)?$", re.I)
_UNLIKE_HEAD = re.compile(r"^\s*" + _CONTRAST + r"\s+(?P<x>[^,]{1,60}),\s*(?P<rest>[^,]*)$", re.I)


def _about_other(before: str, other_agent) -> bool:
    """True when the verb's subject is another agent (named, in an "unlike" phrase, or by pronoun)."""
    subject = _subject(before)
    if other_agent(subject) or _BODY_APPOSITIVE.search(before):
        return True  # ("... increases lipocortin-1, a protein that blocks the making of prostaglandins": the protein's
        # own work, told of it)
    contrast = _UNLIKE_HEAD.match(before)
    if contrast and re.match(r"(?:which|that|who)\s", contrast.group("rest"), re.I):
        return True  # "Unlike rituximab, which destroys B cells by binding to CD20, ...": the other drug's doing
    if contrast:  # "Unlike zoravir, aspirin blocks ...": what follows the contrast is another agent, unless it is "it"
        names = getattr(other_agent, "names", set())
        said = {w.casefold() for w in re.findall(r"[A-Za-z][\w-]*", contrast.group("x"))}
        rest = {w.casefold() for w in re.findall(r"[A-Za-z][\w-]*", contrast.group("rest"))}
        if said & names and not rest & names and not re.match(r"^\s*(?:it|they|this|the\s+(?:drug|medicine))\b",
                                                                   contrast.group("rest"), re.I):
            return True
    if _UNLIKE_APPOSITIVE.match(subject):
        return True  # "unlike theophylline, an older drug that blocks many phosphodiesterases, it ...": the other drug
    paren = _PAREN_RELATIVE.search(before)
    if paren and (other_agent(paren.group("ante")) or _other_antecedent(paren.group("ante"),
                                                                        getattr(other_agent, "names", set()))):
        return True  # "works differently from amphotericin B (which binds ergosterol)": the other drug's doing
    rel = _RELATIVE.match(subject)
    if rel and _IN_TURN.search(subject):
        rel = None  # "..., standing in for dopamine, which in turn switches off X": the drug's action, not the noun
    ante = re.sub(r"\s*\([^()]*\)", "", rel.group("ante")) if rel else ""  # "clopidogrel (Plavix), which": the brand aside
    if rel and (_UNLIKE.match(ante) or other_agent(ante)
                or _other_antecedent(ante, getattr(other_agent, "names", set()))):
        return True  # "Unlike proton pump inhibitors, which block the proton pump, ..."
    if _PRONOUN.match(subject):  # "Aspirin, which ..., works differently: it inhibits COX-1"
        head = re.split(r"[,:;]", before, maxsplit=1)[0]
        if re.match(r"^\s*(?:it|they)\b", head, re.I):  # "It also blocks sodium and L-type calcium channels, and it blocks ...": the drug
            return False
        lead = _CONTRAST_LEAD.match(before)
        if lead and re.match(r"^(?:it|they)\b", before[lead.end():], re.I):
            return False  # "Unlike them, it also acts on ...: it is an antagonist at ...": the drug after the comparison
        if re.match(r"^\s*they\b", subject, re.I) and _PLURAL_AGENTS.search(head):
            return True  # "the opposite of what anticholinergic medicines such as oxybutynin do: they block ..."
        return head != before and (other_agent(head) or bool(_UNLIKE.match(head)))
    if _NO_SUBJECT.match(subject):  # "Vitamin D medicines such as X lower PTH ..., and tend to raise calcium": the
        head = re.split(r"[,:;]", before, maxsplit=1)[0]  # verb's subject is the sentence's
        return bool(_PLURAL_AGENTS.search(head)) and not re.match(r"^\s*(?:it|this)\b", head, re.I) \
            or head != before and other_agent(head)
    return False


#: a thing of the body named, then glossed by a relative clause on its kind: ", a protein that ", ", an enzyme which "
_BODY_APPOSITIVE = re.compile(r"[\w)-],\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:protein|enzyme|hormone|molecule|substance|"
                              r"messenger|chemical|peptide|cytokine|neurotransmitter)s?\s+(?:that|which)\s+"
                              r"(?:(?:normally|naturally|usually|itself|also|then|in\s+turn)\s+)?$", re.I)
#: a relative clause in brackets after what it is about: "from amphotericin B (which "
_PAREN_RELATIVE = re.compile(r"(?P<ante>[^()]*?)\s*\((?:which|who|that)\s+(?:[\w-]+\s+){0,3}$", re.I)
#: the words before a verb that has no subject of its own: "..., and tend to", "..., and also"
_NO_SUBJECT = re.compile(r"^\s*(?:tend|tends|seem|seems|also|then|often|usually|can|may|might)(?:\s+to)?\s*$", re.I)
#: the relative clause of an appositive after a contrast: "unlike X, an older drug that ..."
_UNLIKE_APPOSITIVE = re.compile(r"^\s*(?:and\s+|but\s+)?" + _CONTRAST + r"\s+[^,]{1,60},\s+(?:an?|the)\s+[^,]{0,60}?\b(?:that|which|who)\s*$",
                                re.I)
#: medicines named in the plural: what a later "they" is, the drug being one
_PLURAL_AGENTS = re.compile(r"\b(?:medicines|drugs|medications|agents|antihistamines|blockers|inhibitors|antagonists|"
                            r"agonists|antibiotics|steroids|diuretics|statins|antidepressants)\b", re.I)


_ANTE_SPLIT = re.compile(r"\b(?:from|than|like|unlike|with|to|as|and|or|of|such\s+as|including)\b", re.I)
_DRUG_NOUNS = re.compile(r"\b(?:it|drug|medicine|medication|agent|modifier|inhibitor|blocker|antagonist|agonist|"
                         r"compound|form|metabolite|prodrug|molecule|analog(?:ue)?|derivative|version|salt|"
                         r"antibiotic|antiviral|statin|diuretic|steroid|hormone|this|"
                         r"resin|polymer|binder|chelator|sequestrant|antidote|part|component|fraction|portion|"
                         r"moiety)s?\s*$|\bantibody\s*$", re.I)  # ("The heparin part boosts antithrombin": a part of the
# drug, the drug; "The
# antibody binds to GM-CSFRα": the drug, said by what it is, one; "The resin is not
# selective. It can also bind calcium": the drug, said by what it is)


def _other_antecedent(ante: str, names: set[str]) -> bool:
    """", which inhibits ...": the antecedent is the last noun phrase; another agent unless it
    names the drug, its active form or a class noun describing it ("a prodrug, which ...")."""
    ante = re.sub(r"\s*\([^()]*\)\s*$", "", ante)  # ("the same way as ezogabine (retigabine), which ...": the name)
    tail = " ".join(_ANTE_SPLIT.split(ante)[-1].split()[-3:])  # the last noun phrase, at most three words
    words = {w.casefold() for w in re.findall(r"[A-Za-z][\w-]*", tail)}
    if not words or words & names or _DRUG_NOUNS.search(tail):
        return False
    return bool(re.search(r"[a-z]{4,}(?:in|ol|ide|ine|one|am|il|an|ex|in)(?:\s+(?-i:[A-Z]|\d))?\s*$|[a-z]{3,}ic\s+acid\s*$",
                          tail, re.I)) \
        and len(tail.split()) <= 3  # "clavulanic acid, which blocks ...": an acid named is an agent too


def _subject(before: str) -> str:
    parts = _CLAUSE_START.split(before)
    # "Roflumilast, together with its active metabolite X, inhibits ...": the drug, with company; "baloxavir
    # (Xofluza) blocks ...": the name, its brand aside
    return _BRAND_ASIDE_END.sub(" ", _WITH_ASIDE.sub(" ", _APPOSITIVE_END.sub(" ", parts[-1] if parts else before)))


_BRAND_ASIDE_END = re.compile(r"(?<=\w)\s*\((?-i:[A-Z])[\w-]*(?:\s+[\w-]+)?\)\s*$")


#: "acetylcholine, a chemical messenger released by nerves, attaches to": the subject's appositive, set off
_APPOSITIVE_END = re.compile(r"(?<=\w),\s+(?:an?|the)\s+[^,;:()]{1,80},\s*$", re.I)
_WITH_ASIDE = re.compile(r",\s+(?:together|along)\s+with\s+[^,]{1,80},\s*$", re.I)


#: "that hormone", "this chemical messenger": a demonstrative pointing back at a messenger the text named
_THAT_MESSENGER = re.compile(r"^\s*(?:this|that|these|those)\s+(?:[\w-]+\s+)?(?P<n>hormones?|chemicals?|messengers?|"
                             r"neurotransmitters?|substances?|molecules?|proteins?|peptides?|compounds?|ligands?)\b", re.I)
#: a target named before as a clause's subject: "..., this receptor grabs ...", "The channel then opens"
_TARGET_AS_SUBJECT = re.compile(r"(?:^|,\s+)(?:this|that|the|these|those)\s+(?:receptor|channel|transporter|pump)s?"
                                r"(?:\s+(?:then|also|normally|itself))?\s*$", re.I)
#: what the page calls the drug itself: "Zoravir is a synthetic hormone" (then "This hormone ..." is the drug)
_DRUG_IS_A = re.compile(r"\b(?:is|are|as)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?P<n>hormone|chemical|messenger|"
                        r"neurotransmitter|substance|molecule|protein|peptide|compound|ligand)s?\b", re.I)


#: a capitalised word that opens a sentence on a process, no agent: "Receptor activation kicks off ...", "Calcium
#: entry then falls" (not a study: "Early research suggested that it also binds X, but ..." stays unread)
_PROCESS_SUBJECT = re.compile(r"^\s*[A-Z][a-z]+(?=\s+(?:activation|inhibition|blockade|binding|stimulation|entry|release|"
                              r"signall?ing|production|levels?)\b)")
#: a subject set against the drug: "dupilumab, by contrast, blocks", "Baclofen and tizanidine, by comparison, act"
_BY_CONTRAST = re.compile(r"(?P<n>[A-Za-z][\w-]*(?:\s+(?:and|or)\s+[A-Za-z][\w-]*)?),\s+(?:by|in)\s+(?:contrast|comparison)\s*,?\s*$",
                          re.I)
#: a comparison before the subject: "Like the SSRIs, ...", "Unlike NSAIDs, ..."
_CONTRAST_LEAD = re.compile(r"^\s*(?:" + _CONTRAST + r"|similar to)\s+[^,;:]{1,60},\s*", re.I)


def _other_agent_check(result: Extraction, extra: set[str] = frozenset(), text: str = ""):  # type: ignore[assignment]
    names = {w.casefold() for n in [result.drug.label] + [s.label for s in result.drug.synonyms]
             for w in n.split() + re.findall(r"[A-Za-z][\w-]*", n) + re.findall(r"(?<=-)[A-Za-z]{4,}", n)} | set(extra)
    names |= {n for n in own_names(result) if " " not in n}  # ("Doxylamine-pyridoxine": "doxylamine", a drug it joins)
    # ("Rho(D)": "rho(d)" and "rho"; "L-Ornithine L-Aspartate": "ornithine", a part of the drug, is the drug's)
    drug_nouns = {m.group("n").casefold() for sent in sentences(text) for m in _DRUG_IS_A.finditer(sent)
                  if re.match(r"^\s*(?:it|this\s+(?:drug|medicine))\b", sent, re.I)
                  or sent.casefold().startswith(tuple(names))}
    made_of = any(_MADE_OF.search(sent) and (re.match(r"^\s*(?:it|this\s+(?:drug|medicine|extract))\b", sent, re.I)
                                            or sent.casefold().startswith(tuple(names))) for sent in sentences(text))
    if made_of:  # the parts that then open its sentences ("Ginkgolide B blocks ...", "The flavonoids mop up ...")
        names |= {m.group(1).casefold() for sent in sentences(text) for part in re.split(r"(?<=:)\s+", sent)
                  if (m := _PART_OPENS.match(part))}  # (an item after a lead's colon opens a part of its own)

    def other(subject: str) -> bool:
        contrasted = _BY_CONTRAST.search(subject)
        if contrasted and not set(contrasted.group("n").casefold().split()) & names:
            return True  # "dupilumab, by contrast, blocks ...": another drug, however it is written
        subject = _DISCOURSE_LEAD.sub("", subject)  # "Put simply, zoravir ...": how it is said, no agent
        lead = _CONTRAST_LEAD.match(subject)
        if lead and subject[lead.end():].strip():
            subject = subject[lead.end():]  # "Like the SSRIs, it inhibits ...": the agents compared are not the subject
        if _TARGET_AS_SUBJECT.search(subject):
            return True  # "When platelets are activated, this receptor grabs fibrinogen": the target's own work
        dem = _THAT_MESSENGER.match(subject)
        if dem and dem.group("n").casefold().rstrip("s") not in drug_nouns:
            return True  # "..., and that hormone activates the AT1 receptor": the hormone named before, not the drug
        bare = _PROCESS_SUBJECT.sub("", re.sub(r"\([^)]*\)", " ", subject))  # ("Receptor activation kicks off ...")
        said = _SAID_THAT.search(bare)
        if said:  # "Recent research suggests that praziquantel may ...": the clause's own subject, the drug's name or
            first = re.match(r"\s*([A-Za-z][\w-]*)", bare[said.end():])  # pronoun, else another agent
            return not (first and (first.group(1).casefold() in names
                                   or first.group(1).casefold() in ("it", "this", "they")))
        first = re.match(r"\s*([A-Za-z][\w-]*)", bare)
        if first and first.group(1).casefold() in names and not _AND_OTHER.match(bare):
            return False  # "Furosemide acts on the loop of Henle, where it blocks ...": the drug, whatever it names
        if made_of and len(bare.split()) <= 3:
            return False  # "Ginkgo contains several active ingredients ...:" over "Ginkgolide B blocks the PAF
            # receptor": one of them, the drug's
        toks = re.findall(r"[A-Za-z][\w-]*", bare)
        for k, tok in enumerate(toks):
            low = tok.casefold()
            if low in names or low in _FUNCTION_CAPS or len(tok) < 3 or low.endswith("ing"):
                continue  # "T cells", "Activating these receptors ..." are not other agents
            if k == 0 and len(toks) > 1 and toks[1].casefold() in names:
                continue  # "Free iodine passes into fungi and ...": a word before the drug's (or its form's) name
            if low in ("like", "unlike") or len(low) > 5 and low.endswith("ly"):
                continue  # "Chemically it is close to ...", "Like amitriptyline, it blocks ...": no agent
            if tok[0].isupper() and not tok.isupper() and not any(c.isdigit() for c in tok):
                return True
        return False
    other.names = names  # type: ignore[attr-defined]
    return other


#: the active parts a page names for a drug made of several: "Its main active compounds are gingerols and shogaols"
_ACTIVE_PARTS = re.compile(r"\b(?:its|the)\s+(?:(?:main|key|principal|chief)\s+)?active\s+(?:compounds|ingredients|"
                           r"constituents|components|substances)\s+(?:are|include)\s+(?P<list>[^.;:()]{3,80})", re.I)
#: a combination's ingredients listed after a colon: "a combined hormonal medicine containing two active ingredients:
#: cyproterone acetate (2 mg), an anti-androgen, and ethinylestradiol (35 micrograms), a synthetic oestrogen"
_CONTAINS_PARTS = re.compile(r"\bcontain(?:s|ing)\s+(?:two|three|four|both)\s+active\s+(?:ingredients|substances|"
                             r"components|drugs|medicines)\s*:\s*(?P<list>[^.;:]{3,200})", re.I)
#: a drug said to be made of several active parts, which the section then names as subjects: "Ginkgo contains several
#: active ingredients that act in different ways"
_MADE_OF = re.compile(r"\b(?:contains?|is\s+made\s+(?:up\s+)?of|is\s+a\s+mixture\s+of)\s+(?:several|many|two|three|four|"
                      r"a\s+number\s+of|a\s+few|different)\s+(?:[\w-]+\s+)?(?:ingredients|compounds|constituents|"
                      r"components|substances)\b", re.I)
#: the first word of a sentence's subject after a label and "the": "**Platelets:** Ginkgolide B blocks ..."
_PART_OPENS = re.compile(r"^\W*(?:[A-Z][\w\s-]{0,30}:\s*)?(?:the\s+)?([A-Za-z][a-z-]{3,})\b", re.I)
#: words that say how the sentence puts it before its subject: "Put simply, ...", "Bottom line: ..."
_DISCOURSE_LEAD = re.compile(r"^\W*(?:put\s+(?:simply|briefly|plainly|another\s+way)|bottom\s+line|long\s+story\s+short|"
                             r"first|next|then|second|third|finally|after\s+that|afterwards)"  # ("Next, it binds to ...")
                             r"\s*[,:]\s*", re.I)
#: a reporting verb before the clause that holds the subject: "Recent research suggests that ...", "Studies show that"
_SAID_THAT = re.compile(r"\b(?:suggests?|shows?|showed|indicates?|found|finds|believed?|thinks?|thought|proposes?|knows?|"
                        r"known|agree)\s+that\s+|"  # ("Scientists know that X binds to ...")
                        r"\b(?:suggest|show|indicate)\s+(?=[A-Za-z])", re.I)  # ("Lab studies suggest X may ...": no "that")
#: a subject that joins the drug to another agent: "Zoravir and aspirin both ..."
_AND_OTHER = re.compile(r"^\s*[A-Za-z][\w-]*\s+(?:and|or|with|plus)\s+", re.I)
#: a receptor subtype's code: "D2", "5-HT1B", "H1", "M3", "A2A", "beta-1"
_SUBTYPE_CODE = re.compile(r"(?:[A-Z][A-Z0-9]{0,3}|5-HT)\d[A-Z0-9]{0,2}|(?:alpha|beta|\u03b1|\u03b2)-?\d[A-Za-z]?|"
                           r"(?-i:[A-Z])-type")  # ("L-type, T-type and N-type calcium channels": each channel's letter)


_WHOSE_CLASS_NAMED = re.compile(r"^(?:the\s+)?[\w-]+['\u2019]s\s+(?:receptor|enzyme|channel|transporter|pump)s?,\s+"
                                r"(?P<n>(?:the\s+)?[^,;]+?(?:receptor|enzyme|channel|transporter|pump)s?)(?=\s*(?:[,;.]|$))", re.I)
_HOW_IT_DOES = re.compile(r"\s+without\s+(?:fully\s+|completely\s+)?[a-z]+ing\s+(?:it|them)(?:\s+on)?\b", re.I)


#: what a target is joined to, after it: "the JAK2 enzyme linked to the receptor", "a kinase attached to it"
_JOINED_TO = re.compile(r"\s+(?:linked|attached|bound|coupled|connected|tied|anchored|tethered)\s+to\s[^,;.]*", re.I)


_BARE_CALLED = re.compile(rf"^(?:(?:two|three|four|both|several)\s+)?(?:{_CLASS_WORDS})\s+(?:called|known\s+as|named)\s+",
                          re.I)  # ("two enzymes called cyclooxygenase-1 and cyclooxygenase-2": the enzymes, by name)
_LONG_GLOSS = re.compile(r"\s*\((?:[^()\s]+\s+){4,}[^()]*\)")


def _symbol_glossed(said: str) -> str:
    """A bracket's symbol before a comma and what the target is ("PDE5, an enzyme that breaks down cGMP" -> "PDE5";
    "TSPO, 18 kDa" -> "TSPO"), not the first of a list of members ("M1, M2 and M3")."""
    first, comma, rest = said.partition(",")
    if not comma or is_symbol(said) or not is_symbol(first.strip()):
        return said
    members = [x for x in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", rest.strip()) if x]
    return said if all(is_symbol(x) for x in members) else first.strip()


def _short_gloss(m: re.Match[str]) -> str:
    """A long gloss in brackets dropped, its symbol kept: " (PDE5, an enzyme that breaks down ...)" -> " (PDE5)"."""
    inner = m.group(0).strip()[1:-1]
    said = _symbol_glossed(inner)
    return f" ({said})" if said != inner else ""


_ALL_FORMS_OF = re.compile(r"^(?:all|both|several|many)\s+(?:the\s+|of\s+the\s+)?(?:(?:active|known|main|major|natural)\s+)?"
                           r"(?:forms|isoforms|types|variants|versions)\s+of\s+(?=\S)", re.I)


#: subtypes of a receptor named by one code, then the others' numbers: "four of the five somatostatin receptor subtypes
#: (SSTR1, 2, 3 and 5)"
_SUBTYPES_CODED = re.compile(r"^(?:(?:the|all|both|two|three|four|five|several)\s+(?:of\s+the\s+\w+\s+)?)?"
                             r"(?P<cls>[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+receptor)\s+subtypes\s+"
                             r"\((?P<first>[A-Z][A-Za-z]{1,5}\d)(?P<rest>(?:,\s*\d|,?\s+and\s+\d)+)\)", re.I)
#: a clause read as an object: a finite verb after a few words, then more ("both pathways together lowers proteinuria
#: (...) more than ...")
_CLAUSE_AS_OBJECT = re.compile(r"^(?:[\w-]+\s+){1,4}(?:lowers|raises|reduces|increases|improves|helps|makes|keeps|causes)"
                               r"\s+(?:[\w()-]+\s+){3,}", re.I)
#: what a drug made of a receptor's parts is, never what it acts on: "a soluble decoy receptor", "a ligand trap"
_WHAT_IT_IS = re.compile(r"\bdecoy\s+receptors?$|\bligand\s+traps?$", re.I)
#: a part or form of the target named after it by its code: "C3 and its active fragment C3b"
_ITS_FRAGMENT = re.compile(r"\s+and\s+its\s+(?:(?:active|activated|cleaved|main|inactive)\s+)?(?:fragment|form|precursor|"
                           r"split\s+product)\s+(?=[A-Z][\w-]*\d)", re.I)


#: chemical groups of a molecule, before the molecule: "the amino groups of keratin", "the thiol groups on X"
_GROUPS_OF = re.compile(r"^(?:the\s+)?(?:free\s+)?(?:amino|carboxyl|thiol|sulfhydryl|hydroxyl|phosphate)\s+groups?\s+"
                        r"(?:of|on|in)\s+", re.I)
#: the proteins of a virus's coat: "the proteins of the HPV capsid", "the proteins of the viral envelope"
_COAT_PROTEINS = re.compile(r"^(?:the\s+)?(?:\*\*)?(?P<n>(?:[\w-]+\s+)?proteins\s+of\s+the\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:capsid|envelope|coat))(?:\*\*)?\b", re.I)


def _targets(obj: str) -> list[tuple[str, str | None]]:
    """Target names and symbols at the start of an object phrase."""
    out: list[tuple[str, str | None]] = []
    if re.search(r"\d,\d", obj):  # "acyl-CoA:1,2-diacylglycerol acyltransferase": a comma inside a chemical name
        return [(n.replace("\u201a", ","), s) for n, s in _targets(re.sub(r"(?<=\d),(?=\d)", "\u201a", obj))]
    kinds = _KINDS_IN_BRACKETS.search(obj)  # "VEGFR, PDGFR and KIT (receptor tyrosine kinases)", "PDE11 (an enzyme
    # found in skeletal muscle)": what the symbols are, said in brackets after them
    obj = _HOW_IT_DOES.sub("", obj)  # "the mu-opioid receptor without fully switching it on, ...": how, no target
    means = _BY_MEANS.search(obj)
    if means and _TARGET_HEAD.search(obj[:means.start()].split()[-1]) \
            and not re.search(r"\b(?:of|across|in|into|through|from|on)\b", obj[:means.start()]):
        obj = obj[:means.start()]  # "the BCR-ABL kinase by binding to the place where ATP binds": how, after the
        # target (not "the transport of X across the membrane by blocking Y": a process, its means)
    obj = _JOINED_TO.sub("", obj)  # "the JAK2 enzyme linked to the receptor": where the target sits, no other target
    obj = _GROUPS_OF.sub("", obj)  # "the amino groups of keratin": the protein whose groups they are
    coat = _COAT_PROTEINS.match(obj)
    if coat:  # "the **proteins of the HPV capsid** (the virus's outer coat)": the coat's proteins, one target
        return [(re.sub(r"\s+", " ", coat.group("n").replace("*", "")).strip(), None)]
    obj = _ALL_FORMS_OF.sub("", obj)  # "all active forms of VEGF-A, such as VEGF121 and VEGF165": VEGF-A
    obj = _ITS_FRAGMENT.sub(" and ", obj)  # "complement protein C3 and its active fragment C3b": both, by name
    coded = _SUBTYPES_CODED.match(obj)
    if coded:  # "four of the five somatostatin receptor subtypes (SSTR1, 2, 3 and 5)": each subtype, by its number
        head, first = coded.group("cls"), coded.group("first")
        prefix = first.rstrip("0123456789")
        numbers = [first[len(prefix):], *re.split(r",\s*(?:and\s+)?|\s+and\s+", coded.group("rest").strip(", "))]
        return [(f"{head} subtype {n}", f"{prefix}{n}") for n in numbers if n]
    called = _BARE_CALLED.match(obj)
    if called:  # "enzymes called matrix metalloproteinases (MMPs)", "receptors called TRPV1 and TRPV3": the class's
        obj = obj[called.end():]  # members, by name (each a name, though no class word ends it)
    obj = _LONG_GLOSS.sub(_short_gloss, obj)  # "D2 receptors (receptors in the zone of the brain that senses toxins) and ...": what
    # the target is, a sentence of its own; a symbol in brackets is short and stays
    named = _WHOSE_CLASS_NAMED.match(obj)
    if named:  # "bradykinin's receptor, the bradykinin B2 receptor, but ...": the receptor, named after the comma
        obj = named.group("n")
    segments = [s.strip() for s in split_top(obj, ",")]
    codes = 0  # "D3, D2 and D1 dopamine receptors": codes before the last, which has the head they share
    while codes + 1 < len(segments) and (_SUBTYPE_CODE.fullmatch(segments[codes]) or is_symbol(segments[codes])) \
            and not _TARGET_HEAD.search(segments[codes]):
        codes += 1
    last = re.sub(r"^(?:and|or)\s+", "", segments[codes]) if codes else ""
    if codes and (_SUBTYPE_CODE.fullmatch(last.split()[0]) or is_symbol(last.split()[0])) \
            and _TARGET_HEAD.search(_PLACE_TAIL.sub("", last).rstrip(" .;")):
        segments = [" and ".join([*segments[:codes], last]), *segments[codes + 1:]]
    pending: list[tuple[str, str | None, str | None]] = []
    group_cls: str | None = None
    parts = [*segments[:-1], *re.split(r"^(?:and|or)\s+|\s+(?:and|or)\s+", segments[-1])] if len(segments) > 1 else []
    headed = [bool(_TARGET_HEAD.search(strip_parens(x)[0].rstrip(" ."))) for x in parts if x.strip()]
    listed = len(headed) >= 3 and sum(headed) >= 2 and all(  # "the D2 receptor, the D3 receptor and the 5-HT2A
        h or is_abbreviation(x.strip(" .")) for h, x in zip(headed, [x for x in parts if x.strip()]))  # receptor": a
    # list of targets, each with its own article, no appositive among them (one may be a bare symbol: "the
    # PDGF receptor, the CSF1 receptor and c-KIT")
    for i, seg in enumerate(segments):
        seg = seg.rstrip(".")
        if i == 1 and group_cls:  # "two melatonin receptors in the brain, called MT1 and MT2": the members, by name
            seg = re.sub(r"^(?:called|known\s+as|named)\s+", "", seg, flags=re.I)
        alias = _ALIAS_SEG.match(seg) if i > 0 and pending and not group_cls and " and " not in seg else None
        if alias:  # "synaptobrevin, also called vesicle-associated membrane protein (VAMP)": the same target by
            sym = re.search(r"\(([^()]+)\)\s*$", seg)  # another name, its symbol the target's
            name, symbol, cls = pending[-1]
            if sym and symbol is None and is_symbol(sym.group(1)):
                pending[-1] = (name, sym.group(1), cls)
            continue
        if i > 0 and _APPOSITIVE_CLASS.match(seg) and not listed and not (group_cls and i == 1):
            # (not the members after a counted class: "two types of serotonin receptors, the 5-HT1B and 5-HT1D
            # receptors")
            cls = seg
            pending = [(n, s, c or cls) for n, s, c in pending]
            break
        if i > 0 and re.match(r"^(?:which|that)\s", seg, re.I) and i + 1 < len(segments) \
                and re.match(r"^(?:and|or)\s+\S", segments[i + 1]):
            continue  # "KIT, which is abnormally active in most GISTs, and the PDGF receptor": an aside on one member
        if i > 0 and not re.match(r"^(?:and|or)\s+", seg) and not _looks_like_target_start(seg) \
                and not (group_cls and i == 1) and not listed:
            break
        if i > 0 and (_VERB_RE.search(seg) or re.search(r"\b(?:they|it|which|that|this)\b", seg, re.I)):
            break
        if i > 0 and re.match(r"^[a-z]{2,}ing\s", seg):
            break  # "..., letting cyclic AMP (cAMP) build up": a participle clause, not one more target
        if i == 0:
            head = _NUMBER_CLASS.match(_DETERMINERS.sub("", _PLACE_TAIL.sub("", seg).strip()))
            if head:  # "two bacterial enzymes, X and Y", "two melatonin receptors in the brain, MT1 and MT2": the members follow
                group_cls = head.group("cls")
                continue
        conjs = [c.strip() for c in re.split(r"^(?:and|or)\s+|\s+(?:and|or)\s+(?![^(]*\))", seg) if c and c.strip()]
        conjs = _paired_symbols(conjs)  # "cyclooxygenase-1 and cyclooxygenase-2 (COX-1 and COX-2)": each its own
        for k in reversed(range(len(conjs) - 1)):  # "(both) beta-1 and beta-2 adrenergic receptors (aside)": the head is
            # before the aside
            bare = _DETERMINERS.sub("", conjs[k])
            if len(bare.split()) == 1 and not _TARGET_HEAD.search(conjs[k]) \
                    and _TARGET_HEAD.search(_PLACE_TAIL.sub("", strip_parens(conjs[k + 1])[0])) \
                    and len(conjs[k + 1].split()) >= 2 and not _VERB_PHRASE_CONJ.match(conjs[k + 1]):
                # (and a place after it: "gastric and pancreatic lipases in the stomach")
                conjs[k] = bare + " " + " ".join(conjs[k + 1].split()[1:])
        for k in range(len(conjs) - 1):  # "dopamine D2 and D3 receptors": a subtype code, then another with the head
            words_k, words_n = conjs[k].split(), conjs[k + 1].split()
            if len(words_k) >= 2 and len(words_n) >= 2 and _SUBTYPE_CODE.fullmatch(words_k[-1]) \
                    and _SUBTYPE_CODE.fullmatch(words_n[0]) and not _TARGET_HEAD.search(conjs[k]) \
                    and _TARGET_HEAD.search(_PLACE_TAIL.sub("", strip_parens(conjs[k + 1])[0])):
                conjs[k] = conjs[k] + " " + " ".join(words_n[1:])
            elif len(words_k) >= 2 and len(words_n) >= 3 and _SUBTYPE_CODE.fullmatch(words_k[-1]) \
                    and _SUBTYPE_CODE.fullmatch(words_n[-2]) and not _TARGET_HEAD.search(conjs[k]) \
                    and _TARGET_HEAD.fullmatch(words_n[-1]):  # "dopamine D2 and serotonin 5-HT2A receptors": each
                conjs[k] = conjs[k] + " " + words_n[-1]  # messenger's subtype, the head noun shared
        for k in range(len(conjs) - 1):  # "type 1 and type 2 5-alpha reductase": each type with the shared name
            kind = _TYPE_CODE.fullmatch(re.sub(rf"^(?:{_CLASS_WORDS})\s+", "", _DETERMINERS.sub("", conjs[k]), flags=re.I))
            # ("the enzymes type 1 and type 2 5'-deiodinase": the class word before the first type)
            shared = _TYPE_CODE.match(conjs[k + 1])
            if kind and shared and kind.group("w").casefold() == shared.group("w").casefold() \
                    and conjs[k + 1][shared.end():].strip():
                conjs[k] = f"{kind.group(0)} {conjs[k + 1][shared.end():].strip()}"
        for k in range(1, len(conjs)):  # "phosphodiesterase 3 and 4", "cyclooxygenase 1 and 2": each number with
            # the name before the first
            named = re.fullmatch(r"(?P<n>.*[A-Za-z]ase(?:\s+type)?)[\s-](?P<c>\d{1,2}[A-Za-z]?)(?:\s*\([^()]*\))?",
                                 conjs[k - 1])
            code = re.fullmatch(r"(?P<c>\d{1,2}[A-Za-z]?)(?P<rest>\s*\([^()]*\))?", conjs[k])
            if named and code:
                conjs[k] = f"{named.group('n')} {code.group('c')}{code.group('rest') or ''}"
        for conj in conjs:
            if conj and (_VERB_START.match(conj) or _VERB_PHRASE_CONJ.match(conj)):
                break  # "... (NET) and partially activates ...", "RyR1 and holds the channel ...": a second verb
            if conj:
                if group_cls and "subtype" in group_cls.casefold() and is_symbol(conj) and len(conj.split()) == 1:
                    conj = f"{conj} receptor"  # "two serotonin receptor subtypes, 5-HT1B and 5-HT1D"
                parsed = _one_target(conj)
                if parsed:
                    if group_cls and not parsed[2]:
                        parsed = (parsed[0], parsed[1], group_cls)
                    pending.append(parsed)
                elif i == 0 and not pending:
                    return []
                if _RELATIVE_IN.search(conj):
                    break  # "the X receptor that is separate from ... and stops ...": the "and" is the clause's
        if not seg or re.search(r"\s(?:which|that|to|so)\s", seg):
            break
    named = [bool(symbol or cls or _TARGET_HEAD.search(name) or _CODE_AFTER_CLASS.search(name)
                  or (kinds or called) and " " not in name and is_abbreviation(name) or _SYMBOL_GREEK.match(name)
                  or _LETTERED_PROTEIN.match(name))
             for name, symbol, cls in pending]
    for (name, symbol, _cls), is_named in zip(pending, named):
        if _CLAUSE_NAME.match(name):
            continue  # "the enzyme that makes angiotensin II": a clause, no name of its own
        if is_named or any(named) and " " not in name and is_abbreviation(name):
            # ("binds VEGF-A and placental growth factor (PlGF)": a protein by its symbol, listed with a named target)
            out.append((_POSSESSOR.sub("", name), symbol))  # "the microbe's DNA": whose it is, no part of its name
    return out


#: the means after a target, said with "by" and a gerund: " by binding to the place where ATP normally binds"
_BY_MEANS = re.compile(r"(?<=[\w)])\s+by\s+(?:directly\s+|tightly\s+|selectively\s+)?[a-z]{3,}ing\b.*$", re.S)
#: a protein's name ending in "-in" and its letter: "activin A", "inhibin B" (not a vitamin)
_LETTERED_PROTEIN = re.compile(r"^(?!vitamin\b)[a-z][a-z-]{3,}in\s(?-i:[A-Z])$", re.I)
#: a molecule's symbol with a Greek letter: "IL-1 beta", "TNF-alpha", "IL-1β", "PPAR-gamma"
_SYMBOL_GREEK = re.compile(r"^(?-i:[A-Z][A-Z0-9]{1,6})(?:-\d{1,2})?(?:[\s-](?:alpha|beta|gamma|delta|kappa)|[\u03b1-\u03ba])$")
#: another name of the target before it, after a comma: "also called X (XS)", "also known as X"
_ALIAS_SEG = re.compile(r"^(?:also\s+|sometimes\s+|formerly\s+)?(?:called|known\s+as|named)\s", re.I)
#: a class in brackets after symbols, which says what they are: "(receptor tyrosine kinases)", "(both kinases)"
_KINDS_IN_BRACKETS = re.compile(r"\((?:both|all)?\s*(?:[\w-]+\s+){0,3}(?:receptors|kinases|enzymes|channels|transporters|"
                                r"proteins)\)|\((?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:receptor|kinase|enzyme|channel|"
                                r"transporter|protein)\b[^()]*\)")


def _paired_symbols(conjs: list[str]) -> list[str]:
    """Names joined by "and", then their symbols in one bracket, in the same order: each name with its own symbol
    ("cyclooxygenase-1 and cyclooxygenase-2 (COX-1 and COX-2)")."""
    last = re.match(r"^(?P<n>.+?)\s*\((?P<s>[^()]+)\)$", conjs[-1]) if len(conjs) >= 2 else None
    if last is None:
        return conjs
    syms = [x.strip() for x in re.split(r",\s*(?:and\s+)?|\s+and\s+", last.group("s")) if x.strip()]
    if len(syms) != len(conjs) or not all(is_symbol(x) for x in syms) or any("(" in c for c in conjs[:-1]):
        return conjs
    return [f"{name} ({sym})" for name, sym in zip([*conjs[:-1], last.group("n")], syms)]


_DEMONSTRATIVE = re.compile(r"^(?:those|these|this|that)\s+", re.I)
#: brackets inside a word, part of its name ("Rh(D)", "Rho(D)"), unlike a symbol's "X (XS)"
_GLUED_PAREN = re.compile(r"(?<=[A-Za-z])\(([A-Za-z0-9]{1,3})\)(?=[\s,.;]|$)|"
                          r"(?<=[a-z])\(([A-Za-z0-9][\w-]{1,20})\)(?=\s+[a-z])")  # ("poly(ADP-ribose) polymerase")
#: a protein the section named "called X", with up to two words before it that say which ("cardiac myosin")
_KIND_OF_CALLED = re.compile(r"^(?:the\s+)?(?P<t>(?:[a-z][\w-]*\s+){0,2}(?P<n>[A-Za-z][\w-]*))"
                             r"(?=\s*(?:$|[,;.(]|\s+(?:and|or|which|that|so|to|in|on|from)\b))")
def _form_of_called(obj: str, symbols: dict[str, str]) -> str | None:
    """The object as a form of a protein of several words the section named "called X" ("amyloid beta protofibrils"
    after "a protein called amyloid beta"), or None."""
    for name, said in symbols.items():
        m = re.match(rf"(?:the\s+)?({re.escape(name)}\s+[a-z][\w-]*)(?=\s*(?:$|[,;.(]|\s+(?:and|or|which|that)\b))",
                     obj) if name == said and " " in name else None
        if m:
            return m.group(1)
    return None


#: a class word and a code that ends a name ("complement protein C5", "the signalling protein JAK2"): a named target
_CODE_AFTER_CLASS = re.compile(r"\b(?:proteins?|enzymes?|kinases?|components?)\s+(?:[A-Z][A-Za-z]?\d+[a-z]?|(?-i:[A-G]))$")
#: a demonstrative and a class word inside the words before a verb ("enters these channels ... and blocks them")
_ANAPHOR_IN = re.compile(rf"\b(?:this|these|that|those)\s+(?:{_ANAPHOR_CLASSES})s?\b", re.I)
#: what a binder takes up in the gut or the blood: ions and small molecules, named after their describing words
_BOUND_SMALL = re.compile(r"^(?:(?:the|excess|extra|dietary|free)\s+)?(?:[\w-]+\s+){0,2}?(?P<n>phosphates?|potassium|bile\s+acids?|"
                          r"iron|copper|calcium|magnesium|zinc|lead|mercury|arsenic|alumin(?:i)?um|oxalate|uric\s+acid|sodium|ammonia|"
                          # the other metals a chelator or a binder holds, radioactive ones among them
                          r"plutonium|americium|curium|uranium|thorium|c(?:a)?esium|thallium|cobalt|nickel|cadmium|chromium|"
                          r"manganese|gadolinium|strontium|radium|lithium|barium|beryllium|bismuth|antimony|polonium|"
                          r"bilirubin|toxins?|heparin|bile\s+salts?|hydrogen\s+ions|hydrochloric\s+acid|stomach\s+acid|"
                          r"cyanide|cystine|heme|haem|poisons?|nitric\s+oxide|acyl\s+groups?|fluoride(?:\s+ions?)?|"
                          r"ergosterol|d-alanyl-d-alanine(?:\s+(?:end|terminus|tail))?|"
                          # the drugs an antidote binds: "binds dabigatran", "binds apixaban", "traps rocuronium"
                          r"[a-z]{3,}(?:gatran|xaban|curonium|oxin)|water(?:\s+molecules)?|"
                          # "binds tightly to factor Xa inhibitors such as apixaban": the drugs an antidote holds
                          r"(?:[\w-]+\s+)?(?:factor\s+xa|[\w-]+)\s+inhibitors(?=\s+(?:such\s+as|like|including)\s))\b", re.I)  # (the fungal membrane's
# sterol the polyenes bind; the end of the cell wall's building blocks the glycopeptides bind)


def _bound_things(obj: str) -> list[tuple[str, str | None]]:
    """What a drug that binds (no receptor, enzyme or channel named) holds: small things it binds ("soaks up bile
    acids") or a protein by its one-word name ("pepsin"), one or a list of them ("binds pepsin and bile salts
    directly"); nothing unless every member is one."""
    members: list[str] = []
    obj = _THEN_VERB_IT.split(obj, maxsplit=1)[0]  # "binds to sclerostin and blocks it": what it binds, then its verb
    for segment in re.split(r",\s+", re.split(r"[;.](?:\s|$)", obj, maxsplit=1)[0]):  # the list ends at its "and":
        segment = re.split(r"\s+(?:directly|in|at|on|inside|within|from|so|to|which|that|still|circulating|"
                           r"remaining|through|via|by)\b", segment)[0]  # ("organophosphate molecules still circulating in
        # the blood", "cesium and thallium ions through ion exchange")
        ends = bool(re.search(r"(?:^|\s)(?:and|or)\s", segment))  # what follows is a clause ("..., so they ...")
        members += [m.strip() for m in re.split(r"(?:^|\s+)(?:and|or)\s+", segment) if m.strip()]
        if ends:
            break
    if members and re.fullmatch(r"[a-z][\w-]*\s+molecules", members[-1]) \
            and all(re.fullmatch(r"[a-z][\w-]*(?:\s+molecules)?", m) for m in members):
        # "traps rocuronium or vecuronium molecules": the molecules named, each bound
        return [(re.sub(r"\s+molecules$", "", m), None) for m in members]
    if len(members) > 1 and re.fullmatch(r"[a-z][\w-]*\s+ions", members[-1]) \
            and all(re.fullmatch(r"[a-z][\w-]*(?:\s+ions)?", m) for m in members):
        # "binds cesium and thallium ions": each ion bound
        return [(re.sub(r"\s+ions$", "", m) + " ion", None) for m in members]
    out = []
    for member in members:
        bound = _BOUND_SMALL.match(member)
        protein = _PROTEIN_NAME.match(member) if not bound else None
        if not (bound and bound.end() == len(member)) and not (protein and protein.end() == len(member)):
            first = _BOUND_SMALL.match(obj)  # "grabs the negatively charged phosphate released from food": the first
            return [(first.group("n"), None)] if first else []  # small thing named, whatever follows
        out.append(((bound or protein).group("n"), None))  # type: ignore[union-attr]
    return out


_THEN_VERB_IT = re.compile(r"\s+and\s+(?:then\s+)?[a-z]+s\s+(?:it|them)\b")
#: a sentence that opens on the drug's pronoun, no colon before the verb ("It also soaks up ... and mops up ...")
_PRONOUN_SUBJECT = re.compile(r"^\s*(?:(?:once|when|after|in|inside|within)\s+[^,;:]{1,40},\s+)?(?:it|this\s+(?:drug|medicine))\s"
                              r"[^:;]*$", re.I)  # ("Once injected, it traps ...", "In the stomach, it reacts with ...")
#: the figurative words for binding, read only when the sentence names the drug (or opens on its pronoun) before them
_FIGURATIVE_BIND = re.compile("(?:" + "|".join(stem for stem, _ in _FIGURATIVE_REL) + ")", re.I)
#: a protein named by its symbol alone, as the whole object (or two joined by "and"): capitals with a digit or three
#: or more capitals ("COX-2", "IL-13", "JAK1 and JAK2", "TNF", "PCSK9", a Greek letter's form "TNF-α", "PPARγ"), then
#: the end of the object
_SYMBOL_WORD = r"(?:[A-Z][A-Za-z]*\d[\w-]*(?:\.\d[\w-]*)*|[A-Z]{3,}[a-z]?(?:-(?:\d+[A-Za-z]?|[A-Z]\b|[\u03b1-\u03c9]\d?)|[\u03b1-\u03c9]\d?)?|[A-Z]{2,}-\d+[A-Za-z]?|[A-Z]{2,}-[A-Z]\d+[A-Za-z]?|[A-Z]{2,}-[A-Z]{2,})[\u03b1-\u03c9]?"  # ("MAO-B", "PD-L1",
# "GM-CSFRα", "IL-4Rα")
_BARE_SYMBOLS = re.compile(rf"^(?:the\s+|both\s+(?:the\s+)?)?(?:(?:mutant|mutated)\s+)?(?P<s>{_SYMBOL_WORD})"
                           rf"(?:,?\s+(?:and|or)\s+(?:(?:the\s+)?(?:mutant|mutated)\s+)?(?P<s2>{_SYMBOL_WORD}))?"
                           # ("blocks both mutant IDH1 and mutant IDH2": each symbol, the mutant form its own)
                           r"(?=\s*(?:$|[,.;:)])|\s+(?:[a-z]+ly|in|on|which|that|so|to|and|with|at|inside|within|"
                           r"directly|itself|by)\b|\s+\((?:and|or|as\s+well\s+as)\s)")  # ("IL-17A and IL-17F (and to ...)")
#: a downstream entry that is a protein's activation, the protein named with its symbol: "activation of heat shock factor
#: 1 (HSF1)" (the symbol held apart)
_ACTIVATION_OF = re.compile(r"^(?:the\s+)?activation\s+of\s+(?:the\s+)?(?P<n>[^()]{3,60})$", re.I)
#: an aside in brackets after a symbol: "BRAF (normal, fused and V600-mutant forms) and CRAF"
_PAREN_ASIDE = re.compile(r"(?<=\w)\s*\([^()]*\)(?=\s+(?:and|or)\s)")
#: three or more symbols listed: "JAK1, JAK2 and TYK2", "FGFR1, FGFR2, FGFR3 or FGFR4"
_SYMBOL_LIST = re.compile(rf"^(?:the\s+)?{_SYMBOL_WORD}(?:\s*,\s*{_SYMBOL_WORD})+,?\s+(?:and|or)\s+{_SYMBOL_WORD}"
                          r"(?=\s*(?:$|[,.;:)])|\s+(?:[a-z]+ly|in|on|which|that|so|to|and|with|at|by)\b)")
#: a member that is a verb phrase: a verb in -s, then its object's determiner ("holds the channel in its closed state")
_VERB_PHRASE_CONJ = re.compile(r"^[a-z]{3,}s\s+(?:the|its|their|it|them|a|an|this|these)\b|"
                               r"^(?:helps?|works?|serves?|tends?)\s+(?:to\s+)?[a-z]+\b")  # ("and helps restore its GAG layer")
_PRONOUN_OBJ = re.compile(r"^(?:it|them)\b", re.I)
_RELATIVE_IN = re.compile(r"\s(?:which|that|who|where)\s", re.I)
#: a type named by its code: "type 1", "type II", "subtype 2A"
_TYPE_CODE = re.compile(r"(?P<w>types?|subtypes?|class|isoforms?|forms?)\s+(?:[IVX]{1,4}|\d{1,2}[A-Za-z]?)\b", re.I)
_CLAUSE_NAME = re.compile(r"^(?:that|which|who|whose)\b", re.I)
_POSSESSOR = re.compile(r"^(?:[a-z][\w-]*(?:['\u2019]s|s['\u2019]))\s+(?=\S)")  # ("the worms' beta-tubulin")


_CODED = re.compile(r"^(?:the\s+)?(?P<pre>[\w-]+\s+)?(?P<cls>receptors|channels|transporters|subtypes|receptor\s+subtypes)\s+"
                    r"(?P<list>[A-Z0-9][\w-]*(?:,\s*[A-Z0-9][\w-]*)*(?:,?\s+(?:and|or)\s+[A-Z0-9][\w-]*))")


#: a member's code, with where it works in brackets after it: "TPH1", "TPH2 (neuronal)"
_CODE_ITEM = r"[A-Z][A-Za-z]*-?\d+[A-Za-z]?(?:\s*\([^()]*\))?"
#: "the cyclooxygenase enzymes COX-1 and COX-2", "the Janus kinase enzymes JAK1 and JAK3": a family
#: named, then its members by their codes
_CODED_ENZYMES = re.compile(r"^(?:the\s+|both\s+)?(?P<name>[\w-]+(?:\s+[\w-]+)?\s+)?(?:enzymes|isoenzymes|isoforms|"
                            r"isozymes)(?:\s+|(?<=isoforms),\s+)(?P<list>" + _CODE_ITEM + r"(?:,\s*" + _CODE_ITEM + r")*"
                            r"(?:,?\s+(?:and|or)\s+" + _CODE_ITEM + r"))")  # ("both isoforms, TPH1 (...) and TPH2 (...)")


def _coded_enzymes(obj: str) -> list[tuple[str, str | None]]:
    """"the cyclooxygenase enzymes COX-1 and COX-2" -> cyclooxygenase-1 (COX-1), cyclooxygenase-2 (COX-2);
    with no family name, each code is the name and the symbol."""
    m = _CODED_ENZYMES.match(obj)
    if m is None:
        return []
    name = (m.group("name") or "").strip()
    out: list[tuple[str, str | None]] = []
    for code in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.sub(r"\s*\([^()]*\)", "", m.group("list"))):
        number = re.search(r"\d+[A-Za-z]?$", code)
        if code and number:
            joint = "-" if code[number.start() - 1] == "-" else " "  # COX-1: cyclooxygenase-1; JAK1: Janus kinase 1
            out.append((f"{name}{joint}{number.group(0)}" if name else code, code))
    return out


#: "5-HT3, 5-HT7 and 5-HT1D receptors", "dopamine D2, D3 and D4 receptors": codes listed, the class word once at the end
_GREEK = r"alpha|beta|gamma|delta|epsilon|kappa|mu|sigma"
_CODES_THEN_CLASS = re.compile(r"^(?:the\s+)?(?P<pre>[a-z][\w-]+\s+)?(?P<list>[A-Z0-9][\w-]*\d[\w-]*(?:,\s*[A-Z0-9][\w-]*\d[\w-]*)+"
                               r",?\s+(?:and|or)\s+[A-Z0-9][\w-]*\d[\w-]*)\s+(?P<cls>receptors|channels|receptor\s+subtypes)\b")


#: "mu, kappa and delta opioid receptors": subtypes named by Greek letters, the family and class word once at the end
_GREEK_THEN_CLASS = re.compile(r"^(?:the\s+)?(?:[a-z]+\s+)?(?P<list>(?:" + _GREEK + r")(?:,\s*(?:" + _GREEK + r"))*,?\s+(?:and|or)\s+"
                               r"(?:" + _GREEK + r"))\s+(?P<fam>[a-z][\w-]+)\s+receptors\b", re.I)


def _coded_members(obj: str) -> list[tuple[str, str | None]]:
    """"the serotonin receptors 5-HT2A, 5-HT2C and 5-HT3" -> 5-HT2A receptor, 5-HT2C receptor, 5-HT3 receptor;
    "mu, kappa and delta opioid receptors" -> mu opioid receptor, kappa opioid receptor, delta opioid receptor."""
    greek = _GREEK_THEN_CLASS.match(obj)
    if greek:
        return [(f"{letter} {greek.group('fam')} receptor", None)
                for letter in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", greek.group("list")) if letter]
    m = _CODES_THEN_CLASS.match(obj)
    if m:
        head = "channel" if m.group("cls") == "channels" else "receptor"
        return [(f"{m.group('pre') or ''}{code} {head}", None)
                for code in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group("list")) if code]
    m = _CODED.match(obj)
    if m is None:
        return _coded_enzymes(obj)
    head = "receptor" if "receptor" in m.group("cls") or "subtype" in m.group("cls") else m.group("cls").rstrip("s")
    codes = [c for c in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", m.group("list")) if c]
    if m.group("pre") and all(c.isdigit() for c in codes):  # "toll-like receptors 7 and 9": numbered members of
        return [(f"{m.group('pre').strip()} {head} {c}", None) for c in codes]  # the named family
    return [(f"{code} {head}", None) for code in codes]


def _looks_like_target_start(seg: str) -> bool:
    return bool(re.match(r"^[\w\u0370-\u03ff-]+(?:\s+[\w\u0370-\u03ff-]+){0,4}\s*\(", seg))


_PART_OF = re.compile(r"^(?:a\s+|one\s+)?part\s+of\s+(?:the\s+|an?\s+)?(?=\S)", re.I)
_OWN_RECEPTORS = re.compile(r"^(?:its|their|the\s+body['\u2019]s)\s+own\b", re.I)


#: one word before a channel's or transporter's head that says which kind ("potassium", "sodium", "glucose")
_KIND_WORD = r"(?:(?!(?:and|or|of|in|on|at|the|that|which|with|by|to)\s)[a-z]{3,}\s+)?"


def _one_target(text: str) -> tuple[str, str | None, str | None] | None:
    cls: str | None = None
    m = _CALLED.match(text)
    if m:
        cls, text = m.group("cls"), text[m.end():]
    if _ANAPHORA.match(text) or _OWN_RECEPTORS.match(text):
        return None  # ("acts on its own receptors": the messenger's receptors, said of the messenger)
    text = _PART_OF.sub("", _DETERMINERS.sub("", text))  # "SUR1, part of the K-ATP channel": the channel, named
    # "the receptor for IL-6": a receptor named by what binds it, the IL-6 receptor
    text = re.sub(r"^(receptors?|channels?)\s+for\s+([\w-]+)(?=\s*(?:$|[,;.(]|\s+(?:on|in|and|so|which|that)\b))",
                  r"\2 \1", text, flags=re.I)
    if re.match(rf"(?:{_CLASS_WORDS})\s+for\s", text, re.I):
        return None  # "the receptors for two messengers": a class and what it is for, no name
    if _ANAPHORA.match(text):
        return None  # "both forms of this enzyme"
    m = _CLASS_PREFIX.match(text)
    if m and re.fullmatch(r"[A-Z]\W*", text[m.end():]):
        cls, m = m.group("cls"), None  # "protein C": a protein, the class word part of its name
    if m and re.match(rf"(?:{_CLASS_WORDS}|kinases?|phosphatases?)\b", text[m.end():], re.I):
        m = None  # "protein kinase C": the class word is part of the name
    if m and _PROCESS_WORD.match(text[m.end():]):
        return None  # "protein breakdown", "enzyme production": a process, not a target
    placed = _PLACE_PREP.match(text[m.end():]) if m else None
    if placed and (named := _PLACED_CALLED.search(text, m.end())):  # "the enzyme inside them called X": X
        cls, text, m = m.group("cls"), named.group("n"), None
    if m and (_CLAUSE_WORD.match(text[m.end():]) or placed):
        return None  # "the channels while they are inactive", "the receptor separate from where calcium binds": the
        # class alone, a clause or no name after it
    if m and not _TARGET_HEAD.fullmatch(text.strip()):
        cls, text = m.group("cls"), text[m.end():]
    verb = _NAME_ENDS_AT_VERB.search(text)
    if verb:  # "Activating GC-C raises the level of cGMP": the gerund's object ends at the sentence's own verb
        text = text[:verb.start()]
    text = _GERM_OWNER.sub(r"\g<h>", text)  # "the M2 protein of the influenza A virus": whose it is, no part of its
    # name
    if re.match(r"^[^()]+\([^()]+\)-[a-z]", text):
        return None  # "the inositol trisphosphate (IP3)-triggered calcium release": a modifier, the head is a process
    symbol: str | None = None
    pm = re.match(r"^(?P<a>[^()]+?)\s*\((?P<s>[^)]+)\)\s*(?P<b>receptors?|"
                  # ("the hERG (Kv11.1) potassium channels": a word of the head's kind between)
                  rf"{_KIND_WORD}channels?|{_KIND_WORD}transporters?|"
                  r"subunits?(?:\s+of\s+[\w-]+(?:\s+[\w-]+){0,3}?\s+(?:channels?|receptors?|transporters?))?)?(?!\w)", text)
    if pm:
        said = _ALSO_CALLED_PAR.sub("", pm.group("s").strip())  # "(also called c-Mpl)"
        said = _symbol_glossed(said)  # "(PDE5, an enzyme that breaks down cGMP)": the symbol, then what the target is
        either = re.fullmatch(rf"(?P<x>[^\s,]+)\s+or\s+[^\s,]+(?:\s+(?:{_CLASS_WORDS}))?", said)
        if either and is_symbol(either.group("x")):  # "(BK or Maxi-K channels)": the first of two short names
            said = either.group("x")
        if is_symbol(said) or _CLOTTING_FACTOR.fullmatch(said):
            symbol = said  # "thrombin (factor IIa)": another name of the target is its symbol
        name = pm.group("a") + (" " + pm.group("b") if pm.group("b") else "")
    else:
        name = _TRAILING_PP.sub("", text.split("(")[0])
    name = _TRAILING_PP.sub("", name).strip(" .,;")
    ligand = _FOR_LIGAND.match(name)  # "muscarinic receptors for acetylcholine": the named receptor, its ligand said
    if ligand:
        name = ligand.group("n")
    name = _DETERMINERS.sub("", name)
    name = re.sub(r"(?<=ase)\s+enzyme$", "", name, flags=re.I)  # "H+/K+-ATPase enzyme" -> "H+/K+-ATPase"
    head = re.match(r"^(?P<h>.+?)\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?$", name)
    if head and not _TARGET_HEAD.search(name) and _STRUCTURE_HEAD.search(head.group("h")) \
            and len(head.group("h").split()) >= 3:
        name = head.group("h")  # "30S ribosomal subunit of bacteria" -> "30S ribosomal subunit"
    part = _RNA_OF.match(name)
    if part:  # "the 23S ribosomal RNA of the bacterial 50S ribosomal subunit": the RNA, the subunit where it sits
        name = part.group("h")
    if not name or _GENERIC_TARGET.match(name) or len(name.split()) > 8 or _PROCESS_NAME.search(name):
        return None
    if _DNA_PART.fullmatch(name):
        return "DNA", None, cls  # "binds to thymine bases", "the two strands of DNA": its DNA
    name = _DRUG_KIND.sub("", name)  # "a small-molecule tyrosine kinase inhibitor": what the drug is, no word of its target
    return _singular(name), symbol, cls


#: a ribosome's RNA named with the subunit it is part of: "23S ribosomal RNA of the bacterial 50S ribosomal subunit"
_RNA_OF = re.compile(r"^(?P<h>(?:\d+S\s+)?(?:ribosomal\s+)?r?RNA)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}(?:subunit|ribosome)s?$", re.I)
#: a word that says what kind of drug acts, before the target's name in a role noun
_DRUG_KIND = re.compile(r"^(?:small[- ]molecule|oral|first-in-class)\s+(?=\S+\s)", re.I)
#: a part of DNA named where what the drug binds is the DNA: its bases, its strands, its base pairs
_DNA_PART = re.compile(r"(?:(?:thymine|guanine|adenine|cytosine|purine|pyrimidine|nucleotide|DNA)\s+bases?|"
                       r"(?:(?:two|both|the)\s+)?strands?\s+of\s+(?:the\s+)?(?:DNA|double\s+helix)|DNA\s+strands?|"
                       r"(?:DNA\s+)?base\s+pairs?(?:\s+of\s+(?:the\s+)?DNA)?|(?:DNA\s+)?double\s+helix)", re.I)


_CLOTTING_FACTOR = re.compile(r"factor\s+(?:[IVX]{1,4}|\d{1,2})a?", re.I)
_CLAUSE_WORD = re.compile(r"(?:while|when|whenever|until|because|after|before|as|if|once|so|separate|itself|themselves|"
                          r"directly|indirectly|instead|too|also|that|which|where|more|less|only|and|or|but|then|"
                          r"there)\b", re.I)
#: where the class word is, no name: "a pocket of the channel near its gate", "the receptor on nerve cells"
_PLACE_PREP = re.compile(r"(?:near|beside|inside|within|on|at|in|into|through|across|along)\s", re.I)
_PLACED_CALLED = re.compile(r"\s(?:called|named|known\s+as)\s+(?P<n>\S.*)$", re.I)
_PROCESS_WORD = re.compile(r"^(?:breakdown|synthesis|production|release|formation|activity|levels?|function|"
                           r"expression|degradation|turnover)\b", re.I)
#: a process named, not a molecule: "prolactin release" (an "-ase" word that is no enzyme), "the copying of viral
#: DNA" (a gerund's object); what acts on it is a downstream effect
_NAME_ENDS_AT_VERB = re.compile(r"\s+(?:raises|lowers|increases|decreases|reduces|leads|causes|triggers|boosts|"
                                r"makes|stops|prevents|allows|lets|helps|switches|turns|sets)\s", re.I)
_PROCESS_NAME = re.compile(r"(?:^|\s)(?:release|increase|decrease|disease|phase|secretion|production|synthesis)$|"
                           r"^[a-z]+ing\s+of\s", re.I)
_VERB_START = re.compile(r"^(?:(?:also|then|thereby|further|to)\s+)?(?:\w+ly\s+)?(?![a-z]+ins?\b)(?:activat|stimulat|inhibit|inactivat|deactivat|block|clos|bind|attach|open|"
                         r"modulat|enhanc|reduc|increas|decreas|lower|rais|caus|lead|act)\w*\b", re.I)  # (a protein's
# name in "-in" is no verb: "activin A", "actin")
_NUMBER_CLASS = re.compile(rf"^(?:two|three|four|several|multiple|both|key|certain|various|a\s+few)\s+"
                           rf"(?:(?:families|types|kinds|classes|groups)\s+of\s+)?(?:[\w-]+\s+){{0,4}}"
                           rf"(?P<cls>(?:receptor\s+)?subtypes|{_CLASS_WORDS})$", re.I)  # ("three fibroblast growth
# factor receptors: FGFR1, FGFR2 and FGFR3")
_STRUCTURE_HEAD = re.compile(r"\b(?:receptor|subunit|transporter|channel|pump|enzyme|kinase|protein)s?$", re.I)


def _singular(name: str) -> str:
    ws = name.split()
    if not ws:
        return name  # (a label of markup alone, "**:**", names nothing)
    last = ws[-1]
    if re.fullmatch(r"(?:receptor|transporter|enzyme|channel|pump|kinase|protein)s", last, re.I):
        ws[-1] = last[:-1]
    return " ".join(ws)


# ---------------------------------------------------------------------------
# Downstream effects
# ---------------------------------------------------------------------------


#: a germ as a whole: its growth held back is an outcome, not a downstream effect
#: a disease's cause as the subject of a relative clause: "caused by mutations in the LIPA gene that sharply reduce
#: the activity of lysosomal acid lipase" (the mutations', not the drug's)
_DEFECT_THAT = re.compile(r"\b(?:mutations?|variants?|defects?|deletions?|changes)\s+in\s+(?:the\s+)?[\w-]+(?:\s+genes?)?"
                          r"\s+(?:that|which)\s+(?:[a-z]+ly\s+)?$", re.I)
#: a class of receptors, then the subtype the drug acts on mainly: "muscarinic receptors, mainly the M3 receptor"
_MAINLY_THE = re.compile(r"^\s*(?:the\s+)?\**[\w\s-]{2,40}?(?:receptors|channels)\**,\s+(?:mainly|mostly|chiefly|primarily|"
                         r"especially|particularly|above\s+all)\s+(?:the\s+)?(?P<sub>\**[\w-]+\**\s+(?:receptor|channel|"
                         r"subtype)s?\**)(?=\s*(?:,|$))", re.I)
#: "the agent" after a sentence part that named a kind of agent: "In nerve agent poisoning, the agent blocks
#: acetylcholinesterase" (the poison, not the drug)
_AGENT_NAMED_BEFORE = re.compile(r"\b(?:nerve|chemical|toxic|poisoning|warfare|infectious|causative)\s+agents?\b[^.;]*"
                                 r"\bthe\s+agent\s+(?:[a-z]+ly\s+)?$", re.I)
#: the disease's own antibodies as the subject: "In myasthenia gravis, antibodies damage or block acetylcholine
#: receptors" (not "These antibodies bind ..." of an antibody drug)
_DISEASE_ANTIBODIES = re.compile(r"(?:^|,\s+|\b(?:the\s+(?:body['\u2019]s\s+)?(?:own\s+)?|harmful\s+|abnormal\s+))"
                                 r"(?:auto)?antibodies\s+(?:\([^()]{1,40}\)\s+)?(?:(?:[a-z]+\s+)?(?:or|and)\s+)?(?:[a-z]+ly\s+)?$",
                                 re.I)  # ("autoantibodies (called inhibitors) block the person's own factor VIII")
_ORGANISM = re.compile(r"^(?:the\s+)?(?:bacteri(?:a|um)|virus(?:es)?|fung(?:i|us)|yeasts?|parasites?|worms?|microbes?|"
                       r"germs?|organisms?|microorganisms?|infection)$", re.I)


#: germs named as what there is less of: "Cutibacterium acnes bacteria on the skin"
_GERMS_COUNTED = re.compile(r"(?<!against\s)\b(?:bacteri(?:a|um)|virus(?:es)?|fung(?:i|us)|yeasts?|parasites?|worms?|microbes?|germs?|"
                            r"mites?|lice)(?:\s+(?:on|in|inside)\s+(?:the|your)\s+[\w-]+)?$", re.I)


#: the people a state belongs to, just before it: "in people with [reduced kidney function]"
_PEOPLE_WITH_STATE = re.compile(r"\b(?:with|without|who\s+have|who\s+has|having)\s+(?:(?:[\w-]+\s+){1,4}(?:or|and)\s+)?$",
                                re.I)  # (and "... with A or [reduced B]")


def _downstream(sent: str, other_agent) -> list[tuple[Mechanism, str]]:
    out: list[tuple[Mechanism, str]] = []
    for relation, rx in DOWNSTREAM_F:
        names = rx.rx.groupindex
        for m in rx.finditer(sent):  # Folded: groups are sliced from ``sent`` by offset
            before = sent[:m.start()]
            if _NEGATION.search(before) or _PASSIVE.search(before[-40:]) or _NATURAL.match(before) \
                    or _DEFECT_THAT.search(before) or not _ITS_MEANS.match(before) and _about_other(before, other_agent):
                continue  # (passive: "the dose is raised gradually" names no effect of the drug; "In normal
                # clotting, X needs Y to switch on Z": the body's own process)
            if _PEOPLE_WITH_STATE.search(before) and sent[m.start():m.end()].split()[0].lower().endswith("ed"):
                continue  # "safer than older fibrates in people with reduced kidney function": whom, no effect of it
            process = sent[m.start("proc"):m.end("proc")].lower() if "proc" in names and m.start("proc") >= 0 else ""
            if re.match(r"(?:passing|sending)\b", process):
                process = "signal"  # "stops substance P from passing on its signal": the substance P signal
            pre = sent[m.start("pre"):m.end("pre")] if "pre" in names and m.start("pre") >= 0 else ""
            if process in ("growing", "multiplying", "dividing") and _ORGANISM.match(pre):
                continue  # "stops the virus from multiplying": the infection held back, a clinical outcome
            obj = pre if pre else sent[m.end():]
            if not pre and re.match(r"\s*(?:(?:and|but|or|while|as|in|inside|within|throughout)\s|[a-z]+ly\s+(?:over|in|within|"
                                    r"during|after|for)\s)", obj):  # ("increases gradually over two weeks": when)
                continue  # "the excretion of uric acid increases and blood uric acid levels fall": no object; "the
                # level of cAMP increases in the cells": where, no object either
            obj = _DESCRIBED_THEN_NAMED.sub("", obj, count=1)  # "a messenger inside the cells called cyclic AMP": its name
            vague = _VAGUE_THEN_EXAMPLES.match(obj)
            if vague and _PLACE_EXAMPLE.match(obj, vague.end()):
                vague = None  # "neurotransmitters, including at the junction ...": where they are, no examples
            if vague:  # "the release of other messengers in the front of the brain, such as A, B and C": A, B, C
                obj = obj[vague.end():]
            if relation == "triggers" and re.match(r"^(?:the\s+)?(?:main\s+)?side effects?\b", obj) \
                    or relation == "increases" and _INACTIVATION_OBJ.match(obj):
                continue  # ("enhances the slow inactivation of sodium channels": a channel blocked, read as such)
            place = _PLACE.match(_DOWN_STOP_PAREN.sub("", obj)) if process else None
            maker = _ORGAN_MAKES.match(obj)  # "the amount of glucose the liver produces": its production by the liver
            # "cytokines such as interleukin-1, interleukin-6 and TNF": the examples' commas do not end the object
            short = _SHORT_LIST.match(obj) if not re.match(r"^\s*(?:by|through)\s+$", before, re.I) else None
            # ("By reducing the production of prostaglandins, indomethacin eases pain ...": the main clause after the
            # comma, no list)
            if short:  # "the release of A, B and C, and lets ...": the list, whose commas do not end the object
                obj = short.group(0)
            obj = (_DOWN_STOP_LIST if short or _EXAMPLE_LEAD.match(obj) else _DOWN_STOP).sub("", obj)
            if obj.count("(") > obj.count(")"):  # "insulin secretion (glucose-dependent, so ...)": cut inside a gloss
                obj = obj[:obj.rfind("(")].rstrip()
            items = _rejoin_pp(list_items(obj, split_and=True))
            texts: list[str] = []
            first_example = -1  # the index of the first example after "such as"
            for item in items:
                parts = _EXAMPLES.split(strip_example_cue(item.text), maxsplit=1)
                if len(parts) > 1 and first_example < 0:
                    first_example = len(texts) + 1
                texts.extend(parts)
            first_example = len(texts) if first_example < 0 else first_example
            if len(texts) > 1 and all(_NUMERAL_ITEM.fullmatch(x.strip()) for x in texts[1:]):
                texts = [", ".join(x.strip() for x in texts[:-1]) + " and " + re.sub(r"^(?:and|or)\s+", "", texts[-1].strip())]
                # ("clotting factors II, VII, IX and X": one list, its members numbered)
            for i, text in enumerate(texts):
                if i and (_VERB_ITEM.match(text) or _CLAUSE_OF_ITS_OWN.search(text)):
                    break  # "increases bone density and lowers fracture risk": a second verb, read on its own
                bare, parens = strip_parens(text)
                name = _LEAD_MORE.sub("", re.sub(r"^(?:the|an?)\s+(?=\S+\s)", "", bare.strip(), flags=re.I) if i else bare)
                # ("the heart rate and the strength of each heartbeat": a later member's article, no part of its name)
                symbol = next((p for p in parens if is_symbol(p)), None)
                if i == 0 and _CLAUSE_OPENER.match(name):
                    break  # "slow how quickly the cysts enlarge and the kidneys lose function": a clause, all of it
                if _GERMS_COUNTED.search(bare):
                    continue  # "lowers the number of Cutibacterium acnes bacteria on the skin": fewer germs, an outcome
                if not name or _VAGUE.match(name) or _CLAUSE_ITEM.search(name) or len(name.split()) > 8 \
                        or _COUNTED.match(name) or relation == "increases" and _BLOOD_LEVEL.match(name):
                    continue  # ("switches on two processes:": their names follow; "raises blood sugar": an outcome)
                frag = name
                if process in _PROCESS_NAMES and i < first_example and not (i and _OWN_PROCESS.match(bare.strip())):
                    # "the absorption of glucose" -> "glucose absorption" (a later member that names its own process,
                    # "... and the recruitment of neutrophils", keeps it)
                    # (the examples after "such as" are named alone: "glutamate", not "glutamate release")
                    pp = place.group("pp") if place and len(texts) == 1 else ""
                    if pp and name.endswith(" " + pp):  # "the production of X by the Y": the place once
                        name = name[:-len(pp) - 1]
                    agent = _BY_MAKER.search(name) if not pp else None
                    if agent:  # "the production of reactive oxygen species by neutrophils": who makes it, after
                        name, pp = name[:agent.start()], agent.group(0).strip()
                    name = f"{_compound(name)} {_PROCESS_NAMES[process]}" + (f" {pp}" if pp else "")
                elif maker and len(texts) == 1:
                    name = f"{_compound(name)} production by the {maker.group('o').casefold()}"
                mech = Mechanism(relation=relation, target=name, symbol=symbol, evidence=None)  # type: ignore[arg-type]
                out.append((mech, frag))
    return out


#: a list member that names a process of its own: "the recruitment of neutrophils", "movement of T cells"
_OWN_PROCESS = re.compile(r"^(?:the\s+)?[a-z-]+(?:tion|sion|ment|ance|ence|age|ing|al|ure)\s+of\s+\S", re.I)
#: who makes or does a process, at the end of its object: "... by neutrophils", "... by immune cells"
_BY_MAKER = re.compile(r"\s+by\s+(?!the\s)[a-z][\w-]*(?:\s+[a-z][\w-]*)?$", re.I)
#: a thing described, then named: "a messenger inside the cells called cyclic AMP (cAMP)", "a protein known as X"
_DESCRIBED_THEN_NAMED = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:messenger|molecule|substance|hormone|"
                                   r"chemical|enzyme|protein|signal|compound)s?(?:\s+(?:inside|in|within)\s+(?:the\s+)?"
                                   r"[\w-]+(?:\s+cells?)?)?\s+(?:called|named|known\s+as)\s+(?=\S)", re.I)


#: a list of short noun phrases, "A, B and C", up to the punctuation after its last member
#: (a member has no preposition: "prostaglandins, substances involved in inflammation and in ..." is an appositive)
_LIST_WORD = r"(?!(?:and|or|in|of|on|for|with|by|to|from|into|at|within|inside|which|that|so)\b)[\w-]+"
#: a participle that opens a clause after an object, not one more member ("the production of prostaglandins, easing
#: pain, fever and inflammation")
_PARTICIPLE = (r"(?:easing|making|helping|causing|reducing|allowing|leading|letting|giving|keeping|lowering|raising|"
               r"increasing|decreasing|relieving|preventing|stopping|blocking|resulting|slowing|improving)\b")
_SHORT_LIST = re.compile(rf"^(?:{_LIST_WORD}\s+){{0,3}}{_LIST_WORD}(?:,\s+(?!{_PARTICIPLE})(?:{_LIST_WORD}\s+){{0,3}}{_LIST_WORD})+,?\s+"
                         rf"(?:and|or)\s+(?:{_LIST_WORD}\s+){{0,3}}?{_LIST_WORD}"
                         r"(?=\s*(?:[,;.:]|$)|\s+(?:in|on|from|by|into|within|inside|which|that|so)\b)", re.I)
#: an object made by an organ, said in a relative clause with no "that"
_ORGAN_MAKES = re.compile(r"^[^,;.]*?\s+(?:the|your)\s+(?P<o>liver|stomach|pancreas|kidneys?|gut|intestines?|thyroid|"
                          r"bone\s+marrow|adrenal\s+glands?)\s+(?:makes?|produces?|releases?)\b", re.I)
#: "inflammatory substances such as cytokines": the class and its first example, each an entry
_EXAMPLES = re.compile(r"\s+(?:such\s+as|including)\s+", re.I)
_PLACE_EXAMPLE = re.compile(r"(?:at|in|on|into|between|within|inside)\s", re.I)
_EXAMPLE_LEAD = re.compile(r"^[^,;.()]*?\s(?:such\s+as|including)\s", re.I)
#: the end of an object whose examples run over commas: a clause, or ", and" before a new subject
_DOWN_STOP_LIST = re.compile(r"\s+(?:which|that|to|so|inside|in|on|from|thereby|because|between|but|while|whereas)\b.*$|"
                             r"[;:]\s.*$|\.(?:\s.*)?$|,\s+(?:which|so|thereby|while|but|whereas|as|because)\b.*$|"
                             r",\s+and\s+(?:the|a|an|its|their|it|this|these|they|so|thereby|then|[\w-]+\s+(?:is|are|can|"
                             r"may|will|becomes?))\b.*$", re.I)
#: a later member that is a clause with its own verb: "... and the hemoglobin level goes up"
_CLAUSE_OF_ITS_OWN = re.compile(r"\s(?:goes|go|went)\s+(?:up|down)$|\s(?:rises|falls|drops|improves|increases|decreases|"
                                r"returns\s+to\s+normal)$", re.I)
#: a list item that opens with a verb of change: the object list has ended, another clause begins (a participle on
#: what the first item names too: "inhibits VP37, blocking its interaction with ...")
_VERB_ITEM = re.compile(r"^(?:by\s+[a-z]+ing\b|[a-z]{2,}ing\s+(?:its|their|it|them)\b|(?:may|might|can|could|will|would|also)\s|slows?|lowers?|raises?|reduces?|increases?|decreases?|boosts?|stops?|prevents?|"
                        r"improves?|promotes?|enhances?|limits?|speeds?\s+up|relaxes?|widens?|narrows?|"
                        r"tightens?|kills?|destroys?|strengthens?|weakens?|restores?|shrinks?|dilates?|switch(?:es)?|turns?|"
                        r"modulates?|blocks?|inhibits?|activates?|stimulates?|stabili[sz]es?|triggers?|induces?|causes?|"
                        r"leads?|eases?|relieves?|calms?)\b", re.I)  # ("leads to DNA strand breaks and triggers apoptosis": a second verb)


def _target_words(name: str) -> set[str]:
    """Words of a target name, hyphenated parts apart ("histamine-2 receptor" -> histamine, 2, receptor)."""
    return {w for w in re.split(r"[\s/-]+", name.casefold()) if w and w not in ("a", "an", "the", "enzyme")}


def _rejoin_pp(items: list) -> list:
    """Undo a split inside a prepositional phrase: "proteins needed for growth" + "development"."""
    out: list = []
    for it in items:
        if out and it.conj and (len(it.text.split()) == 1 and _PP_AND.search(out[-1].text + " and ")
                                or len(it.text.split()) <= 2 and _PLACE_AND.search(out[-1].text + " and ")
                                # "the proliferation of T and B lymphocytes": two letters, one head
                                or re.search(r"\s[A-Z]$", out[-1].text) and re.fullmatch(r"[A-Z]\s+[a-z][\w-]+", it.text)):
            out[-1] = type(it)(f"{out[-1].text} and {it.text}", out[-1].conj)
        else:
            out.append(it)
    return out


def _compound(noun: str) -> str:
    """"the T cells" -> "T cell", the first part of a compound noun."""
    ws = re.sub(r"^(?:the|their|its|a|an)\s+", "", noun, flags=re.I).split()
    if ws and len(ws[-1]) > 3 and ws[-1].endswith("s") and not ws[-1].endswith(("ss", "species", "series", "us", "is")):
        ws[-1] = ws[-1][:-1]
    return " ".join(ws)


# ---------------------------------------------------------------------------
# Consequences stated by the sentence's structure
# ---------------------------------------------------------------------------


#: the head of a noun phrase that names a process or a measurable quantity, not a molecule or an outcome
_PROCESS_HEAD = re.compile(r"^(?:[a-z-]+(?:tion|sion|ment|ance|ence|ility|lysis|genesis)|rate|force|release|flow|entry|output|"
                           r"volume|breakdown|uptake|turnover|firing|signall?ing|sweating|copying|emptying|"
                           r"contractions?|duration|period|aggregation|synthesis|formation|production|secretion|"
                           r"excretion|reabsorption|generation|outflow|activity|assembly|resistance|sensitivity|metabolism|"
                           r"maturation|current|potentials?)$", re.I)  # ("prolongs the action potential")
#: outcomes and symptoms, not the drug's downstream action (INDEX: "no entry for clinical outcomes")
_OUTCOME = re.compile(r"\b(?:blood\s+(?:pressure|sugar|glucose)|(?:eye|intraocular)\s+pressure|risk|chances?|symptoms?|"
                      r"pain|severity|frequency|duration\s+of\s+(?:symptoms|illness)|side\s+effects?|"
                      r"workload|hospitali[sz]ation|infections?|complications?|irritation|sedation|dehydration|"
                      r"constipation|depression|confusion|agitation|drowsiness|dizziness|nausea)\b|^(?:inflammation|"
                      r"congestion|"
                      r"the\s+inflammation|(?:the\s+)?(?:immune|inflammatory)\s+(?:response|reaction))$", re.I)
_CONSEQ_VERB = re.compile(r"(?<![\w-])(?P<v>slow(?:s|ed|ing)?(?:\s+down(?=\s+(?:the|its|their)\s))?|reduc(?:e|es|ed|ing)|decreas(?:e|es|ed|ing)|"
                          r"lower(?:s|ed|ing)?|limit(?:s|ed|ing)?|lessen(?:s|ed|ing)?|dampen(?:s|ed|ing)?|"
                          r"cut(?:s|ting)?(?:\s+(?:off|down(?:\s+on)?))?|inhibit(?:s|ed|ing)?|trim(?:s|med|ming)?|"
                          r"curb(?:s|ed|ing)?|blunt(?:s|ed|ing)?|diminish(?:es|ed|ing)?|impair(?:s|ed|ing)?|"
                          r"disrupt(?:s|ed|ing)?|hamper(?:s|ed|ing)?|"
                          r"speed(?:s|ing)?\s+up|lengthen(?:s|ed|ing)?|prolong(?:s|ed|ing)?|strengthen(?:s|ed|ing)?|"
                          r"increas(?:e|es|ed|ing)|rais(?:e|es|ed|ing)|boost(?:s|ed|ing)?|promot(?:e|es|ed|ing)|"
                          r"spur(?:s|red|ring)?|amplif(?:y|ies|ied|ying)|elevat(?:e|es|ed|ing)|ramp(?:s|ed|ing)?\s+up)\s+", re.I)
_CONSEQ_UP = ("speed", "lengthen", "prolong", "strengthen", "increas", "rais", "boost", "promot", "spur", "amplif",
              "elevat", "ramp")
#: the end of a consequence's object: a clause, a purpose, a means or a new sentence part
_CONSEQ_STOP = re.compile(r"\s[\u2013\u2014-]\s.*$|\u2014.*$|"  # (a dash aside)
                          r"\s+(?:which|that|so|thereby|because|but|while|whereas|when|as|for|during|at|until|"
                          r"with|instead|rather|increases?|decreases?|falls?|rises?|drops?|by\s+[a-z]+ing)\b.*$|\s+and\s+(?:therefore|thus|so|hence)\b.*$|"
                          r"\s+from\s+the\s.*$|\s+(?:such\s+as|including)\s.*$|\s+to\s+(?!the\b).*$|[;:.].*$|,\s+(?:which|so|thereby|while|but|"
                          r"whereas|as|because|and\s+(?:the|it|this|so|thereby|then|[\w-]+\s+(?:is|are)))\b.*$", re.I)
_ARTICLE_END = re.compile(r"\b(?:the|a|an|its|their)\s+$", re.I)
_OWN = re.compile(r"^own\b", re.I)  # "speeds up its own breakdown": the drug's own clearance, no action
#: the open relative clause a verb stands in, and what it is about: "from aspirin, which inhibits COX-1 and reduces ..."
_OPEN_RELATIVE = re.compile(r"^(?P<ante>.*),\s+(?:which|who)\s+[^,;:]*$|"
                            r"^(?P<ante2>.*?)\s*\((?:which|who)\s+[^()]*$")  # ("from amphotericin B (which binds ...")


def _relative_other(before: str, other_agent) -> bool:
    """Whether a verb stands in a relative clause about another agent ("Unlike X, which ...", "from aspirin, which")."""
    rel = _OPEN_RELATIVE.match(before)
    if rel is None:
        return False
    ante = rel.group("ante") or rel.group("ante2")
    names = getattr(other_agent, "names", set())
    parts = re.split(r",\s+|\)\s+(?=(?:and|or|but)\s)" if rel.group("ante2") else r",\s+", ante)  # ("from azoles
    # (which block X) and from amphotericin B (which binds Y)": the one before the bracket)
    last = re.sub(r"^(?:(?:and|or|but)\s+)?(?:(?:different\s+)?from|than|like|to|with)\s+", "", parts[-1])
    # ("..., which block X, and from amphotericin B, which binds to ergosterol": the last one named before "which")
    return bool(_UNLIKE.match(ante)) or other_agent(_subject(ante)) \
        or (_other_antecedent(ante, names) and not _TARGET_HEAD.search(ante.strip())) \
        or (last != ante and bool(other_agent(_subject(last))))


_LEAD_DET = re.compile(r"^(?:the|a|an|both|its|their|this|these)\s+", re.I)


def _head(item: str) -> str:
    """The head noun of a noun phrase: the word before "of", else the last word before a place."""
    words = re.split(r"\s+(?:of|in|into|inside|within|through|from|to|on|across|along)\s+", item, maxsplit=1)[0].split()
    return words[-1] if words else ""


def _process_items(obj: str, symbols: dict[str, str] | None = None) -> list[tuple[str, str | None]]:
    """The members of a consequence's object that name a process or quantity ("the heart rate and the force of
    each heartbeat"): (name, symbol); an object naming anything else gives none."""
    out: list[tuple[str, str | None]] = []
    obj = _AND_IN_TURN.sub(" and ", obj)  # "slows carbohydrate digestion and, in turn, glucose absorption": two
    obj = re.sub(r"[\s,]+(?:and|or|but)\s*$", "", _CONSEQ_STOP.sub("", obj))  # ("reduces production of cytokines and
    # increases lipocortin-1": the object ends where the second verb is cut off, its "and" with it)
    items = _rejoin_pp(list_items(obj, split_and=True))
    process_of = _OF_NOUNS.match(items[0].text) if len(items) > 1 else None
    whole = False
    if process_of and not any(_VERB_ITEM.match(x.text) or _CONSEQ_VERB.match(x.text + " ")
                              or _PROCESS_HEAD.match(_head(_LEAD_DET.sub("", strip_parens(x.text)[0]).strip()))
                              for x in items[1:]):
        if _INTO_PLACE.search(items[0].text) or _INTO_PLACE.search(items[-1].text):  # "the movement of inflammatory
            # cells into the joints, skin and gut", "the secretion of fluid and electrolytes into the bowel": one, placed
            items, whole = [Item(", ".join(x.text for x in items[:-1]) + " and " + items[-1].text)], True
        else:  # "reduces the proliferation of lymphocytes and macrophages": the process of each member
            items = [items[0]] + [Item(process_of.group(0) + _LEAD_DET.sub("", x.text).strip()) for x in items[1:]]
    for i, item in enumerate(items):
        if i and (_VERB_ITEM.match(item.text) or _CONSEQ_VERB.match(item.text + " ")):
            break  # "slows the heart rate and reduces the force": the second verb is read on its own
        bare, parens = strip_parens(item.text)
        name = _LEAD_DET.sub("", bare).strip()
        if i == 0 and _CLAUSE_OPENER.match(name):
            break  # "slows how quickly A and B": a clause, none of its parts a process of its own
        if i == 0 and symbols and re.sub(r"\s+(?:in|into|inside|within)\s.*$", "", name) in symbols:
            symbol = re.sub(r"\s+(?:in|into|inside|within)\s.*$", "", name)  # "lowers DHT in the blood"
            out.append((symbols[symbol], symbol))
            continue
        if not name or len(name.split()) > (12 if whole else 9) \
                or (_OUTCOME.search(name) and not _SIGNAL_HEAD.match(_head(name))) \
                or _OWN.match(name) or _CLAUSE_ITEM.search(name) or _VAGUE.match(name) \
                or _ANAPHORA.match(name) or not _PROCESS_HEAD.match(_head(name)):
            continue
        out.append((name, next((p for p in parens if is_symbol(p)), None)))
    return out


#: a process of something named after "of": "the proliferation of lymphocytes"
_OF_NOUNS = re.compile(r"^(?:the\s+)?[a-z-]+(?:tion|sion|ment|ance|ence|age|ing|al|ure|ity)\s+of\s+(?!the\s)(?=\S)", re.I)
#: where a process goes, after what it carries: "into the joints"
_INTO_PLACE = re.compile(r"\s(?:into|to|in|within|across)\s+(?:the\s+)?[\w-]+$", re.I)
#: a vague class whose members the sentence gives as examples: "other messengers ..., such as" (a class with a
#: word of its own, "excitatory neurotransmitters such as ...", is an entry itself, its examples too)
_VAGUE_THEN_EXAMPLES = re.compile(r"^(?:(?:other|several|various|many)\s+)?(?:chemical\s+)?(?:messengers|neurotransmitters|"
                                  r"substances|chemicals|hormones|signals|molecules)\b[^.;:]{0,60}?,?\s+(?:such\s+as|"
                                  r"including|like)\s+", re.I)
#: "It slows the growth of Cutibacterium acnes, by blocking ...": the means of the drug's own verb, whatever the
#: names between (no relative clause or comparison hands the verb to another agent)
_ITS_MEANS = re.compile(r"^\s*(?:it|they)\s+(?![^.;]*\b(?:which|who|unlike|like|whereas|while)\b)[^.;]*[\s,]by\s+$", re.I)
_AND_IN_TURN = re.compile(r"\s+and,?\s+(?:in\s+turn|then|thereby|so|hence)\s*,\s*", re.I)
#: "dampens pain signalling along the pathway": the signal carried is a process even when it is pain's
_SIGNAL_HEAD = re.compile(r"^(?:signall?ing|signals|transmission|firing)$", re.I)


def _consequences(sent: str, other_agent, symbols: dict[str, str] | None = None) -> list[tuple[Mechanism, str]]:
    """What the drug's action changes, said with a verb of change on a process ("which slows the heart rate",
    "reduces the migration of neutrophils into the joint", "lengthens the refractory period")."""
    out: list[tuple[Mechanism, str]] = []
    for m in _CONSEQ_VERB.finditer(sent):
        before = sent[:m.start()]
        if any(rx.match(sent, m.start()) for _, rx in DOWNSTREAM) or _ARTICLE_END.search(before):
            continue  # "reduces the production of X": the downstream patterns' ("the slow inactivation": an adjective)
        if _relative_other(before, other_agent):
            continue  # "Unlike X, which ... and slow the heart rate": another agent's consequence
        if _PEOPLE_WITH_STATE.search(before) and m.group("v").lower().endswith("ed"):
            continue  # "safer than older fibrates in people with reduced kidney function": whom, no effect of it
        if _NEGATION.search(before) or _about_other(before, other_agent) or _PASSIVE.search(before[-40:]) \
                or _NATURAL.search(before) or _LIGAND_SUBJECT.search(_subject(before)) or _DEFECT_THAT.search(before) \
                or _nominal_other(_subject(before), getattr(other_agent, "names", set())):
            continue
        relation = "increases" if m.group("v").lower().startswith(_CONSEQ_UP) else "decreases"
        if m.group("v").lower().startswith("inhibit") and _ACTIVITY_OBJ.match(sent[m.end():]):
            continue  # "inhibits activation of the NLRP3 inflammasome": a target, read as such
        for name, symbol in _process_items(sent[m.end():], symbols):
            out.append((Mechanism(relation=relation, target=name, symbol=symbol, evidence=None), name))  # type: ignore[arg-type]
    return out


#: "so less sodium and chloride are reabsorbed", "fewer prostaglandins are made", "less fibrin forms"
_LESS_WORD = r"(?!(?:is|are|being|be|likely|able|to|less|more|fewer|and|or|of)\b)[\w-]+"
_LESS_DONE = re.compile(rf"\b(?:less|fewer)\s+(?P<x>{_LESS_WORD}(?:\s+{_LESS_WORD}){{0,2}}?(?:\s+(?:and|or)\s+{_LESS_WORD}"
                        rf"(?:\s+{_LESS_WORD})?)?)\s+"
                        r"(?:(?:is|are|gets?|can\s+be)\s+)?(?P<v>reabsorbed|released|made|produced|formed|forms?|"
                        r"broken\s+down|excreted|absorbed|secreted|taken\s+up)\b", re.I)
_DONE_NOUN = {"reabsorbed": "reabsorption", "released": "release", "made": "", "produced": "", "formed": "formation",
              "form": "formation", "forms": "formation", "broken down": "breakdown", "excreted": "excretion",
              "absorbed": "absorption", "secreted": "secretion", "taken up": "uptake"}
#: "so urine output increases", "aldosterone release falls", "toxic sterol precursors build up in the membrane"
_CHANGES = re.compile(r"(?:^|[,:;]\s+|\b(?:so|and|that|then|result|caus(?:es|ing)|lets?)\s+)"
                      r"(?P<np>(?!(?:so|and|that|then|as|causes|causing|lets?)\b)(?:(?!(?:is|are|was|were)\s)[\w'\u2019-]+\s+){0,7}?[\w-]+)\s+"
                      r"(?P<v>falls?|drops?|declines?|decreases?|increases?|rises?|goes\s+(?:up|down)|builds?\s+up|"
                      r"to\s+build\s+up|accumulates?|runs?\s+(?:down|low|out)|(?:becomes?|is|are|gets?)\s+depleted|"
                      r"stops?|halts?|ceases?|grinds?\s+to\s+a\s+halt|"
                      # "so factor X is activated and thrombin generation and clot formation are restored"
                      r"(?:is|are)\s+(?:restored|boosted|enhanced|increased|activated|switched\s+on))"
                      r"(?=\s*$|\s*[,.;]|\s+(?:and|so|in|inside|within|to)\b)", re.I)
#: a clause of its own before "and" in what changes: a subject whose state is told ("the cells stay smaller and")
_STATE_THEN_AND = re.compile(r"^.*?\b(?:stays?|remains?|becomes?|grows?|seems?|looks?|turns?)\s+[\w-]+\s+and\s+", re.I)
#: stores that run down: any store, whatever its head noun ("their glycogen stores run down")
_STORE_VERB = re.compile(r"runs?\s|(?:becomes?|is|are|gets?)\s+depleted", re.I)
#: the level of a messenger said before it: "the level of cAMP"
_LEVEL_OF = re.compile(r"(?:the\s+)?(?:levels?|concentrations?|amounts?)\s+of\s+(?P<x>[\w-]+)", re.I)
#: the level of a messenger named by its symbol: "cAMP levels"
_LEVELS = re.compile(r"\s+(?:levels?|concentrations?)$", re.I)
#: what can no longer be made after a cue: "so they can no longer make enough ATP"
_CANNOT_MAKE = re.compile(r"\b(?:can\s+no\s+longer|cannot|can['\u2019]t|(?:is|are)\s+(?:no\s+longer\s+)?unable\s+to)\s+"
                          r"(?:make|produce|generate|synthesi[sz]e|form)\s+(?:enough\s+|sufficient\s+|as\s+much\s+)?"
                          r"(?!(?:the|a|an|your|their)\s+[\w-]+\s+(?:contract|move|relax|work|beat|fire|grow|divide)\b)"
                          r"(?P<x>[\w-]+(?:\s+[\w-]+){0,2}?)(?=\s*(?:$|[,;.]|\s+(?:and|so|to|for|in|which|that)\b))", re.I)
_CHANGE_CUE = re.compile(r"\b(?:as\s+a\s+result|so|therefore|thus|consequently|in\s+turn|effects?)\b|"
                         # "with the enzyme inhibited, cAMP levels rise": the action as an absolute clause
                         r"\bwith\s+(?:(?:the|this|that|these|those|its)\s+)?(?:[\w-]+\s+){1,2}?(?:inhibited|blocked|"
                         r"activated|stimulated|switched\s+off|shut\s+down)\s*,\s*$|"
                         # "When PDE4 is inhibited, the level of cAMP increases": the action as a clause of time
                         r"^\s*(?:when|once|after|because)\s+(?:(?:the|this|that|these|those|its)\s+)?(?:[\w-]+\s+){1,3}?"
                         r"(?:is|are|has\s+been|have\s+been)\s+(?:inhibited|blocked|activated|stimulated|switched\s+off|"
                         r"shut\s+down)\s*,\s*$|"
                         r"\b(?:caus(?:es|ing)|lets?)\s+$", re.I)
#: "more serotonin stays in the synapse", "leaves more of both chemicals in the synapse"
_MORE_IN_SYNAPSE = re.compile(r"\bmore\s+(?:of\s+)?(?P<x>[\w-]+(?:\s+(?:and|or)\s+[\w-]+)?)\s+(?:(?:stays?|remains?|"
                              r"is|are)\s+)?(?P<av>available\s+)?(?P<pl>in\s+the\s+synap(?:ses|se|tic\s+(?:gap|cleft)))",
                              re.I)
#: "the vessels relax and widen (vasodilation)": the process the page names for the change it describes
_NAMED_CHANGE = re.compile(r"\b(?:relax|widen|dilat|narrow|constrict)\w*\b[^,;()]*?\s*\((?P<t>[\w-]*(?:dilat(?:at)?ion|"
                           r"constriction))\)", re.I)
#: "leads to a build-up of toxic heme", "causes DNA strand breaks", "causes relaxation of the detrusor muscle"
_CAUSES = re.compile(r"\b(?:caus(?:es|e|ed|ing)|leads?\s+to|leading\s+to|results?\s+in|resulting\s+in)\s+"
                     r"(?:an?\s+|the\s+)?(?P<up>(?:build-?up|accumulation)\s+of\s+)?", re.I)
_CAUSE_HEAD = re.compile(r"^(?:(?!vision$)[a-z-]+(?:tion|sion|lysis|osis|age)|breaks)$", re.I)  # (not "blurred
# vision", a side effect the action explains)


_NONE_OF = re.compile(r"^(?:no|little|few|less|fewer|minimal|any|hardly\s+any)\b", re.I)  # "causes little sedation"


def _blocked(before: str, other_agent) -> bool:
    """A change stated under a negation, for another agent, for the body's own ligand or as a passive."""
    return bool(_NEGATION.search(before) or _about_other(before, other_agent) or _NATURAL.search(before)
                or _relative_other(before, other_agent))


def _outcome_clauses(sent: str, other_agent, symbols: dict[str, str] | None = None) -> list[tuple[Mechanism, str]]:
    """Downstream effects stated as a consequence clause: what is left over or made less, what falls, rises or
    builds up, the named widening of vessels, and what the action causes or leads to."""
    out: list[tuple[Mechanism, str]] = []

    def add(relation: str, name: str, frag: str | None = None) -> None:
        bare, parens = strip_parens(name)
        bare = _LEAD_DET.sub("", bare).strip()
        symbol = next((p for p in parens if is_symbol(p)), None)
        level = _LEVELS.search(bare)
        if level and bare[:level.start()] in (symbols or {}):  # "cAMP levels rise": cyclic AMP (cAMP)
            symbol = bare[:level.start()]
            bare = (symbols or {})[symbol]
        if bare and not (_OUTCOME.search(bare) and not _NERVE_ACTIVITY.match(bare)) and not _ANAPHORA.match(bare) \
                and not _VAGUE.match(bare) and len(bare.split()) <= 9:  # ("so histamine cannot produce these
            # effects": what the sentence before named, no thing)
            out.append((Mechanism(relation=relation, target=bare, symbol=symbol,
                                  evidence=None), frag or bare))  # type: ignore[arg-type]
    for m in _LESS_DONE.finditer(sent):
        if not _blocked(sent[:m.start()], other_agent) and not re.search(r"\bwith\s+$", sent[:m.start()], re.I):
            # ("With less thrombin being made, ...": the premise said again, not a new effect)
            noun = _DONE_NOUN[m.group("v").lower()]  # "sodium and chloride reabsorption": one process, its name whole
            for item in list_items(m.group("x"), split_and=True) if not noun else [m]:
                add("decreases", f"{item.group('x') if noun else item.text} {noun}".strip())
    for m in _CHANGES.finditer(sent):
        np_, verb = m.group("np"), m.group("v").lower()
        said = _STATE_THEN_AND.match(np_)
        if said:  # "so the cells stay smaller and platelet production falls": another clause, then what falls
            np_ = np_[said.end():]
        before = sent[:m.start("np")]
        level_of = _LEVEL_OF.fullmatch(np_)
        if level_of:  # "the level of cAMP increases": its levels
            np_ = f"{level_of.group('x')} levels"
        up = verb.startswith(("increas", "ris", "goes up", "build", "to build", "accum", "is ", "are "))
        switched = verb.endswith(("activated", "switched on"))
        if switched and _CHANGE_CUE.search(before) and not _blocked(before, other_agent) \
                and not _LEAD_DET.sub("", np_).casefold().startswith(("it", "they", "this", "these")):
            add("increases", f"activation of {_LEAD_DET.sub('', np_)}")  # "so factor X is activated": its activation
            continue
        if verb.startswith(("is ", "are ")) and " and " in np_ and _CHANGE_CUE.search(before) \
                and not _blocked(before, other_agent):
            parts = [p.strip() for p in re.split(r"\s+and\s+", _LEAD_DET.sub("", np_))]
            if all(_PROCESS_HEAD.match(_head(p)) for p in parts):  # "thrombin generation and clot formation are
                for p in parts:  # restored": each process
                    add("increases", p)
                continue
        if _blocked(before, other_agent) or not (_CHANGE_CUE.search(before) or verb.startswith("to build")) \
                or re.search(r"\b(?:not|cannot|can['\u2019]t|no|never)\b", np_, re.I) \
                or not ("build" in verb or "accum" in verb or _STORE_VERB.match(verb)
                        or _PROCESS_HEAD.match(_head(_LEAD_DET.sub("", np_)))
                        or _LEVELS.search(np_) and np_[:_LEVELS.search(np_).start()] in (symbols or {})):
            continue
        fewer = re.match(r"(?:less|fewer)\s+(?=\S)", np_, re.I)
        if fewer:  # "so less sorbitol builds up in the nerves": less of it, a fall
            np_, up = np_[fewer.end():], not up
        pair = re.fullmatch(r"([\w-]+)\s+and\s+([\w-]+)\s+([\w-]+)", _LEAD_DET.sub("", np_))
        if pair and _PROCESS_HEAD.match(pair.group(3)):  # "protein and RNA synthesis stop": each synthesis
            add("increases" if up else "decreases", f"{pair.group(1)} {pair.group(3)}")
            add("increases" if up else "decreases", f"{pair.group(2)} {pair.group(3)}")
            continue
        add("increases" if up else "decreases", np_)
    for m in _CANNOT_MAKE.finditer(sent):
        if _CHANGE_CUE.search(sent[:m.start()]) and not _blocked(sent[:m.start()], other_agent):
            add("decreases", m.group("x"))  # "so they can no longer make enough ATP"
    for m in _MORE_IN_SYNAPSE.finditer(sent):
        if not _blocked(sent[:m.start()], other_agent) and not re.match(r"(?:both|these|those|them)\b", m.group("x"), re.I):
            for item in list_items(m.group("x"), split_and=True):
                add("increases", f"{item.text} {m.group('av') or ''}{m.group('pl')}", item.text)
    for m in _NAMED_CHANGE.finditer(sent):
        if not _blocked(sent[:m.start()], other_agent):
            add("triggers", m.group("t"))
    for m in _CAUSES.finditer(sent):
        if _blocked(sent[:m.start()], other_agent) or _PASSIVE.search(sent[:m.start()][-40:]):
            continue
        shared = None  # "the secretion of chloride and bicarbonate": the process shared by the nouns after it
        for item in list_items(_CONSEQ_STOP.sub("", sent[m.end():]), split_and=True)[:1 if m.group("up") else 3]:
            name = _LEAD_DET.sub("", strip_parens(item.text)[0]).strip()
            name = _LEAD_DET.sub("", re.sub(r"^(?:then|finally|eventually|ultimately)\s+", "", name, flags=re.I))
            # ("leading to spastic paralysis and then death of the mite": a sequence, each step)
            name = re.sub(r"\s+(?:into|through)\s.*$", "", name) if shared else name
            if m.group("up"):
                add("increases", name)
            elif _CAUSE_HEAD.match(_head(name)) and not _VERB_ITEM.match(name) and not _NONE_OF.match(name):
                add("triggers", name)
                of = re.match(r"^([a-z-]+\s+of)\s+[\w-]+$", name, re.I)
                shared = of.group(1) if of else None
            elif shared and item.conj and re.fullmatch(r"[\w-]+", name):
                add("triggers", f"{shared} {name}")
                shared = None
    for m in _CALMS.finditer(sent):  # "calms pain-sensing nerves in the gut wall": their activity falls
        if not _blocked(sent[:m.start()], other_agent):
            add("decreases", f"activity of {m.group('x')}{m.group('pl') or ''}", m.group("x"))
    for m in _MORE_ENTERS.finditer(sent):  # "so more fluid enters the intestine"
        if _CHANGE_CUE.search(sent[:m.start()]) and not _blocked(sent[:m.start()], other_agent):
            add("increases", f"{m.group('x')} in the {m.group('pl')}", m.group(0))
    for m in _LEVEL_IN.finditer(sent):  # "Less calcium is available in the cell"
        if not _blocked(sent[:m.start()], other_agent):
            add("increases" if m.group("d").casefold() == "more" else "decreases",
                f"{m.group('x')} {m.group('pp').casefold()} {m.group('pl')}", sent[m.start("d"):m.end()])
    for m in _MORE_FLOWS.finditer(sent):  # "More chloride flows into the nerve cells, which makes them less
        if not _blocked(sent[:m.start()], other_agent):  # excitable": the flow, then what it does to them
            add("increases" if m.group("d").casefold() == "more" else "decreases",
                f"{m.group('x')} flow into {m.group('det') or 'the '}{m.group('pl')}", m.group(0).split(None, 1)[1])
            them = _MAKES_THEM.match(sent, m.end())
            if them:
                add("increases" if them.group("d").casefold() == "more" else "decreases",
                    f"{_PROPERTY_NOUN[them.group('a').casefold()]} of {m.group('det') or 'the '}{m.group('pl')}",
                    them.group(0).strip(" ,"))
    for m in _INTERFERES.finditer(sent):  # "interferes with the release of calcium from stores inside the cells"
        if _PROCESS_HEAD.match(m.group("p")) and not _blocked(sent[:m.start()], other_agent) \
                and not _NEGATION.search(sent[:m.start()]):
            add("decreases", m.group("x"))
    for m in _MORE_OF_A_KIND.finditer(sent):  # "so the membrane becomes more permeable", "makes the wall less stable"
        before = sent[:m.start()]
        if m.group("x") and (_WHICH_CAN.search(before) or not (_names_drug(before, other_agent) or _ITS_DOING.search(before))):
            continue  # "a substance that can make the brain more excitable", "water ... can make the canal less
            # acidic": another's doing
        if not _blocked(before, other_agent) and (m.group("x") or _CHANGE_CUE.search(before)):
            thing = m.group("x") or m.group("y")
            said = list(re.finditer(rf"\bthe\s+((?:[\w-]+\s+){{1,3}}{re.escape(thing.split()[-1])})\b", before, re.I)) \
                if len(thing.split()) == 2 else []
            thing = f"the {said[-1].group(1)}" if said else thing  # ("binds to the bacterial cell membrane ..., so the
            # membrane becomes more permeable": the membrane named before)
            to = m.group("to") if m.group("a").casefold() in ("sensitive", "responsive") else None
            thing = re.sub(r"\s+(?:in|inside|within|on)\s.*$", "", thing) if to else thing  # ("makes the breathing
            # center in the brainstem more sensitive to carbon dioxide": its sensitivity to it)
            add("increases" if m.group("d").casefold() == "more" else "decreases",
                f"{_PROPERTY_NOUN[m.group('a').casefold()]} of {thing}{to or ''}", thing)
    for m in _HARDER_FOR.finditer(sent):  # "makes it harder for bacteria to stick to the teeth (bacterial adhesion)"
        if not _blocked(sent[:m.start()], other_agent):
            add("decreases" if m.group("d").casefold() != "easier" else "increases", m.group("n"))
    for m in _MAKING_IT.finditer(sent):  # "acts on the smooth muscle of the arteries, making it relax"
        if not _blocked(sent[:m.start()], other_agent) and not _NEGATION.search(sent[:m.start()]):
            add("triggers", f"{_CHANGE_NOUN[m.group('v').lower()]} of {m.group('x')}", m.group("x"))
    return out


#: what a property becomes, said with its adjective: "makes the bacterial membrane more permeable", "so the
#: membrane becomes more permeable (leaky)": the property of that thing rises or falls
_PROPERTY_NOUN = {"permeable": "permeability", "leaky": "permeability", "sensitive": "sensitivity",
                  "acidic": "acidity", "alkaline": "alkalinity", "soluble": "solubility", "excitable": "excitability",
                  "fluid": "fluidity", "viscous": "viscosity", "stable": "stability", "porous": "porosity",
                  "sticky": "stickiness", "responsive": "responsiveness", "rigid": "rigidity", "flexible": "flexibility"}
_THING = r"(?:the|its|their)\s+(?:(?!(?:more|less|and|or|so|which)\b)[\w-]+\s+){0,4}?(?!(?:more|less|and|or|so|which)\b)[\w-]+"
_MORE_OF_A_KIND = re.compile(rf"\b(?:(?:makes?|making|made|renders?|rendering|leaves?|leaving)\s+(?P<x>{_THING})|"
                             rf"(?P<y>{_THING})\s+(?:becomes?|became|gets?|grows?|turns?))\s+(?P<d>more|less)\s+"
                             rf"(?P<a>{'|'.join(_PROPERTY_NOUN)})\b"
                             r"(?P<to>\s+to\s+(?!(?:the|a|an|its|their|this)\b)[a-z][\w-]*(?:\s+(?!(?:and|or|so|which|that|in)\b)[a-z][\w-]*)?)?",
                             re.I)  # ("more sensitive to carbon dioxide": to what)
#: a process made harder or easier, named in brackets: "makes it harder for bacteria to stick to the teeth
#: (bacterial adhesion)"
#: the drug said as the doer before a verb: "it ... makes", "works by making", "this medicine makes"
_ITS_DOING = re.compile(r"\b(?:it|they|this\s+(?:drug|medicine|medication)|works?\s+by)\b", re.I)
#: a relative clause's verb ahead: "a substance that can ..."
_WHICH_CAN = re.compile(r"\b(?:that|which|who)\s+(?:(?:can|may|could|will|would|also|often|then)\s+)*$", re.I)
_HARDER_FOR = re.compile(r"\bmak(?:es?|ing)\s+it\s+(?P<d>harder|more\s+difficult|easier)\s+for\s+[^,;:()]{3,60}?\s+to\s+"
                         r"[^,;:()]{2,60}?\s*\((?P<n>[^()]{3,40})\)", re.I)
#: "calms pain-sensing nerves in the gut wall", "quietens overactive nerve cells": the nerves' activity decreases
_CALMS = re.compile(r"\b(?:calm|quieten|quiet|soothe|settle|dampen)(?:s|ed|ing)?\s+(?:down\s+)?(?:the\s+)?"
                    r"(?P<x>(?!(?:overactive|hyperactive|irritated|excited|damaged)\b)"  # ("calms overactive nerve cells": an outcome)
                    r"(?:(?!(?:the|these|those|its|their|your|down)\b)[\w-]+\s+){1,2}?(?:nerves|neurons|nerve\s+(?:cells|fibres|fibers|endings)))"  # ("calms the nerves": vague)
                    r"(?P<pl>\s+(?:in|of|on)\s+the\s+[\w-]+(?:\s+(?!(?:and|or|which|that|so)\b)[\w-]+)?)?", re.I)
#: the activity of nerves named by what they sense ("pain-sensing nerves"): a process, not the symptom
_NERVE_ACTIVITY = re.compile(r"^activity\s+of\s", re.I)
#: "interferes with the release of calcium from stores inside the muscle cells": the process as written, its place
#: included (the place says which release)
_INTERFERES = re.compile(r"\binterfer(?:e|es|ed|ing)\s+with\s+(?:the\s+)?(?P<x>(?P<p>[a-z-]+)\s+of\s+[^,;:.()]{3,70}?)"
                         r"(?=\s*[,;:.]|\s*$|\s+(?:which|that|so|and|but|because)\b)", re.I)
#: "so more fluid enters the intestine": more of it, in that place
_MORE_ENTERS = re.compile(r"\bmore\s+(?P<x>[\w-]+)\s+(?:enters|flows\s+into|moves\s+into|passes\s+into|is\s+drawn\s+into|"
                          r"is\s+pulled\s+into)\s+the\s+(?P<pl>[\w-]+)\b", re.I)
#: "Less calcium is available in the cell", "so more glucose is left inside the cells": a level in a place (the
#: synapse is read by _MORE_IN_SYNAPSE)
_LEVEL_IN = re.compile(r"(?:^|\b(?:so|and|then|result,)\s+)(?P<d>more|less)\s+(?P<x>[\w-]+)\s+(?:is|are|stays?|remains?)\s+"
                       r"(?:available|present|left|free)\s+(?P<pp>in|inside|within)\s+(?P<pl>(?:the|its|their)\s+"
                       r"(?!synap)(?:[\w-]+\s+)?[\w-]+?)(?=\s*(?:$|[,;.(]|\s+(?:and|so|which|to)\b))", re.I)
#: "More chloride flows into the nerve cells", "so less calcium can flow into the muscle cells": the flow of an ion
#: (or blood) into a place, said as the sentence's own news (at its start or after "so" / "and")
_MORE_FLOWS = re.compile(r"(?:^|\b(?:so|and|letting|allowing)\s+)(?P<d>more|less)\s+(?P<x>[\w-]+(?:\s+ions)?)\s+"
                         r"(?:can\s+)?(?:flows?|rush(?:es)?|streams?|moves?|pours?)\s+into\s+(?P<det>(?:the|these|those|its|their)\s+)?"
                         r"(?P<pl>(?!(?:and|or|which|that|so)\b)[\w-]+(?:\s+(?!(?:and|or|which|that|so)\b)[\w-]+)?)\b",
                         re.I)
#: ", which makes them less excitable" right after that place: the place's property
_MAKES_THEM = re.compile(rf",?\s+(?:which|and\s+this|this)\s+makes?\s+(?:them|it)\s+(?P<d>more|less)\s+"
                         rf"(?P<a>{'|'.join(_PROPERTY_NOUN)})\b", re.I)
#: "acts directly on the smooth muscle in artery walls, making it relax": the muscle's relaxation
_MAKING_IT = re.compile(r"\b(?:acts?|works?)\s+(?:directly\s+|mainly\s+)?on\s+(?P<x>the\s+[^,;:.]{3,60}?),\s+"
                        r"(?:making|causing|letting|helping)\s+(?:it|them)\s+(?:to\s+)?(?P<v>relax|contract|tighten)\b", re.I)
_CHANGE_NOUN = {"relax": "relaxation", "contract": "contraction", "tighten": "contraction"}


_CLASS_NOUNS = frozenset({"receptor", "enzyme", "channel", "transporter", "protein", "kinase", "pump"})
#: words that say which form of a target a sentence means, not another target ("the mutated BRAF protein")
_ALTERED = frozenset({"mutated", "mutant", "abnormal", "altered", "overactive", "defective"})


#: a chemical name's locants in brackets between hyphens ("β-(1,3)-D-glucan"), held in private-use brackets while a
#: sentence is read, so that no bracket or comma rule cuts the name there (:func:`_add` gives them back)
_LOCANTS = re.compile(r"(?<=-)\((\d[\d,\u2192-]{0,8}\d)\)(?=-)")
_BARE_LOCANTS = re.compile(r"(?<![\w,])\d(?:,\d)+-(?=[A-Za-z])")
_HELD = str.maketrans("\ue000\ue001\u02cc", "(),")


#: a name that is no name: it starts with a negation or a verb, or goes on into a second clause ("X then activates")
_NO_TARGET_NAME = re.compile(r"^(?:no|not|none)\s|^(?:prevents|stops|keeps|makes|lets|allows|helps|causes)\s|"
                             r"\sthen\s+[a-z]+s\b")


def _hold_locants(text: str) -> str:
    if "-(" in text:
        text = _LOCANTS.sub(lambda m: "\ue000" + m.group(1).replace(",", "\u02cc") + "\ue001", text)
    return _BARE_LOCANTS.sub(lambda m: m.group(0).replace(",", "\u02cc"), text)  # ("2,3-diphosphoglycerate")


#: relations that say opposite things of one target
_OPPOSED = ({"activates", "blocks"}, {"activates", "inhibits"})


def _add(result: Extraction, q: Quoter, sec: Section, block: Block, sent: str, mech: Mechanism,
         frag: str | None = None) -> None:
    acting = _ACTIVATION_OF.match(mech.target) if mech.relation in ("increases", "decreases") and mech.symbol \
        and is_symbol(mech.symbol) else None
    if acting:  # "Prolongs the activation of heat shock factor 1 (HSF1)": the factor, a protein named by its symbol,
        mech.relation = "activates" if mech.relation == "increases" else "inhibits"  # switched on
        mech.target = acting.group("n")
    mech.target, sent = mech.target.translate(_HELD), sent.translate(_HELD)
    mech.symbol = mech.symbol.translate(_HELD) if mech.symbol else mech.symbol
    frag = frag.translate(_HELD) if frag else frag
    if _NO_TARGET_NAME.search(mech.target):
        return  # "needs no viral enzyme", "This binding prevents transfer RNA ...", "trypsin then activates ...": a
        # negation, a verb or a second agent's act read as a name; no molecule is named so
    k = mech.target.casefold()
    words = _target_words(mech.target)
    lead = k.split(" ", 1)[0]
    for old in result.mechanism:
        same = old.target.casefold() == k or (mech.symbol and old.symbol == mech.symbol) \
            or (old.symbol and " " in k and old.symbol.casefold() == lead and mech.is_target and old.is_target) \
            or (old.symbol == mech.target and mech.is_target and old.is_target)  # ("PDE5" after "phosphodiesterase
        # type 5 (PDE5)": the same target, by its symbol alone)
        # ("FP receptors" after "the prostaglandin F receptor (FP)": the same target, by its symbol)
        fuller = mech.is_target and old.is_target and (old_words := _target_words(old.target)) \
            and old_words < words and words - old_words <= _CLASS_NOUNS
        if fuller:  # "an agonist at two serotonin receptors, 5-HT1B and 5-HT1D", then "5-HT1B receptors": one
            old.target = mech.target  # target, named in full
            same = True
        altered = mech.is_target and old.is_target and (old_words := _target_words(old.target)) < words \
            and words - old_words <= _ALTERED  # "the mutated BRAF protein" after "the BRAF protein": the same target
        if same and mech.is_target and old.relation == "increases" and old.evidence is not None \
                and _SWITCHED_ON.search(old.evidence.sentence or ""):
            # "Fondaparinux switches on antithrombin, ...", then "It attaches to antithrombin": what it binds and
            # switches on, it activates
            old.relation = mech.relation if mech.relation not in ("binds", "modulates") else "activates"
            return
        if same and {old.relation, mech.relation} in _OPPOSED and combined_parts(result.drug.label) \
                and any(p in f"{block.label or ''} {sent}".casefold() for p in combined_parts(result.drug.label)):
            continue  # "Oxycodone activates mu-opioid receptors ...", "Naloxone blocks mu-opioid receptors in the gut":
            # a combination's two drugs acting on one target in opposite ways, each said
        if same or altered or (mech.is_target and old.is_target and words and words <= _target_words(old.target)):
            if old.relation in ("binds", "modulates") and mech.is_target and mech.relation not in ("binds", "modulates") \
                    and old.is_target:
                old.relation = mech.relation  # "binds to X ... shutting down these pumps": the direction is stated later
            return
    if frag is None and mech.symbol and mech.target.casefold() not in sent.casefold() \
            and mech.symbol.casefold() in sent.casefold():
        frag = mech.symbol  # "Denosumab binds RANKL ...": the sentence names the target by its symbol
    mech.evidence = q.evidence(sec, block.span, frag or mech.target, sent)
    result.mechanism.append(mech)
