"""Side effects (with category and seriousness) and the serious signs to seek help for."""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from kg.anatomy import APPLIED_VERBS, BODY_PARTS, PARTS_AND_ORGANS, SIGN_ADJECTIVES, SIGN_MODIFIERS
from kg.extract_text import (
    AMPERSAND,
    APPLIED_PLACE,
    EXAMPLE_CUE,
    Folded,
    Guarded,
    Item,
    Quoter,
    StartOr,
    capitalise,
    could_match,
    cut_outside_parens,
    drop_article,
    inside_parens,
    is_abbreviation,
    key,
    list_items,
    norm,
    not_a_name,
    search_outside_parens,
    sentences,
    spells_initials,
    split_top,
    strip_example_cue,
    strip_parens,
)
from kg.model import Block, Document, Extraction, Name, Section, SideEffect
from kg.sections import SHARE_OF_PEOPLE, clean_label, is_group_label

SERIOUS_CATEGORY = "Serious"
#: "when" that opens a circumstance ("when you start"), not the moment an effect names ("Dizziness when
#: standing up", "pain when swallowing"): a regular-expression alternative
_WHEN = (r"when(?!\s+(?!(?:starting|stopping|switching|changing|taking|using|raising|increasing|beginning|"
         r"combining|combined|used|taken|given)\b)[a-z]+ing\b)"
         # the moment of a dose or a posture, no circumstance ("Stinging when the drops go in", "Burning when applied",
         # "Dizziness when you stand up quickly")
         r"(?!\s+(?:applied|sprayed|injected|inhaled|instilled|put\s+in)\b)"
         r"(?!\s+(?:the|a|your)\s+(?:drops?|spray|cream|gel|lotion|ointment|solution|suspension|injection|infusion|"
         r"patch|dose|medicine)\s+"
         r"(?:goes\s+in|go\s+in|(?:is|are)\s+(?:put\s+in|applied|given|injected|sprayed|instilled))\b)"
         r"(?!\s+you\s+(?:stand|sit|get)\s+up\b)")
#: the moment an effect comes ("dizziness when standing up"), not a circumstance of the whole line
_MOMENT = re.compile(r"\s+when\s+(?!(?:starting|stopping|switching|changing|taking|using|raising|increasing|beginning|"
                     r"combining|combined|used|taken|given)\b)[a-z]+ing\b(?:\s+(?:up|down|out))?", re.I)
_SERIOUS = re.compile(r"\b(?:serious|severe|life-threatening|emergenc\w*|dangerous|grave|clinically\s+significant|"
                      r"red\s+flags?)\b|"  # ("Red flags – seek care now")
                      r"\b(?:rare|uncommon)\s+but\s+important\b", re.I)  # ("Rare but important:" over its effects)
_DESCRIPTIVE = re.compile(r"\b(?:is|are|was|were|can|may|might|could|will|that|which|who|causes?|leads?|"
                          r"occurs?|happens?|do|does)\b", re.I)
#: a form a side effect comes with ("skin burning with the cream or lotion"): the form is no part of the effect
_FORM = r"(?:cream|lotion|gel|ointment|foam|shampoo|patch(?:es)?|spray|drops|injections?|enemas?|suppositor(?:y|ies)|" \
        r"tablets?|capsules?|inhaler|implant|liquid|solution|rinse|mouthwash|syrup|lozenges?|IUDs?|rings?)"
#: a group named by the product its effects come with ("**Eye drops:** a, b", "**Nasal spray:** c")
_FORM_LABEL = re.compile(r"^(?:(?:the|with\s+the)\s+)?(?:[\w-]+\s+)?" + _FORM + r"$", re.I)
_QUALIFIER_TAIL = re.compile(r"\s+(?:with|during|after)\s+(?:long-term|prolonged|extended|chronic|regular|repeated|frequent|heavy)\s+"
                             r"use$|"
                             r",?\s+(?:especially|particularly|mainly|usually|mostly)\b.*$|\s+at high doses$|"
                             r"\s+(?:if|" + _WHEN + r"|unless)\b.*$|\s+in\s+(?:young\s+|small\s+|older\s+|elderly\s+)?(?:children|infants|adults|teenagers|"
                             r"people|patients|the elderly|newborns|babies|neonates|toddlers|teens)\b.*$|,\s*in\s+(?:wo)?men\b.*$|"  # ("in men": see _ITEM_CUT)
                             r"\s+that\s+(?:may|can|might|could|will)\b.*$|"
                             # "Heartburn may occur", "Skin reactions can appear in the first weeks", "Low blood sugar is
                             # the most important side effect": that it comes, said of the effect
                             r"\s+(?:may|can|might|could)\s+(?:also\s+)?(?:occur|happen|appear|develop|arise)\b.*$|"
                             r"\s+(?:is|are)\s+the\s+(?:most\s+(?:important|common|serious|frequent)|main)\s+"
                             r"side[\s-]effects?\b.*$|\s+(?:is|are)\s+(?:also\s+)?(?:very\s+|quite\s+|fairly\s+)?"
                             r"(?:common|uncommon|rare|frequent)$|"  # ("Weight gain is common, e.g., ...")
                             r",?\s+(?:such\s+as|including)\s.*$|,\s*where\s.*$|"  # examples; ", where it is applied"
                             # "overheating because the body sweats less in hot weather": why, no part of the effect
                             r",?\s+because\s+(?:the|your|it|its|they|their|this|these|you|of|less|more|too)\b.*$|"
                             r"(?<=[a-z]{3}s)(?<!looks)(?<!feels)(?<!seems)(?<!tastes)(?<!smells)(?<!sounds)\s+like\s+"
                             r"(?=[a-z]).*$|"  # ("Chest infections like bronchitis": examples; "material that looks like
                             # coffee grounds" is what it is)
                             # (not the place it names, run on: "redness or itching where the injection was given")
                             r"\s+where\s+(?!" + APPLIED_VERBS + r"\b).*$|"
                             r"\s+(?:with|from)\s+the\s+" + _FORM + r"(?:\s+(?:or|and)\s+(?:the\s+)?" + _FORM + r")?$|"
                             # "Irregular heartbeat from QT prolongation": its cause, a condition's name (not a place:
                             # "bleeding from the gums")
                             r"\s+from\s+(?!(?:the|your|a|an)\b)(?:[\w-]+\s+){0,2}[a-z]{3,}(?:ion|sis|ity|ism|a?emia)$|"
                             # "bleeding problems from low vitamin K": a level its cause
                             r"\s+from\s+(?:low|high|too\s+(?:much|little))\s+(?:[\w-]+\s+){0,2}[\w-]+$",
                             re.I)
#: "after" and when, unless what the effect comes after is something done ("after stopping", "after removing the
#: patch", "after the medicine wears off"): that names the effect itself
_AFTER_NOT_DONE = r"after(?!\s+[a-z]{2,}ing\b)(?!\s+(?:the|your|this)\s+(?:medicine|drug|effect|dose|treatment)\s+wears\b)"
_SERIOUS_TAIL = re.compile(r"\s+that\s+(?:may|can|might|could|will)\b.*$|"
                           r"\s+(?:if|when|unless|especially|particularly|in people|in patients|in children|"
                           r"at high doses|" + _AFTER_NOT_DONE + r"|because)\b.*$", re.I)
_CUT = re.compile(r",\s*(?:which|but|especially|particularly|so|although|though|even|including|such as|because)\b.*$|\s+(?:if|when|unless)\s.*$"
                  r"|;.*$", re.I)
_CAUSE = Guarded(re.compile(r"\b(?:cause|causes|lead to|leads to|led to|leading to|result in|results in|causing|trigger|triggers|"
                            r"(?:has|have)\s+been\s+(?:linked|tied)\s+to)\s+",  # ("has been linked to a rare ... called X")
                            re.I))
#: a denial just before a cause verb ("does not trigger", "never causes", "cannot lead to")
_DENIED_BEFORE = re.compile(r"\b(?:(?:does|do|did)\s+not|doesn['\u2019]t|don['\u2019]t|never|cannot|can['\u2019]t|will\s+not|"
                            r"won['\u2019]t)\s+(?:\w+\s+)?$", re.I)
#: a new clause or a population after an effect list ("..., and it can trigger ...", "... in a small number of people")
_CLAUSE_TAIL = re.compile(r",?\s+(?:and|but|or)\s+(?:\w+ly\s+)?(?:it|they|this|these|that)\s+(?:\w+\s+)?"
                          r"(?:can|may|might|could|will|is|are|causes?|triggers?|leads?)\b.*$|"
                          # ", and in children ... it can cause X", ", and stopping suddenly can cause Y": another clause
                          # with its own verb of causing, read on its own
                          r",\s+and\s+[^;]{3,160}?\s(?:can|may|might|could)\s+(?:also\s+)?(?:cause|lead\s+to|result\s+in)\b.*$|"
                          r"\s+in\s+(?:a\s+(?:small|few|tiny)\s+number\s+of|some|a\s+few|rare)\s+(?:people|patients|"
                          r"cases)\b.*$", re.I)
_CAN_CAUSE = re.compile(r"\bcan cause\s+", re.I)
#: ", or signs of ...", " and symptoms of ...", " or have ...": written as one character of ``[,\s]`` and a
#: lookbehind for which one (so the engine scans for the class rather than trying every position).
_OR_SIGNS = re.compile(r"[,\s](?:(?:(?<=,)\s+|(?<=\s)\s*)(?:or|and)\s+(?=(?:any\s+)?(?:signs?|symptoms?)\s+of\b)|"
                       r"(?:(?<=,)\s+|(?<=\s)\s*)or\s+(?:you\s+)?(?=(?:see|have|notice|develop|get|are|pass|become)\s)|"
                       r"(?:(?<=,)\s+|(?<=\s)\s*)or\s+you\s+(?=feel\s))",
                       re.I)  # ("... or you notice X": a second clause, its own sign)
#: the same, and "or feel" closing a comma list ("..., blood in your urine or feel an urgent need to urinate") or
#: saying "feel" again ("feel faint or feel sick"); in a list of two, "wheeze or feel short of breath" is one sign
_FEEL_FIRST = re.compile(r"^(?:you\s+)?feel\s", re.I)
_OR_SIGNS_LIST = re.compile(_OR_SIGNS.pattern[:-1] + r"|(?:(?<=,)\s+|(?<=\s)\s*)or\s+(?=feel\s))", re.I)
_RISK = Guarded(re.compile(r"\bincreases?\s+the\s+risk\s+of\s+", re.I))
_INCREASE = Guarded(re.compile(r"\bcan\s+(?:also\s+)?increase\s+(?!the\s+(?:risk|effects?|action)\b)", re.I))
_INCLUDE = re.compile(r"^(?:these|they|such (?:effects|reactions)|(?:more )?(?:serious|rare) side effects)\s+"
                      r"(?:may\s+|can\s+)?include\s+", re.I)
_MOST_SERIOUS = Guarded(re.compile(r"\bthe most (?:serious|severe|dangerous)(?: \w+)? is\s+", re.I))
_REPORTED = Guarded(re.compile(r"\s+(?:have|has)\s+(?:also\s+)?been\s+reported\b|\s+(?:is|are)\s+(?:also\s+|rarely\s+)?reported\b|\s+(?:can|may|might)\s+(?:also\s+)?occur\b|"
                       r"\s+occurr?(?:ed|s)\b|\s+(?:have|has)\s+occurred\b", re.I))
#: the cause said after an effect ("Sudden death due to heart problems"): no part of its name
_DUE_TO_TAIL = re.compile(r"\s+(?:due\s+to|caused\s+by|because\s+of)\s.*$", re.I)
_DEVELOP = Guarded(re.compile(r"\bdevelop\s+", re.I))
def _system_group(label: str) -> bool:
    """A label that names effects by the body system they are in ("Skin reactions (topical)", "Serious skin
    infections"): a group of effects, not one effect."""
    said = re.sub(r"^(?:(?:serious|severe|rare|common|mild|other)\s+)+", "", strip_parens(norm(label))[0].strip(" :"),
                  flags=re.I)
    return _names_a_system_label(re.sub(r"\s+(?:reactions?|infections?|effects?)$", " problems", said, flags=re.I))


_INCLUDING = re.compile(r",\s*including\s+(?P<inc>[^,]+),", re.I)
_CALLED = re.compile(r"\b(?:called|known as|named)\s+(?P<name>.+)$", re.I)
#: "X, including Y and Z, and W": the examples of X are an aside between two effects.
_INCLUDING_ASIDE = re.compile(r",\s*including\s+[^,;]+(?=,\s*(?:and|or)\s)", re.I)
_APPOSITIVE_NOUN = re.compile(r"^(?:an?|the)\s+(?:[\w-]+\s+){0,3}$", re.I)
#: a kind of trouble before the name it is called by ("a lung problem called ...", "rare reaction known as ...")
_KIND_CALLED = re.compile(r"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}(?:problems?|reactions?|conditions?|infections?|"
                          r"disorders?|diseases?|syndromes?|complications?|types?|kinds?|forms?)\s+$", re.I)
def _spells_out(words: str, short: str) -> bool:
    """Whether ``short`` is initials ("PML", "ARDS") and ``words`` the words they stand for, in order."""
    if not re.fullmatch(r"[A-Z]{2,6}", short):
        return False
    heads = [w[0].upper() for w in re.split(r"[\s-]+", words.strip()) if w and w[0].isalpha()]
    return "".join(heads) == short


def _described_then_called(before: str, name: str) -> bool:
    """"a lung problem called X", "a serious breakdown of muscle tissue called X": what the effect is, then its name
    (the name short, the description a phrase of a few words)."""
    return bool(_KIND_CALLED.match(before) or _APPOSITIVE_NOUN.match(before)
                or len(name.split()) <= 3 and _DESCRIPTION.match(before))


_DESCRIPTION = re.compile(r"^(?:(?:an?|the)\s+)?(?:[\w-]+\s+){1,6}$", re.I)
_RARELY = re.compile(r",\s*(?:rarely|occasionally|sometimes|in rare cases),\s*", re.I)
#: "get emergency help", "seek urgent medical attention": the words before what to get help for
_GET_HELP = (r"(?:(?:get|seek)\s+(?:emergency\s+|urgent\s+|medical\s+|immediate\s+|"
             r"veterinary\s+(?:or\s+)?)*(?:help|care|attention|treatment)|"  # ("urgent veterinary or medical help")
             r"call\s+(?:an\s+ambulance|emergency\s+services|999|911|112)|"
             # "Contact your eye doctor the same day for increasing eye pain, ...": whom, when, then for what
             r"(?:call|contact|see|phone|ring)\s+(?:your|a|an|the)\s+(?:[\w-]+\s+)?(?:doctor|nurse|clinic|specialist|"
             r"team|provider)"  # ("Contact your transplant team right away for A, B or C")
             r"(?=\s+(?:the\s+same\s+day|same\s+day|today|right\s+away|immediately|at\s+once|straight\s+away|urgently|"
             r"promptly)\s+for\s))\s+")
#: the moment of a dose a sign comes at ("during or soon after a dose", "within an hour of the injection")
_DOSE_MOMENT = re.compile(r"\s+(?:during|within\s+(?:an?\s+|\w+\s+)?(?:hours?|minutes?)\s+of|"
                          # "new floaters in the days after an injection": when, no part of the sign
                          r"in\s+the\s+(?:first\s+)?(?:hours|days|weeks)\s+after)(?:\s+or\s+(?:soon\s+|shortly\s+|"
                          r"right\s+)?after)?\s+(?:a|an|the|each|your)\s+(?:dose|infusion|injection|shot)\b", re.I)
#: a second seek-help clause naming whom to see: ", and see a doctor urgently if you develop ..."
_SEE_AGAIN = (r"(?:see|call|contact|phone|tell)\s+(?:a|an|your|the)\s+(?:[\w-]+\s+)?(?:doctor|nurse|clinic|pharmacist|team)\s+"
              r"(?:(?:urgently|promptly|straight\s+away|at\s+once|right\s+away|the\s+same\s+day|immediately)\s+)?")
#: a body function or part a sign's clause may open on bare, with no "your": "if breathing becomes very slow"
_BODY_FUNCTION = r"(?:breathing|swelling|bleeding|vision|pain|heartbeat|speech|urine|skin)"
#: "contact" as a verb of getting help, not a word of a name ("contact dermatitis", "contact lenses")
_CONTACT = r"contact(?!\s+(?:dermatitis|lens|lenses|allerg\w*|eczema|urticaria|with)\b)"
_SIGNS_SENT = Guarded(re.compile(r"\b(?:seek|get|call|" + _CONTACT + r"|tell|see|phone|ring|know|go|head|visit|alert|consult|"
                                 r"reach\s+out|"  # ("Please reach out for urgent medical care if you notice ...")
                                 r"(?:talk|speak)(?=\s+(?:to|with)\s+(?:your|a|the)\s))\b.*?(?<!\beven\s)\bif(?:,\s+[^,;]{1,80},)?\s+(?:you|patients|the\s+patient|they(?=\s+(?:develop|experience|notice|feel|felt|have(?!\s+(?:not|been|gone|become|got|lasted|had)\b)|had|developed|noticed|experienced)\b)|"
                                 # ("... if someone taking this medicine has slow breathing, ...": whoever takes it)
                                 r"someone(?:\s+(?:taking|using|on)\s+(?:this|the|it)(?:\s+(?:medicine|medication|drug))?|"
                                 # ("If someone who received midazolam has blue lips, ...")
                                 r"\s+who\s+(?:received|took|takes|has\s+taken|was\s+given|is\s+taking|used|uses)\s+[\w-]+)?"
                                 r"(?=\s+(?:has|develops|experiences|notices|is|takes)\b))"
                                 r"(?:\s+or\s+(?:your|a|the|those)\s+[\w-]+(?:\s+[\w-]+){0,3}?)?\s+(?:also\s+)?(?P<l>(?:experience|develop|notice|have|get|"
                         # ("Patients were told to contact their doctor if they had ...": a withdrawn drug's page, in
                         # the past)
                         r"had(?!\s+(?:been|taken|used|not|no)\b)|developed|noticed|experienced|felt|"
                         r"see|hear|feel|become|are|start|pass|gain|lose|fall|soak|vomit|cough|bleed|bruise|wheeze|wake|"
                         r"(?:cannot|can't|can\u2019t)(?=[^.;]*,\s)|"  # ("if you cannot pass urine, have ...": a state,
                         # the first of the signs listed; alone, "if you cannot keep fluids down", advice)
                         # ("if you or your child develops ...": the verb agrees with the child)
                         r"(?<=\w\s)(?<!\byou\s)(?:experiences|develops|notices|has|gets|(?<=someone\s)takes))\b.+|faint\b.*)$|"
                         # "If your attack involves swelling in your throat (...), inject it and then go to ...": what it involves
                         r"^if\s+(?:your|the)\s+(?:attack|symptoms?|reaction|episode|swelling)\s+(?:involves?|includes?|affects?)\s+"
                         r"(?P<l11>[^,;()]{3,80}?)\s*(?:\([^()]*\))?,\s+[^;]*?\b(?:go|call|get|seek|contact)\b|"
                         # "If you faint, feel very short of breath, or notice swelling ..., contact your doctor": each clause
                         r"^if\s+you\s+(?:suddenly\s+|ever\s+)?(?P<l10>(?:faint|feel|vomit|pass|cough|bleed|collapse|see|"
                         r"hear|lose|wheeze|"
                         r"bruise|break\s+out|fall)\b[^;]{3,160}?),\s+"
                         # ("..., that could be a retinal detachment — get emergency eye care": what it may be, between)
                         r"(?:(?:that|this|which|these)\s+(?:could|may|might|can)\s+(?:be|mean)\s+[^;\u2014\u2013]{3,60}?\s*"
                         r"[\u2014\u2013-]+\s*)?"
                         # (whom to tell, not a sign's verb: "If you fall asleep without warning, see or hear things
                         # that are not there, ..., tell your doctor")
                         r"(?:seek|get|call|contact|stop|tell|see|go)\b(?=\s+(?:a|an|your|the|medical|emergency|urgent|"
                         r"immediate|help|taking|using|it|to|straight)\b)(?!.*\bif\s+you\s)|"
                         r"^(?:(?:however|but|and|so|also),?\s+)?(?:if\s+(?!you\b)[^,;]{3,80},\s+or\s+)?"  # ("If a child swallows
                         # it, or if you have A or B, get medical help": the reader's signs after another's event)
                         r"if\s+(?:you(?:\s+or\s+your\s+(?:child|baby|teen|son|daughter|"
                         r"partner))?|(?:the|a)\s+(?:person|patient)(?:\s+being\s+treated)?(?=\s+\w+s\b)|"
                         # ("If someone who received midazolam has blue lips, ..., call emergency services")
                         r"someone\s+who\s+(?:received|took|has\s+taken|was\s+given|is\s+taking|used)\s+[\w-]+(?=\s+\w+s\b))\s+"
                         # ("If the person being treated develops A, B or C, alert the medical team": who, then what;
                         # "If you or your child has A, B or C after an injection, get medical help")
                         r"(?:also\s+)?(?:(?:experience|develop|notice|have|get)s?|has)\s+(?P<l2>.+?),\s+"
                         # ("..., you should contact your doctor immediately": the reader named again)
                         r"(?:(?:you\s+)?(?:should|must|need\s+to)\s+|please\s+)?(?:seek|get|call|contact|stop|tell|alert|go\s+to|"
                         r"see(?=\s+(?:a|an|your|the)\s+(?:[\w-]+\s+)?(?:doctor|nurse|pharmacist|gp|clinic)))\b"
                         r"(?!.*\bif\s+you\s)|\breport\s+(?:any\s+)?(?P<l3>.+?)\s+to (?:a|your|the)\s+"
                         # ("Report chest pain ... to the care team immediately")
                         r"(?:doctor|pharmacist|healthcare|care\s+team|medical\s+team|nurse|prescriber)|\b" + _GET_HELP + r"(?:right\s+away\s+|immediately\s+|at\s+once\s+|straight\s+away\s+|"
                         r"urgently\s+|promptly\s+|quickly\s+|fast\s+|now\s+|(?:the\s+)?same\s+day\s+|today\s+)?for\s+(?P<l4>.+)$|"
                         # "Phone your clinic if the eye becomes very painful, your sight gets worse, ...": a body part's
                         # clauses, each a sign
                         # ("people get a burn-like reaction ..., eye irritation if the medicine gets into the eyes": no help)
                         r"\b(?:seek|get\s+(?:\w+\s+){0,2}(?:help|care|attention|advice)|call|" + _CONTACT + r"|tell|see|phone|"
                         r"ring)\b.*?\bif\s+(?P<l6>(?:(?:the|your)\s+|(?=" + _BODY_FUNCTION + r"\s))[a-z]+\s+"
                         r"(?:becomes?|gets?|turns?|swells?|looks?|feels?|goes|starts?|(?:is|are)\s+(?=[a-z]+ing\b))\s*.+)$|"
                         # ("if your heart is racing or beating irregularly, you faint, ...")
                         # "Treat these as reasons to ring your prescriber that same day: A, B or C": the list after a colon
                         r"\b(?:seek|get|call|" + _CONTACT + r"|tell|see|phone|ring)\b[^:;]{0,60}:\s+"
                         r"(?P<l7>(?![^.]*\b(?:may|might|can|could|will|would|should|is|are|was|were|do|does)\b).+)$|"
                         # "Chest pain, sudden breathlessness or a seizure warrant an emergency call": the list first
                         # "if someone taking clonazepam is very hard to wake up, has slow breathing, ...": another's signs
                         r"\b(?:seek|get|call|" + _CONTACT + r"|tell|see|phone|ring|go)\b.*?(?<!\beven\s)\bif\s+(?:someone|anyone|a\s+person|the\s+person|"
                         r"your\s+child|a\s+child|the\s+child|the\s+patient|a\s+patient)(?:\s+(?:taking|using|on)\s+[\w-]+|\s+with\s+[^,;]{3,40}?)?"
                         # ("if a person with lead poisoning has a severe headache, ...": who, by what they have)
                         # ("if someone who has taken charcoal has A, B or C", "if a child has swallowed a large amount and
                         # has A, B or C": who, then the signs)
                         r"(?:\s+who\s+[^,;]{3,40}?|\s+(?:has|had)\s+(?:swallowed|taken|used|eaten)\s+[^,;]{3,40}?\s+and)?"
                         r"\s+(?P<l9>(?:is|has|becomes|seems|looks|shows|keeps|starts|develops|chokes|vomits|faints)\b.+)$|"
                         # "Warning signs that need urgent attention: chest pain, fainting and black stools": the list after
                         r"^(?:(?:warning|danger|serious)\s+)?(?:signs|symptoms)\s+(?:that|which)\s+(?:need|require|warrant|"
                         r"call\s+for)\s+(?:an?\s+)?(?:emergency|urgent|immediate|prompt|same-day)\s+(?:care|help|attention|"
                         r"treatment)\s*:\s+(?P<l12>.+)$|"
                         # "Watch for A, B, or C, especially ..., and call the doctor right away if they appear"
                         r"^(?:watch|look)\s+(?:out\s+)?for\s+(?P<l13>[^;]+?)(?:,\s+(?:especially|particularly)\s+[^,;]+)?,\s+"
                         r"(?:and\s+)?(?:call|contact|tell|see|get)\b[^;]*?\b(?:if|when|as\s+soon\s+as)\s+(?:they|these|any\s+"
                         r"of\s+these|this)\s+(?:appear|occur|happen|develop|start|show\s+up)\b|"
                         # "Signs of an overdose include A, B and C; this needs emergency treatment": the signs, then that
                         # they need care at once
                         r"^(?:the\s+)?(?:(?:early|warning|first)\s+)?(?:signs?|symptoms?)\s+of\s+[^,;]{3,50}?\s+(?:include|are)\s+"
                         r"(?P<l15>[^;]+?)\s*(?:;|,|\s[\u2013\u2014-])\s+(?:and\s+)?(?:this|these|that|they|it|which)\s+(?:needs?|requires?|"
                         r"warrants?|calls?\s+for)\s+(?:an?\s+)?(?:urgent|immediate|emergency|prompt)\s+(?:medical\s+)?"
                         r"(?:care|help|attention|treatment)\b|"
                         # "If a vaginal yeast infection comes with fever, chills or foul-smelling discharge, see a doctor"
                         r"^if\s+(?:an?|the|your)\s+[^,;]{3,60}?\s+(?:comes?|occurs?|happens?)\s+(?:together\s+)?with\s+"
                         r"(?P<l14>[^;]+?),\s+(?:see|call|contact|get|seek|tell)\b|"
                         # "If confusion, drowsiness or high fever occur after a dose, go to the hospital immediately": the
                         # signs as the clause's subject (not "If side effects occur, ...": no sign named)
                         r"^if\s+(?!(?:any\s+)?(?:of\s+)?(?:these|this|those|they|it|side\s+effects?|symptoms?|problems?|"
                         r"reactions?|an?\s+overdose)\b)(?P<l18>[^;]{3,200}?)\s+(?:occurs?|develops?|appears?|happens?|"
                         r"starts?)\b[^,;]{0,60},\s+(?:please\s+)?(?:go|seek|get|call|contact|see|stop)\b(?=[^;]*\b(?:hospital|"
                         r"doctor|help|attention|care|emergency|immediately|right\s+away|at\s+once))|"
                         # "See a doctor promptly if there is blood in the stool, a high fever, or signs of ...": what is
                         r"\b(?:see|call|contact|get|seek|phone|ring)\b[^;]*?\bif\s+there(?:\s+(?:is|are)|['\u2019]s)\s+"
                         r"(?:any\s+)?"  # ("if there's black or tarry poo, ...")
                         r"(?P<l20>(?!no\b|any\s+doubt)[^;]+)$|"
                         # "See a doctor if your cough lasts more than 7 days or comes with a high fever, coughing up
                         # blood, or chest pain": the thing that goes on too long, then what it comes with
                         r"\b(?:see|call|contact|get|seek|tell|phone|ring)\b[^;]*?\bif\s+(?P<thing>(?:a|an|the|your)\s+"
                         r"[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+(?:lasts|persists|keeps|continues|gets|becomes)\b[^,;]*?)\s+"
                         r"or\s+(?:comes|is|occurs|happens)\s+(?:together\s+)?with\s+(?P<l23>[^;]+)$|"
                         # "If you notice swelling of face, difficulty in breathing or severe vomiting kindly consult your
                         # doctor immediately": a courtesy word where a comma would be
                         r"^if\s+you\s+(?:experience|develop|notice|have|get|feel)\s+(?P<l25>[^;]{3,160}?),?\s+(?:kindly|please)\s+"
                         r"(?:consult|contact|see|call|tell|inform|visit|go\s+to)\b|"  # ("If you feel your heart racing
                         # or fainting, or you get agitation ..., please go to the doctor right away!")
                         # "Stop the infusion and seek medical help immediately if hives, wheezing or low blood pressure
                         # occur": the help first, then the signs as the if-clause's subject
                         r"\b(?:seek|get|call|" + _CONTACT + r"|see|phone|ring|go)\b[^;]*?\bif\s+(?!(?:any\s+)?(?:of\s+)?"
                         r"(?:these|this|those|they|it|side\s+effects?|symptoms?|problems?|reactions?|an?\s+overdose|you|your|"
                         r"there|the|a|an|someone|anyone|patients|people)\b)(?P<l22>[^;]{3,200}?)\s+(?:occur|develop|appear|"
                         r"happen|start|occurs|develops|appears|happens|starts)\s*[.!]?$|"
                         # "If patients have A, B or C, they should stop taking the drug and go to hospital": theirs
                         r"^if\s+(?:patients|people|someone|a\s+patient|the\s+patient|children|a\s+child)\s+(?:have|has|"
                         r"develop|develops|get|gets|notice|notices|experience|experiences)\s+(?P<l21>[^;]+?),\s+"
                         r"(?:they|he|she|you)\s+(?:should|must|need\s+to)\s+(?:(?:immediately|promptly)\s+)?(?:stop|seek|"
                         r"get|call|contact|see|go|tell)\b|"
                         # "In case of swelling of the face, difficulty breathing or unusual bleeding, stop taking the
                         # drug and seek medical help immediately" (not "In case of overdose, ...": no sign named)
                         r"^in\s+(?:the\s+)?(?:case|event)\s+of\s+(?!(?:an?\s+)?(?:overdose|missed\s+dose|emergency)\b)"
                         r"(?P<l19>[^;]{3,200}?),\s+(?:please\s+)?(?:stop|seek|get|call|contact|see|go|tell)\b(?=[^;]*\b(?:"
                         r"hospital|doctor|help|attention|care|emergency|immediately|right\s+away|at\s+once))|"
                         # "If the patient has A, B, or C, emergency medical treatment is needed immediately"
                         r"^if\s+(?:the\s+patient|a\s+patient|the\s+person|your\s+child|the\s+child|someone)\s+"
                         r"(?:has|have|develops?|shows?)\s+(?P<l26>[^;]{3,200}?),\s+(?:(?:emergency|urgent|immediate)\s+)?"
                         r"(?:medical\s+)?(?:treatment|help|care|attention)\s+is\s+(?:needed|required)\b|"
                         # "Also report new bruising, dark urine or confusion, which could be signs of a TTP episode"
                         r"^(?:also\s+|please\s+)?report\s+(?:any\s+)?(?P<l27>(?!(?:it|them|this|these|side)\b)[^;]{3,200}?)"
                         r"(?:\s+(?:straight\s+away|right\s+away|at\s+once|immediately|promptly|urgently))?"
                         r"(?:,\s+(?:which|as|since)\b[^;]*)?$|"
                         # "Anyone who took it and developed A, B or C was told to stop it and see a doctor at once": a
                         # withdrawn drug's advice, in the past
                         r"^(?:anyone|anybody|people|patients|those)\s+who\s+(?:took|used|were\s+given|received)\s+it\s+and\s+"
                         r"(?:developed|noticed|had|got)\s+(?P<l28>[^;]{3,200}?)\s+(?:was|were)\s+(?:told|advised|asked)\s+to\s+"
                         r"(?:stop|seek|see|call|get|contact)\b|"
                         # "Anyone who notices A, B or C should stop the medication and seek medical attention"
                         r"^(?:anyone|anybody|someone|people|patients|those)\s+who\s+(?:notices?|develops?|experiences?|"
                         r"gets?|has|have)\s+(?P<l16>[^;]{3,200}?)\s+should\s+(?:(?:immediately|promptly|also)\s+)?"
                         r"(?:stop|seek|get|call|contact|see|tell|go)\b|"
                         # "Tell patients to call their doctor right away if they notice A, B or C": the patients'
                         r"\b(?:tell|advise|ask|instruct|remind)\s+(?:patients|people|parents|caregivers|carers)\s+to\s+"
                         r"(?:call|contact|see|seek|get|report|phone)\b[^;]*?\bif\s+they\s+(?P<l17>(?:experience|develop|"
                         r"notice|have|get|feel|see)\b.+)$|"
                         # ("You will get a card listing the warning signs that need urgent help": a sentence of
                         # its own, its signs unnamed)
                         r"^(?!(?:you|we|they)\s)(?P<l8>[^:;]{3,160}?)(?<!\bthat)(?<!\bwhich)\s+(?:also\s+)?(?:warrants?|needs?|"
                         r"requires?|calls?\s+for|means?)\s+(?:an?\s+)?"
                         r"(?:emergency|urgent|immediate|same-day)\s+(?:call|care|help|attention|treatment|review|visit)\b",
                         re.I))
#: "Tell your doctor promptly about any X", "call your doctor right away about A, B or C", "Let the nurse or doctor
#: know straight away about A, B or C": apart, so that "doctor"
#: does not send every sentence to the pattern above
_TELL_PROMPTLY = Guarded(re.compile(r"\b(?:tell|call|contact|phone|ring|let|inform|notify|alert)\s+(?:your|a|the|their)\s+"
                                    # ("inform the study doctor immediately about ...": whose doctor, the trial's)
                                    r"(?:(?:study|trial|treating|own)\s+)?(?:(?:nurse|doctor)\s+or\s+"
                                    r"(?:your\s+|the\s+)?(?:doctor|nurse)|doctor|care\s+team|team|"
                                    r"medical\s+team|nurse|healthcare\s+"
                                    r"(?:provider|team))\s+(?:know\s+)?(?:(?:promptly|right\s+away|at\s+once|"
                                    r"immediately|straight\s+away)\s+about\s+(?:any\s+)?(?P<l5>.+)|"
                                    # "Tell your care team about new or worsening sadness, anxiety or trouble sleeping":
                                    # new signs, however soon
                                    r"about\s+(?:any\s+)?(?P<l5b>(?:new|worsening|sudden)\b.+))$", re.I))


#: "Get help if your face, lips, tongue or throat swell, or if you have ...": body parts and what they do
_YOUR_PARTS = Guarded(re.compile(r"\b(?:seek|get|call|contact|tell|see)\b.*?\bif\s+your\s+(?P<l>(?P<parts>[a-z]+(?:(?:,\s*|"
                                 r",?\s+(?:or|and)\s+)[a-z]+){0,6})\s+(?P<verb>swells?|itch(?:es)?|bleeds?|tingles?|burns?|"
                                 r"aches?|turns?\s+yellow|looks?\s+(?P<colour>[a-z]+(?:\s+or\s+[a-z]+)?))\b.*)$", re.I))
#: what the parts do, as the noun of a sign ("swell" -> "swelling of the face, ...")
_PART_NOUN = {"swell": "swelling", "itch": "itching", "bleed": "bleeding", "tingle": "tingling", "burn": "burning",
              "ache": "aching", "turn yellow": "yellowing"}


#: "If you have had an epidural, tell your doctor right away if you have back pain, ...": the reader's condition,
#: then the signs (a sentence that is advice to those readers too: its list is not group "l")
_IF_THEN_SIGNS = Guarded(re.compile(r"^if\s+you\s+[^,;]{3,80},\s+(?:seek|get|call|contact|tell|see)\b[^;]*?\bif\s+you\s+"
                                    r"(?P<l7>(?:experience|develop|notice|have|get|feel)\b.+)$", re.I))


#: where the person with the signs is, said between them and their verb: "If you're in a trial and notice ...", "If
#: someone in a trial notices ...", "Anyone in a trial who has ..."
_SETTING_OF_WHO = re.compile(r"^(?P<w>(?:if\s+)?(?:you|someone|anyone|anybody|a\s+patient|patients|people)\b)(?:\s+are\b|"
                             r"['\u2019]re\b|\s+is\b)?\s+(?:(?:in|on|taking\s+part\s+in|taking|receiving|enrolled\s+in)\s+(?:a|an|the|this)\s+"
                             r"(?!who\b)[\w-]+(?:\s+(?!who\b)[\w-]+)?|(?:a|the)\s+(?:parent|caregiver|carer))"
                             # ("If you're a parent and you notice ...")
                             r"(?:\s+and(?:\s+you)?)?\s+(?=(?:who\s+)?(?:notices?|has|have|gets?|develops?|experiences?|"
                             r"sees?)\b)|"
                             # "If you ever get A, B or C, please call your doctor": how often, no part of the sign
                             r"^(?P<w2>if\s+you)\s+ever\s+(?=(?:get|have|notice|develop|experience|see)\b)", re.I)
#: advice reported from a source: "The guide advises calling a healthcare provider right away for A, B or C"
_ADVISES = re.compile(r"^(?:the\s+)?(?:(?:medication|patient)\s+)?(?:guide|label|leaflet|document|prescribing\s+information|"
                      r"package\s+insert|manufacturer|FDA|doctors?|experts?)\s+(?:also\s+)?(?:advises?|recommends?|"
                      r"says\s+to|tells\s+(?:you|patients|people)\s+to)\s+(?P<v>call|calling|contact|contacting|seek|seeking|"
                      r"get|getting)\b", re.I)
#: a child's signs after "if": "if your child passes much less urine than usual or has swelling in the legs"
_IF_YOUR_CHILD = re.compile(r"\bif\s+(?P<c>your\s+(?:child|baby|teen(?:ager)?|son|daughter)\s+)(?P<v>[a-z]+s)\b", re.I)
_CHILD_VERB = {"has": "have", "is": "are", "does": "do", "seems": "seem"}
#: a thing that gets worse, then what the reader has: "if diarrhea gets worse or you have a fever"
_WORSE_OR_YOU = re.compile(r"\bif\s+(?:your\s+|the\s+)?(?P<t>[a-z]+(?:\s+[a-z]+)?)\s+(?:gets|becomes)\s+worse,?\s+or\s+"
                           r"(?:if\s+)?you\s+(?=(?:have|get|develop|notice)\b)", re.I)
#: body parts that change colour, after "if your": "if your skin or eyes turn yellow or you ..."
_IF_YOUR_PARTS_TURN = re.compile(r"\bif\s+your\s+(?P<p>[a-z]+(?:(?:,\s*|,?\s+(?:or|and)\s+)[a-z]+){0,3})\s+"
                                 r"(?P<v>turns?|goes|go|becomes?|gets?)\s+(?P<adj>yellow|pale|blue|grey|gray|dark|red|"
                                 r"purple|black|white)\b(?P<or>\s+or\s+(?:if\s+)?you\s+(?=(?:have|get|develop|notice)\b))?",
                                 re.I)


def _parts_turning(m: re.Match[str]) -> str:
    """"if your skin or eyes turn yellow or you develop X" -> "if you have skin or eyes turning yellow, or develop X"
    (when the words are body parts; else as written)."""
    if not all(w in BODY_PARTS for w in re.findall(r"[a-z]+", m.group("p").casefold()) if w not in ("or", "and")):
        return m.group(0)
    verb = m.group("v").casefold()
    verb = gerund(_base_verb(verb) if verb.endswith("s") else verb)
    return f"if you have {m.group('p')} {verb} {m.group('adj')}" + (", or " if m.group("or") else "")


#: whose doctor: "your child's doctor", "their baby's nurse"
_WHOSE_DOCTOR = re.compile(r"\b(?P<p>your|their|the)\s+(?:child|baby|son|daughter|kid|partner)['\u2019]s\s+(?=(?:doctor|nurse|"
                           r"care\s+team|healthcare\s+provider)\b)", re.I)
_ADVISED_VERB = {"calling": "call", "contacting": "contact", "seeking": "seek", "getting": "get"}
#: a word the advice ends with that asks for agreement: "please call your doctor, okay?"
_TAG_END = re.compile(r",?\s+(?:okay|ok|alright|all\s+right|right)\s*\?$", re.I)


def seek_help(sent: str) -> re.Match[str] | None:
    """A seek-help sentence's match (read its list with :func:`_listed`), or None."""
    sent = _WHO_HAD_IT_THEY.sub(lambda m: f"{m.group('v').capitalize()} {m.group('rest')}if you ", sent)  # "Anyone who
    # has had X should contact a doctor straight away if they notice A, B": the reader's signs, as "if you notice"
    sent = _TOLD_TO.sub("", sent)  # "Anyone taking part in a trial was told to stop the tablets and contact ...": the
    # advice itself
    sent = _TAG_END.sub("", _SETTING_OF_WHO.sub(lambda m: f"{m.group('w') or m.group('w2')} ", sent))
    sent = _ADVISES.sub(lambda m: capitalise(_ADVISED_VERB.get(m.group("v").casefold(), m.group("v"))), sent)
    sent = _WHOSE_DOCTOR.sub(r"\g<p> ", sent)  # ("Contact your child's doctor right away for A, B or C")
    child = _IF_YOUR_CHILD.search(sent)
    if child:  # "Contact the care team right away if your child passes much less urine than usual or has ...": the
        verb = child.group("v")  # child's signs, read as the reader's
        verb = _CHILD_VERB.get(verb.casefold(), re.sub(r"(?<=ss|sh|ch)es$|(?<=[^s])s$", "", verb))
        sent = f"{sent[:child.start('c')]}you {verb}{sent[child.end():]}"
        sent = re.sub(r"(?<=\sor\s)has\b", "have", sent)
    if " worse or " in sent:  # "Call your doctor if diarrhea gets worse or you have a fever, ...": the thing first
        sent = _WORSE_OR_YOU.sub(r"if you have \g<t> getting worse, or ", sent)
    turn = _IF_YOUR_PARTS_TURN.search(sent) if " your " in sent or sent[:5].casefold() == "your " else None
    parts = _YOUR_PARTS.search(sent) if turn else None
    if turn and (turn.group("or") or parts is None or parts.start("parts") != turn.start("p")):  # "If your skin or
        sent = _IF_YOUR_PARTS_TURN.sub(_parts_turning, sent)  # eyes turn yellow or you develop a fever, contact a
        # doctor": the parts' change, as what you have (after "Get help if your skin or eyes turn yellow", the parts'
        # own sign)
    m = _IF_THEN_SIGNS.match(sent) if sent[:3].casefold() == "if " else None
    if m:
        return m
    m = _YOUR_PARTS.search(sent) if " your " in sent else None
    if m and all(w in BODY_PARTS for w in re.findall(r"[a-z]+", m.group("parts").casefold()) if w not in ("or", "and")):
        return m
    return _SIGNS_SENT.search(sent) or _TELL_PROMPTLY.search(sent) or _ANYONE_WHO_HAD.match(sent) \
        or _DOCTOR_MUST_BE_TOLD.match(sent) or _STATE_THEN_HELP.match(sent) or _ANYONE_WITH.match(sent)


#: who was told what to do, before the advice: "Anyone taking part in a trial was told to", "Participants are asked to"
_TOLD_TO = re.compile(r"^(?:anyone|everyone|participants|patients|people|those)(?:\s+(?:taking\s+part\s+in|in|enrolled\s+in)\s+"
                      r"(?:a|the)\s+(?:trial|study|studies|trials))?\s+(?:was|were|is|are)\s+(?:told|asked|advised|instructed)\s+"
                      r"to\s+(?=[a-z])", re.I)
#: whoever had the drug, told to get help "if they" have signs: "Anyone who has had X should contact a doctor straight
#: away if they notice"
_WHO_HAD_IT_THEY = re.compile(r"^(?:anyone|anybody|people|patients|those)\s+who\s+(?:has|have)\s+(?:had|taken|received|"
                              r"used|been\s+given)\s+[\w-]+\s+(?:should|must)\s+(?P<v>contact|call|see|seek|get|tell)\s+"
                              r"(?P<rest>[^;]*?)\bif\s+they\s+(?=(?:notice|have|develop|get|experience)\b)", re.I)


#: a seek-help sentence naming the state someone is found in: "If someone is unconscious or can't swallow, call
#: emergency services", "If the person becomes very drowsy, get help right away" (an emergency's state, not "If you
#: are pregnant, tell your doctor")
_STATE_THEN_HELP = re.compile(r"^if\s+(?:you|someone|anyone|they|he|she|the\s+(?:person|patient|child))"
                              r"(?:\s+(?:taking|using|on)\s+[\w-]+)?\s+(?:is|are|"
                              r"['\u2019]re|becomes?|seems?)\s+(?:very\s+|too\s+)?(?P<l13>(?:unconscious|unresponsive|"
                              r"confused|drowsy|not\s+breathing|hard\s+to\s+wake(?:\s+up)?|passed\s+out|having\s+(?:a\s+)?"
                              r"(?:seizure|fit)s?)\b[^;]{0,120}?),\s+(?:call|get|seek|go|phone|dial|ring)\b", re.I)


#: a seek-help sentence said of the patient, the doctor told in the passive: "If the patient develops A, B or C after
#: starting treatment, the doctor must be informed immediately"
_DOCTOR_MUST_BE_TOLD = re.compile(r"^if\s+(?:the\s+|a\s+)?(?:patient|person|child)\s+(?:develops|has|gets|notices|experiences|"
                                  r"shows)\s+(?P<l>.+?)(?:\s+(?:after|while|during)\s+[^,]+)?,\s+(?:the|a|their)\s+"
                                  r"(?:doctor|physician|prescriber)\s+(?:must|should)\s+be\s+(?:informed|told|contacted|called|"
                                  r"notified)\s+(?:immediately|right\s+away|at\s+once|promptly|straight\s+away)\W*$", re.I)


#: a seek-help sentence said of whoever had the signs: "Anyone who took X and experienced A, B or C needed emergency
#: medical care"
_ANYONE_WHO_HAD = re.compile(r"^(?:anyone|everyone|people|patients|those)\s+who\s+(?:took|takes?|used|uses?|(?:is|are|was|were)\s+"
                             r"taking)\s+[\w-]+\s+and\s+(?:experienced|experiences?|developed|develops?|had|has|have|"
                             r"noticed|notices?)\s+(?P<l>.+?)\s+(?:needed|needs?|required|requires?|should\s+(?:get|seek)|"
                             r"must\s+(?:get|seek))\s+(?:emergency|urgent|immediate)\s+(?:medical\s+)?(?:care|help|attention|"
                             r"treatment)\W*$", re.I)


#: who should get help, by what they have: "Anyone with severe stomach pain, a swollen belly, or vomiting that does
#: not stop should get medical help right away"
#: (help said to be urgent: "People with kidney disease should see a doctor before using it" is a precaution)
_ANYONE_WITH = re.compile(r"^(?:anyone|someone|people|patients|those|a\s+person)\s+with\s+(?P<l>[^;]+?)\s+"
                          r"(?:should|must|needs?\s+to)\s+(?:(?:get|seek)\s+(?:(?:emergency|urgent|immediate|prompt)\s+"
                          r"(?:medical\s+)?(?:help|care|attention|treatment)\b|(?:medical\s+)?(?:help|care|attention|"
                          r"treatment)\s+(?=(?:right\s+away|immediately|urgently|at\s+once|straight\s+away)\b))|"
                          r"(?:call|contact|see)\s+(?:a|their|the)\s+(?:doctor|vet|GP)\s+(?=(?:right\s+away|immediately|"
                          r"urgently|at\s+once|straight\s+away)\b)|go\s+to\s+(?:an?\s+)?(?:hospital|emergency))", re.I)


def _listed(m: re.Match[str]) -> str:
    """The list a seek-help sentence names (whichever of its phrasings matched); a second "if you notice"
    clause goes on with the list ("... confusion, or if you notice dizziness or ringing in the ears"). Body
    parts and what they do are one sign each ("your face or lips swell" -> "swelling of the face or lips")."""
    if m.groupdict().get("parts"):
        rest = _IF_YOU_AGAIN.sub("; ", _IF_YOU_FEEL.sub("; feeling ", m.group("l")[m.end("verb") - m.start("l"):])).lstrip(" ,")
        if m.group("colour"):  # "your lips, fingernails or skin look blue or grey": each part, that colour
            head = "; ".join(f"{m.group('colour')} {p}" for p in re.split(r",\s*|\s+(?:or|and)\s+", m.group("parts")) if p)
        else:
            verb = " ".join(m.group("verb").casefold().split())
            verb = re.sub(r"(?:es|s)(?=$|\s)", "", verb) if verb not in ("aches", "tingles") else verb[:-1]
            head = f"{_PART_NOUN.get(verb, verb)} of the {m.group('parts')}"
        return f"{head}; {rest.lstrip('; ')}" if rest.strip(" ;") else head
    key, listed = next((k, v) for k, v in m.groupdict().items() if v and k != "thing")
    listed = _HELP_AGAIN.sub("; ", _IF_YOU_AGAIN.sub(", ", _IF_YOU_FEEL.sub(", feeling ", listed)))
    listed = _IF_ONE_BECOMES.sub(_one_becoming, listed)
    first = _THING.match(m.group("thing")) if key == "l23" else _IF_THING_FIRST.search(m.string, 0, m.start(key))
    if first:  # "see a doctor if a sore has not healed after 10 days, or if you get A or B": the thing first, as a
        listed = f"{_thing_clause(first)}; {listed}"  # noun phrase ("sore not healed after 10 days")
    return _THE_FOLLOWING.sub("", listed)  # "if you experience any of the following: a, b or c"


#: the "or" between two signs that each say how they are: "redness that keeps getting worse or pain that does not go
#: away"
_THAT_OR_THAT = re.compile(r"(?<=\sthat\s)(?P<a>[^,;]+?)\s+or\s+(?=(?:[a-z][\w-]*\s+){1,3}that\s)", re.I)
#: a first condition about a thing, before "or if you ...": "if a sore has not healed after 10 days, or if you "
_IF_THING_FIRST = re.compile(r"\bif\s+(?:(?P<det>a|an|the|your)\s+(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)|"
                             r"(?P<n2>(?!(?:anything|something|nothing)\b)[a-z]{3,}ing))\s+"  # ("if breathing gets worse")
                             r"(?P<adv>(?:suddenly|quickly|rapidly|gradually)\s+)?"
                             r"(?P<rest>(?:(?:has|have|does|do|is|are)\s+not|(?:has|does|is)n['\u2019]t|keeps|lasts|"
                             r"spreads|gets|becomes|continues|persists|worsens|returns|comes\s+back)\b[^,;]*),?\s+"
                             r"or\s+if\s+(?:you\s+(?:[\w-]+\s+)?|there\s+(?:is|are)\s+(?:any\s+)?)$", re.I)
# ("..., or if there is swelling of the face": the list goes on after the thing)
#: a thing and how it goes on, alone: "your cough lasts more than 7 days"
_THING = re.compile(r"(?P<det>a|an|the|your)\s+(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+"
                    r"(?P<rest>(?:lasts|persists|keeps|continues|gets|becomes)\b.*)$", re.I)
#: the negated verb a thing's condition opens with: "has not healed", "is not better", "does not go away"
_NOT_VERB = re.compile(r"^(?:(?P<done>has|have)|(?P<state>is|are)|(?:does|do))(?:\s+not|n['\u2019]t)\s+"
                       r"(?(done)|(?(state)|(?P<v>[a-z]+)\b))", re.I)


def _base_verb(verb: str) -> str:
    """A verb in the third person as its base form: "lasts" -> "last", "cries" -> "cry", "itches" -> "itch"."""
    low = verb.casefold()
    return verb[:-3] + "y" if low.endswith("ies") else verb[:-2] if low.endswith(
        ("sses", "shes", "ches", "xes")) else verb[:-1]


def _thing_clause(m: re.Match[str]) -> str:
    """A condition about a thing as a sign's noun phrase, "your" kept as the truths keep it: "a sore has not healed
    after 10 days" -> "sore not healed after 10 days", "your eye is not better" -> "your eye not being better", "your
    cough lasts longer" -> "your cough lasting longer", "it does not go away" -> "not going away"."""
    rest = " ".join(m.group("rest").split())
    neg = _NOT_VERB.match(rest)
    if neg:
        verb = "being" if neg.group("state") else gerund(neg.group("v")) if neg.group("v") else ""
        rest = " ".join(filter(None, ("not", verb, rest[neg.end():].strip())))
    else:
        verb, _, tail = rest.partition(" ")
        rest = tail if verb.casefold() == "keeps" and tail else " ".join(filter(None, (gerund(_base_verb(verb)), tail)))
    det, adverb = (m.group("det") or "").casefold(), m.groupdict().get("adv") or ""
    return f"{'your ' if det == 'your' else ''}{m.group('n') or m.groupdict().get('n2')} {adverb}{rest}"


_THE_FOLLOWING = re.compile(r"^\s*(?:(?:experience|develop|notice|have|get|see)\s+)?(?:(?:any|one|some)\s+(?:or\s+more\s+)?of\s+)?(?:the\s+following|these)"
                            r"(?:\s+(?:signs|symptoms|problems|side\s+effects))?\s*:\s*", re.I)


#: words that "feel" takes as adjectives: "feel dizzy or faint" is feeling faint, not fainting
_FELT = frozenset({"faint", "sick", "weak", "ill", "unwell", "tired", "dizzy", "cold", "hot"})
_FELT_AHEAD = r"(?:(?:very|so|really|extremely|unusually)\s+)?(?:" + "|".join(sorted(_FELT)) + r")\b"
_IF_YOU_FEEL = re.compile(r"(?:,\s+|,?\s+(?:or|and)\s+)if\s+you\s+feel\s+(?=" + _FELT_AHEAD + ")", re.I)
_IF_YOU_AGAIN = re.compile(r"(?:,\s+|,?\s+(?:or|and)\s+)(?:if\s+you(?:\s+or\s+(?:your|a)\s+[\w-]+(?:\s+[\w-]+)?)?|(?<=or\s)you(?=\s+(?:experience|develop|notice|have|get)\b)|"
                           # (", or if anyone develops swelling of the face": whoever has it, the same signs)
                           r"if\s+(?:anyone|someone|anybody)(?=\s+(?:experiences|develops|notices|has|gets)\b))"
                           r"\s+(?:experience|develop|notice|have|get|experiences|develops|notices|has|gets|"
                           r"feel(?!\s+" + _FELT_AHEAD + r"))\s+(?:any\s+)?",
                           re.I)  # (", or if you or your family notice ..."; "or if you feel (very) faint": feeling faint)
#: another person's states after the reader's signs: ", or if a child becomes very drowsy, flushed, feverish or confused
#: after the drops" (each state a sign of its own, said of the child)
_IF_ONE_BECOMES = re.compile(r"(?:,\s+|,?\s+or\s+)if\s+(?P<w>(?:a|your|the)\s+(?:child|baby|infant|person|patient))\s+"
                             r"(?:becomes|gets|seems|looks)\s+(?P<l>[^;]+?)(?:\s+(?:after|during|while)\s+[^;,]*)?$", re.I)


def _one_becoming(m: re.Match[str]) -> str:
    states = [x.strip() for x in re.split(r",\s*(?:or\s+)?|\s+or\s+", m.group("l")) if x.strip()]
    return "; " + "; ".join(f"{m.group('w')} becoming {x}" for x in states)


#: an amount in other units: "gain more than 2 kg (5 lb)", "(over 38 °C)", "(4.4 pounds)"
_MEASURE = re.compile(r"^\s*(?:about|around|over|more\s+than|at\s+least|roughly)?\s*[\d.,]+\s*(?:°\s*)?(?:kg|kilograms?|lbs?|"
                      r"pounds?|g|grams?|ounces?|oz|mg|ml|cm|mm|inches?|in|feet|ft|C|F|degrees?)\b\.?\s*$", re.I)
#: a parenthesis saying what signs may mean, not more signs: "(possible TB)", "(signs of liver problems)"
_WHAT_IT_MAY_BE = re.compile(r"^(?:possible|possibly|probable|likely|may\s+be|could\s+be|can\s+be|a\s+sign|signs?\s+of|"
                             r"symptoms?\s+of|warning\s+signs?|especially|particularly|mainly|mostly)\b", re.I)  # ("trouble
# seeing colours (especially red and green)": which ones, no sign)
#: a second seek-help clause going on with the list: "..., and get emergency help for swelling of the face"
_HELP_AGAIN = re.compile(r",?\s+(?:and|or)\s+(?:" + _GET_HELP + r"(?:right\s+away\s+|immediately\s+|at\s+once\s+)?"
                         r"(?:for|if\s+you\s+(?:have|notice|develop|get))|" + _SEE_AGAIN +
                         r"if\s+you\s+(?:have|notice|develop|get))\s+(?:any\s+)?", re.I)
#: a member that says what comes with the effect before it: "often with fever", "usually with a rash"
#: when or from what one part of a semicolon list comes, after its comma: ", mostly with high IV doses"
_PART_WHEN = re.compile(r",\s+(?:often|usually|sometimes|typically|mostly|mainly|especially|particularly)\s+"
                        r"(?:with|from|after|at|in|when|if)\s[^;()]*$", re.I)
_WITH_MEMBER = re.compile(r"^(?:often|usually|sometimes|typically|mostly|mainly|possibly|commonly)\s+with\s", re.I)
#: an item's own verb after the list's comma: ", have a ...", ", or get ..."
#: the "or" before what someone cannot do, after a sign of another kind: "unconscious or can't swallow"
_OR_CANNOT = re.compile(r"(?<=[a-z])\s+or\s+(?=(?:can['\u2019]t|cannot|(?:is|are)\s+unable\s+to)\s+[a-z])", re.I)
_ITEM_HAVE = re.compile(r"(?P<j>,\s+(?:or\s+|and\s+)?)(?:ha(?:ve|s)|gets?|develops?|sees|notices)\s+(?:an?\s+)?(?=[a-z])", re.I)  # (not
# "or notice shaking, stiffness or slowed movements": a verb of seeing over its own list)
#: a sentence that adds to the signs of the seek-help sentence before it: "The same applies to A, B, or C."
_SAME_APPLIES = re.compile(r"^(?:(?:the\s+)?same\s+(?:applies|goes|is\s+true)|(?:this|that)\s+(?:also\s+)?applies)\s+(?:to|for)\s+"
                           r"(?:(?:any\s+)?(?:signs\s+of\s+)?)?(?P<x>[^.;:]{3,})$", re.I)
_SIGNS_OF = re.compile(r"^(?:any\s+)?(?:signs?|symptoms?)\s+(?:or symptoms?\s+)?of\s+(?P<x>[^()]+?)\s*"
                       r"(?:\((?P<p>[^)]*)\))?$", re.I)
_SUCH_AS = Guarded(re.compile(r",?\s+such as\s+", re.I))
_INCLUDING_EX = Guarded(re.compile(r",?\s+including\s+", re.I))
_EXAMPLE_ARTICLE = re.compile(r",?\s+(?:including|such\s+as)\s+(?:an?|the)\s+(?=[\w-]+(?:\s+[\w-]+){0,2}\s+(?:called|known\s+as|named)\s)",
                              re.I)
_OTHER_TAIL = Guarded(re.compile(r",?\s+(?:or|and)\s+(?:any\s+)?other\s+[\w\s-]+$", re.I))
#: an effect the page puts down to another drug ("it is caused by ribavirin, not by sofosbuvir")
_OTHER_CAUSE = re.compile(r"\b(?:caused|due)\s+(?:by|to)\s+[\w-]+,?\s+(?:and\s+)?not\s+(?:by|to)\s+", re.I)
_CAUSED_BY = re.compile(r"\s+(?:caused|triggered|brought\s+on)\s+by\b.*$", re.I)
_WITH_LEAD = re.compile(r"^(?:with|plus|along\s+with)\s+", re.I)
_SIGNS_INCLUDE = re.compile(r"^(?:the\s+)?(?:warning\s+)?(?:signs|symptoms)\s+(?:include|are|can\s+include)\s+", re.I)
_NOT_A_SIGN = re.compile(r"\bside effects?\b|^(?:any|other|these|those)\b|^(?:of\s+)?(?:the|these|those)\s+(?:signs|symptoms)\b|"
                         r"\b(?:sub-?points?|(?:points|items|list)\s+(?:above|below))\b", re.I)
#: (read for truth only: the anchored branches, which once came after the others, go first; "being" is a
#: clause's, but "a feeling of being unwell" is one effect)
_NOT_AN_EFFECT_F = StartOr(r"(?:these|those|such|this|that)\s+(?:symptoms|signs|effects|problems|reactions)\b|"
                           # "Such as Stevens-Johnson syndrome." under an effect's heading: its example, said as a
                           # sentence of its own (the examples of a list are read where the list names them)
                           r"(?:such\s+as|for\s+example|e\.g\.)\s|"
                           # "Longer clotting times on lab tests, without extra bleeding": how the effect before
                           # shows, no effect of its own
                           r"(?:without|with\s+no)\s|"
                           # "Kidney damage, the most important risk, which ...": how the effect before ranks
                           r"(?:the\s+)?(?:most|main|biggest|chief|greatest)\s+(?:(?:important|serious|common|dangerous|"
                           r"frequent|worrying)\s+)?(?:risk|concern|problem|danger|one|(?:side\s+|adverse\s+)?effect|"
                           r"(?:adverse\s+)?reaction)s?$|"  # ("Low blood pressure, the most frequent effect")
                           r"(?:most|many|some|all|few)\s+(?:adverse\s+)?(?:reactions|effects|problems|events)$|"  # "Most
                           # reactions happen with ...", "Most adverse events occur within ..."
                           r"(?:(?:other|any|these|those|common|serious|rare|less\s+common|more|most|some|possible|many|several|few|all)\s+)*"
                           r"side\s+effects?$|(?:may|can|might|could|will|is|are)\b|(?:the medicine|the drug|it|this|they)\b|"
                           r"(?:other|any)\b|no\s+(?:symptoms|signs|side\s+effects|problems)\b|"  # ("cause no symptoms")
                           # "liver failure, sometimes fatal": how bad the effect before can get, no effect of its own;
                           # "..., where the nose becomes more blocked": what the effect before is
                           r"(?:(?:sometimes|occasionally|rarely|possibly|potentially)\s+)?(?:fatal|deadly|"
                           r"life[- ]threatening)$|where\s|"
                           # "Side effects are frequent and are the main reason the drug is limited": how often, then
                           # a clause, no effect
                           r"(?:frequent|common|rare|uncommon|mild|usually\s+mild)\s+and\s+(?:are|is|can|may|often)\b|"
                           # "The side effects reported most often are gastrointestinal", "mostly local": the kind of
                           # the effects, an adjective, no effect of its own
                           r"(?:mainly\s+|mostly\s+|usually\s+)?(?:gastrointestinal|digestive|neurological|neurologic|"
                           r"psychiatric|cardiovascular|dermatologic(?:al)?|respiratory|musculoskeletal|local|systemic)$",
                           r"\bside\s+effects?\s+(?:of|from|include|are|may|can)\b|(?<!\bof)\s+being\b|"
                           r"^(?:[\w-]+\s+)?of\s+(?:it|them)$", re.I)  # ("X, or worsening of it": X again, by a pronoun)  # ("Being unable to
# pass urine": the effect, said by its gerund)
_NEXT_SENTENCE = re.compile(r"(?<=[a-z)]{2})\.\s+(?=[A-Z][a-z]+\s)(?![^()]*\)).*$", re.S)
_CIRCUMSTANCE = re.compile(r",\s+(?:especially|particularly|mainly|usually)\b|\b(?:when|after|in people)\s", re.I)
#: "that can cause dizziness": signs come from a relative clause describing the effect, not from "<drug> can cause".
_REL_CAN_CAUSE = re.compile(r"\b(?:that|which)\s+can\s+cause\s+", re.I)
#: a description after an effect's comma: "a rare but dangerous reaction", "an infection of the ..."
_GLOSS_NOUN = re.compile(r"^(?:a|an)\s+\S+\s+\S+", re.I)
_INITIALS = re.compile(r"^[A-Z]{2,6}$")
_APPOSITIVE_GLOSS = re.compile(r"^(?:a|an)\s+\w.*\b(?:which|that|who|where|whose)\b", re.I)
_LEAD_PREP = re.compile(r"^(?:over|after|during|in|on|with|for|at|within|from|near|around)\s", re.I)
#: what a body part can have, shared out along a list ("tendon pain, swelling, or inflammation"); not what the whole
#: body has ("chest pain, dizziness, or fainting" is no chest dizziness)
_LOCAL_SIGNS = frozenset("""
    pain pains swelling tenderness weakness redness inflammation stiffness numbness tingling burning itching bruising
    bleeding warmth soreness aching cramping cramps discoloration discolouration blistering peeling spasms twitching
    irritation heaviness tightness pressure
""".split())


#: The same patterns, run over lower-cased ASCII text (see :class:`kg.extract_text.Folded`).
_SERIOUS_F, _NOT_A_SIGN_F = Folded(_SERIOUS), Folded(_NOT_A_SIGN)
_DESCRIPTIVE_F, _CIRCUMSTANCE_F = Folded(_DESCRIPTIVE), Folded(_CIRCUMSTANCE)

def side_effects_section(doc: Document) -> Section | None:
    return doc.first_of("side_effects")


def extract_side_effects(doc: Document, result: Extraction) -> None:
    sec = side_effects_section(doc)
    if sec is None:
        return
    ctx = _Ctx(Quoter(doc), sec, result)
    heading: str | None = None
    parents: dict[int, str | None] = {}
    effect_items: dict[int, bool | None] = {}  # depth -> the item there is an effect (serious?) rather than a group
    seen_list = False
    for i, block in enumerate(sec.blocks):
        if block.kind == "item" and block.label and not block.text.strip() and not block.depth \
                and sec.blocks[i + 1:i + 2] and sec.blocks[i + 1].kind == "paragraph" and not sec.blocks[i + 1].label \
                and (_names_a_group(block.label) or is_group_label(re.sub(r"\s+(?:reactions|effects)\W*$", "", block.label))) \
                and _BARE_LIST.search(sec.blocks[i + 1].text) \
                and not _CLAUSE_WORDS.search(sec.blocks[i + 1].text):
            block = dataclasses.replace(block, kind="paragraph")  # "● Common reactions:" over a plain line "A, b, c": a group label
            # set as a bullet, its effects the line under it
        if block.kind == "paragraph" and not block.label and block.text.rstrip().endswith(":"):
            *before, last = sentences(norm(block.text)) or [""]
            if before and (_LEAD_IN_GROUP.search(last) or _SEEK_HELP_GROUP.search(last) or _frequency_lead_in(last)):
                # "Most people tolerate it well. The most frequent problem is dry mouth. Others may include:" over a
                # list: the sentences before the lead-in name effects of their own
                ctx.prose(Block(kind="paragraph", text=" ".join(before), span=block.span),
                          _category(heading) if heading else None)
                block = Block(kind="paragraph", text=last, span=block.span)
        if block.kind == "paragraph":
            if block.label and not block.text:
                heading = _lead_in_category(block.label) if _WHO_GETS.search(strip_parens(block.label)[0]) \
                    else block.label.strip(" :") if _help_aside(block.label.strip(" :")) \
                    else _category(block.label)  # ("Less often, you might get:" says how often; "Rare (1 in 1,000 people)";
                # "Serious side effects (seek medical attention):" keeps its bracket, which makes its items signs too)
            elif block.label and _SEEK_HELP_GROUP.search(block.label) and not _help_aside(block.label.strip(" :")):
                first, *rest = sentences(norm(block.text)) or [""]
                if first and (_IF_YOU_END.search(block.label) or _BARE_LIST.search(first) and not _CLAUSE_WORDS.search(first)
                              and not seek_help(first.rstrip("."))):  # ("Seek help: Contact your team right away for
                    # A, B or C": a sentence of its own, read as prose)
                    # "**Get emergency help if you have:** a, b or c.", "**When to get help:** A, b or c."
                    ctx.signs(block, first)
                    block = Block(kind="paragraph", text=" ".join(rest), span=block.span, label=block.label)
                ctx.prose(block, None)  # "When to get help: Call your doctor if you have ...": signs, no effect
            elif block.label and _NOTE_LABEL.match(clean_label(block.label).strip(" :")):
                for sent in sentences(norm(block.text)):  # "💡 **Tip:** Take it first thing in the morning, and go easy
                    m = seek_help(sent.rstrip("."))  # on caffeine": advice, no effect (a sign it names stays one)
                    if m:
                        ctx.signs(block, _listed(m))
            elif block.label:  # "Common: a, b, c." / "**Serious (rare):** prose"
                run_on = _HELP_RUN_ON.search(block.text) if is_group_label(block.label) else None
                if run_on:  # "Serious: a, b, c" and, on the next line, "Call emergency services if ...", which
                    # the page joined to it: the list, then the sentence read as a paragraph of its own
                    ctx.paragraph(Block(kind="paragraph", text=block.text[run_on.end():], span=block.span))
                    block = dataclasses.replace(block, text=block.text[:run_on.start()])
                for label, text in _group_runs(block.label, block.text):
                    # "Very common (≥1/10): a, b; Common (≥1/100 to <1/10): c, d": one group per run
                    ctx._graver = _serious_in_brackets(label)  # ("**Cardiovascular (serious)** | a, b |")
                    ctx.prose(Block(kind="paragraph", text=text, span=block.span, label=label), _category(label),
                              named=label)
                    ctx._graver = False
                if _help_aside(block.label.strip(" :")) and _BARE_LIST.search(_first_sentence(block.text)):
                    ctx.signs(block, _first_sentence(block.text))  # "**Serious (seek medical care):** a (b), c": the
                    # group's effects, and signs too (as its label alone over a list makes them)
            elif _BARE_GROUP_LINE.match(norm(block.text)) and sec.blocks[i + 1:i + 2] and sec.blocks[i + 1].kind == "item":
                heading = _category(norm(block.text).strip(" ."))  # "Very common side effects" on its own line, no
                # colon, over a list: its group
            elif block.text.rstrip().endswith(":") and _LEAD_IN_GROUP.search(block.text):
                # "Serious side effects (some carry a boxed warning):" over a list: its group; "Serious side effects
                # (seek medical attention):" keeps its bracket, which makes its items signs too (_help_aside)
                lead = norm(block.text).rstrip(" :")
                heading = lead if _help_aside(lead) else _lead_in_category(block.text)
            elif block.text.rstrip().endswith(":") and _SEEK_HELP_GROUP.search(block.text):
                heading = block.text  # "Call your doctor right away if you:" over a list: its items are signs
            elif block.text.rstrip().endswith(":") and sec.blocks[i + 1:i + 2] and sec.blocks[i + 1].kind == "item" \
                    and _frequency_lead_in(block.text):
                heading = _frequency_lead_in(block.text)  # "You're most likely to notice:" / "Less often, you might get:"
            elif heading and _SEEK_HELP_GROUP.search(heading) and _BARE_LIST.search(block.text) \
                    and not _CLAUSE_WORDS.search(_first_sentence(block.text)) \
                    and not _RISK_RISES.match(_first_sentence(block.text)):  # ("Risk of bleeding rises with age over
                # 65, low body weight and dehydration": what raises the risk, no sign)
                first = _first_sentence(block.text)  # "**Get help now:**" over "Fever, sore throat or ...": the signs,
                shown = _signs_listed(first.rstrip(". "))  # written as a bare list, or as what shows a thing
                ctx.signs(block, shown or first)  # ("Early signs of X include A and B.")
                rest = norm(block.text)[len(norm(first)):].strip() if shown else ""
                if rest:  # ("If you notice these, or if you have C, call ...": the seek-help sentence after it)
                    ctx.paragraph(Block(kind="paragraph", text=rest, span=block.span))
            elif len(runs := _group_runs("", norm(block.text))) > 1 or runs and runs[0][0]:
                # "Most are mild. **Most common:** a, b. **Less common:** c, d.": the groups a paragraph runs into
                for label, text in runs:
                    part = Block(kind="paragraph", text=text, span=block.span, label=label or None)
                    if label:
                        ctx.prose(part, _category(label), named=label)
                    else:
                        ctx.prose(part, _category(heading) if heading else None)
            elif seen_list and heading is None:
                ctx.paragraph(block)
            else:
                ctx.prose(block, _category(heading) if heading else None)
            continue
        seen_list = True
        tail = _TAG_THEN_SENTENCE.search(block.text) if not block.cells else None
        if tail and is_group_label(tail.group("tag")):
            # "k) Fluid in the lungs (rare but serious)" and the line after it, which Markdown ran into the item
            # ("Seek medical help right away if ..."): the item up to its tag, the line a paragraph of its own
            ctx.prose(Block(kind="paragraph", text=block.text[tail.end():], span=block.span), None)
            block = dataclasses.replace(block, text=block.text[:tail.end("tag") + 1])
        bare = block.label if block.label and not block.text.strip() else block.text.rstrip()[:-1] \
            if block.kind == "item" and block.label is None and block.text.rstrip().endswith(":") \
            and len(block.text.split()) <= 8 else _group_over_siblings(block, sec.blocks[i + 1:i + 2])
        # ("1) Reactions where it is applied:", a sentence's words)
        if bare and not block.cells \
                and (is_group_label(bare) or _GROUP_ITEM_LABEL.search(strip_parens(norm(bare))[0])) \
                and sec.blocks[i + 1:i + 2] and sec.blocks[i + 1].kind == "item" \
                and sec.blocks[i + 1].depth in (block.depth, 0) and sec.blocks[i + 1].label is None:
            # ("(2) Nicotinic effects:" after a list is read one deeper than the list it heads)
            heading = _category(bare)  # "🟢 **Common:**" as an item, its effects the items after it at its own depth
            effect_items[block.depth] = None
            continue
        context = parents.get(block.depth - 1) if block.depth > 0 else heading
        parents[block.depth] = block.label
        if block.label is None and not block.cells and is_group_label(block.text.strip()):
            parents[block.depth] = _category(block.text)  # "* Common" over "+ Nausea": a group's name alone
            effect_items[block.depth] = None
            continue
        if block.label is None and not block.cells and _names_a_system(block, sec.blocks[i + 1:i + 2]):
            parents[block.depth] = _category(block.text)  # "- Mouth and gut" over "  - Nausea": the group's name
            effect_items[block.depth] = None
            continue
        if block.label is None and not block.cells and not block.depth and not block.text.rstrip().endswith(":") \
                and (_GROUP_INCLUDES.match(norm(block.text)) and not _LISTED_BELOW.search(block.text)
                     or _drug_sentence(norm(block.text), result)):
            ctx.prose(Block(kind="paragraph", text=block.text, span=block.span), None)  # "- Common side effects
            continue  # include fatigue, headache and rash.", "- Telbivudine often raises the level of creatine kinase
            # (CK), ...": a sentence as an item, read as prose
        if block.label is None and not block.cells and _lead_in_item(block, sec.blocks[i + 1:i + 2]):
            # "- Most side effects mean the dose is too high:" over its own list: a lead-in, no effect; "- Get medical
            # help right away if you have:" over its own list: its items are signs
            lead = _lead_in_category(block.text) if _LEAD_IN_GROUP.search(block.text) else \
                norm(block.text) if _SEEK_HELP_GROUP.search(norm(block.text)) else context
            parents[block.depth] = lead
            effect_items[block.depth] = None
            continue
        owner = effect_items.get(block.depth - 1) if block.depth > 0 else None
        effect_items[block.depth] = None
        if owner is None and _bold_effect_over_notes(block, sec.blocks, i) \
                and not _SEEK_HELP_GROUP.search(context or ""):
            # "1. **Gout**" over "- sudden, severe pain ... in a joint": a bold effect, its sub-points notes on it
            category = _category(context or "Other")
            ctx.item(block, context or "Other")
            effect_items[block.depth] = bool(_SERIOUS_F.search(category))
            continue
        if owner is not None:
            # "* Liver problems\n  + yellowing of the skin": a sub-point describes its effect, it is no other
            # effect; under a serious one it gives the signs to seek help for
            if owner and not _tells_about(norm(block.text)):
                ctx.signs(block, _SIGNS_INCLUDE.sub("", norm(block.text).rstrip(".")), split_or=False)
            continue  # (a sentence that tells what the effect is or when it comes gives no signs: "The spleen can
            # become enlarged and, rarely, burst.", "Most often with the first dose.")
        if block.label is None and not block.cells and not block.text.rstrip().endswith(":") and not \
                _SEEK_HELP_GROUP.search(context or ""):
            category = _category(context or "Other")
            effect_items[block.depth] = bool(_SERIOUS_F.search(category))
        if block.label is None and not block.cells and (block.depth == 0 or _HELP_OPENS.match(block.text)):
            help_ = seek_help(norm(block.text))  # (a nested one too: "  - Get emergency help if you have ...")
            if help_ is not None:  # "- Get medical help straight away if you notice a, b or c.": signs, no effect
                ctx.signs(block, _listed(help_))
                continue
            if _OTHER_CAUSE.search(block.text):
                continue  # "- Anaemia is also common with it, but it is caused by ribavirin, not by X": not this drug's
        aside = _help_aside(context) if not block.cells else None
        said = _EFFECT_THEN_SIGNS.match(norm(block.text)) if aside is None and block.label is None \
            and not block.cells and block.depth > 0 else None
        named, told = (said.group("e"), said.group("t")) if said else (block.label, norm(block.text).strip(" :")) \
            if aside is None and block.label and block.depth > 0 and not block.cells else (None, "")
        if named and told and _SYMPTOM_LIST.match(told) and context and _SERIOUS_F.search(_category(context)) \
                and not _SEEK_HELP_GROUP.search(context) and not _names_a_group(named) and not is_group_label(named) \
                and not _HELP_LABEL.search(named):
            # "- **Serious (rare):**" over "  - Worsening of narrow-angle glaucoma: eye pain, blurred vision, red eyes":
            # the effect, and the symptoms it shows by (the signs to get help for, as a serious effect's sub-points)
            ctx.effect_and_signs(Block(kind="item", text=told, span=block.span, label=named, depth=block.depth), context)
            continue
        plain = _EFFECT_THEN_SIGNS.match(norm(block.text)) if aside is not None and block.label is None \
            and not block.cells else None
        if plain and _SYMPTOM_LIST.match(plain.group("t")):  # "**Red flags – seek care now**" over "- Kidney injury:
            # passing little or no urine": the effect, then the signs it shows by, as a bold label's
            block = dataclasses.replace(block, label=plain.group("e"), text=plain.group("t"))
        if aside is not None and block.label and norm(block.text).strip(" :"):
            ctx.effect_and_signs(block, aside)  # "**Serious (get medical help right away):**" over "**Liver
            # problems:** Yellowing of the skin or eyes, dark urine": the effect, and the signs it shows by
        elif aside is not None and block.label is None:  # "Less Common but Serious Side Effects (seek medical attention if you experience
            nxt = sec.blocks[i + 1] if i + 1 < len(sec.blocks) else None  # these):": effects of that group, and signs
            ctx.item(block, aside, parent=nxt is not None and nxt.kind == "item" and nxt.depth > block.depth)
            ctx.sign_item(block)
        elif block.cells:
            ctx.row(block, heading)
        elif _SEEK_HELP_GROUP.search(block.label or context or ""):
            ctx.sign_item(block)  # "Call your doctor right away if:" over a list: signs, not effects
        else:
            nxt = sec.blocks[i + 1] if i + 1 < len(sec.blocks) else None
            ctx.item(block, context, parent=nxt is not None and nxt.kind == "item" and nxt.depth > block.depth)
    _signs_elsewhere(doc, result)
    _dedupe(result)


#: Sections whose seek-help sentences give signs too ("Stop using it and see a doctor if you ...").
_SIGN_KINDS = ("precautions", "faqs", "dosage", "interactions", "uses", "other", "note")  # ("**Note:** Anyone who has A
# or B should contact the study team straight away": a note set apart by its label)


_URGENT = Guarded(re.compile(r"\b(?:right\s+away|immediately|straight\s+away|at\s+once|emergency|urgent(?:ly)?|"
                     r"(?:seek|get)\s+(?:\w+\s+)?(?:care|help|attention)\s+(?:quickly|promptly|without\s+delay)|"
                     r"stop\s+(?:taking|using)\b)", re.I))
_SIGN_TAIL = re.compile(r",\s+(?:including|especially)\s+(?:in|during|after|within|for)\s+the\s+(?:days?|weeks?|hours?|"
                        r"months?)\b.*$|\s+in\s+the\s+(?:days?|weeks?|hours?)\s+(?:afterwards|after|that\s+follow)$|"
                        r",\s+(?:since|because)\s.*$|,\s+(?:including|especially|particularly)(?=,|$)|"
                        # (", including in the days after the infusion, since its effects last for about a week": when, and
                        # why; a cue left bare once its moment was cut)
                        r",\s+(?:especially|particularly)\s+if\s[^,;]*(?=,)|,\s+(?:even|especially|particularly)\s[^;]*|\s+after\s+(?:missing|skipping|stopping|a\s+missed)\b.*$|,\s+(?:and|but)\s+(?:do\s+not|don't|never|avoid|"
                        r"stop|call|tell|get|seek)\b.*$", re.I)
#: a preposition said again after "or"/"and" opens another sign: "for trouble breathing or for swelling of ..."
_FOR_AGAIN = re.compile(r",?\s+(?:or|and)\s+for\s+(?=\S)", re.I)
_WITH_OR_WITHOUT = re.compile(r",\s+with\s+or\s+without\s+[^,;]{1,40}(?:,(?=\s)|$)", re.I)
_WHICH_TAIL = re.compile(r"(?:,|\s[\u2014\u2013]|\s--)\s+(?:which|as\s+these|these|this|they|those)\b.*$", re.I)  # (", which
# can be signs of TTP", "— these can be signs of high potassium")


#: a gloss that says what the signs before it are signs of, then one more sign after "or"
_GLOSSED_THEN_OR = re.compile(r"(?P<g>\((?:which\s+(?:can|may)\s+be\s+)?(?:signs?|symptoms?)\s+of\s+[^()]+\))\s+or\s+(?=\w)",
                              re.I)
#: an example, "or", then a sign of places joined by "or" ("hives or swelling of the face or throat"): two examples
_OR_PLACE_OR = re.compile(r"^(?P<a>[\w-]+(?:\s+[\w-]+)?)\s+or\s+(?P<b>[\w-]+(?:\s+[\w-]+)?\s+(?:of|in|on|around)\s+(?:the|your)\s+"
                          r"[\w-]+\s+or\s+[\w-]+)$", re.I)
#: "fingers or toes that turn cold, numb or blue": each colour or feeling of those parts is a sign
_PARTS_THAT_TURN = re.compile(r"\b(?P<parts>[a-z]+(?:\s+or\s+[a-z]+)?)\s+that\s+(?P<v>(?:turn|become|go|feel|look|get)s?)\s+"
                              r"(?P<a>[a-z]+(?:,\s+[a-z]+)*,?\s+(?:or|and)\s+(?:[a-z]+|change\s+colou?r))(?=,|;|$)", re.I)


_NOT_LIMITED = re.compile(r"(?<=\binclude)\s+but\s+(?:are|is)\s+not\s+limited\s+to\b|"
                          r"(?<=\bincluding)\s+but\s+not\s+limited\s+to\b", re.I)
#: "Side effects are common, ..., including: ...": the effects said to be common, then their list
_ARE_COMMON_INCLUDING = re.compile(r"^(?:the\s+)?(?:side[\s-]effects?|adverse\s+effects)\s+(?:are|is)\s+(?:very\s+|fairly\s+)?"
                                   r"(?P<g>common|frequent)\b[^:;]{0,80}?,?\s+including\s*:?\s+", re.I)
#: a group said without its noun, or with "ones": "common ones are ...", "less common are ...", "serious but rare
#: ones include ..."
_ONES = (r"(?P<g>(?:the\s+)?(?:(?:much\s+|far\s+|very\s+)?(?:more|less|most)\s+)?(?:common|uncommon|rare|"
         r"frequent|serious)(?:\s+(?:but|and)\s+(?:(?:more|less|very)\s+)?(?:serious|rare|common|"
         r"uncommon))?)(?:\s+ones)?\s+(?=(?:are|were|include|included)\s)")  # ("Less common ones included ...")
_ONES_ARE = re.compile(r"^" + _ONES, re.I)
#: where a clause of a group opens in a sentence of several ("..., common ones are A; less common are B; serious but
#: rare side effects include C")
_GROUP_OPENS = re.compile(r"(?:^|,\s+|;\s+)(?:and\s+|but\s+)?(?=" + _ONES + r"|(?:the\s+)?(?:(?:more|less|most)"
                          r"\s+)?(?:common|uncommon|rare|serious)(?:\s+(?:but|and)\s+(?:serious|rare|common))?\s+"
                          r"(?:side[\s-]effects?|reactions|effects)\s+(?:are|include)\s)", re.I)


def _group_clauses(sent: str) -> list[str]:
    """A sentence that lists two or more groups, each in its own semicolon clause, as one sentence each ("Side effects
    ... depend on the level, common ones are A; less common are B; serious but rare side effects include C")."""
    if ";" not in sent:
        return [sent]
    parts = [p.strip() for p in split_top(sent, ";")]
    opens = [_GROUP_OPENS.search(p) for p in parts]
    if sum(o is not None for o in opens) < 2:
        return [sent]
    out = []
    for part, o in zip(parts, opens):
        piece = part[o.end():] if o else part
        out.append(capitalise(piece.strip()))
    return out


def _parts_then_other(m: re.Match[str]) -> str:
    """"... of your face, lips, or throat or trouble breathing": the parts' sign ends where another begins."""
    parts = re.split(r",\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+", m.group("parts"))
    if not all(p.casefold() in BODY_PARTS for p in parts):
        return m.group(0)
    return m.group(0)[:m.start("or") - m.start()] + "; "


def _parts_that_turn(m: re.Match[str]) -> str:
    parts = m.group("parts")
    if not all(w in BODY_PARTS for w in parts.casefold().split() if w != "or"):
        return m.group(0)
    members = [a for a in re.split(r",\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+", m.group("a")) if a]
    return ", ".join((f"{parts} that {a}" if a.casefold().startswith("change ") else  # "fingers or toes that turn
                      f"{parts} that {m.group('v')} {a}").replace(" ", _HELD) for a in members)  # cold, pale or numb":
    # a clause each, as the page said it


#: "Call your doctor if the bleeding gets heavier, ...": calling about what happens (not telling about what one has,
#: is or plans: "Tell your doctor if you have kidney disease", "Call your doctor if you become pregnant")
_NOT_SIGN_IF = r"(?!.*\b(?:pregnant|miss|missed|forget|plan|planning|breast-?feed\w*|surgery|have\s+had|history|taking|take|travel\w*)\b)"
_CALL_IF = re.compile(r"\b(?:call|contact|phone|see)\s+(?:your|a|the)\s+(?:doctor|prescriber|"
                      r"midwife|nurse|care\s+team)\s+if\s+" + _NOT_SIGN_IF + r"|"
                      # "However, if you also have stomach pain or feel weak, call your doctor, because ...": the "if" first
                      r"^(?:(?:however|but|and|so|also),?\s+)?if\s+you\s+" + _NOT_SIGN_IF + r"(?:also\s+)?(?:have|notice|develop|get|"
                      r"experience|feel)\s[^;]{3,120}?,\s+(?:call|contact|phone|see)\s+"
                      r"(?:your|a|the)\s+(?:doctor|prescriber|midwife|nurse|care\s+team)\b(?!\s+(?:before|first|about)\b)", re.I)


def _signs_elsewhere(doc: Document, result: Extraction) -> None:
    """The signs a page tells the reader to get help for outside its Side Effects section (a
    Precautions paragraph, an FAQ answer); they add no side effect."""
    q = Quoter(doc)
    for sec in doc.sections_of(*_SIGN_KINDS):
        ctx = _Ctx(q, sec, result, effects=False)
        lead_in = False  # a paragraph "... call your doctor right away if you have:" over the list of its signs
        for block in sec.blocks:
            text = norm(block.text)
            if block.kind == "item" and lead_in and text:
                ctx.signs(block, text.rstrip("."))
                continue
            lead_in = block.kind == "paragraph" and text.endswith(":") and bool(_URGENT.search(text)) \
                and _IF_YOU_END.search(text) is not None
            if lead_in:
                continue
            if text and could_match(text, ("if you", "help", "report ", "get ", "seek", " if the ", " if your ",
                                           "watch for", "look out for", "signs of", "symptoms of", "anyone", "if someone",
                                           "emergency")):
                for sent in sentences(text):
                    m = seek_help(sent.rstrip(".")) if _URGENT.search(sent) or _CALL_IF.search(sent) else None
                    if m:  # "Tell your doctor if you have kidney disease" is a precaution, not a sign
                        listed = _listed(m)
                        ctx.signs(block, listed)


_DASH_DESC = re.compile(r"\s(?:[-\u2013\u2014]|--)\s|\s\u2014|\u2014\s")  # ("--": an ASCII writer's dash)
#: where an effect item's name ends: a clause, an example, a population ("in older adults"); a sex
#: only after a comma (", in women 65 and older"), since "Enlarged breasts in men (gynecomastia)" is
#: another effect than enlarged breasts
#: what an effect leads to, listed after it in a labelled line: " causing numbness, weakness or unsteady walking"
_CAUSING_LIST = re.compile(r"\s+(?:causing|leading\s+to|resulting\s+in)\s+[^;,()]*,[^;]*?(?=;|$)", re.I)
_ITEM_CUT = re.compile(r",\s*(?:which|but|with|(?:also\s+)?called|known\s+as|causing|leading\s+to|resulting\s+in|(?:found|seen|detected)\s+(?:on|in|by)|(?:(?:partly|mainly|mostly|probably)\s+)?because|caused\s+by|due\s+to|linked\s+to|related\s+to|associated\s+with|brought\s+on\s+by|resulting\s+from|(?:more|less|most)\s+(?:likely|common|often)|(?:highest|greatest|worst|strongest)\s+(?:in|during|at|on|when|after)\s|especially|particularly|"
                       r"most\s+often|mostly|mainly|usually|often|rarely|sometimes|"
                       r"even\s+(?:in|if|when|with|at|after|without|though|at)|"  # ("High blood sugar, even in people without diabetes")
                       r"occasionally|in\s+people|in\s+those|in\s+children|in\s+(?:wo)?men|in\s+rare\s+cases|who|that|where|such\s+as|"
                       r"including|like|"
                       r"(?:reported|seen|noted|observed)\s+(?:\w+\s+)?(?:rarely|often|occasionally|in)|"
                       r"for\s+example|e\.g(?=\.))\b|\s+(?:if|" + _WHEN + r"|unless|with\s+long-term)\s|;|(?<=[a-z]{3})\.\s|"
                       r"\s+such\s+as\b|"
                       # when it comes, unless what it comes after is something done ("Sneezing right after spraying",
                       # "Withdrawal symptoms after removing the patch", "... after the medicine wears off" stay whole;
                       # "Paradoxical bronchospasm right after inhalation", "... after many years of use" do not)
                       r"\s+(?:right\s+|immediately\s+|shortly\s+)?" + _AFTER_NOT_DONE + r"\s|"
                       r"\s+in\s+(?:(?:some|a\s+few|many|"
                       r"most)\s+)?(?:children|teens|adults|"
                       r"older|young|people|patients|those|infants|babies|boys|girls|the\s+elderly)\b",
                       re.I)
_PAIR_PREP = re.compile(r"\b(?:of|with|in|on|from|to|for|at|around|under)\b", re.I)
_PAIR_HEAD = re.compile(r"\s(?:changes|problems|disorders|disturbances|reactions|effects|infections|pain|aches|symptoms|issues|"
                        r"levels|counts|cells|function|tests)$", re.I)


def split_pair(text: str) -> list[str]:
    """"Tendinitis and tendon rupture" -> two effects; "Swelling of the hands and feet", "Suicidal
    thoughts and behavior", "mood and behavior changes" stay one."""
    halves = [h.strip() for h in split_top(text, " and ") if h.strip()]
    if len(halves) == 3 and not _PAIR_PREP.search(halves[0]) and len(halves[0].split()) <= 3 \
            and _PAIR_PREP.search(halves[1]) and halves[2].casefold() in BODY_PARTS:
        return [halves[0], f"{halves[1]} and {halves[2]}"]  # "dry mouth and swelling of the hands and feet"
    if len(halves) != 2:
        return [text]
    left, right = halves
    abbrev = re.search(r"\(([A-Za-z]{3,8})\)\s*$", right)
    if abbrev and spells_initials(abbrev.group(1), text[:text.rindex("(")]):
        return [text]  # "Drug reaction with eosinophilia and systemic symptoms (DRESS)": one name
    nl, nr = len(strip_parens(left)[0].split()), len(strip_parens(APPLIED_PLACE.sub("", _MOMENT_AFTER.sub("", right)))[0]
                                                 .split())  # ("blurred vision right after putting in the drops": when)
    if _STATE_OF_USE.match(strip_parens(left)[0].strip()) and nr <= 3:
        return halves  # "dependence and withdrawal symptoms": a state of the drug's use stands alone, no "dependence
        # symptoms"
    if re.match(r"^an?\s", right) and (nl <= 3 and not _PAIR_PREP.search(left) or nr >= 3):
        return halves  # "gas and a metallic taste in the mouth", "a rise in blood pressure and a slower heart rate":
        # an article opens the second effect
    if nl <= 2 and _LEVEL_OPENS.match(right) and not _LEVEL_OPENS.match(left + " ") and not _PAIR_PREP.search(left):
        return halves  # "dehydration and low levels of salts in the blood": a measured level opens the second
    if nl >= 2 and nr >= 2 and _LEVEL_OPENS.match(drop_article(left)) \
            and (_LEVEL_OPENS.match(drop_article(right)) or _CHANGE_OPENS.match(right) or _ABNORMAL_OPENS.match(right)):
        return halves  # "low white blood cell counts and raised liver enzymes": each its own direction, its own level
    if nl <= 2 and not _PAIR_PREP.search(left) and _SITE_REACTIONS_NAMED.match(right):
        return halves  # "tremor and reactions at the injection site": an effect, then the site's reactions
    if 2 <= nl <= 3 and nr >= 3 and _DISEASE_END.search(left) and not _PAIR_PREP.search(left):
        return halves  # "lactic acidosis and severe liver enlargement with fat": a named disease, then another effect
    if nr == 1 and (nl >= 3 or nl == 2 and (_PLURAL_EVENTS.search(left) or _DISEASE_HEAD.search(left))) \
            and _DISEASE_WORD.search(strip_parens(right)[0].strip()) \
            and not _PAIR_PREP.search(left):
        return halves  # "low white blood cell count and anemia", "allergic reactions and angioedema", "skin cancer and
        # lymphoma": an effect, then a named disease
    if ((_PAIR_PREP.search(left) and (nr == 1 or nr == 2 and _SHARED_HEAD.search(right))) or nl > 4 or nr > 4
            or (nl == 2 and _INTENSE_PART.match(left) and _PAIR_HEAD.search(right))  # "severe bone and muscle pain"
            or (nl == 1 and _PAIR_HEAD.search(right) and not _NOUN_END.search(left)  # "Dehydration and kidney problems"
                and left.casefold() not in _WHOLE_EFFECTS)  # ("Diarrhea and abdominal pain": two)
            or (nr == 1 and nl >= 2 and right.casefold() not in _WHOLE_EFFECTS) or _INTENSIFIER_WORD.match(left)
            # "Raised cholesterol and triglyceride levels": the two substances share the head (and the direction)
            or (nr == 2 and _SHARED_HEAD.search(right) and not _SHARED_HEAD.search(left))):
        return [text]
    return halves


#: a state that comes of taking the drug, which no head noun after "and" shares ("dependence and withdrawal symptoms")
_STATE_OF_USE = re.compile(r"^(?:physical\s+|psychological\s+)?(?:dependence|addiction|tolerance|abuse|misuse)$", re.I)
#: a plain sub-point that names a serious effect, a colon, then what it shows by: "Urinary retention: difficulty passing
#: urine or painful urination"
_EFFECT_THEN_SIGNS = re.compile(r"^(?P<e>[A-Za-z][^:;,()]{2,60}?(?:\s*\([^()]*\))?):\s+(?P<t>[a-z][^:]*)$")
#: what a serious effect's sub-point says after its colon when it lists what the effect shows by: lower-case symptoms,
#: no sentence ("sudden wheezing or tightness in the chest right after inhaling"; not "It can be fatal.")
_SYMPTOM_LIST = re.compile(r"^(?!(?:it|this|these|they|can|may|rare|rarely|usually|often|in|a|an|the|and|or|right|just|"
                           r"after|when|with|during|while|especially|mostly|mainly)\b)[a-z][^.:;]*$")
#: a label that says to get help, not an effect: "Get help fast", "Call your doctor"
_HELP_LABEL = re.compile(r"\b(?:get|seek|call|contact|tell|help|emergency|doctor|urgent(?:ly)?)\b", re.I)
#: the reactions of where it is injected, named so: "reactions at the injection site", "skin reactions where it is given"
_SITE_REACTIONS_NAMED = re.compile(r"^(?:skin\s+|local\s+)?reactions?\s+(?:at\s+the\s+(?:injection|infusion|application)\s+"
                                   r"sites?|where\s+(?:it\s+is|the\s+(?:injection|shot)\s+(?:is|was))\s+given)$", re.I)
#: when an effect comes, after its name: "right after putting in the drops"
_MOMENT_AFTER = re.compile(r"\s+(?:right|just|shortly|soon|immediately)\s+after\s.*$", re.I)
#: a second effect said as a change in something: "low white blood cell count and changes in heart rhythm"
_CHANGE_OPENS = re.compile(r"^(?:changes?|problems?|damage)\s+(?:in|with|to)\s", re.I)
#: a second measurement said as abnormal: "low white blood cell count and abnormal liver tests"
_ABNORMAL_OPENS = re.compile(r"^abnormal\s+[\w-]+\s+(?:tests?|results?|levels?|values?|counts?)$", re.I)
_LEVEL_OPENS = re.compile(r"^(?:low|high|raised|increased|decreased|reduced|elevated)\s", re.I)
#: an intensity and a body part sharing the head after "and" ("severe bone and muscle pain")
_INTENSE_PART = re.compile(r"^(?:severe|mild|sharp|intense|unusual|new)\s+(?:" + "|".join(sorted(BODY_PARTS)) + r")$", re.I)


_PARTS_ALT = "|".join(sorted(BODY_PARTS))
#: the same, inside a list: held as one member
_SHARED_PARTS = re.compile(r"\b(?:severe|mild|sharp|intense|unusual|new)\s+(?:" + _PARTS_ALT + r")\s+and\s+(?:"
                           + _PARTS_ALT + r")\s+(?:pain|aches?|stiffness|cramps|weakness)\b", re.I)


#: one-word effects that never take the words before "and" ("liver injury and fainting", "upper stomach pain and
#: vomiting"), unlike "joint pain and stiffness" or "muscle aches and weakness"
#: urges named by what they are urges to do ("uncontrollable urges such as gambling, binge eating or compulsive
#: shopping", "impulse-control problems, including gambling or sex"): the examples are behaviours, no effects of their
#: own, even where a serious sentence's examples are (the truths drop them every time)
_URGE_EXAMPLES = re.compile(r"(?P<urge>\b(?:urges?|impulses?|compulsions?|impulse[- ]control\s+(?:problems?|disorders?))"
                            r"(?:\s+to\s+[\w-]+)?),?\s+(?:such\s+as|including|like)\s+(?:[^,;.]+,\s+)*?[^,;.]*?\s"
                            r"(?:or|and)\s+(?!(?:an?|the)\s)[\w-]+(?:\s+(?!(?:and|or)\s)[\w-]+)?", re.I)
_WHOLE_EFFECTS = frozenset("""
    vomiting diarrhea diarrhoea nausea fainting dizziness headache headaches constipation fatigue tiredness drowsiness
    insomnia fever confusion anxiety irritability hallucinations seizures gas bloating rash itching hives cough sweating
    flushing indigestion heartburn wheezing palpitations tremor nightmares agitation nervousness restlessness sleepiness
    diabetes jaundice gout pneumonia mania stroke
""".split())


#: a head the two objects of a preposition share: "Changes in blood sugar and cholesterol levels"
_SHARED_HEAD = re.compile(r"\s(?:levels|counts|values|readings|tests)$", re.I)
#: the end of a disease's name ("lactic acidosis", "acute pancreatitis", "peripheral neuropathy")
_DISEASE_WORD = re.compile(r"^[a-z]{2,}(?:osis|itis|emia|aemia|pathy|algia|edema|oedema|oma)$", re.I)  # one word that names
# a disease
_PLURAL_EVENTS = re.compile(r"\s(?:reactions|infections|problems|events)$", re.I)
#: a two-word effect named by its kind of disease ("skin cancer", "kidney disease"), before a one-word disease
_DISEASE_HEAD = re.compile(r"\s(?:cancer|disease|infection|syndrome|failure|injury)$", re.I)
_DISEASE_END = re.compile(r"[a-z]{3}(?:osis|itis|emia|aemia|pathy|algia)$", re.I)
_NOUN_END = re.compile(r"[a-z]{3}(?:tion|sion|ness|ity|ism|itis|osis|emia|algia)$", re.I)


#: joins the words of a name its initials spell, so that no list or "and" splits it (see :func:`_hold_names`)
_HELD = "\ue001"
_INITIALISM = re.compile(r"\(([A-Z][A-Za-z]{2,7})\)")


#: the parenthetical that ends a text
_LAST_PARENS = re.compile(r"\(([^()]*)\)\s*$")


#: the series of words a boxed warning names one risk by: "abuse, misuse and addiction" (two, "abuse and dependence",
#: are two effects as the truths read them)
_MISUSE_WORD = r"(?:abuse|misuse|addiction|dependence|diversion)"
_MISUSE_SERIES = re.compile(rf"{_MISUSE_WORD}(?:,\s*{_MISUSE_WORD})+,?\s+(?:and|or)\s+{_MISUSE_WORD}", re.I)


def _hold_names(text: str) -> str:
    """A name followed by the initials it spells, held together as one word: in "rash; drug reaction
    with eosinophilia and systemic symptoms (DRESS)" the "and" joins the words of one name, not two
    effects ("Stevens-Johnson syndrome and toxic epidermal necrolysis (SJS/TEN)" spells no initials
    and still splits). :meth:`_Ctx.effect` writes the words out again."""
    if "(" not in text or " and " not in text:
        return text
    for m in reversed(list(_INITIALISM.finditer(text))):
        before = text[:m.start()].rstrip()
        words = list(re.finditer(r"[A-Za-z][\w'-]*", before))
        for n in range(2, min(len(words), 12) + 1):  # (the shortest name: no "and" of the list before it)
            start = words[-n].start()
            phrase = before[start:]
            if " and " in phrase and not re.search(r"[,;:]", phrase) and spells_initials(m.group(1), phrase):
                text = text[:start] + phrase.replace(" ", _HELD) + text[len(before):]
                break
    return text


#: a comma between two words that say how one thing looks or goes, after its article ("a fast, irregular heartbeat",
#: not "a fast, pounding or irregular heartbeat", a series): one member, held by :func:`_hold_modifier_commas`
_HELD_COMMA = "\ue002"


def _hold_modifier_commas(text: str) -> str:
    """"Fainting or a fast, irregular heartbeat": the comma inside "a fast, irregular heartbeat" joins two
    words of one sign, not two members; :func:`_unhold` writes it out again."""
    if ", " not in text:
        return text
    text = _MODIFIER_COMMA.sub(lambda m: m.group(1) + _HELD_COMMA, text)
    return _COLOUR_COMMA.sub(lambda m: m.group(1) + _HELD_COMMA, text)  # ("vomit blood or pass black, tarry stools")


#: a colour, a comma and how the thing looks, before its noun: "black, tarry stools", "dark, cloudy urine" (one sign)
_COLOUR_COMMA = re.compile(r"\b(black|dark|pale|red|bloody|yellow|brown|white)(?=,\s+(?:tarry|sticky|bloody|cloudy|foamy|"
                           r"clay-colou?red|smelly|runny)\s+(?:stools?|poo|urine|bowel\s+movements|diarrh(?:o)?ea)\b),", re.I)


def _unhold(label: str) -> str:
    """A label with the words and commas held together written out again."""
    return label.replace(_HELD, " ").replace(_HELD_COMMA, ", ")


_INTENSIFIER_WORD = re.compile(r"^(?:very|extremely|unusually|abnormally|too|low|high)\s*$", re.I)


#: A parenthetical that says what an effect is, not how it shows: abbreviations ("(HLH)", "(SJS/TEN,
#: DRESS)"), kinds ("basal cell and squamous cell carcinoma"), lab values ("very low sodium, potassium").
_NOT_SIGNS = re.compile(r"\b(?:low|high|levels?|carcinomas?|cancers?|types?|kinds?|forms?|including|also\s+called|"
                        r"known\s+as)\b|^(?:the|a|an)\s|"
                        # a note about the effect, written as a sentence: "(Can start with a rash, fever or ...)"
                        r"^(?:can|could|might|often|usually|sometimes|typically|rarely|generally)\s+(?!include\b)|"
                        # what urges are urges to do: "(compulsive gambling, shopping, binge eating)" (behaviours)
                        r"\b(?:gambling|shopping|spending|binge\s+eating|sexual\s+urges)\b|"
                        # which product and when: "(troches, seen mainly with long-term use)"
                        r"^(?:troches|" + _FORM + r")\b|\b(?:seen|reported|noted)\s+(?:mainly|mostly|only|usually)\b|"
                        # when and in whom: "(early in treatment, in people with heart problems)"
                        r"\bin\s+(?:people|patients|children|adults|women|men|those)\b|\b(?:early|late|later)\s+in\b", re.I)


#: another name for an item, after it
_KNOWN_AS_TAIL = re.compile(r",\s+(?:also\s+)?(?:known\s+as|called)\s+[^,;()]+$", re.I)


#: how often, opening a parenthesis before what it says: "(rare; bluish lips, shortness of breath)"
_HOW_OFTEN_LEAD = re.compile(r"^\s*(?:very\s+|extremely\s+)?(?:rare|uncommon|infrequent|occasional|common)\s*[;:]\s*", re.I)


#: an item's tag of how often and how grave, two words of a list: "rare, serious", "very rare; severe"
_HOW_OFTEN_AND_SERIOUS = re.compile(r"(?P<f>(?:very\s+|less\s+|more\s+)?(?:common|uncommon|rare|infrequent))\s*[,;]\s+"
                                    r"(?:potentially\s+)?(?:serious|severe)", re.I)  # ("rare but serious" stays a group)


#: how often (and when) an effect comes, said alone after it: "both common", "occasionally", "common early in treatment"
_HOW_OFTEN_ONLY = re.compile(r"^(?:(?:both|all|each|mostly|usually|generally)\s+)?(?:(?:very|quite|fairly|less|more|most)\s+)?"
                             r"(?:common(?:ly)?|uncommon(?:ly)?|rare(?:ly)?|occasional(?:ly)?|sometimes|often|"
                             r"(?:in)?frequent(?:ly)?)(?:\s+(?:early(?:\s+(?:in|on)(?:\s+(?:the\s+)?(?:treatment|therapy))?)?|"
                             r"at\s+first|at\s+the\s+start|later(?:\s+on)?|in\s+the\s+first\s+(?:few\s+)?(?:days|weeks|months)))?$",
                             re.I)


#: the risks listed above, compared: "These risks were higher with JAK inhibitors than with TNF blockers in ..."
_RISKS_COMPARED = re.compile(r"^(?:these|those|such|the|this|its|all\s+(?:these|of\s+these))\s+(?:risks?|side\s+effects?|"
                             r"effects?|problems?|reactions?|events?)\s+(?:were|are|is|was|seem(?:ed)?|appear(?:ed)?|may\s+be)"
                             r"\s+(?:(?:much|even|slightly|somewhat)\s+)?(?:higher|lower|greater|more|less|increased)\b", re.I)


def _parens_are_signs(text: str) -> bool:
    items = [i.text for i in list_items(text, appositives=False)]
    if "," not in text:
        return False  # one word or phrase, or two names of it: a gloss ("(hypokalemia)", "(iritis or uveitis)")
    return not any(is_abbreviation(i.strip()) or "/" in i for i in items) and not _NOT_SIGNS.search(text) \
        and not all(_KIND_ADJECTIVE.match(i.strip()) for i in items)  # ("(bacterial, fungal, or viral)": kinds)


#: a word that says what kind an effect is, not a sign of it: "bacterial", "fungal", "viral", "allergic"
_KIND_ADJECTIVE = re.compile(r"^[a-z]+(?:al|ic|ous|ary)$", re.I)
#: changes or trouble in something, the words shared by the list's other members ("changes in mood, behavior, or sleep")
_CHANGES_IN = re.compile(r"^(?:changes?|problems?|trouble|difficulty)\s+(?:in|with)\s+(?=\S)", re.I)
#: when a sign comes, said after the list: "after using bacitracin", "while taking it"
_AFTER_USING = re.compile(r"\s+(?:after|while|since)\s+(?:using|taking|starting|receiving|applying)\s+(?:it|(?:this|the)\s+"
                          r"(?:medicine|drug|medication|tablets?|dose)|[\w-]+)\s*$", re.I)
#: a sign, "or", and a sign shared out over body parts: "trouble breathing or swelling of your face, lips, or throat"
_OR_BEFORE_PARTS = re.compile(r"^(?P<a>[^,]+?)\s+or\s+(?P<b>[\w-]+\s+(?:of|in|around|on)\s+(?:your|the)\s+"
                              r"(?P<parts>[a-z]+(?:,\s*(?:(?:or|and)\s+)?[a-z]+)+))$", re.I)
#: a parenthesis that says how much or how long, with a number: no sign of its own
_MEASURE_PAREN = re.compile(r"\s*\([^()]*\d[^()]*\)")
#: the body parts a sign is shared over, then another sign after "or": "swelling of your face, lips, or throat or
#: trouble breathing"
_PARTS_THEN_OR = re.compile(r"\b(?:of|in|around|on)\s+(?:your|the)\s+(?P<parts>[a-z]+(?:,\s*[a-z]+)*,?\s+(?:or|and)\s+"
                            r"[a-z]+)(?P<or>\s+or\s+)(?=\S)", re.I)  # (the parts' list closed by its own "or")
#: who starts doing what a sign is, in a list of seek-help clauses: "if your child starts bumping into things"
_WHO_STARTS = re.compile(r"^(?:or\s+)?if\s+(?:you|your\s+(?:child|baby|partner)|he|she|they|the\s+(?:child|baby|patient|person))\s+"
                         r"(?:starts?|begins?|keeps?)\s+(?=[a-z]+ing\b)", re.I)
_SIGN_VERB = re.compile(r"^(?:if\s+(?:someone|anyone|a\s+(?:person|relative|carer)|others?)\s+(?:finds?|sees?|notices?)\s+(?:you|them|"
                        r"the\s+person)\s+(?=[a-z]))?"  # ("if someone finds you extremely drowsy ...": what they find you)
                        r"(?:(?<=you\s)|(?:you\s+)?(?:are|is|have|has|had(?!\s+(?:a|an)\s)|develop(?:s|ed)?|gets?|notic(?:es?|ed)|experienc(?:es?|ed)|start\s+having|start|"
                        r"shows|displays|becomes|seems|looks|(?:come|comes|break|breaks)\s+out\s+in)\s*:?\s+)"  # ("if your child ... shows unusual changes in mood", "if a child
                        # becomes unusually sleepy")
                        r"(?:(?:a|an|any)\s+)?(?=\w)", re.I)
#: A sign written as a clause keeps its verb as a gerund: "see or hear things" -> "seeing or hearing things".
_GERUND = {"see": "seeing", "hear": "hearing", "feel": "feeling", "become": "becoming", "pass": "passing",
           "gain": "gaining", "lose": "losing", "faint": "fainting", "vomit": "vomiting", "cough": "coughing",
           "fall": "falling", "soak": "soaking", "wheeze": "wheezing", "bleed": "bleeding", "bruise": "bruising",
           "look": "looking", "felt": "feeling"}  # ("if they felt unusually low": a past page's feeling)


def _your_clause(text: str) -> str:
    """A sign written as a clause about a body part, as a noun phrase: "your heart beats very slowly" -> "heart
    beating very slowly", "your skin turns yellow" -> "skin turning yellow"."""
    swell = _YOUR_PARTS_SWELL.match(text)
    if swell:  # "your lips or face swell" -> "swelling of the lips or face"
        return f"swelling of the {swell.group('p')}"
    doing = _YOUR_PART_DOING.match(text)
    if doing:  # "your heart is racing or beating irregularly" -> "heart racing or beating irregularly"
        return f"{doing.group('n')} {doing.group('rest')}"
    m = _YOUR_CLAUSE.match(text)
    if m is None:
        parts = _YOUR_PARTS_ING.match(text)  # "your skin or eyes turning yellow" -> "skin or eyes turning yellow"
        if parts:
            return text[parts.end():]
        ing = _YOUR_ING.match(text)  # "your ankles swelling" -> "ankle swelling"
        noun = ing.group("n")[:-1] if ing and ing.group("n").endswith("s") and not ing.group("n").endswith("ss") \
            else ing.group("n") if ing else ""
        return f"{noun} {ing.group('v')}" if ing else text
    verb = m.group("v") or ""
    base = m.group("base") or _base_verb(verb)
    adverb = f"{m.group('adv')} " if m.group("adv") else ""
    return f"{m.group('n')} {adverb}{gerund(base)}{text[m.end():]}"


_YOUR_CLAUSE = re.compile(r"^(?:(?:your|the)\s+|(?=" + _BODY_FUNCTION  # ("breathing becomes very slow")
                          + r"\s+(?:becomes|gets|turns|goes|stops|slows)\s))"
                          r"(?P<n>[a-z]+)\s+(?:(?P<adv>[a-z]{3,}ly)\s+)?(?:(?P<v>[a-z]{2,}s)|(?P<base>swell|turn|go|get|"
                          r"become|look|feel|start))\b(?=\s+\S)", re.I)  # ("your vision suddenly gets worse": how)
#: a part said doing something, with "is": "your heart is racing or beating irregularly"
_YOUR_PART_DOING = re.compile(r"^(?:your|the)\s+(?P<n>[a-z]+)\s+(?:is|are)\s+(?P<rest>[a-z]+ing\b.*)$", re.I)
_YOUR_ING = re.compile(r"^your\s+(?P<n>[a-z]+)\s+(?P<v>[a-z]{3,}ing(?:\s+[a-z]+)?)$", re.I)
#: "your lips or face swell": parts that swell, a sign of its own
#: (one part keeps its clause's order: "your eyelids swell up" -> "eyelids swelling up")
_YOUR_PARTS_SWELL = re.compile(r"^your\s+(?P<p>[a-z]+(?:(?:,\s+|\s+(?:or|and)\s+)[a-z]+){1,3})\s+swell(?:\s+up)?$", re.I)
#: parts that swell, one clause of a list of signs: "your face or throat swells", "your eyelids and face swell"
#: (one part keeps its clause's order, as :func:`_your_clause` words it: "eyelids swelling up")
_PARTS_SWELL_ITEM = re.compile(r"(?<![\w-])your\s+(?P<p>[a-z]+(?:(?:,\s+|,?\s+(?:or|and)\s+)[a-z]+){1,3})\s+swells?"
                               r"(?:\s+up)?(?=\s*(?:[,;.]|$))", re.I)


def _parts_swelling(m: re.Match[str]) -> str:
    """"your face or throat swells" as the sign "swelling of the face or throat" (body parts only)."""
    parts = re.split(r",\s+(?:(?:or|and)\s+)?|\s+(?:or|and)\s+", m.group("p"))
    return f"swelling of the {m.group('p')}" if all(p.casefold() in BODY_PARTS for p in parts) else m.group(0)


#: "your skin or eyes turning yellow": two parts doing one thing, said without "your"
_YOUR_PARTS_ING = re.compile(r"^your\s+(?=[a-z]+\s+(?:or|and)\s+[a-z]+\s+[a-z]{3,}ing\b)", re.I)


#: a thing felt, named by its noun: "feel chest pain", "feel palpitations", "feel pressure in the chest"
_FEEL_THING = re.compile(r"^feel\s+(?P<x>(?:an?\s+)?(?:[\w-]+\s+){0,3}?(?:pain|palpitations|pressure|tightness|"
                         r"discomfort|numbness|tingling|lump)(?:\s+(?:in|of|on)\s+(?:the|your)\s+[\w-]+)?)$", re.I)
#: a clause verb after "or" that is no noun ("stomach pain or feel weak")
_OR_VERB = re.compile(r"\bor\s+(feel|see|hear|become)\s", re.I)
_CANNOT = re.compile(r"^(?:cannot|can't|can\s+not|are\s+unable\s+to)\s+(?=\w)", re.I)


def _gerunds(text: str) -> str:
    """Clause verbs at the start of a sign, and after its "or", as gerunds ("see or hear things" -> "seeing or
    hearing things"; "you bruise or bleed easily" -> "bruising or bleeding easily")."""
    you = bool(re.match(r"^you\s+", text, re.I))
    whole, text = text, re.sub(r"^you\s+", "", text, flags=re.I)
    felt = _FEEL_THING.match(text)
    if felt:
        return felt.group("x")  # "feel chest pain": the sign is the pain felt (not "feel dizzy": a state, felt)
    if _CANNOT.match(text):
        return _CANNOT.sub("being unable to ", text)  # "cannot keep food or fluids down": the sign, as a state
    if _KEEPS_DOING.match(text):
        return _KEEPS_DOING.sub("", text)
    third = _THIRD_PERSON.match(text)
    if third:  # "if your child ... talks about suicide": another's clause, its verb a gerund ("talking about suicide")
        return gerund(_base_verb(third.group(1))) + text[third.end(1):]
    head = re.match(r"^(\w+)(?:(?:\s+\w+)?\s+or\s+(\w+))?", text)
    if head is None or not (head.group(1).casefold() in _GERUND or you and _verb(head.group(1))):
        return _OR_VERB.sub(lambda m: f"or {gerund(m.group(1))} ", whole)  # "stomach pain or feel weak": the second
        # clause's verb
    if not you and (re.match(r"^\w+\s+(?:that|which|with)\b", text) or re.match(
            r"^(?!(?:stop|start|keep|begin|continue|quit)\b)\w+\s+(?:not\s+)?\w{3,}ing\b", text, re.I)):
        return whole  # "vomit that contains blood", "cough lasting longer": the noun, described
    second = head.group(2) if head.group(2) and (head.group(2).casefold() in _GERUND or you and _verb(head.group(2))) \
        and not (head.group(1).casefold() == "feel" and head.group(2).casefold() in _FELT) else None
    out = gerund(head.group(1)) + text[head.end(1):head.start(2) if second else len(text)]
    # (only the verbs that open the sign and its "or": "feel faint" -> "feeling faint", "feel sick or vomit" -> both)
    return out + gerund(second) + text[head.end(2):] if second else out


#: when a sign comes, after it: " while taking levamisole for a long time" ("after using it" is often the sign's own)
_WHILE_TAKING = re.compile(r"\s+while\s+(?:taking|using|on|receiving)\b.*$", re.I)
#: a sign said as another's clause ("shows unusual changes in mood", "talks about suicide")
_SHOWN_CLAUSE = re.compile(r"^(?:or\s+|and\s+)?(?:shows|displays|talks|acts|behaves)\s", re.I)
#: the verbs of another's signs said in the third person ("talks about suicide", "acts strangely")
_THIRD_PERSON = re.compile(r"^(talks|acts|behaves|cries|refuses|seems|stops|stays|sleeps|wakes|wanders|complains|"
                           r"takes|chokes|vomits|faints|collapses|coughs)\b(?=\s|$)", re.I)  # ("if someone takes a large
# overdose": taking it; "chokes on vomit": choking on it)
#: an aspect verb before the sign's own doing and how long it lasts: "keeps vomiting for more than an hour" is the
#: vomiting that long (without a length, "keeps crying" says how it goes on, and stays)
_KEEPS_DOING = re.compile(r"^(?:keeps|continues)\s+(?=[a-z]{3,}ing\s+for\s+(?:more|longer|over|at\s+least)\b)", re.I)


def _verb(word: str) -> bool:
    """Whether a word after "you" is a plain verb to write as a gerund (not a modal or an auxiliary)."""
    low = word.casefold()  # (not a participle: "feel breathless or confused"; "bleed" is a verb)
    return word.isalpha() and low not in _NOT_VERBS and not (low.endswith(("ed", "ing")) and not low.endswith("eed"))


#: how one feels, as the effect's noun ("Some people feel dizzy or tired": dizziness, tiredness)
_FELT_NOUN = {"dizzy": "dizziness", "drowsy": "drowsiness", "sleepy": "sleepiness", "tired": "tiredness",
              "weak": "weakness", "lightheaded": "lightheadedness", "light-headed": "lightheadedness",
              "restless": "restlessness", "anxious": "anxiety", "nauseous": "nausea", "nauseated": "nausea",
              "shaky": "shakiness", "jittery": "jitteriness", "confused": "confusion", "irritable": "irritability"}
_FELT_AS_NOUN = re.compile(r"(?<![\w-])(?:" + "|".join(_FELT_NOUN) + r")(?![\w-])", re.I)
_NOT_VERBS = frozenset("can cannot could will would should may might must do does did are is were was have has had "
                       "also still start keep".split())


def gerund(verb: str) -> str:
    """"faint" -> "fainting", "bruise" -> "bruising", "get" -> "getting" (a word of the table, or the regular form)."""
    if verb.casefold() in _GERUND:
        return _GERUND[verb.casefold()]
    stem = verb
    if stem.endswith("e") and not stem.endswith("ee") and len(stem) > 2:
        stem = stem[:-1]
    elif re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", stem):
        stem += stem[-1]  # "get" -> "getting", "stop" -> "stopping"
    return stem + "ing"


#: Words of a group label ("Common", "Serious side effects", "Long-term effects"), as opposed to an effect's name.
_GROUP_WORDS = re.compile(r"\b(?:common|uncommon|serious|rare|frequent|infrequent|side|effects?|other|long-term|"
                          r"short-term|mild|severe|most|less|very|reactions|problems|symptoms|group|signs)\b", re.I)
#: a bare "these" opening a seek-help list, the signs said before it ("these, or if you have A, ...")
_THESE_LEAD = re.compile(r"^(?:(?:notice|have|get|experience|develop|see)\s+)?(?:any\s+of\s+)?(?:these|them|those)\s*(?:,\s*(?:or\s+)?(?:if\s+you\s+(?:have|notice|get|develop|"
                         r"experience)\s+)?|\.?$)", re.I)
#: a seek-help sentence pointing back with a bare "these" ("If you notice these, or if you have X, call ...")
_THESE_BARE = re.compile(r"\bif\s+you\s+(?:notice|have|get|experience|develop|see)\s+(?:any\s+of\s+)?(?:these|them|those)"
                         r"(?:\s+(?:signs|symptoms))?\s*(?:,|\.?$|\s+(?:call|contact|see|get|seek|tell|go))|"
                         # "Stop using it and get emergency help if these appear"
                         r"\bif\s+(?:any\s+of\s+)?(?:these|those)(?:\s+(?:signs|symptoms))?\s+(?:appear|occur|happen|"
                         r"develop|start|show\s+up)\b", re.I)
#: what a seek-help sentence's "if you have ..." names when it is a circumstance, not a sign: "been smoking at the
#: same time"
_CIRCUMSTANCE_LISTED = re.compile(r"^(?:have\s+)?been\s+[a-z]+ing\b", re.I)


def _points_back(listed: str, sent: str, before: bool, these: bool = True) -> tuple[bool, str]:
    """Whether a seek-help sentence points back at the signs said before it ("If you notice these, or if you have A",
    "any of these symptoms" when ``these``, "get emergency help if these appear" when ``before`` said some), and the
    list it names of its own (a circumstance after "these appear" none: ", especially if you have been smoking")."""
    bare = _THESE_LEAD.match(listed)
    if bare:
        return True, listed[bare.end():].strip(" ,")
    if these and _THESE.match(listed):
        return True, ""
    if before and _THESE_BARE.search(sent):
        return True, "" if _CIRCUMSTANCE_LISTED.match(listed) else listed
    return False, listed


def _signs_listed(sent: str) -> str | None:
    """The list of a sentence that lists the signs of a thing ("Early signs of a high calcium level include A, B and
    C"), else None."""
    m = _DESCRIBES.match(sent)
    return m.group("list") if m and m.group("list") else None


_THESE = re.compile(r"^(?:any\s+of\s+)?(?:these|those|such|the\s+above)\s+(?:symptoms|signs|problems|effects)\b", re.I)
_DESCRIBES = re.compile(r"^(?:(?:early|late|first|warning|the)\s+)?(?:signs|symptoms)\s+(?:of\s+[\w\s-]+?\s+)?(?:include|are)\s+"
                        r"(?P<list>.+)$|\b(?:can|may|will)\s+(?:also\s+)?cause\s+(?P<list2>.+)$", re.I)
_FREQ_COLUMN = re.compile(r"how\s+(?:common|often|frequent)|frequency|incidence|category|group|likelihood|^(?:type|kind)$",
                          re.I)  # ("| Type | Side effects |": the row's group, then its effects)
_SERIOUS_COLUMN = re.compile(r"serious|severity|severe|dangerous", re.I)
#: a column that names the effect ("Side effect", "Reaction") and one that only groups the rows ("System", "Body area")
_EFFECT_COLUMN = re.compile(r"\b(?:side\s+effects?|effects?|reactions?|adverse\s+events?|symptoms?)\b", re.I)
#: a first column that names the use a row's effects come with: "Treated condition", "Use", "When used for"
_USE_COLUMN = re.compile(r"^(?:treated\s+|approved\s+)?(?:conditions?|uses?|indications?|diseases?|disorders?)(?:\s+treated)?$|"
                         r"^(?:when\s+)?(?:used|given|injected)\s+(?:for|in)$", re.I)
_SYSTEM_COLUMN = re.compile(r"^(?:(?:body|organ)\s+)?(?:systems?|areas?|parts?|organs?)$|^(?:where|category|type)$", re.I)
#: a column header that is a frequency group ("Common", "Less common", "Rare but serious", "Very rare")
_GROUP_COLUMN = re.compile(r"^(?:(?:very|less|more|most|fairly)\s+)?(?:common|uncommon|rare|frequent|infrequent|"
                           r"occasional)(?:\s+(?:but|and|or|&)\s+(?:serious|severe|dangerous))?"
                           r"(?:\s+(?:side\s+)?effects?)?$|^(?:serious|severe)(?:\s+(?:side\s+)?effects?)?$", re.I)
#: a table cell that holds nothing ("–", "-", "—", "n/a", "none")
_EMPTY_CELL = re.compile(r"^(?:[-\u2013\u2014\u2012\u2212]*|n/?a|none|—)$", re.I)


def _matrix_groups(header: list[str], width: int) -> list[tuple[int, str]]:
    """The frequency columns of a side-effect matrix ("Body system | Common | Less common | Rare but
    serious"): two columns or more after the first whose headers are frequency groups, the first
    column naming what only groups the rows (a body system); or a table whose columns are all frequency
    groups. Each is ``(column, category)``."""
    cols = [(k, _category(_PAREN_ANY.sub("", norm(h)).strip())) for k, h in enumerate(header[:width])
            if _GROUP_COLUMN.match(_PAREN_ANY.sub("", norm(h)).strip(" :"))]  # ("Serious (rare)": the group)
    if len(cols) >= 2 and len(cols) == len(header[:width]):
        return cols  # "| Common | Rare but serious |": every column a group, each cell one effect or a list
    cols = [(k, c) for k, c in cols if k]
    if len(cols) < 2 or (header and _GROUP_COLUMN.match(norm(header[0]).strip(" :"))):
        return []
    return cols
#: A seek-help label that ends where its list of signs begins ("Call your doctor if", "Get help if you notice").
_IF_YOU_END = re.compile(r"\b(?:if|when)(?:\s+you(?:\s+(?:have|notice|get|develop|experience|see|feel))?)?\s*:?$", re.I)
_SEEK_HELP_GROUP = re.compile(r"\b(?:call|contact|tell|see|seek|get|talk\s+to|speak\s+to)\b.*\b(?:if|when|right\s+away|"
                              r"immediately|straight\s+away|at\s+once|help)\b|"
                              # "Call your oncologist now for:", "See a doctor urgently for": whom, how soon, then "for"
                              r"^(?:call|contact|see|phone)\s+(?:your|a|the)\s+[\w-]+(?:\s+[\w-]+)?\s+(?:now|urgently|today|"
                              r"promptly|quickly|the\s+same\s+day)\s+(?:about|for)$|"
                              r"\bwhen\s+to\s+(?:call|seek|get)\b|\bwarning\s+signs\b|"
                              # "Red flags – seek care now": what to do, and how soon
                              r"\b(?:seek|get)\s+(?:urgent\s+|emergency\s+|medical\s+|immediate\s+)*(?:care|help|attention)\s+"
                              r"(?:now|urgently|today|fast|quickly|immediately)\b|"
                              # "Serious side effects (seek medical attention)": what to do, in brackets
                              r"\((?:seek|get|call|contact)\s+(?:your\s+|a\s+)?(?:urgent\s+|emergency\s+|medical\s+|"
                              r"immediate\s+|prompt\s+)*(?:care|help|attention|doctor)\)|"
                              r"^(?:seek|get)\s+(?:urgent\s+|emergency\s+|medical\s+|immediate\s+)*(?:care|help|attention)"
                              r"(?:\s+(?:for|with))?$|"  # ("Get emergency care for:" over its signs)
                              # "Emergency help if", "Same-day eye check if": what to do, then (after "if") the signs
                              r"\s(?:if|when)$",
                              re.I)


#: a group's label that names side effects, whatever else it says ("Less Common but Serious Side Effects")
_EFFECTS_GROUP = re.compile(r"\bside\s+effects?\b|\breactions?\b|\beffects\b", re.I)


#: when the signs come, at the end of their list: "... if you stop suddenly after weeks of regular use"
_IF_YOU_DO = re.compile(r"\s+(?:if|when)\s+you\s+(?:stop|miss|skip|take|drink|use)\b.*$", re.I)
#: a seek-help sentence that points back at the list above it: "Seek medical help right away if any of these allergy
#: signs appear", "If you experience any of these rare but serious side effects, seek medical attention"
_POINTED_BACK = (r"\bif\s+(?:you\s+(?:experience|notice|have|develop|get)\s+)?(?:any\s+of\s+)?(?:these|those|the\s+above)\s+"
                 r"(?:(?P<effects>(?:(?:rare|uncommon|rarer)\s+(?:but|and)\s+)?(?:serious|severe)\s+"
                 r"(?:side\s+effects|effects|reactions|problems))|(?:(?P<kind>[\w-]+)\s+)?(?:signs|symptoms))\b")
#: the seek-help verb after the pointer ("if any of these allergy signs appear, seek ..."), or before it, opening the
#: sentence ("Get medical help right away if you have any of these serious side effects")
_POINTS_BACK_TO = re.compile(_POINTED_BACK + r"(?=[^.;]*\b(?:seek|get|call|contact|go|tell|appear|occur|develop|happen|"
                             r"start)\b)|^(?:please\s+)?(?:seek|get|call|contact|go|tell)\b[^.;]*?" + _POINTED_BACK
                             .replace("(?P<effects>", "(?P<effects2>").replace("(?P<kind>", "(?P<kind2>"), re.I)
_SERIOUS_WORD = re.compile(r"\b(?:serious|severe|dangerous|red\s+flags?)\b", re.I)


#: a cell that only says to get help now, naming nothing: the row's effect is what to get help for
_BARE_CALL = re.compile(r"^(?:call|contact|see|phone)\s+(?:your|a)\s+(?:doctor|nurse|pharmacist|prescriber|care\s+team)"
                        r"(?:\s+(?:right\s+away|at\s+once|immediately|urgently|promptly|straight\s+away|today))?$|"
                        r"^(?:get|seek)\s+(?:emergency|urgent|immediate)\s+(?:medical\s+)?(?:help|care|attention)"
                        r"(?:\s+(?:right\s+away|at\s+once|immediately))?$", re.I)


def _help_aside(context: str | None) -> str | None:
    """A side-effect group whose label says to seek help only in a parenthetical or after a dash ("Less Common but
    Serious Side Effects (seek medical attention if you experience these)", "Serious — get help"): the label without
    it, for its items are effects of
    that group as well as signs; None for any other label."""
    if not context or "(" not in context and not _DASH_DESC.search(context):
        return None
    bare = re.sub(r"\s*\([^()]*\)", "", context).strip()
    if _DASH_DESC.search(bare):  # "**Serious — get help**": the same, after a dash
        bare = _DASH_DESC.split(bare, maxsplit=1)[0].strip()
    if not bare or _SEEK_HELP_GROUP.search(bare) or not _SEEK_HELP_GROUP.search(context) \
            or not (_EFFECTS_GROUP.search(bare) or is_group_label(bare) or _SERIOUS_WORD.search(bare)):
        # ("Serious (seek medical help)", "The serious stuff (call a doctor)")
        return None
    return bare


#: a label that marks a note, not an effect: "**Important:**", "**Note:**", "**Warning:**"
_NOTE_LABEL = re.compile(r"^(?:important(?:\s+(?:note|information|warning))?|note|please\s+note|warning|caution|"
                         r"(?:(?:practical|useful|quick|helpful|safety|pro)\s+)?tips?|"
                         r"remember|key\s+points?|bottom\s+line|good\s+to\s+know|action\s+items?|"
                         # a clinician's shorthand: "Counsel: seek care for ...", "Monitor: ..."
                         r"counsel(?:ing)?|patient\s+counsel(?:ing)?|monitor(?:ing)?|advice|advise|"
                         # a coach's aside: "Training note:", "Coach tip:"
                         r"(?:[\w'-]+\s+){1,2}(?:notes?|tips?|reminders?))$", re.I)
#: how a sentence that describes an effect opens ("A rare but serious build-up of acid", "Usually mild", "Can be
#: life-threatening"), not a list of its symptoms
_TELLS_WHAT = re.compile(r"^(?:an?|the|it|its|this|these|they|usually|often|rare(?:ly)?|common(?:ly)?|uncommon|can|may|"
                        r"might|more|less|most|especially|mainly|mostly|typically|seen|reported|occurs?|happens?|"
                        r"affects?|very|mild|serious|severe\s+but)\b", re.I)
#: a dash that opens what follows a bold effect
_DASH_LEAD = re.compile(r"^[\u2014\u2013-]+\s*")
#: the kinds of an effect, after its name: "such as Stevens-Johnson syndrome", "including anaphylaxis"
_KINDS_LEAD = re.compile(r"^(?:such\s+as|including|like|e\.g\.|for\s+example)\s", re.I)
#: a population or circumstance after a comma that ends a list of signs ("..., especially in older adults")
_SIGN_CUT_EXTRA = re.compile(r",\s+(?:especially|particularly|mainly|mostly|usually)\s[^,;]*$", re.I)


#: an effect named, then what it shows by in brackets, inside a list ("Allergic reactions (rash, itching, ...)")
_NAMED_THEN_SHOWN = re.compile(r"(?:^|[,;]\s*(?:and\s+|or\s+)?)(?P<x>[A-Za-z][\w' -]{2,60}?)\s*\((?P<p>[^()]+)\)")


def _shown_key(label: str) -> str:
    """An effect's key for what it shows by: without "serious" and its plural ("a serious allergic reaction" and
    "Allergic reactions" alike)."""
    words = [w for w in key(drop_article(strip_parens(label)[0].strip())).split()
             if w not in ("serious", "sign", "signs")]  # ("severe low blood sugar" is not plain low blood sugar)
    words = ["allergic" if w == "hypersensitivity" else w for w in words]  # ("Hypersensitivity reactions" shown, then
    # "signs of a serious allergic reaction": the same reactions, in the lay word)
    return " ".join(words[:-1] + [words[-1].rstrip("s")]) if words else ""


def _first_sentence(text: str) -> str:
    return (sentences(norm(text)) or [""])[0]


#: a list's joints, and the words of a clause, which a bare list of signs under a seek-help label has none of
_BARE_LIST = re.compile(r",\s|\s(?:or|and)\s")
_CLAUSE_WORDS = re.compile(r"\b(?:is|are|was|were|be|can|could|may|might|will|would|should|must|do|does|you|it|they|this|"
                           r"these|most|some)\b", re.I)
#: a clause of its own in a list of signs: ", you feel ...", ", or you are ..."
_YOU_CLAUSE = re.compile(r",\s+(?:(?:or|and)\s+)?(?=you\s+(?:feel|notice|see|have|get|develop|are|pass|become)\b)", re.I)
#: the reader's verb before a sign that keeps no verb of its own ("you have X" -> "X"; "you feel X" keeps it)
_HAVE_VERBS = r"get|have|notice|see|develop|experience"
_YOU_SEE = re.compile(rf"^(?:if\s+)?you\s+(?:{_HAVE_VERBS})\s+(?:any\s+)?", re.I)
_OR_IF = re.compile(r"^\s*(?:or|and)\s+(?=if\s)", re.I)
_YOU_VERB = re.compile(rf"^(?:if\s+)?you\s+(?:{_HAVE_VERBS}|pass|feel|start)\s+(?:any\s+)?", re.I)


#: a sentence whose subject is a group of effects, with its list after "is"/"are" or none ("The most common side
#: effects come from its action on ...": the group the next sentences name)
_GROUP_SUBJECT = re.compile(r"^(?:the\s+|an?\s+|one\s+)?(?:(?P<mod>(?:most\s+)?(?:common|frequent|important|notable)(?:\s+serious)?|"
                            # "A rare but serious side effect is lactic acidosis, ..."
                            r"(?:very\s+)?rare(?:,?\s+but\s+|\s+and\s+)(?:serious|dangerous|potentially\s+fatal)|main|chief|"
                            r"(?:more\s+)?serious|rare(?:r)?|less\s+common|uncommon)\s+(?:side\s+effects?|adverse\s+effects?)"
                            # "A serious but fairly frequent problem is low sodium in the blood"
                            r"|(?P<mod2>serious(?:,?\s+but\s+|\s+and\s+)(?:(?:fairly|quite|relatively|more)\s+)?"
                            r"(?:common|frequent))\s+(?:side\s+effects?|adverse\s+effects?|problems?|risks?|complications?))"
                            r"(?:\s+(?:is|are)\s+(?P<list>.+)|\s+(?!include|includes|are|is)\w.*)?$", re.I)
#: a group's "is"/"are" followed by how often or how bad, not by effects ("Serious side effects are uncommon")
_HOW_OFTEN_WORD = re.compile(r"(?:uncommon|rare|common|mild|usually|generally|often|infrequent|unusual|few|not)\b", re.I)
#: ", meaning high blood pressure while lying down": what a name means, no other effect
_MEANING = re.compile(r",\s+(?:meaning|i\.e\.|that\s+is)\b[^,]*", re.I)
#: "<Drug> can also cause A and B": more effects of the group the sentences before named
#: an effect said as what the drug does to a measure or an organ: "It can prolong the QT interval", "Long-term use may
#: reduce bone density", "It can worsen heart failure"
#: how the drug is used, as a sentence's subject: "Long-term use", "Long-term overuse in the mouth", "High doses",
#: "Wearing the patch overnight"
_USE_SUBJECT = (r"(?:wearing|using|taking|applying|chewing|injecting)\s+(?:it|them|this\s+medicine|the\s+[\w-]+)"
                r"(?:\s+[\w-]+){0,3}?|"
                # "Products that contain sorbitol can also cause diarrhea": which of its products
                r"(?:products?|forms?|versions?)\s+(?:that|which)\s+contain\s+[\w-]+|"
                r"(?:(?:long-term|prolonged|high-dose|heavy|frequent|regular|repeated)\s+(?:over)?use|overuse)"
                r"(?:\s+(?:in|on|of)\s+(?:the\s+)?[\w-]+)?|high\s+doses|"
                # "A large overdose, for example when a child eats many tablets, can cause ..."
                r"(?:an?\s+)?(?:large\s+|big\s+|massive\s+|accidental\s+)?overdose(?:,\s+(?:for\s+example|e\.g\.|such\s+as)\b[^,;]{1,100},)?")
_CHANGES = re.compile(r"^(?:[A-Z][\w-]+|it|this\s+(?:medicine|drug)|" + _USE_SUBJECT + ")"
                      r"\s+(?:(?:can|may|might|could)\s+(?:also\s+)?(?:sometimes\s+|occasionally\s+|rarely\s+)?"
                      r"(?P<v>prolong|raise|increase|lower|reduce|decrease|worsen|weaken|damage)|"
                      # "Telbivudine often raises the level of creatine kinase": how often, then the verb's own form
                      r"(?:often|commonly|frequently|sometimes|occasionally|usually)\s+"
                      r"(?P<v2>prolong|raise|increase|lower|reduce|decrease|worsen|weaken|damage)s)\s+"
                      r"(?P<obj>(?:the\s+|your\s+)?[\w-]+(?:\s+(?!in\b|when\b|if\b|and\b|or\b|which\b|especially\b)[\w-]+){0,3})"
                      # ("... creatine kinase (CK), a muscle enzyme, in blood tests": its symbol and what it is)
                      r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s+an?\s+[^,;()]{1,40},)?"
                      r"\s*(?:,\s+(?:which|especially|particularly|mainly|mostly)\b|\s(?:in|when|if|especially)\b|$)", re.I)
_RISK_OF = re.compile(r"^(?:the\s+)?(?:risk|chance|likelihood|effects?|levels?\s+of\s+other)\b", re.I)
_CHANGE_WORD = {"prolong": "Prolonged", "raise": "Increased", "increase": "Increased", "lower": "Decreased",
                "reduce": "Decreased", "decrease": "Decreased", "worsen": "Worsening", "weaken": "Weakened"}


def _change_label(verb: str, obj: str) -> str:
    """The effect's name: "prolong the QT interval" -> QT prolongation, "damage the liver" -> Liver damage,
    "reduce bone density" -> Decreased bone density."""
    obj = re.sub(r"^(?:the|your)\s+", "", obj.strip(), flags=re.I)
    verb = verb.casefold()
    if verb == "prolong" and re.match(r"^QT\b", obj):
        return "QT prolongation"
    if verb == "damage":
        return capitalise(f"{obj} damage")
    return f"{_CHANGE_WORD[verb]} {obj}"


_DRUG_CAN_CAUSE = re.compile(r"^(?:(?:if|when)\s[^,;]{3,80},\s+)?"  # ("If the medicine leaks out of the vein, it can ...")
                             r"(?:(?:very\s+)?(?:rarely|occasionally|sometimes|in\s+rare\s+cases),\s+(?=(?:high|large|"
                             r"long-term|prolonged|heavy|frequent|regular|repeated)\s))?"  # ("Rarely, high doses cause
                             # ...": how often, then the use that causes)
                             # ("the vitamin B6 part can cause X": a part of the medicine, the medicine)
                             r"(?:[A-Z][\w-]+|it|this\s+(?:medicine|drug)|the\s+(?:[\w-]+\s+){1,3}?(?:part|component|"
                             r"ingredient)|" + _USE_SUBJECT + r")\s+(?:(?:can|may)\s+"
                             r"(?:also\s+|rarely\s+|occasionally\s+|sometimes\s+)*(?:cause|lead\s+to|leave)|"
                             r"(?:also\s+|often\s+|sometimes\s+|commonly\s+)?(?:causes?|leads?\s+to)"
                             # ("It also causes a temporary staining of the skin, hair and nails"; not "it causes the body
                             # to lose water", what it does)
                             r"(?![^,;]*?\bto\s+(?!the\b|a\b|an\b)[a-z]+\b))\s+(?P<list>.+)$", re.I)
_AND_RISK_OF = re.compile(r"\s+and\s+(?:(?:may|can|might|could)\s+(?:also\s+)?)?(?:increases?|raises?)\s+the\s+"
                          r"(?:risk|chance|likelihood)\s+of\s+|"
                          # "seizures in people without epilepsy, and in people with epilepsy it has occasionally led
                          # to status epilepticus": a second clause, its own effects
                          r",?\s+and\s+(?:in\s+[^,;]{3,120}?\s+)?(?:it|this\s+(?:medicine|drug))\s+(?:has\s+)?(?:\w+ly\s+)?"
                          r"(?:led\s+to|caused|(?:can|may)\s+(?:also\s+)?(?:cause|lead\s+to))\s+", re.I)
#: a clause of its own after a list, its subject then a verb of causing: ", and receiving more iron than the body needs
#: over time can lead to"
_AND_CLAUSE_CAUSES = re.compile(r",\s+and\s+(?:[\w-]+\s+){1,12}?(?:can|may|might|could)\s+(?:also\s+|eventually\s+)?"
                                r"(?:lead\s+to|cause|result\s+in)\s+", re.I)
#: a group of effects named, not one: "the same serious reactions as sulfa drugs taken by mouth", "other side effects"
_A_GROUP = re.compile(r"^(?:the\s+same\s+|other\s+|similar\s+)(?:(?:serious|severe|rare|dangerous)\s+)?(?:side\s+effects|"
                      r"reactions|problems|effects|complications)(?:\s+as\s+.*)?$", re.I)
#: what an effect comes with, said as a list after it ("fluoride poisoning, with stomach pain, vomiting and drooling")
_WITH_SYMPTOMS = re.compile(r",\s+with\s+(?!(?:long-term|prolonged|regular|high|higher|large|each|every|the|this|its|your)\b)"
                            r"(?=[^;]*(?:,|\band\b|\bor\b))", re.I)
_AND_THEN_ASIDE = re.compile(r"\s+and,\s*(?:in|with|for|after|during)\s+[^,;()]{2,40}?,\s*(?=[^;]*\band\b)", re.I)
#: a sign's clause still opened by its "if" ("or if you faint")
_IF_YOU = re.compile(r"^(?:or\s+)?if\s+(?=you\s+[a-z])", re.I)
#: "They are: A, B and C": a group's list after the sentence that named the group
_THEY_ARE = re.compile(r"^(?P<w>they|these)\s+are\s*:\s*", re.I)
_THEY_INCLUDE = re.compile(r"^(?:they|these|such\s+effects|such\s+reactions)\s+(?:may\s+|can\s+)?(?:also\s+)?include\s+"
                           r"(?P<list>.+)$", re.I)
#: the event after which a serious effect can happen ("after a spinal tap"), not part of its name ("flare-up of
#: hepatitis after stopping treatment" names its cause by a gerund and keeps it)
_AFTER_EVENT = re.compile(r"\s+after\s+(?:a|an|the|any)\s[^,;]*", re.I)
_LEADS_TO = re.compile(r",?\s+(?:which\s+(?:can|may|might|could)\s+(?:(?:rarely|sometimes|occasionally|also|even|then)\s+)?"
                       r"(?:lead\s+to|cause|result\s+in|trigger|bring\s+on)|"
                       r"(?:which|that)\s+(?:leads\s+to|causes|results\s+in|triggers))\s+", re.I)
#: where a consequence's list ends and the main list goes on: "X, which can trigger A and B, as well as C, D"
_MAIN_GOES_ON = re.compile(r",\s+(?:as\s+well\s+as|and(?:\s+also)?|plus)\s+", re.I)


#: a relative clause that ends a labelled line, describing its last member
_RELATIVE_END = re.compile(r",\s+(?:which|that|who)\s+.*$", re.I)
#: when a labelled line's one effect comes, after it: " if particles are breathed in"
#: where the drug went in, said as a clause at a labelled line's end: " where the injection is given"
_WHERE_APPLIED_END = re.compile(r"\s+where\s+" + APPLIED_VERBS + r"\b[^,;]*$", re.I)
_IF_CLAUSE_END = re.compile(r",?\s+(?:if|when|unless)\s+(?:the\s+|any\s+|you\s+|it\s+|they\s+)?[a-z][^,;]*$", re.I)
#: a list that goes on with what comes with its members: ", often together with A and B"
_ALONG_WITH = re.compile(r",\s+(?:(?:often|usually|sometimes|frequently)\s+)?(?:together|along)\s+with\s+(?=\S)", re.I)


def _lead_split(chunk: str) -> tuple[str, str, str]:
    """"bone marrow suppression, which can lead to anemia" -> the effect, the cue, its consequences."""
    m = search_outside_parens(chunk, _LEADS_TO)  # (not inside brackets: "heart block (a problem ... that causes a
    if m is None:  # very slow heartbeat), seizures": what the effect is, no consequence of it)
        return chunk, "", ""
    return chunk[:m.start()], m.group(0), chunk[m.end():]


def _prose_group(mod: str, mid: str, current: str | None) -> str:
    """The group a "... side effects include" sentence names: Serious, Less common, Common, as written."""
    words = f"{mod} {mid}"
    if _SERIOUS_F.search(words):
        return SERIOUS_CATEGORY
    if re.fullmatch(r"other(?:\s+possible)?", mod.strip(), re.I):
        return "Other"  # "Other side effects can include A and B": a group of their own
    mod = _MOD_DROP.sub("", mod.strip() + " ").strip()  # ("The side effects reported most often": no group's name)
    if re.fullmatch(r"(?:frequent(?:ly)?|commonly|often)(?:\s+(?:reported|seen|experienced|noticed))?", mod, re.I):
        return "Common"  # "The most frequently reported side effects are ...": the common ones
    if mod:
        return capitalise(mod.strip())
    if _LESS.search(words):
        return "Less common"
    return current or "Common"


_LEAD_IN_GROUP = re.compile(r"\b(?:side[\s-]effects?|reactions|effects|adverse\s+events|common|serious|rare)\b[^.]*:\s*$|"
                            # "Serious side effects are rare and happen mostly with the injection. They include:"
                            r"\b(?:side[\s-]effects?|reactions|effects|common|serious|rare)\b[^.]*\.\s+(?:they|these)\s+"
                            r"(?:include|are|can\s+include)\s*:\s*$", re.I)


#: a group's name alone on its line, no colon ("Very common side effects", "Rare but serious side effects")
_BARE_GROUP_LINE = re.compile(r"^(?:(?:very|more|less|most|other|possible|the\s+most)\s+)?(?:common|uncommon|rare|serious|"
                              r"frequent|infrequent|severe|mild)(?:\s+(?:but|and|or)\s+(?:serious|severe|rare|"
                              r"common))?\s+(?:side[\s-]effects|adverse\s+effects|reactions)\s*\.?$", re.I)
#: a bare item label over the items after it that names a group, not an effect: reactions of a place or a time
#: ("1) Local reactions at the application site:"), or when ("2) With long-term use or use on large areas:")
_GROUP_ITEM_LABEL = re.compile(r"^(?:with|after|during|when|while|in|on|at|from)\s|"
                               r"\b(?:reactions|effects|problems|symptoms)\b(?:\s+(?:at|of|in|on|from|with|after|where)\s.*)?$",
                               re.I)


#: a part or organ of the body named alone, which names no effect
_BARE_PARTS = PARTS_AND_ORGANS | {p + "s" for p in PARTS_AND_ORGANS if not p.endswith("s")}


def _drug_sentence(text: str, result: Extraction) -> bool:
    """An item that is a sentence about the drug, its name the subject ("Telbivudine often raises ...")."""
    first = result.drug.label.split()[:1]
    return bool(first) and re.match(rf"{re.escape(first[0])}\s+(?:[a-z]+ly\s+|often\s+|sometimes\s+|also\s+)?[a-z]+s\s+\w",
                                    text, re.I) is not None \
        and text.rstrip().endswith(".")


#: a lead-in that points at the list under it, though it ends in a full stop ("... include the following.")
_LISTED_BELOW = re.compile(r"\b(?:the\s+following|these|below)\W*$", re.I)


def _lead_in_item(block: Block, following: Sequence[Block]) -> bool:
    """An item that is a sentence ending in a colon, over items of its own: the list's lead-in
    ("Most side effects mean the dose is too high and look like an overactive thyroid:")."""
    text = norm(block.text).strip()
    return (text.endswith(":") and (len(text.split()) >= 6 or bool(_LEAD_IN_GROUP.search(text))) and bool(following)
            and following[0].kind == "item" and following[0].depth > block.depth)  # ("- Serious side effects may
    # include:" over its own sub-list: a short lead-in that names its group)


#: how often a lead-in's list happens, in its own words ("You're most likely to notice:", "Less often, you might
#: get:", "Rarely, some people have:"): the group each gives
_LEAD_FREQ = (
    ("Less common", re.compile(r"\b(?:(?:less|not\s+as)\s+(?:often|commonly|frequently|likely)|occasionally|uncommonly|"
                               r"infrequently|less\s+common)\b", re.I)),
    ("Rare", re.compile(r"\b(?:rarely|in\s+rare\s+cases|rare)\b", re.I)),
    ("Common", re.compile(r"\b(?:most\s+(?:likely|often|commonly|frequently|common)|commonly|frequently|often|usually)\b",
                          re.I)),
)


#: who gets the effects a lead-in introduces ("you might get", "patients report"): a sentence, not a group's name
#: (looked for outside parentheses: "Rare (up to 1 in 1,000 people)" is a group's name)
_WHO_GETS = re.compile(r"\b(?:you|you're|people|patients|users|may|might|could)\b", re.I)


def _frequency_lead_in(text: str) -> str | None:
    """The group a short lead-in sentence over a list names by how often its effects happen, or None."""
    sent = (sentences(norm(text)) or [text])[-1].rstrip(": ")
    if len(sent.split()) > 12:
        return None
    for category, rx in _LEAD_FREQ:
        if rx.search(sent):
            return SERIOUS_CATEGORY if _SERIOUS_F.search(sent) else category
    return None


#: a lead-in that says its items are groups: "... can be divided into the following categories:", "They fall into
#: three groups:"
_GROUPS_LEAD = re.compile(r"\b(?:categories|groups|kinds|types)\s*(?:of\s+[\w\s-]{1,30})?:?\s*$", re.I)
#: a sentence after a group's list that says something of them all: "These usually happen during the infusion."
_REMARK_AFTER = re.compile(r"(?<=[a-z)])\.\s+(?:these|they|this|both|all|most|each|such)\b.*$", re.I | re.S)


def _then_remark(text: str) -> str:
    """A group's list without the remark that follows it: "fever, chills and rash. These usually happen during or
    shortly after the infusion" -> "fever, chills and rash"."""
    return _REMARK_AFTER.sub("", text) if "," in text.split(". ")[0] else text


#: a group said to happen, and when or how often: "Serious side effects can happen, most often in the first months"
_GROUP_HAPPENS = re.compile(r"^(?P<g>(?:[\w-]+\s+){0,3}?(?:side[\s-]effects|adverse\s+effects|reactions))\s+(?:can|may|might|"
                            r"could|do|sometimes|rarely)\s+(?:also\s+)?(?:happen|occur|develop)\b", re.I)


def _lead_in_category(text: str) -> str:
    """The group a lead-in line names: "Common side effects include:" -> Common; a short label as written."""
    said = sentences(norm(text)) or [text]
    sent = said[-1].rstrip(": ")
    if len(said) > 1 and re.match(r"(?:they|these)\s+(?:include|are|can\s+include)$", sent, re.I):
        sent = said[-2].rstrip(". ")  # "Serious side effects are rare ... They include:": the sentence before names it
    said_to_happen = _GROUP_HAPPENS.match(sent)
    if said_to_happen:  # "Serious side effects can happen, most often during the first 3 months. These include:"
        sent = said_to_happen.group("g") + " include"  # the group, as "Serious side effects include:" names it
    m = _GROUP_INCLUDE.match(sent + " x")
    if m and re.fullmatch(r"(?:other|other\s+possible)\s+", m.group("mod"), re.I) and not _SERIOUS_F.search(sent):
        return "Other"  # "Other side effects that can happen are:" over a list after the common ones: its own group
    if m:
        return _prose_group(m.group("mod"), m.group("mid"), None)
    freq = _frequency_lead_in(sent) if _WHO_GETS.search(strip_parens(sent)[0]) else None
    return freq or _category(sent)  # ("The effects people most often notice are:" is no label: Common)


#: where a run-on line opens its next group: "; Common (≥1/100 to <1/10): ", ". Rare: " (a rate's commas are
#: inside its parenthesis)
_NEXT_GROUP = re.compile(r"(?<=[;.])\s+(?:and\s+)?(?P<label>[A-Za-z][A-Za-z -]{1,30}?(?:\s*\([^()]{0,60}\))?)\s*:\s+(?=\S)")
_NOT_KNOWN = re.compile(r"^(?:frequency\s+)?not\s+known$", re.I)


#: a seek-help sentence run on to a list that ends without a stop: "dependence, withdrawal seizures Call emergency
#: services if ..."
_HELP_RUN_ON = re.compile(r"(?<=[a-z)])\s+(?-i:(?=(?:Call|Seek|Get|Contact|Tell|Stop|See|Go|Phone|Ring|Report|If)\s))"
                          r"(?=[^.;]*\b(?:if|right\s+away|immediately|urgently|at\s+once|straight\s+away)\b)")


def _group_runs(label: str, text: str) -> list[tuple[str, str]]:
    """A labelled line that runs on into other groups, each a frequency label, as ``(label, text)``
    runs: "Very common (≥1/10): a, b; Common (≥1/100 to <1/10): c, d; Rare: e" gives three. A label
    that names no frequency or severity group ("...; Note: ...") does not cut the line."""
    runs: list[tuple[str, str]] = []
    start = 0
    for m in _NEXT_GROUP.finditer(text):
        name = strip_parens(m.group("label"))[0]
        if not (is_group_label(name) or _NOT_KNOWN.match(name)):
            continue
        runs.append((label, text[start:m.start()].rstrip(" ;.")))
        label, start = capitalise(m.group("label")), m.end()
    runs.append((label, text[start:]))
    return [(lab, t) for lab, t in runs if t.strip()]


def _second_or(items: list[Item]) -> list[Item]:
    """"swelling of the face, lips or tongue or difficulty breathing", "bloody or black stools or severe stomach
    pain": a second "or" after body parts, or after a modifier shared with the next noun, closes the list with
    another sign."""
    if not items:
        return items
    halves = [h.strip() for h in split_top(items[-1].text, " or ")]
    parts = len(halves) == 3 and bool(halves[0].split()) and halves[0].split()[-1].casefold() in BODY_PARTS \
        and halves[1].casefold() in BODY_PARTS and halves[2].casefold() not in BODY_PARTS
    shared = len(halves) == 3 and len(halves[0].split()) == 1 and len(halves[1].split()) >= 2 \
        and len(halves[2].split()) >= 2  # "bloody or black stools or severe stomach pain"
    if parts or shared:
        return [*items[:-1], Item(" or ".join(halves[:2]), items[-1].conj), Item(halves[-1], True)]
    return items


#: what may close "A or B" between body parts ("cleft lip or palate": a part named by a word of its own)
_PARTS_AFTER_OR = BODY_PARTS | {"palate"}


def _parts_or(text: str) -> bool:
    """"muscle or joint pain", "tooth or tongue discoloration", "cleft lip or palate": an "or" between body parts."""
    halves = [h.strip().casefold() for h in split_top(text, " or ")]
    return len(halves) == 2 and (halves[0] in BODY_PARTS or halves[1] in _PARTS_AFTER_OR)


def _shares_parts(text: str) -> bool:
    """Whether ``text`` ends in a list of body parts that its words before share ("heaviness or tightness in
    the chest, throat, neck or jaw")."""
    parts = _PARTS_TAIL.search(strip_parens(text)[0])  # ("... of the neck, jaw or eyes (acute dystonia)")
    return bool(parts and "," in parts.group("parts") and all(
        w in BODY_PARTS for w in re.split(r"[,\s]+(?:(?:or|and)\s+)?(?:(?:in|of|on|around)\s+(?:the|your)\s+)?",
                                           parts.group("parts"))))


#: how a group is, before the colon that opens its list: "uncommon, but important:", "rare but possible:"
_ASIDE_WORD = (r"(?:(?:very|more|less|un)?common|rare(?:ly)?|uncommon|serious|important|possible|potentially|"
               r"life-threatening|but|and|can|be|however|though)")
_GROUP_ASIDE = re.compile(rf"^[\s\u2014\u2013-]*{_ASIDE_WORD}(?:[,\s]+{_ASIDE_WORD})*\s*:\s+", re.I)


#: "any" before a sign's name, a determiner ("any unusual bleeding"), unless what follows points elsewhere
_ANY_SIGN = re.compile(r"^any\s+(?!(?:of|other|such|these|those|more|symptoms?|signs?|side|problems?)\b)", re.I)


#: two short names joined by a slash (each one or two words; "and/or" is no pair)
_SLASH_PAIR = re.compile(r"^([A-Za-z][\w-]*(?:\s[\w-]+)?)\s?/\s?(?!or\b)([A-Za-z][\w-]*(?:\s[\w-]+)?)$")


def _group_over_siblings(block: Block, after: list[Block]) -> str | None:
    """A plain item that is a group's name alone over the items after it at its own depth ("■ Common" over "- Thirst",
    a symbol read as the list's bullet): the name, else None."""
    name = block.text.strip()
    if block.kind != "item" or block.label is not None or not is_group_label(name):
        return None
    return name if after and after[0].depth == block.depth and not is_group_label(after[0].text.strip()) else None


#: the body systems and places a page groups its effects by ("Nervous system", "Mouth and gut", "Heart and
#: circulation", "Skin and hair", "Eyes"): names of no effect
_SYSTEM_WORDS = frozenset("""
    nervous system systems brain mind mood mental psychiatric neurological mouth gut stomach bowel bowels digestive
    electrolyte electrolytes
    digestion gastrointestinal heart circulation cardiovascular blood vessels metabolism metabolic endocrine hormones
    hormonal skin hair nails eyes eye vision ears ear hearing kidneys kidney urinary bladder liver lungs lung breathing
    respiratory chest muscles muscle bones bone joints musculoskeletal sexual reproductive immune general whole body
    other others and the sleep behaviour behavior energy weight appetite senses
    balance salts minerals fluids allergy allergies eyelids nose throat teeth gums
    calcium potassium sodium magnesium phosphate
""".split())


def _names_a_system(block: Block, after: list[Block]) -> bool:
    """Whether a plain item over a nested list names a body system ("Mouth and gut" over "Nausea"): the
    group of its sub-items, which are the effects (not sub-points describing it, as under "Liver problems")."""
    bare = strip_parens(norm(block.text))[0]
    words = re.findall(r"[\w'-]+|[^\w\s]", bare.casefold())
    return (bool(after) and after[0].kind == "item" and after[0].depth > block.depth and 0 < len(words) <= 5
            and (all(w in _SYSTEM_WORDS or w in ",&/" for w in words) and any(w not in ("and", "the") for w in words)
                 # when or how the effects below come ("With the infusion", "Rectal use"), the same as a bold group's
                 or any(rx.fullmatch(bare.strip(" :")) for rx in (_WHEN_GROUP, _ROUTE_GROUP, _WHERE_GROUP))))


def _bold_effect_over_notes(block: Block, blocks: Sequence[Block], i: int) -> bool:
    """Whether a bold item alone over sub-points ("1. **Gout**" over "- sudden, severe pain ...") is an effect whose
    sub-points are notes on it, not a group's name over its effects: its sub-points open in lower case, as
    sentences about it do, or a bold item of its list has no sub-points at all (an effect of that list)."""
    if not block.label or block.text.strip() and not _PAREN_ONLY.match(norm(block.text).strip()) \
            or block.label.rstrip().endswith(":") or block.cells \
            or is_group_label(block.label) or _names_a_system_label(block.label) or _LEAD_IN_GROUP.search(block.label):
        return False
    below = []
    for b in blocks[i + 1:]:
        if b.kind != "item" or b.depth <= block.depth:
            break
        if b.depth == block.depth + 1:
            below.append(b)
    if not below:
        return False
    if all(b.label is None and b.text[:1].islower() for b in below):
        return True
    siblings = []  # the bold items of the same list, before and after
    for step in (-1, 1):
        k = i + step
        while 0 <= k < len(blocks) and blocks[k].kind == "item" and blocks[k].depth >= block.depth:
            if blocks[k].depth == block.depth:
                siblings.append(k)
            k += step
    return any(blocks[k].label and not blocks[k].text.strip() and not (
        k + 1 < len(blocks) and blocks[k + 1].kind == "item" and blocks[k + 1].depth > block.depth) for k in siblings)


def _names_a_group(label: str) -> bool:
    """Whether a bold label over a list names its group, never an effect the text describes: how often or how bad
    ("**Rare but serious:**", or how often in its brackets: "**Anticholinergic (most common)**"), a body system
    ("**Skin:**") or the product the effects come with ("**Eye drops:**")."""
    bare, parens = strip_parens(norm(label))
    bare = bare.strip(" :")
    return is_group_label(label) or _names_a_system_label(label, bare=True) or bool(_FORM_LABEL.match(label.strip(" :"))) \
        or any(rx.fullmatch(bare) for rx in (_SITE_OR_TESTS, _WHEN_GROUP, _ROUTE_GROUP, _RELATED_GROUP, _WHERE_GROUP)) \
        or any(is_group_label(p) and not _SERIOUS_F.search(p) for p in parens)
    # (how often, in brackets: "**Lithium toxicity (serious):**" is an effect, told how bad)


#: where in the body the effects below happen, as a group's label: "**In the eye:**", "**Rest of the body:**"
_WHERE_GROUP = re.compile(r"(?:(?:in|on|around|inside|outside)\s+(?:the|your)\s+[a-z]+|(?:(?:the\s+)?rest|other\s+parts)\s+of\s+"
                          r"the\s+body|elsewhere(?:\s+in\s+the\s+body)?|(?:the\s+)?whole\s+body)", re.I)
#: what the effects below come of, as a group's label alone: "**Infusion-related:**", "**Immune-related:**"
_RELATED_GROUP = re.compile(r"[A-Za-z]{3,}[- ]related", re.I)
#: a route the effects below come with, as a group's label: "**Rectal use:**", "**Intravenous use:**"
_ROUTE_GROUP = re.compile(r"(?:with\s+)?(?:rectal|oral|topical|intravenous|IV|vaginal|nasal|inhaled|subcutaneous|"
                          r"intramuscular|eye|skin)\s+(?:use|administration|route|dosing)|"
                          # "By mouth", "Taken by injection", "Applied to the skin" over the effects that way brings
                          r"(?:(?:when\s+)?taken\s+)?by\s+(?:mouth|injection|inhalation|infusion)|orally|topically|"
                          r"(?:when\s+)?applied\s+to\s+the\s+skin", re.I)


#: when the effects below come, as a group's label: "**In overdose (serious):**", "**With long-term use:**"
_WHEN_GROUP = re.compile(r"(?:in|with|after|at|on|during|from)\s+(?:an?\s+|the\s+)?(?:overdoses?|overdosage|(?:very\s+)?"
                         r"high(?:er)?\s+doses?|large\s+doses?|long[\s-]term\s+use|prolonged\s+use|first\s+doses?|"
                         # "With the infusion", "During the injection": the giving of it
                         r"(?:first\s+)?(?:infusions?|injections?|drips?))",
                         re.I)


def _serious_in_brackets(label: str) -> bool:
    """A group's label whose brackets say it is serious, its words another group's: "Cardiovascular (serious)"."""
    bare, parens = strip_parens(norm(label))
    return not _SERIOUS_F.search(bare) and any(_SERIOUS_F.search(p) and is_group_label(p) for p in parens)


#: a place, or the tests, the effects are found at: "**Injection site**: pain after ...", "**Laboratory changes**: raised
#: liver enzymes, ..." (not "Injection site reactions", an effect the page may describe)
_SITE_OR_TESTS = re.compile(r"(?:(?:at\s+|around\s+)?the\s+)?(?:injection|infusion|application|administration|IV)[\s-]sites?|"
                            r"(?:laboratory|lab|blood[\s-]test|blood)\s+(?:changes|findings|abnormalities|results|"
                            r"test\s+changes)", re.I)


#: the head of a named effect (not a body system's): "Severe allergic reactions", "Liver damage", "Serotonin syndrome"
_EFFECT_HEAD = re.compile(r"\b(?:reactions?|syndrome|damage|injury|failure|inflammation|bleeding|infections?|"
                          r"toxicity|crisis|attack|disease)$", re.I)


def _names_a_system_label(label: str, bare: bool = False) -> bool:
    """Whether a bold label names a body system ("**Digestive problems:**", "**Nervous system:**"): a group. With
    ``bare``, only the system's name itself ("**Skin:**", "**Nervous system:**"), which can name no effect, as
    "**Heart problems:**" over what they are can."""
    words = re.findall(r"[\w'-]+", strip_parens(norm(label))[0].casefold())
    extra = ("and", "the") if bare else ("problems", "effects", "issues", "and", "the")
    return 0 < len(words) <= 5 and all(w in _SYSTEM_WORDS or w in extra for w in words) \
        and any(w in _SYSTEM_WORDS for w in words)


_LEAD_SYMBOLS = re.compile(r"^[^\w(\[]+")


#: the signs of trouble of any kind, listed: "Signs of a serious problem include A, B and C"
_SIGNS_OF_TROUBLE = re.compile(r"^(?:warning\s+)?signs\s+of\s+(?:a|an|any)\s+(?:serious|severe|more\s+serious)\s+(?:problem|"
                               r"reaction|side[\s-]effect|issue|complication)s?\s+(?:include|are|may\s+include|can\s+include)\s+"
                               r"(?P<l>.+)$", re.I)
#: a sentence that says the drug has a boxed warning, as a group's label
_BOXED_WARNING_SAID = re.compile(r"^[\w-]+\s+(?:carries|has|comes\s+with)\s+an?\s+(?:\W*)(?:boxed|black[- ]box)\s+warning\W*$",
                                 re.I)


def _category(label: str) -> str:
    """A group's label as written, minus its parenthetical: "Serious (rare)" -> "Serious"."""
    text = _LEAD_SYMBOLS.sub("", strip_parens(norm(label))[0]).strip(" :")  # ("⚠️ Serious": Serious)
    if text.endswith(".") and "." not in text[:-1] and len(text.split()) <= 4:
        text = text[:-1]  # "**Common.** Daytime drowsiness, ...": the group, its label closed by a full stop
    spoken = _SPOKEN_GROUP.search(text) if text.endswith(" ones") else None
    if spoken:  # "Most people do fine, but here are the common ones:", "And some rare but serious ones:": the group a
        group = spoken.group("g").lower()  # spoken lead-in names ("rare but serious" is the serious group)
        return capitalise(group.split()[-1] if " but " in group else group)
    if _BOXED_WARNING_SAID.search(text):  # "Daprodustat carries a **boxed warning**:": its effects are the serious
        return SERIOUS_CATEGORY  # ones, however the sentence names the drug
    said = _GROUP_SAID.match(text)
    if said:  # "Some side effects can be serious. These include:": the sentence says the group in its predicate
        return capitalise(said.group("g").lower())
    if _CATEGORY_TAIL.search(text):  # "Serious side effects that need medical attention:": a sentence that leads in,
        head = _CATEGORY_TAIL.sub("", text)  # its group as prose names it
        group = _PROSE_GROUP.match(head)
        return capitalise(group.group(1).lower()) if group else head
    return text or label


#: a group said aloud, "the X ones" closing the lead-in ("here are the common ones", "a few less common ones")
_SPOKEN_GROUP = re.compile(r"(?:^|[,;]\s*|\b(?:are|but|and|also)\s+)(?:the\s+|some\s+|a\s+few\s+)?(?P<g>(?:very\s+|more\s+|"
                           r"less\s+)?(?:common|uncommon|rare(?:\s+but\s+(?:serious|severe))?|serious|severe))\s+ones$", re.I)
_PROSE_GROUP = re.compile(r"^((?:very\s+|more\s+)?(?:serious|severe|less\s+common|uncommon|common|rare))\s+"
                          r"(?:side[\s-]effects?|reactions|problems)$", re.I)


#: a lead-in sentence whose predicate names the group: "Some side effects can be serious (and need help)", "Rarely,
#: side effects can be severe"
_GROUP_SAID = re.compile(r"^(?:rarely,?\s+|occasionally,?\s+)?(?:some|a\s+few|other|certain|these|rare)?\s*(?:side[\s-]effects?|"
                         r"reactions|adverse\s+effects)\s+(?:can|may|might|could)\s+(?:also\s+)?be\s+(?:very\s+)?"
                         r"(?P<g>serious|severe|dangerous|life-threatening)\b", re.I)
_CATEGORY_TAIL = re.compile(r"(?<=\S)\s+(?:that|which)\s+(?:need|needs|require|requires|may\s+need)\b.*$", re.I)


#: "Common side effects include ...", "Serious side effects are rare but can include ..."
#: the words a sentence names a group of effects by ("side effects", "adverse reactions", "reported effects")
_EFFECTS_NOUN = (r"(?:side[\s-]effects?|adverse\s+(?:effects|reactions|events)|risks|complications|"
                 r"(?<=\breported\s)effects|(?<=\bunwanted\s)effects|(?<=\bundesirable\s)effects|"
                 # "Other common effects were ...": a group's frequency before the bare noun
                 r"(?<=\bother\scommon\s)effects|(?<=\bother\sfrequent\s)effects|(?<=\bother\srare\s)effects|"
                 r"(?<=\bother\sserious\s)effects)")
#: a group of effects named as a sentence's subject, up to its verb: "The most common side effects (in trials) seen
#: may"
_GROUP_SUBJECT_HEAD = (r"^(?P<mod>(?:[\w-]+\s+){0,5}?)" + _EFFECTS_NOUN + r"(?:\s*\([^()]*\))?(?P<mid>(?:\s+[\w,-]+){0,8}?)\s+"
                       r"(?:(?:may|can|might|could)\s+(?:also\s+)?)?")
_GROUP_INCLUDE = re.compile(_GROUP_SUBJECT_HEAD + r"(?:include|includes|included|are|were)\s+(?P<list>.+)$", re.I)
#: The same, with "include" only: "Serious side effects are rare but include ..." is not "are rare".
_GROUP_INCLUDES = re.compile(_GROUP_SUBJECT_HEAD + r"(?:include|includes|(?<=\bbut\s)included)\s+(?P<list>.+)$", re.I)
# ("Serious side effects were rare but included ...": the past, after "but", still a list)
#: "people notice", "some patients may get": who has the effects a frequency word opens
_PEOPLE_VERB = (r"(?:(?:some\s+|a\s+few\s+|other\s+|many\s+)?(?:people|patients|users)\s+(?:(?:may|can|might)\s+)?(?:also\s+)?"
                r"(?:notice|get|have|experience|develop|report|feel)|"
                # "Less often, the body makes antibodies against X": what the body does is the effect
                r"(?:the|your)\s+body\s+(?:(?:may|can|might)\s+)?(?:makes?|develops?|produces?)(?=\s+antibodies\b))")
#: what tests find, as a sentence's subject and verb: "Blood tests often show ..."
_TESTS_FIND = (r"(?:blood|lab|laboratory|urine|liver)\s+tests?\s+(?:(?:often|may|can|sometimes|also|might)\s+)*"
               r"(?:show|reveal|find|detect)")
_FREQ_SENT = (
    ("Common", re.compile(r"\b(?:most\s+often|most\s+common(?:ly)?|most\s+frequent(?:ly)?|(?:the\s+)?(?:usual|typical)\s+"
                          r"(?:complaints|problems|ones|side[\s-]effects|effects)|"
                          # "The ones people notice most are ...", "the effects patients report most often were ..."
                          r"(?:ones?|effects?|side[\s-]effects?|complaints?|problems?)\s+(?:that\s+)?(?:people|patients|users|you)\s+"
                          r"(?:notice|report|get|have|mention|experience)\s+(?:the\s+)?(?:most|first))\b"
                          r"(?:(?!\s(?:when|while|if|after|before|until|once|as|which|that)\s)[^.])*?"  # not "... when treatment
                          # is started", nor a relative clause's verb ("..., which were mild")
                          r"\b(?:are|is|were|was|include|includes)\s+(?P<list>.+)$", re.I)),
    # "Most people don't have side effects at the usual dose, but some notice A, B or C"
    ("Common", re.compile(r"^(?:most|many)\s+(?:people|patients|users)\s+[^,;]{3,80}?,\s+but\s+(?:some|a\s+few|others)"
                          r"(?:\s+(?:people|patients|users))?\s+(?:(?:may|can|might)\s+)?(?:also\s+)?(?:notice|get|have|"
                          r"experience|develop|report|feel)\s+(?P<list>.+)$", re.I)),
    # "A small number of people, especially older men with an enlarged prostate, have trouble passing urine"
    ("Less common", re.compile(r"^(?:a\s+small\s+number|a\s+minority|a\s+small\s+percentage)\s+of\s+(?:people|patients|users)"
                               r"(?:,\s+(?:especially|particularly|mainly|mostly)\s+[^,;]{3,80},)?\s+(?:(?:may|can|might)\s+)?"
                               r"(?:also\s+)?(?:notice|get|have|experience|develop|report|feel)\s+(?P<list>.+)$", re.I)),
    ("Less common", re.compile(r"^(?:less\s+often|less\s+commonly|less\s+frequently|occasionally|uncommonly),?\s+"
                               r"(?:(?:[\w-]+\s+){0,2}?(?:(?:can|may|might)\s+)?(?:causes?|leads?\s+to|produces?|brings?\s+on)|"
                               # "Less commonly, blood tests show low potassium": what the tests find
                               + _TESTS_FIND + r"|"
                               + _PEOPLE_VERB + r")\s+(?P<list>.+)$", re.I)),
    # "Serious reactions are rare, but some people develop ...": the group, then who gets what
    ("Serious", re.compile(r"^(?:more\s+)?(?:serious|severe)\s+(?:side[\s-]effects?|reactions|problems|effects)\s+are\s+"
                           r"(?:very\s+)?(?:rare|uncommon|unusual),?\s+but\s+(?:" + _PEOPLE_VERB
                           + r"|(?:can|may|might|could)\s+(?:also\s+)?(?:include|be)|include)\s+(?P<list>.+)$", re.I)),
    # "The serious stuff is rare but real: pancreatitis, ...": a serious group named before a colon, its list after
    ("Serious", re.compile(r"^(?:the\s+)?(?:more\s+|most\s+)?(?:serious|severe|dangerous)\s+(?:stuff|ones|side[\s-]effects?|"
                           r"effects|risks|problems|reactions)\b[^:;]{0,40}:\s+"
                           r"(?:(?:it|this\s+(?:medicine|drug)|[\w-]+)\s+(?:can|may|might)\s+(?:also\s+)?cause\s+)?"
                           r"(?P<list>(?![^,]*?\b(?:can|may|might|will|could|is|are|was|were)\b).+)$", re.I)),
    # (not a sentence after the colon: "Serious side effects are uncommon: lacosamide can slow the heart's signals,
    # causing ...")
    ("Serious", re.compile(r"\bthe\s+most\s+(?:serious|dangerous|severe|important)\s+(?:(?:serious|rare|possible)\s+)?"
                           r"(?:risk|side\s+effect|problem|concern|danger)\s+is\s+(?:an?\s+[\w\s-]{1,40}?\s+(?:called|known\s+as)\s+)?"
                           r"(?P<list>.+)$", re.I)),
)
#: "Severe diarrhea is uncommon but can lead to dehydration and dizziness, ...": a graded effect and what it leads to
_RARE_BUT = (r"^(?P<x>[\w\s,'-]{3,80}?)\s+(?:is|are)\s+(?:very\s+)?(?:rare|uncommon|unusual),?\s+but\s+"
             r"(?:it\s+|they\s+)?(?:can|may|might|could)\s+")
_RARE_BUT_LEADS = re.compile(_RARE_BUT + r"(?:lead\s+to|cause|result\s+in)\s+(?P<to>.+)$", re.I)
#: an effect said to be rare but serious: "Rash is rare but can be serious", "Liver damage is uncommon but may be fatal"
_RARE_BUT_SERIOUS = re.compile(_RARE_BUT + r"be\s+(?:very\s+)?(?:serious|severe|dangerous|life-threatening|fatal)$", re.I)
_RARE_SEVERE = Guarded(re.compile(r"^(?P<x>.+?)\s+(?:are|is)\s+(?:very\s+|extremely\s+)?rare$", re.I))
#: "Serious problems are rare.", "Severe reactions are very uncommon": the group the next sentences name, no effect
_GROUP_IS_RARE = re.compile(r"^(?:(?:the\s+)?(?:more|most|other)\s+)?(?:serious|severe|dangerous|major|[a-z]{3,}-related)\s+"
                            r"(?:side[\s-]effects?|reactions|problems|effects|complications|"
                            r"risks)\s+(?:(?:are|is)\s+(?:very\s+|extremely\s+)?(?:rare|uncommon|unusual|infrequent)$|"
                            # "The most serious risks happen when it is combined with X at high doses": when, no effect
                            r"(?:(?:can|may|might)\s+)?(?:happen|occur|arise|come|start|appear)\s+(?:when|if|with|in|after|"
                            r"at\s+any\s+time|any\s+time|even\s+after|months|weeks)\b)", re.I)
# ("Immune-related side effects can happen at any time, even after treatment ends": when, no effect)
#: "The main one is ...", "The biggest risk is ...": the effect the group before it names first
_MAIN_ONE = re.compile(r"^the\s+(?:main|chief|principal|biggest|commonest|most\s+common|most\s+important)\s+"
                       r"(?:one|risk|problem|concern|effect|side[\s-]effect|reaction)\s+(?:is|are)\s+(?P<list>.+)$", re.I)
#: "Other rare risks are a, b and c", "Other serious problems include ...": more of a group
_OTHER_GROUP = re.compile(r"^(?:other|further|more)\s+(?P<g>(?:[\w-]+\s+){0,3}?)(?:ones|risks|problems|effects|complaints|"
                          r"side[\s-]effects|reactions|complications)\s+(?:(?:can|may)\s+(?:also\s+)?)?"
                          r"(?:are|include|includes)\s+(?P<list>.+)$", re.I)
#: "Headache, dizziness and rash are less common": the list first, its group after
_LIST_IS_GROUP = re.compile(r"^(?P<x>[\w\s,'-]{3,120}?)\s+(?:are|is)\s+(?:also\s+)?(?:fairly\s+|quite\s+|relatively\s+|very\s+)?"
                            r"(?P<g>less\s+common|uncommon|less\s+frequent|rarer|common|also\s+common)(?:\s+too)?"
                            # ("Headache is common too", "A such as B are also common, especially with Rebif")
                            r"(?:,\s+(?:especially|particularly|mainly|mostly)\b.*|"
                            # "..., and some people notice blurred vision": more of the group, said of who gets it
                            r",\s+and\s+(?P<more>(?:some|many|a\s+few|other)\s+(?:people|patients|users)\b.*)|"
                            # "Dental fluorosis is also common in children who swallow too much fluoride": in whom
                            r"\s+in\s+(?:young\s+|older\s+|small\s+)?(?:children|adults|people|women|men|teens|infants|babies)\b.*)?$",
                            re.I)
#: a lead-in's words that point at the list below it, left as a label: "In the TRIAL-1 study the following"
_POINTS_AT_LIST = re.compile(r"\bthe\s+following$", re.I)
#: how much of the drug gets into the body: "more of it reaches the blood"
_HOW_MUCH_REACHES = re.compile(r"\b(?:more|less|little|most|much)\s+of\s+(?:it|the\s+(?:drug|medicine|dose))\s+(?:reaches|gets\s+"
                               r"into|enters|is\s+absorbed)\b", re.I)
#: effects said before, said to come more often in some people: "These serious problems happen more often in ..."
_MORE_OFTEN_IN = re.compile(r"^(?:these|such|those|the\s+above)\s+(?:[\w-]+\s+){0,2}?(?:problems|effects|side[\s-]effects|"
                            r"reactions|complications|risks)\s+(?:(?:can|may|might)\s+)?(?:happen|occur|are|develop|appear)\s+"
                            r"(?:\w+\s+)?(?:more|most)\s+(?:often|likely|common|commonly|frequently)\s+(?:in|among|with)\b",
                            re.I)
#: what the reader is told will be done or should do: "you'll be watched at the center for at least 2 hours, and you
#: shouldn't drive until the next day" (care, no effects)
_YOU_ADVISED = re.compile(r"\byou(?:['\u2019]ll|\s+will)\s+be\s+(?:watched|monitored|observed|checked)\b|"
                          r"\byou\s+(?:should|shouldn['\u2019]t|must|mustn['\u2019]t|need\s+to)\s+(?:not\s+)?(?:drive|avoid|"
                          r"stay|wait|rest|tell|take|keep)\b", re.I)
#: what raises the risk of effects named before: "Risk of bleeding and kidney injury rises with age over 65, low body
#: weight, dehydration and longer use" (risk factors, no effects)
_RISK_RISES = re.compile(r"^(?:the\s+)?(?:risks?|chances?|likelihood)\s+(?:of\s+[^,;.]{1,80}?\s+)?(?:rises?|increases?|"
                         r"goes\s+up|is\s+(?:higher|greater)|are\s+(?:higher|greater))\s+(?:with|in|among|for|if|when)\b",
                         re.I)
#: the form of the drug a sentence's effects come with, before them: "With the subcutaneous form, "
_WITH_FORM_LEAD = re.compile(r"^(?:with|for)\s+the\s+(?:[\w-]+\s+){0,2}(?:form|version|formulation|product|injections?|"
                             r"infusions?|tablets?|cream|gel|patch|spray)s?,\s+(?=\S)", re.I)
_NOT_A_SUBJECT = re.compile(r"\b(?:side[\s-]effects?|reactions|problems|effects|these|they|it|this|those|such|most|"
                            r"some|many|others?)\b", re.I)
#: how long an effect lasts or when it comes ("for a day or two after starting the monthly tablet")
_DURATION_TAIL = re.compile(r"\s+(?:for|within)\s+(?:a|an|one|two|three|several|a\s+few|the\s+first)\b[^,;]*?"
                            r"\b(?:days?|hours?|weeks?|months?|doses?)\b.*$|\s+after\s+(?:starting|the\s+first|each)\b.*$", re.I)
#: a place a comma list shares out ("heaviness or tightness in the chest, throat, neck or jaw"): not members
#: a place of the list may bring its own preposition ("in the fingers, toes or around the mouth")
_PART_ITEM = r"(?:(?:in|of|on|around)\s+(?:the|your)\s+)?[a-z]+"
_PARTS_TAIL = re.compile(rf"\s+(?:in|of|on|around)\s+(?:the|your)\s+(?P<parts>[a-z]+(?:,\s*{_PART_ITEM})*,?\s+(?:or|and)\s+"
                         rf"{_PART_ITEM})$", re.I)
#: "The nasal spray often leaves an unusual taste", "The cream can cause redness": a form and what it gives
_FORM_GIVES = re.compile(r"^(?:(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?" + _FORM + r"|(?:[\w-]+\s+)?" + _FORM + r"s?\s+(?:and|or)\s+"
                         r"(?:[\w-]+\s+)?" + _FORM + r"s?)"  # ("Mouth rinses and gels can also cause ...")
                         r"\s+(?:(?:often|sometimes|commonly|"
                         r"frequently|also|can|may|might)\s+){0,2}(?:leaves?|causes?|gives?|produces?|leads?\s+to)\s+"
                         r"(?P<list>.+)$", re.I)
_SITE_REACTIONS = re.compile(r"^(?:injection|infusion|application)[\s-]site\s+reactions\b(?![^,]*\b(?:these|they|it)\b)",
                             re.I)
#: an infection the drug makes harder to clear, an effect of it
_HARDER_TO = re.compile(r"\bmakes?\s+it\s+harder\s+(?:for\s+(?:the|your)\s+body\s+)?to\s+(?:get\s+rid\s+of|fight(?:\s+off)?|"
                        r"clear|control)\s+(?P<list>(?:[\w-]+\s+){0,3}?(?:\([^()]*\)\s+)?infections?\b.*)$", re.I)
#: what tests find, said as the effects: "Blood tests often show low potassium levels and ..."
_TESTS_SHOW = re.compile(r"^" + _TESTS_FIND + r"\s+(?P<list>.+)$", re.I)
_OTHERS_HAVE = re.compile(r",?\s+and\s+(?:[\w-]+\s+){1,2}(?:(?:may|can|might|could)\s+(?:also\s+)?(?:have|get|develop|"
                          r"experience|notice)|(?:also\s+)?(?:had|got|developed|experienced|noticed))\s+", re.I)


#: "Less common are a, b and c", "Rare but serious ones include ...": a group word alone opens the list
_GROUP_ARE = re.compile(r"^(?P<g>(?:(?:very|less|more)\s+)?(?:common|uncommon|rare|rarer)(?:\s+but\s+serious)?|serious|severe)"
                        r"(?:\s+(?:ones|effects|reactions|problems))?\s+(?:are|include|includes)\s+(?P<list>.+)$", re.I)
#: "The capsules cause different and serious side effects: a; b; and c": the list after the colon, in the
#: group the words before it name
_GROUP_COLON = re.compile(r"^(?P<head>[^:;]{0,120}?\b(?:side[\s-]effects?|adverse\s+(?:effects|reactions))"
                          # "Other serious side effects are rare: a, b and c": how often, then the list
                          r"(?:\s+(?:are|is)\s+(?:(?:very|quite|fairly)\s+)?(?:rare|uncommon|less\s+common|possible)|"
                          r"\s+(?:are|include|includes))?|"  # ("Common side effects are: dry mouth, headache, ...")
                          # "Other common effects show up only on blood tests: a, b and c": a group, where it shows
                          r"(?:other\s+)?(?:(?:very\s+|less\s+)?common|rare|serious|uncommon)\s+effects\s+[^:;]{0,60}?|"
                          # "Rarely it causes serious problems: a; b; c": a group word, then what they are
                          r"[^:;]{0,80}?\b(?:serious|severe|rare|rarely|uncommon|less\s+common)\b[^:;]{0,40}?\b"
                          r"(?:problems|reactions|effects|risks|complications))\s*:\s+(?P<list>\S.*)$", re.I)


_SERIOUS_AFTER = re.compile(r"\s+(?:serious|dangerous|severe)\b", re.I)
_MOST_COMMON_IS = re.compile(r"^(?!(?:because|since|as|if|when|while|although|though)\b)(?P<x>[\w\s,-]{3,120}?)\s+(?:is|are)\s+(?:by\s+far\s+|easily\s+|probably\s+|still\s+)?"
                             r"the\s+(?:most\s+common|main|commonest|chief|"
                             r"principal)(?:\s+side[\s-]effects?|"
                             r"\s+ones?|\s+problems?)?\b(?!\s+(?:reason|cause|concern)s?\b)(?P<rest>.*)$", re.I)  # ("the most
# common reason people stop taking it" says why people stop, not how common it is)
_LEAD_PAREN = re.compile(r"^\s*\([^()]*\)\s*")
_PAREN_ONLY = re.compile(r"^\s*\([^()]*\)\s*:?\s*$")
#: who gets the effect, opening a list member: "and some people have vivid dreams"
_PEOPLE_LEAD = re.compile(r"^(?:and\s+)?(?:(?:some|many|a\s+few|other|others)(?:\s+(?:people|patients|women|men|children|"
                          r"users))?\s+(?:(?:may|can|might|also)\s+)*(?:have|get|notice|experience|develop|feel|report)|"
                          # "Less commonly, blood tests show low potassium": what the tests find is the effect
                          + _TESTS_FIND + r")\s+(?=\S)", re.I)
#: "Nausea is the side effect people mention most; ...": the most common, said by who reports it
_MENTIONED_MOST = re.compile(r"^(?P<x>[\w\s,-]{3,60}?)\s+(?:is|are)\s+the\s+(?:side[\s-]effects?|ones?|complaints?|problems?)\s+"
                             r"(?:that\s+)?(?:people|patients|users|doctors)\s+(?:mention|report|notice|get|have|complain\s+of|"
                             r"hear\s+(?:about|of))\s+"
                             r"(?:the\s+)?most\b(?P<rest>.*)$", re.I)
#: "it carries a boxed warning about suicidal thoughts and behavior in children, ...": the effect warned of (what it
#: can become after a comma, ", which can become fatal very quickly", said of it)
_WARNING_ABOUT = re.compile(r"\b(?:carries|has|comes\s+with)\s+an?\s+(?:boxed\s+|black[- ]box\s+|serious\s+)?warning\s+"
                            r"(?:about|for|of|on)\s+(?:the\s+risk\s+of\s+|an?\s+(?:increased|higher)\s+risk\s+of\s+)?"
                            r"(?P<x>[^,;]+?)(?:\s+(?:in|among|for)\s+(?:children|teen\w*|adolescents|kids|young|people|patients|adults|older|"
                            r"those)\b.*)?(?:,\s+(?:which|that)\s.*)?$", re.I)
_PEOPLE_GET = re.compile(r"(?:(?:in\s+(?:this|that|these|those)\s+(?:situation|setting|case)s?,?\s+)?\b(?:some|many|other|a\s+few|"
                         r"a\s+small\s+number\s+of|a\s+minority\s+of)\s+(?:people|patients|"
                         r"women|men|children|adults|users)(?:\s+(?:using|taking|treated\s+with|on)\s+[^,;]{3,50}?)?|"
                         # ("A small number of people using topical calcineurin inhibitors have developed X": who)
                         r"^(?:women|men|children|adults|older\s+adults|some|others|a\s+few))\s+"
                         # ("Some notice burning, itching or pain where the cream is applied": some people)
                         r"(?:(?:may|can|might)\s+)?(?:also\s+)?(?:have\s+(?:developed|had|experienced|got)|"
                         r"get|have|experience|notice|develop|feel|"
                         # ("In this situation some people developed X, and others developed Y": what trials saw)
                         r"(?<!may\s)(?<!can\s)(?<!might\s)(?:developed|had|got|experienced|noticed))\s+"
                         r"(?P<list>.+)$", re.I)  # ("Women may also get vaginal yeast infections")


#: what makes the effects a sentence names serious, said after them
_GRAVE = re.compile(r"\b(?:life-threatening|fatal|deadly|can\s+be\s+(?:serious|dangerous))\b", re.I)
#: how an effect shows: "ARIA can show up as brain swelling (ARIA-E) and as tiny bleeds in the brain (ARIA-H)"
_SHOWS_AS = re.compile(r"^(?:it|this|they|[A-Z][\w-]*(?:\s+[\w-]+){0,3})\s+(?:can|may|might|could|often|usually)\s+"
                       r"(?:show\s+up|appear|present|look)\s+as\s+(?P<list>.+)$", re.I)
_AND_AS = re.compile(r",?\s+(?:and|or)\s+as\s+", re.I)
#: an effect, its examples as an aside, then that it occurs: "Reactions where the shot is given, like redness, swelling,
#: or pain, can happen but are usually mild", "Serious allergic reactions, including anaphylaxis, are rare but can happen"
_EXAMPLES_OCCUR = re.compile(r"^(?P<x>[A-Z][^,;:]{2,60}?),\s+(?:such\s+as|like|including|e\.g\.)\s+(?P<ex>[^;:]+?),\s+"
                             r"(?:(?:are|is)\s+(?:rare|uncommon|unusual|possible)\s+but\s+)?(?:(?:can|may|might|could|sometimes)\s+"
                             r"(?:also\s+)?)?(?:occur|happen|develop|arise)\b", re.I)
#: "Wearing the patch overnight can cause vivid dreams and trouble sleeping": the use and what it gives
_USE_GIVES = re.compile(rf"^(?:{_USE_SUBJECT})\s+(?:(?:can|may|might|could|often|sometimes|also)\s+){{0,2}}"
                        r"(?:causes?|leads?\s+to|gives?|brings?\s+on)\s+(?P<list>.+)$", re.I)
#: the medicine said to raise the risk of what it may cause: "it can raise the risk of serious infections, such as ...",
#: "Long-term use slightly increases the risk of skin cancer and of lymphoma"
_RAISES_RISK = re.compile(r"(?:^|,\s+|\bso\s+)(?:it|they|this\s+(?:medicine|drug)|" + _USE_SUBJECT + r")\s+"
                          r"(?:(?:can|may|might|could|also|slightly|"
                          r"further)\s+){0,2}(?:raises?|increases?)\s+(?:the|your)\s+(?:risk|chance)s?\s+of\s+"
                          r"(?:getting\s+|developing\s+|having\s+)?(?P<list>.+)$", re.I)


_OF_AGAIN = re.compile(r",?\s+(?:and|or)\s+of\s+", re.I)
_LIST_ADVERB = re.compile(r"^(?:usually|often|mostly|generally|typically|mainly)\s+", re.I)
#: where in the body a list's effects are, said before its colon: "are stomach-related: nausea, ..."
_RELATED_LEAD = re.compile(r"^\s*[a-z]+-related\s*:\s+", re.I)


#: "Rarely, more serious problems can occur, such as A, B and C": a group said to occur, then its members
_GROUP_OCCURS_SUCH_AS = re.compile(r"^(?:(?:rarely|occasionally|sometimes|in\s+rare\s+cases),?\s+)?(?:more\s+|other\s+)?"
                                   r"(?:serious|severe|rare|dangerous)\s+(?:problems|side[\s-]effects|reactions|effects|"
                                   r"complications)\s+(?:can|may|might|could)\s+(?:also\s+)?(?:occur|happen|develop),?\s+"
                                   r"(?:such\s+as|including|like)\s+(?P<list>.+)$", re.I)
#: a list that names no effect, only a group of them: "serious problems", "some side effects", "other reactions"
_PLACEHOLDER = re.compile(r"^(?:(?:some|more|other|a\s+few)\s+)?(?:(?:serious|severe|rare|dangerous|life-threatening|"
                          r"unwanted|unpleasant|less\s+common)\s+)?(?:problems|side\s+effects|effects|reactions|"
                          r"complications|issues)$|"
                          # "Because ..., anticholinergic side effects can also occur. These include ...": a kind of
                          # side effects, listed next (not "Allergic reactions can occur": an effect)
                          r"^(?:(?:some|more|other)\s+)?[a-z-]{4,}(?:ic|al|ary|ive|ous)\s+(?:side|adverse)\s+effects$", re.I)


#: the examples after an effect in a serious sentence: ", such as A, B, and C", ", including D"
_NAMED_EXAMPLES = re.compile(r",?\s+(?:such\s+as|including)\s+(?P<x>.+)$", re.I)


#: a clause after a group's colon, not a list of effects: "Serious side effects are uncommon: lacosamide can slow ..."
_A_CLAUSE = re.compile(r"^(?:[\w-]+\s+){0,2}(?:can|may|might|could|will|is|are|has|have)\b", re.I)


def _frequency_group(sent: str) -> tuple[str, str] | None:
    for category, rx in _FREQ_SENT:
        m = rx.search(sent)
        listed = _LIST_ADVERB.sub("", m.group("list")) if m else ""
        if m and not _WHERE_LISTED.match(listed):  # ("... are usually dizziness, ...": how often, before the list;
            # "The most frequent ones are listed in the table": where they are, no list)
            return (SERIOUS_CATEGORY if category == "Serious" else category), listed
    m = _GROUP_ARE.match(sent) if " are " in sent or " include" in sent else None
    if m and not _NOT_A_LIST.match(m.group("list")):
        group = m.group("g")
        return (SERIOUS_CATEGORY if _SERIOUS_F.search(group) else capitalise(" ".join(group.split()).lower())), \
            m.group("list")
    m = _GROUP_COLON.match(sent) if ":" in sent else None
    if m and not _NOT_A_LIST.match(m.group("list")) and not _A_CLAUSE.match(m.group("list")):
        head = m.group("head")
        return (SERIOUS_CATEGORY if _SERIOUS_F.search(head) else "Less common" if _LESS.search(head)
                else "Common" if re.search(r"\bcommon\b", head, re.I) else "Other"), m.group("list")
    return None


_WHERE_WORDS = r"^(?:listed|shown|summari[sz]ed|tabulated|detailed|described\s+(?:below|above|in))\b(?!.*:)"
#: a group of effects, then an aside set off by commas before its verb: "Common side effects, mostly mild, include"
_GROUP_THEN_ASIDE = re.compile(r"^(?P<g>(?:the\s+)?(?:most\s+)?(?:(?:very\s+)?common|less\s+common|uncommon|rare|serious|"
                               r"frequent|possible|other)\s+(?:side\s+effects|reactions|problems)),\s+[^;:]{3,120}?,\s+"
                               r"(?=(?:may\s+|can\s+)?include\b)|"
                               # ("Serious problems known from other SSAs, and possible with longer use, include ...")
                               r"^(?P<g2>(?:(?:very\s+)?common|less\s+common|uncommon|rare|serious|possible|other)\s+"
                               r"(?:side\s+effects|reactions|problems))\s+(?:known|seen|reported|described)\s+(?:from|with|in)\s+"
                               r"[^;:]{3,120}?,\s+(?=(?:may\s+|can\s+)?include\b)", re.I)
#: a group named "effects" alone: "Less common effects included A and B"
_BARE_EFFECTS_GROUP = re.compile(r"^(?P<g>(?:the\s+)?(?:most\s+)?(?:(?:very\s+)?common|less\s+common|uncommon|rare|serious|"
                                 r"frequent|other))\s+effects\s+(?=(?:include|includes|included|were|are)\s)", re.I)
#: a group's list introduced as like other medicines' effects: "were similar to those of other SSAs: nausea, ..."
_SIMILAR_TO_OTHERS = re.compile(r"\b(?:were|are)\s+(?:very\s+|mostly\s+)?similar\s+to\s+(?:those|the\s+ones)\s+(?:of|seen\s+with|"
                                r"with)\s+[^:;.]{1,60}:\s+(?=[a-z])", re.I)
#: a list whose first member opens with its grade: "mild stomach upset, headache, dizziness and constipation"
_GRADED_LIST = re.compile(r"^(?:mild|moderate|occasional|temporary)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s*(?:,|\band\b|\bor\b)", re.I)
_NOT_A_LIST = re.compile(r"^(?:the\s+)?(?:usually|mild|rare|rarely|uncommon|common|generally|often|more|less|similar|few|"
                         r"not|related|dose|different|the\s+same|worse|worst|temporary|possible|strongest|most|least|"
                         r"better|best|likely|unlikely|mostly|mainly|seen|reported|expected|normal|harmless|"
                         # "Most side effects are the flip side of what ...", "... are simply the result of ..."
                         r"simply|just|largely|partly|due|caused|because|result|consequence|flip|downside|price|linked|tied|"
                         r"associated|connected|attributed|limited|confined|hard|difficult|impossible|"
                         # "Most side effects are manageable with dose changes": how they go, no list
                         r"manageable|treatable|reversible|transient|short-lived|tolerable|brief|"
                         # "The most important side effects are the serious ones, and ...": a group, no list
                         r"(?:serious|severe|rare|common|main)\s+ones)\b|"
                         # "Most side effects are an echo of what the drug is meant to do": what they are, no list
                         r"^(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,2}of\s+(?:what|how)\s|" + _WHERE_WORDS, re.I)
#: where a page lists a group, not its list: "The most frequent ones are listed in the table", "... are shown below"
_WHERE_LISTED = re.compile(_WHERE_WORDS, re.I)
#: a group said before its verb: "More serious, though uncommon, are A, B and C"
_GROUP_FIRST = re.compile(r"^(?P<g>(?:more|most|less|the\s+most)\s+(?:serious|common|frequent)|rarer)"
                          r"(?:,?\s+(?:though|but|if|although|and)\s+[\w\s-]{1,30},)?\s+(?:is|are)\s+(?P<list>.+)$", re.I)
#: a comment after a dash closing a list: "A, B and C - these are linked mainly to the tablets"
_DASH_COMMENT = re.compile(r"\s+[-\u2013\u2014]\s+(?:these|this|they|it|all|both|most)\b.*$", re.I)
#: a grade said before a list with a colon: "mild: pain or stinging, common colds and vomiting"
_GRADE_COLON = re.compile(r"^\s*(?:(?:usually|generally|mostly)\s+)?(?:mild|minor|moderate|short-lived|temporary)"
                          # ("Most side effects are mild and happen where the gel is applied: A, B and C": where too)
                          r"(?:\s+and\s+(?:happen|occur|appear|show\s+up|stay)\s+(?:where|at|on|in)\s+[^:;.]{1,60}?)?\s*:\s*",
                          re.I)
#: a clause whose subject is a gerund, with its verb: "taking the tablets with food reduces stomach upset"
_GERUND_CLAUSE = re.compile(r"^\s*(?:and\s+)?[a-z]+ing\s+(?:[\w-]+\s+){0,5}?(?:reduces?|helps?|prevents?|lowers?|makes?|"
                            r"eases?|avoids?|can|may|might|will|is|are)\b", re.I)
#: a sentence whose subject is something done and whose verb eases the effects: "Taking each dose with food and
#: drinking plenty of fluids makes these problems less likely" (not "Wearing the patch overnight can cause X", nor
#: "Bleeding is the main side effect")
_GERUND_ADVICE = re.compile(r"^(?:and\s+)?[a-z]+ing\s+(?:[\w-]+\s+){1,10}?(?:makes?|reduces?|helps?|prevents?|lowers?|"
                            r"eases?|avoids?|cuts?)\b(?!.*\b(?:can|may|might)\s+cause\b)", re.I)
_POINTS_BACK = re.compile(r"^\s*(?:these|this|those|they|it|such|both|all\s+of\s+these|"
                          r"(?:your|a|the)\s+(?:doctor|nurse|pharmacist|care\s+team)|you)\b", re.I)  # ("...; your
# doctor may check your sodium levels": advice, no effect)
_ALSO_HAVE = re.compile(r"\b(?:may|can|might|could|sometimes)\s+(?:also\s+)?(?:have|get|experience|develop|notice|feel)\s+"
                        r"(?P<list>.+)$", re.I)
#: "Rarely, you could have ...", "In rare cases, some people develop ...": a rare group, serious when it says so
_RARELY_HAVE = re.compile(r"^(?:very\s+|more\s+)?(?:rarely|in\s+rare\s+cases|on\s+rare\s+occasions)"
                          r"(?P<grave>,?\s+(?:but|and)\s+(?:seriously|severely|dangerously))?,?\s+(?:(?:you|some\s+people|"
                          r"people|patients|a\s+few\s+people)\s+(?:(?:can|may|might|could)\s+)?(?:also\s+)?(?:have|get|"
                          r"develop|experience|notice)|"
                          # "Rarely, donepezil can cause stomach ulcers or bleeding, seizures, or ..."
                          r"(?:it|this\s+(?:medicine|drug)|[A-Z][\w-]+)\s+(?:(?:can|may|might|could)\s+(?:also\s+)?"
                          r"(?:cause|lead\s+to|trigger)|(?:also\s+)?(?:causes|leads\s+to|triggers)))\s+(?P<list>.+)$", re.I)
#: a sentence that says how common the side effects are, naming none: "..., but some side effects are common,
#: especially when starting", before "These include ..."
_GROUP_STATED = re.compile(r"\b(?:some|many|most|a\s+few|certain)\s+side[\s-]effects\s+are\s+(?:fairly\s+|quite\s+|very\s+)?"
                           r"(?P<g>common|uncommon|rare|less\s+common|frequent)\b", re.I)
#: an aside in brackets on who gets an effect more: " (this happens more in children)", " (especially in older adults)"
_MORE_IN_ASIDE = re.compile(r"\s*\((?:this|these|which|it|they)?\s*(?:happens?|occurs?|is|are)?\s*(?:more|mostly|mainly|"
                        r"especially|particularly)\s+(?:common\s+|often\s+|likely\s+)?in\s+[^()]{3,40}\)", re.I)
#: how bad the effect before it is, told in a relative clause: " which can be very dangerous"
_HOW_BAD_TAIL = re.compile(r",?\s+(?:which|that)\s+(?:can|may|could|might)\s+(?:sometimes\s+)?be\s+(?:very\s+|extremely\s+|"
                           r"life-)?(?:dangerous|serious|severe|fatal|threatening|life-threatening)[.!]?\s*$", re.I)
#: the examples a sentence gives of a group it says can occur ("..., more serious effects may occur, such as A and B")
_OCCUR_EXAMPLES = re.compile(r"\b(?:occur|happen|develop|arise)s?,?\s+(?:such\s+as|including|like)\s+(?P<list>.+)$", re.I)
_CAN_HAPPEN = Guarded(re.compile(r"^(?P<x>(?:an?\s+)?(?:[\w-]+\s+){0,6}?(?:called|known\s+as)\s+[\w-]+(?:\s+[\w-]+)?|"
                                 r"(?:an?\s+)?[\w-]+(?:\s+[\w-]+){0,3}(?:,\s+[\w-]+(?:\s+[\w-]+){0,3}){0,4}"
                                 r"(?:,?\s+(?:and|or)\s+[\w-]+(?:\s+[\w-]+){0,3})?)\s+(?:can|may|might|could)\s+(?:also\s+)?"
                         r"(?:happen|occur|develop)\b", re.I))
#: what an effect is, between its name and "can occur" ("eczema herpeticum, a widespread herpes infection of the skin,
#: can occur")
_WHAT_IT_IS = re.compile(r",\s+an?\s+[^,;]{3,60},(?=\s+(?:can|may|might|could)\s)", re.I)
#: a relative clause that calls what it follows serious
_WHICH_SERIOUS = re.compile(r",\s+which\s+(?:is|are|can\s+be|may\s+be)\s+(?:the\s+most\s+|very\s+|potentially\s+)?"
                            r"(?:serious|dangerous|life-threatening)", re.I)
#: the examples of a list's last member, to the end of the list
_LAST_EXAMPLES = re.compile(r"(?:\s+(?:such\s+as|including)|(?:(?<=\bsite)|(?<=\bsites)|(?<=\breactions))\s+like)\s+"
                            r"[^,;()]*$", re.I)
# ("... and reactions at the injection site like redness or pain": the examples of a site's reactions)
#: where an effect's sentence goes on to say whom to call: "Rarely, it leads to X, so tell your doctor if ...", "A few
#: women develop X; get emergency help if ...": two sentences, the effect's and the signs'
_THEN_HELP = re.compile(r"(?:,\s+so|;)\s+(?=(?:tell|call|contact|see|seek|get|go|stop)\b)", re.I)
#: "Patients commonly report dry mouth and constipation", "Many people experience ...": who has the effects, how
#: often in the adverb
_PEOPLE_REPORT = re.compile(r"^(?:(?P<adv0>(?:much\s+|far\s+)?(?:less|more|most)\s+(?:often|frequently|commonly)|commonly|"
                            r"frequently|occasionally|sometimes|rarely),\s+)?"  # ("More commonly, people experience ...")
                            # ("In high dose IV infusion some patients feel A and B": when, then who)
                            r"(?:(?:in|with|after|during)\s+(?:[\w-]+\s+){0,4}?(?:infusions?|injections?|doses?|use)\s*,?\s+"
                            r"(?=(?:most|many|some)\s))?"
                            r"(?:(?:most|many|some)\s+)?(?:patients|people|users|adults|children|women|men)\s+"
                            r"(?:(?P<adv>(?:most\s+|more\s+|less\s+)?(?:commonly|often|frequently)|sometimes|occasionally|"
                            r"rarely|also)\s+)?(?:report|experience|complain\s+of|notice|feel(?=\s+(?:[\w-]+\s+)?(?:sensation|"
                            r"pain|ache|aches|burning|discomfort|nausea)\b))\s+(?P<list>.+)$", re.I)
#: "Less frequently, tachycardia and drowsiness occur", "In elderly patients, confusion may develop": the effects
#: the subject of occurring, how often in the lead
_W = r"(?!(?:can|may|might|could|will|sometimes|also)\b)[\w'-]+"
_LIST_OCCURS = re.compile(r"^(?:(?P<adv>(?:much\s+|far\s+)?(?:less|more)\s+(?:often|frequently|commonly)|occasionally|"
                          r"rarely|sometimes|commonly|frequently|uncommonly)\s*,\s*)?"
                          r"(?:in\s+(?:[\w-]+\s+){0,3}?(?:patients|people|adults|children|users|trials?|studies|study)\b"
                          r"[^,]{0,40},\s*)?"
                          rf"(?P<list>{_W}(?:\s+{_W}){{0,4}}(?:,\s+{_W}(?:\s+{_W}){{0,4}}){{0,6}}"
                          rf"(?:,?\s+(?:and|or)\s+(?:an?\s+)?{_W}(?:\s+{_W}){{0,4}})?),?\s+"  # ("and a bluish-gray darkening of
                          # the skin may occur": an article before the last)
                          r"(?:(?:can|may|might|could|will|sometimes)\s+(?:also\s+)?)?(?:occur(?:s|red)?|develop(?:s|ed)?|"
                          r"happen(?:s|ed)?|arises?|arose|(?:were|was|are|is|(?:have|has)\s+(?:also\s+)?been)\s+(?:also\s+)?"
                          r"(?:seen|reported|observed|noted|described))\b", re.I)
#: "As with any medicine, a severe allergic reaction is possible (but uncommon)": one effect, the subject of being
#: possible (no comma inside it: "Most people tolerate it well, but some side effects are possible" names none)
_IS_POSSIBLE = re.compile(r"^(?:as\s+with\s+(?:any|all|other)\s+(?:medicines?|drugs?|medications?)\s*,\s*)?"
                          r"(?P<list>(?:an?\s+)?[\w'-]+(?:\s+[\w'-]+){0,5})\s+(?:is|are)\s+(?:also\s+)?possible\b", re.I)
#: a sentence listing what a thing it names shows as: "Signs of low blood sugar include ..."
_SIGNS_OF_NAMED = re.compile(r"^(?:(?:early|late|first|warning|typical|common)\s+)?(?:signs|symptoms)\s+of\s+\w", re.I)
#: a sentence that only points at the list below it: "Here's what to watch for:", "Below are the ones to know."
_HERE_IS_WHAT = re.compile(r"^(?:here(?:['\u2019]s|\s+is|\s+are)|below\s+(?:is|are))\b[^:,;]*[.:!]?\s*$|"
                           # "These included:": the list below, in the past
                           r"^(?:these|they|those)\s+(?:(?:can|may)\s+)?(?:include[ds]?|included|are|were)\s*:\s*$", re.I)
#: "With injection there can be pain at the injection site and irritation of the vein": what there can be, with what
_THERE_CAN_BE = re.compile(r"^(?:(?:with|after|during)\s+(?:an?\s+|the\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s*,?\s+)?there\s+"
                           r"(?:can|may|might|could)\s+(?:also\s+)?be\s+(?!(?:no|any|some|other|more|less|a\s+risk)\b)"
                           r"(?P<list>.+)$", re.I)
#: words that make the subject of "... occur" no effect's name: "Symptoms usually occur", "These can develop"
_NOT_OCCURRING = re.compile(r"^(?:these|those|they|it|this|such|side|symptoms?|effects?|problems?|reactions?|"
                            r"signs?|changes?|no|none|deaths?)\b|\b\w+ly$|\b(?:is|are|was|were|has|have|had|if|when|because)\b|"
                            # ("Most people handle it fine, but here's what can happen:": a lead-in, its list below)
                            r"\bhere['\u2019]s\b|\bwhat$", re.I)


def _said_to_occur(sent: str) -> tuple[str | None, str] | None:
    """A sentence saying who reports the effects or that they occur: its group (by its adverb: "commonly",
    "less frequently", "rarely"; None when it says none) and its list; None for any other sentence."""
    sent = _EFFECTS_TOPIC_LEAD.sub("", sent, count=1)  # ("As for side effects, most people notice ...": the topic
    # said, then the sentence)
    m = _PEOPLE_REPORT.match(sent) or _LIST_OCCURS.match(sent) or _YOU_NOTICE.match(sent) or _IS_POSSIBLE.match(sent) \
        or _THERE_CAN_BE.match(sent)
    if m is None or (m.re in (_LIST_OCCURS, _IS_POSSIBLE, _THERE_CAN_BE)
                     and _NOT_OCCURRING.search(drop_article(m.group("list")))):
        return None
    if re.match(r"(?:how|what|why|when|whether|which)\b", m.group("list").strip(), re.I):
        return None  # "How often each one happens is shown in brackets": a clause about the page, no effect
    adv = " ".join((m.groupdict().get("adv") or m.groupdict().get("adv0") or "").casefold().split())
    cases = _CASES_OF.match(m.group("list"))  # "Cases of pancreatitis have been reported": rare ones
    listed = m.group("list")[cases.end():] if cases else m.group("list")
    if cases and not adv:
        adv = "rarely"
    if not adv and m.re is _PEOPLE_REPORT and re.match(r"(?:most|many)\s", sent, re.I):
        adv = "commonly"  # "Most people notice black stools": the most common ones
    group = None if adv in ("", "also") else "Rare" if "rarely" in adv else \
        "Less common" if adv.startswith("less") or adv in ("occasionally", "sometimes", "uncommonly") else "Common"
    return group, listed


#: a spoken turn to the topic before the sentence that gives the effects ("As for side effects, ...", "In terms of
#: side effects, ...", "When it comes to side effects, ...")
_EFFECTS_TOPIC_LEAD = re.compile(r"^(?:(?:so|and|now),?\s+)?(?:as\s+for|as\s+far\s+as|in\s+terms\s+of|when\s+it\s+comes\s+to|"
                                 r"regarding|with\s+regard\s+to)\s+(?:the\s+|its\s+)?side[\s-]effects?(?:\s+go)?\s*,\s+(?=\w)",
                                 re.I)
#: "You might notice a headache or an upset stomach during the first week": the reader as the one who has them
_YOU_NOTICE = re.compile(r"^(?:at\s+first,?\s+)?you\s+(?:may|might|could|can)\s+(?:also\s+)?(?:notice|get|have|experience|develop)\s+"
                         r"(?!(?:a\s+|an\s+|any\s+|some\s+|the\s+(?:full\s+)?)?(?:better|worse|improvement|difference|benefit|"
                         r"relief|effect|results?|side\s+effects?|these|this|it|them|symptoms|more|less|fewer)\b)"
                         r"(?P<list>.+?)(?:\s+(?:during|in|for|within|over|after)\s+(?:the\s+)?(?:first|early|initial)\b.*)?$",
                         re.I)
_CASES_OF = re.compile(r"^(?:(?:rare|isolated|some|a\s+few|several)\s+)?(?:cases|reports|episodes)\s+of\s+", re.I)
_LESS = re.compile(r"\b(?:less\s+|un)common\b|\brare\b|\binfrequent\b|\bless\s+frequent\b", re.I)
_MOD_DROP = re.compile(r"^(?:(?:the|other|some|more|possible|known|reported|unwanted|undesirable|many|most|all|these|such|several|few)\s+)+", re.I)
#: (a "when" with a gerund names the effect's moment, "low blood pressure when standing up": no clause)
_LISTY = re.compile(r"\b(?:is|are|was|were|has|have|had|can|may|might|could|will|would|should|if|when(?!\s+[a-z]+ing\b)|"
                    r"(?:does|do|did)\s+not|doesn['\u2019]t|don['\u2019]t|never|"  # ("rocuronium does not trigger X": a
                    # denial, no list)
                    r"because)\b", re.I)
#: whom an effect is most seen in, between two members of a list: ", especially in older people, and ..."
_POPULATION_ASIDE = r",\s+(?:especially|particularly|mainly|mostly)\s+in\s+[^,;()]{3,60}?(?=,\s+and\s)"
_POPULATION_ASIDE_RE = re.compile(_POPULATION_ASIDE, re.I)
_PROSE_CUT = re.compile(r",\s+(?:both|all|each)\s+(?:caused|brought\s+on|due|linked|related)\b.*$|"  # (", both caused by X")
                        # (", which can be fatal, and severe allergic reactions": how grave, then the list goes on)
                        r",\s+which\s+(?:can|may|might|could)\s+(?:even\s+)?be\s+(?:fatal|deadly|serious|severe|"
                        r"life-threatening|dangerous|permanent)(?=,\s+and\s)|"
                        # ("confusion, especially in older people, and a sudden rise in ...": whom, then the list goes on)
                        + _POPULATION_ASIDE + "|"
                        r",\s+with\s+(?!or\b)(?=(?:[\w-]+\s+){0,2}[\w-]+,)[^;]*$|"  # ("..., with high fever, stiff muscles
                        # and confusion": what the effect before it looks like)
                        # ("a feeling that something is in the eye": what the feeling is, its own words)
                        # (a restrictive "that" inside a list, more members after it, is part of its member: "dry skin,
                        # skin that burns more easily in the sun, drowsiness")
                        r",?\s+(?:which|whose|who|(?<!\bfeeling\s)(?<!\bsensation\s)(?<!\w\s)that|"
                        r"(?<!\bfeeling\s)(?<!\bsensation\s)(?<=\w\s)that(?![^;]*,\s+(?:and\s+|or\s+)?[a-z])|"
                        r"but|although|though|especially|"
                        r"particularly|mostly|mainly|usually|"
                        r"most\s+often|(?<!\bmore\s)often)\b.*$|"  # ("needing to pee more often")
                        # ("damage to the middle ear if the drops are used when ..., and severe allergic reactions": the
                        # condition ends at the list's last member)
                        r"\s+(?:if|" + _WHEN + r"|unless)\b(?:[^,;()]*?(?=,\s+and\s+(?!(?:you|it|they|then)\b))|.*$)|"
                        r"\s+(?:are|is|have\s+been|has\s+been)\s+(?:also\s+)?(?:reported|seen|noted|described)\b.*$|"
                        r"\s[\u2014\u2013]\s.*$|"  # "a and b are also reported", "c or d — mainly at high doses"
                        r"\s+in\s+(?:people|patients)\b[^,;]*?(?=,\s|;|$)|"  # (a population ends its own member only)
                        r";\s+(?:these|this|they|it|which|those)\b.*$", re.I)
_PAREN_ANY = Guarded(re.compile(r"\s*\([^()]*\)"))
#: an item's group tag, then a sentence of the next line run into the item
_TAG_THEN_SENTENCE = re.compile(r"\((?P<tag>[^()]{3,40})\)\s+(?=[A-Z][a-z]+\s+\w+\s+\w+)")
#: a sentence that names an effect's symptoms: "Symptoms include ...", "Watch for ...", "..., causing ..."
_SYMPTOMS_TOLD = re.compile(r"^(?:(?:the\s+)?(?:warning\s+)?(?:symptoms|signs)\s+(?:may\s+|can\s+)?(?:include|are)|"
                            r"(?:watch|look)\s+(?:out\s+)?for)\s+(?P<l>.+)$|,\s+causing\s+(?P<l2>.+)$", re.I)
#: a sentence that opens on a clause, not on a symptom ("If you have hepatitis B, ...", "As the immune system ...")
_CLAUSE_OPENS = re.compile(r"^(?:if|when|as|after|although|while|once|because)\s", re.I)
#: an item that opens on what to do ("Get emergency help if ...", "Call your doctor if ...")
_HELP_OPENS = re.compile(r"^\s*(?:get|seek|call|contact|phone|go\s+to)\b", re.I)
#: the words a table's notes cell opens with, up to its first comma, semicolon, bracket or full stop
_CELL_LEAD = re.compile(r"^([A-Za-z][A-Za-z ]{2,30}?)\s*(?:[,;.(]|$)")
#: an item's group tag in square brackets, then a description after a colon or dash
_MID_TAG = re.compile(r"\s*\[([^\[\]]{3,40})\](?=\s*[:\u2013\u2014]|\s+-\s)")
_GROUP_TAG = re.compile(r"\s*\[([^\[\]]{3,40})\]$|\s*\(([^()]{3,40})\)$")
_CLAUSE_MEMBER = re.compile(r"^(?:so|which|because|since|although|though|whereas|meaning|i\.e\.)\s|"
                            # "Kidney problems, shown by a rising creatinine": how it is found
                            r"^(?:shown|seen|detected|found|measured|noticed)\s+(?:by|on|in|with)\b|"
                            # "Uveitis (painful, red eye), more likely with clarithromycin": when it comes more
                            r"^(?:more|less|most)\s+(?:likely|common|often)\s+(?:with|in|when|if|at|after|during)\b|"
                            # "..., and unusual behavior or confusion, reported mostly in children": where seen
                            r"^(?:reported|seen|observed|noted|described)(?:\s+(?:mostly|mainly|only|especially|usually|in|"
                            r"among|with)\b|$)|"
                            # "..., a drop in blood potassium, as potassium moves back into the cells": why
                            r"^as\s+(?:the\s+|your\s+|its\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?:move|fall|rise|drop|build|"
                            r"go(?:e)?|come|shift|return|wear|adjust|settle|get|become|increase|decrease|change)s?\b|"
                            r"^as\s+(?:the\s+|your\s+|its\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+(?:is|are)\b|"
                            # "sudden leg weakness, lasting seconds to minutes and similar to cataplexy": how it is
                            r"^(?:lasting|similar\s+to|resembling|typically|usually|mostly|mainly)\s", re.I)
#: "Serious reactions are rare, but chlorhexidine can cause X": the group's sentence, then what it can cause
_RARE_GROUP_BUT = re.compile(r"^(?P<g>(?:serious|severe|major|more\s+serious|dangerous)\s+(?:side\s+effects|reactions|problems)"
                       r"\s+(?:are|is)\s+(?:rare|uncommon|unusual|very\s+rare)),\s+but\s+"
                       r"(?P<rest>\w)(?=[\w-]*\s+(?:can|may|might|could)\b)(?!(?:they|these)\b)", re.I)


#: a group said rare, then what it includes: "Serious side effects are rare but include A, B and C"
_RARE_BUT_INCLUDE = re.compile(r"^(?P<g>(?:serious|severe|major|more\s+serious|dangerous)\s+(?:side\s+effects|reactions|"
                               r"problems))\s+(?:are|is|were|was)\s+(?:rare|uncommon|unusual|very\s+rare|less\s+common|infrequent),?\s+"
                               r"but\s+(?:(?:can\s+|may\s+)?include\b|"
                               # ("..., but trial participants were monitored for A, B and C": what was watched for)
                               r"(?:(?:trial\s+|study\s+)?participants|patients|people)\s+(?:were|are)\s+(?:closely\s+)?"
                               r"(?:monitored|watched|checked)\s+for\b)", re.I)


def _group_said_plainly(sent: str) -> str:
    """A sentence of serious effects with its group said plainly: "Serious side effects are rare but include A, B" as
    "Serious side effects include A, B", and "Rarely, because it is a sulfa drug, serious reactions can happen" without
    its reason (why, no effect)."""
    return _RARE_BUT_INCLUDE.sub(r"\g<g> include", _REASON_LEAD.sub(r"\g<a>", sent))


#: a bracket holding a clause of its own ("(... glaucoma that can come on within weeks)")
_PAREN_CLAUSE = re.compile(r"\s*\((?=[^()]*\b(?:that|which)\s+(?:can|may|might|could|will)\b)[^()]*\)")
#: why effects happen, said before them: "(Rarely,) because sulfacetamide is a sulfa drug, " (the adverb kept)
_REASON_LEAD = re.compile(r"^(?P<a>(?:rarely|occasionally|in\s+rare\s+cases),\s+)?(?:because|since)\s+[^,;]{3,80},\s+"
                          r"(?!(?:or|and|but|so)\b)(?=(?:[\w-]+\s+){0,2}(?:reactions|side\s+effects|problems|effects)\s+(?:can|may|might|could)\s+"
                          r"(?:also\s+)?(?:happen|occur|develop|include)\b)", re.I)  # (the effects it says can happen)


def _rare_but(sent: str) -> list[str]:
    """The sentences one sentence of effects says: a group said rare and, after "but", what it can cause (two, the
    second read in the group the first opens); "It is usually well tolerated, but ..." (what follows the "but"); a
    list that turns to another frequency inside itself (:func:`_frequency_runs`); else the sentence."""
    sent = _group_said_plainly(sent)
    m = _RARE_GROUP_BUT.match(sent)
    if m:
        return [m.group("g"), m.group("rest").upper() + sent[m.end():]]
    m = _TOLERATED_BUT.match(sent)
    return _frequency_runs(m.group("rest").upper() + sent[m.end():] if m else sent)


#: "It is usually well tolerated, but some people may experience A, B ...": what comes after the "but"
_TOLERATED_BUT = re.compile(r"^(?:it|this\s+medicine|[\w-]+)\s+is\s+(?:usually\s+|generally\s+)?well[- ]tolerated,?\s+"
                            r"but\s+(?P<rest>\w)", re.I)
#: a frequency said inside a list of effects: "A, B, rarely, C or D, and in rare cases, serious problems such as E" (not
#: inside one member: "which can lead to diabetes or, rarely, diabetic ketoacidosis")
_FREQUENCY_TURN = re.compile(r"(?<!\bor)(?<!\band),\s+(?:and\s+)?(?P<w>rarely|in\s+rare\s+cases|very\s+rarely|less\s+(?:often|commonly)|"
                             r"occasionally|uncommonly),\s+(?=\w)", re.I)


#: serious effects named by their examples: "serious problems such as"
_GRAVE_EXAMPLES = (r"^(?:more\s+)?(?:serious|severe|dangerous)\s+(?:problems|side\s+effects|reactions|complications)\s+"
                   r"(?:such\s+as|like|including)\s+")
_GRAVE_SUCH_AS = re.compile(_GRAVE_EXAMPLES, re.I)


def _frequency_runs(sent: str) -> list[str]:
    """A sentence of effects whose list turns to another frequency inside it ("some people may experience A, B,
    rarely, C or D, and in rare cases, serious problems such as E"): the list up to the turn, then a sentence per
    frequency ("Rare side effects include C or D."); else the sentence."""
    turns = list(_FREQUENCY_TURN.finditer(sent))
    if not turns or "," not in sent[:turns[0].start()]:
        return [sent]
    out = [sent[:turns[0].start()]]
    for k, t in enumerate(turns):
        end = turns[k + 1].start() if k + 1 < len(turns) else len(sent)
        group = "Less common" if re.match(r"less|occasionally|uncommonly", t.group("w"), re.I) else "Rare"
        run = sent[t.end():end].rstrip(". ")
        grave = _GRAVE_SUCH_AS.match(run)  # "serious problems such as A and B": A and B, serious
        out.append(f"{group} but serious side effects include {run[grave.end():]}" if grave else
                   f"{group} side effects include {run}")
    return out


def _short_members(text: str) -> bool:
    """Whether a labelled line is a list of three or more short members (each of eight words or fewer, the place
    a member says it comes not counted: "and skin burning or itching where the cream is applied")."""
    members = [_WHERE_TAIL.sub("", m) for m in split_top(text, ",")]
    return len(members) >= 3 and all(0 < len(m.split()) <= 8 for m in members)


#: where a member of a list says it comes ("... where the cream is applied")
_WHERE_TAIL = re.compile(r"\s+where\s.*$", re.I)


#: the "and"/"or" before a list's last member
_OR_AND_LEAD = re.compile(r"^(?:and|or)\s+", re.I)
#: an effect named before a colon, then only how often it comes ("Pain or redness at the injection site: common")
_NAME_THEN_HOW_OFTEN = re.compile(r"^(?P<x>[^:;,.]{3,60}):\s+(?P<f>[^:;,.]{3,40})$")
#: serious effects named by example, then that they need care at once: both effects and signs
_GRAVE_NEED_CARE = re.compile(_GRAVE_EXAMPLES + r"(?P<l>.+?),?\s+(?:need|needs|require|requires|warrant|warrants)\s+"
                              r"(?:urgent|immediate|emergency|prompt)\s+(?:medical\s+)?(?:care|help|attention|treatment)\b",
                              re.I)
#: a condition, then what to do ("If a child may have taken too much, call Poison Control"): advice, no effect
_IF_THEN_DO = re.compile(r"^(?:if|when)\s[^,;]{3,120},\s+(?:call|contact|stop|get|seek|see|go|tell|ask|give|keep|"
                         r"do\s+not|don't|never)\b", re.I)
#: the serious group named as "the serious ones": "The most important side effects are the serious ones"
_SERIOUS_ONES = re.compile(r"(?:the\s+)?(?:serious|severe)\s+ones\b", re.I)
#: how people take to effects already named: "Many people find the muscle cramps the hardest part"
_PEOPLE_FIND = re.compile(r"^(?:many|most|some|a\s+lot\s+of)\s+(?:people|patients|users)\s+find\b", re.I)
#: two examples joined by "or" or "and", then a comma and the line's list going on: "sleep-driving or sleep-eating,
#: worsening depression, ..."
_EXAMPLES_THEN_MORE = re.compile(r"^[^,;]+?\s(?:or|and)\s[^,;]+?,\s+(?!(?:or|and)\s)(?P<rest>.+)$")
#: what the care team checks: "Doctors usually check kidney function, cholesterol and blood pressure regularly"
_CARE_CHECKS = re.compile(r"^(?:infusions?|treatment|the\s+(?:infusion|dose|drug|medicine|treatment))\s+(?:is|are|will\s+be|may\s+"
                          r"be)\s+(?:\w+ly\s+)?(?:paused|stopped|reduced|held|interrupted|lowered|slowed)\b|"
                          # ("Infusions are paused or stopped if significant bleeding occurs": what the team does)
                          r"^(?:your\s+|the\s+)?(?:doctors?|nurses?|(?:care|medical|health\s*care)\s+team|team|clinicians?|"
                          r"pharmacists?)\s+(?:[a-z]+ly\s+)?(?:will\s+|may\s+|should\s+|can\s+)?(?:[a-z]+ly\s+)?"
                          r"(?:check|checks|monitor|monitors|test|tests|measure|measures|watch|watches|order|orders)\b", re.I)
#: a sentence that opens with what to do: "Eat or drink some sugar right away", "Keep a snack with you"
_ADVICE_START = re.compile(r"^(?:eat|drink|keep|carry|avoid|try|make\s+sure|remember|wear|rinse|limit)\b"
                           r"(?:\s+or\s+\w+)?\s+(?!of\b)", re.I)
_IMPERATIVE = Guarded(re.compile(r"\b(?:stop\s+(?:taking|using)|(?:see|call|contact|tell|consult|ask|talk\s+to|"
                                 r"check\s+with|speak\s+(?:to|with))\s+(?:a|your)\s+(?:doctor|"
                                 r"pharmacist|nurse|healthcare\s+provider|health\s+care\s+provider)|"
                                 r"(?:get|seek)\s+(?:emergency\s+|urgent\s+)?(?:medical\s+)?(?:help|"
                                 r"care|attention)|(?:is|are)\s+not\s+(?:a\s+)?(?:complete|full)\s+list)\b", re.I))


class _Ctx:
    def __init__(self, q: Quoter, sec: Section, result: Extraction, effects: bool = True) -> None:
        self.q, self.sec, self.result = q, sec, result
        self.effects = effects  # False outside Side Effects: the signs a page asks help for, never effects
        self._row_group = ""  # the group of the last "Frequency | Effect" row (an empty cell repeats it)
        self._list_line = False  # reading a labelled line ("Serious: a; b such as c"), not a prose sentence
        self._signs_said: str | None = None  # the words the signs being read were listed in (for their quotes)
        #: reading a group whose label says in brackets that it is serious ("**Cardiovascular (serious)**"): its
        #: category is the label's words, each of its effects serious
        self._graver = False
        #: (depth, group) of the last bold effect told by a sentence ("**Kidney stones:** Teriparatide can ...")
        self._told: tuple[int, str | None] | None = None
        #: the symptoms an effect was described by ("Severe allergic reaction — hives, swelling of the face or throat"),
        #: by its key: a later "get help if you notice signs of a severe allergic reaction" points back to them
        self.shows: dict[str, str] = {}
        legend = next((m for b in sec.blocks for m in [_SERIOUS_MARK.search(b.text)] if m), None)
        self.serious_mark = (legend.group("m") or legend.group("m2")) if legend else None  # "Items marked † are serious."
        #: the drug's name of more than one word as a sentence's subject ("Rarely, benzoyl peroxide can cause ..."): read
        #: as "it", the one-word subject the rules know
        names = sorted({n for n in [result.drug.label, result.title, *(x.label for x in result.drug.synonyms)]
                        if n and " " in n.strip()}, key=len, reverse=True)
        self._named_subject = re.compile(r"^((?:[\w-]+ly|less\s+often|in\s+rare\s+cases),\s+)?(?:"
                                         + "|".join(re.escape(n) for n in names) + r")(?=\s+(?:can|may|might|could|"
                                         r"sometimes|occasionally|rarely|also|often|usually|commonly|causes?)\b)",
                                         re.I) if names else None

    # -- list items -----------------------------------------------------------------------

    def item(self, block: Block, context: str | None, parent: bool = False) -> None:
        """One list item; ``parent`` when the items after it are nested under it."""
        text = AMPERSAND.sub(" and ", norm(block.text).rstrip("."))  # ("Glaucoma & cataracts": two)
        if block.label and context and _GROUPS_LEAD.search(context) and not parent:
            context = None  # "The adverse reactions can be divided into the following categories:" over "(2)
            # Infusion-related reactions: fever, chills, ...": each label a group's, its text the effects
            text = _then_remark(text)
            said = sentences(text)
            if len(said) > 1 and not _described(block.label, text):
                self._group_sentences(block, said)
                return
        remark = _MILD_REMARK.match(text) if block.label is None else None
        if remark and any(e.label.casefold() == drop_article(remark.group("x")).casefold()
                          for e in self.result.side_effects):
            return  # "Application site reactions are usually mild; rotating the site helps" after a group that named
            # them: a remark on an effect already read ("Headache and dizziness are usually mild." alone names them)
        if block.label is None and _MISUSE_SERIES.fullmatch(text):
            category = _category(context or "Other")  # "Abuse, misuse and addiction": one risk, as a label warns of it
            self.effect(block, text, category, bool(_SERIOUS_F.search(category)))
            return
        said = _NAME_THEN_HOW_OFTEN.match(text) if block.label is None and ":" in text else None
        name, often = (block.label, text) if block.label else (said.group("x"), said.group("f")) if said else ("", "")
        if name and often and not context and not is_group_label(name) and is_group_label(_category(often)):
            # "- Headache: common", "- Kidney injury: rare (serious)": the effect, then how often it comes (under a
            # group's name, "**Severe allergic reaction:** Very rare" stays in the group)
            self.effect(block, strip_parens(norm(name))[0].strip(" :"), capitalise(_category(often).lower()),
                        bool(_SERIOUS_F.search(often)))
            return
        if block.label and text.startswith(": ") and not block.label.rstrip().endswith(":"):
            text = text[2:]  # "**Constipation**: The most frequent ...": the colon outside the bold is the label's
        note = bool(block.label and _NOTE_LABEL.match(block.label.strip(" :")))
        help_ = seek_help(text) if note else None
        if help_ is not None:  # "+ **Important:** Seek immediate medical attention if you experience A, B or C": a
            self.signs(block, _listed(help_))  # note among the groups, its signs
            return
        if note and block.text.strip(" :"):
            return  # "- Practical tip: because sleepiness is common, it's taken at bedtime": advice, no effect
        tagged = _GROUP_TAG.search(block.label.strip(" :")) if block.label and "]" in block.label else None
        if tagged and tagged.group(1) and is_group_label(tagged.group(1)):  # "Kidney stones [less common]:
            group = capitalise(" ".join(tagged.group(1).split()).lower())  # drinking plenty of water lowers the
            for it in _last_or(list_items(block.label.strip(" :")[:tagged.start()], appositives=False)):  # risk"
                self.effect(block, it.text, group, bool(_SERIOUS_F.search(group)))  # (what follows is advice)
            return
        mid = _MID_TAG.search(text) if "]" in text and not text.endswith("]") else None
        if mid and is_group_label(mid.group(1)):  # "Metabolic acidosis [rare but serious]: too much acid in the
            text = text[:mid.end()]  # blood ...": the item's own group, then what the effect is
        if text.endswith(("]", ")")):  # "Headache [common]", "Cough (less common)": the item's own group
            tag = _GROUP_TAG.search(text)
            name = tag and (tag.group(1) or (None if _SERIOUS_F.search(context or "") else tag.group(2)))
            if name and is_group_label(name) and not (context and SHARE_OF_PEOPLE.match(name.strip())):
                # ("Seizures (rare)" under "Serious:" stays in its serious group; "(most patients)" under "Common" says
                # how often, the group stays)
                text, context = text[:tag.start()].rstrip(" .,;"), capitalise(" ".join(name.split()).lower())
                graded = _HOW_OFTEN_AND_SERIOUS.fullmatch(context)
                if graded:  # "Hepatitis (rare, serious)": how often is its group, and it is serious
                    context = f"{capitalise(graded.group('f').lower())} (serious)"
        if block.label and not text and not parent and context and not is_group_label(block.label) \
                and not block.label.rstrip().endswith(":"):
            self.effect(block, block.label, _category(context), bool(_SERIOUS_F.search(context)))
            self._told = (block.depth, context)  # (a bold effect named alone: a later "**Telangiectasia:** Small,
            # widened blood vessels ..." among them is one more, described)
            return  # "- **Hallucinations or confusion**" among the items of a group: a bold effect, no heading
        if block.label and (not text or is_group_label(block.label) and _PAREN_ONLY.match(text)):
            return  # a sub-list heading ("**Serious** (rare, but life-threatening)"); its children carry the effects
        if block.label and context and not parent and _PAREN_ONLY.match(text) and not is_group_label(block.label):
            category = _category(context)  # "- **Blood clots in the legs or lungs** (deep vein thrombosis or ...)": the
            serious = bool(_SERIOUS_F.search(category))  # effect, glossed
            shown = _HOW_OFTEN_LEAD.sub("", text.strip(" :")[1:-1])
            if _parens_are_signs(shown) and not is_group_label(shown.split(",")[0]):
                # "- **Methemoglobinemia** (rare; bluish lips and skin, shortness of breath)": the effect, and the
                # symptoms it shows by (not "(very rare, as part of an allergic reaction)")
                self.effect(block, block.label, category, serious)
                self._shown(block.label, shown)
                if serious:
                    self.signs(block, shown)
                return
            self.effect(block, f"{block.label} {text}", category, serious)
            return
        after = _LEAD_PAREN.sub("", text)  # ("**Fibrosis** (scarring) of the lungs, the lining around the heart")
        if block.label and (_DASH_DESC.match(" " + text[:3]) or _LEAD_PREP.match(after)
                            or after.startswith("of ") and "," in after or after.startswith(",")
                            # "**Miscarriage and birth defects** if taken during pregnancy", "**Hallucinations** and
                            # confused behavior", "**Strong urges** to gamble, shop ...": the bold words, then more of
                            # their sentence (no colon: no group over a list)
                            or _RUN_ON.match(after) and not block.label.rstrip().endswith(":")):
            # "**Serotonin syndrome** - agitation, ...", "**Blood clots** in the legs or lungs", "**Serious allergic
            # reactions**, including anaphylaxis": one effect, the bold name
            category = _category(context or "Other")
            self.effect(block, block.label, category, bool(_SERIOUS_F.search(category)))
            if context and (run_on := _RUN_ON.match(after)) and run_on.group("told"):
                self._told = (block.depth, context)  # ("**Acne:** seen mostly in ...": told by its sentence)
            return
        said = sentences(text) if block.label and context and _system_group(block.label) else []
        system_list = len(said) > 1 and "," in said[0] and bool(re.match(r"(?:these|they|both|all)\s", said[1], re.I)) \
            and not _LISTY.search(said[0]) and not _HOW_OFTEN_WORD.match(said[0])
        if system_list:  # "**Eye problems:** Eye pain, redness and cloudy cornea. These happen when ...": a body
            text = said[0].rstrip(". ")  # system's group, its effects listed, then a remark on them all (not one
            # effect described, as "**Heart problems:** Weakening of the heart muscle and heart failure" is)
        signs_include = _SIGNS_INCLUDE.match(text.strip()) if block.label and context else None
        if signs_include and not _names_a_group(block.label):  # "- **Hypersensitivity reactions**: Signs can include
            self.effect(block, block.label, _category(context), bool(_SERIOUS_F.search(context)))  # hives, ...": the
            self._told = (block.depth, context)  # effect, and what it shows by, for a later "signs of" to point back
            self._shown(block.label, text.strip()[signs_include.end():].rstrip(" ."))  # to (no seek-help here: no
            # signs yet)
            return
        if block.label and context and not _names_a_group(block.label) and not system_list \
                and _described(block.label, text):
            serious = bool(_SERIOUS_F.search(context))  # "**Interstitial lung disease**: Inflammation and scarring
            self.effect(block, block.label, _category(context), serious)  # of the lungs, ...", "**Severe allergic
            self._told = (block.depth, context)
            return  # reactions**: Rare, but possible": a named disease or a frequency, then what it is
        if block.label and context and not _names_a_group(block.label) and not system_list \
                and _is_description(_MOMENT.sub("", strip_parens(text)[0])):  # (a gloss is not a
            # sentence; nor is a member's moment: "**Fluid:** Dehydration, dizziness when standing up, ...")
            serious = bool(_SERIOUS_F.search(context))
            self.effect(block, block.label, context, serious)
            self._told = (block.depth, context)
            if serious:
                for m in _REL_CAN_CAUSE.finditer(text):
                    self.signs(block, _CUT.sub("", text[m.end():]), split_or=True)
            return
        if block.label and context and not parent and self._told == (block.depth, context) \
                and not is_group_label(block.label) and not _names_a_system_label(block.label):
            # "**Allergic reactions:** Rash, hives, or swelling ..." among bold effects each told by a sentence: one
            # more effect, its symptoms listed (no seek-help: no signs)
            self.effect(block, block.label, _category(context), bool(_SERIOUS_F.search(context)))
            return
        if block.label and context and not parent and not is_group_label(block.label) \
                and not _system_group(block.label) \
                and not _names_a_group(block.label) and _parens_are_signs(strip_example_cue(text)) \
                and _EFFECT_HEAD.search(strip_parens(norm(block.label))[0].strip(" :")):  # (not "Skin reactions:")
            # "- Severe allergic reactions: Wheezing, hives, swelling of the lips or tongue" under "Less common but
            # serious:": the effect, and the symptoms it shows by, signs; "- **Upper respiratory infections:** colds,
            # sinus infections, sore throat" under "**Common**": the effect, its kinds no effects of their own
            serious = bool(_SERIOUS_F.search(context))
            self.effect(block, block.label, _category(context), serious)
            if serious and strip_example_cue(text) == text.strip():  # (no "including ..." kinds)
                shown = text[:1].lower() + text[1:] if text[1:2].islower() else text
                self._shown(block.label, shown)
                self.signs(block, shown)
            return
        if " / " in text:  # "nausea / vomiting / diarrhea – dose-related": slashes separate items as commas do
            text = text.replace(" / ", ", ")
            dash = _DASH_DESC.search(text)
            text = text[:dash.start()] if dash and dash.start() > 0 else text
        category = _category(block.label or context or "Other")
        if block.label and block.depth and context and is_group_label(_category(context)) \
                and not is_group_label(category):
            category = _category(context)  # "**Common**" over "Nervous system: a, b": the system only groups
        serious = bool(_SERIOUS_F.search(category)) or bool(block.label and context and _SERIOUS_F.search(context)) \
            or bool(context and context.endswith(" (serious)")) or bool(block.label and _serious_in_brackets(block.label))
        # ("**Allergic reactions**: hives, ..." under "Serious side effects:": its items are serious too; "**In
        # overdose (serious):** a and b": its brackets say so)
        if block.label is None:
            dash = _DASH_DESC.search(text)
            if dash and dash.start() > 0 and "(" not in text[dash.start():dash.start() + 1]:
                # "Low blood sugar (hypoglycemia) – shakiness, sweating, ...": one effect, described
                self.effect(block, text[:dash.start()], category, serious)
                self._shown(text[:dash.start()], text[dash.end():])
                return
            if any(c in text for c in ",;.") or " in " in text or " after " in text or " such " in text \
                    or " if " in text or " when " in text or " unless " in text or " with " in text:
                whole, text = text, cut_outside_parens(text, _ITEM_CUT)
                last = _LAST_PARENS.search(whole) if serious and whole.endswith(")") else None
                if last and last.start() >= len(text) and _parens_are_signs(last.group(1)):
                    text += f" ({last.group(1)})"  # "Bismuth toxicity with long-term use (confusion, muscle twitching,
                    # trouble walking)": when is cut, the symptoms it shows by are kept
        elif ";" in text:  # "Serious: a; b such as c, d or e; f – what it does": each part one member
            text = "; ".join(_cut_examples(_PART_WHEN.sub("", part)) for part in split_top(text, ";"))
            # ("Hearing loss, mostly with high IV doses; Irregular heartbeat, usually from very low potassium; ...":
            # when or from what, each part's own, the list going on after it)
        elif ", including " in text or ", such as " in text:  # "**Serious**: severe skin reactions, including SJS and
            text = cut_outside_parens(text, _LINE_EXAMPLES)  # AGEP": the examples that end a labelled line
        elif " such as " in text and "," not in text.split(" such as ")[0] and block.label:
            head, tail = text.split(" such as ", 1)
            more = _EXAMPLES_THEN_MORE.match(tail)
            text = f"{head}, {more.group('rest')}" if more else head  # "**Common:** Injection-site reactions such
            # as pain, redness or swelling": one effect, its examples to the line's end; "**Serious:** complex sleep
            # behaviors such as sleep-driving or sleep-eating, worsening depression, ...": two examples, then the list
        text = _AND_ASIDE.sub(" ", text) if ", " in text else text  # "..., and, rarely, a brain infection called X"
        text = _AND_RARELY.sub(" ", text) if ": " not in text else text  # (a colon: a label not read as one, its
        # text what the effect shows by)
        if " causing " in text or " leading to " in text:
            text = _CAUSING_LIST.sub(lambda m: m.group(0) if inside_parens(m.string, m.start()) else "", text)
            # ("**Serious:** Nerve damage causing numbness, weakness or unsteady walking": what the effect leads to, a
            # list of its own, no effects; not inside a gloss: "(nerve damage causing pain, burning or numbness)")
        items = list_items(_hold_modifier_commas(_hold_names(text)), appositives=False, split_or=False)
        if len(items) == 2 and not items[1].conj and _GLOSS_NOUN.match(items[1].text):
            items = items[:1]  # "Methemoglobinemia, a blood disorder in which ...": what the effect is (also after a
            # group's label: "**Serious:** Progressive multifocal leukoencephalopathy (PML), a rare brain infection")
        elif block.label is None and len(items) > 2 and _INITIALS.match(items[0].text) and not items[1].conj \
                and _GLOSS_NOUN.match(items[1].text):
            items = items[:1]  # "DRESS, a severe reaction with rash, fever and ...": the initials, then what they are
        split = _last_or(items) if block.label is None and len(items) > 1 else items
        series = _modifier_series(items)
        if series:
            items = series  # "Fast, pounding, or irregular heartbeat": three, each the heartbeat
        elif _distributive_shape(items) or _distributive_shape(split) or _shares_parts(text):
            items = [Item(text)]  # "... of the hands, legs, and feet", "... of the hip, wrist or spine", "Unwanted hair
            # growth on the face, arms and back"
        else:  # ("**Common:** stuffy nose and sore throat, ...": a group label's items split as plain ones do)
            split = _join_place_parts(_join_bare_parts(split, text), text)  # ("headache, bone, joint or muscle pain",
            # "swelling of the face, lips, or throat": one member)
            items = [Item(h, it.conj) for it in _adjective_run(split) for h in split_pair(_WHO_ASIDE.sub("", it.text))]
            items = items if ";" in text else _share_place(items)  # (members set apart by semicolons share no place:
            # "Stomach pain; Hiccups; Pain or burning at the injection site")
            # ("Dry, itchy skin", "Wrinkled, fragile skin": the comma between two adjectives of one noun)
        for k, it in enumerate(items):
            if k and _WITH_MEMBER.match(it.text):
                break  # "Severe allergic reaction, often with fever, rash and joint pain": what comes with the effect
                # before it, to the list's end
            if k and (_LEAD_PREP.match(it.text) or _CLAUSE_MEMBER.match(it.text)):
                continue  # "Blurred vision, for a few minutes after ...": a circumstance; ", because ...": a reason
            label, parens = strip_parens(it.text)
            named = _CALLED.search(label)
            short = named.group("name") if named and _described_then_called(label[:named.start()],
                                                                            named.group("name")) else label
            if parens and _spells_out(parens[0], short.strip()):  # "A rare brain infection called PML (progressive
                label, parens = parens[0], parens[1:]  # multifocal leukoencephalopathy)": the effect by its words
            self.effect(block, label, category, serious)
            for p in parens:
                self._shown(label, p)
            if serious:
                for p in parens:  # "Severe allergic reactions (rash, trouble breathing, ...)": its signs
                    if _parens_are_signs(p):
                        self.signs(block, p, split_or=True)

    def _signs_back(self, block: Block, back: re.Match[str]) -> bool:
        """The signs a seek-help sentence points back to in the list above it: "if any of these allergy signs
        appear" -> the symptoms the allergic reaction was shown by; "if you experience any of these rare but serious
        side effects" -> the serious effects listed. False when there is nothing to point back to."""
        if back.group("effects") or back.group("effects2"):
            grave = [e for e in self.result.side_effects if e.serious and e.evidence.section == self.sec.title]
            for e in grave:  # (an effect shown by symptoms the list gave, those: "Severe allergic reaction (hives,
                shown = self.shows.get(_shown_key(e.label))  # trouble breathing, ...)")
                self.signs(block, shown or (e.label[:1].lower() + e.label[1:] if e.label[1:2].islower() else e.label))
            return bool(grave)
        kind = (back.group("kind") or back.group("kind2") or "").casefold()[:5]
        shown = [v for k, v in self.shows.items() if not kind or kind in k]
        if not shown:
            return False
        self.signs(block, shown[-1])
        return True

    def _shown(self, label: str, symptoms: str) -> None:
        """Keep what an effect shows by, when a list of symptoms describes it."""
        if _parens_are_signs(symptoms) and not _TELLS_WHAT.match(symptoms.strip()):
            self.shows[_shown_key(label)] = symptoms

    def _group_sentences(self, block: Block, said: list[str]) -> None:
        """A group's item told in sentences ("1. Gastrointestinal reactions: nausea, vomiting and diarrhea are the most
        common. Some patients develop stomach ulcers or bleeding."): the first sentence's list as the item's, the
        others read as prose, every effect in the item's group."""
        category = _category(block.label or "Other")
        common = _MOST_COMMON_IS.match(said[0].rstrip(". "))
        first = common.group("x") if common and not common.group("rest").strip() else said[0].rstrip(". ")
        self.item(dataclasses.replace(block, text=first), None)
        before = len(self.result.side_effects)
        self.prose(Block(kind="paragraph", text=" ".join(said[1:]), span=block.span), category)
        for k in range(before, len(self.result.side_effects)):
            self.result.side_effects[k] = dataclasses.replace(self.result.side_effects[k], category=category)

    def effect(self, block: Block, label: str, category: str, serious: bool, tail=_QUALIFIER_TAIL) -> None:
        label = _unhold(label)  # (a name its initials hold together, a held comma, written out again)
        called = _CALLED.search(label)
        if called and _described_then_called(label[:called.start()], called.group("name")):
            label = called.group("name")  # "a lung problem called eosinophilic pneumonia": the name
        mark = label.rstrip()[-1:]
        if mark in _MARKS:  # "keratitis (inflamed cornea)†": the page's mark, which its legend may call serious
            label, serious = label.rstrip()[:-1], serious or mark == self.serious_mark
        label = capitalise(drop_article(tail.sub("", strip_parens(label)[0]).strip(" .,;:")))
        if label.casefold() in (self.result.drug.label.casefold(), (self.result.title or "").casefold()):
            return  # the drug's own name, a sentence's subject cut from its verb, is no effect of it
        if _POINTS_AT_LIST.search(label):
            return  # "In NEURO-TTRansform the following (were reported:)": a lead-in pointing at its list, no effect
        if label.casefold() in _BARE_PARTS:
            last = self.result.side_effects[-1].label.split() if self.result.side_effects else []
            if len(last) == 2 and last[1].casefold() in BODY_PARTS and last[0].casefold() in SIGN_ADJECTIVES:
                label = f"{last[0]} {label.casefold()}"  # "Dry mouth, nose and throat": dry, each
            else:
                return  # "Fibrosis of the lungs, heart valves or abdomen": a place the effect before reaches, no
                # effect named alone
        pair = _SLASH_PAIR.match(label) if "/" in label else None
        if pair and not pair.group(1).isupper():  # "Nausea/vomiting", "Palpitations/fast heartbeat": two ("TTP/HUS",
            self.effect(block, pair.group(1), category, serious, tail)  # initials of one complex, stays whole)
            self.effect(block, pair.group(2), category, serious, tail)
            return
        at = _named_again(label) if " or " in label else -1
        if at > 0:  # "Bleeding in the gut or bleeding in the brain": two effects
            self.effect(block, label[:at], category, serious, tail)
            self.effect(block, label[at + 4:], category, serious, tail)
            return
        serious = serious or self._graver
        if label and not _NOT_AN_EFFECT_F.search(label) and (not not_a_name(label) or _DEATH_FROM.match(label)) \
                and not is_group_label(label) and not _HOW_OFTEN_ONLY.match(label):
            # ("death from heart problems": an effect, though no use's name; "Common", "Very rarely", "Serious": a
            # group's name alone is its category, never an effect, nor is how often the item before it comes: "nausea
            # and constipation, both common; vomiting, occasionally", "insomnia, common early in treatment")
            ev = self.q.evidence(self.sec, block.span, label)
            self.result.side_effects.append(SideEffect(label=label, category=category, serious=serious, evidence=ev))

    # -- signs --------------------------------------------------------------------------------

    def signs(self, block: Block, text: str, split_or: bool = False) -> None:
        """The signs listed in ``text``. A two-item "X or Y" in a seek-help list is one sign ("eye pain
        or changes in vision"); examples ("such as X or Y") and what an effect "can cause" are each
        a sign (``split_or``). Each sign is quoted from where the list is, not from an earlier sentence of the
        block that names it too ("seizures" among the effects, "or a seizure" among the signs)."""
        outer, self._signs_said = self._signs_said, self._signs_said or text
        try:
            self._read_signs(block, text, split_or)
        finally:
            self._signs_said = outer

    def _read_signs(self, block: Block, text: str, split_or: bool) -> None:
        text = _hold_modifier_commas(_NEXT_SENTENCE.sub("", text))  # "... or trouble breathing. Your kidney function will be checked ...": the list
        # ends with its sentence
        text = _MEASURE_PAREN.sub("", text)  # "rapid weight gain (more than about 1 kg or 2 pounds in a day)": how much
        text = _GLOSSED_THEN_OR.sub(r"\g<g>, or ", text)  # "shakiness, sweating, or confusion (signs of low blood
        # sugar) or trouble breathing": what the list before the gloss means, then another sign
        text = _OTHER_TAIL.sub("", strip_example_cue(_SIGN_VERB.sub("", text.strip())).rstrip(". "))
        text = _WHICH_TAIL.sub("", text)  # "..., which can be signs of TTP"
        text = _OR_CANNOT.sub(", ", text)  # "unconscious or can't swallow": a state, then what they cannot do
        text = _ITEM_HAVE.sub(r"\g<j>", text)  # "if you faint, have a very slow or irregular heartbeat, or have ...":
        # each item's own verb, before the list is split (so its "or" is read as the first item's would be)
        text = _DOSE_MOMENT.sub("", text)  # "itchy or light-headed during or soon after a dose": when, no sign
        text = _WITH_OR_WITHOUT.sub(",", text)  # "severe stomach pain, with or without vomiting, or ...": how it shows
        text = _SIGN_TAIL.sub("", text) if ", " in text else text  # "..., even weeks after ...", ", and do not take ..."
        text = _AFTER_USING.sub("", text)  # "... or throat after using bacitracin": when, no part of the last sign
        text = _PARTS_SWELL_ITEM.sub(_parts_swelling, text)  # "..., or your eyelids and face swell": one sign, named
        clause = _OR_IF_YOUR.search(text)
        if clause:  # "rectal bleeding or if your constipation lasts more than 7 days": the list, then what the
            text = f"{text[:clause.start()]}, {clause.group('n') or clause.group('n2')} that " \
                f"{clause.group('rest') or clause.group('rest2')}"  # clause says, a noun
        text = _SETTING_TAIL.sub("", text)  # "fever or chills after the injection": when, no part of the sign
        text = _SIGNS_BEFORE_PLACE.sub(_each_in_place, text)  # "severe pain, heat, or swelling in the injected
        # joint": each there
        text = _PARTS_THEN_OR.sub(_parts_then_other, text) if " or " in text else text
        pair = _OR_BEFORE_PARTS.match(text) if " or " in text else None
        if pair and all(w.casefold() in BODY_PARTS for w in re.split(r",\s*(?:(?:or|and)\s+)?", pair.group("parts"))):
            text = f"{pair.group('a')}, {pair.group('b')}"  # "trouble breathing or swelling of your face, lips, or
            # throat": two signs, the second shared out over its parts
        if " that " in text:
            text = _PARTS_THAT_TURN.sub(_parts_that_turn, text)
        named = _SIGNS_COLON.match(text) if ":" in text else None
        if named:  # "signs of major bleeding: pink, red or brown urine; ...": the effect, then its signs
            self.serious_effect(block, named.group("x"), named_back=True)
            text = named.group("rest")
        parts = _SUCH_AS.split(text, maxsplit=1)
        if len(parts) == 2:
            before = list_items(parts[0], appositives=False, split_or=split_or)  # ("nausea or vomiting, ..., or if
            # you have signs of X such as ...": the list before the example keeps its two-item "or")
            changes = _CHANGES_IN.match(before[0].text) if len(before) > 1 else None
            if changes and all(len(it.text.split()) <= 2 for it in before[1:]):  # "changes in mood, behavior, or
                self._sign_items(block, [before[0]] + [Item(changes.group(0) + it.text, it.conj) for it in before[1:]])
                before = []  # sleep, such as nightmares": changes in each, the examples of them all
            if before and _SHOWN_CLAUSE.match(before[-1].text):  # "..., or shows unusual changes in mood such as
                self._sign_items(block, before)  # agitation": another's clause, a sign with its examples, no effect
            elif before:
                *signs, named = _OR_SIGNS.split(before[-1].text)  # "fever or signs of dehydration such as ..."
                bare = _SIGN_VERB.sub("", named)
                if _SIGNS_OF.match(bare):  # "or notice signs of mania such as racing thoughts": the signs, not the
                    named = bare  # noticing
                of = _SIGNS_OF.match(named)
                self.serious_effect(block, of.group("x") if of else named, named_back=of is not None)
                self._sign_items(block, before[:-1] + [Item(x) for x in signs])
            text, split_or = parts[1], True
            if " and " in text and "," not in text:  # "such as dizziness and very dark urine": two examples
                text = ", ".join(split_pair(text))
            text = _OR_PLACE_OR.sub(r"\g<a>, \g<b>", text)  # "such as hives or swelling of the face or throat": two
        if " together with " in text:  # "fever or malaise together with pain, ...": two signs
            text = text.replace(" together with ", ", ")
        text = _FOR_AGAIN.sub("; ", text)  # "help for trouble breathing or for swelling of the face": the "for" again
        text = _THAT_OR_THAT.sub(r"\g<a>; ", text) if " that " in text else text  # "eye redness that keeps getting worse
        # or eye pain that does not go away": two signs, each with its own clause
        text = _YOU_CLAUSE.sub("; ", text)  # "..., you feel breathless, or you are passing little urine": one clause each
        for piece in (_OR_SIGNS_LIST if "," in text or _FEEL_FIRST.match(text) else _OR_SIGNS).split(text):
            for chunk in split_top(piece, ";") if ";" in piece else (piece,):  # each chunk shares out its own words
                chunk = _YOU_SEE.sub("", _OR_IF.sub("", chunk).strip()) if ";" in piece else chunk  # "; or if you have X"
                self._sign_items(block, list_items(chunk, appositives=False, split_or=split_or))

    def _sign_items(self, block: Block, items: list[Item]) -> None:
        items = _modifier_series(items) or items  # ("Fast, pounding, or irregular heartbeat" as a list item of its own)
        items = _plural_relative_shared(items)
        items = _feeling_shared(_body_parts_or(_coordinate_modifiers(_second_or(items))))
        for it in _distribute(_local_pairs(_last_or(_share_modifiers(_relative_goes_on(items)), signs=True))):
            m = _SIGNS_OF.match(it.text)
            if m:
                like = EXAMPLE_CUE.split(m.group("x"), maxsplit=1)  # "an allergic reaction like hives or swelling"
                self.serious_effect(block, like[0], named_back=True)
                shown = self.shows.get(_shown_key(like[0])) if not m.group("p") else None  # (its own list first)
                if shown:  # "signs of a severe allergic reaction" after "Severe allergic reaction — hives, ...": those
                    self.signs(block, shown, split_or=True)
                if len(like) > 1:
                    self._sign_items(block, list_items(like[1], appositives=False))
                if m.group("p"):
                    self._sign_items(block, list_items(strip_example_cue(m.group("p")), appositives=False))
                continue
            label, parens = strip_parens(_unhold(it.text))
            label = _IF_YOU.sub("", label)  # ("..., trouble breathing or if you faint": you faint, fainting)
            label = drop_article(_gerunds(_your_clause(_SIGN_VERB.sub("", _WITH_LEAD.sub("", _WHO_STARTS.sub("", label))))))
            label = _WHILE_TAKING.sub("", label.strip(" .,;:"))  # ("mouth sores while taking X for a long time": when)
            label = _ANY_SIGN.sub("", label)  # "any unusual bleeding or bruising" ("any of these", "any other" stay)
            if label and not _NOT_A_SIGN_F.search(label) and not re.fullmatch(r"[A-Z]\d?", label.strip()):
                # ("vitamins (A, D, E and K)": letters that name vitamins, no signs)
                self.result.serious_signs.append(Name(label, self.q.evidence(self.sec, block.span, label,
                                                                             within=self._signs_said)))
            for p in parens:
                if not _WHAT_IT_MAY_BE.match(p) and not _MEASURE.match(p):  # ("2 kg (5 lb)": the amount in
                    # other units); "(possible signs of low blood cells)", "(possible TB)": what
                    self._sign_items(block, list_items(strip_example_cue(p), appositives=False))  # the signs mean

    def serious_effect(self, block: Block, text: str, named_back: bool = False) -> None:
        """A serious effect a sentence names; with ``named_back`` (the "signs of X" a seek-help
        sentence points to), none when the list already has it ("Severe electrolyte imbalance"
        listed, then "signs of an electrolyte imbalance")."""
        if not self.effects:
            return
        label = _singular_ies(drop_article(_SERIOUS_TAIL.sub("", text.strip())))
        if named_back:
            listed = {key(e.label) for e in self.result.side_effects}
            if all(key(part) in listed for part in re.split(r"\s+or\s+", label)):
                return  # "symptoms of a heart attack or stroke" after "Heart attack, stroke, and ...": both listed
            words = key(label).split()
            if words and any(key(e.label).split()[-len(words):] == words for e in self.result.side_effects):
                return
            if _shown_key(label) in self.shows:
                return  # "signs of a serious allergic reaction" after "**Hypersensitivity reactions**: Signs can
                # include ...": the effect listed, by the other word for it
        self.effect(block, label, SERIOUS_CATEGORY, True, tail=_SERIOUS_TAIL)

    # -- tables and seek-help groups -------------------------------------------------------------

    def row(self, block: Block, heading: str | None) -> None:
        """A table row: ``Effect | How common | Serious?`` gives one effect with its group and
        seriousness; ``How often | Side effects`` gives the row's effects in the row's group."""
        head = [h.casefold() for h in block.header] + [""] * len(block.cells)
        cells = block.cells
        groups = _matrix_groups(block.header, len(cells))
        if groups:  # "Body system | Common | Less common | Rare but serious": the column is the group
            for k, category in groups:
                cell = norm(cells[k]).strip()
                if _EMPTY_CELL.match(cell):
                    continue
                serious = bool(_SERIOUS_F.search(category))
                for chunk in split_top(cell, ";"):
                    chunk = cut_outside_parens(chunk.strip(), _ITEM_CUT)
                    for it in _join_bare_parts(list_items(chunk, appositives=False, split_or=False), chunk):
                        self.effect(block, it.text, category, serious)
            return
        freq = next((k for k, h in enumerate(head[:len(cells)]) if _FREQ_COLUMN.search(h)), None)
        grave = next((k for k, h in enumerate(head[:len(cells)]) if _SERIOUS_COLUMN.search(h)), None)
        if freq == 0 and len(cells) > 1:
            # "| Common | Headache |" then "| | Nausea |": an empty group cell repeats the row above's
            self._row_group = cells[0] if norm(cells[0]).strip() else self._row_group
            category = _category(self._row_group or "Other")
            serious = bool(_SERIOUS_F.search(category))
            for chunk in split_top(cells[1], ";"):
                chunk = norm(chunk).strip()
                dash = _DASH_DESC.search(chunk)
                if dash and dash.start() > 0 and "(" not in chunk[:dash.start()]:
                    self.effect(block, chunk[:dash.start()], category, serious)  # "Effect – what it is": one
                    continue
                chunk = cut_outside_parens(chunk, _ITEM_CUT)
                for it in _join_bare_parts(list_items(chunk, appositives=False, split_or=False), chunk):
                    self.effect(block, it.text, category, serious)
                for shown in _NAMED_THEN_SHOWN.finditer(chunk):  # "Severe allergic reaction (hives, swelling ...)":
                    self._shown(shown.group("x"), shown.group("p"))  # what it shows by
            return
        if freq is None and len(cells) > 1 and not (heading and (is_group_label(_category(heading))
                                                                 or _SERIOUS_F.search(heading))):
            # "| Thirst | Common; drink enough fluids |" (no group over the table): a notes cell that opens on
            lead = _CELL_LEAD.match(norm(cells[1]).strip())  # how often, the row's group
            if lead and is_group_label(lead.group(1)):
                freq = 1
                cells = [cells[0], lead.group(1)] + list(cells[2:])
        category = _category(cells[freq]) if freq is not None else _category(heading or "Other")
        # (a share of people, "most patients", is a group's name as a label, but in a cell under a heading how often)
        if freq is not None and heading and (not is_group_label(category) or SHARE_OF_PEOPLE.match(category)) \
                and is_group_label(_category(heading)):
            category = _category(heading)  # "### Common" over "| Nausea | about 1 in 5 people |": the heading
            # groups, the cell says how often in numbers
        # the effect's column: the first, unless the first only groups the rows by where in the body ("| System |
        # Side effect | Frequency |") and another column is headed by what it holds
        named = next((k for k, h in enumerate(head[:len(cells)]) if k and _EFFECT_COLUMN.search(h)), None)
        by_use = bool(_USE_COLUMN.search(head[0]))
        eff = named if named is not None and (_SYSTEM_COLUMN.search(head[0]) or by_use) else 0
        if eff and freq is None and (by_use or _SYSTEM_COLUMN.search(head[0])) and norm(cells[0]).strip():
            category = _category(norm(cells[0]).strip())  # "| Treated condition | Common side effects |": each row's
            # effects, grouped by the use they come with ("| Body system | Side effects |": by where in the body)
        bare_call = False  # "| Depression | Common (serious) | Call your doctor right away |": the row's effect is
        for k in range(len(cells)):  # the sign (or what it shows by, in its brackets)
            if k not in (freq, grave, eff) and not (k == 0 and eff):  # "| What to do |", "| Notes |": a seek-help
                # sentence names signs
                for piece in split_top(norm(cells[k]), ";"):
                    for sent in sentences(piece):
                        m = seek_help(sent.strip().rstrip("."))
                        if m:
                            self.signs(block, _listed(m))
                        bare_call = bare_call or bool(_BARE_CALL.match(sent.strip().rstrip(".!")))
        if grave is not None:
            serious = bool(re.match(r"^\s*(?:yes|true|serious|severe)\b", cells[grave], re.I))
        else:  # (the frequency cell as written: "Rare (serious)" is serious, its category "Rare")
            serious = bool(_SERIOUS_F.search(cells[freq] if freq is not None else category)) \
                or freq is not None and bool(heading and is_group_label(_category(heading))
                                             and _SERIOUS_F.search(heading))  # (a table under "### Serious")
        name = cut_outside_parens(cells[eff], _ITEM_CUT)
        dash = _DASH_DESC.search(name)
        name = name[:dash.start()] if dash and dash.start() > 0 else name  # "Seizures – mainly with high doses"
        items = list_items(name, appositives=False, split_or=False)  # "Rash, itching", "Indigestion, gas or pain"
        if _distributive_shape(items) or _shares_parts(name):
            items = [Item(name)]  # "Tightness or pressure in the chest, throat, neck or jaw": one effect
        for it in _last_or(items) if len(items) > 1 else items:
            self.effect(block, it.text, category, serious)
            bare, parens = strip_parens(it.text)
            for p in parens:  # "| Severe allergic reaction (hives, swelling of the face ...) |": what it shows by
                self._shown(bare, p)
            if bare_call:
                shown = [p for p in parens if "," in p]
                self.signs(block, shown[0] if shown else bare.strip())

    def effect_and_signs(self, block: Block, group: str) -> None:
        """A labelled item under a group whose label says to get help: the bold label is the effect and the symptoms
        after it are its signs ("**Liver problems:** Yellowing of the skin or eyes, dark urine"); a body system's
        label over a list ("**Skin:** rash, hives") gives its members as both; a sentence that describes the effect
        ("**Lactic acidosis:** A rare but serious build-up of acid") gives no sign."""
        text = norm(block.text).strip(" :").rstrip(".")
        if _names_a_group(block.label or ""):
            self.item(block, group)
            self.signs(block, text)
            return
        self.effect(block, block.label or "", _category(group), bool(_SERIOUS_F.search(group)))
        told = [m.group("l") or m.group("l2") for sent in sentences(text) if (m := _SYMPTOMS_TOLD.search(sent.rstrip(".")))]
        if told:  # "A rare build-up of acid. Symptoms include A, B and C.", "... Watch for A and B.", "..., causing A
            for listed in told:  # or B": the symptoms it names
                self.signs(block, _SIGN_CUT_EXTRA.sub("", listed))
            return
        first = _DASH_LEAD.sub("", _first_sentence(text).rstrip("."))  # ("**PRCA** — the body makes antibodies ...")
        if first and _CLAUSE_OPENS.match(first) and block.label:  # "**Hepatitis B flare-ups:** If you have hepatitis
            self.signs(block, strip_parens(block.label)[0].strip(" :"))  # B, it can get much worse ...": no symptom
            # named, the effect itself is what to get help for
        elif first and not _TELLS_WHAT.match(first) and not _KINDS_LEAD.match(first):
            self.signs(block, _SIGN_CUT_EXTRA.sub("", first))  # (not its kinds: "**Serious skin reactions** such as
            # Stevens-Johnson syndrome")

    def sign_item(self, block: Block) -> None:
        help_ = seek_help(norm(block.text).rstrip("."))
        if help_ is not None:  # "- Call your doctor straight away if you notice a, b or c": the sentence's list
            self.signs(block, _listed(help_))
            return
        text = _KNOWN_AS_TAIL.sub("", _YOU_VERB.sub("", norm(block.text).rstrip(".")))
        paren = _LAST_PARENS.search(text)
        if paren and paren.start() > 0 and _parens_are_signs(paren.group(1)):
            text = paren.group(1)  # "Liver damage (yellowing of the skin or eyes, dark urine, pale stools)": the
            # symptoms it shows by, not its name
        dash = _DASH_DESC.search(text)
        # (the symptoms after a dash, without when they come: "... and, rarely, hallucinations if you stop suddenly")
        shown = _IF_YOU_DO.sub("", _FREQ_ASIDE.sub(" ", text[dash.end():])) if dash and dash.start() > 0 else ""
        if shown and (_INSTRUCTION.match(shown) or _is_description(shown)):
            text = text[:dash.start()]  # "Sore throat or fever – stop the medicine and ...": what to do is no sign;
            # "Rhabdomyolysis – a rare, severe breakdown of muscle ...": what the sign is, neither
        elif shown:  # "Severe allergic reaction — hives, swelling of your face or throat, trouble breathing": the
            text = shown  # symptoms it shows by, not its name
        self.signs(block, text)

    # -- prose and labelled groups --------------------------------------------------------------

    def prose(self, block: Block, category: str | None, named: str | None = None) -> None:
        """A paragraph of sentences ("Common side effects include a, b, and c."), or a labelled
        group ("Common: a, b, c."): each sentence gives the effects it names, in its group.

        A label that names an effect rather than a group ("Lithium toxicity (serious):") is itself
        the effect, and its paragraph describes it: the symptoms it lists ("Early signs include ...")
        are signs when a seek-help sentence points back at them ("If you notice any of these
        symptoms ...")."""
        self._list_line = named is not None
        try:
            self._prose(block, category, named)
        finally:
            self._list_line = False

    def _prose(self, block: Block, category: str | None, named: str | None) -> None:
        current = category
        described: list[str] = []
        if named and category and not _GROUP_WORDS.search(category) and not _LEAD_PREP.match(category) \
                and not _names_a_group(named) and not _NOTE_LABEL.match(category):  # ("Kidneys and urine: increased
            # thirst, ..." is a body system's group; "> **Important:** Tell your nurse ..." a note)
            self.effect(block, category, category, bool(_SERIOUS_F.search(named)))  # ("With skin products:" is a group)
        text = norm(block.text)
        if named is not None and " or " in text:  # "**Infusion-related:** chills, low blood pressure during or shortly
            text = _DOSE_MOMENT.sub("", text)  # after the infusion": when, no second effect
        aside = _GROUP_ASIDE.match(text) if named and ":" in text else None
        if aside:  # "**Serious side effects** — uncommon, but important: a; b; c": how the group is, then its list
            text = text[aside.end():]
        parts = [_THEY_ARE.sub(r"\g<w> include ", part) for whole in sentences(text) for said in _rare_but(whole)
                 for clause in _group_clauses(said) for part in _THEN_HELP.split(clause)]  # ("They are: A, B and C"
        # after "Serious side effects are rare.": the group's list, as "They include A, B and C" says it)
        for k, sent in enumerate(parts):
            same = _SAME_APPLIES.match(sent.rstrip(". ")) if k else None
            if same and seek_help(parts[k - 1]):  # "Get emergency help right away if you notice A or B. The same
                self.signs(block, same.group("x"))  # applies to C, D, or E.": more signs of the sentence before
                continue
            after_help = _signs_listed(sent.rstrip(". ")) if k else None
            if after_help and seek_help(parts[k - 1]):  # "If you have a serious allergic reaction, ... get medical help right away. Signs of a
                self.signs(block, _PROSE_CUT.sub("", after_help))  # serious allergic reaction are A, B and C.": the
                continue  # signs of what the sentence before sends for help about
            shown = _signs_listed(sent.rstrip(". ")) if k + 1 < len(parts) else None
            if shown and _THESE_BARE.search(parts[k + 1]):  # "Early signs of a high X level include A, B and C. If you
                described.append(_PROSE_CUT.sub("", shown))  # notice these, or if you have D, call
                continue  # ...": the signs the next sentence points back to, no effects of their own
            trouble = _SIGNS_OF_TROUBLE.match(sent.rstrip(". "))
            if trouble:  # "Signs of a serious problem include sore throat with fever, unusual bleeding, ...": the signs
                self.signs(block, trouble.group("l"))  # to watch for, no effects
                continue
            if _SIGNS_OF_NAMED.match(sent) and _signs_listed(sent.rstrip(". ")):
                continue  # "Signs of low blood sugar include shakiness, sweating and hunger.": what a named effect
                # shows as, no effects of the drug's own
            if _HERE_IS_WHAT.match(sent):
                continue  # "Here's what to watch for:", "Here are the ones to know about.": a lead-in, its list below
            sent = _ONES_ARE.sub(r"\g<g> side effects ", sent.rstrip(". "))  # "less common are A and B", "common
            # ones are ...": a group, its noun unsaid
            sent = _NOT_LIMITED.sub("", sent)  # "include but are not limited to", "including but not limited to:"
            sent = _GROUP_THEN_ASIDE.sub(lambda m: f"{m.group('g') or m.group('g2')} ", sent)  # "Common side effects,
            # mostly from the intoxicating effect at antidote doses, include A, B and C": the group, an aside on it, then
            # its list
            sent = _BARE_EFFECTS_GROUP.sub(r"\g<g> side effects ", _SIMILAR_TO_OTHERS.sub("include ", sent))  # "Less
            # common effects included A", "were similar to those of other SSAs: A, B": the group's list
            common = _ARE_COMMON_INCLUDING.match(sent)
            if common:  # "Side effects are common, especially in the first two weeks, including: a; b; c": the
                sent = f"{common.group('g')} side effects include {sent[common.end():]}"  # group's list
            if _GERUND_ADVICE.match(sent) and not seek_help(sent):
                continue  # "Taking each dose with food ... makes these problems less likely": advice, no effect
            grave = _GRAVE_NEED_CARE.match(sent)
            if grave:  # "Serious problems such as A, B and C need urgent care": serious effects, and signs
                self._prose_list(block, grave.group("l"), SERIOUS_CATEGORY)
                self.signs(block, grave.group("l"))
                continue
            back = _POINTS_BACK_TO.search(sent) if not described else None
            if back and self._signs_back(block, back):
                continue
            m = seek_help(sent)
            if m:
                back, own = _points_back(_listed(m), sent, bool(described))
                for text in (described if back else []):
                    self.signs(block, text)
                if own:
                    self.signs(block, own)
                continue
            if _IF_THEN_DO.match(sent):
                continue  # "If a child may have taken too much, call Poison Control even if they seem fine": advice
            if _CONTRAST_RARELY.match(sent) or _WELL_TOLERATED.match(sent) or _RISKS_COMPARED.match(sent):
                continue  # "Unlike many SSRIs, moclobemide rarely causes weight gain or sexual problems": what the
                # reader need not expect, no effect; "These risks were higher with X than with Y in ... and in current
                # or past smokers": who the listed risks fall on, no effect
            if self._named_subject is not None:
                sent = self._named_subject.sub(lambda m: f"{m.group(1) or ''}it", sent)
            sent = _CIRCUMSTANCE_LEAD.sub("", sent)  # "With the eye drops, A and B are common", "If the tablets are
            # taken with a statin, X can happen": which product, and when, before the effects
            # ("Most people tolerate zolpidem well, but side effects can happen, especially the next morning": none named)
            if self.change(block, sent, current or "Other"):  # "It can also prolong the QT interval"
                current = current or "Other"
                continue
            m = _DESCRIBES.search(sent)
            if m and named and category and not _GROUP_WORDS.search(category):
                described.append(_PROSE_CUT.sub("", m.group("list") or m.group("list2")))
                continue
            included = _GROUP_INCLUDES.match(sent)
            m = included or _GROUP_INCLUDE.match(sent)
            if m and _GRADE_COLON.match(m.group("list")):  # "Common side effects are mild: a, b and c": how they
                current = _prose_group(m.group("mod"), m.group("mid"), current)  # are, then the list
                self._prose_list(block, m.group("list"), current)
                continue
            if m and _NOT_A_LIST.match(m.group("list")) and not (included and _GRADED_LIST.match(m.group("list"))):
                # ("Common side effects include mild stomach upset, headache and ...": a list, its first member graded)
                if _SERIOUS_F.search(m.group("mod") + m.group("mid")) \
                        or _SERIOUS_ONES.match(m.group("list")):
                    current = SERIOUS_CATEGORY  # "More serious side effects are uncommon ... They include ..."
                m = None  # "Side effects are usually mild"
            stated = _GROUP_STATED.search(sent) if m is None and not _THEY_INCLUDE.match(sent) else None
            if stated and not _LISTY.search(sent[stated.end():]):
                g = stated.group("g").casefold()
                current = "Common" if g in ("common", "frequent") else "Rare" if g == "rare" else "Less common"
                if _SERIOUS_F.search(sent[stated.end():]):  # "Some side effects are less common but more serious.
                    current = SERIOUS_CATEGORY  # These include ...": the seriousness decides
                continue
            if m is None and current and _THEY_INCLUDE.match(sent):
                if _SERIOUS_F.search(current):
                    self.serious_sentence(block, _MORE_IN_ASIDE.sub("", sent))  # ("... nervousness and excitement (this
                    # happens more in children), and seizures": who gets it more, an aside)
                else:
                    self._prose_list(block, _THEY_INCLUDE.match(sent).group("list"), current)
                continue
            if m:
                risks = re.search(r"\b(?:risks|complications)\b", sent[:m.start("list")], re.I)
                if not (risks and current and _SERIOUS_F.search(current)):  # ("Serious problems are rare. ... Other rare
                    current = _prose_group(m.group("mod"), m.group("mid"), current)  # risks are A, B": still serious)
                self._prose_list(block, m.group("list"), current, consequences=True)
                continue
            g = _GROUP_SUBJECT.match(sent) if m is None and ":" not in sent else None
            if g:  # "The most common side effects come from ...", "The most important serious side effect is X"
                mod = (g.group("mod") or g.group("mod2")).casefold()
                current = SERIOUS_CATEGORY if "serious" in mod else "Rare" if "rare" in mod else \
                    "Less common" if ("less" in mod or "uncommon" in mod) else "Common"
                if _SERIOUS_ONES.match(g.group("list") or ""):
                    current = SERIOUS_CATEGORY  # "The most important side effects are the serious ones": that group
                if g.group("list") and not _NOT_A_LIST.match(g.group("list")) and not _HOW_OFTEN_WORD.match(g.group("list")):
                    self._prose_list(block, _MEANING.sub("", g.group("list")), current,
                                     consequences=current == SERIOUS_CATEGORY)  # ("..., which can cause confusion")
                continue
            m = _DRUG_CAN_CAUSE.match(sent)
            if m and _A_GROUP.match(m.group("list")):  # "it can rarely cause the same serious reactions as sulfa drugs
                if _SERIOUS_F.search(m.group("list")):  # taken by mouth. These include ...": the group the next sentence
                    current = SERIOUS_CATEGORY  # lists
                continue
            m = m if current else None
            if m:  # "Midodrine can also cause a slow heart rate (bradycardia) and urinary retention, ..."
                said = _HOW_BAD_TAIL.sub("", m.group("list"))  # ("slowed breathing which can be very dangerous")
                if _SERIOUS_F.search(current):  # "... can cause fluoride poisoning, with stomach pain, vomiting and
                    said = _WITH_SYMPTOMS.sub(", ", said)  # seizures": in a serious paragraph, each named is one too
                    said = _AND_THEN_ASIDE.sub(", ", said)  # ("drooling and, in severe cases, seizures and ...")
                for part in _AND_RISK_OF.split(said):  # ("... low vitamin B12 levels and may increase the
                    self._prose_list(block, part, current)  # risk of bone fractures": two effects)
                continue
            m = _MOST_COMMON_IS.match(sent) if re.search(r"\bthe\s+(?:most\s+common|main|commonest|chief|principal)\b",
                                                          sent, re.I) else _MENTIONED_MOST.match(sent)
            if m:  # "Nausea is the most common side effect, ..., and some people get headache, gas or diarrhea"
                current = SERIOUS_CATEGORY if _SERIOUS_AFTER.match(m.group("rest")) else "Common"  # ("Severe diarrhea
                # is the main serious side effect")
                self._prose_list(block, m.group("x"), current)
                more = _PEOPLE_GET.search(m.group("rest"))
                if more:
                    self._prose_list(block, more.group("list"), current)
                continue
            m = _WARNING_ABOUT.search(sent)
            if m and re.search(r"\brisks$", m.group("x"), re.I):
                continue  # "a boxed warning about heart and stomach risks": kinds of risk, the effects named elsewhere
            if m:  # "Like other antidepressants, it carries a boxed warning about suicidal thoughts ... in children"
                self.serious_effect(block, m.group("x"))
                continue
            if _GROUP_IS_RARE.match(sent):
                current = SERIOUS_CATEGORY  # "Serious problems are rare.": the group the next sentences name
                continue
            m = _MAIN_ONE.match(sent)
            if m and current:  # "The main one is irritation of the esophagus, especially if ..."
                self._prose_list(block, m.group("list"), current)
                continue
            m = _OTHER_GROUP.match(sent)
            if m and not _NOT_A_LIST.match(m.group("list")):  # "Other rare risks are a, b and c"
                g = m.group("g")
                current = (SERIOUS_CATEGORY if _SERIOUS_F.search(g) or (current and _SERIOUS_F.search(current))
                           else capitalise(" ".join(g.split()).lower()) if _LESS.search(g) else current or "Common")
                self._prose_list(block, m.group("list"), current)
                continue
            m = _GROUP_FIRST.match(sent)
            if m:  # "More serious, though uncommon, are A, B and C": the group first, then its list
                g = m.group("g").casefold()
                current = SERIOUS_CATEGORY if "serious" in g else "Less common" if ("less" in g or "rare" in g) \
                    else "Common"
                self._prose_list(block, _DASH_COMMENT.sub("", m.group("list")), current)
                continue
            m = _LIST_IS_GROUP.match(_WITH_FORM_LEAD.sub("", sent))  # ("With the subcutaneous form, reactions at
            # the injection site are common": the form they come with, no part of them)
            if m and (not _NOT_A_SUBJECT.search(m.group("x")) or _SITE_REACTIONS.match(m.group("x"))
                      or _SITE_REACTIONS_NAMED.match(m.group("x").strip())):
                # "Headache, dizziness and rash are less common", "Injection site reactions such as ... are also common",
                # "reactions at the injection site are common"
                g = " ".join(m.group("g").lower().split())
                current = "Common" if g in ("common", "also common") else "Rare" if g == "rarer" else "Less common"
                head, such, _examples = m.group("x").partition(" such as ")
                self._prose_list(block, head if such and "," not in head else m.group("x"), current)  # (one effect
                # and its examples: the effect)
                if m.group("more") and (more := _PEOPLE_GET.search(m.group("more"))):
                    self._prose_list(block, more.group("list"), current)
                continue
            m = _HARDER_TO.search(sent)
            if m and current:  # "it may make it harder to get rid of worm (helminth) infections": those infections
                self._prose_list(block, m.group("list"), current)
                continue
            m = _TESTS_SHOW.match(sent)
            if m and current:  # "Blood tests often show low potassium levels and a small drop in hemoglobin"
                self._prose_list(block, m.group("list"), current)
                continue
            m = _FORM_GIVES.match(sent)
            if m and current and not _NOT_A_LIST.match(m.group("list")):  # "The nasal spray often leaves a taste"
                self._prose_list(block, m.group("list"), current)
                continue
            m = _GROUP_OCCURS_SUCH_AS.match(sent)
            if m:  # "Rarely, more serious problems can occur, such as a severe allergic reaction (...), higher blood
                current = SERIOUS_CATEGORY  # sugar in people with diabetes and ...": the group's members, serious
                self._prose_list(block, m.group("list"), current)
                continue
            m = _USE_GIVES.match(sent) or _RAISES_RISK.search(sent)
            if m and current:  # "Because it dampens part of the immune system, it can raise the risk of serious
                # infections, such as pneumonia": the effects ("the risk of A and of B": two, "of" again)
                for part in _OF_AGAIN.split(m.group("list")):
                    self._prose_list(block, part, current)
                continue
            m = _PEOPLE_GET.match(sent)
            if m and not current and not self.result.side_effects:  # "Some people notice diarrhea, ...", the
                current = "Common"  # section's first list: the effects people meet most, whatever the words
            if m and current:  # "Some people get flu-like symptoms (...) for a day or two after starting"
                listed = _DURATION_TAIL.sub("", _PAREN_ANY.sub("", m.group("list")))
                if re.search(r"\bfeel\s+$", sent[:m.start("list")], re.I):  # "Some people also feel dizzy": dizziness
                    listed = _FELT_AS_NOUN.sub(lambda w: _FELT_NOUN[w.group(0).casefold()], listed)
                serious = _WHICH_SERIOUS.search(listed)  # "A few women develop blood clots, which is the most
                self._prose_list(block, listed, SERIOUS_CATEGORY if serious else current)  # serious risk"
                continue
            group = _frequency_group(sent)  # "the effects people notice most often are ...", "Less often, it causes ..."
            if group is not None and _PLACEHOLDER.match(group[1]):  # "Less often, it can cause serious problems.":
                current = SERIOUS_CATEGORY if _SERIOUS_F.search(group[1]) else group[0]  # the group the next
                continue  # sentence lists ("These include ..."), no effect of its own
            if group is not None:
                current = group[0]
                self._prose_list(block, group[1], current)
                continue
            m = _RARELY_HAVE.match(sent)
            if m:  # "Rarely, you could have a serious allergic reaction, including angioedema"; "Rarely, but
                current = SERIOUS_CATEGORY if m.group("grave") or _SERIOUS_F.search(m.group("list")) else "Rare"
                # seriously, it can cause ...": the serious ones
                if not _A_GROUP.match(m.group("list")):  # ("Rarely, it can cause the same serious reactions as ...":
                    self._prose_list(block, m.group("list"), current)  # a group, listed next)
                continue
            m = _ALSO_HAVE.search(sent)
            if m and current:
                self._prose_list(block, m.group("list"), current)
                continue
            m = _RARE_BUT_SERIOUS.match(sent)
            if m and not _NOT_A_SUBJECT.search(m.group("x")):  # "Rash is rare but can be serious": the effect, serious
                self._prose_list(block, m.group("x"), SERIOUS_CATEGORY)
                continue
            m = _RARE_SEVERE.match(sent) or _RARE_BUT_LEADS.match(sent)
            if m and _SERIOUS_F.search(m.group("x")):  # "Severe skin reactions such as SJS are rare"
                self._prose_list(block, m.group("x"), SERIOUS_CATEGORY)
                if m.groupdict().get("to"):  # "Severe diarrhea is uncommon but can lead to dehydration and dizziness"
                    self._prose_list(block, _PROSE_CUT.sub("", m.group("to")), SERIOUS_CATEGORY)
                continue
            m = _SHOWS_AS.match(sent)
            if m and current:  # "ARIA can show up as brain swelling (ARIA-E) and as tiny bleeds in the brain": what it
                self._prose_list(block, _AND_AS.sub(", and ", m.group("list")), current)  # is seen as, effects too
                continue
            m = _EXAMPLES_OCCUR.match(sent)
            if m and (current or _SERIOUS_F.search(m.group("x"))):  # "Injection site reactions, such as redness or
                # itching, can occur but are usually mild": the effect; a serious one's examples too
                serious = bool(_SERIOUS_F.search(m.group("x")))
                self._prose_list(block, m.group("x") + (f", {m.group('ex')}" if serious else ""),
                                 SERIOUS_CATEGORY if serious else current)
                continue
            said = _said_to_occur(sent)
            if said is not None and _PLACEHOLDER.match(said[1].strip()):  # "Rarely, more serious problems can occur.
                # These include ...": a group, serious when it says so, listed next or after "such as"
                current = SERIOUS_CATEGORY if _SERIOUS_F.search(said[1]) else said[0] or current or "Other"
                examples = _OCCUR_EXAMPLES.search(sent)
                if examples:
                    self._prose_list(block, examples.group("list"), current)
                continue
            if said is not None:  # "Patients commonly report a and b", "Less frequently, c and d occur"
                current = said[0] or current or "Other"
                if _GRAVE.search(sent):  # "Rarely, larger bleeds in the brain can happen, and these can be
                    current = SERIOUS_CATEGORY  # life-threatening"
                self._prose_list(block, said[1], current)
                continue
            m = _CAN_HAPPEN.match(_WHAT_IT_IS.sub("", _PAREN_ANY.sub("", sent) if "(" in sent else sent))  # ("A severe allergic reaction
            # (anaphylaxis) can happen")
            if m and current:
                self._prose_list(block, m.group("x"), current)
                continue
            if _IMPERATIVE.search(sent) or _ADVICE_START.match(sent) or _CARE_CHECKS.match(sent) \
                    or _PEOPLE_FIND.match(sent):
                continue  # "With the cream, stop using it and see a doctor if ...", "Eat or drink some fast-acting
                # sugar right away": advice, not effects
            if _HOW_MUCH_REACHES.search(sent):
                continue  # "When X is taken by mouth, more of it reaches the blood": how much gets in, no effect
            if _MORE_OFTEN_IN.match(sent) or _RISK_RISES.match(sent) or _YOU_ADVISED.search(sent):
                continue  # "These serious problems happen more often in people who have had bowel surgery, bowel
                # cancer or a history of constipation": who is at more risk, no effects
            for m in _NAMED_THEN_SHOWN.finditer(sent) if "(" in sent else ():  # (before the brackets go: what an
                self._shown(m.group("x"), m.group("p"))  # effect shows by, for a later "signs of" to point back to)
            if current and ";" in sent:  # "low blood sodium caused by ..., which can lead to fits; severe allergic reactions"
                chunks = [_CAUSED_BY.sub("", _PROSE_CUT.sub("", _PAREN_ANY.sub("", c))).strip(" ,")
                          for c in split_top(_hold_names(sent), ";")]
                if all(c and not _LISTY.search(c) for c in chunks):
                    for c in chunks:  # each named effect, without its cause or what it can lead to
                        self._prose_list(block, c, current, member=True)
                    continue
            bare = _PAREN_ANY.sub("", sent)
            head = _PROSE_CUT.sub("", bare)  # "A, B, or C, mostly in older adults, whose ..."
            if current and self._list_line and _short_members(bare) and (head != bare or _LISTY.search(head)):
                # "Common: eye itching, stinging or burning when the drops go in, feeling like something is in your
                # eye, watery eyes": a labelled line of short members, some said as clauses, which a cut at the
                # first clause would lose; each member whole
                for member in split_top(bare, ","):
                    self._prose_list(block, _OR_AND_LEAD.sub("", member.strip()), current, member=True)
            elif current and head and not _LISTY.search(head) and "," in head:
                self._prose_list(block, head, current)
            elif current and self._list_line and (said := _RELATIVE_END.sub("", bare)) != bare \
                    and not _LISTY.search(said):  # "Very common: retrograde ejaculation (...), which affects about 1
                self._prose_list(block, said, current)  # in 4 men and is harmless": what the last member is, cut
            elif current and self._list_line and (said := _WHERE_APPLIED_END.sub("", bare)) != bare \
                    and said.strip() and not _LISTY.search(said):  # "Injection site: pain or a hard lump where the
                self._prose_list(block, bare, current)  # injection is given": the effect and its place, whole
            elif current and self._list_line and (said := _IF_CLAUSE_END.sub("", bare)) != bare \
                    and said.strip() and not _LISTY.search(said):  # "Other: inhalation pneumonitis if particles are
                self._prose_list(block, said, current)  # breathed in": the effect, without when it comes
            elif current and _SERIOUS_F.search(current) and _LISTY.search(sent):
                self.serious_sentence(block, _RARELY.sub(" ", sent))
            elif current and not _LISTY.search(sent):
                self._prose_list(block, sent, current)
            elif current is None and "," in head and not _CLAUSE_WORDS.search(head) and not _LISTY.search(head) \
                    and all(len(x.split()) <= 5 and not _LEAD_PREP.match(x.strip())
                            for x in _PAREN_ANY.sub("", sent).split(",")):
                current = "Other"  # "Side Effects: Drowsiness, dizziness, nausea, and worsening insomnia.": the
                self._prose_list(block, head, current)  # section's own list, in no group

    def _prose_list(self, block: Block, text: str, category: str, member: bool = False,
                    consequences: bool = False) -> None:
        """The effects a list in a sentence names; with ``consequences`` (a serious sentence's list, not a
        labelled line's), what one "can cause" or "can lead to" too ("X, which can cause paralysis")."""
        text = AMPERSAND.sub(" and ", _GRADE_COLON.sub("", text))  # "the usual complaints are mild: A, B and C":
        # how they are, then the list; "A & B" is "A and B"
        clause = _AND_CLAUSE_CAUSES.search(text)
        if clause:  # "a severe allergic reaction, and receiving more iron than the body needs can lead to iron
            self._prose_list(block, text[:clause.start()], category, member, consequences)  # overload": the second
            text = text[clause.end():]  # clause's effects come after its verb
        chunks = split_top(text, ";")
        if len(chunks) > 1:  # "A (x), usually ...; B; C, especially ...": each chunk its own effect list
            for chunk in chunks:
                group = _frequency_group(chunk.strip()) if " include" in chunk or " are " in chunk else None
                if group is not None:  # "...; less common effects include fever, rash and ...": a group of its own
                    self._prose_list(block, group[1], group[0], member=True, consequences=consequences)
                elif not _POINTS_BACK.match(chunk) and not _GERUND_CLAUSE.match(chunk):  # ("...; these hormonal
                    # effects depend on the dose ...", "...; taking the tablets with food reduces stomach upset")
                    self._prose_list(block, re.sub(r"^\s*and\s+", "", chunk), category, member=True,
                                     consequences=consequences)
            return
        serious = bool(_SERIOUS_F.search(category))
        if serious and consequences:
            head, _, consequence = _lead_split(text)
            if consequence:  # ("..., which can trigger A and B, as well as C": C is the main list's)
                consequence, rest = (_MAIN_GOES_ON.split(consequence, maxsplit=1) + [""])[:2]
                text = f"{head}, {rest}" if rest else head
                self._prose_list(block, consequence, category, member=True)
            text = _AFTER_EVENT.sub("", text)  # "hematoma after a spinal tap or epidural anesthesia": when
        text = _ALONG_WITH.sub(", ", _RELATED_LEAD.sub("", text))  # "nausea, vomiting and diarrhea, often together with
        # loss of appetite"; ("are stomach-related: nausea, ...": where they are, then the list)
        text = _AND_ASIDE.sub(" ", _hold_names(text))  # "cough and, with the nasal spray, nosebleeds"
        text = _SHARED_PARTS.sub(lambda m: m.group(0).replace(" ", _HELD), text)  # "severe bone and muscle pain"
        text = _IS_ASIDE.sub(", ", text)  # "dark urine, which is harmless, dizziness and ...": what it is, mid-list
        text = _IN_WHICH_ASIDE.sub("", text)  # "X, in which small clots damage the kidneys, and others developed Y"
        text = _IF_ASIDE.sub("", text)  # "eye irritation if the medicine gets into the eyes, or ...": when, mid-list
        text = _PROSE_CUT.sub("", _PAREN_ANY.sub("", text))
        text = _URGE_EXAMPLES.sub(r"\g<urge>", text)  # "urges such as gambling, binge eating or shopping": behaviours
        text = _OTHERS_HAVE.sub(", ", text)  # "X and Y, and women may have Z" -> one list
        parts = _PARTS_TAIL.search(text)
        if parts and _shares_parts(text):
            text, member = text[:parts.start()], member or "," not in text[:parts.start()]  # "heaviness or
            # tightness in the chest, throat, neck or jaw": one effect, its "or" kept
        if self._list_line and member:  # a part of a labelled line: its examples are dropped ("Serious: infections,
            text = _cut_examples(text)  # including TB; ...")
        elif serious:  # the examples of a serious effect in a sentence are serious effects too ("..., including a
            text = _EXAMPLE_ARTICLE.sub(", ", text)  # rare reaction called DRESS": an example, no appositive)
            text = _INCLUDING_EX.sub(", ", _SUCH_AS.sub(", ", text))
        else:  # "..., diarrhea and injection-site reactions such as redness or itching": the last member's examples
            text = _LAST_EXAMPLES.sub("", text)
        items = _join_place_parts(_join_bare_parts(list_items(text, appositives=True, split_or=False), text), text)
        # ("..., dizziness, swelling of the legs and feet": the places of one effect)
        if not member or len(items) > 1:  # "a, b or c" / "headache or gas": the list's own "or" splits;
            last = _last_or(items) if len(items) > 1 and not _parts_or(items[-1].text) else items
            # ("..., constipation or a fast heartbeat"; "..., muscle or joint pain", "cleft lip or palate" stay one)
            items = last if len(last) > len(items) else (
                items[:-1] + list_items(items[-1].text, appositives=False) if items else items)
        items = [Item(_PEOPLE_LEAD.sub("", it.text), it.conj) for it in _adjective_run(items)]  # "..., and some
        # people have X"; "dry, itchy skin": two adjectives of one noun
        if not serious:
            items = _examples_mid_list(items)
        for it in items:  # "a, tiredness or weakness, c" / "...; mania or psychosis; ...": one effect
            if _CLAUSE_MEMBER.match(it.text):
                continue  # "..., so sunburn happens more easily, and ...": what an effect leads to
            for half in split_pair(_WHO_ASIDE.sub("", it.text)):  # "fever and rash" splits; "tingling in the
                # hands and feet" does not
                self.effect(block, _SUCH_AS.split(half, maxsplit=1)[0], category, serious)

    # -- the rare/serious paragraph -------------------------------------------------------

    def paragraph(self, block: Block) -> None:
        said: list[str] = []  # the signs the sentence before listed ("Early signs of a high X level include A and B")
        helped = False  # the sentence before sent the reader for help over signs
        for sent in sentences(norm(block.text)):
            sent = sent.rstrip(".")
            same = _SAME_APPLIES.match(sent) if helped else None
            if same:  # "... get emergency eye care ASAP. Same goes for trouble breathing.": more signs of it
                self.signs(block, same.group("x"))
                continue
            helped = False
            back = _POINTS_BACK_TO.search(sent)  # "Seek medical help right away if any of these allergy signs appear"
            if back and self._signs_back(block, back):  # under a table or list: what it points back to
                continue
            m = seek_help(sent)
            if m:
                back, own = _points_back(_listed(m), sent, bool(said), these=False)  # ("If you notice these, or if
                for text in (said if back else []):  # you have A, ...": the sentence before's signs, "Early signs of X
                    self.signs(block, text)  # include B, C", then its own)
                if own:
                    self.signs(block, own)
                helped = True
                continue
            shown = _signs_listed(sent)
            said = [_PROSE_CUT.sub("", shown)] if shown else []
            m = _GROUP_COLON.match(sent) if ":" in sent else None
            if m and _SERIOUS_F.search(m.group("head")) and not _NOT_A_LIST.match(m.group("list")):
                self._prose_list(block, m.group("list"), SERIOUS_CATEGORY)  # "... can cause serious side effects: a; b"
                continue
            self.serious_sentence(block, _RARELY.sub(" ", sent))

    def change(self, block: Block, sent: str, category: str) -> bool:
        """An effect said as what the drug does to a measure or an organ ("It can prolong the QT interval"), in
        ``category``; whether the sentence was one."""
        m = _CHANGES.match(sent)
        if m is None or _RISK_OF.match(m.group("obj")):
            return False
        self.effect(block, _change_label(m.group("v") or m.group("v2"), m.group("obj")), category,
                    bool(_SERIOUS_F.search(category)))
        return True

    def serious_sentence(self, block: Block, sent: str) -> None:
        if self.change(block, sent, SERIOUS_CATEGORY):
            return
        sent = _group_said_plainly(sent)
        sent = _PAREN_CLAUSE.sub("", sent)  # "sudden eye problems (short-sightedness and a type of glaucoma that can
        # come on within weeks)": what the effect is, a clause in brackets, no part of its name
        sent = _FREQ_ASIDE.sub(" ", _DASH_GLOSS.sub(" ", sent))  # "A and, very rarely, B — a gloss — and C"
        sent = _POPULATION_ASIDE_RE.sub("", _INCLUDING_ASIDE.sub("", sent))  # ("They include confusion, especially
        # in older people, and ...")
        sent = _AND_ASIDE.sub(" ", sent)  # "..., and, with Korlym, adrenal insufficiency": with what, mid-list
        sent = _NEEDS_TAIL.sub("", sent)  # "an incomplete abortion that needs a procedure to finish": what it needs
        m = _INCLUDE.search(sent)
        if m and ";" in sent[m.end():]:  # "They include A, which can lead to B or C; D; E": every effect named
            for chunk in split_top(sent[m.end():], ";"):
                head, _, consequence = _lead_split(chunk)
                self._serious_object(block, _CUT.sub("", _PAREN_ANY.sub("", head)), True)
                named = _NAMED_EXAMPLES.search(_PAREN_ANY.sub("", head))
                if named:  # "serious infections, such as tuberculosis (TB), pneumonia, and fungal infections, which
                    # can be life-threatening": the examples a serious paragraph names are effects too
                    self._serious_object(block, _CUT.sub("", named.group("x")), True)
                if consequence:
                    self._serious_object(block, _CUT.sub("", consequence), True)
            return
        objects: list[tuple[str, bool]] = []
        for rx in (_CAUSE, _RISK, _INCLUDE, _MOST_SERIOUS, _DEVELOP):
            for m in rx.finditer(sent):
                if _DENIED_BEFORE.search(sent, max(0, m.start() - 24), m.start()):
                    continue  # "Unlike succinylcholine, rocuronium does not trigger malignant hyperthermia": denied
                objects.append((_HOW_BAD_TAIL.sub("", _CLAUSE_TAIL.sub("", _CUT.sub("", sent[m.end():]))), True))
        for m in _INCREASE.finditer(sent):
            objects.append((re.split(r"\s+in\s+|,", sent[m.end():])[0], False))
        m = _REPORTED.search(sent)
        if m and " such as " in sent[:m.start()] and "," not in sent[:m.start()].split(" such as ")[0].rstrip(", "):
            self._prose_list(block, sent[:m.start()], SERIOUS_CATEGORY)  # "A and B such as C can occur"
            m = None
        if m:
            subject = sent[:m.start()]
            for inc in _INCLUDING.finditer(subject):
                called = _CALLED.search(inc.group("inc"))
                objects.append((called.group("name") if called else inc.group("inc"), True))
            subject = _INCLUDING.sub(" ", subject)
            called = _CALLED.search(subject.split(",")[0])
            if called:
                subject = called.group("name")
            subject = re.sub(r"^.*\bcases of\s+", "", subject, flags=re.I).split(",")[-1]
            subject = _DUE_TO_TAIL.sub("", subject)  # "Sudden death due to heart problem is reported": the effect
            objects.append((subject, True))
        for obj, split in objects:
            self._serious_object(block, obj, split)

    def _serious_object(self, block: Block, obj: str, split: bool) -> None:
        obj = obj.strip()
        gloss = re.search(r"\bside effects?\b.*\((?P<g>[^)]+)\)\s*$", obj)
        if gloss:
            self.serious_effect(block, gloss.group("g"))
            return
        items = _last_or(_shared_head(list_items(obj, split_and=True))) if split else [Item(obj)]
        for k, it in enumerate(items):
            if k > 0 and not it.conj and _APPOSITIVE_GLOSS.match(it.text):
                continue  # "skin necrosis, a rare condition in which ...": a gloss, not a second effect
            if k == len(items) - 1 and k > 0 and not it.conj and re.match(r"^(?:a|an)\s", it.text, re.I):
                continue  # "DRESS, a multi-organ allergic reaction": the last member an appositive gloss
            if _LEAD_PREP.match(it.text):
                continue  # "..., over many years, ...": a circumstance
            text = _adjective_head(it, items)
            named, example = (_SUCH_AS.split(text, maxsplit=1) + [""])[:2]
            if example:  # "nerve problems such as numbness": the problem, and its example, both serious
                self.serious_effect(block, named)
                text = example
            called = _CALLED.search(text)
            if called and _described_then_called(text[:called.start()], called.group("name")):
                text = called.group("name")  # "a blood disorder called TTP" -> TTP; "rare but serious bowel problem
                # called X" -> X
            self.serious_effect(block, text)


#: what an effect needs, said after it: "an incomplete abortion that needs a procedure to finish"
_NEEDS_TAIL = re.compile(r"\s+(?:that|which)\s+(?:may\s+|can\s+|might\s+)?(?:needs?|requires?)\s+[^,;]*", re.I)
#: an instruction after a sign's dash ("– stop the medicine and have a blood count checked")
_INSTRUCTION = re.compile(r"^(?:stop|call|get|seek|tell|have|go|contact|see|do\s+not|don't)\b", re.I)
#: a gloss between two dashes inside a list ("Stevens-Johnson syndrome — a severe skin reaction — and ...")
_DASH_GLOSS = re.compile(r"\s+[\u2014\u2013]\s+[^\u2014\u2013.;]{1,80}?\s+[\u2014\u2013](?=\s)")
#: how often, as an aside inside a list ("a severe allergic reaction and, very rarely, SJS"): not an effect
#: an aside between "and" and the last member: "cough and, with the nasal spray, nosebleeds"
#: who gets the next effects, opening a list member: "...; in children also X and Y, and in adults Z"
_WHO_ASIDE = re.compile(r"^(?:in\s+(?:(?:older|young|younger)\s+)?(?:children|adults|women|men|teens|adolescents|"
                        r"infants|babies|the\s+elderly)\s+(?:also\s+)?)(?=[a-z])", re.I)
_AND_ASIDE = re.compile(r"(?<=\band|\s\bor),\s*(?:(?:very\s+)?(?:rarely|occasionally|sometimes)|"
                        r"(?:with|for|after|during|in)\s+[^,;()]{2,40}?)\s*,\s*", re.I)
#: how often, said without a comma after it: ", and in rare cases seizures or confusion"
_AND_RARELY = re.compile(r"(?<=,\sand)\s+(?:in\s+(?:rare|some|a\s+few)\s+cases|(?:very\s+)?rarely)\s+(?=[a-z])", re.I)
#: a short description of the member before it, the list going on after it ("which can lead to" is no aside)
_IS_ASIDE = re.compile(r",\s+(?:which|that)\s+(?:is|are)\s+(?:(?!(?:with|in|when|if|for|after|during|among|"
                       r"than)\b)[\w-]+\s*){1,3},\s+(?=\S)|"
                       # "perforation of the uterus, which usually happens during insertion, expulsion of ...": when
                       r",\s+which\s+(?:usually\s+|often\s+|mostly\s+|mainly\s+|typically\s+)?(?:happens?|occurs?)\s+"
                       r"[^,;]{3,60},\s+(?=\S)|"  # ("which is more likely with A, B": A is no member)
                       # "bronchospasm, which can be severe or even fatal in people with asthma, severe allergic
                       # reactions, ... and X": how grave it can be, mid-list
                       r",\s+which\s+(?:can|may|might)\s+(?:be|become)\s+(?:[\w-]+\s+){0,3}?(?:severe|serious|fatal|"
                       r"dangerous|life-threatening)\b[^,;]{0,60},\s+(?=[^;]*\band\s)", re.I)
def _examples_mid_list(items: list[Item]) -> list[Item]:
    """Without the examples a member gives mid-list: "reactions at the injection site such as pain, redness, or
    itching, headache, and vomiting" -- the examples end at their own "or", and the list goes on after them; the
    list's last member, after its "and", gives examples to the end ("headache, nausea, and injection site reactions
    such as pain, redness or bruising")."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        out.append(items[k])
        closing = next((j for j in range(k + 1, len(items)) if items[j].conj), None) \
            if _SUCH_AS.search(items[k].text) else None
        if closing is not None and items[k].conj and k > 1:
            break
        k = closing + 1 if closing is not None and closing < len(items) - 1 else k + 1
    return out


_CONTRAST_RARELY = re.compile(r"^unlike\s+[^,]{1,60},\s+(?:it|this\s+(?:medicine|drug)|[A-Z][\w-]+)\s+(?:rarely|seldom|"
                              r"(?:usually\s+)?(?:does\s+not|doesn't))\s+(?:cause|causes|lead)\b", re.I)
#: which product or when, opening a sentence of effects: "With the tablets or liquid, ", "If the tablets are taken
#: together with a statin, "
#: a sentence that says how an effect is, not that it comes ("Application site reactions are usually mild")
_MILD_REMARK = re.compile(r"^(?P<x>[A-Z][\w\s,'-]{2,60}?)\s+(?:is|are)\s+(?:usually|often|generally|mostly|typically|normally)\s+"
                          r"(?:mild|temporary|short-lived|minor|harmless|not\s+serious)\b", re.I)
_WELL_TOLERATED = re.compile(r"^(?:most\s+(?:people|patients|users)\s+(?:tolerate|handle)\s+(?:it|this\s+medicine|[\w-]+)\s+well|"
                             # "Many people have no side effects or only mild ones": how many have any, none named
                             r"(?:many|most|some)\s+(?:people|patients|users)\s+(?:have|get|notice)\s+no\s+side\s+effects"
                             r"(?:\s+(?:at\s+all|or\s+only\s+(?:mild|minor|slight)\s+ones))?|"
                             # "Most people notice only the intended effect on taste, but other side effects can occur"
                             r"(?:many|most|some)\s+(?:people|patients|users)\s+(?:have|get|notice|feel)\s+only\s+the\s+"
                             r"(?:intended|wanted|desired|expected)\s+effects?(?:\s+on\s+[\w\s-]{1,30}?)?|"
                             r"(?:it|this\s+medicine|[\w-]+)\s+is\s+(?:usually\s+|generally\s+)?well[- ]tolerated)"
                             r"(?:,?\s+(?:but|although|though)\s+(?:some\s+|other\s+)?side\s+effects\s+(?:can|may|do)\s+"
                             r"(?:happen|occur)"
                             r"(?:\s+in\s+some\s+people)?)?(?:,\s+(?:especially|particularly|mostly)\b[^;:]*)?$", re.I)
#: who, said before a sentence of effects: "in children and older adults"
_IN_PEOPLE = (r"in\s+(?:(?:young|older)\s+)?(?:children|adults|adolescents|teens|women|men|people|patients)"
              r"(?:\s+(?:and|or)\s+(?:(?:young|older)\s+)?(?:children|adults|adolescents|teens))?")
_CIRCUMSTANCE_LEAD = re.compile(r"^(?:" + _IN_PEOPLE
                                + r"(?:\s+with\s+[\w\s'-]{2,40}?)?(?=,\s+(?:common|the|some|side|serious|less|rare))|"
                                r"(?:with|for)\s+(?:any|either|every|each)\s+(?:form|product|kind|type)|"  # "With any form, ..."
                                # "With the daily doses used for Cushing's syndrome, common side effects include ..."
                                r"(?:with|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?doses?\b[^,;]{0,60}|"
                                r"(?:with|for|from)\s+(?:the|this|its)\s+(?:[\w-]+\s+){0,2}?" + _FORM
                                + r"(?:\s+(?:or|and)\s+(?:the\s+)?(?:[\w-]+\s+)?" + _FORM + r")?|"
                                r"(?:if|when)\s+(?![^,]*\byou\b)[^,;]{2,100}?\s(?:is|are)\s+(?:taken|used|given|combined|"
                                r"applied)\b[^,;]*|"
                                # "If the powder gets into the eyes, it can cause ...": how it reaches a part
                                r"if\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:gets?|comes?|goes)\s+(?:into|in|on)\s+[^,;]{1,40}|"
                                # "Because canakinumab dampens part of the immune system, it can lead to ...": why
                                r"(?:because|since)\s+[^;]{3,160}?(?=,\s+(?:it|this\s+(?:medicine|drug)|they)\s+(?:can|may|might|"
                                r"could|will|is|are|also|often|sometimes)\b|"
                                # "Because a little reaches the blood, anticholinergic side effects can occur": why
                                r",\s+(?:[\w-]+\s+){0,2}(?:side|adverse)\s+effects\s+(?:can|may|might|could)\b|"
                                # "Because it thins the blood, easy bruising and nosebleeds are also common": why
                                r",\s+[^,;]{3,80}?\s+(?:is|are)\s+(?:also\s+)?(?:common|possible|frequent|likely)\b))"
                                r",\s+(?=[a-z])|"
                                # "In children and older adults it can also cause anxiety": who, then the sentence
                                r"^" + _IN_PEOPLE + r"\s+(?=(?:it|this\s+medicine)\s+(?:can|may|might|could)\s)", re.I)
#: a sign said as a clause after the list: ", or if your condition worsens or lasts more than 72 hours"
_OR_IF_YOUR = re.compile(r",?\s+or\s+if\s+(?:your|the)\s+(?:(?P<n2>[a-z]+\s+or\s+[a-z]+)\s+(?P<rest2>(?:become|turn|go|get|feel|"
                         r"look|change)\b[^;]*)|(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?P<rest>(?:[a-z]+s|gets|becomes)\b[^,;]*))$",
                         re.I)
# ("..., or if your fingers or toes become cold, numb or change color": the parts, then what they become)
#: what a place shows, listed before the place they share: "severe pain, heat, or swelling in the injected joint"
_LOCAL = (r"(?:(?:severe|mild|new|sudden)\s+)?(?:pain|heat|swelling|redness|warmth|tenderness|stiffness|itching|bruising|"
          r"burning|stinging|blistering|oozing|peeling|irritation)")  # ("severe burning, swelling, blistering or
# oozing at the treated area": each there)
_SIGNS_BEFORE_PLACE = re.compile(rf"(?:^|(?<=,\s))(?:or\s+)?(?P<items>{_LOCAL}(?:(?:,\s*|,?\s+(?:or|and)\s+){_LOCAL})*)(?:,\s*|,?\s+(?:or|and)\s+)"
                                 rf"(?P<last>{_LOCAL})\s+(?P<place>(?:in|at|around)\s+(?:the|your|one|both)\s+[^,;]+?)(?=,|$)",
                                 re.I)  # ("..., or pain, warmth, or swelling in one leg": each in that leg)


def _each_in_place(m: re.Match[str]) -> str:
    if "," not in m.group(0) and not re.match(r"(?:in|at|around)\s+(?:the|your)\s", m.group("place"), re.I):
        return m.group(0)  # "pain or swelling in one leg": a two-item "or", one sign
    items = re.split(r",\s*(?:(?:or|and)\s+)?|\s+(?:or|and)\s+", m.group("items")) + [m.group("last")]
    return ", ".join(f"{it.strip()} {m.group('place')}" for it in items if it.strip())


#: when, after the last sign: "fever or chills after the injection"
_SETTING_TAIL = re.compile(r"\s+after\s+(?:the|each|an?|your)\s+(?:injection|infusion|dose|shot|procedure)$", re.I)
_DEATH_FROM = re.compile(r"^(?:sudden\s+)?death\s+(?:from|due\s+to|caused\s+by)\s", re.I)
#: what happens in the member before it, the list going on after it
_IN_WHICH_ASIDE = re.compile(r",\s+(?:in|by|through|during|with)\s+which\s+(?:[^,;()]*?(?=,\s+and\s)|[^;()]*$)", re.I)
# (or at the end: "..., and immune reconstitution inflammatory syndrome (IRIS), in which the immune system reacts to
# old, hidden infections")
_IF_ASIDE = re.compile(r"\s+(?:if|when)\s+(?:the\s+(?:medicine|cream|drug|product)|it|you)\b[^,;()]*(?=,)|"
                       # "slowed breathing, especially when it is combined with opioids or alcohol, memory loss ...": when
                       r",\s+(?:especially|particularly|mainly)\s+(?:when|if)\s+[^,;()]{3,80}(?=,)|"
                       # "damage to the retina, particularly with long-term use, as well as ...": with what, then the
                       # list goes on (not "bleeding, especially with aspirin, NSAIDs or warfarin": the aside's own list)
                       r",\s+(?:especially|particularly|mainly)\s+(?:with|after|at|during)\s+[^,;()]{3,80}"
                       r"(?=,\s+(?:as\s+well\s+as|and|plus)\s+(?!(?:it|they|this|these|that)\b))", re.I)
_FREQ_ASIDE = re.compile(r"(?<=\band|\s\bor),\s*(?:very\s+|more\s+|most\s+)?(?:rarely|occasionally|uncommonly|"
                         r"infrequently|sometimes|in\s+rare\s+cases)\s*,\s*|"
                         r",\s*(?:very\s+)?(?:rarely|occasionally|in\s+rare\s+cases)\s*,\s*(?=\w)", re.I)


#: Head nouns that need their modifier: "mood and behavior changes" is one effect, not "Mood" + ...
_MODIFIER_HEAD = re.compile(r"^\S+\s+(?:changes|problems|disorders|disturbances|issues)$", re.I)


_ADJECTIVE = re.compile(r"(?:ed|ic|al|ous|ive|ful|less|ish|ary)$", re.I)
#: "3 or more", "one or two": an "or" inside a quantity
_QUANTITY_OR = re.compile(r"\b(?:\d+|one|two|three|four|five)\s+or\s+(?:more|less|fewer|\d+|two|three|four|five|six)\b", re.I)


#: a difficulty named by what it is hard to do: "trouble speaking", "difficulty swallowing"
_TROUBLE_DOING = re.compile(r"^(?:trouble|difficulty|problems?|pain)\s+[a-z]+ing$", re.I)


#: words of whether an effect is new or got worse, before the one noun they share ("new or worsening heart failure")
_ONSET_WORDS = frozenset({"new", "worse", "worsening", "worsened", "increased", "recurrent", "recurring"})


def _last_or(items: list[Item], signs: bool = False) -> list[Item]:
    """"Indigestion, heartburn or stomach pain": the "or" that closes a comma list joins its last two
    members (a lone "Itching or rash" is one item). Not when the last words are shared out ("itching
    around the genitals or bottom") or the first half is a bare modifier ("blurred or double vision").
    A list of signs needs three members and two words a side ("nausea, vomiting, unusual tiredness or
    trouble breathing")."""
    if len(items) < 2 or " or " not in items[-1].text or any(it.conj and not _is_part(it.text) for it in items):
        return items  # (a body part after "or" closes a run of parts, not the list: "blue skin, lips or nail beds, ...")
    halves = [h.strip() for h in split_top(items[-1].text, " or ")]
    if len(halves) != 2 or not all(halves):
        return items
    left, right = halves
    if (_PAIR_PREP.search(left) and (len(right.split()) == 1 or right.split()[0].casefold() in BODY_PARTS)) \
            or (len(left.split()) == 1 and (_ADJECTIVE.search(left) or left.casefold() in _ONSET_WORDS)) \
            or _QUANTITY_OR.search(f"{left} or {right}") \
            or (len(left.split()) == 1 and left.casefold().endswith("y") and len(right.split()) == 2
                and right.split()[0].casefold().endswith("y")) \
            or (len(left.split()) == 1 and left.casefold().endswith("er") and len(right.split()) == 2
                and right.split()[0].casefold().endswith("er")):  # ("stuffy or runny nose", "longer or curlier
        # eyelashes": two describing words, one noun)
        return items  # "a rash on your cheeks or arms that ...", "for 3 or more days": one member
    if _TROUBLE_DOING.match(left) and re.fullmatch(r"[a-z]+ing", strip_parens(right)[0].strip()):
        return items  # "trouble speaking or walking": one trouble, two doings
    lw, rw = drop_article(_SIGN_VERB.sub("", left) if signs else left).split(), drop_article(right).split()
    # ("..., notice a pounding or racing heartbeat": the verb and its article are no words of the sign)
    longer = len(lw) + len(rw) > 2  # (a lone "fainting or vomiting" is two signs; an article before the second,
    # "sudden breathlessness or a seizure", opens a noun phrase that shares no word)
    lone_ing = len(lw) == 1 and lw[0].casefold().endswith("ing") and len(rw) >= 2 \
        and (rw[0].casefold() in _HOW_BAD or rw[0].casefold() in BODY_PARTS) \
        and not re.search(r"\sof\s+(?:the|your)\s", right)
    # ("fainting or severe stomach pain": a sign, then another, graded, or "fainting or chest pain", of a part of
    # the body; "peeling or severe burning of the skin" shares its place)
    if signs and not lone_ing and (len(lw) < 2 or len(rw) < 2) and drop_article(right) == right \
            and (_modifier(lw[0], longer) or longer and _modifier(lw[-1]) and _modifier(rw[0])) \
            and not (len(lw) == 1 and re.match(r"[a-z]+ing\s+of\s", right, re.I)):  # ("rash, itching or swelling
        # of the face": "swelling of ..." a head noun and its place, the "itching" before it a sign of its own)
        return items  # "unusual bleeding or bruising", "blistering or peeling rash", "your heart racing or pounding":
        # one sign, its words shared
        # (nothing to share in "nausea or vomiting" or "stomach cramps or vomiting": two signs)
    if len(rw) == 1 and rw[0].casefold() in _NO_EFFECT_ALONE and len(lw) >= 2:
        return items  # "suicidal thoughts or behavior": the behaviour is suicidal too, one member
    return items[:-1] + [Item(left, items[-1].conj), Item(right, True)]


#: nouns that name no effect alone, only with the words before an "or" ("suicidal thoughts or behavior")
_NO_EFFECT_ALONE = frozenset("behavior behaviour behaviors behaviours actions attempts ideation".split())


#: words that say how bad or how sudden a sign is, which no participle before "or" shares ("fainting or severe pain")
_HOW_BAD = frozenset("severe sudden extreme new unusual very bad mild persistent".split())


#: the marks a page sets after an effect to point to a legend ("†", "‡")
_MARKS = ("\u2020", "\u2021")
#: the legend: "Items marked † are serious", "† = serious", "* serious side effect"
_SERIOUS_MARK = re.compile(r"(?:marked|with\s+an?|with)\s+(?P<m>[\u2020\u2021])\s+(?:are|is)\s+(?:serious|severe)|"
                           r"^(?P<m2>[\u2020\u2021])\s*(?:=|:)?\s*serious", re.I)
def _modifier(word: str, participle: bool = True) -> bool:
    """Whether a sign's first word describes the next ("unusual", "dark", "blistering" but for a lone
    "fainting or vomiting"), so an "or" can share it."""
    w = word.casefold()
    return w in SIGN_MODIFIERS or w in _MORE_MODIFIERS or bool(_ADJECTIVE.search(w)) or participle and w.endswith("ing")


_ARTICLE = re.compile(r"^(?:an?|the)\s+")


def _coordinate_modifiers(items: list[Item]) -> list[Item]:
    """"black, tarry stools": two modifiers of one noun, comma-separated, are one sign (unlike "pink, red
    or brown urine", three signs, see :func:`_share_modifiers`)."""
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        words = it.text.split()
        compound = len(words) >= 2 and "-" in words[0].strip("-")  # "new, hard-to-control urges"
        if prev is not None and not it.conj and " or " not in it.text and " and " not in it.text \
                and _CUT_AFTER_WITH.search(prev.text) and words[0].casefold() in SIGN_ADJECTIVES:
            out[-1] = Item(f"{prev.text}, {it.text}", prev.conj)  # "fever with red, warm, swollen skin": one sign
        elif prev is not None and not it.conj and len(words) >= 2 and " or " not in it.text and " and " not in it.text \
                and (_ARTICLE.sub("", prev.text.casefold()) in SIGN_MODIFIERS and words[0].casefold() in SIGN_MODIFIERS
                     or compound and prev.text.casefold() in _COMPOUND_LEADS):
            out[-1] = Item(f"{prev.text}, {it.text}", prev.conj)
        else:
            out.append(it)
    return _adjective_run(out)


#: an adjective made of a thing and what it is like: "dandruff-like", "sunburn-like", "rust-coloured"
_LIKE_COMPOUND = re.compile(r"[a-z]{3,}-(?:like|looking|colou?red)", re.I)


#: the last member of a run of adjectives, two more before the noun they all describe: "numb or painful fingers"
_TWO_ADJECTIVES_NOUN = re.compile(r"^(?P<a>[a-z-]+)\s+or\s+(?P<b>[a-z-]+)\s+(?P<np>[a-z][\w\s-]*)$", re.I)


def _adjective_run(items: list[Item]) -> list[Item]:
    """"or warm, red, painful skin": lone adjectives before a member that opens with one more are that member's
    (one sign), the list's "or" before the first of them."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        j = i
        while j < len(items) and " " not in items[j].text.strip() and items[j].text.casefold() in SIGN_ADJECTIVES \
                and (j == i or not items[j].conj):
            j += 1
        last = items[j].text.split() if j < len(items) else []
        shared = _TWO_ADJECTIVES_NOUN.match(items[j].text.strip()) if i < j < len(items) and not items[j].conj \
            else None
        if shared and all(w.casefold() in SIGN_ADJECTIVES for w in shared.group("a", "b")) \
                and (items[i].conj or " or " in shared.group("np")):  # "..., or cold, numb or painful fingers or toes":
            # each adjective with the noun they share, one sign each (a run that opens the list, over one noun, is
            # shared out later: "severe, watery or bloody diarrhoea")
            for k, adj in enumerate([it.text.strip() for it in items[i:j]] + list(shared.group("a", "b"))):
                out.append(Item(f"{adj} {shared.group('np')}", items[i].conj if k == 0 else False))
            i = j + 1
            continue
        if j > i and len(last) >= 2 and not items[j].conj and (last[0].casefold() in SIGN_ADJECTIVES or len(last) >= 3
                                                                and re.fullmatch(r"[a-z]{3,}ly", last[0].casefold())
                                                                or _LIKE_COMPOUND.fullmatch(last[0])) \
                and " or " not in items[j].text and " and " not in items[j].text:  # ("Thin, easily bruised skin")
            out.append(Item(", ".join(it.text for it in items[i:j + 1]), items[i].conj))
            i = j + 1
        else:
            out.append(items[i])
            i += 1
    return out


def _feeling_shared(items: list[Item]) -> list[Item]:
    """"feel wheezy, flushed, itchy or light-headed", "feel very tired, weak, dizzy or faint": the adjectives after
    the first share its "feel"."""
    out: list[Item] = []
    feel = False
    for it in items:
        if _FEEL_ONE.match(it.text):
            feel = True
        elif feel and all(_FEELING_WORD.search(w) or w.casefold() in _FELT for w in re.split(r"\s+or\s+", it.text.strip())):
            felt = [f"feel {w}" for w in re.split(r"\s+or\s+", it.text.strip())]
            if len(items) >= 3:  # "feel faint, light-headed, sweaty or confused": the "or" closes the list, one each
                out.extend(Item(f, it.conj) for f in felt)
                continue
            it = Item(" or ".join(felt), it.conj)
        else:
            feel = False
        out.append(it)
    return out


_FEEL_ONE = re.compile(r"^(?:you\s+)?feel(?:ing)?\s+(?:(?:very|so|really|extremely|unusually)\s+)?[\w-]+$", re.I)
#: a word that says how one feels ("flushed", "itchy", "light-headed", "feverish", "breathless")
_FEELING_WORD = re.compile(r"^[a-z-]+(?:ed|y|ish|less)$", re.I)


def _body_parts_or(items: list[Item]) -> list[Item]:
    """"swelling of the face, lips, tongue or throat": the "or" closing a run of body parts joins two
    more of them (each then shares the first member's words, see :func:`_distribute`)."""
    out = list(items)
    for k in range(len(out) - 1, 0, -1):
        halves = [h.strip() for h in out[k].text.split(" or ")]
        if len(halves) != 2 or not all(_is_part(h) for h in halves):  # ("lips or nail beds")
            continue
        j = k
        while j > 0 and out[j - 1].text.casefold() in BODY_PARTS and not out[j - 1].conj:
            j -= 1
        if j > 0 and len(out[j - 1].text.split()) >= 2 and out[j - 1].text.split()[-1].casefold() in BODY_PARTS:
            out[k:k + 1] = [Item(halves[0], out[k].conj), Item(halves[1], True)]
    return out


def _shared_head(items: list[Item]) -> list[Item]:
    """Rejoin "mood" + "behavior changes": a bare modifier shares the next member's head noun.

    Only for a lone pair: in "A, B, and C problems" the "and" closes a list.
    """
    if len(items) != 2:
        return items
    out: list[Item] = []
    for it in items:
        prev = out[-1] if out else None
        if (prev is not None and it.conj and len(prev.text.split()) == 1 and prev.text[:1].islower()
                and _MODIFIER_HEAD.match(it.text)):
            out[-1] = Item(f"{prev.text} and {it.text}", prev.conj)
        else:
            out.append(it)
    return out


def _modifier_series(items: list[Item]) -> list[Item]:
    """"Fast, pounding, or irregular heartbeat", "Dry, burning or itchy eyes": lone words that say how a sign looks,
    feels or goes (:data:`_SERIES_WORDS`) before a last member of two words that opens with one more share its noun:
    fast heartbeat, pounding heartbeat, irregular heartbeat. [] for any other list ("Nausea, vomiting, or stomach
    pain": nouns, each its own)."""
    if len(items) < 2:
        return []
    *lone, last = items
    joint = " or " if " or " in last.text else " and "
    if not last.conj and joint in last.text:  # ("Dry, burning or itchy eyes": no comma before the "or")
        left, _, right = last.text.partition(joint)
        lone, last = [*lone, Item(left.strip(), last.conj)], Item(right.strip(), True)
    if not last.conj:
        return []
    words = last.text.split()
    if len(words) != 2 or words[0].casefold() not in _SERIES_WORDS or not all(
            " " not in it.text.strip() and it.text.strip().casefold() in _SERIES_WORDS for it in lone):
        return []
    return [Item(f"{it.text.strip()} {words[1]}", it.conj) for it in lone] + [last]


#: where on the body an injection or application effect shows, closing the last member of a list
_PLACE_TAIL = re.compile(r"\s+(?:where\s+(?:the|it|you|your)\s.+|at\s+the\s+(?:injection|infusion|application|"
                         r"treatment|IV)\s+sites?|at\s+the\s+site\s+of\s.+)$", re.I)


#: effects of the whole body or a distant part, never shown at a place of the skin
_FELT_ALL_OVER = re.compile(r"\b(?:headaches?|fever|chills|nausea|vomiting|dizziness|fatigue|tiredness|diarrh(?:o)?ea|"
                            r"flushing|sweating|drowsiness|insomnia|malaise)\b", re.I)


def _share_place(items: list[Item]) -> list[Item]:
    """"Bruising, pain or a small lump where the injection was given": a list of three or more short members whose
    last closes on where it shows shares that place out (bruising where the injection was given, ...). Two members
    ("Pain or redness at the injection site") stay one effect, as the corpora read them."""
    place = _PLACE_TAIL.search(items[-1].text) if len(items) >= 3 else None
    if place is None or not 1 <= len(items[-1].text[:place.start()].split()) <= 3 or not all(
            1 <= len(it.text.split()) <= 3 and "(" not in it.text and not _PLACE_TAIL.search(it.text)
            for it in items[:-1]) or any(_FELT_ALL_OVER.search(it.text) for it in items[:-1]):
        return items  # ("headache, fever, vein irritation at the infusion site": a headache and a fever are felt in
        # no place of the skin, the place the last member's)
    return [Item(it.text + place.group(0), it.conj) for it in items[:-1]] + items[-1:]


def _distributive_shape(items: list[Item]) -> bool:
    """"Swelling of the hands, legs, and feet", "Severe bone, joint or muscle pain": one effect whose
    last words (or the last member's head) are shared out."""
    if len(items) < 2 or not items[-1].conj:
        return False
    bare = [strip_parens(i.text)[0] for i in items]  # ("..., jaw or eyes (acute dystonia)": the gloss is no word)
    if " of " in bare[0] and all(len(b.split()) == 1 for b in bare[1:]):
        return True
    *parts, last = (b.casefold().split() for b in bare)
    parts[0] = parts[0][1:] if len(parts[0]) == 2 and _INTENSE_PART.match(" ".join(parts[0])) else parts[0]
    return (all(len(p) == 1 and p[0] in BODY_PARTS for p in parts) and len(last) == 2
            and last[0] in BODY_PARTS and _PARTS_HEAD.match(last[1]) is not None)


#: examples or a description to the end of a semicolon part: "impulse-control problems such as gambling,
#: shopping or binge eating", "worsening of symptoms (augmentation) – symptoms start earlier"
_LINE_EXAMPLES = re.compile(r",\s+(?:such\s+as|including)\s", re.I)
_PART_TAIL = re.compile(r"\s+(?:such\s+as|including)\s|\s[-\u2013\u2014]\s|\s\u2014|\u2014\s", re.I)


def _cut_examples(part: str) -> str:
    """A semicolon part of a labelled line without the examples or description that end it."""
    return cut_outside_parens(part.strip(), _PART_TAIL)


def _join_bare_parts(items: list[Item], text: str) -> list[Item]:
    """Body parts listed bare before one that has the head they share ("headache, bone, joint or
    muscle pain, and nausea", "stomach or back pain"): one member, as written, not "Bone" and "Joint"."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        j = k
        while j < len(items) and items[j].text.casefold() in BODY_PARTS:
            j += 1
        last = items[j].text.casefold().split() if k < j < len(items) else []
        if len(last) >= 2 and _PARTS_HEAD.match(last[-1]) and all(w in BODY_PARTS or w in ("or", "and")
                                                                    for w in last[:-1]):
            low = text.casefold()
            start = low.find(items[k].text.casefold())
            end = low.find(items[j].text.casefold(), start)
            if 0 <= start <= end:
                out.append(Item(text[start:end + len(items[j].text)], items[k].conj))
                k = j + 1
                continue
        out.append(items[k])
        k += 1
    return out


#: an effect that ends in a place, the first of the places a list goes on with: "swelling of the face"
_ENDS_IN_PLACE = re.compile(r"\s(?:of|in|on|around)\s+(?:the|your)\s+([a-z]+)$", re.I)


def _join_place_parts(items: list[Item], text: str) -> list[Item]:
    """Body parts listed after an effect that ends in one, up to the one after "or"/"and" ("Hives, itching,
    swelling of the face, lips, or throat, and trouble breathing"): the places of that one effect, not
    effects of their own ("Lips", "Throat")."""
    out: list[Item] = []
    k = 0
    while k < len(items):
        place = _ENDS_IN_PLACE.search(items[k].text)
        j = k + 1
        while place and place.group(1).casefold() in BODY_PARTS and j < len(items) \
                and items[j].text.casefold() in BODY_PARTS:
            j += 1
            if items[j - 1].conj:
                break
        if j - k >= 2 and items[j - 1].conj:
            low = text.casefold()
            start = low.find(items[k].text.casefold())
            end = low.find(items[j - 1].text.casefold(), start + len(items[k].text))
            if 0 <= start < end:
                out.append(Item(text[start:end + len(items[j - 1].text)], items[k].conj))
                k = j
                continue
        out.append(items[k])
        k += 1
    return out


#: what body parts listed before the last one share: "bone, joint or muscle pain"
_PARTS_HEAD = re.compile(r"^(?:pain|aches?|stiffness|cramps|weakness|swelling)$")


#: the words that go on a bold effect's own phrase after it, with no colon between
_RUN_ON = re.compile(r"(?:if|when|and|to|especially|mainly|mostly|usually|often|that|which|who|as|such)\b|"
                     r"(?P<told>linked|related|associated|caused|due|because|seen|reported)\b")
#: a bold label that names a disease rather than a group of effects: its text then describes it
_DISEASE_LABEL = re.compile(r"(?:disease|syndrome|injury|failure|damage|[a-z]{3,}itis|[a-z]{3,}penia|[a-z]{3,}emia|"
                            r"[a-z]{3,}osis|[a-z]{3,}pathy|reactions?)$", re.I)


def _described(label: str, text: str) -> bool:
    """Whether an item's text describes its bold label (an effect) rather than listing the effects of a group: it
    opens on how often or how bad ("Rare, but possible"), or the label names a disease and the text lists less than
    three things."""
    first = strip_parens(norm(text))[0].strip(" .:")
    if not first:
        return False
    if _HOW_OFTEN_WORD.match(first) and len(first.split()) <= 6:
        return True
    return bool(_DISEASE_LABEL.search(strip_parens(label)[0].strip(" :"))) and first.count(",") < 2


def _tells_about(text: str) -> bool:
    """Whether a sub-point under a serious effect is a sentence about it (what it is, when it comes, what it
    causes), not the signs to look for: a capitalised sentence with a full stop that describes, and no "Signs
    include"."""
    text = text.strip()
    return bool(text[:1].isupper() and text.endswith(".") and not _SIGNS_INCLUDE.match(text)
                and (_is_description(text.rstrip(".")) or re.search(r",\s+(?:causing|leading\s+to)\b", text)))


#: an effect's kind said after its bold name in lower case: "a usually benign brain tumor", "an inflammation of the
#: pancreas" (three words or more before any comma: not "a rash, hives or itching")
_A_KIND_OF = re.compile(r"^an?\s+(?:[\w-]+\s+){2,}?(?:tumou?r|disease|disorder|condition|infection|inflammation|"
                        r"reaction|problem|swelling|growth|cancer|syndrome|rhythm|injury|damage)\b(?=\s*(?:[;.]|$|\s+(?:of|in|that|which)\b))",
                        re.I)


def _is_description(text: str) -> bool:
    items = list_items(text, appositives=False)
    return (bool(_DESCRIPTIVE_F.search(text)) or text[:2] in ("A ", "An") or text[:4] == "The "  # ("The most
            or bool(_A_KIND_OF.match(text))  # ("a usually benign brain tumor; the risk ...": what it is, lower case)
            # frequent side effect, affecting about 2 in 100 people": what the bold effect is, not a list)
            or bool(_CIRCUMSTANCE_F.search(text))
            or (len(items) == 1 and len(text.split()) > 5))


def _adjective_head(it: Item, items: list[Item]) -> str:
    """"severe allergic" (from "severe allergic or skin reactions") gets the head noun back."""
    idx = items.index(it)
    ws = it.text.split()
    if ws and re.search(r"(?:ic|al|ous|ive)$", ws[-1]) and idx + 1 < len(items):
        return f"{it.text} {items[idx + 1].text.split()[-1]}"
    return it.text


def _singular_ies(label: str) -> str:
    ws = label.split()
    if ws and len(ws) > 1 and ws[-1].endswith("ies") and len(ws[-1]) > 4:
        ws[-1] = ws[-1][:-3] + "y"
    return " ".join(ws)


_SIGNS_COLON = re.compile(r"^(?:any\s+)?(?:signs?|symptoms?)\s+(?:or\s+symptoms?\s+)?of\s+(?P<x>[^:;()]{3,60}?):\s+"
                          r"(?P<rest>\S.*)$", re.I)
#: words that may go before a sign besides the sign modifiers ("new or worse pain")
_MORE_MODIFIERS = frozenset("new sudden unusual easy extreme worse mild bad very heavy".split())
#: the lone words of a series over one noun ("Dry, burning or itchy eyes", "Fast, pounding, or irregular heartbeat")
_SERIES_WORDS = SIGN_ADJECTIVES | {"burning", "stinging", "longer", "thicker", "darker", "lighter", "fuller"}
_ADJECTIVE_ALT = "|".join(sorted(SIGN_ADJECTIVES, key=len, reverse=True))
_MODIFIER_COMMA = re.compile(rf"(\b(?:a|an)\s+(?:{_ADJECTIVE_ALT})),\s+(?=(?:{_ADJECTIVE_ALT})\s+(?!(?:or|and)\b)[a-z])", re.I)
#: a member cut off after "with" or "of" and an adjective ("fever with red", "confused with dry"): the comma
#: after it is inside one sign's series of adjectives
_CUT_AFTER_WITH = re.compile(r"\s(?:with|of)\s+(?:[\w-]+,\s+)*(" + "|".join(sorted(SIGN_ADJECTIVES)) + r")$", re.I)
#: a modifier before a comma and a hyphenated one ("new, hard-to-control urges"): one sign
_COMPOUND_LEADS = SIGN_MODIFIERS | {"new", "sudden", "unusual"}
#: a place a list of sensations shares ("tingling, numbness or muscle weakness in your legs")
_SHARED_PLACE = re.compile(r"\s(?:in|on|around|under|between)\s+(?:your|the|both|one|each|either)\s+\S.*$", re.I)
#: states of the whole body, never felt in one place: "chest pain, fainting, wheezing or tightness in the chest"
_NO_PLACE = frozenset({"fainting", "vomiting", "collapsing", "collapse", "shivering", "sweating", "confusion",
                       "dizziness", "drowsiness", "sleepiness", "faintness", "breathlessness", "restlessness",
                       "agitation", "disorientation", "dehydration", "exhaustion"})
_SENSATION = re.compile(r"(?:ness|ing|ity|ion|ache|pain)$", re.I)


def _share_modifiers(items: list[Item]) -> list[Item]:
    """"pink, red or brown urine" -> pink urine / red urine / brown urine; "tingling, numbness or
    muscle weakness in your legs" -> each in your legs. Only for single words in a comma list before
    a member "W or V ...": a lone "red or black stools" is one sign."""
    if len(items) < 2:
        return items
    out = list(items)
    i = 1
    while i < len(out):
        text = out[i].text
        at, width = text.find(" or "), 4
        if at < 0 and " and " in text:  # "a hot, swollen and painful joint": three signs, as with "or"
            at, width = text.find(" and "), 5
        left, right = (text[:at].strip(), text[at + width:].strip()) if at > 0 else ("", "")
        rest = right.split()
        if not left or " " in left or len(rest) < 2:
            i += 1
            continue
        kinds = SIGN_MODIFIERS if width == 4 else SIGN_ADJECTIVES
        modifiers = left.casefold() in kinds and rest[0].casefold() in kinds
        if width == 5 and not modifiers:
            i += 1
            continue
        if modifiers:
            fits, tail = (lambda w, kinds=kinds: w.casefold() in kinds), " " + " ".join(rest[1:])
        else:
            place = _SHARED_PLACE.search(right)
            if place is None or not _SENSATION.search(left):
                i += 1
                continue
            fits, tail = (lambda w: bool(_SENSATION.search(w)) and w.casefold() not in _NO_PLACE), right[place.start():]
        j = i
        while j > 0 and _one_modifier(drop_article(out[j - 1].text), fits):
            if out[j - 1].conj and not modifiers:
                break  # "tendon pain, swelling, or inflammation, tingling or ...": that list is closed
            j -= 1
            if out[j].conj:  # "..., or a slow, fast or irregular heartbeat": the run's first member
                break
        if j == i:
            i += 1
            continue
        shared = [Item(drop_article(it.text) + tail, it.conj) for it in out[j:i]]
        out[j:i + 1] = shared + [Item(left + tail, True), Item(right, True)]
        i = j + len(shared) + 2
    return out


_INTENSIFIER = re.compile(r"^(?:very|extremely|unusually|abnormally)\s+(?=\S+$)", re.I)


def _one_modifier(text: str, fits) -> bool:
    """A lone modifier in a list whose head comes later ("slow", or "very slow" in "a very slow, fast or
    irregular heartbeat")."""
    word = _INTENSIFIER.sub("", text)
    return " " not in word and fits(word)


def _local_pairs(items: list[Item]) -> list[Item]:
    """"unexplained muscle pain, tenderness or weakness, yellowing ...": a pair of local signs after a sign of a body
    part, inside a longer list, ends that sign's own run (so :func:`_distribute` shares its words out)."""
    out: list[Item] = []
    for it in items:
        prev = drop_article(out[-1].text).split() if out else []
        pair = it.text.split(" or ")
        if len(prev) >= 2 and prev[-1].casefold() in _LOCAL_SIGNS and not it.conj and len(pair) == 2 \
                and all(p.strip().casefold() in _LOCAL_SIGNS for p in pair) and " or " not in out[-1].text:
            # (not after a pair of its own: "muscle cramps or twitching, numbness or tingling" are two pairs)
            out += [Item(pair[0].strip()), Item(pair[1].strip(), True)]
        else:
            out.append(it)
    return out


_PART_TO = re.compile(r"\s(?:to|on)\s(?=(?:your|the)\s)")
_TWO_WORD_PART = re.compile(r"(?:nail|finger|toe)\s+beds|(?:upper|lower)\s+(?:arms?|legs?|back|lip)|eye\s?lids|ear\s+lobes", re.I)


def _is_part(text: str) -> bool:
    """Whether ``text`` names a body part, in one word or two ("lips", "nail beds")."""
    return text.casefold() in BODY_PARTS or _TWO_WORD_PART.fullmatch(text.strip()) is not None


#: a sign said by what it becomes: "an injection site that becomes very painful" (its subject and linking verb)
_RELATIVE_SIGN = re.compile(r"^(?P<head>(?:(?:an?|the|your)\s+)?(?:[\w-]+\s+){0,4}?[\w-]+\s+(?:that|which)\s+)"
                            r"(?P<verb>becomes|feels|looks|turns|gets|stays|grows|seems)\s+(?!like\b|as\b)\S", re.I)
#: what such a sign goes on to do, in the next item ("..., or keeps getting worse")
_GOES_ON_VERB = re.compile(r"^(?:keeps|gets|turns|becomes|spreads|stays|starts|grows|feels|looks)\b", re.I)
#: the state words a sign of the skin or a wound goes on with ("..., hot, or ..."), or its worsening
_STATE_ADJECTIVES = SIGN_ADJECTIVES - SIGN_MODIFIERS | {"infected", "weeping", "oozing", "worse", "larger"}  # (how a
# site feels or looks, without the colours and rhythms of the sign modifiers: "material that looks pink" is no site)


#: the last member of a list, two signs joined and a clause whose plural verb says it is every sign's: "... shaking
#: and confusion that do not settle after eating something sugary"
#: (two signs that are each one thing, joined by "and": "seeing things that are not there" is the things')
_PLURAL_RELATIVE = re.compile(r"^(?P<a>[a-z][\w'-]*(?:\s[\w'-]+){0,2}?(?<![^s]s))\s+and\s+"
                              r"(?P<b>[a-z][\w'-]*(?:\s[\w'-]+){0,2}?(?<![^s]s))\s+(?P<tail>(?:that|which)\s+(?:do|don't|"
                              r"are|aren't|have|keep|persist|last|get|come\s+back)\s.+)$")


#: the plural verbs of a shared clause, said of one sign (any other takes an "s": "keep" -> "keeps")
_SINGULAR_VERB = {"do": "does", "don't": "doesn't", "are": "is", "aren't": "isn't", "have": "has"}


def _plural_relative_shared(items: list[Item]) -> list[Item]:
    """"sweating, shaking and confusion that do not settle after X": three signs, each with the clause its plural
    verb gives them all (a clause of the last sign alone says "does"; two signs alone stay as the text joins them).
    The clause goes back over the short signs of the same run, as far as the one its "or" opens ("swelling of the
    face, wheezing, or sweating, shaking and confusion that do not settle": not the swelling, nor the wheezing)."""
    m = _PLURAL_RELATIVE.match(items[-1].text.strip()) if len(items) >= 2 else None
    if not m:
        return items
    start = len(items) - 1
    while not items[-1].conj and start > 0 and len(items[start - 1].text.split()) <= 3 \
            and " that " not in items[start - 1].text:
        start -= 1
        if items[start].conj:
            break
    if start == len(items) - 1:
        return items
    rel, verb, *rest = m.group("tail").split()
    tail = " ".join([rel, _SINGULAR_VERB.get(verb, verb + "s"), *rest])  # each sign's own ("sweating that does not")
    return items[:start] + [Item(f"{it.text.strip()} {tail}", it.conj) for it in items[start:-1]] + [
        Item(f"{m.group('a')} {tail}", items[-1].conj), Item(f"{m.group('b')} {tail}", items[-1].conj)]


def _relative_goes_on(items: list[Item]) -> list[Item]:
    """"... or an injection site that becomes very painful, hot, or keeps getting worse": the items after a sign said
    by what it becomes go on with it, a state word with its verb ("... that becomes hot"), a verb with its subject
    ("... that keeps getting worse")."""
    out: list[Item] = []
    lead: re.Match[str] | None = None
    for it in items:
        text = it.text.strip()
        if lead is not None and text.casefold().removeprefix("very ") in _STATE_ADJECTIVES:
            out.append(Item(f"{lead.group('head')}{lead.group('verb')} {text}", it.conj))
            continue
        if lead is not None and _GOES_ON_VERB.match(text):
            out.append(Item(f"{lead.group('head')}{text}", it.conj))
            continue
        lead = _RELATIVE_SIGN.match(text)
        out.append(it)
    return out


#: a change in one faculty, the first of a list of them: "changes in thinking", "problems with memory"
_CHANGE_IN = re.compile(r"^(?P<p>(?:changes?|problems?|trouble|difficulty|difficulties)\s+(?:in|with)\s+)[a-z]+$",
                        re.I)


def _changes_in_each(items: list[Item]) -> list[Item]:
    """"changes in thinking, memory, vision or balance": the change in each faculty listed after the first, the
    list's "or" its end (the one-word members only)."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        m = _CHANGE_IN.match(drop_article(items[i].text).strip())
        j, more = i + 1, []
        while m and j < len(items) and re.fullmatch(r"[a-z]+(?:\s+or\s+[a-z]+)?", items[j].text.strip()) \
                and (j == i + 1 or not items[j - 1].conj) and " or " not in items[j - 1].text.strip():
            more += [Item(m.group("p") + w, items[j].conj if not more else False)
                     for w in re.split(r"\s+or\s+", items[j].text.strip())]
            j += 1
        if more and (items[j - 1].conj or " or " in items[j - 1].text):
            out += [items[i], *more]
            i = j
        else:
            out.append(items[i])
            i += 1
    return out


def _distribute(items: list[Item]) -> list[Item]:
    """Share out the words a list of signs leaves unsaid: "swelling of the face, lips, or tongue"
    -> swelling of the face / of the lips / of the tongue; "tendon pain, swelling, or inflammation"
    -> tendon pain / tendon swelling / tendon inflammation; "sudden chest, stomach, or back pain"
    -> sudden chest pain / sudden stomach pain / sudden back pain."""
    out = _changes_in_each(list(items))
    i = 0
    while i < len(out):
        head = drop_article(out[i].text).split()  # ("a stiff neck, or fainting": two words, no shared head)
        j = i + 1
        places = " of " in out[i].text or bool(_PART_TO.search(out[i].text)) or bool(head) and head[-1].casefold() in \
            BODY_PARTS  # (places may be two words: "nail beds", after "of" or after a part: "blue skin, lips or nail beds")
        while j < len(out) and (len(out[j].text.split()) == 1 or places and _TWO_WORD_PART.fullmatch(out[j].text)) \
                and (j == i + 1 or not out[j - 1].conj):
            j += 1
        run = out[i + 1:j]
        if len(head) >= 2 and run and run[-1].conj:
            text = out[i].text
            to = list(_PART_TO.finditer(text))
            closed = " of " in text and (re.search(r"\s(?:or|and)\s", text[text.rindex(" of "):])  # ("swelling of the
                # face or throat, wheezing, or fainting": its places closed by their own "or", the list goes on;
                or re.match(r"\s(?:your\s+|the\s+)?[a-z]+ing\b", text[text.rindex(" of ") + 3:]))  # "thoughts of
            # hurting yourself, or have itching": a deed after "of", no place)
            if (" of " in text or to) and head[-1].casefold() != "body" and not closed:
                # (not "weakness on one side of the body, or hives": the body whole is no part to share over)  # ("a blue or gray color to your lips, nail beds, or skin": a color to each)
                cut = max(text.rindex(" of ") + 4 if " of " in text else -1, to[-1].end() if to else -1)
                prefix = text[:cut]
                prefix += "the " if text[len(prefix):].startswith("the ") else ""
                # ("swelling of your face, lips or tongue": "swelling of lips", the reader's "your" not repeated)
            elif all(r.text.casefold() in _LOCAL_SIGNS for r in run) and "," not in text \
                    and head[-1].casefold() in _LOCAL_SIGNS and (len(head) >= 3 or head[0].casefold() in BODY_PARTS):
                # (a sign of a place, "muscle pain, tenderness or weakness"; not "thoughts of hurting yourself, or
                # itching")  # ("a fast, irregular heartbeat, or
                # fainting": modifiers in a series are that one sign's)
                prefix = " ".join(head[:-1]) + " "
            elif head[-1].casefold() in BODY_PARTS and all(_is_part(r.text) for r in run):
                prefix = " ".join(w for w in head[:-1] if w.casefold() not in ("a", "an", "the")) + " "
                prefix = "" if prefix == " " else prefix  # "a swollen face, lips or throat": swollen lips, ...
            else:
                prefix = ""
            if prefix:
                for k in range(i + 1, j):
                    out[k] = Item(prefix + out[k].text, out[k].conj)
        elif head and head[-1].casefold() in BODY_PARTS and j < len(out) and out[j].conj \
                and not re.search(r"\b(?:of|or|and|in|on)\b", out[i].text):  # ("swelling of the legs or ankles,
            # or back pain": the first member is whole)
            last = out[j].text.split()  # "sudden chest, stomach, or back pain": the head noun comes last
            if (len(last) == 2 and last[0].casefold() in BODY_PARTS and run  # ("sore throat or mouth ulcers": two)
                    and all(r.text.casefold() in BODY_PARTS for r in run)):
                modifier = " ".join(head[:-1]) + " "
                out[i] = Item(f"{out[i].text} {last[1]}", out[i].conj)
                for k in range(i + 1, j + 1):
                    out[k] = Item(modifier + out[k].text + ("" if k == j else f" {last[1]}"), out[k].conj)
                j += 1
        i = max(j, i + 1)
    return out


def _dedupe(result: Extraction) -> None:
    seen: set[tuple[str, str]] = set()
    effects: list[SideEffect] = []
    spelled = [e.label for e in result.side_effects if " " in e.label]
    for e in result.side_effects:
        k = (key(e.label), e.category.casefold() if not e.serious else "")
        if e.label.isupper() and " " not in e.label and any(spells_initials(e.label, s) for s in spelled):
            continue  # "a boxed warning about ARIA" after "amyloid-related imaging abnormalities (ARIA)": one effect
        if k not in seen:
            seen.add(k)
            effects.append(e)
    result.side_effects = effects
    names: set[str] = set()
    signs: list[Name] = []
    for s in result.serious_signs:
        if key(s.label) not in names:
            names.add(key(s.label))
            signs.append(s)
    result.serious_signs = signs


def _named_again(label: str) -> int:
    """Where " or " starts in ``label`` when the words after it open with the label's own first
    word, of a label of several words ("Bleeding in the gut or bleeding in the brain"), else -1.
    Two names of two words that share their first word are one "X or Y" ("Hair thinning or hair
    loss": the shared word says what of, and a two-item "or" stays one entry)."""
    head = label.split(" ", 1)[0].casefold()
    if len(head) < 3 or " " not in label:
        return -1
    at = label.find(" or ")
    while at > 0:
        after = label[at + 4:]
        if after.split(" ", 1)[0].casefold() == head and " " in after \
                and not (len(label[:at].split()) == 2 and len(after.split()) == 2):
            return at
        at = label.find(" or ", at + 4)
    return -1
