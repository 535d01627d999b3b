"""Answer formats firstcontact125's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Postman Collection whose saved example responses hold the answer, each section a JSON
document in an escaped string, rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

import json

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


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
    _same_lines(_POSTMAN)
    x = _x(_POSTMAN, "Corvalstat")
    assert [b.label for b in x.brand_names] == ["Corvalin", "Statocor"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "calcium channel blocker"
    assert [(u.label, u.qualifier) for u in x.treats] == [("High blood pressure", None), ("Angina", None),
                                                          ("Raynaud's phenomenon", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Ankle swelling", "Frequent", False), ("Flushing", "Frequent", False), ("Liver injury", "Rare", True)]
    assert _mech(x) == {("blocks", "L-type calcium channel")}
    assert [f.question for f in x.faqs] == ["Can I drink grapefruit juice?", "Can I stop it suddenly?"]
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
