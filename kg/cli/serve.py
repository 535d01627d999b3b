"""``kg serve``: the SPARQL service on waitress (a production WSGI server)."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import click
from click.core import ParameterSource

from kg.cli.common import config_from, reports_errors, store_option
from kg.config import ENV_UPDATE_TOKEN
from kg.errors import KgError
from kg.store import OxigraphStore, open_store


def build_if_empty(store: object, cfg: object) -> None:
    """A fresh checkout has an empty store: build the bundled monographs into it first."""
    if len(store) > 0:  # type: ignore[arg-type]
        return
    click.echo(f"kg: the store is empty; building {cfg.monographs_dir} first ...", err=True)  # type: ignore[attr-defined]
    try:
        from kg.pipeline import build_checked

        report = build_checked([cfg.monographs_dir], store, cfg,  # type: ignore[arg-type, attr-defined]
                               workers=os.cpu_count() or 1)
    except (ImportError, KgError, OSError) as e:
        click.echo(f"kg: could not build the monographs ({e}); serving an empty store", err=True)
        return
    click.echo(f"kg: built {len(report.published)} monographs, {report.triples} triples"
               + (f", {len(report.failed)} failed" if report.failed else "")
               + (f", {len(report.rejected)} rejected by the shapes" if report.rejected else ""), err=True)


def resolve_token(given: str | None, source: ParameterSource | None, path: Path | None) -> str | None:
    """The update token from ``--update-token``, $KG_UPDATE_TOKEN or ``--update-token-file``
    (one of them); warns when it was typed on the command line, where ``ps`` shows it."""
    if path is not None:
        if given:
            raise click.UsageError(f"give the update token one way: --update-token-file, or "
                                   f"{ENV_UPDATE_TOKEN}, or --update-token, not two")
        lines = path.read_text(encoding="utf-8").splitlines()
        token = lines[0].strip() if lines else ""
        if not token:
            raise click.UsageError(f"the update token file {path} is empty")
        if path.stat().st_mode & 0o077:
            click.echo(f"kg: warning: {path} can be read by other users; chmod 600 it", err=True)
        return token
    if given and source == ParameterSource.COMMANDLINE:
        click.echo(f"kg: warning: a token given with --update-token is visible to every user of this "
                   f"machine (ps); use {ENV_UPDATE_TOKEN} or --update-token-file", err=True)
    return given or None


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@store_option
@click.option("--update-token", envvar=ENV_UPDATE_TOKEN, default=None, metavar="TOKEN",
              help="Accept SPARQL Update and Graph Store writes with 'Authorization: Bearer TOKEN' "
                   f"[env {ENV_UPDATE_TOKEN}]. On the command line every user sees it in ps: prefer "
                   f"{ENV_UPDATE_TOKEN} or --update-token-file.")
@click.option("--update-token-file", default=None, metavar="PATH",
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Read the update token from this file (its first line).")
@click.option("--timeout", default=10.0, show_default=True, type=float, help="Query deadline in seconds.")
@click.option("--service-allow", multiple=True, metavar="HOST", help="Let SERVICE call this host (repeatable).")
@click.option("--cors", multiple=True, metavar="ORIGIN",
              help="Let web pages from ORIGIN read answers (repeatable or comma-separated; '*' for any). "
                   "Off by default; never with credentials.")
@click.option("--workers", default=None, type=int, help="Query worker processes [default: CPUs, at least 2].")
@click.option("--threads", default=None, type=int, help="HTTP threads [default: 2 per worker + 2].")
@click.option("--page-rows", default=1000, show_default=True, type=int, help="Rows shown on HTML/JSON pages.")
@click.option("--max-request", default=10 * 1024 * 1024, show_default=True, type=int, metavar="BYTES",
              help="Largest request body accepted (413 above).")
@click.option("--cache-mb", default=64, show_default=True, type=int,
              help="Memory for answers kept until the next write (0: no result cache).")
@click.option("--memory", is_flag=True,
              help="Answer queries from an in-memory copy of the store (faster; writes still reach the disk).")
@click.option("--worker-memory", default=2048, show_default=True, type=click.IntRange(min=0), metavar="MB",
              help="Memory a query worker (or an update's trial) may allocate; past it the request is "
                   "stopped with a 503 that says so (0: no bound).")
@click.option("--no-warm", is_flag=True,
              help="Do not work out the stored queries' first pages in the background (at start and "
                   "after each write) for the result cache.")
@click.option("--no-build", is_flag=True, help="Serve an empty store as it is.")
@click.option("--quiet", is_flag=True, help="No access log.")
@reports_errors
def command(host: str, port: int, store: str | None, update_token: str | None,
            update_token_file: Path | None, timeout: float, service_allow: tuple[str, ...],
            cors: tuple[str, ...], workers: int | None, threads: int | None, page_rows: int,
            max_request: int, cache_mb: int, memory: bool, worker_memory: int, no_warm: bool,
            no_build: bool, quiet: bool) -> None:
    """Serve the graph: SPARQL 1.1 endpoint, query page, entity pages, stored queries, dumps."""
    import waitress

    from kg.web import Settings, close_app, create_app
    from kg.web.security import cors_origins

    source = click.get_current_context().get_parameter_source("update_token")
    update_token = resolve_token(update_token, source, update_token_file)
    cfg = config_from(store).with_(update_token=update_token)
    db = open_store(cfg.store, base=cfg.base)
    if not no_build:
        build_if_empty(db, cfg)
    served = db
    if memory and isinstance(db, OxigraphStore) and db.path is not None:
        from kg.web.mirror import MemoryMirror

        served = MemoryMirror(db)
    settings = Settings.from_config(cfg, timeout=timeout, service_allow=service_allow or None,
                                    workers=workers, page_rows=page_rows, max_request_bytes=max_request,
                                    cache_bytes=cache_mb * 1024 * 1024, cors=cors_origins(cors) or None,
                                    worker_memory=worker_memory, warm=not no_warm and cache_mb > 0)
    app = create_app(cfg, store=served, settings=settings)
    from kg.web.overview import figures

    figures(app.extensions["kg"]).wake()  # the front page's counts, read while the server starts
    if not quiet:
        logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)
    n_threads = threads or settings.workers * 2 + 2
    click.echo(f"kg: serving {len(db)} quads from {cfg.store} at http://{host}:{port}/ "
               f"({settings.workers} query workers, {n_threads} threads, "
               f"{'updates with token' if settings.update_token else 'read-only'}, pid {os.getpid()})", err=True)
    try:
        waitress.serve(app, host=host, port=port, threads=n_threads, ident="kg",
                       channel_timeout=max(60, int(timeout) + 30))
    finally:
        close_app(app)
        served.flush()
