"""Indications: what the drug treats, from the Usage bullets only."""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from kg.anatomy import BODY_PARTS
from kg.extract_text import (
    Folded,
    Guarded,
    Quoter,
    StartOr,
    capitalise,
    is_abbreviation,
    key,
    list_items,
    norm,
    not_a_name,
    own_names,
    sentences,
    spaced_dashes,
    spells_initials,
    split_top,
    strip_parens,
)
from kg.extractors.identity import FORM_LABEL, PRODUCTS_LEAD, clean_field, product_bullet, usage_field, usage_section
from kg.extractors.prose_uses import (
    ANOTHER,
    BROAD_KINDS,
    DISEASE_WORD,
    FOLLOWING_LIST,
    HEAD_NOUN,
    MEASURE_FOR_WHOM,
    SEVERITY_RANGE,
    abbreviates,
    caused_pair,
    glosses,
    item_conditions,
    owned_head,
    prose_uses,
    shared_when,
)
from kg.model import Block, Document, Extraction, Indication, Section, Span
from kg.sections import ORDINAL_WORD

_NEGATED_INTRO = re.compile(r"\b(?<!\buses\sare\s)(?<!\buses\sare\syet\s)(?<!\()(?<!\bexperimental\sand\s)"
                            r"(?<!\binvestigational\sand\s)(?:not|never)\s+(?:be\s+)?(?:used|approved|"
                            r"indicated|effective|recommended)\b|"  # ("being studied for ..., these uses are not
                            # approved:" over a list: their status, no denial; nor "Being studied (not approved):", nor
                            # "These uses are experimental and not approved:")
                            r"\b(?:does\s+not|doesn['\u2019]t|will\s+not|won['\u2019]t|cannot|can['\u2019]t)\s+(?:treat|cure|"
                            r"work|do)\b|\bshould not\b|\bis not for\b|^not\s+for\b|"  # ("A few things it doesn't do:")
                            r"^limitations?(?:\s+of\s+use)?:?$|"  # ("3. Limitations" over what it is not for)
                            # ("Important limits:", "Key limitations:", "What it can't do:")
                            r"^(?:(?:important|key|main)\s+)?(?:limits|limitations)\s*:?$", re.I)
#: (an item that opens with "not"/"no", or says the drug does not work for it)
_NEGATED_ITEM_F = StartOr(r"(?:not|no)\b",
                          r"\b(?:was|were|is|are|has been|have been) not (?:effective|shown to work)\b|"
                          r"\bnot recommended\b(?!\s+(?:for|in)\s)|\b(?:is|are) not (?:used|approved|indicated|effective) "
                          r"(?:for|to treat)\b|\b(?:does\s+not|doesn['\u2019]t|will\s+not|won['\u2019]t|cannot|can['\u2019]t)\s+"
                          r"(?:treat|cure)\b|"  # ("It won't treat bacterial vaginosis, ...")
                          # ("The patch does not slow the progression of Parkinson's disease; it treats the symptoms": the
                          # drug said not to change the disease's course; not "when seizures do not stop")
                          r"^(?:it|this\s+(?:medicine|drug)|the\s+(?:[\w-]+\s+)?(?:medicine|drug|patch|cream|gel|tablets?|"
                          r"injection|spray|ointment|drops?))\s+(?:does\s+not|doesn['\u2019]t|will\s+not|won['\u2019]t|"
                          r"cannot|can['\u2019]t)\s+(?:cure|slow|halt|reverse|stop)\b", re.I)
_INVESTIGATIONAL = re.compile(r"\b(?:investigational|experimental|studied in (?:clinical )?trials|"
                              r"being studied|under investigation|clinical trials? for|"
                              r"(?:has|have) (?:also )?been (?:studied|tested|investigated|trialled|trialed) (?:for|in)"
                              r"(?: the following| other| several| some)?(?: conditions| uses| diseases)?(?::$|,))",
                              re.I)
#: an item label that is only how the drug is used, not a condition ("Off-label:", "Investigational:")
_QUALIFIER_ONLY = re.compile(r"^(?:off[- ]label(?:\s+uses?)?|investigational(?:\s+uses?)?|experimental|"
                             r"prevention|prophylaxis|studied(?:\s+uses?)?(?:\s*\(off[- ]label\))?|"
                             # "**Off-label / studied:** X in ...": off-label, however else it is said
                             r"off[- ]label\s*(?:/|or|and|&)\s*(?:studied|investigational|experimental|research)(?:\s+uses?)?|"
                             r"(?:studied|investigational|experimental)\s*(?:/|or|and|&)\s*off[- ]label(?:\s+uses?)?)$", re.I)
#: a plain item that opens with the verb of an off-label use: "Studied off-label in X", "Used off-label for Y"
_OFF_LABEL_VERB_ITEM = re.compile(r"^(?:(?:also|sometimes)\s+)?(?:studied|used|tried|given|prescribed)\s+off[- ]label\s+"
                                  r"(?P<p>in|for)\s+", re.I)
#: an item that says whom the drug was tried in: "Studied in school-age children together with albendazole ..."
_STUDIED_IN_WHO = re.compile(r"^(?:also\s+)?(?:studied|tested|tried|investigated|being\s+studied)\s+in\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:children|adults|people|patients|women|men|infants|newborns|volunteers)\b", re.I)
_REDUCES_RISK = re.compile(r"^(?:reduces|lowers|reduced|lower(?:ed)?|decreased)\s+(?:the\s+)?risk\s+of\s+", re.I)
_OFF_LABEL = re.compile(r"\boff[- ]label\b", re.I)
#: (a risk lowered is a prevention; "to reduce the large amounts of dilute urine" treats a symptom)
_PREVENTION_DESC = re.compile(r"^(?:to\s+)?(?:(?:prevent|prevention|prevents)\b|(?:lower|reduce|decrease|reduces|lowers)\s+"
                              r"(?:the\s+|your\s+|their\s+)?(?:risk|chance|likelihood)\b)", re.I)
_PREVENTION_LABEL = re.compile(r"^(?:prevention|prophylaxis) of\s+", re.I)
#: a relative clause after a condition, saying what the drug does in it
_WHERE_CLAUSE = re.compile(r",\s+(?:where|in\s+which|when)\s+(?:it|the\s+(?:drug|medicine))\s+", re.I)
_ITEM_SPLIT = re.compile(r"\s*(?::|\s[-\u2013\u2014]\s)\s*")
_TWO_CONDITIONS = re.compile(r"(?<=\))\s+(?:and|or)\s+|(?<=\)),\s*(?:and\s+|or\s+)?")


#: The same patterns, run over lower-cased ASCII text (see :class:`kg.extract_text.Folded`).
_NEGATED_INTRO_F = Folded(_NEGATED_INTRO)
_INVESTIGATIONAL_F, _OFF_LABEL_F = Folded(_INVESTIGATIONAL), Folded(_OFF_LABEL, guard=True)

def extract_treats(doc: Document, result: Extraction) -> None:
    sec = usage_section(doc)
    if sec is None:
        return
    q = Quoter(doc)
    investigational = result.status is not None and result.status.label == "investigational"
    names = _drug_names(result) + _class_acronym(sec, result)
    for part in [sec] + _usage_goes_on(doc, sec):
        _read_usage(doc, part, result, q, investigational, names)
    _footnote_marks(sec, result.treats)
    own = own_names(result)  # "| Nirmatrelvir | 150 mg | ... |": a component of the drug, no condition
    result.treats = _one_per_condition(_same_condition_for_others([use for use in _without_general_aims(sec, result.treats)
                                                                   if use.label.casefold() not in own
                                                                   and not _BARE_LEVELS.fullmatch(use.label)
                                                                   and not _CLAUSE_AS_USE.search(use.label)]))


#: a clause cut from a sentence or an item, no condition: "Doctors often continue it" (who does what with the drug),
#: "Studied in small trials as an off-label use" (how a use before it was tried)
_CLAUSE_AS_USE = re.compile(r"^(?:doctors?|physicians?|clinicians?|prescribers?|specialists?|you|we|they)\s+"
                            r"(?:(?:\w+ly|often|sometimes|also|may|can|will|then)\s+)*"
                            r"[a-z]+s?\s+(?:it|them)\b|^(?:studied|tested|tried|trialled|trialed|investigated)\s+"
                            r"(?:in|as|for)\b|"
                            # ", without a clear benefit": how a trial went; ", mostly of the lungs": where, an aside
                            r"^(?:without|with\s+no)\s+(?:a\s+|any\s+)?(?:clear\s+|real\s+|proven\s+|lasting\s+)?"
                            r"(?:benefit|effect|success|improvement)\b|^(?:mostly|mainly|usually|often)\s+(?:of|in|on)\s+the\b|"
                            # ("Spinal muscular atrophy (SMA), types 2 and 3": the kinds a use is said of, cut off)
                            r"^(?:types?|stages?|grades?|classes?)\s+(?:[0-9]+|[IVX]+)[a-z]?$|^(?:[0-9]+|[IVX]+)[a-z]?$",
                            re.I)


def _usage_goes_on(doc: Document, sec: Section) -> list[Section]:
    """The uses sections that go on after the drug's brands or identity told inside Usage ("Brand names:" over its
    list, then "Used for:" over the uses): the same Usage, read with it."""
    after = doc.sections[doc.sections.index(sec) + 1:]
    more: list[Section] = []
    for k, other in enumerate(after):
        if other.kind == "uses" and k and all(s.kind in ("brands", "identity") for s in after[:k]):
            more.append(other)
        elif other.kind not in ("brands", "identity"):
            break
    return more


def _read_usage(doc: Document, sec: Section, result: Extraction, q: Quoter, investigational: bool,
                names: list[str]) -> None:
    intro = lead = ""
    term_run = False  # the previous block was a "Term — description" line
    lead_depth = -1  # the depth of a list item that is a lead-in ("- It is used to treat:") over its own sub-list
    for k, block in enumerate(sec.blocks):
        said_nth = _ORDINAL.match(norm(block.text)) if not block.label and not block.cells else None
        if said_nth and not _CLAUSE_OPENING.match(said_nth.group("rest")) \
                and not re.match(r"(?:and|but|it|this|they|doctors|researchers)\b", said_nth.group("rest"), re.I):
            # "First, multidrug-resistant HIV-1 infection. That's for adults who ...": a use counted out in words, an
            # item of the list it speaks
            block = replace(block, kind="item", text=said_nth.group("rest"), depth=0)
        if ", or " in block.text and block.kind == "item":  # "HIV-1 pre-exposure prophylaxis, or PrEP": its
            block = replace(block, text=_OR_ABBREVIATION.sub(  # abbreviation, as in brackets (not inside brackets:
                lambda m: m.group(0) if m.string.count("(", 0, m.start()) > m.string.count(")", 0, m.start())
                else f" ({m.group('a')})", block.text))  # "(also called X, or SMEI)")
        if block.kind == "item" and block.depth <= lead_depth:
            intro = lead = ""
            lead_depth = -1
        if usage_field(block) is not None:
            continue  # "- Class: ...", "- How it is taken: by mouth ...": the drug's identity, read there; no use
        field = clean_field(norm(block.label)) if block.kind == "item" and block.label and block.text.strip() \
            and not block.text.rstrip().endswith(":") and not _ASIDE_ONLY.match(block.text) else ""
        # (not "**Off-label uses**: ... for:" nor "**Off-label uses** (at a doctor's discretion)" over a sub-list)
        if field and not block.depth and (run_in := _RUN_IN_LEAD.match(field)):
            # "- **Indication:** Hypertension in adults ...", "- **Not indicated for:** HF": a field of the drug's
            # uses, its value read as a run-in line's
            result.treats.extend(_run_in_uses(q, sec, block, run_in, names))
            continue
        if field and not block.depth and _NOT_A_USE_FIELD.match(field):
            continue  # "- **Dosing:** 150 mg PO QD", "- **Contraindications:** pregnancy": a field, no use
        heads = block.label if block.label and not block.text.strip() else \
            block.text if block.label is None and block.text.rstrip().endswith(":") else ""
        if block.kind == "item" and not block.cells and heads and _FORMS_HEADING.match(norm(heads).rstrip(" :")):
            intro = lead = norm(heads).rstrip(" :") + ":"  # "- Forms and brands:" over its list: products, no uses
            lead_depth = block.depth
            continue
        parent = block.kind == "item" and block.label is None and k + 1 < len(sec.blocks) \
            and sec.blocks[k + 1].kind == "item" and sec.blocks[k + 1].depth > block.depth \
            and _NAMED_GROUP.match(norm(block.text))  # "• Approved uses (adults)" over "– Plaque psoriasis"
        if block.kind == "item" and not block.cells and (block.label and not _ASIDE_ONLY.sub("", block.text).strip()
                                                          or block.label is None and block.text.rstrip().endswith(":")
                                                          or parent) \
                and _GROUP_LEAD.search(block.label or block.text):
            # "* Off-label uses:" over its own sub-list: a lead-in, its items the uses
            intro = lead = f"{(block.label or block.text).rstrip(': ')}:"
            lead_depth = block.depth
            continue
        if block.kind == "item" and not block.cells and block.label and (
                not block.text.strip(" :") or block.text.rstrip().endswith(":")) \
                and (_GROUP_LEAD.search(block.label) or FORM_LABEL.match(strip_parens(norm(block.label))[0].strip(" :"))):
            # "* **Nasal spray (NasalCrom):**" or "* **Hospital uses:** Given as an injection to:" over its own
            # sub-list: a form or a group of uses, its items the uses
            intro = lead = f"{block.label.rstrip(': ')}: {block.text}"
            lead_depth = block.depth
            continue
        if product_bullet(block):
            continue  # "- **Nasal spray** – 0.1% (Astelin)": a product, its strength and brand, no use
        if block.kind == "item" and block.label is None and not block.cells \
                and _STATEMENT.match(strip_parens(norm(block.text).strip())[0]):
            continue  # "- Brand X and brand Y are different products.": about other things, no use
        if block.kind == "item" and block.label is None and not block.cells and _defines_a_term(doc, block):
            continue  # "- *Blepharitis* means inflammation of the eyelid margins.": a term explained, no use
        if block.kind == "item" and block.label is None and not block.cells \
                and _IDENTITY_ITEM.match(_opening_name_as_it(norm(block.text), names)):
            continue  # "* It belongs to a class of medicines called **X**.", "* It comes as **soft gelatin capsules**": no use
        said = norm(block.text).strip()
        if block.kind == "item" and block.label is None and not block.cells and _finishes_used_lead(said, lead):
            # "Nateglinide is used:" over "- To improve blood sugar control in adults with X", "- Off-label for Y",
            # "- It has also been studied in Z": each item finishes the lead's sentence (a studied use listed
            # among its uses is one, off-label)
            if _STUDIED_ITEM.match(said):  # ("..., and there's interest in other immune problems": a clause of its
                said = _STUDIED_ITEM.sub("off-label for ", _CLAUSE_AFTER.sub("", said))  # own, cut)
            result.treats.extend(_prose(q, sec, replace(block, text=f"It is used {said[:1].lower()}{said[1:]}"),
                                        investigational, result.treats, names))
            continue
        if block.kind == "item" and block.label is None and not block.cells and _is_sentence_item(block.text, names):
            # "- Sofosbuvir is an oral antiviral ...", "- It is used to treat:": a sentence, read as prose
            if lead and _NEGATED_INTRO_F.search(lead) and not _lead_in(block.text) and block.depth >= max(lead_depth, 0):
                continue  # "Important limits:" over "- It is not a weight-loss drug." and "- The fat comes back if you
                # stop.": one of the denied list's items, which ends no list
            intro = block.text
            lead = _lead_in(intro)
            lead_depth = block.depth if lead else -1
            result.treats.extend(_prose(q, sec, block, investigational, result.treats))
            continue
        lines = _term_lines(q.doc, block) if block.kind == "paragraph" and not block.label else []
        if lines and not _NEGATED_INTRO_F.search(lead):
            # "Impetigo — clears ..." / "Nasal MRSA colonization — ..." on lines of their own, with no
            # blank line between (one paragraph): each line's term a use, as a bold bullet label
            term_run = True
            global_q = "off-label" if _OFF_LABEL_F.search(lead) else "prevention" if _PREVENT_LEAD.search(lead) else None
            for term_text, desc, span in lines:
                item = Block(kind="item", text=desc, span=span, label=term_text)
                result.treats.extend(_indications(q, sec, item, global_q))
            continue
        term = _TERM_DASH.match(norm(block.text)) if block.kind == "paragraph" and not block.label else None
        if term and (lead or term_run) and not _TERM_VERB.search(term.group("term")) \
                and not _NEGATED_INTRO_F.search(lead):
            # "Doctors use it for:" over "Throat infections — such as tonsillitis." lines: each term a use
            term_run = True
            item = Block(kind="item", text=term.group("desc"), span=block.span, label=term.group("term"))
            global_q = "off-label" if _OFF_LABEL_F.search(lead) else "prevention" if _PREVENT_LEAD.search(lead) else None
            result.treats.extend(_indications(q, sec, item, global_q))
            continue
        prior = sec.blocks[k - 1] if k > 0 else None
        labelled = block.kind == "paragraph" and block.label and block.text.strip() \
            and (term_run or lead and prior is not None and prior.kind == "paragraph" and not prior.label
                 and prior.text.rstrip().endswith(":")) \
            and not re.search(r"\b(?:comes?|is|are|has|have|can|may|note|idea|tip|remember|heads|background|hook|"
                              r"important|explanation|summary|bottom)\b", block.label, re.I) \
            and not block.text.rstrip().endswith(":") and len(block.label.split()) <= 8 \
            and not _TERM_VERB.search(block.label) and not _RUN_IN_LEAD.match(norm(block.label)) \
            and not _IF_YOU_HAVE.match(norm(block.label)) and not _NEGATED_INTRO_F.search(lead)
        if labelled:  # "Its uses, all off-label, include:" over plain "Alopecia areata: extensive patchy hair loss ..."
            # lines: each label a use, as a bullet's (a run of them)
            term_run = True
            item = Block(kind="item", text=block.text, span=block.span, label=block.label)
            global_q = "off-label" if _OFF_LABEL_F.search(lead) else "prevention" if _PREVENT_LEAD.search(lead) else None
            result.treats.extend(_indications(q, sec, item, global_q))
            continue
        term_run = False
        you_have = _IF_YOU_HAVE.match(norm(block.label)) if block.label else None
        if you_have and not _NEGATED_INTRO_F.search(lead):
            # "**If you have rosacea**, the cream helps clear ...": a use told in the second person, its
            # bold run-in naming the condition
            item = Block(kind="item", text=block.text.lstrip(" ,;:"), span=block.span, label=you_have.group("x"))
            result.treats.extend(_indications(q, sec, item, None))
            continue
        run_in = _RUN_IN_LEAD.match(norm(block.label)) if block.kind == "paragraph" and block.label else None
        if run_in and block.text.strip() and not block.text.rstrip().endswith(":"):
            # "Indicated for: a; b; c." / "Off-label: d; e." / "Not for: f": a lead-in and its list on one line
            intro, lead = f"{block.label}:", ""
            result.treats.extend(_run_in_uses(q, sec, block, run_in, names))
            continue
        if block.kind == "paragraph" and not block.label and _verbless_list(sec, block, names):
            # "**Usage:** Hypertension, angina", "| Main use | Life-threatening digoxin toxicity |": the section's
            # value is its list of uses, no sentence
            result.treats.extend(_run_in_uses(q, sec, block, _RUN_IN_LEAD.match("uses"), names))
            continue
        opening = _opening_use(sec, k, lead, names) if block.kind == "paragraph" and not block.label else ""
        if opening:  # "It is used for:" over a paragraph "Postpartum depression (PPD), which is depression that
            # starts ...": the paragraph's first words finish the lead, as a list item's would
            global_q = "off-label" if _OFF_LABEL_F.search(lead) else "prevention" if _PREVENT_LEAD.search(lead) else None
            result.treats.extend(_indications(q, sec, replace(block, kind="item", text=opening), global_q))
        if block.kind == "paragraph":
            # a sub-heading over a list is its lead-in too ("### Not for", "**Not used for:**")
            intro = block.text or (f"{block.label}:" if block.label else "")
            causes = _CAUSES_LEAD.search(norm(block.text)) if block.text else None
            if causes:  # "It is used to treat **anemia** (low red blood cell count) caused by:": anemia is the use,
                lead = intro  # the list below its causes
                result.treats.extend(_prose(q, sec, replace(block, text=norm(block.text)[:causes.start()] + "."),
                                            investigational, result.treats, names))
                continue
            if block.label and block.text.rstrip().endswith(":"):  # "**Off-label uses:** Doctors also prescribe
                intro = f"{block.label}: {block.text}"  # it for:" over a list: the label says how the list is
            lead = _lead_in(intro)  # the sentence that introduces the list below, read once
            result.treats.extend(_prose(q, sec, block, investigational, result.treats, names))
            continue
        if block.depth > (lead_depth + 1 if lead_depth >= 0 else 0) or _NEGATED_INTRO_F.search(lead) \
                or _WHO_LEAD.search(intro) or _CAUSES_LEAD.search(intro) or _CAUSES_OF_LEAD.search(intro) \
                or PRODUCTS_LEAD.search(lead) and _use_cell(block) is None \
                or _FORMS_HEADING.match(intro.strip().rstrip(":").strip()):
            continue  # (a denied use; "It comes as:" over the products, no uses unless a column gives them)
        both = bool(_INVESTIGATIONAL_F.search(intro) and _OFF_LABEL_F.search(intro))  # "Off-label and investigational
        # uses:" over a list: prescribed outside the label, each one (one qualifier: off-label, as the truths give)
        global_q = "investigational" if investigational or _INVESTIGATIONAL_F.search(intro) and not both else None
        if global_q is None and _PREVENT_LEAD.search(lead):
            global_q = "prevention"  # "It is used to prevent:" over a list
        if global_q is None and (_OFF_LABEL_F.search(lead) or both):
            global_q = "off-label"  # "Off-label uses:" over a list
        if block.kind == "item" and block.label and block.text.strip() and _names_a_brand(block.label, result):
            # "**Mounjaro:** Approved for adults with **type 2 diabetes** ...": a brand's uses, not the brand
            result.treats.extend(_brand_item_uses(q, sec, block, global_q, investigational, result.treats, names))
            continue
        result.treats.extend(_indications(q, sec, block, global_q))


