"""``kg build [PATH ...]``: monographs into the store, one named graph each."""
from __future__ import annotations

import os

import click

from kg.cli.common import base_option, config_from, reports_errors, store_option
from kg.pipeline import FileResult, build
from kg.store import open_store


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path())
@store_option
@base_option
@click.option("--workers", type=int, default=None, help="Worker processes [default: one per core].")
@click.option("--no-link", is_flag=True, help="Do not link nodes to external vocabularies.")
@click.option("--quiet", "-q", is_flag=True, help="Only print problems and the summary.")
@reports_errors
def command(paths: tuple[str, ...], store: str | None, base: str | None, workers: int | None,
            no_link: bool, quiet: bool) -> None:
    """Parse, extract and map every monograph under PATHS (default: data/monographs) into the
    store. A monograph that cannot be read is reported and skipped; the exit status is 1."""
    cfg = config_from(store, base)
    targets = list(paths) or [str(cfg.monographs_dir)]
    db = open_store(cfg.store)

    def show(result: FileResult) -> None:
        if result.error is not None:
            click.echo(f"error: {result.error}", err=True)
        elif not quiet and result.mapped is not None:
            click.echo(f"ok     {result.path} ({len(result.mapped)} triples)")

    report = build(targets, db, cfg, link=not no_link, workers=workers or os.cpu_count() or 1,
                   on_result=show)
    db.flush()
    for path, problems in report.rejected.items():
        for problem in problems:
            click.echo(f"rejected {path}: {problem}", err=True)
    click.echo(f"built {len(report.published)} monographs ({report.triples} triples) into "
               f"{cfg.store} in {report.seconds.get('total', 0):.2f} s; "
               f"{len(report.failed)} failed, {len(report.rejected)} rejected")
    if not report.ok:
        raise SystemExit(1)
