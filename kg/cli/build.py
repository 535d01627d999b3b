"""``kg build [PATH ...]``: monographs into the store, one named graph each."""
from __future__ import annotations

import os

import click

from kg.cli.common import base_option, config_from, reports_errors, store_option
from kg.pipeline import BuildReport, FileResult, build_checked
from kg.store import open_store


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path())
@store_option
@base_option
@click.option("--workers", type=int, default=None, help="Worker processes [default: one per core].")
@click.option("--no-link", is_flag=True, help="Do not link nodes to external vocabularies.")
@click.option("--allow-invalid", is_flag=True,
              help="Publish monographs that fail the SHACL shapes anyway (and say so).")
@click.option("--no-reason", is_flag=True, help="Skip the reasoner (drops the now stale inferred graph).")
@click.option("--quiet", "-q", is_flag=True, help="Only print problems and the summary.")
@reports_errors
def command(paths: tuple[str, ...], store: str | None, base: str | None, workers: int | None,
            no_link: bool, allow_invalid: bool, no_reason: bool, quiet: bool) -> None:
    """Parse, extract, link and map every monograph under PATHS (default: data/monographs) into
    the store, validate each against ontology/shapes.ttl before it is published, then run the
    reasoner. A monograph that cannot be read, or does not conform, is reported and left out
    (its previous graph stays); the exit status is then 1."""
    cfg = config_from(store, base)
    targets = list(paths) or [str(cfg.monographs_dir)]
    db = open_store(cfg.store)

    def show(result: FileResult) -> None:
        if result.error is not None:
            click.echo(f"error: {result.error}", err=True)
        elif not quiet and result.mapped is not None:
            click.echo(f"ok     {result.path} ({len(result.mapped)} triples)")

    report = build_checked(targets, db, cfg, link=not no_link, allow_invalid=allow_invalid,
                           reason=not no_reason, workers=workers or os.cpu_count() or 1, on_result=show)
    db.flush()
    summarize(report, cfg.store, quiet)
    if not report.ok or not report.consistent:
        raise SystemExit(1)


def summarize(report: BuildReport, store: str, quiet: bool) -> None:
    for path, problems in report.rejected.items():
        for problem in problems:
            click.echo(f"rejected {problem}" if path in problem else f"rejected {path}: {problem}", err=True)
    if report.published_invalid:
        click.echo(f"WARNING: --allow-invalid published {len(report.published_invalid)} monograph(s) "
                   "that do not conform to the shapes:", err=True)
        for path, problems in report.published_invalid.items():
            for problem in problems:
                click.echo(f"WARNING: {path}: {problem}", err=True)
    if report.reasoning and (not quiet or not report.consistent):
        click.echo(report.reasoning.rstrip())
    published = len(report.published)
    click.echo(f"built {published} monographs ({report.triples} triples) into {store} in "
               f"{report.seconds.get('total', 0) + report.seconds.get('reason', 0):.2f} s; "
               f"{len(report.failed)} failed, {len(report.rejected)} rejected")
