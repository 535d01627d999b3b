#!/usr/bin/env python3
"""N realistic monographs for the scale benchmarks, deterministic from a seed.

    python bench/generate.py OUT --n 1000 [--seed 1] [--check 200]

Each page names one drug (combinatorial names: 160,000), two to four conditions from the
Disease Ontology's labels, one or two molecular targets (Hetionet's genes: NCBI Gene symbols), six to twelve
side effects (SIDER's labels), a drug class (Hetionet's pharmacologic classes), formulations and
FAQs, so the linker meets real terms. The layouts rotate through the ones the site's pages use
(`data/monographs`, `../shared/monographs-wild`): the house style's bold labels, `##` headings
with `###` groups and questions, plain `Label:` lines with `Q:`/`A:`, numbered bold labels with
numbered questions, prose paragraphs ("It is approved to treat …") with `**Q:**`/`**A:**` pairs,
and `###` headings with colons over nested side-effect lists. ``--check N`` extracts a sample of
N pages and reports how many gave no warning.
"""
from __future__ import annotations

import argparse
import csv
import gzip
import random
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VOCAB = ROOT / "data" / "vocab"
HETIONET = ROOT.parent / "shared" / "vocab" / "hetionet" / "hetionet-v1.0-nodes.tsv"

HEADS = ["ab", "bel", "cor", "da", "el", "fen", "gal", "hy", "ix", "jo", "kel", "lu", "mor", "nev", "op",
         "pra", "quin", "ro", "sul", "tor"]
MIDS = ["a", "e", "i", "o", "u", "ae", "ei", "ou", "ar", "ol", "an", "en", "ir", "ul", "az", "ex",
        "am", "op", "iv", "ur"]
TAILS = ["mab", "tinib", "pril", "sartan", "olol", "azole", "statin", "vir", "cycline", "oxacin", "dipine",
         "afil", "parin", "setron", "lukast", "gliptin", "tidine", "prazole", "dronate", "zepam"]
#: relation -> (gerund, how a page names the target)
RELATIONS = [("inhibits", "inhibiting", "the enzyme {t}"), ("blocks", "blocking", "the {t} receptor"),
             ("activates", "activating", "the {t} receptor"), ("binds", "binding to", "the {t} protein")]
FORMS = ["tablets", "capsules", "oral solution", "extended-release tablets", "injection", "cream",
         "eye drops", "nasal spray", "patch", "chewable tablets"]
DESCRIPTIONS = ["to control symptoms and prevent flare-ups", "as part of a long-term treatment plan",
                "alone or together with other medicines", "in adults", "when first-line treatment is not enough"]
QUESTIONS = [
    ("How long does it take for {d} to work?", "Many people notice a change within one to two weeks, "
     "but the full effect can take longer."),
    ("Can I drink alcohol while taking {d}?", "It is best to limit alcohol, which can make some side "
     "effects such as dizziness worse."),
    ("What should I do if I miss a dose of {d}?", "Take it as soon as you remember unless it is almost "
     "time for the next dose. Do not take two doses at once."),
    ("Can I take {d} while pregnant?", "Talk to your doctor, who will weigh the benefits and the risks."),
    ("Is {d} addictive?", "No, {d} is not known to be habit-forming."),
    ("Should I take {d} with food?", "It can be taken with or without food; taking it with a meal may "
     "reduce stomach upset."),
]


@dataclass(frozen=True)
class Pools:
    conditions: list[str]
    effects: list[str]
    targets: list[str]
    classes: list[str]


def _names(path: Path, keep: Callable[[str], bool]) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        rows = csv.DictReader(fh, delimiter="\t")
        return sorted({r["text"] for r in rows if r["scope"] in ("label", "symbol") and keep(r["text"])})


def _plain(text: str, words: int) -> bool:
    """A name a page would write: letters, spaces and hyphens, at most ``words`` words."""
    return bool(re.fullmatch(r"[A-Za-z][A-Za-z' -]*[a-z]", text)) and len(text.split()) <= words


