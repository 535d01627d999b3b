"""Small builders shared by tests (not fixtures: plain functions)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from kg.model import (
    FAQ,
    Drug,
    Evidence,
    Extraction,
    Indication,
    Interaction,
    Mechanism,
    Name,
    Precaution,
    SideEffect,
    Span,
)


def ev(line: int, quote: str, section: str = "Usage") -> Evidence:
    return Evidence(section=section, span=Span(line, line), quote=quote)


def sample_extraction(drug: str = "Examplomab", file: str = "examplomab.md") -> Extraction:
    """A small but complete set of claims, one of each kind."""
    return Extraction(
        file=file, title=drug, sha256="0" * 64,
        drug=Drug(label=drug, evidence=ev(8, drug, "Generic Name"),
                  synonyms=[Name("exampline", ev(8, "exampline", "Generic Name"))]),
        brand_names=[Name("Exampla", ev(9, "Exampla", "Brand Names"))],
        drug_class=Name("immune response modifier", ev(12, "immune response modifier")),
        routes=[Name("topical", ev(12, "topical"))],
        formulations=[Name("cream", ev(18, "cream"))],
        treats=[Indication("Actinic keratosis", ev(15, "Actinic keratosis (AK)"), abbreviation="AK"),
                Indication("Polycystic ovary syndrome", ev(16, "Polycystic ovary syndrome"),
                           qualifier="off-label", synonyms=["Stein-Leventhal \"syndrome\""])],
        mechanism=[Mechanism("activates", "toll-like receptor 7", ev(30, "activate toll-like receptor 7",
                                                                     "How it Works"),
                             symbol="TLR7", certainty="hedged"),
                   Mechanism("triggers", "interferon", ev(30, "interferon", "How it Works"),
                             certainty="hedged")],
        side_effects=[SideEffect("Burning", "Skin reactions", False, ev(22, "Burning", "Side Effects")),
                      SideEffect("Flu-like symptoms", "Other", False, ev(24, "flu-like symptoms",
                                                                         "Side Effects")),
                      SideEffect("Severe allergic reaction", "Serious", True,
                                 ev(26, "severe allergic reaction", "Side Effects"))],
        serious_signs=[Name("difficulty breathing", ev(26, "difficulty breathing", "Side Effects"))],
        precautions=[Precaution("Do not apply a double dose", ev(40, "Do not apply a double dose", "FAQs"))],
        interactions=[Interaction("NSAIDs", ev(41, "NSAIDs", "FAQs"), examples=["ibuprofen"],
                                  effect="increased risk of bleeding")],
        faqs=[FAQ("What if I miss a dose?", "Apply it when you remember.", ev(40, "What if I miss a dose?",
                                                                               "FAQs"))],
        reliability=Name("AI-generated or crowd-sourced", ev(50, "AI-generated or crowd-sourced", "Note")),
    )


def read_terminal(leader: int) -> bytes:
    """All a child wrote to the pseudo-terminal whose leader end is ``leader``, until it closed it."""
    import os

    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child closed the terminal
            break
        if not chunk:
            break
        out += chunk
    return out


def build_pages(pages: list[Path], folder: Path) -> tuple[Any, Any, Path]:
    """A real store in ``folder`` built from ``pages``: (store, config, its path)."""
    from kg.config import load_config
    from kg.pipeline import build
    from kg.store import open_store
    db = folder / "db"
    cfg = load_config(environ={}, store=str(db))
    store = open_store(db)
    build(pages, store, cfg, workers=1)
    return store, cfg, db


def entity_section(store: Any, cfg: Any, path: str, heading: str) -> str:
    """The HTML of an entity page of the real app after ``heading``, up to the end of its section."""
    from kg.web import close_app, create_app
    app = create_app(cfg, store=store, workers=1)
    try:
        resp = app.test_client().get(path, headers={"Accept": "text/html"})
    finally:
        close_app(app)
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    assert heading in html
    return html.split(heading, 1)[1].split("</section>", 1)[0]


def export_kgx(db: Path, out: Path, base: str) -> tuple[dict[str, dict[str, Any]], list[dict[str, Any]]]:
    """``kg export --format kgx`` of the store at ``db`` by the real CLI, offline: its nodes by id and its edges."""
    root = Path(__file__).resolve().parent.parent
    offline = {k: "http://127.0.0.1:9" for k in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy")}
    done = subprocess.run([sys.executable, "-m", "kg", "export", "--store", str(db), "--format", "kgx", "-o", str(out)],
                          capture_output=True, text=True, cwd=root, timeout=600,
                          env={**os.environ, "KG_BASE": base, "NO_PROXY": "", **offline})
    assert done.returncode == 0, done.stderr
    edges = [json.loads(line) for line in (out / "edges.jsonl").read_text(encoding="utf-8").splitlines()]
    nodes = {n["id"]: n for n in map(json.loads, (out / "nodes.jsonl").read_text(encoding="utf-8").splitlines())}
    return nodes, edges
