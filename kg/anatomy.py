"""Words for the parts of the body, read both by the extractor (signs and uses that share a head: "bone, joint
or muscle pain") and by the linker (a listing whose parts share it)."""
from __future__ import annotations

#: Body parts a list of signs shares a word with ("tendon pain, swelling"; "chest, stomach, or back pain").
BODY_PARTS = frozenset("""
    abdomen abdominal ankle ankles arm arms back belly bone bones breast breasts calf chest ear ears elbow eye eyes
    face finger fingers foot feet gum gums hand hands head heel hip hips jaw joint joints knee knees leg legs lip lips
    liver lower mouth muscle muscles neck nose shoulder shoulders skin stomach tendon tendons throat toe toes tongue
    tooth teeth upper wrist wrists thigh thighs groin pelvis pelvic buttock buttocks forearm forearms scalp cheek
    cheeks chin armpit armpits nail nails fingernail fingernails toenail toenails fingertip fingertips
""".split())
