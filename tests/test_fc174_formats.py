"""Answer formats firstcontact174's pages showed the reader had never seen (helper A's three), pinned on invented pages
(another drug, other words, other key names): a crontab whose comments and environment lines hold the answer, a Pug
(Jade) template whose unbuffered code holds the data its markup renders, and an LDIF file whose entries hold it, each
rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _vestibrex(page: str):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious), target, questions and signs as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Vestibrex")
    assert [b.label for b in x.brand_names] == ["Vestor", "Calmivex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "antihistamine"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Motion sickness", None), ("Allergic rhinitis", None),
                                                          ("Insomnia", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Drowsiness", "Frequent", False), ("Dry mouth", "Frequent", False), ("Seizures", "Serious", True)]
    assert ("blocks", "H1 receptor") in _mech(x)
    assert [f.question for f in x.faqs] == ["Can I drive after a dose?", "Does it make me sleepy?"]
    assert [s.label for s in x.serious_signs] == ["fainting", "chest pain", "racing heartbeat"]
    return x


_CRONTAB = "\n".join([
    "Vestibrex as a crontab, with the card in its comments:", "",
    "```cron", "# ****************************************", "#  vestibrex.cron - card and evening reminder",
    "#  min hour day month weekday  command", "# ****************************************",
    "CRON_TZ=Europe/Dublin", "MAILTO=nurse@example.org", "",
    "# ======== Generic Name ========", 'INN="Vestibrex"', "TRADE_NAMES='Vestor, Calmivex'",
    'THERAPEUTIC_CLASS="Antihistamine"', "",
    "# ======== Usage ========", "# Indications:", "#  * Motion sickness: taken an hour before travel",
    "#  * Allergic rhinitis: hay fever in spring", "#  * [off-label] Insomnia: short courses only,",
    "#    never for more than a week", "",
    "# ======== Side Effects ========", "# Frequent:", "#  * Drowsiness", "#  * Dry mouth",
    "# Serious:", "#  * Seizures", "# Call an ambulance if you notice fainting, chest pain or a racing heartbeat.",
    "", "# ======== How it Works ========",
    "# Vestibrex blocks H1 receptors in the inner ear and the brain, so nausea", "# signals are damped.", "",
    "# ======== FAQs ========", "# Question 1: Can I drive after a dose?", "#   No, wait until the next day.",
    "# Question 2: Does it make me sleepy?", "#   Yes, often; take it at night.", "",
    "30 21 * * 1-5  notify-send 'Vestibrex: evening dose'", "0 22 * * 6,0  notify-send 'Vestibrex: weekend dose'",
    "```"])


def test_a_crontab_whose_comments_hold_the_answer() -> None:
    _vestibrex(_CRONTAB)  # (banners "# ==== X ====", "*" items, a "[off-label]" tag, "Question n:" over its answer)
    out = formats.rewrite(_CRONTAB).split("\n")
    assert out[2:10] == [""] * 8  # (the fence, the boxed header, the legend, cron's own variables)
    assert out[10:14] == ["## Generic Name", "**Vestibrex**", "- **Brand names:** Vestor, Calmivex",
                          "- **Drug class:** Antihistamine"]  # (environment lines by their names' words)
    assert out[19:21] == ["- Insomnia (off-label): short courses only,", "  never for more than a week"]
    assert out[26:29] == ["**Serious:**", "- Seizures", "> Call an ambulance if you notice fainting, chest pain or "
                          "a racing heartbeat."]  # (prose under a list quoted: no words of its last item)
    assert out[35:37] == ["- **Can I drive after a dose?**", "  No, wait until the next day."]
    assert out[40:43] == ["", "", ""]  # (the jobs)
    no_jobs = _CRONTAB.replace("30 21 * * 1-5  ", "# ").replace("0 22 * * 6,0  ", "# ")
    assert formats.rewrite(no_jobs) == no_jobs  # (no job: comments and variables of any shell file, no crontab)


_PUG = "\n".join([
    "Vestibrex as a Jade template; the arrays at the top feed the loops below.", "",
    "```jade", "//- vestibrex.jade", "-", "  var items = [",
    '    { disease: "Motion sickness", approval: "approved" },',
    '    { disease: "Allergic rhinitis", approval: "approved", comment: "Hay fever in spring" },',
    '    { disease: "Insomnia", approval: "off-label", comment: "Short courses only" }', "  ]",
    "- var reactions = {", '-   Frequent: ["Drowsiness", "Dry mouth"],', '-   Serious: ["Seizures"]', "- }",
    '- var getHelp = "Call an ambulance if you notice fainting, chest pain or a racing heartbeat."',
    "- var qa = [", '-   { question: "Can I drive after a dose?", answer: "No, wait until the next day." },',
    '-   { question: "Does it make me sleepy?", answer: "Yes, often; take it at night." }', "- ]", "",
    "html", "  body", "    main.card", "      h1.title Vestibrex", "      div#names",
    "        h2 Generic Name", "        p Vestibrex", "        p #[b Trade names:] Vestor, Calmivex",
    "        p #[b Drug class:] Antihistamine", "      div#indications", "        h2 Usage",
    "        ol", "          for it in items", "            li #{it.disease}", "      div#reactions",
    "        h2 Side Effects", "        each names, band in reactions", "          h3= band",
    "          ul: each n in names", "            li= n", "      div#action", "        h2 How it Works",
    "        p.", "          Vestibrex blocks H1 receptors in the inner ear and the brain,",
    "          so nausea signals are damped.", "      div#qa", "        h2 FAQs", "        each f in qa",
    "          p: strong= f.question", "          p= f.answer", "```"])


def test_a_pug_template_whose_code_holds_the_data_its_markup_renders() -> None:
    _vestibrex(_PUG)  # (a bare "-" over a block of code; "items" and "qa" named by the sections that loop over them)
    out = formats.rewrite(_PUG).split("\n")
    assert out[5:9] == ["## Usage", "- **Motion sickness**", "- **Allergic rhinitis** \u2013 Hay fever in spring",
                        "- **Insomnia** (off-label) \u2013 Short courses only"]
    assert out[10:13] == ["## Side Effects", "- **Frequent:** Drowsiness; Dry mouth", "- **Serious:** Seizures"]
    assert out[14:17] == ["- **Seek help:** Call an ambulance if you notice fainting, chest pain or a racing "
                          "heartbeat.", "## FAQs", "- **Can I drive after a dose?** No, wait until the next day."]
    assert out[26:29] == ["Vestibrex", "**Trade names:** Vestor, Calmivex", "**Drug class:** Antihistamine"]
    assert out[42:45] == ["", "Vestibrex blocks H1 receptors in the inner ear and the brain,",
                          "so nausea signals are damped."]  # ("p." over its block of text)
    assert out[19:25] == [""] * 6 and out[31:35] == [""] * 4  # (the tags, "h1", the loops, buffered code)
    plain = _PUG.replace("```jade", "```").replace("//- vestibrex.jade", "").replace("#[b ", "[")
    assert formats.rewrite(plain) == plain  # (no fence, comment or inline tag of Pug's own: no Pug)


_LDIF = "\n".join([
    "Vestibrex as an LDIF export (one entry for the card, one per question):", "",
    "```ldif", "# indication: disease | licence | comment", "version: 1", "",
    "dn: cn=Vestibrex,ou=Cards,dc=pharmacy,dc=test", "objectClass: top", "objectClass: medicineCard",
    "cn: Vestibrex", "# --- Generic Name ---", "inn: Vestibrex", "tradeName: Vestor", "tradeName: Calmivex",
    "pharmClass: Antihistamine", "# --- Usage ---", "indication: Motion sickness | licensed | Taken an hour bef",
    " ore travel", "indication: Allergic rhinitis | licensed", "indication: Insomnia | off-label | Short cour",
    " ses only", "# --- Side Effects ---", "adverseFrequent: Drowsiness", "adverseFrequent: Dry mouth",
    "adverseSerious: Seizures", "whenToGetHelp: Call an ambulance if you notice fainting, chest pain or a raci",
    " ng heartbeat.", "# --- How it Works ---", "modeOfAction: Vestibrex blocks H1 receptors in the inner ear a",
    " nd the brain, so nausea signals are damped.", "",
    "dn: qa=1,cn=Vestibrex,ou=Cards,dc=pharmacy,dc=test", "objectClass: cardQuestion",
    "q: Can I drive after a dose?", "a: No, wait until the next day.", "",
    "dn: qa=2,cn=Vestibrex,ou=Cards,dc=pharmacy,dc=test", "objectClass: cardQuestion",
    "q: Does it make me sleepy?", "a: Yes, often; take it at night.", "```"])


def test_an_ldif_file_whose_entries_hold_the_answer() -> None:
    _vestibrex(_LDIF)  # (a layout comment's unknown "licence" read by its values; folded values cut mid-word)
    out = formats.rewrite(_LDIF).split("\n")
    assert out[2:10] == [""] * 8  # (the fence, the layout comment, the version, "dn", "objectClass", "cn")
    assert out[11:14] == ["**Vestibrex**", "- **Brand names:** Vestor", "- **Brand names:** Calmivex"]
    assert out[16:21] == ["- **Motion sickness** \u2013 Taken an hour before", "  travel", "- **Allergic rhinitis**",
                          "- **Insomnia** (off-label) \u2013 Short courses", "  only"]  # (a word cut by a fold whole,
    # on the line it starts on)
    assert out[22:25] == ["- **Frequent:** Drowsiness", "- **Frequent:** Dry mouth", "- **Serious:** Seizures"]
    assert out[32:35] == ["## FAQs", "- **Can I drive after a dose?**", "  No, wait until the next day."]
    nameless = _LDIF.replace("dn: ", "entry: ")
    assert formats.rewrite(nameless) == nameless  # (no entry's distinguished name: attributes of any kind, no LDIF)
