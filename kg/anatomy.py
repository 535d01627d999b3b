"""Words for the parts of the body and for where a medicine is put on or into it, read both by the extractor
(signs and uses that share a head: "bone, joint or muscle pain"; "redness where the injection was given") and by
the linker (a listing whose parts share it; the injection or application site MedDRA names)."""
from __future__ import annotations

#: Body parts a list of signs shares a word with ("tendon pain, swelling"; "chest, stomach, or back pain").
BODY_PARTS = frozenset("""
    abdomen abdominal ankle ankles arm arms back belly bone bones breast breasts calf chest ear ears elbow eye eyes
    face finger fingers foot feet gum gums hand hands head heel hip hips jaw joint joints knee knees leg legs lip lips
    liver lower mouth muscle muscles neck nose shoulder shoulders skin stomach tendon tendons throat toe toes tongue
    tooth teeth upper wrist wrists thigh thighs groin pelvis pelvic buttock buttocks forearm forearms scalp cheek
    cheeks chin armpit armpits hair nail nails fingernail fingernails toenail toenails fingertip fingertips
    eyelid eyelids eyebrow eyebrows forehead
""".split())

#: Organs and regions of the body a use can name alone, no condition ("approved for the heart", "the hands, feet and
#: limbs"): read with the body parts above where a use is vetted, not where signs share a word
ORGANS = frozenset("""
    heart lung lungs kidney kidneys brain spine limb limbs bladder bowel bowels gut intestine intestines pancreas
    uterus womb prostate valves
""".split()) | {"heart valves", "heart valve"}
#: every part and organ named alone, which names no use and no effect (built once, read per label)
PARTS_AND_ORGANS = BODY_PARTS | ORGANS

#: Words a list of signs shares out before one noun: colours ("pink, red or brown urine") and how a
#: heartbeat or breath goes ("a slow, fast or irregular heartbeat")
SIGN_MODIFIERS = frozenset("""
    pink red brown black dark yellow white green blue gray grey tarry bloody cloudy foamy pale
    slow fast rapid pounding racing fluttering irregular uneven shallow severe watery persistent
""".split())
#: the words that describe how skin or a body part looks or feels, besides the sign modifiers above
SIGN_ADJECTIVES = SIGN_MODIFIERS | frozenset("""
    warm hot cold clammy dry flushed swollen puffy tender itchy scaly cracked peeling blistered inflamed raised
    hard stiff numb painful shiny sweaty wrinkled fragile thin rough sore oily flaky greasy crusty crusted blotchy
    patchy bumpy gritty sticky
""".split())

#: the place a skin or injection effect happens, said after "where": "the injection was given", "it is applied"
APPLIED_VERBS = r"(?:the|it|you|they|[a-z][\w-]+)\b[^,;]{0,40}?\b(?:applied|given|injected|worn|goes\s+in|went\s+in|" \
    r"put|inserted|sprayed|rubbed|used)"  # (the drug's name too: "where anthralin is applied")
