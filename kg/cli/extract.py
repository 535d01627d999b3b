"""``kg extract FILE``: the claims of one monograph, with their source lines."""
from __future__ import annotations

import json
from typing import Any

import click
import yaml
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from kg.cli.common import reports_errors
from kg.extract import extract
from kg.model import Document, Evidence, Extraction, Span
from kg.parse import parse_file


@click.command("extract")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["json", "yaml", "table"]), default="table",
              show_default=True)
@click.option("--explain", is_flag=True,
              help="Also list the sections recognised (label, kind, lines) and every line of a section we read "
                   "that produced no claim.")
@reports_errors
def command(file: str, fmt: str, explain: bool) -> None:
    """Print the claims of one monograph FILE, each with its section, lines, quote and evidence sentence.

    Warnings (a page with no use, no mechanism or no side effect; a section we do not read) go to
    stderr as ``file:line: warning: ...``.
    """
    doc = parse_file(file)
    claims = extract(doc)
    data = claims.to_json()
    for w in claims.coverage.warnings if claims.coverage else []:
        click.echo(f"{file}:{w.line}: warning: {w.message} [{w.kind}]", err=True)
    if explain:
        _explain(doc, claims)
        return
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
        table = Table(*columns, "section", "lines", "evidence (quote marked)", title=f"{title} ({len(rows)})",
                      title_justify="left")
        for row in rows:
            *values, evidence = row
            table.add_row(*[escape(str(v)) for v in values], escape(evidence.section), _lines(evidence.span),
                          marked(evidence))
        console.print(table)


def marked(ev: Evidence) -> str:
    """The evidence sentence with the quoted words in bold reverse (Rich markup, escaped)."""
    sentence, quote = ev.sentence or ev.quote, ev.quote
    at = sentence.find(quote) if quote else -1
    if at < 0:
        return escape(sentence)
    return (escape(sentence[:at]) + "[bold reverse]" + escape(quote) + "[/bold reverse]"
            + escape(sentence[at + len(quote):]))


def _explain(doc: Document, x: Extraction) -> None:
    console = Console()
    cov = x.coverage
    assert cov is not None
    sections = Table("section", "kind", "lines", title=f"Sections of {x.file}", title_justify="left")
    for s in cov.sections:
        sections.add_row(escape(s.title or "(before the first section)"), s.kind, _lines(s.span))
    console.print(sections)
    console.print("claims: " + ", ".join(f"{k} {v}" for k, v in cov.claims.items()))
    lines = Table("line", "text", title=f"Lines of the sections we read that gave no claim ({len(cov.unexplained)})",
                  title_justify="left")
    for n in cov.unexplained:
        lines.add_row(str(n), escape(doc.lines[n - 1].strip()))
    console.print(lines)


def _lines(span: Span) -> str:
    start, end = span.start, span.end
    return str(start) if start == end else f"{start}-{end}"
