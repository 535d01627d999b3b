"""Indications stated in sentences: "It is used to treat X and Y", "prescribed off-label for Z".

A sentence gives uses only through a *use phrase* (a use verb and its purpose: "is used to treat",
"approved to treat", "prescribed off-label for", "a mainstay treatment for", "relieves"); the
object runs from there to the first cue that ends it (a population "in people who ...", a cause
"caused by", examples "such as", a clause "although ...", the next purpose "to slow ..."). After a
use phrase, a bare purpose in the same sentence ("..., or before surgery to reduce the risk of
aspiration"; ", and for Marfan syndrome") continues it. A sentence that ends with a colon
introduces a list (read by the bullet rule), and a negated use ("not used to treat") gives nothing.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from kg.anatomy import BODY_PARTS, PARTS_AND_ORGANS, SIGN_ADJECTIVES
from kg.extract_text import (
    AMPERSAND,
    Guarded,
    cut_outside_parens,
    is_abbreviation,
    list_items,
    repeats_word,
    shares_part_head,
    split_top,
    strip_parens,
)

__all__ = ["ANOTHER", "DISEASE_WORD", "HEAD_NOUN", "SEVERITY_RANGE", "ProseUse", "glosses", "item_conditions", "owned_head",
           "prose_uses"]

_ADVERBS = (r"(?:also|mainly|mostly|primarily|commonly|often|sometimes|occasionally|frequently|widely|typically|"
            r"usually|chiefly|first|now|most\s+often|generally|still|only|especially|long[- ]term|short[- ]term|"
            r"daily|regularly)")
#: a purpose as a noun, with how it is meant: "acute treatment of", "long-term control of", "short-term prevention of"
_CARE_OF = (r"(?:(?:short|brief|once-daily|once-a-day),?\s+)?(?:\d+-(?:day|week|month)\s+)?"  # ("a short, 5-day treatment of")
            r"(?:(?:acute|long-term|short-term|chronic|maintenance|symptomatic|initial|emergency|first-line|second-line|"
            r"temporary|quick|rapid|fast|extended|prolonged|continued|ongoing|"
            r"adjuvant|neoadjuvant|palliative|supportive|add-on|"
            # ("heroin-assisted treatment of severe opioid dependence": the kind of programme, then the condition)
            r"[a-z]+-(?:assisted|based|guided|led|directed|supervised))\s+)?"
            r"(?:(?:treatment|prevention|management)\s+(?:and|or)\s+(?:long-term\s+|short-term\s+)?)?"
            r"(?:treatment|prevention|management|relief|control)"
            r"\s+of")  # ("the prevention and treatment of influenza A")
_PURPOSE = (r"(?P<purpose>as\s+an?\s+aid\s+(?:to|in|for)(?=\s)|(?:as\s+(?:an?\s+)?(?:part\s+of\s+)?[\w-]+(?:\s+[\w-]+){0,2}\s+)?to\s+(?:help\s+)?"
            # "to soften and remove earwax buildup", "to clean and help heal canker sores": what it does first, then
            # the purpose
            r"(?:(?:clean|cleanse|soften|loosen|soothe|protect|dry)\s+and\s+(?:help\s+)?(?=(?:heal|remove|treat|relieve)\s))?"
            # "used to induce and maintain general anesthesia": the state it brings about is the use
            r"(?:induce(?:\s+and\s+maintain)?(?=\s+(?:general\s+|deep\s+|light\s+)?(?:an(?:a)?esthesia|sedation|sleep)\b)|"
            r"(?:heal|treat)\s+and\s+prevent|heal(?=\s)(?!\s+(?:the|your|its|their)\s+(?:[\w-]+\s+)?(?:lining|wall|surface)\b)|remove(?=\s+(?!(?:it|them|the\s+(?:medicine|drug))\b))|prevent\s+and\s+(?:treat|heal|control|manage)|(?:treat|prevent)\s+or\s+(?:treat|prevent)|eradicate|counteract|(?:boost|augment|enhance)\s+the\s+effects?\s+of\s+"
            r"[\w\s-]{1,40}?\s+in|(?:slow|control|manage)\s+(?:a\s+|the\s+)?"
            # (a measure controlled "in" the people who have the use; a condition controlled is the use itself:
            # "to control bleeding esophageal varices in people with cirrhosis")
            r"(?!(?:bleeding|seizures?|infections?|attacks|episodes|flares?|flare-ups|outbreaks|varices)\b)"
            r"(?!(?:(?:a|the)\s+)?(?:rise|increase|spike|jump|drop|fall)\b)[\w\s-]{1,30}?\s+in(?=\s)|"
            # "to lower raised pressure inside the eye in chronic open-angle glaucoma": the pressure lowered in the
            # condition, the condition the use
            r"(?:lower|reduce)\s+(?:the\s+)?(?:raised\s+|high\s+|increased\s+|elevated\s+)?(?:eye\s+|intraocular\s+)?"
            r"pressure(?:\s+inside\s+the\s+eyes?)?\s+in(?=\s+(?!(?:people|patients|adults|children|the\s+eye)\b))|"
            r"improve\s+(?:the\s+)?[\w\s-]{1,30}?\s+control\s+in(?=\s)|"
            # "approved to improve dizziness (vertigo) that remains after a stroke": a complaint it is approved to ease
            # (not blood flow, control or survival, which are measures)
            r"(?<=approved\sto\s)improve(?=\s+(?!(?:the|its|their|your|blood|flow|circulation|quality|function|control|"
            r"outcomes?|survival|symptoms|results?|chances?|absorption|healing|sleep|mood|memory|learning|performance|"
            r"appetite)\b)[a-z])|"
            r"treat|prevent|reverse(?:\s+this(?=\s+[\w-]+\s+[\w-]+))?(?=\s+(?!(?:the\s+)?(?:effects?|actions?)\s+of\b))|(?:fight|combat)(?=\s+(?!(?:the|a|an|infections?|bacteria|viruses|germs|cancer)\b))|suppress(?!\s+(?:the|your|their|its|his|her)\b)|stop(?!\s+(?:taking|using|it|the\s+(?:medicine|drug)))(?![^.,;]{0,60}?\b(?:forming|growing|spreading|coming\s+back|"
            r"getting\s+worse)\b)|reduce\s+the\s+(?:risk|chance|likelihood)\s+of|"
            r"lower\s+the\s+(?:risk|chance|likelihood)\s+of|delay\s+the\s+(?:onset|start)\s+of|fade|lighten|"
            r"(?:cut|reduce|lower|decrease)\s+(?:the\s+)?(?:number|frequency)\s+of|"
            r"(?:reduce|shorten|lessen|decrease)\s+(?:the\s+)?(?:length|duration|severity)\s+of|"
            r"control|manage|relieve|ease|calm|soothe|reduce|lower|dry\s+up|end(?=\s+(?:an?\s+)?[\w-]+\s+pregnanc)|"
            r"slow\s+the\s+(?:worsening|"
            r"progression)\s+of|(?:shrink\s+(?:or|and)\s+)?(?:slow|stop|halt)\s+the\s+(?:growth|spread)\s+of|clear\s+up|clear(?=\s+(?:up\s+)?(?:the\s+)?[\w-]+\s)|cure|dissolve|shrink|(?:bring|put|keep)(?=\s[^.;]{1,80}?\s(?:into|in)\s+remission\b))|"
            r"for\s+(?:(?:the|an?)\s+)?" + _CARE_OF + r"|in\s+the\s+" + _CARE_OF + r"|"
            # "use it off-label in children with X": the population's condition is the use (off-label only:
            # "lower doses are used in people with kidney problems" names no use)
            r"(?<=off[- ]label\s)in\s+(?:(?:young|older|adult)\s+)?(?:children|adults|people|patients|women|men|infants|babies)\s+"
            r"(?:with|who\s+have)(?=\s)|(?:as\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+){0,2}?(?:\s+\([^()]{1,40}\))?\s+)?for(?!\s+(?:decades|years|many|a\s+long|long|"
            r"people|patients|adults|children|use|the\s+first|at\s+least|more\s+than|up\s+to|example|instance|its|their|"
            r"(?:a\s+)?few|several|\d+|(?:a\s+|the\s+)?(?:short|brief|limited)\s+(?:time|period|while|course)|a\s+while|"
            r"no\s+longer|as\s+long|longer|now|(?:a|an|one|two|three|six)\s+(?:years?|months?|weeks?|days?)|"
            r"(?:a\s+)?lifetime|life(?![\w-]))\b)|"  # ("Some people take it for a year or more": how long, no use)
            # "It is also indicated in Paget's disease", "Doctors prescribe it when a migraine ... has started",
            # "It is prescribed when someone has painful muscle spasms"
            r"(?<=indicated\s)in(?=\s)|(?<=\bit\s)when(?=\s+(?:an?|the)\s)|"
            # "It is also used in acute heart failure": "used in" a disease, named by its kind of word
            r"(?<=used\s)in(?=\s+(?!(?:the|a|an|this|these|those|some|people|patients|adults|children|women|men|"
            r"combination|hospitals?|pregnancy)\b)(?:[\w'-]+\s+){0,3}?(?:failure|disease|syndrome|disorder|infections?|"
            r"cancer|colitis|arthritis|hypertension|asthma|epilepsy|migraine|psoriasis|diabetes|an(?:a)?emia|angina|gout|"
            r"[a-z]{3,}itis)\b(?!\s+(?:care|cent(?:re|er)s?|clinics?|services?|units?|wards?|settings?|teams?|trials?|"
            r"research|treatment|therapy)\b))|"
            # "reach for it off-label in severe vomiting of pregnancy": off-label "in" a condition, not in a population
            r"(?<=off[- ]label\s)in(?!\s+(?:(?:young|older|adult)\s+)?(?:children|adults|people|patients|women|men|infants|"
            r"babies|some|certain|the|a|an)\b)(?=\s)|"
            # "use it off-label, with other treatments, in some types of X": the kinds of a condition it is used in
            r"in\s+(?:some|certain|many|most|selected)\s+(?:types|forms|kinds|cases)\s+of(?=\s)|"
            r"when\s+(?:someone|a\s+person|people|patients|you)\s+(?:has|have|gets?|develops?)(?=\s))")
#: off-label in other words: "outside its approved labeling", "beyond the approved uses"
_OFF_LABEL_ASIDE = (r"(?:outside|beyond)\s+(?:of\s+)?(?:its|the)\s+(?:(?:approved|official|licensed)\s+"
                    r"(?:label(?:ing|ling)?|uses?|indications?)|licen[cs]e)")  # ("outside its licence": the UK's word)
#: a place a medicine is approved in, named ("Japan", "the US")
_PLACE = (r"(?:US|USA|U\.S\.|UK|EU|Europe|European\s+Union|United\s+(?:States|Kingdom)|Japan|China|Canada|Australia|India|"
          r"(?:South\s+)?Korea)")
#: a use verb that says the use was tried in studies: "studied it for"
_STUDIED_CUE = re.compile(r"\b(?:studied|tested|trialled|trialed|investigated)\b", re.I)
#: the products a use verb may name as its object ("prescribe the tablets for")
_FORM_NOUN = (r"(?:tablets|capsules|pills|creams?|foams?|solutions?|injections?|sprays?|gels?|patch(?:es)?|drops|"
              r"ointments?|lotions?|inhalers?|liquids?|forms?|versions?|products?|IUDs?|devices?|implants?|rings?)")
#: who a medicine is used in, named between the verb and the purpose ("used in adults to treat ...")
_WHO = r"(?:(?:some\s+|certain\s+|older\s+|young(?:er)?\s+)?(?:adults|children|adolescents|teenagers|teens|infants|newborns|babies|women|men))"
_USE_VERB = (r"(?:(?:is|are|be|been|was|were)\s+)?(?:" + _ADVERBS + r"\s+){0,2}"
             r"(?:approved|licen[sc]ed(?!\s+for\s+(?:[\w-]+\s+){0,2}?(?:people|patients|adults|children|women|men)\s+(?:with|who)\b)|"
             # (not a body part's use: "weakens the muscles used for moving, swallowing and breathing")
             r"(?<!muscles\s)(?<!nerves\s)(?<!cells\s)(?<!organs\s)(?<!glands\s)(?<!joints\s)(?<!bones\s)used|"
             r"use|uses|prescribed|prescribe|prescribes|perscribed|indicated|given|give|gives|recommended|recommends?|"
             r"suggests?|suggested|reach(?:es)?\s+for(?=\s+(?:it|them)\b)|turns?\s+to(?=\s+(?:it|them)\b)|"
             r"(?:tried|tries|try|adds?|added)(?=\s+(?:it|them)\b)|"
             # "Doctors in Korea have also studied it off-label for X": a use tried in studies (off-label, as a studied
             # use is; "it is being tested in trials for X" is research under way, no use)
             r"(?:studied|tested|trialled|trialed|investigated)(?=\s+(?:it|them),?\s+(?:off[- ]label,?\s+)?for\s)"
             # (not "..., but that use is not approved": a study whose use the page denies)
             r"(?![^.;]*\bbut\s+(?:that\s+use|it|this)\s+(?:is|was)\s+not\s+approved)|"
             # "It has also been tried for X": a use tried, said of the drug (its hedge is the off-label's)
             r"(?<=\bbeen\s)tried(?=\s+(?:for|in)\s)|"
             # "It has been studied off-label in X", "studied, off-label, for X": a use said off-label, however it is
             # tried
             r"studied(?=,?\s+off[- ]label,?\s+(?:for|in)\s)|"
             # "dermatologists have reported using it for X": what it was used for, as reported
             r"(?:reported|described|tried)\s+using(?=\s+(?:it|them)\b)|"
             # "Many adults also take it for X"; "Off-label, to lower the risk of X after Y" (an item of a list of uses)
             r"takes?(?=\s+(?:it|them)\s+for\s)|(?-i:^O)ff[- ]label,(?=\s+to\s)|"
             r"utili[sz]ed|taken|applied(?:\s+to\s+(?:the\s+)?(?:skin|scalp|eyes?|affected\s+(?:area|skin)))?|"
             # "sold over the counter as Rogaine in the US, for X": the brand set off, then the use
             r"sold(?:\s+over\s+the\s+counter|\s+without\s+a\s+prescription)?(?:\s+as\s+[A-Z][^.;,()]{0,60}?)?,(?=\s+for\s)|"
             # "was also sold under the brand name Qwo to treat X": the use under another brand
             # ("it was sold in the UK under the brand name Modrenal for X and for Y": where, the brand, then the uses)
             r"sold\s+(?:in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+)?(?:as\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=\s+to\s)|"
             r"under\s+the\s+(?:brand\s+)?names?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=\s+to\s)|"
             # (one name, then the use; not "the brand names Emend for injection in the US and ...", a brand's words)
             r"under\s+the\s+(?:brand\s+)?name\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?=\s+for\s"
             r"(?!(?:injections?|infusions?|oral|intravenous|inhalation|use)\b)))|"
             # "it was sold in France as Vadilex for circulation problems in the legs": the use a brand was sold for
             r"sold\s+in\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?\s+as\s+[A-Z][\w-]*(?=\s+for\s)|"
             r"administered|(?:add|adds|added|mixed)\s+(?:(?:it|them)\s+|(?:[\w-]+\s+){0,2}?(?:doses?|courses?)\s+of\s+[\w-]+\s+)?"
             # (not "mixed to make a solution for infusion": what the powder becomes, for a route)
             r"(?:to|into)\s+(?!(?:make|form|prepare|produce|create|give)\b)[\w\s-]{1,40}?(?=\s+(?:off[- ]label\s+)?for\s))"
             r"(?:\s+(?:it|them|this\s+(?:drug|medicine|medication)|(?:the\s+|this\s+)?(?:[\w-]+\s+){0,4}\w+(?=\s+off[- ]label)|"
             # "give repeated doses for X", "use higher doses for Y": the doses given, then the use
             r"(?:repeated|single|higher|lower|larger|smaller|extra|longer|extended|multiple)\s+(?:doses|courses)(?=\s+for\s)|"
             # "prescribed at low doses for insomnia": the dose, then the use
             r"(?:at|in)\s+(?:very\s+|much\s+)?(?:low|high|small|large|lower|higher)\s+doses?(?=\s+(?:for|to)\s)|"
             r"[a-z][\w-]+(?=,\s+" + _OFF_LABEL_ASIDE + r",\s+for\s)|"
             # "prescribe caffeine citrate to treat X", "use caffeine on its own to fight X": the drug named
             # ("recommend daily magnesium citrate to help prevent X": how often, then the drug's two words)
             r"(?:short|brief|long)\s+courses|(?:(?:daily|nightly|weekly|regular|low-dose|high-dose)\s+)?"
             r"[a-z][\w-]+(?:\s+[a-z][\w-]+)?(?=(?:,?\s+(?:alone|on\s+its\s+own|"
             r"by\s+itself),?|,\s+(?:together|along)\s+with\s+[^,;()]{1,50}?(?:\s+\([^()]{1,20}\))?,)?\s+to\s)|"
             # "prescribed the tablets for X", "prescribe low-dose X tablets, typically 1 to 5 mg a day, for Y": a form
             r"(?:the\s+|these\s+)?(?:[\w-]+\s+){0,2}?" + _FORM_NOUN + r"(?:,\s+(?:typically|usually|often)\s+[^,;()]{1,40},)?"
             r"(?=\s+(?:for|to)\s)))?"
             r"(?:\s+" + _ADVERBS + r")?(?:\s+off[- ]label(?=,\s+(?:(?:together|along|combined|in\s+combination)\s+with|alongside)\b),?|"
             # "use it off-label, for example to manage X": the examples are the uses
             # ("use it off-label when tablets don't work or ..., for example for X": when, then the examples)
             r"\s+off[- ]label(?:\s+(?:when|if)\s+[^,;]{3,120}?)?,\s+(?:for\s+(?:example|instance)|e\.g\.),?(?=\s+(?:to|for|in)\s)|"
             # "has been used off-label or studied for X": used outside the label, or tried in trials, for X
             r"\s+off[- ]label\s+(?:or|and)\s+(?:studied|investigated|tested|tried)(?=\s+for\s)|"
             r"\s+off[- ]label:?|"
             r",\s+(?:" + _OFF_LABEL_ASIDE + r"|off[- ]label),)?(?:\s+(?:in\s+(?:the\s+)?(?:hospitals?|clinics?|emergency\s+(?:departments?|rooms?))|"
             # "Doctors use it in emergencies to treat X"; "used it off-label in a regional nerve block for X": when, or
             # the procedure it is given in, then the use
             r"in\s+(?:an\s+emergency|emergenc(?:y|ies)(?:\s+situations)?)(?=\s+(?:to|for)\s)|"
             r"in\s+an?\s+(?:[\w-]+\s+){0,3}?(?:block|procedure|mixture|combination\s+product)(?=\s+(?:to|for)\s)|"
             r"in\s+(?:a|the|your)\s+(?:doctor|health\s?care\s+provider)['\u2019]s\s+office|"  # ("applied in a doctor's office to")
             # "used in saliva substitutes for dry mouth": the products it is in, then the use
             r"in\s+(?:[\w-]+\s+){0,2}?(?:substitutes|products|preparations|formulas|formulations|mouthwashes|rinses|"
             r"sprays|drops|creams|gels|lotions|ointments)(?=\s+(?:to|for)\s)|"
             # "approved in 2020 for X", "approved in some countries for Y": when or where, then the use
             r"in\s+(?:(?:some|many|several|certain|other|most|a\s+few)\s+(?:other\s+)?countries|(?:19|20)\d\d|"
             # "approved in Japan for X": a named place
             # ("approved in the US and Europe for X": two places, or three)
             r"(?:(?:the\s+)?" + _PLACE + r"(?:,\s+|\s+and\s+))?(?:(?:the\s+)?" + _PLACE + r"(?:\s+and\s+))?"
             r"(?:the\s+)?" + _PLACE + r")"
             r"(?=\s+(?:to|for)\s)|"
             r"at\s+home|(?:before|after)\s+(?:[\w-]+\s+){0,2}?(?:procedures?|surgery|operations?|treatments?)"
             r"(?=\s+to\s)|"
             # "used off label after bleeding from varices to prevent hepatic encephalopathy": the occasion, then a
             # purpose that names the use
             r"(?:before|after)\s+[\w-]+(?:\s+[\w-]+){0,4}?(?=\s+to\s+(?:help\s+)?(?:prevent|treat)\s)|"
             # "use it off-label before some chemotherapy or antibody infusions, to help prevent X": the occasion
             r"(?:before|after|during)\s+(?:[\w-]+\s+){0,4}?(?:infusions?|transfusions?|chemotherapy|dialysis|scans?)"
             r",?(?=\s+to\s)|"
             # "use it off-label during emergency PCI for X": the procedure it goes with, before the purpose
             r"during\s+(?:[\w-]+\s+){0,2}?(?:procedures?|surgery|operations?|(?-i:[A-Z]{2,5}))(?=\s+(?:to|for)\s)|"
             # who it is used in, before the purpose: "used in adults to treat", "given to children for"
             r"(?:in|to)\s+" + _WHO + r"(?:(?:,\s+|\s+and\s+|,\s+and\s+)" + _WHO + r"){0,2}"
             r"(?:\s+(?:(?:aged|ages|over|under|older\s+than|younger\s+than|(?:of\s+)?at\s+least|from)\s+)?\d+[\w\s-]{0,24}?)?"
             r"(?=\s+(?:to|for)\s)))?"
             r"(?:,?\s+(?:alone|by\s+itself|on\s+its\s+own|(?:(?:together\s+|along\s+|combined\s+)?with|alongside)\s+[\w\s-]{1,60}?"
             # ("together with rest, physical therapy, and other measures"; no purpose, place or appositive: "together
             # with other medicines, for toxoplasmosis", "with tamsulosin, an alpha-blocker, for ...")
             r"(?:,\s+(?:and\s+|or\s+)?(?!(?:for|to|in|as|when|if|by|which|who|after|before|an?|the)\b)[\w\s-]{1,40}?){0,3}"
             r"(?:\s+\([^()]{1,20}\))?|"
             r"as\s+an?\s+(?:add-on|adjunct)\s+to\s+[\w\s-]{1,40}?(?=\s+(?:to|in|for)\s)|"  # ("indicated as an adjunct to
             # diet in adults with ...")
             r"in\s+combination\s+with\s+[\w\s-]{1,40}?)(?:\s+or\s+(?:together\s+)?with\s+other\s+\w+)?,?)?"
             # how and how often, before the purpose: "taken by mouth once a day to relieve ..."
             r"(?:\s+(?:by\s+(?:(?:slow|rapid|quick|intravenous|intramuscular|subcutaneous)\s+)?(?:mouth|injection|"
             r"inhalation|infusion)(?:\s+or\s+as\s+an?\s+[\w-]+)?|orally|once|twice|daily|"
             r"under\s+the\s+skin|into\s+(?:a|the)\s+(?:vein|muscle)|intravenously|subcutaneously|"
             r"(?:a|per|each)\s+day|for\s+(?:\d+|a\s+few|several)(?:\s+(?:to|or)\s+\d+)?\s+(?:days|weeks|months)|"
             r"at\s+bedtime|as\s+needed)(?=\s+(?:by|orally|once|twice|daily|a|per|each|at|as|to|for|into|under|"
             r"intravenously|subcutaneously)\b)){0,4}\s+")  # ("by slow injection into a vein for X")
#: when a use is said to be the main one ("Its principal use today is ...")
_NOWADAYS = r"(?:\s+(?:today|now|nowadays|currently))?"
#: the use said to be the main one, approved or not ("Its main approved use is the relief of ...")
_MAIN_USE = (r"(?:main|best[- ]known|primary|principal|most\s+common|major|chief|usual|(?<=\bits\s)(?=approved\s|"
             r"licen[sc]ed\s|only\s))\s*"  # ("Its approved use is for X": the use the label gives it)
             r"(?:approved\s+|licen[sc]ed\s+|only\s+)?uses?")
_TRIGGER = Guarded(re.compile(
    r"\b(?:" + _USE_VERB + _PURPOSE
    + r"|(?P<verb>treats|relieves|prevents|(?<=\bit\s)(?:can|may)\s+(?:also\s+)?(?:treat|relieve|prevent)(?=\s)|"
      r"(?:(?<=\bit\s)|(?-i:^[A-Z][a-z]{2,}\s+))(?:also\s+)?(?:lowers|reduces|cuts)\s+"
      r"the\s+(?:risk|chance|likelihood)\s+of|"  # ("Zoravir lowers the chance of a stroke in people with X")
      # "it controls high phosphate levels (hyperphosphatemia) in adults ...": the drug controls a condition
      # (not "it controls the inflammation while you take it": what it does for a condition named before)
      r"(?:(?<=\bit\s)|(?-i:^[A-Z][a-z]{2,}\s+))(?:also\s+)?controls(?=\s+(?!(?:the|your|its|their|this|these)\b))|"
      # "Zoravir helps control symptoms of overactive bladder"
      r"helps?\s+(?:to\s+)?(?:control|manage|relieve|ease|reduce|prevent\s+and\s+treat|treat(?:\s+and\s+prevent)?)(?=\s)|"
      # "It calms hives, the itchy welts of ...": what the drug itself calms
      r"(?<=\bit\s)(?:also\s+)?calms(?=\s+(?!(?:the|your|its|their|this|these|you|them|down)\b))|"
      # "Pregabalin can help with nerve pain", "it is also effective in treating acne"
      r"(?:can|may|might|will|also)\s+help\s+(?:with|in(?=\s+(?!(?:the|a|an|this|that|these|those|some|people|patients|"
      r"adults|children|cases|treating|preventing|reducing|lowering)\b)))|helps\s+with|"  # ("It can also help in secondary
    # open-angle glaucoma": the condition it helps in)
      # (not "It is less effective in people with genotype 1a infection who ...": who it works less well for)
      r"(?<!\bless\s)(?<!\bnot\sas\s)(?<!\bnot\sso\s)effective\s+(?:in|at|for)(?:\s+(?:treating|relieving))?|"
      # "The nasal sprays treat ...": products as the subject
      + "(?:" + "|".join(rf"(?<={w}\s)" for w in ("sprays", "creams", "tablets", "capsules", "injections", "drops",
                                                  "inhalers", "gels", "ointments", "forms", "versions", "products"))
      + r")(?:also\s+)?(?:treat|relieve|prevent))"
    # "Its best-known use is for medical abortion"
    + r"|" + _MAIN_USE + _NOWADAYS + r"\s+(?:is|are)\s+(?:for|in)(?=\s)(?!\s+(?:[a-z]+ology|[a-z]+iatrics|surgery|"
      r"anaesthesia|anesthesia|medicine)\b)"  # (not "Its principal use is in rheumatology": a field of medicine)
    # "Its most common use is polycystic ovary syndrome (PCOS), where ...": the condition itself ("Its principal use
    # today is the prevention of malaria ...": the purpose, then the condition)
    + r"|" + _MAIN_USE + _NOWADAYS + r"\s+(?:is|are)(?:\s+the\s+" + _CARE_OF + ")?"
      r"(?=\s+(?!(?:to|as|that|not|when|with|a|an|the|in|for|its|their|this|these)\b)[a-z])"
    + r"|(?<![\w-])(?:indications?|(?:approved|main|primary|common|key)\s+uses?|indicated\s+for)\s*:(?=\s)"  # "Indications:
    # a, b, and c", "Main uses: a; b"
    # "It is mainly prescribed to people with gout": the people's condition is the use
    + r"|(?<=\bprescribed\s)(?:to|for)\s+(?:people|patients|adults|children)\s+(?:with|who\s+have(?!\s+(?:to|had|been)\b))"
      r"(?=\s)(?![^.;]*,\s+to\s+(?:help\s+)?(?:treat|prevent|reduce|lower)\b)"  # (not the patients of a purpose
    # named after them: "prescribed for patients who ..., to reduce the risk of X")
    + r"|(?<![\w-])(?:typical|main|usual|common|approved|principal)\s+indications\s+(?:are|include)(?=\s)"  # "Typical
    # indications are A, B and C"
    + r"|(?<!these\s)(?<!those\s)(?<!such\s)uses?\s+(?:include|includes|are)(?!\s+(?:still|not|only|also|experimental|"
      r"limited|rare|uncommon|unproven|investigational|different|similar|the\s+same|varied|varying)\b)(?:\s+(?:the\s+)?(?P<gerund>(?:treating|preventing|treatment\s+of|prevention\s+of)"
      r"(?:\s+or\s+(?:treating|preventing))?))?(?=\s)"
    # "a medicine for patients who have X that ...": the patients' condition is the use (unless a purpose follows)
    + r"|(?:medicine|medication|drug|treatment|therapy|used|prescribed|indicated|approved(?:\s+[\w-]+)?|"
      r"recommend(?:s|ed)?(?:\s+it)?)\s+"
      r"(?:for|(?<=used\s)in|(?<=approved\s)in|(?<=prescribed\s)in)\s+(?:[\w-]+\s+){0,2}?"
      r"(?:people|patients|adults|children|women|men)\s+(?P<pop>who\s+(?:have|has|suffer\s+from)(?!\s+to\b)"
      # ("used in patients who have developed tolerance to nitrates": how they respond to another medicine)
      r"(?!\s+(?:developed|become|grown)\s+(?:tolerance|tolerant|resistance|resistant|intolerance|intolerant)\b)|with)"
    # "Zoravir is a long-acting clotting factor for people with hemophilia A": what the drug is, for whom; their
    # condition is the use (not "a good option for people with kidney problems": whom it suits)
    # "low doses are often the first choice for people with MODY": their condition is the use (not "a good option for
    # people with kidney problems", whom it suits)
    + r"|\b(?:first|preferred)\s+(?:choice|option)\s+for\s+(?:people|patients|adults|children)\s+with(?=\s)"
    + r"|(?:(?<=\bis\s)|(?<=\bare\s))an?\s+(?![^.;]{0,80}?\b(?:options?|choices?|alternatives?|risks?|concerns?|"
      r"problems?|issues?|dangers?|cautions?|worry|considerations?)\s+for\s)(?:[\w-]+\s+){0,3}?[\w-]+\s+for\s+"
      r"(?:people|patients|adults|children)\s+with(?=\s)"
    + r"|(?:(?:treatment|therapy|[\"\u201c]?(?:radical\s+)?cure[\"\u201d]?)(?:(?:(?<=first\streatment)|(?<=first\stherapy))\s+(?:tried|used|"
      r"given|offered|chosen))?\s+(?:for|of)(?!\s+(?:their|its|his|her|your|our)\s+own\b)|"  # ("the first treatment
    # tried for primary hyperhidrosis": the first one given for it)
      r"(?:medicine|medication|drug|option|choice)\s+for)"
      r"(?!\s+(?:people|patients|adults|children|decades|years|(?:a\s+|the\s+)?(?:short|brief|limited)\s+"
      r"(?:time|period|while|course)|a\s+while)\b)"
    + r")(?:(?<!:):)?\s+", re.I))  # ("It is used together with rest for: a; b; c": the uses after a colon, on its line)
#: After a use phrase: ", or before surgery to reduce the risk of", ", and for".
_BARE = re.compile(r"(?:(?:,|;|\band\b|\bor\b)\s*)?\s*(?:(?:" + _ADVERBS + r"|before\s+\w+|after\s+\w+|in\s+\w+)\s+)*"
                   r"(?P<purpose>(?:both\s+)?(?:treating|preventing)(?:\s+(?:and|or)\s+(?:treating|preventing))?|"
                   r"to\s+(?:help\s+(?=manage|control|treat|prevent|relieve|ease))?"
                   r"(?:(?:heal|treat)\s+and\s+prevent|treat|prevent|manage(?=\s)(?<=help\smanage)|"
                   # "..., to suppress lactation after a pregnancy loss": what it stops is the use
                   r"(?:suppress|stop)(?!\s+(?:the|your|their|its|his|her|taking|using|it)\b)"
                   r"(?![^.,;]{0,60}?\b(?:forming|growing|spreading|coming\s+back|getting\s+worse)\b)|"
                   r"reduce\s+the\s+(?:risk|chance)\s+of|lower\s+the\s+(?:risk|chance)\s+of|relieve|reduce|ease|"
                   r"cut(?=\s+(?:down\s+)?(?:blood\s+loss|bleeding)\b)|shrink(?!\s+(?:the|your|its)\s)|"  # ("and to shrink
                   # uterine fibroids"; "to shrink the lining of the nose" is what it does to a part)
                   r"slow\s+the\s+(?:worsening|progression)\s+of|(?:slow|control|manage)\s+(?:a\s+|the\s+)?"
                   r"[\w\s-]{1,30}?\s+in|(?:bring|put|keep)(?=\s[^.;]{1,80}?\s(?:into|in)\s+remission\b))|(?:(?<=and\s)|(?<=or\s)|(?<=[,;]\s)|(?<=men\s)|(?<=adults\s)|(?<=children\s)|(?<=patients\s)|(?<=people\s)|"
                   r"(?<=sometimes\s)|(?<=occasionally\s)|(?<=also\s)|(?<=often\s)|(?<=hospitals\s)|(?<=hospital\s))"
                   r"for(?!\s+(?:example|instance)\b)|"
                   # "..., and occasionally as a short-term add-on in hyperthyroidism to ...": a use as an add-on
                   r"as\s+an?\s+(?:[\w-]+\s+)?(?:add-on|adjunct)\s+(?:in|for))\s+", re.I)
_NEGATED = re.compile(r"(?:\b(?:not|never|no\s+longer|rarely|seldom)|n['\u2019]t)\s+(?:[\w-]+\s+){0,3}(?:be\s+)?$|"
                      r"\b(?:medicine|drug|medication|"
                      r"agent|class|type)\s+(?:that|which)\s+$|\bshould\s+not\s+be\s+$|\bisn't\s+$|"
                      r"(?:\b(?:not|no\s+longer)|n['\u2019]t)\s+(?:FDA[- ])?(?:approved|used|indicated|recommended|meant|"
                      r"intended)\b[^.]*$|"  # ("What it isn't meant for is ongoing use at home for eye pain")
                      r"\bnot\s+(?:FDA|EMA|officially|formally)-?\s*$|"  # ("it is not FDA-approved for any of ...")
                      # "but there is not much evidence that it helps with a cold": a doubt, no use
                      r"\b(?:not\s+much|little|no|limited|weak|poor|scant)\s+(?:good\s+|strong\s+|real\s+)?evidence\s+"
                      r"(?:that|for)\b[^.;]*$|"
                      # "It has also been studied as an add-on treatment for X": a use tried, not one it has
                      r"\b(?:been|being)\s+(?:studied|tested|investigated|trialled|trialed|explored)\b[^.;,]*$|"
                      # "and in the past it was given to prevent X": a use it had, not one it has
                      r"\b(?:in\s+the\s+past|formerly\s+(?:used|given|prescribed))\b[^.;()]*$", re.I)
#: the kind a disease's genes make it, after its name: " with a t(11;14) translocation", " with a BRAF mutation"
_GENETIC_KIND = (r"\s+with\s+(?:an?\s+)?(?:[\w();-]+\s+){0,3}?(?:translocation|mutation|deletion|amplification|"
                 r"rearrangement|fusion)s?\b")
#: what "associated with" is followed by when it names the causes of a use, not the disease it belongs to: a list
#: of them ("Edema associated with heart failure, cirrhosis, or kidney disorders"); "Agitation associated with dementia
#: due to Alzheimer's disease" and "Irritability associated with autistic disorder" are whole names, as the truths keep
_LIST_AFTER = r"(?:[^,.;()]+,){1,}[^,.;()]*\bor\b"
_END = re.compile(
    r"\s+(?:in|among|for)\s+(?:(?:some|certain|many|most|all|older|younger|young|adult|critically\s+ill|hospitali[sz]ed|"
    r"[a-z]+)\s+){0,2}"
    r"(?:people|persons|adults|children|kids|patients|pts|those|individuals|men|women|adolescents|teens|teenagers|infants|"
    r"babies|newborns|hospitals?|the\s+elderly|anyone|someone|recipients|users|smokers|travell?ers|visitors|tourists|"
    r"contacts|musicians|athletes|singers|performers|speakers|workers|students|soldiers|pilots|drivers|"
    # ("Preventing scabies in households, schools and hospitals": the settings, no part of the use)
    r"households?|homes|schools|nurseries|prisons|camps|institutions|dormitories|barracks)\b|"  # ("Prevention of
    # COVID-19 in household contacts": whom)
    # "cellulite in the buttocks of adult women": a place named with whose it is, a population
    r"\s+(?:in|on)\s+the\s+[\w-]+\s+of\s+(?:(?:adult|older|young|some|many)\s+)?(?:women|men|adults|children|people|"
    r"patients)\b|\s+in\s+(?:some|certain|many|"
    r"most|selected|high-risk)\b|\s+in\s+(?:borderline|difficult|unclear|doubtful|atypical)\s+cases\b|"
    r"\s+in\s+(?:(?:endemic|affected|tropical|rural|remote|high-risk|certain|some|many)\s+)?"
    r"(?:areas|regions|countries|places|parts\s+of)\b"
    r"|\s+in\s+(?:adults|children)\b|\s+in\s+(?:its|their|all)\s+[^.;]{0,60}?\b(?:stages?|phases?|forms?)\b"
    r"|,?\s+(?:and\s+)?in\s+the\s+past\b|\s+in\s+(?:which|whom)\b"  # ("conditions in which the body cannot ...")
    r"|\s+(?:who|whose|which|that|when|where|while|although|though|because|since|unless|"
    r"if|by|so\s+that|so|once|as\s+well\s+as\s+to)\b|\s+(?:aged|ages|age)\s+(?:\d|(?:one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)\b)|\s+\d+\s+(?:years|months)\b"
    # ("..., for people aged one year and older": whom it is for, after the uses)
    r"|,?\s+for\s+(?:people|patients|adults|children|those|anyone)\s+(?:aged|ages|over|under|older|younger|from)\b"
    r"|,\s+both\s+[\w-]+\s+(?:and|or)\s+[\w-]+(?=[.,;]|$)"  # ", both seasonal and year-round": its kinds
    r"|\s+from\s+(?:an?|the)\s+(?:(?:acute|recent|sudden|minor|sports?)\s+)?(?:injury|injuries|strain|sprain|trauma|"
    r"accident|fall|operation)\b"  # "muscle spasms from an acute injury": the cause
    # ("muscle spasms from strains and sprains; ...": the cause, said last in its part of a list)
    r"|\s+from\s+(?:injuries|strains|sprains|falls|accidents)(?:\s+(?:and|or)\s+[\w-]+)?(?=\s*(?:[;.]|$))"
    # "Thrombocythemia from other myeloproliferative neoplasms": the disease it comes from
    r"|\s+from\s+(?:other|another|an?\s+underlying|underlying)\s"
    # "cardiac glycoside poisoning from plants such as yellow oleander": its sources, by their examples
    r"|\s+from\s+[\w-]+(?:\s+[\w-]+)?(?=,?\s+(?:such\s+as|like|including)\b)"
    r"|,?\s+(?:and|or)\s+(?=(?:also\s+)?for\s+the\s)|\s+(?:caused|brought\s+on|triggered|induced|characteri[sz]ed|marked)\s+by\b|\s+(?:due\s+to|resulting\s+from|related\s+to|linked\s+to)\b"
    r"|\s+associated\s+with\b(?=" + _LIST_AFTER + ")"
    # "X, abnormal blood vessel growth linked to severe nearsightedness": a description of X, said by its cause
    r"|,\s+(?!(?:and|or)\s)(?:(?!\s(?:and|or)\s)[^,;.()]){3,60}?\s+(?:linked|related|associated|caused|brought\s+on|"
    r"triggered)\s+(?:to|with|by)\b(?![^,;.()]*,)"  # (not "A, B associated with C, D": an item of a list)
    r"|,?\s+(?:such\s+as|including|like|for\s+example)\b|,?\s+e\.g\.,?(?=\s)"  # (no word boundary after "e.g.")
    r"|\s+coming\s+back\b|\s+from\s+(?:coming|returning)\b"
    r"|\s+(?:just|right|shortly|immediately)\s+(?:before|after)\b"  # ("harmful antibodies just before a transplant")
    # "type 2 diabetes, along with diet and exercise": what else is done for it, no use
    r"|,\s+(?:along|together)\s+with\s+(?:a\s+)?(?:(?:healthy|proper|balanced|low-fat|calorie-controlled)\s+)?"
    r"(?:diet|exercise|lifestyle)\b"
    r"|,\s+(?:meaning|that\s+is|i\.e\.)\s"  # ("drug-induced parkinsonism, meaning the stiffness ...": what it is)
    r"|\s+(?:alongside|in\s+addition\s+to)\s+(?:the\s+)?(?:standard|usual|regular|conventional)\b"  # ("septic shock
    # alongside standard fluids": what else is given)
    r"|,\s+(?:sold|marketed|made|developed|manufactured)\s+by\s+(?-i:[A-Z])"  # ("bladder cancer, sold by Ferring as X": who
    # sells it, no use)
    r"|\s+with\s+(?:high|low|large|standard|full)-dose\b|,\s+(?:early|late|advanced|first|second|third)[- ]stage\b"
    # "multiple myeloma with a t(11;14) translocation": the kind its genes make it, no part of the use's name
    r"|" + _GENETIC_KIND +
    r"|\s+rather\s+than\b|,\s+followed\s+by\b|,\s+(?:studied|tested|used|given)\s+as\s+an?\s+(?:alternative|add-on|replacement)\b|,\s+(?:and\s+|but\s+)?not\s+(?:for|in|to|as|the|its|their)\b|,\s+but\b(?!\s+(?:also|especially|mainly|mostly|only|not)\b)|\s+(?:stay|remain)\s+(?:sober|abstinent|alcohol-free|drug-free)\b"  # ("X rather than ...", "X, but it does not treat Y")  # "hemorrhagic cystitis with high-dose cyclophosphamide": its cause
    # "X (Y), the confusion, drowsiness and personality changes caused by ...": what X looks like, no more uses
    r"|,\s+the\s+(?=[^;.()]*,[^;.()]*\s(?:caused|brought\s+on|triggered|induced)\s+by\b)"
    # "hay fever, also called allergic rhinitis, with its sneezing, runny nose and itchy eyes": its symptoms
    r"|,?\s+with\s+(?:its|their)\s"
    r"|\s+(?:returning|recurring)\b|\s+with\s+(?:the\s+)?(?:(?:objective|clinical|visible|radiographic)\s+)?"
    r"(?:symptoms|signs|evidence)\s+of\b|\s+for\s+(?:decades|years|many|a\s+long|long|over)\b|(?<!\bmild)(?<!\bmoderate)(?<!\bmildly)(?<!\bmoderately)"
    # ("skin reactions to insect bites": what the reaction is to, part of its name)
    r"(?<!\breactions)(?<!\breaction)(?<!\ballergy)(?<!\ballergies)\s+to\s+(?!the\b)[a-z]+\b|\s+during\s+(?!pregnancy\b)\w+|\s+after\s+exposure\b|\s+with\s+or\s+without\b|,?\s+(?:alone|together|on\s+its\s+own|by\s+itself)\b|\s+(?:either\s+)?(?:alone\s+or\s+)?combined\b"
    r"|\s+in\s+combination\s+with\b"  # "crusted scabies in combination with oral ivermectin": co-therapy
    # "diabetic kidney disease as part of intensive blood sugar control, based on the large ADVANCE study": the plan it
    # belongs to, and the evidence
    r"|\s+as\s+part\s+of\s+(?:an?\s+|the\s+)?(?:intensive|tight|strict|standard|combined|overall)\b|,\s+based\s+on\b"
    r"|\s+before\s+\w+|\s+(?:into|in)\s+remission\b|[;:]|\s[-\u2013\u2014]\s|,\s+(?:and\s+|or\s+)?(?:it|this|which|especially|particularly|"
    r"usually|often|either)\b|,\s+(?:taken|given|applied|used)\s+(?:for\s+(?:a\s+few|several|\d|up\s+to|the\s+(?:first|next))|once|twice|daily|"
    r"every|each|around|before|after|during)\b|(?<!\b(?-i:[A-Z]))\.(?:\s|$)", re.I)  # ("C. diff", "H. pylori": initials)
_SKIP_OBJECT = re.compile(r"^(?:[a-z]+ly\s+)?as\s+(?:an?|the)\s|"  # ("..., and occasionally as a preventive treatment for X")
                          r"^(?:(?:future|further|new|repeat|recurrent)\s+)?(?:episodes|recurrences?|relapses?|"
                          r"attacks|flare-?ups|symptoms|signs|complications|a\s+variety|many|several|various|some|"
                          r"certain|other|a\s+number|a\s+range|a\s+wide|the\s+(?:risk|chance|symptoms|effects?|amount|level|levels|number|production|size|frequency|severity))\b|"
                          r"^(?:it|them|this|that|these|people|patients|adults|children|years|decades|use|long|" + _ADVERBS + r")$|"
                          r"^(?:the\s+)?(?:times?|duration|rest|length)\s+of\b|"
                          r"^(?:it|them|this|that|these|people|patients|adults|children|years|decades|use|long|as|with|"
                          r"in\s+whom|in\s+which|who|which|where|when|once|until|unless|while|because|although|though|if|"
                          r"also\s+called|also\s+known|known\s+as|called|on\s+its\s+own|by\s+itself|alone|"
                          r"including|such\s+as|used|given|taken|added|combined)\b|"
                          # "used for quite different purposes": no condition
                          r"^(?:(?:quite|very|two|several|many|other)\s+)*(?:different\s+)?(?:purposes|reasons|things|ways)$",
                          re.I)
_LEAD_QUALIFIER = re.compile(r"^(?:(?:(?:mild|moderate)(?:\s+|-)to(?:\s+|-)(?:moderately(?:\s+|-))?(?:moderate|severe)|"
                             r"(?:mildly|moderately)(?:\s+|-)to(?:\s+|-)(?:moderately|severely)|"
                             r"the|an?|its|their|active|chronic\s+(?=\w+\s+\w)|"
                             # ("acute migraine attacks": an attack is acute, as anaphylaxis is; "acute pain", "acute
                             # asthma" are names)
                             r"acute(?=\s+(?:[\w-]+\s+){0,3}?(?:attacks?|episodes?|flares?|flare-ups?|exacerbations?|"
                             r"anaphylaxis)\b)|more\s+(?:serious|severe)(?=\s+[\w-]+\s+\w)|"
                             r"(?:higher|lower|high|low|intermediate)-risk(?=\s+\w)|mild|minor|moderate|severe|symptoms\s+of|"
                             r"(?:potentially\s+)?life-threatening(?=\s+\w)|"  # ("life-threatening digoxin toxicity")
                             r"signs\s+(?:and\s+symptoms\s+)?of|symptomatic|certain|"
                             # ("other forms of parkinsonism": the condition, of whatever form)
                             r"(?:other\s+)?(?:forms|types|kinds)\s+of(?=\s+\w)|"
                             r"some|same)\s+)+",
                             re.I)
_OTHER_PRODUCT = re.compile(r"\b(?:ingredients?|components?)\s+of\b|\b(?:separate|different)\s+(?:products?|medicines?)\b|\bcombination\s+(?:products?|pills?|tablets?|capsules?|"
                            r"inhalers?|medicines?)\b|\bcombined\s+with\b(?![^,;.]*,\s+(?:to|for|it|they)\s)|\bcombines\b", re.I)  # (",
# combined with a macrolide, to treat X", "Combined with UVB filters, it is used to ...": co-therapy, the drug's own use)
#: a description set off after another medicine the drug goes with: "given together with or after oxytocin, the
#: first-choice medicine for preventing X": that medicine's use
#: the uses of other drugs the sentence named, in their own relative clause: "It is closely related to cyclizine and
#: meclizine, which are also used for travel sickness" (the drug is one, "are" is theirs)
_OTHERS_WHICH_ARE = re.compile(r"\b(?:related\s+to|like|as\s+do|similar\s+to|than)\s+[a-z][\w-]+(?:,\s+[a-z][\w-]+)*,?\s+(?:and|or)\s+"
                               r"[a-z][\w-]+,\s+which\s+(?:are\s+(?:also\s+|often\s+|commonly\s+|mainly\s+)?)?$")
_OTHERS_APPOSITIVE = re.compile(r"\b(?:with|after|before|than|like|plus)\s+[a-z][\w-]+,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$")
_RECURRENCE = re.compile(r"\s+(?:coming\s+back|returning|recurring|from\s+(?:coming\s+back|returning))\b", re.I)
_PEOPLE_WITH = re.compile(r"^(?:people|patients|adults|children|those|women|men)\s+(?:[\w-]+\s+)?with\s+", re.I)
_AFTER = re.compile(r"\s+after\s+(?!exposure)", re.I)
#: what a prevented condition is kept from doing: "gallstones from forming", "migraines from coming back"
_FROM_HAPPENING = re.compile(r"\s+from\s+(?:forming|developing|coming\s+back|recurring|returning|spreading|"
                             r"getting\s+worse|happening)\b.*$", re.I)
#: a phrase that ends in an auxiliary: the subject of the clause that goes on after it
_CLAUSE_SUBJECT = re.compile(r"\s(?:have|has|had|are|is|was|were|can|may|might|will|would|also|sometimes|often)$", re.I)
_LEAD_PURPOSE = re.compile(r"^(?:(?:(?:also|sometimes|occasionally|often)\s+)?for|in(?=\s+(?!(?:the|a|an|some|this|these|that|people|patients|children|adults)\b))|"
                           r"as\s+part\s+of|(?:(?:also|sometimes|occasionally|often)\s+)?as\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                           r"(?:add-on|adjunct)\s+(?:for|to|in)|"
                           r"(?:the\s+)?" + _CARE_OF + r")\s+", re.I)
_NOT_CONDITION = re.compile(r"\bside[\s-]effects?\b|\badverse\s+effects?\b|\bdoses?\b|\bmeals?\b|\bfood\b|"
                            r"\buses\s+(?:are|differ|vary)\b|"
                            # "it is used for symptom relief, often for a short period": the aim and how long, no condition
                            r"^(?:an?\s+|the\s+)?(?:symptom(?:atic)?\s+relief|(?:short|long|brief|limited)(?:er)?\s+"
                            r"(?:periods?|times?|courses?|whiles?))$|"
                            # "..., typically the night before or about an hour before surgery": when it is given
                            r"^(?:typically|usually|often|ideally|normally|generally)\s+(?:the\s+|an?\s+|about\s+)?"
                            r"(?:night|day|morning|evening|hours?|minutes?|weeks?)\b|"
                            # ("in patients who have never taken a JAK inhibitor": what they took before, no condition)
                            r"^(?:never|not|already|previously|recently)\s+(?:been\s+)?(?:taken|used|received|tried|"
                            r"treated|had)\b", re.I)  # ("and the approved uses are different from
# country to country": a clause about the uses, no condition)
_OFF_LABEL = Guarded(re.compile(r"\boff[- ]label\b|\boff\s+the\s+label\b|\b" + _OFF_LABEL_ASIDE, re.I))
#: the condition a clause of co-therapy is said for, its subject after it: "for vivax and ovale malaria it is combined
#: with primaquine": which cases get another medicine too, no use of their own
_FOR_SETTING = re.compile(r"\s*[^,;.()]{3,60}?\s+(?:it|they)\s+(?:is|are)\s+(?:\w+\s+)?(?:combined|given|taken|used|paired|"
                          r"added|followed)\s+(?:with|alongside|to|by)\b", re.I)
_CO_THERAPY = re.compile(r"\b(?:is|are)\s+(?:\w+\s+)?(?:taken|given|used|prescribed)\s+(?:as\s+well|too|alongside(?:\s+it)?|"
                         r"with\s+it|at\s+the\s+same\s+time)\b[^.;]*$", re.I)
#: "taken together with a beta-blocker, to stop the heart racing, and a diuretic, to stop ...": a purpose set off
#: after each medicine given with it is that medicine's
_NEXT_CO_DRUG = re.compile(r",\s+and\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?,\s+to\s", re.I)
_CO_DRUG_PURPOSE = re.compile(r"\b(?:with|alongside)\s+(?:an?\s+)?[\w-]+(?:\s+[\w-]+)?,\s+(?:to|for)\s+\S*\s*$", re.I)
_PREVENT = re.compile(r"prevent|risk|chance|likelihood|delay|number\s+of|frequency\s+of", re.I)  # ("to delay the onset of type 2 diabetes")
_TREAT_TOO = re.compile(r"\b(?:(?:treat|heal)\s+and\s+prevent|prevent\s+and\s+(?:treat|heal|control|manage)|"
                        r"(?:prevention|treatment)\s+(?:and|or)\s+(?:long-term\s+|short-term\s+)?(?:treatment|prevention)|"
                        r"(?:treat|prevent)\s+or\s+"
                        r"(?:treat|prevent))\b", re.I)


@dataclass
class ProseUse:
    """One use read from a sentence: the condition phrase as written, its parentheses split off."""

    phrase: str  # the condition as written (parentheses included), for quoting
    label: str
    abbreviation: str | None
    synonyms: list[str]
    qualifier: str | None


#: how long a use lasts, said between the verb and its purpose: "for a day or so", "for a few days"
_HOW_LONG = re.compile(r",?\s+for\s+(?:(?:no\s+(?:more|longer)|not\s+(?:more|longer)|(?:more|longer|less))\s+than\s+|"
                       r"up\s+to\s+|at\s+(?:most|least)\s+)?"  # ("must be used for no more than 7 days")
                       r"(?:a|an|one|two|three|four|five|six|seven|ten|\d{1,3}|a\s+few|several)\s+(?:days?|weeks?|months?|hours?|nights?)"
                       r"(?:\s+or\s+so|\s+at\s+a\s+time)?(?=[\s,.;])", re.I)


#: symptoms listed before the condition they are symptoms of: "relieve agitation, shaking and other symptoms of X"
_OTHER_SYMPTOMS_OF = re.compile(r"\b(?P<v>(?:relieve|treat|ease|control|manage|reduce|calm)s?)\s+(?:the\s+)?"
                                r"(?:(?!\b(?:to|and\s+to)\b)[^.;:()]){1,80}?,?"
                                r"\s+(?:and|or)\s+(?:the\s+)?other\s+(?:symptoms|signs|features|problems)\s+of\s+", re.I)


#: a kind of illness, then the name it is called by ("a rare inherited disorder called X", "a condition known as Y")
_KIND_CALLED = re.compile(r"\b(?:an?|the)\s+(?:(?:rare|uncommon|common|serious|chronic|long-term|inherited|genetic|"
                          r"hereditary|autoimmune|skin|lung|blood|bone|eye|nerve|brain|liver|kidney|heart|bowel|"
                          r"metabolic|hormonal|inflammatory),?\s+){0,3}(?:disorder|condition|disease|syndrome|illness|"
                          r"infection|problem)\s+(?:called|known\s+as|named)\s+", re.I)


#: a clause on what the drug does in the use just named: ", where it treats flares and lowers the risk of new ones"
_WHERE_IT = re.compile(r",\s+where\s+(?:it|they|this\s+(?:drug|medicine))\s+[^,;.]*(?=,\s+in\s|\s*[;.]|\s*$)", re.I)


#: a use denied after the one stated: "... and not for the stomach ulcer", "..., but not for stomach ulcers"
_BUT_NOT_FOR = re.compile(r",?\s+(?:and|but)\s+not\s+(?:for|to\s+treat|in)\s+[^.;:]*", re.I)
#: an adverb between a use verb and its "for": "approved specifically for", "indicated mainly for"
_VERB_ADVERB_FOR = re.compile(r"\b(?P<v>approved|used|indicated|licen[sc]ed|prescribed)\s+(?:specifically|mainly|primarily|"
                              r"especially|mostly|chiefly|principally)\s+(?=for\s)", re.I)
#: what the use is, said last as an appositive: ", a rare and potentially life-threatening form of psoriasis with ..."
_FORM_APPOSITIVE = re.compile(r",\s+an?\s+(?:[\w-]+\s+){0,5}?(?:form|type|kind|variant|subtype)\s+of\s+[^.;()]*\.?$|"
                              # "pheochromocytoma, a rare tumor of the adrenal gland that releases ...": what it is
                              r",\s+an?\s+(?:[\w-]+\s+){0,3}?(?:tumou?r|cancer|growth|infection|disease|disorder|condition)\s+"
                              r"(?:of|in|on)\s+(?:the\s+)?[^,.;()]*?(?:\s+(?:that|which)\s+[^.;()]*)?\.?$", re.I)
#: a lead naming its list's kind, inside a sentence, before the list: "... in the following situations: A, B and C"
FOLLOWING_LIST = re.compile(r"\s+(?:in|for)\s+the\s+following\s+(?:situations|conditions|diseases|disorders|settings|"
                             r"cases|uses)\s*:\s+(?=\S)", re.I)

#: whom the drug is for, then the diseases they have, listed: "for adults, and for some conditions also for children,
#: with the following diseases: "
_WHOM_WITH_FOLLOWING = re.compile(r"\s+(?:for|in)\s+(?:adults|children|adolescents|patients|people)"
                                  r"(?:,?\s+(?:and|or)\s+[^:;.]*?(?:adults|children|adolescents|patients|people))?,?\s+"
                                  r"with\s+the\s+following\s+(?:conditions|diseases|disorders)\s*:\s+(?=\S)", re.I)

#: a purpose on a measured thing, then whom it is for by their condition: "to lower X and Y and to raise Z in adults
#: with mixed dyslipidemia" (the measures a condition's, the condition the use)
MEASURE_FOR_WHOM = re.compile(r"\bto\s+(?:lower|reduce|raise|improve|control|increase|decrease)\s+"
                              r"(?!(?:the\s+)?(?:risk|chance|likelihood|number|frequency|loss|bleeding)\b)"
                              r"(?P<m>(?:[^.;()]|\([^()]*\))*?)"
                              r"\s+in\s+(?:adults|people|patients|children|adolescents|women|men)"
                              r"(?:\s+(?:aged|over|under|from)\s+[^,;()]*?)?\s+with\s+(?P<x>[^,.;()]+?)"
                              r"(?=\s*(?:[,.;(]|$)|\s+(?:who|whose|when|because|and\s+(?:in|to|as))\b)", re.I)


def _for_whom(m: re.Match[str]) -> str:
    """Several measures moved for people with a condition ("total cholesterol, LDL cholesterol and triglycerides"): the
    condition is the use; one measure ("blood pressure", "phosphorus levels") stays the use, as the truths read it."""
    several = re.search(r"\band\b", m.group("m")) and not re.search(r"\b(?:for\s+example|such\s+as|e\.g\.|especially|"
                                                                  r"including)\b", m.group("m"), re.I)
    return f"to treat {m.group('x')}" if several else m.group(0)  # (not "excessive drooling, for example in people
    # with Parkinson's disease": an example of whom)


_USED_IN_WHOM = re.compile(r"(?:\b(?P<it>(?:it|this\s+(?:drug|medicine))\s+is\s+(?:also\s+)?)|(?-i:^(?P<name>[A-Z][a-z]{2,}\s+is\s+)))"
                           r"(?:used|indicated)\s+(?:(?:alongside|together\s+with|along\s+with|in\s+addition\s+to)\s+[^,;]*?"
                           r"(?:treatment|therapy)\s+|as\s+an?\s+(?:add-on|adjunct)\s+(?:therapy\s+)?to\s+[\w\s-]{1,40}?\s+)?in\s+"
                           # ("used alongside glucocorticoid (steroid) treatment in ...", "indicated as an adjunct to diet in
                           # adults with ...")
                           r"(?:children|adults|people|patients|adolescents|women|men|infants)"  # (not "Lower doses are
                           # used in people with kidney problems": whom a dose suits)
                           r"(?:\s+and\s+(?:children|adults|adolescents|teenagers))?"
                           r"(?:\s+(?:aged|over|under|from)\s+[^,;()]*?)?\s+with\s+(?P<x>[^,.;()]+?)"
                           r"(?=\s*(?:[,.;(]|$)|\s+(?:who|whose|when|because)\b)", re.I)


#: a purpose verb's particle before its object: "to calm down an overactive thyroid", "to clear up a skin infection"
_PARTICLE = re.compile(r"(?P<v>\bto\s+(?:calm|settle|cool|slow|quiet|tone|turn|damp|bring|clear|clean|cut|tamp|wind|"
                       r"shut|dry))\s+(?:down|up)\s+(?=(?:an?|the|your|their|its|any)\s)", re.I)


#: a word that says what status a use has: "off-label", "experimental"
_STATUS_WORD = re.compile(r"(?:off[- ]label|experimental|investigational|unapproved|unlicensed|approved|licensed|"
                          r"established|standard)", re.I)
_THE_SAME = re.compile(r"\s*(?:exactly\s+)?the\s+same\s", re.I)
_MADE_INTO = re.compile(r"\b(?:turned|converted|changed|made|broken\s+down)\s+(?:in)?to\b|\bprodrug\b|\b(?:just\s+)?like\s+"
                        r"(?-i:[A-Z])?[a-z]+\b(?=[^.]*\bthe\s+same\b)", re.I)


#: a condition's other name after a comma, said as its new or old one: ", now called metabolic dysfunction-associated
#: steatohepatitis"
_RENAMED = re.compile(r",\s+(?:now|formerly|previously|once|also)\s+(?:called|known\s+as|named|renamed)\s+"
                      r"(?P<n>[^,;.()]+?)(?=\s*(?:[,;.]|$)|\s+and\s+(?:for|in|to)\b)", re.I)
#: the areas a condition shows on, by examples: " on limited areas such as the elbows, knees and scalp edges"
_AREAS_SUCH_AS = re.compile(r"\s+(?:on|of|in)\s+(?:(?:limited|small|large|thick|affected|certain)\s+)?areas?\s+such\s+as\s+"
                            r"(?:the\s+)?(?P<parts>[a-z]+(?:\s+[a-z]+)?(?:,\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)*,?\s+(?:and|or)\s+"
                            r"(?:the\s+)?[a-z]+(?:\s+[a-z]+)?)(?=\s*[,.;]|$)", re.I)


def _areas_dropped(m: re.Match[str]) -> str:
    """The areas dropped when every example is a part of the body (a word of each names one: "scalp edges")."""
    parts = re.split(r",\s*(?:and\s+|or\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?", m.group("parts"))
    return "" if all(any(w.casefold() in _PLACES_SHOWN or w.casefold()[:-1] in BODY_PARTS for w in p.split())
                     for p in parts) else m.group(0)


def prose_uses(sentence: str) -> list[ProseUse]:
    """Every use a sentence states, in order."""
    text = sentence.strip()
    if text.endswith(":"):  # "It is used to treat:" over a list names nothing itself; "used to prevent X in people
        # who have received a transplant:" over the kinds of transplant names its use before the colon
        lead = _LEAD_OBJECT.search(text)
        text = text[:-1].rstrip() + "." if lead else ""
    if not text:
        return []
    if " down " in text or " up " in text:  # "used to calm down an overactive thyroid": the verb's particle, no part of
        text = _PARTICLE.sub(r"\g<v> ", text)  # what it acts on
    if " for " in text:  # "the first pill approved specifically for postpartum depression": the use, however narrowly
        text = _VERB_ADVERB_FOR.sub(r"\g<v> ", text)  # it is said
    if ", a" in text:  # "generalized pustular psoriasis, a rare and potentially life-threatening form of psoriasis with
        text = _FORM_APPOSITIVE.sub("", text)  # widespread sterile pustules, fever and ...": what the use is, no more uses
    if " not " in text:  # "used for the symptoms of the stomach and not for the stomach ulcer": the use, then one
        text = _BUT_NOT_FOR.sub("", text)  # denied, no use
    if "following" in text:  # "has been used off-label or studied in the following situations: X, Y and Z": the
        text = FOLLOWING_LIST.sub(" for ", text)  # situations listed are what it is used for
        text = _WHOM_WITH_FOLLOWING.sub(" to treat ", text)  # "approved for adults, and for some conditions also
        # for children, with the following diseases: A; B": the diseases, whoever has them
    if " for " in text:  # "use the drops off-label for a day or so to ease the pain of X": how long, no use
        text = _HOW_LONG.sub("", text)
    if " called " in text or " known as " in text:  # "NASH, now called metabolic dysfunction-associated
        text = _RENAMED.sub(r" (\g<n>)", text)  # steatohepatitis": the use's other name, a gloss of it
    if "such as" in text:  # "psoriasis on limited areas such as the elbows, knees and scalp edges, lichen planus":
        text = _AREAS_SUCH_AS.sub(_areas_dropped, text)  # where it shows, and the list goes on
    if "diet" in text or "exercise" in text:  # "to lower blood fats alongside a low-fat diet and exercise": what it is
        text = _WITH_LIFESTYLE.sub("", text)  # used with, no use
    if " with " in text:  # "to lower total cholesterol, LDL cholesterol and triglycerides ... in adults with mixed
        text = MEASURE_FOR_WHOM.sub(_for_whom, text)  # dyslipidemia": the condition of those it is for,
        # not the measures it moves; "used in children and adolescents aged 8 years and older with X": X
        text = _USED_IN_WHOM.sub(lambda m: f"{m.group('it') or m.group('name')}used to treat {m.group('x')}", text)
    if ", " in text or "\u2014" in text or "\u2013" in text:
        text = _HOW_ASIDE.sub("", text)  # "X and, given to the mother, for Y": how it is given is no use
        text = _WHERE_IT.sub("", text)  # "for recurrent pericarditis, where it treats flares and lowers ...": what
        # it does in the use named before, no use of its own
    if " another" in text or " a second" in text or " a further" in text:
        text = _HAD_ONE.sub(r"\g<v> to prevent another \g<x>", _AFTER_ONE.sub(r"\g<v> to prevent another \g<x>", text))
        # "used after a heart attack to lower the risk of another one", "used in people who have had a stroke to
        # prevent another": to prevent another heart attack, another stroke
    if _ONCE_USED.search(text):  # "It was once widely given to prevent X, but ...": a use of the past
        return []
    if " other " in text:  # "to relieve agitation, shaking and other symptoms of alcohol withdrawal": the condition
        text = _OTHER_SYMPTOMS_OF.sub(r"\g<v> ", text)  # whose symptoms are listed, not the symptoms
    if " called " in text or " known as " in text:  # "for a rare inherited disorder called nonketotic
        text = _KIND_CALLED.sub("", text)  # hyperglycinemia": the condition is what it is called
    if " help " in text:  # "used to help people with alcohol use disorder stay sober": for the people with it
        text = _HELP_PEOPLE_WITH.sub("for people with ", text)
    if "smoking" in text:  # "approved to help people quit smoking": smoking cessation, the use's usual name
        text = _QUIT_SMOKING.sub("for smoking cessation", text)
    off_label = bool(_OFF_LABEL.search(text))
    off_cues = [c.start() for c in _OFF_LABEL.rx.finditer(text)] if off_label else []
    out: list[ProseUse] = []
    part = _PART_OF.search(text) if "as part of" in text else None
    if part and _POPULATION_ONLY.match(part.group("who")) and not _NEGATED.search(text[:part.start()]):
        use = _use(part.group("x"), "off-label" if off_label else None)  # "... as part of X therapy for transgender women"
        if use is not None:
            out.append(use)
    pos = 0
    started = False
    while pos < len(text):
        # right after a use, its continuation (", and for Y", "; for Z") comes before any later trigger
        m = (_BARE.match(text, pos) if started else None) or _TRIGGER.search(text, pos)
        if m is None and started:
            m = _BARE.search(text, pos)
            gap = text[pos:m.start()] if m is not None else ""
            if _RELATIVE_GAP.match(gap) and ", and " not in gap and ";" not in gap \
                    and not re.match(r"(?:and|or)\s", m.group(0)):  # (", and occasionally as an add-on in Z": on)
                m = None  # "A and B, which people pick up by eating ... or, for B, through ...": the relative clause
                # says how one gets them; its "for" names no use
        if m is None and not started:
            late = _LATE_PURPOSE.search(text, pos)  # "prescribed for patients who ..., to reduce the risk of X"
            m = _BARE.match(text, late.end()) if late else None
        if m is None:
            break
        if (_NEGATED.search(text[:m.start()]) or re.search(r"\bnot\s*$", text[max(0, m.start() - 5):m.start()])
                or _OTHERS_APPOSITIVE.search(text, max(0, m.start() - 80), m.start())
                or _OTHERS_WHICH_ARE.search(text, max(0, m.start() - 120), m.start())
                or text.count("(", 0, m.start()) > text.count(")", 0, m.start())
                or _OTHER_PRODUCT.search(text[:m.start()]) or _CO_THERAPY.search(text[:m.end()])
                or (_CO_DRUG_PURPOSE.search(m.group(0)) and _NEXT_CO_DRUG.search(text, m.end()))
                or (m.group(0).rstrip().casefold().endswith("for") and _FOR_SETTING.match(text, m.end()))
                or (_THE_SAME.match(text, m.end()) and _MADE_INTO.search(text, 0, m.start()))):  # ("is turned into
            # fluconazole in the body, so it treats the same serious yeast infections": the other drug's uses, pointed
            # at; not "for the same hereditary hair loss", its own use said again)
            pos = m.end()  # negated, inside parentheses, the use of a combination product or of a medicine given
            # beside it ("colchicine or an NSAID is usually taken as well to prevent flares")
            continue
        if _ANOTHER_THERAPY.match(m.group(0)) and _RECEIVING.search(text, 0, m.start()):
            ahead = _THEN_PURPOSE_AT.match(text, m.end())  # "people undergoing treatment for cancer, to prevent X"
            pos, started = (ahead.end(), True) if ahead else (m.end(), started)
            continue
        groups = m.groupdict()
        purpose = (groups.get("purpose") or groups.get("verb") or groups.get("gerund") or m.group(0)).casefold()
        started = True
        # "X; as a spray, for Y; and, off-label, for Z": a cue in a later semicolon part is that part's only
        off_here = any(c < m.start() or ";" not in text[m.start():c] and (not _NEW_CLAUSE.search(text, m.start(), c)
                                                                           or _FOR_THAT.match(text, c))
                       for c in off_cues)  # ("approved for A, and doctors sometimes use it off-label for B": B's; "...
        # use it off-label for that purpose": A's)
        off_here = off_here or bool(_STUDIED_CUE.search(m.group(0)))  # ("doctors have studied it for X": tried)
        qualifier = "off-label" if off_here else ("prevention" if _PREVENT.search(purpose)
                                                  and not _TREAT_TOO.search(purpose) else None)  # ("treat and prevent")
        begin = m.end()
        while True:
            obj, end = _object(text, begin)
            pos = max(end, begin)
            if groups.get("pop") and (_THEN_PURPOSE.match(text, end) or _DOSE_SUBJECT.search(text, 0, m.start())):
                break  # "for patients with X, to prevent Y": X is who, Y the use; "Lower doses are used in people with
                # kidney problems": a dose for who they are, no use
            if _POINTS_BACK.match(obj):
                break  # "it is licensed for this in South Korea and Japan": a use named before, and places
            if _COUNTED_KIND.match(obj.strip()) and text[end:end + 1] == ":":
                begin = end + 1  # "for two rare inherited conditions: A (AB), ..., and B": the conditions named after
                continue  # the colon
            counted = _COUNTED_LEAD.match(text, begin)
            if counted:  # "approved for three rare, severe epilepsies that usually start in childhood: A, B and C"
                begin = counted.end()
                continue

            if re.match(r"\s+(?:that|which)\s", text[end:end + 7]):  # "X, the stiffness, tremor and restlessness
                obj = _THE_APPOSITIVE.sub("", obj)  # that some antipsychotics cause": what X is, described
            recurs = _RECURRENCE.match(text, end) is not None  # "the risk of X coming back": X's own use
            for phrase in _items(_symptoms_of(obj)):
                if out and (_A_FORM_OF_IT.match(phrase.strip()) or _WHAT_IT_IS_OF.match(phrase.strip())):
                    continue  # "NOMID, the most severe form of CAPS, and DIRA", "X, a dangerous complication of
                    # some of these diseases": what the use before is, no use of its own
                use = _use(phrase, None if recurs and qualifier == "prevention" else qualifier)
                if use is not None:
                    out.append(use)
            more = _after_population(text, end)
            if more is None:
                more = _next_semicolon_item(text, end)  # "uses include X; Y from Z; and W"
            if more is None:
                more = _after_relative(text, end)  # "X (XC), which is ..., and Y (YC), which ...": the list goes on
            if more is None:
                break
            begin = more
    return out


_THE_APPOSITIVE = re.compile(r",\s+the\s(?!.*,\s+and\s).*$", re.I)  # (", the most severe form of A, and B": B a use)
_RELATIVE_GAP = re.compile(r",\s+(?:which|who|that)\s", re.I)
#: a lead-in whose purpose has its object before the colon, and the people it is for after it
_LEAD_OBJECT = re.compile(r"\bto\s+(?:help\s+)?(?:prevent|treat)\s+(?!the\s+following\b|these\b|a\s+number\b|several\b|"
                          r"many\b|various\b|certain\b|some\b|conditions\b|symptoms\b)[^:;]{3,120}?\s+in\s+"
                          r"(?:people|patients|adults|children|those)\s+who\s+[^:;]+:$", re.I)
#: what a use named before is, said as an appositive ("a dangerous complication of some of these diseases")
_WHAT_IT_IS_OF = re.compile(r"^(?:the|a|an)\s+(?:[\w-]+\s+){0,3}(?:complications?|consequences?|causes?|parts?|"
                            r"results?)\s+of\b", re.I)
#: a kind of condition counted, its members named after a colon ("two rare inherited inflammatory conditions: ...")
_COUNTED_KIND = re.compile(r"^(?:two|three|four|five|several|a\s+few|some|other)\s+(?:[\w-]+\s+){0,3}(?:conditions|diseases|"
                           r"disorders|syndromes|infections|cancers|types\s+of\s+[\w-]+)$", re.I)
#: the same, the kind described at more length before its colon (adjectives over commas, a relative clause)
_COUNTED_LEAD = re.compile(r"\s*(?:two|three|four|five|six|several|a\s+few)\s+(?![^.;:]*?\b(?:days?|weeks?|months?|years?|"
                           r"hours?|times|doses)\b)[^.;:()]{0,50}?[a-z]{3,}(?:ies|ses|ers|ons|ems|ts|ds)\b[^.;:()]{0,60}?:", re.I)
#: a clause of its own after a use, with its own subject and verb: ", and doctors sometimes use it ..."
_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:[\w-]+\s+){1,4}?(?:use|uses|prescribe|prescribes|give|gives|"
                         r"tries|try)\s+(?:it|them)\b", re.I)
#: an off-label cue that points back to the use before it: "off-label for that purpose"
_FOR_THAT = re.compile(r"off[- ]label\s+for\s+(?:that|this|the\s+same)\s+(?:purpose|use|reason|indication)\b|"
                       r"off[- ]label\s+for\s+(?:it|that|this)\b", re.I)
_ONCE_USED = re.compile(r"\b(?:was|were)\s+(?:once|formerly|previously|at\s+one\s+time|in\s+the\s+past)\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:used|given|prescribed|recommended|approved|popular)\b|"
                        # "Previously, X was also used in hospital for A and B, but this use is now outdated"
                        r"^(?:previously|formerly|in\s+the\s+past|historically|at\s+one\s+time),?\s+[^.;]{0,60}?\b(?:was|were)\s+"
                        r"(?:also\s+)?(?:used|given|prescribed|recommended)\b", re.I)
_HELP_PEOPLE_WITH = re.compile(r"\bto\s+help\s+(?:people|patients|adults|those|someone)\s+with\s+"
                               r"(?=[^.;]*?\s+(?:stay|remain|keep|quit|stop|avoid)\b)", re.I)
_QUIT_SMOKING = re.compile(r"\bto\s+help\s+(?:people|patients|adults|smokers|you)\s+(?:to\s+)?(?:quit|stop|give\s+up)\s+"
                           r"smoking\b", re.I)
_AFTER_ONE = re.compile(r"\b(?P<v>used|given|prescribed|taken|started)\s+after\s+(?:an?|the)\s+(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)"
                        r"(?:\s+or\s+[\w\s'-]{1,30}?)?\s+to\s+(?:lower|reduce|cut)\s+the\s+(?:risk|chance)\s+of\s+"
                        r"(?:another|a\s+second|a\s+further|a\s+repeat)(?:\s+one)?\b", re.I)

#: a dose as the subject of a use verb: "Lower doses are used in ...", "A reduced dose may be given to ..."
_DOSE_SUBJECT = re.compile(r"\bdos(?:e|es|ing)\s+(?:is|are|may\s+be|should\s+be|can\s+be|might\s+be)\s+(?:\w+\s+)?$",
                           re.I)
#: "used in people who have had a heart attack to prevent another": the same, said of the patients
_HAD_ONE = re.compile(r"\b(?P<v>used|given|prescribed|taken|started|approved)\s+(?:in|for)\s+(?:people|patients|adults|"
                      r"those)\s+who\s+(?:have|has)\s+(?:already\s+)?had\s+(?:an?|the)\s+"
                      r"(?P<x>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+to\s+(?:help\s+)?(?:prevent|(?:lower|reduce|cut)\s+the\s+"
                      r"(?:risk|chance)\s+of)\s+(?:another|a\s+second|a\s+further|a\s+repeat)(?:\s+one)?\b", re.I)


#: "in men receiving hormone therapy for prostate cancer", "people undergoing treatment for cancer": the
#: use of another treatment the patients are having, which names who they are, not this drug's use
_ANOTHER_THERAPY = re.compile(r"(?:treatment|therapy)\s", re.I)
_THEN_PURPOSE_AT = re.compile(r"[^.;]*?(?=\s+to\s+(?:help\s+)?(?:treat|prevent|reduce|lower|relieve|control|manage)\b)",
                             re.I)
_RECEIVING = re.compile(r"(?<![\w-])(?:receiving|undergoing|on|taking|having|getting|starting|completing|"
                        # "dry mouth caused by radiation therapy for head and neck cancer": the cause's own use
                        r"caused\s+by|brought\s+on\s+by|induced\s+by|due\s+to|after|following)\s+(?:[\w-]+\s+){0,2}$",
                        re.I)


#: "the sneezing, runny nose and itching of allergic rhinitis": a list of complaints that all belong to one condition
_COMPLAINTS_OF = re.compile(r"^\s*the\s+(?P<list>[\w\s,-]+?(?:,|\s+and)\s+[\w\s-]+?)\s+of\s+(?P<cond>\S.*)$", re.I)


def _symptoms_of(obj: str) -> str:
    """The condition whose complaints an object lists, else the object."""
    m = _COMPLAINTS_OF.match(obj)
    if m is None:
        return obj
    members = [w for w in re.split(r",\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+", m.group("list")) if w.strip()]
    if len(members) >= 2 and all(len(w.split()) <= 3 for w in members):
        return m.group("cond")
    return obj


#: Every end cue and every trigger after a space starts with one of these characters.
_CUE_CHARS = frozenset(" ;:,.()\u2013\u2014-\t")


def _object(text: str, start: int) -> tuple[str, int]:
    """The object phrase that starts at ``start``: up to the first end cue outside parentheses."""
    depth = 0
    i = start
    n = len(text)
    while i < n:
        ch = text[i]
        if ch not in _CUE_CHARS:
            i += 1
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = _END.match(text, i)
            if m and (i > start or ch in ";:") and not _spelled_out(text, start, i):
                return text[start:i], i
            t = _TRIGGER.match(text, i + 1) if ch == " " else None
            if t and i > start:
                subject = _NEXT_SUBJECT.search(text, start, i)  # ", and US doctors sometimes use it ...": a new clause
                return text[start:subject.start() if subject else i], i
        i += 1
    return text[start:n].rstrip("."), n


_ABBREVIATION_AHEAD = re.compile(r"[^,;:()]{1,40}?\s*\((?P<a>[A-Za-z][A-Za-z0-9-]{1,9})\)")


def _spelled_out(text: str, start: int, at: int) -> bool:
    """Whether the words from ``start`` run on past ``at`` to an abbreviation that spells them all: "epilepsy with
    continuous spike-waves during sleep (CSWS)" is one name, its "during sleep" no time of the use."""
    ahead = _ABBREVIATION_AHEAD.match(text, at)
    if ahead is None or not text[at] == " ":
        return False
    phrase = re.split(r",|\s+(?:and|or)\s+", text[start:ahead.start("a") - 1])[-1]  # (the list's last member)
    words = [w for w in re.split(r"[\s-]+", phrase.strip()) if w and w[0].isalpha()
             and w.casefold() not in ("and", "or", "the", "a", "an", "of", "with", "during", "in", "on", "at", "to", "for")]
    initials = "".join(w[0] for w in words).casefold()
    letters = re.sub(r"[^a-z]", "", ahead.group("a").casefold())
    return len(letters) >= 3 and initials.endswith(letters) and len(initials) <= len(letters) + 1


