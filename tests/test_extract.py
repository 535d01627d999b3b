"""Tests of kg.extract against the ground truth in data/monographs, tests/fixtures/monographs and
tests/fixtures/heldout (six monographs written, with their ground truth, before the extractor was
run on them; keep them out of rule tuning so they stay an honest estimate).

The comparison is a small lenient one of our own (the shared scorer may be absent in CI):
labels match case-insensitively after dropping parentheticals, a leading article, a final
plural "s", and when all words of the shorter label are in the longer one.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
import yaml

from kg.extract import RULES, extract, extraction_to_json
from kg.parse import parse_file, parse_text

ROOT = Path(__file__).resolve().parent
CASES = sorted(p for d in (ROOT.parent / "data" / "monographs", ROOT / "fixtures" / "monographs",
                           ROOT / "fixtures" / "heldout")
               for p in d.glob("*.md") if p.with_suffix(".expected.yaml").exists())
HELDOUT = sorted(p for p in (ROOT / "fixtures" / "heldout").glob("*.md") if p.with_suffix(".expected.yaml").exists())
#: The shared scorer's weights, without precautions (fuzzy) and effect details; renormalised in the test.
TOTAL_WEIGHTS = {"identity": 0.15, "treats": 0.20, "mechanism": 0.20, "side_effects": 0.25,
                 "serious_signs": 0.05, "faqs": 0.05}
#: Minimum F1 per field, over every monograph with ground truth.
FLOORS = {"treats": 0.95, "mechanism": 0.9, "side_effects": 0.9, "serious_signs": 0.85, "identity": 0.95}


def _words(label: str) -> list[str]:
    text = unicodedata.normalize("NFKC", str(label)).replace("\u2011", "-").casefold()
    text = re.sub(r"\([^)]*\)", " ", text)
    toks = re.sub(r"[^\w\s]", " ", text).split()
    while toks and toks[0] in ("a", "an", "the"):
        toks = toks[1:]
    if toks and len(toks[-1]) > 3 and toks[-1].endswith("s") and not toks[-1].endswith("ss"):
        toks[-1] = toks[-1][:-1]
    return toks


def _same(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    return wa == wb or (set(short) <= set(long_) and 2 * len(short) >= len(long_))


def _f1(expected: list, got: list, eq=_same) -> float:
    if not expected and not got:
        return 1.0
    used: set[int] = set()
    hits = 0
    for e in expected:
        for i, g in enumerate(got):
            if i not in used and eq(e, g):
                used.add(i)
                hits += 1
                break
    return 0.0 if not hits else 2 * hits / (len(expected) + len(got))


def _direct(items: list[dict]) -> list[dict]:
    return [m for m in items if m["relation"] not in ("triggers", "increases", "decreases")]


def _mech_eq(e: dict, g: dict) -> bool:
    names_e = [x for x in (e["target"], e.get("symbol")) if x]
    names_g = [x for x in (g["target"], g.get("symbol")) if x]
    return any(_same(a, b) for a in names_e for b in names_g)


def _scores(path: Path) -> dict[str, float]:
    exp = yaml.safe_load(path.with_suffix(".expected.yaml").read_text(encoding="utf-8"))
    got = extraction_to_json(extract(parse_file(path)))
    identity = [
        float(_same(exp["drug"]["label"], got["drug"]["label"])),
        _f1(exp["drug"].get("synonyms") or [], [s["label"] for s in got["drug"]["synonyms"]]),
        _f1(exp["brand_names"], [b["label"] for b in got["brand_names"]]),
        _f1([exp["drug_class"]] if exp["drug_class"] else [], [got["drug_class"]["label"]] if got["drug_class"] else []),
        _f1(exp["routes"], [r["label"] for r in got["routes"]]),
        _f1(exp["formulations"], [f["label"] for f in got["formulations"]]),
    ]
    return {
        "identity": sum(identity) / len(identity),
        "treats": _f1([t["label"] for t in exp["treats"]], [t["label"] for t in got["treats"]]),
        "mechanism": _f1(_direct(exp["mechanism"]), _direct(got["mechanism"]), _mech_eq),
        "side_effects": _f1([e["label"] for e in exp["side_effects"]], [e["label"] for e in got["side_effects"]]),
        "serious_signs": _f1(exp["serious_signs"], [s["label"] for s in got["serious_signs"]]),
        "faqs": float(exp["faqs"] == len(got["faqs"])),
        "status": float(exp["status"] == (got["status"]["label"] if got["status"] else None)),
    }


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_fields_meet_floors(path: Path) -> None:
    s = _scores(path)
    low = {k: round(s[k], 3) for k, floor in FLOORS.items() if s[k] < floor}
    assert not low, f"{path.name}: below floor {low}"
    assert s["faqs"] == 1.0 and s["status"] == 1.0


@pytest.mark.parametrize("path", HELDOUT, ids=lambda p: p.name)
def test_heldout_total_per_file(path: Path) -> None:
    s = _scores(path)
    total = sum(w * s[k] for k, w in TOTAL_WEIGHTS.items()) / sum(TOTAL_WEIGHTS.values())
    assert total >= 0.95, f"{path.name}: weighted total {total:.3f}"


def test_heldout_set_is_present() -> None:
    assert len(HELDOUT) >= 6


def test_corpus_mean_is_high() -> None:
    means = [sum(_scores(p)[k] for k in FLOORS) / len(FLOORS) for p in CASES]
    assert sum(means) / len(means) >= 0.97


def _evidence_items(data: object):
    if isinstance(data, dict):
        if "quote" in data and "lines" in data:
            yield data
        for v in data.values():
            yield from _evidence_items(v)
    elif isinstance(data, list):
        for v in data:
            yield from _evidence_items(v)


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_every_quote_is_verbatim_in_its_lines(path: Path) -> None:
    doc = parse_file(path)
    data = extraction_to_json(extract(doc))
    items = list(_evidence_items(data))
    assert len(items) > 20
    for item in items:
        start, end = item["lines"]
        source = "\n".join(doc.lines[start - 1:end])
        assert item["quote"] and item["quote"] in source, (item, source)


def test_json_shape() -> None:
    data = extraction_to_json(extract(parse_file(CASES[0])))
    for k in ("file", "drug", "status", "brand_names", "drug_class", "routes", "formulations", "treats",
              "mechanism", "side_effects", "serious_signs", "precautions", "interactions", "faqs",
              "reliability", "sha256", "title"):
        assert k in data
    assert "AI-generated" in data["reliability"]["label"]


def test_rule_table_is_ordered_and_named() -> None:
    names = [n for n, _ in RULES]
    assert names[0] == "drug" and len(set(names)) == len(names)
    assert names.index("status") < names.index("treats")


# ---------------------------------------------------------------------------
# Traps, as small inline monographs
# ---------------------------------------------------------------------------

TEMPLATE = """# Zed

