"""Drug identity: label and synonyms, brand names, class, status, routes, formulations."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from kg.extract_text import (
    Folded,
    Guarded,
    Quoter,
    could_match,
    key,
    list_items,
    norm,
    sentences,
    split_top,
    strip_parens,
)
from kg.model import Block, Document, Drug, Extraction, Name, Section, Span
from kg.sections import section_kind

_SUBJECT_VERB = re.compile(r"\s(?:is|are|was)\s")
_ALSO_CALLED = re.compile(r"\b(?:also\s+)?(?:called|known\s+as)\s+([^(),;]+)", re.I)  # ("sold as X": a brand)
#: a class or group said just before "called": what is called so is the group ("a class of drugs called X")
_GROUP_CALLED = re.compile(r"\b(?:class|group|family|type|kind)(?:\s+of\s+(?:\w+\s+)?(?:drugs|medicines|medications|"
                           r"compounds|agents))?\s+$", re.I)
_NAME_STOP = re.compile(r"\s+(?:outside|in|by|among|for|from|within|across|throughout|is|are|which|that)\b.*$",
                        re.I)
#: a chemical name's locants before its first word, their commas no list's: the "2,3-" of "2,3-benzodiazepine"
_LOCANTS = r"(?:\d(?:,\d)+-)?"
_CLASS_FROM = re.compile(r"\b(?:from|of|in|belongs?\s+to|belonging\s+to|part\s+of) the (?!same\b)"
                         # (not a rank in its own family: "one of the most potent sleeping medicines in its family")
                         r"(?!(?:most|least|best|strongest|oldest|newest)\b)(?![^,;.()]*\bits\s+(?:class|family|group)\b)"
                         r"(?P<cls>" + _LOCANTS + r"[^,;.()]+?(?:\s+\([^()]*\)\s+[^,;.()]+?)?)"  # ("the 2,3-benzodiazepine group")
                         r"(?:\s+\([^()]*\))? (?:class|family|group)\b", re.I)
# ("... reuptake inhibitor (NDRI) class", "... co-transporter 2 (SGLT2) inhibitor class")
#: "belongs to a class of medicines called NMDA receptor antagonists"
_CLASS_CALLED = re.compile(r"\b(?:belongs?\s+to|is\s+(?:one\s+)?(?:of|in|part\s+of))\s+an?\s+(?:class|group|family|type)\s+(?:of\s+"
                           r"(?:medicines|drugs|medications|agents|treatments|therapies|products|compounds|chemicals|"
                           r"molecules|substances)\s+)?(?:called|known\s+as|named)\s+"
                           r"(?P<cls>[^,;.()]+"
                           r"(?:\([^()]*\)[^,;.()]*)?)|"
                           # "Zoravir is a type of medicine known as a statin", "X is an oral targeted cancer medicine
                           # known as a Bruton's tyrosine kinase (BTK) inhibitor"
                           r"\bis\s+an?\s+(?:(?:type|kind|class|sort)\s+of\s+|(?:[\w-]+\s+){0,4}?)(?:medicine|drug|"
                           r"medication|agent|therapy|treatment|antibody|biologic)\s+(?:called|known\s+as|named)\s+(?:an?\s+)?"
                           # ("a human monoclonal antibody known as a PD-L1 inhibitor": the class it is known as)
                           r"(?P<cls2>[^,;.()]+(?:\([^()]*\)[^,;.()]*)?)|"
                           # "an antibacterial medicine belonging to the class of anti-tuberculosis agents" (the
                           # class said so; "belongs to the group of X" after a class of its own keeps that one)
                           r"\b(?:belongs?|belonging)\s+to\s+the\s+class\s+of\s+(?P<cls3>[^,;.()]+)|"
                           # "It is a non-stimulant medication and is classified as a selective norepinephrine
                           # reuptake inhibitor": the class said so, over what else it is
                           r"\b(?:is|are)\s+(?:usually\s+|generally\s+|officially\s+)?classified\s+as\s+(?:an?\s+)?"
                           r"(?P<cls4>[^,;.()]+(?:\([^()]*\)[^,;.()]*)?)",
                           re.I)
_CLASS_NP = re.compile(
    r"\b(?:is|are)\s+(?:an?|the)\s+(?P<np>.+?)(?=\s+(?:used|indicated|that|which|prescribed|taken|given|"
    r"applied|containing|made|derived|purified|found|available|closely|related|approved|licen[sc]ed|sold|marketed|"
    r"developed|discovered|invented|owned|"  # ("a tyrosine kinase inhibitor developed by AB Science": its maker)
    r"produced|belonging|reserved|meant|designed|intended|"
    r"for|to|with|in|against|that|of\s+the\s+" + _LOCANTS + r"[\w-]+\s+(?:type|kind|family|class|group)|"
    r"and\s+(?:has|is|was|works|acts|can|one\s+of|among|part\s+of))\b|[,;:]|\.(?!\d)|\s+[-\u2013\u2014]\s|$)", re.I)
# (a dash opens a gloss; "a direct-acting vasodilator and one of the oldest ...": what else it is)
_CLASS_DROP = frozenset({"topical", "oral", "inhaled", "injectable", "intravenous", "investigational",
                         "experimental", "prescription", "nonprescription", "over-the-counter",
                         "systemic", "new", "novel", "approved", "specialized", "specialised", "special",
                         "unique", "rare", "important", "effective", "useful", "first-in-class",
                         "old", "older", "newer", "strong", "potent", "mild"})  # ("a specialized medication for ...";
# "a strong topical corticosteroid": how strong, no word of the class)
#: where on the body a medicine is used, said between its class and its head ("a corticosteroid eye medicine")
_CLASS_PLACE = frozenset({"eye", "ear", "skin", "nasal", "nose", "scalp", "mouth", "vaginal", "rectal", "kidney", "liver",
                          "lung", "heart", "bone", "bladder", "bowel", "stomach", "brain"})
_GENERIC_HEADS = frozenset({"medicine", "medication", "drug", "agent", "compound", "substance",
                            "product", "treatment", "therapy", "preparation", "option"})
FORM_HEADS = (r"tablets?|caplets?|capsules?|creams?|ointments?|gels?|solutions?|suspensions?|syrups?|"
              r"injections?|suppositor(?:y|ies)|inhalers?|sprays?|patch(?:es)?(?!\s+(?:of\s+(?:[\w-]+\s+){0,3}skin|and\s+plaques))|drops|(?<=eye\s)drop|(?<=ear\s)drop|lotions?|foams?|"
              r"powders?|concentrates?|elixirs?|lozenges?|films?|implants?|shampoos?|emulsions?|granules|"
              r"infusions?|wafers?|pastes?|pessar(?:y|ies)|enemas?|liquid|chewing gum|syringes?|auto-?injector pens?|"
              r"auto-?injectors?|pens?|"
              r"vaginal rings?|inserts?|pellets|vials?|ampoules?|cartridges?|implanted pumps?|infusion pumps?|aerosols?|"
              # (washes and soaps: "shampoos, bar soaps, creams and body washes")
              r"bar soaps?|soaps?|body washes|washes|swabsticks?|gargles?|lacquers?")  # ("5% medicated nail lacquer")
_FORM_MODS = (r"(?:[a-z]+-[a-z-]+|(?:eye|ear)\s+drop|oral|chewable|orally|disintegrating|nebulizer|dry|powder|nasal|eye|ear|nose|inhalation|gelatin|"
              r"vaginal|rectal|transdermal|effervescent|dispersible|sublingual|buccal|liquid|extended|"
              r"immediate|delayed|sustained|controlled|modified|prefilled|intravenous|ophthalmic|otic|"
              r"soluble|coated|foaming|metered|prefilled|pre-filled|soft|mist|injectable|enteral|medicated|nail)")
_FORM = re.compile(rf"\b((?:{_FORM_MODS}\s+){{0,3}})({FORM_HEADS})\b(?!-)", re.I)  # ("gel-forming": no gel;
# "a multi-dose dry powder inhaler": three words before its head)
_FORM_HEAD_ONLY = re.compile(rf"^(?:{FORM_HEADS})$", re.I)
#: the maker withdrawing the drug, named by "it": "..., the maker, Amylyx, withdrew it from the market"
_WITHDREW_IT = r"withdrew it from (?:the )?(?:market|sale)"
_STATUS = (
    ("withdrawn", Guarded(re.compile(r"\b(?:withdrawn|discontinued|no longer (?:available|marketed|sold)|"
                                     + _WITHDREW_IT + r"|(?:pulled|taken) (?:it )?off the market)\b",
                                     re.I))),  # ("the maker withdrew it from the market in the US and Canada")
    ("investigational", Guarded(re.compile(r"\b(?:investigational|experimental|(?<!\buse\sis\s)(?<!\buses\sare\s)(?<!\()not (?:been |yet )?approved(?!\)|\s+for\s+(?:use\s+)?(?:in|by)\s|\s+(?:in|by)\s+(?!any\b)|\s+for\s+(?:that|this|these|those|such)\b|\s+as\s+an?\s|\s+(?:to\s+(?:treat|prevent)|for\s+(?:the\s+)?(?:treatment|prevention))\b|"
                                   # "not approved for mild Alzheimer's disease", "not approved as a weight-loss medicine": a
                                   # use denied, no status
                                   r"\s+for\s+(?!(?:sale|marketing|general|routine|widespread|clinical|medical|human|"
                                   r"commercial|use)\b)[a-z])|"
                                   r"(?:only|solely) (?:available )?in clinical trials|"
                                   r"available only in clinical trials)\b", re.I))),
)
_NEGATED_STATUS = Guarded(re.compile(r"\b(?:not|never)\s+(?:been\s+)?(?:withdrawn|discontinued|investigational)\b", re.I))
ROUTES = (
    ("topical", re.compile(r"\btopical(?:ly)?\b|\bappl(?:ied|y) (?:directly )?to the (?:\w+ )?(?:skin|scalp)\b|"
                           r"\b(?:used|put|rubbed|applied|spread)\s+(?:on|onto)\s+(?:the|your)\s+(?:skin|face|scalp)\b|"
                           r"\bskin\s+(?:products?|creams?|ointments?|lotions?)\b", re.I)),
    ("oral", re.compile(r"\boral(?:ly)?\b|\bby mouth\b|(?<!has\s)(?<!have\s)(?<!had\s)\bswallowed\b|(?-i:\bPO\b)|"
                        r"\bswallow\s+(?:the|your|each)\s+(?:tablets?|capsules?|caplets?)\b", re.I)),
    ("inhalation", re.compile(r"\binhal(?:ed|ation|er|ers)\b|"
                              # "can also receive it through a nebuliser", "With the nebulised form": breathed in as a mist
                              r"\b(?:through|by|via|from|with)\s+(?:a\s+|the\s+)?nebuli[sz]er\b|\bnebuli[sz]ed\b", re.I)),
    ("intravenous", re.compile(r"\binto a (?:muscle or (?:a )?)?vein\b|\b(?:injection|infusion|injected|given|drip)\s+into\s+the\s+vein\b|\b(?:for use|injection|infusion) in(?:to)? a vein\b|\bintravenous(?:ly)?\b(?!\s+(?:antibiotics|drugs|"
                               r"medicines|medications|fluids|saline|therapy|treatment))|"
                               r"(?<!Schedule\s)(?<!Class\s)(?<!Stage\s)(?<!Grade\s)(?<!Phase\s)(?<!Type\s)(?-i:\bIV\b)"
                               r"(?!\s+(?:lines?|cannulas?|catheters?|access|tubing|sites?)\b)", re.I)),  # ("before a
    # blood test, an IV line, or a vaccination": a procedure the drug numbs the skin for)
    ("intramuscular", re.compile(r"\binto (?:a vein(?: \([^()]{1,12}\))? or (?:a )?|a )muscle\b|"
                                 r"\bintramuscular(?:ly)?\b|"  # ("into a vein (IV) or a muscle")
                                 r"\b(?:injections?|injected|given)\s+into\s+the\s+muscle\b|"
                                 r"\binto (?:the|a) (?:outer |upper |large )?(?:buttock|thigh|upper arm|arm|shoulder|deltoid|"
                                 r"gluteal) muscle\b", re.I)),
    ("subcutaneous", re.compile(r"\bunder (?:the|your) skin\b|\bsubcutaneous(?:ly)?\b|(?-i:\bSC\b)", re.I)),
    ("rectal", re.compile(r"\brectal(?:ly)?\b|(?<!vaginal\s)(?<!urethral\s)\bsuppositor(?:y|ies)\b", re.I)),
    ("vaginal", re.compile(r"\bvaginally\b|\bvaginal\s+(?:creams?|tablets?|inserts?|suppositor(?:y|ies)|rings?|gels?)\b|"
                           r"\binto\s+the\s+vagina\b|\bpessar(?:y|ies)\b", re.I)),
    ("nasal", re.compile(r"\bnasal(?:ly)?\b(?!\s+(?:congestion|polyps|symptoms|allerg\w*|stuffiness|discharge|"
                         r"decongestants?))|\binto the nose\b|\bnose\s+(?:drops?|sprays?)\b", re.I)),  # "for nasal congestion": a symptom
    ("ophthalmic", re.compile(r"\beye[- ]drops?\b|\bophthalmic\b", re.I)),  # ("an eye drop solution")
    ("transdermal", re.compile(r"\btransdermal(?:ly)?\b|\bskin patch(?:es)?\b", re.I)),
    ("sublingual", re.compile(r"\bsublingual(?:ly)?\b|\bunder the tongue\b", re.I)),
    ("enteral", re.compile(r"\benteral(?:ly)?\b|\b(?:through|via|by)\s+(?:a\s+)?(?:feeding\s+|nasogastric\s+|"
                          r"PEG\s+|stomach\s+)?tube\s+(?:placed\s+)?into\s+the\s+(?:small\s+intestine|stomach|gut|"
                          r"jejunum|duodenum)\b", re.I)),
    ("intrathecal", re.compile(r"\bintrathecal(?:ly)?\b|\binto the (?:fluid|space) around the spinal cord\b|"
                               r"\b(?:injected|given)\s+into\s+the\s+spinal\s+fluid\b", re.I)),
    ("intradermal", re.compile(r"\bintradermal(?:ly)?\b", re.I)),
    ("intravitreal", re.compile(r"\bintravitreal(?:ly)?\b|\binjections?\s+into\s+the\s+eye\b|\binjected\s+into\s+the\s+eye\b",
                                re.I)),
    # the routes of injections into one place and of products placed in the body: the word, or the place said with
    # the giving ("an epidural injection", "into the epidural space", "injected into the joint"); an epidural or a
    # joint named alone is the reader's ("if you have had an epidural", "joint pain")
    ("epidural", re.compile(r"\bepidural(?:ly)?\s+(?:injections?|infusions?|use|route|administration|catheters?)\b|"
                            r"\bepidurally\b|\binto\s+the\s+epidural\s+space\b", re.I)),
    ("intra-articular", re.compile(r"\bintra-?articular(?:ly)?\b|\b(?:injected|injections?|given)\s+(?:directly\s+)?into\s+"
                                   r"(?:the|a|an\s+affected|affected)\s+(?:\w+\s+)?joints?\b", re.I)),
    ("buccal", re.compile(r"\bbuccal(?:ly)?\b(?!\s+mucosa)|\bbetween\s+(?:the|your)\s+(?:gum\s+and\s+(?:the\s+|your\s+)?cheek|"
                          r"cheek\s+and\s+(?:the\s+|your\s+)?gum)\b", re.I)),
    ("intralesional", re.compile(r"\bintralesional(?:ly)?\b", re.I)),
    ("intracavernosal", re.compile(r"\bintracavernos(?:al|ally|ous)\b|\binjected\s+into\s+(?:the\s+)?(?:side\s+of\s+the\s+|"
                                   r"base\s+of\s+the\s+|shaft\s+of\s+the\s+)?penis\b", re.I)),
    ("intraurethral", re.compile(r"\bintraurethral(?:ly)?\b|\burethral\s+(?:suppositor(?:y|ies)|pellets?)\b|"
                                 r"\b(?:placed|inserted)\s+(?:in|into)\s+(?:the\s+tip\s+of\s+the\s+penis|the\s+urethra)\b", re.I)),
    ("intrauterine", re.compile(r"\bintrauterine\s+(?:devices?|systems?)\b|\b(?:placed|inserted)\s+(?:in|into)\s+the\s+"
                                r"(?:uterus|womb)\b", re.I)),
    ("intracameral", re.compile(r"\bintracameral(?:ly)?\b", re.I)),
    ("intravesical", re.compile(r"\bintravesical(?:ly)?\b|\b(?:instilled|placed|put)\s+(?:directly\s+)?into\s+the\s+bladder\b"
                                r"(?!\s+(?:wall|muscle)\b)", re.I)),
    ("intradetrusor", re.compile(r"\bintradetrusor\b|\b(?:injected|injections?|given)\s+into\s+the\s+bladder\s+(?:wall|muscle)\b", re.I)),
)
#: Literals one of which every match of the route's pattern holds (a cheap first test).
_ROUTE_NEEDLES = {
    "topical": ("topical", "appl", "skin product", "skin cream", "skin ointment", "skin lotion", "the skin", "your skin",
                "the face", "your face", "the scalp", "your scalp"),
    "oral": ("oral", "by mouth", "swallow", "po"), "inhalation": ("inhal", "nebuli"),
    "intravenous": ("into a vein", "or a vein", "in a vein", "into the vein", "intravenous", "iv"),
    "intramuscular": ("into a muscle", "or a muscle", "intramuscular", " muscle"),
    "subcutaneous": ("under the skin", "under your skin", "subcutaneous", "sc"), "rectal": ("rectal", "suppositor"),
    "vaginal": ("vaginal", "pessar"), "nasal": ("nasal", "into the nose", "nose drop", "nose spray"), "ophthalmic": ("eye drop", "eye-drop", "ophthalmic"),
    "transdermal": ("transdermal", "skin patch"), "sublingual": ("sublingual", "under the tongue"),
    "enteral": ("enteral", "tube"),
    "intrathecal": ("intrathecal", "around the spinal cord", "spinal fluid"),
    "intradermal": ("intradermal",),
    "intravitreal": ("intravitreal", "into the eye"),
    "epidural": ("epidural",), "intra-articular": ("articular", "joint"), "buccal": ("buccal", "cheek"),
    "intralesional": ("intralesional",), "intracavernosal": ("intracavernos", "penis"),
    "intraurethral": ("urethra", "penis"), "intrauterine": ("intrauterine", "uterus", "womb"),
    "intracameral": ("intracameral",), "intradetrusor": ("intradetrusor", "bladder"),
    "intravesical": ("intravesical", "bladder"),
}


#: The same pattern, run over lower-cased ASCII text (see :class:`kg.extract_text.Folded`).
_FORM_F = Folded(_FORM, guard=True)

#: Field labels of an identity block ("🧬 **Type of medicine:** ...", "| Drug class | ... |", "Route: ...")
_CLASS_FIELD = re.compile(r"^(?:drug\s+|medicine\s+|therapeutic\s+|pharmacologic(?:al)?\s+)?class(?:ification)?$|"
                          r"^(?:pharmaco-?therapeutic|pharmacologic(?:al)?|therapeutic|clinical-pharmacological)\s+"
                          r"group$|"  # ("Pharmacotherapeutic group: nootropic agent", a reference book's field)
                          r"^(?:type|kind)\s+of\s+(?:medicine|drug|medication)$|^drug\s+type$|^type$|"
                          # "**What kind of medicine is it?** A reversal agent – ...": a question a field answers
                          r"^what\s+(?:kind|type|sort)\s+of\s+(?:medicine|drug|medication)\s+is\s+(?:it|this)\??$", re.I)  # ("Type: a strong topical
# corticosteroid (steroid eye drop)")
#: a field that gives another name of the drug ("International name: colestyramine", "Also known as: ...")
_OTHER_NAME_FIELD = re.compile(r"^(?:(?:recommended\s+)?international(?:\s+non-?proprietary)?|INN|BAN|British|UK|US|"
                               r"other|alternative|alternate)\s+(?:generic\s+)?names?$|^(?:also\s+)?(?:known|called)\s+as$|"
                               r"^synonyms?$|^other\s+spellings?$|^(?:chemical|IUPAC|systematic)\s+names?$|"
                               # "| Development code | FT-4202 |", "| Former code | ... |": the code it was known by
                               r"^(?:(?:former|old|previous|earlier|original)\s+)?(?:(?:development|research|"
                               r"investigational|study|trial|compound|laboratory)\s+)?code(?:\s+name)?s?$", re.I)
# ("chemical_name: 5-nitro-8-hydroxyquinoline": another name of the drug, as "acetyl-DL-leucine" said in prose is)
#: a field's label that says how the drug is given ("Taken by mouth once a day: 10 mg tablets ...")
_GIVEN_LABEL = re.compile(r"^(?:taken|given|used|applied|injected|inhaled)\s+(?:by|as|into|under|on|in|once|twice|"
                          r"daily)\b[^:]{0,40}$", re.I)
_ROUTE_FIELD = re.compile(r"^routes?(?:\s+of\s+administration)?$|^how\s+(?:it'?s|it\s+is)\s+(?:given|taken|used)$|"
                          r"^administration$|" + _GIVEN_LABEL.pattern, re.I)  # (a label saying how is a route field)
_FORM_FIELD = re.compile(r"^(?:dosage\s+|release\s+|pharmaceutical\s+)?forms?(?:\s+available|\s+(?:and|&)\s+(?:brands?|strengths?))?$|^formulations?$|^available\s+(?:as|forms?)$|^comes\s+as$|"
                         r"^how\s+(?:it'?s|it\s+is)\s+(?:given|supplied)$", re.I)
_BRAND_FIELD = re.compile(r"^(?:(?:former|current|past|original|older|other|human|veterinary|US|UK|EU)\s+){0,2}"
                          r"(?:brands?(?:\s+names?)?|trade\s+names?)(?:\s*(?:and|&|/)\s*(?:forms?|formulations?|strengths?))?$",
                          re.I)  # ("Brand/formulation: Tekturna, 150 mg film-coated tablets")


_DASH_LEAD = re.compile(r"^\s*[\u2014\u2013-]\s+")


def identity_fields(doc: Document) -> list[tuple[Section, Block | None, str, str]]:
    """The labelled fields of the page's identity block, ``(section, block, label, text)``: items or
    lines of the Generic Name section ("**Brand:** Dupixent"), and the one-line sections a table of
    fields opens right after it ("| Drug class | ... |" read as "**Drug class:** ...")."""
    out: list[tuple[Section, Block | None, str, str]] = []
    gen = doc.first_of("identity")
    if gen is None:
        return out
    at = doc.sections.index(gen)
    for k, sec in enumerate(doc.sections[at:at + 6]):
        field, _, value = sec.title.partition(": ")
        if k and value and not sec.inline and _is_field(field):  # "## Routes: oral, intravenous" (a YAML answer's key)
            out.append((sec, None, field, value))
            continue
        if k and not _is_field(sec.title):
            break
        if k and sec.inline:
            out.append((sec, None, sec.title, sec.inline))
        for b in sec.blocks:
            if b.label and b.text:  # ("- **Brand name** — Trulicity": a dash after the bold label is its colon)
                label, value = clean_field(b.label), ""
                for part in _RUN_IN_FIELD.split(_DASH_LEAD.sub("", _COLON_LEAD.sub("", b.text))):  # ("- **Brand
                    # name**: Foscavir": the colon after the bold is the label's)
                    field, _, rest = part.partition(": ")  # "**Chlorzoxazone**. **Brands:** A, B. **Form:** Tablets.
                    if value and _is_field(field):  # **Route:** Oral": fields run on in one line, each its own (a
                        out.append((sec, b, label, value))  # part that is no field, "Note: ...", stays with the one
                        label, value = field, rest  # before it)
                    else:
                        value = f"{value} {part}" if value else part
                out.append((sec, b, label, value))
            elif not k and b.kind == "paragraph" and b.label is None and b.text and ": " in b.text:
                for part in _RUN_IN_FIELD.split(b.text)[1:]:  # "X (INN). Pharmacotherapeutic group: nootropic agent.
                    field, _, rest = part.partition(": ")  # Release forms: tablets ...": fields run on in a
                    if _is_field(field):  # paragraph after its first sentence, each its own (to its sentence's
                        out.append((sec, b, field, re.split(r"\.\s+(?=[A-Z])", rest.strip())[0]))  # end)
            elif not k and b.kind == "item" and b.label is None and (plain := usage_field(b)) is not None:
                out.append((sec, b, *plain))  # "* How it is given: Suspension injected directly into ... tumours
                # (intralesional injection)": a plain label's field among the name's items
            elif k and b.kind == "item" and b.text and not sec.inline:  # "## Forms" over "- tablets (125 mg)"
                out.append((sec, b, sec.title, b.text))
            elif k and b.kind == "paragraph" and b.text and not sec.inline and len(b.text.split()) <= 40:
                out.append((sec, b, sec.title, b.text))  # "### Brand Name" over "Zorex (tablets, taken by mouth)"
    usage = usage_section(doc)
    seen = {id(b) for _, b, _, _ in out if b is not None}
    forms_at = -1  # the depth of a "**Forms available**:" item with no text of its own: its sub-items are the forms
    under_heading = False  # after a "**Forms and brands:**" sub-heading
    under_products = False  # after a products lead-in paragraph ("It is available as:")
    for b in usage.blocks if usage is not None else ():
        if b.kind == "item" and forms_at >= 0 and b.depth > forms_at:
            out.append((usage, b, "Forms", b.text))  # "  - Oral suspension (50 mg/10 mL) – **Tiglutik**"
            continue
        forms_at = b.depth if b.kind == "item" and b.label and not b.text.strip(" :") \
            and _FORM_FIELD.match(clean_field(b.label)) else -1
        if b.kind == "paragraph":  # "**Forms and brands:**" over "- Tablets: 0.5 mg ...": the items at the top level
            under_heading = bool(b.label and not b.text.strip(" :") and _FORM_FIELD.match(clean_field(b.label)))
            # "Glucagon is available as:" over "* **Nasal powder (Baqsimi):** A single dose sprayed into ...": products
            under_products = bool(not b.label and b.text and PRODUCTS_LEAD.search(norm(b.text)))
        if b.kind == "item" and b.label and FORM_LABEL.match(strip_parens(norm(b.label))[0].strip(" :")) \
                and "(" in b.label and not b.text.strip(" :"):  # "* **Nasal spray (NasalCrom, over the counter):**"
            out.append((usage, b, "Forms", norm(b.label).rstrip(": ")))  # over its uses: a form, its brand inside
            continue
        if b.kind == "item" and under_heading and b.depth == 0 and b.label and _FORM_HEAD_ONLY.match(b.label.strip(" :")):
            out.append((usage, b, "Forms", f"{b.label}: {b.text}"))  # "- Tablets: 0.5 mg and 1 mg, taken by mouth"
            continue
        if b.kind == "item" and b.depth == 0 and not b.cells and (
                under_heading and b.label is None or under_products and b.label
                and FORM_LABEL.match(strip_parens(norm(b.label))[0].strip(" :"))):
            # "**Available forms:**" over "- Extended-release tablets (12-hour), such as **Mucinex**", and the form
            # bullets under "It is available as:": each a product, its form, brand and how it is given
            out.append((usage, b, "Forms", f"{norm(b.label).rstrip(': ')}: {b.text}" if b.label else b.text))
            continue
        field = usage_field(b)  # "- Class: ...", "- Brand and forms: Fycompa, ..." atop a Usage outline
        if field is not None and id(b) not in seen:
            out.append((usage, b, field[0], field[1]))
    return out


#: where a field run on after another in one line begins ("... Lorzone. Form: Tablets ...")
_RUN_IN_FIELD = re.compile(r"(?<=[.;])\s+(?=[A-Z][\w ]{1,30}?:\s)")


def usage_field(block: Block) -> tuple[str, str] | None:
    """``(label, value)`` when a block of Usage is one of the identity block's fields ("- Class: an X", "- Brand and
    forms: Fycompa, as tablets", "- How it is taken: by mouth"), not a use."""
    if block.depth or block.cells:
        return None
    if block.label and block.text and _is_field(clean_field(block.label)):
        return clean_field(block.label), block.text
    label, colon, value = block.text.partition(": ") if block.label is None else ("", "", "")
    return (label, value) if colon and _is_field(clean_field(label)) else None


