"""Rules firstcontact78-79's misses showed, pinned on invented pages: an answer given as a JSON object with no code
fence, read as a fenced one is, and its FAQs as one-line objects ('{"q": "...?", "a": "..."}'); a crib sheet of
"Label — value" lines, lists after middle dots ("Common · a · b") and "? question — answer" FAQs,
its run-in "reversibly blocks ..." the drug's action; run-in "Indications:" and "Off-label:" lists inside a
paragraph."""
from __future__ import annotations

from tests.test_extract_layouts5 import _x


def test_a_json_answer_with_no_fence() -> None:
    x = _x('Here is the information in a structured format:\n\n{\n  "generic_name": "Zoravir",\n'
           '  "brand_names": ["Zorex", "Zoramed"],\n  "usage": {\n    "approved_uses": [\n'
           '      "Asymptomatic bacteriuria in pregnant women"\n    ],\n    "off_label_uses": [\n'
           '      "Lower urinary tract infections caused by ESBL-producing E. coli"\n    ]\n  },\n'
           '  "side_effects": {\n    "common": ["Nausea", "Diarrhea", "Headache"],\n'
           '    "rare_but_serious": ["Liver inflammation (hepatitis)"]\n  },\n  "faqs": [\n'
           '    {"q": "How long do I take it for?", "a": "Usually 3 days."},\n'
           '    {"q": "Can I take it if I am allergic to penicillin?", "a": "No."}\n  ]\n}\n')
    assert [b.label for b in x.brand_names] == ["Zorex", "Zoramed"]
    assert [(u.label, u.qualifier) for u in x.treats] == [("Asymptomatic bacteriuria", None),
                                                         ("Lower urinary tract infections", "off-label")]
    assert [(e.label, e.serious) for e in x.side_effects] == [("Nausea", False), ("Diarrhea", False),
                                                              ("Headache", False), ("Liver inflammation", True)]
    assert [f.question for f in x.faqs] == ["How long do I take it for?",
                                            "Can I take it if I am allergic to penicillin?"]


def test_a_crib_sheet_of_dash_labels_and_middle_dots() -> None:
    x = _x("Here's a one-screen crib sheet, pharmacist style.\n\nGeneric name \u2014 Zoravir\nBrands \u2014 Zorex "
           "\u00b7 Zoramed (France) \u00b7 generics\n\nUsage \u2014 surgical anaesthesia \u00b7 postoperative pain "
           "\u00b7 labour pain\n\nSide effects \u2014 mostly from the block itself\nCommon \u00b7 low blood pressure "
           "\u00b7 nausea \u00b7 headache\nSerious \u00b7 seizures \u00b7 cardiac arrest\n\nHow it works \u2014 "
           "reversibly blocks voltage-gated sodium channels from inside the nerve membrane\n\nFAQs\n? Max dose "
           "\u2014 roughly 3 mg/kg per injection\n? Safe in labour \u2014 yes, widely used\n")
    assert [b.label for b in x.brand_names][:2] == ["Zorex", "Zoramed"]
    assert [(e.label, e.serious) for e in x.side_effects] == [("Low blood pressure", False), ("Nausea", False),
                                                              ("Headache", False), ("Seizures", True),
                                                              ("Cardiac arrest", True)]
    assert [(m.relation, m.target) for m in x.mechanism if m.is_target] == [("blocks", "voltage-gated sodium channel")]
    assert len(x.faqs) == 2


def test_run_in_labels_of_uses_inside_a_paragraph() -> None:
    x = _x("GENERIC NAME: Zoravir.\n\nUSAGE: Class IC antiarrhythmic. Indications: paroxysmal atrial fibrillation "
           "(PAF), to prolong the time to recurrence, paroxysmal supraventricular tachycardia (PSVT). Off-label: "
           "Wolff-Parkinson-White syndrome, frequent premature ventricular contractions (PVCs).\n")
    assert [(u.label, u.qualifier) for u in x.treats] == [
        ("Paroxysmal atrial fibrillation", None), ("Paroxysmal supraventricular tachycardia", None),
        ("Wolff-Parkinson-White syndrome", "off-label"), ("Frequent premature ventricular contractions", "off-label")]