def _footnote_marks(sec: Section, uses: list[Indication]) -> None:
    """A use marked by a footnote sign ("Chronic lymphocytic leukemia†") is named without it; a legend of the sign
    in the section that says off-label ("† Off-label use.") makes it off-label."""
    legends = {m.group("mark"): m.group("says") for b in sec.blocks if b.text
               for m in [_LEGEND.match(norm(b.text))] if m}
    for use in uses:
        mark = _MARK_END.search(use.label)
        if mark is None:
            continue
        use.label = use.label[:mark.start()].rstrip()
        if _OFF_LABEL.search(legends.get(mark.group(0), "")):
            use.qualifier = "off-label"


#: a footnote sign that ends a label, and a line that says what the sign means
_MARK_END = re.compile(r"\s*[\u2020\u2021\u00a7\u00b6]+$")
_LEGEND = re.compile(r"^(?P<mark>[\u2020\u2021\u00a7\u00b6]+)\s*(?:=\s*)?(?P<says>\S.*)$")


#: words two uses may share without one being the other's kind: grades, places, generic heads
_AIM_NOISE = frozenset("""a an the of in on to and or with for by from its their your body blood levels level certain some
    various many serious severe mild moderate low high advanced chronic acute long-term short-term types type kinds kind
    forms form problems problem conditions condition disorders disorder diseases disease""".split())


def _content_words(label: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z][\w-]*", label.casefold())} - {w.rstrip("s") for w in _AIM_NOISE}


#: words after a name's head ("ulcers in the upper digestive tract") and words for what is done about it ("weight
#: management"): neither is the head
_AFTER_HEAD = re.compile(r"\s+(?:in|inside|within|of|on|at|with|from|caused|due|after|during|for)\s.*$", re.I)
_PURPOSE_WORDS = frozenset("management control relief treatment prevention therapy care loss".split())
_NO_HEAD = frozenset(n.rstrip("s") for n in _AIM_NOISE) | _PURPOSE_WORDS


def _head_word(label: str) -> str | None:
    """The last content word of a name before what follows its head, its head ("bleeding" of "bleeding problems",
    "cancer" of "advanced prostate cancer", "ulcer" of "ulcers in the upper digestive tract", "weight" of "weight
    management")."""
    words = [w.rstrip("s") for w in re.findall(r"[a-z][\w-]*", _AFTER_HEAD.sub("", label).casefold())
             if w.rstrip("s") not in _NO_HEAD]
    return words[-1] if words else None


_CLASS_OPENING = re.compile(r"^[A-Z][\w/-]*(?:\s+[\w/-]+){0,3}?(?:\s+\([^()]*\))?(?:,\s+[^,]{1,60},)?\s+(?:is|are)\s+"
                            r"(?:an?|the)\s", re.I)  # ("Phytonadione, also known as phylloquinone, is a ...")
#: an opening that says what the drug is used for, over a list of its uses: "Roxadustat is used to treat anemia ...
#: in adults with CKD." over bullets naming kinds of anemia
_USED_OPENING = re.compile(r"^[A-Z][\w/-]*(?:\s+[\w/-]+){0,3}?\s+(?:is|are)\s+(?:mainly\s+|mostly\s+)?(?:used|"
                           r"prescribed|given)\s+(?:to\s+treat|for)\s", re.I)


#: what an aim's last word says of the disease before it: "migraine headaches" are migraine's, "asthma attacks" asthma's
_EPISODE_HEAD = re.compile(r"^(?:headaches?|attacks?|episodes?|symptoms?|flares?|flare-ups?)$", re.I)


#: a head whose kinds have names of their own: "abnormal heart rhythms" over "Ventricular arrhythmias" and "Atrial
#: fibrillation", "bacterial infections" over "Pneumonia" and "Cellulitis", "blood cancers" over "Lymphoma"
_KINDS_BY_NAME = {
    "rhythm": {"arrhythmia", "arrhythmias", "tachycardia", "fibrillation", "flutter", "bradycardia", "tachyarrhythmia"},
    "infection": {"pneumonia", "cellulitis", "sinusitis", "bronchitis", "otitis", "pharyngitis", "tonsillitis", "cystitis",
                  "pyelonephritis", "meningitis", "impetigo", "gonorrhea", "syphilis", "endocarditis", "osteomyelitis"},
    "cancer": {"carcinoma", "lymphoma", "leukemia", "leukaemia", "melanoma", "sarcoma", "myeloma", "glioma",
               "mesothelioma", "blastoma"},
    # "used to lower the pressure inside the eye" over "Open-angle glaucoma" and "Ocular hypertension"
    "pressure": {"hypertension", "glaucoma"},
}


def _aim_head(label: str) -> str:
    """The word an aim's kinds share: its head noun, or the disease before a head that only names its episodes
    ("Migraine headaches": migraine, as "Menstrual migraine" and "Vestibular migraine" are kinds of it)."""
    words = label.split()
    if len(words) == 2 and _EPISODE_HEAD.match(words[1]):
        return _head_word(words[0])
    return _head_word(label)


def _without_general_aims(sec: Section, uses: list[Indication]) -> list[Indication]:
    """The Usage section's opening sentence often states a general aim ("X is a fat-soluble vitamin used to treat
    bleeding problems ...", "a type of hormone therapy for advanced prostate cancer") before the specific uses it
    goes on to list; such an aim, the opening's one use, when a later use of the section names a kind of it (a
    content word shared, the aim's head: "Vitamin K deficiency bleeding", "Metastatic castration-resistant prostate cancer"), is no
    use of its own. An off-label use is no kind of the approved aim ("type 2 diabetes" stays beside off-label
    "prediabetes")."""
    opening = next((b for b in sec.blocks if b.kind == "paragraph" and b.text.strip()
                    and not b.text.rstrip().endswith("?")), None)  # (not the heading's "What Is X Used For?")
    said = sentences(norm(opening.text)) if opening is not None else []
    summary = _summary_over_list(sec, opening, said, uses)
    if summary is not None:
        return summary
    uses = _umbrella_before_kinds(uses)
    first = (said or [""])[0]
    bare = re.sub(r"[*_`]", "", first)  # (the evidence keeps the page's markup and run-in label)
    if len(said) > 1 and _CLASS_OPENING.match(bare) and not any(bare in re.sub(r"[*_`]", "", u.evidence.sentence or "")
                                                                  for u in uses):
        then = re.sub(r"[*_`]", "", said[1])  # "X is a pentavalent antimonial. X is used to treat leishmaniasis, ...":
        bare = then if _USED_OPENING.match(then) else bare  # the aim in the sentence after the class
    if not bare or not (_CLASS_OPENING.match(bare) or _USED_OPENING.match(bare)
                        and any(b.kind == "item" for b in sec.blocks)):
        return uses  # (the aim is said in the sentence that says what the drug is, "X is a <class> used to ...", or
        # what it is used for over a list of its uses)
    aims = [u for u in uses if bare in re.sub(r"[*_`]", "", u.evidence.sentence or "")
            and u.qualifier != "off-label"]
    later = [u for u in uses if u not in aims and u.qualifier != "off-label"]
    if len({key(a.label) for a in aims}) != 1 or any(key(u.label) == key(aims[0].label) for u in later):
        return uses  # (an opening that lists uses names them: "used to treat A, B and C, as well as D")
    general = {id(a) for a in aims if any((_aim_head(a.label) in (words := _content_words(u.label) | {
        w for syn in u.synonyms for w in _content_words(syn)}) or _KINDS_BY_NAME.get(_aim_head(a.label), set()) & words)
        and key(a.label) != key(u.label) for u in later)
        or _BROAD_AIM.match(a.label) and len(later) >= 2}  # ("used for rare inherited metabolic disorders" over
    # the disorders it names: their kind, said in the plural)
    # (a kind of the aim shares its head: "transthyretin amyloid polyneuropathy" is no kind of "transthyretin amyloid
    # cardiomyopathy", a sibling)
    return [u for u in uses if id(u) not in general]


#: "It is mainly used for infections with worms.", "It is used to lower uric acid levels in adults with gout": what a
#: drug is used for in the main, said in a word (a summary when the main uses are listed after it)
_MAINLY_USED = re.compile(r"^(?:it|this\s+(?:drug|medicine|medication)|[A-Z][\w-]*(?:\s+[\w-]+){0,2}?)\s+(?:is|are)\s+"
                          r"(?:an?\s+(?:[\w-]+\s+){1,3}?)?"  # ("Lypressin is an antidiuretic used to control X. Uses include:")
                          r"(?:(?:mainly|mostly|primarily|chiefly|generally|largely)\s+)?(?:used|prescribed|given)\s+"
                          r"(?:to\s+(?:treat|control|manage|prevent|lower|reduce)|for)\s|"
                          # "Doctors prescribe acipimox to lower blood fats when ... Its main uses are:"
                          r"^(?:doctors|clinicians|physicians)\s+(?:mainly\s+|mostly\s+)?(?:use|prescribe|give)\s+[\w-]+\s+"
                          r"(?:to\s+(?:treat|control|manage|prevent|lower|reduce)|for)\s", re.I)
#: the lead-in that goes on to list the uses themselves: "The main indications are as follows:", "It is approved for:"
_USES_LEAD = re.compile(r"^(?:the\s+|its\s+)?(?:(?:main|approved|specific|principal|key|common|usual|typical)\s+)?"
                        r"(?:indications|uses)(?:\s+of\s+[\w-]+)?(?:,\s+(?:all|mostly|mainly)\s+[\w-]+,)?\s+(?:are|include)"
                        # ("Its uses, all off-label, include:")
                        r"(?:\s+as\s+follows)?\s*:$|^(?:it|this\s+(?:drug|medicine))\s+is\s+approved\s+(?:to\s+treat|for)"
                        r"(?:\s+the\s+following)?\s*:$|"
                        # "It is used to treat the following conditions:"
                        r"^(?:it|this\s+(?:drug|medicine))\s+is\s+(?:approved|used|indicated)\s+(?:to\s+treat|for)\s+the\s+"
                        r"following(?:\s+(?:conditions|diseases|disorders|uses|indications))?\s*:$", re.I)


#: an aim named by a broad kind in the plural, up to three words before it: "rare inherited metabolic disorders"
_BROAD_AIM = re.compile(rf"^(?:[\w-]+\s+){{0,4}}{BROAD_KINDS}$", re.I)
#: a use named only by its broad kind: "fungal infections of the skin", "bacterial infections", "infections in the gut"
_UMBRELLA_USE = re.compile(rf"^(?:[\w-]+\s+){{0,2}}{BROAD_KINDS}"
                           r"(?:\s+(?:of|in)\s+the\s+[\w-]+)?$", re.I)


#: a sentence that adds uses rather than naming the kinds of the one before ("Doctors also use it for A and B")
_MORE_USES = re.compile(r"\b(?:also|other|too|as\s+well|additionally|off-label)\b", re.I)


def _umbrella_before_kinds(uses: list[Indication]) -> list[Indication]:
    """"It is used to treat fungal infections of the skin. It is approved for athlete's foot, jock itch and
    ringworm.": a use named by its broad kind, alone in its sentence, before a sentence of the same section that names
    two or more uses, says in a word what those name: a summary, no use of its own."""
    out = []
    for k, u in enumerate(uses):
        sent = u.evidence.sentence or ""
        alone = sum((x.evidence.sentence or "") == sent for x in uses) == 1
        nxt = next((x.evidence.sentence for x in uses[k + 1:] if (x.evidence.sentence or "") != sent), None)
        listed = [x for x in uses[k + 1:] if x.evidence.sentence == nxt and x.evidence.span == u.evidence.span
                  and x.qualifier is None]  # (the next sentence that names uses, in the same paragraph)
        head = u.label.split()[0].casefold() if len(u.label.split()) <= 3 else ""
        kinds = bool(head) and all(head in x.label.casefold().split()[1:] for x in listed)  # ("diabetes mellitus", then
        # "type 1 diabetes, ... and type 2 diabetes": its kinds, each named by its word)
        if (_UMBRELLA_USE.match(u.label) or kinds) and alone and u.qualifier is None and len(listed) >= 2 \
                and not _MORE_USES.search(nxt or ""):  # ("Doctors also use it to treat A and B": more uses)
            continue
        out.append(u)
    return out


