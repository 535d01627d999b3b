"""Answer formats firstcontact123's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a systemd unit file whose custom "[X-...]" sections hold the answer, an OpenAPI
description whose response example holds it and an ABC tune whose "W:" words lines hold it, each rewritten line for
line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _tamsurin(page: str, rare: str = "Severe"):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one serious in the group ``rare``), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, "Tamsurin")
    assert [b.label for b in x.brand_names] == ["Tamsol", "Urivex"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "alpha-1 blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Enlarged prostate", None), ("Kidney stones", None),
                                                          ("Chronic prostatitis", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dizziness", "Frequent", False), ("Runny nose", "Frequent", False), ("Fainting", rare, True)]
    assert _mech(x) == {("blocks", "alpha-1A adrenergic receptor")}
    assert len(x.faqs) == 2
    return x


_UNIT = "\n".join([
    "```ini", "# tamsurin-card.service", "# the answer sits in X- sections, which systemd skips", "", "[Unit]",
    "Description=Tamsurin (Tamsol) drug card", "Wants=network.target", "", "[X-DrugIdentity]", "Name=Tamsurin",
    "TradeName=Tamsol", "TradeName=Urivex", "Class=alpha-1 blocker", "", "[X-Indications]",
    "Summary=Tamsurin relaxes the muscle of the prostate and bladder neck, \\",
    "  so urine flows more easily.", "Indication=Enlarged prostate - to ease the flow of urine",
    "Indication=Kidney stones - to help a stone pass", "UnlicensedUse=Chronic prostatitis", "",
    "[X-AdverseReactions]", "Frequent=Dizziness", "Frequent=Runny nose",
    "Severe=Fainting - mostly after the first dose",
    "", "[X-Mechanism]", "Text=Tamsurin blocks alpha-1A adrenergic receptors in the prostate, \\",
    "  so its smooth muscle relaxes.", "", "[X-Questions]", "Q=Can I drive?",
    "A=Wait until you know how it affects you, \\", "  as it can make you dizzy.", "Q=Can I take it at night?",
    "A=Yes, after the same meal each day.", "", "[Service]", "Type=oneshot", "ExecStart=/bin/true", "", "[Install]",
    "WantedBy=multi-user.target", "```"])


def test_a_systemd_unit_whose_custom_sections_hold_the_answer() -> None:
    x = _tamsurin(_UNIT)
    assert x.drug.label == "Tamsurin"  # (not the unit's Description)
    rewritten = formats.rewrite(_UNIT).split("\n")
    assert rewritten[4:8] == [""] * 4  # ([Unit] and its directives)
    assert rewritten[-6:] == [""] * 6  # ([Service], [Install] and the fence)


def test_a_page_with_an_ordinary_unit_file_is_left_alone() -> None:
    page = ("## Usage\n\nTamsurin eases the flow of urine. A reminder service can run each morning:\n\n```ini\n"
            "[Unit]\nDescription=Tamsurin reminder\n\n[Service]\nType=oneshot\n"
            "ExecStart=/usr/bin/notify-send Tamsurin\n\n[X-Reminder]\nTime=08:00\n\n[Install]\n"
            "WantedBy=default.target\n```\n\n## Side Effects\n\n- Dizziness\n")
    assert formats.rewrite(page) == page


_ABC = "\n".join([
    "```abc", "%abc-2.1", "X:2", "T:Tamsurin", "C:words: a leaflet", "M:4/4", "L:1/4", "K:G", "G A B c | d2 B2 :|",
    "w: Tam-su-rin, Tam-su-rin", "W: DRUG NAME", "W: Tamsurin. Brand names: Tamsol, Urivex.", "W:",
    "W: INDICATIONS", "W: Tamsurin is an alpha-1 blocker. It is used for:", "W: * Enlarged prostate - to ease the",
    "W:   flow of urine", "W: * Kidney stones - to help a stone pass", "W: Off-label:", "W: * Chronic prostatitis",
    "W: It is not a treatment for prostate cancer.", "W:", "W: SIDE EFFECTS", "W: Frequent: dizziness,",
    "W: runny nose", "W: Severe: fainting", "W: Call a doctor at once if you faint.", "W:", "W: HOW IT WORKS",
    "W: Tamsurin blocks alpha-1A adrenergic receptors in the prostate, so its muscle relaxes.", "W:", "W: FAQS",
    "W: Q: Can I drive?", "W: A: Wait until you know how it affects you,", "W: as it can make you dizzy.",
    "W: Q: Can I take it at night?", "W: A: Yes, after the same meal each day.", "```"])


def test_an_abc_tune_whose_words_lines_hold_the_answer() -> None:
    x = _tamsurin(_ABC)
    assert [s.label for s in x.serious_signs] == ["fainting"]
    assert formats.rewrite(_ABC).split("\n")[:10] == [""] * 10  # (the fence, the header, the notes, the lyrics)


def test_a_page_with_weight_and_potassium_lines_is_left_alone() -> None:
    page = ("## Usage\n\nTamsurin eases the flow of urine. Keep a log of your weight (W) and potassium (K):\n\n"
            "K: 4.1\nW: 70 kg\nW: 71 kg\nW: 70 kg\nW: 72 kg\nW: 71 kg\nW: 70 kg\n\n## Side Effects\n\n- Dizziness\n")
    assert formats.rewrite(page) == page


_OPENAPI = "\n".join([
    "```yaml", "openapi: 3.1.0", "info:", "  title: Drug cards", "  version: '2'", "paths:", "  /cards/{inn}:",
    "    get:", "      parameters:", "        - {name: inn, in: path, required: true, schema: {type: string}}",
    "      responses:", "        '200':", "          description: A card.", "          content:",
    "            application/json:", "              schema: {$ref: '#/components/schemas/Card'}",
    "              examples:", "                tamsurin:", "                  summary: The Tamsurin card",
    "                  value:", "                    inn: Tamsurin", "                    tradeNames:",
    "                      - Tamsol", "                      - Urivex",
    "                    pharmacologicClass: alpha-1 blocker", "                    indications:",
    "                      licensed:", "                        - disease: Enlarged prostate",
    "                          comment: to ease the flow of urine", "                        - disease: Kidney stones",
    "                      unlicensed:", "                        - disease: Chronic prostatitis",
    "                    adverseReactions:", "                      - symptom: Dizziness",
    "                        howOften: frequent", "                      - symptom: Runny nose",
    "                        howOften: frequent", "                      - symptom: Fainting",
    "                        howOften: severe", "                    mechanism: |",
    "                      Tamsurin blocks alpha-1A adrenergic receptors in the prostate,",
    "                      so its smooth muscle relaxes.", "                    faqs:",
    "                      - q: Can I drive?", "                        a: Wait until you know how it affects",
    "                          you, as it can make you dizzy.", "                      - q: Can I take it at night?",
    "                        a: 'Yes, after the same meal each day.'", "components:", "  schemas:", "    Card:",
    "      type: object", "      properties:", "        inn: {type: string, description: The generic name}",
    "        adverseReactions:", "          type: array", "          description: Side effects, by how often",
    "```"])


def test_an_openapi_description_whose_response_example_holds_the_answer() -> None:
    x = _tamsurin(_OPENAPI)
    assert x.faqs[0].answer == "Wait until you know how it affects you, as it can make you dizzy."
    rewritten = formats.rewrite(_OPENAPI).split("\n")
    assert rewritten[:19] == [""] * 19 and rewritten[-10:] == [""] * 10  # (the API's info, path and schemas)


def test_a_page_with_an_openapi_reminder_service_is_left_alone() -> None:
    page = ("## Usage\n\nTamsurin eases the flow of urine. The clinic's reminder API:\n\n```yaml\nopenapi: 3.0.0\n"
            "info:\n  title: Reminders\n  version: '1'\npaths:\n  /reminders:\n    get:\n      responses:\n"
            "        '200':\n          description: The reminders.\n          content:\n            application/json:\n"
            "              example:\n                drug: Tamsurin\n                time: '08:00'\n"
            "                usage: one capsule after breakfast\n```\n\n## Side Effects\n\n- Dizziness\n")
    assert formats.rewrite(page) == page