def _is_field(label: str) -> bool:
    return bool(_CLASS_FIELD.match(label) or _ROUTE_FIELD.match(label) or _FORM_FIELD.match(label)
                or _BRAND_FIELD.match(label))


_COLON_LEAD = re.compile(r"^\s*:\s+")


def clean_field(label: str) -> str:
    return re.sub(r"^[^\w]+", "", label).strip(" :")


_RECONSTITUTED = re.compile(r"\b(?:powders?|granules|pellets|concentrates?|solutions?|suspensions?|emulsions?)$", re.I)
# ("solution for intravenous infusion", "concentrate for solution for infusion": the product's name, as labels write it)
_FOR_INHALATION = re.compile(r"\s+for\s+(?:oral\s+)?(?:inhalation|nebuli[sz]ation)\b(?!\s+(?:solution|suspension)s?\b)", re.I)
_FOR_BARE_INJECTION = re.compile(r"\s+for\s+injections?", re.I)
_GLOSS_FORM = re.compile(r"\s*\((?:an?\s+|the\s+)?")
_FOR_FORM = re.compile(r"\s+(?:for|given\s+(?:by|as|through))\s+(?:an?\s+)?(?:[\w-]+\s+(?:\([^()]*\)\s+)?)?")
# ("an injection given by intravenous (IV) infusion": how the injection is given, no second form)
#: a sentence that says the name before it: "The generic name is X", "Its generic name is X", "It is called X"
_NAME_IS = re.compile(r"^(?:(?:the|its)\s+(?:(?:generic|nonproprietary|international|official)\s+)?name\s+is|"
                      r"it\s+is\s+(?:called|known\s+as))\s+(?=\w)", re.I)
#: a short exclamation that opens a spoken answer ("Happy to walk you through it!", "Great question!")
_GREETING = re.compile(r"^(?:[\w',-]+\s+){0,7}[\w']+!\s+(?=[A-Z])")
#: what follows the name in a Generic Name value: another name, or the brands it is sold as
#: where a name's other names end in its sentence: ", is a ...", ", which ..."
_AKA_END = re.compile(r",\s+(?:is|are|was|were|has|belongs|works|acts|which|that|who)\b", re.I)
_VALUE_TAIL = re.compile(r",\s+(?:(?P<aka>(?:also\s+)?(?:known|called)\s+as|also\s+called|(?:often|commonly|usually|sometimes)\s+"
                         r"(?:called|shortened\s+to|abbreviated(?:\s+(?:to|as))?))|(?:sold|marketed|available)\s+"
                         r"(?:as|under)|brand\s+names?|"
                         # "Tenofovir alafenamide, taken as tenofovir alafenamide fumarate": the form it is given in
                         r"(?:(?:usually|typically|often|mostly)\s+)?(?:taken|given|supplied|dispensed|formulated|used|applied)"
                         # ("Potassium hydroxide (KOH), used on the skin as a 5% solution": where, then the form)
                         r"(?:\s+(?:on|in|into|under|to)\s+(?:the\s+)?[a-z]+)?\s+as)\b\s*",
                         re.I)
_BRAND_PIECE = re.compile(r"^(?:(?:the|its|a)\s+)?(?:trade|brand)(?:[- ]names?\b|s?\s*:)", re.I)  # ("(brand: Besremi)")
#: a bracket after the name that gives its brands ("(sold as Decaris and, in the past, Ergamisol)")
_SOLD_PIECE = re.compile(r"^(?:(?:also|formerly|previously|now|mainly|mostly)\s+)?(?:sold|marketed)\s+(?:as|under)\b", re.I)
_SOLD_AS = re.compile(r"\b(?:sold|marketed|available)\s+(?:as|under)\b|\bbrand\s+names?\b", re.I)


def _intro_paragraphs(doc: Document, result: Extraction) -> list[Block]:
    """A paragraph before the first section that describes the drug ("Enoxaparin is a blood thinner given
    by injection under the skin."): read for its routes and forms (its uses come from Usage only)."""
    pre = doc.first_of("preamble")
    if pre is None:
        return []
    names = _drug_words(result, first_words=True)
    return [b for b in pre.blocks if b.kind == "paragraph" and b.text
            and any(b.text.casefold().startswith(n + " is ") for n in names)]


def _described(doc: Document, result: Extraction) -> list[tuple[Section, Block]]:
    """The paragraphs outside Usage that describe the drug, with their sections: a preamble's (see
    :func:`_intro_paragraphs`) and a Generic Name section's prose ("**Linagliptin** is an oral diabetes medicine from
    the DPP-4 inhibitor class ... sold as Tradjenta ..., as 5 mg film-coated tablets"), its bold name read with it."""
    pre = doc.first_of("preamble")
    out = [(pre, b) for b in _intro_paragraphs(doc, result)] if pre is not None else []
    gen = doc.first_of("identity")
    names = _drug_words(result, first_words=True)
    at = doc.sections.index(gen) if gen is not None else -1
    brands = next((sec for sec in doc.sections[at + 1:at + 3] if sec.kind == "brands"), None) if at >= 0 else None
    blocks = [(gen, b) for b in gen.blocks] if gen is not None else []
    said_after = sentences(norm(gen.inline))[1:] if gen is not None and gen.inline else []
    if said_after:  # "Generic name :- L-Ornithine L-Aspartate (LOLA). It is available as granules ... taken orally":
        # the sentences on the label's line after the name
        blocks.insert(0, (gen, Block(kind="paragraph", text=" ".join(said_after), span=gen.span)))
    if brands is not None:  # (and the paragraph under a "Brand name:" line right after it: "Brand name: Zorex" then
        blocks += [(brands, b) for b in brands.blocks]  # "Zoravir is a synthetic ... available as capsules ...")
    brand_after = sentences(norm(brands.inline))[1:] if brands is not None and brands.inline else []
    if brand_after:  # "Brand name: Zorex. Zoravir is an antisense oligonucleotide, given by intrathecal injection": the
        # sentences on the brand's line after it
        blocks.append((brands, Block(kind="paragraph", text=" ".join(brand_after), span=brands.span)))
    for sec, b in blocks:
        said = f"{b.label} {b.text}" if b.label and (b.text[:3] in ("is ", "was") or b.text[:1] == "(") else b.text
        if b.kind == "paragraph" and said and (any(re.match(re.escape(n) + r"(?:\s*\([^()]*\))?\s+(?:is|comes|was)\s", x, re.I)
                                                   for n in names for x in [said] + sentences(said)[1:3])
                                               # ("Emtricitabine (often abbreviated FTC) is sold ...", "Both.
                                               # Lemborexant is the generic name, ...": a sentence about it)
                                               # as ...", "Zoravir comes as 200 mg capsules ...")
                                               or any(re.match(re.escape(n) + r"\s+\d", said, re.I) for n in names)
                                               or _product_line(said, names)
                                               or any(_HOW_TAKEN_ITEM.match(x) or _TAKEN_BARE.match(x)
                                                      for x in sentences(norm(said)))
                                               or (sec in (gen, brands) and any(re.match(
                                                   r"(?:it|this\s+(?:medicine|drug))(?:\s+is|['\u2019]s)\s+an?\s", x, re.I)
                                                   for x in sentences(said)[:3]))  # ("It is a copper
                                               # replacement therapy given as a small injection ...": the named drug)
                                               or _SOLD_AS.search(said)):  # ("(as ketotifen fumarate). In the
            # US it is sold as Zaditor and Alaway eye drops; outside the US, Zaditen is available as eye drops, ...")
            # (or its product, "Desogestrel 75 microgram film-coated tablets, taken by mouth.", or how it comes:
            # "The generic name is tetracaine. ... It comes as eye drops, as a gel for the skin, ...")
            out.append((sec, Block(kind="paragraph", text=said, span=b.span)))
        elif b.kind == "item" and b.label is None and any(_HOW_TAKEN_ITEM.match(x) for x in sentences(norm(b.text))):
            out.append((sec, b))  # "* It comes as tablets and an oral suspension, all taken by mouth."
        elif b.kind == "item" and b.label is None and sec is gen and _product_line(said, names):
            out.append((sec, b))  # "- Difluprednate ophthalmic emulsion 0.05%": the drug's product, named
        elif b.kind == "item" and b.label is None and sec is gen and _listed_name(gen, names) \
                and (described := _described_item(norm(said).strip(" *_"), names)):
            out.append((sec, Block(kind="paragraph", text=described, span=b.span)))  # "- **Zoravir**" over "- A
            # recombinant factor VIII replacement therapy, given as an injection into a vein", "- Supplied as a
            # powder in a single-dose vial": the name's own list, each item said of it
    dashed = _dash_description(doc)
    if dashed is not None:  # "**Besifloxacin** – a ... antibiotic, available as a 0.6% ophthalmic suspension ..."
        out.append(dashed[:2])
    return out


def _listed_name(gen: Section, names: list[str]) -> bool:
    """Whether a Generic Name section opens with the drug's name on a line of its own ("- **Zoravir**", "**Zoravir** (as
    zoravir acetate)"), over items that describe it."""
    first = next((b for b in gen.blocks if b.label or b.text), None)
    said = norm(f"{first.label or ''} {first.text}").replace("*", "").strip(" _:.") if first is not None else ""
    return first is not None and first.kind in ("item", "paragraph") and strip_parens(said)[0].strip().casefold() in names


#: an item under the drug's listed name that says how it is given or comes ("Supplied as a powder ...", "Given as ...")
_PARTICIPLE_ITEM = re.compile(r"^(?:supplied|given|taken|available|sold|marketed|injected|applied|inhaled|infused|"
                              r"made|produced)\s", re.I)


def _described_item(said: str, names: list[str]) -> str | None:
    """An item under the drug's listed name read as a sentence about the drug: "Supplied as a powder ..." as "It is
    supplied as a powder ...", "A recombinant factor VIII replacement therapy, given ..." or "Recombinant factor VIII
    replacement therapy, given ..." as "It is a recombinant ..." when that names a class; None otherwise."""
    low = said[:1].lower() + said[1:]
    if re.match(r"[^:]{1,40}:\s", said) or any(low.startswith(n) for n in names if n):
        return None  # "- Brand names: Xyzal", "- Levocetirizine dihydrochloride": a field, or the name itself
    if _PARTICIPLE_ITEM.match(said):
        return f"It is {low}."
    if re.match(r"an?\s", said, re.I):
        return f"It is {low}." if _class_in(f"It is {low}") else None
    return f"It is a {low}." if said[:1].isupper() and _class_in(f"It is a {low}") else None


def _product_line(said: str, names: list[str]) -> bool:
    """Whether a line names the drug's product: a name, then its form and strength ("Zoravir ophthalmic emulsion
    0.05%")."""
    return any(said.casefold().startswith(n + " ") and _PRODUCT_TAIL.match(said[len(n):]) for n in names)


def _dash_description(doc: Document) -> tuple[Section, Block, int] | None:
    """A Generic Name value that says what the drug is after a dash ("Cefuroxime—a second-generation cephalosporin
    antibiotic."): its section, the value as a block, and where the description starts; None otherwise."""
    gen = doc.first_of("identity")
    first = next((b for b in gen.blocks if b.text), None) if gen is not None else None
    if gen is None or not gen.inline and first is None:
        return None
    said, span = (norm(gen.inline), gen.span) if gen.inline else (norm(f"{first.label or ''} {first.text}"), first.span)
    dash = _NAME_DASH_DESC.match(said)
    return (gen, Block(kind="paragraph", text=said, span=span), dash.end()) if dash else None


def usage_section(doc: Document) -> Section | None:
    return doc.first_of("uses")


def usage_paragraphs(doc: Document) -> list[Block]:
    sec = usage_section(doc)
    return [b for b in sec.blocks if b.kind == "paragraph" and b.text] if sec else []


def intro_sentence(doc: Document) -> tuple[Block, str] | None:
    paras = usage_paragraphs(doc)
    if not paras:
        return None
    first = sentences(paras[0].text)
    return (paras[0], first[0]) if first else None


# ---------------------------------------------------------------------------
# Rules
# ---------------------------------------------------------------------------


#: one lower-case word in brackets after the bold name that opens the page, then its verb: another spelling
_OTHER_SPELLING = re.compile(r"^\s*\((?P<n>[a-z][a-z-]{3,})\)\s+(?:is|was|belongs)\b")
#: a sentence that opens with a name (and a parenthesis after it) before its verb: "Emtricitabine (often abbreviated
#: FTC) is sold ...", "Zoravir comes as ..."
_NAME_THEN_VERB = re.compile(r"^(?P<n>[^\s()][^()]{0,60}?(?:\s*\([^()]*\))?)\s+(?:is|was|comes|are)\s")


def _title_then_verb(text: str, title: str) -> str | None:
    """The name (and its parenthesis) a Generic Name sentence opens with, when it is the page's title."""
    m = _NAME_THEN_VERB.match(norm(text))
    if m is None or not title:
        return None
    name = strip_parens(m.group("n"))[0].strip(" *_")
    return m.group("n") if name.casefold() == clean_field(title).casefold() else None


def _name_sentence(text: str, title: str) -> str | None:
    """The part of a paragraph's sentence "The generic name is X" that names the drug (the page's title) and the other
    names it gives after it ("..., often shortened to CBD"), or None."""
    for sent in sentences(norm(_GREETING.sub("", text, count=1))):
        m = _NAME_IS.match(sent)
        name = re.match(r"[^,.;()]+", sent[m.end():]) if m else None
        if m is None or name is None or not title or \
                name.group(0).strip(" *_").casefold() != clean_field(title).casefold():
            continue
        tail = _VALUE_TAIL.match(sent, m.end() + name.end())
        return sent if tail is not None and tail.group("aka") else sent[:m.end() + name.end()]
    return None