def _summary_over_list(sec: Section, opening: Block | None, said: list[str],
                       uses: list[Indication]) -> list[Indication] | None:
    """"It is mainly used for infections with worms. The main indications are as follows:" over the list of them: the
    first sentence says in a word what the list names one by one, a summary, no use of its own (when it names one use
    and the list none like it); None when the opening is no such pair."""
    if opening is None or not any(b.kind == "item" or b.kind == "paragraph" and b.label and b.text.strip()
                                  for b in sec.blocks):
        return None  # (a list of bullets, or of plain labelled lines: "Alopecia areata: extensive ...")
    after = sec.blocks[sec.blocks.index(opening) + 1:]
    lead = next((b for b in after if b.text.strip()), None)
    if said and _USES_LEAD.match(said[-1].strip()):
        said = said[:-1]
    elif not (lead is not None and lead.kind == "paragraph" and _USES_LEAD.match(norm(lead.text).strip())):
        return None  # (the lead-in ends the opening, or is the paragraph after it: "... used to treat fungal
        # infections of the nails." then "The main uses are:")
    main = next((s for s in said if _MAINLY_USED.match(re.sub(r"[*_`]", "", s).strip())), None)
    if main is None:
        return None
    aims = [u for u in uses if main in (u.evidence.sentence or "") and u.qualifier != "off-label"]
    listed = [u for u in uses if u not in aims and u.evidence.span.start > opening.span.start]
    if not 1 <= len(aims) <= 2 or len(listed) < 2 or any(key(u.label) == key(a.label) for u in listed for a in aims):
        return None  # (two: "used to control excessive thirst and urination caused by ...", what the list names)
    return [u for u in uses if u not in aims]


#: a Usage bullet that says what class the drug is or how it comes, not what it is for
_IDENTITY_ITEM = re.compile(r"^(?:it|this\s+(?:medicine|medication|drug))\s+(?:belongs\s+to|comes\s+(?:as|in)|is\s+"
                            r"(?:available|sold|supplied|marketed)\s+(?:as|in|under)|is\s+(?:an?|the)\s+[\w-]+\s+"
                            r"(?:class|group|type)\s+of)\b|"
                            # "- Brand names include Desuric, Narcaricin and Urinorm. It is not approved ...": brands
                            r"^(?:(?:common|other|its)\s+)?brand\s+names?\s+(?:include|includes|are|is)\b", re.I)
#: a lead-in over the causes of the condition it names ("... to treat anemia caused by:" over "- Chronic kidney disease")
_CAUSES_LEAD = re.compile(r"\s+(?:caused\s+by|due\s+to|resulting\s+from|as\s+a\s+result\s+of|brought\s+on\s+by)\s*:\s*$",
                          re.I)
#: a lead-in over a list of what causes a use ("Common causes of low potassium include:"): causes, no uses
_CAUSES_OF_LEAD = re.compile(r"\bcauses?\s+(?:of|for)\b[^:.]*:\s*$|^(?:the\s+)?(?:common|main|usual|frequent|possible)\s+"
                             r"causes?\b[^:.]*:\s*$", re.I)
#: a lead-in over a list of the people a use is for, its items clauses about them ("People considered at high
#: risk include those who:" over "- Are older ...", "- Have a weakened immune system")
_WHO_LEAD = re.compile(r"\b(?:those|people|patients|persons|adults|children|anyone|individuals)\s+who\s*:\s*$", re.I)


#: the episodes of a disorder name the disorder's use ("manic or mixed episodes of bipolar I disorder")
_EPISODES_OF = re.compile(r"^(?:(?:acute|[\w-]+\s+(?:or|and))\s+)?(?:[\w-]+\s+)?episodes\s+of\s+(?=\w)", re.I)


#: bouts of a condition: "Asthma attacks", "Migraine episodes", "Gout flare-ups"
_BOUTS = re.compile(r"^(?P<x>.+?)\s+(?:attacks?|episodes?|flares?|flare-ups?|exacerbations?|relapses?)$", re.I)


def _same_condition_for_others(uses: list[Indication]) -> list[Indication]:
    """"ADHD in children and teens aged 6 to 17" beside "ADHD in adults": one condition for two groups of patients,
    each named without them (so they are one use); a population that sets a use apart from another condition
    ("Osteoporosis in men" beside "Postmenopausal osteoporosis") stays."""
    def names(use: Indication) -> set[str]:
        return {n.casefold() for n in (use.label, use.abbreviation) if n}
    bare = [_WHO_TAIL.sub("", u.label) for u in uses]
    for i, use in enumerate(uses):
        if bare[i] == use.label:
            continue
        mine = {bare[i].casefold()} | ({use.abbreviation.casefold()} if use.abbreviation else set())
        if any(j != i and (mine & (names(o) | {bare[j].casefold()})) for j, o in enumerate(uses)):
            use.label = bare[i]
    return uses


#: the setting a use's label opens with, before the condition: "After surgery for ACC", "Following resection of X"
_AFTER_SURGERY_FOR = re.compile(r"^(?:after|following)\s+(?:surgery|resection|surgical\s+removal|removal|an?\s+operation)\s+"
                                r"(?:for|of)\s+(?=\S)|"
                                # "Before clot-busting treatment for acute ischaemic stroke": the treatment it clears
                                # the way for, then the condition
                                r"^before\s+(?:[\w-]+\s+){0,3}?(?:treatment|therapy|thrombolysis|surgery|procedures?)\s+"
                                r"(?:for|of)\s+(?=\S)", re.I)


#: the setting a use's label names its condition in: "Pruritus in progressive familial intrahepatic cholestasis"
_IN_CONDITION = re.compile(r"\s+(?:in|of|from|with|due\s+to|caused\s+by|associated\s+with)\s+(?=\S)", re.I)


def _abbreviated(abbrev: str, label: str) -> str:
    """What a use's abbreviation names: its label, or the condition the label names the use in, when the
    abbreviation is that condition's initials alone ("Pruritus in progressive familial intrahepatic cholestasis
    (PFIC)": PFIC is the cholestasis, so "approved to treat PFIC itself" is a use of its own)."""
    tail = _IN_CONDITION.split(label)[-1]
    return capitalise(tail) if tail != label and abbreviates(abbrev, tail) and not abbreviates(abbrev, label) \
        else label


def _one_per_condition(uses: list[Indication]) -> list[Indication]:
    """A use that is another's condition and one more ("schizophrenia and manic or mixed episodes of
    bipolar I disorder" after "schizophrenia") names that one more; the episodes of a disorder are its
    use; a condition named twice with one qualifier is one use, also when named once by its abbreviation, or after the
    setting it follows ("After surgery for ACC")."""
    labels = {key(u.label) for u in uses}
    short = {u.abbreviation: _abbreviated(u.abbreviation, u.label) for u in uses if u.abbreviation}
    # ("to relieve itching" beside "**Pruritus (itching) from ...:**": the same use, under the other's gloss)
    uses = [u for u in uses if not any(v is not u and v.qualifier == u.qualifier and key(u.label) in map(key, v.synonyms)
                                       and key(v.label) not in map(key, u.synonyms) for v in uses)]
    out: list[Indication] = []
    seen: set[tuple[str, str | None]] = set()
    for use in uses:
        label = use.label
        first, sep, rest = label.partition(" and ")
        if sep and key(first) in labels and rest and DISEASE_WORD.search(first):  # (not "Nausea and vomiting of
            # pregnancy" after "Nausea": its "of pregnancy" goes with both words)
            label = rest
        label = _AFTER_SURGERY_FOR.sub("", label)  # "**After surgery for ACC (off-label):**": the condition, when
        # (its qualifier kept: a use of its own)
        if is_abbreviation(label) and label in short:  # "COPD" after "chronic obstructive pulmonary disease (COPD)"
            use.abbreviation, label = label, short[label]
        label = _EPISODES_OF.sub("", label)
        if label != use.label:
            use.label = capitalise(label)
        bouts = _BOUTS.match(use.label)
        if bouts and any(key(bouts.group("x")) == key(u.label) and u.evidence.sentence == use.evidence.sentence
                         for u in uses if u is not use):
            continue  # "asthma ..., to prevent symptoms and asthma attacks": the bouts of the use the sentence named
            # (a use of its own elsewhere: "Reducing COPD flare-ups" beside COPD)
        if (key(use.label), use.qualifier) not in seen:  # ("Breast cancer" and its prevention: two uses)
            seen.add((key(use.label), use.qualifier))
            out.append(use)
    return out


def _names_a_brand(label: str, result: Extraction) -> bool:
    said = strip_parens(norm(label))[0].strip(" :").casefold()
    return bool(said) and any(b.label.casefold() == said for b in result.brand_names)


def _brand_item_uses(q: Quoter, sec: Section, block: Block, global_q: str | None, investigational: bool,
                     found: list[Indication], names: Sequence[str]) -> list[Indication]:
    """The uses of an item labelled by one of the drug's brands: the conditions its text sets in bold ("Approved for
    adults with **type 2 diabetes**, along with diet and exercise"), else what its sentences say it is used for."""
    bold = _bold_names(block)
    if bold:
        return [i for b in bold for i in _indications(q, sec, Block(kind="item", text="", span=block.span, label=b),
                                                      global_q)]
    text = norm(block.text).lstrip(" :")
    if _PARTICIPLE_START.match(text):  # "Approved for ...", "Used to treat ...": the brand is the subject
        text = f"It is {text[0].lower()}{text[1:]}"
    return _prose(q, sec, Block(kind="paragraph", text=text, span=block.span), investigational, found, names)


_PARTICIPLE_START = re.compile(r"^(?:approved|used|indicated|licen[sc]ed|prescribed|given)\b", re.I)


def _run_in_uses(q: Quoter, sec: Section, block: Block, run_in: re.Match[str],
                 names: Sequence[str] = ()) -> list[Indication]:
    """The uses listed after run-in lead-ins, each semicolon item one use; a sentence that opens with
    another lead-in ("... vomiting. Also used (off-label) for: hiccups.") switches to it."""
    out: list[Indication] = []
    told = False  # the run-in's first sentence was prose ("**Off-label uses:** X is used in A and B. ...")
    for k, sent in enumerate(sentences(norm(block.text))):
        again = _RUN_IN_LINE.match(sent)
        if again and _RUN_IN_LEAD.match(again.group("lead")):
            run_in, sent = _RUN_IN_LEAD.match(again.group("lead")), again.group("rest")
        elif k and (block.kind == "item" or told):  # "- **Indication:** X in adults. Lowering BP reduces the risk of ...": the
            out.extend(_prose(q, sec, Block(kind="paragraph", text=sent, span=block.span), False, out))  # list is
            continue  # the first sentence; the others are sentences, read as prose
        if run_in is None or run_in.group("neg"):
            continue
        global_q = "off-label" if _OFF_LABEL_F.search(run_in.group(0)) else None
        if _PURPOSE_START.match(sent):  # "Off-label: to prevent X with Y.": the lead-in's "used", then its purpose
            sent = f"It is used {sent}"
        where = _WHERE_CLAUSE.search(sent)
        if where:  # "Off-label: Tricyclic antidepressant overdose, where it helps protect the heart": what it does
            sent = sent[:where.start()]  # there, no sentence of uses
        if _SENTENCE_START.match(sent) or _SENTENCE_VERB.search(sent.split(";")[0]):
            # "Off-label: it is widely used for X": a sentence after the lead-in, read as prose
            told = told or k == 0
            prose = Block(kind="paragraph", text=sent, span=block.span)
            bold = [b for b in block.strong if b in sent and not b.endswith(":")]
            found = _prose(q, sec, prose, False, out, names)
            if bold:  # "... a normal rhythm in **atrial fibrillation**", "doctors also give it to calm flares of
                # **eczema herpeticum**": the bold conditions it names (the writer's own marks), and a plain one the
                # prose found beside them ("used in drug-resistant tuberculosis and ... in **Buruli ulcer**")
                found = [i for b in bold for i in _indications(q, sec, Block(kind="item", text="", span=block.span,
                                                                              label=b), global_q)] + [
                    u for u in found if not any(key(b) in key(u.label) or key(u.label) in key(b) for b in bold)
                    and _prose_use_plain(u)]
            for use in found:
                use.qualifier = global_q or use.qualifier
                out.append(use)
            continue
        for piece in split_top(sent.rstrip(". "), ";"):
            if piece.strip():
                item = Block(kind="item", text=piece.strip(), span=block.span,
                             strong=[b for b in block.strong if b in piece])
                out.extend(_indications(q, sec, item, global_q))
    return out


def _prose_use_plain(use: Indication) -> bool:
    """A use the prose reader found that names a condition in a few words ("drug-resistant tuberculosis"), kept beside
    the bold ones of its sentence."""
    return len(use.label.split()) <= 4


def _verbless_list(sec: Section, block: Block, names: Sequence[str]) -> bool:
    """The first paragraph of a Usage section, a short phrase with no verb, pronoun nor the drug's name: a list of
    uses."""
    first = next((b for b in sec.blocks if b.text.strip()), None)
    text = norm(block.text).strip().rstrip(".")
    return first is block and len(text.split()) <= 25 and not _CLAUSE_WORD.search(text) \
        and not re.match(r"[a-z]+ing\b", text, re.I) and not _VERB_THEN_OBJECT.search(text) \
        and not any(n and n.casefold() in text.casefold() for n in names) \
        and len(sentences(text)) == 1 and not text.endswith(":")


#: a word that makes a phrase a clause (a verb, a pronoun), not a list of names
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|be|been|being|it|its|this|these|they|their|you|your|we|can|may|might|"
                          r"will|would|should|must|has|have|had|does|do|did|used?|uses|treats?|treated|helps?|works?|"
                          r"prescribed|given|taken|approved|indicated|includes?|including|which|that|who)\b", re.I)
#: a verb before its object ("relieves the symptoms of ...", "lowers your risk")
_VERB_THEN_OBJECT = re.compile(r"\b[a-z]{3,}(?<!ss)s\s+(?:the|a|an|your|its|their|them|it|some|many|most)\b")


_SENTENCE_VERB = re.compile(r"\b(?:is|are|can|may|has|have|helps?|works?|(?:prescribes?|uses?|recommends?|gives?|"
                            r"suggests?)\s+(?:it|them|this\s+\w+|[a-z][\w-]+)\s+(?:for|to|in|off-label)\b)", re.I)
# ("Off-label uses: Eye doctors sometimes prescribe diquafosol for X and for Y": a sentence with its own use verb)
_RUN_IN_LINE = re.compile(r"^(?P<lead>[A-Z][^:;.]{2,40}):\s+(?P<rest>\S.*)$")


#: a bold run-in that names a condition in the second person ("If you have X", "If you or your child has X")
_IF_YOU_HAVE = re.compile(r"^(?:if|when)\s+(?:you(?:\s+or\s+(?:your|a)\s+(?:child|partner|baby|family\s+member))?|"
                          r"your\s+(?:child|baby|partner))\s+"
                          r"(?:have|has|get|gets|suffer\s+from|are\s+diagnosed\s+with|live\s+with)\s+"
                          r"(?:an?\s+|the\s+)?(?P<x>[^,;:.]{3,80}?)[\s,;:.]*$", re.I)
#: a list item that is a sentence about the drug ("It is used to treat:", "X is an antiviral ..."), not a condition
#: a bullet that is a statement about things, not a use: a subject, then "is"/"are" and what they
#: are, to a full stop ("Brand X and brand Y are different products.")
_STATEMENT = re.compile(r"^[A-Z][^,;:]{2,80}?\s(?:is|are)\s+(?:not\s+)?(?:(?:a|an|the)\s+)?(?:different|separate|"
                        r"similar|other|same)\b(?:[^;:]*\.$|\s+(?:product|medicine|drug)s?:)|"
                        # "- Most skin and vaginal products are sold over the counter.": where it is sold
                        r"^(?:Most|Many|Some|All|Both)\s+[^,;:]{2,60}?\s(?:is|are)\s+(?:sold|available|bought)\b")
#: a term explained: "*Blepharitis* means inflammation of ...", "*Demodex* are microscopic mites ...", "Uveitis refers
#: to ..." (a glossary under the use, its words no condition treated)
_DEFINITION = re.compile(r"^[\w'’ -]{2,40}?\s+(?:means|refers\s+to|stands\s+for|is\s+(?:the\s+)?(?:medical|scientific|"
                         r"technical)\s+(?:term|name|word)\s+for)\s|"
                         # "- DMD is an inherited muscle-wasting disease that mainly affects boys": what the disease is
                         r"^(?-i:[A-Z][A-Za-z0-9-]{1,9})\s+(?:is|are)\s+an?\s+(?:[\w-]+\s+){0,3}(?:disease|disorder|"
                         r"condition|syndrome|infection|cancer|illness)s?\b")
#: the same with the term set in italics, whatever verb: "- *Demodex* are microscopic mites ..."
_ITALIC_DEFINITION = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(?P<m>[*_])(?![*_\s])[^*_\n]{2,40}(?<!\s)(?P=m)\s+"
                                r"(?:means|refers\s+to|stands\s+for|is|are)\s")


def _defines_a_term(doc: Document, block: Block) -> bool:
    """A list item that explains a word ("*Blepharitis* means inflammation of the eyelid margins"): a glossary."""
    raw = doc.lines[block.span.start - 1] if 0 < block.span.start <= len(doc.lines) else ""
    return bool(_DEFINITION.match(norm(block.text)) or _ITALIC_DEFINITION.match(raw))
