"""Layouts of the second first-contact set (tests/fixtures/firstcontact2), each as a small page of
its own with other words: what the extractor must read from it, and what it must not."""
from __future__ import annotations

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Zedamab"):
    text = f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n\n**Note:** This information is AI-generated."
    return extract(parse_text(text, f"{title.lower()}.md"))


def _effects(x) -> dict[str, tuple[str, bool]]:
    return {e.label: (e.category, e.serious) for e in x.side_effects}


def test_side_effect_matrix_table_columns_are_the_groups() -> None:
    x = _x("## Side Effects\n\n"
           "| Organ | Common | Uncommon | Rare but serious |\n|---|---|---|---|\n"
           "| Stomach | Nausea, heartburn | Bloating | Stomach bleeding (black stools) |\n"
           "| Skin | – | Itching | – |\n"
           "| Nerves | Headache | — | Seizures |\n")
    got = _effects(x)
    assert got == {"Nausea": ("Common", False), "Heartburn": ("Common", False), "Bloating": ("Uncommon", False),
                   "Stomach bleeding": ("Rare but serious", True), "Itching": ("Uncommon", False),
                   "Headache": ("Common", False), "Seizures": ("Rare but serious", True)}
    # the row labels only group: never effects, nor are the empty cells
    assert not {"Stomach", "Skin", "Nerves", "Organ", "–", "—"} & set(got)


def test_outline_usage_sentence_items_are_prose_and_lead_in_items_open_their_sub_list() -> None:
    x = _x("1. **Generic Name**\n   - Zedamab\n\n"
           "2. **Usage**\n"
           "   - Zedamab is an oral antifungal (OAF) for nail infections.\n"
           "   - It is used to treat:\n"
           "     - **Tinea unguium** in adults, including people with diabetes\n"
           "     - **Tinea pedis relapse** – after a course of cream, it is given to prevent the fungus coming back\n"
           "   - It is never used on its own: it is combined with a lacquer.\n"
           "   - Zedamab is also inside the combination tablet Fungex (with terbinafine).\n\n"
           "3. **Side Effects**\n   - Common:\n     - Headache\n")
    got = {(t.label, t.qualifier) for t in x.treats}
    assert got == {("Tinea unguium", None), ("Tinea pedis relapse", "prevention")}


def test_list_item_sentences_under_a_label_are_not_conditions() -> None:
    x = _x("**Usage:**\n\n- It is used to treat:\n  - Gout\n  - Psoriasis\n- It is not used for acne.\n")
    assert [t.label for t in x.treats] == ["Gout", "Psoriasis"]


def _mech(how: str) -> set[tuple[str, str]]:
    x = _x(f"**Usage:** Zedamab is used to treat gout.\n\n**How it Works:** {how}\n")
    return {(m.relation, m.target) for m in x.mechanism if m.is_target}


def test_binding_then_holding_open_is_an_opener() -> None:
    assert _mech("It binds to calcium-activated potassium channels in muscle cells and keeps them open for longer.") \
        == {("opens", "calcium-activated potassium channel")}


def test_binding_then_the_verb_on_it_gives_the_relation() -> None:
    got = _mech("By binding to the gamma subunit of the interleukin-9 receptor (IL-9Rγ), zedamab blocks it.")
    assert {r for r, _ in got} == {"blocks"}


def test_enhanced_inactivation_of_a_channel_is_a_block() -> None:
    got = _mech("It is thought to enhance the slow inactivation of voltage-gated calcium channels in neurons.")
    assert got == {("blocks", "voltage-gated calcium channel")}
    assert not any("inactivation" in t for _, t in got)


def test_degree_aside_between_objects_keeps_both() -> None:
    got = _mech("The zedamab-protein complex mainly inactivates factor IXa and, to a lesser degree, factor XIa.")
    assert got == {("inhibits", "factor IXa"), ("inhibits", "factor XIa")}


def test_another_drug_that_enhances_inactivation_is_not_the_drug() -> None:
    assert _mech("Zedamab blocks the H2 receptor. Carbamazepine enhances the fast inactivation "
                 "of sodium channels instead.") == {("blocks", "H2 receptor")}