#: the subject of the next use clause, after the list it ends: ", and US doctors" (before "sometimes use it ...")
_NEXT_SUBJECT = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:[\w-]+\s+){0,2}[\w-]+$", re.I)
_STAGES = re.compile(r"\b(?:stages?|phases?|forms?)$")
_STAGES_GO_ON = re.compile(r",?\s+(?:and|or)\s+(?!(?:in|among|for|to|it|this|which|who|when)\b)", re.I)
_POPULATION = re.compile(_GENETIC_KIND + r"|\s+in\s+(?:its|their|all)\s+[^.;]{0,60}?\b(?:stages?|phases?|forms?)\b|"
                         r"\s+(?:in|among)\s+(?:\w+\s+)?(?:adults|children|people|patients|adolescents|women|men|"
                         r"those|individuals|infants|teens|travell?ers|visitors|tourists)\b|\s+(?:aged|ages)\s+\d", re.I)
#: a population that ends with an age, then the comma that goes on with the list: " in adults and adolescents 13 years
#: and older, "
_AGED_THEN = re.compile(r"[^,;.()]*?\b\d+\s+(?:years?|months?)(?:\s+of\s+age|\s+old)?\s+(?:and|or)\s+(?:older|over|above)"
                        r",\s+(?:and\s+)?(?!(?:in|among|for|to|it|this|which|who|when|aged|ages|an?|\d)\b)", re.I)
