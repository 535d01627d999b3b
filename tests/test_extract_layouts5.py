"""Layouts of the fifth first-contact set (tests/fixtures/firstcontact5), each as a small page of
its own with other words: what the extractor must read from it, and what it must not."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Zoravir"):
    text = f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n\n**Note:** This information is AI-generated."
    return extract(parse_text(text, f"{title.lower()}.md"))


def _effects(x) -> dict[str, str]:
    return {e.label: e.category for e in x.side_effects}


def test_citation_markers_are_not_part_of_labels_or_items() -> None:
    x = _x("## Usage\n\n- **Chronic gout**[2][3] – to lower uric acid\n\n"
           "## Side Effects\n\n**Frequent**[1][4]:\n- Dry mouth[1]\n- Blurred vision\n\n"
           "**Serious**[2]:\n- Kidney stones[3]\n\n"
           "## Sources\n\n1. Smith J. Zoravir in acute kidney failure. Lancet. 2020\n"
           "2. Lee K. Gout trials with allopurinol. BMJ. 2019\n")
    assert _effects(x) == {"Dry mouth": "Frequent", "Blurred vision": "Frequent", "Kidney stones": "Serious"}
    assert [t.label for t in x.treats] == ["Chronic gout"]
    labels = {e.label for e in x.side_effects} | {t.label for t in x.treats}
    assert not any("[" in label for label in labels)  # no "[1]" node, no "Dry mouth[1]"
    assert not any("kidney failure" in label.lower() for label in labels)  # a source's title is no claim


def test_decimal_outline_lines_are_items_and_sub_headings_are_labels() -> None:
    x = _x("## 2. Usage\n\n### 2.1 Approved uses\n\n"
           "2.1.1 Chronic gout – to lower uric acid\n2.1.2 Kidney stones of uric acid\n\n"
           "## 3. Side Effects\n\n### 3.1 Common\n\n3.1.1 Dry mouth\n3.1.2 Blurred vision\n\n"
           "### 3.2 Serious (rare)\n\n3.2.1 Liver damage\n")
    assert _effects(x) == {"Dry mouth": "Common", "Blurred vision": "Common", "Liver damage": "Serious"}
    assert {t.label for t in x.treats} == {"Chronic gout", "Kidney stones of uric acid"}
    # one node per outline line, never the whole block, never the number
    assert not any(ch.isdigit() for e in x.side_effects for ch in e.label)


def test_a_dose_line_is_not_an_outline_item() -> None:
    from kg.parse import _DECIMAL_ITEM
    assert not _DECIMAL_ITEM.findall("2.5 mg twice a day\n0.5 mg at night\n")


def test_clinician_shorthand_labels_are_the_prompt_sections() -> None:
    from kg.sections import section_kind
    assert section_kind("ADRs:") == "side_effects"
    assert section_kind("MOA") == "mechanism"
    assert section_kind("Pt FAQs:") == "faqs"
    assert section_kind("Indications:") == "uses"
    assert section_kind("Moab") is None


def test_shorthand_usage_items() -> None:
    x = _x("Indications:\n"
           "- Chronic gout – flares and tophi [Zoralo]\n"
           "- ↓ risk of kidney stones – in pts w/ high uric acid\n"
           "- Off-label: psoriatic arthritis\n"
           "- ✗ rheumatoid arthritis; ✗ not a painkiller\n")
    got = {t.label: t.qualifier for t in x.treats}
    assert got == {"Chronic gout": None, "Kidney stones": "prevention", "Psoriatic arthritis": "off-label"}
    assert "Off-label" not in got and "Rheumatoid arthritis" not in got  # a qualifier is no node, ✗ negates


def test_shorthand_side_effect_items() -> None:
    x = _x("ADRs:\n"
           "- Very common (>10%): dry mouth / blurred vision / constipation – dose-related, ↓ over time\n"
           "- Serious:\n  - Liver damage\n"
           "- → Seek care: yellow skin or eyes; dark urine\n")
    assert _effects(x) == {"Dry mouth": "Very common", "Blurred vision": "Very common",
                           "Constipation": "Very common", "Liver damage": "Serious"}
    signs = {s.label.casefold() for s in x.serious_signs}
    assert {"yellow skin or eyes", "dark urine"} <= signs
    assert not {"Seek care", "Serious", "Very common"} & set(_effects(x))


def _mech(x) -> set[tuple[str, str]]:
    return {(m.relation, m.target) for m in x.mechanism}


def test_binds_then_blocks_it_is_a_block() -> None:
    x = _x("## How it Works\n\nZoravir binds reversibly to the Q7 receptor on nerve cells and blocks it[3].\n")
    assert _mech(x) == {("blocks", "Q7 receptor")}


def test_shorthand_mechanism_items() -> None:
    x = _x("MOA:\n- Agonist at the Q7 receptor; mimics the natural hormone (90% similar)\n"
           "- → ↑ bile secretion (meal-dependent, so low risk alone)\n")
    got = _mech(x)
    assert ("activates", "Q7 receptor") in got
    assert ("increases", "bile secretion") in got
    assert not any("(" in target for _, target in got)  # no "bile secretion (meal-dependent"


def test_another_drug_that_works_differently_is_not_the_target() -> None:
    x = _x("## How it Works\n\nZoravir blocks Q7 receptors. Zoravir works differently from brimetron, which blocks "
           "Q9 receptors; Zoravir does not block Q9 receptors.\n")
    assert _mech(x) == {("blocks", "Q7 receptor")}


def test_usage_prose_used_for_its_effect_is_no_use() -> None:
    x = _x("## Usage\n\nZoravir is used mainly for its calming effect on the stomach and the gut's nerves. "
           "It is used for:\n\n- Chronic gout\n\nIt also lowers the risk of kidney stones[2]. Keeping uric acid "
           "low lowers the chance of joint damage and kidney failure.\n")
    got = {t.label: t.qualifier for t in x.treats}
    assert got == {"Chronic gout": None, "Kidney stones": "prevention"}  # outcomes of another subject: no uses


def test_off_label_item_drops_its_shorthand_population() -> None:
    x = _x("Indications:\n- Chronic gout\n- Off-label: psoriatic arthritis in pts w/ gout\n")
    assert {t.label: t.qualifier for t in x.treats} == {"Chronic gout": None, "Psoriatic arthritis": "off-label"}


def test_serious_prose_frequency_aside_and_dash_gloss_are_not_effects() -> None:
    x = _x("## Side Effects\n\n- Nausea\n\nSerious side effects are rare. They include liver damage and, very rarely, "
           "toxic epidermal necrolysis — a severe skin reaction with peeling — and a slow heartbeat.\n")
    got = _effects(x)
    assert {"Liver damage", "Toxic epidermal necrolysis", "Slow heartbeat"} <= set(got)
    assert not any("rarely" in e.lower() or "—" in e or e.endswith(" and") for e in got)


def test_group_label_with_parenthetical_over_a_list_with_a_gloss() -> None:
    x = _x("**Side Effects:** Possible side effects include:\n\n"
           "* **Skin reactions (gels, sprays):** Itching, redness, contact dermatitis (a rash where it is applied)\n")
    assert _effects(x) == {"Itching": "Skin reactions", "Redness": "Skin reactions",
                           "Contact dermatitis": "Skin reactions"}


def test_a_bare_head_noun_is_no_use() -> None:
    x = _x("**Usage:** Zoravir is an antifungal used to treat infections caused by *Tinea* fungi. "
           "It is also used to treat fungal nail infections.\n")
    assert {t.label for t in x.treats} == {"Fungal nail infections"}


def test_a_group_word_alone_is_never_an_effect() -> None:
    x = _x("## Side Effects\n\n*Uncommon (up to 1 in 100 people):*\n\n- Hiccups\n\n* Serious\n  * Seizures\n\n"
           "• Less common: taste changes; tiredness\n")
    got = _effects(x)
    assert {"Hiccups", "Seizures", "Tiredness"} <= set(got)
    assert not {"Uncommon", "Serious", "Less common", "Common", "Very rarely"} & set(got)


def test_an_instruction_after_a_signs_dash_is_no_sign() -> None:
    x = _x("## Side Effects\n\n- Nausea\n\n### Call your doctor at once if you notice\n\n"
           "- Dark urine – stop the medicine and have a blood test the same day\n- Yellow eyes\n")
    signs = {s.label.casefold() for s in x.serious_signs}
    assert {"dark urine", "yellow eyes"} <= signs
    assert not any("stop" in s or "blood test" in s for s in signs)


def test_a_precaution_calls_the_drug_it_in_any_case_but_not_its_product() -> None:
    """The drug's own name is 'it' in a precaution, however it is capitalised ('ZORAVIR'); a
    product of it ('Zoravir gel') keeps its name. (The name's pattern is compiled only for a
    precaution that holds the name.)"""
    x = _x("**Usage:** Zoravir treats headache.\n\n**Side Effects:**\n- Nausea\n\n**Precautions:**\n"
           "- Do not take ZORAVIR if you have kidney disease.\n"
           "- Tell your doctor before using Zoravir gel if you are pregnant.\n")
    assert [p.text for p in x.precautions] == ["Do not take it if you have kidney disease",
                                               "Tell a doctor before using Zoravir gel if you are pregnant"]


def test_stages_or_forms_of_a_use_are_no_uses_of_their_own() -> None:
    """'dementia of the Alzheimer's type in its mild, moderate and severe stages' gave the uses
    'Moderate' and 'Stages'; the phrase ends the condition, and a list goes on after it."""
    cases = {
        "Zoravir is used to treat dementia of the Alzheimer's type in its mild, moderate and severe stages.":
            {"Dementia of the Alzheimer's type"},
        "Zoravir is used to treat Parkinson's disease in all its forms and restless legs syndrome.":
            {"Parkinson's disease", "Restless legs syndrome"},
        "Zoravir treats breast cancer in its early and advanced stages, and osteoporosis in women after menopause.":
            {"Breast cancer", "Osteoporosis"},
    }
    for usage, uses in cases.items():
        x = _x(f"**Usage:** {usage}\n\n**Side Effects:**\n- Headache\n")
        assert {t.label for t in x.treats} == uses, usage


def test_how_and_how_often_between_a_use_verb_and_its_purpose() -> None:
    """'A drug taken by mouth once a day to relieve the pain, swelling and stiffness of X and Y'
    gave no use: the route and the frequency stood between 'taken' and 'to relieve'."""
    cases = {
        "An anti-inflammatory drug (NSAID) taken by mouth once a day to relieve the pain, swelling and stiffness of "
        "osteoarthritis and rheumatoid arthritis in adults.": {"Osteoarthritis", "Rheumatoid arthritis"},
        "Zoravir is given once daily to prevent migraine.": {"Migraine"},
        "Zoravir is taken twice a day to treat gout.": {"Gout"},
    }
    for usage, uses in cases.items():
        x = _x(f"**Usage:** {usage}\n\n**Side Effects:**\n- Headache\n")
        assert {t.label for t in x.treats} == uses, usage


def test_products_in_the_generic_names_parentheses_give_brands_and_forms() -> None:
    """'Meloxicam (Mobic tablets and oral suspension, Vivlodex capsules, Qmiiz ODT orally
    disintegrating tablets)' gave nothing: the pieces are products, each a brand and its forms.
    Pieces that are names alone stay synonyms."""
    x = _x("**Generic Name:** Zoravir (Zorax tablets and oral suspension, Zoramax capsules, Zoraq ODT orally "
           "disintegrating tablets).\n\n**Usage:** It treats gout.\n\n**Side Effects:**\n- Headache\n")
    assert [b.label for b in x.brand_names] == ["Zorax", "Zoramax", "Zoraq ODT"]
    assert {f.label for f in x.formulations} == {"tablets", "oral suspension", "capsules",
                                                 "orally disintegrating tablets"}
    assert not x.drug.synonyms
    y = _x("**Generic Name:** Zoravir (ZRV, zoravirum)\n\n**Usage:** It treats gout.\n\n"
           "**Side Effects:**\n- Headache\n")
    assert [s.label for s in y.drug.synonyms] == ["ZRV", "zoravirum"] and not y.brand_names


def test_a_yaml_answers_identity_keys_give_class_routes_and_forms() -> None:
    """A fenced YAML answer ('drug_class: X', 'routes: [oral, intravenous]', 'forms:' over items)
    gave none of them: a short heading value of a known section was dropped, unsaid, and the
    keys after the generic name were not read as fields."""
    x = _x("```yaml\ngeneric_name: Zoravir\nbrand_names:\n  - Zorax\ndrug_class: carbonic anhydrase inhibitor\n"
           "routes: [oral, intravenous]\nforms:\n  - tablets (125 mg, 250 mg)\n  - extended-release capsules (500 mg)\n"
           "usage:\n  - Glaucoma\nside_effects:\n  - Headache\n```\n")
    assert x.drug_class is not None and x.drug_class.label == "carbonic anhydrase inhibitor"
    assert [r.label for r in x.routes] == ["oral", "intravenous"]
    assert {f.label for f in x.formulations} == {"tablets", "extended-release capsules"}
    assert [b.label for b in x.brand_names] == ["Zorax"]


def test_brands_after_biosimilar_and_over_the_counter_cues_and_after_a_form_in_parentheses() -> None:
    x = _x("**Usage:** Zoravir is a biologic given as an injection. The original brand is Zorax; biosimilar "
           "versions include Zorimab, Zorvio and Zorq. It is sold by prescription as Zoramax and over the counter "
           "as Zorlite and Zoravir Less Drowsy. It treats:\n"
           "- **Drooling** – in children with cerebral palsy (oral solution, Zoradrop)\n"
           "- **Peptic ulcer** – as an add-on treatment in adults (tablets, Zoratab and Zoratab Forte)\n\n"
           "**Side Effects:**\n- Headache\n")
    assert [b.label for b in x.brand_names] == ["Zorax", "Zorimab", "Zorvio", "Zorq", "Zoramax", "Zorlite",
                                                "Zoravir Less Drowsy", "Zoradrop", "Zoratab", "Zoratab Forte"]


def test_a_form_named_for_another_medicine_is_not_the_drugs() -> None:
    """'... are separate medicines, and so is apremilast (Otezla), a tablet for psoriasis' gave an
    injected biologic a tablet and the oral route; a form said before that clause stays."""
    x = _x("**Usage:** Zoravir is given as a subcutaneous injection, using a prefilled pen. Other blockers, such as "
           "zorcept (Zorel), are separate medicines, and so is zoremilast (Zotezla), a tablet for psoriasis. "
           "Zorbev (with formoterol) is a combination inhaler, and Zorvent is a different drug. It treats gout.\n\n"
           "**Side Effects:**\n- Headache\n")
    # (nor is a combination product's form: "Zorbev ... is a combination inhaler", see tests/test_identity17.py)
    assert {f.label for f in x.formulations} == {"injection", "prefilled pen"}
    assert "oral" not in [r.label for r in x.routes]


def test_routes_said_as_a_vein_or_muscle_and_by_abbreviation() -> None:
    x = _x("**Generic Name:** Zoravir\n\n**Usage:** Zoravir comes as tablets, a nasal spray and an injection into a "
           "vein or muscle. It treats gastroparesis.\n\n**Side Effects:**\n- Headache\n")
    assert {r.label for r in x.routes} == {"oral", "nasal", "intravenous", "intramuscular"}
    y = _x("**Generic Name:** Zoravir\n\n**Usage:** Zoravir is given once weekly by injection (SC); a tablet is "
           "taken PO once daily. It treats type 2 diabetes.\n\n**Side Effects:**\n- Headache\n")
    assert {r.label for r in y.routes} == {"subcutaneous", "oral"}
    z = _x("**Generic Name:** Zoravir\n\n**Usage:** Zoravir comes as tablets and as an injection for use in a vein. "
           "It treats hypothyroidism.\n\n**Side Effects:**\n- Headache\n")
    assert {r.label for r in z.routes} == {"intravenous", "oral"}