def extract_drug(doc: Document, result: Extraction) -> None:
    q = Quoter(doc)
    gen = doc.first_of("identity")
    value, vspan = (gen.inline, gen.span) if gen is not None else ("", None)
    if gen is not None and not value:  # "Generic Name:" alone on its line, the name below it
        # (or a box "At a glance" over "**What it is:** ..." and a "**Generic Name:** X" line it took in: the name's)
        first = next((b for b in gen.blocks if b.text and b.label and section_kind(b.label) == "identity"), None) \
            or next((b for b in gen.blocks if b.text), None)
        lead = next((b for b in gen.blocks if b.text or b.label), None)
        bold = lead if lead is not None and lead.label and not lead.text.strip() \
            and section_kind(lead.label) != "identity" else None  # "## Generic Name" over "**Tenofovir Disoproxil
        if bold is not None and bold.label and len(bold.label.split()) <= 12:  # Fumarate (TDF)**" alone, before the
            value, vspan = bold.label.strip(" :"), bold.span  # forms listed under it
        elif first is not None and (named := _title_then_verb(first.text, doc.title)):
            value, vspan = named, first.span  # "Emtricitabine (often abbreviated FTC) is sold on its own as ...": the
            # name the sentence opens with, and its parenthesis
        elif first is not None and first.label and re.match(r"[.;]\s+\S", first.text) \
                and len(first.label.split()) <= 6:
            value, vspan = first.label.strip(" :"), first.span  # "**Chlorzoxazone**. **Brands:** ...": the bold
            # name, its fields after it
        elif first is not None and first.label and not first.label.rstrip().endswith(":") \
                and len(first.label.split()) <= 6 and len(first.text.split()) > 12 \
                and (glossed := re.match(r"\s*\([^()]*\)(?=[.,;]?\s)", first.text)):
            value, vspan = f"{first.label} {glossed.group(0).strip()}", first.span  # "**Peginterferon alfa-2b** (also
            # written as PEG-IFN alfa-2b). It is a long-acting form ...": the bold name and its bracket
        elif first is not None and len(first.text.split()) <= 12:
            value, vspan = _COLON_LEAD.sub("", first.text), first.span  # ("- **Generic name**: Foscarnet": the colon
            # after the bold is the label's)
            if first.label and not first.label.rstrip().endswith(":") and first.text.lstrip().startswith(("(", "\u2014",
                                                                                                       "\u2013", "- ")):
                value = f"{first.label} {first.text}"  # "**Amlodipine** (amlodipine besylate)": the bold name, glossed;
                # "**Argatroban** — a synthetic direct thrombin inhibitor (DTI) ...": the bold name, then what it is
            elif first.label and not first.label.rstrip().endswith(":") and first.text.lstrip().startswith(","):
                value = f"{first.label}{first.text}"  # "**Zoravir**, taken as zoravir sodium": the bold name goes on
        elif first is not None and not first.label and doc.title \
                and (opening := (sentences(norm(first.text)) or [""])[0]) \
                and re.match(re.escape(clean_field(doc.title)) + r"\s*\([^()]*\)\.?$", opening, re.I):
            value, vspan = opening, first.span  # "Racecadotril (older name: acetorphan). Brands: ... Sold as ...": the
            # name and its bracket, the first sentence of a longer paragraph
        elif first is not None and not first.label and doc.title \
                and (opening := (sentences(norm(first.text)) or [""])[0]) \
                and re.match(re.escape(clean_field(doc.title)) + r",\s+(?:also\s+)?(?:called|known\s+as)\s", opening, re.I):
            value, vspan = opening, first.span  # "Ubidecarenone, also called coenzyme Q10 (CoQ10) or ubiquinone. It is a
            # vitamin-like substance ...": the name and the names it gives, the first sentence of a longer paragraph
        elif first is not None and not first.label and (said := _name_sentence(first.text, doc.title)):
            value, vspan = said, first.span  # a spoken answer's "The generic name is cannabidiol, often shortened to
            # CBD." among its other sentences: that sentence, to the name and the other names it gives
    if gen is not None and value and vspan is not None:
        label, parens = strip_parens(_GLUED_PAREN.sub("\u2768\\1\u2769", norm(value)))  # ("Rho(D) Immune Globulin":
        # a parenthesis glued to a word is the name's own)
        label = label.replace("\u2768", "(").replace("\u2769", ")")
        label = _NAME_IS.sub("", _GREETING.sub("", label, count=1))  # "The generic name is orphenadrine.": the name
        # ("Happy to walk you through it! The generic name is ...": a greeting first)
        cut = False
        if doc.title and re.match(re.escape(clean_field(doc.title)) + r"\s+[-\u2013\u2014]\s+\S", label, re.I):
            label, cut = label[:len(clean_field(doc.title))], True  # a man page's "ranibizumab - VEGF inhibitor for
            # ...": the name
        described = _NAME_DASH_DESC.match(label)
        if described:  # "Cefuroxime—a second-generation cephalosporin antibiotic.": the name before the dash
            label, cut = re.sub(r"\s*(?:[\u2013\u2014]|\s-)\s*$", "", described.group(0)), True
        dash = re.search(r"\s[-\u2013\u2014]\s|[\u2013\u2014]", norm(value)) if cut else None
        if dash:  # "**Argatroban** — a synthetic direct thrombin inhibitor (DTI) given by intravenous (IV) infusion": the
            parens = strip_parens(norm(value)[:dash.start()])[1]  # brackets of what it is are no names of the drug
        aka: list[str] = []
        tail = _VALUE_TAIL.search(label)
        if tail:  # "Desmopressin, also known as DDAVP", "Lacosamide, sold as Vimpat (...) and as ...": the name first
            if tail.group("aka"):
                aka = _names(_AKA_END.split(re.split(r"[;.]", label[tail.end():])[0])[0])  # ("Testamab, also known
                # as TMB-12, is a synthetic ...": the names, not what it is)
            label = label[:tail.start()].strip()
        said = sentences(label)
        if len(said) > 1:  # "Oxcarbazepine. It is sold as Trileptal ...": the name is the first sentence
            label = said[0].strip()
            own = next((x for x in sentences(norm(value)) if label in strip_parens(x)[0]), None)
            if own is not None:  # "X (INN). Trade names - A (United Kingdom) ...": the brackets of the name's
                parens = strip_parens(own)[1]  # sentence only, not those of the sentences after it
        if ";" in label:  # "Tralokinumab; tralokinumab-ldrm on the US label": the name, then other pieces, of which
            label, *more = [p.strip() for p in label.split(";")]  # a word made on the name is another of its names
            aka += [w for p in more for w in p.split()[:1] if w.casefold().startswith(label.casefold() + "-")]
        label = label[:-1].rstrip() if label.endswith(".") and (" " not in label or len(label.split()) <= 4 and re.search(
            r"[a-z]{3}\.$", label, re.I)) else label  # "Meloxicam (...).", "L-Ornithine L-Aspartate (LOLA). It is ..."
        product = _PRODUCT_TAIL.match(label[len(clean_field(doc.title)):]) if doc.title and label.casefold().startswith(
            clean_field(doc.title).casefold() + " ") else None
        if product:  # "- Difluprednate ophthalmic emulsion 0.05%", "Zoravir 10 mg tablets": the name, then its product
            label = label[:len(clean_field(doc.title))]
        if not label.strip(" .,:;*_-") and doc.title:  # a value we could not read a name from: the page's title, not
            label = doc.title  # an empty name (every later reader asks whether a subject is the drug)
        drug = Drug(label=label, evidence=q.evidence(gen, vspan, label))
        for name in aka:
            if name and not _is_salt_form(name, label):
                drug.synonyms.append(Name(name, q.evidence(gen, vspan, name)))
        for p in (piece for paren in parens for piece in paren.split(";")):  # "(also called X; chemically Y)"
            p = _REGION.sub("", p.strip())  # "(in the US, nemolizumab-ilto)", "(called meclozine outside the US)"
            p = _WHERE_WRITTEN.sub("", p)  # "(also spelled carticaine in older literature)": where, no part of it
            if re.search(r",\s+(?:its|the)\s+brand(?:\s+name)?\s*$", p, re.I):
                continue  # "(often shortened to CroFab, its brand name)": a brand (see extract_brands)
            if _BRAND_PIECE.match(p) or _SOLD_PIECE.match(p) or _NOT_A_NAME.match(p) or _AS_SALT.match(p):
                continue  # "(brand name: Avodart)": a brand (see extract_brands), not another name; "(otic)", "(a
                # fixed-dose combination of A and B)", "(kloe-BAY-ta-sol)", "(ovine)": how it is given, what it is, how
                # it is said, where it comes from; "(as prochlorperazine maleate or edisylate)": the salts it is given as
            for name in _names(_ALIAS_CUE.sub("", p)):
                name = _ALIAS_CUE.sub("", name)
                if _FORM.search(name) or _NOT_A_NAME.match(name):
                    continue  # "(Mobic tablets and oral suspension, ...)": products, not other names; "(otic
                    # suspension, 0.3%)": its strength
                if name and not _is_salt_form(name, label):
                    drug.synonyms.append(Name(name, q.evidence(gen, vspan, name)))
    else:
        drug = Drug(label=doc.title, evidence=q.evidence("title", doc.title_span, doc.title))
    found = intro_sentence(doc)
    if found:
        block, sent = found
        parts = _SUBJECT_VERB.split(sent, maxsplit=1)
        subject = parts[0] if len(parts) == 2 else ""  # ("X calms a kind of inflammation, called Y, ...": no subject)
        for m in _ALSO_CALLED.finditer(subject):
            if _GROUP_CALLED.search(subject, 0, m.start()):
                continue  # "Aspirin belongs to a class of drugs called salicylates": the class's name, not the drug's
            for name in _names(_NAME_STOP.sub("", m.group(1))):
                drug.synonyms.append(Name(name, q.evidence(usage_section(doc) or "Usage", block.span, name)))
    opening = next((sec for sec in doc.sections if sec.kind == "preamble"), None)
    lead = next((b for b in opening.blocks if b.text or b.label), None) if opening is not None else None
    spelled = _OTHER_SPELLING.match(norm(lead.text)) if lead is not None and lead.label \
        and key(strip_parens(lead.label)[0].strip(" *_:")) == key(drug.label) else None
    if spelled and not _NOT_A_NAME.match(spelled.group("n")) and not _is_salt_form(spelled.group("n"), drug.label):
        # "**Clomethiazole** (chlormethiazole) is a ...": the drug's other spelling (a brand would be capitalised)
        drug.synonyms.append(Name(spelled.group("n"), q.evidence(opening, lead.span, spelled.group("n"))))
    for block in (b for b in (gen.blocks if gen is not None else []) if b.text and not b.label):
        for sent in sentences(norm(block.text))[:3]:  # "Amifampridine is also known as 3,4-diaminopyridine
            glossed = re.match(rf"{re.escape(drug.label)}\s*\((?:also\s+)?(?:called|known\s+as|spelled)\s+(?P<n>[^();,]+)\)",
                               sent, re.I)
            for other in _names(_WHERE_WRITTEN.sub("", _REGION.sub("", glossed.group("n").strip()))) if glossed else ():  # "Camostat mesilate (also called
                if not _is_salt_form(other, drug.label) and not _NOT_A_NAME.match(other):  # camostat mesylate) is ..."
                    drug.synonyms.append(Name(other, q.evidence(gen, block.span, other)))
            aka = _IS_ALSO_KNOWN.match(sent)  # (3,4-DAP).": its other names, said in the Generic Name's prose
            if aka and (aka.group("s").casefold() in ("it", "this drug", "this medicine")
                        or key(aka.group("s")) == key(drug.label)):
                name, parens = strip_parens(aka.group("n"))
                for other in _names(_NAME_STOP.sub("", name)) + [x for p in parens for x in _names(_ALIAS_CUE.sub("", p))]:
                    if other and not _is_salt_form(other, drug.label) and not _NOT_A_NAME.match(other):
                        drug.synonyms.append(Name(other, q.evidence(gen, block.span, other)))
    said_in = [(b.span, b.text) for b in (gen.blocks if gen is not None else []) if b.text] \
        + ([(gen.span, gen.inline)] if gen is not None and gen.inline else [])
    for span, text in said_in:  # "It is also known by its development code BAF312", "during development it was called
        for sent in sentences(norm(text)):  # CDZ173", a run-in value's "it was called SAGE-547 while it was tested"
            for code in _codes_said(sent, drug.label) + [m.group("n") for m in _DEVELOPED_AS.finditer(sent)]:
                drug.synonyms.append(Name(code, q.evidence(gen, span, code)))
    for fsec, block, label, text in identity_fields(doc):  # "**International name:** colestyramine"
        if _OTHER_NAME_FIELD.match(label):
            held = _STEREO_PREFIX.sub("\u2768\\g<d>\u2769-", norm(text))  # ("(R)-methadone": its descriptor)
            for name in _names(strip_parens(held)[0].rstrip(". ")):
                name = name.replace("\u2768", "(").replace("\u2769", ")")
                if name and not _is_salt_form(name, drug.label):
                    drug.synonyms.append(Name(name, q.evidence(fsec, block.span if block else fsec.span, name)))
    drug.synonyms = _dedupe(drug.synonyms, exclude={key(drug.label)})
    result.drug = drug


def _other_field(block: Block) -> bool:
    """A labelled paragraph whose label is no brand field's ("Where approved: ...", "Form: ..."): another field."""
    return block.kind == "paragraph" and bool(block.label) and not _BRAND_FIELD.match(
        clean_field(block.label).strip(" :"))


def extract_brands(doc: Document, result: Extraction) -> None:
    """Brands from a Brand Names section (its first sentence), and wherever the page names one:
    "(brand name Cipro)", "sold under the brand name Valtrex", "Brand names include A, B and C",
    "tablets (Colcrys, Lodoco)". A combination product ("combined with ... in the brand Vytorin",
    "Lotrel (with benazepril)") is not a brand of this drug."""
    q = Quoter(doc)
    sec = doc.first_of("brands")
    if sec is not None:
        texts = [(sec.inline, sec.span)] + [(b.label if _brand_label_item(b) else b.text, b.span) for b in sec.blocks
                                            if (b.text or _brand_label_item(b)) and not _other_field(b)]
        # ("- **Zorva** (US)": the bold brand; a table's next row, "| Where approved | European Union ... |", another
        # field)
        for text, span in texts:
            first = sentences(norm(text))[:1]
            for name in _field_names(first[0] if first else ""):
                name = _field_brand(name)  # "..., Semglee, and Rezvoglar"
                if _BRAND_ITEM.match(name) and name.casefold() not in _NOT_BRAND_WORDS:
                    result.brand_names.append(Name(name, q.evidence(sec, span, name)))
    for fsec, block, label, text in identity_fields(doc):
        if label == "Forms" and block is not None and block.label and "(" in text:  # "Nasal spray (NasalCrom, ...)"
            parens = strip_parens(text)[1]
            first = re.split(r"[,;]", parens[0] if parens else "")[0].strip()
            if _BRAND_ITEM.match(first) and first[:1].isupper() and first.casefold() not in _NOT_BRAND_WORDS \
                    and not _FORM_HEAD_ONLY.match(first.split()[-1]):
                result.brand_names.append(Name(first, q.evidence(fsec, block.span, first)))
        if label == "Forms" and block is not None and block.kind == "item" and block.strong:  # "- Tablets (50 mg) –
            for name in block.strong:  # **Rilutek** and generics": the bold names of a form item are its brands
                if _BRAND_ITEM.match(name) and name.casefold() not in _NOT_BRAND_WORDS:
                    result.brand_names.append(Name(name, q.evidence(fsec, block.span, name)))
        if _BRAND_FIELD.match(label) and fsec.kind != "brands":  # "🏭 **Brand:** Dupixent", "Brand name: Sovaldi (...)"
            for name in _field_names(norm(text)):
                name = _field_brand(name)
                if _BRAND_ITEM.match(name) and name.casefold() not in _NOT_BRAND_WORDS:
                    result.brand_names.append(Name(name, q.evidence(fsec, block.span if block else fsec.span, name)))
    for part, block, name in [*_product_brands(doc), *_brands_listed_after(doc), *_form_item_brands(doc)]:
        result.brand_names.append(Name(name, q.evidence(part, block.span, name)))
    drug_words = _label_words(result)
    for part, block, cell in table_column(doc, _PRODUCT_COLUMN):  # "| Atrovent 0.03% (Rinatec in the UK) | ..."
        if _contains_other(block, drug_words):
            continue  # "| Myfortic and generics | Mycophenolic acid (as mycophenolate sodium) | ...": another medicine
        cell = re.sub(r"\s+(?:and|&)\s+generics?\b.*$", "", cell, flags=re.I)  # "CellCept and generics"
        name, parens = strip_parens(cell)
        name = _CELL_STRENGTH.sub("", name).strip()
        if _BRAND_ITEM.match(name) and name.split()[0].casefold() not in _NOT_BRAND_WORDS \
                and key(name) not in _drug_words(result):
            result.brand_names.append(Name(name, q.evidence(part, block.span, name)))
        for name in (n for p in parens for n in _brand_list(p)):
            result.brand_names.append(Name(name, q.evidence(part, block.span, name)))
    drug = tuple(_drug_words(result, first_words=True))
    gen = doc.first_of("identity")
    if gen is not None and gen.inline:  # "**Generic Name.** Lacosamide, sold as Vimpat (...)"
        for name in _prose_brands(norm(gen.inline), drug):
            result.brand_names.append(Name(name, q.evidence(gen, gen.span, name)))
        for product in _products(gen.inline):  # "Meloxicam (Mobic tablets and oral suspension, Vivlodex capsules)"
            brand = _PRODUCT_BRAND.match(product)
            if brand:
                result.brand_names.append(Name(brand.group("b"), q.evidence(gen, gen.span, brand.group("b"))))
    intro = _described(doc, result)
    for part, block in intro + [(sec, b) for sec in doc.sections
                                if sec.kind not in ("note", "preamble", "side_effects", "mechanism")
                                for b in sec.blocks]:  # (a preamble is read only where it describes the drug)
        if block.text:  # a bold lead-in the sentence goes on from ("**Tablets and capsules** taken by mouth (for
            # example, K-Tab, ...)") is read with it
            said = f"{block.label} {block.text}" if block.label and block.text[:1].islower() else block.text
            for name in _prose_brands(norm(said), drug):
                result.brand_names.append(Name(name, q.evidence(part, block.span, name)))
    result.brand_names = [b for b in _dedupe(result.brand_names)  # "injection (IV)": a route's abbreviation
                          if b.label.casefold() not in _NOT_BRAND_WORDS
                          and not _A_PLACE.fullmatch(b.label)]  # ("Tablets and dry syrup (Japan)": where, no brand)
    longer = [b.label.split() for b in result.brand_names if " " in b.label]
    result.brand_names = [b for b in result.brand_names  # "(Respimat)" beside "Spiriva Respimat": a device, no brand
                          if " " in b.label or not any(b.label == ws[-1] for ws in longer)]
    other_names = {(key(s.label), s.evidence.span) for s in result.drug.synonyms}
    result.brand_names = [b for b in result.brand_names if (key(b.label), b.evidence.span) not in other_names
                          # ("a powder (Epsom salt)" where the drug is "commonly known as Epsom salt": that name's
                          # first word, no brand)
                          and not any(s.label.casefold().startswith(b.label.casefold() + " ")
                                      for s in result.drug.synonyms)]
    # ("Biotin (Vitamin B7, also known as Vitamin H)": another name of the drug where it is read as one, no brand;
    # "also known as DDAVP" and "Brands include DDAVP" elsewhere are both)
    own = key(result.drug.label.split()[0]) if result.drug.label.split() else ""
    result.brand_names = [b for b in result.brand_names if not (b.label.split() and key(b.label.split()[0]) == own
                                                                and _SALT.search(b.label))]
    # ("Generic Name: Itopride (Itopride Hydrochloride)": the drug's salt, no brand)


def _brand_label_item(block: Block) -> bool:
    """An item of a brands list whose bold label is the brand and whose text only says where ("- **Zorva** (US)")."""
    return block.kind == "item" and bool(block.label) and re.fullmatch(r"\s*(?:\([^()]*\))?\s*", block.text) is not None


#: a sentence that leads in a list of the drug's brands: "It is sold under two brand names:", "Brand names include:"
_BRANDS_LEAD = re.compile(r"\b(?:brand|trade)\s+names?(?:\s+(?:include|are))?\s*:$|"
                          r"\b(?:sold|marketed)\s+(?:under|as)(?:\s+the\s+following(?:\s+brand)?\s+names?)?\s*:$", re.I)


def _brands_listed_after(doc: Document) -> list[tuple[Section, Block, str]]:
    """The brands a list gives after its lead-in ("It is sold under two brand names:" over "- **Mounjaro:** ..."):
    each top-level item's label, or the name its text opens with."""
    out: list[tuple[Section, Block, str]] = []
    for sec, block in _items_after(doc, lambda t: bool(said := sentences(t)) and _BRANDS_LEAD.search(said[-1]) is not None):
        if block.depth:
            continue
        named = [strip_parens(norm(block.label))[0].strip(" :")] if block.label else _brand_list(norm(block.text))[:1]
        out += [(sec, block, n) for n in named if _BRAND_ITEM.match(n) and n.casefold() not in _NOT_BRAND_WORDS]
    return out


_BRAND_CUE = re.compile(
    r"\b(?:brand|trade)[- ]names?(?:\s+in\s+(?:the\s+)?(?:US|USA|UK|EU|Europe|Canada|Australia|United\s+States|"
    r"United\s+Kingdom|Ireland|India))?"  # ("Brand names in the UK include A, B and C")
    r"(?:\s+(?:of\s+[\w-]+\s+)?(?:you\s+(?:might|may|could|will)\s+(?:hear|see|come\s+across)\s+)?"
    # ("Brand names you might hear include A and B")
    r"(?:is|are|include|includes|was|such\s+as|like|have\s+included|"
    r"(?:depend|vary|differ)\s+(?:on|by|with)\s+[^.:;()]{1,40}:))?\s*(?:[:,]|(?<=\s)[\u2014\u2013](?=\s))?\s*|"
    # ("Its brand names depend on how it is given: A (...)"; "Trade names — A and B": a spaced dash as its colon)
    r"\b(?:best-known|best\s+known|main|original|older|popular|common|other|another|(?:commonly\s+)?available)\s+"
    r"(?:(?:US|UK|EU|U\.S\.)\s+)?brands?"
    r"(?:\s+names?)?(?:\s+(?:is|are|was|were|include|includes|included)\s+|,\s+(?=[A-Z][\w-]*,\s))|"
    r"\bbrands?(?:\s+names?)?\s+(?:include|includes|including|such\s+as|like)\s+|(?<![\w-])brands?\s*:\s*|(?<=\bbrand\s)(?-i:(?=[A-Z][a-z]))|"
    r"(?<!developed\s)(?<!tested\s)(?<!studied\s)\bunder\s+(?:the\s+)?(?:brand\s+)?names?\s+(?:(?:including|such\s+as|like)\s+)?|"
    r"\bunder\s+the\s+brands\s+(?-i:(?=[A-Z]))|"  # ("under the brands Brolene Eye Ointment and Golden Eye Ointment")
    # "sold by Sanofi (Genzyme) as **Cerezyme**", "sold by Ferring Pharmaceuticals as Adstiladrin": the maker, then the
    # brand; "In the UK one brand is Prosulf"
    r"\b(?:sold|marketed)\s+by\s+(?-i:[A-Z][\w&.'-]*(?:\s+(?:\([A-Z][^()]{1,30}\)|[A-Z][\w&.'-]*)){0,3})\s+as\s+"
    r"(?-i:(?=\*{0,2}[A-Z]))|"
    r"\b(?:one|another)\s+brand(?:\s+name)?\s+(?:is|was)\s+(?-i:(?=[A-Z][a-z]))|"
    # (not "developed under the name Bendavia": a name it had while it was developed)
    r"\bthe\s+(?:(?:older|original|main|best-known|usual|first|old|single-ingredient|stand-?alone|only)\s+)?brand"
    r"(?:\s+name)?(?:\s+for\s+[\w\s]{1,30}?|\s+in\s+(?:the\s+)?(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?\s+"
    r"(?:is|was)\s+(?-i:(?=[A-Z]))|"  # "in many other countries the brand is Glucobay", "The best-known brand in the US
    # is Fungi-Nail"
    # "in Argentina it is Abarax": a place, then the name it goes by there
    r"\bin\s+(?:the\s+)?(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+it\s+is\s+(?:(?:sold|marketed)\s+as\s+|called\s+)?"
    r"(?-i:(?=[A-Z][a-z]))|"
    # ("Roche once sold it as Rochagan": the maker's name, then the brand)
    # ("Roche introduced it in the 1970s as Rohypnol": a brand's word, not a code such as "M&B 693")
    r"\bintroduced\s+(?:it\s+)?(?:(?:in|from|since)\s+(?:the\s+)?\d{4}s?\s+)?as\s+(?-i:(?=[A-Z][a-z]+\b(?![&\d\s]*\d)))|"
    r"\b(?:sold|prescribed|dispensed|marketed|launched)\s+(?:it\s+)?(?:on\s+its\s+own\s+|alone\s+|mainly\s+|mostly\s+|over\s+the\s+counter\s+|"
    r"there\s+|"  # ("developed in Japan ... and is sold there as Coniel")
    r"(?:only\s+)?by\s+prescription\s+|without\s+a\s+prescription\s+)?"
    r"(?:in\s+(?:the\s+)?(?-i:[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)\s+)?"  # ("sold in the United States as **Qelbree**")
    r"(?:(?:in|and)\s+(?:some|many|several|a\s+few|certain|most|other)\s+(?:other\s+)?(?-i:[A-Z][a-z]+\s+)?(?:countries|"
    r"markets|places)\s+)?"  # ("sold in some countries as Telopar", "in several European countries as Naaxia", "in
    # Germany and some other European countries as Lanitop")
    r"(?:(?:since|from|in)\s+(?:the\s+)?\d{4}s?\s+|for\s+(?:many|several|some|a\s+few)\s+years\s+)?"  # ("has been sold
    # since 2020 as Eccvex", "It was sold for many years as Trobicin", "Roche introduced it in the 1970s as Rohypnol")
    r"(?:as|under(?!\s+(?:the\s+)?(?:brand\s+)?names?\b)(?!\s+the\s+brands\b))\s+|(?<=\()as\s+|"  # ("sold under the name
    # X", "under the brands X and Y": the cue after)
    # "It is sold in several European countries, for example as **Nipavex** in Sweden"
    r"\b(?:sold|marketed|available)\s+in\s+[^.;:()]{1,60}?,\s+(?:for\s+example|for\s+instance|e\.g\.,?|such\s+as)\s+as\s+"
    r"(?-i:(?=\*{0,2}[A-Z][a-z]))|"
    r"(?<=\band\s)as\s+(?-i:(?=[A-Z][a-z][\w-]*,\s+an?\s))|"  # "... and as Vivitrol, an injection ..."
    # "..., most often under the brand name Mydriacyl, and also as Tropicacyl in some markets": another brand, where
    r"(?<=\balso\s)as\s+(?-i:(?=\*{0,2}[A-Z][a-z][\w-]*\*{0,2}\s+in\s+(?:some|many|several|other|certain|a\s+few)\s+"
    r"(?:other\s+)?(?:markets|countries)\b))|"
    r"\bavailable\s+(?:on\s+prescription\s+|by\s+prescription\s+|over\s+the\s+counter\s+)?as\s+(?-i:(?=[A-Z][a-z]))|"
    r"(?<=\band\s)as\s+(?-i:(?=[A-Z][a-z][\w-]*\s+in\s+(?:many\s+|most\s+|some\s+)?(?:other\s+)?(?:countries|Europe|"
    r"Canada|Australia|the\s+U[SK])\b))|"  # "... as Azelex in the US and as Skinoren in many other countries"
    # "... under the brand name Ticvex, which ..., and in some European countries as Tikvex": another place's name
    r"(?<=\band\s)in\s+(?:(?:some|many|most|several|other|a\s+few)\s+)*(?:(?-i:[A-Z][\w.]*)\s+)?(?:countries|"
    r"(?-i:(?<=\s)[A-Z][\w.]*))\s+as\s+(?-i:(?=[A-Z][a-z]))|"
    # "biosimilar versions include A, B and C"; "... and over the counter as Bonine and Dramamine Less Drowsy"
    r"\b(?:biosimilar|generic|single-ingredient|stand-?alone)\s+(?:versions?|brands?|products?)\s+(?:include|includes|are|such\s+as)\s+(?-i:(?=[A-Z]))|"
    r"\bbiosimilars\s+(?:include|includes|are|such\s+as)\s+(?-i:(?=[A-Z][a-z]))|"  # "and biosimilars include Zarxio, ..."
    r"\b(?:biosimilar|generic)\s+(?:version|brand|product),\s+(?-i:(?=[A-Z][a-z]))|"  # "A generic version, Ucedane, is ..."
    # "several biosimilars are available, including Ogivri, Kanjinti and Trazimera"
    r"\bbiosimilars\s+(?:are|have\s+been)\s+(?:also\s+)?(?:available|approved),?\s+(?:including|such\s+as)\s+(?-i:(?=[A-Z]))|"
    r"\b(?:over\s+the\s+counter|by\s+prescription)\s+as\s+(?-i:(?=[A-Z]))|"
    # "An older 0.3% eye drop called Zymar": a product of the drug, named
    rf"\b(?:older|earlier|original|newer|former)\s+(?:[\d.,]+\s*%\s+)?(?:[a-z]+\s+)?(?:{FORM_HEADS}|drop)\s+(?:called|named)\s+"
    r"(?-i:(?=[A-Z][a-z]))|"
    # "A ready-to-use solution called Focivex was approved in 2023": a product of the drug, named
    rf"(?-i:^A|^An|\ba|\ban)\s+(?:[a-z-]+\s+){{0,2}}(?:{FORM_HEADS})\s+(?:called|named)\s+(?-i:(?=[A-Z][a-z]))|"
    # "It comes as Emend capsules (...)": a brand named before its form
    rf"\b(?:comes|is\s+(?:available|supplied))\s+as\s+(?-i:(?=[A-Z][\w-]*\s+(?:{FORM_HEADS})\b))", re.I)