_LIST_GOES_ON = re.compile(r",\s+and\s+(?!(?:in|among|for|to|it|this|which|who|when|aged|ages|\d)\b)", re.I)


#: a use verb whose "for" names the patients, the purpose coming after them: "prescribed for patients who have to take
#: NSAIDs and are at high risk ..., to reduce the risk of X"
_LATE_PURPOSE = re.compile(r"\b(?:used|prescribed|given|recommended|indicated|approved|medicine|medication|drug)\s+"
                           r"(?:\w+\s+)?(?:for|in)\s+(?:[\w-]+\s+){0,2}?(?:people|patients|adults|children|women|men)\b"
                           r"[^;.]*?,\s+(?=to\s+(?:help\s+)?(?:treat|prevent|reduce|lower|relieve|control|manage)\b)", re.I)
_THEN_PURPOSE = re.compile(r"[^.;]*?\s+to\s+(?:help\s+)?(?:treat|prevent|reduce|lower|relieve|control|manage)\b", re.I)
_CLAUSE_WORD = re.compile(r"\b(?:is|are|was|were|can|could|may|might|should|will|would|it|this|they|you|has|have|does|do|"
                          r"who|which|when|while|because|although|if|unless)\b",
                          re.I)


#: whom a use is for, by what they are or have: "in adults who are anti-aquaporin-4 antibody positive"
_WHOM_THEY_ARE = re.compile(r"\s+in\s+(?:adults|children|adolescents|patients|people|women|men)\s+who\s+(?:are|have)\s+"
                            r"[^;.]*", re.I)


