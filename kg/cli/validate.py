"""``kg validate``: SHACL over the store, or over an RDF file a researcher edited by hand."""
from __future__ import annotations

import sys

import click

from kg.cli.common import base_option, config_from, reports_errors, store_option
from kg.store import open_store
from kg.validate import Report, load_shapes, validate_file, validate_store

FORMATS = ["text", "json", "turtle"]


@click.command("validate")
@click.option("--data", type=click.Path(exists=True, dir_okay=False),
              help="Validate this RDF file (.ttl, .nt, .trig, .nq ...) instead of the store.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text for people, json for scripts, turtle for an sh:ValidationReport.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write the report to this file instead of standard output.")
@click.option("--batch-size", type=int, default=500, show_default=True,
              help="Monograph graphs per SHACL run when validating the store.")
@store_option
@base_option
@reports_errors
def command(data: str | None, fmt: str, output: str | None, batch_size: int, store: str | None,
            base: str | None) -> None:
    """Check the graph against ontology/shapes.ttl. Every problem is reported with the monograph
    file and line it comes from, the offending value and a hint how to fix it. The exit status
    is 1 when the graph does not conform."""
    cfg = config_from(store, base)
    shapes = load_shapes(cfg.ontology_dir / "shapes.ttl", base=cfg.base)
    if data:
        report = validate_file(data, shapes=shapes, base=cfg.base)
    else:
        report = validate_store(open_store(cfg.store, read_only=True, base=cfg.base), base=cfg.base,
                                batch_size=batch_size, shapes=shapes)
    emit(report, fmt, output)
    if not report.conforms:
        sys.exit(1)


def emit(report: Report, fmt: str, output: str | None) -> None:
    text = {"text": report.to_text, "json": report.to_json, "turtle": report.to_turtle}[fmt]()
    if output:
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
        click.echo(f"{'conforms' if report.conforms else 'does not conform'}: "
                   f"{len(report.findings)} finding(s); report written to {output}", err=True)
    else:
        click.echo(text, nl=False)
