"""Answer formats firstcontact93's pages showed the reader had never seen, pinned on invented pages (other drugs,
other words): schema.org JSON-LD and a Gherkin feature file, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

import json

from kg import formats
from tests.test_extract_layouts5 import _mech, _x

_LD = "As schema.org data:\n\n```json\n" + json.dumps({
    "@context": "https://schema.org", "@type": "Drug", "name": "Zoravir", "proprietaryName": ["Zorivex", "Zoracin"],
    "drugClass": {"@type": "DrugClass", "name": "Nucleoside analogue"},
    "administrationRoute": "Oral", "dosageForm": ["Tablets", "Oral suspension"],
    "indication": [{"@type": "MedicalIndication", "name": "Shingles", "description": "In adults."},
                   {"@type": "MedicalIndication", "name": "Eczema herpeticum", "description": "Off-label use."}],
    "adverseOutcome": [{"@type": "MedicalEntity", "name": "Headache", "description": "common"},
                       {"@type": "MedicalEntity", "name": "Nausea", "description": "less common"}],
    "seriousAdverseOutcome": [{"@type": "MedicalEntity", "name": "Kidney injury", "description": "rare"}],
    "mechanismOfAction": "Zoravir inhibits viral DNA polymerase, so the virus cannot copy itself.",
    "subjectOf": {"@type": "FAQPage", "mainEntity": [
        {"@type": "Question", "name": "Can I drink alcohol?",
         "acceptedAnswer": {"@type": "Answer", "text": "Yes, in moderation."}}]},
}, indent=2) + "\n```"


def test_schema_org_json_ld() -> None:
    x = _x(_LD)
    assert [b.label for b in x.brand_names] == ["Zorivex", "Zoracin"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "nucleoside analogue"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Shingles", None), ("Eczema herpeticum", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Headache", "Common", False), ("Nausea", "Less common", False), ("Kidney injury", "Rare", True)]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


_GHERKIN = '''As a feature file:

```gherkin
Feature: Zoravir
  As a patient
  I want to know about zoravir

  Background:
    Given the generic name is "Zoravir"
    And its drug class is "nucleoside analogue"

  Scenario: Approved uses
    Given an adult
    Then it treats "shingles"
    And it treats "cold sores" in people with a normal immune system

  Scenario: Common side effects
    Given a patient has taken a dose
    Then it may cause "headache"
    And it may cause "nausea"

  Scenario Outline: Serious side effects
    When the patient develops "<effect>"
    Then the patient should get help for "<signs>"

    Examples:
      | effect        | signs                        |
      | kidney injury | very little urine, confusion |

  Scenario: How it works
    Then it inhibits viral DNA polymerase

  # Frequently asked questions
  # Q: Can I drink alcohol?
  # A: Yes, in moderation.
```'''


def test_a_gherkin_feature_file() -> None:
    x = _x(_GHERKIN)
    assert [u.label for u in x.treats] == ["Shingles", "Cold sores"]
    assert [(e.label, e.serious) for e in x.side_effects] == [("Headache", False), ("Nausea", False),
                                                              ("Kidney injury", True)]
    assert [s.label.casefold() for s in x.serious_signs] == ["very little urine", "confusion"]
    assert _mech(x) == {("inhibits", "viral DNA polymerase")}
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?"]


def test_both_keep_their_lines() -> None:
    for page in (_LD, _GHERKIN):
        assert formats.rewrite(page).count("\n") == page.count("\n") and formats.rewrite(page) != page