def _next_semicolon_item(text: str, end: int) -> int | None:
    """Where the next item of a semicolon list of uses starts: a part that is a noun phrase alone
    ("; muscle spasms from low back pain; and opioid withdrawal"), with no clause or purpose of its own."""
    semi = text.find(";", end)
    while semi >= 0 and text.count("(", 0, semi) > text.count(")", 0, semi):
        semi = text.find(";", semi + 1)  # ("t(11;14)": a semicolon inside brackets is no list's)
    if semi < 0:
        return None
    tail = _WHOM_THEY_ARE.sub("", text[end:semi])  # ("X (gMG) in adults who are antibody positive; and Y": whom)
    if _CLAUSE_WORD.search(tail) or _TRIGGER.search(tail):
        return None  # (what is left of the part before the semicolon is the last use's tail: "from low back pain")
    end = semi
    m = re.compile(r";\s*(?:(?:and|or)\s+)?").match(text, end)
    stop = text.find(";", m.end())
    part = _WHOM_THEY_ARE.sub("", text[m.end():stop if stop >= 0 else len(text)])
    if not part.strip() or _CLAUSE_WORD.search(part) or _TRIGGER.search(part) or _BARE.search(part):
        return None
    return m.end()


#: the next use after a relative clause or a gloss closed by a comma: a name with its abbreviation, as the first had
_NAMED_AFTER = re.compile(r",\s+and\s+(?=(?:[\w'-]+\s+){0,6}[\w'-]+\s*\([A-Za-z][A-Za-z0-9-]{1,9}\)(?:[,.;]|$))")