_FORM_PAREN = Guarded(re.compile(rf"\b(?:{FORM_HEADS})\s*\((?=[A-Z])|"
                                 # a form and a short clause on how it is used, then its brand ("a cream you put
                                 # on your face (Soolantra)", "a tablet dissolved in water (Binosto)"); a capital
                                 # and lower case, so no abbreviation
                                 rf"\b(?:{FORM_HEADS})\s+(?:you|that|which|for|to|[a-z]{{3,}}(?:ed|en))\s(?-i:[a-z ]{{0,40}}\((?=[A-Z][a-z]))|"
                                 # a form and how often it is taken: "a 1 mg tablet once a day (Arimidex)"
                                 rf"\b(?:{FORM_HEADS})\s+(?:once|twice|(?:one|two|three|four)\s+times)\s+(?:a|per|each)\s+"
                                 r"(?:day|week|month)\s*\((?=[A-Z][a-z])|"
                                 # a form, how it is taken, then examples of its brands: "tablets and caplets (for
                                 # example, NoDoz and Vivarin)", "capsules taken by mouth (e.g., K-Tab, Klor-Con)"
                                 rf"\b(?:{FORM_HEADS})(?:\s+[a-z]+){{0,4}}\s*\((?:for\s+example|e\.g\.),?\s+(?-i:(?=(?:\*\*|__)?[A-Z]))|"
                                 # a form, then its brands, in parentheses: "(tablets, Robinul and Robinul Forte)"
                                 rf"\((?:(?:oral|extended-release|chewable)\s+)?(?:{FORM_HEADS}),\s+(?-i:(?=[A-Z][a-z]))|"
                                 # a strength, then its brand: "- **Nasal spray** – 0.1% (Astelin) and 0.15% (Astepro)"
                                 r"\d[\d.,]*\s*(?:%|mg|mcg|micrograms?|mL|ml|units?)\s*\((?-i:(?=[A-Z][a-z]{2}))", re.I))
#: a salt or ester of the drug with its brand: "estradiol valerate (Delestrogen)", "... mesylate (Pradaxa)"
_SALT_PAREN = re.compile(r"\b[a-z]+\s+(?:valerate|cypionate|enanthate|undecanoate|acetate|propionate|succinate|"
                         r"fumarate|tartrate|mesylate|maleate|besylate|tosylate|sulfate|phosphate|citrate|"
                         r"hydrochloride|hydrobromide|bromide|gluconate|lactate|sodium|potassium|axetil)\s+\((?=[A-Z])",
                         re.I)
_PAREN_CAPITAL = re.compile(r"\([A-Z]")
_PAREN_LATER_CAPITAL = re.compile(r"\([^()]*,\s+[A-Z]")  # "(tablets, Robinul and Robinul Forte)"
_BRAND_ITEM = re.compile(r"^[A-Z][\w-]*(?:\s+(?:[A-Z0-9][\w-]*|[a-z]{0,2}\d+))*(?:\s+(?:forte|mite|retard))?$")
# ("Nitroxolin forte", "Voltaren retard": a brand's strength or release word, lower-case, part of its name)
_COMBINATION = re.compile(r"\bcombin\w*|\bco-?formulated\b|\balso\s+contains?\b|\bcontain(?:s|ing)?\s+(?:both|the\s+two)\b|\bfixed-(?:dose|ratio)\b|\bdifferent\s+product\b|"
                          r"(?<!single-)(?<!single\s)\bingredients?\b|\bpart\s+of\b|"
                          # "It is also available together with tadalafil in one tablet (Opsynvi)": the pair's brand
                          r"\b(?:together|along)\s+with\s+[\w-]+\s+in\s+(?:one|a\s+single|the\s+same)\b|"
                          r"\bin\s+(?:one|a\s+single)\s+(?:tablet|pill|capsule|inhaler|injection)\s+with\b", re.I)  # ("Single-ingredient brands
# include A and B": the drug's own brands, alone in them)


#: a bracket opened after a combination is named, still open: what the brackets say is the combination's
_INSIDE_OTHER = re.compile(r"\b(?:ingredients?|components?|part)\s+of\s+[\w-]+\s+\([^()]*$|"
                           # "works in a similar way to difelikefalin (sold as Korsuva ...)": the drug compared with,
                           # its brands in its brackets
                           r"\b(?:(?:similar|related|close)\s+(?:way\s+)?to|like|unlike|than|as\s+with|compared\s+(?:with|to)|"
                           r"instead\s+of|rather\s+than)\s+(?:the\s+)?[a-z][\w-]+\s+\([^()]*$", re.I)
#: a product in the generic name's parentheses: a brand, then its forms ("Qmiiz ODT orally disintegrating tablets")
_PRODUCT_BRAND = re.compile(rf"^(?P<b>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*)\s+(?=(?:[a-z-]+\s+){{0,3}}(?:{FORM_HEADS})\b)")


#: a lead-in over a list of the products the drug comes as ("It comes as:", "It is available as:")
PRODUCTS_LEAD = re.compile(r"\b(?:comes|is\s+(?:available|sold|supplied|marketed)|are\s+available)\s+(?:as|in)"
                           r"(?:\s+[\w-]+){0,3}\s*:\s*$", re.I)
#: a products item that opens with its brand: "QVAR RediHaler – a breath-actuated inhalation aerosol"
_BRAND_FIRST = re.compile(rf"^(?P<b>[A-Z][\w'\u2019-]*(?:\s+[A-Z0-9][\w'\u2019-]*){{0,3}})\s*(?:[-\u2013\u2014:]\s+|\()"
                          rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{FORM_HEADS})\b")


def _product_brands(doc: Document) -> list[tuple[Section, Block, str]]:
    """Brands a list of products names first: the items under "It comes as:" ("- QVAR RediHaler –
    a breath-actuated ... aerosol"), and a products field ("Available as: Zyprexa (tablets), Zyprexa
    Zydis (orally disintegrating tablets), ...")."""
    found = [(part, block, m) for part, block in _product_items(doc)
             if (m := _BRAND_FIRST.match(norm(block.text)))]
    found += [(part, block, m) for part in doc.sections for block in part.blocks
              if block.label and block.text and _FORM_FIELD.match(clean_field(block.label))
              for m in _BRAND_BEFORE_FORM.finditer((sentences(norm(block.text)) or [""])[0])]
    return [(part, block, m.group("b")) for part, block, m in found
            if m.group("b").split()[0].casefold() not in _NOT_BRAND_WORDS]


#: a table column naming products or forms: "| Product | Form | Used for |"
_PRODUCT_COLUMN = re.compile(r"^(?:products?|brands?(?:\s+names?)?|trade\s+names?|medicines?|preparations?)$", re.I)
#: the forms a route adjective before them is no part of the name of: "oral tablets", "topical cream"
_ROUTE_NOT_NAME = {"oral": re.compile(r"(?:tablet|capsule|pill|caplet)s?", re.I),
                   "topical": re.compile(r"(?:gel|cream|ointment|lotion|foam)s?", re.I)}
#: a table's column of routes: "Route", "Route of administration"
_ROUTE_COLUMN = re.compile(r"^routes?(?:\s+of\s+administration)?$", re.I)
_FORM_COLUMN = re.compile(r"^(?:(?:dosage\s+)?forms?|formulations?|how\s+(?:it'?s|it\s+is)\s+(?:given|taken|supplied)|"
                          r"presentations?|devices?)$", re.I)
#: a strength after a product's name: "Atrovent 0.03%", "Zorex 10 mg"
_CELL_STRENGTH = re.compile(r"\s+\d[\d.,]*\s*(?:%|mg|mcg|micrograms?|g|ml|mL|units?)(?=\s|$)", re.I)


#: an item's label that names one of the drug's forms ("Nasal spray", "Eye drops", "Oral concentrate")
FORM_LABEL = re.compile(rf"^(?:[\w-]+\s+){{0,2}}(?:(?:{FORM_HEADS})(?:\s+or\s+(?:{FORM_HEADS}))?|concentrate|"
                        r"(?:injection\s+)?kits?)$", re.I)  # ("Prefilled autoinjector or syringe", "Emergency injection kit")
_CONTAINS_COLUMN = re.compile(r"contains?|active\s+ingredients?|generic(?:\s+name)?|ingredients?", re.I)


def _label_words(result: Extraction) -> set[str]:
    """The words of the drug's label a products row names it by ("mycophenolate", "mofetil")."""
    return {w.casefold() for w in re.findall(r"[A-Za-z]{4,}", result.drug.label)}


def _contains_other(block: Block, drug_words: set[str]) -> bool:
    """Whether a products row's "What it contains" cell names an ingredient other than the drug."""
    k = next((k for k, h in enumerate(block.header) if _CONTAINS_COLUMN.search(norm(h))), None)
    if k is None or k >= len(block.cells) or not drug_words:
        return False
    first = strip_parens(norm(block.cells[k]))[0].casefold()
    return bool(first.strip()) and not any(re.search(rf"\b{re.escape(w)}\b", first) for w in drug_words)


def table_column(doc: Document, column: re.Pattern[str]) -> list[tuple[Section, Block, str]]:
    """The cells of the Usage and identity tables' column whose header ``column`` matches."""
    out: list[tuple[Section, Block, str]] = []
    for sec in doc.sections:
        if sec.kind not in ("uses", "identity", "brands") and not _FORM_FIELD.match(clean_field(sec.title or "")):
            continue  # (a section of its own named "Forms" over a "| Form | Route |" table is the identity's)
        for block in sec.blocks:
            head = [norm(h).strip().rstrip(":") for h in block.header]
            k = next((k for k, h in enumerate(head) if column.match(h)), None)
            if block.cells and k is not None and k < len(block.cells) and block.cells[k].strip():
                out.append((sec, block, norm(block.cells[k])))
    return out


def _items_after(doc: Document, leads: Callable[[str], bool]) -> list[tuple[Section, Block]]:
    """The items of the lists that a paragraph ``leads`` in (its text, normalised), in Usage and identity sections."""
    out: list[tuple[Section, Block]] = []
    for sec in doc.sections:
        if sec.kind not in ("uses", "identity", "brands"):
            continue
        led = False
        for block in sec.blocks:
            if block.kind == "paragraph":
                led = bool(block.text) and leads(norm(block.text))
            elif led and block.kind == "item":
                out.append((sec, block))
    return out


def _form_item_brands(doc: Document) -> list[tuple[Section, Block, str]]:
    """The brands in the closing brackets of the items under a "Forms and brands:" item ("- Injection into the side
    of the penis (Caverject, Edex)")."""
    out: list[tuple[Section, Block, str]] = []
    for sec in doc.sections:
        if sec.kind not in ("uses", "identity", "brands"):
            continue
        lead = -1
        for block in sec.blocks:
            if block.kind != "item":
                continue
            if 0 <= lead < block.depth:
                closing = re.search(r"\(([^()]+)\)\s*\.?$", norm(block.text))
                names = _brand_list(closing.group(1)) if closing else []
                out += [(sec, block, n) for n in names if n.casefold() not in _NOT_BRAND_WORDS]
                continue
            heads = block.label if block.label and not block.text.strip() else block.text
            lead = block.depth if _FORMS_BRANDS_LEAD.match(norm(heads or "").rstrip(" :")) else -1
    return out


#: an item over the products and their brands: "Forms and brands:", "Available forms and brand names"
_FORMS_BRANDS_LEAD = re.compile(r"^(?:(?:available\s+)?(?:forms?|products?|formulations?)\s+(?:and|&)\s+brands?"
                                r"(?:\s+names?)?|brands?(?:\s+names?)?\s+(?:and|&)\s+(?:forms?|products?))$", re.I)


def _product_items(doc: Document) -> list[tuple[Section, Block]]:
    """The items of a list a products lead-in introduces, in Usage and identity sections."""
    return [(sec, b) for sec, b in _items_after(doc, lambda t: PRODUCTS_LEAD.search(t) is not None) if b.text]


#: in a field of products, a brand and its form in parentheses: "Zyprexa Zydis (orally disintegrating tablets)"
_BRAND_BEFORE_FORM = re.compile(rf"(?:^|,\s+|\s(?:and|or)\s+)(?P<b>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})\s+\("
                                rf"(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,4}}?(?:{FORM_HEADS})\b")
_NOT_BRAND_WORDS = frozenset({"generic", "oral", "the", "a", "an", "tablets", "capsules", "injection", "brand", "other",
                              "it", "also", "and", "or", "iv", "im", "sc", "po", "sq", "subq"})  # (route abbreviations)


def _products(generic_name: str) -> list[str]:
    """The products a generic name's parentheses list, each a brand and its forms:
    "Meloxicam (Mobic tablets and oral suspension, Vivlodex capsules)"; none when any piece is
    something else (a synonym, a salt)."""
    pieces = [p.strip() for paren in strip_parens(norm(generic_name))[1] for p in re.split(r"[,;]", paren)]
    pieces = [re.sub(r"^(?:and|or)\s+", "", p) for p in pieces if p]
    return pieces if pieces and all(_PRODUCT_BRAND.match(p) for p in pieces) else []


#: an aside of time inside a list of brands: "Decaris and, in the past, Ergamisol"
_TIME_ASIDE = re.compile(r"(?<=\band),\s+(?:in\s+the\s+past|formerly|previously|at\s+one\s+time|once|until\s+\d{4}),\s+",
                         re.I)


def _prose_brands(text: str, drug: tuple[str, ...] = ()) -> list[str]:
    """The brands a paragraph names; ``drug`` (the drug's names, case-folded) tells a form named after another
    drug ("penciclovir cream (Denavir)") from one of this drug's."""
    out: list[str] = []
    low = text.lower()
    if not any(n in low for n in ("brand", "sold", "under the", "(", "prescribed as", "dispensed as", "trade name",
                                  "marketed as", "launched as", "and as ", "available", "products", "biosimilar",
                                  "called")):
        return out
    for sent in sentences(text):
        low = sent.lower()
        cue = any(n in low for n in ("brand", "sold", "under the", "(as ", "and as ", "prescribed as", "dispensed as",
                                     "trade name", "marketed as", "launched as", "available", "products", "biosimilar",
                                     "called"))
        paren = "(" in sent and (_PAREN_CAPITAL.search(sent) is not None or _PAREN_LATER_CAPITAL.search(sent) is not None
                                 or "(for example" in low or "(e.g." in low)  # ("eye drops (for example **Visine**)")
        salt = paren and ("ate (" in sent or "ide (" in sent or "ium (" in sent or "il (" in sent)  # (a cheap first
        # test: every salt name below ends so)
        for rx in ((_BRAND_CUE,) if cue else ()) + ((_FORM_PAREN,) if paren else ()) + ((_SALT_PAREN,) if salt else ()):
            for m in rx.finditer(sent):
                if _COMBINATION.search(sent[max(0, m.start() - 60):m.start()]) or _INSIDE_OTHER.search(sent, 0, m.start()):
                    continue  # ("one of the two ingredients of co-trimoxazole (sulfamethoxazole-trimethoprim, sold as
                    # Bactrim and Septra)": the combination's brands, in its brackets)
                other = _OTHER_DRUG_FORM.search(sent, 0, m.end()) if rx is _FORM_PAREN else None
                if other and other.group(1).casefold() not in drug and not other.group(1).casefold().startswith(drug):
                    continue  # "Is it the same as penciclovir cream (Denavir)?": another drug's product
                base = m.group(0).split()[0].casefold() if rx is _SALT_PAREN else ""
                if base and drug and not any(n == base or n.startswith(base + " ") for n in drug):
                    continue  # "ulipristal acetate (Esmya) is a different drug": another drug's salt
                rest = _EXAMPLES_OPEN.sub("", sent[m.end():])  # ("eye drops (for example **Visine**)": the brand)
                listed = _brand_list(_TIME_ASIDE.sub(" ", rest))  # ("A and, in the past, B": both; not
                # the drug's own other name run on after the list: "The
                out.extend(b for k, b in enumerate(listed) if not (k and b.casefold() in drug))  # brand is Viread,
                # and TDF is also part of ...")
        if paren and drug:  # "Suvorexant (Belsomra) is a ...": the drug's name, its brand in parentheses
            # (not "ziv-aflibercept (Zaltrap)", a different product named on the drug's name)
            for m in re.finditer(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in drug if n) + r")\s*\((?=(?-i:[A-Z][a-z]))",
                                 sent, re.I):
                out.extend(_brand_list(sent[m.end():]))
        for m in _PRODUCT_NAMED.finditer(sent) if ", " in sent else ():  # "A separate oral solution, Gliolan, is
            out.append(m.group("b"))  # used in brain surgery": a product of it, its brand set off by commas
        for m in _VERSION_CALLED.finditer(sent) if _VERSION_CUES.search(low) else ():  # "A higher-strength
            if m.group("b").casefold() not in drug:  # once-daily version is called Isentress HD": another product
                out.append(m.group("b"))
        for m in _BRAND_BEFORE.finditer(sent):  # "Dostinex is the best-known brand."
            if m.group("b").casefold() not in drug:
                out.append(m.group("b"))
    return out


_EXAMPLES_OPEN = re.compile(r"^(?:for\s+example|e\.g\.),?\s+", re.I)
#: another product of the drug and the name it is called: "A higher-strength once-daily version is called Isentress HD"
_VERSION_CALLED = re.compile(r"\b(?:version|formulation|product)\s+(?:(?:is|was)\s+)?(?:called|sold\s+as|named)\s+"
                             r"(?P<b>(?-i:[A-Z][\w-]+(?:\s+(?:[A-Z0-9][\w-]*))?))", re.I)
#: a cheap first test for it: one of its verbs
_VERSION_CUES = re.compile(r"called|sold\s+as|named")
#: a product of the drug, then its brand between commas: "A separate oral solution, Gliolan, is used in ..."
_PRODUCT_NAMED = re.compile(r"(?:^|[.;]\s+)(?:an?|the)\s+(?:(?:separate|different|second|newer|older)\s+)?(?:(?:oral|topical|"
                            r"nasal|injectable)\s+)?(?:solution|gel|cream|spray|tablet|capsule|injection|patch|suspension),"
                            r"\s+(?P<b>(?-i:[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?)),\s+(?:is|was)\s", re.I)


#: a generic name just before the form whose brand is in parentheses: "penciclovir cream (Denavir)"
#: (or a generic name just before the parenthesis itself, after a clause: "... you will usually get acetaminophen
#: (Tylenol)"; a modifier may stand between the name and the form: "cyclosporine eye drops (Restasis or Cequa)")
_OTHER_DRUG_FORM = re.compile(rf"\b([a-z][a-z-]{{5,}}(?:ine|ide|ate|vir|mab|cin|lol|pril|sartan|olone|azole|mycin|one|"
                              rf"ium|il|in|phen))\s+(?:(?:[a-z]+\s+)?(?:{FORM_HEADS})\s*)?\($")
