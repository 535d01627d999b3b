"""Answer formats firstcontact111's pages showed the reader had never seen, pinned on invented pages (another drug,
other words, other key names): a Java .properties file, each rewritten line for line (:mod:`kg.formats`)."""
from __future__ import annotations

from kg import formats
from tests.test_extract_layouts5 import _mech, _x


def _same_lines(page: str) -> None:
    assert len(formats.rewrite(page).split("\n")) == len(page.split("\n"))


_PROPERTIES = "\n".join([
    "The card as a Java resource bundle:", "", "```properties", "# velotrex.properties", "! generated, do not edit",
    "# ---- Generic Name ----", "drug.name = Velotrex", "drug.brands = Velomax, Trexol",
    "drug.class = Potassium channel opener", "", "# ---- Usage ----",
    "indications.1 = Overactive bladder", "indications.1.note = in adults who cannot take antimuscarinic drugs",
    "indications.2 = Urge incontinence", "unlicensed.1 = Interstitial cystitis", "",
    "# ---- Side Effects ----", "adverse.frequent = Dry mouth, Constipation, \\", "    Headache",
    "adverse.serious = Urinary retention, Angioedema", "", "# ---- How it Works ----",
    "action.summary = Velotrex opens ATP-sensitive potassium channels in the bladder wall, \\",
    "    so the detrusor muscle relaxes.", "", "# ---- FAQs ----",
    "questions.1.q = Can I take it at night?", "questions.1.a = Yes, at any time of day.",
    "questions.2.q = Does it make me sleepy?", "questions.2.a = Rarely \\u2013 tell your doctor if it does.", "```"])


def test_a_java_properties_file_read_as_a_tree_of_its_dotted_keys() -> None:
    _same_lines(_PROPERTIES)
    x = _x(_PROPERTIES, "Velotrex")
    assert [b.label for b in x.brand_names] == ["Velomax", "Trexol"]
    assert x.drug_class is not None and x.drug_class.label.casefold() == "potassium channel opener"
    assert [(u.label, u.qualifier) for u in x.treats] == [("Overactive bladder", None), ("Urge incontinence", None),
                                                          ("Interstitial cystitis", "off-label")]
    assert [(e.label, e.category, e.serious) for e in x.side_effects] == [
        ("Dry mouth", "Frequent", False), ("Constipation", "Frequent", False), ("Headache", "Frequent", False),
        ("Urinary retention", "Serious", True), ("Angioedema", "Serious", True)]  # (a "\" continuation one value)
    assert _mech(x) == {("opens", "ATP-sensitive potassium channel")}
    assert len(x.faqs) == 2


def test_a_properties_value_with_an_escaped_trademark_sign_and_a_target_row() -> None:
    page = _PROPERTIES.replace("Velomax, Trexol", "Velomax\\u00AE").replace(
        "# ---- FAQs ----", "action.target.1 = SUR2B subunit|activator\n# ---- FAQs ----")
    _same_lines(page)
    x = _x(page, "Velotrex")
    assert [b.label for b in x.brand_names] == ["Velomax"]
    assert ("activates", "SUR2B subunit") in _mech(x)


def test_a_page_with_a_properties_snippet_is_left_alone() -> None:
    page = ("Velotrex treats an overactive bladder. A reminder app reads its settings from a file:\n\n```properties\n"
            "# reminder.properties\napp.name = Pill reminder\napp.time.morning = 08:00\napp.time.evening = 20:00\n"
            "app.sound = bell\napp.snooze.minutes = 10\napp.vibrate = true\napp.label = Bladder pill\n"
            "app.repeat = daily\n```\n\nSide effects: dry mouth and constipation.\n")
    assert formats.rewrite(page) == page