_SENTENCE_START = re.compile(r"^(?:it|they|that|this)['\u2019](?:s|re)\s|"  # ("- It's not a first choice for X")
                             r"^(?:off[- ]label,?\s+)?(?:it|this\s+(?:medicine|medication|drug)|they)\s+"
                             r"(?:(?:only|also|usually|often|mainly|rarely|generally|typically|still)\s+)?(?:is|are|was|can|"
                             r"may|does|do|has|works|helps|treats)\b|"  # ("- It only works in people who respond to it")
                             # "- Off label it is sometimes used for X", "* Off-label, to lower the risk of X after Y"
                             r"^off[- ]label,?\s+(?:(?:doctors|some\s+doctors|clinicians|people)\s+\w+|to\s+\w+|for)\b|"
                             # "- Off-label, in chronic kidney disease to help control X": the setting, then the purpose
                             r"^off[- ]label,?\s+(?:in|with|after|during|among)\s+[^,;:]{3,60}?\s+to\s+(?:help\s+)?\w+\b|"
                             # "- Off-label, high doses are sometimes given into a vein for X"
                             r"^off[- ]label,?\s+(?:[\w-]+\s+){1,3}?(?:is|are)\s+(?:\w+\s+)?(?:given|used|prescribed)\b|"
                             # "- It lowers the number of relapses, slows ...": the drug and its verb, a sentence
                             r"^(?:it|this\s+(?:medicine|medication|drug))\s+(?:also\s+)?[a-z]{2,}s\s|"
                             # "- These infections are usually caused by resistant bacteria such as ...": about the uses above
                             r"^(?:these|those|such)\s+(?:[\w-]+\s+)?(?:infections|conditions|diseases|problems|illnesses)\s+"
                             r"(?:are|is|can|may|often|usually|tend)\b|"
                             # "- A genetic test is needed to confirm an eligible mutation before starting treatment"
                             r"^an?\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:needed|required|done|recommended|necessary)\b|"
                             # "- Your GP or a specialist may also prescribe it, outside its licence, for X": a prescriber
                             r"^(?:your\s+|a\s+|the\s+|some\s+)?(?:GP|doctor|specialist|prescriber|physician|clinician)s?"
                             r"(?:\s+or\s+(?:a\s+|your\s+)?[\w-]+)?\s+(?:(?:may|might|can|could|will|sometimes|also|often)\s+)*"
                             r"(?:prescribe|use|recommend|suggest|give)\s+(?:it|them)\b", re.I)


def _drug_names(result: Extraction) -> list[str]:
    """The drug's names as a sentence may open with them: its label, synonyms, the page's title
    ("Liothyronine is ..." where the Generic Name is "Liothyronine sodium") and its brands."""
    return [n.casefold() for n in [result.drug.label, result.title] + [s.label for s in result.drug.synonyms]
            + [b.label for b in result.brand_names] if n]


def _class_acronym(sec: Section, result: Extraction) -> list[str]:
    """The short name the page gives the drug's class, by which it goes on to name the drug ("a group of treatments
    called nicotine replacement therapy (NRT)", then "doctors recommend NRT for vaping cessation")."""
    if result.drug_class is None:
        return []
    cls = re.escape(result.drug_class.label)
    text = " ".join(norm(b.text) for b in sec.blocks if b.text)
    m = re.search(cls + r"s?\s*\((?P<a>[A-Z]{2,6})s?\)", text, re.I)
    return [m.group("a").casefold()] if m else []


#: a bracketed aside alone after a bold label ("**Off-label uses** (at an eye doctor's discretion)"), with its colon
_ASIDE_ONLY = re.compile(r"^\s*\([^()]*\)\s*:?\s*$")
#: an item that says what a kind of its uses include ("* Off-label uses include treating X and Y"): a sentence
_USES_INCLUDE = re.compile(r"^(?:(?:off[- ]label|other|additional|unapproved|less\s+common)\s+)?uses\s+(?:include|are)\b",
                           re.I)


def _opening_name_as_it(text: str, names: Sequence[str]) -> str:
    """A sentence that opens with the drug's name, said with "It" ("Alprostadil belongs to a class ..." -> "It
    belongs to a class ...")."""
    low = text.casefold()
    return next((f"It {text[len(n) + 1:]}" for n in names if n and low.startswith(n.casefold() + " ")), text)


def _is_sentence_item(text: str, names: list[str]) -> bool:
    text = norm(text).strip()
    if _SENTENCE_START.match(text) or _USES_INCLUDE.match(text):
        return True
    low = text.casefold()
    return any(low.startswith(n + " ") and re.match(r"(?:is|are|was|can|may|does|has|treats|received|gained|won|"
                                                    r"got)\b", low[len(n) + 1:]) for n in names)  # ("- Zoravir received
    # accelerated approval in 2016, based on ...": a sentence about it)


def _said_before(label: str, sent: str, before: list[Indication]) -> bool:
    """A use of one or two words the sentence names with "the", that an earlier use of the page holds as words of its
    own ("the sleepiness" after "Excessive daytime sleepiness in narcolepsy"): that use, spoken of again."""
    if len(label.split()) > 2 or not re.search(rf"\bthe\s+[*_]*{re.escape(label)}\b", sent, re.I):
        return False
    word = re.compile(rf"(?<![\w-]){re.escape(label.casefold())}(?![\w-])")
    return any(word.search(use.label.casefold()) and use.label.casefold() != label.casefold() for use in before)


def _prose(q: Quoter, sec: Section, block: Block, investigational: bool,
           known: list[Indication], names: Sequence[str] = ()) -> list[Indication]:
    """Uses stated in the sentences of a paragraph (see :mod:`kg.extractors.prose_uses`); a
    condition the page already named is not repeated ("to lower the chance of ulcers coming back"),
    nor is a use of another medicine the sentence is about ("Trimethoprim-sulfamethoxazole (Bactrim) is the
    first choice for ...", given the drug's ``names``)."""
    out: list[Indication] = []
    seen = {(key(i.label), i.qualifier) for i in known}
    named: dict[str, str] | None = None
    counted = False  # "It has four main uses." before "First, eye anesthesia: ..., Second, ..."
    for sent in sentences(spaced_dashes(norm(block.text))):
        orig = sent  # (the sentence as the page has it, where the use's words are looked for)
        sent = _WHO_COLON.sub(".", sent)  # "used to treat HIV-1 infection in adults who:" over the list of who they
        # are: the sentence's use, its people's list below
        sent = _HOW_LONG_IN.sub(r"\1 ", sent)  # "used for a short time in acute heart failure": used in it
        sent = _FOR_CERTAIN.sub(r"\1 ", sent)  # "for certain heart rhythm disorders": the disorders
        sent = _CLASS_THEN_COLON.sub(r"\g<v> ", sent)  # "to treat life-threatening rhythm problems that start in the
        # lower chambers: ventricular fibrillation and ventricular tachycardia": the kinds after the colon
        sent = _OFF_LABEL_STUDIED.sub("Off-label, it is used for ", sent)  # "Off-label, it has been studied for X"
        own = _OWN_USE_THEN_KINDS.match(sent)
        if own and not _CLASS_OF_USES.search(own.group("x")):  # "It is prescribed to treat insomnia, especially:" over
            sent = f"{own.group('s')}."  # its kinds: insomnia a use of its own (a class of them, "bacterial
            # infections, especially:", none)
        sent = _STUDIED_ASIDE.sub(r"\g<v> ", sent)  # "studied, in small trials, for X": where, no part of the use
        if investigational:  # a drug only in trials: what it "is being studied for" is its use, what its development
            # aimed at ("Its main target was X", "It was developed mainly for X") and what studies tried it for ("An
            # earlier study also looked at Y")
            sent = _STUDIED_AS_USED.sub("is used for ", sent)
            sent = _MAIN_TARGET.sub("It is used for ", sent)
            sent = _STUDIES_TRIED.sub("it is used for ", _DEVELOPED_FOR.sub("It is used for ", sent))
        else:  # an approved drug's use tried in studies, outside its label: off-label ("It has also been studied for
            sent = _STUDIED_FOR.sub("is used off-label for ", sent)  # prediabetes"; not "studied in younger boys")
        kinds = _KINDS_COUNTED.search(sent)
        counted = counted or bool(kinds) or bool(_USES_COUNTED.search(sent))
        if kinds:  # "Doctors use it to treat two kinds of bacterial lung
            continue  # infections in adults.": a count of the kinds the sentences after it name, no use of its own
        head = sent.split(";")[0].strip()  # ("The first is X, meaning ...; the usual course is ...": the use before it)
        told = _ORDINAL_USE.match(head) if counted else None
        np = _GLOSS_CLAUSE.split(told.group("np"))[0] if told else ""  # ("The second is X (ABX), when bacteria ...")
        if told and not _CLAUSE_WORD.search(np):  # "Second, skin anesthesia before needles: the gel is
            sent = f"It is used for {np}."  # put on ...": each use the count announced, named
        run_in = _RUN_IN_USES.match(sent)
        said = [sent]
        if run_in:  # "Indications: A, B, C.", "Off-label: X, Y." inside a paragraph (a clinic note's run-ins): each
            lead = "Off-label, it is used for " if run_in.group("off") else "It is used for "  # piece of the list
            said = [lead + piece.strip() for piece in split_top(run_in.group("list").rstrip(". "), ",")
                    if not _PURPOSE_PIECE.match(piece.strip())]  # (not "to prolong the time to recurrence")
        other = _OTHERS_CHOICE.match(sent) if names else None
        if other and not any(other.group("n").casefold().startswith(n.split()[0]) for n in names if n):
            continue
        ones = _THE_MAIN_ONES.match(head) if out and _CLASS_OF_USES.search(out[-1].label) else None
        if ones and out[-1].evidence.sentence != orig:  # "... for inflammatory skin conditions. The main ones are A,
            seen.discard((key(out[-1].label), out[-1].qualifier))  # B and C.": the kinds named, the uses (the class no
            out.pop()  # use of its own)
            said = [f"It is used for {ones.group('list')}"]
            counted = counted or sent.casefold().startswith("the first")  # ("The second is Y" told after it)
        for use in (u for one in said for u in prose_uses(_named_as_it(_USED_COLON.sub(r"\1 ", one), names))):
            if is_abbreviation(use.label):  # "DVT" where the page wrote "deep vein thrombosis (DVT)"
                named = _abbreviations(sec) if named is None else named
                if use.label in named:
                    use.abbreviation, use.label = use.label, capitalise(named[use.label])
            use.label = _ONLY_TAIL.sub("", use.label)  # "depression only", "treats the cough itself"
            use.label = capitalise(_DIAGNOSIS_OF.sub("", use.label))  # ("adults with a confirmed diagnosis of Fabry
            # disease": the disease)
            if _said_before(use.label, sent, [*known, *out]):
                continue  # "It treats the sleepiness, not the underlying cause": a use named before, by its head
            k = (key(use.label), use.qualifier)
            if k in seen or not_a_name(use.label) or _STATE_WORDS_ONLY.fullmatch(use.label.strip()):
                continue
            seen.add(k)
            out.append(Indication(label=use.label, evidence=q.evidence(sec, block.span, use.phrase, orig),
                                  abbreviation=use.abbreviation,
                                  synonyms=[x.strip('"\u201c\u201d') for x in use.synonyms],  # ('("frozen shoulder")')
                                  qualifier="investigational" if investigational else use.qualifier))
    return out


#: how long a use lasts, between its verb and "in" the condition: "used for a short time in acute heart failure"
_HOW_LONG_IN = re.compile(r"\b(used|given|prescribed)\s+(?:only\s+)?(?:for\s+a\s+(?:short|brief|limited)\s+(?:time|period|"
                          r"while)|briefly|short-term)\s+(?=in\s)", re.I)
#: a class of conditions described, then its kinds after a colon in the same sentence
_CLASS_THEN_COLON = re.compile(r"(?P<v>\bto\s+treat)\s+(?!(?:some|these|other|the\s+following)\b)(?:[\w'-]+\s+){0,4}?"
                               r"(?:problems|conditions|disorders|diseases|"
                               r"infections|rhythms)\b[^:;.]{0,80}:\s+(?=[a-z])", re.I)
#: "certain" before a named use: "for certain heart rhythm disorders (arrhythmias)"
_FOR_CERTAIN = re.compile(r"\b(for)\s+certain\s+(?=[a-z])(?![^,.;()]*\b(?:called|known\s+as|such\s+as|including|like)\b)",
                          re.I)  # (not "for certain bone marrow disorders called X": the kinds named after)
#: a use studied, said off-label first: "Off-label, it has been studied for performance anxiety"
_OFF_LABEL_STUDIED = re.compile(r"^off[- ]label,\s+(?:it|this\s+(?:drug|medicine))\s+(?:has|have)\s+(?:also\s+)?been\s+"
                                r"(?:studied|tested|tried|investigated)\s+(?:for|in)\s+", re.I)
#: a lead that names a use and then its kinds below it: "It is prescribed to treat insomnia, especially:"
_OWN_USE_THEN_KINDS = re.compile(r"^(?P<s>.*\b(?:to\s+(?:treat|manage|relieve)|for)\s+(?P<x>[^,:;()]{3,60})),\s+"
                                 r"(?:especially|particularly|in\s+particular)\s*:\s*$", re.I)
#: a use said studied ("It is being studied for X", "It has also been tested in X", "has been studied as a treatment
#: for X"), not of whom or where ("studied in pregnancy", "in clinical trials") nor a lead of kinds ("for several
#: inflammatory conditions:", "for the following conditions:")
_STUDIED_AS_USED = re.compile(r"\b(?:(?:is|are)\s+(?:also\s+|now\s+|currently\s+|mainly\s+|mostly\s+)?being|(?:has|have)\s+"
                              r"(?:also\s+|mainly\s+|mostly\s+)?been|"
                              # (a programme over: "was also studied for X", "were tested in Y")
                              r"(?:was|were)(?:\s+(?:also|mainly|mostly|first|later|then))?)\s+(?:studied|tested|investigated|trialled|trialed|"
                              r"explored)\s+(?:as\s+an?\s+(?:possible\s+|potential\s+)?treatment\s+)?"
                              # ("studied in animals for X": where it was tried, then the use)
                              r"(?:in\s+(?:animals|mice|rats|the\s+lab(?:oratory)?|people|humans|patients)\s+(?=for\s))?"
                              r"(?:for|in)\s+"
                              r"(?!(?:the\s+following|several|many|a\s+few|some|various|other|rare|people|patients|adults|"
                              r"children|women|men|babies|infants|humans|animals|mice|rats|pregnan\w*|clinical|trials?|"
                              r"a\s+(?:trial|study)|studies|(?:the\s+)?lab\w*|combination|healthy|volunteers|this|these|"
                              r"that|those|its|their)\b)(?![^.;:]*:\s*$)", re.I)
#: an approved drug's use said studied, with "for" and a condition's name (not a doing, "for improving growth", nor
#: a product, "for mouth rinses")
_STUDIED_FOR = re.compile(r"\b(?:has|have)\s+(?:also\s+)?been\s+"  # (not "is being studied for": a drug still in
                          # trials, whose status the page may give elsewhere)
                          r"(?:studied|tested|investigated|trialled|trialed)\s+(?:as\s+an?\s+(?:possible\s+|potential\s+)?"
                          r"treatment\s+)?for\s+(?![a-z]+ing\b)(?!(?:the\s+following|several|many|a\s+few|some|various|other|"
                          r"this|these|that|those|its|their|people|patients|adults|children|use)\b)"
                          r"(?![^.;:]*:\s*$)(?![^,.;()]*\b(?:rinses?|pumps?|products?|devices?|surgery|procedures?)\b)",
                          re.I)
#: where a use was studied, set off by commas before it: "studied, in small trials, for X"
_STUDIED_ASIDE = re.compile(r"\b(?P<v>studied|tested|investigated|trialled|trialed),\s+(?:in|by)\s+[^,;.]{2,40},\s+"
                            r"(?=(?:for|in|as)\s)", re.I)
#: the condition an investigational drug's development aimed at: "Its main target was trigeminal neuralgia"
_MAIN_TARGET = re.compile(r"^(?:its|the\s+drug['\u2019]s|the\s+medicine['\u2019]s)\s+(?:main|first|primary|chief|original|"
                          r"lead|initial)\s+(?:target|goal|focus|aim|indication)\s+(?:was|is|has\s+been|became)\s+"
                          r"(?=[a-z])", re.I)
#: what an investigational drug was developed for: "It was developed mainly for neovascular AMD"
_DEVELOPED_FOR = re.compile(r"^(?:it|this\s+(?:drug|medicine)|[A-Z][\w-]+(?:\s+[a-z][\w-]+)?)\s+(?:was|is\s+being|has\s+been)\s+"
                            r"developed\s+(?:mainly\s+|mostly\s+|primarily\s+|chiefly\s+|first\s+)?for\s+(?=[a-z])")
#: studies that tried the drug for a condition, said with the studies as subject: "Early studies also tested a single
#: dose for vaginal yeast infection", "Trials have studied it in X"
_STUDIES_TRIED = re.compile(r"(?:\b(?:studies|trials|researchers|scientists)\s+(?:have\s+)?(?:also\s+)?(?:tested|studied|"
                            r"tried|investigated|explored)\s+(?:it|them|the\s+(?:drug|medicine)|(?:a|an|one)\s+"
                            r"(?:[\w-]+\s+){0,2}?(?:dose|doses|form|version|course|injection|tablet))\s+(?:for|in)\s+|"
                            # ("An earlier phase 2 study also looked at diabetic macular edema")
                            r"\b(?:study|studies|trial|trials)\s+(?:also\s+)?looked\s+at\s+(?!(?:[\w-]+\s+)?(?:areas?|sites?|"
                            r"outcomes?|results?|doses?|safety|how|whether|quality|measures?|levels?)\b))(?=[a-z])"
                            r"(?!(?:people|patients|adults|children|women|men|animals|mice|rats|healthy|volunteers|"
                            r"combination|the\s+lab\w*)\b)", re.I)
#: a class of conditions as a use: "inflammatory skin conditions", "fungal infections of the nails"
_CLASS_OF_USES = re.compile(r"\b(?:conditions|disorders|diseases|problems|infections)$", re.I)
#: the kinds of such a class, in the next sentence: "The main ones are A, B and C", "These include A and B"
_THE_MAIN_ONES = re.compile(r"^(?:(?:the\s+(?:main|commonest|most\s+common|usual|chief|key)\s+ones|these|they)\s+"
                            r"(?:are|include)|the\s+first(?:\s+one)?\s+is)\s+(?P<list>[^.;:]+?)\.?$", re.I)  # ("The first
