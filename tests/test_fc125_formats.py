"""Answer formats firstcontact125's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Postman Collection whose saved example responses hold the answer, each section a JSON
document in an escaped string, and Scala case classes built with positional and named arguments, each rewritten line
for line (:mod:`kg.formats`)."""
from __future__ import annotations

import json

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


def _card(page: str, title: str, brands: list[str]):
    """The page read, line for line, as the invented drug's answer: its brands, class, uses (one off-label), effects
    (two frequent, one rare and serious), target and questions as every test's page gives them."""
    _same_lines(page)
    x = _x(page, title)
    assert x.drug.label == title
    assert [b.label for b in x.brand_names] == brands
    assert x.drug_class is not None and x.drug_class.label.casefold() == "calcium channel blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Angina", None),
                                                          ("Raynaud's phenomenon", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Ankle swelling", "Frequent", False), ("Flushing", "Frequent", False), ("Liver injury", "Rare", True)]
    assert _mech(x) == {("blocks", "L-type calcium channel")}
    assert [f.question for f in x.faqs] == ["Can I drink grapefruit juice?", "Can I stop it suddenly?"]
    return x


def _saved(name: str, document: object) -> dict[str, object]:
    """A request with its saved example response, whose body is ``document`` as JSON text."""
    return {"name": name, "request": {"method": "GET", "header": [{"key": "Accept", "value": "application/json"}],
                                      "url": {"raw": "{{host}}/cards/corvalstat", "host": ["{{host}}"]}},
            "response": [{"name": "Example", "status": "OK", "code": 200, "_postman_previewlanguage": "json",
                          "body": json.dumps(document, indent=2)}]}


_POSTMAN = "\n".join([
    "Import this file into Postman; every section is a saved example.", "", "```json",
    json.dumps({
        "info": {"_postman_id": "0c1d2e3f-0000-4000-8000-123456789abc", "name": "Corvalstat card",
                 "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
        "item": [
            _saved("Drug profile", {"inn": "Corvalstat", "tradeNames": ["Corvalin", "Statocor"],
                                    "pharmacologicClass": "calcium channel blocker"}),
            {"name": "Indications", "item": [_saved("List indications", {
                "licensed": [{"disease": "High blood pressure", "comment": "in adults"}, {"disease": "Angina"}],
                "unlicensed": [{"disease": "Raynaud's phenomenon"}]})]},
            {"name": "Adverse Reactions", "item": [_saved("List reactions", {
                "frequent": ["Ankle swelling", "Flushing"], "rare": [{"effect": "Liver injury", "serious": True}],
                "whenToCallADoctor": "Call a doctor at once if your skin or eyes turn yellow."})]},
            {"name": "Mechanism of Action", "item": [_saved("Explain", {
                "overview": "Corvalstat blocks L-type calcium channels in the artery wall, so the arteries relax."})]},
            {"name": "Questions", "item": [_saved("List questions", {"items": [
                {"question": "Can I drink grapefruit juice?", "answer": "No, it raises the level in the blood."},
                {"question": "Can I stop it suddenly?", "answer": "No, ask your doctor first."}]})]}],
        "variable": [{"key": "host", "value": "https://example.org"}]}, indent=2),
    "```", "", "Change `host` to point at your own mock server."])


def test_a_postman_collection_whose_saved_responses_hold_the_answer() -> None:
    x = _card(_POSTMAN, "Corvalstat", ["Corvalin", "Statocor"])
    assert [s.label for s in x.serious_signs] == ["yellowing of the skin or eyes"]
    rewritten = formats.rewrite(_POSTMAN)
    assert "GET" not in rewritten and "{{host}}/cards" not in rewritten  # (the requests are the API's own)


def test_a_page_with_a_postman_collection_of_another_api_is_left_alone() -> None:
    collection = json.dumps({"info": {"_postman_id": "1", "name": "Pharmacy stock",
                                      "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
                             "item": [_saved(name, {"product": "Corvalstat 5 mg", "packs": n, "note": "Reorder soon."})
                                      for n, name in enumerate(("Stock", "Orders", "Returns"))]}, indent=2)
    page = ("## Usage\n\nCorvalstat treats high blood pressure. Pharmacies check their stock with this collection:\n\n"
            f"```json\n{collection}\n```\n\n## Side Effects\n\n- Ankle swelling\n")
    assert len(formats._POSTMAN_BODY.findall(page)) == 3  # (the reader runs and finds no answer in the bodies)
    assert formats.rewrite(page) == page


_SCALA = "\n".join([
    "The card as Scala case classes:", "", "```scala", "package cards", "", "sealed trait Rate",
    "object Rate {", "  case object Frequent extends Rate", "  case object Rare extends Rate", "}", "",
    'case class Indication(disease: String, comment: String = "", unlicensed: Boolean = false)',
    "case class Reaction(effect: String, howOften: Rate, serious: Boolean = false, aside: Option[String] = None)",
    "case class Question(q: String, a: String)", "", "case class Card(", "  inn: String,",
    "  tradeNames: Seq[String],", "  pharmacologicClass: String,", "  indications: Seq[Indication],",
    "  adverseReactions: Seq[Reaction],", "  howItWorks: String,", "  questions: Seq[Question]", ")", "",
    "object HalventinCard {", "  import Rate._", "", "  val card: Card = Card(", '    "Halventin",',
    '    Seq("Halvex", "Ventora"),', '    pharmacologicClass = "calcium channel blocker",', "",
    "    // --- Usage ---", "    indications = Seq(", '      Indication("High blood pressure", "in adults"),',
    '      Indication("Angina"),', "      Indication(\"Raynaud's phenomenon\", unlicensed = true)", "    ),", "",
    "    // --- Side Effects ---", "    adverseReactions = Seq(", '      Reaction("Ankle swelling", Frequent),',
    '      Reaction("Flushing", Frequent, aside = Some("warmth of the face")),',
    '      Reaction("Liver injury", Rare, true)', "    ),", "",
    '    howItWorks = "Halventin blocks L-type calcium channels in the artery wall, " +',
    '      "so the arteries relax.",', "    questions = List(",
    '      Question("Can I drink grapefruit juice?", "No, it raises the level in the blood."),',
    '      Question("Can I stop it suddenly?", "No, ask your doctor first.")', "    )", "  )", "}", "```"])


def test_scala_case_classes_built_with_positional_and_named_arguments() -> None:
    _card(_SCALA, "Halventin", ["Halvex", "Ventora"])


def test_a_page_with_a_scala_settings_class_is_left_alone() -> None:
    page = ("Halventin treats high blood pressure. A reminder app can keep its settings as a case class:\n\n```scala\n"
            "case class Reminder(drug: String, dose: String, time: String, sound: String, label: String,\n"
            "  days: Seq[String], repeat: Boolean = true)\n\nval reminder: Reminder = Reminder(\n"
            '  drug = "Halventin",\n  dose = "5 mg",\n  time = "08:00",\n  sound = "bell",\n'
            '  label = "Blood pressure",\n  days = Seq("Mon", "Wed", "Fri")\n)\n```\n\n'
            "Take it at the same time each day.\n")
    assert len(formats._LIT_MEMBER.findall(page)) >= 6  # (the literal reader runs and finds no answer)
    assert formats.rewrite(page) == page