def test_identity_block_fields_give_brand_class_route_and_forms() -> None:
    x = _x("## The Basics\n\n- 🏷️ **Name:** Zedamab\n- 🏭 **Brand:** Zedix\n"
           "- 🧬 **Type of medicine:** a humanised monoclonal antibody (a biologic)\n"
           "- 💉 **How it's given:** as a subcutaneous injection from a prefilled pen\n\n"
           "## What It's For\n\nZedamab calms one kind of inflammation. It is approved for:\n\n- **Gout**\n")
    assert [b.label for b in x.brand_names] == ["Zedix"]
    assert x.drug_class is not None and x.drug_class.label == "humanised monoclonal antibody"
    assert [r.label for r in x.routes] == ["subcutaneous"]
    assert {f.label for f in x.formulations} == {"injection", "prefilled pen"}


def test_identity_table_rows_give_class_and_forms_not_oral_for_inhaled_capsules() -> None:
    x = _x("## Generic Name\n\n| Field | Details |\n|---|---|\n| Generic name | Zedamab bromide |\n"
           "| Brand names | Zedhaler |\n| Drug class | Long-acting zedic antagonist (LAZA), a bronchodilator |\n"
           "| Route | Inhalation, twice a day |\n| Forms | Inhalation powder capsules for the Zedhaler device |\n\n"
           "## Usage\n\nIt treats asthma.\n")
    assert x.drug_class is not None and x.drug_class.label == "Long-acting zedic antagonist"
    assert [r.label for r in x.routes] == ["inhalation"]
    assert [f.label for f in x.formulations] == ["Inhalation powder capsules"]


def test_generic_name_line_with_sold_as_gives_brand_and_forms() -> None:
    x = _x("**Generic Name.** Zedamab, sold as Zedix (tablets and an injection for intravenous infusion).\n\n"
           "**Usage.** Zedamab is an antiepileptic drug. It is approved to treat focal seizures.\n")
    assert "Zedix" in [b.label for b in x.brand_names]
    assert {f.label for f in x.formulations} == {"tablets", "injection"}


def test_class_from_how_it_works_when_usage_states_none() -> None:
    x = _x("### How It Works\n\nZedamab is a low-molecular-weight heparinoid (LMWH), made from heparin. It binds "
           "antithrombin.\n\n### Usage\n\n- Treating clots in the legs\n")
    assert x.drug_class is not None and x.drug_class.label == "low-molecular-weight heparinoid"


def test_powder_for_oral_suspension_is_one_form() -> None:
    x = _x("**Usage:** Zedamab is an antifungal. It comes as tablets and a powder for oral suspension, "
           "and it treats thrush.\n")
    assert {f.label for f in x.formulations} == {"tablets", "powder for oral suspension"}


def test_short_target_name_takes_the_full_name_given_before() -> None:
    got = _mech("The virus copies itself with its own enzyme, the NS7 RNA-dependent RNA polymerase. Zedamab "
                "inhibits the NS7 polymerase.")
    assert got == {("inhibits", "NS7 RNA-dependent RNA polymerase")}
    assert _mech("Zedamab inhibits the NS7 polymerase.") == {("inhibits", "NS7 polymerase")}


def test_sub_points_of_a_serious_effect_are_its_signs_not_effects() -> None:
    x = _x("## Side Effects\n\n* Stomach: nausea, heartburn\n\nRare but serious:\n\n"
           "* Pancreatitis\n  + signs include severe, constant or stabbing pain in the belly\n"
           "* Severe allergic reaction\n  + a swollen face, lips or tongue and trouble breathing\n\n"
           "Get help at once if you notice any of the signs in the sub-points above.\n")
    got = _effects(x)
    assert got == {"Nausea": ("Stomach", False), "Heartburn": ("Stomach", False),
                   "Pancreatitis": ("Rare but serious", True), "Severe allergic reaction": ("Rare but serious", True)}
    signs = {s.label for s in x.serious_signs}
    assert {"swollen face", "swollen lips", "swollen tongue", "trouble breathing"} <= signs
    assert not any("sub-points" in s or s.startswith("signs include") for s in signs)


