"""Answer formats firstcontact113's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): Hjson's quoteless values and Dhall's ''...'' text (read by the generic literal reader),
a Makefile whose recipes print the answer, a gettext .po template, a RIS record and an iCalendar file, each rewritten
line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _velinor(page: str, rare: str = "Serious"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Velinor")
    assert [b.label for b in x.brand_names] == ["Velora", "Norvex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "potassium channel opener"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Stable angina", None), ("Heart failure", None),
                                                          ("Cluster headache", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Hot flushes", "Frequent", False), ("Dry cough", "Frequent", False), ("Liver injury", rare, True)]
    assert _mech(x) == {("activates", "KATP channel")}
    assert [f.question for f in x.faqs] == ["Can I drive on it?", "Can I take it with alcohol?"]
    return x


_HJSON = "\n".join([
    "```hjson", "# velinor - drug card", "{", "  inn: Velinor", "  trade_names: [", "    Velora", "    Norvex", "  ]",
    "  category: Potassium channel opener", "  route: oral", "", "  usage: {", "    licensed: [",
    "      Stable angina", "      Heart failure", "    ]", "    off_label: [", "      Cluster headache", "    ]", "  }",
    "  side_effects: {", "    frequent: [", "      Hot flushes", "      # mostly in the first week:", "      Dry cough",
    "    ]", "    serious: [", "      Liver injury", "    ]",
    "    get_help: Call a doctor at once if your skin or eyes turn yellow.", "  }", "  how_it_works:", "    '''",
    "    Velinor activates the KATP channel in the walls of the arteries,", "    so the arteries relax.", "    '''",
    "  faqs: [", "    {", "      q: Can I drive on it?", "      a: Yes, once you know how it affects you.", "    }",
    "    {", "      q: Can I take it with alcohol?", "      a: Only a little, it adds to the dizziness.", "    }",
    "  ]", "}", "```"])


def test_hjson_quoteless_values_run_to_the_end_of_their_line() -> None:
    x = _velinor(_HJSON)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]


def test_a_json5_literal_keeps_its_quoted_values() -> None:
    page = ("Here is the settings object:\n\n```json5\n{\n  name: 'velinor-app',\n  theme: 'dark',\n  width: 400,\n"
            "  height: 300,\n  tags: ['a', 'b'],\n  owner: 'Ana Rios',\n}\n```\n")
    assert formats._hjson_quoted(page.split("\n"), 2, 12) == page.split("\n")


_DHALL = "\n".join([
    "```dhall", "let Use = { disease : Text, unlicensed : Bool }", "", "in  { inn = \"Velinor\"",
    "    , tradeNames = [ \"Velora\", \"Norvex\" ]", "    , category = \"Potassium channel opener\"",
    "    , usage =", "      [ { disease = \"Stable angina\", unlicensed = False }",
    "      , { disease = \"Heart failure\", unlicensed = False }",
    "      , { disease = \"Cluster headache\", unlicensed = True }", "      ]", "    , sideEffects =",
    "      { frequent = [ \"Hot flushes\", \"Dry cough\" ]", "      , serious = [ \"Liver injury\" ]", "      }",
    "    , howItWorks =", "        ''", "        Velinor activates the KATP channel in the walls of the arteries,",
    "        so the arteries relax.", "        ''",
    "    , faqs =", "      [ { question = \"Can I drive on it?\"",
    "        , answer = \"Yes, once you know how it affects you.\" }",
    "      , { question = \"Can I take it with alcohol?\"",
    "        , answer = \"Only a little, it adds to the dizziness.\" }",
    "      ]", "    }", "```"])


def test_dhall_multi_line_text_is_one_string() -> None:
    _velinor(_DHALL)


_MAKEFILE = "\n".join([
    "```makefile", "# velinor drug card", "NAME := Velinor", "TRADE = Velora, Norvex", "", ".PHONY: card usage",
    ".DEFAULT_GOAL := card", "", "card: ## The whole card", "\t@echo \"--- GENERIC NAME ---\"",
    "\t@echo \"$(NAME)\"", "\t@echo \"Brand names: $(TRADE)\"", "\t@echo \"Drug class: potassium channel opener\"",
    "\t@echo", "\t@echo \"--- USAGE ---\"", "\t@echo \"Licensed:\"", "\t@echo \"  - Stable angina\"",
    "\t@echo \"  - Heart failure, in adults who cannot take the usual\"", "\t@echo \"    tablets\"",
    "\t@echo \"Off-label:\"", "\t@echo \"  - Cluster headache\"", "\t@echo \"--- SIDE EFFECTS ---\"",
    "\t@echo \"Frequent:\"", "\t@echo \"  - Hot flushes\"", "\t@echo \"  - Dry cough\"", "\t@echo \"Serious:\"",
    "\t@echo \"  - Liver injury\"", "\t@echo \"Call a doctor at once if your skin or eyes\"",
    "\t@echo \"turn yellow.\"", "\t@echo \"--- HOW IT WORKS ---\"",
    "\t@echo \"$(NAME) activates the KATP channel in the walls of the arteries, so they relax.\"",
    "\t@echo \"--- FAQS ---\"", "\t@echo \"Q: Can I drive on it?\"",
    "\t@echo \"A: Yes, once you know how it affects you.\"", "\t@echo \"Q: Can I take it with alcohol?\"",
    "\t@echo \"A: Only a little, it adds to the dizziness.\"", "```"])


def test_a_makefile_whose_recipes_print_the_answer() -> None:
    x = _velinor(_MAKEFILE)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]


def test_a_page_with_a_build_makefile_is_left_alone() -> None:
    page = ("## Usage\n\nVelinor treats stable angina. The site is built with:\n\n```makefile\n.PHONY: all\n"
            "all:\n\t@echo \"building\"\n\t@echo \"step 1\"\n\t@echo \"step 2\"\n\t@echo \"step 3\"\n"
            "\t@echo \"step 4\"\n\t@echo \"done\"\n```\n\n## Side Effects\n\n- Hot flushes\n")
    assert formats.rewrite(page) == page


_PO = "\n".join([
    "```po", "# Velinor drug card, translation template", "msgid \"\"", "msgstr \"\"",
    "\"Content-Type: text/plain; charset=UTF-8\\n\"", "", "#. Section: Generic Name", "msgctxt \"inn\"",
    "msgid \"Velinor\"", "msgstr \"\"", "", "msgctxt \"inn.trade_names\"", "msgid \"Velora, Norvex\"", "msgstr \"\"",
    "", "msgctxt \"inn.category\"", "msgid \"Potassium channel opener\"", "msgstr \"\"", "", "#. Section: Usage",
    "msgctxt \"usage.item\"", "msgid \"Stable angina\"", "msgstr \"\"", "", "msgctxt \"usage.item\"",
    "msgid \"Heart failure\"", "msgstr \"\"", "", "msgctxt \"usage.offlabel\"", "msgid \"\"",
    "\"Off-label: cluster \"", "\"headache\"", "msgstr \"\"", "", "#. Section: Side Effects",
    "msgctxt \"side_effects.frequent\"", "msgid \"Hot flushes, dry cough\"", "msgstr \"\"", "",
    "msgctxt \"side_effects.rare\"", "msgid \"Serious: liver injury\"", "msgstr \"\"", "",
    "msgctxt \"side_effects.get_help\"", "msgid \"\"", "\"Call a doctor at once if your skin or eyes \"",
    "\"turn yellow.\"", "msgstr \"\"", "", "#. Section: How it Works", "msgctxt \"how_it_works\"", "msgid \"\"",
    "\"Velinor activates the KATP channel in the walls of the arteries, \"", "\"so the arteries relax.\"",
    "msgstr \"\"", "", "#. Section: FAQs", "msgctxt \"faq.question\"", "msgid \"Can I drive on it?\"", "msgstr \"\"",
    "", "msgctxt \"faq.answer\"", "msgid \"Yes, once you know how it affects you.\"", "msgstr \"\"", "",
    "msgctxt \"faq.question\"", "msgid \"Can I take it with alcohol?\"", "msgstr \"\"", "", "msgctxt \"faq.answer\"",
    "msgid \"Only a little, it adds to the dizziness.\"", "msgstr \"\"", "```"])


def test_a_gettext_template() -> None:
    x = _velinor(_PO)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]


def test_a_page_with_a_few_translation_strings_is_left_alone() -> None:
    page = ("## Usage\n\nVelinor treats stable angina. The app's strings:\n\n```po\n"
            "msgid \"Open\"\nmsgstr \"Abrir\"\n\nmsgid \"Close\"\nmsgstr \"Cerrar\"\n\n"
            "msgid \"Save\"\nmsgstr \"Guardar\"\n\nmsgid \"Usage\"\nmsgstr \"Uso\"\n\n"
            "msgid \"Help\"\nmsgstr \"Ayuda\"\n\nmsgid \"Quit\"\nmsgstr \"Salir\"\n```\n\n"
            "## Side Effects\n\n- Hot flushes\n")
    assert formats.rewrite(page) == page


_RIS = "\n".join([
    "```ris", "TY  - GEN", "TI  - Velinor: a drug card", "AU  - Card Writer", "PY  - 2025", "KW  - velinor",
    "KW  - angina", "AB  - Velinor is a heart medicine.", "N1  - GENERIC NAME: Velinor. Brand names: Velora, Norvex.",
    "N1  - DRUG CLASS: potassium channel opener.", "N1  - USAGE: Velinor is used for:",
    "N1  - USAGE, Item: Stable angina",
    "N1  - SIDE EFFECTS, Frequent: hot flushes; dry cough.", "N1  - SIDE EFFECTS, Serious: liver injury.",
    "N1  - SIDE EFFECTS, Get help: Call a doctor at once if your skin or eyes turn yellow.",
    "N1  - HOW IT WORKS: Velinor activates the KATP channel in the walls of the arteries, so they relax.",
    "N1  - FAQ 1. Can I drive on it? Yes, once you know how it affects you.",
    "N1  - FAQ 2. Can I take it with alcohol? Only a little, it adds to the dizziness.", "ER  - ", "```"])


def test_a_ris_record_whose_notes_hold_the_sections() -> None:
    _same_lines(_RIS)
    x = _x(_RIS, "Velinor")
    assert [b.label for b in x.brand_names] == ["Velora", "Norvex"]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Hot flushes", "Frequent", False), ("Dry cough", "Frequent", False), ("Liver injury", "Serious", True)]
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]
    assert _mech(x) == {("activates", "KATP channel")}
    assert [f.question for f in x.faqs] == ["Can I drive on it?", "Can I take it with alcohol?"]


def test_a_page_citing_a_ris_record_is_left_alone() -> None:
    page = ("## Usage\n\nVelinor treats stable angina [1].\n\n```ris\nTY  - JOUR\nTI  - Velinor in angina\n"
            "AU  - Rios, A\nPY  - 2021\nJO  - Heart\nN1  - USAGE: a trial\nER  - \n```\n\n"
            "## Side Effects\n\n- Hot flushes\n")
    assert formats.rewrite(page) == page


_ICS = "\n".join([
    "```ics", "BEGIN:VCALENDAR", "VERSION:2.0", "BEGIN:VTODO", "UID:velinor-1", "SUMMARY:Velinor: Generic Name",
    "DESCRIPTION:Generic name: Velinor\\nBrand names: Velora\\, Norvex\\nDrug class: potassium channel ",
    " opener", "END:VTODO", "BEGIN:VTODO", "UID:velinor-2", "SUMMARY:Velinor: Usage",
    "DESCRIPTION:Approved uses:\\n- Stable angina\\n- Heart failure\\nOff-label uses:\\n- Cluster ",
    " headache", "END:VTODO", "BEGIN:VTODO", "UID:velinor-3", "SUMMARY:Velinor: Side Effects",
    "DESCRIPTION:Frequent:\\n- Hot flushes\\n- Dry cough\\nSerious:\\n- Liver ", " injury\\nCall a doctor at once if ",
    " your skin or eyes turn yellow.", "STATUS:NEEDS-ACTION", "END:VTODO", "BEGIN:VTODO", "UID:velinor-4",
    "SUMMARY:Velinor: How it Works",
    "DESCRIPTION:Velinor activates the KATP channel in the walls of the arteries\\, so ", " the arteries relax.",
    "END:VTODO", "BEGIN:VTODO", "UID:velinor-5", "SUMMARY:Velinor: FAQs",
    "DESCRIPTION:Q: Can I drive on it?\\nA: Yes\\, once you know how it affects ",
    " you.\\nQ: Can I take it with alcohol?\\nA: Only a little\\, it adds to the ", " dizziness.", "END:VTODO",
    "END:VCALENDAR", "```"])


def test_an_icalendar_file_whose_descriptions_hold_the_sections() -> None:
    x = _velinor(_ICS)
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]


def test_a_page_with_a_calendar_invite_is_left_alone() -> None:
    page = ("## Usage\n\nVelinor treats stable angina. Add the reminder:\n\n```ics\nBEGIN:VCALENDAR\nBEGIN:VEVENT\n"
            "SUMMARY:Take Velinor\nDESCRIPTION:Morning dose\\nwith food\nEND:VEVENT\nEND:VCALENDAR\n```\n\n"
            "## Side Effects\n\n- Hot flushes\n")
    assert formats.rewrite(page) == page