#: a brand named before what it is: "Dostinex is the best-known brand", "Apresoline was the original brand"
_BRAND_BEFORE = re.compile(r"(?:^|(?<=[.;:]\s)|(?<=,\s)|(?<=\band\s)|(?<=\sto\s))(?P<b>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)"
                           r"(?:\s+(?:is|was|has\s+been)\s+|,\s+)(?:the|its)\s+(?:(?:best[- ]known|original|main|only|usual|"
                           r"most\s+common|first|leading|well-known|older)\s+)?brand(?:\s+name)?\b")
# ("(often shortened to CroFab, its brand name)": the brand, then what it is)
# ("Lemborexant is the generic name, and Dayvigo is the brand")


def _field_brand(name: str) -> str:
    """One name of a brand field's list, without its joining word, a lead that says it was sold once ("formerly
    Marezine in the US") or where it is sold."""
    name = re.sub(r"^(?:and|or)\s+", "", name.strip(" .:"))
    led = _BRAND_LEAD.sub("", name)
    return _WHERE_SOLD.sub("", led).strip(" .") if led != name else name


#: a capitalised name of one or two words in quotes
_QUOTED_NAME = re.compile(r'"([A-Z][^"\s]{1,30}(?:\s[A-Z][^"\s]{1,30})?)"')


_MARK = re.compile(r"(?<=\w)[\u00ae\u2122\u00a9]")


def _brand_list(text: str) -> list[str]:
    """The brand names at the start of ``text``: capitalised names, up to the first other word."""
    out: list[str] = []
    text = _MARK.sub("", text)  # "TPOXX®", "Zovira™": the trademark's sign no part of the name
    text = _QUOTED_NAME.sub(r"\1", text)  # '"Heminevrin" (United Kingdom)', «Heminevrin»: the name, its quotes off
    text = _ELSEWHERE.sub(r", \g<b>", text)  # "Pitocin (Syntocinon in some other countries)": two brands
    text = _WHERE_SOLD.sub("", _PLACE_ASIDE.sub("", text))  # "Elitek in the US and Fasturtec in Europe"
    # ("Istalol and, in the UK, Timoptol": the place between commas)
    masked = re.sub(r"\([^()]*\)", lambda m: "(" + "_" * (len(m.group(0)) - 2) + ")", text)  # commas in parens stay
    cuts = [m.span() for m in re.finditer(r"\s*(?:,\s*(?:and|or)\s+|,|;|\s+and\s+|\s+or\s+)\s*", masked)]
    bounds = [0] + [x for span in cuts for x in span] + [len(text)]
    for piece in (text[bounds[k]:bounds[k + 1]] for k in range(0, len(bounds), 2)):
        led = _BRAND_LEAD.sub("", piece.strip())  # "and as Motpoly XR", "the biosimilar Inhixa"
        m = _BRAND_NAME.match(led)
        if not m:
            break
        name, rest = m.group(1).strip(), m.group("rest").strip()
        if rest.startswith("(with") or name.casefold() in _NOT_BRANDS:
            break
        if led != piece.strip() and rest and not rest.startswith(("(", ")", ".")):
            break  # "the older UK brand Ceporex is ...": the name after a descriptor must end the piece
        if _CLAUSE_AFTER_NAME.match(rest):
            break  # "..., and Roche once sold it as Rochagan": a maker, the subject of a clause of its own
        out.append(name)
        also = _ALSO_BRAND.match(rest)
        if also:  # "Lixiana (also Roteas)": the brand's other name, a brand too
            out.append(also.group("b"))
        rest = _FORM_AFTER.sub("", rest)  # "VESIcare tablets and VESIcare LS": the form after a brand
        rest = _FOR_PRODUCT.sub("", rest)  # "Baciguent for the skin ointment and AK-Tracin for the eye ointment"
        if rest and not rest.startswith(("(", ")", ".")):
            break
        if rest.startswith(")") or rest.endswith("."):
            break
    return out


#: a clause's verb right after a capitalised name: the name is its subject, no brand ("Roche once sold it as ...")
_CLAUSE_AFTER_NAME = re.compile(r"(?:once|later|first|formerly|originally|also)?\s*(?:sold|sells|made|makes|marketed|"
                                r"markets|developed|develops|launched|introduced|withdrew|discontinued)\s+it\b")
#: where a brand is sold, after its name
_PLACE = (r"(?:(?:the\s+)?(?:US|USA|U\.S\.|UK|EU|Europe|Canada|Australia|United\s+States|United\s+Kingdom|Asia|Japan|"
          r"China|India|Africa|Latin\s+America|South\s+America|New\s+Zealand|Middle\s+East|France|Germany|Italy|"
          r"Spain|Ireland|Switzerland|Austria|Belgium|the\s+Netherlands|Sweden|Norway|Denmark|Finland|Poland|Brazil|"
          r"Mexico|Argentina|(?:South\s+)?Korea|Israel|Singapore|South\s+Africa|Russia|Scandinavia)|"
          r"(?:many\s+|most\s+|some\s+|several\s+)?(?:other\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?countries)\b")
_A_PLACE = re.compile(_PLACE, re.I)
#: (after a known place and a comma, any capitalised place: "in Japan, South Korea, China and several other Asian
#: countries")
_WHERE_SOLD = re.compile(r"\s+in\s+" + _PLACE + r"(?:(?:,\s*|,?\s+and\s+|,?\s+or\s+)" + _PLACE
                         + r"|,\s*(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=,|\s+(?:and|or)\s))*(?=[\s,;.)]|$)")
# ("as Champix in Europe and Canada": every place of the list)
_PLACE_ASIDE = re.compile(r",\s+in\s+" + _PLACE + r"(?:\s+and\s+" + _PLACE + r")?,(?=\s)")
_FORM_AFTER = re.compile(rf"^(?:{FORM_HEADS})\b\s*", re.I)
_ALSO_BRAND = re.compile(r"^\((?:also|or|also\s+sold\s+as)\s+(?P<b>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\)")
_FOR_PRODUCT = re.compile(rf"^for\s+(?:the|its)\s+(?:(?:[\w-]+\s+){{0,2}}(?:{FORM_HEADS})|"
                          r"nose|eyes?|ears?|skin|mouth|scalp|vagina)\b\s*", re.I)  # ("Privine for the nose")
def _field_names(text: str) -> list[str]:
    """The names a brand field lists outside brackets, then a brand's name elsewhere inside them ("Zortress
    (transplant; Certican in Europe)": Certican too)."""
    bare, parens = strip_parens(_MARK.sub("", text))  # ("TPOXX®": the trademark's sign no part of the name)
    return [*re.split(r"\s*(?:[,;]|\s(?:and|or)\s)\s*", bare),
            *(m.group("b") for p in parens for m in _NAMED_ELSEWHERE.finditer(p))]


#: a brand's name elsewhere, inside the parentheses after it: "(Certican in Europe)", "(transplant; Certican in Europe)"
_NAMED_ELSEWHERE = re.compile(r"(?:^|[;,]\s*)(?!(?:only|sold|available|marketed|approved|also|mainly|mostly|used|"
                              r"licen[sc]ed|known|called|not|generic|generics|branded)\b)(?P<b>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z0-9])[\w-]*)*)\s+(?:in|outside)\s+"
                              + _PLACE + r"(?=\s*(?:[;,]|$))", re.I)
#: a brand's name elsewhere, in parentheses after it
_ELSEWHERE = re.compile(r"(?<=[\w'])\s*\((?:[^();]{1,40};\s*)?(?P<b>[A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*)*)\s+(?:in|outside)\s+"
                        + _PLACE + r"\)")  # ("Zortress (transplant; Certican in Europe)": what it is for, then the name)
#: a brand's name: capitalised words ("Tyvaso DPI"), a lower-case letter before a capital ("iOSAT"), a title
#: ("Dr. Scholl's Clear Away"), a number ("Pepcid AC 20"), an ampersand ("Head & Shoulders")
_BRAND_NAME = re.compile(r"^((?:Dr\.\s+)?(?:[A-Z]|[a-z](?=[A-Z]))[\w-]*(?:'s)?(?:\s+(?:&\s+)?(?:[A-Z0-9][\w-]*(?:'s)?|[a-z]{0,2}\d+))*"
                         r"(?:\s+(?:forte|mite|retard)(?![\w-]))?)"
                         r"(?P<rest>.*)$")
_BRAND_LEAD = re.compile(r"^(?:as\s+)?(?:(?:the|a|an)\s+(?:biosimilar|generic|original|older|newer|"
                         r"[a-z]+-free)\s+|"  # ("and as the preservative-free Naabak")
                         # "Valoid (UK); formerly Marezine in the US": a brand once sold, a brand still
                         r"(?:formerly|previously|once)\s+(?:(?:sold|marketed|known)\s+as\s+)?)?", re.I)
_NOT_BRANDS = frozenset({"the", "it", "this", "a", "an", "generic", "generics", "tablets", "both", "its", "in", "as"})


def extract_class(doc: Document, result: Extraction) -> None:
    found = intro_sentence(doc) or (bullet[:2] if (bullet := _usage_class_sentence(doc, None)) else None)
    if not found:
        _class_elsewhere(doc, result)
        return
    block, sent = found
    label = _class_in(norm(sent))
    if label and (_OTHER_SUBJECT.match(norm(sent)) or _DISEASE_SUBJECT.match(norm(sent))) \
            and not _about_drug(norm(sent), _drug_words(result, first_words=True)):
        label = None  # "Quick context: FOP is an ultra-rare genetic condition ...", "Systemic mastocytosis is a rare
        # disorder where ...": what the use is, no class
    if not label:  # "X is a prescription medication used to treat Y. It belongs to a class of drugs called Z.": the
        after = sentences(norm(block.text))  # intro's next sentence, when it is about the drug
        follow = after[after.index(norm(sent)) + 1] if norm(sent) in after[:-1] else ""
        names = _drug_words(result, first_words=True)  # (its subject the drug: "Ulcerative colitis is a long-term
        label = _class_in(follow) if _about_drug(follow, names) else None  # disease" says what the use is)
        sent = follow if label else sent
        later = next((x for x in after[after.index(norm(sent)) + 1:] if _about_drug(x, names)
                      and _CLASS_CALLED.search(x)), None) if not label and norm(sent) in after else None
        if later:  # "... It is used together with levodopa. It belongs to a class of drugs called X.": said later
            label, sent = _class_in(later), later
    if label and not _CLASS_CALLED.search(norm(sent)):  # "Tibolone is a synthetic steroid hormone used as ... It
        after = sentences(norm(block.text))  # belongs to a class of drugs called X.": the class the page names so
        rest = after[after.index(norm(sent)) + 1:] if norm(sent) in after else []
        named = next((x for x in rest[:2] if _INTRO_SUBJECT.match(x) and _CLASS_CALLED.search(x)), None)
        if named and _class_in(named):
            label, sent = _class_in(named), named
    other = _usage_class_sentence(doc, block) if not label else None
    if other:  # "* It belongs to a class of medicines called X." among the Usage bullets
        block, sent, label = other
    prose = _identity_prose_class(doc, result) if label and len(label.split()) <= 2 else None
    fuller = (prose[0], prose[1].span, prose[2]) if prose is not None else \
        _class_field_value(doc) if label and (_SETTING_CLASS.match(label) or _LAY_CLASS.fullmatch(label)) else None
    # ("a hospital antibiotic" over the table's "Drug class: Siderophore cephalosporin antibiotic"; not "antihistamine"
    # over "First-generation ...")
    if fuller is not None and label and _LAY_CLASS.fullmatch(label) and prose is None:
        part, span, value = fuller  # "Tramadol is a prescription pain reliever." in Usage under "| Drug class | Opioid
        result.drug_class = Name(value, Quoter(doc).evidence(part, span, value))  # analgesic |": what kind of
        return  # medicine it is in everyday words, the field its class
    if fuller is not None and label and fuller[2].casefold().endswith(" " + label.split()[-1].casefold()) \
            and len(fuller[2].split()) > len(label.split()):
        part, span, value = fuller  # "Cefotaxime is a hospital antibiotic." in Usage, "It's a third-generation
        result.drug_class = Name(value, Quoter(doc).evidence(part, span, value))  # cephalosporin antibiotic." in the
        # Generic Name's prose or its "Drug class" field: the same class, named more narrowly
    elif label:
        sec = usage_section(doc) or "Usage"
        result.drug_class = Name(label, Quoter(doc).evidence(sec, block.span, label))
    else:
        _class_elsewhere(doc, result)


def _identity_prose_class(doc: Document, result: Extraction,
                          described: list[tuple[Section, Block]] | None = None) -> tuple[Section, Block, str] | None:
    """The class the Generic Name section's prose gives the drug ("Zoravir is a synthetic X analog." under "Brand name:
    Zorex"; "It's a dual orexin receptor antagonist" after the brands, forms and route), with where it is said
    (``described``: the paragraphs :func:`_described` finds, when the caller has them)."""
    identity_prose = [(p, b, _SUBJECT_BRACKET.sub(r"\1", _ITS_A.sub("it is a", x, count=1)))
                      for p, b in (_described(doc, result) if described is None else described)
                      if p.kind in ("identity", "brands")
                      for x in sentences(norm(b.text))[:6]]  # ("Romiplostim (brand name Nplate) is a ...": the bracket
    # after the subject set aside)
    stated = [t for t in identity_prose if _CLASS_FROM.search(t[2]) or _CLASS_CALLED.search(t[2])]
    for part, block, sent in stated + identity_prose:  # (a class stated so, "It belongs to the class of X", over what
        # else the prose calls it, "X is a centrally acting antihypertensive drug")
        value = _class_in(sent) if (_INTRO_SUBJECT.match(sent) or _CLASS_BARE.match(sent)) \
            and not _GENERIC_NAME_OF.search(sent) else None  # ("A tyrosine kinase inhibitor taken by mouth as tablets")
        opening = _NAME_THEN_CLASS.match(sent) if value is None and part.kind == "identity" else None
        if opening and opening.group("n").casefold() in _drug_words(result, first_words=True):
            value = _clean_class(opening.group("np"))  # "Guanidine (guanidine hydrochloride), a **cholinergic
            # enhancer** that increases ...": the name, then what it is, no verb between
        if value:
            return part, block, value
    return None


#: a Generic Name sentence that is the name, then what it is: "Guanidine (guanidine hydrochloride), a cholinergic enhancer
#: that increases acetylcholine release"
_NAME_THEN_CLASS = re.compile(r"^(?P<n>[A-Z][\w-]*(?:\s+[a-z][\w-]*)?)(?:\s*\([^()]*\))?,\s+an?\s+(?P<np>[^,;()]{3,60}?)"
                              r"\s+(?:that|which|used|given|taken)\b")
#: a bracket right after a sentence's subject: "Romiplostim (brand name Nplate) is ..."
_SUBJECT_BRACKET = re.compile(r"^([A-Z][\w-]+(?:\s+[a-z][\w-]*){0,3})\s*\([^()]*\)(?=\s+(?:is|was|belongs)\b)")


def _class_field(doc: Document, result: Extraction) -> bool:
    """The identity block's class field ("Type of medicine: a fully human monoclonal antibody (a biologic)") as the
    drug's class, when it gives one."""
    found = _class_field_value(doc)
    if found is None:
        return False
    sec, span, value = found
    result.drug_class = Name(value, Quoter(doc).evidence(sec, span, value))
    return True


#: what a drug is for in everyday words, no class of its own: "pain reliever", "chemotherapy drug", "one-time treatment"
_LAY_CLASS = re.compile(r"(?:(?:prescription|over-the-counter|one-time|\w+-acting|strong|mild)\s+)?(?:pain\s*(?:reliever|killer)|"
                        r"chemotherapy(?:\s+(?:drug|medicine|medication))?|treatment|medicine|medication|drug|preventive)",
                        re.I)
#: a class said with where it is used: "hospital antibiotic", "ICU sedative"
_SETTING_CLASS = re.compile(r"^(?:hospital|clinic|ICU|specialist)\s+[\w-]+$", re.I)


def _class_field_value(doc: Document) -> tuple[Section, Span, str] | None:
    """The class the identity block's class field gives, with where it is said."""
    for sec, block, label, text in identity_fields(doc):
        if _CLASS_FIELD.match(label):  # (an abbreviation inside it is no end of it: "Interleukin-23 (IL-23) inhibitor")
            said = (sentences(norm(text)) or [""])[0]
            value = _class_in(said) if _INTRO_SUBJECT.match(said) else None  # ("Drug class: Teprenone is a gastric
            value = value or _clean_class(_CLASS_CUT.sub("", _INNER_ABBREVIATION.sub("", said)))  # mucosal protective
            # agent. Chemically ...": the class its sentence gives, to that sentence's end)
            if value:
                return sec, block.span if block else sec.span, value
    return None


#: what a product line says after the drug's name: its form and strength ("ophthalmic emulsion 0.05%", "10 mg tablets")
_PRODUCT_TAIL = re.compile(rf"^\s+(?!(?:hydrochloride|hcl|sodium|potassium|calcium|magnesium|[a-z]+ate|[a-z]+ide)\b)"
                           rf"(?=[^,;()]*(?:\b(?:{FORM_HEADS})\b|\d+(?:\.\d+)?\s*(?:%|mg|mcg|micrograms?|g|mL|units?|IU)"
                           rf"(?![\w-])))(?:[\w.%/-]+\s*){{1,6}}$", re.I)  # (not a salt, nor "alfa-2b")
#: the dash between a Generic Name value's name and what the drug is ("Cefuroxime—a second-generation ...")
_NAME_DASH_DESC = re.compile(r"^[^\s,;:()]+(?:\s+[^\s,;:()]+){0,3}?(?:\s*\([^()]*\))?\s*(?:[\u2013\u2014]|\s-)\s*"
                             r"(?=(?:an?|the)\s)")


def _usage_class_sentence(doc: Document, skip: Block | None) -> tuple[Block, str, str] | None:
    """A top-level Usage block whose first sentence says the drug belongs to a class called X ("* It belongs to a
    class of medicines called **chloride channel activators**."), that sentence and the class."""
    usage = usage_section(doc)
    for block in usage.blocks if usage is not None else ():
        first = (sentences(norm(block.text)) or [""])[0] if not block.depth and block is not skip else ""
        label = _class_in(first) if _INTRO_SUBJECT.match(first) and _CLASS_CALLED.search(first) else None
        if label:
            return block, first, label
    return None


#: a kind of medicine, then the class it is from: "is an oral cancer medicine from a class called", "is a targeted
#: cancer medicine from the class of"
_MEDICINE_FROM_CLASS = re.compile(r"\bis\s+an?\s+(?:[\w-]+\s+){0,4}?(?:medicine|drug|medication|agent|treatment|therapy)\s+"
                                  r"(?:from|in|of)\s+(?:a|the)\s+(?:class|group|family)\s+(?:called|known\s+as|named|of)\s+",
                                  re.I)
#: germs named just before "of the X family"
_GERMS_BEFORE = re.compile(r"\b(?:viruses|bacteria|fungi|germs|parasites|organisms|worms|microbes)\s*$|"
                           # "the butterbur plant, a member of the daisy family": the plant's family, no class
                           r"\b(?:plant|plants|herb|herbs|shrub|tree|flower|mushroom|fungus)s?,\s+(?:a\s+)?(?:member|part)\s*$",
                           re.I)
#: two adjectives of one class set apart by a comma: "an irreversible, long-acting cholinesterase inhibitor"
_ADJ = r"(?:[a-z]+-[a-z]+|[a-z]{3,}(?:al|ic|ive|ous|ible|able|ing|ed|ant|ent))"
_CLASS_ADJ_COMMA = re.compile(rf"\b((?:is|as)\s+(?:an?|the)\s+{_ADJ}),\s+(?={_ADJ}\s+[a-z])")


def _class_in(sent: str) -> str | None:
    """The class a sentence gives the drug ("X is a <class> used to ..."), cleaned, or None."""
    sent = _CLASS_ADJ_COMMA.sub(r"\1 ", sent)  # ("an irreversible, long-acting cholinesterase inhibitor": one class)
    sent = _MEDICINE_FROM_CLASS.sub("belongs to a class called ", sent)  # "is an oral cancer medicine from a class
    # called X", "a targeted cancer medicine from the class of X": the class it is from
    m = _CLASS_FROM.search(sent)
    if m and _GERMS_BEFORE.search(sent, 0, m.start()):
        m = None  # "used mainly against viruses of the herpes family": the germs' family, no class of the drug
    m = m or _CLASS_CALLED.search(sent) or _CLASS_THEN_NAMED.search(sent)
    phrase = (m.groupdict().get("cls") or m.groupdict().get("cls2") or m.groupdict().get("cls3")
              or m.groupdict().get("cls4")) if m else None
    called = bool(phrase and m is not None and (m.re is _CLASS_CALLED and (m.group("cls") or m.group("cls3"))
                                                 or m.re is _CLASS_THEN_NAMED))
    member = _CLASS_MEMBERS.search(sent) if phrase is None else None
    if member:  # "belongs to the potassium channel openers, a small group of medicines": one of them
        phrase = member.group("cls")[:-1]
    if phrase is None:
        m2 = _CLASS_NP.search(sent)
        if m2 and re.search(r"\b(?:when|if|because|where|while|although|though|since|unless|whereas)\b", sent[:m2.start()],
                            re.I):
            m2 = None  # "... used for allergies of the nose, especially when a blocked nose is the biggest problem": the
            # "is" of a clause about something else, no class
        m2 = m2 or _CLASS_APPOSITIVE.match(sent) or _CLASS_BARE.match(sent)
        phrase = m2.group("np") if m2 else None
    if phrase and _CHEMISTRY.match(phrase):
        return None  # "it is a salt of diphenhydramine and 8-chlorotheophylline": what it is made of, no class
    if phrase and re.search(r"\b(?:part|mainstay|cornerstone|basis|backbone)\s+of\s+(?:the\s+)?(?:treatment|therapy|care|"
                            r"management)\b", phrase, re.I):
        return None  # "oral rehydration salts are the most important part of treatment": a role in care, no class
    cleaned = _clean_class(phrase, named=called) if phrase else None
    if cleaned and called and " of " in cleaned:  # "called reversible inhibitors of monoamine oxidase A": one of them
        return _PLURAL_BEFORE_OF.sub("", cleaned, count=1)
    return _PLURAL_END.sub("", cleaned) if cleaned and called else cleaned  # "a class of drugs called prostacyclin
    # analogs": one of them