**Generic Name:** Zedamab

**Usage:**

{usage}

**Side Effects:**

These may include:

* **Skin reactions:**  Redness, itching and burning.

{serious}

**How it Works:**

{how}

**FAQs:**

* **Can I take it with other medicines?** {faq}
"""


def _run(**parts: str):
    text = TEMPLATE.format(usage=parts.get("usage", "Zedamab is an oral kinase inhibitor used to treat:\n\n* **Gout:**  Pain."),
                           serious=parts.get("serious", "More serious side effects are rare."),
                           how=parts.get("how", "Zedamab inhibits xanthine oxidase (XO)."),
                           faq=parts.get("faq", "Ask a doctor."))
    return extract(parse_text(text, "zed.md"))


@pytest.mark.parametrize("how, want", [
    ("Zedamab inhibits xanthine oxidase (XO).", [("inhibits", "XO", "asserted")]),
    ("Zedamab does not act on the beta receptors (BR).", []),
    ("Otherdrug blocks the histamine-2 (H2) receptor.", []),
    ("How it works is not fully understood. Zedamab blocks the P2Y12 receptor (P2Y12).",
     [("blocks", "P2Y12", "asserted")]),
    ("It is thought to activate the GLP-1 receptor (GLP-1R).", [("activates", "GLP-1R", "hedged")]),
    ("Zedamab is a selective antagonist of the dopamine D2 receptor (D2R).", [("blocks", "D2R", "asserted")]),
    ("Zedamab blocks histamine, a chemical released during allergy, from acting on cells.", []),
])
def test_mechanism_traps(how: str, want: list) -> None:
    got = [(m.relation, m.symbol, m.certainty) for m in _run(how=how).mechanism if m.is_target]
    assert got == want


@pytest.mark.parametrize("usage, want", [
    ("Zedamab is used to treat:\n\n* **Gout (GT):**  Pain.", [("Gout", "GT", None)]),
    ("Zedamab is used to treat:\n\n* **Hives (urticaria):**  Itch.", [("Hives", None, None)]),
    ("Zedamab is used to treat:\n\n* **Gout (GT) and kidney stones (KS):**  Pain.",
     [("Gout", "GT", None), ("Kidney stones", "KS", None)]),
    ("Zedamab is not approved for:\n\n* **Gout:**  Pain.", []),
    ("Zedamab is used to treat:\n\n* **Acne:**  Sometimes prescribed off-label for spots.", [("Acne", None, "off-label")]),
    ("Zedamab is used to treat:\n\n* **Stroke:**  To lower the risk of a stroke.", [("Stroke", None, "prevention")]),
])
def test_treats_traps(usage: str, want: list) -> None:
    got = [(t.label, t.abbreviation, t.qualifier) for t in _run(usage=usage).treats]
    assert got == want


def test_other_drugs_uses_in_faq_are_not_treats() -> None:
    x = _run(faq="Otherdrug is approved for psoriasis and eczema, while Zedamab is not.")
    assert [t.label for t in x.treats] == ["Gout"]


def test_serious_paragraph_effects_and_distributive_signs() -> None:
    x = _run(serious="Zedamab can rarely cause liver damage and kidney problems.  Seek immediate medical "
                     "attention if you experience dark urine, or signs of a severe allergic reaction "
                     "(e.g., swelling of the face, lips, or tongue).")
    serious = [e.label for e in x.side_effects if e.serious]
    assert serious == ["Liver damage", "Kidney problems", "Severe allergic reaction"]
    assert [s.label for s in x.serious_signs] == ["dark urine", "swelling of the face", "swelling of the lips",
                                                  "swelling of the tongue"]