# is X, where ...": the first kind, others told after it)
#: how a use was established, before the use: "a confirmed diagnosis of", "a diagnosis of"
_DIAGNOSIS_OF = re.compile(r"^(?:an?\s+)?(?:(?:confirmed|established|documented|definite|genetically\s+confirmed)\s+)?"
                           r"diagnosis\s+of\s+(?=\S)", re.I)
#: a sentence left open on whom its list below describes: "... in adults who:", "... in people whose:"
_WHO_COLON = re.compile(r"\s+(?:who|whose|that|which)\s*:\s*$", re.I)
#: a run-in label of uses inside a paragraph, its list after the colon: "Indications: A, B. Off-label: C, D."
_RUN_IN_USES = re.compile(r"^(?:(?:approved\s+)?indications?|(?:main\s+|approved\s+)?uses|(?P<off>off[- ]label(?:\s+uses)?))"
                          r"\s*:\s+(?P<list>\S.+)$", re.I)
_PURPOSE_PIECE = re.compile(r"^(?:to|in\s+order\s+to|so\s+that)\s", re.I)
#: a sentence that counts the uses the sentences after it name ("It has four main uses.")
#: a sentence that counts the kinds of a use the sentences after it name ("to treat two kinds of lung infections")
_KINDS_COUNTED = re.compile(r"\bto\s+treat\s+(?:two|three|four|five)\s+(?:main\s+|different\s+)?(?:kinds|types|forms)\s+of\b"
                            r"[^.;:]*\.?$", re.I)
_USES_COUNTED = re.compile(r"\b(?:(?:has|have)\s+(?:two|three|four|five|six|several|a\s+few)\s+(?:main\s+|major\s+|key\s+|"
                           r"different\s+)?uses|(?:approved|used|indicated|prescribed)\s+for\s+(?:two|three|four|five|six)"
                           r"\s+(?:main\s+|major\s+|key\s+|different\s+)?(?:conditions|uses|things|purposes|illnesses|"
                           r"diseases))\b", re.I)
#: one of them, told in order: "First, eye anesthesia: ...", "And finally, anesthesia of the nose and throat ..."
_ORDINAL_USE = re.compile(r"^(?:and\s+)?(?:(?:first|second|third|fourth|fifth|sixth|next|finally|lastly)(?:ly)?,\s+|"
                          # ("The first is schizophrenia, in adults ...", "The other one is ...")
                          r"the\s+(?:first|second|third|fourth|fifth|sixth|last|other)(?:\s+(?:one|use|condition))?\s+"
                          r"is\s+)(?P<np>[^:;.]{3,200}?)\s*(?::|\.$|$)", re.I)
#: "is used quite differently: to treat X": the use verb, its manner and a colon before the purpose
_USED_COLON = re.compile(r"\b(used|given|prescribed)(?:\s+(?:[a-z]+ly|quite|differently|otherwise|instead|too))*\s*:\s+"
                         r"(?=(?:to|for|in)\s)", re.I)


def _named_as_it(sentence: str, names: Sequence[str]) -> str:
    """The sentence with the drug, named as the object of a prescribing verb, said as "it": "Doctors prescribe
    Zoravir for gout" is "Doctors prescribe it for gout", which the sentence reader knows. Another drug named
    there stays itself ("Doctors prescribe colchicine for flares" names no use of this drug)."""
    for name in names:
        if name and name.casefold() in sentence.casefold():
            sentence = re.sub(rf"\b({_PRESCRIBING})\s+{re.escape(name)}(?=[\s,.;:])", r"\1 it", sentence, flags=re.I)
    return sentence


#: verbs whose object is the medicine a doctor or a label chooses for a use
_PRESCRIBING = (r"prescribes?|prescribed|recommends?|recommended|uses?|used|gives?|given|gave|orders?|ordered|"
                r"suggests?|suggested|tries|try|tried|starts?|started|chooses?|chose|approved|approves?")
_ONLY_TAIL = re.compile(r"\s+(?:only|itself|themselves|as\s+well|too)$|\s+but\s+(?:it\s+)?(?:is|are|was|were)\s+not\b.*$",
                        re.I)  # ("depression only", "the cough itself", "chronic hepatitis C as well", "premature
# ejaculation but is not approved for it")
#: another medicine named as the subject of a choice: "Trimethoprim-sulfamethoxazole (Bactrim) is the first choice for"
#: ("Antidepressants such as SSRIs are usually the first choice for": a class of others, by its examples)
_OTHERS_CHOICE = re.compile(r"^(?!(?:It|This|These|They|That|Its|The)\b)(?P<n>[A-Z][\w-]+(?:[/-][\w-]+)*)"
                            r"(?:\s+[a-z][\w-]+(?=\s+(?:such\s+as|like|including)\s))?(?:\s+\([^()]*\))?"
                            r"(?:,?\s+(?:such\s+as|like|including)\s+[\w-]+(?:\s+(?:and|or)\s+[\w-]+)?,?)?"
                            r"\s+(?:is|are|remains|was)\s+(?:usually\s+|still\s+|often\s+|generally\s+)?"
                            r"(?:the|a|an)\s+(?:first|preferred|usual|standard|main|best|better|go-to)\b")
_ABBREV_DEF = re.compile(r"(?P<phrase>[A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*){0,4})\s+\((?P<abbr>[^()\s]{2,8})\)")
_ABBREV_LEAD = re.compile(r"^(?:.*\b(?:to|for|of|with|and|or|treat|prevent|the|a|an|as|in)\s+)", re.I)


def _initialled(phrase: str, abbr: str) -> str | None:
    """The end of ``phrase`` whose initials spell ``abbr`` ("chemotherapy-induced nausea and vomiting"
    for CINV, its "and" within), or None."""
    words = phrase.split()
    letters = re.sub(r"[^A-Za-z]", "", abbr)
    for k in range(len(words) - 1, -1, -1):  # the shortest end that does
        if spells_initials(letters, " ".join(words[k:])):
            return " ".join(words[k:])
    return None


def _abbreviations(sec: Section) -> dict[str, str]:
    """Abbreviations a section defines: "deep vein thrombosis (DVT)" -> {"DVT": "deep vein thrombosis"}."""
    out: dict[str, str] = {}
    for block in sec.blocks:
        for m in _ABBREV_DEF.finditer(norm(block.text)):
            abbr = m.group("abbr")
            if is_abbreviation(abbr) and abbr not in out:
                phrase = _initialled(m.group("phrase"), abbr) or _ABBREV_LEAD.sub("", m.group("phrase")).strip()
                if len(phrase.split()) >= 2 or len(phrase) > len(abbr):
                    out[abbr] = phrase
    return out


#: a lead that says only that the drug is used, its items saying what for ("Nateglinide is used:")
_USED_BARE = re.compile(r"\b(?:is|are)\s+(?:mainly\s+|mostly\s+|also\s+|commonly\s+)?used\s*:\s*$", re.I)
#: an item that finishes such a lead: "To improve ...", "Off-label for ...", "For ...", "As an add-on ..."
_COMPLETES_USED = re.compile(r"^(?:to\s+[a-z]+|off[- ]label\s+(?:for|to|in|as)|for|as\s+an?|in\s+(?:combination|"
                             r"addition|children|adults|people|patients|adolescents|women|men)\b)", re.I)
#: an item that says a use was studied: "It has also been studied in impaired glucose tolerance"
#: a label over uses being studied ("**Under study:**", "**Being studied:**", "**In research:**")
_STUDY_LABEL = re.compile(r"^(?:under\s+study|being\s+studied|in\s+(?:studies|research|trials)|studied(?:\s+uses?)?|"
                          r"research(?:\s+uses?)?)$", re.I)
#: the drug said to have been studied for what follows, inside a sentence ("..., telmisartan has been studied for")
_STUDIED_MID = re.compile(r"\b(?:it|this\s+(?:drug|medicine)|[a-z][\w-]+)\s+(?:has|have)\s+(?:also\s+)?been\s+"
                          r"(?:studied|tried|investigated|tested)\s+(?:in|for)\s+", re.I)
#: who studies a drug's use: "Scientists", "Researchers", "Trials"
_STUDIERS = r"(?:scientists|researchers|doctors|investigators|studies|trials)"
_STUDIED_ITEM = re.compile(r"^(?:in\s+(?:studies|trials|clinical\s+trials|research),\s+)?(?:(?:it|this\s+(?:drug|medicine)|"
                           r"[a-z][\w-]+)\s+(?:has|have)|it['\u2019]s)\s+(?:also\s+)?been\s+(?:studied|tried|investigated|"
                           r"tested|explored)\s+(?:in|for)\s+|"  # ("In studies, pitavastatin has also been tested for")
                           # "Scientists have also studied it for filariasis", "Researchers also tested it in X"
                           rf"^{_STUDIERS}\s+(?:have\s+)?(?:also\s+)?"
                           r"(?:studied|tested|tried|investigated|explored)\s+it\s+(?:in|for)\s+", re.I)
_STUDIED_BY = re.compile(rf"^{_STUDIERS}\s", re.I)


#: a second clause after a studied use: ", and there's interest in ...", ", but the trial failed"
_CLAUSE_AFTER = re.compile(r",\s+(?:and|but)\s+(?:there|it|this|that|they|researchers|scientists|the\s+(?:trial|study|"
                           r"results?))\b.*$", re.I)
#: a lead-in that ends with what the drug is used for: "It is used for:", "It is approved to treat:"
_USES_LEAD_END = re.compile(r"\b(?:used|prescribed|indicated|approved|given)\s+(?:mainly\s+|mostly\s+|also\s+|"
                            r"chiefly\s+)?(?:to\s+(?:treat|manage|prevent)|for|in)\s*:\s*$|\btreats?\s*:\s*$", re.I)


#: an abbreviation given after ", or": "pre-exposure prophylaxis, or PrEP."
_OR_ABBREVIATION = re.compile(r",\s+or\s+(?P<a>(?-i:[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,3}))(?=\s*[.;,)]|\s*$)")
#: a clause that explains a use named before it: ", when bacteria cause ...", ", meaning ..."
_GLOSS_CLAUSE = re.compile(r",\s+(?:when|where|which|meaning|that\s+is|i\.e\.)\s", re.I)
#: a use counted out in words: "First, X.", "Second, Y, known as Z." (the rest after the comma)
_ORDINAL = re.compile(rf"^{ORDINAL_WORD},\s+(?P<rest>\S.*)$", re.I | re.S)
#: a sentence with a verb of its own before its first comma or bracket ("Most women in the studies had ..."; not a
#: relative clause's: "High blood pressure that has not responded ...")
_CLAUSE_OPENING = re.compile(r"^(?:(?!\b(?:that|which|who|whose|when)\b)[^,;:()])*?\b(?:is|are|was|were|has|have|had|can|may|might|will|would|should|does|do|"
                             r"did|helps?|works?|means?)\b", re.I)


def _opening_use(sec: Section, k: int, lead: str, names: list[str]) -> str:
    """The first sentence of a paragraph that follows a paragraph ending in a lead-in of uses ("It is used for:"),
    when it opens with a name, not a sentence of its own ("Postpartum depression (PPD), which is ..."); else ""."""
    prev = sec.blocks[k - 1] if k else None
    if not lead or prev is None or prev.kind != "paragraph" or not prev.text.rstrip().endswith(":") \
            or not _USES_LEAD_END.search(lead) or _NEGATED_INTRO_F.search(lead):
        return ""
    said = sentences(norm(sec.blocks[k].text).strip())
    first = said[0] if said else ""
    return first if first[:1].isupper() and not _is_sentence_item(first, names) \
        and not _CLAUSE_OPENING.match(first) else ""


def _finishes_used_lead(said: str, lead: str) -> bool:
    """Whether a plain item goes on with its lead's "is used" (:data:`_USED_BARE`), or says a use was studied under
    any lead of uses; not "- In adults with X, to slow Y" (its own purpose), "- To shrink a goiter and some thyroid
    nodules" nor "- for dizziness (vertigo) of central origin", whose conditions the item reader finds."""
    studied = bool(_STUDIED_ITEM.match(said))
    by_people = studied and bool(_STUDIED_BY.match(said))
    if not (_USED_BARE.search(lead) or studied and (lead or by_people) and not _NEGATED_INTRO_F.search(lead)):
        return False  # (a use researchers tested, listed among the uses with no lead-in too: "- Researchers also
        # tested it in X")
    if not (_COMPLETES_USED.match(said) or studied) or said[:3].casefold() == "in " and re.search(r",\s+to\s", said):
        return False
    low = said.casefold()
    if low.startswith("for "):
        return False
    return not low.startswith("to ") or all(p.casefold().startswith("to ") for p, _ in item_conditions(said)) \
        or bool(MEASURE_FOR_WHOM.search(said))


def _lead_in(intro: str) -> str:
    """The sentence that introduces a list ("... used to treat:"), or "" when there is none."""
    if not intro.rstrip().endswith(":"):
        return ""
    sents = sentences(intro)
    lead = sents[-1] if sents else ""
    if _INVESTIGATIONAL.search(lead):  # "It has also been studied in other conditions, but it is not approved for them:":
        lead = _NOT_APPROVED_TAIL.sub(":", lead)  # the uses studied, their status, no denial
    return lead


#: a studied list's lead ends on the status of its uses: ", but it is not approved for them:"
_NOT_APPROVED_TAIL = re.compile(r",?\s+(?:but|and|although|though)\s+(?:it\s+is|they\s+are|these\s+are|it's)\s+not\s+"
                                r"(?:yet\s+|currently\s+|officially\s+)?(?:approved|licen[sc]ed)(?:\s+for\s+(?:them|these|"
                                r"those|any\s+of\s+them|these\s+uses|this))?\s*:\s*$", re.I)


_ACTIVE = re.compile(r"^active\s+(?=[\w'-]{3})", re.I)


#: an item that finishes "It is used to:" with a procedure it serves, not a condition it treats: "Collect stem cells",
#: "Mobilize stem cells for collection", "Help diagnose adrenal insufficiency"
_PROCEDURE_ITEM = re.compile(r"^(?:help\s+(?:to\s+)?)?(?:collect|mobili[sz]e|harvest|diagnose|detect|measure|prepare)\s+|"
                             r"^(?:preparation|getting\s+ready)\s+for\s+|"  # "**Preparation for thyroid surgery**"
                             # "**Stem cell mobilization and transplant recovery:**": a procedure's step
                             r"^(?:[\w-]+\s+){0,2}(?:mobili[sz]ation|harvesting|collection|apheresis)\b|"
                             # "**Bowel preparation**", "**Skin preparation before surgery and injections**": readying a
                             # part for a procedure
                             r"^(?:[\w-]+\s+)?(?:preparation|prep|cleansing|cleaning)(?:\s+(?:before|for|ahead\s+of)\s.*)?$|"
                             # "**After Eye Surgery:**", "**Eye surgery:**", "**Switching from Epoprostenol:**": when it
                             # is used, no condition
                             r"^(?:(?:after|before|during|following)\s+)?(?:[\w-]+\s+){0,2}(?:surgery|surgeries|operations?|"
                             r"procedures?|transplants?|transplantation|interventions?|angioplasty|catheteri[sz]ations?)"
                             r"(?:\s*\([^()]*\))?$|^(?:switching|transitioning|moving|changing)\s+(?:from|to|over)\b|"
                             # "**Use with Barrier Methods:**", "**Backup Birth Control:**": a way of using it, no condition
                             r"^(?:use|using)\s+(?:with|alongside|together\s+with|in\s+combination\s+with)\b|^back-?up\s",
                             re.I)


#: an item that says what the drug is ("A nucleoside reverse transcriptase inhibitor (NRTI)"): its class, no use
_WHAT_IT_IS = re.compile(r"^(?:an?|one\s+of\s+the)\s+(?:[\w-]+\s+){0,5}?(?:inhibitors?|blockers?|agonists?|antagonists?|"
                         r"analogues?|analogs?|antibiotics?|antibod(?:y|ies)|modulators?|agents?)(?:\s*\([^()]*\))?\.?$", re.I)
#: an item labelled by whom it suits: "Women who cannot take hormone therapy", "People who prefer a pill"
_WHO_ITEM = re.compile(r"^(?:(?:older|younger|pregnant)\s+)?(?:women|men|people|patients|adults|children|teens|those|"
                       r"anyone|someone)\s+who\b|"
                       # "**Children aged 5 to 11** with either condition": whom, by age, no condition
                       r"^(?:children|adults|teenagers|adolescents|infants|babies|people|patients)\s+(?:aged|ages|"
                       r"from|between|under|over|older\s+than|younger\s+than)\s+\d[\w\s-]*$|"
                       # "Presymptomatic SOD1 mutation carriers: a trial is testing ...": whom it is tried in
                       r"^(?:[\w-]+\s+){0,3}(?:mutation|gene|variant)\s+carriers\b|^carriers\s+of\b|"
                       # "**Who May Benefit Most:** people who ...", "Who it is for", "Best suited for": whom it suits
                       r"^who\s+(?:may|might|can|could|would|will|should|is|it'?s|it\s+is)\b|^(?:best\s+)?suited\s+(?:for|to)\b",
                       re.I)


#: the setting of a later line of treatment, after a condition's name: "after imatinib failure or intolerance"
_AFTER_FAILURE = re.compile(r"\s+(?:after|following)\s+(?:prior\s+)?(?:[\w-]+\s+){0,3}?(?:failure|intolerance|resistance|"
                            r"progression)(?:\s+(?:or|and)\s+(?:[\w-]+\s+)?(?:failure|intolerance|resistance|"
                            r"progression))?$|"
                            # "... that does not respond to high-dose antihistamines", "... after treatment with
                            # sunitinib or sorafenib": what was tried before, no part of the use's name
                            r"\s+(?:that|which)\s+(?:does|do|did|has|have)\s+not\s+(?:respond(?:ed)?|improved?)\b.*$|"
                            r"\s+(?:after|following)\s+(?:prior\s+)?(?:treatment|therapy)\s+with\s.*$", re.I)