def _after_relative(text: str, end: int) -> int | None:
    """Where a list goes on after what it says of its last use: "metastatic castration-resistant prostate cancer
    (mCRPC), which is cancer that has spread ..., and metastatic high-risk castration-sensitive prostate cancer
    (mCSPC), which ...". Only a use named with its abbreviation, as parallel lists name them, is read on."""
    if not re.match(r",\s+(?:which|that|who|an?)\s", text[end:end + 12], re.I):
        return None
    stop = re.compile(r"[.;](?:\s|$)").search(text, end)
    m = _NAMED_AFTER.search(text, end, stop.start() if stop else len(text))
    return m.end() if m else None


def _after_population(text: str, end: int) -> int | None:
    """Where a list goes on after a population phrase: "X in adults aged 12 and older, and Y in ..."."""
    pop = _POPULATION.match(text, end)
    if not pop:
        return None
    if _STAGES.search(pop.group(0)):  # "X in all its forms and Y": the phrase ends where its noun does
        after = _STAGES_GO_ON.match(text, pop.end())
        return after.end() if after else None
    aged = _AGED_THEN.match(text, end)  # "X in adults and adolescents 13 years and older, Y in adults, and Z": the
    if aged and not _TRIGGER.search(text, end, aged.end()):  # age closes the population; the comma after it is the list's
        return aged.end()
    m = _LIST_GOES_ON.search(text, end)
    if m is None or _TRIGGER.search(text, end, m.start()):
        return None
    if re.match(r"[^,;.]*?\b(?:is|are|was|were|has|have)\b", text[m.end():]):
        return None  # "..., and an extended-release tablet (Osmolex ER) is also available": a clause, no use
    ahead = _TRIGGER.search(text, m.end(), m.end() + 80)
    if ahead and re.fullmatch(r"(?:[\w-]+\s+){1,3}", text[m.end():ahead.start()]):
        return None  # ", and gynecologists occasionally prescribe it for Y": a clause with its own subject and use
    return m.end()


