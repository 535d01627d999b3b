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
