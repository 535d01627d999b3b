"""Small builders shared by tests (not fixtures: plain functions)."""
from __future__ import annotations

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