#: A head noun two conditions can share: "skin and soft tissue infections" is one category.
HEAD_NOUN = re.compile(r"\s(?:infections?|diseases?|disorders?|conditions?|problems?|cancers?|tumou?rs?|injur(?:y|ies)|"
                        r"pain|ulcers?|lesions?|syndromes?|warts?|deficienc(?:y|ies))$", re.I)


def abbreviates(abbrev: str, phrase: str) -> bool:
    """Whether ``abbrev`` is the initials of ``phrase`` alone ("PE" of "pulmonary embolism"), so that it
    does not name a pair ("CINV" of "chemotherapy-induced nausea and vomiting")."""
    initials = "".join(w[0] for w in re.split(r"[\s-]+", phrase.strip()) if w).casefold()
    return initials == re.sub(r"[^a-z]", "", abbrev.casefold())


#: "postoperative nausea and vomiting", "chemotherapy-induced nausea and vomiting": one named complex as a use
_ONE_COMPLEX = re.compile(r"\S\s+nausea$", re.I)


#: a word that is a disease's name by its ending ("schizophrenia and bipolar I disorder": two; "skin and soft
#: tissue infections": one)
DISEASE_WORD = re.compile(r"(?:ia|osis|itis|oma|sma|ism|pathy|emia|algia|plegia|iasis)$", re.I)


#: a name's possessive ("Cushing's", "Graves'"): the head noun after it is that name's own
_POSSESSIVE = re.compile(r"^[A-Z][\w-]*(?:'s|s')(?=\s)")


#: a condition named after a person, capitalised without a possessive: "Tourette syndrome", "Raynaud phenomenon"
_EPONYM_HEAD = re.compile(r"^(?-i:[A-Z][a-z]{3,})\s+(?:syndrome|disease|phenomenon|palsy)\b", re.I)


def owned_head(halves: list[str]) -> bool:
    """"acromegaly and Cushing's disease": the second half's head noun is its eponym's own, so the first
    half, a word with no possessive of its own, does not share it ("Alzheimer's and Parkinson's disease" does)."""
    if bool(_POSSESSIVE.match(halves[1])) and "'" not in halves[0]:
        return True
    return bool(_EPONYM_HEAD.match(halves[1])) and len(halves[0].split()) == 1 and halves[0].endswith("s") \
        and "'" not in halves[0]  # "Tics and Tourette syndrome": a plural condition, then an eponym's own


def _items(obj: str) -> list[str]:
    obj = obj.strip(" ,.")
    if not obj:
        return []
    out: list[str] = []
    obj = _SEVERITY_LIST.sub("", obj)  # "mild, moderate and severe dementia of ...": one condition, every grade
    obj = _KIND_ADJECTIVES.sub("", obj)  # "acquired, generalized HSDD": how it began and how wide, one condition
    bare = _CARE_LEAD.sub("", obj)
    if _TWO_DESCRIPTIONS.match(bare) and bare.split(",")[0].casefold() in SIGN_ADJECTIVES:
        return [obj]  # "relief of a dry, irritating cough": two words that say how the one complaint is, no list
    whole = _SHARED_HEAD_LIST.match(obj)  # "Ear, nose and throat infections": one kind, its places before the head
    if whole and not all(w.casefold() in _PLACE_WORDS for w in re.split(r",\s*|\s+and\s+", whole.group("parts"))):
        whole = None  # ("acne, rosacea and skin infections": three)
    whole = whole or _OF_PLACES.match(obj)  # "seborrheic dermatitis of the scalp, face and body": one condition
    if whole:
        return [whole.group("one")] + (_items(whole.group("rest")) if whole.group("rest") else [])
    placed = _ON_PLACES.match(obj)
    places = re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", placed.group("parts")) if placed else []
    if places and all(p.casefold() in _PLACES_SHOWN or p.casefold()[:-1] in BODY_PARTS for p in places):
        return [placed.group("one")]  # "actinic keratoses on the face, scalp and arms": one condition, where it shows
    if _ADJECTIVES_OF_KIND.fullmatch(obj):
        return [obj]  # "rare inherited and acquired conditions": two adjectives of one broad kind, one kind
    pair = _SYMBOL_PAIR.match(obj)
    if pair and is_abbreviation(pair.group("a")) and is_abbreviation(pair.group("b")):
        return [obj]  # "severe LH and FSH deficiency": two symbols sharing one head noun, one use as written
    items = [t for it in list_items(obj, appositives=True, split_and=False)
             for t in _AFTER_GLOSS_AND.split(it.text)]  # "A (CINV) and B (PONV)": two, each with its gloss
    items = [t for it in items for t in _AND_FOR.split(it)]  # "X and Y and for Z": the "for" said again opens another
    for k in range(len(items) - 1):  # "type 1 and type 2 diabetes": each type with the shared name
        items[k] = _typed_with_name(items[k], items[k + 1]) or items[k]
    for k in range(len(items) - 1, 0, -1):  # "chemotherapy-induced nausea" | "vomiting (CINV)": one named complex
        if _ONE_COMPLEX.search(items[k - 1]) and items[k].casefold().startswith("vomiting"):
            items[k - 1:k + 1] = [f"{items[k - 1]} and {items[k]}"]
    for text in items:
        if _HOW_GIVEN_MEMBER.match(text):
            continue  # "Bell's palsy, started within 72 hours of the facial weakness": when it is begun, no use
        other = _AND_OTHER.match(text)
        if other:  # "Raynaud's phenomenon and other circulation problems in the hands and feet": the one named and
            out.extend([other.group("a"), other.group("b")])  # the kind it is one of, each a use
            continue
        shared = _INFECTION_AND_DISEASE.match(text)
        if shared:  # "cytomegalovirus (CMV) infection and disease": the virus's infection, and its disease
            out.extend([f"{shared.group('x')} {shared.group('a')}", f"{shared.group('x')} {shared.group('b')}"])
            continue
        halves = [h.strip() for h in split_top(text, " and ") if h.strip()]
        # "heart attack and stroke" splits; "skin and soft tissue infections" (one head noun) does not
        abbrev = re.search(r"\(([^()]*)\)\s*$", halves[1]) if len(halves) == 2 else None
        keep = len(halves) == 2 and not _LEAD_PURPOSE.match(halves[1]) and (  # ("X and for Y": two uses)
            (len(halves[0].split()) == 1 and not DISEASE_WORD.search(halves[0]) and not owned_head(halves)
             and not _NAMED_CODE.fullmatch(halves[0])  # ("COVID-19 and proteinuria in chronic kidney disease": a
             # disease's own name, sharing no head)
             and (HEAD_NOUN.search(halves[1]) or " of " in halves[1]))
            or len(halves[0].split()) <= 2 and repeats_word(halves[0], halves[1]) and HEAD_NOUN.search(halves[1])
            or shares_part_head(halves[0], halves[1])  # "minor muscle and joint pain": one complaint
            or _KIND_ADJECTIVE.fullmatch(halves[0]) is not None and len(halves[1].split()) >= 2
            and _KIND_ADJECTIVE.fullmatch(halves[1].split()[0]) is not None  # "Seasonal and perennial allergic
            # rhinitis": two adjectives of one condition, its head shared
            or _ONE_COMPLEX.search(halves[0]) is not None and halves[1].casefold().startswith("vomiting")
            or halves[0].casefold() == "nausea" and halves[1].casefold().startswith("vomiting with ")  # ("nausea
            # and vomiting with moderately emetogenic chemotherapy": the setting of both, one complex)
            or (abbrev is not None and "(" not in halves[0] and is_abbreviation(abbrev.group(1))
                and not abbreviates(abbrev.group(1), halves[1][:abbrev.start()])))
        when = shared_when(halves)
        if when:  # "Pain and inflammation after cataract surgery": both after it, each a use
            out.extend(when)
            continue
        typed = _typed_with_name(*halves) if len(halves) == 2 else None
        if typed:  # (as above, inside one member)
            out.extend([typed, halves[1]])
            continue
        caused = caused_pair(halves) if not keep else None
        if caused:  # "Radiation-induced mucositis and esophagitis": the cause of both, each named with it
            out.extend(caused)
            continue
        if len(halves) == 2 and not keep:
            out.extend(h for h in halves if not _VERB_OF_PURPOSE.match(h))  # ("to reduce inflammation and calm an
            # overactive immune system": a second purpose's verb and its object, no condition)
        elif text:
            out.append(text)
    return out


#: a member saying when or how the drug is begun or given: "started within 72 hours of ...", "given once a week"
_HOW_GIVEN_MEMBER = re.compile(r"^(?:started|begun|given|taken|continued|used)\s+(?:within|after|before|at|once|twice|"
                               r"daily|weekly|early|as\s+soon\s+as)\b|"
                               # "Demodex blepharitis (...), using diluted eyelid wipes or foams": the product it is used as
                               r"^using\s+(?:an?\s+|the\s+)?(?:[\w%-]+\s+){0,3}?(?:wipes|foams?|gels?|creams?|shampoos?|drops|"
                               r"sprays?|solutions?|patch(?:es)?|ointments?|lotions?)\b", re.I)
#: the diet and exercise a use goes with, after it: "alongside a low-fat diet and exercise"
_WITH_LIFESTYLE = re.compile(r"\s+(?:alongside|along\s+with|together\s+with|in\s+addition\s+to|with)\s+(?:an?\s+)?"
                             r"(?:[\w-]+\s+){0,2}?(?:diet|exercise)(?:\s+(?:and|or)\s+(?:[\w-]+\s+){0,2}?(?:diet|exercise))?"
                             r"(?=\s*[.,;]|$)", re.I)
#: a purpose's own verb opening a member: "calm an overactive immune system", "dampen the immune response"
_VERB_OF_PURPOSE = re.compile(r"^(?:calm|dampen|suppress|settle|quiet|boost|strengthen|protect|improve|support)\s+"
                              r"(?:down\s+)?(?:an?|the|your|their|its)\s", re.I)


#: a cause said as the modifier of a one-word condition ("Radiation-induced mucositis"), which the one-word condition
#: after "and" shares
_CAUSED_MODIFIER = re.compile(r"^(?P<m>[\w-]+-(?:induced|related|associated))\s+[a-z]+$", re.I)


def caused_pair(halves: list[str]) -> list[str] | None:
    """The two halves of "A and B" when the first's cause modifier is the second's too ("Radiation-induced mucositis"
    and "esophagitis": radiation-induced esophagitis), B one word that names a disease; None for any other pair."""
    caused = _CAUSED_MODIFIER.match(halves[0]) if len(halves) == 2 else None
    if caused is None or " " in halves[1].strip() or not DISEASE_WORD.search(halves[1]):
        return None
    return [halves[0], f"{caused.group('m')} {halves[1].strip()}"]
#: one word, then when or from what it comes, which the word before "and" shares ("inflammation after cataract surgery")
_WHEN_TAIL = re.compile(r"^[a-z-]{3,}\s+(?P<tail>(?:after|following|during|caused\s+by|due\s+to|induced\s+by)\s+\S.*)$",
                        re.I)
def shared_when(halves: list[str]) -> list[str] | None:
    """``["Pain", "inflammation after cataract surgery"]`` -> ``["Pain after cataract surgery", "inflammation after
    cataract surgery"]``: a one-word complaint before "and" shares when or from what the other comes; else None."""
    if len(halves) != 2 or not re.fullmatch(r"[A-Za-z-]{3,}", halves[0]) or DISEASE_WORD.search(halves[0]):
        return None
    after = _WHEN_TAIL.match(halves[1])
    return [f"{halves[0]} {after.group('tail')}", halves[1]] if after else None


#: an adjective of a condition's kind or time ("seasonal", "perennial", "gastric", "allergic")
_KIND_ADJECTIVE = re.compile(r"[a-z]{3,}(?:al|ar|ic|ous|ive|ary|ile)", re.I)
#: a disease named by a code with a number: "COVID-19"
_NAMED_CODE = re.compile(r"(?-i:[A-Z]{2,})-?\d{1,2}")


#: the broad kinds a use may be named by, in the plural ("rare inherited metabolic disorders", "fungal infections")
BROAD_KINDS = r"(?:infections|conditions|disorders|diseases|problems)"
#: two adjectives, joined by "and", of one broad kind in the plural: "rare inherited and acquired conditions"
_ADJECTIVES_OF_KIND = re.compile(r"(?:[\w-]+\s+)?[a-z-]+(?:ed|al|ic|ive|ary|ous)\s+and\s+[a-z-]+(?:ed|al|ic|ive|ary|ous)\s+"
                                 + BROAD_KINDS, re.I)
_AND_OTHER = re.compile(r"^(?P<a>[^,;()]{3,50}?)\s+and\s+(?:some\s+|many\s+|certain\s+)?other\s+(?P<b>[^,;()]{3,80})$", re.I)
#: two symbols before the head noun they share, a grade maybe before them ("severe LH and FSH deficiency")
_SYMBOL_PAIR = re.compile(r"^(?:(?:mild|moderate|severe)\s+)?(?P<a>[^\s,()]+)\s+and\s+(?P<b>[^\s,()]+)\s+[a-z]+(?:\s+"
                          r"(?:in|of)\s+[^,;()]+)?$")
_INFECTION_AND_DISEASE = re.compile(r"^(?P<x>[\w-]+(?:\s+[\w-]+)?)(?:\s+\([^()]+\))?\s+(?P<a>infection|disease)\s+(?:and|or)\s+"
                                    r"(?P<b>infection|disease)$", re.I)
#: a numbered kind of a condition: "type 1", "type 2 diabetes", "stage 3 chronic kidney disease"
_TYPED = re.compile(r"^(?P<w>type|stage|grade|class)\s+[\w-]+(?:\s+(?P<rest>.+))?$", re.I)


def _typed_with_name(this: str, after: str) -> str | None:
    """``"type 1"`` before ``"type 2 diabetes"`` -> ``"type 1 diabetes"``: a numbered kind said bare, given the name
    the next kind of the same word says; None when the two are not so."""
    a, b = _TYPED.match(this.strip()), _TYPED.match(after.strip())
    if a and b and not a.group("rest") and b.group("rest") and a.group("w").casefold() == b.group("w").casefold():
        return f"{this.strip()} {b.group('rest')}"
    return None
#: the list going on after a condition kept whole: ", and for Y"
_THEN_FOR = r"(?:,?\s+(?:and|or)\s+(?P<rest>for\s.+))?$"
_SEVERITY_LIST = re.compile(r"^(?:mild|moderate|severe)(?:,\s*(?:mild|moderate|severe))*,?\s+(?:and|or)\s+"
                            r"(?:mild|moderate|severe)\s+(?=\S)", re.I)
#: adjectives of onset and extent before a condition, with a comma and no "and" between them (coordinate: each says
#: something of the one condition): "acquired, generalized hypoactive sexual desire disorder"
_KIND_WORD = (r"(?:acquired|lifelong|generali[sz]ed|situational|locali[sz]ed|primary|secondary|inherited|congenital|"
              r"persistent|recurrent|refractory|relapsed|early|late|advanced|chronic|acute)")
_KIND_ADJECTIVES = re.compile(rf"^{_KIND_WORD}(?:,\s*{_KIND_WORD})+\s+(?=[\w(])", re.I)
_CARE_LEAD = re.compile(rf"^(?:(?:the\s+)?{_CARE_OF}\s+)?(?:an?\s+|the\s+)?", re.I)
#: a word that says how a complaint is, a comma, a second such word and the complaint: "dry, irritating cough"
_TWO_DESCRIPTIONS = re.compile(r"^[a-z]+,\s+[a-z]+(?:ing|y|ful|ive|ous|ed)\s+[a-z]+$", re.I)
#: the parts of the body a kind of infection or disease is named by ("ear, nose and throat infections")
_PLACE_WORDS = frozenset("""ear ears nose throat skin bone bones joint joints chest lung lungs kidney kidneys bladder eye eyes
    mouth gum gums tooth teeth sinus sinuses head neck stomach bowel liver brain heart blood genital abdominal pelvic
    urinary respiratory gut intestinal wound wounds nail nails scalp foot feet hand hands""".split())
_SHARED_HEAD_LIST = re.compile(r"^(?P<one>(?P<parts>[\w-]+(?:,\s+[\w-]+)+,?\s+and\s+[\w-]+)\s+(?:infections?|diseases?|"
                               r"disorders?|problems?|cancers?|conditions?)(?:\s*\([^()]*\))?)" + _THEN_FOR, re.I)
#: a condition "of the" places listed with commas: the list is the places', not a list of conditions
#: the places a condition shows on, besides the parts of the body: "on the body, arms and legs"
_PLACES_SHOWN = BODY_PARTS | {"body", "trunk", "torso", "limbs"}
#: a condition, then the places it shows on, two or more: "actinic keratoses on the face, scalp and arms"
_ON_PLACES = re.compile(r"^(?P<one>(?:[^,()]|\([^()]*\))+?)\s+on\s+(?:the|your)\s+"
                        r"(?P<parts>[\w-]+(?:,\s+[\w-]+)*,?\s+(?:and|or)\s+[\w-]+)$", re.I)
