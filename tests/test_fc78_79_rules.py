"""Rules firstcontact78-79's misses showed, pinned on invented pages: an answer given as a JSON object with no code
fence, read as a fenced one is, and its FAQs as one-line objects ('{"q": "...?", "a": "..."}')."""
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
