"""``kg extract FILE``: the claims of one monograph, with their source lines."""
from __future__ import annotations

import json
from typing import Any

import click
import yaml
from rich.console import Console
from rich.table import Table

from kg.cli.common import reports_errors
from kg.extract import extract
from kg.model import Extraction, Span
from kg.parse import parse_file


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "yaml", "table"]), default="table",
              show_default=True)
@reports_errors
def command(file: str, fmt: str) -> None:
    """Print the claims of one monograph FILE (every item with its line span)."""
    claims = extract(parse_file(file))
    data = claims.to_json()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    elif fmt == "yaml":
        click.echo(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100), nl=False)
    else:
        _print_table(claims)


def _print_table(x: Extraction) -> None:
    console = Console()
    console.print(f"[bold]{x.drug.label}[/bold]  ({x.file}, sha256 {x.sha256[:12]}…)")
    ident = Table("field", "value", "lines", title="Identity", title_justify="left")
    names = [("synonym", s) for s in x.drug.synonyms] + [("brand", b) for b in x.brand_names]
    names += [("class", x.drug_class)] if x.drug_class else []
    names += [("status", x.status)] if x.status else []
    names += [("route", r) for r in x.routes] + [("formulation", f) for f in x.formulations]
    for field, name in names:
        ident.add_row(field, name.label, _lines(name.evidence.span))
    console.print(ident)
    tables: list[tuple[str, tuple[str, ...], list[tuple[Any, ...]]]] = [
        ("Treats", ("condition", "abbreviation", "qualifier"),
         [(t.label, t.abbreviation or "", t.qualifier or "", t.evidence) for t in x.treats]),
        ("Mechanism", ("relation", "target", "symbol", "certainty"),
         [(m.relation, m.target, m.symbol or "", m.certainty, m.evidence) for m in x.mechanism]),
        ("Side effects", ("effect", "category", "serious"),
         [(s.label, s.category, "yes" if s.serious else "", s.evidence) for s in x.side_effects]),
        ("Serious signs", ("sign",), [(s.label, s.evidence) for s in x.serious_signs]),
        ("Interactions", ("agent", "examples", "effect"),
         [(i.agent, ", ".join(i.examples), i.effect or "", i.evidence) for i in x.interactions]),
        ("Precautions", ("precaution",), [(p.text, p.evidence) for p in x.precautions]),
        ("FAQs", ("question",), [(f.question, f.evidence) for f in x.faqs]),
    ]
    for title, columns, rows in tables:
        table = Table(*columns, "lines", title=f"{title} ({len(rows)})", title_justify="left")
        for row in rows:
            *values, evidence = row
            table.add_row(*[str(v) for v in values], _lines(evidence.span))
        console.print(table)


def _lines(span: Span) -> str:
    start, end = span.start, span.end
    return str(start) if start == end else f"{start}-{end}"