def test_group_names_as_plain_items_and_br_descriptions() -> None:
    x = _x("### Side Effects\n\n* Common\n  + Bruising<br>small marks where you injected\n  + Headache\n"
           "* Serious\n  + Bleeding<br>in the gut or the brain, which can be fatal\n")
    assert _effects(x) == {"Bruising": ("Common", False), "Headache": ("Common", False),
                           "Bleeding": ("Serious", True)}


def test_usage_group_item_opens_its_sub_list_and_paren_tail_split() -> None:
    x = _x("### Usage\n\n* **Treating deep vein thrombosis and pulmonary embolism (PE)**<br>for weeks\n"
           "* Off-label uses:\n  + bridging therapy around surgery for people who take warfarin\n\n"
           "### Side Effects\n\n* Common\n  + Nausea\n")
    got = {(t.label, t.abbreviation, t.qualifier) for t in x.treats}
    assert got == {("Deep vein thrombosis", None, None), ("Pulmonary embolism", "PE", None),
                   ("Bridging therapy around surgery", None, "off-label")}
    assert not any(t.label.lower().startswith("off-label") for t in x.treats)


def test_term_dash_lines_after_a_lead_in_are_uses() -> None:
    x = _x("#### Usage\n\nZedamab is an antibiotic. Doctors use it for infections such as:\n\n"
           "Chest infections — pneumonia and bronchitis.\n\nKidney infections (pyelonephritis) — in adults.\n\n"
           "It is also used to prevent recurrent kidney infections in children.\n")
    got = {(t.label, t.qualifier) for t in x.treats}
    assert {("Chest infections", None), ("Kidney infections", None)} <= got
    assert not any(t.label in ("Pneumonia", "Bronchitis") for t in x.treats)  # examples in the description


def test_dash_line_without_a_lead_in_is_prose() -> None:
    x = _x("#### Usage\n\nZedamab is used to treat gout.\n\nBrand note — it is sold as Zedix.\n")
    assert [t.label for t in x.treats] == ["Gout"]


def test_details_summary_faqs_are_questions_with_answers() -> None:
    x = _x("## Usage\n\nZedamab is used to treat gout.\n\n## Questions People Ask\n\n<details>\n"
           "<summary><strong>Can I drink alcohol?</strong></summary>\n\nAvoid it while you take zedamab.\n\n"
           "</details>\n\n<details>\n<summary>Is it safe in pregnancy?</summary>\n\nAsk your doctor first.\n\n"
           "</details>\n")
    assert [(f.question, f.answer) for f in x.faqs] == [("Can I drink alcohol?", "Avoid it while you take zedamab."),
                                                        ("Is it safe in pregnancy?", "Ask your doctor first.")]


def test_labelled_serious_line_with_causes_and_consequences() -> None:
    x = _x("**Side Effects:**\n\n**Common:** headache, nausea\n\n**Serious:** low blood sugar (hypoglycaemia) caused "
           "by taking too much, which can lead to fits (seizures), coma or, rarely, death; severe allergic reactions\n")
    assert _effects(x) == {"Headache": ("Common", False), "Nausea": ("Common", False),
                           "Low blood sugar": ("Serious", True), "Severe allergic reactions": ("Serious", True)}


def test_generic_name_value_with_also_known_as_and_sold_as() -> None:
    x = _x("**Generic Name:** Zedamab (as zedamab acetate), also known as ZDM\n\n**Usage:** It treats gout.\n")
    assert x.drug.label == "Zedamab" and [s.label for s in x.drug.synonyms] == ["ZDM"]
    y = _x("**Generic Name.** Zedamab, sold as Zedix (tablets) and as Zedix XR (capsules).\n\n"
           "**Usage.** It treats gout.\n")
    assert y.drug.label == "Zedamab" and "Zedix" in [b.label for b in y.brand_names]


def test_not_approved_for_that_use_is_no_status() -> None:
    x = _x("**Usage:** Zedamab is approved to treat gout. It was studied for migraine, but it is not approved for "
           "that use.\n")
    assert x.status is None
    assert [(t.label, t.qualifier) for t in x.treats] == [("Gout", None)]