#: what else the use is treated with, after its name: ", alone or added to prostaglandin drops", ", together with X";
#: and what causes it, said last ("Corneal swelling after cataract surgery caused by damage to the endothelium")
_WITH_OTHERS_TAIL = re.compile(r",\s+(?:(?:either\s+)?(?:alone|on\s+its\s+own|by\s+itself)\s+or\s+)?(?:added\s+to|"
                               r"together\s+with|in\s+combination\s+with|combined\s+with)\s[^()]*?(?=\s*\([^()]*\)\s*$|$)|"
                               r"(?<=\w)\s+caused\s+by\s+(?:damage|injury|loss|a\s+lack|lack)\b[^()]*?"
                               r"(?=\s*\([^()]*\)\s*$|$)", re.I)  # (a status in brackets after it stays: "(off-label)")
#: the care setting a use is given in, after the condition's name: "Nausea in palliative care", "Agitation in the
#: intensive care unit" (where, not what)
#: (not after a procedure, whose setting is part of it: "Sedation in intensive care" is what the drug does there)
_CARE_SETTING = re.compile(r"(?<!sedation)(?<!anesthesia)(?<!anaesthesia)\s+in\s+(?:the\s+)?(?:(?:palliative|"
                           r"end-of-life|hospice|intensive|critical|emergency|"
                           r"terminal)\s+(?:care(?:\s+units?)?|settings?|medicine|units?|departments?)|ICU|hospice)$", re.I)
#: how a condition was found, after it: "found through newborn screening", "detected by a blood test"
_FOUND_BY = re.compile(r"(?<!ly)\s+(?:found|detected|diagnosed|identified|picked\s+up|confirmed)(?:\s+(?:through|by|on|with|via|at)"
                       r"\s+[^()]*)?$", re.I)
#: the research a use was tried in, after the condition: "in early research", "in small trials", "in clinical studies"
_IN_RESEARCH = re.compile(r"\s+in\s+(?:(?:early|small|clinical|animal|laboratory|lab|pilot|ongoing)\s+){1,2}"
                          r"(?:research|studies|study|trials?)$", re.I)
#: words that say what state a condition is in, with no noun ("progressive and well-differentiated",
#: "radioiodine-refractory", "treatment-resistant"): a description of the condition named before them
_STATE_WORD = (r"(?:(?:[a-z]+-)*(?:refractory|resistant|dependent|differentiated|progressive|relapsed|recurrent|"
               r"metastatic|advanced|unresectable|inoperable|localized|localised|operable|untreated|pretreated|"
               r"previously\s+treated|newly\s+diagnosed)|(?:well|poorly|moderately)-[a-z]+)")
_STATE_WORDS_ONLY = re.compile(rf"{_STATE_WORD}(?:,?\s+(?:and|or)\s+{_STATE_WORD}|,\s*{_STATE_WORD})*", re.I)

#: an item naming the people a procedure is done to, then what the drug prevents in them: "Patients undergoing
#: percutaneous coronary intervention (PCI), to prevent blood clots from forming in the stent"
_SERVED_TO_PREVENT = re.compile(r"^(?:adult\s+)?(?:patients|people|adults|those)\s+(?:who\s+are\s+)?(?:undergoing|having|"
                                r"receiving)\s+[^,;:]+,\s+to\s+(?:help\s+)?prevent\s+(?:an?\s+|the\s+)?(?P<x>[^,;:]+?)"
                                r"(?:\s+from\s+(?:forming|developing|happening|occurring)\b.*)?$", re.I)


def _indications(q: Quoter, sec: Section, block: Block, global_q: str | None) -> list[Indication]:
    if block.cells and any(_NEGATED_CELL.match(norm(c)) for c in block.cells[1:]):
        return []  # "| Sudden breathing attacks | ❌ Not suitable | ... |": a use the row denies
    status = next((m for c in block.cells[1:] if (m := _STATUS_CELL.match(norm(c)))), None) if block.cells else None
    if status and global_q is None:  # "| Fuchs endothelial dystrophy | Off-label | ... |"
        global_q = "off-label" if status.group("q").casefold().startswith("off") else "investigational"
    cell = _use_cell(block)
    if cell is not None:  # "| Brand HFA | Inhaler | Treatment of COPD |": the row's use is in its own column
        return [use for piece in split_top(cell, ";") if piece.strip()
                for use in _cell_piece(q, sec, block, piece.strip(), global_q)]
    if block.cells and block.header and _PRODUCT_COLUMN.match(norm(block.header[0]).strip().rstrip(":")):
        return []  # "| Product | What it contains | Forms | Notes |" with no use column: products, no use
    opens = _OFF_LABEL_VERB_ITEM.match(norm(block.text)) if block.label is None and not block.cells else None
    if opens:  # "- Studied off-label in OIC in people with active cancer pain": the item a sentence of the drug's
        said = f"It is used off-label {opens.group('p')} {norm(block.text)[opens.end():]}"
        return _prose(q, sec, Block(kind="paragraph", text=said, span=block.span), False, [])
    if block.label is None and FOLLOWING_LIST.search(norm(block.text)):  # "(3) In addition, it has been used
        # off-label or studied in the following situations: A, B and C": a sentence, its list after the colon
        return _prose(q, sec, Block(kind="paragraph", text=norm(block.text), span=block.span), False, [])
    more = _AND_BOLD.search(q.doc.lines[block.span.start - 1]) if block.label and block.span.start == block.span.end \
        and re.match(r"(?:and|or|&)\s", block.text.strip()) else None
    if more:  # "- **Generalized pustular psoriasis (GPP)** and **Erythrodermic psoriasis** (approved in Japan)": two
        # bold uses, what follows said of both
        rest = replace(block, text=more.group("rest"))
        return [*_indications(q, sec, rest, global_q), *_indications(q, sec, replace(rest, label=more.group("x")),
                                                                     global_q)]
    label, desc = _label_and_description(block)
    if block.label is not None and label.endswith(".") and "." not in label[:-1].replace("e.g.", ""):
        label = label[:-1]  # "- **Heavy menstrual bleeding caused by uterine fibroids.** This was ...": the label a
        # sentence of its own, its full stop no part of the use
    if block.label is not None and _STUDY_LABEL.match(label.strip(" :")) and _STUDIED_MID.search(desc):
        # "**Under study:** Because of its effect on PPAR-gamma, X has been studied for **insulin resistance** and
        # metabolic syndrome, but it is not approved for these": studied uses listed among the uses, off-label
        said = _STUDIED_MID.sub("it is used off-label for ", norm(desc).lstrip(" :"), count=1)
        said = re.sub(r",?\s+but\s+(?:it\s+)?is\s+not\s+(?:yet\s+)?approved\b.*$", ".", said)
        return _prose(q, sec, Block(kind="paragraph", text=said, span=block.span), False, [])
    if block.label is not None and _GENERIC_LABEL.match(label.strip(" :")):  # "**Other conditions**: Riluzole has
        prose = Block(kind="paragraph", text=desc.lstrip(" :"), span=block.span)  # been studied in ...": a label that
        return _prose(q, sec, prose, False, [])  # names no condition, then a sentence
    plain = block.label is None
    served = _SERVED_TO_PREVENT.match(label) if plain else None
    if served:  # "Patients undergoing percutaneous coronary intervention (PCI), to prevent blood clots from forming
        label, global_q = served.group("x"), global_q or "prevention"  # ...": what it prevents in them, not whom
    if desc and _QUALIFIER_ONLY.match(label):  # "Off-label: NASH in ...": the qualifier labels the use
        plain = True  # (what follows is read as a plain item: its conditions without populations)
        global_q = global_q or _qualifier(label, "")
        parts = _ITEM_SPLIT.split(desc, maxsplit=1)
        label, desc = parts[0], parts[1] if len(parts) == 2 else ""
    if block.label is not None and _PRODUCTS_LABEL.match(norm(block.label)):
        return []  # "▪ Combination tablets: Actoplus Met (with metformin), ...": products, no use
    regimen = _REGIMEN_LABEL.match(label.strip())
    named = _REGIMEN_OF.match(desc or "") if regimen else None
    if regimen and not named:
        return []  # "**On-demand treatment** – to treat and control bleeding episodes": a regimen, no condition
    if named:  # "**Maintenance therapy** for schizophrenia": the condition the regimen is of
        label, desc = named.group("c").strip(), named.group("rest") or ""
    if block.label is None and _STUDIED_IN_WHO.match(norm(block.text)):
        return []  # "- Studied in school-age children together with albendazole for whipworm": a trial's people
    if _PROCEDURE_ITEM.match(label) or _WHO_ITEM.match(label) or _WHAT_IT_IS.match(label) or _WAY_OF_USE.match(label):
        return []  # "- Collect stem cells: it moves ... so they can be collected": a procedure it serves, no condition;
        # "**Women who prefer to avoid hormones:**": whom it suits; "**Self-treatment at home**": how it is used
    label = _REDUCES_RISK.sub("reducing the risk of ", label)  # "↓ risk of X" (read "Reduces risk of X")
    label = _WITH_OTHERS_TAIL.sub("", label)  # "Glaucoma, alone or added to beta-blocker drops": what it is given with
    label = _GIVEN_DURING.sub("", label)  # "starting an infusion during a migraine attack": the attack it is given in
    if not plain:  # "Migraine prevention in adults": the purpose's patients, no part of the condition
        label = _PURPOSE_FOR_WHO.sub(r"\g<p>", label)
    if not label or _NEGATED_ITEM_F.search(label) or _negated_description(label, desc, studied=global_q is not None
                                                                            and global_q != "prevention"):
        return []
    qualifier = global_q or _qualifier(label, desc)
    status = _STATUS_TAIL.search(label)
    if status and status.start():  # "Polycystic ovary syndrome (PCOS), off-label": the use's status, said after it
        label, qualifier = label[:status.start()].rstrip(), qualifier or "off-label"
    prevented = bool(_PREVENTION_SUFFIX.search(label) or _PREVENTING.match(label) or _PREVENTION_LABEL.match(label))
    if prevented and not qualifier:
        qualifier = "prevention"  # "Malaria prevention:", "Breast cancer risk reduction:"
    label = _PREVENTING.sub("", _PREVENTION_LABEL.sub("", label))
    if prevented:  # "Prevention of a second heart attack": another bout of the use, named bare
        label = ANOTHER.sub("", label)
    if not plain and _PURPOSE_PREFIX.match(label):  # "Treatment of mild to moderate malaria": the range goes with
        label = SEVERITY_RANGE.sub("", _PURPOSE_PREFIX.sub("", label))  # the purpose ("Mild to moderate pain" stays)
    bare = _PURPOSE_SUFFIX.sub("", _PURPOSE_PREFIX.sub("", label))
    if not re.fullmatch(r"[A-Za-z-]+(?:ar|al|ic|ary|ory)", bare.strip()):  # ("Cardiovascular risk reduction": an
        label = bare  # adjective alone names no condition, the label stays whole)
    label = capitalise(label)
    if not plain:  # "**Active tuberculosis:**": the disease, named without its state (as the prose reader names it)
        label = capitalise(_ACTIVE.sub("", label))
    if not qualifier and (block.label is None or not _PURPOSE_PREFIX.match(block.label)) \
            and _PREVENT_DESC_ANY.search((sentences(desc) or [""])[0]):
        qualifier = "prevention"  # "DCIS: after surgery and radiation, to reduce the risk of invasive breast cancer"
    if plain:  # "Athlete's foot (tinea pedis) around the affected nail": the condition, named and glossed, then where
        label = _SITE_AFTER_GLOSS.sub("", label)
    former = _FORMER_NAME.search(label) if plain else None
    if former:  # "Granulomatosis with polyangiitis (GPA), previously called Wegener's granulomatosis": another name
        label = label[:former.start()]
    apart = _told_apart_by_cause(sec, block, label) if plain else None
    if apart:  # "Nausea and vomiting caused by gastroenteritis" beside "... caused by apomorphine": the cause is
        conditions = [(apart, qualifier)]  # what tells the two uses apart, kept
    elif plain:  # a plain item: its bold condition, or the conditions its words name
        # each with its own purpose: "Inhalational anthrax, to prevent disease after exposure, and plague"
        conditions = [(p, qualifier or ("prevention" if prevents else None)) for p, prevents in _plain_item(block, label)]
    else:
        label = _AGED_AND_OLDER.sub("", label)  # ("in children aged 7 and older": an age, whose "and" joins no two uses)
        conditions = [(_WHO_NOT_PART.sub("", c) or c, qualifier) for part in _conditions(label) for c in _two_conditions(part)]
        # ("**Agitation and aggressive behavior in elderly patients**": the patients by their age, no part of the
        # condition; "in men", "in children" may tell a use apart, and stay)
    out: list[Indication] = []
    for part, qualifier in conditions:
        name, parens = strip_parens(part)
        name = _SEIZURES_OF.sub("", name)  # ("Seizures associated with Dravet syndrome": the syndrome)
        name = _ORIGIN_TAIL.sub("", _SYMPTOMS_FROM.sub("", name))  # ("Lower urinary tract symptoms (LUTS) from an
        # enlarged prostate", "Dizziness (vertigo) of central or vascular origin")
        name = _FOUND_BY.sub("", _IN_RESEARCH.sub("", name))  # ("resistant high blood pressure in early research": where
        # it was tried; "Presymptomatic SMA found through newborn screening": how it was found)
        name = _CARE_SETTING.sub("", _AFTER_FAILURE.sub("", name))  # ("GIST after imatinib failure or
        # intolerance", "Nausea in palliative care": when and where, not what)
        if not name or not_a_name(name) or _STATE_WORDS_ONLY.fullmatch(name.strip()) \
                or _DESCRIPTOR_ONLY.fullmatch(name.strip()):  # ("LC-FAOD, molecularly confirmed, peds and adults")
            continue  # ("Pancreatic neuroendocrine tumors (pNET), progressive and well-differentiated": the tumours'
            # state, said after them, no use of its own)
        abbrev, synonyms = glosses(parens)
        ev = q.evidence(sec, block.span, part)
        out.append(Indication(label=capitalise(name), evidence=ev, abbreviation=abbrev, synonyms=synonyms,
                              qualifier=qualifier))
    if former and len(out) == 1:
        out[0].synonyms.append(former.group("n"))
    return out


#: a status set off after a use's name (", off-label", " - off-label", " (off-label)")
_STATUS_TAIL = re.compile(r"(?:,|\s[-\u2013\u2014])\s*(?:(?:sometimes|often|also|occasionally)\s+)?(?:(?:used|prescribed|given)\s+)?"
                          r"off[- ]label(?:\s+use)?\s*[.:]?$|"  # (", sometimes used off-label")
                          r"\s*\(off[- ]label(?:\s+use)?\)\s*[.:]?$", re.I)  # ("Stroke prevention (off-label)")
#: where a condition named and glossed is, after its gloss: " around the affected nail", " on the face"
_SITE_AFTER_GLOSS = re.compile(r"(?<=\))\s+(?:around|near|on|under|beside)\s+(?:the|an?|your)\s+[\w\s-]{2,30}$", re.I)
#: another name of the item's condition after it: ", previously called Wegener's granulomatosis", ", also known as X"
_FORMER_NAME = re.compile(r",\s+(?:previously|formerly|once|also|sometimes)\s+(?:called|known\s+as|named)\s+"
                          r"(?P<n>[^,;()]{3,80})$", re.I)


#: a table column that says what the row is used for ("Used for", "Indication", "Condition")
_USE_COLUMN = re.compile(r"^(?:(?:main\s+|approved\s+)?(?:uses?|indications?)|(?:what\s+it(?:'s|\s+is)\s+)?used\s+for|"
                         r"conditions?(?:\s+treated)?|treats|what\s+it\s+treats|for)$", re.I)


#: a table's first column that names products, not conditions
_PRODUCT_COLUMN = re.compile(r"^(?:products?|brands?(?:\s+names?)?|forms?|formulations?|preparations?|names?|"
                             r"trade\s+names?|medicines?|strengths?|(?:fixed[- ]dose\s+)?combinations?(?:\s+products?)?)$",
                             re.I)  # ("| Combination | Brand name | Who it is for |": the products it is sold in)


def _use_cell(block: Block) -> str | None:
    """The cell of a table row that holds its use when another column comes first ("| Product | Form |
    Used for |": the product and its form are no conditions), else None."""
    head = [norm(h).strip().rstrip(":") for h in block.header]
    if len(head) < 2 or _USE_COLUMN.match(head[0]) or len(block.cells) < 2:
        return None
    k = next((k for k, h in enumerate(head) if _USE_COLUMN.match(h)), None)
    return norm(block.cells[k]) if k is not None and k < len(block.cells) and block.cells[k].strip() else None


def _cell_piece(q: Quoter, sec: Section, block: Block, piece: str, global_q: str | None) -> list[Indication]:
    """One semicolon part of a use cell: a clause ("also given in hospital ... for X") read as prose, else
    an item naming its conditions."""
    if _CELL_CLAUSE.match(piece):
        return _prose(q, sec, Block(kind="paragraph", text=f"It is {piece}", span=block.span), False, [])
    return _indications(q, sec, Block(kind="item", text=piece, span=block.span), global_q)


_CELL_CLAUSE = re.compile(r"^(?:(?:also|sometimes|often|mainly|occasionally)\s+)*(?:given|used|prescribed|taken|"
                          r"approved|licen[sc]ed|indicated)\b", re.I)


