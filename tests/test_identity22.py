"""What a drug comes as, where blind pages said how it is given or where it is sold instead: "given as an
intravenous infusion" names a route and no form (an injection, a solution or a powder "for infusion" is the form);
"over-the-counter eye drops" are eye drops."""
from __future__ import annotations

import pytest

from kg.extract import extract
from kg.parse import parse_text


def _x(body: str, title: str = "Osmarel"):
    return extract(parse_text(f"---\ntitle: {title}\n---\n\n# {title}\n\n{body}\n", "osmarel.md"))


@pytest.mark.parametrize(("usage", "forms", "routes"), [
    ("Osmarel is given in hospital as an intravenous infusion over 24 hours to treat heart failure.", [],
     ["intravenous"]),
    ("Osmarel is given as an infusion into a vein every four weeks to treat lupus.", [], ["intravenous"]),
    ("Osmarel comes as an injection for intravenous infusion and is used to treat lupus.", ["injection"],
     ["intravenous"]),
    ("Osmarel comes as a powder for intravenous infusion and treats lupus.", ["powder for intravenous infusion"],
     ["intravenous"]),
    ("Osmarel is sold as over-the-counter eye drops and as prescription eye gels to treat dry eye.",
     ["eye drops", "eye gels"], ["ophthalmic"]),
    ("Osmarel comes as over-the-counter tablets and an injection, and treats drowsiness.",
     ["tablets", "injection"], ["oral"]),
])
def test_forms(usage: str, forms: list[str], routes: list[str]) -> None:
    x = _x(f"**Usage:** {usage}\n")
    assert [f.label for f in x.formulations] == forms
    assert [r.label for r in x.routes][:len(routes)] == routes


@pytest.mark.parametrize(("usage", "brands"), [
    ("Osmarel is sold as over-the-counter tablets and caplets (for example, Wakerin and Alertix) to treat drowsiness.",
     ["Wakerin", "Alertix"]),
    ("Osmarel is a vasodilator. Its brand names depend on how it is given: **Osmavent** (an injection, given under "
     "the skin or into a vein), **Osmair** (an inhalation solution), **Osmair DPI** (a dry powder inhaler), and "
     "**Osmatab** (extended-release tablets).", ["Osmavent", "Osmair", "Osmair DPI", "Osmatab"]),
    ("Osmarel is a hormone sold under the brand name **Osmatocin** (Osmatonin in some other countries). It starts "
     "labour.", ["Osmatocin", "Osmatonin"]),
    ("Osmarel is an antibody sold as **Osmaceptin**, and several biosimilars are available, including **Biosmar**, "
     "**Osmira** and **Kelosmar**. It treats breast cancer.", ["Osmaceptin", "Biosmar", "Osmira", "Kelosmar"]),
    ("Osmarel is an antibiotic ointment. Brand names have included **Osmaguent** for the skin ointment and "
     "**AK-Osmar** for the eye ointment. It treats skin infections.", ["Osmaguent", "AK-Osmar"]),
    ("Osmarel is taken by mouth as tablets, sold without a prescription as **OsmaSafe** and **iOSMA**. It protects "
     "the thyroid.", ["OsmaSafe", "iOSMA"]),
    ("Osmarel is a keratolytic. Common brand names include Osmawart, Osmadex, and Dr. Osmar's Clear Away. It treats "
     "warts.", ["Osmawart", "Osmadex", "Dr. Osmar's Clear Away"]),
])
def test_brands_in_prose(usage: str, brands: list[str]) -> None:
    assert [b.label for b in _x(f"**Usage:** {usage}\n").brand_names] == brands


def test_brands_after_a_bold_form_the_sentence_goes_on_from() -> None:
    x = _x("**Usage:** Osmarel treats low potassium.\n\nOsmarel comes in several forms:\n\n"
           "* **Extended-release tablets and capsules** taken by mouth (for example, O-Tab, Klor-Osm, and Micro-O)\n"
           "* **Oral solution** (liquid)\n")
    assert [b.label for b in x.brand_names] == ["O-Tab", "Klor-Osm", "Micro-O"]
