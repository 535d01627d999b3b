"""``kg get PATH``: one request to the web app in-process (no server), body to stdout.

For smoke tests and CI: ``kg get /health``, ``kg get '/sparql?query=ASK{}'``,
``kg get /id/drug/imiquimod --header 'Accept: text/turtle'``. Exits 1 unless the status is 200.
"""
from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.common import config_from, fail, reports_errors, store_option
from kg.store import OxigraphStore, open_store
from kg.web.executor import Store


@click.command("get")
@click.argument("path")
@click.option("--header", "-H", "headers", multiple=True, metavar="'NAME: VALUE'",
              help="A request header (repeatable).")
@store_option
@reports_errors
def command(path: str, headers: tuple[str, ...], store: str | None) -> None:
    """Fetch PATH from the web app in-process and print the response body."""
    from kg.web import close_app, create_app

    cfg = config_from(store)
    pairs = []
    for h in headers:
        name, sep, value = h.partition(":")
        if not sep or not name.strip():
            fail(f"--header {h!r} is not 'NAME: VALUE'", 2)
        pairs.append((name.strip(), value.strip()))
    db: Store
    if cfg.store == ":memory:":
        db = OxigraphStore(None)
    elif cfg.store.startswith(("http://", "https://")):
        db = open_store(cfg.store, base=cfg.base)
    elif Path(cfg.store).is_dir():
        db = open_store(cfg.store, read_only=True, base=cfg.base)  # works beside a running kg serve
    else:
        fail(f"no store at {cfg.store}; run kg build first or pass --store PATH")
    app = create_app(cfg, store=db, workers=0)
    try:
        resp = app.test_client().get(path if path.startswith("/") else "/" + path, headers=pairs)
        sys.stdout.buffer.write(resp.get_data())
        sys.stdout.flush()
    finally:
        close_app(app)
    if resp.status_code != 200:
        click.echo(f"kg: {resp.status_code} {resp.status.split(' ', 1)[-1]} for {path}", err=True)
        sys.exit(1)