#: drug classes when Hetionet's node table is not at hand
FALLBACK_CLASSES = ["enzyme inhibitor", "receptor antagonist", "receptor agonist", "channel blocker",
                    "kinase inhibitor", "reuptake inhibitor"]


def load_pools(hetionet: Path = HETIONET) -> Pools:
    conditions = _names(VOCAB / "doid.names.tsv.gz", lambda t: _plain(t, 4) and "disease" not in t.split()[:1])
    effects = _names(VOCAB / "sider.names.tsv.gz", lambda t: _plain(t, 3))
    # Hetionet's genes are NCBI Gene's human genes: the same symbols as data/vocab's table
    targets = _names(VOCAB / "ncbigene.names.tsv.gz", lambda t: bool(re.fullmatch(r"[A-Z][A-Z0-9]{2,7}", t)))
    classes = []
    if hetionet.exists():
        with open(hetionet, encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                if (row["kind"] == "Pharmacologic Class" and _plain(row["name"], 4)
                        and row["name"].endswith(("Inhibitors", "Antagonists", "Agonists", "Blockers"))):
                    classes.append(row["name"].lower()[:-1])
    else:
        print(f"generate: no Hetionet node table at {hetionet}: drug classes from a short built-in list "
              f"(pass --hetionet PATH)", file=sys.stderr)
    return Pools(conditions, effects, targets, sorted(classes) or FALLBACK_CLASSES)


def drug_name(i: int) -> str:
    """A pronounceable name for each ``i`` below :data:`NAMES` (head, two middles, tail); a few
    spell alike, which :func:`generate` skips."""
    head, i = HEADS[i % 20], i // 20
    mid1, i = MIDS[i % 20], i // 20
    mid2, i = MIDS[i % 20], i // 20
    return (head + mid1 + "r" + mid2 + TAILS[i % len(TAILS)]).capitalize()


NAMES = len(HEADS) * len(MIDS) * len(MIDS) * len(TAILS)  # 160,000


@dataclass
class Page:
    drug: str
    conditions: list[str]
    targets: list[tuple[str, tuple[str, str, str]]]
    common: list[str]
    serious: list[str]
    drug_class: str
    forms: list[str]
    faqs: list[tuple[str, str]]
    notes: list[str]


def make_page(rng: random.Random, drug: str, pools: Pools) -> Page:
    effects = rng.sample(pools.effects, rng.randint(6, 12))
    cut = max(3, len(effects) - rng.randint(1, 3))
    faqs = [(q.format(d=drug), a.format(d=drug)) for q, a in rng.sample(QUESTIONS, rng.randint(3, 5))]
    return Page(drug=drug, conditions=rng.sample(pools.conditions, rng.randint(2, 4)),
                targets=[(t, rng.choice(RELATIONS)) for t in rng.sample(pools.targets, rng.randint(1, 2))],
                common=effects[:cut], serious=effects[cut:], drug_class=rng.choice(pools.classes),
                forms=rng.sample(FORMS, rng.randint(1, 3)),
                faqs=faqs, notes=[rng.choice(DESCRIPTIONS) for _ in range(4)])


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + ", and " + items[-1]


def _mechanism(p: Page) -> str:
    first = p.targets[0]
    text = (f"{p.drug} is {_article(p.drug_class)} {p.drug_class}. It works by {first[1][1]} "
            f"{first[1][2].format(t=first[0])}, which changes how the affected cells signal.")
    for target, (verb, _, named) in p.targets[1:]:
        text += f" It also {verb} {named.format(t=target)}."
    return text


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _front(p: Page) -> str:
    return f"---\nlayout: default\nnav_exclude: true\ntitle: {p.drug}\n---\n\n# {p.drug}\n\n"


NOTE = ("**Note:** This information is AI-generated or crowd-sourced and may not be accurate. "
        "Please consult a medical professional for verified advice.\n")


def house(p: Page) -> str:
    uses = "".join(f"* **{c.capitalize()}:**  Used {n}.\n" for c, n in zip(p.conditions, p.notes))
    faqs = "".join(f"* **{q}** {a}\n\n" for q, a in p.faqs)
    serious = f"\n\nMore serious side effects are rare. They include {_and(p.serious)}." if p.serious else ""
    return (f"{_front(p)}**Generic Name:** {p.drug}\n\n**Usage:**\n\n{p.drug} is used to treat:\n\n{uses}\n"
            f"{p.drug} is available as {_and(p.forms)}.\n\n**Side Effects:**\n\n"
            f"* **Common:**  {', '.join(e.capitalize() for e in p.common)}.{serious}\n\n"
            f"**How it Works:**\n\n{_mechanism(p)}\n\n**FAQs:**\n\n{faqs}\n{NOTE}")


def headings(p: Page) -> str:
    uses = "".join(f"- {c.capitalize()}\n" for c in p.conditions)
    common = "".join(f"- {e.capitalize()}\n" for e in p.common)
    serious = "".join(f"- {e.capitalize()}\n" for e in p.serious)
    faqs = "".join(f"### {q}\n\n{a}\n\n" for q, a in p.faqs)
    return (f"{_front(p)}## Generic Name\n\n{p.drug}\n\n## Usage\n\n{p.drug} is used to treat:\n\n{uses}\n"
            f"## Side Effects\n\n### Common\n\n{common}\n" + (f"### Serious\n\n{serious}\n" if serious else "")
            + f"## How it Works\n\n{_mechanism(p)}\n\n## FAQs\n\n{faqs}{NOTE}")


def plain_labels(p: Page) -> str:
    uses = "".join(f"- {c.capitalize()}\n" for c in p.conditions)
    faqs = "".join(f"Q: {q}\nA: {a}\n\n" for q, a in p.faqs)
    serious = f"Serious: {', '.join(p.serious)}\n" if p.serious else ""
    return (f"{_front(p)}Generic Name: {p.drug}\n\nUsage:\n\n{p.drug} is used to treat:\n\n{uses}\n"
            f"Side Effects:\n\nMost common: {', '.join(p.common)}\n{serious}\n"
            f"How it Works:\n\n{_mechanism(p)}\n\nFAQs:\n\n{faqs}{NOTE}")


def numbered(p: Page) -> str:
    uses = "".join(f"* {c.capitalize()}\n" for c in p.conditions)
    faqs = "".join(f"{i}. **{q}**\n   {a}\n\n" for i, (q, a) in enumerate(p.faqs, 1))
    serious = f"* **Serious:** {', '.join(p.serious)}\n" if p.serious else ""
    return (f"{_front(p)}**1. Generic Name:** {p.drug}\n\n**2. Usage:**\n\n{p.drug} is used to treat:\n\n{uses}\n"
            f"**3. Side Effects:**\n\n* **Common:** {', '.join(p.common)}\n{serious}\n"
            f"**4. How it Works:**\n\n{_mechanism(p)}\n\n**5. FAQs:**\n\n{faqs}{NOTE}")


def prose(p: Page) -> str:
    faqs = "".join(f"- **Q:** {q}\n  **A:** {a}\n\n" for q, a in p.faqs)
    serious = f" Less often, it causes {_and(p.serious)}." if p.serious else ""
    return (f"{_front(p)}## Generic Name:\n\n{p.drug}\n\n## Usage:\n\n{p.drug} is approved to treat "
            f"{_and(p.conditions)}. It comes as {_and(p.forms)}.\n\n## Side Effects:\n\n"
            f"Common side effects include {_and(p.common)}.{serious}\n\n"
            f"## How it Works:\n\n{_mechanism(p)}\n\n## FAQs:\n\n{faqs}{NOTE}")


def nested(p: Page) -> str:
    uses = "".join(f"- **{c.capitalize()}**\n" for c in p.conditions)
    common = "".join(f"    * {e.capitalize()}\n" for e in p.common)
    serious = "".join(f"    * {e.capitalize()}\n" for e in p.serious)
    faqs = "".join(f"- **{q}** {a}\n" for q, a in p.faqs)
    return (f"{_front(p)}### Generic Name:\n{p.drug}\n\n### Usage:\n{p.drug} is used to treat:\n\n{uses}\n"
            f"### Side Effects:\n* **Common**\n{common}" + (f"* **Rare but serious**\n{serious}" if serious else "")
            + f"\n### How it Works:\n{_mechanism(p)}\n\n### FAQs:\n{faqs}\n{NOTE}")


LAYOUTS: dict[str, Callable[[Page], str]] = {
    "house": house, "headings": headings, "plain-labels": plain_labels, "numbered": numbered,
    "prose": prose, "nested": nested,
}


def generate(out: Path, n: int, seed: int = 1, pools: Pools | None = None) -> list[tuple[Path, Page]]:
    """Write ``n`` monographs into ``out``; the same ``seed`` writes the same pages. Returns each
    file with what it says."""
    if n > NAMES:
        raise SystemExit(f"at most {NAMES} distinct monographs (asked for {n})")
    pools = pools or load_pools()
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    layouts = list(LAYOUTS.values())
    paths: list[tuple[Path, Page]] = []
    names = dict.fromkeys(drug_name(i) for i in rng.sample(range(NAMES), min(NAMES, n + n // 10 + 10)))
    for drug in list(names)[:n]:
        page = make_page(rng, drug, pools)
        path = out / f"{drug.lower()}.md"
        path.write_text(layouts[len(paths) % len(layouts)](page), encoding="utf-8")
        paths.append((path, page))
    return paths


def check(written: list[tuple[Path, Page]]) -> tuple[int, dict[str, int], dict[str, list[int]]]:
    """Extract each page: the pages with no warning, the warnings per kind, and per claim kind
    [found, written] (a condition, side effect or target counts as found when the extractor
    names it, case aside)."""
    sys.path.insert(0, str(ROOT))
    from kg.extract import extract
    from kg.parse import parse_file

    clean, kinds = 0, {}
    recall = {"uses": [0, 0], "side effects": [0, 0], "targets": [0, 0], "FAQs": [0, 0]}
    for path, page in written:
        x = extract(parse_file(path))
        warnings = x.coverage.warnings if x.coverage else []
        clean += not warnings
        for w in warnings:
            kinds[w.kind] = kinds.get(w.kind, 0) + 1
        found = {"uses": {t.label.casefold() for t in x.treats},
                 "side effects": {e.label.casefold() for e in x.side_effects},
                 "targets": {str(m.target).casefold() for m in x.mechanism}}
        wanted = {"uses": page.conditions, "side effects": page.common + page.serious,
                  "targets": [t for t, _ in page.targets]}
        for kind, names in wanted.items():
            recall[kind][0] += sum(any(n.casefold() in f for f in found[kind]) for n in names)
            recall[kind][1] += len(names)
        recall["FAQs"][0] += min(len(x.faqs), len(page.faqs))
        recall["FAQs"][1] += len(page.faqs)
    return clean, kinds, recall


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--hetionet", type=Path, default=HETIONET, help="Hetionet's node table (drug classes)")
    ap.add_argument("--check", type=int, default=0, metavar="N", help="extract the first N pages and count warnings")
    args = ap.parse_args()
    pools = load_pools(args.hetionet)
    print(f"pools: {len(pools.conditions)} conditions, {len(pools.effects)} side effects, "
          f"{len(pools.targets)} targets, {len(pools.classes)} classes, {NAMES} drug names", file=sys.stderr)
    paths = generate(args.out, args.n, args.seed, pools)
    print(f"{len(paths)} monographs in {args.out}", file=sys.stderr)
    if args.check:
        sample = paths[:args.check]
        clean, kinds, recall = check(sample)
        found = ", ".join(f"{k} {a}/{b}" for k, (a, b) in recall.items())
        print(f"extracted {len(sample)}: {clean} with no warning ({100 * clean / len(sample):.1f}%); "
              f"warnings by kind {kinds}; claims found/written: {found}", file=sys.stderr)


if __name__ == "__main__":
    main()