_OF_PLACES = re.compile(r"^(?P<one>[^,()]+?\s+of\s+the\s+(?:(?:[\w-]+(?:\s+[\w-]+)?,\s+)+(?:[\w-]+(?:\s+[\w-]+)?,?\s+)?|"
                        r"[\w-]+\s+)(?:and|or)\s+[\w-]+(?:\s+[\w-]+)?(?:\s*\([^()]*\))?)" + _THEN_FOR, re.I)


#: " and " after a parenthesised gloss, outside parentheses: two uses, each named and glossed
_AFTER_GLOSS_AND = re.compile(r"(?<=\))\s+and\s+(?![^()]*\))(?=\S)")


def glosses(parens: list[str]) -> tuple[str | None, list[str]]:
    """A use's parenthesised glosses as (abbreviation, synonyms); one parenthesis may hold both, split at
    commas ("(PHN, pain after shingles)")."""
    parts = [_NAME_CUE.sub("", piece).strip() for p in parens if not _EXAMPLES_PAREN.match(p) and not _AS_PRODUCT.match(p)
             and not _DESCRIBED.match(p)  # ("(an itchy rash of flat, purplish bumps)": what it is like, no name)
             for piece in _ADJECTIVE_COMMA.sub(_held_comma, p).split(", ") if _NAME_CUE.sub("", piece).strip()]
    parts = [p.replace("\ue005", ",") for p in parts]  # ("(rough, scaly patches ...)": one gloss, two describing words)
    return next((p for p in parts if is_abbreviation(p)), None), [p for p in parts if not is_abbreviation(p)]


#: a bracket that describes what the use is like, a noun phrase with an article and a comma inside
_DESCRIBED = re.compile(r"^(?:an?)\s+[^,()]*\b(?:of|with|that|which|in|on)\s+[^()]*,", re.I)
#: a describing word and its comma before another describing word of one noun: "rough, scaly patches"
_ADJECTIVE_COMMA = re.compile(r"^(?P<a>(?:(?:very|extremely|quite|rather)\s+)?[a-z]{3,}),(?=\s+(?P<b>[a-z]{3,})\s+[a-z])")


def _held_comma(m: re.Match[str]) -> str:
    """The comma between two describing words, held ("rough, scaly patches"), or left as it is."""
    def describes(word: str) -> bool:
        word = word.split()[-1]  # ("very dry, scaly skin": the word after the intensifier)
        return word in SIGN_ADJECTIVES or bool(re.search(r"(?:y|ed|al|ic|ous|ive|ful|ish)$", word))
    return m.group("a") + ("\ue005" if describes(m.group("a")) and describes(m.group("b")) else ",")
#: a parenthesis naming the product a use is for, no other name of the use: "(as Botox Cosmetic)", "(as the 8% patch)"
_AS_PRODUCT = re.compile(r"^\s*(?:only\s+)?as\s+(?!an?\s+(?:symptom|sign|form|type)\b)", re.I)
#: what introduces another name in a parenthesis: "(also called central diabetes insipidus)", "(known as X)"
_NAME_CUE = re.compile(r"^\s*(?:(?:also|often|commonly|usually|sometimes|popularly)\s+)?(?:called|known\s+as|termed|referred\s+to\s+as|aka|a\.k\.a\.|i\.\s?e\.,?|"
                       r"or)\s+", re.I)
#: a parenthesis of examples or of circumstances names no other name: "(for example, you've had a heart attack)"
_EXAMPLES_PAREN = re.compile(r"^\s*(?:for\s+example|for\s+instance|e\.\s?g\.|such\s+as|including|like|especially|"
                             r"usually|often|mainly|when|if|in\s+(?:people|patients|adults|children)|off[- ]label|licen[sc]ed|"
                             r"approved|given|used|taken|applied|injected|inhaled|infused|via)\b", re.I)
# (how it is given is no other name: "Meningitis (given intrathecally)")


#: a phrase that points back at the use just named instead of naming a condition: a relative word ("(or) for whom
#: these medicines don't work well"), "itself" ("the flare itself but does not lower uric acid levels"), or what the
#: condition brings ("the muscle spasms it causes", "the pain they cause"), or something of it ("to reduce its spread")
_BACK_REFERENCE = re.compile(r"^(?:whom|which|whose|its)\b|"
                             # "It treats only the symptoms and not the cause of the congestion": of the use named
                             r"^(?:only\s+)?(?:the|its|their)\s+symptoms$|^not\s+(?:the|its|their)\s+(?:cause|causes|"
                             r"underlying)\b|^(?:the|this|that|these|those)\s.*\s(?:itself|themselves)(?:$|\s+but\b)|"
                             r"\s(?:it|they)\s+(?:causes?|brings?|produces?)$", re.I)


_ITSELF = re.compile(r"\s+(?:itself|themselves)(?=$|\s+(?:in|for|among)\s)", re.I)
_RISE_IN = re.compile(r"^(?:the\s+|a\s+)?(?:rises?|increases?|spikes?|jumps?)\s+in\s+(?:blood\s+sugar|glucose|sugar)\b", re.I)


def _use(phrase: str, qualifier: str | None) -> ProseUse | None:
    phrase = phrase.strip(" ,.")
    if _STATUS_WORD.fullmatch(phrase):
        return None  # "These human uses are off-label and experimental.": what the uses are, no use
    if _CLAUSE_SUBJECT.search(phrase):
        return None  # "..., and specialists have [used it for Y]": the next clause's subject, no condition
    if _RISE_IN.match(phrase):
        return None  # "to control the rise in blood sugar after eating": a measure's rise, no condition
    if _BACK_REFERENCE.search(phrase):
        return None  # "the muscle spasms it causes", "or for whom these medicines don't work well", "the flare itself
        # but ...": the use named before, what it brings, or who
    phrase = _FROM_HAPPENING.sub("", phrase)  # "to prevent gallstones from forming in people who ...": gallstones
    phrase = _ITSELF.sub("", phrase)  # "approved to treat PFIC itself": the disease, beside its symptom named before
    if phrase.endswith((" and", " or", " And", " Or")):  # "venous thromboembolism (VTE) and" before "to prevent it"
        phrase = _TRAILING_CONJ.sub("", phrase)
    phrase = re.sub(r"^(?:and|or)\s+", "", phrase, flags=re.I)
    phrase = _LEAD_PURPOSE.sub("", phrase)
    gerund = _LEAD_GERUND.match(phrase)  # "..., and treating X", "used for preventing X": the purpose, not the name
    if gerund:
        phrase = phrase[gerund.end():]
        if gerund.group(1).casefold() in ("preventing", "prevents", "reduces") and qualifier is None:
            qualifier = "prevention"
    phrase = _PEOPLE_WITH.sub("", phrase)  # "people hospitalized with avian influenza" -> the condition
    phrase = _OF_PATIENTS_TAIL.sub("", phrase)  # "ICU sedation of patients (who are intubated)": whose, no part of it
    phrase = _SETTING_TAIL.sub("", phrase)  # "refractory migraine in the emergency department": where, no part of it
    phrase = _DURATION_TAIL.sub("", phrase)  # "atrial fibrillation of 7 days' duration or less": how long, no part
    phrase = _NO_CAUSE_TAIL.sub("", phrase)  # "overactive bladder without a nerve cause": the plain kind, so named
    after = _AFTER.search(phrase)
    if after and len(phrase[:after.start()].split()) >= 2 and phrase.count("(", 0, after.start()) <= \
            phrase.count(")", 0, after.start()):  # ("neuralgia (PHN, pain after shingles)": a gloss, kept whole)  # "DVT after hip surgery"; "seizures after a brain injury" stays
        phrase = phrase[:after.start()]
    phrase = _SYMPTOMS_OF.sub("", phrase)  # "relieves the symptoms of hay fever": hay fever
    passing = _PASSING_ON.match(phrase)
    if passing:  # "..., and reduces the risk of passing genital herpes to a partner": that condition, prevented
        phrase, qualifier = passing.group("x"), qualifier or "prevention"
    if not phrase or phrase.casefold() in ("and", "or", "and/or") or _SKIP_OBJECT.match(phrase) or _NOT_CONDITION.search(phrase) \
            or _POPULATION_ONLY.match(phrase) or _FREQUENCY_ASIDE.match(phrase):
        return None  # ("for transgender women", "for older adults": who, not what)
    if qualifier == "prevention":  # "to lower the risk of a further stroke": another bout of the use, named bare
        phrase = ANOTHER.sub("", phrase)
    noun = _NOUN_PREVENTION.match(phrase)
    if noun:  # "stroke prevention in nonvalvular atrial fibrillation": the prevention of stroke, in people with AF
        phrase, qualifier = noun.group("c"), qualifier or "prevention"
    name, parens = strip_parens(phrase)
    name = _LEAD_QUALIFIER.sub("", name).strip(" ,.")
    if not name or len(name.split()) > 10 or not (re.search(r"[A-Za-z]{3}", name) or is_abbreviation(name)) \
            or _BARE_HEAD.match(name) or _LONE_ADJECTIVE.match(name) or name.casefold() in PARTS_AND_ORGANS:
        # ("a laser treatment of the eye", "approved for the heart": a place, no condition)
        return None  # (an abbreviation of two letters is a name: "DVT and PE"; "infections" alone names none)
    abbrev, synonyms = glosses(parens)
    synonyms = [p for p in synonyms if len(p.split()) <= 5]
    return ProseUse(phrase=phrase, label=name[:1].upper() + name[1:], abbreviation=abbrev, synonyms=synonyms,
                    qualifier=qualifier)


#: how long a condition has lasted, said after it: "of 7 days' duration or less", "lasting 3 days or less"
_DURATION_TAIL = re.compile(r"\s+(?:of|lasting|for)\s+(?:up\s+to\s+|less\s+than\s+|more\s+than\s+)?(?:\d+|[a-z]+)\s+"
                            r"(?:hours?|days?|weeks?|months?)['\u2019]?(?:\s+duration)?(?:\s+or\s+(?:less|fewer|shorter|"
                            r"more|longer))?$|"
                            r"\s+for\s+up\s+to$", re.I)  # (its number and unit cut before: "... for up to [6 months]")
_POINTS_BACK = re.compile(r"^\s*(?:this|these|that|those|it|them)\s+(?:in|on|at|by|since|for)\b", re.I)
_PASSING_ON = re.compile(r"^(?:also\s+)?(?:reduces|lowers|cuts)\s+the\s+(?:risk|chance|likelihood)\s+of\s+"
                         r"(?:(?:passing|spreading|transmitting|getting|developing)\s+)?(?P<x>.+?)"
                         r"(?:\s+(?:to|on\s+to)\s+(?:a|your|their|sexual)\s+partners?|\s+to\s+others)?$", re.I)
_SYMPTOMS_OF = re.compile(r"^(?:the\s+)?(?:symptoms|signs\s+and\s+symptoms|pain|discomfort|aches?|effects)\s+of\s+(?=\S)", re.I)
# ("take it for the pain of osteoarthritis": the condition whose pain it eases)
#: another bout of what is prevented: "a second heart attack", "a further stroke"
ANOTHER = re.compile(r"^(?:(?:a|an|the)\s+)?(?:further|another|future|subsequent|repeat|second|new)\s+(?=[a-z])", re.I)
_ARTICLE = re.compile(r"^(?:the|an?)\s+(?=\S)", re.I)
_LEAD_GERUND = re.compile(r"^(treating|managing|controlling|relieving|easing|preventing|"
                          r"reduces(?!\s+the\s+(?:risk|chance|likelihood|number|frequency)\b)|prevents|"
                          r"relieves|treats|controls|eases)\s+(?=\S)", re.I)  # ("helps manage gout and reduces gout
# flares": the second purpose's verb, then its condition)
_NOUN_PREVENTION = re.compile(r"^(?P<c>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+(?:prevention|prophylaxis|risk\s+reduction)"
                              r"(?:\s+(?:in|for|among)\s+.*)?$", re.I)
#: one adjective alone ("allergic and inflammatory symptoms" split): no condition ("Colic" is one)
_LONE_ADJECTIVE = re.compile(r"^(?!colic$)(?!(?-i:[A-Z]{2,})$)[a-z]+(?:ic|ory|ive|ous)$|^(?:[a-z]+(?:ic|ory|al|ive)\s+)+symptoms$", re.I)  # (or
# a kind of symptoms: "inflammatory symptoms")
#: a head noun alone, its kind stated only in what followed ("infections caused by Candida"): no condition
_BARE_HEAD = re.compile(r"^(?:(?:different|various|several|many|other|certain|some|a\s+number\s+of|two|three|these|those)\s+)?"
                        r"(?:infections?|conditions?|diseases?|disorders?|problems?|illness(?:es)?)$|"
                        r"^(?:(?:root|underlying|real|main)\s+)?causes?$", re.I)  # ("which are used for different
# conditions": no condition named; "treats the cause (the mites)": what it treats, told by the gloss, no condition)
_AND_FOR = re.compile(r"\s+and\s+for\s+(?=\S)", re.I)
#: where a use is treated, after it: "in the emergency department", "in hospital", "in the ICU"
_SETTING_TAIL = re.compile(r"(?<!sedation)(?<!anesthesia)(?<!anaesthesia)"  # (not after a procedure, whose setting is
                           # part of it: "sedation in intensive care" is what the drug does there)
                           r"\s+(?:in|at)\s+(?:the\s+|a\s+)?(?:emergency\s+(?:department|room)|hospitals?|ICU|"
                           r"intensive\s+care(?:\s+units?)?|clinics?|(?:operating|recovery)\s+rooms?)$", re.I)
_NO_CAUSE_TAIL = re.compile(r"(?<=\w)\s+(?:without|with\s+no)\s+(?:an?\s+)?(?:known\s+|clear\s+|obvious\s+|"
                            r"identifiable\s+|[\w-]+\s+)?cause$", re.I)
_OF_PATIENTS_TAIL = re.compile(r"(?<=\w)\s+of\s+(?:the\s+)?(?:patients|people|adults|children)(?:\s+who\b.*)?$", re.I)
_POPULATION_ONLY = re.compile(r"^(?:[\w-]+\s+){0,3}(?:women|men|people|persons|patients|adults|children|adolescents|teens|"
                              r"teenagers|infants|babies|newborns|users|smokers)$", re.I)
_PART_OF = re.compile(r"\b(?:used|prescribed|given)\s+(?:\w+\s+)?(?:off[- ]label\s+)?as\s+part\s+of\s+"
                      r"(?P<x>(?:[\w-]+\s+){0,3}?(?:therapy|treatment|regimen))\s+for\s+(?P<who>[\w\s-]{3,40}?)(?=[.,;]|$)",
                      re.I)
_TRAILING_CONJ = re.compile(r"\s+(?:and|or)$", re.I)
_PARTS = BODY_PARTS | {p + "s" for p in BODY_PARTS if not p.endswith("s")} | {"sole", "soles", "palms", "genitals", "skin folds",
                                                                                        "skin creases", "body folds"}
_PART = r"(?:" + "|".join(sorted(_PARTS, key=len, reverse=True)) + r")"
_ITEM_TAIL = re.compile(r",?\s+(?:including|such\s+as|e\.g\.|for\s+example)\b.*$|"
                        # "Acute vertigo attacks, whatever the cause": every cause, no use of its own
                        r",?\s+(?:whatever\s+(?:the|their|its)\s+causes?|regardless\s+of\s+(?:the\s+)?causes?|"
                        r"(?:from|of)\s+any\s+cause)\b.*$|"
                        # "Liver transplant rejection, started at least 30 days after the transplant, with ...": when
                        # it is started, and what with
                        r",\s+(?:started|begun|given|taken|used)\s+(?:at\s+least|within|after|before|from|once|twice|"
                        r"\d)\b.*$|"
                        # "Hydrofluoric acid burns of the skin, using the gel or local injections": how it is given
                        r",\s+using\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:gel|cream|ointment|injections?|spray|"
                        r"drops|solution|patch(?:es)?|infusions?|tablets?|form)\b.*$|"
                        # "Insomnia alongside depression or anxiety": the condition it comes with, no use of its own
                        r"\s+(?:alongside|along\s+with|co-?occurring\s+with|accompanying)\s.*$|"
                        # "Vertigo from inner-ear problems such as Meniere's disease": its source, by its examples
                        r"\s+from\s+[\w-]+(?:\s+[\w-]+)?(?=,?\s+(?:such\s+as|like|including)\b)|"
                        # "Plantar warts on the soles of the feet", "Periungual warts around the fingernails and toenails":
                        # where, after the condition's name
                        rf"\s+(?:on|around|under|between)\s+(?:the|your)\s+{_PART}(?:\s+of\s+the\s+{_PART})?"
                        rf"(?:\s+(?:and|or)\s+(?:the\s+)?{_PART})?(?=\s*(?:$|[,;(]))|"
                        # "Fungal nail infections (onychomycosis) of the toenails and fingernails": the places after the
                        # name its gloss closed
                        rf"(?<=\))\s+of\s+the\s+{_PART}(?:\s+(?:and|or)\s+(?:the\s+)?{_PART})?(?=\s*(?:$|[,;(]))|"
                        r"\s+associated\s+with\b(?=" + _LIST_AFTER + r").*$|\s+(?:caused\s+by|due\s+to|"
                        r"resulting\s+from|related\s+to|(?:characteri[sz]ed|marked)\s+by)\b.*$|"
                        # "atopic dermatitis not controlled well enough by creams": who it is for, no part of the name
                        r"\s+(?:that\s+(?:is|are|has|have)\s+|which\s+(?:is|are)\s+)?(?:not|in(?=adequately))\s*(?:adequately\s+|"
                        r"well\s+|sufficiently\s+|fully\s+)?(?:controlled|responding|helped|treated|managed)\b.*$", re.I)