#: "an antiviral of a newer class, the helicase-primase inhibitors": the class named after it, in the plural
_CLASS_THEN_NAMED = re.compile(r"\bof\s+an?\s+(?:[\w-]+\s+){0,2}(?:class|group|family)(?:\s+of\s+[\w-]+)?,\s+the\s+"
                               r"(?P<cls>[^,;.()]{3,60}?s)(?=\s*(?:[,;.()]|$))", re.I)
_CHEMISTRY = re.compile(r"^(?:[\w-]+\s+)?(?:salt|ester|mixture|combination|derivative)\s+of\b", re.I)
_PLURAL_END = re.compile(r"(?<=[a-rt-z])s$|(?<=[A-Z])s$")
_PLURAL_BEFORE_OF = re.compile(r"(?<=[a-rt-z])s(?= of )")
#: "is a nonhormonal medication called a neurokinin 3 receptor antagonist": the class is what it is called
_CALLED_CLASS = re.compile(r"^(?:[\w-]+\s+){0,2}(?:medicines?|medications?|drugs?|treatments?|agents?)\s+(?:called|known\s+as)\s+"
                           r"(?:an?\s+)?", re.I)  # ("the class of medications known as X": X)
#: "belongs to the potassium channel openers, a small group of medicines that ...": the members named in the plural
_CLASS_MEMBERS = re.compile(r"\bbelongs?\s+to\s+the\s+(?P<cls>[^,;.()]{3,60}?[a-rt-z]s)(?:\s+\([^()]*\))?,\s+an?\s+"
                            r"(?:[\w-]+\s+){0,2}(?:group|class|family)\b", re.I)
#: "Varenicline, a nicotinic receptor partial agonist, is used ...": the class as an appositive of the subject
_CLASS_APPOSITIVE = re.compile(r"^[A-Z][\w-]*(?:\s+[\w-]+)?,\s+(?:an?|the)\s+(?P<np>[^,;()]{3,60}?),\s+(?:is|are|was)\b")


#: a Usage opening with no subject: "A stool softener used to relieve occasional constipation ..."
_CLASS_BARE = re.compile(r"^An?\s+(?P<np>[a-z][^,;.()]{2,60}?)(?:\s+\([^()]*\))?(?=\s+(?:used|prescribed|given|taken|that|which)\b)")
# ("A histamine analogue (structurally similar to histamine) used to treat ...": its gloss between)


_INNER_ABBREVIATION = re.compile(r"\s*\((?-i:[A-Z][A-Za-z0-9/-]{1,10})\)(?=\s+[a-z])")
_CLASS_CUT = re.compile(r"\s*(?:[,;:(]|\s[-\u2013\u2014]\s).*$")


_ITS_A = re.compile(r"^it['\u2019]s\s+an?\b", re.I)
_INTRO_SUBJECT = re.compile(r"^(?:it|this\s+(?:medicine|drug|medication)|[A-Z][\w-]+(?:\s+[a-z][\w-]*){0,3}?)\s+(?:is|belongs)\b")
# ("Prothrombin complex concentrate belongs to ...": a name of more than one word)


#: a sentence that says what a disease is: "Systemic mastocytosis is a rare disorder where too many mast cells ..."
_DISEASE_SUBJECT = re.compile(r"^[A-Z][\w'-]*(?:\s+[\w'-]+){0,4}\s+(?:is|are)\s+an?\s+(?:[\w-]+\s+){0,3}(?:disorder|disease|"
                              r"condition|syndrome|infection|cancer|tumou?r|illness)\b")
#: a sentence whose subject is an abbreviation (or a name glossed by one), said after a run-in label or none: "FOP is
#: an ultra-rare genetic condition", "Quick context: MS is ..." (a use's short name, not the drug's)
_OTHER_SUBJECT = re.compile(r"^(?:[A-Z][\w ]{0,30}:\s+)?(?-i:[A-Z]{2,6})\s+(?:is|are)\s")


def _about_drug(sent: str, names: list[str]) -> bool:
    """Whether a sentence opens with the drug as its subject: "It is ...", "This medicine belongs ...", "<a name of
    the drug> is ..." (not "Ulcerative colitis is a long-term disease")."""
    m = _INTRO_SUBJECT.match(sent)
    subject = re.sub(r"\s+(?:is|belongs)$", "", m.group(0)).casefold() if m else ""
    return bool(m) and (subject == "it" or subject.startswith("this ")
                        or any(n and (n in subject or subject in n) for n in names))


#: the product a name is said of ("Prescription cannabidiol is ...", "Oral zoravir is ..."): still the drug
_PRODUCT_OF = re.compile(r"^(?:the\s+)?(?:prescription|generic|oral|topical|injectable|inhaled)\s+")
_GENERIC_NAME_OF = re.compile(r"\bgeneric\s+name\b", re.I)


def _class_elsewhere(doc: Document, result: Extraction) -> None:
    """When Usage states no class: the identity block's class field (see :func:`_class_field`), else a first sentence
    "<drug> is a/an <class>" opening a Usage item or the How it Works section."""
    if _class_field(doc, result):
        return
    q = Quoter(doc)
    dashed = _dash_description(doc)
    if dashed is not None:  # "**Besifloxacin** – a fourth-generation fluoroquinolone antibiotic, ...": the name,
        gen, said, start = dashed  # then what it is
        value = _class_in("It is " + said.text[start:])
        if value:
            result.drug_class = Name(value, q.evidence(gen, said.span, value))
            return
    names = _drug_words(result, first_words=True)
    described = _described(doc, result)
    prose = _identity_prose_class(doc, result, described)
    if prose is not None:  # before How it Works' "Zoravir is a prodrug"
        part, block, value = prose
        result.drug_class = Name(value, q.evidence(part, block.span, value))
        return
    for kind in ("uses", "mechanism"):
        sec = doc.first_of(kind)
        blocks = [b for b in sec.blocks if b.text] if sec is not None else []
        for block in blocks[:2]:
            sents = [_ITS_A.sub("it is a", norm(x), count=1) for x in sentences(block.text)[:3]]
            # the first sentence, or a later one about "it" ("You might be prescribed X if ... It's a PCSK9 inhibitor")
            sent = next((x for x in sents[1:] if x.casefold().startswith("it is a")), sents[0] if sents else "")
            low = sents[0].casefold() if sents else ""
            named = next((x for x in sents[1:] if any(_PRODUCT_OF.sub("", x.casefold(), count=1).startswith(n + " is a")
                                                      for n in names)), None)
            if any(low.startswith(n + " is a") for n in names):
                sent = sents[0]
            elif named is not None and not sent.casefold().startswith("it is a"):
                sent = named  # "So, what's it used for? Mainly seizures. Prescription cannabidiol is an anti-seizure
                # medicine, ...": the sentence that says what the drug is
            elif not sent.casefold().startswith("it is a"):
                continue
            value = _class_in(sent)
            if value:
                result.drug_class = Name(value, q.evidence(sec, block.span, value))
                return
    for part, block in described:  # last, a paragraph before the sections that describes the drug ("... .
        for sent in sentences(norm(block.text))[:3]:  # It is an antibiotic of the Y class"), or Generic Name's prose
            value = _class_in(sent) if _INTRO_SUBJECT.match(sent) and not _GENERIC_NAME_OF.search(sent) else None
            if value:
                result.drug_class = Name(value, q.evidence(part, block.span, value))
                return


#: a sentence about the drug by the pronoun its maker withdrew (see ``_WITHDREW_IT``)
_MAKER_WITHDREW_IT = re.compile(rf"\b{_WITHDREW_IT}\b")


def extract_status(doc: Document, result: Extraction) -> None:
    names = _drug_words(result)
    for block in usage_paragraphs(doc):
        for sent in sentences(block.text):
            low = sent.casefold()
            if not (any(n in low for n in names) or low.startswith(("it ", "this ")) or _MAKER_WITHDREW_IT.search(low)):
                continue
            if _NEGATED_STATUS.search(sent):
                continue
            for status, rx in _STATUS:
                m = rx.search(sent)
                if m:
                    sec = usage_section(doc) or "Usage"
                    result.status = Name(status, Quoter(doc).evidence(sec, block.span, m.group(0)))
                    return


def extract_routes(doc: Document, result: Extraction) -> None:
    q = Quoter(doc)
    sec = usage_section(doc)
    hits: list[tuple[int, int, str, Block, str]] = []
    intro = _described(doc, result)
    sec_items = [b for b in sec.blocks if b.kind == "item" and b.text
                 and any(_HOW_TAKEN_ITEM.match(sent) for sent in sentences(norm(b.text)))] \
        if sec is not None else []  # "- It is taken by mouth once a day as ...": a sentence, as a paragraph is (also
    # after another: "• Benzbromarone is a uricosuric agent, ... It is taken by mouth as 50 mg or 100 mg tablets")
    # "- **Epidural anesthesia** – injected into the epidural space ...": a use's item that says how it is given
    given_items = [b for b in sec.blocks if b.kind == "item" and b.text and b not in sec_items
                   and _GIVEN_INTO.search(b.text)] if sec is not None else []
    blocks = usage_paragraphs(doc) + sec_items + given_items + [b for _, b in intro]
    for bi, block in enumerate(blocks):
        others = _others_spans(block.text)
        cued = block in given_items  # (only what follows the giving: "Oral thrush" names a place, not a route)
        for route, rx in ROUTES:
            if not could_match(block.text, _ROUTE_NEEDLES[route]):
                continue
            m = next((m for m in rx.finditer(block.text)  # ("treated with intravenous saline": another treatment's;
                      if (not cued or _GIVEN_INTO.match(m.group(0))
                          or _GIVEN_INTO.search(block.text, max(0, m.start() - 45), m.start()))
                      and not _others_form(block.text, m.start(), m.end())  # "Stalevo is a different product ...,
                      and not _RESCUE_FORM.search(block.text, max(0, m.start() - 25), m.start())  # ("a quick-relief
                      # inhaler such as albuterol": another medicine's)
                      and not any(a <= m.start() < b for a, b in others)  # and Inbrija is inhaled levodopa")
                      and not _with_another(block.text, m.start(), m.end())
                      and not _studied_form(block.text, m.start())), None)
            if m:
                hits.append((bi, m.start(), route, block, m.group(0)))
    seen: set[str] = set()
    for bi, _, route, block, frag in sorted(hits, key=lambda h: (h[0], h[1])):
        if route not in seen:
            seen.add(route)
            where = intro[bi - len(blocks) + len(intro)][0] if bi >= len(blocks) - len(intro) else sec or "Usage"
            result.routes.append(Name(route, q.evidence(where, block.span, frag)))
    drug_words = _label_words(result)
    fields = identity_fields(doc) + [(tsec, block, "Forms", cell) for tsec, block, cell in table_column(doc, _FORM_COLUMN)
                                     if not _contains_other(block, drug_words)]  # ("| ... | IV injection |")
    fields += [(tsec, block, "Route", cell) for tsec, block, cell in table_column(doc, _ROUTE_COLUMN)
               if not _contains_other(block, drug_words)]  # ("| Form | Route |" over "| Vial | intravenous |")
    for fsec, block, label, text in fields:  # "Route: Inhalation", "How it's given: as a ... injection"
        if _BRAND_FIELD.match(label):  # "Brand name: Zorex (...). It is given as an injection under the skin.": the
            said = " ".join(x for x in sentences(norm(text)) if _HOW_TAKEN_ITEM.match(x))  # sentence on how it is given
            products = " ".join(p for p in strip_parens(norm(text))[1] if _FORM.search(p))  # ("Signifor (subcutaneous
            # injection, twice daily) and Signifor LAR (... intramuscular injection every 4 weeks)": each brand's product)
            text = f"{said} {products}".strip()
            if not text:
                continue
        elif not (_ROUTE_FIELD.match(label) or _FORM_FIELD.match(label)):
            continue
        if _GIVEN_LABEL.match(label):  # "Taken by mouth once a day: 10 mg tablets ...": the label says how
            text = f"{label}: {text}"
        for route, rx in ROUTES:
            m = next((m for m in rx.finditer(text) if not _NOT_GIVEN.search(text, 0, m.start())), None) \
                if could_match(text, _ROUTE_NEEDLES[route]) else None  # ("It does not need to be inhaled")
            if m and route not in seen:
                seen.add(route)
                result.routes.append(Name(route, q.evidence(fsec, block.span if block else fsec.span, m.group(0))))
    if not result.routes:
        _routes_answered(doc, result, q)


def _routes_answered(doc: Document, result: Extraction, q: Quoter) -> None:
    """Where nothing before said how the drug is given, an answer that does: "Molsidomine is taken by mouth as
    tablets", "It is injected under the skin once a month" (the drug's own sentence, not another medicine's)."""
    for faq, block in _answered_how(doc, result):
        sent = block.text
        for route, rx in ROUTES:
            m = next((m for m in rx.finditer(sent) if not _NOT_GIVEN.search(sent, 0, m.start())), None) \
                if could_match(sent, _ROUTE_NEEDLES[route]) else None
            if m and route not in {r.label for r in result.routes}:
                result.routes.append(Name(route, q.evidence(faq, block.span, m.group(0))))


def _answered_how(doc: Document, result: Extraction) -> list[tuple[Section, Block]]:
    """The sentences of the answers that say how the drug is given or what it comes as ("It is available as 500 mg
    tablets taken by mouth", "For acute intoxication in hospital it is given as an injection into the vein"), each a
    block of its own."""
    faq = doc.first_of("faqs")
    if faq is None:
        return []
    subject = "|".join(re.escape(n) for n in _drug_words(result, first_words=True) if n)
    said = re.compile(rf"^(?:(?:for|in|at|when|during)\s[^,;]{{1,60}}?,?\s+)?(?:it|this\s+(?:medicine|medication|drug)"
                      rf"{'|' + subject if subject else ''})\s+(?:is|are|was|were|can\s+be|should\s+be|must\s+be)\s+"
                      rf"(?:\w+\s+)?"  # ("In the phase 3 studies it was taken as a tablet by mouth": how trials gave it)
                      rf"(?:taken|given|swallowed|injected|inhaled|infused|applied|available|supplied|sold)\b", re.I)
    return [(faq, Block(kind="paragraph", text=sent, span=block.span)) for block in faq.blocks
            for sent in sentences(norm(block.text)) if said.match(sent) or _SWALLOW_THE.search(sent)
            or _AS_FORM_ANSWER.match(sent)]


#: an answer that opens on the form or the route alone ("How is it taken?" over "As a capsule by mouth once a day.")
_AS_FORM_ANSWER = re.compile(r"^(?:\*\*a:?\*\*:?\s*|a:\s*)?(?:as|by)\s+(?:an?\s+|one\s+)?(?:[\w-]+\s+){0,2}?(?:capsules?|"
                             r"tablets?|pills?|injections?|infusions?|mouth|inhalers?|sprays?|patch(?:es)?)\b", re.I)


#: an answer that tells how to take the drug's tablets: "Take it with food and swallow the tablets whole"
_SWALLOW_THE = re.compile(r"\b(?:swallow|chew|crush|dissolve)\s+(?:the|your|each)\s+(?:tablets?|capsules?|caplets?)\b",
                          re.I)


#: a Usage bullet that is a sentence about how the drug is taken or comes: its routes and forms are the drug's
_HOW_TAKEN_ITEM = re.compile(r"^it['\u2019]s\s+(?:\w+\s+)?(?:taken|given|swallowed|applied|injected|inhaled|available|"
                             r"sold|supplied)\b|"  # ("It's given into a vein in hospital, usually as two vials")
                             r"^(?:it|this\s+(?:medicine|medication|drug)|they)\s+(?:comes?\s+(?:as|in)\b|"
                             r"(?:is|are|can\s+be|may\s+be|should\s+be|must\s+be)\s+(?:\w+\s+)?(?:taken|given|"
                             r"swallowed|applied|injected|inhaled|available|sold|supplied)\b)|"
                             # "- **Constipation:** Taken by mouth, it works as a saline laxative": how, then the drug
                             r"^(?:taken|given|swallowed|applied|injected|inhaled)\s+[^,;.]{2,40},\s+(?:it|this\s+"
                             r"(?:medicine|medication|drug)|they)\b", re.I)
#: how the drug is taken, said without a subject under its name: "Taken by mouth as tablets, or as ..."
_TAKEN_BARE = re.compile(r"^(?:taken|given|swallowed|applied|injected|inhaled|infused)\s+(?:by|as|into|under|in|"
                         r"through|once|twice)\b", re.I)
#: how a drug is given, in a use's item: the route it names after these words is the drug's
_GIVEN_INTO = re.compile(r"\b(?:injected|injections?|given|infused|instilled|placed|inserted|administered)\b", re.I)
#: a route denied just before it is named: "It does not need to be inhaled", "never injected"
_NOT_GIVEN = re.compile(r"\b(?:not|n['\u2019]t|never|no\s+need\s+to)\b(?:\s+[\w-]+){0,3}\s+$", re.I)


def extract_formulations(doc: Document, result: Extraction) -> None:
    q = Quoter(doc)
    sec = usage_section(doc)
    blocks = [b for b in sec.blocks if b.text] if sec is not None else []
    sources: list[tuple[Section | str, Block]] = [(sec or "Usage", b) for b in blocks]
    for b in blocks:  # "- **Eye drops** – 0.05% (Optivar)": a Usage bullet whose bold label is a form, the product
        name = product_bullet(b)
        if name and _FORM.fullmatch(name):  # (one form, as the form reader reads it back from "as <name>")
            sources.append((sec or "Usage", Block(kind="paragraph", text=f"as {name}", span=b.span)))
    for fsec, block, label, text in identity_fields(doc):  # "Forms: ...", "Brand name: Sovaldi (film-coated tablets)"
        if _FORM_FIELD.match(label) or _ROUTE_FIELD.match(label) or _BRAND_FIELD.match(label):
            sources.append((fsec, Block(kind="paragraph", text=text, span=block.span if block else fsec.span)))
    drug_words = _label_words(result)
    for tsec, block, cell in table_column(doc, _FORM_COLUMN):  # "| Atrovent HFA | Metered-dose inhaler | ... |"
        if not _contains_other(block, drug_words):  # (not another medicine's row)
            sources.append((tsec, Block(kind="paragraph", text=cell, span=block.span)))
    gen = doc.first_of("identity")
    if gen is not None and _SOLD_AS.search(gen.inline):  # "Lacosamide, sold as Vimpat (tablets, oral solution ...)"
        sources.append((gen, Block(kind="paragraph", text=gen.inline, span=gen.span)))
    elif gen is not None and (products := _products(gen.inline)):  # "Meloxicam (Mobic tablets and oral suspension, ...)"
        sources.append((gen, Block(kind="paragraph", text=", ".join(products), span=gen.span)))
    sources += _described(doc, result)
    if not any(_form_spans(norm(b.text)) for _, b in sources):
        sources += _answered_how(doc, result)  # nothing before named a form: an answer that says what it comes as
    for src, block in sources:
        text = norm(block.text)
        for mods, head, quote in _shared_forms(text):  # "immediate-release, sustained-release (SR), or extended-release tablets"
            for mod in mods:
                result.formulations.append(Name(f"{mod} {head}", q.evidence(src, block.span, quote)))
        taken = -1  # where the last form this item names ended
        others = _others_spans(text)
        for (s0, e0), (s1, e1), (s2, e2) in _form_spans(text):
            if any(a <= s0 < b for a, b in others):
                continue  # "... are separate medicines, and so is apremilast (Otezla), a tablet": another drug's form
            if _ALTERNATIVES_LISTED.search(text, max(0, s0 - 120), s0):
                continue  # "If it doesn't work, options include iontophoresis, glycopyrronium cream or botulinum toxin
                # injections": the forms of other treatments
            named = _DRUG_BEFORE_FORM.search(text, max(0, s0 - 30), s0)
            if named and named.group(1).casefold() not in drug_words:
                continue  # "Nimodipine tablets, the long-standing standard ..., are continued alongside it": another
                # medicine's form, named by it
            if _COMBINED_FORM.search(text, max(0, s0 - 30), s0):
                continue  # "In the combination capsule Aggrenox, ...": the combination product's form, not the drug's
            if "implant" in text[s0:e0].lower() and _DEVICE_OWNER.search(text, max(0, s0 - 20), s0):
                continue  # "the scar tissue around breast implants": a device in the body, no form of the drug
            if _studied_form(text, s0):
                continue  # "Drooling, where tropicamide given as a film under the tongue has been studied": a form
                # tried in a study, none it comes as
            if _others_form(text, s0, e0) or _RESCUE_FORM.search(text, s0, e0) \
                    or _RESCUE_BEFORE.search(text, max(0, s0 - 20), s0):  # ("your rescue inhaler")
                continue  # "eczema not controlled well enough by creams and ointments", "a quick-relief inhaler such as
                # albuterol is needed": other treatments' forms
            if block.kind == "item" and not _HOW_TAKEN_ITEM.match(text) and not (_AS_FORM.search(text, max(0, s0 - 24), s0)
                                             or _BRAND_PAREN.search(text, max(0, s0 - 40), s0)
                                             and _SOLD_AS.search(text, 0, s0)
                                             or _DASH_FORM.search(text, max(0, s0 - 8), s0)
                                             or taken >= 0 and _MORE_FORM.fullmatch(text, taken, s0)
                                             or _BRAND_AFTER.match(text, e0)
                                             or any(text[:s0].casefold().rstrip().endswith(w) for w in drug_words)):
                continue  # a Usage bullet describes a condition ("scaly skin patches") unless it says "as a gel", names
                # the form's brand after it ("a nasal spray (Opvee)") or the drug before it ("nalmefene tablets")
            if taken >= 0 and _GLOSS_FORM.fullmatch(text, taken, s0):
                continue  # "an oral suspension (a liquid for children)": a gloss of the form before
            if taken >= 0 and _FOR_FORM.fullmatch(text, taken, s0) and result.formulations:
                last = result.formulations[-1]
                if _RECONSTITUTED.search(last.label) and not (last.label.casefold() == "solution"
                                                               and _FOR_BARE_INJECTION.fullmatch(text, taken, e0)):
                    # "powder for oral suspension", "solution for intravenous infusion": one form, named so (a bare
                    # "solution for injection" is an injection)
                    result.formulations[-1] = Name(f"{last.label}{text[taken:e0]}", q.evidence(
                        src, block.span, last.evidence.quote + text[taken:e0]))
                taken = e0
                continue  # "an injection for intravenous infusion": how the first form is given, not another
            joined = taken >= 0 and _AND_OR.fullmatch(text, taken, s0) is not None
            taken = e0
            mods = [w for w in text[s1:e1].split() if w.casefold() not in _NOT_FORM_WORDS and not _HOW_OFTEN.match(w)]
            if joined and not mods and _SOLID_HEAD.fullmatch(text[s2:e2]) and result.formulations \
                    and not _FOR_FORM.match(text, e0) \
                    and (release := _RELEASE_MOD.match(result.formulations[-1].label)):
                mods = [release.group(0)]  # "extended-release tablets and capsules": both extended-release
            if mods and _ROUTE_NOT_NAME.get(mods[0].casefold(), re.compile("$^")).fullmatch(text[s2:e2]):
                mods = mods[1:]  # "oral tablets", "topical gel": the route, no word of the form's name ("oral
                # solution", "oral suspension" keep it: their names)
            label = " ".join(mods + [text[s2:e2]])
            inhaled = _FOR_INHALATION.match(text, e0) if _RECONSTITUTED.search(label) else None
            if inhaled:  # "solution for inhalation (nebuliser)": the product's name, as labels write it
                label, e0 = label + inhaled.group(0), inhaled.end()
            result.formulations.append(Name(label, q.evidence(src, block.span, text[s0:e0])))
    # "given as an intravenous infusion": how it is given (its route says so), not what it comes as
    result.formulations = _dedupe([f for f in result.formulations if not _INFUSION_ONLY.match(f.label)])
    labels = [f.label.casefold() for f in result.formulations]
    result.formulations = [f for f in result.formulations  # "tablets" beside "film-coated tablets" says nothing more
                           if not any(other.endswith(" " + f.label.casefold()) for other in labels)
                           or any(_LISTED_BARE(f.label).search(norm(b.text)) for _src, b in sources)]
    # (unless listed as a form of its own anywhere: "as tablets, chewable tablets", "as tablets (Brand), ...")
    have = {r.label for r in result.routes}
    for f in result.formulations:  # "a nasal spray", "a rectal foam", "an inhalation powder": their routes
        route = next((r for r, rx in _FORM_ROUTES if rx.search(f.label)), None)
        if route == "topical" and "transdermal" in have and re.search(r"\bgels?$", f.label, re.I):
            continue  # testosterone gel, oxybutynin gel: through the skin into the blood, as the page's patch is
        if route is not None and route not in have:
            have.add(route)
            result.routes.append(Name(route, f.evidence))
    if not any(r.label == "oral" for r in result.routes):  # "comes as tablets": swallowed, so oral
        oral = next((f for f in result.formulations if _ORAL_FORM.search(f.label)
                     and not _NOT_SWALLOWED.search(f.label)), None)  # "inhalation powder capsules" are not swallowed
        if oral is not None:
            result.routes.append(Name("oral", oral.evidence))