def test_identity_words_spelling_variant_brand_word_gloss_and_other_drugs_route() -> None:
    x = _x("#### Generic Name\n\nZedalexin (spelt zedalexine in the US)\n\n#### Usage\n\nZedalexin is an antibiotic. "
           "It is taken by mouth as capsules or an oral suspension (a liquid for children), and is sold as Zedex; the "
           "older UK brand Zedorex is no longer made. Doctors use it for:\n\n"
           "Bone infections — after a course of intravenous antibiotics.\n")
    assert [s.label for s in x.drug.synonyms] == ["zedalexine"]
    assert [b.label for b in x.brand_names] == ["Zedex", "Zedorex"]
    assert [f.label for f in x.formulations] == ["capsules", "oral suspension"]
    assert [r.label for r in x.routes] == ["oral"]


def test_used_on_the_skin_is_topical() -> None:
    x = _x("**Usage:** Zedamab is an insecticide used on the skin and hair. It comes as a cream and treats scabies.\n")
    assert [r.label for r in x.routes] == ["topical"]


def test_seek_help_and_other_drug_items_in_a_side_effect_list() -> None:
    x = _x("3. **Side Effects**\n   - Most common:\n     - Headache\n"
           "   - Anaemia is also common with this combination, but it is caused by ribavirin, not by zedamab.\n"
           "   - Get medical help straight away if you notice fainting, chest pain, or dark urine.\n")
    assert [e.label for e in x.side_effects] == ["Headache"]
    assert {s.label for s in x.serious_signs} == {"fainting", "chest pain", "dark urine"}


def test_dense_serious_paragraph_causing_and_trigger_clauses() -> None:
    x = _x("**Side Effects.** The most common side effects are dizziness and nausea. Serious side effects are "
           "uncommon: zedamab can slow the heart, causing QT prolongation, heart block or a very slow heartbeat, and "
           "it can trigger atrial flutter, especially in older people. Like all such drugs it can cause low mood in "
           "a small number of people, and rarely it causes DRESS, a multi-organ allergic reaction.\n")
    serious = {e.label for e in x.side_effects if e.serious}
    assert serious == {"QT prolongation", "Heart block", "Very slow heartbeat", "Atrial flutter", "Low mood", "DRESS"}


def test_usage_table_denied_row_and_reducing_flare_ups() -> None:
    x = _x("## Usage\n\n| Use | Who it's for | Notes |\n|---|---|---|\n| Gout | Adults | Daily |\n"
           "| Reducing gout flare-ups (attacks) | Adults with gout | Fewer attacks |\n"
           "| Sudden joint pain | ❌ Not suitable | Use a painkiller instead |\n\n## Side Effects\n\nHeadache.\n")
    assert {(t.label, t.qualifier) for t in x.treats} == {("Gout", None), ("Gout flare-ups", "prevention")}


def test_two_conditions_with_five_word_halves_split() -> None:
    x = _x("**Usage:**\n\n- **Mild haemophilia B and type 2 von Willebrand disease** – before surgery\n")
    assert [t.label for t in x.treats] == ["Mild haemophilia B", "Type 2 von Willebrand disease"]


def test_item_asides_and_populations_are_cut_from_effects() -> None:
    x = _x("## Side Effects\n\nRare but serious:\n\n- 🔺 Seizures, reported very rarely, mostly after an overdose\n"
           "- 🫁 Inflammation of blood vessels (vasculitis) in some people with asthma\n")
    assert set(_effects(x)) == {"Seizures", "Inflammation of blood vessels"}


def test_called_phrase_outside_the_subject_is_no_synonym() -> None:
    x = _x("## What It's For\n\nZedamab calms a kind of swelling, called type 3 swelling, that drives gout. It is "
           "approved for:\n\n- **Gout**\n")
    assert x.drug.synonyms == []
    y = _x("**Usage:** Zedamab, also called ZDM-1, is used to treat gout.\n")
    assert [s.label for s in y.drug.synonyms] == ["ZDM-1"]