_PRODUCTS_LABEL = re.compile(r"^(?:combination|combined|fixed-dose)\s+(?:products?|tablets?|pills?|capsules?|inhalers?|"
                             r"medicines?|forms?)$|^(?:brands?|brand\s+names?|products?|available\s+(?:as|forms?)|forms?|"
                             r"formulations?|strengths?)$", re.I)


def _negated_description(label: str, desc: str, studied: bool = False) -> bool:
    """A negation in the description cancels the use when it opens the description or names the label.

    "It is not used to treat an acute episode of mania" after a maintenance use negates another
    condition, not the bullet's own. Under a lead of uses studied or off-label (``studied``), a description that says
    the use is not approved ("the trials did not show enough benefit, so it is not approved for this") tells the use's
    status, no denial.
    """
    for k, sent in enumerate(sentences(desc)):
        m = _NEGATED_ITEM_F.search(sent)  # only its end offset is read
        if not m or _ON_ITS_OWN.search(sent, m.end()):
            continue  # ("It is not approved to treat hepatitis B on its own": the use stands, alone it does not)
        if _OTHERS_FAIL.search(sent[:m.start()]):
            continue  # ("for patients in whom steroids alone are not effective enough": other drugs fail, not it)
        if (studied or _STUDIED_SAID.search(sent) or _STUDIED_SAID.search(label)) \
                and (_NOT_APPROVED.search(sent) or _NOT_USED_NOW.search(sent)):
            continue  # ("it has also been studied in small trials ..., but it is not approved for this use", "**X**
            # (studied): ... but is not approved for this": its status)
        if k == 0 and not 0 <= sent.find(";") < m.start():  # (after a semicolon, a clause of its own: "for sleepiness
            return True  # that continues despite CPAP; it does not treat the blocked airway itself")
        rest = set(key(sent[m.end():]).split()) - _STOPWORDS
        if rest & _EPISODE_WORDS and not set(key(strip_parens(label)[0]).split()) & _EPISODE_WORDS:
            continue  # "It is not used to treat sudden asthma attacks" under a maintenance use: the attacks, not it
        if not rest or rest & (set(key(strip_parens(label)[0]).split()) - _STOPWORDS):
            return True
    return False


#: a clause on the people a use is for, whose own subject the negation after it is ("in whom steroids alone are not
#: effective", "when other treatments are not effective")
_OTHERS_FAIL = re.compile(r"\b(?:in\s+whom|for\s+whom|whose|when|where|if)\s+[^,;]*$", re.I)
#: a use said to be studied or tried, whose "not approved" is its status
_STUDIED_SAID = re.compile(r"\b(?:been|being)\s+(?:studied|tested|tried|investigated)\b|"
                           r"\bused\s+off[- ]label\b|"  # ("Sometimes used off-label, although it is not approved for lice")
                           r"\(\s*(?:studied|being\s+studied|under\s+study|investigational)\s*\)", re.I)
#: a use said not to be approved (its status) rather than not to be done
_NOT_APPROVED = re.compile(r"\bnot\s+(?:yet\s+|been\s+|officially\s+)*(?:approved|licen[sc]ed|authori[sz]ed)\b", re.I)
#: a use's label tagged as studied ("**High cholesterol** (studied):")
_STUDIED_TAG = re.compile(r"^\s*\(\s*(?:studied|under\s+study|being\s+studied)\s*\)|\(\s*(?:studied|under\s+study|"
                          r"being\s+studied)\s*\)\s*$", re.I)
#: a studied use said not to be in use now ("older studies showed it lowers LDL, but it is not used for this today")
_NOT_USED_NOW = re.compile(r"\bnot\s+used\s+for\s+(?:this|it|that)\s+(?:today|now|nowadays|anymore|any\s+longer)\b|"
                           r"\bno\s+longer\s+used\b", re.I)
#: a negation of the drug given alone, not of the use ("not approved to treat hepatitis B on its own")
_ON_ITS_OWN = re.compile(r"\b(?:on\s+its\s+own|by\s+itself|alone|as\s+(?:a\s+|the\s+)?(?:single|sole|only)\s+(?:agent|drug|"
                         r"medicine|treatment|therapy)|as\s+monotherapy)\b", re.I)
#: the episodes of a condition, whose acute treatment a maintenance use is not ("sudden asthma attacks")
_EPISODE_WORDS = frozenset({"attack", "attacks", "episode", "episodes", "flare", "flares", "exacerbation",
                            "exacerbations", "crisis", "crises", "bronchospasm"})


_STOPWORDS = frozenset({"a", "an", "the", "of", "or", "and", "to", "in", "for", "this", "it", "with", "on", "used",
                        "treat", "condition", "disease", "disorder"})


#: a parenthetical right after a bold label, the rest of the item after it: "**Bone infections** (osteomyelitis)"
_LABEL_GLOSS = re.compile(r"^\s*(\([^()]{2,80}\))\s*(.*)$", re.S)


#: a word that makes a phrase of a name: what is shared across its "or" ("Bleeding after a miscarriage or abortion")
_PHRASE_WORD = re.compile(r"\b(?:of|in|after|before|during|from|with|for|to|at|on|by|other|any|some)\b", re.I)
#: a range said with "between ... and": "Termination of pregnancy between 13 and 20 weeks"
_BETWEEN_AND = re.compile(r"\bbetween\s+[\w.-]+(?:\s+[\w-]+)?\s+and\s", re.I)
#: a second bold name after an item's bold label: " and **Erythrodermic psoriasis** (approved in Japan)"
_AND_BOLD = re.compile(r"\*\*[^*]+\*\*\s+(?:and|or|&)\s+\*\*(?P<x>[^*]{3,80}?)\*\*(?P<rest>[^*]*)$")


def _label_and_description(block: Block) -> tuple[str, str]:
    if block.label:
        label, text = norm(block.label), norm(block.text)
        gloss = _LABEL_GLOSS.match(text) if "(" not in label else None
        if gloss:  # "**Bloodstream infections** (bacteremia)": the label's other name, read as if inside the bold
            return f"{label.rstrip(' :')} {gloss.group(1)}", gloss.group(2).lstrip(" :,;")
        return label, text
    text = norm(block.text)
    parts = _ITEM_SPLIT.split(text, maxsplit=1)
    if len(parts) == 2:
        return parts[0], parts[1]
    first = sentences(text)
    return (first[0].rstrip(".") if first else text), ""


def _qualifier(label: str, desc: str) -> str | None:
    if _OFF_LABEL_F.search(label) or _OFF_LABEL_F.search(desc) or _STUDIED_TAG.search(label) \
            or _STUDIED_TAG.match(desc):  # ("**X** (studied): ...": a use studied, not approved: off-label)
        return "off-label"
    if _PREVENTION_LABEL.match(label) or _PREVENTION_DESC.match(desc):
        return "prevention"
    if _INVESTIGATIONAL_F.search(label) or _INVESTIGATIONAL_F.search(desc):
        return "investigational"
    return None


#: a line "Term — description" (an em or en dash, or a spaced hyphen) whose term is a short noun phrase
_TERM_DASH = re.compile(r"^(?P<term>[A-Z][^.:;\u2013\u2014]{2,80}?)\s+(?:\u2014|\u2013|-)\s+(?P<desc>\S.*)$")
def _term_lines(doc: Document, block: Block) -> list[tuple[str, str, Span]]:
    """A paragraph of two or more lines, each a "Term — description" line whose term is a short noun
    phrase: each line's term, description and line; else []."""
    if block.span.end <= block.span.start:
        return []
    out: list[tuple[str, str, Span]] = []
    for n in range(block.span.start, block.span.end + 1):
        line = norm(_EMPHASIS.sub("", doc.lines[n - 1]))
        if not line:
            continue
        m = _TERM_DASH.match(line)
        if m is None or _TERM_VERB.search(m.group("term")):
            return []
        out.append((m.group("term"), m.group("desc"), Span(n, n)))
    return out if len(out) >= 2 else []


_EMPHASIS = re.compile(r"\*\*|__")
_TERM_VERB = re.compile(r"\b(?:is|are|was|were|can|may|will|should|used|take|taken|use|it|you|they|this)\b|"
                        r"^(?:\S+\s+){8}", re.I)
#: a bold item label that names no condition: "Other conditions", "Goal of treatment", "Key points"
_GENERIC_LABEL = re.compile(r"^(?:other\s+(?:(?:research|studied|possible|experimental|investigational|off[- ]label)\s+)?"
                            r"(?:conditions|uses|indications)|(?:research|investigational|experimental)\s+uses|"
                            r"(?:topical|oral|systemic|local|injected|inhaled)\s+uses?|"
                            r"goals?\s+of\s+(?:treatment|therapy)|key\s+points?|"
                            r"important|notes?|good\s+to\s+know|as\s+(?:monotherapy|adjunct(?:ive)?(?:\s+therapy)?|"
                            r"add-on(?:\s+therapy)?|combination\s+therapy|(?:an?\s+)?(?:first|second)-line\s+(?:therapy|treatment)))$",
                            re.I)  # ("**As monotherapy** – on its own in early Parkinson's disease": how, then a sentence)
#: a sub-heading over the drug's products: its items are forms and brands, no uses
_FORMS_HEADING = re.compile(r"^(?:(?:dosage\s+)?forms?|formulations?|brands?(?:\s+names?)?|products?|availability|"
                            r"available\s+forms?|how\s+it\s+comes)(?:\s+(?:and|&)\s+(?:forms?|brands?(?:\s+names?)?|"
                            r"strengths?|dosages?|availability))?$", re.I)
_PURPOSE_START = re.compile(r"^to\s+(?:help\s+)?(?:prevent|treat|relieve|control|manage|reduce|lower|ease)\b", re.I)
#: the name of a Usage field that is about something else than the uses ("Dosing:", "Contraindications:")
#: an item naming a way the drug is used, no condition: "Self-treatment at home", "Home infusion"
_WAY_OF_USE = re.compile(r"^(?:self[\s-](?:treatment|administration|injection|use|care)|(?:home|at-home)\s+"
                         r"(?:use|treatment|infusion|injection)s?)\b", re.I)
#: "**On-demand treatment** – to treat bleeding episodes when they occur", "**Routine prophylaxis**", "**Perioperative
#: management**": the regimen it is given in, the condition named before (not "**Maintenance treatment** of X")
_REGIMEN_OF = re.compile(r"\s*(?:of|for|in)\s+(?P<c>[^,;.()\u2013\u2014]+?)(?P<rest>\s*(?:[,;.(\u2013\u2014]|\s-\s).*)?$")
_REGIMEN_LABEL = re.compile(r"^(?:routine|regular|on[\s-]demand|as[\s-]needed|episodic|perioperative|maintenance|"
                            r"long[\s-]term|short[\s-]term|weekly|daily|follow[\s-](?:on|up)|continuation|step[\s-]down|"
                            r"(?:first|second|third)[\s-]line)\s+(?:prophylaxis|treatment|management|therapy|"
                            r"dosing|doses|use)"
                            # "**Follow-on treatment after Ca-DTPA**": the step of a course after another drug
                            r"(?:\s+(?:after|following)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?(?:\s*\([^()]*\))?)?\s*:?$", re.I)
_NOT_A_USE_FIELD = re.compile(r"^(?:dosing|doses?|dosage|usual\s+dose|contraindications?|warnings?|precautions?|monitoring|"
                              r"pregnancy|interactions?|storage|schedule|onset|duration|half-life|boxed\s+warning|"
                              r"(?:related|similar|other)\s+(?:medicines|medications|drugs|treatments)|alternatives|"
                              # "**Add-on therapy:** It is not used on its own", "Add-on after gene therapy": how it
                              # is given with others, no condition
                              r"(?:add-on|adjunct(?:ive)?|combination|co-?therapy)(?:\s+(?:therapy|treatment|use))?"
                              r"(?:\s+(?:after|with|to)\s+[\w\s-]+)?)$", re.I)
#: a run-in label whose line lists uses ("Indicated for:", "Also used (off-label) for:", "Off-label:", "Not for:")
_RUN_IN_LEAD = re.compile(r"^(?:(?P<neg>not\s+(?:used\s+|indicated\s+|approved\s+)?for)|(?:also\s+)?(?:used|indicated|"
                          r"approved|prescribed|given)(?:\s*\([^()]*\))?\s+(?:for|to\s+treat)|(?:approved\s+|other\s+)?"
                          r"(?:indications?|uses)|off[- ]label(?:\s+uses?)?|treats)$", re.I)
#: an item that names a group of uses ("Off-label uses:", "Other uses", "Also used for:")
#: an item that only names a group of uses, over its sub-list: "Approved uses (adults)", "Off-label uses"
_NAMED_GROUP = re.compile(r"^(?:(?:fda[- ])?approved|licensed|main|other|common|off[- ]label|unapproved|additional)\s+"
                          r"(?:uses|indications)(?:\s*\([^()]*\))?$|^limitations?(?:\s+of\s+use)?$", re.I)
_GROUP_LEAD = re.compile(r"\b(?:uses?(?!\s+disorders?\b)|used|indications?|conditions?|prescribed)\b|"
                         r"^(?:off[- ]label|not\s+for|limitations?(?:\s+of\s+use)?)$|"  # (not "**Opioid use disorder**": a
                         # "Off-label / still being studied", "Off-label or investigational", "Investigational":
                         r"^(?:off[- ]label|investigational|experimental)(?:\s*(?:/|,|\bor\b|\band\b|&)\s*(?:still\s+)?"
                         r"(?:being\s+studied|under\s+study|investigational|experimental|emerging|in\s+trials))?$|"
                         # use itself)
                         r"^(?:(?:fda|officially|formally)\s+)?(?:approved|indicated|licensed|authori[sz]ed)\s+(?:\w+\s+)?for$|"
                         # "Approved in Japan and Korea" over its uses: where, no use
                         r"^(?:approved|licensed|authori[sz]ed|registered)\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w.]*(?:(?:,\s*|\s+and\s+|"
                         r"\s+)(?:the\s+)?(?-i:[A-Z])[\w.]*){0,4}$",
                         re.I)  # ("Approved for:", "Licensed in adults for:")
_PREVENT_LEAD = Guarded(re.compile(r"\b(?:used|given|taken|approved)\s+(?:[\w-]+\s+){0,3}?(?:to\s+(?:prevent|head\s+off|ward\s+off|"
                                   r"stave\s+off)|for\s+(?:the\s+)?prevention)\b", re.I))
_PREVENT_DESC_ANY = Guarded(re.compile(r"(?:^|,\s*)to\s+(?:reduce|lower)\s+the\s+risk\s+of\b|(?:^|,\s*)to\s+prevent\b|"
                                       r"\b(?:it|this)\s+is\s+(?:given|used|taken)\s+(?:[\w-]+\s+){0,3}?to\s+prevent\b|"
                                       r"^(?:here\s+|there\s+)?(?:it|this)\s+(?:lowers|reduces|cuts)\s+(?:your|the)\s+"
                                       r"(?:risk|chance)\s+of\b",
                                       re.I))
_PREVENTING = re.compile(r"^(?:(?:(?:post|pre)[- ]?exposure\s+)?(?:preventing|prevention\s+of|prophylaxis\s+(?:of|against|for))|"
                         # "Intermittent preventive treatment of malaria in pregnancy (IPTp)": malaria, prevented
                         r"(?:intermittent|seasonal)\s+(?:preventive|preventative)\s+(?:treatment|therapy)\s+(?:of|for)|"
                         r"reducing\s+the\s+risk\s+of|"
                         r"(?:preventive|preventative|prophylactic)\s+(?:treatment|therapy|use)\s+(?:of|for)|"  # ("**Preventive
                         # treatment of episodic migraine:**")
                         r"lowering\s+the\s+risk\s+of|"
                         # "Protecting future babies from hemolytic disease ...": who is kept from it, then what
                         r"protecting\s+(?:[\w-]+\s+){0,3}?(?:from|against)|"
                         r"reducing(?=\s+\S+\s+(?:flare-ups|flares|attacks|exacerbations|episodes|relapses)\b))\s+",
                         re.I)
#: a table cell that denies the row's use ("❌ Not suitable", "Not for ...")
_NEGATED_CELL = re.compile(r"^\s*(?:\u274c|\u2716|\u2717|\u2718|\U0001f6ab)|^\s*not\s+(?:suitable|for|used|recommended|"
                           r"approved|indicated|established|proven|shown|licen[sc]ed)\b|^\s*(?:no|unproven)\s*$", re.I)
#: a status cell that qualifies the row's use ("| Fuchs dystrophy | Off-label | ... |")
_STATUS_CELL = re.compile(r"^\s*(?P<q>off[- ]label|investigational|experimental)\b", re.I)
#: a purpose's initials in brackets, capitals with a small letter or none ("PEP", "PrEP", "DMARD")
_INITIALS = r"(?-i:(?=(?:[a-z]?[A-Z]){2})[A-Z][A-Za-z]{1,5})"
_PREVENTION_SUFFIX = re.compile(r"\s+(?:prevention|(?:(?:post|pre)[- ]?exposure\s+)?prophylaxis|risk\s+reduction)"
                                r"(?:\s*\(" + _INITIALS + r"\))?$", re.I)  # ("HIV post-exposure prophylaxis (PEP)": the purpose's initials)
#: after a purpose noun ending a label, who it is for: "... prevention in adults", "... treatment for older children"
_PURPOSE_FOR_WHO = re.compile(r"(?<=\s)(?P<p>prevention|prophylaxis|risk\s+reduction|treatment|management|therapy)\s+(?:in|for|among)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:adults|children|adolescents|teens|teenagers|people|patients|women|men|"
                              r"infants|babies|newborns|kids|the\s+elderly)(?:\s+(?:aged|ages)\s+\d.*|\s+and\s+(?:[\w-]+\s+)?"
                              r"(?:adults|children|adolescents|teens|teenagers))?"
                              r"(?:\s+(?:with|who\s+have)\s+[^,;()]{2,40})?$", re.I)  # ("in Children with SCD")