def product_bullet(block: Block) -> str | None:
    """The form a Usage bullet names as its bold label, its strength or brand after it ("- **Eye drops** – 0.05%
    (Optivar)"): a product, no use; None for any other block."""
    name = strip_parens(norm(block.label or ""))[0].strip(" :*")
    return name if block.kind == "item" and not block.cells and name and FORM_LABEL.match(name) \
        and _STRENGTH_OR_BRAND.match(norm(block.text)) else None


#: what a form's bullet goes on with: a strength or a brand (a product, not a use) ("– 0.05% (Optivar)", ": Astelin, 137 mcg per spray")
_STRENGTH_OR_BRAND = re.compile(r"^\s*[-\u2013\u2014:]?\s*(?:\d[\d.,]*\s*(?:%|mg|mcg|micrograms?|mL|ml|units?)(?!\w)|"
                                r"\(?(?-i:[A-Z][a-z]{2,}))", re.I)
#: a brand in brackets right after a form ("a nasal spray (Opvee)", "tablets (Selincro, 18 mg)")
_BRAND_AFTER = re.compile(r"\s*\((?:(?:formerly|previously|now|also)\s+)?(?:(?:sold|marketed)\s+as\s+)?(?-i:[A-Z][\w-]+)",
                          re.I)
#: the release of a solid form, which a second form joined to it shares ("extended-release tablets and capsules")
_RELEASE_MOD = re.compile(r"(?:extended|sustained|delayed|modified|prolonged|controlled|slow)-release(?=\s+\S)", re.I)
#: the solid forms a release is shared out to (not "granules for oral suspension", a form of its own)
_SOLID_HEAD = re.compile(r"(?:tablets?|capsules?|caplets?)", re.I)
#: what joins a second form to the one before it
_AND_OR = re.compile(r"\s+(?:and|or)\s+")
#: words before a form that say where it is sold or how it is used, not what it is ("over-the-counter eye drops")
_NOT_FORM_WORDS = frozenset({"topical", "over-the-counter", "non-prescription", "prescription-only"})
#: an infusion named alone: the act of giving the drug into a vein (an injection, a solution or a powder "for
#: infusion" is the form)
_INFUSION_ONLY = re.compile(r"^(?:(?:intravenous|iv)\s+)?infusions?$", re.I)


#: forms of the treatments a condition did not respond to, or that go with the drug ("not controlled by creams and
#: ointments", "after other tablets failed", "together with steroid creams")
_OTHER_TREATMENT = re.compile(r"\b(?:(?:controlled|treated|helped|managed|relieved)\s+(?:well\s+enough\s+|adequately\s+|"
                              r"in\s+(?:the\s+)?hospital\s+)?(?:by|with)|(?:an?|another)\s+related|respond(?:s|ed|ing)?\s+to|other|(?:together|combined)\s+with|alongside|instead\s+of|"
                              r"too\s+(?:[\w-]+\s+){1,5}?for|"  # ("too deep for a cream to reach": no form of its own)
                              r"(?:an?\s+)?add-on\s+to|in\s+addition\s+to|(?:a\s+)?replacement\s+for|"
                              # "it does not work quickly the way steroid creams can", "Yes, sometimes with topical
                              # creams": a comparison, and what it is used with
                              r"the\s+way|(?:sometimes|often|occasionally|also)\s+with|"
                              r"replac(?:e|es|ing))\s+"  # ("it does not replace oral antibiotics")
                              r"(?:[\w-]+\s+){0,3}?(?:(?:and|or)\s+)?(?:[\w-]+\s+){0,2}$", re.I)
#: what follows another treatment's form: "when eye drops alone do not control the pressure", "if creams have not
#: helped"
_FAILED_AFTER = re.compile(r"\s+(?:alone\s+(?:do|does|did|have|has|are|is|cannot|can't|fail)|(?:have|has)(?:\s+not|n't)"
                           r"\s+(?:\w+\s+)?(?:work|help|control|relieve|improve)\w*|fail(?:s|ed)?\s+to|"
                           # "where fast-acting insulin given into a vein is needed": what a condition needs instead
                           r"(?:is|are)\s+(?:needed|required)\s+instead|(?:is|are)\s+(?:needed|required)(?=\s*[.;]))\b",
                           re.I)


_RESCUE_FORM = re.compile(r"\b(?:quick-relief|rescue|reliever)\b", re.I)
_RESCUE_BEFORE = re.compile(r"\b(?:quick-relief|rescue|reliever)\s+$", re.I)
#: a device named by where it sits in the body: "breast implants", "dental implants"
_DEVICE_OWNER = re.compile(r"\b(?:breast|dental|cochlear|hip|knee|joint|penile|silicone|lens)\s+$", re.I)


#: a clause that says a form or a route was only tried: "where X given as a film under the tongue has been studied"
_STUDIED_CLAUSE = re.compile(r"\b(?:has|have|had)\s+(?:also\s+)?been\s+(?:studied|tested|tried|investigated|trialled|"
                             r"trialed)\b|\b(?:is|are)\s+being\s+(?:studied|tested)\b|\bwas\s+(?:studied|tested|tried)\b",
                             re.I)


def _studied_form(text: str, at: int) -> bool:
    """Whether the clause holding ``text[at]`` (to the commas or sentence ends around it) says the form was studied."""
    start = max(text.rfind(", ", 0, at), text.rfind(". ", 0, at), text.rfind("; ", 0, at)) + 1
    ends = [i for i in (text.find(". ", at), text.find("; ", at), text.find(", ", at)) if i >= 0]
    return bool(_STUDIED_CLAUSE.search(text, start, min(ends) if ends else len(text)))


def _others_form(text: str, start: int, end: int) -> bool:
    """Whether the form (or route word) at ``text[start:end]`` is another treatment's, by the words around it."""
    return bool(_OTHER_TREATMENT.search(text, max(0, start - 60), start) or _FAILED_AFTER.match(text, end)
                or _NEEDS_ANOTHER.search(text, max(0, start - 60), start)
                or _IS_NOT_A.search(text, max(0, start - 70), start))


#: a kind of product the drug is said not to be: "it is not a biologic injection", "it is not an inhaler", "It cannot be
#: taken as a tablet or an ordinary injection"
_IS_NOT_A = re.compile(r"\b(?:(?:is|are)\s+not|(?:cannot|can['\u2019]t|can\s+not|must\s+not|should\s+not)\s+be\s+"
                       r"(?:taken|given|used|swallowed|injected)\s+(?:as|by))\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}"
                       r"(?:(?:or|and)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2})?$", re.I)


#: a route said of what a condition needs instead, or of medicines in general: "which needs an antifungal medicine
#: taken by mouth", "which usually need antibiotics by mouth", "No interactions with medicines taken by mouth are known"
_NEEDS_ANOTHER = re.compile(r"\b(?:(?:needs?|requires?)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:medicines?|medications?|drugs?|"
                            r"treatments?|antibiotics?|antifungals?)(?:\s+(?:taken|given|used))?|"
                            r"(?:medicines|medications|drugs)\s+(?:taken|given|used))\s+$|"
                            # "... scalp ringworm in children, which need tablets": the form the other condition needs
                            r"\b(?:which|that)\s+(?:usually\s+|often\s+|may\s+|still\s+)?(?:needs?|requires?)\s+$", re.I)


#: a list of other treatments, up to a form named in it: "options include iontophoresis, glycopyrronium cream or ..."
_ALTERNATIVES_LISTED = re.compile(r"\b(?:(?:other\s+)?options|alternatives|other\s+treatments)\s+(?:include|are|such\s+as)\b"
                                  r"[^.;:]*$", re.I)
#: another medicine's name right before a form at a sentence's start, by its stem: "Nimodipine tablets"
_DRUG_BEFORE_FORM = re.compile(r"(?:^|[.;:]\s+)([A-Z][a-z]{3,}(?:ine|ole|pine|pril|sartan|olol|mab|statin|cillin|mycin|"
                               r"cycline|floxacin|azole|vir|tide|parin|dronate|semide|thiazide|done|pam|lam|afil|tinib|"
                               r"coxib|profen))\s+$")
#: a form named as a combination product's ("the combination capsule", "a fixed-dose combination tablet")
_COMBINED_FORM = re.compile(r"\b(?:combination|combined|fixed-dose|co-formulated)\s+(?:[\w-]+\s+)?$", re.I)
#: how often a form is used, as a modifier: "a once-daily gel-forming solution" is a gel-forming solution
_HOW_OFTEN = re.compile(r"^(?:once|twice|three-times|four-times)-(?:a-)?(?:daily|day|weekly|week|monthly|month)$", re.I)
#: a sentence about other medicines: the forms it names are theirs
_OTHER_PRODUCTS = re.compile(r"[^.;!?]*\b(?P<cue>(?:separate|different|other)\s+(?:medicines?|medications?|drugs?|"
                             r"products?))\b(?!\s+(?:you|that\s+you)\b)[^.!?]*", re.I)


#: a sentence about other medicines of the kind: "Other antivirals for COVID-19 include remdesivir (Veklury),
#: which is given by IV infusion, and molnupiravir": their routes and forms are not the drug's
_OTHER_MEDICINES = re.compile(r"[^.;!?]*\b(?P<cue>(?:other|alternative)\s+(?:[\w-]+\s+){0,2}?[a-z-]+s\s+"
                              r"(?:for\s+[^.;!?]{1,60}?\s+)?(?:include|includes|such\s+as)\b)[^.!?]*", re.I)


#: a sentence about the combination products the drug is one ingredient of: "It's also one of the two ingredients in
#: combination products such as Pliaglis cream and the Synera patch": their forms and routes are theirs
_COMBINATIONS = re.compile(r"[^.;!?]*\b(?P<cue>(?:one|each)\s+of\s+the\s+(?:two\s+|three\s+)?(?:ingredients|components|"
                           r"active\s+ingredients)\s+(?:in|of)|(?:in|into)\s+combination\s+products)\b[^.!?]*", re.I)


_WITH_BEFORE = re.compile(r"\b(?:(?:in\s+combination|together|along)\s+with|combined\s+with|plus|alongside|"
                          # "a good option for people who cannot take oral antifungal medicines": what it replaces
                          r"(?:cannot|can['\u2019]t|can\s+not|unable\s+to|not\s+able\s+to)\s+(?:take|tolerate|use|swallow))\s+"
                          r"(?:an?\s+|the\s+)?$", re.I)
_ITS_FORM_AFTER = re.compile(rf"\s+(?:[\w-]+\s+)?(?:{FORM_HEADS}|doses?|forms?|use|route|administration)\b", re.I)


def _with_another(text: str, start: int, end: int) -> bool:
    """A route word that names how another medicine given with it, or instead of it, is taken ("for crusted scabies in
    combination with oral ivermectin", "for people who cannot take oral antifungals"), not a form of its own ("combined
    with oral tablets of it")."""
    return bool(_WITH_BEFORE.search(text, max(0, start - 40), start) and not _ITS_FORM_AFTER.match(text, end))


def _others_spans(text: str) -> list[tuple[int, int]]:
    """Where ``text`` speaks of other medicines (:data:`_OTHER_PRODUCTS`, :data:`_OTHER_MEDICINES`): each
    clause, from its start to the end of its sentence."""
    found = list(_OTHER_PRODUCTS.finditer(text))
    found += _OTHER_MEDICINES.finditer(text) if "other" in text.casefold() or "alternative" in text.casefold() else []
    found += _COMBINATIONS.finditer(text) if "ingredient" in text or "combination" in text else []
    return [(m.start("cue") if m.re is _OTHER_MEDICINES and m.group("cue").casefold().endswith("such as")
             else _clause_start(text, m.start("cue"), m.start()), m.end()) for m in found]  # ("who need intrathecal
    # therapy and whose pain is not controlled by other treatments such as oral painkillers": the others, named from
    # "other" on)


def _clause_start(text: str, cue: int, sentence: int) -> int:
    """Where the clause holding ``cue`` starts: after the last ", and" or ";" before it in its sentence."""
    cut = max(text.rfind(", and ", sentence, cue), text.rfind("; ", sentence, cue))
    return cut + 1 if cut >= 0 else sentence


@lru_cache(maxsize=64)
def _LISTED_BARE(label: str) -> re.Pattern[str]:  # noqa: N802 (a compiled pattern per form name)
    """A bare form name given as a member of a list of forms: "as tablets, chewable tablets", "(tablets or ...)",
    "as tablets (Brand), extended-release tablets", "Mobic tablets and oral suspension"."""
    return re.compile(rf"(?:\bas|,|\(|^|:|(?-i:\b[A-Z][\w-]*))\s*(?:an?\s+)?{_STRENGTH}{re.escape(label)}\s*(?:\([^()]*\)\s*)?"
                      r"(?:\d[\d.,]*\s*(?:mg|mcg|micrograms?|g|ml|mL|%|units?|iu)\s*)?"  # ("vaginal cream 2%, cream 2%,")
                      rf"(?:,|\s+or|\s+and)\s+(?:(?:or|and)\s+)?(?:as\s+)?"  # ("as tablets and as orally ...")
                      rf"(?:an?\s+)?{_STRENGTH}(?:[\w-]+\s+){{0,2}}(?:{FORM_HEADS})\b|"
                      # "Most people take ordinary tablets": the plain form, named apart from the others
                      rf"\b(?:ordinary|standard|regular|plain|conventional|normal|usual)\s+{re.escape(label)}\b", re.I)


#: a strength before a form: "200 mg tablets, 400 mg chewable tablets"
_STRENGTH = r"(?:\d[\d.,]*\s*(?:mg|mcg|micrograms?|g|ml|mL|%|units?|iu)\s+)?"


def _form_spans(text: str) -> list[tuple[tuple[int, int], ...]]:
    """``_FORM_F.finditer_spans(text)``, the pattern started only a little before the first form name.

    Every match ends with a form name after at most two modifiers, each a run of letters and
    hyphens followed by whitespace; so no match starts before the second whitespace-separated
    piece ahead of the first form name, and the engine is spared the rest (most Usage text names
    no form: then one search for the names alone says so).
    """
    if not text.isascii():
        return _FORM_F.finditer_spans(text)
    low = text.lower()
    first = _FORM_HEAD_CS.search(low)
    if first is None:
        return []
    before = low[:first.start()].rsplit(None, 2)
    pos = len(before[0]) if len(before) == 3 else 0
    n = _FORM.groups
    return [tuple(m.span(g) for g in range(n + 1)) for m in _FORM_F.cs.finditer(low, pos)]


#: The form names alone, case-sensitive over lower-cased ASCII text (see :func:`_form_spans`).
_FORM_HEAD_CS = Guarded(re.compile(rf"\b(?:{FORM_HEADS})\b"))


_SHARED_FORM = re.compile(rf"\b(?P<mods>(?:[a-z]+-[a-z]+(?:\s*\([A-Z]{{1,4}}\))?\s*(?:,\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+)){{1,4}})"
                          rf"(?P<last>[a-z]+-[a-z]+)(?:\s*\([A-Z]{{1,4}}\))?\s+(?P<head>{FORM_HEADS})\b", re.I)


def _shared_forms(text: str) -> list[tuple[list[str], str, str]]:
    out: list[tuple[list[str], str, str]] = []
    if text.count("-") < 2:  # every match holds two hyphenated modifiers: a cheap test most text fails
        return out
    for m in _SHARED_FORM.finditer(text):
        mods = [re.sub(r"\s*\([^)]*\)", "", x).strip() for x in re.split(r",\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+",
                                                                     m.group("mods")) if x.strip()]
        out.append((mods + [m.group("last")], m.group("head"), m.group(0)))
    return out


#: A Usage bullet's description that opens with its form ("Crohn's disease – delayed-release capsules (...)")
_DASH_FORM = re.compile(r"(?:^|\s)[-\u2013\u2014:]\s+(?:an?\s+|the\s+)?$")
#: A second form joined to one already read ("... powder (Flexhaler) or a nebulizer suspension")
_MORE_FORM = re.compile(r"(?:\s*\([^()]*\))?,?\s+(?:or|and)\s+(?:as\s+)?(?:an?\s+)?")
_FORM_ROUTES = (("nasal", re.compile(r"\bnasal\b|\bnose\b", re.I)), ("rectal", re.compile(r"\brectal\b", re.I)),
                ("inhalation", re.compile(r"\binhal|\bnebuli[sz]er\b", re.I)),
                ("ophthalmic", re.compile(r"\beye\b|\bophthalmic\b", re.I)), ("otic", re.compile(r"\bear\b|\botic\b", re.I)),
                ("vaginal", re.compile(r"\bvaginal\b", re.I)), ("transdermal", re.compile(r"\btransdermal\b", re.I)),
                ("buccal", re.compile(r"\bbuccal\b", re.I)), ("intraurethral", re.compile(r"\burethral\b", re.I)),
                # a cream, ointment, lotion, gel or foam not said to go elsewhere (above) is put on the skin (a gel
                # of a drug given through the skin is transdermal: see extract_formulations)
                ("topical", re.compile(r"(?<!\boral\s)\b(?:creams?|ointments?|lotions?|gels?|foams?)$", re.I)))
#: a form in parentheses after a brand: "sold as Maxalt (tablets)"
_BRAND_PAREN = re.compile(r"(?-i:\b[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)?\s*\((?:an?\s+)?$")
_AS_FORM = re.compile(r"\b(?:as|in|via|using)\s+(?:an?\s+|the\s+)?$", re.I)
_NOT_SWALLOWED = re.compile(r"\b(?:inhal\w*|vaginal|rectal|nasal|eye|ear|sublingual|buccal)\b", re.I)
_ORAL_FORM = re.compile(r"\b(?:tablets?|capsules?|caplets?|syrups?|lozenges?|elixirs?|oral\s+(?:solution|suspension|"
                        r"liquid|granules|powder)s?)\b", re.I)


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


#: the places a name may be said to be used in ("in the US", "outside the UK")
#: where another name is written, after it: "in older literature", "in some textbooks"
_WHERE_WRITTEN = re.compile(r"\s+in\s+(?:(?:older|old|some|many|earlier|the|british|american|other)\s+)?(?:literature|texts?|"
                            r"textbooks?|sources|books|papers|publications|references|countries)\b.*$|"
                            # "(haemin in British spelling)": how it is spelled where
                            r"\s+in\s+(?:British|American|UK|US|Australian|Canadian|older)\s+(?:English\s+)?spelling$|"
                            # "(eptinezumab-jjmr in the US label)": the document it is written in
                            r"\s+(?:in|on)\s+(?:the\s+)?(?:(?:US|U\.S\.|EU|FDA|European|American)\s+)?(?:label|labeling|"
                            r"labelling|prescribing\s+information|package\s+insert)$", re.I)
_REGIONS = r"(?:US|USA|UK|EU|U\.S\.?(?:A\.?)?|U\.K\.?|E\.U\.?|Europe|Canada|Australia|United\s+States|United\s+Kingdom|" \
    r"America|Britain)"  # ("in the U.S.")
_ALIAS_CUE = re.compile(r"^(?:(?:also|often|commonly|sometimes|usually|widely|popularly|better|formerly|previously|"
                        r"originally|once|historically)\s+)?(?:known|called|sold|"
                        r"marketed|spelled|spelt|written)\s+as\s+|"
                        r"^(?:formerly|previously|originally|once)\s+(?=[A-Z0-9])|"  # ("(formerly ION-682884; ...)")
                        # "(known outside the US as **retigabine**)": where, then the name
                        r"^(?:(?:also|often|usually)\s+)?(?:known|called)\s+(?:in|outside)\s+(?:the\s+)?" + _REGIONS
                        + r"(?:\s+and\s+(?:the\s+)?" + _REGIONS + r")?\s+as\s+|"
                        r"^(?:(?:also|often|commonly|sometimes|usually|formerly|previously|originally|once)\s+)?(?:just\s+|simply\s+)?"
                        r"(?:called|named|shortened\s+to|abbreviated"
                        r"(?:\s+(?:to|as))?)\s+|^chemically\s+(?:called\s+)?|"
                        r"^(?:available|given|supplied|used)\s+as\s+|^as\s+|^or\s+|"
                        # "(development code: RC18)", "(also known by its development code AG10)": a code name, the code
                        r"^(?:(?:also\s+)?(?:known|called|referred\s+to)\s+(?:by\s+)?(?:its|the)\s+)?(?:former\s+|earlier\s+)?"
                        r"(?:development|research|investigational|laboratory|company|compound)\s+(?:codes?|names?)\s*:?\s*"
                        r"(?=[A-Z0-9])|"
                        r"^(?:also\s+)?(?:spelt|spelled|written)\s+(?=\S)|"
                        # "(developed under the code CUTX-101)": the code it was developed under
                        r"^(?:developed|tested|studied|known)\s+(?:under|as)\s+(?:the\s+)?(?:(?:development|research)\s+)?"
                        r"(?:code\s*(?:name)?|name)\s*:?\s*(?=[A-Z0-9])|"
                        # "(international name: beclometasone)", "(INN: ...)", "(UK name: ...)"
                        r"^(?:(?:recommended\s+)?international(?:\s+non-?proprietary)?|INN|BAN|USAN|British|UK|US|"
                        r"American|European|chemical|other|former|old|older|earlier|previous|original)\s*"
                        r"(?:name|spelling)?\s*:\s*|"  # ("(older name: acetorphan)")
                        r"\s+in\s+(?:the\s+)?" + _REGIONS + r"$", re.I)