def test_intro_paragraph_about_the_drug_gives_routes_and_forms_not_uses() -> None:
    x = _x("Zedaparin is a blood thinner given by injection under the skin. It is used to stop clots.\n\n"
           "### Generic Name\n\nZedaparin\n\n### Usage\n\n* **Treating deep vein thrombosis**\n\n"
           "It is supplied in prefilled syringes and in multi-dose vials.\n")
    assert [r.label for r in x.routes] == ["subcutaneous"]
    assert {f.label for f in x.formulations} == {"injection", "prefilled syringes", "multi-dose vials"}
    assert [t.label for t in x.treats] == ["Deep vein thrombosis"]
    chatty = _x("Sure! Here is a summary given by injection experts.\n\n**Generic Name:** Zedaparin\n\n"
                "**Usage:** It treats gout.\n")
    assert chatty.routes == [] and chatty.formulations == []


def test_used_to_stop_a_condition_is_a_use_but_not_stop_it_forming() -> None:
    x = _x("**Usage.** Zedamab is an antiepileptic drug. It is approved to treat focal seizures. In hospitals it is "
           "also used off-label to stop status epilepticus when other medicines have not worked. It is not used to "
           "stop clots forming in the legs.\n")
    assert {(t.label, t.qualifier) for t in x.treats} == {("Focal seizures", None), ("Status epilepticus", "off-label")}


def test_two_comma_modifiers_of_one_noun_are_one_sign() -> None:
    x = _x("**Side Effects:** Common side effects include headache. Get emergency help if you have black, tarry "
           "stools, pink, red or brown urine, or a sudden severe headache.\n")
    signs = [s.label for s in x.serious_signs]
    assert "black, tarry stools" in signs and "black" not in signs
    assert {"pink urine", "red urine", "brown urine"} <= set(signs)


def test_brand_lists_with_parenthesised_forms_descriptors_and_device_suffixes() -> None:
    x = _x("**Generic Name.** Zedamab, sold as Zedix (tablets, oral solution and an injection) and as Zedix XR "
           "(capsules); cheaper generic tablets are available.\n\n**Usage.** Zedamab is an antiepileptic drug. "
           "It treats gout. Brand names include Zedol, Zedrin and the biosimilar Zedora; the older UK brand Zedmax "
           "is no longer made.\n")
    assert [b.label for b in x.brand_names] == ["Zedix", "Zedix XR", "Zedol", "Zedrin", "Zedora", "Zedmax"]
    y = _x("## Generic Name\n\n| Field | Details |\n|---|---|\n| Generic name | Zedamab |\n"
           "| Brand names | Zedhaler Mist, Zedhaler Dry |\n"
           "| Forms | an inhalation spray in a soft mist inhaler (Mist) |\n\n## Usage\n\nIt treats asthma.\n")
    assert [b.label for b in y.brand_names] == ["Zedhaler Mist", "Zedhaler Dry"]
    assert {f.label for f in y.formulations} == {"inhalation spray", "soft mist inhaler"}


def test_bare_form_first_in_a_list_of_forms_is_kept() -> None:
    x = _x("| Section | Details |\n|---|---|\n| **Generic Name** | Zedamab |\n"
           "| **Usage** | Zedamab is a hormone analogue. It is used for:<br>• **Gout**<br>Forms: tablets, "
           "melt-in-the-mouth tablets and nasal spray |\n| **Side Effects** | **Common:** headache |\n")
    assert {f.label for f in x.formulations} == {"tablets", "melt-in-the-mouth tablets", "nasal spray"}


def test_faq_question_items_answered_by_sub_bullets() -> None:
    x = _x("### Usage\n\n* **Gout**\n\n### FAQs\n\n* **How do I inject it?**\n  + Pinch a fold of skin on the belly.\n"
           "  + Do not rub the site.\n* **Can I drink alcohol?**\n  + Only a little.\n")
    assert [(f.question, f.answer) for f in x.faqs] == [
        ("How do I inject it?", "Pinch a fold of skin on the belly. Do not rub the site."),
        ("Can I drink alcohol?", "Only a little.")]
    assert not [w for w in x.coverage.warnings if w.kind == "faq-without-answer"]