#: how the drug is given, as an aside between commas before the next use ("and, given to the mother, for ...")
_HOW_ASIDE = re.compile(r",\s+(?:given|taken|used|applied|injected|inhaled)\s+[^,;.]{1,40},(?=\s+(?:for|to)\s)|"
                        # "and \u2014 as the gel applied to the skin \u2014 for Y": the same aside between dashes
                        r"\s+[\u2013\u2014]\s+(?:as|given|taken|used|applied)\s+[^,;.\u2013\u2014]{1,60}\s+[\u2013\u2014]"
                        r"(?=\s+(?:for|to)\s)", re.I)
SEVERITY_RANGE = re.compile(r"^(?:mild(?:ly)?|moderate(?:ly)?|moderately\s+severe|severe(?:ly)?)(?:\s+(?:to|or)\s+|-to-)"
                             r"(?:moderate(?:ly)?|severe(?:ly)?|very\s+severe)(?:\s+active)?\s+(?=\w)", re.I)
#: how a list item names the care before its condition: "Long-term maintenance treatment of", "Active"
_ITEM_CARE = re.compile(r"^(?:(?:acute|long-term|short-term|chronic|maintenance|symptomatic|initial|add-on|extended|"
                        r"adjunctive|first-line|second-line)(?:\s+\([\w\s-]+\))?\s+){0,2}(?:(?:prevention|treatment)\s+and\s+)?"
                        r"(?:treatment|management|therapy|control|prevention)\s+of\s+"
                        r"|^active\s+(?=[\w'-]{3})", re.I)
#: an item told in the second person, under "Your doctor may suggest it if:": "You already have X", "You or your
#: child (10 years or older) have X"
_YOU_HAVE = re.compile(r"^(?:you|your\s+(?:child|baby|partner))(?:\s+or\s+your\s+(?:child|baby|partner))?"
                       r"(?:\s*\([^()]*\))?\s+(?:already\s+|still\s+|now\s+)?(?:have|has|had|get|suffer\s+from|"
                       r"are\s+diagnosed\s+with|were\s+diagnosed\s+with|live\s+with)\s+(?:an?\s+|the\s+)?(?=\w)", re.I)
#: after a condition, a description of it or one of its forms: "the inherited form of X", "homozygous (HoFH) form"
_A_FORM_OF_IT = re.compile(r"^(?:(?:the|its|a|an)\s+(?:[\w-]+\s+){0,3}(?:form|type|kind|variant|subtype)s?\s+of\b|"
                           # "Tularemia, also called rabbit fever, a tick-borne infection": what the one before is
                           r"(?:an?\s+|(?=(?:rare|inherited|genetic|uncommon|serious)\s))(?:[\w-]+\s+){1,3}(?:infection|"
                           r"disease|condition|disorder|illness)s?$|"
                           r"(?:[\w-]+\s+(?:\([^()]*\)\s+)?){1,2}forms?$)", re.I)
#: one grade before a condition ("Severe high blood pressure in pregnancy"), not a word of a name ("Severe combined
#: immunodeficiency", "Severe acute respiratory syndrome")
_ONE_GRADE = re.compile(r"^(?:mild|moderate|severe)\s+(?!(?:combined|acute\s+respiratory|to|or|and)\b)(?=[a-z])", re.I)
#: a graded symptom names its use with its grade ("Mild to moderate pain"); a disease does not ("psoriasis")
_GRADED_SYMPTOM = re.compile(r"^(?:[\w-]+\s+)?pain\b", re.I)
#: an adverb alone between commas in a list of uses: "for trigeminal neuralgia and, less often, for bipolar disorder"
_FREQUENCY_ASIDE = re.compile(r"^(?:(?:less|more|most|very|quite)\s+)?(?:often|commonly|frequently|rarely|"
                              r"occasionally|sometimes|usually)$", re.I)
_MID_PURPOSE = re.compile(r",\s+to\s+(?:prevent|reduce\s+the\s+risk|lower\s+the\s+risk)\b[^,;]*,\s+(?:and|or)\s+", re.I)
_PURPOSE_ITEM = re.compile(r"^(?:to\s+)?(?:prevent|reduce\s+the\s+risk|lower\s+the\s+risk)\b", re.I)
#: where a use holds: "in the UK", "in Europe", "in India and Bangladesh"
_IN_PLACE = re.compile(r"^in\s+(?:the\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)*$", re.I)
_MORE_PLACES = re.compile(r"^(?:(?:and|or)\s+)?(?:(?:(?:many|most|some|several)\s+)?(?:other\s+)?(?:countries|regions|"
                          r"places)|(?:the\s+)?(?-i:[A-Z])[\w.]*(?:\s+(?-i:[A-Z])[\w.]*)?)$", re.I)
_CIRCUMSTANCE_ITEM = re.compile(r"^(?:alone|together|combined|added|given|taken|used|prescribed|alongside|either|as|in|with|for|when|if|"
                                r"usually|often|especially|only|mainly|mostly|largely|"  # (", only as an add-on to
                                # antifungal tablets", ", mainly in case reports and small studies": how, where it was seen)
                                r"once|until|unless|while|because|although|though|after|before|where)\b|"
                                # (", at lower doses": how much, no condition)
                                r"^at\s+(?:(?:a|the)\s+)?(?:(?:very|much)\s+)?(?:low|lower|high|higher|small|smaller|large|"
                                r"larger|usual|standard|reduced)\s+doses?\b",
                                re.I)


#: after a condition in a list item, another name for it: ", also called X", ", also known as X"
_ALSO_CALLED = re.compile(r"^(?:also\s+|sometimes\s+|often\s+)?(?:called|known\s+as|named|referred\s+to\s+as)\s+"
                          r"(?P<x>[^()]{3,60})$", re.I)
#: a grade alone, between commas after its condition: "moderate to severe", "mild", "severe or refractory"
_SEVERITY_ONLY = re.compile(r"^(?:(?:mild|moderate|severe|moderately\s+severe|very\s+severe|active|chronic|acute|"
                            r"refractory)(?:\s*(?:to|or|and|-)\s*|$))+$", re.I)


_IMPERATIVE_PURPOSE = re.compile(r"^(?:Treat|Prevent|Control|Relieve|Manage|Ease|(?:Reduce|Shorten|Lessen)(?=\s+(?:the\s+)?"
                                 r"(?:length|duration|severity)\s+of\b)|(?:Reduce|Lower)(?=\s+(?:the\s+)?(?:risk|chance)\s+of\b))"
                                 r"\s+(?=[a-z])")  # ("* Reduce the risk of fractures (broken bones)")
_CONTINUES_LEAD = re.compile(r"^(?:as\s+an?\s+(?:add-on|adjunct|aid)\b|alone\b|on\s+its\s+own\b|by\s+itself\b|"
                             # "- for dizziness (vertigo) ...;", "- in children with dyslexia ...", "- as first-line
                             # treatment for shingles": the item finishes the lead's "X is used:"
                             r"for\s+(?!example\b|instance\b|more\b|at\s+least\b|up\s+to\b|\d)|"
                             r"in\s+(?:[\w-]+\s+){0,2}(?:children|adults|people|patients|women|men|infants|newborns|"
                             r"teens|teenagers|adolescents)\s+with\b|"
                             r"as\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:treatment|therapy)\s+(?:for|of)\b|"
                             r"(?:together|along|in\s+combination)\s+with\b|combined\s+with\b|added\s+to\b|"
                             # "- Off-label: to help prevent X after Y": a purpose, read as "It is used to ..."
                             r"to\s+(?:help\s+)?(?:prevent|treat|relieve|control|manage|ease|(?:reduce|shorten|lessen|lower)\s+"
                             r"(?:the\s+)?(?:length|duration|severity|frequency|number)\s+of|(?:reduce|lower)\s+the\s+"
                             r"(?:risk|chance|likelihood)\s+of)\b)", re.I)


def _adjectives_joined(phrases: list[str]) -> list[str]:
    """A member that ends on a test's adjective is no condition, it goes with the next: "Advanced hormone
    receptor-positive, HER2-negative breast cancer" is one."""
    out: list[str] = []
    for phrase in phrases:
        if out and (re.search(r"-(?:positive|negative)$", out[-1], re.I)
                    or out[-1].casefold() in SIGN_ADJECTIVES and " " in phrase.strip()):
            out[-1] = f"{out[-1]}, {phrase}"  # ("Dry, irritating cough of various causes": two words of one cough)
        else:
            out.append(phrase)
    return out


_SECONDARY_TO = re.compile(r"\s+secondary\s+to\s+(?=\S)", re.I)


#: a symptom, then the list of what causes it: "Nasal congestion from the common cold, hay fever or sinusitis"
_SYMPTOM_FROM_CAUSES = re.compile(r"^(?P<h>(?:[\w-]+\s+){0,2}(?:congestion|cough|itching|itch|pain|swelling|discomfort|"
                                  r"fever|stuffiness)|sore\s+throat|runny\s+nose)\s+(?:from|due\s+to|caused\s+by)\s+(?:[^.;:()]|\([^()]*\))*?,"
                                  r"(?:[^.;:()]|\([^()]*\))*?\s(?:or|and)\s(?:[^.;:,()\-]|\([^()]*\))+(?=\s+-\s|[.;:]|$)", re.I)
#: two place adjectives joined by "or" before one head noun: "gastric or duodenal ulcers"
_PLACES_OR = re.compile(r"\b([a-z]{3,}(?:ic|al|ar|ary|eal))\s+or\s+(?=[a-z]{3,}(?:ic|al|ar|ary|eal)\s+[a-z]{3,})")
#: "or other procedures" after a procedure: the setting widened, no second use
_OR_OTHER_PROCEDURES = re.compile(r"\s+or\s+(?=other\s+(?:[\w-]+\s+)?(?:procedures|operations|surger(?:y|ies)|interventions)\b)",
                                  re.I)
_DURING_PROCEDURE = re.compile(r"\s+during\s+(?=(?:[\w-]+\s+){0,2}(?:surgery|surgeries|operations?|IVF|scans?|dialysis|"
                               r"hypothermia|bypass)\b(?![^.;:]*,[^.;:]*\band\b))", re.I)


#: a condition, then a list of three or more settings or causes it comes after: "Weight loss after extensive surgery,
#: chronic infection or severe trauma"
_AFTER_LIST = re.compile(r"^(?P<h>[^,();]+?)\s+(?:after|following|due\s+to|caused\s+by)\s+(?:[\w'-]+\s+){0,3}[\w'-]+"
                         r"(?:,\s+(?:[\w'-]+\s+){0,3}[\w'-]+)+,?\s+(?:or|and)\s+(?:[\w'-]+\s+){0,3}[\w'-]+(?=,|\.|$)", re.I)


#: how likely a condition is to return, after its name: " with a high risk of coming back"
_RISK_OF_RETURN = re.compile(r"\s+(?:with|at)\s+(?:an?\s+)?(?:high|higher|increased)\s+risk\s+of\s+(?:coming\s+back|"
                             r"returning|recurrence|relapse|recurring)\b[^,;]*", re.I)


#: two places an aside names, joined by "and": "in Germany and Austria", "in the UK and Ireland"
_PLACES_AND = re.compile(r"\bin (?:the )?(?-i:[A-Z])[\w.]*(?: (?-i:[A-Z])[\w.]*)? and (?:the )?(?-i:[A-Z])[\w.]*"
                         r"(?: (?-i:[A-Z])[\w.]*)?(?=,|$| in )")
#: when in the day a complaint comes, and an inability joined to it: " during the night", " and being unable to get
#: back to sleep"
_WHEN_OR_UNABLE = re.compile(r" (?:during|in|at|through) (?:the )?(?:night|morning|evening|daytime)\b|"
                          r" and (?:being |not being )?unable to [a-z]+(?: [a-z]+){0,4}$| and not being able to [a-z]+"
                          r"(?: [a-z]+){0,4}$")


def item_conditions(text: str) -> list[tuple[str, bool]]:
    """The conditions a plain list item names, each with whether a purpose in the item makes it a
    prevention ("Inhalational anthrax, to prevent disease after exposure, and plague")."""
    text = _ITEM_CARE.sub("", cut_outside_parens(_YOU_HAVE.sub("", text.strip()).rstrip("."), _ITEM_TAIL))
    text = AMPERSAND.sub(" and ", text)  # "Eczema (atopic dermatitis) & psoriasis": two conditions
    text = _RENAMED.sub(r" (\g<n>)", text) if " called " in text or " known as " in text else text  # (its new name)
    severity = SEVERITY_RANGE.match(text) or _ONE_GRADE.match(text)
    if severity:  # "Moderate to severe X": the range grades the condition, its "to" is no purpose; a disease
        # is named without its grade (as the prose reader names it), a graded symptom with it ("Mild to moderate pain")
        rest = item_conditions(text[severity.end():])
        return [(text[:severity.end()] + p if not i and _GRADED_SYMPTOM.match(p) else p, f)
                for i, (p, f) in enumerate(rest)]
    purpose = _MID_PURPOSE.search(text)
    if purpose:  # "A, to prevent disease after exposure, and B": the purpose is A's, and the list goes on
        head = item_conditions(text[:purpose.start()])
        return ([(p, flag or i == len(head) - 1) for i, (p, flag) in enumerate(head)]
                + item_conditions(text[purpose.end():]))
    if _IMPERATIVE_PURPOSE.match(text):  # "Given as an injection to:" over "- Treat congestive heart failure ...":
        text = "to " + text[:1].lower() + text[1:]  # the item finishes the lead's "to"
    if _CONTINUES_LEAD.match(text):  # "- As an add-on to diet ... to improve X control in adults with Y": the
        # item goes on with the lead-in's "is used", so it reads as that sentence ("- Alone, or with Z": no use)
        return [(_ARTICLE.sub("", u.phrase), u.qualifier == "prevention")
                for u in prose_uses(f"It is used {text[:1].lower()}{text[1:]}.")]
    out: list[tuple[str, bool]] = []
    text = _RISK_OF_RETURN.sub("", text)  # ("Breast cancer with a high risk of coming back": how likely it returns)
    settings = _AFTER_LIST.match(text)
    if settings:  # "Weight loss after extensive surgery, chronic infection or severe trauma, as an add-on": the
        text = settings.group("h") + text[settings.end():]  # condition, the list of what it follows no uses of its own
    causes = _SYMPTOM_FROM_CAUSES.match(text)
    if causes:  # "Nasal congestion from the common cold, hay fever (allergic rhinitis) or sinusitis": the symptom, its
        text = causes.group("h") + text[causes.end():]  # causes listed after it no uses of their own
    text = _OR_OTHER_PROCEDURES.sub("\ue003or\ue003", text)  # "Bleeding during surgery or other procedures": one
    # setting, widened, no second use (held as the procedure below is)
    text = _PLACES_OR.sub("\\1\ue003or\ue003", text)  # "Gastritis and gastric or duodenal ulcers": two places of one
    # head noun after the "and", one use as "X or Y" is
    text = _DURING_PROCEDURE.sub(" during\ue003", text)  # "Blood loss during cardiac surgery": the procedure tells
    # a list item's use apart, held (not a list of settings: "during heart surgery, dialysis and transfusions")
    text = _PLACES_AND.sub(lambda m: m.group(0).replace(" ", "\ue003"), text)  # ", mainly in Germany and Austria":
    # two places, one aside (no second use)
    text = _WHEN_OR_UNABLE.sub(lambda m: m.group(0).replace(" ", "\ue003"), text)  # "Waking often during the night",
    # "Waking too early in the morning and being unable to get back to sleep": when a complaint comes, held; the
    # inability that goes with it, one complaint
    text = _SECONDARY_TO.sub(" secondary\ue003to ", text)  # "Geographic atrophy secondary to age-related macular
    # degeneration": one name, its "to" no purpose (held, and written out again below)
    obj, _end = _object(text, 0)
    place = False  # the item before named where ("Depression, in the UK, Canada and many other countries")
    for phrase in _adjectives_joined(_items(obj)):
        phrase = _TRAILING_CONJ.sub("", phrase)  # "A and, less often, B": "A and" before the aside
        if place and _MORE_PLACES.match(phrase):
            continue  # (", Canada and many other countries": more of where, no condition)
        place = bool(_IN_PLACE.match(phrase))
        if _PURPOSE_ITEM.match(phrase):
            if out:
                out[-1] = (out[-1][0], True)
            continue
        also = _ALSO_CALLED.match(phrase)
        if also and out:  # "Ankylosing spondylitis (AS), also called radiographic axial spondyloarthritis": a synonym
            out[-1] = (f"{out[-1][0]} ({also.group('x')})", out[-1][1])
            continue
        if _CIRCUMSTANCE_ITEM.match(phrase) or _FREQUENCY_ASIDE.match(phrase) or _SEVERITY_ONLY.match(phrase) \
                or out and _A_FORM_OF_IT.match(phrase):
            continue  # ("Plaque psoriasis, moderate to severe, in adults": the grade of the condition before it)  # (", the inherited form of high cholesterol, in either its ... or homozygous form": its forms)
        out.append((phrase.replace("\ue003", " "), False))
    more = _after_population(text, _end)  # "NASH, in people with or without diabetes, and PCOS": the list goes on
    return out + item_conditions(text[more:]) if more is not None and more < len(text) else out