#: a development code: capitals and digits ("CDZ173", "RO7112689", "GS-6207", "SAGE-547", "M281")
_DEV_CODE = r"(?-i:[A-Z][A-Z0-9]{0,5}-?\d{2,8}[A-Z]?)"
#: a code said to name the drug while it was developed or tested: "known by its development code BAF312", "it was
#: called SAGE-547 while it was being tested", "during development it was called CDZ173", "by its old research code,
#: RO7112689", "In the trials it was called GSK2140944", "Back when it was being tested it went by GS-6207"
_CODE_NAMED = re.compile(rf"\b(?:(?:development|research|investigational|trial|study|laboratory|compound)\s+"
                         rf"(?:code|name|number)s?(?:\s+(?:is|was))?|called|named|known\s+as|coded\s+as|went\s+by|"
                         rf"designated(?:\s+as)?)\s*[:,]?\s+(?P<c>{_DEV_CODE})(?![\w-])"
                         rf"(?P<more>(?:,\s*|,?\s+(?:or|and)\s+){_DEV_CODE}(?![\w-]))*", re.I)  # ("SS-31 or MTP-131")
_DEVELOPED = re.compile(r"\b(?:development|developed|research|investigational|trials?|tested|testing|studies|"
                        r"study|code)\b", re.I)


#: a name the drug had while it was developed: "for a time it was developed under the name Bendavia"
_DEVELOPED_AS = re.compile(r"\b(?:developed|tested|studied|trialled|trialed)\s+under\s+the\s+names?\s+\**"
                           r"(?P<n>(?-i:[A-Z])[\w-]+)")


def _codes_said(sent: str, label: str) -> list[str]:
    """The development codes a sentence of the Generic Name section gives the drug (a sentence that speaks of its
    development, trials or code); not the drug's own name."""
    if not _DEVELOPED.search(sent):
        return []
    codes = [c for m in _CODE_NAMED.finditer(sent) for c in [m.group("c"), *re.findall(_DEV_CODE, m.group(0)[
        m.end("c") - m.start():])]]  # ("you may also see it called SS-31 or MTP-131": each code)
    return [c for c in codes if key(c) != key(label)]


#: a sentence giving the drug's other names: "Amifampridine is also known as 3,4-diaminopyridine (3,4-DAP)."
_IS_ALSO_KNOWN = re.compile(r"^(?P<s>it|this\s+(?:drug|medicine)|[A-Z][\w-]+(?:\s+[a-z][\w-]*)?)\s+(?:is|was)\s+"
                            r"(?:also|sometimes|often|formerly|previously|originally)\s+(?:known\s+as|called)\s+"
                            r"(?P<n>[^;:]{2,80}?)\.?$", re.I)
#: a parenthesis glued to the word before it is part of the name: "Rho(D) Immune Globulin"
_GLUED_PAREN = re.compile(r"(?<=\w)\(([^()]+)\)")
#: a stereo descriptor in brackets that opens a chemical name: "(R)-methadone", "(S,S)-", "(+)-", "(±)-"
_STEREO_PREFIX = re.compile(r"(?<![\w)])\((?P<d>[RS](?:,\s?[RS])?|[+\-\u00b1]|[RS]S|[DL])\)-(?=[a-z])")
#: where a name is used, said before or after it in a parenthesis: "in the US, X", "X outside the US"
_REGION = re.compile(r"^(?:in|outside)\s+(?:the\s+)?" + _REGIONS + r"\b,?\s*|\s+(?:in|outside)\s+(?:the\s+)?" + _REGIONS
                     + r"(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:(?:the\s+)?" + _REGIONS + r"|(?:some|many|most|several)\s+other\s+"
                     r"countries))*$")  # ("paracetamol outside the United States and Canada")
#: a parenthesis in the Generic Name line that is no other name: a route ("(otic)"), a description ("(a fixed-dose
#: combination of ...)"), a pronunciation ("(kloe-BAY-ta-sol)", a syllable in capitals)
_NOT_A_NAME = re.compile(r"^(?i:otic|oral|topical|ophthalmic|nasal|inhaled|injectable|vaginal|rectal|transdermal|"
                         r"systemic|intravenous|ovine|bovine|porcine|equine|murine|human|recombinant|synthetic|insoluble|"
                         r"soluble|anhydrous|micronized|micronised|liposomal|pegylated|racemic|sterile)$|"  # ("(insoluble)")
                         # a strength: "(otic suspension, 0.3%)", "(10 mg/mL)"
                         r"^\d[\d.,]*\s*(?:%|mg|mcg|g|ml|mL|IU|units?)(?:/\w+)?$|"
                         r"^[^()]*?\s\d[\d.,]*\s*(?:%|mg|mcg|g|ml|mL|IU|units?)\b|"  # ("artemether 20 mg": a dose)
                         # which register names it: "Clomethiazole (INN)", "(USAN)", "(rINN)"
                         r"^(?:r?INN|USAN|BAN|JAN|INN/USAN)$|(?i:^(?:the\s+)?(?:recommended\s+)?international\s+"
                         r"non-?proprietary\s+name|^(?:the\s+)?generic\s+name|^United\s+States\s+Adopted\s+Name|"
                         r"^British\s+Approved\s+Name)$|^(?i:an?)\s|^(?!.*-(?:DL|RS)-)[a-z]+(?:-[a-zA-Z]+)*-[A-Z]{2,}(?:-[a-zA-Z]+)*$|"
                         # (a name said as it sounds, "(kloe-BAY-ta-sol)"; not a chemical one, "acetyl-DL-leucine")
                         r"^[A-Z]{2,}-[a-z]+(?:-[a-zA-Z]+)*$")
_AS_SALT = re.compile(r"^as\s+(?:the\s+)?[\w-]+\s+[\w-]+(?:\s+(?:or|and)\s+[\w-]+)?$", re.I)
_SALT = re.compile(r"\b(?:hydrochloride|hcl|sodium|iodide|edisylate|tosylate|esylate|mesilate|besilate|napsylate|pamoate|potassium|citrate|carbonate|oxalate|hyclate|monohydrate|sulfate|"
                   r"sulphate|phosphate|maleate|mesylate|tartrate|succinate|besylate|acetate|calcium|magnesium|bromide|"
                   r"chloride|hydrobromide|fumarate|dihydrate|trihydrate|salt|salts|macrocrystals|monohydrate)\b", re.I)


#: the INN spellings of salts and their US ones: "mesilate" / "mesylate", "sulphate" / "sulfate", "embonate" / "pamoate"
_SALT_SPELLINGS = {"mesilate": "mesylate", "besilate": "besylate", "tosilate": "tosylate", "esilate": "esylate",
                   "sulphate": "sulfate", "edisilate": "edisylate", "isetionate": "isethionate",
                   "embonate": "pamoate"}  # ("oxantel pamoate (also called oxantel embonate)")
_SALT_SPELLING = re.compile(r"\b(?:" + "|".join(_SALT_SPELLINGS) + r")\b")


def _salt_spelled(m: re.Match[str]) -> str:
    return _SALT_SPELLINGS[m.group(0)]


def _is_salt_form(name: str, label: str) -> bool:
    """"doxycycline hyclate", "(as escitalopram oxalate)": a salt of the drug is not another name."""
    if re.fullmatch(re.escape(label) + r"-[a-z]{4}", name, re.I):
        return False  # "efgartigimod alfa-fcab": the US name of a biologic, its four-letter suffix, another name
    if name.casefold() != label.casefold() and _SALT_SPELLING.sub(_salt_spelled, name.casefold()) \
            == _SALT_SPELLING.sub(_salt_spelled, label.casefold()):
        return False  # "Camostat mesilate (also called camostat mesylate)": the same salt spelled another way
    words = {w.casefold() for w in re.findall(r"[\w-]+", label)}
    salts = {m.casefold() for m in _SALT.findall(name)}
    label_salts = {m.casefold() for m in _SALT.findall(label)}
    own = {w.casefold() for w in name.split()} - salts
    if salts and salts <= label_salts and not own & words:
        return False  # "Echothiophate iodide" also known as "ecothiopate iodide": the same salt, its base spelled
        # another way
    shares = bool(words & {w.casefold() for w in name.split()})
    if salts and salts <= {"salt", "salts"} and not shares:
        return False  # "(commonly known as Epsom salt)": a common name with the word "salt", not a salt of the drug
    toks = name.casefold().split()
    base = label.split()[0].casefold() if label.split() else ""
    if shares and len(toks) > 1 and base not in toks[:-1] and salts <= label_salts and " is " not in name:
        return False  # "salmon calcitonin", "regular human insulin" of "Insulin regular", "urea hydrogen peroxide" of
        # "Carbamide peroxide": the base last or not there and no other salt, another name (a salt follows the base)
    if not salts and len(toks) == len(label.split()) >= 2 and toks[0] == base and toks != label.casefold().split() \
            and not re.search(r"(?:ate|ide|ite)$", toks[-1]):  # (not "testosterone enanthate": an ester's "-ate")
        return False  # "Copper histidinate (also called copper histidine)": the label's own shape, its last word
        # spelled another way, another name of the one substance
    return bool(salts) or (shares and len(toks) > 1)


def _names(text: str) -> list[str]:
    """Split "A, B and C" / "A or B" into names."""
    out: list[str] = []
    for part in split_top(_DIGIT_COMMA.sub("\u201a", text), ","):  # ("meso-2,3-dimercaptosuccinic acid": one name)
        part = part.replace("\u201a", ",")
        named = _IS_CALLED.match(part.strip())  # "the standardised extract is called EGb 761": the name it says
        for piece in re.split(r"\s+(?:or|and)\s+|\s+/\s+", named.group("n") if named else part):  # ("SHP625 /
            # LUM001": two codes)
            piece = piece.strip(" .;:\"'")
            if piece:
                out.append(piece)
    return out


#: a clause that names a form of the drug: "the standardised extract is called EGb 761"
_IS_CALLED = re.compile(r"^(?:the|its)\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:also\s+|often\s+)?(?:called|known\s+as)\s+"
                        r"(?P<n>\S.{0,40})$", re.I)
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d)|(?<=\b[a-z]),(?=[a-z]['\u2032\u2019]?-)")  # ("o,p'-DDD": the
# positions of a chemical name, one name)


def _dedupe(names: list[Name], exclude: set[str] | None = None) -> list[Name]:
    seen = set(exclude or ())
    out: list[Name] = []
    for n in names:
        k = key(n.label)
        if k and k not in seen:
            seen.add(k)
            out.append(n)
    return out


#: where and how a class of medicine is given, said after it: "placed directly into the bladder", "applied to the skin"
_PUT_WHERE = re.compile(r"\s+(?:placed|given|applied|injected|instilled|inhaled|sprayed|rubbed|put)\s+(?:directly\s+)?"
                        r"(?:into|onto|on|in|under|through|to)\s.*$", re.I)


#: how strong a class's member is, said before it: "a super-high-potency (Class I) topical corticosteroid"
_POTENCY_FIRST = re.compile(r"\b(?:(?:super|ultra|very|extra)-?\s*)?(?:high|mid|medium|moderate|low|intermediate)-potency\s+|"
                            # "a moderately potent topical corticosteroid": how strong, said with an adverb
                            r"\b(?:mildly|moderately|highly|very|extremely|super|ultra)[\s-]+potent\s+", re.I)
_OF_POTENCY = re.compile(r"\s+of\s+(?:very\s+|super-?\s*)?(?:high|medium|moderate|mid|low|intermediate)(?:\s+to\s+"
                         r"(?:very\s+)?(?:high|medium|moderate|low))?\s+(?:potency|strength)$", re.I)


#: a prodrug's class said as what it is made into: "a prodrug of sulopenem, a penem antibacterial"
_PRODRUG_OF = re.compile(r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+)?prodrug\s+of\s+[\w-]+(?:\s+[\w-]+)?(?:,\s+(?P<c>.+))?$", re.I)


def _clean_class(phrase: str, named: bool = False) -> str | None:
    """A class phrase cleaned (its article, route adjective, "medicine" head), or None when it names no class; a
    class the page names as one (``named``: "a class of medicines called coagulation factor concentrates") may end in a
    form's word."""
    text = re.sub(r"\s*\([^()]*\)", "", phrase).split("(")[0].strip().rstrip(".")  # ("Class: cytoprotective agent.")
    text = _CALLED_CLASS.sub("", text)
    made = _PRODRUG_OF.match(text)
    if made:  # "a prodrug of sulopenem, a penem antibacterial": what it is made into, then the class
        if not made.group("c"):
            return None
        text = made.group("c")
    text = _FROM_SOURCE.sub("", text)  # "a plant alkaloid from Lobelia inflata": where it comes from, no class
    text = _MADE_FROM.sub("", text)  # "an essential oil steam-distilled from the leaves of ...": how it is made
    text = _RATHER_THAN.sub("", text)  # "a diagnostic agent rather than a regular treatment": what it is not
    text = _WITH_ACTIVITY.sub("", text)  # "second-generation antihistamine with anti-PAF activity": the class
    text = _PUT_WHERE.sub("", text)  # "an anti-inflammatory agent placed directly into the bladder": how it is given
    text = _POTENCY_FIRST.sub("", _OF_POTENCY.sub("", text))  # "a topical corticosteroid of high potency", "a
    # super-high-potency corticosteroid": how strong, no word of the class
    text = re.sub(r"\s+and\s+(?:(?:it|this|they)\s+)?(?:is|are|was|were|can|has|have|may|an?|the)\b.*$", "", text)  # ("... inhibitor and a
    # prodrug of tenofovir": what it is made into, no class; "called cannabinoids and is approved by the FDA for two
    # uses": the class, then the sentence goes on; "a potassium-sparing diuretic and an aldosterone antagonist", "a
    # mucolytic medicine and the antidote for ...", "a partial opioid agonist and a Schedule III controlled
    # substance": the first phrase is the class)
    ws = [w for w in text.split() if w.casefold() not in _CLASS_DROP]
    while ws and ws[0].casefold() in ("a", "an", "the"):
        ws = ws[1:]
    if len(ws) > 2 and ws[-2].casefold() in _CLASS_PLACE and (_FORM_HEAD_ONLY.match(ws[-1]) or ws[-1] == "drop"):
        ws = ws[:-2]  # "an antibiotic eye drop": the class, then where and as what it is used
    if 1 < len(ws) <= 3 and _FORM_HEAD_ONLY.match(ws[-1]) and (_ANTI.match(ws[-2]) or _CLASS_NOUN_END.search(ws[-2])):
        ws = ws[:-1]  # "a topical antiviral cream", "an antifungal shampoo": the class, then the form it comes in
    if len(ws) == 2 and ws[0].casefold() in _CLASS_PLACE and ws[1].casefold() in ("drop", "drops"):
        return None  # "an eye drop used to calm inflammation": its form and where it goes, no class
    if not ws or _FORM_HEAD_ONLY.match(ws[-1]) and not (named and len(ws) > 1):
        return None
    if len(ws) > 1 and ws[0].casefold() in ("first", "only", "second", "newest", "latest") \
            and ws[1].casefold() in ("pill", "pills"):
        return None  # "the first pill approved specifically for X": what it is among the products, no class
    if len(ws) == 1 and ws[0].casefold() in _GENERIC_HEADS:
        return None
    if len(ws) > 1 and ws[-1].casefold() in ("medicine", "medication", "medicines", "medications"):
        ws = ws[:-1]  # "antimalarial medicine" -> "antimalarial"
        if len(ws) > 1 and ws[-1].casefold() in _CLASS_PLACE:
            ws = ws[:-1]  # "a corticosteroid eye medicine": where it is used, no word of the class
        elif len(ws) == 1 and ws[0].casefold() in _CLASS_PLACE:
            return None  # "a first-in-class kidney medicine": what it is for, no class
        if "and" in ws[1:-1]:  # "an anticonvulsant and nerve-pain medicine": two classes, the first is the class
            ws = ws[:ws.index("and")]
    if len(ws) >= 3 and ws[1].casefold() == "and" and (_CLASS_NOUN_END.search(ws[0]) or _ANTI.match(ws[0])):
        ws = ws[:1]  # "a humectant and keratolytic agent", "a cerumenolytic and oral cleanser": two classes, the first
    if all(w.casefold() in _VERDICT_WORDS | _RANK_WORDS for w in ws):
        return None  # "a specialist medicine used mainly by hematologists": who prescribes it, no class
    if all(w.casefold() in _RANK_WORDS for w in ws) or ws[0].casefold() == "only":
        return None  # "the first-line medication for type 2 diabetes": its place in treatment, no class
    if ws[0].casefold() in _RANK_WORDS and all(w.casefold() in _RANK_WORDS | _GENERIC_HEADS or _APPROVAL_WORD.match(w)
                                               for w in ws):
        return None  # "the first FDA-approved treatment for Demodex blepharitis": its place, no class
    if all(w.casefold() in _TREATMENT_KIND for w in ws):
        return None  # "a targeted cancer medicine", "an oral targeted therapy": the kind of treatment, no class
    if ws[-1].casefold() in _GENERIC_HEADS and all(w.casefold() in _VERDICT_WORDS | _RANK_WORDS for w in ws[:-1]):
        return None  # "a niche drug", "an important medicine": what the page thinks of it, no class
    copy = _COPY_OF.match(" ".join(ws))
    if copy:  # "a synthetic form of delta-9-tetrahydrocannabinol": what it copies, not its class; but a vitamin is a
        vitamin = _VITAMIN.fullmatch(" ".join(ws)[copy.end():].strip())  # kind of its forms ("Ergocalciferol is
        return vitamin.group(0) if vitamin else None  # a form of vitamin D": vitamin D)
    return " ".join(ws)


#: the plant or animal a substance comes from, after its class: "from Lobelia inflata", "from the bark of Cinchona"
_FROM_SOURCE = re.compile(r"\s+from\s+(?:the\s+[a-z]+\s+of\s+)?(?-i:[A-Z][a-z]+\s+[a-z]+|[A-Z][a-z]+)$")
#: what the drug is not, after its class: "rather than a regular treatment"
_RATHER_THAN = re.compile(r"\s+(?:rather\s+than|instead\s+of|not)\s+(?:an?\s+|the\s+)?[\w\s-]*$", re.I)
#: how an oil or extract is made, after its class: "steam-distilled from the leaves of ..."
_MADE_FROM = re.compile(r"\s+(?:\w+-)?(?:distilled|extracted|derived|made|obtained|pressed|prepared|purified)\s+from\b.*$",
                        re.I)
#: what a class's member also does, after it: "with anti-PAF activity", "with intrinsic sympathomimetic activity"
_WITH_ACTIVITY = re.compile(r"\s+with\s+(?:[\w-]+\s+){0,3}(?:activity|action|effects?|properties)$", re.I)


#: a word that is a class of its own ("humectant", "cerumenolytic", "anticonvulsant", "diuretic")
_CLASS_NOUN_END = re.compile(r"[a-z]{4}(?:ant|ent|ic|ive|tor)$", re.I)
#: a class word made with "anti-" ("an antihistamine and mast cell stabilizer": two classes, the first)
_ANTI = re.compile(r"^anti-?[a-z]{5,}$", re.I)
#: a vitamin named by its letter ("vitamin D", "vitamin B12", "vitamin K1")
_VITAMIN = re.compile(r"vitamin\s+[A-K]\d{0,2}", re.I)
#: a drug described as a copy of a natural substance: "synthetic form of THC", "man-made version of EPO"
_COPY_OF = re.compile(r"^(?:[\w-]+\s+)?(?:form|version|copy)\s+of\b", re.I)  # ("a synthetic analogue of vasopressin"
# is a class: pharmacology names classes so)


#: an approval said as a word ("FDA-approved", "licensed")
_APPROVAL_WORD = re.compile(r"^(?:[A-Z]{2,5}-)?(?:approved|licen[sc]ed|authori[sz]ed|cleared)$", re.I)
#: words that judge a drug or tell its age, not its kind ("a niche drug", "an older medicine")
_VERDICT_WORDS = frozenset({"niche", "important", "useful", "valuable", "powerful", "strong", "safe", "good", "great",
                            "old", "older", "new", "newer", "novel", "unique", "unusual", "special", "specialist",
                            "specialty", "rare", "rarely-used", "little-known", "well-known", "versatile", "simple",
                            "genuinely", "very", "really", "fairly", "quite", "an", "a", "fast-acting", "quick-acting",
                            "rapid-acting", "short-acting", "long-acting", "slow-acting", "separate", "different",
                            "distinct", "choice"})  # ("is a separate product", "is the first choice": no class)  # ("a fast-acting inhaled
# medicine": how fast, no class)
#: words that together say what kind of treatment a drug is, not its class ("a targeted cancer therapy")
_TREATMENT_KIND = _GENERIC_HEADS | {"targeted", "cancer"}
_RANK_WORDS = frozenset({"first-line", "second-line", "third-line", "preferred", "standard", "main", "usual", "best",
                         "first", "initial", "go-to", "mainstay", "oldest", "newest", "most", "widely", "used",
                         "common", "commonly", "prescribed", "popular", "effective"})


def _drug_words(result: Extraction, first_words: bool = False) -> list[str]:
    """The drug's names, case-folded; ``first_words`` adds the first word of each that has more
    ("Enoxaparin sodium": a page says "Enoxaparin is a ...")."""
    names = [n.casefold() for n in [result.drug.label] + [s.label for s in result.drug.synonyms] if n]
    return names + [n.split()[0] for n in names if " " in n] if first_words else names


__all__ = ["PRODUCTS_LEAD", "extract_drug", "extract_brands", "extract_class", "extract_status", "extract_routes",
           "extract_formulations", "usage_section", "usage_paragraphs", "list_items"]