#: an age range that ends a use's label: " aged 7 and older", " ages 12 years and over"
_AGED_AND_OLDER = re.compile(r",?\s+(?:aged|ages?)\s+\d+(?:\s+(?:years?|months?))?(?:\s+of\s+age)?\s+(?:and|or)\s+"
                             r"(?:older|over|above|up)$", re.I)
#: patients named after a bold use by an age word (" in elderly patients", " in older adults") or by what they cannot
#: take: no part of the condition
_WHO_NOT_PART = re.compile(r"\s+(?:in|among)\s+(?:elderly|older|aged)\s+(?:adults|people|patients)$|"
                           # "Gout in people who cannot take a xanthine oxidase inhibitor"
                           r"\s+(?:in|for)\s+(?:people|patients|adults|those|children|infants|babies|newborns)\s+who\s+"
                           r"(?:cannot|can['\u2019]t|could\s+not|"
                           r"are\s+unable\s+to)\s+(?:take|tolerate|use|have)\b.*$", re.I)
#: the patients a use's label names after the condition: " in adults", " in children and teens aged 6 to 17"
_WHO_TAIL = re.compile(r"\s+(?:in|among)\s+(?:(?:young|older|adult|pediatric|paediatric|elderly|pregnant|"
                       r"postmenopausal|premenopausal)\s+)?(?:adults|children|kids|adolescents|teens|teenagers|infants|"
                       r"babies|newborns|people|patients|women|men|the\s+elderly)(?!\s+(?:with|who|whose|taking|on|"
                       r"receiving|undergoing|having|after|before)\b)(?:\s+(?:and|or)\s+(?:[\w-]+\s+)?(?:adults|"
                       r"children|adolescents|teens|teenagers|infants|babies|newborns))?(?:,?\s+(?:aged|ages|age|over|"
                       r"under|older\s+than|younger\s+than|from|between|\d)[^()]*)?$", re.I)
_PURPOSE_SUFFIX = re.compile(r"(?<!\bweight)\s+(?:prevention|(?:(?:post|pre)[- ]?exposure\s+)?prophylaxis|risk\s+reduction|treatment|"
                             r"management|therapy)(?:\s*\(" + _INITIALS + r"\))?$", re.I)  # ("Weight management": the
# purpose is the use, weight no condition)
_PURPOSE_PREFIX = re.compile(r"^(?:(?:(?:acute|short-term|long-term|symptomatic)\s+)?(?:treatment|management|relief|control)\s+of"
                             r"(?:\s+(?:acute\s+)?uncomplicated(?=\s))?|"  # ("**Acute treatment of migraine:**")
                             r"treating|managing|relieving|"
                             # "**Maintenance of remission in ulcerative colitis (UC)**": keeping the disease quiet
                             r"(?:maintenance|induction)\s+of\s+remission\s+(?:in|of)|"
                             r"controlling|dissolving|clearing|healing|easing|"
                             # "1. Diagnosis of hypothyroidism (...)", "Testing for adrenal insufficiency": what it helps
                             # find, the condition (a procedure's purpose is kept only where no condition is named)
                             r"(?:(?:the\s+)?diagnosis|diagnosing|detection|detecting|testing|tests?)\s+(?:of|for))\s+"
                             r"(?:certain\s+)?", re.I)


def _bold_names(block: Block) -> list[str] | None:
    """The bold phrases of an item's text (not labels ending in a colon), or None when one is a stressed negation."""
    strong = [s for s in block.strong if s and not s.endswith(":")]
    return None if any(s.casefold() in ("not", "no", "never", "does not", "is not") for s in strong) else strong


def _in_brackets(text: str, phrase: str) -> bool:
    """Whether ``phrase`` is first said inside brackets in ``text``."""
    at = text.find(phrase)
    return at >= 0 and text[:at].count("(") > text[:at].count(")")


#: a use named with its cause: "Nausea and vomiting caused by gastroenteritis (stomach flu)", to the cause's end
_BY_CAUSE = re.compile(r"^(?P<head>[^,;:()]{3,60}?)\s+(?:caused\s+by|due\s+to)\s+(?P<cause>[^,;:()]{2,50}?)"
                       r"(?=\s*$|\s*[,;:(]|\s+in\s+(?:[\w-]+\s+)?(?:people|patients|adults|children|those|women|men)\b)",
                       re.I)


#: infections named by where they are, at most ("Nail infections", "Infections"), which a germ names in full
_BARE_INFECTIONS = re.compile(r"(?:[\w-]+\s+)?infections?", re.I)
#: germs in general, which name no kind ("bacteria", "certain fungi", "susceptible organisms")
_ANY_GERM = re.compile(r"(?:(?:certain|some|many|susceptible|sensitive|other|these)\s+)?(?:bacteria|germs|viruses|fungi|"
                       r"organisms|microorganisms|microbes|parasites)", re.I)


def _told_apart_by_cause(sec: Section, item: Block, label: str) -> str | None:
    """``label`` (of ``item``) with its cause, when another item of the section names the same condition with another cause (the
    cause is then all that tells the two uses apart), else None."""
    m = _BY_CAUSE.match(label.strip())
    if m is None:
        return None
    head = m.group("head").casefold()
    if _BARE_INFECTIONS.fullmatch(head) and not _ANY_GERM.fullmatch(m.group("cause")):
        return m.group(0)  # "Nail infections caused by Candida yeast": an infection named by its germ (cut, it would be
        # a kind of infection only)
    for block in sec.blocks:
        other = _BY_CAUSE.match(_PREVENTING.sub("", norm(block.text).strip()).strip(" *")) \
            if block.kind == "item" and block.label is None and block.span != item.span else None
        if other and other.group("head").casefold() == head \
                and other.group("cause").casefold() != m.group("cause").casefold():
            return m.group(0)
    return None


def _plain_item(block: Block, label: str) -> list[tuple[str, bool]]:
    """A plain item's conditions: its bold phrase when it has one ("Adults with **type 2 diabetes**"),
    else the conditions its first words name, without populations, causes or examples."""
    strong = _bold_names(block)
    if strong is None:
        return []  # "It is **not** a rescue medicine for ...": a stressed negation, no use
    text = norm(block.text)  # ("combined with naloxone (**Suboxone**, **Zubsolv**)": products in brackets, no use)
    strong = [s for s in strong if not _in_brackets(text, s)]
    if strong and len(strong) <= 2:
        return [(s, False) for s in strong]
    return item_conditions(label)


_ADJECTIVE = re.compile(r"[a-z]{3}(?:al|ar|ic|ous|ive|ary|ile)$", re.I)


#: a complaint felt across the places before it, not a disease of each: "stiffness", "tension", "spasm"
_FELT_HEAD = re.compile(r"stiffness|tension|tightness|spasms?", re.I)


#: how a dose is given, before the condition it is given in: "starting an infusion during a migraine attack"
_GIVEN_DURING = re.compile(r"^(?:starting|giving|using|taking|adding)\s+(?:it|(?:an?|the)\s+[\w-]+)\s+(?:during|in|at)\s+"
                           r"(?:an?\s+|the\s+)?", re.I)
#: a member of an item that only says how the use was found or whom it is for: "molecularly confirmed", "peds and
#: adults"
_DESCRIPTOR_ONLY = re.compile(r"(?:[a-z]+ly\s+)?(?:confirmed|diagnosed|proven|documented|established)|"
                              # ("Migraine prevention, off-label, in adults": its status, said between)
                              r"off[- ]label|investigational|experimental|unlicensed|approved|"
                              # ("Ichthyosis (...), also approved in Japan": where it is approved, a market note)
                              r"(?:also\s+|only\s+)?(?:approved|licensed|authori[sz]ed|available)\s+(?:only\s+)?in\s+"
                              r"(?:the\s+)?(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)|"
                              r"(?:peds|pediatrics?|paediatrics?|children|adults|adolescents|infants|elderly)"
                              r"(?:\s+(?:and|&|or)\s+(?:peds|children|adults|adolescents|infants|elderly))?|"
                              # ("mainly in case reports and small studies": where it was seen)
                              r"(?:(?:small|large|clinical|early|pilot|some|a\s+few)\s+)?(?:studies|trials|(?:case\s+)?reports)",
                              re.I)
#: one word that is a disease's name by its ending: "pheochromocytoma", "paraganglioma", "gastritis"
_DISEASE_NOUN = re.compile(r"[A-Za-z-]{5,}(?:oma|itis|osis|iasis|emia|aemia|pathy)", re.I)


def _two_conditions(label: str) -> list[str]:
    """"Acne and rosacea" -> two; "Tick-borne and rickettsial infections" (one head noun) -> one;
    "Deep vein thrombosis and pulmonary embolism (PE)" -> two, the abbreviation the second's."""
    if re.match(r"mixed\s", label, re.I) and " and " in label:
        return [label]  # "Mixed anxiety and depressive disorder": one disorder of both, named so
    if _REPEATED_AT_AND.search(strip_parens(label)[0]):
        return [label]  # "Acute bacterial skin and skin structure infections": one name, its word said again
    listed = list_items(label, appositives=False) if "," in label and "(" not in label else []
    if len(listed) >= 3 and listed[-1].conj and all(0 < len(i.text.split()) <= 4 for i in listed):
        shared = _SHARED_HEAD.match(listed[0].text)
        if shared and all(len(i.text.split()) <= 2 and not _SHARED_HEAD.match(i.text) for i in listed[1:]):
            # "Internal contamination with plutonium, americium or curium": the first one's head, each thing after it
            return [listed[0].text] + [shared.group("head") + i.text for i in listed[1:]]
        return [i.text for i in listed]  # "**Frown lines, crow’s feet, and forehead lines**": each
    tail = re.search(r"\s*\([^()]*\)$", label)
    if tail and "(" not in label[:tail.start()]:
        parts = _two_conditions(label[:tail.start()])
        if len(parts) >= 3:  # "Frown lines, crow’s feet, and forehead lines (as Botox Cosmetic)": the list's each
            return parts[:-1] + [parts[-1] + tail.group(0)]
        if len(parts) == 2 and all(len(p.split()) >= 2 for p in parts) and not _ADJECTIVE.search(parts[0].split()[-1]):
            # (one condition: "External genital and perianal warts", "Oral and esophageal thrush")
            return [parts[0], parts[1] + tail.group(0)]
        return [label]
    either = [h.strip() for h in split_top(label, " or ") if h.strip()] if " and " not in label else []
    if len(either) == 2 and "(" not in label and (all(2 <= len(h.split()) <= 4 for h in either)
                                                  or all(_DISEASE_NOUN.fullmatch(h) for h in either)) \
            and not any(_PHRASE_WORD.search(h) for h in either) and not _ADJECTIVE.search(either[0].split()[-1]):
        return either  # "Missed abortion or intrauterine fetal death": two conditions, each its own head noun (not
        # "Incomplete or inevitable miscarriage", nor "Agitation or aggression in dementia")
    halves = [h.strip() for h in split_top(label, " and ") if h.strip()]
    places = [h.split()[0].casefold() for h in halves] if len(halves) == 2 and "(" not in label else []
    if places and len(halves[0].split()) == 1 and len(halves[1].split()) == 2 and all(p in BODY_PARTS for p in places) \
            and not _CATEGORY_HEAD.fullmatch(halves[1].split()[1]) and places != ["head", "neck"]:
        # ("Head and neck cancer": one region, the name of one group of cancers)
        if _FELT_HEAD.fullmatch(halves[1].split()[1]):
            return [label]  # "Neck and shoulder stiffness": one complaint felt across both places
        head = halves[1].split()[1]  # "Hip and shoulder osteoarthritis": the disease of each joint (a category's
        # places stay one: "Throat and ear infections")
        return [f"{halves[0]} {head}", halves[1]]
    if len(halves) != 2 or "(" in label or (len(halves[0].split()) == 1 and not owned_head(halves) and (
            HEAD_NOUN.search(_WHO_TAIL.sub("", halves[1])) or _ADJECTIVE.search(halves[0]))):
        return [label]  # ("Vulvar and vaginal atrophy": one head noun after an adjective)
    if len(halves[0].split()) > 5 or len(halves[1].split()) > 5:
        return [label]
    if len(halves[0].split()) >= 3 and re.fullmatch(r"(?:the\s+)?(?:[a-z]+)", halves[1].casefold()) \
            and re.sub(r"^the\s+", "", halves[1].casefold()).rstrip("s") in {p.rstrip("s") for p in BODY_PARTS}:
        return [label]  # "Thickened skin on the heels and feet": one condition at two places, the second a place
    if len(halves[0].split()) > 1 and _ADJECTIVE.search(halves[0].split()[-1]) and len(halves[1].split()) >= 2 \
            and _ADJECTIVE.search(halves[1].split()[0]):
        return [label]  # "KCNQ2 developmental and epileptic encephalopathy": two adjectives of one head noun
    if _NAUSEA_AND_VOMITING.search(label):
        return [label]  # "Radiation-induced nausea and vomiting", "Nausea and vomiting of pregnancy": one named
        # complex, as "... (CINV)" is
    if _TWO_TIMES.search(label) or _BETWEEN_AND.search(label):
        return [label]  # "Bleeding during and after surgery": one condition at two times, the "and" between them;
        # "between 13 and 20 weeks": a range's "and"
    # ("Radiation-induced mucositis and esophagitis": both radiation-induced; "Pain and inflammation after cataract
    # surgery": both after it)
    return caused_pair(halves) or shared_when(halves) or halves


#: a condition's head and the word that ties what it comes with or from, before the first of a list the head is shared by
_SHARED_HEAD = re.compile(r"^(?P<head>(?:[\w'-]+\s+){1,3}(?:with|of|from|by|caused\s+by|due\s+to)\s+(?:the\s+)?)"
                          r"(?:[\w'-]+\s+)?[\w'-]+$", re.I)
#: the word before "and" said again after it, then the head: "skin and skin structure infections"
_REPEATED_AT_AND = re.compile(r"\b(?P<w>[a-z]{3,})\s+and\s+(?P=w)\s+[a-z]+\s+(?:infections?|diseases?|disorders?|conditions?)\b",
                              re.I)
#: two times of one condition joined by "and": "during and after", "before and after"
_TWO_TIMES = re.compile(r"\b(?:during|before|after|while|at)\s+and\s+(?:during|before|after|while|at)\s", re.I)
_CATEGORY_HEAD = re.compile(r"(?:infections?|diseases?|disorders?|conditions?|problems?)", re.I)
_NAUSEA_AND_VOMITING = re.compile(r"\S\s+nausea\s+and\s+vomiting$|^nausea\s+and\s+vomiting\s+(?:of|in|during|after|from)\s",
                                  re.I)


#: the disease a use comes from, after its name: "from other myeloproliferative neoplasms (MPNs)"
_FROM_OTHER = re.compile(r"\s+from\s+(?:other|another|(?:an?\s+)?underlying)\s.*$", re.I)


#: a substance's levels with no word of how they are wrong ("to lower oxalate levels in people with ..."): a measure
#: the drug moves, no condition ("High uric acid levels" is one)
_BARE_LEVELS = re.compile(r"(?:(?!(?:high|low|raised|elevated|increased|decreased|reduced|abnormal|excess|too)\b)"
                          r"[\w-]+\s+){1,3}levels?(?:\s+(?:in|of)\s+(?:the\s+)?(?:blood|urine|body))?", re.I)
#: what symptoms come from, after them ("symptoms from an enlarged prostate", "symptoms caused by a cold")
#: where a symptom comes from, after its name: "of central or vascular origin" (a known origin: "Fever of unknown
#: origin" is a name of its own)
_ORIGIN_TAIL = re.compile(r"\s+of\s+(?!unknown\b|undetermined\b|unclear\b|uncertain\b)(?:[\w-]+\s+(?:or|and)\s+)?"
                          r"[\w-]+\s+origin$|"
                          # "Preventing endometriosis from coming back after surgery": its return, kept from
                          r"\s+from\s+(?:coming\s+back|returning|recurring|relapsing)\b.*$", re.I)
_SYMPTOMS_FROM = re.compile(r"(?<=\bsymptoms)(?:\s*\([^()]{1,12}\))?\s+(?:from|due\s+to|caused\s+by)\s.*$", re.I)
#: the seizures of a named epilepsy syndrome, before it: "Seizures associated with Dravet syndrome" is the syndrome
_SEIZURES_OF = re.compile(r"^(?:the\s+)?(?:seizures|convulsions)\s+(?:associated\s+with|of|caused\s+by|due\s+to)\s+"
                          r"(?=(?:[\w'-]+\s+){0,3}(?:syndrome|complex)\b)", re.I)
#: a name and its gloss, then what it comes from ("Pruritus (itching) from partial biliary obstruction")
_GLOSS_THEN_FROM = re.compile(r"^([^()]{3,40}?\s*\([^()]{2,40}\))\s+from\s+\S.*$")


def _conditions(label: str) -> list[str]:
    """"Osteoarthritis (OA) and rheumatoid arthritis (RA)" -> two conditions; otherwise one ("Thrombocythemia from
    other myeloproliferative neoplasms (MPNs)," one, without the disease it comes from)."""
    label = _FROM_OTHER.sub("", label).rstrip(" ,;")
    label = _GLOSS_THEN_FROM.sub(r"\1", label)  # "Pruritus (itching) from partial biliary obstruction": the
    # named thing and its gloss, then what it comes from
    parts = [p.strip() for p in _TWO_CONDITIONS.split(label) if p.strip()]
    return parts if len(parts) > 1 else [label]


__all__ = ["extract_treats", "split_top"]
