"""Answer formats firstcontact97's pages showed the reader had never seen, pinned on invented pages (other drugs,
other words): a Discord bot message with an embed, a Neo4j Cypher import script, a YAML document whose uses are maps
and a Textile (Redmine) wiki page, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

import json

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _field(name: str, value: str, inline: bool = False) -> dict[str, object]:
    return {"name": name, "value": value, "inline": inline}


_DISCORD = json.dumps({"content": "Card for **velmora** \U0001f48a", "embeds": [{
    "title": "Velmora", "description": "A short card about an antifungal pill.", "color": 15105570,
    "fields": [
        _field("\U0001f9fe Generic Name", "**Velmora**\n**Brand:** Velmax"),
        _field("\U0001f3af Usage", "Velmora is used for:\n\u2022 **Nail fungus** of the toes\n\u2022 **Ringworm**"),
        _field("\U0001f7e1 Common", "\u2022 Upset stomach\n\u2022 Metallic taste\n\u2022 Itchy rash", True),
        _field("\U0001f534 Serious (rare)", "\u2022 **Liver injury**\n\u2022 **Loss of taste** that lasts", True),
        _field("\U0001f691 When to get help", "Call a doctor if you notice dark urine or pale stools."),
        _field("\u2699\ufe0f How It Works", "Velmora inhibits squalene epoxidase in the fungus."),
        _field("\u2753 Can I take it with antacids?", "Yes, antacids do not change how it is absorbed."),
        _field("\u2753 How long is a course?", "Usually twelve weeks for toenails."),
    ],
    "footer": {"text": "Not medical advice."}}]}, indent=2, ensure_ascii=False)


def test_a_discord_embed() -> None:
    _same_lines(_DISCORD)
    x = _x(_DISCORD, "Velmora")
    assert x.drug is not None and x.drug.label == "Velmora"
    assert [b.label for b in x.brand_names] == ["Velmax"]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Upset stomach", "Common", False), ("Metallic taste", "Common", False), ("Itchy rash", "Common", False),
        ("Liver injury", "Serious", True), ("Loss of taste", "Serious", True)]
    assert [s.label for s in x.serious_signs] == ["dark urine or pale stools"]
    assert _mech(x) == {("inhibits", "squalene epoxidase")}
    assert [f.question for f in x.faqs] == ["Can I take it with antacids?", "How long is a course?"]


def test_an_ordinary_page_with_json_words_is_untouched() -> None:
    page = ('## Usage\n\nThe app shows "embeds" of cards.\n\n- "name": "Usage", "value": "x"\n'
            '- "name": "Other", "value": "y"\n')
    assert formats.rewrite(page) == page


_CYPHER = "\n".join([
    "The import script:", "", "```cypher", "// ===== Drug =====", "CREATE (m:Drug {", "  name: 'Velmora',",
    "  brands: ['Velmax', 'Onyvel'],", "  drugClass: 'Allylamine antifungal'", "})", "",
    "// ===== Usage =====",
    "MERGE (u1:Condition {name: 'Onychomycosis', abbreviation: 'OM'})",
    "CREATE (m)-[:TREATS {approved: true}]->(u1)",
    "MERGE (u2:Condition {name: 'Tinea capitis'})",
    "CREATE (m)-[:TREATS {approved: false, offLabel: true, note: 'in older children'}]->(u2)", "",
    "// ===== Side effects =====",
    "CREATE (m)-[:CAUSES]->(:SideEffect {name: 'Taste disturbance', frequency: 'common'})",
    "CREATE (m)-[:CAUSES]->(:SideEffect {name: 'Headache', frequency: 'common'})",
    "CREATE (m)-[:CAUSES]->(:SideEffect {name: 'Liver failure', frequency: 'rare', serious: true})", "",
    "// ===== Mechanism =====",
    "SET m.mechanism = 'Velmora stops the fungus from making its cell membrane.'",
    "MERGE (t:Target {name: 'Squalene epoxidase', symbol: 'SQLE'})",
    "CREATE (m)-[:INHIBITS]->(t)",
    "MERGE (p:Process {name: 'Ergosterol synthesis'})",
    "CREATE (m)-[:INHIBITS]->(p)", "",
    "// ===== FAQs =====",
    "CREATE (m)-[:HAS_FAQ]->(:FAQ {question: 'Can I drink alcohol?', answer: 'Keep it light.'})",
    "CREATE (m)-[:HAS_FAQ]->(:FAQ {question: 'When will my nails look better?', answer: 'After months.'})",
    "```"])


def test_a_cypher_script() -> None:
    _same_lines(_CYPHER)
    x = _x(_CYPHER, "Velmora")
    assert x.drug is not None and x.drug.label == "Velmora"
    assert [b.label for b in x.brand_names] == ["Velmax", "Onyvel"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "allylamine antifungal"
    assert [(u.label, u.abbreviation, u.qualifier) for u in x.treats] == [
        ("Onychomycosis", "OM", None), ("Tinea capitis", None, "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Taste disturbance", "Common", False), ("Headache", "Common", False), ("Liver failure", "Rare", True)]
    assert {("inhibits", "squalene epoxidase"), ("decreases", "ergosterol synthesis")} <= _mech(x)
    assert [f.question for f in x.faqs] == ["Can I drink alcohol?", "When will my nails look better?"]


def test_an_ordinary_page_that_says_create_is_untouched() -> None:
    page = ("## FAQs\n\n**Can I CREATE a routine?** Yes.\n\n- CREATE a reminder (daily)\n- MERGE doses (never)\n"
            "- SET an alarm\n- CREATE (a) note\n- MATCH (b) times\n- SET (c) goals\n")
    assert formats.rewrite(page) == page


_YAML = "\n".join([
    "Here it is as YAML:", "", "```yaml", "generic_name: Corvadil", "brand_names:", "  - Corvex",
    "drug_class: nitrate vasodilator", "", "uses:", "  - condition: Stable angina", "    status: approved",
    "    note: To stop attacks and to prevent them before exercise.", "  - indication: Anal fissure",
    "    status: off-label", "    note: >", "      As an ointment, when creams have not helped.", "",
    "adverse_effects:", "  common:", "    - Throbbing headache", "    - item: Flushing",
    "      note: Mostly in the first week",
    "  serious:", "    - item: Fainting", "      note: When standing up quickly", "  seek_help: >",
    "    Get emergency help for chest pain that lasts longer than usual.", "",
    "how_it_works: |", "  Corvadil releases nitric oxide, which relaxes the veins.", "",
    "faqs:", "  - question: Can I take it with sildenafil?", "    answer: No, the blood pressure can fall very low.",
    "  - question: Where should I keep it?", "    answer: >", "      In its glass bottle, away from heat.", "```"])


def test_a_yaml_document_with_maps_in_its_lists() -> None:
    _same_lines(_YAML)
    x = _x(_YAML, "Corvadil")
    assert x.drug is not None and x.drug.label == "Corvadil"
    assert [b.label for b in x.brand_names] == ["Corvex"]
    assert [(u.label, u.qualifier) for u in x.treats] == [("Stable angina", None), ("Anal fissure", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Throbbing headache", "Common", False), ("Flushing", "Common", False), ("Fainting", "Serious", True)]
    assert [s.label for s in x.serious_signs] == ["chest pain that lasts longer than usual"]
    assert [f.question for f in x.faqs] == ["Can I take it with sildenafil?", "Where should I keep it?"]


def test_one_yaml_reader_renders_a_document_with_maps_as_it_renders_an_outline() -> None:
    """The keys and items outside a list's maps read as the YAML outline's reader reads them (one reader, not two
    that disagree: a nested key with a short value is a sub-heading that carries it in both)."""
    doc = formats.rewrite(_YAML).split("\n")
    for k, line in enumerate(_YAML.split("\n")):
        if line.startswith(("generic_name", "drug_class", "adverse_effects", "  common:", "  serious:")):
            assert doc[k] == formats.yaml_line(line), line
    small = "\n".join(["usage:", "  - condition: Angina", "    status: approved", "  - condition: Fissure",
                        "    status: off-label", "side_effects:", "  common: [Headache, Flushing]", "  serious:",
                        "    - Fainting", "how_it_works: It relaxes the veins."])
    assert formats.rewrite(small).split("\n")[6] == "### Common: Headache, Flushing"
    assert formats.yaml_line("  common: [Headache, Nausea]") == "### Common: Headache, Nausea"
    assert formats.yaml_line("generic_name: 'Corvadil'  # the INN") == "## Generic name: Corvadil"
    assert formats.yaml_line("  - 'Corvex'") == "- Corvex"
    assert formats.yaml_line("  - question: Can I drive?") == "- Q: Can I drive?"
    assert formats.yaml_line("  summary: It relaxes the veins and lowers the heart's work.") == \
        "It relaxes the veins and lowers the heart's work."
    assert formats.yaml_line("how_it_works: |") == "## How it works"
    assert formats.yaml_line("   # a comment") == ""


def test_an_ordinary_page_with_key_value_lines_is_untouched() -> None:
    page = ("## Usage\n\n- name: Angina\n  note: for attacks\n- name: Fissures\n  note: as ointment\n\n"
            "Route: oral\n")
    assert formats.rewrite(page) == page


_TEXTILE = "\n".join([
    "h1. Dravoxin", "", "h2. Generic Name", "", "*Dravoxin* (brand name: *Dravex*)", "",
    "* Drug class: tetracycline antibiotic", "", "p(note). Sold only on prescription.", "",
    "h2. Usage", "", "h3. Approved uses", "", "# *Acne* \u2013 moderate to severe", "# *Rosacea*", "",
    "h3. Off-label uses", "", "# *Lyme disease* \u2013 early stage", "",
    "bq. Dravoxin does not treat viral colds.", "",
    "h2. Side Effects", "", "h3. Common", "", "|_. Effect |_. How often |", "| Sun sensitivity | about 1 in 10 |",
    "| Upset stomach | about 1 in 20 |", "", "h3. Serious", "", "* *Pressure in the skull* (rare)", "",
    "p(note). Call your doctor right away if you have a severe headache or blurred vision.", "",
    "h2. How it Works", "", "It binds to the _30S ribosomal subunit_ and blocks protein synthesis in bacteria.", "",
    "h2. FAQs", "", "*Can I take it with milk?*", "", "No, calcium stops it from being absorbed.", "",
    "*Will it stain my teeth?*", "", "Not in adults."])


def test_a_textile_page() -> None:
    _same_lines(_TEXTILE)
    x = _x(_TEXTILE, "Dravoxin")
    assert [b.label for b in x.brand_names] == ["Dravex"]
    assert [(u.label, u.qualifier) for u in x.treats] == [("Acne", None), ("Rosacea", None),
                                                          ("Lyme disease", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Sun sensitivity", "Common", False), ("Upset stomach", "Common", False),
        ("Pressure in the skull", "Serious", True)]
    assert [s.label for s in x.serious_signs] == ["severe headache or blurred vision"]
    assert len(x.faqs) == 2


def test_a_jira_page_is_left_to_the_jira_reader() -> None:
    page = "h1. Dravoxin\n\nh2. Usage\n\n* Acne\n\nh2. Side Effects\n\n||Effect||Frequency||\n|Nausea|Common|\n"
    assert formats.rewrite(page) == page


def test_a_tab_whose_opening_tag_has_a_bare_attribute_names_its_group() -> None:
    # '<TabItem value="common" label="Common" default>': a boolean attribute with no value, as MDX marks the default
    page = ("## Side Effects\n\n<Tabs>\n  <TabItem value=\"common\" label=\"Common\" default>\n\n- Headache\n"
            "- Nausea\n\n  </TabItem>\n  <TabItem value=\"serious\" label=\"Serious\">\n\n- Fainting\n\n  </TabItem>\n"
            "</Tabs>\n\n"
            "## FAQs\n\n" + "".join(f"<details>\n<summary>Question {n}?</summary>\n\nAnswer {n}.\n\n</details>\n\n"
                                     for n in range(1, 7)))
    _same_lines(page)
    x = _x(page)
    assert [(e.label, e.category) for e in x.side_effects] == [("Headache", "Common"), ("Nausea", "Common"),
                                                               ("Fainting", "Serious")]
